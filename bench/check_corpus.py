#!/usr/bin/env python3
"""Build every report of a corpus and check each graph against the SHACL shapes.

    python bench/check_corpus.py ../shared/corpus [--no-shacl]

Prints one line per report (targets, achievements, warnings, conforms) and exits 1
when a report fails to build or does not conform.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.build import build_report, report_files  # noqa: E402
from kg.read import ReportError  # noqa: E402
from kg.validate import validate_graph  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--no-shacl", action="store_true", help="build only, skip SHACL")
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"check_corpus: no corpus at {args.corpus}", file=sys.stderr)
        return 2
    bad = 0
    files = report_files([args.corpus])
    t0 = time.perf_counter()
    for path, row in files:
        try:
            doc, graph = build_report(path, manifest=row)
        except ReportError as err:
            print(f"FAIL  {path}: {err}")
            bad += 1
            continue
        counts = graph.counts()
        ok = "-" if args.no_shacl else validate_graph(graph.to_rdf()).conforms
        bad += ok is False
        print(f"{'ok  ' if ok is not False else 'BAD '}  {path.relative_to(args.corpus)}  "
              f"targets={counts['Target']} achievements={counts['Achievement']} "
              f"warnings={len(doc.warnings)} conforms={ok}")
    print(f"{len(files)} reports, {bad} failing, {time.perf_counter() - t0:.1f} s")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
