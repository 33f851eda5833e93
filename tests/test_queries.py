"""Each named SPARQL query runs on the example with its expected rows."""
import pytest

from kg.queries import QueryNotFound, load_query, named_queries
from loaders.oxigraph import StoreError, open_store, run_query


@pytest.fixture(scope="module")
def store(example_out):
    return open_store(example_out / "graph.trig")


def run(store, name):
    columns, rows = run_query(store, load_query(name, "rq").text)
    return [dict(zip(columns, r)) for r in rows]


def test_every_named_query_has_a_header():
    for q in named_queries():
        assert q.title, f"{q.path} lacks a comment header saying what it answers"


def test_main_targets(store):
    rows = run(store, "main-targets")
    got = [(r["indicator"], r["value"], r["unit"]) for r in rows]
    assert got[0] == ("地区生产总值", 5.5, "%")
    assert ("城镇新增就业", 15.0, "万人") in got
    assert ("城乡居民人均可支配收入比", 2.02, "") in got
    assert len(rows) == 12


def test_targets_by_indicator(store):
    rows = run(store, "targets-by-indicator")
    assert {(r["indicator"], r["value"], r["measure"]) for r in rows} >= {("地区生产总值", 5.5, "change")}
    assert all("地区生产总值" in r["indicator"] for r in rows)


def test_achievements(store):
    rows = run(store, "achievements")
    assert len(rows) >= 100
    first_two = {(r["indicator"], r["value"], r["unit"], r["refYear"]) for r in rows[:2]}
    assert first_two == {("地区生产总值", 5154.75, "亿元", 2023), ("地区生产总值", 6.0, "%", 2023)}


def test_counts_by_class(store, example_result):
    counts = {r["class"]: r["count"] for r in run(store, "counts-by-class")}
    expected = example_result.graph.counts()
    for cls in ("Target", "Achievement", "Indicator", "Report", "Task"):
        assert counts[cls] == expected[cls]


def test_targets_by_section(store):
    rows = run(store, "targets-by-section")
    by_section = {r["section"]: r["targets"] for r in rows}
    assert by_section["2.1"] >= 10 and by_section["2.3"] >= 15


def test_unknown_query_and_bad_file(tmp_path):
    with pytest.raises(QueryNotFound, match="no query named"):
        load_query("nope", "rq")
    with pytest.raises(StoreError, match="no such file"):
        open_store(tmp_path / "missing.ttl")
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(StoreError, match="cannot read"):
        open_store(bad)


def test_sector_targets(store):
    rows = run(store, "sector-targets")
    indicators = {r["indicator"] for r in rows}
    assert "城镇新增就业" in indicators
    assert all(r["sectorLabel"] == "民生" for r in rows)
    assert not indicators & {"地区生产总值", "新收储工业用地"}


def test_every_target_reaches_a_sector(example_result):
    g = example_result.graph
    with_sector = {e.source for e in g.edges if e.prop == "sector"}
    targets = [n.iri for n in g.of_class("Target")]
    assert len(set(targets) - with_sector) <= len(targets) // 20


def test_projects_by_place(store):
    rows = run(store, "projects-by-place")
    pairs = {(r["place"], r["project"]) for r in rows}
    assert ("开阳", "磷氟精深加工基地") in pairs and ("息烽", "磷氟精深加工基地") in pairs
    assert {r["adminCode"] for r in rows if r["place"] == "开阳"} == {"520121"}


def test_organization_commitments(store):
    rows = run(store, "organization-commitments")
    orgs = {r["organization"]: r for r in rows}
    assert {"宁德时代", "比亚迪"} <= set(orgs)
    assert orgs["宁德时代"]["kind"] == "enterprise" and orgs["宁德时代"]["commitments"] >= 1
    assert all(r["organization"] in r["example"] or r["commitments"] >= 1 for r in rows)


def test_sector_commitments(store):
    rows = run(store, "sector-commitments")
    assert rows and all(r["section"].startswith("2") for r in rows)
    with_goal = [r for r in rows if r["indicator"]]
    assert with_goal and any(r["indicator"] == "新收储工业用地" and r["value"] == 8000 for r in with_goal)
    assert any(r["indicator"] is None for r in rows)


def test_commitments_without_target(store, example_result):
    rows = run(store, "commitments-without-target")
    g = example_result.graph
    holders = {e.source for e in g.edges if e.prop == "hasTarget"}
    without = [n for n in g.of_class("Commitment") if n.iri not in holders]
    assert len(rows) == len(without) > 0


def test_places_by_commitments(store):
    rows = run(store, "places-by-commitments")
    assert rows[0]["place"] == "贵阳" and rows[0]["adminCode"] == "520100"
    counts = [r["commitments"] for r in rows]
    assert counts == sorted(counts, reverse=True)


def test_a_parameter_changes_the_answer(store):
    q = load_query("sector-targets", "rq")
    default = run_query(store, q.bind({})[0])[1]
    economy = run_query(store, q.bind({"sector": "economy"})[0])[1]
    assert default and economy and default != economy
    assert {row[2] for row in economy} == {"经济总体"}          # the sector's label column
    assert run_query(store, q.bind({"sector": "livelihood"})[0])[1] == default


