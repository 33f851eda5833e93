"""RDF text written straight from statement blocks: N-Quads, N-Triples, Turtle, TriG, JSON-LD.

Oxigraph's serialisers are fast, but handing them a report means making some
ten thousand Python term objects first, which took half the build time. These
writers render each distinct term once and join strings; tests check that
Oxigraph and rdflib parse every output back to exactly the quads of
:func:`kg.rdf.quads`. Literals are escaped as canonical N-Triples does.

>>> from kg.rdf import Block
>>> b = [Block("https://e.org/g", "https://e.org/s", [
...     ("http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "https://w3id.org/gwr-kg/ontology#Target"),
...     ("https://w3id.org/gwr-kg/ontology#value", ("5.5", "http://www.w3.org/2001/XMLSchema#decimal", "")),
...     ("https://w3id.org/gwr-kg/ontology#quote", ('增长"5.5%"', "http://www.w3.org/2001/XMLSchema#string", ""))])]
>>> print(body(b, "ttl").decode(), end="")  # doctest: +NORMALIZE_WHITESPACE
<https://e.org/s> a gwr:Target ;
	gwr:value 5.5 ;
	gwr:quote "增长\\"5.5%\\"" .
>>> print(body(b, "nq").decode().splitlines()[1])
<https://e.org/s> <https://w3id.org/gwr-kg/ontology#value> "5.5"^^<http://www.w3.org/2001/XMLSchema#decimal> <https://e.org/g> .
"""
from __future__ import annotations

import re
from functools import lru_cache
from json.encoder import encode_basestring as _json
from typing import Iterable, Sequence

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_STRING = XSD + "string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

PREFIXES = {
    "gwr": "https://w3id.org/gwr-kg/ontology#", "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "xsd": XSD, "oa": "http://www.w3.org/ns/oa#",
    "dcterms": "http://purl.org/dc/terms/", "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#", "void": "http://rdfs.org/ns/void#",
}
#: The syntaxes, by file suffix.
SYNTAXES = ("ttl", "nt", "jsonld", "trig", "nq")

_ESCAPES = {i: f"\\u{i:04X}" for i in (*range(0x20), 0x7F)}
_ESCAPES.update({ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r",
                 ord("\t"): "\\t", ord("\b"): "\\b", ord("\f"): "\\f"})
_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f\x7f"\\]')
# characters an IRIREF may not hold; the model never makes them, a user's --base might
_IRI_BAD = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*\Z")
_INTEGER = re.compile(r"[+-]?\d+\Z")
_DECIMAL = re.compile(r"[+-]?\d*\.\d+\Z")
_BY_NAMESPACE = sorted(((ns, p) for p, ns in PREFIXES.items()), key=lambda x: -len(x[0]))


def header(syntax: str) -> str:
    """What opens a document of ``syntax``: prefixes, or the JSON-LD context."""
    if syntax in ("ttl", "trig"):
        return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in PREFIXES.items())
    if syntax == "jsonld":
        context = ", ".join(f"{_json(p)}: {_json(ns)}" for p, ns in PREFIXES.items())
        return '{"@context": {' + context + '},\n "@graph": [\n'
    return ""


def footer(syntax: str) -> str:
    return "\n]}\n" if syntax == "jsonld" else ""


def documents(blocks: Sequence, syntaxes: Sequence[str]) -> dict[str, bytes]:
    """A whole document in each of ``syntaxes``. The graph-less syntaxes hold the union of the named graphs."""
    return {syntax: header(syntax).encode() + text + footer(syntax).encode()
            for syntax, text in bodies(blocks, syntaxes).items()}


def body(blocks: Iterable, syntax: str) -> bytes:
    """The blocks in ``syntax`` without header or footer, so documents can be concatenated.

    JSON-LD bodies are node objects separated by commas: join two with ",\\n".
    """
    return bodies(blocks, (syntax,))[syntax]


def bodies(blocks: Iterable, syntaxes: Sequence[str]) -> dict[str, bytes]:
    """:func:`body` in each of ``syntaxes``, rendering each distinct term once for all of them.

    Terms are encoded to UTF-8 once and lines joined as bytes: a report is megabytes
    of text with its IRIs repeated on every line, and this is the fast way in Python.
    """
    blocks = [b for b in blocks if b.pairs]
    out = {}
    if "nt" in syntaxes or "nq" in syntaxes:
        out.update(_lines(blocks, "nt" in syntaxes, "nq" in syntaxes))
    if "ttl" in syntaxes or "trig" in syntaxes:
        out.update(_turtle(blocks, "ttl" in syntaxes, "trig" in syntaxes))
    if "jsonld" in syntaxes:
        out["jsonld"] = _jsonld(blocks)
    return {syntax: out[syntax] for syntax in syntaxes}


