"""SHACL validation of a built graph against ``ontology/shapes.ttl``, in plain words."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .schema import ONTOLOGY_DIR

SH = "http://www.w3.org/ns/shacl#"


@dataclass
class ValidationReport:
    conforms: bool
    nodes: int
    shapes: int
    violations: list[str] = field(default_factory=list)


def validate_graph(data) -> ValidationReport:
    """Validate an rdflib graph (or Dataset) against the shapes and the ontology."""
    import rdflib
    from pyshacl import validate

    shapes = rdflib.Graph().parse(ONTOLOGY_DIR / "shapes.ttl", format="turtle")
    ontology = rdflib.Graph().parse(ONTOLOGY_DIR / "gwr.ttl", format="turtle")
    graph = rdflib.Graph()
    graph += ontology   # the controlled vocabularies (comparators, sectors) live there
    for triple in (data.triples((None, None, None)) if not isinstance(data, rdflib.Dataset)
                   else data.quads((None, None, None, None))):
        graph.add(triple[:3])
    conforms, results, text = validate(graph, shacl_graph=shapes, inference="none", allow_warnings=True)
    if not isinstance(results, rdflib.Graph):      # pyshacl hands back a failure, not a report
        from loaders.oxigraph import StoreError
        raise StoreError(f"the shapes cannot be checked: {_first_line(str(text))}")
    n_shapes = len(set(shapes.subjects(rdflib.RDF.type, rdflib.URIRef(SH + "NodeShape"))))
    return ValidationReport(bool(conforms), len(set(graph.subjects())), n_shapes,
                            _violations(results))


def validate_file(path: Path) -> ValidationReport:
    """Validate a graph file; a file that cannot be read raises ``StoreError`` with one line."""
    import rdflib
    from loaders.oxigraph import StoreError
    fmt = rdflib.util.guess_format(str(path)) or "turtle"
    data = rdflib.Dataset() if fmt in ("trig", "nquads") else rdflib.Graph()
    try:
        data.parse(path, format=fmt)
    except Exception as err:        # rdflib's parsers raise many kinds (BadSyntax, UnicodeDecodeError…)
        raise StoreError(f"cannot read {path}: {type(err).__name__}: {_first_line(str(err))}") from None
    return validate_graph(data)


def _first_line(message: str) -> str:
    lines = [line.strip() for line in message.splitlines() if line.strip()]
    return lines[0] if lines else "no detail given"


def _violations(results) -> list[str]:
    """One sentence per SHACL result: which node, which property, what is wrong."""
    import rdflib
    sh = rdflib.Namespace(SH)
    out = []
    for r in results.subjects(rdflib.RDF.type, sh.ValidationResult):
        if results.value(r, sh.resultSeverity) != sh.Violation:
            continue
        focus = results.value(r, sh.focusNode)
        path = results.value(r, sh.resultPath)
        msg = results.value(r, sh.resultMessage)
        path_s = str(path).rsplit("#", 1)[-1] if path is not None else ""
        out.append(f"{focus}: {path_s + ': ' if path_s else ''}{msg}")
    return sorted(out)
