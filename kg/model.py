"""The graph model: typed nodes and edges named by the ontology, one report at a time.

Extraction gives records; this module turns them into nodes (an IRI, a class,
properties keyed by ontology property names) and edges (an ontology object
property between two IRIs). Every writer — RDF, Neo4j, networkx — reads this
model through :mod:`kg.schema`, so they cannot drift apart.

IRIs are derived from content, never from run order: a report is
``{base}report/{region}-{year}``; a quantity is the report IRI plus its
indicator and a hash of its quote and offsets, so the same report gives the
same IRIs on every run.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, NamedTuple, Sequence

from .indicators import EXACT, canonical, canonical_iri, scheme as indicator_scheme
from .records import TARGET, Commitment, Document, Entity, Link, Quantity, Section
from .schema import schema
from .sectors import classify, rank, sector_iri, sector_label

DEFAULT_BASE = "https://w3id.org/gwr-kg/id/"


@dataclass
class Node:
    iri: str
    cls: str                          # ontology class, local name
    props: dict[str, Any]             # ontology datatype property -> value
    report: str                       # IRI of the report the node belongs to


class Edge(NamedTuple):
    source: str
    prop: str                         # ontology object property, local name
    target: str
    report: str


@dataclass
class ReportGraph:
    """Nodes and edges of one or more reports, plus the texts their offsets count in."""

    nodes: dict[str, Node] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)         # report IRI -> text
    warnings: dict[str, list[str]] = field(default_factory=dict)

    def add_node(self, iri: str, cls: str, report: str, **props: Any) -> str:
        sch = schema()
        sch.check_class(cls)
        # an empty unit is meaningful (a bare ratio such as 2.02); other empty strings are not
        clean = {k: v for k, v in props.items() if v is not None and (v != "" or k == "unit")}
        if not sch.property_names.issuperset(clean):
            for k in clean:
                sch.check_property(k)
        if iri in self.nodes:
            self.nodes[iri].props.update(clean)
        else:
            self.nodes[iri] = Node(iri, cls, clean, report)
        return iri

    def add_edge(self, source: str, prop: str, target: str, report: str) -> None:
        if prop not in schema().object_properties:
            schema().check_property(prop)
        self.edges.append(Edge(source, prop, target, report))

    def merge(self, other: "ReportGraph") -> "ReportGraph":
        for node in other.nodes.values():
            self.nodes.setdefault(node.iri, node)
        self.edges.extend(other.edges)
        self.texts.update(other.texts)
        self.warnings.update(other.warnings)
        return self

    @property
    def reports(self) -> list[str]:
        return sorted(self.texts)

    def counts(self) -> Counter:
        """Nodes per class."""
        return Counter(n.cls for n in self.nodes.values())

    def of_class(self, *classes: str) -> list[Node]:
        return sorted((n for n in self.nodes.values() if n.cls in classes), key=lambda n: n.iri)

    def to_rdf(self):
        """An rdflib ``Dataset`` with one named graph per report."""
        from .rdf import to_rdflib
        return to_rdflib(self)

    def to_networkx(self):
        """A networkx ``MultiDiGraph`` with the property-graph labels and types."""
        from .nx import to_networkx
        return to_networkx(self)


def slug(text: str, limit: int = 24) -> str:
    """An IRI-safe, readable path segment (CJK kept, punctuation dropped).

    >>> slug("“四大产业基地”总产值")
    '四大产业基地总产值'
    """
    s = re.sub(r"[^\w\-.]+", "", text.replace(" ", "-"), flags=re.UNICODE)
    return s[:limit] or "x"


def digest(*parts: Any, n: int = 8) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:n]


def region_of(doc: Document) -> str:
    """The report's region, or its file name when the text does not say."""
    return doc.meta.region or re.sub(r"\.\w+$", "", doc.path.rsplit("/", 1)[-1]) or "report"


def report_iri(doc: Document, base: str = DEFAULT_BASE) -> str:
    return f"{base}report/{slug(region_of(doc), 40)}-{doc.meta.year or 'unknown'}"


