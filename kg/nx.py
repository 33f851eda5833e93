"""networkx view of the graph model: a MultiDiGraph with property-graph labels and types.

>>> from kg.model import ReportGraph
>>> g = ReportGraph()
>>> _ = g.add_node("urn:r", "Report", "urn:r", region="贵阳市")
>>> _ = g.add_node("urn:i", "Indicator", "urn:r", text="地区生产总值")
>>> g.add_edge("urn:i", "statedIn", "urn:r", "urn:r")
>>> nxg = to_networkx(g)
>>> nxg.nodes["urn:i"]["label"], list(nxg.edges(data="type"))
('Indicator', [('urn:i', 'urn:r', 'STATED_IN')])
"""
from __future__ import annotations

from .model import ReportGraph
from .schema import schema


def to_networkx(graph: ReportGraph):
    import networkx as nx

    sch = schema()
    g = nx.MultiDiGraph()
    for node in sorted(graph.nodes.values(), key=lambda n: n.iri):
        labels = sch.labels(node.cls)
        props = {sch.key(k): v for k, v in node.props.items()}
        g.add_node(node.iri, label=labels[0], labels=labels, uri=node.iri, report=node.report, **props)
    for e in graph.edges:
        g.add_edge(e.source, e.target, key=e.prop, type=sch.relationships.get(e.prop, e.prop.upper()))
    return g
