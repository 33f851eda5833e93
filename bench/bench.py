#!/usr/bin/env python3
"""The benchmark: per-stage times, end-to-end corpus builds, query latency at corpus and synthetic scale.

    python bench/bench.py ../shared/corpus [--jobs 2] [--synthetic 3000] [--skip-stages]

1. stages: every report built on one core in this process, timed per stage
   (read, segment, extract, model, RDF quads, serialise), with peak memory;
2. end to end: ``kg build CORPUS`` with N workers, without and with the on-disk store;
3. queries: every named SPARQL query on the corpus store, and every Cypher twin
   on the embedded engine, with latency (best of 3);
4. synthetic: a corpus of N reports made by relabelling the shared reports'
   quantitative core (report, sections, targets, achievements, indicators,
   canonical indicators, sectors and the commitments that hold targets; no
   evidence annotations, entities or other commitments), loaded into an
   on-disk store, and the named queries timed on it.

Goals on a 2-core machine: 20 reports/s on one core, the shared corpus in under
10 s with under 1 GB peak memory, named queries under 100 ms on 3,000 reports.
"""
from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402

from kg.corpus import build_corpus  # noqa: E402
from kg.queries import named_queries  # noqa: E402
from loaders.oxigraph import open_store, run_query  # noqa: E402

GWR = "https://w3id.org/gwr-kg/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#: The classes kept in a synthetic report: what cross-report queries touch.
CORE = {GWR + c for c in ("Report", "Part", "Task", "Target", "Achievement", "Indicator", "Sector",
                          "CanonicalIndicator", "Commitment")}


def peak_mb(who=resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def timed_queries(store, label: str, repeat: int = 3) -> list[tuple[str, float, int]]:
    """Each named SPARQL query's best time of ``repeat`` runs, printed as it goes."""
    print(f"\n{label}\n{'query':<28} {'ms':>8} {'rows':>7}", flush=True)
    out = []
    for q in named_queries():
        if q.language != "sparql":
            continue
        best, rows = float("inf"), []
        for _ in range(repeat):
            t = time.perf_counter()
            _, rows = run_query(store, q.text)
            best = min(best, time.perf_counter() - t)
        out.append((q.name, best, len(rows)))
        print(f"{q.name:<28} {1000 * best:8.1f} {len(rows):7d}{'' if best < 0.1 else '   (over 100 ms)'}",
              flush=True)
    return out


def end_to_end(corpus: Path, jobs: int, tmp: Path) -> Path:
    print(f"\nend to end: kg build {corpus} -j {jobs}")
    for store in (False, True):
        out = tmp / ("with-store" if store else "no-store")
        t = time.perf_counter()
        result = build_corpus([corpus], out, jobs=jobs, store=store)
        dt = time.perf_counter() - t
        n = len(result.summaries)
        print(f"  {'with' if store else 'without'} store: {n} reports in {dt:.1f} s "
              f"({n / dt:.1f} reports/s), {len(result.failures)} failed; peak memory: parent "
              f"{peak_mb():.0f} MB, largest worker {peak_mb(resource.RUSAGE_CHILDREN):.0f} MB")
    return tmp / "with-store"


def cypher_latency(out: Path) -> None:
    from kg.propertygraph import read
    from loaders.ladybug import Embedded
    t = time.perf_counter()
    pg = read(out)
    db = Embedded()
    db.load(pg)
    print(f"\nembedded Cypher: {len(pg.nodes)} nodes, {len(pg.rels)} relationships loaded in "
          f"{time.perf_counter() - t:.1f} s\n{'query':<28} {'ms':>8} {'rows':>7}")
    for q in named_queries():
        if q.language == "cypher":
            best = float("inf")
            for _ in range(3):
                t = time.perf_counter()
                _, rows = db.run(*q.bind({}))
                best = min(best, time.perf_counter() - t)
            print(f"{q.name:<28} {1000 * best:8.1f} {len(rows):7d}")
    db.close()


def synthetic(trig: Path, n_reports: int, tmp: Path) -> ox.Store:
    """A store of ``n_reports`` relabelled copies of the corpus reports' quantitative core."""
    t = time.perf_counter()
    by_graph: dict[str, list[ox.Quad]] = {}
    for q in ox.parse(path=str(trig), format=ox.RdfFormat.TRIG):
        by_graph.setdefault(q.graph_name.value, []).append(q)
    cores = []
    for g, qs in sorted(by_graph.items()):
        keep = {q.subject.value for q in qs if q.predicate.value == RDF_TYPE and q.object.value in CORE}
        holders = {q.subject.value for q in qs if q.predicate.value == GWR + "hasTarget"}
        keep -= {q.subject.value for q in qs if q.object.value == GWR + "Commitment"} - holders
        core = [q for q in qs if q.subject.value in keep and (not isinstance(q.object, ox.NamedNode)
                                                                or q.object.value in keep
                                                                or q.predicate.value == RDF_TYPE
                                                                or q.object.value.startswith(GWR))]
        cores.append((g, ox.serialize(core, None, ox.RdfFormat.N_QUADS).decode()))
    path = tmp / "synthetic-store"
    shutil.rmtree(path, ignore_errors=True)
    store = ox.Store(str(path))
    batch, total = [], 0
    for i in range(n_reports):
        g, text = cores[i % len(cores)]
        copy = i // len(cores)
        if copy:   # a new report: its IRIs, region and year change
            new = f"{g}-s{copy}"
            text = text.replace(g + ">", new + ">").replace(g + "/", new + "/")
            text = re.sub(r'(ontology#region> ")([^"]*)"', rf'\1\2-{copy}"', text)
        batch.append(text)
        if len(batch) == 200 or i == n_reports - 1:
            data = "".join(batch).encode()
            total += data.count(b"\n")
            store.bulk_load(input=data, format=ox.RdfFormat.N_QUADS)
            batch = []
    store.flush()
    store.optimize()       # one file set, as kg build leaves its store
    print(f"\nsynthetic corpus: {n_reports} reports, {total} quads, built and loaded in "
          f"{time.perf_counter() - t:.1f} s", flush=True)
    return store


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--synthetic", type=int, default=3000, help="reports in the synthetic corpus (0: skip)")
    ap.add_argument("--skip-stages", action="store_true")
    ap.add_argument("--synthetic-only", action="store_true", help="only build the corpus files and time the synthetic store")
    ap.add_argument("--keep", type=Path, help="keep the outputs in this folder")
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"bench: no corpus at {args.corpus}", file=sys.stderr)
        return 2
    if not (args.skip_stages or args.synthetic_only):
        import stages
        stages.main([str(args.corpus)])
    tmp = args.keep or Path(tempfile.mkdtemp(prefix="gwr-bench-"))
    try:
        if args.synthetic_only:
            build_corpus([args.corpus], tmp / "files", jobs=args.jobs, store=False, formats=("trig",))
            timed_queries(synthetic(tmp / "files" / "graph.trig", args.synthetic, tmp),
                          f"SPARQL on the synthetic corpus ({args.synthetic} reports)", repeat=1)
            return 0
        out = end_to_end(args.corpus, args.jobs, tmp)
        timed_queries(open_store(out), f"SPARQL on the corpus store ({out / 'store'})")
        cypher_latency(out)
        if args.synthetic:
            store = synthetic(out / "graph.trig", args.synthetic, tmp)
            timed_queries(store, f"SPARQL on the synthetic corpus ({args.synthetic} reports)", repeat=1)
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
