"""Neo4j (or any Bolt server) through the official ``neo4j`` driver.

The server kind is detected once: Neo4j answers ``dbms.components()``; a server
that does not (FalkorDB's experimental Bolt, used by the tests) is loaded in a
limited mode:

- no uniqueness constraints (it rejects them); the legacy ``CREATE INDEX ON``
  form is used instead;
- no ``database=`` (FalkorDB would read it as a graph name and write elsewhere);
- batches capped at about 3.5 KB, because FalkorDB re-renders parameters into
  query text in a 4 KB buffer and crashes beyond it; strings are escaped for
  that re-rendering. A single row too big for any batch is sent as an escaped
  literal, which is what the server would have made of it anyway.

Statements run in auto-commit sessions (each batch is an idempotent MERGE, so a
retry is safe) and are retried on transient errors.

>>> server = Bolt("bolt://localhost:7687", "neo4j", "secret")    # doctest: +SKIP
>>> summary = load(server, read("out"))                          # doctest: +SKIP
"""
from __future__ import annotations

import math
import os
import re
import time
from dataclasses import dataclass
from typing import Any, Iterator, Optional

from kg.propertygraph import PGNode, columns

from .cypher import CypherError, plain

DEFAULT_URI = "bolt://localhost:7687"
#: Bytes of query plus rendered parameters a limited server takes in one message.
LIMITED_MESSAGE_BYTES = 3500
RETRIES = 4
SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@dataclass
class Settings:
    uri: str = DEFAULT_URI
    user: str = "neo4j"
    password: str = ""
    database: Optional[str] = None
    batch_size: int = 1000

    @classmethod
    def from_env(cls, **given: Any) -> "Settings":
        """Options given on the command line win over NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE."""
        env = {"uri": os.environ.get("NEO4J_URI"), "user": os.environ.get("NEO4J_USER"),
               "password": os.environ.get("NEO4J_PASSWORD"), "database": os.environ.get("NEO4J_DATABASE")}
        merged = {k: v for k, v in env.items() if v}
        merged.update({k: v for k, v in given.items() if v is not None})
        return cls(**merged)


