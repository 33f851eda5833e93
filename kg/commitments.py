"""Commitments: the clause-level measures of the plan, each with its targets.

A sentence of the plan parts is cut into clauses (at ，；： outside quotes). A
clause that opens with an action (推进, 建设, 打造, 支持, 实施, 新增, 建成,
力争…, after at most a couple of adverbs) starts a commitment; a clause
without one continues the commitment before it (它的对象、数量或地点), or
starts one when it carries a target itself (地区生产总值增长5.5%左右).
Paragraph lead sentences (狠抓产业基地建设。) are themes, not commitments.
Every target ends up under a commitment: one that no action clause holds
becomes a commitment of its own clause.

>>> from kg.build import analyse
>>> from kg.quantities import extract_quantities
>>> doc = analyse("二、2024年工作安排\\n（一）抓产业\\n新收储工业用地8000亩，建成开通轨道交通S1线一期，推动项目建设提速。")
>>> [c.text for c in extract_commitments(doc, extract_quantities(doc))]
['新收储工业用地8000亩', '建成开通轨道交通S1线一期', '推动项目建设提速']
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Iterable, Sequence

from .quantities import clauses
from .records import GOVERNMENT, OUTLOOK, PLAN, TARGET, Commitment, Document, Quantity, Sentence
from .segment import trim

_ACTIONS = tuple(sorted(set("""
推进 推动 建设 打造 支持 实施 新增 建成 力争 确保 争取 加快 开展 深化 完善 提升 培育 发展 加强 强化 落实 实现
新建 开工 完成 引进 促进 扩大 稳定 稳住 优化 健全 创建 争创 启动 抓好 做好 办好 用好 坚持 聚焦 围绕 实行 推行 出台
制定 组织 举办 保障 保持 守住 筑牢 压实 构建 形成 布局 建立 设立 组建 改造 提质 升级 招引 引导 鼓励 统筹 协调
巩固 拓展 探索 开通 投用 收储 盘活 处置 化解 防范 治理 整治 修复 保护 新开工 续建 谋划 储备 申报 创新 提高 降低
减少 增加 扩容 提速 延伸 承接 吸引 服务 用活 激活 释放 激发 挖掘 补齐 补强 壮大 做强 做优 做大 做实 夯实 织密 兜牢
兜住 守牢 严格 严守 严厉 严防 全力 全面 持续 深入 大力 积极 着力 加大 突出 确立 力促 支撑 带动 助力 赋能 开拓 拓宽
办成 解决 缓解 满足 完成 改革 开放 推广 普及 落地 投产 达产 转型 培养 建好 管好 打好 打赢 打通 贯通 联通 连通
""".split()), key=len, reverse=True))
_ADVERBS = ("进一步", "全力", "大力", "加快", "持续", "深入", "积极", "着力", "全面", "扎实", "坚决", "切实", "稳步",
            "不断", "努力", "主动", "重点", "统筹", "同步", "有序", "加速", "高标准", "高质量", "高水平", "继续", "要", "将", "还要", "同时")
# a verb of two or more characters within the first six, whatever comes before it
_ACTION_NEAR_START = re.compile("|".join(a for a in _ACTIONS if len(a) > 1))
_FIRM = re.compile(r"确保|必须|坚决|务必|一定")
_ASPIRATIONAL = re.compile(r"力争|争取|努力|力促")
_PLAN_ROLES = (PLAN, OUTLOOK, GOVERNMENT)
_MARKUP = " \t　*#"


def extract_commitments(doc: Document, quantities: Sequence[Quantity]) -> list[Commitment]:
    """The commitments of the plan parts, in text order, with the targets each holds."""
    themes = {(t.start, t.end) for t in doc.themes}
    titles = sorted((s.title_start, s.title_end) for s in doc.sections)
    target_starts = sorted(q.start for q in quantities if q.kind == TARGET)
    out: list[Commitment] = []
    for sent in doc.sentences:
        if sent.role in _PLAN_ROLES and (sent.start, sent.end) not in themes and not _overlaps(titles, sent):
            starts = target_starts[bisect_left(target_starts, sent.start):bisect_left(target_starts, sent.end)]
            out.extend(_sentence_commitments(doc.text, sent, starts))
    _attach_targets(out, quantities)
    out.extend(_target_commitments(quantities, out))
    out.sort(key=lambda c: (c.start, c.end))
    for c in out:
        c.strength = strength(c.text)
    return out


def _overlaps(spans: list[tuple[int, int]], sent: Sentence) -> bool:
    """Whether any of the sorted, disjoint ``spans`` overlaps the sentence."""
    i = bisect_left(spans, (sent.end,))
    return i > 0 and spans[i - 1][1] > sent.start


def _sentence_commitments(text: str, sent: Sentence, target_starts: list[int]) -> Iterable[Commitment]:
    current = None
    for start, end in clauses(text, sent.start, sent.end):
        start, end = trim(text, start, end, lead=_MARKUP, tail=_MARKUP)
        if end <= start:
            continue
        clause = text[start:end]
        acts = _opens_with_action(clause)
        has_target = any(start <= p < end for p in target_starts)
        if acts or (has_target and current is None) or (has_target and not _continues(clause)):
            if current:
                yield current
            current = Commitment(clause, start, end, sent.section, sent.theme)
        elif current is not None:
            current.end = end
            current.text = text[current.start:end]
    if current:
        yield current


def _opens_with_action(clause: str) -> bool:
    """True when the clause opens with an action verb, allowing a couple of adverbs before it."""
    rest = clause
    for _ in range(3):
        if rest.startswith(_ACTIONS):
            return True
        adverb = next((a for a in _ADVERBS if rest.startswith(a)), None)
        if not adverb:
            break
        rest = rest[len(adverb):]
    return rest.startswith(_ACTIONS) or _ACTION_NEAR_START.search(clause, 0, 6) is not None


def _continues(clause: str) -> bool:
    """A clause that shares the previous one's verb: 分别…、…, 其中…, or a bare object with its number."""
    return clause.startswith(("其中", "分别", "以及", "和", "及", "并"))


def _attach_targets(commitments: list[Commitment], quantities: Sequence[Quantity]) -> None:
    """Each target to the commitment whose span holds it (commitments are in text order, disjoint)."""
    starts = [c.start for c in commitments]
    for i, q in enumerate(quantities):
        if q.kind != TARGET:
            continue
        k = bisect_right(starts, q.start) - 1
        if k >= 0 and q.start < commitments[k].end:
            commitments[k].targets.append(i)


def _target_commitments(quantities: Sequence[Quantity], have: list[Commitment]) -> list[Commitment]:
    """A commitment for each target that no action clause holds, from the target's own quote."""
    held = {i for c in have for i in c.targets}
    out: dict[tuple[int, int], Commitment] = {}
    for i, q in enumerate(quantities):
        if q.kind == TARGET and i not in held:
            key = (q.quote_start, q.quote_end)
            c = out.setdefault(key, Commitment(q.quote, q.quote_start, q.quote_end, q.section, q.theme))
            c.targets.append(i)
    return list(out.values())


def strength(text: str) -> str:
    """firm for 确保/必须…, aspirational for 力争/争取…, else empty.

    >>> strength("力争新增规上工业企业150家"), strength("确保粮食产量稳定"), strength("推进项目建设")
    ('aspirational', 'firm', '')
    """
    if _FIRM.search(text):
        return "firm"
    if _ASPIRATIONAL.search(text):
        return "aspirational"
    return ""
