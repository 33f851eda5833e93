#!/usr/bin/env python3
"""Score the build against the silver annotations in bench/silver, one line a file.

    python bench/score_silver.py ../shared/corpus ../shared/eval/score.py

The silver files annotate reports outside the gold with the gold's conventions
(GOLD-SCHEMA.md); each holds either entities or quantities. They were written by
one annotator each and not checked twice: use them to see whether a rule helps
out of sample, not as the gold.
"""
from __future__ import annotations

import argparse
import csv
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
_FIRST_TWO = re.compile(r"^\S+\s+\S+\s+")
ROOT = HERE.parent


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("scorer", type=Path, help="shared/eval/score.py")
    args = ap.parse_args(argv)
    if not args.corpus.is_dir() or not args.scorer.is_file():
        print(f"score_silver: needs the corpus folder and score.py ({args.corpus}, {args.scorer})", file=sys.stderr)
        return 2
    ontology = sorted(str(p) for p in (ROOT / "ontology").glob("*.ttl"))
    with open(HERE / "silver" / "manifest.csv", encoding="utf-8") as fh, tempfile.TemporaryDirectory() as tmp:
        for row in csv.DictReader(fh):
            out = Path(tmp) / row["file"]
            subprocess.run([sys.executable, "-m", "kg.cli", "build", str(args.corpus / row["report"]), "-o", str(out),
                            "--no-store", "-f", "ttl", "-q"], cwd=ROOT, check=True, capture_output=True)
            scored = subprocess.run([sys.executable, str(args.scorer), str(HERE / "silver" / row["file"]),
                                     str(out / "graph.ttl"), *ontology], capture_output=True, text=True, check=True)
            kind = "entities" if "entities" in row["file"] else "quantities"
            line = next(l for l in scored.stdout.splitlines() if l.startswith(kind) and "all_" in l)
            print(f"{row['file']:<34} {_FIRST_TWO.sub('', line)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