class Bolt:
    """A Bolt server reached with the official driver; one driver, used sequentially."""

    def __init__(self, uri: str = DEFAULT_URI, user: str = "neo4j", password: str = "",
                 database: Optional[str] = None, batch_size: int = 1000, timeout: float = 5.0):
        try:
            from neo4j import GraphDatabase
        except ImportError:  # pragma: no cover - neo4j is a dependency
            raise CypherError("the neo4j driver is not installed: pip install neo4j") from None
        from neo4j import exceptions as ex
        self.uri, self.user, self.database, self.batch_size = uri, user, database, max(1, batch_size)
        self.name = ""                      # the server kind, detected once connected
        scheme = uri.split("://", 1)[0] if "://" in uri else ""
        if scheme not in SCHEMES:
            raise CypherError(f"bad Neo4j URI {uri!r}: use {', '.join(s + '://' for s in SCHEMES)}")
        try:
            self._driver = GraphDatabase.driver(
                uri, auth=(user, password), connection_timeout=timeout,
                connection_acquisition_timeout=timeout, max_connection_pool_size=2)
            self._connect()
        except ex.AuthError:
            raise CypherError(f"{uri} refused the credentials of user {user!r}") from None
        except (ex.ServiceUnavailable, OSError) as err:
            raise CypherError(f"cannot reach a Bolt server at {uri}: {_first_line(err)}") from None
        except ex.ConfigurationError as err:
            raise CypherError(f"bad Neo4j URI {uri!r}: {_first_line(err)}") from None
        except ex.Neo4jError as err:
            raise CypherError(f"{uri} refused the connection: {_first_line(err)}") from None
        self.name = self._detect()
        self.notes: list[str] = []
        if self.name != "neo4j" and database:
            self.notes.append(f"--database {database} ignored: this server has a single graph over Bolt")
            self.database = None

    # -- the Backend protocol
    def prepare(self) -> list[str]:
        notes = list(self.notes)
        if self.name == "neo4j":
            for statement in schema_statements():
                self._run(statement)
            return notes
        for table in columns():
            for key in ("uri", "report"):
                try:  # the legacy form; it fails when the index exists
                    self._run(f"CREATE INDEX ON :{table}({key})", retry=False)
                except CypherError:
                    pass
        notes.append(f"{self.name} server: uniqueness constraints skipped (not supported); "
                     "indexes on uri and report used instead")
        return notes

    def node_statement(self, table: str, labels: tuple[str, ...], create: bool = False) -> str:
        return node_statement(table, labels, create)

    def node_row(self, node: PGNode) -> dict:
        return node_row(node)

    def write(self, statement: str, rows: list[dict]) -> None:
        if self.name == "neo4j":
            for i in range(0, len(rows), self.batch_size):
                self._run(statement, {"rows": rows[i:i + self.batch_size]})
            return
        for batch in _size_batches(rows, statement, LIMITED_MESSAGE_BYTES, self.batch_size):
            if len(batch) == 1 and _message_bytes(statement, batch) > LIMITED_MESSAGE_BYTES:
                self._run(statement.replace("UNWIND $rows", "UNWIND " + literal(batch), 1))
            else:
                self._run(statement, {"rows": batch})

    def run(self, query: str, params: Optional[dict] = None) -> tuple[list[str], list[list]]:
        return self._run(query, params, fetch=True)

    def counts(self) -> tuple[dict[str, int], dict[str, int]]:
        _, nodes = self.run("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS c")
        _, rels = self.run("MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c")
        return ({k: int(v) for k, v in sorted(nodes)}, {k: int(v) for k, v in sorted(rels)})

    def close(self) -> None:
        self._driver.close()

    # -- internals
    def _connect(self) -> None:
        # a second try: some Bolt servers (FalkorDB) stall one handshake after a client's GOODBYE
        from neo4j import exceptions as ex
        try:
            self._driver.verify_connectivity()
        except ex.ServiceUnavailable as err:
            if "refused" in str(err).lower():
                raise
            self._driver.verify_connectivity()

    def _detect(self) -> str:
        try:
            self._run("CALL dbms.components() YIELD name RETURN name", retry=False)
            return "neo4j"
        except CypherError:
            return "falkordb"

    def _run(self, query: str, params: Optional[dict] = None, fetch: bool = False, retry: bool = True):
        from neo4j import exceptions as ex
        params = params or {}
        if self.name == "falkordb":
            params = _escape(params)
        for attempt in range(RETRIES if retry else 1):
            try:
                with self._driver.session(database=self.database) as session:
                    result = session.run(query, params)
                    if fetch:
                        keys = list(result.keys())
                        return keys, [[_value(v) for v in record.values()] for record in result]
                    result.consume()
                    return None
            except (ex.TransientError, ex.ServiceUnavailable, ex.SessionExpired) as err:
                if attempt + 1 >= (RETRIES if retry else 1):
                    raise CypherError(f"{self.uri}: {_first_line(err)}") from None
                time.sleep(0.5 * 2 ** attempt)
            except ex.Neo4jError as err:
                raise CypherError(f"{self.uri}: {_first_line(err)} in: {_short(query)}") from None
            except ex.DriverError as err:
                raise CypherError(f"{self.uri}: {_first_line(err)}") from None
        return None


def schema_statements() -> list[str]:
    """Uniqueness constraints on ``uri`` and indexes on ``report``, one per node table (Neo4j 5)."""
    out = []
    for table in columns():
        out.append(f"CREATE CONSTRAINT gwr_{table}_uri IF NOT EXISTS FOR (n:{table}) REQUIRE n.uri IS UNIQUE")
        out.append(f"CREATE INDEX gwr_{table}_report IF NOT EXISTS FOR (n:{table}) ON (n.report)")
    return out


