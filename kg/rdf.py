"""RDF out of the graph model: rdflib for the public API, Oxigraph for speed.

Each node becomes typed with its class *and* its gwr superclasses (the
evaluation and plain SPARQL users need the core class without reasoning);
each property gets the XSD datatype its ontology range names. A labelled node's
name is its ``rdfs:label``; its other names (``gwr:alias``) are also written as
``skos:altLabel`` and ``rdfs:label``, the properties gwr:alias specialises, and then
its name as ``skos:prefLabel`` too, so a portal knows which label to show. Each fact
carries its quote and offsets (``gwr:quote``, ``gwr:start``, ``gwr:end``); with
``evidence`` it also gets a W3C Web Annotation ``oa:SpecificResource`` with a
``TextQuoteSelector`` and a ``TextPositionSelector`` into the report text. That
layer says the same thing in the annotation vocabulary and doubles the size of
the graph, so it is asked for (``kg build --evidence``), not written by default.

The statements are produced once, as :class:`Block` s in an order fixed by
content; :mod:`kg.syntax` writes them as text (byte-identical run to run),
:func:`quads` gives them as Oxigraph terms and :func:`to_rdflib` as an rdflib
``Dataset`` for users who work in rdflib.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Iterator, NamedTuple, Sequence, Union

import pyoxigraph as ox

from . import syntax
from .model import ReportGraph
from .schema import GWR, schema
from .syntax import PREFIXES, RDF_LANG_STRING, RDF_TYPE, XSD, XSD_STRING

RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_PREF_LABEL = "http://www.w3.org/2004/02/skos/core#prefLabel"
OA = "http://www.w3.org/ns/oa#"
VOID = "http://rdfs.org/ns/void#"
DCTERMS = "http://purl.org/dc/terms/"
XSD_INTEGER = XSD + "integer"

#: Formats ``kg build`` can write: file suffix -> Oxigraph format (to read them back).
FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
           "jsonld": ox.RdfFormat.JSON_LD, "trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS}
#: Formats ``kg build`` writes unless told otherwise.
DEFAULT_FORMATS = ("ttl", "nt", "jsonld", "trig")

#: Classes whose nodes carry rdfs:label (their ``text``), as the contract requires.
_LABELLED = {"Indicator", "Project", "Programme", "Organization", "Place", "Sector", "Report",
             "Section", "Commitment", "CanonicalIndicator", "CanonicalEntity"}
_COMPARATORS = {"approximately", "atLeast", "moreThan", "atMost", "lessThan", "range", "exact"}
_MEASURES = {"level": "LevelMeasure", "change": "ChangeMeasure"}
_STRENGTHS = {"firm", "aspirational"}

Term = Union[ox.NamedNode, ox.Literal]
XSD_DECIMAL = XSD + "decimal"
_INTEGERS = {XSD + "integer", XSD + "nonNegativeInteger"}
#: The named graph of the nodes every report shares (sectors, canonical indicators, the things many
#: reports name): the ontology's IRI.
SHARED_GRAPH = "https://w3id.org/gwr-kg/ontology"


@lru_cache(maxsize=None)
def _v(iri: str) -> ox.NamedNode:
    """A vocabulary or report IRI as a node, made once: a build makes millions of these."""
    return ox.NamedNode(iri)


class Block(NamedTuple):
    """The statements of one subject in one named graph: (predicate IRI, object) pairs.

    An object is an IRI (``str``) or a literal ``(lexical form, datatype IRI, language)``.
    """
    graph: str
    subject: str
    pairs: list


def blocks(graph: ReportGraph, evidence: bool = False) -> list[Block]:
    """Every statement of the graph, grouped by subject, in an order fixed by content.

    Blocks come by (named graph, subject IRI): each node with its properties and
    outgoing edges, followed, with ``evidence``, by the blocks of its Web
    Annotation. The same graph gives the same blocks run to run, so every
    writer's output is byte-identical.
    """
    edges: dict[str, list] = {}
    for e in sorted(set(graph.edges)):     # by source, property, target (then report: pairs drop repeats)
        edges.setdefault(e.source, []).append(e)
    out: list[Block] = []
    keyed = sorted(((graph_of(n.iri, n.report), n.iri), n) for n in graph.nodes.values())
    for (g, iri), node in keyed:
        annotated = evidence and "quote" in node.props and "start" in node.props
        pairs = _node_pairs(node, edges.pop(iri, ()), annotated)
        out.append(Block(g, iri, list(dict.fromkeys(pairs))))
        if annotated:
            out.extend(_evidence(node, g, graph.texts.get(node.report, "")))
    for source in sorted(edges):         # edges of a node the graph does not hold (none today)
        es = edges[source]
        out.append(Block(graph_of(source, es[0].report), source, list(dict.fromkeys(_edge_pairs(es)))))
    # each graph's description closes its run of blocks (a stable sort keeps the rest in place)
    return sorted(out + _descriptions(out), key=lambda b: b.graph)


def description_iri(report: str) -> str:
    """The IRI of the VoID description of a report's named graph."""
    return report + "/dataset"


