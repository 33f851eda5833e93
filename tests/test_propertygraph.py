"""The property-graph mapping: one view of the RDF graph for Neo4j, ladybug and networkx."""
from __future__ import annotations

from kg.propertygraph import SYSTEM_KEYS, columns, read, relationship_pairs
from kg.schema import schema


def test_every_node_keeps_its_iri_kind_and_report(example_pg, example_result):
    report = example_pg.reports[0]
    assert example_pg.reports == [report]
    for n in example_pg.nodes:
        assert n.props["uri"] == n.uri and n.props["kind"] in schema().parents
        assert n.table == schema().table(n.props["kind"]) and n.table in n.labels
        assert n.props["classes"][0] == n.props["kind"]
        assert n.props["report"] in (report, "")
    shared = {n.table for n in example_pg.nodes if n.props["report"] == ""}
    # sectors, canonical indicators and the things many reports name are shared by every report
    assert shared == {"Sector", "CanonicalIndicator", "CanonicalEntity"}
    assert len(example_pg.nodes) == len(example_result.graph.nodes)


def test_numbers_stay_numbers_and_spans_quote_the_text(example_pg, example_doc):
    targets = [n for n in example_pg.nodes if n.table == "Target"]
    gdp = next(t for t in targets if t.props["quote"] == "地区生产总值增长5.5%左右")
    assert gdp.props["value"] == 5.5 and isinstance(gdp.props["start"], int)
    assert gdp.labels == ("Target", "Quantity")
    for n in example_pg.nodes:
        if "quote" in n.props:
            assert example_doc.text[n.props["start"]:n.props["end"]] == n.props["quote"]


def test_subclasses_share_their_table_and_keep_their_labels(example_pg):
    orgs = [n for n in example_pg.nodes if n.table == "Organization"]
    kinds = {n.props["kind"] for n in orgs}
    assert {"Enterprise", "Institution", "GovernmentAgency"} <= kinds
    agency = next(n for n in orgs if n.props["kind"] == "GovernmentAgency")
    assert agency.labels == ("Agency", "Organization")
    tasks = [n for n in example_pg.nodes if n.props["kind"] == "Task"]
    assert tasks and all(n.table == "Section" and n.labels == ("Task", "Section") for n in tasks)


def test_relationships_follow_the_ontology(example_pg):
    uris = {n.uri for n in example_pg.nodes}
    pairs = relationship_pairs()
    for r in example_pg.rels:
        assert r.source in uris and r.target in uris
        assert (r.source_table, r.target_table) in pairs[r.type], r
    assert set(example_pg.type_counts()) >= {"HAS_TARGET", "IN_SECTOR", "LOCATED_IN", "INVOLVES",
                                             "MEASURES", "PART_OF", "STATED_IN", "MEASURES_INDICATOR"}


def test_alias_lists_stay_lists(example_pg):
    with_aliases = [n for n in example_pg.nodes if n.props.get("aliases")]
    assert with_aliases and all(isinstance(n.props["aliases"], list) for n in with_aliases)


def test_reading_the_files_gives_the_same_graph(example_pg, example_out):
    for name in ("graph.trig", "graph.ttl", "graph.nt"):
        pg = read(example_out / name)
        assert [(n.uri, n.labels, n.props) for n in pg.nodes] == \
            [(n.uri, n.labels, n.props) for n in example_pg.nodes], name
        assert pg.rels == example_pg.rels


def test_columns_cover_every_property_key():
    cols = columns()
    assert set(cols) == {schema().graph_labels[c] for c in schema().tables}
    keys = set(next(iter(cols.values())))
    assert set(SYSTEM_KEYS) <= keys and {schema().key(p) for p in schema().keys} <= keys
    assert cols["Target"]["value"] == "DOUBLE" and cols["Target"]["start"] == "INT64"
    assert cols["Project"]["aliases"] == "STRING[]"
