"""The RDF written by `kg build`: four formats, deterministic, contract vocabulary, SHACL."""
from collections import Counter

import rdflib

from kg.queries import load_query
from kg.rdf import write
from kg.schema import GWR
from kg.validate import validate_file

GWR_NS = rdflib.Namespace(GWR)


def test_four_formats_parse_to_the_same_triples(example_out):
    graphs = {}
    for suffix, fmt in (("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")):
        graphs[suffix] = rdflib.Graph().parse(example_out / f"graph.{suffix}", format=fmt)
    ds = rdflib.Dataset()
    ds.parse(example_out / "graph.trig", format="trig")
    assert len(graphs["ttl"]) == len(graphs["nt"]) == len(graphs["jsonld"]) > 5000
    named = [g for g in ds.graphs() if len(g) and g.identifier != rdflib.term.URIRef("urn:x-rdflib:default")]
    # the report's own graph, and the shared one of sectors and canonical indicators
    assert sorted(str(g.identifier) for g in named) == ["https://w3id.org/gwr-kg/id/report/贵阳市-2024",
                                                        "https://w3id.org/gwr-kg/ontology"]


def test_output_is_byte_identical_across_runs(example_result, example_out, tmp_path):
    from kg import build
    again = tmp_path / "again"
    write(build(example_result.documents[0].path).graph, again)
    for suffix in ("ttl", "nt", "jsonld", "trig"):
        assert (again / f"graph.{suffix}").read_bytes() == (example_out / f"graph.{suffix}").read_bytes()


def test_contract_vocabulary(example_out):
    g = rdflib.Graph().parse(example_out / "graph.ttl")
    q = """PREFIX gwr: <https://w3id.org/gwr-kg/ontology#>
           PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
           SELECT ?label ?v ?u WHERE { ?t a gwr:Target ; gwr:indicator/rdfs:label ?label ;
                                        gwr:value ?v ; gwr:unit ?u }"""
    rows = {(str(r.label), float(r.v), str(r.u)) for r in g.query(q)}
    assert ("地区生产总值", 5.5, "%") in rows
    assert ("新收储工业用地", 8000.0, "亩") in rows
    assert ("建设保障性租赁住房", 1.2, "万套") in rows


def test_provenance_selects_the_quote(example_out, example_doc):
    g = rdflib.Graph().parse(example_out / "graph.ttl")
    quotes = list(g.subject_objects(GWR_NS.quote))
    for node, quote in quotes:
        start, end = int(g.value(node, GWR_NS.start)), int(g.value(node, GWR_NS.end))
        assert example_doc.text[start:end] == str(quote)
    assert len(quotes) > 200
    assert g.value(None, GWR_NS.evidence) is None          # the annotation layer is asked for


def test_evidence_annotates_every_quote(example_result, example_doc, tmp_path):
    write(example_result.graph, tmp_path, ("ttl",), evidence=True)
    g = rdflib.Graph().parse(tmp_path / "graph.ttl")
    OA = rdflib.Namespace("http://www.w3.org/ns/oa#")
    quotes = list(g.subject_objects(GWR_NS.quote))
    for node, quote in quotes:
        ev = g.value(node, GWR_NS.evidence)
        assert g.value(ev, OA.hasSource) == g.value(node, GWR_NS.statedIn)
        by_type = {g.value(s, rdflib.RDF.type): s for s in g.objects(ev, OA.hasSelector)}
        position, text_quote = by_type[OA.TextPositionSelector], by_type[OA.TextQuoteSelector]
        start, end = int(g.value(position, OA.start)), int(g.value(position, OA.end))
        assert example_doc.text[start:end] == str(g.value(text_quote, OA.exact)) == str(quote)
        assert example_doc.text[:start].endswith(str(g.value(text_quote, OA.prefix)))
        assert example_doc.text[end:].startswith(str(g.value(text_quote, OA.suffix)))
    assert len(quotes) > 200
    assert validate_file(tmp_path / "graph.ttl").conforms


def test_example_conforms_to_shapes(example_out):
    report = validate_file(example_out / "graph.ttl")
    assert report.conforms, report.violations[:5]


def test_broken_graph_does_not_conform(example_out, tmp_path):
    g = rdflib.Graph().parse(example_out / "graph.ttl")
    target = next(g.subjects(rdflib.RDF.type, GWR_NS.Target))
    g.remove((target, GWR_NS.indicator, None))
    g.add((target, GWR_NS.value, rdflib.Literal("1.0", datatype=rdflib.XSD.decimal)))
    bad = tmp_path / "bad.ttl"
    g.serialize(bad, format="turtle")
    report = validate_file(bad)
    assert not report.conforms
    assert any("exactly one indicator" in v for v in report.violations)
    assert any("at most one value" in v for v in report.violations)


