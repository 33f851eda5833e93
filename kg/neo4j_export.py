"""Files for loading Neo4j without the driver: bulk-import CSV and a cypher-shell script.

``write(pg, folder)`` writes:

- ``nodes/<Table>.csv`` and ``relationships/<TYPE>.csv`` with typed headers for
  ``neo4j-admin database import full`` (fastest for large corpora: an offline,
  empty database);
- ``import.sh``: that exact command, ready to run from the folder;
- ``load.cypher``: constraints, scoped deletes and batched MERGE statements for
  ``cypher-shell -f load.cypher`` (works on a live database, idempotent);
- ``gwr.grass``: the Neo4j Browser style (also in ``ontology/gwr.grass``).

Both hold the same nodes, labels, properties and relationships as ``kg load-neo4j``.
"""
from __future__ import annotations

import shlex
from collections import defaultdict
from pathlib import Path

from loaders.cypher import delete_statement, node_groups, relationship_groups, relationship_statement
from loaders.neo4j import literal, node_row, node_statement, schema_statements

from .propertygraph import PropertyGraph, columns

ARRAY_DELIMITER = "|"
SCRIPT_BATCH = 200
_CSV_TYPES = {"STRING": "", "INT64": ":long", "DOUBLE": ":double",
              "STRING[]": ":string[]", "INT64[]": ":long[]", "DOUBLE[]": ":double[]"}


def write(pg: PropertyGraph, folder: Path, database: str = "neo4j") -> list[Path]:
    """Write the import CSVs, ``import.sh`` and ``load.cypher`` into ``folder``; return the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    node_files = _write_nodes(pg, folder / "nodes")
    rel_files = _write_relationships(pg, folder / "relationships")
    script = folder / "import.sh"
    script.write_text(import_command(node_files, rel_files, folder, database) + "\n", encoding="utf-8")
    cypher = folder / "load.cypher"
    cypher.write_text("\n".join(script_statements(pg)) + "\n", encoding="utf-8")
    style = folder / "gwr.grass"
    style.write_text(grass(), encoding="utf-8")
    return [*node_files, *rel_files, script, cypher, style]


def import_command(node_files: list[Path], rel_files: list[Path], folder: Path, database: str) -> str:
    """The ``neo4j-admin database import full`` command for the files, relative to ``folder``."""
    parts = ["neo4j-admin", "database", "import", "full", f"--array-delimiter={ARRAY_DELIMITER}",
             "--multiline-fields=true", "--overwrite-destination"]
    parts += [f"--nodes={f.relative_to(folder)}" for f in node_files]
    parts += [f"--relationships={f.relative_to(folder)}" for f in rel_files]
    parts.append(database)
    head, options = " ".join(parts[:4]), [shlex.quote(p) for p in parts[4:]]
    return ("#!/bin/sh\n# Bulk import into an empty, stopped database; run from this folder.\n"
            "cd \"$(dirname \"$0\")\" && " + " \\\n  ".join([head, *options]))


def _write_nodes(pg: PropertyGraph, folder: Path) -> list[Path]:
    by_table = defaultdict(list)
    for node in pg.nodes:
        by_table[node.table].append(node)
    paths = []
    for table, nodes in sorted(by_table.items()):
        cols = columns()[table]
        keys = [k for k in cols if k != "uri" and any(n.props.get(k) is not None for n in nodes)]
        header = ["uri:ID", ":LABEL"] + [f"{k}{_CSV_TYPES[cols[k]]}" for k in keys]
        rows = ([n.uri, ARRAY_DELIMITER.join(n.labels)] + [n.props.get(k) for k in keys] for n in nodes)
        paths.append(_write_csv(folder / f"{table}.csv", header, rows))
    return paths


def _write_relationships(pg: PropertyGraph, folder: Path) -> list[Path]:
    by_type = defaultdict(list)
    for r in pg.rels:
        by_type[r.type].append([r.source, r.target, r.type])
    return [_write_csv(folder / f"{rel_type}.csv", [":START_ID", ":END_ID", ":TYPE"], rows)
            for rel_type, rows in sorted(by_type.items())]


def _write_csv(path: Path, header: list[str], rows) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write(_row(header))
        f.writelines(_row(r) for r in rows)
    return path


def _row(cells: list) -> str:
    return ",".join(_cell(c) for c in cells) + "\n"


def _cell(value) -> str:
    """A CSV cell: nothing for a missing value, a quoted string otherwise (so "" stays an empty string)."""
    if value is None:
        return ""
    if isinstance(value, list):
        value = ARRAY_DELIMITER.join(map(str, value))
    elif isinstance(value, float):
        value = repr(value)
    return '"' + str(value).replace('"', '""') + '"'


def script_statements(pg: PropertyGraph) -> list[str]:
    """One Cypher statement per line, each ending in ``;`` (what cypher-shell reads).

    The data is written as escaped literals: the script is a file to run, not a
    query built at run time.
    """
    out = ["// gwr-kg: load with  cypher-shell -u neo4j -p PASSWORD -f load.cypher",
           *(s + ";" for s in schema_statements())]
    for report in pg.reports:
        out += [delete_statement(t).replace("$report", literal(report)) + ";" for t in columns()]
    for (table, labels, owned), nodes in node_groups(pg):
        out += _batched(node_statement(table, labels, owned), [node_row(n) for n in nodes])
    for key, rows in relationship_groups(pg):
        out += _batched(relationship_statement(*key), rows)
    return out


def _batched(statement: str, rows: list[dict]) -> list[str]:
    return [statement.replace("$rows", literal(rows[i:i + SCRIPT_BATCH]), 1) + ";"
            for i in range(0, len(rows), SCRIPT_BATCH)]


#: Colour and size per label for Neo4j Browser; labels not listed get the default style.
_STYLE = {
    "Report": ("#4C8EDA", 80), "Section": ("#A5ABB6", 45), "Commitment": ("#57C7E3", 40),
    "Target": ("#F79767", 50), "Achievement": ("#FFC454", 40), "Indicator": ("#DA7194", 35),
    "Sector": ("#8DCC93", 65), "Project": ("#C990C0", 50), "Programme": ("#ECB5C9", 45),
    "Organization": ("#F16667", 50), "Place": ("#6DCE9E", 50), "CanonicalIndicator": ("#D9C8AE", 60),
    "CanonicalEntity": ("#B9A3E3", 60),
}


def grass() -> str:
    """A Neo4j Browser style (``:style`` then drop the file): a colour and a caption per table label."""
    from .propertygraph import columns
    parts = ['node {\n  diameter: 40px;\n  color: #A5ABB6;\n  border-color: #9AA1AC;\n  border-width: 2px;\n'
             '  text-color-internal: #FFFFFF;\n  font-size: 10px;\n  caption: "{text}";\n}',
             'relationship {\n  color: #A5ABB6;\n  shaft-width: 1px;\n  font-size: 8px;\n  padding: 3px;\n'
             '  text-color-external: #000000;\n  text-color-internal: #FFFFFF;\n  caption: "<type>";\n}']
    for label in columns():
        colour, size = _STYLE.get(label, ("#A5ABB6", 40))
        caption = "{region} {year}" if label == "Report" else "{text}"
        parts.append(f'node.{label} {{\n  color: {colour};\n  border-color: {colour};\n  diameter: {size}px;\n'
                     f'  text-color-internal: #000000;\n  caption: "{caption}";\n}}')
    return "\n".join(parts) + "\n"