def _descriptions(blocks: Sequence[Block]) -> list[Block]:
    """A VoID description of each report's named graph, in that graph: its size and the
    number of nodes of each class (``void:classPartition``).

    Counting every node of a large store takes a second or more; summing the
    partitions the build wrote answers the same question at once (the query
    ``counts-by-class`` does). Each description sits in its report's graph, so it
    goes wherever the report's triples go and is dropped with them.
    """
    sizes: Counter = Counter()
    per_graph: dict[str, Counter] = defaultdict(Counter)
    for b in blocks:
        if b.graph == SHARED_GRAPH:
            continue
        sizes[b.graph] += len(b.pairs)
        classes = per_graph[b.graph]
        for p, o in b.pairs:             # a block's rdf:type pairs come first
            if p != RDF_TYPE:
                break
            classes[o] += 1
    out = []
    for g in sorted(per_graph):
        triples, classes = sizes[g], per_graph[g]
        d = description_iri(g)
        parts = [Block(g, f"{d}/{_local(c)}", [(VOID + "class", c),
                                               (VOID + "entities", (str(n), XSD_INTEGER, ""))])
                 for c, n in sorted(classes.items())]
        pairs = [(RDF_TYPE, VOID + "Dataset"), (DCTERMS + "source", g)]
        pairs += [(VOID + "classPartition", p.subject) for p in parts]
        size = triples + len(pairs) + 1 + sum(len(p.pairs) for p in parts)
        pairs.append((VOID + "triples", (str(size), XSD_INTEGER, "")))
        out.append(Block(g, d, pairs))
        out.extend(parts)
    return out


def _local(iri: str) -> str:
    """A class IRI's name for a partition IRI: gwr:Target -> Target, oa:TextQuoteSelector -> oa-TextQuoteSelector."""
    for ns, prefix in ((GWR, ""), (OA, "oa-")):
        if iri.startswith(ns):
            return prefix + iri[len(ns):]
    return re.sub(r"[^A-Za-z0-9_-]", "-", iri)


def quads(graph: ReportGraph, evidence: bool = False) -> list[ox.Quad]:
    """All quads of the graph as Oxigraph terms, in :func:`blocks` order."""
    out = []
    for b in blocks(graph, evidence):
        g, s = _v(b.graph), ox.NamedNode(b.subject)
        out.extend(ox.Quad(s, _v(p), _term(o), g) for p, o in b.pairs)
    return out


def _term(o) -> Term:
    if o.__class__ is str:
        return ox.NamedNode(o)
    value, datatype, language = o
    if language:
        return ox.Literal(value, language=language)
    return ox.Literal(value, datatype=_v(datatype)) if datatype != XSD_STRING else ox.Literal(value)


def graph_of(iri: str, report: str) -> str:
    """The named graph a node's own triples go in: its report's, or the shared vocabulary graph.

    Sectors, canonical indicators and canonical entities are the same nodes in every report; one shared
    graph keeps their triples once in a store however many reports name them
    (a union default graph counts a triple once per graph it is in).
    """
    return report if iri == report or iri.startswith(report + "/") else SHARED_GRAPH


def _edge_pairs(edges) -> Iterator[tuple]:
    """Edges, each plus the same link under each SKOS property the ontology makes it a sub-property of
    (gwr:sameIndicator is also written as skos:exactMatch), so linked-data users need no reasoning."""
    supers = schema().skos_supers
    for e in edges:
        yield GWR + e.prop, e.target
        for p in supers.get(e.prop, ()):
            yield p, e.target


def _node_pairs(node, edges, annotated: bool) -> list[tuple]:
    props = node.props
    pairs = list(_type_pairs(node.cls))
    add = pairs.append
    for prop in sorted(props):
        value = props[prop]
        predicate, datatype = _PROPERTIES.get(prop) or _property(prop)
        if value.__class__ is str and datatype == XSD_STRING:
            add((predicate, (value, XSD_STRING, "")))      # most values: quotes, names, codes
        elif isinstance(value, (list, tuple)):
            pairs.extend((predicate, _literal(v, datatype)) for v in value)
        else:
            add((predicate, _literal(value, datatype)))
    text = props.get("text")
    if text and _labelled(node.cls):
        add((RDFS_LABEL, (text, RDF_LANG_STRING, "zh")))
    other = [(supers, name) for prop, supers in _labelling_properties() if prop in props for name in props[prop]]
    if other:
        if text:
            add((SKOS_PREF_LABEL, (text, RDF_LANG_STRING, "zh")))     # which of its labels is its name
        pairs.extend(_other_names(other))
    if "comparatorCode" in props or "measure" in props or "strengthCode" in props:
        pairs.extend(_concept_links(props))
    if annotated:
        add((GWR + "evidence", node.iri + "#evidence"))
    pairs.extend(_edge_pairs(edges))
    return pairs


