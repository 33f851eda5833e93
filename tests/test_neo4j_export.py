"""Neo4j files: bulk-import CSVs with their neo4j-admin command, and the cypher-shell script."""
from __future__ import annotations

import csv
from collections import Counter

from kg.neo4j_export import script_statements, write


def test_csvs_hold_every_node_and_relationship_with_typed_headers(example_pg, tmp_path):
    paths = write(example_pg, tmp_path)
    tables = Counter(n.table for n in example_pg.nodes)
    for table, count in tables.items():
        rows = list(csv.reader((tmp_path / "nodes" / f"{table}.csv").open(encoding="utf-8")))
        assert rows[0][:2] == ["uri:ID", ":LABEL"] and len(rows) - 1 == count
    header = next(csv.reader((tmp_path / "nodes" / "Target.csv").open(encoding="utf-8")))
    assert {"value:double", "start:long", "end:long", "classes:string[]", "quote"} <= set(header)
    for rel_type, count in example_pg.type_counts().items():
        rows = list(csv.reader((tmp_path / "relationships" / f"{rel_type}.csv").open(encoding="utf-8")))
        assert rows[0] == [":START_ID", ":END_ID", ":TYPE"] and len(rows) - 1 == count
    command = (tmp_path / "import.sh").read_text(encoding="utf-8")
    assert "neo4j-admin database import full" in command
    for p in paths:
        if p.suffix == ".csv":
            assert str(p.relative_to(tmp_path)) in command


def test_empty_strings_stay_empty_strings_and_missing_values_stay_missing(example_pg, tmp_path):
    write(example_pg, tmp_path)
    lines = (tmp_path / "nodes" / "Target.csv").read_text(encoding="utf-8").splitlines()
    header = next(csv.reader(lines[:1]))
    ratio = next(n for n in example_pg.nodes if n.table == "Target" and n.props.get("unit") == "")
    line = next(ln for ln in lines if ln.startswith(f'"{ratio.uri}"'))
    cells = line.split(",")         # no commas inside this row's quoted cells
    assert cells[header.index("unit")] == '""'
    missing = [i for i, h in enumerate(header) if h.split(":")[0] not in ratio.props and h[0] != ":"]
    assert missing and all(cells[i] == "" for i in missing)


def test_the_script_is_one_statement_per_line(example_pg):
    lines = script_statements(example_pg)
    body = [ln for ln in lines if not ln.startswith("//")]
    assert all(ln.endswith(";") and "$" not in ln for ln in body)
    assert any(ln.startswith("CREATE CONSTRAINT gwr_Target_uri") for ln in body)
    assert sum("MERGE (a)-[:HAS_TARGET]->(b)" in ln for ln in body) >= 1


def test_the_browser_style_covers_every_label_and_is_current():
    from kg.neo4j_export import grass
    from kg.propertygraph import columns
    from kg.schema import ONTOLOGY_DIR
    style = grass()
    assert all(f"node.{label} {{" in style for label in columns())
    assert (ONTOLOGY_DIR / "gwr.grass").read_text(encoding="utf-8") == style, \
        "ontology/gwr.grass is stale: regenerate it with kg.neo4j_export.grass()"
