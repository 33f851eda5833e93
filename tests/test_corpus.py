"""Whole-corpus checks; they take the corpus path (--corpus / GWR_CORPUS) and skip without it."""
import json
import subprocess
import sys

import pytest

from kg.build import build_report, report_files
from kg.validate import validate_graph


def test_every_corpus_report_builds_with_quantities(corpus):
    files = report_files([corpus])
    assert len(files) >= 100
    empty = []
    for path, row in files:
        doc, graph = build_report(path, manifest=row)
        counts = graph.counts()
        if counts["Target"] + counts["Achievement"] == 0:
            empty.append(str(path))
        assert graph.nodes[graph.reports[0]].props["year"] == int(row["year"])
    assert len(empty) <= 2, empty


def test_sample_of_corpus_conforms(corpus):
    files = report_files([corpus])
    for path, row in files[:: max(1, len(files) // 6)]:
        _, graph = build_report(path, manifest=row)
        report = validate_graph(graph.to_rdf())
        assert report.conforms, (path, report.violations[:3])


@pytest.mark.parametrize("report,gold", [
    ("seed/guiyang-2024.txt", "guiyang-2024.jsonl"),
    ("provincial-2025/2025-贵州省.txt", "2025-guizhou.jsonl"),
])
def test_development_scores(corpus, eval_dir, tmp_path, report, gold):
    from kg import build
    from kg.rdf import write
    write(build(corpus / report).graph, tmp_path)
    from kg.schema import ONTOLOGY_DIR
    ontology = sorted(str(p) for p in ONTOLOGY_DIR.glob("*.ttl"))
    r = subprocess.run([sys.executable, str(eval_dir / "score.py"), str(eval_dir / "gold" / gold),
                        str(tmp_path / "graph.ttl"), *ontology, "--json"], capture_output=True, text=True)
    result = json.loads(r.stdout)
    scores = result["quantities"]
    assert scores["target"]["f1"] >= 0.90
    assert scores["achievement"]["f1"] >= 0.90
    # the bar is 0.80 for each; these floors guard what is reached (see the closing note)
    entities = result["entities"]
    assert entities["project"]["f1"] >= 0.80
    assert entities["organization"]["f1"] >= 0.80
    assert entities["place"]["f1"] >= 0.80
