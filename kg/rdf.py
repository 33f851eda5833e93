"""RDF out of the graph model: rdflib for the public API, Oxigraph for speed.

Each node becomes typed with its class *and* its gwr superclasses (the
evaluation and plain SPARQL users need the core class without reasoning);
each property gets the XSD datatype its ontology range names; each fact with a
quote gets a W3C Web Annotation ``oa:SpecificResource`` with a
``TextQuoteSelector`` and a ``TextPositionSelector`` into the report text.

Quads are produced once, sorted, and handed to Oxigraph's serialisers, which
are about a hundred times faster than rdflib's; :func:`to_rdflib` gives the
same quads as an rdflib ``Dataset`` for users who work in rdflib.
"""
from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Iterator, Union

import pyoxigraph as ox

from .model import ReportGraph
from .schema import GWR, schema

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
XSD = "http://www.w3.org/2001/XMLSchema#"
OA = "http://www.w3.org/ns/oa#"
DCT = "http://purl.org/dc/terms/"
SKOS = "http://www.w3.org/2004/02/skos/core#"

PREFIXES = {
    "gwr": GWR, "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "xsd": XSD, "oa": OA, "dcterms": DCT,
    "skos": SKOS, "prov": "http://www.w3.org/ns/prov#",
}

#: Formats written by ``kg build``: file suffix -> Oxigraph format.
FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
           "jsonld": ox.RdfFormat.JSON_LD, "trig": ox.RdfFormat.TRIG}

#: Classes whose nodes carry rdfs:label (their ``text``), as the contract requires.
_LABELLED = {"Indicator", "Project", "Programme", "Organization", "Place", "Sector", "Report",
             "Section", "Commitment", "CanonicalIndicator"}
_COMPARATORS = {"approximately", "atLeast", "moreThan", "atMost", "lessThan", "range", "exact"}
_MEASURES = {"level": "LevelMeasure", "change": "ChangeMeasure"}
_STRENGTHS = {"firm", "aspirational"}

Term = Union[ox.NamedNode, ox.Literal]
#: The named graph of the nodes every report shares (sectors, canonical indicators): the ontology's IRI.
SHARED_GRAPH = "https://w3id.org/gwr-kg/ontology"


@lru_cache(maxsize=None)
def _v(iri: str) -> ox.NamedNode:
    """A vocabulary or report IRI as a node, made once: a build makes millions of these."""
    return ox.NamedNode(iri)


def quads(graph: ReportGraph) -> list[ox.Quad]:
    """All quads of the graph, in an order fixed by content: byte-identical output run to run.

    Reports come in IRI order; within one, nodes in IRI order, each followed by
    its evidence and its outgoing edges (sorted), so Turtle groups a subject's
    triples. A full sort of the quads would give the same guarantee at ten times the cost.
    """
    edges: dict[str, list] = {}
    for e in sorted(set(graph.edges), key=lambda e: (e.report, e.source, e.prop, e.target)):
        edges.setdefault(e.source, []).append(e)
    out: list[ox.Quad] = []
    for node in sorted(graph.nodes.values(), key=lambda n: (n.report, n.iri)):
        g = _v(graph_of(node.iri, node.report))
        out.extend(ox.Quad(s, p, o, g) for s, p, o in _node_triples(node, graph))
        for e in edges.pop(node.iri, ()):
            out.extend(_edge_quads(e))
    for source in sorted(edges):         # edges from nodes of another graph (none today)
        for e in edges[source]:
            out.extend(_edge_quads(e))
    return list(dict.fromkeys(out))


def graph_of(iri: str, report: str) -> str:
    """The named graph a node's own triples go in: its report's, or the shared vocabulary graph.

    Sectors and canonical indicators are the same nodes in every report; one shared
    graph keeps their triples once in a store however many reports name them
    (a union default graph counts a triple once per graph it is in).
    """
    return report if iri == report or iri.startswith(report + "/") else SHARED_GRAPH


def _edge_quads(e) -> list[ox.Quad]:
    """An edge, plus the same link under each SKOS property the ontology makes it a sub-property of
    (gwr:sameIndicator is also written as skos:exactMatch), so linked-data users need no reasoning."""
    s, o, g = ox.NamedNode(e.source), ox.NamedNode(e.target), _v(graph_of(e.source, e.report))
    return [ox.Quad(s, _v(p), o, g) for p in (GWR + e.prop, *schema().skos_supers.get(e.prop, ()))]


def _node_triples(node, graph: ReportGraph) -> Iterator[tuple]:
    s = ox.NamedNode(node.iri)
    sch = schema()
    for cls in sch.ancestors(node.cls):
        yield s, _v(RDF_TYPE), _v(GWR + cls)
    for prop, value in sorted(node.props.items()):
        for v in value if isinstance(value, (list, tuple)) else [value]:
            yield s, _v(GWR + prop), _literal(v, sch.datatype(prop))
    text = node.props.get("text")
    if text and _labelled(node.cls):
        yield s, _v(RDFS_LABEL), ox.Literal(text, language="zh")
    yield from _concept_links(s, node.props)
    if "quote" in node.props and "start" in node.props:
        yield from _evidence(node, graph.texts.get(node.report, ""))


