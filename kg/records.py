"""Typed records that flow from the segmenter and extractors to the graph model.

Every record that quotes the report carries ``start``/``end`` character offsets
into :attr:`Document.text`, so that ``text[start:end] == quote`` always holds.
Offsets count Unicode code points (Python string indices), as the W3C Web
Annotation ``TextPositionSelector`` does.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


@dataclass(frozen=True)
class Span:
    """A stretch of the report text."""

    start: int
    end: int
    text: str


# --- structure -------------------------------------------------------------

#: Roles a part of a report can play.
REVIEW = "review"          # review of the past year / period
PLAN = "plan"              # this year's work
OUTLOOK = "outlook"        # multi-year plan (e.g. “十五五”时期目标任务)
GOVERNMENT = "government"  # the government's own conduct (政府自身建设)
OTHER = "other"            # preamble, annexes, glossary

PART_ROLES = (REVIEW, PLAN, OUTLOOK, GOVERNMENT, OTHER)


@dataclass
class Section:
    """A part (一、…) or a task inside a part (（一）…).

    ``number`` is the section's place as the gold files write it: ``"2"`` for
    part 二, ``"2.4"`` for task （四） of part 二, ``"2.0"`` for the part's
    lead-in before its first task.
    """

    kind: str                # "part" | "task"
    number: str
    title: str
    start: int
    end: int
    title_start: int
    title_end: int
    role: str = OTHER
    parent: Optional[str] = None   # number of the enclosing part, for tasks


@dataclass
class Theme:
    """The lead sentence of a paragraph, such as 狠抓产业基地建设。"""

    title: str
    start: int
    end: int
    section: str


@dataclass
class Sentence:
    text: str
    start: int
    end: int
    section: str             # number of the innermost section
    role: str                # role of the enclosing part
    theme: Optional[str] = None


@dataclass
class ReportMeta:
    title: str = ""
    region: str = ""
    level: str = ""          # national | provincial | city | county | district
    year: Optional[int] = None
    session: str = ""
    date: str = ""           # ISO date the report was delivered
    speaker: str = ""
    source: str = ""         # publisher as stated (来源)


@dataclass
class Document:
    """A segmented report: the text and its structure."""

    text: str
    path: str
    meta: ReportMeta
    sections: list[Section] = field(default_factory=list)
    themes: list[Theme] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # the sentences of a glossary after the last part: read for names only, not for targets or results
    glossary: list[Sentence] = field(default_factory=list)


# --- extracted facts -------------------------------------------------------

TARGET = "target"
ACHIEVEMENT = "achievement"

LEVEL = "level"
CHANGE = "change"


@dataclass
class Quantity:
    """A number that quantifies a goal (``kind == TARGET``) or a result."""

    kind: str                 # TARGET | ACHIEVEMENT
    indicator: str            # what is measured, shared subject written out
    value: Optional[float]    # the number as written (None for a range)
    unit: str                 # unit as written, multiplier included ("万人")
    measure: str              # LEVEL | CHANGE
    comparator: str           # controlled: approx, atLeast, moreThan, atMost, lessThan, exact, range
    qualifier: str            # the hedge as written ("左右", "以上", "")
    start: int                # span of the number expression itself
    end: int
    quote: str                # the clause that carries the number
    quote_start: int
    quote_end: int
    section: str
    sentence_start: int
    lower: Optional[float] = None   # for ranges
    upper: Optional[float] = None
    norm_value: Optional[float] = None   # multiplier folded (1.2万套 -> 12000)
    norm_unit: str = ""                  # unit without multiplier ("套")
    year: Optional[int] = None           # the year the figure refers to
    strength: str = ""                   # firm | aspirational | ""
    theme: Optional[str] = None
    expression: str = ""                 # the number as written with unit


# --- named things ----------------------------------------------------------

@dataclass(frozen=True)
class Mention:
    """A name as written at one place in the report (``text[start:end] == name``)."""

    cls: str                  # ontology class: Project, Programme, Enterprise, AdministrativeArea…
    name: str
    start: int
    end: int
    sentence_start: int
    key: str = ""             # what aliases resolve to: "code:520121", "lex:贵州铝厂", or "" (by name)
    section: str = ""
    nested: bool = False      # inside a longer name of another kind (贵州 in 贵州大学)


@dataclass(frozen=True)
class Entity:
    """One real thing within a report, with every mention of it."""

    cls: str
    name: str                 # preferred name (official division name, gazetteer entry, longest form)
    aliases: tuple[str, ...]  # other spellings in the report
    mentions: tuple[Mention, ...]
    code: str = ""            # GB/T 2260 code for administrative areas
    known_as: str = ""        # what names it in every report: the division's official name, the gazetteer's entry
    known_aliases: tuple[str, ...] = ()   # that name's other forms: the division's short name, the entry's aliases


@dataclass
class Commitment:
    """One clause-level measure of the plan: 建成开通轨道交通S1线一期."""

    text: str
    start: int
    end: int
    section: str
    theme: Optional[str] = None
    strength: str = ""                      # firm | aspirational | ""
    targets: list[int] = field(default_factory=list)     # indexes into the quantities list


@dataclass(frozen=True)
class Link:
    """A relation a reader draws from one sentence, between two extracted records.

    ``source`` and ``target`` are ``(kind, index)`` pairs: kind ``"entity"``
    indexes the report's entities, ``"quantity"`` its quantities,
    ``"commitment"`` its commitments.
    """

    prop: str                 # ontology object property: locatedIn, carriedOutBy, measures, involves, mentions, baseline
    source: tuple[str, int]
    target: tuple[str, int]
