#!/usr/bin/env python3
"""The benchmark: per-stage times, end-to-end corpus builds, query latency at corpus and synthetic scale.

    python bench/bench.py ../shared/corpus [--jobs 2] [--synthetic 3000] [--skip-stages]

1. stages: every report built on one core in this process, timed per stage
   (read, segment, extract, model, RDF quads, serialise), with peak memory;
2. end to end: ``kg build CORPUS`` with N workers, without and with the on-disk store;
3. queries: every named SPARQL query on the corpus store, and every Cypher twin
   on the embedded engine, with latency (best of 3);
4. synthetic: a corpus of N reports made by relabelling whole copies of the
   shared reports (new report IRIs, regions and years), loaded into an
   on-disk store as ``kg build`` leaves it, and the named queries timed on it.

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
from kg.rdf import SHARED_GRAPH  # noqa: E402
from loaders.oxigraph import open_store, run_query  # noqa: E402

GWR = "https://w3id.org/gwr-kg/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def peak_mb(who=resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def timed_queries(store_path: Path, label: str, region: str, repeat: int = 3, limit: float = 120.0) -> None:
    """Each named SPARQL query on the store at ``store_path``: every row, and one region's rows.

    Each run is a child process killed after ``limit`` seconds (Oxigraph cannot
    interrupt a query); the time is the best of ``repeat`` runs (of at least 3 for
    one region, which is quick: a first run reads the store's pages from disk).
    """
    print(f"\n{label}\n{'query':<28} {'all: ms':>10} {'rows':>8}   {'one region: ms':>14} {'rows':>6}", flush=True)
    for q in named_queries():
        if q.language != "sparql":
            continue
        cells = [_timed(store_path, q.bind({})[0], repeat, limit)]
        if "region" in q.params:
            cells.append(_timed(store_path, q.bind({"region": region})[0], max(repeat, 3), limit))
        shown = [f"{'> %.0f s' % limit:>10} {'':>8}" if c is None else f"{1000 * c[0]:10.1f} {c[1]:8d}" for c in cells]
        print(f"{q.name:<28} {'   '.join(shown)}", flush=True)


def _timed(store_path: Path, sparql: str, repeat: int, limit: float):
    """(best seconds, rows) of a query run in a child process, or None past ``limit``."""
    import multiprocessing
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_run_child, args=(str(store_path), sparql, repeat, child))
    proc.start()
    result = parent.recv() if parent.poll(limit) else None
    proc.kill()
    proc.join()
    return result


def _run_child(store_path: str, sparql: str, repeat: int, conn) -> None:
    store = open_store(store_path)
    best, rows = float("inf"), []
    for _ in range(repeat):
        t = time.perf_counter()
        _, rows = run_query(store, sparql)
        best = min(best, time.perf_counter() - t)
    conn.send((best, len(rows)))


def end_to_end(corpus: Path, jobs: int, tmp: Path) -> Path:
    print(f"\nend to end: kg build {corpus} (four files; -j 1 is the one-core figure)")
    for store, j in ((False, 1), (False, jobs), (True, jobs)):
        out = tmp / ("with-store" if store else f"no-store-{j}")
        t = time.perf_counter()
        result = build_corpus([corpus], out, jobs=j, store=store)
        dt = time.perf_counter() - t
        n = len(result.summaries)
        print(f"  -j {j}, {'with' if store else 'without'} store: {n} reports in {dt:.1f} s "
              f"({n / dt:.1f} reports/s), {len(result.failures)} failed; peak memory: parent "
              f"{peak_mb():.0f} MB, largest worker {peak_mb(resource.RUSAGE_CHILDREN):.0f} MB")
    return tmp / "with-store"


def cypher_latency(out: Path, region: str) -> None:
    from kg.propertygraph import read
    from loaders.ladybug import Embedded
    t = time.perf_counter()
    pg = read(out)
    db = Embedded()
    db.load(pg)
    print(f"\nembedded Cypher: {len(pg.nodes)} nodes, {len(pg.rels)} relationships loaded in "
          f"{time.perf_counter() - t:.1f} s\n{'query':<28} {'all: ms':>10} {'rows':>8}   {'one region: ms':>14} {'rows':>6}")
    for q in named_queries():
        if q.language == "cypher":
            cells = []
            for params in ({}, {"region": region}) if "region" in q.params else ({},):
                best = float("inf")
                for _ in range(3):
                    t = time.perf_counter()
                    _, rows = db.run(*q.bind(params))
                    best = min(best, time.perf_counter() - t)
                cells.append(f"{1000 * best:10.1f} {len(rows):8d}")
            print(f"{q.name:<28} {'   '.join(cells)}")
    db.close()


def cypher_synthetic(out: Path, n_reports: int, region: str, tmp: Path) -> None:
    """The Cypher twins on ``n_reports`` relabelled copies of the corpus's property graph."""
    from kg.propertygraph import PGNode, PGRel, PropertyGraph, read
    from loaders.ladybug import Embedded, remove_database
    t = time.perf_counter()
    pg = read(out)
    own: dict[str, list[PGNode]] = {}
    for n in pg.nodes:
        own.setdefault(n.props.get("report", ""), []).append(n)
    reports = sorted(r for r in own if r)
    owner = {n.uri: n.props.get("report", "") for n in pg.nodes}
    rels: dict[str, list[PGRel]] = {}
    for r in pg.rels:
        rels.setdefault(owner.get(r.source, ""), []).append(r)
    nodes, edges = list(own.get("", [])), list(rels.get("", []))
    for i in range(n_reports):
        rep, copy = reports[i % len(reports)], i // len(reports)
        new = f"{rep}-s{copy}" if copy else rep
        move = (lambda u, rep=rep, new=new: new + u[len(rep):] if u.startswith(rep) else u) if copy else (lambda u: u)
        for n in own[rep]:
            props = {**n.props, "uri": move(n.uri), "report": new}
            if copy and "region" in props and n.table == "Report":
                props["region"] = f"{props['region']}-{copy}"
            nodes.append(PGNode(props["uri"], n.table, n.labels, props))
        edges.extend(PGRel(r.type, move(r.source), move(r.target), r.source_table, r.target_table)
                     for r in rels.get(rep, ()))
    remove_database(tmp / "synthetic.lbdb")
    db = Embedded(tmp / "synthetic.lbdb", buffer_pool_mb=8192)
    db.load(PropertyGraph(nodes, edges))
    print(f"\nembedded Cypher on the synthetic corpus: {n_reports} reports, {len(nodes)} nodes, {len(edges)} "
          f"relationships, made and loaded in {time.perf_counter() - t:.1f} s\n"
          f"{'query':<28} {'all: ms':>10} {'rows':>8}   {'one region: ms':>14} {'rows':>6}", flush=True)
    del nodes, edges, pg
    for q in named_queries():
        if q.language == "cypher":
            cells = []
            for params in ({}, {"region": region}) if "region" in q.params else ({},):
                best = float("inf")
                for _ in range(3):
                    t = time.perf_counter()
                    _, rows = db.run(*q.bind(params))
                    best = min(best, time.perf_counter() - t)
                cells.append(f"{1000 * best:10.1f} {len(rows):8d}")
            print(f"{q.name:<28} {'   '.join(cells)}", flush=True)
    db.close()


def synthetic(trig: Path, n_reports: int, tmp: Path) -> Path:
    """A store of ``n_reports`` reports: relabelled copies of the corpus reports, whole."""
    t = time.perf_counter()
    by_graph: dict[str, list[ox.Quad]] = {}
    for q in ox.parse(path=str(trig), format=ox.RdfFormat.TRIG):
        by_graph.setdefault(q.graph_name.value, []).append(q)
    # the shared graph (sectors, canonical indicators) is loaded once, as kg build leaves it;
    # relabelled copies of it would count each shared triple once per copy in the union graph
    shared = by_graph.pop(SHARED_GRAPH, [])
    cores = [(g, ox.serialize(qs, None, ox.RdfFormat.N_QUADS).decode()) for g, qs in sorted(by_graph.items())]
    path = tmp / "synthetic-store"
    shutil.rmtree(path, ignore_errors=True)
    store = ox.Store(str(path))
    store.bulk_load(input=ox.serialize(shared, None, ox.RdfFormat.N_QUADS), format=ox.RdfFormat.N_QUADS)
    batch, total = [], len(shared)
    for i in range(n_reports):
        g, text = cores[i % len(cores)]
        copy = i // len(cores)
        if copy:   # a new report: its IRIs and region change
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
    del store
    return path


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--synthetic", type=int, default=3000, help="reports in the synthetic corpus (0: skip)")
    ap.add_argument("--skip-stages", action="store_true")
    ap.add_argument("--synthetic-only", action="store_true", help="only build the corpus files and time the synthetic store")
    ap.add_argument("--keep", type=Path, help="keep the outputs in this folder")
    ap.add_argument("--reuse", action="store_true", help="with --synthetic-only and --keep: time the kept synthetic store again")
    ap.add_argument("--cypher", action="store_true", help="with --synthetic-only: the embedded Cypher engine, not SPARQL")
    ap.add_argument("--time-limit", type=float, default=60.0, help="seconds a query may run before it is stopped")
    ap.add_argument("--region", default="贵州省", help="the region the filtered queries ask for (-p region=…)")
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
            if args.cypher:
                if not (tmp / "files" / "graph.trig").is_file():
                    build_corpus([args.corpus], tmp / "files", jobs=args.jobs, store=False, formats=("trig",))
                cypher_synthetic(tmp / "files", args.synthetic, args.region, tmp)
                return 0
            path = tmp / "synthetic-store"
            if not (args.reuse and (path / "CURRENT").is_file()):
                build_corpus([args.corpus], tmp / "files", jobs=args.jobs, store=False, formats=("trig",))
                path = synthetic(tmp / "files" / "graph.trig", args.synthetic, tmp)
            timed_queries(path, f"SPARQL on the synthetic corpus ({args.synthetic} reports)", args.region, repeat=1,
                          limit=args.time_limit)
            return 0
        out = end_to_end(args.corpus, args.jobs, tmp)
        timed_queries(out / "store", f"SPARQL on the corpus store ({out / 'store'})", args.region, limit=args.time_limit)
        cypher_latency(out, args.region)
        if args.synthetic:
            path = synthetic(out / "graph.trig", args.synthetic, tmp)
            timed_queries(path, f"SPARQL on the synthetic corpus ({args.synthetic} reports)", args.region, repeat=1,
                          limit=args.time_limit)
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
