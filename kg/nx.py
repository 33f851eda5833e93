"""networkx view of the graph: a MultiDiGraph with the property-graph labels and types.

It is built from the same :class:`~kg.propertygraph.PropertyGraph` as the Neo4j
and embedded-Cypher loads, so node keys (the RDF IRIs), labels, relationship
types and properties are the same everywhere.

>>> from kg import build_text
>>> text = ("二、2024年工作安排\\n（一）加快发展现代产业体系。坚持把发展经济的着力点放在实体经济上，"
...         "全年新建5G基站3000个，推动工业经济稳步增长，培育一批专精特新企业。")
>>> g = to_networkx(build_text(text, "t.txt"))
>>> target = next(n for n, d in g.nodes(data=True) if d["label"] == "Target")
>>> g.nodes[target]["value"], sorted({t for _, _, t in g.out_edges(target, data="type")})
(3000.0, ['IN_SECTION', 'IN_SECTOR', 'MEASURES_INDICATOR', 'STATED_IN'])
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Union

from .propertygraph import PropertyGraph, from_model


def to_networkx(graph) -> "networkx.MultiDiGraph":  # noqa: F821
    """A ``MultiDiGraph`` of a :class:`~kg.model.ReportGraph` or a :class:`PropertyGraph`.

    Nodes are keyed by IRI and carry ``label`` (their own label), ``labels``
    (all of them, as in Neo4j) and their properties; edges are keyed by type and
    carry ``type``.
    """
    import networkx as nx

    pg = graph if isinstance(graph, PropertyGraph) else from_model(graph)
    g = nx.MultiDiGraph()
    for node in pg.nodes:
        g.add_node(node.uri, label=node.labels[0], labels=list(node.labels), **node.props)
    for r in pg.rels:
        g.add_edge(r.source, r.target, key=r.type, type=r.type)
    return g


def flat(g) -> "networkx.MultiDiGraph":  # noqa: F821
    """A copy whose attributes GraphML and GEXF can hold: lists joined by "|", nulls dropped."""
    h = g.copy()
    for _, data in list(h.nodes(data=True)) + [(None, d) for *_, d in h.edges(data=True)]:
        for k, v in list(data.items()):
            if v is None:
                del data[k]
            elif isinstance(v, (list, tuple)):
                data[k] = "|".join(map(str, v))
    return h


def write(g, path: Union[str, Path], fmt: str) -> Path:
    """Write ``g`` as GraphML or GEXF (for Gephi); return the path."""
    import networkx as nx

    writers = {"graphml": nx.write_graphml, "gexf": nx.write_gexf}
    if fmt not in writers:
        raise ValueError(f"unknown format {fmt!r}: use graphml or gexf")
    path = Path(path)
    writers[fmt](flat(g), path)
    return path


def sectors_sharing(g, via: Iterable[str] = ("Project", "Programme", "Organization")):
    """Which sectors share projects or organizations: a weighted projection onto sectors.

    A sector reaches a thing when one of its commitments names it (``MENTIONS``
    or ``INVOLVES``). Two sectors are joined when they reach the same thing; the
    edge's ``weight`` counts the things and ``shared`` lists their names.

    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> for n, label in [("s1", "Sector"), ("s2", "Sector"), ("c1", "Commitment"), ("c2", "Commitment"),
    ...                  ("p", "Project")]:
    ...     g.add_node(n, label=label, text=n)
    >>> _ = g.add_edges_from([("c1", "s1", {"type": "IN_SECTOR"}), ("c2", "s2", {"type": "IN_SECTOR"}),
    ...                       ("c1", "p", {"type": "MENTIONS"}), ("c2", "p", {"type": "MENTIONS"})])
    >>> p = sectors_sharing(g)
    >>> list(p.edges(data=True))
    [('s1', 's2', {'weight': 1, 'shared': ['p']})]
    """
    import networkx as nx

    wanted = set(via)
    reaches: dict[str, set[str]] = {}
    sectors_of: dict[str, set[str]] = {}
    for c, t, rel in g.edges(data="type"):
        if rel == "IN_SECTOR":
            sectors_of.setdefault(c, set()).add(t)
        elif rel in ("MENTIONS", "INVOLVES") and set(g.nodes[t].get("labels", [g.nodes[t].get("label")])) & wanted:
            reaches.setdefault(c, set()).add(t)
    things: dict[str, set[str]] = {}
    for c, ts in reaches.items():
        for s in sectors_of.get(c, ()):
            for t in ts:
                things.setdefault(t, set()).add(s)
    p = nx.Graph()
    p.add_nodes_from((s, g.nodes[s]) for s in sorted({s for ss in sectors_of.values() for s in ss}))
    for t in sorted(things):
        sectors = sorted(things[t])
        for i, a in enumerate(sectors):
            for b in sectors[i + 1:]:
                if not p.has_edge(a, b):
                    p.add_edge(a, b, weight=0, shared=[])
                p[a][b]["weight"] += 1
                p[a][b]["shared"].append(g.nodes[t].get("text", t))
    for _, _, d in p.edges(data=True):
        d["shared"].sort()
    return p
