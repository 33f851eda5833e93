"""gwr-kg: knowledge graphs of commitments from Chinese government work reports.

>>> from kg import build
>>> result = build("examples/guiyang-2024.txt")             # doctest: +SKIP
>>> rdf = result.graph.to_rdf()                             # doctest: +SKIP
>>> nxg = result.graph.to_networkx()                        # doctest: +SKIP
"""
from .build import BuildResult, build, build_report, build_text
from .model import ReportGraph
from .read import ReportError

__all__ = ["build", "build_report", "build_text", "BuildResult", "ReportGraph", "ReportError"]
__version__ = "0.1.0"
