"""The embedded Cypher engine: LadybugDB (the maintained fork of Kùzu), in-process, no server.

Ladybug needs a schema; it is generated from the ontology mapping
(:func:`kg.propertygraph.columns` and :func:`~kg.propertygraph.relationship_pairs`):
one node table per class with ``gwr:nodeTable`` and one relationship table per
relationship type with every (from, to) pair the ontology allows.

>>> from kg.propertygraph import read
>>> db = Embedded()                                          # in memory
>>> summary = db.load(read("examples/out"))                  # doctest: +SKIP
>>> db.run("MATCH (t:Target) RETURN count(*) AS n")          # doctest: +SKIP
(['n'], [[112]])
"""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Optional, Union

from kg.propertygraph import PGNode, PGRel, PropertyGraph, columns, relationship_pairs

from .cypher import CypherError, LoadSummary, Progress, load, plain

BATCH = 2000
#: From this many nodes an empty database is loaded by COPY (it needs a larger buffer pool).
COPY_MIN_NODES = 20000
#: The pandas type of each column type, so a column of nulls still has one.
_DTYPES = {"STRING": "object", "STRING[]": "object", "DOUBLE": "float64", "INT64": "float64"}   # ladybug reads no nullable Int64


def schema_statements() -> list[str]:
    """``CREATE NODE TABLE`` and ``CREATE REL TABLE`` statements for the whole ontology."""
    out = []
    for table, cols in columns().items():
        body = ", ".join(f"`{k}` {t}" + (" PRIMARY KEY" if k == "uri" else "") for k, t in cols.items())
        out.append(f"CREATE NODE TABLE IF NOT EXISTS {table}({body})")
    for rel, pairs in relationship_pairs().items():
        body = ", ".join(f"FROM {a} TO {b}" for a, b in pairs)
        out.append(f"CREATE REL TABLE IF NOT EXISTS {rel}({body})")
    return out


CACHE_NAME = "cypher.lbdb"


def remove_database(path: Path) -> None:
    """Delete an embedded database and the files beside it that share its name (log, stamp).

    The database is a file in current ladybug versions and a folder in older ones.
    """
    for old in path.parent.glob(path.name + "*"):
        shutil.rmtree(old) if old.is_dir() else old.unlink()


def open_cached(graph: Union[str, Path]) -> "Embedded":
    """The embedded engine loaded with a build folder's graph, kept in ``OUT/cypher.lbdb``.

    The first query on a folder loads the graph into the file; later ones open it
    at once. The file is rebuilt when the graph file or the ontology mapping
    changes. A graph file (not a folder) or a read-only folder is loaded in memory.
    """
    import hashlib

    from kg.propertygraph import read
    from loaders.oxigraph import graph_file

    source = graph_file(graph)
    folder = Path(graph)
    if folder.is_dir():
        stat = source.stat()
        stamp = hashlib.sha256("\n".join([source.name, str(stat.st_mtime_ns), str(stat.st_size),
                                           *schema_statements()]).encode()).hexdigest()
        path, stamp_file = folder / CACHE_NAME, folder / (CACHE_NAME + ".stamp")
        if stamp_file.is_file() and stamp_file.read_text() == stamp and path.exists():
            return Embedded(path)
        remove_database(path)               # with its log and the old stamp
        try:
            db = Embedded(path)
        except (CypherError, OSError):
            pass                            # a read-only folder: in memory below
        else:
            db.load(read(source))
            stamp_file.write_text(stamp)
            return db
    db = Embedded()
    db.load(read(source))
    return db


