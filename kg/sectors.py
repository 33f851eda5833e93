"""Sectors: sort facts into the SKOS sector scheme of ``ontology/sectors.ttl``.

The scheme's hidden labels are the keywords; the task heading counts twice,
the fact's own indicator once, and the sector with most hits wins (ties go to
the indicator's own words, then to the first sector by IRI). The table is data, not code.

>>> classify("城镇新增就业", "（十）全力抓民生、暖民心")
'livelihood'
>>> classify("地区生产总值", "")
'economy'
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from .schema import GWR, ONTOLOGY_DIR


@lru_cache(maxsize=1)
def sector_keywords() -> list[tuple[str, str, list[str]]]:
    """(notation, Chinese label, keywords) per sector, sorted by IRI so ties break the same way every run."""
    import rdflib
    from rdflib.namespace import SKOS
    g = rdflib.Graph().parse(ONTOLOGY_DIR / "sectors.ttl", format="turtle")
    out = []
    for s in sorted(g.subjects(rdflib.RDF.type, rdflib.URIRef(GWR + "Sector"))):
        words = sorted({str(w) for w in g.objects(s, SKOS.hiddenLabel)}, key=len, reverse=True)
        label = next((str(x) for x in g.objects(s, SKOS.prefLabel) if x.language == "zh"), "")
        out.append((str(g.value(s, SKOS.notation)), label, words))
    return out


@lru_cache(maxsize=1)
def _automaton():
    import ahocorasick
    a = ahocorasick.Automaton()
    for notation, _, words in sector_keywords():
        for w in words:
            a.add_word(w, (w, a.get(w, (w, ()))[1] + (notation,)))
    a.make_automaton()
    return a


@lru_cache(maxsize=8192)
def _hits(text: str) -> dict[str, int]:
    """Distinct keywords of each sector that occur in ``text`` (one pass, overlaps included)."""
    counts: dict[str, int] = {}
    if not text or len(_automaton()) == 0:
        return counts
    for _, (_, notations) in {v[1][0]: v for v in _automaton().iter(text)}.values():
        for n in notations:
            counts[n] = counts.get(n, 0) + 1
    return counts


@lru_cache(maxsize=16384)
def classify(indicator: str, heading: str = "") -> Optional[str]:
    """The notation of the best sector for an indicator under a task heading, or None."""
    own_hits, heading_hits = _hits(indicator), _hits(heading)
    order = _order()
    scored = [((own_hits.get(n, 0) + 2 * heading_hits.get(n, 0), own_hits.get(n, 0)), -order[n], n)
              for n in {*own_hits, *heading_hits}]
    return max(scored)[2] if scored else None


def rank(text: str, heading: str = "", extra: int = 2) -> list[str]:
    """The primary sector of a statement under a heading, then up to ``extra`` more its own words name.

    >>> rank("新建5G基站3000个，推进智慧医院建设", "（三）大力发展数字经济")
    ['digital', 'livelihood']
    """
    primary = classify(text, heading)
    if not primary:
        return []
    more = sorted((-hits, n) for n, hits in _hits(text).items() if n != primary and hits > 0)
    return [primary, *(n for _, n in more[:extra])]


@lru_cache(maxsize=1)
def _order() -> dict[str, int]:
    """Each sector's place in the scheme: the first wins a tie."""
    return {n: i for i, (n, _, _) in enumerate(sector_keywords())}


@lru_cache(maxsize=None)
def sector_label(notation: str) -> str:
    return next(label for n, label, _ in sector_keywords() if n == notation)


def sector_iri(notation: str) -> str:
    return f"{GWR}sector-{notation}"

