"""The text writers: every syntax parses back, in Oxigraph and in rdflib, to exactly the model's quads."""
import pyoxigraph as ox
import pytest
import rdflib

from kg import syntax
from kg.model import ReportGraph
from kg.rdf import FORMATS, SHARED_GRAPH, blocks, quads

REP = "https://w3id.org/gwr-kg/id/report/测试市-2025"


def awkward_graph() -> ReportGraph:
    """Literals that need every escape, a vocabulary IRI that cannot be a prefixed name, shared nodes."""
    g = ReportGraph()
    text = '引号"反斜杠\\换行\n回车\r制表\t退格\b换页\f响铃\x07删除\x7f结束'
    g.texts[REP] = text
    g.add_node(REP, "Report", REP, text="测试市2025年政府工作报告", year=2025, textLength=len(text))
    t = g.add_node(f"{REP}/target/x-1", "Target", REP, text=text, value=5.5, unit="%", start=0, end=len(text),
                   quote=text, comparatorCode="approximately", measure="change", referenceYear=2025)
    g.add_node(f"{REP}/indicator/x", "Indicator", REP, text="地区生产总值")
    g.add_edge(t, "indicator", f"{REP}/indicator/x", REP)
    g.add_edge(t, "statedIn", REP, REP)
    g.add_node("https://w3id.org/gwr-kg/ontology#sector-economy", "Sector", REP, text="经济", notation="economy")
    g.add_node("https://w3id.org/gwr-kg/ontology#sector.odd", "Sector", REP, text="点", notation="odd")
    g.add_edge(t, "sector", "https://w3id.org/gwr-kg/ontology#sector-economy", REP)
    g.add_edge(t, "sector", "https://w3id.org/gwr-kg/ontology#sector.odd", REP)
    return g


def parsed_by_oxigraph(data: bytes, fmt: str) -> set:
    return set(ox.parse(data, FORMATS[fmt]))


def parsed_by_rdflib(data: bytes, fmt: str) -> set:
    if fmt in ("trig", "nq"):
        ds = rdflib.Dataset()
        ds.parse(data=data, format={"trig": "trig", "nq": "nquads"}[fmt])
        return {(s, p, o, g) for s, p, o, g in ds.quads((None, None, None, None))}
    g = rdflib.Graph().parse(data=data, format={"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}[fmt])
    return set(g)


def as_rdflib(term):
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    dt = term.datatype.value
    return rdflib.Literal(term.value, datatype=None if dt.endswith("#string") else rdflib.URIRef(dt))


@pytest.mark.parametrize("evidence", [False, True])
@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_syntax_round_trips(fmt, evidence, example_result):
    for graph in (awkward_graph(), example_result.graph):
        expected = set(quads(graph, evidence))
        data = syntax.documents(blocks(graph, evidence), (fmt,))[fmt]
        got = parsed_by_oxigraph(data, fmt)
        if fmt in ("trig", "nq"):
            assert got == expected
        else:
            assert got == {ox.Quad(q.subject, q.predicate, q.object) for q in expected}


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_rdflib_reads_every_syntax(fmt):
    graph = awkward_graph()
    expected = quads(graph, evidence=True)
    got = parsed_by_rdflib(syntax.documents(blocks(graph, True), (fmt,))[fmt], fmt)
    if fmt in ("trig", "nq"):
        want = {(as_rdflib(q.subject), as_rdflib(q.predicate), as_rdflib(q.object), rdflib.URIRef(q.graph_name.value))
                for q in expected}
    else:
        want = {(as_rdflib(q.subject), as_rdflib(q.predicate), as_rdflib(q.object)) for q in expected}
    assert got == want


def test_literals_escape_as_canonical_ntriples():
    data = syntax.documents(blocks(awkward_graph()), ("nt",))["nt"].decode()
    assert r'"引号\"反斜杠\\换行\n回车\r制表\t退格\b换页\f响铃\u0007删除\u007F结束"' in data
    assert "\x07" not in data and "\x7f" not in data


def test_turtle_shortens_what_it_safely_can():
    data = syntax.documents(blocks(awkward_graph()), ("ttl",))["ttl"].decode()
    assert "gwr:sector-economy" in data
    assert "<https://w3id.org/gwr-kg/ontology#sector.odd>" in data      # a dot is no safe local name
    assert "gwr:value 5.5 ;" in data and "gwr:year 2025 ;" in data


def test_trig_opens_each_graph_once():
    data = syntax.documents(blocks(awkward_graph()), ("trig",))["trig"].decode()
    assert data.count(f"<{SHARED_GRAPH}> {{") == 1 and data.count(f"<{REP}> {{") == 1


def test_bodies_concatenate_into_one_document():
    """The corpus writer joins report bodies under one header: the result is one valid document."""
    a, b = awkward_graph(), ReportGraph()
    rep2 = REP.replace("2025", "2026")
    b.texts[rep2] = "x"
    b.add_node(rep2, "Report", rep2, text="另一份报告", year=2026)
    for fmt in FORMATS:
        parts = [syntax.bodies(blocks(g), (fmt,))[fmt] for g in (a, b)]
        joiner = b",\n" if fmt == "jsonld" else b""
        data = syntax.header(fmt).encode() + joiner.join(parts) + syntax.footer(fmt).encode()
        got = parsed_by_oxigraph(data, fmt)
        expected = set(quads(a)) | set(quads(b))
        if fmt not in ("trig", "nq"):
            expected = {ox.Quad(q.subject, q.predicate, q.object) for q in expected}
        assert got == expected, fmt


def test_a_bad_character_in_a_base_iri_is_percent_encoded():
    g = ReportGraph()
    rep = "https://example.org/my reports/r-2025"
    g.texts[rep] = "x"
    g.add_node(rep, "Report", rep, text="r", year=2025)
    data = syntax.documents(blocks(g), ("nt",))["nt"].decode()
    assert "<https://example.org/my%20reports/r-2025>" in data
    assert parsed_by_oxigraph(data.encode(), "nt")
