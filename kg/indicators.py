"""Canonical indicators: link a report's indicator wording to the SKOS scheme of ``ontology/indicators.ttl``.

Reports word the same statistic many ways (生产总值, 全省生产总值, 国内生产总值,
GDP). :func:`canonical` normalises a label and looks it up among the scheme's
labels; every wording is data in the scheme, the code knows only how Chinese
indicator phrases are padded:

- full-width forms, spaces and quotation marks are folded (ＧＤＰ → GDP);
- scope prefixes that name the whole reporting region (全省, 全市, 全区, 全县, 全国, 我省,
  本市, 全社会…), a leading year (2024年, 全年) and framing verbs (实现, 完成, 提出…);
- trailing words of the measure rather than the statistic (增长, 涨幅, 同口径, 实际…)
  and residue of a number the extractor took out (粮食产量稳定在…亿斤以上 → 粮食产量斤以上).

A wording the scheme lists as a preferred, alternative or hidden label is an exact
match; one it lists as ``gwr:narrowerLabel`` is a broad match. A label that ends
in a preferred or alternative label after a qualifier naming a part
(区本级固定资产投资, 生产性服务业增加值) is a broad match too; a qualifier that makes
a different statistic (占, 人均, 亩均, 单位, 比, a count…) is not. No rule names a report.

>>> canonical("全省生产总值")
('gdp', 'exact')
>>> canonical("ＧＤＰ")
('gdp', 'exact')
>>> canonical("居民消费价格指数涨幅")
('cpi', 'exact')
>>> canonical("粮食产量斤以上")
('grain-output', 'exact')
>>> canonical("区本级固定资产投资")
('fixed-asset-investment', 'broad')
>>> canonical("城乡居民人均可支配收入")
('disposable-income', 'broad')
>>> canonical("数字经济占地区生产总值比重") is None
True
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Optional

from .schema import GWR, ONTOLOGY_DIR

EXACT, BROAD = "exact", "broad"

#: Words before the statistic that name the whole reporting region, the year, or frame the clause.
PREFIXES = (
    "全自治区", "全省", "全市", "全区", "全县", "全州", "全盟", "全旗", "全国", "全社会",
    "我国", "我省", "我市", "我区", "我县", "我州", "本省", "本市", "本区", "本县",
    "全年", "今年", "年", "预计", "其中",
    "实现", "完成", "提出", "把", "力争", "确保", "拟安排", "安排", "保持", "推动", "促进",
)
#: Words after the statistic that belong to the measure, and residue of a removed number.
SUFFIXES = (
    "预期目标", "预期", "目标", "按可比口径", "可比口径", "同口径", "比上年", "年均",
    "增长", "增速", "增幅", "涨幅", "上涨", "实际", "名义", "达到", "突破", "大关",
    "稳定在", "保持在", "继续", "以上", "左右", "以内", "亿斤", "万吨", "斤", "从", "由",
    "微克/立方米", "个百分点", "安排", "拟按", "按", "总量",
)
#: A qualifier holding one of these makes a different statistic, not a part of the head's.
FOREIGN = ("占", "比", "相当于", "均", "单位", "每", "率", "的", "与", "和", "、", "及", "或", "除", "出境", "出口", "进口",
           *"0123456789")
#: Heads shorter than this are too generic to match inside a longer label (经济, 出口).
MIN_HEAD = 4

_YEAR = re.compile(r"^(?:19|20)\d\d年(?:度)?")
_DIGITS = re.compile(r"[\d.]+$")
_DROP = re.compile(r"[\s“”\"'‘’《》「」『』]+")


def normalise(label: str) -> str:
    """Fold full-width forms and drop spaces and quotation marks.

    >>> normalise(" 地区生产总值（ＧＤＰ） ")
    '地区生产总值(GDP)'
    """
    return _DROP.sub("", unicodedata.normalize("NFKC", label or ""))


@lru_cache(maxsize=1)
def scheme() -> dict[str, tuple[str, str, str, str, str]]:
    """notation -> (IRI, Chinese label, English label, unit family, polarity), sorted by notation."""
    g = _graph()
    from rdflib.namespace import SKOS
    out = {}
    for s in _concepts(g):
        labels = {x.language: str(x) for x in g.objects(s, SKOS.prefLabel)}
        family, polarity = g.value(s, _gwr("unitFamily")), g.value(s, _gwr("polarity"))
        out[str(g.value(s, SKOS.notation))] = (str(s), labels.get("zh", ""), labels.get("en", ""),
                                               str(family or ""), str(polarity or ""))
    return dict(sorted(out.items()))


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, tuple[str, str]], list[tuple[str, str]]]:
    """(normalised wording -> (notation, match), heads longest first as (wording, notation))."""
    from rdflib.namespace import SKOS
    g = _graph()
    words: dict[str, tuple[str, str]] = {}
    heads: list[tuple[str, str]] = []
    for s in _concepts(g):
        code = str(g.value(s, SKOS.notation))
        for pred, match in ((SKOS.prefLabel, EXACT), (SKOS.altLabel, EXACT), (SKOS.hiddenLabel, EXACT),
                            (_gwr("narrowerLabel"), BROAD)):
            for lit in g.objects(s, pred):
                if getattr(lit, "language", None) == "en":
                    continue
                w = normalise(str(lit))
                if words.setdefault(w, (code, match)) != (code, match):
                    raise ValueError(f"indicators.ttl: {w!r} is a wording of {words[w][0]} and {code}")
                if pred in (SKOS.prefLabel, SKOS.altLabel) and len(w) >= MIN_HEAD:
                    heads.append((w, code))
    heads.sort(key=lambda h: (-len(h[0]), h[0]))
    return words, heads


@lru_cache(maxsize=1)
def _graph():
    import rdflib
    return rdflib.Graph().parse(ONTOLOGY_DIR / "indicators.ttl", format="turtle")


def _concepts(g) -> list:
    import rdflib
    return sorted(g.subjects(rdflib.RDF.type, _gwr("CanonicalIndicator")))


def _gwr(name: str):
    import rdflib
    return rdflib.URIRef(GWR + name)


def _forms(label: str) -> list[str]:
    """The label, then what is left after padding is peeled off, one word at a time (shortest last)."""
    form = normalise(label)
    out = [form]
    while True:
        before = form
        form = _YEAR.sub("", form)
        form = next((form[len(p):] for p in PREFIXES if form.startswith(p) and len(form) > len(p)), form)
        form = _DIGITS.sub("", form) or form
        form = next((form[:-len(x)] for x in SUFFIXES if form.endswith(x) and len(form) > len(x)), form)
        if form == before:
            return out
        out.append(form)


@lru_cache(maxsize=16384)
def canonical(label: str) -> Optional[tuple[str, str]]:
    """(notation, "exact" or "broad") of the canonical indicator a report label measures, or None."""
    words = _tables()[0]
    forms = _forms(label)
    for form in forms:
        if form in words:
            return words[form]
    for form in forms:
        for size, table in _heads_by_length():            # the longest head a form ends in decides
            code = table.get(form[-size:]) if size < len(form) else None
            if code is not None:
                if not any(w in form[:-size] for w in FOREIGN):
                    return code, BROAD
                break
    return None


@lru_cache(maxsize=1)
def _heads_by_length() -> list[tuple[int, dict[str, str]]]:
    """The heads of :func:`_tables` as one lookup table per length, longest first."""
    out: dict[int, dict[str, str]] = {}
    for head, code in _tables()[1]:
        out.setdefault(len(head), {})[head] = code
    return sorted(out.items(), reverse=True)


def canonical_iri(notation: str) -> str:
    """IRI of a canonical indicator, as the scheme names it (in the ontology namespace).

    >>> canonical_iri("gdp")
    'https://w3id.org/gwr-kg/ontology#indicator-gdp'
    """
    return scheme()[notation][0]
