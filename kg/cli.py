"""The ``kg`` command: build, query and validate knowledge graphs of work reports."""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(
    add_completion=False, no_args_is_help=True, rich_markup_mode="markdown",
    help="""Knowledge graphs of commitments from Chinese government work reports (政府工作报告).

**Example**

    kg build examples/guiyang-2024.txt -o out
    kg query out/graph.ttl main-targets
    kg validate out/graph.ttl
""")
# piped output keeps whole cells: rich would otherwise squeeze tables to 80 columns
out = Console() if sys.stdout.isatty() else Console(width=400, soft_wrap=True)
err = Console(stderr=True)


def fail(message: str, code: int = 2) -> None:
    """One plain line on stderr and a non-zero exit: never a traceback for bad input."""
    err.print(f"kg: error: {message}", markup=False, highlight=False, soft_wrap=True)
    raise typer.Exit(code)


@app.command()
def build(
    reports: List[Path] = typer.Argument(..., help="Report files (UTF-8/GBK text, Markdown or HTML) or folders."),
    output: Path = typer.Option(Path("out"), "-o", "--output", help="Folder to write graph.ttl/.nt/.jsonld/.trig into."),
    base: str = typer.Option("https://w3id.org/gwr-kg/id/", help="Base IRI of the graph's own nodes."),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="Print no summary."),
) -> None:
    """Build the knowledge graph of one or more reports.

    Writes OUTPUT/graph.ttl, graph.nt, graph.jsonld and graph.trig (one named
    graph per report) and prints counts per class, targets per section and
    warnings. The same input gives byte-identical files.

    **Example**

        kg build examples/guiyang-2024.txt -o out
    """
    from . import build as build_graph
    from .rdf import write

    missing = [str(p) for p in reports if not p.exists()]
    if missing and len(missing) == len(reports):
        fail(f"cannot read {missing[0]}: no such file or folder")
    result = build_graph(reports, base=base)
    for f in result.failures:
        err.print(f"kg: skipped {f.path}: {f.message}", markup=False, highlight=False)
    if not result.documents:
        fail(result.failures[0].message if len(result.failures) == 1 else
             f"no report could be read ({len(result.failures)} failed)")
    try:
        paths = write(result.graph, output)
    except OSError as e:
        fail(f"cannot write to {output}: {e.strerror or e}")
    if not quiet:
        _summary(result, paths)
    if result.failures:
        raise typer.Exit(1)


def _summary(result, paths) -> None:
    from .summary import summarise
    for table in summarise(result):
        out.print(table)
    out.print(f"wrote {', '.join(str(p) for p in paths.values())}", highlight=False)


@app.command()
def query(
    graph: Path = typer.Argument(..., help="A graph file (.ttl/.nt/.trig/.jsonld) or a build folder."),
    name: str = typer.Argument(..., help="A named query from queries/ (see `kg queries`) or a .rq file."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, csv or json."),
) -> None:
    """Run a SPARQL query on the graph with the embedded store (no server).

    **Example**

        kg query out/graph.ttl main-targets
        kg query out/graph.ttl my-query.rq --format csv
    """
    from loaders.oxigraph import StoreError, open_store, run_query
    from .queries import QueryNotFound, load_query

    if fmt not in ("table", "csv", "json"):
        fail(f"unknown format {fmt!r}: use table, csv or json")
    try:
        sparql = load_query(name, "rq")
        columns, rows = run_query(open_store(graph), sparql.text)
    except (StoreError, QueryNotFound) as e:
        fail(str(e))
    print_rows(columns, rows, fmt, title=sparql.title)


@app.command("queries")
def list_queries() -> None:
    """List the named queries and what each answers."""
    from .queries import named_queries
    table = Table("name", "language", "answers")
    for q in named_queries():
        table.add_row(q.name, q.language, q.title)
    out.print(table)


@app.command()
def validate(
    graph: Path = typer.Argument(..., help="A graph file or a build folder."),
) -> None:
    """Check the graph against the SHACL shapes in ontology/; exit 1 when it does not conform.

    **Example**

        kg validate out/graph.ttl
    """
    from loaders.oxigraph import StoreError, graph_file
    from .validate import validate_file

    try:
        report = validate_file(graph_file(graph))
    except StoreError as e:
        fail(str(e))
    if report.conforms:
        out.print(f"[green]conforms[/green]: {report.nodes} nodes checked against {report.shapes} shapes")
        return
    from collections import Counter
    kinds = Counter(v.split(": ", 1)[1] for v in report.violations)
    for problem, n in kinds.most_common():
        example = next(v.split(": ", 1)[0] for v in report.violations if v.endswith(problem))
        out.print(f"- {n} × {problem}\n    e.g. {example}", markup=False, highlight=False)
    err.print(f"kg: {len(report.violations)} violation(s): the graph does not conform", markup=False)
    raise typer.Exit(1)


def print_rows(columns: list[str], rows: list[list], fmt: str, title: str = "") -> None:
    if fmt == "json":
        sys.stdout.write(json.dumps([dict(zip(columns, r)) for r in rows], ensure_ascii=False, indent=1) + "\n")
    elif fmt == "csv":
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(columns)
        w.writerows(rows)
    else:
        table = Table(*columns, title=title or None, show_lines=False)
        for r in rows:
            table.add_row(*("" if v is None else str(v) for v in r))
        out.print(table)
        out.print(f"{len(rows)} row(s)", style="dim")


def main(argv: Optional[list[str]] = None) -> None:
    try:
        app(argv)
    except KeyboardInterrupt:
        fail("interrupted", 130)


if __name__ == "__main__":
    main()