def test_a_parameter_value_is_a_literal_not_sparql(store):
    q = load_query("targets-by-indicator", "rq")
    text, _ = q.bind({"phrase": '"} ?t ?p ?o . {"'})
    assert run_query(store, text)[1] == []                    # quoted, so it only fails to match


def test_parameters_are_checked():
    from kg.queries import QueryParameterError, NamedQuery
    q = load_query("indicator-across-reports", "rq")
    with pytest.raises(QueryParameterError, match="no parameter 'cod' .*its parameters: code"):
        q.bind({"cod": "cpi"})
    numeric = NamedQuery("n", "cypher", "", "RETURN $k", q.path, {"k": 3})
    assert numeric.bind({"k": "5"})[1] == {"k": 5}
    with pytest.raises(QueryParameterError, match="takes a number"):
        numeric.bind({"k": "five"})


def test_an_optional_cypher_filter_is_bound_as_a_plain_condition():
    # a disjunction on a parameter is planned as a scan: ladybug took 170 ms for one region of
    # 3,000 reports with ($region = '' OR r.region = $region) and 0.6 ms with r.region = $region
    for q in (q for q in named_queries() if q.language == "cypher" and "region" in q.params):
        unset, unset_params = q.bind({})
        assert "$region" not in unset and "region" not in unset_params, q.name
        one, params = q.bind({"region": "贵州省"})
        assert "r.region = $region" in one and "$region = ''" not in one, q.name
        assert params["region"] == "贵州省"


def test_a_sparql_value_the_query_does_not_return_is_written_into_its_patterns(store):
    # Oxigraph started sector-targets' plan at VALUES ?sector and took 470 ms for one region of
    # 3,000 reports; with the constant in the patterns, 13 ms
    q = load_query("sector-targets", "rq")
    text, _ = q.bind({"sector": "economy", "region": "贵阳市"})
    assert "VALUES ?sector" not in text and 'gwr:sectorCode "economy"' in text
    assert 'VALUES ?region { "贵阳市" }' in text               # ?region is a column: it stays a VALUES line
    rows = run_query(store, text)[1]
    assert rows and {row[0] for row in rows} == {"贵阳市"} and {row[2] for row in rows} == {"经济总体"}


def test_a_filter_stated_in_two_subqueries_is_bound_in_both(store, tmp_path):
    # Oxigraph runs a subquery on its own: a query that filters two subqueries by region
    # states the filter in each, and binding fills in both
    path = tmp_path / "two.rq"
    path.write_text('# Parameters: region = ""\nPREFIX gwr: <https://w3id.org/gwr-kg/ontology#>\n'
                    "SELECT ?targets ?results WHERE {\n"
                    "  { SELECT (COUNT(?t) AS ?targets) WHERE { VALUES ?region { UNDEF }\n"
                    "      ?r gwr:region ?region . ?t gwr:statedIn ?r ; a gwr:Target . } }\n"
                    "  { SELECT (COUNT(?a) AS ?results) WHERE { VALUES ?region { UNDEF }\n"
                    "      ?r gwr:region ?region . ?a gwr:statedIn ?r ; a gwr:Achievement . } }\n}\n",
                    encoding="utf-8")
    q = load_query(str(path), "rq")
    assert "VALUES" not in q.bind({})[0]
    one = q.bind({"region": "贵阳市"})[0]
    assert one.count('?r gwr:region "贵阳市" .') == 2         # not a column: written into the patterns
    counts = run_query(store, one)[1]
    assert counts == run_query(store, q.bind({})[0])[1]     # the example is one region
    assert run_query(store, q.bind({"region": "上海市"})[0])[1] == [[0, 0]] != counts


def test_counts_by_class_sums_what_counting_every_node_gives(tmp_path):
    """The query sums each report's VoID class partitions; on two reports it must equal a count of every typed node."""
    from kg import build
    from kg.rdf import write
    from tests.conftest import EXAMPLE, GUIZHOU_EXCERPT
    graph = build(EXAMPLE).graph.merge(build(GUIZHOU_EXCERPT).graph)
    two = open_store(write(graph, tmp_path, ("trig",))["trig"])
    counted = run_query(two, """PREFIX gwr: <https://w3id.org/gwr-kg/ontology#>
        SELECT ?class (COUNT(?n) AS ?count) WHERE { ?n a ?c FILTER (STRSTARTS(STR(?c), STR(gwr:)))
        BIND (STRAFTER(STR(?c), "#") AS ?class) } GROUP BY ?class""")[1]
    summed = {r["class"]: r["count"] for r in run(two, "counts-by-class")}
    assert summed == dict(counted)
    assert summed["Report"] == 2


def test_counts_by_class_on_a_single_graph_file_counts_the_shared_nodes(example_out):
    """A .ttl file has no named graphs: sectors and canonical indicators are still counted."""
    counts = {r["class"]: r["count"] for r in run(open_store(example_out / "graph.ttl"), "counts-by-class")}
    assert counts["Sector"] > 0 and counts["CanonicalIndicator"] > 0 and counts["Report"] == 1