def test_to_networkx_keeps_labels_and_types(example_result):
    nxg = example_result.graph.to_networkx()
    labels = {d["label"] for _, d in nxg.nodes(data=True)}
    assert {"Target", "Achievement", "Indicator", "Report"} <= labels
    types = {d["type"] for *_, d in nxg.edges(data=True)}
    assert {"MEASURES_INDICATOR", "STATED_IN", "IN_SECTION", "PART_OF"} <= types


def test_each_report_graph_describes_itself_in_void(tmp_path):
    from kg import build
    from tests.conftest import EXAMPLE, GUIZHOU_EXCERPT
    from kg.rdf import description_iri
    import pyoxigraph as ox
    graph = build(EXAMPLE).graph.merge(build(GUIZHOU_EXCERPT).graph)
    paths = write(graph, tmp_path, ("nq",))
    quads = list(ox.parse(path=str(paths["nq"]), format=ox.RdfFormat.N_QUADS))
    void = "http://rdfs.org/ns/void#"
    for report in graph.reports:
        mine = [q for q in quads if q.graph_name.value == report]
        d = description_iri(report)
        size = next(q.object.value for q in mine if q.subject.value == d and q.predicate.value == void + "triples")
        assert int(size) == len(mine)
        partitions = {q.object.value for q in mine if q.subject.value == d and q.predicate.value == void + "classPartition"}
        counted = {}
        for p in partitions:
            props = {q.predicate.value: q.object for q in mine if q.subject.value == p}
            counted[props[void + "class"].value] = int(props[void + "entities"].value)
        typed = Counter(q.object.value for q in mine
                        if q.predicate.value == str(rdflib.RDF.type) and q.subject.value != d)
        assert counted == dict(typed)
        assert counted[GWR + "Report"] == 1 and counted[GWR + "Target"] > 0


def test_a_wrong_class_count_does_not_conform(example_out, tmp_path):
    g = rdflib.Graph().parse(example_out / "graph.ttl")
    void = rdflib.Namespace("http://rdfs.org/ns/void#")
    partition = next(p for p in g.subjects(void["class"], GWR_NS.Target))
    n = g.value(partition, void.entities).toPython()
    g.set((partition, void.entities, rdflib.Literal(n + 1)))
    bad = tmp_path / "bad.ttl"
    g.serialize(bad, format="turtle")
    report = validate_file(bad)
    assert report.violations == [f"{partition}: the partition's count differs from the nodes of its class in the report"]


def test_unreadable_graph_and_broken_shapes_raise_one_line(example_out, tmp_path, monkeypatch):
    import shutil
    import pytest
    from loaders.oxigraph import StoreError
    import kg.validate
    bad = tmp_path / "bad.nt"
    bad.write_bytes(b"\xff\xfe\x00 binary")
    with pytest.raises(StoreError, match=r"cannot read .*bad.nt: UnicodeDecodeError"):
        validate_file(bad)
    shapes = tmp_path / "ontology"
    shapes.mkdir()
    shutil.copy(kg.validate.ONTOLOGY_DIR / "gwr.ttl", shapes)
    (shapes / "shapes.ttl").write_text(     # a SPARQL constraint pyshacl refuses to run
        '@prefix sh: <http://www.w3.org/ns/shacl#> .\n'
        '<urn:s> a sh:NodeShape ; sh:targetClass <https://w3id.org/gwr-kg/ontology#Report> ;\n'
        '  sh:sparql [ a sh:SPARQLConstraint ; sh:select """SELECT $this WHERE {\n'
        '    { SELECT ?r WHERE { ?r a ?c } } $this ?p ?r }""" ] .\n', encoding="utf-8")
    monkeypatch.setattr(kg.validate, "ONTOLOGY_DIR", shapes)
    with pytest.raises(StoreError, match="the shapes cannot be checked: .*pre-bound"):
        validate_file(example_out / "graph.ttl")


def test_a_partition_of_a_class_the_report_lacks_does_not_conform(example_out, tmp_path):
    g = rdflib.Graph().parse(example_out / "graph.ttl")
    void = rdflib.Namespace("http://rdfs.org/ns/void#")
    dataset = next(g.subjects(rdflib.RDF.type, void.Dataset))
    fake = rdflib.URIRef(str(dataset) + "/Fake")
    g.add((dataset, void.classPartition, fake))
    g.add((fake, void["class"], GWR_NS.Fake))
    g.add((fake, void.entities, rdflib.Literal(5)))
    bad = tmp_path / "bad.ttl"
    g.serialize(bad, format="turtle")
    assert validate_file(bad).violations == [f"{fake}: the partition's count differs from the nodes of its class in the report"]


