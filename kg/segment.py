"""Segment a report into parts, tasks, themes and sentences with offsets.

Work reports are built the same way across regions and years: parts headed
``一、…`` (sometimes in bold Markdown), numbered tasks ``（一）…`` inside a
part, paragraphs that open with a short theme sentence (``狠抓产业基地建设。``),
and sentences ending in 。！？. Each part plays a role — a review of the past,
this year's work, a multi-year outlook — that decides whether its numbers are
achievements or targets.

>>> doc = segment("一、2023年工作回顾\\n增长6%。\\n二、2024年主要任务\\n增长5%。", "x.txt")
>>> [(s.number, s.role) for s in doc.sections]
[('1', 'review'), ('2', 'plan')]
"""
from __future__ import annotations

import re
from typing import Optional

from .records import (GOVERNMENT, OTHER, OUTLOOK, PLAN, REVIEW, Document,
                      ReportMeta, Section, Sentence, Theme)

CN_DIGITS = "一二三四五六七八九十"

# indents are any spaces but newlines: reports indent headings with U+3000, U+2003, NBSP…
_PART_RE = re.compile(
    r"^(?:[^\S\n]|[#*])*(?P<num>[一二三四五六七八九十]{1,3})[、.．]\s*(?P<title>[^\n]{1,80}?)(?:[^\S\n]|\*)*$",
    re.M)
_TASK_RE = re.compile(r"^(?:[^\S\n]|\*)*[（(](?P<num>[一二三四五六七八九十]{1,3})[）)]", re.M)
_SENTENCE_END = re.compile(r"[。！？!?]+[”’」』]?|\n+")

_REVIEW_WORDS = ("回顾", "总结", "成就", "过去一年", "过去五年", "取得的成绩")
_OUTLOOK_WORDS = ("十五五", "十六五", "十四五”时期主要目标", "十四五”时期的主要", "主要考虑",
                  "把握的重", "远景", "五年规划")
_PLAN_WORDS = ("工作安排", "重点工作", "主要任务", "工作任务", "工作目标", "主要目标",
               "预期目标", "年工作", "今年", "总体要求")
# the first year of a plan period: a part about the new plan's start is this year's work
_START_WORDS = ("开好局", "起好步", "开局之年")
_GOVERNMENT_WORDS = ("政府自身建设", "政府治理", "政府建设", "法治政府", "服务型政府",
                     "人民满意的政府", "政府工作各方面", "转作风")


def cn_number(s: str) -> int:
    """Read a small Chinese numeral as used in headings.

    >>> cn_number("十二"), cn_number("二十"), cn_number("七")
    (12, 20, 7)
    """
    if s == "十":
        return 10
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (CN_DIGITS.index(tens) + 1 if tens else 1) * 10 + (
            CN_DIGITS.index(ones) + 1 if ones else 0)
    return CN_DIGITS.index(s) + 1 if s in CN_DIGITS else 0


def part_role(title: str, index: int, year: Optional[int]) -> str:
    """Guess the role of a part from its title; ``index`` counts from 1."""
    has = lambda words: any(w in title for w in words)  # noqa: E731
    if has(_GOVERNMENT_WORDS):
        return GOVERNMENT
    review = has(_REVIEW_WORDS)
    outlook = has(_OUTLOOK_WORDS)
    this_year = bool(year) and f"{year}年" in title
    if review and not (this_year and not has(("回顾",))):
        return REVIEW
    if outlook and not this_year and not has(_START_WORDS):
        return OUTLOOK
    if this_year or has(_PLAN_WORDS) or outlook:
        return PLAN
    if year and re.search(r"(19|20)\d\d年", title):
        stated = int(re.search(r"((?:19|20)\d\d)年", title).group(1))
        return REVIEW if stated < year else PLAN
    return REVIEW if index == 1 else PLAN


def find_parts(text: str, year: Optional[int]) -> list[Section]:
    """Part headings in increasing order 一、二、三… (other ``一、`` lines are lists)."""
    parts: list[Section] = []
    expected = 1
    for m in _PART_RE.finditer(text):
        title = m.group("title").strip(" *　")
        n = cn_number(m.group("num"))
        if "。" in title[:-1] or len(title) > 60 or title.endswith(("；", "，", "：", "。")):
            continue
        if n != expected and not _headless_first_part(parts, n, title, year):
            continue
        if n == 2 and not parts and m.start() > 0:
            # the report opens with part 二: what stands before it is part 一 without a heading
            parts.append(Section("part", "1", "", 0, m.start(), 0, 0, role=REVIEW))
            expected = 2
        parts.append(Section("part", str(n), title, m.start(), len(text),
                             m.start("title"), m.start("title") + len(title),
                             role=part_role(title, n, year)))
        expected += 1
    if len(parts) < 2:
        parts = _bare_parts(text, year) or parts
    for a, b in zip(parts, parts[1:]):
        a.end = b.start
    return parts


