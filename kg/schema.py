"""The ontology as the writers see it: one mapping for RDF, Neo4j and networkx.

Everything here is read from ``ontology/gwr.ttl``: a class's property-graph label
(``gwr:graphLabel``), a relation's type (``gwr:relationshipType``), a datatype
property's key and XSD range (``gwr:propertyKey``, ``rdfs:range``). The writers
never name a class or relation the ontology does not define.

>>> s = schema()
>>> s.labels("GovernmentAgency")
['Agency', 'Organization']
>>> s.relationship("hasTarget"), s.key("value"), s.datatype("value")
('HAS_TARGET', 'value', 'decimal')
>>> s.skos_supers["sameIndicator"]
['http://www.w3.org/2004/02/skos/core#exactMatch']
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

GWR = "https://w3id.org/gwr-kg/ontology#"
ONTOLOGY_DIR = Path(__file__).resolve().parent / "ontology"
if not ONTOLOGY_DIR.is_dir():  # a source checkout: ontology/ stands beside kg/
    ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
QUERIES_DIR = ONTOLOGY_DIR.parent / "queries"

XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"


@dataclass
class Schema:
    """Classes, relations and properties of the gwr ontology, by local name."""

    parents: dict[str, list[str]] = field(default_factory=dict)     # class -> gwr superclasses
    graph_labels: dict[str, str] = field(default_factory=dict)      # class -> label
    relationships: dict[str, str] = field(default_factory=dict)     # object prop -> TYPE
    object_properties: set[str] = field(default_factory=set)
    keys: dict[str, str] = field(default_factory=dict)              # datatype prop -> key
    datatypes: dict[str, str] = field(default_factory=dict)         # datatype prop -> xsd local
    tables: set[str] = field(default_factory=set)                   # classes with gwr:nodeTable
    list_valued: set[str] = field(default_factory=set)              # datatype props with gwr:listValued
    domains: dict[str, str] = field(default_factory=dict)           # object prop -> class
    ranges: dict[str, str] = field(default_factory=dict)            # object prop -> class
    skos_supers: dict[str, list[str]] = field(default_factory=dict)  # property -> SKOS super-property IRIs

    def ancestors(self, cls: str) -> list[str]:
        """``cls`` and its gwr superclasses, nearest first."""
        out, todo = [], [cls]
        while todo:
            c = todo.pop(0)
            if c not in out:
                out.append(c)
                todo.extend(self.parents.get(c, []))
        return out

    def labels(self, cls: str) -> list[str]:
        """Property-graph labels of a node of ``cls``: its own, then its ancestors'."""
        return [self.graph_labels[c] for c in self.ancestors(cls) if c in self.graph_labels]

    def table(self, cls: str) -> str:
        """The embedded engine's node table of ``cls``: its nearest ancestor with gwr:nodeTable.

        >>> schema().table("GovernmentAgency"), schema().table("Task"), schema().table("Target")
        ('Organization', 'Section', 'Target')
        """
        for c in self.ancestors(cls):
            if c in self.tables:
                return self.graph_labels[c]
        raise KeyError(f"class gwr:{cls} has no node table")

    def tables_for(self, cls: str | None) -> list[str]:
        """Node tables whose nodes can be of ``cls`` (all tables for ``None``).

        >>> schema().tables_for("QuantitativeStatement")
        ['Achievement', 'Target']
        """
        if cls is None:
            return sorted(self.graph_labels[c] for c in self.tables)
        own = [c for c in self.ancestors(cls) if c in self.tables]
        if own:
            return [self.graph_labels[own[0]]]
        return sorted(self.graph_labels[t] for t in self.tables if cls in self.ancestors(t))

    def relationship(self, prop: str) -> str:
        return self.relationships[prop]

    def key(self, prop: str) -> str:
        return self.keys[prop]

    def datatype(self, prop: str) -> str:
        return self.datatypes.get(prop, "string")

    def check_class(self, cls: str) -> None:
        if cls not in self.parents and cls not in self.graph_labels:
            raise KeyError(f"class gwr:{cls} is not in the ontology")

    @property
    def property_names(self) -> frozenset:
        """Every datatype and object property, by local name."""
        names = self.__dict__.get("_property_names")
        if names is None:
            names = self.__dict__["_property_names"] = frozenset(self.keys) | frozenset(self.object_properties)
        return names

    def check_property(self, prop: str) -> None:
        if prop not in self.object_properties and prop not in self.keys:
            raise KeyError(f"property gwr:{prop} is not in the ontology")


@lru_cache(maxsize=1)
def schema() -> Schema:
    """Read the mapping from the ontology once per process."""
    import rdflib
    from rdflib.namespace import OWL, RDF, RDFS

    g = rdflib.Graph().parse(ONTOLOGY_DIR / "gwr.ttl", format="turtle")
    ann = {name: rdflib.URIRef(GWR + name)
           for name in ("graphLabel", "relationshipType", "propertyKey", "nodeTable", "listValued")}
    s = Schema()
    local = lambda t: str(t)[len(GWR):] if str(t).startswith(GWR) else None  # noqa: E731
    for cls in g.subjects(RDF.type, OWL.Class):
        if (name := local(cls)) is None:
            continue
        s.parents[name] = sorted(p for p in map(local, g.objects(cls, RDFS.subClassOf)) if p)
        if (label := g.value(cls, ann["graphLabel"])) is not None:
            s.graph_labels[name] = str(label)
        if g.value(cls, ann["nodeTable"]) is not None and g.value(cls, ann["nodeTable"]).toPython() is True:
            s.tables.add(name)
    for prop in (*g.subjects(RDF.type, OWL.ObjectProperty), *g.subjects(RDF.type, OWL.DatatypeProperty)):
        supers = sorted(str(p) for p in g.objects(prop, RDFS.subPropertyOf) if str(p).startswith(SKOS))
        if supers and (name := local(prop)) is not None:
            s.skos_supers[name] = supers
    for prop in g.subjects(RDF.type, OWL.ObjectProperty):
        if (name := local(prop)) is not None:
            s.object_properties.add(name)
            if (rel := g.value(prop, ann["relationshipType"])) is not None:
                s.relationships[name] = str(rel)
            for attr, pred in ((s.domains, RDFS.domain), (s.ranges, RDFS.range)):
                if (c := local(g.value(prop, pred))) is not None:
                    attr[name] = c
    for prop in g.subjects(RDF.type, OWL.DatatypeProperty):
        if (name := local(prop)) is None:
            continue
        s.keys[name] = str(g.value(prop, ann["propertyKey"]) or name)
        rng = g.value(prop, RDFS.range)
        s.datatypes[name] = str(rng)[len(XSD):] if rng is not None and str(rng).startswith(XSD) else "string"
        if g.value(prop, ann["listValued"]) is not None and g.value(prop, ann["listValued"]).toPython() is True:
            s.list_valued.add(name)
    return s
