"""Many reports at once: built in parallel, streamed to disk, loaded into an on-disk store.

Each worker process builds one report and serialises it (Oxigraph does the
writing); the parent writes the chunks in input order, so the output is the
same whatever the number of workers, and holds one report at a time, so memory
stays flat however large the corpus. Every report keeps its own named graph in
``graph.trig``; the other formats hold the union. The on-disk Oxigraph store in
``OUT/store`` is what ``kg query OUT`` opens directly.

>>> result = build_corpus(["../shared/corpus"], Path("out"), jobs=2)    # doctest: +SKIP
>>> len(result.summaries), result.failures                              # doctest: +SKIP
(126, [])
"""
from __future__ import annotations

import os
import shutil
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Union

import pyoxigraph as ox

from .build import Failure, build_report, report_files
from .model import DEFAULT_BASE, ReportGraph
from .rdf import FORMATS, quads, serialise
from .read import ReportError

STORE_DIR = "store"


@dataclass
class ReportSummary:
    """What the build summary shows of one report."""

    path: str
    iri: str
    region: str
    year: Optional[int]
    counts: dict[str, int]                           # nodes per class
    sections: list[tuple[str, str, int]]             # (number, title, targets) in report order
    warnings: list[str] = field(default_factory=list)


@dataclass
class Built:
    summary: ReportSummary
    chunks: dict[str, bytes]                         # format -> this report's serialisation


@dataclass
class CorpusResult:
    summaries: list[ReportSummary] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    paths: dict[str, Path] = field(default_factory=dict)


def summarise_graph(graph: ReportGraph, path: str) -> ReportSummary:
    rep = graph.reports[0]
    counts = Counter(n.cls for n in graph.nodes.values() if n.report == rep)
    section_of = {e.source: e.target for e in graph.edges if e.prop == "inSection"}
    targets = Counter(section_of.get(n.iri, "") for n in graph.nodes.values() if n.cls == "Target")
    sections = [(n.props.get("number", ""), n.props.get("text", ""), targets.get(n.iri, 0))
                for n in graph.nodes.values() if n.cls in ("Part", "Task")]
    if targets.get(""):
        sections.append(("", "(none)", targets[""]))
    meta = graph.nodes[rep].props
    return ReportSummary(path, rep, meta.get("region", ""), meta.get("year"), dict(counts),
                         sections, list(graph.warnings.get(rep, [])))


def build_file(path: Path, row: Optional[dict], base: str, formats: tuple[str, ...]) -> Union[Built, Failure]:
    """Build and serialise one report (runs in a worker process)."""
    try:
        _, graph = build_report(path, base, row)
    except ReportError as err:
        return Failure(str(path), str(err))
    except Exception as err:  # noqa: BLE001 - a bug on one report must not lose the others
        return Failure(str(path), f"internal error: {type(err).__name__}: {err}")
    chunks = serialise(quads(graph), sorted(set(formats) | {"trig"}))   # the store loads the TriG
    return Built(summarise_graph(graph, str(path)), chunks)


def _work(args) -> Union[Built, Failure]:
    return build_file(*args)


def _warm() -> None:
    """Load the dictionaries once before the workers fork, so they share them."""
    from .entities import _pos_tokenizer
    _pos_tokenizer()


def built_reports(files: list[tuple[Path, Optional[dict]]], base: str, formats: tuple[str, ...],
                  jobs: int) -> Iterator[Union[Built, Failure]]:
    """Each report built, in input order, by ``jobs`` processes."""
    work = [(path, row, base, formats) for path, row in files]
    if jobs <= 1 or len(work) <= 1:
        yield from map(_work, work)
        return
    _warm()
    import multiprocessing
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context(method)) as pool:
        yield from pool.map(_work, work, chunksize=1)


class CorpusWriter:
    """Append reports to graph.ttl/.nt/.jsonld/.trig and the store, one report at a time."""

    def __init__(self, out_dir: Path, formats: tuple[str, ...], store: bool = True):
        # written aside and moved into place at the end: a failed or interrupted
        # build leaves the previous one whole
        self.out_dir, self.tmp = out_dir, out_dir / ".partial"
        shutil.rmtree(self.tmp, ignore_errors=True)
        self.tmp.mkdir(parents=True)
        self.paths = {fmt: self.tmp / f"graph.{fmt}" for fmt in formats}
        self._files = {fmt: open(p, "wb") for fmt, p in self.paths.items()}
        self._started: set[str] = set()
        self.store: Optional[ox.Store] = None
        if store:
            self.paths["store"] = self.tmp / STORE_DIR
            self.store = ox.Store(str(self.paths["store"]))

    def add(self, built: Built) -> None:
        for fmt, f in self._files.items():
            f.write(self._piece(fmt, built.chunks[fmt]))
        if self.store is not None:
            self.store.bulk_load(input=built.chunks["trig"], format=ox.RdfFormat.TRIG)

    def _piece(self, fmt: str, chunk: bytes) -> bytes:
        first = fmt not in self._started
        self._started.add(fmt)
        if fmt == "jsonld":          # one array of node objects across reports
            body = chunk.strip()[1:-1].strip()
            if not body and first:
                self._started.discard(fmt)
            return b"" if not body else (b"[" if first else b",\n") + body
        if fmt in ("ttl", "trig") and not first:
            lines = chunk.split(b"\n")
            while lines and lines[0].startswith(b"@prefix "):
                lines.pop(0)
            return b"\n".join(lines)
        return chunk

    def close(self, keep: bool = True) -> dict[str, Path]:
        """Finish the files and move them into place (``keep``), or drop them; return the final paths."""
        for fmt, f in self._files.items():
            if fmt == "jsonld":
                f.write(b"]" if fmt in self._started else b"[]")
            f.close()
        if self.store is not None:
            self.store.flush()
            if keep:
                self.store.optimize()    # one bulk load per report leaves many small files to merge
            self.store = None
        final = {}
        for key, path in self.paths.items():
            target = self.out_dir / path.name
            if keep:
                if target.is_dir():
                    shutil.rmtree(target)
                os.replace(path, target)
            final[key] = target
        shutil.rmtree(self.tmp, ignore_errors=True)
        return final if keep else {}


def build_corpus(inputs: Iterable[Union[str, Path]], out_dir: Path, base: str = DEFAULT_BASE,
                 formats: tuple[str, ...] = tuple(FORMATS), jobs: Optional[int] = None, store: bool = True,
                 on_report: Optional[Callable[[Union[Built, Failure], int, int], None]] = None) -> CorpusResult:
    """Build every report under ``inputs`` into ``out_dir``; failures are recorded and skipped."""
    files = report_files(inputs)
    jobs = jobs or os.cpu_count() or 1
    result = CorpusResult()
    writer = CorpusWriter(out_dir, formats, store)
    try:
        for i, item in enumerate(built_reports(files, base, formats, jobs), 1):
            if isinstance(item, Failure):
                result.failures.append(item)
            else:
                writer.add(item)
                result.summaries.append(item.summary)
            if on_report:
                on_report(item, i, len(files))
    except BaseException:
        writer.close(keep=False)
        raise
    result.paths = writer.close(keep=bool(result.summaries))
    return result