def node_statement(table: str, labels: tuple[str, ...], create: bool = False) -> str:
    """MERGE on the table label and ``uri`` (or CREATE); the other labels and the properties are set."""
    extra = "".join(f":{label}" for label in labels if label != table)
    if create:
        return f"UNWIND $rows AS row CREATE (n:{table}{extra} {{uri: row.uri}}) SET n += row.props"
    set_labels = f" SET n{extra}" if extra else ""
    return f"UNWIND $rows AS row MERGE (n:{table} {{uri: row.uri}}){set_labels} SET n += row.props"


def node_row(node: PGNode) -> dict:
    return {"uri": node.uri, "props": {k: v for k, v in node.props.items() if k != "uri" and v is not None}}


def _value(v: Any) -> Any:
    """Nodes and relationships as dicts of their properties; everything else plain."""
    from neo4j.graph import Node, Path, Relationship
    if isinstance(v, Node):
        return dict(v)
    if isinstance(v, Relationship):
        return {"type": v.type, **dict(v)}
    if isinstance(v, Path):
        return [dict(n) for n in v.nodes]
    return plain(v)


def _first_line(err: BaseException) -> str:
    """The useful line of a driver error: the socket's reason when there is one."""
    text = (getattr(err, "message", None) or str(err) or type(err).__name__).strip()
    reason = re.search(r"\(reason (.+)\)\s*$", text)
    return reason.group(1) if reason else text.splitlines()[0].rstrip(":")


def _short(query: str) -> str:
    q = " ".join(query.split())
    return q if len(q) <= 80 else q[:77] + "…"


# -- FalkorDB's parameter re-rendering: escaping, literals and size caps

def _escape(v: Any) -> Any:
    """Strings escaped to survive being re-rendered inside '…' by the server."""
    if isinstance(v, str):
        return v.replace("\\", "\\\\").replace("'", "\\'")
    if isinstance(v, dict):
        return {k: _escape(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_escape(x) for x in v]
    return v


def literal(v: Any) -> str:
    """A Python value as a Cypher literal (exact floats, escaped strings).

    >>> literal([{"uri": "x'y", "props": {"value": 5.5, "aliases": ["a"], "end": 3}}])
    "[{uri: 'x\\\\'y', props: {value: 5.5, aliases: ['a'], `end`: 3}}]"
    """
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if not math.isfinite(v):
            raise ValueError(f"{v!r} has no Cypher literal")
        return repr(v)
    if isinstance(v, str):
        return "'" + _escape(v).replace("\n", "\\n").replace("\r", "\\r") + "'"
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(literal(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{_key(k)}: {literal(x)}" for k, x in v.items()) + "}"
    raise TypeError(f"cannot write {type(v).__name__} as a Cypher literal")


_RESERVED = {"end", "match", "return", "where", "with", "case", "when", "then", "else", "order", "by",
             "limit", "skip", "create", "delete", "set", "merge", "unwind", "as", "in", "is", "not", "and",
             "or", "null", "true", "false", "optional", "union", "call", "yield", "distinct", "remove"}


def _key(k: str) -> str:
    return k if _IDENT.match(k) and k.lower() not in _RESERVED else "`" + k.replace("`", "``") + "`"


def _message_bytes(statement: str, rows: list[dict]) -> int:
    return len(statement.encode()) + len(literal(_escape(rows)).encode()) + 32


def _size_batches(rows: list[dict], statement: str, max_bytes: int, max_rows: int) -> Iterator[list[dict]]:
    base = len(statement.encode()) + 32
    batch: list[dict] = []
    size = base
    for row in rows:
        n = len(literal(_escape(row)).encode()) + 2
        if batch and (size + n > max_bytes or len(batch) >= max_rows):
            yield batch
            batch, size = [], base
        batch.append(row)
        size += n
    if batch:
        yield batch
