#!/usr/bin/env python3
"""Time each stage of the pipeline over a corpus, one core, in this process.

    python bench/stages.py ../shared/corpus [--limit N]

Prints per-stage totals and per-report means (read, segment, quantities,
entities, commitments, links, model, RDF statements, serialise) and the peak memory.
"""
from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.build import analyse, freeze_dictionaries, paused_gc, report_files  # noqa: E402
from kg.commitments import extract_commitments  # noqa: E402
from kg.entities import extract_mentions, resolve_entities  # noqa: E402
from kg.links import extract_links  # noqa: E402
from kg.model import build_graph  # noqa: E402
from kg.quantities import extract_quantities  # noqa: E402
from kg.rdf import blocks  # noqa: E402
from kg import syntax  # noqa: E402
from kg.read import ReportError, read_text  # noqa: E402


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def write_documents(bs, out: Path) -> None:
    """What ``kg build`` writes by default: graph.ttl, .nt, .jsonld and .trig."""
    out.mkdir()
    for fmt, data in syntax.documents(bs, ("ttl", "nt", "jsonld", "trig")).items():
        (out / f"graph.{fmt}").write_bytes(data)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args(argv)
    files = report_files([args.corpus])[: args.limit or None]
    times: dict[str, float] = defaultdict(float)
    t_warm = time.perf_counter()
    extract_mentions(analyse(read_text(files[0][0]).text, str(files[0][0]), files[0][1]))  # dictionaries
    freeze_dictionaries()                # as a corpus build does
    warm = time.perf_counter() - t_warm
    n = 0
    with tempfile.TemporaryDirectory() as tmp:
        for path, row in files:
            def timed(stage, fn, *a):
                t = time.perf_counter()
                out = fn(*a)
                times[stage] += time.perf_counter() - t
                return out
            with paused_gc():            # as build_report does
                try:
                    source = timed("read", read_text, path)
                except ReportError:
                    continue
                doc = timed("segment", analyse, source.text, str(path), row)
                qs = timed("quantities", extract_quantities, doc)
                ents = timed("entities", lambda: resolve_entities(doc, extract_mentions(doc)))
                cs = timed("commitments", extract_commitments, doc, qs)
                links = timed("links", extract_links, doc, qs, ents, cs)
                graph = timed("model", lambda: build_graph(doc, qs, "https://w3id.org/gwr-kg/id/", cs, ents, links))
                bs = timed("rdf statements", blocks, graph)
                timed("serialise", write_documents, bs, Path(tmp) / str(n))
            n += 1
    total = sum(times.values())
    print(f"{n} reports; warm-up (dictionaries) {warm:.2f} s, not counted")
    print(f"{'stage':<12} {'total s':>8} {'ms/report':>10} {'share':>6}")
    for stage, t in times.items():
        print(f"{stage:<12} {t:8.2f} {1000 * t / n:10.1f} {t / total:6.1%}")
    print(f"{'all':<12} {total:8.2f} {1000 * total / n:10.1f}  -> {n / total:.1f} reports/s on one core; "
          f"peak memory {peak_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