class Embedded:
    """A ladybug database, in memory by default or in a file."""

    name = "ladybug"

    def __init__(self, path: Union[str, Path, None] = None, buffer_pool_mb: int = 4096):
        import ladybug
        try:
            self._db = ladybug.Database(str(path) if path else ":memory:",
                                        buffer_pool_size=buffer_pool_mb * 1024 ** 2)
        except RuntimeError as err:
            raise CypherError(f"cannot open {path}: {str(err).splitlines()[0]}") from None
        self._conn = ladybug.Connection(self._db)
        self._columns = columns()
        self._ready = False

    # -- the Backend protocol
    def prepare(self) -> list[str]:
        if not self._ready:
            for statement in schema_statements():
                self._execute(statement)
            self._ready = True
        return []

    def node_statement(self, table: str, labels: tuple[str, ...], create: bool = False) -> str:
        # ladybug has no `SET n += map`: each column is named; the casts type a batch
        # whose values of one key are all null
        cols = self._columns[table]
        if create:
            body = ", ".join(f"`{k}`: CAST(row.`{k}` AS {t})" for k, t in cols.items())
            return f"UNWIND $rows AS row CREATE (n:{table} {{{body}}})"
        sets = ", ".join(f"n.`{k}` = CAST(row.`{k}` AS {t})" for k, t in cols.items() if k != "uri")
        return f"UNWIND $rows AS row MERGE (n:{table} {{uri: row.uri}}) SET {sets}"

    def node_row(self, node: PGNode) -> dict:
        # every row of one UNWIND list must have the same keys
        return {k: node.props.get(k) for k in self._columns[node.table]}

    def write(self, statement: str, rows: list[dict]) -> None:
        for i in range(0, len(rows), BATCH):
            self._execute(statement, {"rows": rows[i:i + BATCH]})

    def run(self, query: str, params: Optional[dict] = None) -> tuple[list[str], list[list]]:
        result = self._execute(query, params or {})
        if isinstance(result, list):            # several statements: the last one answers
            result = result[-1]
        cols = result.get_column_names()
        return cols, [[plain(v) for v in row] for row in result.get_all()]

    def counts(self) -> tuple[dict[str, int], dict[str, int]]:
        _, nodes = self.run("MATCH (n) RETURN label(n) AS l, count(*) AS c")
        _, rels = self.run("MATCH ()-[r]->() RETURN label(r) AS t, count(*) AS c")
        return dict(sorted(map(tuple, nodes))), dict(sorted(map(tuple, rels)))

    # -- convenience
    def load(self, pg: PropertyGraph, progress: Optional[Progress] = None) -> LoadSummary:
        """Load ``pg``, replacing the reports it holds; a fresh database takes it by COPY."""
        self.prepare()
        if len(pg.nodes) >= COPY_MIN_NODES and self.run("MATCH (n) RETURN count(*) AS n")[1] == [[0]]:
            try:
                return self._copy(pg, progress)
            except CypherError:             # a buffer pool too small for COPY: start again in batches
                self.run("MATCH (n) DETACH DELETE n")
        return load(self, pg, progress)

    def _copy(self, pg: PropertyGraph, progress: Optional[Progress] = None) -> LoadSummary:
        """Nodes and relationships copied in from data frames, a table at a time: some twenty
        times faster than UNWIND batches, and what makes the first query on a corpus quick."""
        import pandas as pd
        step = progress or (lambda n: None)
        tables: dict[str, list[PGNode]] = {}
        for node in pg.nodes:
            tables.setdefault(node.table, []).append(node)
        for table, nodes in sorted(tables.items()):
            frame = pd.DataFrame({k: pd.Series([n.props.get(k) for n in nodes], dtype=_DTYPES[t])
                                  for k, t in self._columns[table].items()})
            self._copy_frame(f"COPY {table} FROM frame", frame)
            step(len(nodes))
        pairs: dict[tuple[str, str, str], list[PGRel]] = {}
        for rel in sorted(set(pg.rels)):
            pairs.setdefault((rel.type, rel.source_table, rel.target_table), []).append(rel)
        for (rel_type, source, target), rels in pairs.items():
            frame = pd.DataFrame({"from": [r.source for r in rels], "to": [r.target for r in rels]})
            self._copy_frame(f"COPY {rel_type} FROM frame (from='{source}', to='{target}')", frame)
            step(len(rels))
        labels, types = self.counts()
        return LoadSummary(pg.reports, len(pg.nodes), len(pg.rels), labels, types, [])

    def _copy_frame(self, statement: str, frame) -> None:
        # ladybug finds the data frame by its name among the caller's local variables
        try:
            self._conn.execute(statement)
        except RuntimeError as err:
            raise CypherError(str(err).splitlines()[0]) from None

    def close(self) -> None:
        self._conn.close()
        self._db.close()

    def _execute(self, query: str, params: Optional[dict] = None):
        try:
            return self._conn.execute(query, params or {})
        except RuntimeError as err:
            raise CypherError(str(err).splitlines()[0]) from None
