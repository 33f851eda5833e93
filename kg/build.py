"""The pipeline: read → segment → extract → graph model, for one report or many.

>>> from kg import build
>>> graph = build(["examples/guiyang-2024.txt"])           # doctest: +SKIP
>>> graph.counts()["Target"] > 100                          # doctest: +SKIP
True
"""
from __future__ import annotations

import csv
import gc
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional, Union

from .commitments import extract_commitments
from .entities import extract_mentions, resolve_entities
from .links import extract_links
from .meta import read_meta
from .model import DEFAULT_BASE, ReportGraph, build_graph
from .quantities import extract_quantities
from .read import ReportError, read_string, read_text
from .records import Document
from .segment import segment

PathLike = Union[str, Path]
REPORT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".text")


@dataclass
class Failure:
    path: str
    message: str


@dataclass
class BuildResult:
    graph: ReportGraph
    documents: list[Document] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)


@contextmanager
def paused_gc():
    """No cyclic garbage collection while one report is built.

    A report makes some hundred thousand small objects and few cycles; the
    collector, triggered again and again by those allocations, walked every
    object alive (the tokeniser's dictionary among them) and took a fifth of
    the build time. Cycles a report leaves are collected once it is done.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def freeze_dictionaries() -> None:
    """Load the dictionaries (tagger, gazetteer, divisions) and move them out of the collector's sight.

    Forked workers then share the pages (a collection would write to every
    object it walks, copying them) and collections skip their objects.
    """
    from .entities import _pos_tokenizer
    _pos_tokenizer()
    gc.collect()
    gc.freeze()


def analyse(text: str, path: str = "<string>", manifest: Optional[dict] = None) -> Document:
    """Segment a report text that is already decoded and normalised."""
    meta = read_meta(text, path, manifest)
    return segment(text, path, meta)


def build_report(path: PathLike, base: str = DEFAULT_BASE, manifest: Optional[dict] = None) -> tuple[Document, ReportGraph]:
    """The document and graph of one report file; raises ReportError on bad input."""
    with paused_gc():
        source = read_text(path)
        doc = analyse(source.text, str(path), manifest)
        doc.warnings[:0] = source.warnings
        return doc, extract_graph(doc, base)


def build_text(text: str, name: str = "<string>", base: str = DEFAULT_BASE) -> ReportGraph:
    """The graph of a report given as a string."""
    source = read_string(text, name)
    doc = analyse(source.text, name)
    doc.warnings[:0] = source.warnings
    return extract_graph(doc, base)


def extract_graph(doc: Document, base: str = DEFAULT_BASE) -> ReportGraph:
    """Run every extractor over a segmented report and build its graph."""
    quantities = extract_quantities(doc)
    entities = resolve_entities(doc, extract_mentions(doc))
    commitments = extract_commitments(doc, quantities)
    links = extract_links(doc, quantities, entities, commitments)
    return build_graph(doc, quantities, base, commitments, entities, links)


def report_files(inputs: Iterable[PathLike]) -> list[tuple[Path, Optional[dict]]]:
    """Files to build, with their manifest row when a manifest.csv stands beside them.

    Folders are searched recursively for report files; a file named directly is
    always taken, whatever its suffix.
    """
    out: list[tuple[Path, Optional[dict]]] = []
    seen: set[Path] = set()
    for item in inputs:
        p = Path(item)
        files = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in REPORT_SUFFIXES
                       and f.name.lower() not in ("readme.md",)) if p.is_dir() else [p]
        for f in files:
            key = f.resolve() if f.exists() else f
            if key not in seen:
                seen.add(key)
                out.append((f, manifest_row(f)))
    return out


def manifest_row(path: Path) -> Optional[dict]:
    manifest = path.parent / "manifest.csv"
    if not manifest.is_file():
        return None
    return _manifest(str(manifest)).get(path.name)


_MANIFESTS: dict[str, dict[str, dict]] = {}


def _manifest(path: str) -> dict[str, dict]:
    if path not in _MANIFESTS:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            _MANIFESTS[path] = {row.get("file", ""): row for row in csv.DictReader(fh)}
    return _MANIFESTS[path]


def build(inputs: Union[PathLike, Iterable[PathLike]], base: str = DEFAULT_BASE,
          keep_going: bool = True) -> BuildResult:
    """Build the graph of every report in ``inputs`` (files or folders).

    A report that cannot be read is recorded in ``failures`` and skipped when
    ``keep_going``; otherwise its ReportError is raised.
    """
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    result = BuildResult(ReportGraph())
    for path, row in report_files(inputs):
        try:
            doc, graph = build_report(path, base, row)
        except ReportError as err:
            if not keep_going:
                raise
            result.failures.append(Failure(str(path), str(err)))
            continue
        result.documents.append(doc)
        result.graph.merge(graph)
    return result