@lru_cache(maxsize=1)
def _labelling_properties() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The list-valued datatype properties the ontology makes SKOS labels, with those labels' IRIs
    (gwr:alias ⊑ skos:altLabel): the datatype side of :func:`_edge_pairs`."""
    sch = schema()
    return tuple((prop, tuple(supers)) for prop, supers in sorted(sch.skos_supers.items())
                 if prop in sch.keys and prop in sch.list_valued)


def _other_names(other: list[tuple[tuple[str, ...], str]]) -> Iterator[tuple]:
    """Each other name under the SKOS labels its property specialises, and under rdfs:label,
    which SKOS labels specialise: a portal or a SPARQL user finds 广惠高速公路 by 广惠 without reasoning."""
    for supers, name in other:
        literal = (name, RDF_LANG_STRING, "zh")
        for p in supers:
            yield p, literal
        yield RDFS_LABEL, literal


@lru_cache(maxsize=None)
def _type_pairs(cls: str) -> tuple:
    return tuple((RDF_TYPE, GWR + c) for c in schema().ancestors(cls))


def _property(prop: str) -> tuple[str, str]:
    """A datatype property's IRI and its XSD range's IRI."""
    datatype = schema().datatype(prop)
    _PROPERTIES[prop] = GWR + prop, (XSD_STRING if datatype == "string" else XSD + datatype)
    return _PROPERTIES[prop]


_PROPERTIES: dict[str, tuple[str, str]] = {}


@lru_cache(maxsize=None)
def _labelled(cls: str) -> bool:
    return any(c in _LABELLED for c in schema().ancestors(cls))


def _concept_links(props: dict) -> Iterator[tuple]:
    if props.get("comparatorCode") in _COMPARATORS:
        yield GWR + "comparator", GWR + props["comparatorCode"]
    if props.get("measure") in _MEASURES:
        yield GWR + "measureType", GWR + _MEASURES[props["measure"]]
    if props.get("strengthCode") in _STRENGTHS:
        yield GWR + "strength", GWR + props["strengthCode"]


def _evidence(node, g: str, text: str) -> list[Block]:
    """Web Annotation selectors that find the quote in the report text."""
    ev, quote_sel, pos_sel = node.iri + "#evidence", node.iri + "#quote", node.iri + "#position"
    start, end = node.props["start"], node.props["end"]
    quote = [(RDF_TYPE, OA + "TextQuoteSelector"), (OA + "exact", (node.props["quote"], XSD_STRING, ""))]
    if text:
        quote += [(OA + "prefix", (text[max(0, start - 16):start], XSD_STRING, "")),
                  (OA + "suffix", (text[end:end + 16], XSD_STRING, ""))]
    return [Block(g, ev, [(RDF_TYPE, OA + "SpecificResource"), (OA + "hasSource", node.report),
                          (OA + "hasSelector", quote_sel), (OA + "hasSelector", pos_sel)]),
            Block(g, quote_sel, quote),
            Block(g, pos_sel, [(RDF_TYPE, OA + "TextPositionSelector"),
                               (OA + "start", (str(int(start)), XSD + "nonNegativeInteger", "")),
                               (OA + "end", (str(int(end)), XSD + "nonNegativeInteger", ""))])]


def _literal(value, datatype: str) -> tuple:
    if datatype == XSD_STRING:
        return str(value), XSD_STRING, ""
    if datatype == XSD_DECIMAL:
        return _decimal(value), datatype, ""
    if datatype in _INTEGERS:
        return str(int(value)), datatype, ""
    return str(value), datatype, ""


@lru_cache(maxsize=1 << 14)
def _decimal(value) -> str:
    """Canonical xsd:decimal text: 5.5 -> "5.5", 8000.0 -> "8000.0"."""
    d = Decimal(repr(float(value))).normalize()
    s = format(d, "f")
    return s if "." in s else s + ".0"


def write(graph: ReportGraph, out_dir: Path, formats: Sequence[str] = DEFAULT_FORMATS,
          evidence: bool = False) -> dict[str, Path]:
    """Write graph.ttl, graph.nt, graph.jsonld and graph.trig (or the ``formats`` given); return their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {}
    for suffix, data in serialise(graph, formats, evidence).items():
        paths[suffix] = out_dir / f"graph.{suffix}"
        paths[suffix].write_bytes(data)
    return paths


def serialise(graph: ReportGraph, formats: Sequence[str] = DEFAULT_FORMATS,
              evidence: bool = False) -> dict[str, bytes]:
    """Each format's document of the graph: TriG and N-Quads keep one named graph per report,
    the others hold their union."""
    return syntax.documents(blocks(graph, evidence), formats)


def to_rdflib(graph: ReportGraph, evidence: bool = False):
    """The graph as an rdflib ``Dataset``, one named graph per report."""
    import rdflib
    ds = rdflib.Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns)
    for q in quads(graph, evidence):
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