def _lines(blocks: list, nt: bool, nq: bool) -> dict[str, bytes]:
    """N-Triples and N-Quads: one line a statement."""
    objects: dict = {}                 # each role its own cache: the endings differ
    predicates: dict = {}
    graphs: dict = {}
    triples: list[bytes] = []          # subject, predicate, object, " .\n" ...
    quads: list[bytes] = []            # subject, predicate, object, " <graph> .\n" ...
    add_triple, add_quad = triples.extend, quads.extend
    end = b" .\n"
    for b in blocks:
        s = _nt_iri(b.subject).encode() + b" "
        g = graphs.get(b.graph)
        if g is None:
            g = graphs[b.graph] = b" " + _nt_iri(b.graph).encode() + end
        for p, o in b.pairs:
            pb = predicates.get(p)
            if pb is None:
                pb = predicates[p] = _nt_iri(p).encode() + b" "
            ob = objects.get(o)
            if ob is None:
                ob = objects[o] = _nt_term(o).encode()
            if nt:
                add_triple((s, pb, ob, end))
            if nq:
                add_quad((s, pb, ob, g))
    return {"nt": b"".join(triples), "nq": b"".join(quads)}


def _turtle(blocks: list, ttl: bool, trig: bool) -> dict[str, bytes]:
    """Turtle and TriG: a subject's statements grouped, its repeated predicates shared (`p o1 , o2`)."""
    objects: dict = {}
    predicates: dict = {}
    plain: list[bytes] = []
    named: list[bytes] = []
    graph = None
    for b in blocks:
        parts, last = [], None
        for p, o in b.pairs:
            ob = objects.get(o)
            if ob is None:
                ob = objects[o] = _ttl_term(o).encode()
            if p == last:
                parts.append(b" , " + ob)
                continue
            pb = predicates.get(p)
            if pb is None:
                pb = predicates[p] = b"a " if p == RDF_TYPE else _ttl_iri(p).encode() + b" "
            parts.append((b" ;\n\t\t" if last is not None else b"") + pb + ob)
            last = p
        s = _ttl_iri(b.subject).encode() + b" "
        statements = b"".join(parts)
        if ttl:
            plain.append(s + statements.replace(b" ;\n\t\t", b" ;\n\t") + b" .\n")
        if trig:
            if b.graph != graph:
                named.append((b"}\n" if graph is not None else b"") + _nt_iri(b.graph).encode() + b" {\n")
                graph = b.graph
            named.append(b"\t" + s + statements + b" .\n")
    if trig and graph is not None:
        named.append(b"}\n")
    return {"ttl": b"".join(plain), "trig": b"".join(named)}


def _escape(value: str) -> str:
    return value.translate(_ESCAPES) if _NEEDS_ESCAPE.search(value) else value


def _nt_iri(iri: str) -> str:
    if _IRI_BAD.search(iri):
        iri = _IRI_BAD.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode("utf-8")), iri)
    return f"<{iri}>"


def _nt_literal(value: str, datatype: str, language: str) -> str:
    if language:
        return f'"{_escape(value)}"@{language}'
    if datatype == XSD_STRING:
        return f'"{_escape(value)}"'
    return f'"{_escape(value)}"^^{_nt_iri(datatype)}'


@lru_cache(maxsize=4096)
def _compact(iri: str) -> str | None:
    for ns, prefix in _BY_NAMESPACE:
        if iri.startswith(ns) and _LOCAL.match(iri, len(ns)):
            return f"{prefix}:{iri[len(ns):]}"
    return None


def _ttl_iri(iri: str) -> str:
    return _compact(iri) or _nt_iri(iri)


def _ttl_literal(value: str, datatype: str, language: str) -> str:
    if language or datatype == XSD_STRING:
        return _nt_literal(value, datatype, language)
    if (datatype == XSD + "integer" and _INTEGER.match(value)) or (datatype == XSD + "decimal" and _DECIMAL.match(value)):
        return value
    return f'"{_escape(value)}"^^{_ttl_iri(datatype)}'


def _nt_term(o) -> str:
    return _nt_iri(o) if o.__class__ is str else _nt_literal(*o)


def _ttl_term(o) -> str:
    return _ttl_iri(o) if o.__class__ is str else _ttl_literal(*o)


def _jsonld(blocks: list) -> bytes:
    """JSON-LD node objects, one a subject, each predicate's objects in one array."""
    keys: dict = {}                    # predicate -> its compact key, quoted
    values: dict = {}                  # object -> its JSON value
    nodes = []
    for b in blocks:
        types, grouped = [], {}
        for p, o in b.pairs:
            if p == RDF_TYPE and o.__class__ is str:
                types.append(_json(_compact(o) or o))
                continue
            v = values.get(o)
            if v is None:
                v = values[o] = _jsonld_value(o)
            if p in grouped:
                grouped[p].append(v)
            else:
                grouped[p] = [v]
        fields = ['  {"@id": ' + _json(b.subject)]
        if types:
            fields.append('"@type": [' + ", ".join(types) + "]")
        for p, vs in grouped.items():
            k = keys.get(p)
            if k is None:
                k = keys[p] = _json(_compact(p) or p) + ": ["
            fields.append(k + ", ".join(vs) + "]")
        nodes.append(", ".join(fields) + "}")
    return ",\n".join(nodes).encode("utf-8")


def _jsonld_value(o) -> str:
    if o.__class__ is str:
        return '{"@id": ' + _json(o) + "}"
    value, datatype, language = o
    if language:
        return '{"@value": ' + _json(value) + ', "@language": ' + _json(language) + "}"
    if datatype == XSD_STRING:
        return _json(value)
    return '{"@value": ' + _json(value) + ', "@type": ' + _json(_compact(datatype) or datatype) + "}"
