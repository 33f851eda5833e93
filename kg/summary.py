"""The summary ``kg build`` prints: counts per class, targets per section, warnings."""
from __future__ import annotations

from collections import Counter

from rich.table import Table


def summarise(result) -> list[Table]:
    graph = result.graph
    tables = []
    per_report = Table("report", "region", "year", "targets", "achievements", "indicators",
                       "commitments", "projects", "organizations", "places", "warnings", title="Reports")
    counts: dict[str, Counter] = {}
    for node in graph.nodes.values():
        counts.setdefault(node.report, Counter())[node.cls] += 1
    for rep in graph.reports:
        c = counts.get(rep, Counter())
        meta = graph.nodes[rep].props
        per_report.add_row(rep.rsplit("/", 1)[-1], meta.get("region", ""), str(meta.get("year", "")),
                           str(c["Target"]), str(c["Achievement"]), str(c["Indicator"]),
                           str(c["Commitment"]), str(c["Project"] + c["Programme"]),
                           str(c["Organization"] + c["GovernmentAgency"] + c["Enterprise"] + c["Institution"]),
                           str(c["Place"] + c["AdministrativeArea"]), str(len(graph.warnings.get(rep, []))))
    tables.append(per_report)
    by_class = Table("class", "nodes", title="Nodes per class")
    for cls, n in sorted(graph.counts().items()):
        by_class.add_row(cls, str(n))
    tables.append(by_class)
    tables.append(_targets_by_section(graph))
    warnings = [(rep, w) for rep in graph.reports for w in graph.warnings.get(rep, [])]
    if warnings:
        t = Table("report", "warning", title="Warnings")
        for rep, w in warnings:
            t.add_row(rep.rsplit("/", 1)[-1], w)
        tables.append(t)
    return tables


def _targets_by_section(graph) -> Table:
    section_of = {e.source: e.target for e in graph.edges if e.prop == "inSection"}
    per = Counter(section_of.get(n.iri, "") for n in graph.nodes.values() if n.cls == "Target")
    t = Table("section", "title", "targets", title="Targets per section")
    def order(kv):
        return [int(x) if x.isdigit() else 0 for x in kv[0].rsplit("/", 1)[-1].split(".")]
    for sec, n in sorted(per.items(), key=order):
        node = graph.nodes.get(sec)
        title = (node.props.get("text", "") if node else "")[:40]
        t.add_row(sec.rsplit("/", 1)[-1] if sec else "(none)", title, str(n))
    return t