# 名词解释, 附：名词解释, 附件2 名词解释, 《政府工作报告》有关内容名词注释
_GLOSSARY_RE = re.compile(r"^[^\S\n]*(?:附件?\d*[：:]?[^\S\n]*)?(?:《[^》\n]{2,20}》有关内容)?(名词解释|名词注释|注释)[：:]?[^\S\n]*$",
                          re.M)

#: A line on its own, short, with no sentence punctuation: a heading when its words name a part.
_BARE_HEADING_RE = re.compile(r"^[^\S\n]*(?P<title>[^\n，。；：,;:！？、]{4,26}?)[^\S\n]*$", re.M)


def _bare_parts(text: str, year: Optional[int]) -> list[Section]:
    """Unnumbered part headings (2024年工作回顾 / 2025年工作安排 / 加强政府自身建设), used
    only when a report has no numbered parts; a review must come first."""
    parts: list[Section] = []
    for m in _BARE_HEADING_RE.finditer(text):
        title = m.group("title")
        if not any(w in title for w in (*_REVIEW_WORDS, *_PLAN_WORDS, *_GOVERNMENT_WORDS)):
            continue
        n = len(parts) + 1
        role = part_role(title, n, year)
        if n == 1 and role != REVIEW:
            continue
        parts.append(Section("part", str(n), title, m.start(), len(text),
                             m.start("title"), m.end("title"), role=role))
    return parts if len(parts) >= 2 else []


def preamble_roles(text: str, end: int, year: Optional[int]) -> list[tuple[int, str]]:
    """Unnumbered headings before the first numbered part, each with where it begins and the
    role it gives the lines after it.

    Some reports head their review and plan without numbers and number only the
    tasks of the year (“十四五”时期发展成就和2025年工作回顾 … “十五五”时期主要目标和2026年重点工作
    … 一、…). The lines under those headings are then read with their roles, not skipped
    as a preamble. A review must come first, as in :func:`_bare_parts`.

    >>> preamble_roles("各位代表：\\n2025年工作回顾\\n增长6%。\\n2026年重点工作\\n增长5%。\\n一、", 35, 2026)
    [(6, 'review'), (22, 'plan')]
    """
    out: list[tuple[int, str]] = []
    for m in _BARE_HEADING_RE.finditer(text, 0, end):
        title = m.group("title")
        if not any(w in title for w in (*_REVIEW_WORDS, *_PLAN_WORDS, *_OUTLOOK_WORDS)):
            continue
        role = part_role(title, len(out) + 1, year)
        if role in (REVIEW, PLAN, OUTLOOK) and (out or role == REVIEW):
            out.append((m.start(), role))
    return out


def _headless_first_part(parts: list[Section], n: int, title: str, year: Optional[int]) -> bool:
    """Some sources drop the 一、 heading; a plan-like 二、 heading then opens the parts."""
    return not parts and n == 2 and part_role(title, n, year) in (PLAN, OUTLOOK)


def find_tasks(text: str, part: Section) -> list[Section]:
    """Numbered tasks （一）（二）… inside one part, in increasing order."""
    tasks: list[Section] = []
    expected = 1
    body = text[part.start:part.end]
    for m in _TASK_RE.finditer(body):
        if cn_number(m.group("num")) != expected:
            continue
        start = part.start + m.start()
        line_end = text.find("\n", start)
        line_end = part.end if line_end < 0 or line_end > part.end else line_end
        first = re.search(r"[。！？]", text[start:line_end])
        title_end = start + first.end() if first else line_end
        title_start = part.start + m.start("num") - 1
        title = text[title_start:title_end].strip(" *　")
        tasks.append(Section("task", f"{part.number}.{expected}", title, start, part.end,
                             title_start, title_start + len(title),
                             role=part.role, parent=part.number))
        expected += 1
    for a, b in zip(tasks, tasks[1:]):
        a.end = b.start
    return tasks


def outlook_start(text: str, part: Section) -> Optional[int]:
    """Where a part that reviews one plan period and then sets the next one's goals turns to the goals.

    Under “十四五”时期发展成就和“十五五”时期主要目标任务 the review runs until the first
    paragraph that names the new period (“十五五”时期是…, 根据…第十五个五年规划的建议…).

    >>> t = "二、“十四五”时期发展成就和“十五五”时期主要目标任务\\n这五年，增长5.5%。\\n“十五五”时期，年均增长5%。\\n"
    >>> part = Section("part", "2", "“十四五”时期发展成就和“十五五”时期主要目标任务", 0, len(t), 2, 27, role="review")
    >>> t[outlook_start(t, part):].splitlines()[0]
    '“十五五”时期，年均增长5%。'
    """
    if part.role != REVIEW:
        return None
    review = min((part.title.find(w) for w in _REVIEW_WORDS if w in part.title), default=-1)
    new = _NEXT_PERIOD.search(part.title, review + 1) if review >= 0 else None
    if new is None:
        return None
    names = re.compile(f"十{new.group(1)}五|第十{new.group(1)}个五年")
    line = text.find("\n", part.title_end, part.end)
    while 0 <= line < part.end:
        end = text.find("\n", line + 1, part.end)
        end = part.end if end < 0 else end
        if names.search(text, line + 1, end):
            return line + 1
        line = end if end < part.end else -1
    return None


