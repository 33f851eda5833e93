"""Named queries in ``queries/``: SPARQL (``.rq``) and Cypher (``.cypher``) twins.

Each file opens with comment lines: the first says what the query answers,
the others may add detail. ``kg query out main-targets`` runs queries/main-targets.rq.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .schema import QUERIES_DIR


class QueryNotFound(Exception):
    pass


@dataclass
class NamedQuery:
    name: str
    language: str       # "sparql" | "cypher"
    title: str
    text: str
    path: Path


def _read(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    comment = "#" if path.suffix == ".rq" else "//"
    lines = [ln[len(comment):].strip() for ln in text.splitlines() if ln.startswith(comment)]
    return NamedQuery(path.stem, "sparql" if path.suffix == ".rq" else "cypher",
                      lines[0] if lines else "", text, path)


def named_queries() -> list[NamedQuery]:
    return [_read(p) for p in sorted(QUERIES_DIR.glob("*.rq")) + sorted(QUERIES_DIR.glob("*.cypher"))]


def load_query(name_or_file: str, suffix: str) -> NamedQuery:
    """A named query (``main-targets``) or a query file (``my.rq``)."""
    p = Path(name_or_file)
    if p.suffix in (".rq", ".sparql", ".cypher") or p.is_file():
        if not p.is_file():
            raise QueryNotFound(f"cannot read query file {p}: no such file")
        return _read(p)
    named = QUERIES_DIR / f"{name_or_file}.{suffix}"
    if not named.is_file():
        names = ", ".join(q.name for q in named_queries() if q.path.suffix == f".{suffix}")
        raise QueryNotFound(f"no query named {name_or_file!r}; named queries: {names}")
    return _read(named)
