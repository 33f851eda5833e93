"""The property-graph view of the RDF graph: the one mapping Neo4j, ladybug and networkx share.

The RDF quads are the source. The ontology (:mod:`kg.schema`) decides everything
else: a subject typed with a gwr class that has a graph label becomes a node;
a gwr datatype property becomes a node property under its ``gwr:propertyKey``
(numbers stay numbers); a gwr object property with a ``gwr:relationshipType``
between two nodes becomes a relationship. Every node also gets:

- ``uri``: its RDF IRI, so RDF and property-graph results can be joined;
- ``kind``: its most specific gwr class (``GovernmentAgency``, ``Task``…);
- ``classes``: that class and its gwr superclasses, as ``rdf:type`` lists them;
- ``report``: the IRI of the report the node belongs to (its IRI starts with the
  report's), or ``""`` for nodes shared by all reports (sectors).

Because the RDF files are the input, ``kg load-neo4j``, ``kg cypher`` and
``kg export`` work on any build folder, including merged corpora.

>>> from kg import build_text
>>> text = ("二、2024年工作安排\\n（一）加快发展现代产业体系。坚持把发展经济的着力点放在实体经济上，"
...         "全年新建5G基站3000个，推动工业经济稳步增长，培育一批专精特新企业。")
>>> pg = from_model(build_text(text, "t.txt"))
>>> sorted({n.table for n in pg.nodes})
['CanonicalIndicator', 'Commitment', 'Indicator', 'Report', 'Section', 'Sector', 'Target']
>>> target = next(n for n in pg.nodes if n.table == "Target")
>>> target.labels, target.props["value"], target.props["kind"]
(('Target', 'Quantity'), 3000.0, 'Target')
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Union

import pyoxigraph as ox

from .schema import GWR, XSD, schema

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#: Keys every node has besides its ontology properties.
SYSTEM_KEYS = ("uri", "kind", "classes", "report")


@dataclass(frozen=True)
class PGNode:
    uri: str
    table: str                        # the embedded engine's table, also a Neo4j label
    labels: tuple[str, ...]           # Neo4j labels: own label first, then the ancestors'
    props: dict[str, Any] = field(hash=False, compare=False)


@dataclass(frozen=True, order=True)
class PGRel:
    type: str
    source: str
    target: str
    source_table: str
    target_table: str


@dataclass
class PropertyGraph:
    nodes: list[PGNode]
    rels: list[PGRel]

    @property
    def reports(self) -> list[str]:
        """IRIs of the reports in the graph."""
        return sorted(n.uri for n in self.nodes if n.table == "Report")

    def label_counts(self) -> Counter:
        """Nodes per label (a node counts once under each of its labels)."""
        return Counter(label for n in self.nodes for label in n.labels)

    def type_counts(self) -> Counter:
        return Counter(r.type for r in self.rels)


def from_quads(quads: Iterable[Union[ox.Quad, ox.Triple]]) -> PropertyGraph:
    """Map RDF quads (or triples) to a property graph; deterministic for the same quads."""
    sch = schema()
    types: dict[str, set[str]] = defaultdict(set)
    values: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    links: set[tuple[str, str, str]] = set()
    by_key = {p: sch.key(p) for p in sch.keys}
    for q in quads:
        s, p, o = q.subject, q.predicate.value, q.object
        if not isinstance(s, ox.NamedNode):
            continue
        if p == RDF_TYPE:
            if o.value.startswith(GWR):
                types[s.value].add(o.value[len(GWR):])
        elif p.startswith(GWR):
            local = p[len(GWR):]
            if local in by_key and isinstance(o, ox.Literal):
                values[s.value][local].append(_python(o))
            elif local in sch.relationships and isinstance(o, ox.NamedNode):
                links.add((s.value, local, o.value))
    nodes = {}
    for iri, classes in types.items():
        cls = _most_specific(classes)
        if cls is None:
            continue
        nodes[iri] = (cls, values.get(iri, {}))
    reports = sorted((iri for iri, (cls, _) in nodes.items() if cls == "Report"), key=len, reverse=True)
    out_nodes = [_node(iri, cls, vals, _owner(iri, reports)) for iri, (cls, vals) in sorted(nodes.items())]
    tables = {n.uri: n.table for n in out_nodes}
    rels = sorted(PGRel(sch.relationship(p), s, t, tables[s], tables[t])
                  for s, p, t in links if s in tables and t in tables)
    return PropertyGraph(out_nodes, rels)


def from_model(graph) -> PropertyGraph:
    """The property graph of a :class:`kg.model.ReportGraph`, through its RDF quads."""
    from .rdf import quads
    return from_quads(quads(graph))


def read(path: Union[str, Path]) -> PropertyGraph:
    """The property graph of a graph file or build folder (``out/`` → ``out/graph.trig``)."""
    from loaders.oxigraph import FORMATS, StoreError, graph_file
    f = graph_file(path)
    try:
        return from_quads(ox.parse(path=str(f), format=FORMATS[f.suffix.lower()]))
    except (SyntaxError, ValueError, OSError) as err:
        raise StoreError(f"cannot read {f}: {str(err).splitlines()[0]}") from None


def _most_specific(classes: set[str]) -> str | None:
    """The class whose ancestors cover all the others (the one rdf:type names last)."""
    sch = schema()
    known = [c for c in classes if c in sch.graph_labels and sch.labels(c)]
    if not known:
        return None
    return max(sorted(known), key=lambda c: (len(set(sch.ancestors(c)) & classes), -len(c)))


def _owner(iri: str, reports: list[str]) -> str:
    """The report whose IRI prefixes ``iri`` (longest first), or "" for a shared node."""
    for r in reports:
        if iri == r or iri.startswith(r + "/") or iri.startswith(r + "#"):
            return r
    return ""


def _node(iri: str, cls: str, vals: dict[str, list], report: str) -> PGNode:
    sch = schema()
    props: dict[str, Any] = {"uri": iri, "kind": cls, "report": report,
                             "classes": [c for c in sch.ancestors(cls) if c in sch.parents]}
    for prop, vs in sorted(vals.items()):
        vs = sorted(set(vs), key=lambda v: (str(type(v)), v))
        props[sch.key(prop)] = vs if prop in sch.list_valued else vs[0]
    return PGNode(iri, sch.table(cls), tuple(sch.labels(cls)), props)


def _python(lit: ox.Literal) -> Any:
    dt = lit.datatype.value[len(XSD):] if lit.datatype.value.startswith(XSD) else ""
    if dt in ("integer", "int", "long", "nonNegativeInteger"):
        return int(lit.value)
    if dt in ("decimal", "double", "float"):
        return float(lit.value)
    return lit.value


@lru_cache(maxsize=1)
def columns() -> dict[str, dict[str, str]]:
    """Column types of every node table: system keys plus every ontology property key.

    Each table has every key so that label-less queries and new properties never
    need a schema change; types are ``STRING``, ``INT64``, ``DOUBLE`` or ``STRING[]``.
    """
    sch = schema()
    types = {"uri": "STRING", "kind": "STRING", "classes": "STRING[]", "report": "STRING"}
    for prop in sorted(sch.keys):
        t = _column_type(sch.datatype(prop), prop in sch.list_valued)
        key = sch.key(prop)
        if types.setdefault(key, t) != t:
            raise ValueError(f"property key {key!r} has two types in the ontology")
    return {t: types for t in sch.tables_for(None)}


def _column_type(xsd: str, listed: bool) -> str:
    base = {"decimal": "DOUBLE", "double": "DOUBLE", "float": "DOUBLE", "integer": "INT64",
            "nonNegativeInteger": "INT64", "int": "INT64", "long": "INT64"}.get(xsd, "STRING")
    return base + "[]" if listed else base


@lru_cache(maxsize=1)
def relationship_pairs() -> dict[str, list[tuple[str, str]]]:
    """Every (from table, to table) pair each relationship type may join, from domains and ranges."""
    sch = schema()
    pairs = {}
    for prop, rel in sorted(sch.relationships.items(), key=lambda kv: kv[1]):
        pairs[rel] = [(a, b) for a in sch.tables_for(sch.domains.get(prop))
                      for b in sch.tables_for(sch.ranges.get(prop))]
    return pairs
