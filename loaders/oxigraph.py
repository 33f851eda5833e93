"""The embedded SPARQL store: Oxigraph, in memory or on disk, no server.

>>> store = open_store("out/graph.ttl")                      # doctest: +SKIP
>>> rows = run_query(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")  # doctest: +SKIP
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional, Union

import pyoxigraph as ox

FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES,
           ".trig": ox.RdfFormat.TRIG, ".nq": ox.RdfFormat.N_QUADS,
           ".jsonld": ox.RdfFormat.JSON_LD, ".rdf": ox.RdfFormat.RDF_XML}
#: In a build folder, the file that keeps one named graph per report wins.
PREFERRED = ("graph.trig", "graph.nq", "graph.ttl", "graph.nt", "graph.jsonld")


class StoreError(Exception):
    """A graph that cannot be opened or a query that cannot run, in one line."""


def graph_file(path: Union[str, Path]) -> Path:
    """The RDF file for ``path``: the file itself, or the best one in a build folder."""
    p = Path(path)
    if p.is_dir():
        for name in PREFERRED:
            if (p / name).is_file():
                return p / name
        raise StoreError(f"no graph file (graph.trig, graph.ttl…) in {p}")
    if not p.is_file():
        raise StoreError(f"cannot open {p}: no such file")
    if p.suffix.lower() not in FORMATS:
        raise StoreError(f"cannot open {p}: unknown RDF format {p.suffix!r} "
                         f"(use one of {', '.join(FORMATS)})")
    return p


def store_dir(path: Union[str, Path]) -> Optional[Path]:
    """The on-disk store ``kg build`` wrote: ``path`` itself or ``path/store``, if there is one."""
    p = Path(path)
    for candidate in (p / "store", p):
        if (candidate / "CURRENT").is_file():          # RocksDB's marker file
            return candidate
    return None


def open_store(path: Union[str, Path], *extra: Union[str, Path]) -> ox.Store:
    """A store holding the graph at ``path`` (plus ``extra`` files, e.g. the ontology).

    A build folder with an on-disk store (``out/store``) is opened read-only in
    place, with nothing to parse; otherwise the graph file is loaded into memory.
    The default graph is the union of all named graphs, so queries see every report.
    """
    disk = None if extra else store_dir(path)
    if disk is not None:
        try:
            return ox.Store.read_only(str(disk))
        except OSError as err:
            raise StoreError(f"cannot open the store {disk}: {str(err).splitlines()[0]}") from None
    store = ox.Store()
    for p in (path, *extra):
        f = graph_file(p)
        try:
            store.bulk_load(path=str(f), format=FORMATS[f.suffix.lower()],
                            to_graph=None if f.suffix.lower() in (".trig", ".nq") else ox.DefaultGraph())
        except (SyntaxError, ValueError, OSError) as err:
            raise StoreError(f"cannot read {f}: {str(err).splitlines()[0]}") from None
    return store


def run_query(store: ox.Store, sparql: str) -> tuple[list[str], list[list]]:
    """Run a SELECT (or ASK) query; return column names and rows of Python values."""
    try:
        result = store.query(sparql, use_default_graph_as_union=True)
    except SyntaxError as err:
        raise StoreError(f"SPARQL syntax error: {str(err).splitlines()[0]}") from None
    if isinstance(result, bool):
        return ["result"], [[result]]
    if isinstance(result, ox.QueryTriples):
        rows = [[t.subject.value, t.predicate.value, _value(t.object)] for t in result]
        return ["subject", "predicate", "object"], rows
    columns = [v.value for v in result.variables]
    return columns, [[_value(sol[c]) for c in columns] for sol in result]


def _value(term):
    """A Python value for a result term: numbers stay numbers."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value.rsplit("#", 1)[-1]
        if dt in ("integer", "int", "long", "nonNegativeInteger"):
            return int(term.value)
        if dt in ("decimal", "double", "float"):
            return float(term.value)
        return term.value
    return term.value