def build_graph(doc: Document, quantities: Sequence[Quantity], base: str = DEFAULT_BASE,
                commitments: Sequence[Commitment] = (), entities: Sequence[Entity] = (),
                links: Sequence[Link] = ()) -> ReportGraph:
    """The graph of one report: report, sections, quantities, commitments, entities and links."""
    g = ReportGraph()
    rep = report_iri(doc, base)
    g.texts[rep] = doc.text
    g.warnings[rep] = list(doc.warnings)
    _add_report(g, doc, rep)
    sections = {s.number: _add_section(g, s, rep) for s in doc.sections}
    headings = {s.number: s.title for s in doc.sections}
    iris: dict[tuple[str, int], str] = {}
    for i, q in enumerate(quantities):
        iris["quantity", i] = iri = _add_quantity(g, q, rep, sections)
        _add_sector(g, iri, q.indicator, headings.get(q.section, ""), rep)
    for i, e in enumerate(entities):
        iris["entity", i] = _add_entity(g, e, rep, base)
    for i, c in enumerate(commitments):
        iris["commitment", i] = _add_commitment(g, c, rep, sections, headings,
                                                [quantities[t].indicator for t in c.targets])
        for t in c.targets:
            g.add_edge(iris["commitment", i], "hasTarget", iris["quantity", t], rep)
    for link in links:
        g.add_edge(iris[link.source], link.prop, iris[link.target], rep)
    _add_home(g, doc, entities, iris, rep)
    return g


def _add_report(g: ReportGraph, doc: Document, rep: str) -> None:
    m = doc.meta
    label = f"{m.region}{m.year or ''}年政府工作报告" if m.region and m.year else (m.title or region_of(doc))
    g.add_node(rep, "Report", rep, text=label, region=region_of(doc), level=m.level,
               year=m.year, session=m.session, speaker=m.speaker, sourceFile=doc.path,
               textLength=len(doc.text),
               textSha256=hashlib.sha256(doc.text.encode("utf-8")).hexdigest())


def _add_section(g: ReportGraph, s: Section, rep: str) -> str:
    iri = f"{rep}/section/{s.number}"
    g.add_node(iri, "Part" if s.kind == "part" else "Task", rep, text=s.title, number=s.number,
               role=s.role, quote=s.title, start=s.title_start, end=s.title_end)
    g.add_edge(iri, "partOf", f"{rep}/section/{s.parent}" if s.parent else rep, rep)
    g.add_edge(iri, "statedIn", rep, rep)
    return iri


def indicator_iri(rep: str, label: str) -> str:
    return f"{rep}/indicator/{slug(label)}-{digest(label, n=6)}"


def _add_quantity(g: ReportGraph, q: Quantity, rep: str, sections: dict[str, str]) -> str:
    cls = "Target" if q.kind == TARGET else "Achievement"
    ind = indicator_iri(rep, q.indicator)
    g.add_node(ind, "Indicator", rep, text=q.indicator)
    g.add_edge(ind, "statedIn", rep, rep)
    _add_canonical(g, ind, q.indicator, rep)
    iri = f"{rep}/{cls.lower()}/{slug(q.indicator, 16)}-{digest(q.quote, q.start, q.expression)}"
    g.add_node(iri, cls, rep, value=q.value, lowerBound=q.lower, upperBound=q.upper, unit=q.unit,
               normalizedValue=q.norm_value, normalizedUnit=q.norm_unit, qualifier=q.qualifier,
               comparatorCode=q.comparator, measure=q.measure, strengthCode=q.strength or None,
               expression=q.expression, referenceYear=q.year, quote=q.quote,
               start=q.quote_start, end=q.quote_end, theme=q.theme, text=q.indicator)
    g.add_edge(iri, "indicator", ind, rep)
    g.add_edge(iri, "statedIn", rep, rep)
    section = sections.get(q.section) or sections.get(q.section.split(".")[0])
    if section:
        g.add_edge(iri, "inSection", section, rep)
    return iri


def _add_canonical(g: ReportGraph, ind: str, label: str, rep: str) -> None:
    """Link the report's indicator to the canonical indicator of ``ontology/indicators.ttl`` it measures."""
    match = canonical(label)
    if match:
        code, how = match
        _, zh, _, family, polarity = indicator_scheme()[code]
        node = g.add_node(canonical_iri(code), "CanonicalIndicator", rep, text=zh, notation=code,
                          unitFamily=family or None, polarity=polarity or None)
        g.add_edge(ind, "sameIndicator" if how == EXACT else "broaderIndicator", node, rep)


