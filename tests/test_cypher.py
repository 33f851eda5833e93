"""Cypher on the embedded engine (ladybug): loading, idempotence, scoped reloads, the query twins."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kg.queries import named_queries
from loaders.cypher import CypherError
from loaders.ladybug import Embedded, schema_statements
from loaders.oxigraph import open_store, run_query


@pytest.fixture
def db():
    engine = Embedded(buffer_pool_mb=256)
    yield engine
    engine.close()


@pytest.fixture(scope="module")
def loaded(example_pg):
    engine = Embedded(buffer_pool_mb=256)
    engine.load(example_pg)
    yield engine
    engine.close()


def _table_counts(pg):
    from collections import Counter
    return dict(sorted(Counter(n.table for n in pg.nodes).items()))


def test_schema_has_a_table_per_node_table_and_relationship_type():
    statements = schema_statements()
    assert sum(s.startswith("CREATE NODE TABLE") for s in statements) == 13     # CanonicalEntity the 13th
    assert any("CREATE REL TABLE IF NOT EXISTS HAS_TARGET(FROM Commitment TO Target)" == s for s in statements)


def test_load_gives_every_node_and_relationship(db, example_pg):
    summary = db.load(example_pg)
    assert summary.labels == _table_counts(example_pg)
    assert summary.types == dict(sorted(example_pg.type_counts().items()))
    _, rows = db.run("MATCH (t:Target {quote: '地区生产总值增长5.5%左右'}) RETURN t.value, t.unit, t.uri")
    assert rows[0][:2] == [5.5, "%"] and rows[0][2].endswith(tuple("0123456789abcdef"))


def test_loading_twice_leaves_the_same_counts(db, example_pg):
    first = db.load(example_pg)
    second = db.load(example_pg)
    assert (first.labels, first.types) == (second.labels, second.types)


def test_reloading_one_report_leaves_the_others(db, example_pg, second_pg):
    db.load(example_pg)
    both = db.load(second_pg)
    assert both.labels["Report"] == 2
    # a smaller version of the example replaces the example's nodes only
    smaller = type(example_pg)([n for n in example_pg.nodes if n.table != "Commitment"],
                               [r for r in example_pg.rels if "Commitment" not in (r.source_table, r.target_table)])
    after = db.load(smaller)
    _, rows = db.run("MATCH (c:Commitment) RETURN c.report AS r, count(*) AS n")
    assert rows == [[second_pg.reports[0], sum(n.table == "Commitment" for n in second_pg.nodes)]]
    assert after.labels["Report"] == 2 and after.labels["Target"] == both.labels["Target"]


TWINS = sorted(q.name for q in named_queries() if q.language == "cypher")


def test_every_sparql_query_has_a_cypher_twin():
    sparql = sorted(q.name for q in named_queries() if q.language == "sparql")
    assert sparql == TWINS


@pytest.mark.parametrize("name", TWINS)
def test_cypher_twin_returns_the_sparql_rows(name, loaded, example_out):
    cypher = next(q for q in named_queries() if q.name == name and q.language == "cypher")
    sparql = next(q for q in named_queries() if q.name == name and q.language == "sparql")
    columns, rows = loaded.run(*cypher.bind({}))
    s_columns, s_rows = run_query(open_store(example_out), sparql.text)
    assert columns == s_columns
    assert rows, f"{name} returns nothing on the example"
    assert rows == s_rows            # same rows in the same order


@pytest.mark.parametrize("name, params", [("sector-targets", {"sector": "economy"}),
                                          ("sector-commitments", {"sector": "digital"}),
                                          ("targets-by-indicator", {"phrase": "固定资产投资"}),
                                          ("indicator-across-reports", {"code": "urban-new-jobs"})])
def test_twins_agree_on_parameters(name, params, loaded, example_out):
    cypher = next(q for q in named_queries() if q.name == name and q.language == "cypher")
    sparql = next(q for q in named_queries() if q.name == name and q.language == "sparql")
    assert params.keys() <= cypher.params.keys() == sparql.params.keys()
    assert cypher.params == sparql.params                      # the same defaults
    rows = loaded.run(*cypher.bind(params))
    assert rows[1], f"{name} {params} returns nothing on the example"
    assert rows != loaded.run(*cypher.bind({}))
    assert rows == run_query(open_store(example_out), sparql.bind(params)[0])


def test_copy_loads_what_the_batches_load(example_pg, loaded):
    """The COPY path (an empty database, a large graph) and the UNWIND batches agree."""
    copied = Embedded()
    copied.prepare()
    copied._copy(example_pg)
    for q in ("MATCH (n) RETURN n.uri AS u, n ORDER BY u",
              "MATCH (a)-[r]->(b) RETURN a.uri, label(r), b.uri ORDER BY a.uri, label(r), b.uri"):
        assert copied.run(q) == loaded.run(q)
    assert copied.counts() == loaded.counts() and sum(copied.counts()[1].values()) > 3000
    copied.close()


def test_a_bad_query_is_one_clear_error(loaded):
    with pytest.raises(CypherError, match="Parser exception"):
        loaded.run("MATCH (n RETURN n")


def kg(*args):
    return subprocess.run([sys.executable, "-m", "kg.cli", *map(str, args)], capture_output=True, text=True,
                          env={"PATH": "/usr/bin:/bin", "PYTHONIOENCODING": "utf-8"})


def test_kg_cypher_works_out_of_the_box_like_kg_query(example_out):
    cypher = kg("cypher", example_out, "main-targets", "-f", "json")
    assert cypher.returncode == 0, cypher.stderr
    sparql = kg("query", example_out, "main-targets", "-f", "json")
    assert json.loads(cypher.stdout) == json.loads(sparql.stdout)


def test_kg_cypher_errors_are_one_line(example_out, tmp_path):
    bad = tmp_path / "bad.cypher"
    bad.write_text("MATCH (n RETURN n", encoding="utf-8")
    for r in (kg("cypher", example_out, bad), kg("cypher", example_out, "no-such-query"),
              kg("cypher", tmp_path / "missing", "main-targets")):
        assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1, r.stderr
        assert r.stderr.startswith("kg: error:")


def test_the_readme_browser_queries_run_and_show_a_sector(loaded):
    import re
    from pathlib import Path
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    blocks = [re.sub(r"(?m)^//.*\n", "", b) for b in re.findall(r"```cypher\n(.*?)```", readme, re.S)]
    assert len(blocks) == 5
    for block in blocks[:3]:
        columns, rows = loaded.run(block)
        assert columns[0] == "s" and len(rows) >= 5, block
        assert all(r[0]["code"] == "industry" for r in rows)
    # the fourth: targets beside their baselines, the results of the year before
    columns, rows = loaded.run(blocks[3])
    assert columns == ["c", "t", "a"] and len(rows) >= 5
    assert all(t["year"] == a["year"] + 1 and t["unit"] == a["unit"] for _, t, a in rows)
    # the fifth: one firm across reports (here the one report that names it, and its measures)
    columns, rows = loaded.run(blocks[4])
    assert columns == ["c", "e", "r", "m"] and rows
    assert {c["text"] for c, *_ in rows} == {"宁德时代"} and all(e["text"] == "宁德时代" for _, e, _, _ in rows)
    assert any(m is not None and "宁德时代" in m["quote"] for *_, m in rows)


@pytest.fixture(scope="module")
def two_reports(tmp_path_factory):
    """The example and a second region built together: twins must agree across reports too."""
    from conftest import EXAMPLE, GUIZHOU_EXCERPT
    from kg.corpus import build_corpus
    from kg.propertygraph import read
    out = tmp_path_factory.mktemp("two")
    build_corpus([EXAMPLE, GUIZHOU_EXCERPT], out, jobs=1)
    engine = Embedded(buffer_pool_mb=256)
    engine.load(read(out))
    yield engine, open_store(out)
    engine.close()


@pytest.mark.parametrize("name", TWINS)
def test_cypher_twin_agrees_across_two_reports(name, two_reports):
    engine, store = two_reports
    cypher = next(q for q in named_queries() if q.name == name and q.language == "cypher")
    sparql = next(q for q in named_queries() if q.name == name and q.language == "sparql")
    assert engine.run(*cypher.bind({})) == run_query(store, sparql.bind({})[0])


@pytest.mark.parametrize("name", [q.name for q in named_queries() if q.language == "cypher" and "region" in q.params])
def test_twins_agree_on_a_region(name, two_reports):
    engine, store = two_reports
    cypher = next(q for q in named_queries() if q.name == name and q.language == "cypher")
    sparql = next(q for q in named_queries() if q.name == name and q.language == "sparql")
    everything = run_query(store, sparql.bind({})[0])
    one = run_query(store, sparql.bind({"region": "贵州省"})[0])
    assert engine.run(*cypher.bind({"region": "贵州省"})) == one
    region = everything[0].index("region")
    assert one[1] == [row for row in everything[1] if row[region] == "贵州省"]
    assert run_query(store, sparql.bind({"region": "nowhere"})[0])[1] == []


def test_a_build_folder_keeps_its_loaded_database(tmp_path):
    import os
    from conftest import EXAMPLE
    from kg.corpus import build_corpus
    from loaders.ladybug import CACHE_NAME, open_cached
    out = tmp_path / "out"
    build_corpus([EXAMPLE], out, jobs=1, store=False)
    query = "MATCH (t:Target) RETURN count(*) AS n"
    db = open_cached(out)
    first = db.run(query)
    db.close()
    stamp = (out / (CACHE_NAME + ".stamp")).read_text()
    assert (out / CACHE_NAME).exists() and first[1][0][0] > 100
    db = open_cached(out)                       # opened, not reloaded: same stamp, same answer
    assert db.run(query) == first
    db.close()
    assert (out / (CACHE_NAME + ".stamp")).read_text() == stamp
    trig = out / "graph.trig"
    os.utime(trig, ns=(trig.stat().st_atime_ns, trig.stat().st_mtime_ns + 10**9))   # a new build
    db = open_cached(out)
    assert db.run(query) == first
    db.close()
    assert (out / (CACHE_NAME + ".stamp")).read_text() != stamp


def test_every_cypher_query_runs_on_the_whole_corpus_in_memory(corpus, tmp_path_factory):
    # a 512 MB buffer pool held the corpus but not targets-above-results' joins
    # ("The buffer pool is full"): `kg cypher corpus.trig …` loads it in memory
    from kg.corpus import build_corpus
    from kg.propertygraph import read
    out = tmp_path_factory.mktemp("corpus-cypher")
    build_corpus([corpus], out, store=False, formats=("trig",))
    db = Embedded()
    db.load(read(out / "graph.trig"))
    for q in named_queries():
        if q.language == "cypher":
            columns, rows = db.run(*q.bind({}))
            assert columns, q.name
    db.close()