def test_other_names_are_labels_and_alternative_labels(tmp_path):
    # 广惠 is written bare in a shared-head list: a SPARQL user or a portal finds the road by it
    from kg.build import build_text
    from loaders.oxigraph import open_store, run_query
    text = ("二、今年工作安排\n推进广惠、广深等高速公路繁忙路段扩容提质，加快普通国省道提档升级，织密综合立体交通网络。"
            "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。")
    path = write(build_text(text, "excerpt.txt"), tmp_path, ("ttl",))["ttl"]
    g = rdflib.Graph().parse(path)
    SKOS = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")
    road = next(s for s, o in g.subject_objects(GWR_NS.text) if str(o) == "广惠高速公路")
    assert {str(o) for o in g.objects(road, rdflib.RDFS.label)} == {"广惠高速公路", "广惠"}
    assert [str(o) for o in g.objects(road, SKOS.altLabel)] == ["广惠"]
    assert [str(o) for o in g.objects(road, SKOS.prefLabel)] == ["广惠高速公路"]     # which label is its name
    assert str(g.value(road, GWR_NS.alias)) == "广惠"
    # the named listings name each thing once, by its name
    rows = run_query(open_store(path), """PREFIX gwr: <https://w3id.org/gwr-kg/ontology#>
        SELECT ?name WHERE { ?p a gwr:Project ; gwr:text ?name }""")[1]
    assert sorted(r[0] for r in rows) == ["广惠高速公路", "广深高速公路"]


def test_a_thing_two_reports_name_is_one_node_of_the_shared_graph(tmp_path):
    # 贵阳 2024 and 贵州 2025 both name 贵州 (one as 贵州, one as 贵州省) and 宁德时代
    from conftest import EXAMPLE
    from kg.corpus import build_corpus
    from loaders.oxigraph import open_store, run_query
    from kg.model import canonical_entity_iri, DEFAULT_BASE
    text = ("一、2024年工作回顾\n贵州省地区生产总值增长5%。引进宁德时代等龙头企业，推动新能源电池产业发展，"
            "持续推进新型工业化，坚持稳中求进工作总基调，加快建设现代化产业体系。支持工会、妇联依法依章程开展工作。")
    (tmp_path / "gz.txt").write_text(text, encoding="utf-8")
    build_corpus([EXAMPLE, tmp_path / "gz.txt"], tmp_path / "out", jobs=1)
    store = open_store(tmp_path / "out")
    rows = run_query(store, """PREFIX gwr: <https://w3id.org/gwr-kg/ontology#>
        SELECT ?c ?g (COUNT(DISTINCT ?e) AS ?nodes) WHERE {
          ?e gwr:sameEntity ?c . GRAPH ?g { ?c a gwr:CanonicalEntity } } GROUP BY ?c ?g""")[1]
    shared = {c: (g, n) for c, g, n in rows}
    guizhou, catl = canonical_entity_iri(DEFAULT_BASE, "贵州省", "520000"), canonical_entity_iri(DEFAULT_BASE, "宁德时代")
    assert shared[guizhou] == ("https://w3id.org/gwr-kg/ontology", 2)      # one node, two reports' nodes of it
    assert shared[catl] == ("https://w3id.org/gwr-kg/ontology", 2)
    columns, found = run_query(store, load_query("entity-across-reports", "rq").bind({"name": "贵州"})[0])
    assert sorted(row[columns.index("written")] for row in found) == ["贵州", "贵州省"]   # by its short name too
    assert {row[columns.index("adminCode")] for row in found} == {"520000"}
    # a body every region has its own of is not one thing: each report's 工会 stays its own
    assert run_query(store, load_query("entity-across-reports", "rq").bind({"name": "工会"})[0])[1] == []
    # counting a report's entities does not count the shared thing
    entities = run_query(store, """PREFIX gwr: <https://w3id.org/gwr-kg/ontology#>
        SELECT (COUNT(*) AS ?n) WHERE { ?c a gwr:CanonicalEntity . ?c a ?cls .
          FILTER (?cls IN (gwr:Project, gwr:Programme, gwr:Organization, gwr:Place)) }""")[1]
    assert entities == [[0]]