def _labelled(cls: str) -> bool:
    return any(c in _LABELLED for c in schema().ancestors(cls))


def _concept_links(s: ox.NamedNode, props: dict) -> Iterator[tuple]:
    if props.get("comparatorCode") in _COMPARATORS:
        yield s, _v(GWR + "comparator"), _v(GWR + props["comparatorCode"])
    if props.get("measure") in _MEASURES:
        yield s, _v(GWR + "measureType"), _v(GWR + _MEASURES[props["measure"]])
    if props.get("strengthCode") in _STRENGTHS:
        yield s, _v(GWR + "strength"), _v(GWR + props["strengthCode"])


def _evidence(node, text: str) -> Iterator[tuple]:
    """Web Annotation selectors that find the quote in the report text."""
    s = ox.NamedNode(node.iri)
    ev = ox.NamedNode(node.iri + "#evidence")
    quote_sel = ox.NamedNode(node.iri + "#quote")
    pos_sel = ox.NamedNode(node.iri + "#position")
    start, end = node.props["start"], node.props["end"]
    yield s, _v(GWR + "evidence"), ev
    yield ev, _v(RDF_TYPE), _v(OA + "SpecificResource")
    yield ev, _v(OA + "hasSource"), _v(node.report)
    yield ev, _v(OA + "hasSelector"), quote_sel
    yield ev, _v(OA + "hasSelector"), pos_sel
    yield quote_sel, _v(RDF_TYPE), _v(OA + "TextQuoteSelector")
    yield quote_sel, _v(OA + "exact"), ox.Literal(node.props["quote"])
    if text:
        yield quote_sel, _v(OA + "prefix"), ox.Literal(text[max(0, start - 16):start])
        yield quote_sel, _v(OA + "suffix"), ox.Literal(text[end:end + 16])
    yield pos_sel, _v(RDF_TYPE), _v(OA + "TextPositionSelector")
    yield pos_sel, _v(OA + "start"), _literal(start, "nonNegativeInteger")
    yield pos_sel, _v(OA + "end"), _literal(end, "nonNegativeInteger")


def _literal(value, datatype: str) -> ox.Literal:
    if datatype == "decimal":
        return ox.Literal(_decimal(value), datatype=_v(XSD + "decimal"))
    if datatype in ("integer", "nonNegativeInteger"):
        return ox.Literal(str(int(value)), datatype=_v(XSD + datatype))
    return ox.Literal(str(value))


def _decimal(value) -> str:
    """Canonical xsd:decimal text: 5.5 -> "5.5", 8000.0 -> "8000.0"."""
    d = Decimal(repr(float(value))).normalize()
    s = format(d, "f")
    return s if "." in s else s + ".0"


def write(graph: ReportGraph, out_dir: Path, formats=tuple(FORMATS)) -> dict[str, Path]:
    """Write graph.ttl, graph.nt, graph.jsonld and graph.trig (or the ``formats`` given); return their paths."""
    return write_quads(quads(graph), out_dir, formats)


def write_quads(qs: list[ox.Quad], out_dir: Path, formats=tuple(FORMATS)) -> dict[str, Path]:
    """Write quads in each format: TriG keeps one named graph per report, the others the union."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {}
    for suffix, data in serialise(qs, formats).items():
        paths[suffix] = out_dir / f"graph.{suffix}"
        paths[suffix].write_bytes(data)
    return paths


def serialise(qs: list[ox.Quad], formats=tuple(FORMATS)) -> dict[str, bytes]:
    """Each format's serialisation of the quads (the formats without graphs hold their union)."""
    triples = list(dict.fromkeys(q.triple for q in qs)) if set(formats) - {"trig"} else []
    return {suffix: ox.serialize(qs if suffix == "trig" else triples, None, FORMATS[suffix],
                                 prefixes=PREFIXES if suffix in ("ttl", "trig") else None)
            for suffix in formats}


def to_rdflib(graph: ReportGraph):
    """The graph as an rdflib ``Dataset``, one named graph per report."""
    import rdflib
    ds = rdflib.Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns)
    for q in quads(graph):
        ds.add((_rdflib(q.subject), _rdflib(q.predicate), _rdflib(q.object), _rdflib(q.graph_name)))
    return ds


def _rdflib(term):
    import rdflib
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        dt = term.datatype.value
        return rdflib.Literal(term.value, datatype=None if dt == XSD + "string" else rdflib.URIRef(dt))
    return rdflib.BNode(term.value)
