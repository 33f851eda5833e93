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
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Union

import pyoxigraph as ox

from .build import Failure, build_report, freeze_dictionaries, paused_gc, report_files
from .html import HTML, index_page, report_page, report_title
from .model import DEFAULT_BASE, ReportGraph
from . import syntax
from .rdf import DEFAULT_FORMATS, blocks
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
    title: str = ""                                  # 贵阳市2024年政府工作报告


@dataclass
class Built:
    summary: ReportSummary
    chunks: dict[str, bytes]                         # format -> this report's document body


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
                         sections, list(graph.warnings.get(rep, [])), report_title(graph, rep))


def build_file(path: Path, row: Optional[dict], base: str, formats: tuple[str, ...],
               evidence: bool = False) -> Union[Built, Failure]:
    """Build and serialise one report (runs in a worker process)."""
    try:
        _, graph = build_report(path, base, row)
        with paused_gc():
            chunks = syntax.bodies(blocks(graph, evidence), [f for f in formats if f != HTML])
            if HTML in formats:
                chunks[HTML] = report_page(graph).encode("utf-8")
    except ReportError as err:
        return Failure(str(path), str(err))
    except Exception as err:  # noqa: BLE001 - a bug on one report must not lose the others
        return Failure(str(path), f"internal error: {type(err).__name__}: {err}")
    return Built(summarise_graph(graph, str(path)), chunks)


def _work(args) -> Union[Built, Failure]:
    return build_file(*args)


def built_reports(files: list[tuple[Path, Optional[dict]]], base: str, formats: tuple[str, ...],
                  jobs: int, evidence: bool = False) -> Iterator[Union[Built, Failure]]:
    """Each report built, in input order, by ``jobs`` processes."""
    work = [(path, row, base, formats, evidence) for path, row in files]
    if len(work) > 1:
        freeze_dictionaries()       # before the workers fork, so they share the pages
    if jobs <= 1 or len(work) <= 1:
        yield from map(_work, work)
        return
    import multiprocessing
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context(method)) as pool:
        yield from pool.map(_work, work, chunksize=1)


class CorpusWriter:
    """Append reports to the graph files and the store, one report at a time."""

    def __init__(self, out_dir: Path, formats: tuple[str, ...], store: bool = True):
        # written aside and moved into place at the end: a failed or interrupted
        # build leaves the previous one whole
        self.out_dir, self.tmp = out_dir, out_dir / ".partial"
        shutil.rmtree(self.tmp, ignore_errors=True)
        self.tmp.mkdir(parents=True)
        self.paths = {fmt: self.tmp / f"graph.{fmt}" for fmt in formats if fmt != HTML}
        self._files = {fmt: open(p, "wb") for fmt, p in self.paths.items()}
        self._pages: Optional[list[tuple[str, str, dict]]] = None
        if HTML in formats:
            self.paths[HTML] = self.tmp / HTML
            self.paths[HTML].mkdir()
            self._pages = []
        for fmt, f in self._files.items():
            f.write(syntax.header(fmt).encode("utf-8"))
        self._empty = set(formats)
        self.loader: Optional[StoreLoader] = None
        if store:
            self.paths["store"] = self.tmp / STORE_DIR
            self.loader = StoreLoader(self.paths["store"])

    def add(self, built: Built) -> None:
        for fmt, f in self._files.items():
            chunk = built.chunks[fmt]
            if fmt == "jsonld" and chunk and fmt not in self._empty:
                f.write(b",\n")             # one array of node objects across reports
            f.write(chunk)
            if chunk:
                self._empty.discard(fmt)
        if self.loader is not None:
            self.loader.add(built.chunks["nq"])
        if self._pages is not None:
            self._add_page(built)

    def _add_page(self, built: Built) -> None:
        s = built.summary
        stem = s.iri.rsplit("/", 1)[-1]
        taken = {name for name, _, _ in self._pages}
        name, n = f"{stem}.html", 1
        while name in taken:                # two reports of one region and year keep a page each
            n += 1
            name = f"{stem}-{n}.html"
        (self.paths[HTML] / name).write_bytes(built.chunks[HTML])
        self._pages.append((name, s.title, s.counts))

    def close(self, keep: bool = True) -> dict[str, Path]:
        """Finish the files and move them into place (``keep``), or drop them; return the final paths."""
        for fmt, f in self._files.items():
            f.write(syntax.footer(fmt).encode("utf-8"))
            f.close()
        if self._pages is not None:
            (self.paths[HTML] / "index.html").write_text(index_page(self._pages), encoding="utf-8")
        if self.loader is not None:
            self.loader.close(keep)
            self.loader = None
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


class StoreLoader:
    """Bulk loads into an on-disk Oxigraph store, fed report by report while the build runs.

    Reports are gathered into batches of some megabytes and each batch is
    bulk-loaded in a thread (Oxigraph releases Python's lock while it loads), so
    loading overlaps building; batches bound the loader's memory (the batch filling, and
    ``LOADS`` joined batches and their loads' buffers). Oxigraph's
    loader writes on one thread; ``LOADS`` batches may load at once (each load
    writes files of its own, and the store takes them in whatever order they
    finish), but on two cores, with the workers busy, two loads at once were no
    faster (13.3 and 14.6 s against 14.1 and 13.6 s for the shared corpus) and
    took 100 MB more, so one is the default. The many files the loads leave are
    merged at the end.
    """

    BATCH_BYTES = 64 << 20
    LOADS = 1

    def __init__(self, path: Path):
        self.store = ox.Store(str(path))
        self._batch: list[bytes] = []
        self._size = 0
        self._pool = ThreadPoolExecutor(max_workers=self.LOADS)
        self._pending: list[Future] = []

    def add(self, nquads: bytes) -> None:
        self._batch.append(nquads)
        self._size += len(nquads)
        if self._size >= self.BATCH_BYTES:
            self._flush()

    def _flush(self) -> None:
        while len(self._pending) >= self.LOADS:
            self._pending.pop(0).result()   # raises what the load raised
        data, self._batch, self._size = b"".join(self._batch), [], 0
        # lenient: the N-Quads are our own, already valid; checking every IRI again costs 7%
        self._pending.append(self._pool.submit(self.store.bulk_load, input=data,
                                               format=ox.RdfFormat.N_QUADS, lenient=True))

    def close(self, keep: bool = True) -> None:
        try:
            if keep and self._batch:
                self._flush()
            for load in self._pending:
                load.result()
            self.store.flush()
            if keep:
                self.store.optimize()
        finally:
            self._pool.shutdown()
            del self.store


def build_corpus(inputs: Iterable[Union[str, Path]], out_dir: Path, base: str = DEFAULT_BASE,
                 formats: tuple[str, ...] = DEFAULT_FORMATS, jobs: Optional[int] = None, store: bool = True,
                 on_report: Optional[Callable[[Union[Built, Failure], int, int], None]] = None,
                 evidence: bool = False) -> CorpusResult:
    """Build every report under ``inputs`` into ``out_dir``; failures are recorded and skipped."""
    files = report_files(inputs)
    jobs = jobs or os.cpu_count() or 1
    result = CorpusResult()
    writer = CorpusWriter(out_dir, formats, store)
    rendered = tuple(sorted({*formats, "nq"} if store else set(formats)))    # the store loads the N-Quads
    try:
        for i, item in enumerate(built_reports(files, base, rendered, jobs, evidence), 1):
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
