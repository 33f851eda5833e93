"""Loading a property graph into any Cypher engine: the statements and the steps.

The steps are the same for the embedded engine (:mod:`loaders.ladybug`) and a
Bolt server (:mod:`loaders.neo4j`):

1. create the schema (tables, or uniqueness constraints and indexes);
2. delete the nodes of every report being loaded (scoped: other reports stay);
3. ``UNWIND $rows … CREATE`` the reports' own nodes (just deleted) and
   ``UNWIND $rows … MERGE`` the shared ones, one statement per table and label set;
4. ``UNWIND $rows … MATCH … MATCH … MERGE`` relationships, one statement per
   type and pair of tables (the form every engine runs fast).

Report text never enters a statement: rows travel as parameters. Loading the
same graph twice leaves the same nodes and relationships.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Callable, Optional, Protocol

from kg.propertygraph import PGNode, PropertyGraph, columns

Progress = Callable[[int], None]


class CypherError(Exception):
    """A Cypher engine that cannot be reached or a statement that fails, in one line."""


class Backend(Protocol):
    name: str

    def prepare(self) -> list[str]:
        """Create what loading needs; return notes on anything skipped."""

    def node_statement(self, table: str, labels: tuple[str, ...], create: bool = False) -> str:
        """``UNWIND $rows`` statement that MERGEs nodes, or CREATEs them when ``create``."""

    def node_row(self, node: PGNode) -> dict: ...

    def write(self, statement: str, rows: list[dict]) -> None:
        """Run ``statement`` with ``$rows`` in batches the engine accepts."""

    def run(self, query: str, params: Optional[dict] = None) -> tuple[list[str], list[list]]: ...

    def counts(self) -> tuple[dict[str, int], dict[str, int]]:
        """Nodes per label and relationships per type in the whole database."""


@dataclass
class LoadSummary:
    reports: list[str]
    nodes: int
    relationships: int
    labels: dict[str, int] = field(default_factory=dict)    # whole database after loading
    types: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def delete_statement(table: str) -> str:
    return f"MATCH (n:{table}) WHERE n.report = $report DETACH DELETE n"


def relationship_statement(rel_type: str, source_table: str, target_table: str) -> str:
    return (f"UNWIND $rows AS row MATCH (a:{source_table} {{uri: row.s}}) "
            f"MATCH (b:{target_table} {{uri: row.t}}) MERGE (a)-[:{rel_type}]->(b)")


def node_groups(pg: PropertyGraph) -> list[tuple[tuple[str, tuple[str, ...], bool], list[PGNode]]]:
    """Nodes by (table, labels, owned), in a fixed order: one statement each.

    A report's own nodes were just deleted, so they are CREATEd (much faster than
    MERGE); shared nodes (sectors) may exist from other reports, so they are MERGEd.
    """
    groups: dict[tuple, list[PGNode]] = defaultdict(list)
    for node in pg.nodes:
        groups[(node.table, node.labels, bool(node.props.get("report")))].append(node)
    return sorted(groups.items())


def relationship_groups(pg: PropertyGraph) -> list[tuple[tuple[str, str, str], list[dict]]]:
    """Relationship rows ``{s, t}`` by (type, source table, target table), in a fixed order."""
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for r in pg.rels:
        groups[(r.type, r.source_table, r.target_table)].append({"s": r.source, "t": r.target})
    return sorted(groups.items())


def load(backend: Backend, pg: PropertyGraph, progress: Optional[Progress] = None) -> LoadSummary:
    """Load ``pg`` into ``backend``, replacing the reports it holds; return what was loaded."""
    step = progress or (lambda n: None)
    notes = backend.prepare()
    for report in pg.reports:
        for table in columns():       # every table: a reload may hold fewer kinds of node
            backend.run(delete_statement(table), {"report": report})
    for (table, labels, owned), nodes in node_groups(pg):
        backend.write(backend.node_statement(table, labels, owned), [backend.node_row(n) for n in nodes])
        step(len(nodes))
    for key, rows in relationship_groups(pg):
        backend.write(relationship_statement(*key), rows)
        step(len(rows))
    labels, types = backend.counts()
    return LoadSummary(pg.reports, len(pg.nodes), len(pg.rels), labels, types, notes)


def plain(value: Any) -> Any:
    """A result value as plain Python: Decimal sums become int or float, nodes become dicts."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items() if not k.startswith("_")}
    return value
