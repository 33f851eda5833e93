"""Building many reports at once: parallel, streamed, an on-disk store, failures skipped."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pyoxigraph as ox
import pytest

from conftest import EXAMPLE, GUIZHOU_EXCERPT
from kg.corpus import build_corpus
from kg.rdf import SHARED_GRAPH
from loaders.oxigraph import open_store, run_query, store_dir


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    """Two real reports, an empty file and a binary one."""
    folder = tmp_path_factory.mktemp("mixed")
    shutil.copy(EXAMPLE, folder / "a-guiyang.txt")
    (folder / "sub").mkdir()
    shutil.copy(GUIZHOU_EXCERPT, folder / "sub" / "b-guizhou.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 20)
    return folder


@pytest.fixture(scope="module")
def two_ways(mixed, tmp_path_factory):
    one = build_corpus([mixed], tmp_path_factory.mktemp("j1"), jobs=1)
    two = build_corpus([mixed], tmp_path_factory.mktemp("j2"), jobs=2)
    return one, two


def test_failures_are_reported_and_the_others_kept(two_ways):
    _, result = two_ways
    assert [s.region for s in result.summaries] == ["贵阳市", "贵州省"]      # input order, folders recursed
    assert sorted(f.path.rsplit("/", 1)[-1] for f in result.failures) == ["binary.txt", "empty.txt"]


def test_output_does_not_depend_on_the_number_of_workers(two_ways):
    one, two = two_ways
    for fmt in ("ttl", "nt", "jsonld", "trig"):
        assert one.paths[fmt].read_bytes() == two.paths[fmt].read_bytes(), fmt


def test_each_report_keeps_its_named_graph_and_every_format_parses(two_ways):
    _, result = two_ways
    graphs = {q.graph_name.value for q in ox.parse(path=str(result.paths["trig"]), format=ox.RdfFormat.TRIG)}
    assert graphs == {s.iri for s in result.summaries} | {SHARED_GRAPH}
    trig_triples = {q.triple for q in ox.parse(path=str(result.paths["trig"]), format=ox.RdfFormat.TRIG)}
    for fmt, rdf_format in (("ttl", ox.RdfFormat.TURTLE), ("nt", ox.RdfFormat.N_TRIPLES),
                            ("jsonld", ox.RdfFormat.JSON_LD)):
        assert {q.triple for q in ox.parse(path=str(result.paths[fmt]), format=rdf_format)} == trig_triples, fmt
    doc = json.loads(result.paths["jsonld"].read_text(encoding="utf-8"))      # one document, one context
    assert set(doc) == {"@context", "@graph"} and {s.iri for s in result.summaries} <= {n["@id"] for n in doc["@graph"]}


def test_the_store_answers_like_the_files(two_ways):
    _, result = two_ways
    out = result.paths["store"].parent
    assert store_dir(out) == result.paths["store"]
    query = "SELECT ?r (COUNT(?t) AS ?n) WHERE { ?t a <https://w3id.org/gwr-kg/ontology#Target> ; " \
            "<https://w3id.org/gwr-kg/ontology#statedIn> ?r } GROUP BY ?r ORDER BY ?r"
    on_disk = run_query(open_store(out), query)
    in_memory = run_query(open_store(result.paths["trig"]), query)
    assert on_disk == in_memory and len(on_disk[1]) == 2
    assert {row[1] for row in on_disk[1]} == {s.counts["Target"] for s in result.summaries}


def test_shared_nodes_are_stored_once_however_many_reports_name_them(two_ways):
    # a union default graph counts a triple once per named graph that holds it
    _, result = two_ways
    store = open_store(result.paths["store"].parent)
    _, rows = run_query(store, 'SELECT (COUNT(*) AS ?n) WHERE { ?s <https://w3id.org/gwr-kg/ontology#notation> '
                               '"livelihood" }')
    assert rows == [[1]]


def test_a_store_loaded_in_many_batches_holds_every_quad(mixed, tmp_path, monkeypatch):
    from kg.corpus import StoreLoader
    monkeypatch.setattr(StoreLoader, "BATCH_BYTES", 1)          # a bulk load per report
    monkeypatch.setattr(StoreLoader, "LOADS", 2)                # two at once, in whatever order they finish
    result = build_corpus([mixed], tmp_path / "out", jobs=1, formats=("nq",))
    stored = set(ox.Store.read_only(str(result.paths["store"])))
    in_memory = ox.Store()                 # a store writes xsd:decimal canonically ("5.0" as "5")
    in_memory.bulk_load(path=str(result.paths["nq"]), format=ox.RdfFormat.N_QUADS)
    assert stored == set(in_memory) and len(stored) > 10000


def kg(*args):
    return subprocess.run([sys.executable, "-m", "kg.cli", *map(str, args)], capture_output=True, text=True)


def test_a_failed_build_leaves_the_previous_one_whole(mixed, tmp_path):
    out = tmp_path / "out"
    assert kg("build", EXAMPLE, "-o", out, "-q").returncode == 0
    before = (out / "graph.ttl").read_bytes()
    r = kg("build", mixed / "empty.txt", mixed / "binary.txt", "-o", out, "-q")
    assert r.returncode == 2 and "no report could be read" in r.stderr
    assert (out / "graph.ttl").read_bytes() == before and not (out / ".partial").exists()


def test_kg_build_folder_reports_skips_and_exit_code(mixed, tmp_path):
    r = kg("build", mixed, "-o", tmp_path / "out", "-j", "2", "--format", "trig", "--no-store")
    assert r.returncode == 1
    assert r.stderr.count("kg: skipped") == 2 and "贵州省" in r.stdout and "贵阳市" in r.stdout
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["graph.trig"]


def test_the_whole_corpus_builds_as_it_is(corpus, tmp_path):
    r = kg("build", corpus, "-o", tmp_path / "out", "-q", "--format", "trig", "--no-store")
    assert r.returncode == 0, r.stderr[-2000:]
    graphs = {q.graph_name.value for q in ox.parse(path=str(tmp_path / "out" / "graph.trig"),
                                                     format=ox.RdfFormat.TRIG)}
    assert len(graphs) >= 120
