"""networkx: the same labels and types as Neo4j, GraphML/GEXF for Gephi, the sector projection."""
from __future__ import annotations

import subprocess
import sys

import networkx as nx

from kg.nx import sectors_sharing, to_networkx, write


def test_networkx_has_the_property_graph_labels_and_types(example_pg):
    g = to_networkx(example_pg)
    assert g.number_of_nodes() == len(example_pg.nodes) and g.number_of_edges() == len(example_pg.rels)
    for n in example_pg.nodes[:50]:
        assert g.nodes[n.uri]["labels"] == list(n.labels) and g.nodes[n.uri]["label"] == n.labels[0]
    assert {t for *_, t in g.edges(data="type")} == set(example_pg.type_counts())


def test_graphml_and_gexf_read_back(example_pg, tmp_path):
    g = to_networkx(example_pg)
    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        h = reader(write(g, tmp_path / f"g.{fmt}", fmt))
        assert (h.number_of_nodes(), h.number_of_edges()) == (g.number_of_nodes(), g.number_of_edges())
    h = nx.read_graphml(tmp_path / "g.graphml")
    target = next(n.uri for n in example_pg.nodes if n.table == "Target")
    assert h.nodes[target]["labels"] == "Target|Quantity" and isinstance(h.nodes[target]["value"], float)


def test_sectors_sharing_projects_or_organizations(example_pg):
    g = to_networkx(example_pg)
    p = sectors_sharing(g)
    assert p.number_of_edges() > 0
    text = {n.uri: n.props.get("text") for n in example_pg.nodes}
    named_by = {}           # thing -> sectors of the commitments that name it, from the relationships
    sectors = {}
    for r in example_pg.rels:
        if r.type == "IN_SECTOR" and r.source_table == "Commitment":
            sectors.setdefault(r.source, set()).add(r.target)
    for r in example_pg.rels:
        if r.type in ("MENTIONS", "INVOLVES") and r.target_table in ("Project", "Programme", "Organization"):
            named_by.setdefault(text[r.target], set()).update(sectors.get(r.source, ()))
    for a, b, d in p.edges(data=True):
        assert d["weight"] == len(d["shared"])
        assert all({a, b} <= named_by[name] for name in d["shared"])
    expected = sum(len(s) * (len(s) - 1) // 2 for s in named_by.values())
    assert sum(d["weight"] for *_, d in p.edges(data=True)) <= expected


def test_kg_export_and_shared_sectors(example_out):
    def kg(*args):
        return subprocess.run([sys.executable, "-m", "kg.cli", *map(str, args)], capture_output=True, text=True)
    r = kg("export", example_out, "--format", "gexf")
    assert r.returncode == 0 and (example_out / "graph.gexf").is_file(), r.stderr
    r = kg("shared-sectors", example_out, "-f", "csv")
    assert r.returncode == 0 and r.stdout.startswith("sector,other,shared,"), r.stderr
    r = kg("export", example_out, "--format", "dot")
    assert r.returncode == 2 and "use graphml or gexf" in r.stderr


def test_kg_export_takes_the_format_from_the_output_suffix(example_out, tmp_path):
    import networkx as nx
    r = subprocess.run([sys.executable, "-m", "kg.cli", "export", str(example_out), "-o", str(tmp_path / "net.gexf")],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert nx.read_gexf(tmp_path / "net.gexf").number_of_nodes() > 100
