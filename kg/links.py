"""Links a reader draws from one sentence between extracted records.

* ``locatedIn``: a project or programme to a place named in the same clause
  before it or inside its name (支持开阳、息烽建设磷氟精深加工基地);
* ``carriedOutBy``: a project to an enterprise or institution named likewise
  (奇瑞“2+1”基地, 推动宁德时代新能源电池贵州基地建设);
* ``measures``: a target to the project or programme its clause names last
  before the number (贵铝3万吨铝箔项目建成投产 → the project);
* ``involves``/``mentions``: a commitment to the organizations, and to the
  projects, programmes and places, named in its span;
* ``baseline``: a target of the plan year to the result the report gives for
  the year before, on the same canonical indicator, measure and unit
  (地区生产总值增长5.5%左右 → 地区生产总值增长5.2%): the bar it is set against.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from typing import Sequence

from .entities import GROUP, ORGANIZATION, PLACE, PROJECT, AGENCY
from .indicators import EXACT, canonical
from .quantities import clauses
from .records import ACHIEVEMENT, TARGET, Commitment, Document, Entity, Link, Mention, Quantity


def extract_links(doc: Document, quantities: Sequence[Quantity], entities: Sequence[Entity],
                  commitments: Sequence[Commitment]) -> list[Link]:
    """Every link, deduplicated, in a stable order."""
    owner = {m: i for i, e in enumerate(entities) for m in e.mentions}
    mentions = sorted(owner, key=lambda m: (m.start, m.end, m.cls))
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence_start, []).append(m)
    links: set[Link] = set()
    for sent in doc.sentences:
        in_sent = by_sentence.get(sent.start)
        if not in_sent:
            continue
        for c_start, c_end in clauses(doc.text, sent.start, sent.end):
            here = [m for m in in_sent if c_start <= m.start < c_end]
            links.update(_clause_links(here, owner, entities))
    links.update(_measures(quantities, mentions, owner))
    links.update(_commitment_links(commitments, mentions, owner))
    links.update(_baselines(doc, quantities))
    return sorted(links, key=lambda l: (l.prop, l.source, l.target))


def _clause_links(here: list[Mention], owner: dict, entities: Sequence[Entity]) -> set[Link]:
    out = set()
    for m in here:
        if GROUP[m.cls] != PROJECT:
            continue
        src = ("entity", owner[m])
        for other in here:
            if other.start >= m.end or other is m:
                continue
            group = GROUP[other.cls]
            if group == PLACE:
                out.add(Link("locatedIn", src, ("entity", owner[other])))
            elif group == ORGANIZATION and other.cls != AGENCY and entities[owner[m]].cls == "Project":
                out.add(Link("carriedOutBy", src, ("entity", owner[other])))
    return out


def _measures(quantities: Sequence[Quantity], mentions: list[Mention], owner: dict) -> set[Link]:
    out = set()
    projects = sorted((m for m in mentions if GROUP[m.cls] == PROJECT), key=lambda m: m.start)
    starts = [m.start for m in projects]
    for i, q in enumerate(quantities):
        if q.kind != TARGET:
            continue
        window = projects[bisect_left(starts, q.quote_start):bisect_left(starts, q.start)]
        before = [m for m in window if m.end <= q.start]
        if before:
            out.add(Link("measures", ("quantity", i), ("entity", owner[before[-1]])))
    return out


def _commitment_links(commitments: Sequence[Commitment], mentions: list[Mention], owner: dict) -> set[Link]:
    out = set()
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    for ci, c in enumerate(commitments):
        for m in ordered[bisect_left(starts, c.start):bisect_left(starts, c.end)]:
            if m.end <= c.end:
                prop = "involves" if GROUP[m.cls] == ORGANIZATION else "mentions"
                out.add(Link(prop, ("commitment", ci), ("entity", owner[m])))
    return out


def _baselines(doc: Document, quantities: Sequence[Quantity]) -> set[Link]:
    """Each target for the report's year to every result it states for the year before on the same
    canonical indicator (an exact match), measure and unit, with a single value to compare."""
    year = doc.meta.year
    if not year:
        return set()
    results: dict[tuple, list[int]] = {}
    for j, q in enumerate(quantities):
        if q.kind == ACHIEVEMENT and q.year == year - 1 and q.value is not None and _one_year(doc.text, q):
            code = _exact_indicator(q.indicator)
            if code:
                results.setdefault((code, q.measure, q.unit), []).append(j)
    out: set[Link] = set()
    for i, q in enumerate(quantities if results else ()):
        if q.kind == TARGET and q.year == year:
            for j in results.get((_exact_indicator(q.indicator), q.measure, q.unit), ()):
                out.add(Link("baseline", ("quantity", i), ("quantity", j)))
    return out


# a result over several years (年均增长9.3%, 累计新增城镇就业5870万人) is no one year's bar
_OVER_YEARS = re.compile(r"年均|累计|平均每年|每年平均")


def _one_year(text: str, q: Quantity) -> bool:
    """Whether the words that lead to the number, from the clause's last comma, state one year's figure."""
    lead = max([q.quote_start] + [text.rfind(sep, q.quote_start, q.start) + 1 for sep in "、，；"])
    return not _OVER_YEARS.search(text, lead, q.start)


def _exact_indicator(label: str) -> str:
    match = canonical(label)
    return match[0] if match and match[1] == EXACT else ""
