"""The summary ``kg build`` prints: a row per report, nodes per class, targets per section, warnings."""
from __future__ import annotations

from collections import Counter
from typing import Sequence

from rich.table import Table

_ORGANIZATIONS = ("Organization", "GovernmentAgency", "Enterprise", "Institution")


def summarise(summaries: Sequence) -> list[Table]:
    """Tables for :class:`kg.corpus.ReportSummary` records (targets per section only for one report)."""
    per_report = Table("report", "region", "year", "targets", "achievements", "indicators",
                       "commitments", "projects", "organizations", "places", "warnings", title="Reports")
    total: Counter = Counter()
    for s in summaries:
        c = Counter(s.counts)
        total.update(c)
        per_report.add_row(s.iri.rsplit("/", 1)[-1], s.region, str(s.year or ""), str(c["Target"]),
                           str(c["Achievement"]), str(c["Indicator"]), str(c["Commitment"]),
                           str(c["Project"] + c["Programme"]), str(sum(c[k] for k in _ORGANIZATIONS)),
                           str(c["Place"] + c["AdministrativeArea"]), str(len(s.warnings)))
    tables = [per_report]
    by_class = Table("class", "nodes", title="Nodes per class" + (" (all reports)" if len(summaries) > 1 else ""))
    for cls, n in sorted(total.items()):
        by_class.add_row(cls, str(n))
    tables.append(by_class)
    if len(summaries) == 1:
        t = Table("section", "title", "targets", title="Targets per section")
        for number, title, n in summaries[0].sections:
            if n:
                t.add_row(number or "(none)", title[:40], str(n))
        tables.append(t)
    warnings = [(s.iri.rsplit("/", 1)[-1], w) for s in summaries for w in s.warnings]
    if warnings:
        t = Table("report", "warning", title="Warnings")
        for rep, w in warnings:
            t.add_row(rep, w)
        tables.append(t)
    return tables
