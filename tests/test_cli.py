"""The `kg` command as a user runs it: results on stdout, one-line errors, exit codes."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLE, ROOT


def kg(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "kg.cli", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("cli")
    r = kg("build", EXAMPLE, "-o", out)
    assert r.returncode == 0, r.stderr
    return out, r.stdout


def test_build_writes_four_files_the_store_and_a_summary(built):
    out, stdout = built
    assert sorted(p.name for p in out.iterdir()) == ["graph.jsonld", "graph.nt", "graph.trig", "graph.ttl", "store"]
    assert "Targets per section" in stdout and "贵阳市" in stdout


def test_query_formats(built):
    out, _ = built
    rows = json.loads(kg("query", out / "graph.ttl", "main-targets", "--format", "json").stdout)
    assert rows[0]["indicator"] == "地区生产总值" and rows[0]["value"] == 5.5
    csv_out = kg("query", out, "counts-by-class", "-f", "csv").stdout.splitlines()
    assert csv_out[0] == "class,count"
    assert "地区生产总值" in kg("query", out / "graph.ttl", "main-targets").stdout


def test_query_parameters(built, tmp_path):
    out, _ = built
    rows = json.loads(kg("query", out, "sector-targets", "-p", "sector=economy", "-f", "json").stdout)
    assert rows and {r["sectorLabel"] for r in rows} == {"经济总体"}
    cypher = json.loads(kg("cypher", out, "sector-targets", "-p", "sector=economy", "-f", "json").stdout)
    assert cypher == rows
    assert "no parameter 'sectr'" in one_line_error(kg("query", out, "sector-targets", "-p", "sectr=x"))
    assert "NAME=VALUE" in one_line_error(kg("query", out, "sector-targets", "-p", "economy"))
    assert "sector=livelihood" in kg("queries").stdout


def test_query_limit(built):
    out, _ = built
    table = kg("query", out, "achievements", "-n", "3").stdout
    total = len(kg("query", out, "achievements", "-f", "csv").stdout.splitlines()) - 1
    assert total > 3 and f"{total} row(s); the first 3 shown" in table
    assert len(kg("query", out, "achievements", "-f", "csv", "--limit", "2").stdout.splitlines()) == 3
    assert "the first" not in kg("cypher", out, "achievements", "-n", "0").stdout


def test_evidence_is_asked_for(tmp_path):
    r = kg("build", EXAMPLE, "-o", tmp_path, "--evidence", "-f", "nq", "--no-store", "-q")
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.nq"]
    assert "<http://www.w3.org/ns/oa#TextQuoteSelector>" in (tmp_path / "graph.nq").read_text(encoding="utf-8")


def test_validate(built):
    out, _ = built
    r = kg("validate", out / "graph.ttl")
    assert r.returncode == 0 and "conforms" in r.stdout


def test_help_shows_examples():
    for args in ([], ["build"], ["query"], ["validate"]):
        r = kg(*args, "--help")
        assert r.returncode == 0 and "kg " in r.stdout and "Example" in r.stdout
    lines = [line.strip() for line in kg("--help").stdout.splitlines()]
    assert "kg query out/graph.ttl main-targets" in lines     # one command a line, not run together


def one_line_error(r):
    lines = r.stderr.strip().splitlines()
    assert r.returncode != 0
    assert "Traceback" not in r.stderr
    assert lines and lines[-1].startswith("kg: error:")
    return lines[-1]


@pytest.mark.parametrize("content,expected", [
    (b"", "empty"),
    (b"\x00\x01\x02binary\x00" * 50, "binary"),
    (b"hello world, no chinese at all " * 20, "not a government work report"),
])
def test_bad_input_gives_one_line(tmp_path, content, expected):
    f = tmp_path / "input.txt"
    f.write_bytes(content)
    assert expected in one_line_error(kg("build", f, "-o", tmp_path / "out"))


def test_missing_path_and_query(tmp_path):
    assert "no such file" in one_line_error(kg("build", tmp_path / "nope.txt", "-o", tmp_path / "o"))
    assert "no such file" in one_line_error(kg("query", tmp_path / "nope.ttl", "main-targets"))
    assert "no query named" in one_line_error(kg("query", ROOT / "ontology" / "gwr.ttl", "nope"))


def test_folder_without_reports_and_unreadable_graph_give_one_line(tmp_path):
    (tmp_path / "empty").mkdir()
    assert "no report files (.txt" in one_line_error(kg("build", tmp_path / "empty", "-o", tmp_path / "o"))
    bad = tmp_path / "bad.jsonld"
    bad.write_text('{"@context": 1', encoding="utf-8")
    assert "cannot read" in one_line_error(kg("validate", bad))


def test_gbk_report_builds_like_utf8(tmp_path):
    text = EXAMPLE.read_text(encoding="utf-8")
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes(text.encode("gb18030"))
    r = kg("build", gbk, "-o", tmp_path / "out")
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "out" / "graph.ttl").stat().st_size > 100_000


def test_report_without_headings_still_yields_quantities(tmp_path):
    f = tmp_path / "plain.txt"
    f.write_text("各位代表：过去一年，全市地区生产总值增长6%。今年力争地区生产总值增长5.5%左右，城镇新增就业15万人。"
                 * 3, encoding="utf-8")
    r = kg("build", f, "-o", tmp_path / "out")
    assert r.returncode == 0, r.stderr
    assert "no part headings" in r.stdout
    rows = json.loads(kg("query", tmp_path / "out", "main-targets", "-f", "json").stdout or "[]")
    ach = json.loads(kg("query", tmp_path / "out", "achievements", "-f", "json").stdout)
    assert any(r["value"] == 6.0 for r in ach)


def test_one_bad_file_among_good_ones_is_skipped(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    r = kg("build", EXAMPLE, bad, "-o", tmp_path / "out")
    assert r.returncode == 1
    assert "skipped" in r.stderr and (tmp_path / "out" / "graph.ttl").is_file()