def _add_sector(g: ReportGraph, iri: str, indicator: str, heading: str, rep: str) -> None:
    notation = classify(indicator, heading)
    if notation:
        g.add_edge(iri, "sector", _sector(g, notation, rep), rep)


def _sector(g: ReportGraph, notation: str, rep: str) -> str:
    """The sector's node, added once: tens of thousands of statements name a dozen sectors."""
    iri = sector_iri(notation)
    if iri not in g.nodes:
        g.add_node(iri, "Sector", rep, text=sector_label(notation), notation=notation)
    return iri


def _add_entity(g: ReportGraph, e: Entity, rep: str, base: str) -> str:
    kind = {"Project": "project", "Programme": "programme", "Place": "place",
            "AdministrativeArea": "place"}.get(e.cls, "organization")
    iri = f"{rep}/{kind}/{slug(e.name, 20)}-{digest(e.cls, e.name, n=6)}"
    first = min(e.mentions, key=lambda m: m.start)
    g.add_node(iri, e.cls, rep, text=e.name, alias=list(e.aliases) or None, adminCode=e.code or None,
               mentionCount=len(e.mentions), quote=first.name, start=first.start, end=first.end)
    g.add_edge(iri, "statedIn", rep, rep)
    if e.known_as:
        g.add_edge(iri, "sameEntity", _add_canonical_entity(g, e, rep, base), rep)
    return iri


def canonical_entity_iri(base: str, known_as: str, code: str = "") -> str:
    """The IRI every report's node of one thing links to: a division by its code, another by its gazetteer name.

    >>> canonical_entity_iri(DEFAULT_BASE, "贵州省", "520000")
    'https://w3id.org/gwr-kg/id/division/520000'
    >>> canonical_entity_iri(DEFAULT_BASE, "宁德时代")
    'https://w3id.org/gwr-kg/id/entity/宁德时代-3c85c6'
    """
    return f"{base}division/{code}" if code else f"{base}entity/{slug(known_as)}-{digest(known_as, n=6)}"


def _add_canonical_entity(g: ReportGraph, e: Entity, rep: str, base: str) -> str:
    """The node that stands for the thing across reports (宁德时代 in every report that names it)."""
    iri = canonical_entity_iri(base, e.known_as, e.code)
    if iri not in g.nodes:
        g.add_node(iri, "CanonicalEntity", rep, text=e.known_as, adminCode=e.code or None,
                   alias=list(e.known_aliases) or None)
    return iri


def _add_commitment(g: ReportGraph, c: Commitment, rep: str, sections: dict[str, str],
                    headings: dict[str, str], target_indicators: Sequence[str] = ()) -> str:
    iri = f"{rep}/commitment/{c.section}-{digest(c.start, c.end, c.text)}"
    heading = headings.get(c.section, "")
    ranked = rank(c.text, heading)
    if target_indicators and (not ranked or c.text.startswith(target_indicators[0])):
        # a bare target clause (城镇新增就业15万人) takes the sector of its indicator, and an
        # indicator no keyword places is a figure of the economy overall (建筑业总产值)
        primary = classify(target_indicators[0], heading) or "economy"
        ranked = [primary, *[n for n in ranked if n != primary]]
    g.add_node(iri, "Commitment", rep, text=c.text, quote=c.text, start=c.start, end=c.end, theme=c.theme,
               strengthCode=c.strength or None, sectorCode=ranked[0] if ranked else None)
    g.add_edge(iri, "statedIn", rep, rep)
    section = sections.get(c.section) or sections.get(c.section.split(".")[0])
    if section:
        g.add_edge(iri, "inSection", section, rep)
    for notation in ranked:
        g.add_edge(iri, "sector", _sector(g, notation, rep), rep)
    return iri


def _add_home(g: ReportGraph, doc: Document, entities: Sequence[Entity], iris: dict, rep: str) -> None:
    """The report is about its own region: link it to that place when the report names it."""
    from .places import home_division
    home = home_division(doc.meta.region or "")
    if not home:
        return
    for i, e in enumerate(entities):
        if e.code == home.code:
            g.add_edge(rep, "aboutPlace", iris["entity", i], rep)
