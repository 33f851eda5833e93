"""Named queries in ``queries/``: SPARQL (``.rq``) and Cypher (``.cypher``) twins.

Each file opens with comment lines: the first says what the query answers,
the others may add detail. ``kg query out main-targets`` runs queries/main-targets.rq.

A query can take parameters, declared in a comment line ``Parameters: code = "gdp"``
(JSON values, comma-separated). The SPARQL text holds each as a one-value
``VALUES ?code { "gdp" }`` line, so it runs as it stands; bound, a value the
query does not return is written into the patterns in its place (Oxigraph
plans from constants in patterns, not from a VALUES block); the Cypher text uses ``$code``. A parameter whose
default is ``""`` is a filter that is off by default (``region``): SPARQL writes it
``VALUES ?region { UNDEF }``, Cypher ``($region = '' OR r.region = $region)``. :meth:`NamedQuery.bind`
gives the text and driver parameters for the values a user passes. An unset filter
leaves the text (SPARQL's VALUES line goes, Cypher's condition becomes ``true``),
and a set one is a plain condition, since engines plan a disjunction on a
parameter as a scan: one region of 3,000 reports took 170 ms in ladybug that way,
0.6 ms as ``r.region = $region`` (which Neo4j also answers from an index):

>>> load_query("main-targets", "cypher").bind({"region": "贵州省"})[0].count("r.region = $region")
1

>>> q = load_query("indicator-across-reports", "rq")
>>> q.params
{'code': 'gdp', 'region': ''}
>>> 'gwr:notation "cpi"' in q.bind({"code": "cpi"})[0]
True
>>> load_query("indicator-across-reports", "cypher").bind({"code": "cpi"})[1]
{'code': 'cpi'}
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from .schema import QUERIES_DIR


class QueryNotFound(Exception):
    pass


class QueryParameterError(ValueError):
    """A parameter the query does not take, or a value of the wrong kind, in one line."""


_PARAMS_LINE = re.compile(r"^\s*Parameters:\s*(.+)$")
_PARAM = re.compile(r'(\w+)\s*=\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)')


@dataclass
class NamedQuery:
    name: str
    language: str       # "sparql" | "cypher"
    title: str
    text: str
    path: Path
    params: dict = field(default_factory=dict)      # name -> default value

    def bind(self, values: dict[str, str]) -> tuple[str, dict]:
        """The query text and the driver parameters, with ``values`` given for some parameters."""
        unknown = sorted(set(values) - set(self.params))
        if unknown:
            known = ", ".join(self.params) or "none"
            raise QueryParameterError(f"query {self.name} has no parameter {unknown[0]!r} (its parameters: {known})")
        bound = {name: _typed(name, values[name], default) if name in values else default
                 for name, default in self.params.items()}
        if self.language == "cypher":
            return self._bind_cypher(bound)
        text = self.text
        for name, value in bound.items():
            values = re.compile(rf"VALUES\s+\?{name}\s*\{{[^}}]*\}}")
            unset = value == "" and self.params[name] == ""
            if unset or not _projected(text, name):
                # the line goes: an empty filter means any value, and a value the query does not
                # return is written into its patterns, since Oxigraph starts a plan at a VALUES
                # block (UNDEF too) and then joined the OPTIONALs against the whole store
                # (sector-targets for one region of 3,000 reports: 500 -> 12 ms)
                text = re.sub(rf"[ \t]*{values.pattern}[ \t]*\n?", "", text)
                if not unset:
                    text = re.sub(rf"\?{name}\b", lambda _: _sparql(value), text)
            else:
                text = values.sub(lambda _: f"VALUES ?{name} {{ {_sparql(value)} }}", text)
        return text, {}

    def _bind_cypher(self, bound: dict) -> tuple[str, dict]:
        text = self.text
        for name, value in bound.items():
            if self.params[name] == "":
                optional = re.compile(rf"\(\s*\${name}\s*=\s*''\s+OR\s+([^()]+?)\s*\)")
                text = optional.sub("true" if value == "" else r"\1", text)
        used = {name: value for name, value in bound.items() if re.search(rf"\${name}\b", text)}
        return text, used


def _projected(sparql: str, name: str) -> bool:
    """Whether a query's result or one of its subqueries' selects or binds ``?name``."""
    body = "\n".join(line.split("#", 1)[0] for line in sparql.splitlines())
    selects = re.findall(r"SELECT\s+(.*?)\s*(?:WHERE|\{)", body, re.S | re.I)
    return any(re.search(rf"\?{name}\b", sel) or sel.strip() == "*" for sel in selects) or \
        re.search(rf"\bAS\s+\?{name}\b", body, re.I) is not None


def _typed(name: str, value: str, default):
    if isinstance(default, (int, float)) and not isinstance(default, bool):
        try:
            return type(default)(value)
        except ValueError:
            raise QueryParameterError(f"parameter {name} takes a number, not {value!r}") from None
    return value


def _sparql(value) -> str:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, str) else repr(value)


def _read(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    comment = "#" if path.suffix == ".rq" else "//"
    lines = [ln[len(comment):].strip() for ln in text.splitlines() if ln.startswith(comment)]
    params = {}
    for line in lines:
        if m := _PARAMS_LINE.match(line):
            params.update((k, json.loads(v)) for k, v in _PARAM.findall(m.group(1)))
    return NamedQuery(path.stem, "sparql" if path.suffix == ".rq" else "cypher",
                      lines[0] if lines else "", text, path, params)


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