# the next plan period and its goals in a review part's title: …和“十五五”时期主要目标任务
_NEXT_PERIOD = re.compile(r"十([一二三四五六七八九])五[”\"]?(?:时期|规划)?.{0,4}(?:目标|任务|规划|展望)")


def split_sentences(text: str, start: int, end: int):
    """Yield ``(start, end)`` of each sentence in ``text[start:end]``, blanks dropped."""
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        stop = m.end() if not m.group().startswith("\n") else m.start()
        s, e = trim(text, pos, stop)
        if e > s:
            yield s, e
        pos = m.end()
    s, e = trim(text, pos, end)
    if e > s:
        yield s, e


def trim(text: str, s: int, e: int, lead: str = " \t　*#>\n—-", tail: str = " \t　*\n") -> tuple[int, int]:
    """The span without the ``lead`` characters at its start and the ``tail`` ones at its end."""
    while s < e and text[s] in lead:
        s += 1
    while e > s and text[e - 1] in tail:
        e -= 1
    return s, e


def find_themes(text: str, sentences: list[Sentence]) -> list[Theme]:
    """The short lead sentence of a paragraph in a plan part (狠抓产业基地建设。)."""
    themes = []
    for sent in sentences:
        line_start = text.rfind("\n", 0, sent.start) + 1
        lead = text[line_start:sent.start].strip(" \t　*")
        if lead or sent.role == REVIEW or not sent.text.endswith("。") or sent.text[0] in "（(":
            continue
        if len(sent.text) <= 24 and not re.search(r"\d", sent.text) and "，" not in sent.text:
            para_end = text.find("\n", sent.end)
            if para_end < 0 or para_end - sent.end > 10:
                themes.append(Theme(sent.text.rstrip("。"), sent.start, sent.end, sent.section))
    return themes


def segment(text: str, path: str = "", meta: Optional[ReportMeta] = None) -> Document:
    """Split ``text`` into sections and sentences; roles come from part titles."""
    meta = meta or ReportMeta()
    doc = Document(text=text, path=path, meta=meta)
    parts = find_parts(text, meta.year)
    if not parts:
        doc.warnings.append("no part headings (一、…) found; every number is read by its "
                            "own sentence's tense (best effort)")
    elif (glossary := _GLOSSARY_RE.search(text, parts[-1].title_end)) is not None:
        # a glossary explains terms; its numbers are not the report's targets or results,
        # but the works and bodies it names are the report's (四川 2026: 都江堰灌区, 川藏走廊…)
        parts[-1].end = glossary.start()
        doc.glossary = [Sentence(text[s:e], s, e, "", OTHER) for s, e in split_sentences(text, glossary.end(), len(text))]
        doc.warnings.append(f"the {glossary.group(1)} after the last part ({len(text) - glossary.start()} "
                            "characters) is read for names only, not for targets or results")
    sections: list[Section] = []
    turns: dict[str, int] = {}
    for part in parts:
        sections.append(part)
        tasks = find_tasks(text, part)
        turn = outlook_start(text, part)
        if turn is not None:
            turns[part.number] = turn
            for task in tasks:
                if task.start >= turn:
                    task.role = OUTLOOK
        sections.extend(tasks)
    doc.sections = sections
    preamble = preamble_roles(text, parts[0].start, meta.year) if parts else []
    doc.sentences = list(_sentences(text, parts, sections, preamble, turns))
    doc.themes = find_themes(text, doc.sentences)
    _attach_themes(doc)
    return doc


def _sentences(text: str, parts: list[Section], sections: list[Section], preamble=(), turns=None):
    opening = parts[0].start if parts else len(text)
    starts = [0, *(start for start, _ in preamble), opening]
    roles = [OTHER if parts else PLAN, *(role for _, role in preamble)]
    bounds = [(a, b, "0", role) for a, b, role in zip(starts, starts[1:], roles)]
    for part in parts:
        inner = [s for s in sections if s.parent == part.number]
        first = inner[0].start if inner else part.end
        turn = (turns or {}).get(part.number, first)
        if part.title_end < turn < first:           # a review that turns to the next period's goals
            bounds.append((part.title_end, turn, f"{part.number}.0", part.role))
            bounds.append((turn, first, f"{part.number}.0", OUTLOOK))
        else:
            bounds.append((part.title_end, first, f"{part.number}.0", part.role))
        bounds.extend((t.start, t.end, t.number, t.role) for t in inner)
    for start, end, number, role in bounds:
        for s, e in split_sentences(text, start, end):
            yield Sentence(text[s:e], s, e, number, role)


def _attach_themes(doc: Document) -> None:
    themes = sorted(doc.themes, key=lambda t: t.start)
    i, current = 0, None
    for sent in doc.sentences:
        while i < len(themes) and themes[i].start <= sent.start:
            current = themes[i]
            i += 1
        if current and current.section == sent.section:
            para_start = doc.text.rfind("\n", 0, sent.start)
            if para_start <= current.start:
                sent.theme = current.title
