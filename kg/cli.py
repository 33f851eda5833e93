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

```
kg build examples/guiyang-2024.txt -o out
kg query out/graph.ttl main-targets
kg validate out/graph.ttl
```
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
    reports: List[Path] = typer.Argument(..., help="Report files (UTF-8/GBK text, Markdown or HTML) or folders, searched recursively."),
    output: Path = typer.Option(Path("out"), "-o", "--output", help="Folder to write the graph files and the store into."),
    base: str = typer.Option("https://w3id.org/gwr-kg/id/", help="Base IRI of the graph's own nodes."),
    jobs: int = typer.Option(0, "-j", "--jobs", help="Worker processes [default: one per core]."),
    formats: List[str] = typer.Option(["ttl", "nt", "jsonld", "trig"], "--format", "-f",
                                      help="Files to write: ttl, nt, jsonld, trig, nq, and html for a readable "
                                      "page a report in OUTPUT/html (repeat the option)."),
    store: bool = typer.Option(True, "--store/--no-store", help="Also write the on-disk Oxigraph store OUTPUT/store."),
    evidence: bool = typer.Option(False, "--evidence", help="Also write each quote as a W3C Web Annotation "
                                  "(oa:TextQuoteSelector and oa:TextPositionSelector); doubles the graph."),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="Print no summary."),
) -> None:
    """Build the knowledge graph of one or more reports, or of a whole corpus.

    Folders are searched recursively; a `manifest.csv` beside the files gives
    region, level and year. Reports are built in parallel and written as
    OUTPUT/graph.ttl, graph.nt, graph.jsonld and graph.trig (one named graph
    per report), plus the on-disk store OUTPUT/store that `kg query OUTPUT`
    opens directly. A report that fails is reported and skipped; the exit code
    is then 1. The same input gives byte-identical files.

    **Example**

        kg build examples/guiyang-2024.txt -o out
        kg build ../shared/corpus -o corpus-out -j 2
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    from .corpus import build_corpus
    from .html import HTML
    from .rdf import FORMATS

    bad = [f for f in formats if f not in FORMATS and f != HTML]
    if bad:
        fail(f"unknown format {bad[0]!r}: use {', '.join([*FORMATS, HTML])}")
    missing = [str(p) for p in reports if not p.exists()]
    if missing and len(missing) == len(reports):
        fail(f"cannot read {missing[0]}: no such file or folder")
    columns = (TextColumn("building"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
               TextColumn("{task.description}"))
    try:
        with Progress(*columns, console=err, transient=True, disable=quiet) as progress:
            task = progress.add_task("", total=None)
            def step(item, i, n):
                progress.update(task, completed=i, total=n, description=Path(getattr(item, "path", "")).name
                                if not hasattr(item, "summary") else Path(item.summary.path).name)
            result = build_corpus(reports, output, base, tuple(dict.fromkeys(formats)), jobs or None, store, step,
                                  evidence)
    except OSError as e:
        fail(f"cannot write to {output}: {e.strerror or e}")
    for f in result.failures:
        err.print(f"kg: skipped {f.path}: {f.message}", markup=False, highlight=False, soft_wrap=True)
    if not result.summaries and not result.failures:
        from .build import REPORT_SUFFIXES
        fail(f"no report files ({', '.join(REPORT_SUFFIXES)}) in {', '.join(map(str, reports))}")
    if not result.summaries:
        fail(result.failures[0].message if len(result.failures) == 1 else
             f"no report could be read ({len(result.failures)} failed)")
    if not quiet:
        _summary(result.summaries, result.paths)
    if result.failures:
        raise typer.Exit(1)


def _summary(summaries, paths) -> None:
    from .summary import summarise
    for table in summarise(summaries):
        out.print(table)
    out.print(f"wrote {', '.join(str(p) for p in paths.values())}", highlight=False)


_PARAMS = typer.Option([], "--param", "-p", metavar="NAME=VALUE",
                       help="A value for one of the query's parameters (see `kg queries`); repeat for more.")


#: Rows a table shows unless told otherwise: a corpus listing has tens of thousands.
TABLE_ROWS = 200
_LIMIT = typer.Option(None, "--limit", "-n", metavar="N",
                      help=f"Print at most N rows (0: all) [default: {TABLE_ROWS} in a table, all in csv/json].")


def _parse_params(items: List[str]) -> dict[str, str]:
    out = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            fail(f"a parameter is NAME=VALUE, not {item!r}")
        out[name.strip()] = value
    return out


@app.command()
def query(
    graph: Path = typer.Argument(..., help="A graph file (.ttl/.nt/.trig/.jsonld) or a build folder."),
    name: str = typer.Argument(..., help="A named query from queries/ (see `kg queries`) or a .rq file."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, csv or json."),
    params: List[str] = _PARAMS,
    limit: Optional[int] = _LIMIT,
) -> None:
    """Run a SPARQL query on the graph with the embedded store (no server).

    **Example**

        kg query out/graph.ttl main-targets
        kg query out indicator-across-reports -p code=cpi
        kg query out/graph.ttl my-query.rq --format csv
    """
    from loaders.oxigraph import StoreError, open_store, run_query
    from .queries import QueryNotFound, QueryParameterError, load_query

    if fmt not in ("table", "csv", "json"):
        fail(f"unknown format {fmt!r}: use table, csv or json")
    try:
        sparql = load_query(name, "rq")
        text, _ = sparql.bind(_parse_params(params))
        columns, rows = run_query(open_store(graph), text)
    except (StoreError, QueryNotFound, QueryParameterError) as e:
        fail(str(e))
    print_rows(columns, rows, fmt, title=sparql.title, limit=limit)


@app.command("queries")
def list_queries() -> None:
    """List the named queries and what each answers."""
    from .queries import named_queries
    table = Table("name", "language", "parameters", "answers")
    for q in named_queries():
        table.add_row(q.name, q.language, ", ".join(f"{k}={v}" for k, v in q.params.items()), q.title)
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


_URI = typer.Option(None, "--uri", help="Bolt URI of a Neo4j server [env NEO4J_URI; default bolt://localhost:7687].")
_USER = typer.Option(None, "--user", help="User name [env NEO4J_USER; default neo4j].")
_PASSWORD = typer.Option(None, "--password", help="Password [env NEO4J_PASSWORD].")
_DATABASE = typer.Option(None, "--database", help="Database name [env NEO4J_DATABASE; default: the server's default].")


def _property_graph(graph: Path):
    from loaders.oxigraph import StoreError
    from .propertygraph import read
    try:
        return read(graph)
    except StoreError as e:
        fail(str(e))


def _bolt(settings):
    from loaders.cypher import CypherError
    from loaders.neo4j import Bolt
    try:
        return Bolt(settings.uri, settings.user, settings.password, settings.database, settings.batch_size)
    except CypherError as e:
        fail(str(e))


@app.command("load-neo4j")
def load_neo4j(
    graph: Path = typer.Argument(..., help="A build folder (or graph file) written by `kg build`."),
    uri: Optional[str] = _URI, user: Optional[str] = _USER, password: Optional[str] = _PASSWORD,
    database: Optional[str] = _DATABASE,
    batch_size: int = typer.Option(1000, "--batch-size", min=1, help="Rows per UNWIND batch."),
) -> None:
    """Load a built graph into Neo4j with the official driver.

    Creates uniqueness constraints on `uri` first, replaces the nodes of the
    reports being loaded (other reports stay), MERGEs nodes and relationships in
    batches, and prints the nodes per label and relationships per type.
    Loading twice gives the same counts.

    **Example**

        NEO4J_PASSWORD=secret kg load-neo4j out --uri bolt://localhost:7687
    """
    from rich.progress import Progress
    from loaders.cypher import CypherError, load
    from loaders.neo4j import Settings

    pg = _property_graph(graph)
    server = _bolt(Settings.from_env(uri=uri, user=user, password=password, database=database,
                                     batch_size=batch_size))
    try:
        with Progress(console=err, transient=True) as progress:
            task = progress.add_task("loading", total=len(pg.nodes) + len(pg.rels))
            summary = load(server, pg, lambda n: progress.advance(task, n))
    except CypherError as e:
        fail(str(e))
    finally:
        server.close()
    for note in summary.notes:
        err.print(f"kg: note: {note}", markup=False, highlight=False)
    _load_summary(summary, server.uri)


def _load_summary(summary, where: str) -> None:
    out.print(f"loaded {len(summary.reports)} report(s): {summary.nodes} nodes, "
              f"{summary.relationships} relationships into {where}", markup=False, highlight=False)
    table = Table("label", "nodes", title="Nodes per label (whole database)")
    for label, n in summary.labels.items():
        table.add_row(label, str(n))
    out.print(table)
    table = Table("type", "relationships", title="Relationships per type (whole database)")
    for rel, n in summary.types.items():
        table.add_row(rel, str(n))
    out.print(table)


@app.command()
def cypher(
    graph: Path = typer.Argument(..., help="A build folder (or graph file); ignored with --uri, which queries the server."),
    name: str = typer.Argument(..., help="A named query from queries/ (see `kg queries`) or a .cypher file."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, csv or json."),
    uri: Optional[str] = _URI, user: Optional[str] = _USER, password: Optional[str] = _PASSWORD,
    database: Optional[str] = _DATABASE,
    embedded: bool = typer.Option(False, "--embedded", help="Use the embedded engine even when NEO4J_URI is set."),
    params: List[str] = _PARAMS,
    limit: Optional[int] = _LIMIT,
) -> None:
    """Run a Cypher query: on the embedded engine (in-process, no server) or on Neo4j.

    Without `--uri` (or NEO4J_URI) the graph is loaded into LadybugDB, an
    embedded engine, and queried there, so Cypher works out of the box like
    SPARQL. For a build folder the loaded database is kept in
    OUT/cypher.lbdb, so only the first query waits for the load.

    **Example**

        kg cypher out main-targets
        kg cypher out sector-targets -p sector=economy
        kg cypher out my-query.cypher --format json
        kg cypher out sector-targets --uri bolt://localhost:7687
    """
    import os
    from loaders.cypher import CypherError
    from loaders.neo4j import Settings
    from .queries import QueryNotFound, QueryParameterError, load_query

    if fmt not in ("table", "csv", "json"):
        fail(f"unknown format {fmt!r}: use table, csv or json")
    try:
        query = load_query(name, "cypher")
        text, bound = query.bind(_parse_params(params))
    except (QueryNotFound, QueryParameterError) as e:
        fail(str(e))
    try:
        if uri or (os.environ.get("NEO4J_URI") and not embedded):
            server = _bolt(Settings.from_env(uri=uri, user=user, password=password, database=database))
            try:
                columns, rows = server.run(text, bound)
            finally:
                server.close()
        else:
            from loaders.ladybug import open_cached
            from loaders.oxigraph import StoreError
            try:
                db = open_cached(graph)
            except StoreError as e:
                fail(str(e))
            columns, rows = db.run(text, bound)
    except CypherError as e:
        fail(f"Cypher query failed: {e}")
    print_rows(columns, rows, fmt, title=query.title, limit=limit)


@app.command("export-neo4j")
def export_neo4j(
    graph: Path = typer.Argument(..., help="A build folder (or graph file) written by `kg build`."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Folder to write into [default GRAPH/neo4j]."),
    database: str = typer.Option("neo4j", "--database", help="Database named in the import command."),
) -> None:
    """Write Neo4j bulk-import CSVs with their `neo4j-admin` command, and a cypher-shell script.

    **Example**

        kg export-neo4j out              # out/neo4j/import.sh, out/neo4j/load.cypher, CSVs
    """
    from .neo4j_export import write as write_files

    pg = _property_graph(graph)
    folder = output or (graph if graph.is_dir() else graph.parent) / "neo4j"
    try:
        paths = write_files(pg, folder, database)
    except OSError as e:
        fail(f"cannot write to {folder}: {e.strerror or e}")
    out.print(f"wrote {len(paths) - 3} CSV files, {folder / 'gwr.grass'} (Neo4j Browser style), {folder / 'import.sh'} (neo4j-admin database import full) "
              f"and {folder / 'load.cypher'} (cypher-shell -f)", markup=False, highlight=False)


@app.command()
def export(
    graph: Path = typer.Argument(..., help="A build folder (or graph file) written by `kg build`."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f",
                                      help="graphml or gexf (for Gephi) [default: the output's suffix, else graphml]."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="File to write [default GRAPH/graph.FORMAT]."),
) -> None:
    """Write the graph for network tools: GraphML or GEXF, with labels, types and properties.

    **Example**

        kg export out --format gexf
    """
    from .nx import to_networkx, write as write_graph

    if fmt is None:          # -o net.gexf means GEXF: a GraphML file under that name would not open in Gephi
        fmt = output.suffix.lstrip(".").lower() if output and output.suffix.lower() in (".graphml", ".gexf") else "graphml"
    if fmt not in ("graphml", "gexf"):
        fail(f"unknown format {fmt!r}: use graphml or gexf")
    g = to_networkx(_property_graph(graph))
    path = output or (graph if graph.is_dir() else graph.parent) / f"graph.{fmt}"
    try:
        write_graph(g, path, fmt)
    except OSError as e:
        fail(f"cannot write {path}: {e.strerror or e}")
    out.print(f"wrote {path}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges",
              markup=False, highlight=False)


@app.command("shared-sectors")
def shared_sectors(
    graph: Path = typer.Argument(..., help="A build folder (or graph file) written by `kg build`."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, csv or json."),
) -> None:
    """Which sectors share projects or organizations: pairs of sectors whose commitments name the same things.

    **Example**

        kg shared-sectors out
    """
    from .nx import sectors_sharing, to_networkx

    p = sectors_sharing(to_networkx(_property_graph(graph)))
    rows = sorted(([p.nodes[a].get("text", a), p.nodes[b].get("text", b), d["weight"], "、".join(d["shared"])]
                   for a, b, d in p.edges(data=True)), key=lambda r: (-r[2], r[0], r[1]))
    print_rows(["sector", "other", "shared", "projects and organizations"], rows, fmt,
               title="Sectors sharing projects or organizations")


def print_rows(columns: list[str], rows: list[list], fmt: str, title: str = "", limit: Optional[int] = None) -> None:
    """Rows as a table (at most ``limit``, default TABLE_ROWS), CSV or JSON (all, unless ``limit``)."""
    total = len(rows)
    if limit is None and fmt == "table":
        limit = TABLE_ROWS
    if limit:
        rows = rows[:limit]
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
        more = f"; the first {len(rows)} shown: --limit 0 for all, or --format csv" if total > len(rows) else ""
        out.print(f"{total} row(s){more}", style="dim")


def main(argv: Optional[list[str]] = None) -> None:
    try:
        app(argv)
    except KeyboardInterrupt:
        fail("interrupted", 130)


if __name__ == "__main__":
    main()
