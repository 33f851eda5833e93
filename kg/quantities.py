"""Numeric targets and achievements: every number that quantifies a goal or a result.

A number counts when it measures something (增长5.5%左右, 新收储工业用地8000亩,
建成5座水库), not when it names or dates something (3号线, “2+1”基地, 2019年).
Its *indicator* is read from the clause around it: the words before the number,
with hedges (力争, 全年) and predicates (增长, 达到) peeled off; the counted noun
after it when the number comes first (建成5座水库 → 建成水库); or the subject it
shares with its neighbours (农业、工业增加值分别增长4%、9% → 农业增加值, 工业增加值).

>>> from kg.segment import segment
>>> doc = segment("一、2024年主要任务\\n地区生产总值增长5.5%左右；新收储工业用地8000亩。", "x")
>>> [(q.kind, q.indicator, q.value, q.unit, q.comparator) for q in extract_quantities(doc)]
[('target', '地区生产总值', 5.5, '%', 'approximately'), ('target', '新收储工业用地', 8000.0, '亩', 'exact')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Iterator, Optional

from .numbers import CN_NUMERAL_CHARS, PER, UNITS, fold_unit, is_classifier, parse_number
from .records import (ACHIEVEMENT, CHANGE, LEVEL, OTHER, OUTLOOK, REVIEW, TARGET, Document,
                      Quantity, Sentence)

_ARABIC = r"[0-9０-９]+(?:[,，][0-9]{3})*(?:[.．][0-9０-９]+)?"
_CN_DIGITS = "[零〇一二两三四五六七八九十百千]"
# 七十二亿六千万 and 三万五千 whole (they were read as two numbers; a 千 that begins a unit stays
# with it), then 一百五十九亿, then 两亿
# the last character of a bound a bare magnitude may follow (突破万亿元, 超千项, 近万家, 超过千亿元;
# not 过百万人口的城市, 百倍的仇恨)
_BEFORE_BARE_MAGNITUDE = "超逾近破到达约"
_BARE_MAGNITUDE_AFTER = re.compile(rf"(?:[{_BEFORE_BARE_MAGNITUDE}]|超过|跨过|越过)$")
# units that are no unit where they begin a word: 成 (three tenths) in 500万成为特大城市, 成功, 成果;
# 台 in 迈上1200亿台阶
_WORD_AFTER_UNIT = {"成": "为功员果本交立长熟效绩就都渝片型", "台": "阶"}
# 千 begins these units (千瓦, 千伏, 千米…): there it is no multiplier
_KILO_UNIT_NEXT = "瓦伏米克升卡兆焦"
_CHINESE = (rf"{_CN_DIGITS}+亿{_CN_DIGITS}+万|{_CN_DIGITS}+[万亿]{_CN_DIGITS}+(?![瓦克米升伏卡])"   # not 四百零六万|千瓦
            rf"|{_CN_DIGITS}*[十百千]{_CN_DIGITS}*[万亿]?|[一二两三四五六七八九][万亿]"
            rf"|(?:(?<=[{_BEFORE_BARE_MAGNITUDE}])|(?<=超过|跨过|越过))[百千万](?=[万亿]?[\u4e00-\u9fff])"
            # tenths after a bound: 超过四成, 近六成, 占七成 (not 一成不变)
            rf"|(?<=[近超约达占逾过到])[一二两三四五六七八九](?=成(?![{_WORD_AFTER_UNIT['成']}]))")
_THRESHOLD_WORDS = ("超", "超过", "以上", "突破", "逾")
# a Latin unit ends where the Latin word does: 9.4万P of computing power, not 5P2P
_UNIT = "|".join(re.escape(u) + (f"(?![{_WORD_AFTER_UNIT[u]}])" if u in _WORD_AFTER_UNIT else
                                 "(?![A-Za-z0-9])" if u.isascii() else "") for u in UNITS)
# 千 after Arabic digits is a multiplier the unit keeps (9千亿元, 5千多户; not folded, as the
# gold files do not fold it), except where it begins a unit (500千瓦, 750千伏)
_MULT = rf"万亿|亿|万|千亿|千万|千(?![{_KILO_UNIT_NEXT}])"
# Arabic digits with Chinese magnitudes inside: 1万6千多户, 1亿3千万
_MIXED = rf"[0-9]+(?:万[0-9]千(?![{_KILO_UNIT_NEXT}])|亿[0-9]千万)"
_NUMBER_RE = re.compile(
    rf"(?P<num>{_MIXED}|{_ARABIC}|{_CHINESE})"
    rf"(?:\s*[—–\-－~～至到]\s*(?P<num2>{_ARABIC})(?=\s*(?:{_MULT})?(?:%|％|{_UNIT})))?"
    rf"(?P<approx>多|余)?"
    rf"(?P<pct>%|％|‰)?"
    rf"(?P<mult>{_MULT})?"
    rf"(?P<approx2>多|余)?"
    rf"(?P<unit>{_UNIT})?"
    rf"(?P<per>{'|'.join(re.escape(p) for p in PER)})?")
# what every number _NUMBER_RE reads holds: a digit, 十百千万亿, or tenths (六成; 一 alone is no number)
_ANY_NUMBER = re.compile(r"[0-9０-９十百千万亿]|[一二两三四五六七八九]成")
_RANGE_PCT_RE = re.compile(rf"(?P<num>{_ARABIC})%\s*[—–\-－~～至到]\s*(?P<num2>{_ARABIC})%")

_CLAUSE_END = "，,；;：:。！？!?\n"
_CLAUSE_MARKS = re.compile("[“「『(（”」』)）" + re.escape(_CLAUSE_END) + "]")
_POST_QUALIFIERS = (("左右", "approximately"), ("以上", "atLeast"), ("以下", "atMost"),
                    ("以内", "atMost"), ("之内", "atMost"), ("上下", "approximately"))
_PRE_QUALIFIERS = (("不低于", "atLeast"), ("不少于", "atLeast"), ("不超过", "atMost"),
                   ("不高于", "atMost"), ("低于", "lessThan"), ("高于", "moreThan"),
                   ("超过", "moreThan"), ("突破", "moreThan"), ("超", "moreThan"),
                   ("逾", "moreThan"), ("接近", "approximately"), ("将近", "approximately"), ("近", "approximately"), ("约", "approximately"),
                   ("达到", "exact"), ("达", "exact"), ("控制在", "atMost"))
_CHANGE_VERBS = ("增长", "增速", "增幅", "提高", "提升", "下降", "降低", "减少", "增加",
                 "上升", "扩大", "缩小", "缩短", "回落", "上涨", "翻", "压减", "压缩", "收窄", "涨幅", "降幅", "降价")
_LEVEL_AFTER_CHANGE = ("至", "到")

# Words peeled off the front of an indicator: hedges, scope and connectives.
# (whole determiners before their first character: 各类基金 → 基金, not 类基金)
_LEAD_WORDS = ("以及", "其中", "其他", "其余", "各类", "各级", "各项", "各种", "各地", "各个", "已经", "提出了", "提出",
               "要确保", "要力争", "要争取", "要努力", "力争", "确保", "争取", "努力", "预计", "全年", "今年", "累计", "总计", "合计", "共计", "同比",
               "全市", "全省", "全区", "全县", "全州", "全盟", "全国",
               "并且", "同时", "年内", "当年", "以上", "左右", "，", "、", "和",
               "及", "与", "并", "其", "将", "再", "共", "均", "各", "分别", "的", "双双",
               "大关", "关口", "台阶")     # what is left after 突破5万关口、达到5.28万元
# What is left of a clause that has no subject of its own (年均增长12.1%, 实际增长9.8%, 从…增加到…):
# the subject is the one before.
# what follows 和 in words that begin with it and are no conjunction: 和美乡村, 和谐社区
_NOT_AND = "美谐平睦"
_AND_WORDS = tuple("和" + ch for ch in _NOT_AND)
_NO_SUBJECT = {"年", "月", "实际", "名义", "从", "由", "即"}
# words a one-character lead word begins: 共建产业园区115个 keeps 共建 (but 共|建成, in all, is peeled)
_LEAD_CHAR_WORD = re.compile(r"共(?:建(?!成|设)|享|同|治)|再生|再造|均衡")
# Predicates peeled off the end: the verb that links subject and number.
_TRAIL_WORDS = ("分别", "增至", "增加至", "增到", "减至", "减少至", "增长到", "增长至", "增长", "增速", "增幅", "提高到", "提高至", "提高", "提升至",
                "提升到", "提升", "下降到", "下降至", "下降", "降低到", "降低至", "降低", "降至",
                "降到", "减少到", "减少", "增加到", "增加至", "增加", "上升到", "上升至", "上升",
                "扩大到", "扩大至", "扩大", "缩小到", "缩小至", "缩小", "收窄至", "收窄到", "收窄",
                "压减至", "压减到", "压减", "压缩至", "压缩到", "压缩", "达到", "达", "超过", "超",
                "突破", "不低于", "不少于", "不超过", "不高于", "低于", "高于", "控制在", "保持在",
                "稳定在", "稳定", "保持", "维持在", "为", "是", "大约", "约", "接近", "将近", "近", "逾", "至", "到", "在",
                "年均", "平均", "同比", "累计", "共", "均", "各", "的", "实现", "完成", "再", "又",
                "翻", "已", "将", "规模达", "创新高", "创历史新高", "首次", "进一步",
                "持续", "稳步", "大幅", "较快", "快速",
                # hedges written after the subject: 社会消费品零售总额预计完成84亿元, 旅游人数力争突破370万人次
                "预计", "力争", "争取", "确保", "有望",
                "达到了", "增长了", "增加了", "提高了", "下降了", "减少了", "降低了",
                # a level passed: 地区生产总值历史性迈上4000亿元台阶, 经济总量连续跨过万亿元大关
                "跨越", "跨过", "跨上", "迈上", "迈过", "跃上", "站上", "登上", "连跨", "历史性", "率先",
                "在全国", "在全省", "双双", "年初",     # (智算规模从年初的400P: then 从 goes)
                "第一季度", "第二季度", "第三季度", "第四季度",     # (before 四季度: not 第 left over)
                "一季度", "二季度", "三季度", "四季度", "前三季度", "上半年", "下半年", "全年", "按")
_BASE_RE = re.compile(r"同口径|可比口径|(?:较|比|比上年|较上年|与)(?:(?:19|20)\d\d年|上年|去年|上一年|同期|年初)"
                      r"(?:同期|末|底)?|同比|环比|(?:19|20)\d\d年(?:以来|底|末)?")
# Verbs that open an indicator; what follows them is the counted object.
_ACTION_VERBS = tuple(sorted("""
新开工 开工 新建 建成 建设 改造 完工 竣工 新增 完成 实施 培育 引进 新引进 引育 打造 创建 认定 获批
开通 打通 新改建 改扩建 新改扩建 治理 整治 推广 发放 投入 安排 招引 落地 签约 开展 举办 建立 组建
设立 吸引 接待 帮助 支持 扶持 减免 启动 提质 开发 储备 收储 新收储 建成投用 建成投产 投产 投用 达产
编制 新认定 新培育 新创建 新获批 入选 获评 获得 申报 争创 改建 扩建 续建 谋划 推进 盘活 整合 转移 带动
""".split(), key=len, reverse=True))
_SUBJECT_STOP = re.compile(
    r"再次|进一步|持续|稳步|稳定|加快|不断|首次|跨过|跨上|跨越|连跨|迈上|迈过|迈入|跃上|站上|登上|跃居|跃升|位居|居于|实现|保持|"
    r"达到|突破|创出|创下|创历史|连续|大幅|明显|显著|较快|快速|有效|全面|基本|逐步|稳居|好于|高于|"
    r"低于|快于|增长|提高|提升|下降|降低|完成|(?<!自)由(?=[\d０-９])|从(?=[\d０-９])")
# 预期目标 after a comparison or a verb of fulfilment is last year's target, met or beaten (高于预期目标,
# 低于年初预期目标)
_MET = ("高于", "超过", "超出", "好于", "低于", "完成", "实现", "达到")
_FUTURE_RE = re.compile(rf"力争|确保|争取|(?<!{'|'.join(_MET)})"
                        rf"(?<!{'|'.join(w + '年初' for w in _MET)})预期目标|今年|明年|将(?!近)"
                        r"|到(?:20[2-9]\d)年|(?:20[2-9]\d)年(?:前|底前)")
_PAST_RE = re.compile(r"过去一年|过去五年|(?<![比较])去年|(?<![比较])上年(?!同期)|十四五.{0,3}时期|以来")
# a sentence that opens on a year (2012年，…; 2005年与2000年相比，…) speaks of that year
_OPENING_YEAR = re.compile(r"[\s　]*((?:19|20)\d\d)年(?!前|底前|以前|以后)")
# the end year a multi-year target is set for (到2030年, 2035年远景目标)
_BY_YEAR = re.compile(r"到((?:19|20)\d\d)年|((?:19|20)\d\d)年(?:前|底前|远景目标)")


@dataclass
class _Hit:
    """A number expression found in a clause, before interpretation."""

    value: Optional[float]
    lower: Optional[float]
    upper: Optional[float]
    unit: str
    start: int          # absolute offsets of the expression
    end: int
    qualifier: str
    comparator: str


def extract_quantities(doc: Document) -> list[Quantity]:
    """All targets and achievements of ``doc``, in text order."""
    out: list[Quantity] = []
    after_past, prev_end = False, 0
    for sent in doc.sentences:
        # a sentence with no tense of its own goes on with the past the one before it opened
        # (过去一年，我们取得了很大成绩。国内生产总值增长10.3%…), within one paragraph
        same_paragraph = "\n" not in doc.text[prev_end:sent.start]
        kind, after_past = _read_tense(sent, doc.meta.year, bool(doc.sections), after_past and same_paragraph)
        prev_end = sent.end
        if kind is None or not _ANY_NUMBER.search(sent.text):
            continue
        out.extend(_sentence_quantities(doc.text, sent, kind, doc.meta.year))
    return out


def sentence_kind(sent: Sentence, year: Optional[int], has_parts: bool,
                  after_past: bool = False) -> Optional[str]:
    """TARGET or ACHIEVEMENT from the part's role, overridden by clear tense cues.

    >>> from kg.records import Sentence
    >>> sentence_kind(Sentence("2012年，全面实现年初确定的主要目标，国内生产总值增长7.8%", 0, 0, "1", "review"), 2013, True)
    'achievement'
    >>> sentence_kind(Sentence("国内生产总值增长10.3%", 0, 0, "3", "plan"), 2011, True, after_past=True)
    'achievement'
    """
    return _read_tense(sent, year, has_parts, after_past)[0]


def _read_tense(sent: Sentence, year: Optional[int], has_parts: bool,
                after_past: bool) -> tuple[Optional[str], bool]:
    """The sentence's kind, and whether it opens on the past and says nothing of the future
    (过去一年，…取得了很大成绩), which the next sentence of its paragraph goes on with."""
    text = sent.text
    future = _FUTURE_RE.search(text)
    past = _PAST_RE.search(text)
    opens_on_past = bool(past) and past.start() < 12 and not future
    opening = _OPENING_YEAR.match(text)
    if sent.role == OTHER and has_parts:
        kind = None
    elif year and opening and int(opening.group(1)) < year:
        kind = ACHIEVEMENT
    elif sent.role == REVIEW:
        kind = TARGET if future and not past and _future_year(text, year) else ACHIEVEMENT
    elif not has_parts:
        kind = TARGET if future and not past else ACHIEVEMENT
    elif opens_on_past or (after_past and not future and not past):
        kind = ACHIEVEMENT
    else:
        kind = TARGET
    return kind, opens_on_past


def _future_year(text: str, year: Optional[int]) -> bool:
    """A review sentence is a target only when it names a goal for the plan period."""
    m = re.search(r"到((?:19|20)\d\d)年", text)
    if m:
        return year is None or int(m.group(1)) >= year
    return bool(re.search(r"预期目标|今年|明年", text))


def _sentence_quantities(text: str, sent: Sentence, kind: str, year: Optional[int]) -> Iterator[Quantity]:
    earlier: list[str] = []
    prev_clause = ""
    for c_start, c_end in clauses(text, sent.start, sent.end):
        clause = text[c_start:c_end]
        hits = list(_hits(text, c_start, c_end))
        if not hits:
            prev_clause = clause
            continue
        hits = _share_trailing_qualifier(text, c_start, _share_trailing_unit(text, hits))
        indicators = _indicators(text, c_start, c_end, hits, earlier, prev_clause, kind == TARGET)
        follows = ""
        for i, (hit, indicator) in enumerate(zip(hits, indicators)):
            listed = i > 0 and _LIST_GLUE.fullmatch(text[hits[i - 1].end:hit.start])
            follows = (follows or _measure(text, sent, hits[i - 1])) if listed else ""
            if not indicator:
                continue
            yield _quantity(text, sent, kind, hit, indicator, c_start, c_end, year, follows)
            earlier.append(indicator)
        prev_clause = clause


_POST_WORDS = {word for word, _ in _POST_QUALIFIERS}
_LIST_GLUE = re.compile(r"[、，,和及与\s]*")


def _share_trailing_qualifier(text: str, c_start: int, hits: list[_Hit]) -> list[_Hit]:
    """分别增长4%、9%和6%左右: the last number's 左右 bounds each number of the list.

    >>> hits = list(_hits("分别增长4%、9%和6%左右", 0, 14))
    >>> [h.qualifier for h in _share_trailing_qualifier("分别增长4%、9%和6%左右", 0, hits)]
    ['左右', '左右', '左右']
    """
    last = hits[-1]
    if len(hits) < 2 or last.qualifier not in _POST_WORDS or "分别" not in text[c_start:hits[0].start]:
        return hits
    if any(h.qualifier or h.comparator != "exact" for h in hits[:-1]) or \
            not all(_LIST_GLUE.fullmatch(text[a.end:b.start]) for a, b in zip(hits, hits[1:])):
        return hits
    return [replace(h, qualifier=last.qualifier, comparator=last.comparator) for h in hits[:-1]] + [last]


def _share_trailing_unit(text: str, hits: list[_Hit]) -> list[_Hit]:
    """快于全国3.4个、1个百分点; 1.2万、3万人: a listed number whose unit begins the next one's takes it whole.

    >>> [h.unit for h in _share_trailing_unit("分别快于全国3.4个、1个百分点", list(_hits("分别快于全国3.4个、1个百分点", 0, 17)))]
    ['个百分点', '个百分点']
    """
    out = list(hits)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if b.unit != a.unit and b.unit.startswith(a.unit) and b.unit != a.unit + "次" \
                and _LIST_GLUE.fullmatch(text[a.end:b.start]):      # (200万人、300万人次 keep their own)
            out[i] = replace(a, unit=b.unit)    # (a bare number too: 分别提高20.9、36.2、54个百分点)
    return out


def clauses(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Clause spans; a clause ends at ，；： and at sentence ends, not inside quotes."""
    s = start
    depth = 0
    for m in _CLAUSE_MARKS.finditer(text, start, end):     # only the marks, not every character
        ch, i = m.group(), m.start()
        if ch in "“「『(（":
            depth += 1
        elif ch in "”」』)）":
            depth = max(0, depth - 1)
        elif depth == 0:
            if ch in ":：" and _RATIO_COLON.match(text, i - 1):
                continue        # 2.3:1 is a ratio and 10:30 a time, not the end of a clause
            if i > s:
                yield s, i
            s = i + 1
    if end > s:
        yield s, end


def _hits(text: str, start: int, end: int) -> Iterator[_Hit]:
    clause = text[start:end]
    last_end = start
    for m in _NUMBER_RE.finditer(clause):
        if start + m.start() < last_end:
            continue        # the upper bound of a range already read
        hit = _read_hit(clause, m, start)
        if hit is not None:
            last_end = hit.end
            yield hit


def _read_hit(clause: str, m: re.Match, offset: int) -> Optional[_Hit]:
    num = m.group("num")
    is_chinese = num[0] in CN_NUMERAL_CHARS
    unit = (m.group("pct") or "") + (m.group("mult") or "") + (m.group("unit") or "")
    if m.group("pct"):
        unit = "%" if m.group("pct") in "%％" else m.group("pct")
        unit += m.group("mult") or ""
    if m.group("per") and unit:
        unit += m.group("per")
    # 城乡居民收入比缩小至2.21∶1: the ratio's first term, the ∶1 read with it
    ratio = None if unit or m.group("num2") or m.group("approx") or is_chinese else _RATIO.match(clause, m.end())
    if not ratio and not _is_quantity(clause, m, unit, is_chinese):
        return None
    if num[0] in "百千万" and _BARE_MAGNITUDE_AFTER.search(clause, 0, m.start()) \
            and clause[m.end():m.end() + 1] not in ("万", "千", "百"):
        num = "一" + num        # 突破千亿元, 超万场, 近万家: one of the magnitude (not 百花齐放, 到千家万户, 几百万)
    try:
        value = parse_number(num)
    except (ValueError, KeyError):
        return None
    lower = upper = None
    if m.group("num2"):
        lower, upper, value = value, parse_number(m.group("num2")), None
    end = ratio.end() if ratio else m.end()
    if not m.group("num2") and (pct_range := _RANGE_PCT_RE.match(clause, m.start())):
        lower, upper, value = parse_number(pct_range["num"]), parse_number(pct_range["num2"]), None
        end = pct_range.end()
    qualifier, comparator = "", "exact"
    after = clause[end:end + 3]
    for word, comp in _POST_QUALIFIERS:
        if after.startswith(word):
            qualifier, comparator = word, comp
            end += len(word)
            break
    if not qualifier:
        before = clause[max(0, m.start() - 4):m.start()]
        for word, comp in _PRE_QUALIFIERS:
            if before.endswith(word):
                qualifier, comparator = word, comp
                break
    if m.group("approx") or m.group("approx2"):
        qualifier, comparator = qualifier or (m.group("approx") or m.group("approx2")), "moreThan"
    if value is None:
        comparator = "range"
    if qualifier in _THRESHOLD_WORDS and clause[end:end + 1] == "的" and unit not in ("%", "‰"):
        return None         # 营业收入超千亿元的集群, 10亿元以上的项目: a threshold that defines a class
                            # (not 三千多公里的铁路, nor 80%以上的农村中小学: a share of them)
    return _Hit(value, lower, upper, unit, offset + m.start(), offset + end, qualifier, comparator)


_NOT_AFTER = ("年", "月", "日", "号", "线", "届", "次会议", "周年", "大", "岁", "周岁", "级", "强",
              "星", "型", "代", "期", "版", "分钟", "秒", "制", "+", "＋", "·", "×", "G", "A", "/", "点")
_NOT_BEFORE = ("第", "前", "S", "T", "G", "PM", "K", "C", "V", "+", "＋", "“", "No.", "排名",
               "编号", "·")
_MEETING = re.compile(r"(?:[、和][一二三四五六七八九十\d]{1,3}次)*(?:全体)?(?:会议|全会|全委会|代表大会|常委会|党代会)")
_BARE_OK_BEFORE = ("达到", "达", "超过", "突破", "降至", "降低至", "降低到", "控制在", "保持在",
                   "为", "指数", "比", "系数", "缩小至", "缩小到", "缩小为", "缩减至", "下降到", "下降至",
                   "提高到", "提高至", "提升至", "提升到", "扩大到", "扩大至", "增至", "稳定在", "收窄至", "收窄到",
                   "从", "由")
# the second term of a ratio written X∶1 (also with : and ：), which a bare first term may stand before
_RATIO = re.compile(r"\s*[:：∶]\s*1(?![\d.０-９])")
# a colon between digits (2.3:1, 10:30) ends no clause
_RATIO_COLON = re.compile(r"\d[:：]\d")


def _is_quantity(clause: str, m: re.Match, unit: str, is_chinese: bool) -> bool:
    """Reject numbers that name, date or label something rather than measure it."""
    start, end = m.start(), m.end()
    before = clause[:start]
    after = clause[m.end("num"):]
    if before.endswith(_NOT_BEFORE) or re.search(r"[A-Za-z0-9.．]$|[0-9][万亿]$", before):
        # (the rest of a number written in pieces: 3 in 1亿3千多万)
        return False
    if re.search(r"\d(?:多|余)?[个项家所座批]过$", before) or (re.search(r"\d(?:多|余)?[个项家所座批]$", before) and (
            unit == "类" or re.match(r"及?以[上下][\u4e00-\u9fff]", clause[m.end():]))):
        return False        # 2个1类创新药, 58个10亿元以上重大项目, 3个过三千亿元城市: after a count, a class or a threshold
    if re.match(r"[A-Za-z]", clause[end:end + 1]) and not m.group("unit"):
        return False
    if before.endswith("连续") and re.match(r"个?(?:月|季度|年|届)", after):
        return False        # 连续24个月保持两位数增长: how long a streak has run, not a result
    if not unit or unit in ("期", "届"):
        if after.startswith(_NOT_AFTER) or is_chinese or re.match(r"[:：]\d\d", after):   # 10:30, a time
            return False
        if re.match(r"\s*(?:以内|以上|左右|以下)", clause[end:]) or _LISTED_BEFORE_UNIT.match(clause, end):
            return True
        return before.endswith(_BARE_OK_BEFORE) and "." in m.group("num") or \
            before.endswith(("指数", "达到", "超过", "降至", "为")) and len(m.group("num")) <= 4 \
            and not re.match(r"(19|20)\d\d$", m.group("num"))
    if clause[end:end + 1] in ("制", "号", "线", "型", "级") and clause[end:end + 2] not in ("制造", "制度"):
        return False        # 5G, 3号线, 30万吨级: a label (not 30个制造业…平台, 78项制度创新成果)
    if is_classifier(unit) and clause.startswith(("方面", "大方面"), end):
        return False        # 5个方面细化提出, 以下10个方面工作: the plan's own outline, not a goal
    if unit == "度" and not re.search("[万亿]", m.group("num")):
        return False        # 25度以上陡坡: a slope or a temperature; electricity comes in 万度 and 亿度
    if unit == "次" and _MEETING.match(clause, end):
        return False        # 十一届十二次全会: a meeting's ordinal
    if unit == "岁" and re.match(r"[\u4e00-\u9fff]", re.sub(r"^及?以[上下]", "", clause[end:])):
        return False        # an age that bounds a group (60岁以上老年人, 3岁以下婴幼儿), not a measure
    if _inside_short_quote(clause, start):
        return False
    if is_chinese:
        digits_only = all(ch in CN_NUMERAL_CHARS for ch in m.group("num"))
        if not digits_only or is_classifier(unit) and len(m.group("num")) < 2 and m.group("num") not in "百千万":
            return False        # 三个方面 is no quantity; 突破千项, 近万家 are
    if re.match(r"(19|20)\d\d$", m.group("num")) and unit in ("年",):
        return False
    return True


# 20.9、36.2、54个百分点: a bare number listed before one with a unit shares it
_LISTED_BEFORE_UNIT = re.compile(rf"(?:、{_ARABIC})*、{_ARABIC}(?:{_MULT})?(?:%|％|{_UNIT})")


# a measure stated before what it measures: 总投资30亿元的红星美凯龙…项目, 总投资2万亿元的389个省重点项目
_ATTRIBUTIVE_MEASURES = ("总投资", "总规模", "总面积", "总长度", "总里程", "全长")
_OWNER_AFTER_DE = re.compile(r"的(?:\d+(?:\.\d+)?[万亿]?多?[个项家座条])?(?P<owner>[^，、；。：\d]{2,20}?)"
                             r"(?=[，、；。：]|当年|完成|签约|开工|建成|竣工|全线|提前|加快|落地|主体|揭牌|实现|进展|建设$|"
                             r"投用|投产|运营|贯通|通车|开业|启动|$)")


def _attributed(text: str, hit: _Hit, c_end: int, prefix: str) -> tuple[str, str]:
    """(省重点项目, 总投资) for 总投资2万亿元的389个省重点项目: the thing after 的 and its measure, or ("", "")."""
    if not text.startswith("的", hit.end):
        return "", ""
    indicator = _clean(prefix)
    measure = next((m for m in _ATTRIBUTIVE_MEASURES if indicator.endswith(m)), "")
    if not measure:
        return "", ""
    m = _OWNER_AFTER_DE.match(text[:c_end], hit.end)
    return (m.group("owner"), measure) if m else ("", "")


def _inside_short_quote(clause: str, pos: int) -> bool:
    """Numbers inside short quoted labels (“2+1”基地, “7个100%”) are names."""
    open_ = max(clause.rfind("“", 0, pos), clause.rfind("「", 0, pos))
    if open_ < 0:
        return False
    close = clause.find("”", open_)
    if close > pos and "“" in clause[open_ + 1:close]:
        return False        # “小巨人企业414家、“单项冠军”: a quotation the source left open
    return (close < 0 or close > pos) and (close < 0 or close - open_ <= 24)


def _indicators(text: str, c_start: int, c_end: int, hits: list[_Hit],
                earlier: list[str], prev_clause: str, planned: bool = True) -> list[str]:
    """One indicator per hit in a clause ("" to drop the hit), sharing subjects.

    In a plan (``planned``) a count after 已 is what exists, not a goal; in a review it is a result (已达54个).
    """
    out: list[str] = []
    shared = _shared_list(text, c_start, hits) or _shared_previous(text, c_start, hits, earlier)
    cursor = c_start
    last = next((e for e in reversed(earlier) if not _COMPARISON.search(e)), "")
    for i, hit in enumerate(hits):
        nxt = hits[i + 1].start if i + 1 < len(hits) else c_end
        prefix, suffix = text[cursor:hit.start], text[hit.end:nxt]
        noun = _counted_noun(suffix) or _sized_noun(text, hit, hits[i + 1:], c_end)
        if _is_modifier(hit, noun, suffix, hits[i + 1] if i + 1 < len(hits) else None) or \
                _sizes_the_subject(hit, prefix, noun):
            out.append("")     # the cursor stays: the count belongs to the next subject
            continue
        cursor = hit.end + (suffix.index(noun) + len(noun) if noun and noun in suffix else 0)
        if _FIGURES.fullmatch(noun):
            noun = ""           # 突破2万亿元大关: a figure of speech, not what is counted
        if shared and i < len(shared):
            out.append(shared[i])
            continue
        listed = prefix.lstrip().startswith(("、", "和", "及"))
        if planned and ("已" in prefix or (listed and out and out[-1] == "" and "已" in text[c_start:hits[i - 1].start]
                                           and not _leading_verb(prefix.lstrip(" 、和及与")))):
            out.append("")      # 已批建的3家省实验室和22家全省重点实验室: the list is what exists
            continue
        indicator = _indicator(prefix, noun + _shared_head(text, noun, suffix, hits, i, c_end))
        owner, measure = _attributed(text, hit, c_end, prefix)
        if owner:
            out.append(owner + measure)     # 抓好总投资2万亿元的389个省重点项目 → 省重点项目总投资
            cursor, last = hit.end, owner   # what follows is the owner's: …项目当年完成投资6.1亿元
            continue
        if i and not noun and last and prefix.startswith("、") and "、" in prefix[1:] \
                and not _clean(prefix.rsplit("、", 1)[1]):
            indicator = ""      # 达到5.53万亿元、稳居全国前十强、增长4.8%: a claim between, then the same subject
        if i and hits[i - 1].unit.endswith("户") and not text[hits[i - 1].end:hit.start].strip() and out \
                and out[-1].endswith("户"):
            indicator = out[-1]     # 贫困户301户611人: the households, then their people (not 12类45件: a class, then items)
        if last and _COMPARISON.match(indicator):
            # 规上工业增加值增长8.3%，高于全国2.5个百分点 → 规上工业增加值高于全国: the gap, not a subject to share
            out.append(last + indicator)
            continue
        if last and (_SHARE_OF.fullmatch(indicator) or indicator.startswith("占") and listed):
            # 外送电量3150亿度、占全国16%; 白名单企业55万户、占全部企业超两成: the share is the subject from here
            # (占全国比重由2020年的7.2%提升至7.4%: both figures are the share)
            indicator = last = last + indicator
            out.append(indicator)
            continue
        if last and _SINCE.fullmatch(indicator):
            out.append(last)     # 荣获53个奖项、比上次增长47%: the same subject's change since
            continue
        total = prefix.strip(" ，、")
        if last and (total in _TOTAL_WORDS or not noun and _TOTAL_VERB.sub("", total) in _RUNNING_TOTAL_WORDS):
            # 每个领域遴选10个项目、共80个项目; 新增公园162座、累计达到832座: the total of what was just counted
            counted = _NEW_AT_END.sub("", _object(last) or last)
            # a count's total is a 总数 (公园总数); a length or an area summed is the thing itself (绿道: 2136公里)
            indicator = f"{counted}总数" if is_classifier(hit.unit) and not counted.endswith(_MEASURE_HEADS) else counted
        elif not indicator:
            indicator = last or _subject(prev_clause)
        elif indicator in _ACTION_VERBS and last:
            indicator += _object(last)
        elif last and indicator in _MEASURE_WORDS:
            # 粮食播种面积3320万亩、产量1285万吨 → 粮食产量; 新增实验室15家、总数达23家 → 实验室总数;
            # 国内生产总值增长6.1%，总量突破90万亿元 → 国内生产总值总量
            indicator = _object(_subject_of(last) or last).removesuffix("新增") + indicator
        elif listed and last and not _leading_verb(indicator) and not _OWN_PREDICATE.search(prefix.strip()):
            # 新建学校5所、幼儿园10所 → 新建幼儿园 (not 新增发电装机…、总装机达…: a total with its own verb)
            indicator = _leading_verb(last) + indicator
        out.append(indicator)
        last = indicator or last
    return out


# A number compared with others (高于全国) or with an earlier time (比上次), its subject left to the number before.
# a share of the whole the number before belongs to: 外送电量3150亿度、占全国16%
_SHARE_OF = re.compile(r"占(?:全国|全省|全市|全区|全县|全州|全盟|全球|世界)(?:的?比重|的?份额)?")
_COMPARISON = re.compile(r"(?:增速|增幅|分别)?(?:高于|低于|快于|慢于|好于|优于|超出|领先)")
_SINCE = re.compile(r"(?:比|较)(?:上年|去年|上次|上届|前五年|上个五年|上一个五年|“十[一二三四五]五”末?)")

# What a subject is measured by, longest first; a list item that is only one of them shares the subject before it.
_MEASURE_WORDS = tuple(sorted(("播种面积", "面积", "年产量", "产量", "产值", "总产值", "总量", "总数", "规模", "收入",
                               "营业收入", "增加值", "利润", "比重", "占比", "人数", "数量", "交易额", "营收", "税收",
                               "人次", "总投资", "总花费"), key=len, reverse=True))


def _subject_of(indicator: str) -> str:
    """林下经济面积 → 林下经济: an indicator without the measure it ends in ("" when it is no more)."""
    for word in _MEASURE_WORDS:
        if indicator.endswith(word) and len(indicator) - len(word) >= 2:
            return indicator[: -len(word)]
    return ""


_TOTAL_WORDS = {"共", "共计", "合计", "总计"}
_RUNNING_TOTAL_WORDS = _TOTAL_WORDS | {"累计"}
_TOTAL_VERB = re.compile(r"(?:达到|达|超过|突破|为)$")
_NEW_AT_END = re.compile(r"新增|新推出|新建|新认定|新入选")     # 案例新增22个、累计达到70个: the additions, not the total
# an item with a verb of its own before the number (、总装机达, 、上线平台企业超过; not 发达, 达标 inside words)
_OWN_PREDICATE = re.compile(r"^、?(?:总|累计|突破)|(?:达到|达|超过|突破|超)$")
# head nouns the last item of a list of counts shares with the items before it
_LIST_HEADS = ("产业园区", "产业园", "园区", "项目", "基地", "企业", "平台", "中心", "工程", "集群")
# last characters of a noun that is a thing of its own, not a modifier waiting for the shared head
_NOUN_ENDS = set("室站所院馆校区园场村镇网线路厂库队会司构家才纽群心台地业程目军员户部")


def _shared_head(text: str, noun: str, suffix: str, hits: list[_Hit], i: int, c_end: int) -> str:
    """11个煤层气、5个页岩气项目: the head the next count's noun ends in, for this count's noun.

    >>> t = "加快推进11个煤层气、5个页岩气项目建设"
    >>> hits = list(_hits(t, 0, len(t)))
    >>> _shared_head(t, "煤层气", "煤层气、", hits, 0, len(t))
    '项目'
    """
    if not noun or len(noun) > 4 or noun[-1] in _NOUN_ENDS or i + 1 >= len(hits) or \
            not re.fullmatch(rf"{re.escape(noun)}[、和及与]", suffix.strip()):
        return ""           # an item with a head of its own (2个省实验室、2个研究中心) keeps it
    after = hits[i + 2].start if i + 2 < len(hits) else c_end
    following = _counted_noun(text[hits[i + 1].end:after])
    found = [(following.find(h), -len(h), h) for h in _LIST_HEADS if h in following and h not in noun]
    if found and min(found)[0] > 0:
        return min(found)[2]
    return _parallel_rest(noun, following)


def _parallel_rest(noun: str, following: str) -> str:
    """The next item after its first word, when both are levels: 2个国家级、3个省级文化生态保护区 →
    文化生态保护区. (Words of one length are not enough: 580种药品和26种医用耗材价格.)"""
    import rjieba
    words = rjieba.cut(following, False)
    if len(words) < 2 or len(following) - len(words[0]) < 2:
        return ""
    return following[len(words[0]):] if noun.endswith("级") and words[0].endswith("级") else ""


def _is_modifier(hit: _Hit, noun: str, suffix: str, nxt: Optional[_Hit]) -> bool:
    """45个重点开发区…比重达84%, 30户以上自然村寨…覆盖率80%: a count or a threshold that only
    qualifies the subject of the next number, a share or rate of it. A count whose group does
    something measured is a quantity of its own (121个重点项目完成投资超千亿元, 175家企业发行债券1193只)."""
    return bool(noun) and nxt is not None and noun == suffix.strip() and \
        (is_classifier(hit.unit) and nxt.unit in ("%", "‰") or hit.qualifier in ("以上", "以下")) and \
        not re.search(r"[、和及与]", suffix)


def _sized_noun(text: str, hit: _Hit, rest: list[_Hit], c_end: int) -> str:
    """957个50户以上农村木质房屋连片村寨: a count followed at once by a size bound counts the noun after both."""
    if not rest or rest[0].start != hit.end or rest[0].qualifier not in ("以上", "以下") or not is_classifier(hit.unit):
        return ""
    return _counted_noun(text[rest[0].end:rest[1].start if len(rest) > 1 else c_end])


def _sizes_the_subject(hit: _Hit, prefix: str, noun: str) -> bool:
    """空气质量在全国168个重点城市中稳居前列: a count of the set a rank is taken in, not an amount reported."""
    return bool(noun) and is_classifier(hit.unit) and re.search(r"在(?:全国|全球|全省|世界)$", prefix.strip()) is not None \
        and re.match(r"[\u4e00-\u9fff]{1,8}之?中", noun) is not None


def _shared_previous(text: str, c_start: int, hits: list[_Hit], earlier: list[str]) -> list[str]:
    """甲1.47亿人次、乙1325元，分别恢复到2019年的116%、106% → 甲恢复到2019年的, …"""
    head = text[c_start:hits[0].start]
    if "分别" not in head or len(hits) < 2 or len(earlier) < len(hits):
        return []
    before, verb = head[:head.index("分别")].strip(" ，、"), head[head.index("分别") + 2:].strip(" ，、")
    if not _clean(verb):
        verb = ""            # 同比分别增长6.5%、9.4%: a bare predicate, not part of what is measured
    # 占规模以上工业比重分别提高到21.7%、33.6%: a share of each earlier subject
    share = before if before.startswith("占") else ""
    if not share and _clean(before).endswith(_MEASURE_HEADS + _MEASURE_WORDS):
        return []            # 粮肉奶产量分别稳定在800亿斤、60亿斤: the clause names its own subject
    return [f"{subject}{share}{verb}" for subject in earlier[-len(hits):]]


# two things written as one word, in the order their figures follow (城乡 → 城镇, 农村)
_MERGED_PAIRS = (("城乡", ("城镇", "农村")), ("产销", ("产", "销")), ("存贷款", ("存款", "贷款")),
                 ("收支", ("收入", "支出")), ("进出口", ("进口", "出口")))


def _shared_list(text: str, c_start: int, hits: list[_Hit]) -> list[str]:
    """``A、B、C增加值分别增长4%、9%和6%`` → [A增加值, B增加值, C增加值]."""
    head = text[c_start:hits[0].start]
    if "分别" not in head or len(hits) < 2:
        return []
    subject = _clean(head[:head.index("分别")])
    # items are split at 、 first: 和, 及 and 与 also stand inside words (普及率, 软件和信息服务业)
    items = [x for x in subject.split("、") if x]
    if len(items) != len(hits):
        items = [x for x in re.split(rf"、|和(?![{_NOT_AND}])|[及与]", subject) if x]
    if len(items) == 1 and len(hits) == 2:
        # 城乡居民人均可支配收入分别增长6%和8%: 城乡 is 城镇 and 农村, in that order; 产销量 is 产量 and 销量
        for merged, (first, second) in _MERGED_PAIRS:
            at = items[0].find(merged)
            if at >= 0 and len(items[0]) > len(merged):
                return [items[0][:at] + part + items[0][at + len(merged):] for part in (first, second)]
    if len(items) != len(hits):
        return []
    if len(items) == 2 and items[1] in _MEASURE_WORDS and (subject := _subject_of(items[0])):
        # 游客人数和总花费分别增长10.6%、9%: the second measure is of the first one's subject
        return [items[0], subject + items[1]]
    import rjieba
    words = rjieba.cut(items[-1], False)       # the last item's words, read once for every item
    tail, head_noun = _shared_tail(words)
    fallback = _generic_tail(words)
    if not fallback:
        # without a parallel word, a measure the last item ends in is shared (家电、新能源汽车零售额 → 家电零售额)
        fallback = "" if head_noun.endswith(_MEASURE_HEADS) and len(head_noun) > 1 else tail
        # a measure of two words is shared whole: 电子信息、…、现代消费品营业收入 → 电子信息营业收入
        head_noun = next((w for w in _MEASURE_WORDS if w.endswith(head_noun) and items[-1].endswith(w)
                          and len(items[-1]) > len(w)), head_noun) if head_noun else head_noun
    return [item if item == items[-1] else
            item + shared if (shared := _tail_after_shared_word(item, items[-1], words)) else
            _with_tail(item, _parallel_tail(item, items[-1], words) or fallback, head_noun) for item in items]


def _tail_after_shared_word(item: str, last: str, words: list[str]) -> str:
    """先进制造业 beside 高技术|制造业|增加值占…比重: what follows the word both items end that part in."""
    if len(item) <= 4:
        return ""               # a short modifier takes the whole tail (集中养育、社会散居孤儿…: see _with_tail)
    at = 0
    for word in words[:-1]:
        at += len(word)
        if len(word) >= 2 and item.endswith(word) and len(item) > len(word):
            tail = last[at:].lstrip("”」")
            return "" if tail.startswith(("和", "与", "及")) else tail
    return ""


def _parallel_tail(item: str, last: str, words: list[str]) -> str:
    """What follows the words of the last item that stand where ``item`` stands: 服务贸易 beside
    跨境电商|出口 shares 出口, 城镇 beside 农村|常住居民… shares 常住居民…; "" when no word ends
    there (家电 beside 新能源汽车零售额) or a conjunction does (金融业 beside 软件和|信息服务业增加值)."""
    n = len(item)
    if n >= len(last) or last[:n].endswith(("和", "及", "与")):
        return ""
    at = 0
    for word in words:
        if at < n < at + len(word):
            # inside a word: only a generic noun after a modifier splits off (农村|居民, 油料|作物), not 有色|金属
            return last[n:] if n == at + len(word) - 2 and word.endswith(_GENERIC_NOUNS) else ""
        at += len(word)
        if at == n:
            return last[n:]
    return ""


def _generic_tail(words: list[str]) -> str:
    """The last item from its first generic noun on: 有色金属|行业|增加值 → 行业增加值 (汽车 → 汽车行业增加值)."""
    for i in range(1, len(words)):
        if words[i] in _GENERIC_NOUNS:
            return "".join(words[i:])
    return ""


# nouns a modifier is written together with, which list items share: 城镇、农村居民 → 城镇居民
_GENERIC_NOUNS = ("居民", "人口", "企业", "人员", "群众", "作物", "产业", "地区", "行业")


_MEASURE_HEADS = ("率", "额", "值", "量", "数", "幅", "比", "收入", "指数")


def _with_tail(item: str, tail: str, head_noun: str) -> str:
    """A list item with the head noun it shares with the last item, if it shares one.

    An item that names a measure already keeps its words (城镇调查失业率、居民消费价格涨幅);
    a short modifier takes the whole tail (城镇、农村常住居民人均可支配收入); a longer
    item takes the last word when that is a measure (装备制造业、高技术制造业增加值), and
    nothing when it is a name of its own (跨国公司地区总部、外资研发中心).
    """
    if item.endswith(_MEASURE_HEADS):
        return item
    if len(item) <= 4 and tail and not tail.startswith(("和", "及", "与")):
        return item + tail              # (金融业、软件和信息服务业增加值: 金融业 takes 增加值, not 和信息服务业增加值)
    if head_noun.endswith(_MEASURE_HEADS) and len(head_noun) <= 4:
        return item + head_noun
    return item


def _shared_tail(words: list[str]) -> tuple[str, str]:
    """What the list items may share of the last one, given its words: all but its first word, and its
    last word (服务业|增加值 → 增加值, 增加值; 农村|常住|居民…|收入 → 常住居民人均可支配收入, 收入)."""
    return ("".join(words[1:]), words[-1]) if len(words) > 1 else ("", "")


def _indicator(prefix: str, noun: str) -> str:
    p = _clean(prefix)
    if noun and "、" in p and (p.endswith("等") or not p.endswith(("的",))):
        p = _leading_verbs(p)   # 建成甲街、乙市等5个特色街区 → 建成特色街区
    return _clean(p + noun) if noun else p


def _counted_noun(suffix: str) -> str:
    """The noun after a counted number: 5座水库 → 水库; stops at the next qualifier."""
    s = suffix
    for q, _ in _POST_QUALIFIERS:
        if s.startswith(q):
            s = s[len(q):]
    s = _BOUND.sub("", s)   # 390万65岁以上老年人, 957个50户以上村寨, 2个1类创新药: a bound or class of what is counted
    s = _NOUN_RUN.match(s).group()
    return s.strip(" “”\"") if re.match(r"[“\"\u4e00-\u9fff]", s or " ") else ""


# up to the next separator, a bracketed aside whole: 17个县（市、区）
_NOUN_RUN = re.compile(rf"(?:（[^（）]{{0,16}}）|\([^()]{{0,16}}\)|和(?=[{_NOT_AND}])|[^，、；。和及与（(])*")
_FIGURES = re.compile(r"[十百千万亿元级]*(?:新|历史性)?(?:大关|关口|台阶|量级)")   # 4个千亿台阶: its subject is shared on


_BOUND = re.compile(r"^\d+(?:\.\d+)?(?:万亿|亿|万)?(?:周岁|岁(?:及?以[上下])?|类|(?:户|人|名|元|吨|亩|平方米)及?以[上下])")


def _leading_verb(p: str) -> str:
    for verb in _ACTION_VERBS:
        if p.startswith(verb):
            return verb
    return ""


def _leading_verbs(p: str) -> str:
    """启动建设甲、乙 → 启动建设: the run of action verbs that opens a phrase."""
    out = ""
    while verb := _leading_verb(p[len(out):]):
        out += verb
    return out


def _object(indicator: str) -> str:
    """新开工亿元以上项目 → 亿元以上项目: what a bare verb in the next clause counts."""
    verb = _leading_verb(indicator)
    return indicator[len(verb):] if verb else indicator


def _subject(clause: str) -> str:
    """The subject of a clause without a number: 全市地区生产总值再次跨过… → 地区生产总值."""
    s = _clean(clause)
    m = _SUBJECT_STOP.search(s)
    if m and m.start() >= 2:
        s = s[:m.start()]
    return s if 2 <= len(s) <= 30 else ""


# 由 or 从 ending a phrase: 地区生产总值由|2010年的…, but not 自由 or 理由.
_FROM_END = re.compile(r"(?<=[^自理])[由从]$")


# how long a level has held, not what is measured: 连续8年稳定在1300亿斤以上
# a stretch of time alone is no subject: 5年增长18.7%, 五年来提高4.5个百分点
# (and so is a year alone: １９８４年增长１４．５％ is the subject before's)
_SPAN_ONLY = re.compile(r"(?:近|过去)?(?:\d+|[一二两三四五六七八九十〇○零]+)年(?:来|间|中|内)?"
                        r"|(?:前三|第?[一二三四])季度|[上下]半年|前\d+个月|1-\d+月|1—\d+月")
_SPAN_RE = re.compile(r"连续(?:\d+|[一二两三四五六七八九十]+)(?:年|个月|个季度|季度|届)"
                      r"|(?:\d+|[一二两三四五六七八九十]+)个方面的?")     # 推出8个方面90项政策措施: an outline


def _clean(s: str) -> str:
    """Peel hedges off the front and predicates off the end of an indicator phrase."""
    s = _SPAN_RE.sub("", _BASE_RE.sub("", s))
    s = s.strip(" \t　*“”\"'（）()[]【】")
    changed = True
    while changed and s:
        changed = False
        if s in _LEAD_WORDS:
            return ""           # 其中 whole, not 中 after 其 is peeled
        if s.startswith(_LEAD_WORDS) and not s.startswith(_AND_WORDS) and not _LEAD_CHAR_WORD.match(s):
            for w in _LEAD_WORDS:
                if s.startswith(w) and len(s) > len(w):
                    s, changed = s[len(w):], True
                    break           # from the longest again: 各级各类学校 → 学校
        if s.endswith(_TRAIL_WORDS):
            for w in _TRAIL_WORDS:
                if s.endswith(w) and len(s) > len(w) and not _SPAN_ONLY.fullmatch(s):   # 第四季度 whole, not 第
                    s, changed = s[: -len(w)], True
        if s.endswith("连续") and len(s) > 2:
            s = s[:-2]          # 国内生产总值连续跨越…台阶 (but 连续12个月 keeps its word)
        s2 = _FROM_END.sub("", s.strip(" \t　*“\"'（(、"))
        changed = changed or s2 != s
        s = s2
    if s in _TRAIL_WORDS or s in _LEAD_WORDS or s in _NO_SUBJECT or _SPAN_ONLY.fullmatch(s):
        return ""
    if s.count("“") > s.count("”"):
        s = s.replace("“", "")
    if s.count("”") > s.count("“"):
        s = s.replace("”", "")
    return s


_CHANGE_UNITS = ("%", "个百分点", "百分点", "倍", "位", "番", "岁", "成")
_AMOUNT_VERBS = ("增加", "减少", "提高", "下降", "降低", "增长")
_AGAINST_BASE = re.compile(r"(?:比|较)(?:上年|去年|上一年|同期|年初|(?:19|20)\d\d年)|同比")
# a rate or share named after the verb: 对工业增长贡献率达72.4% is a level
_LEVEL_NOUN = re.compile(r"率|比重|占比|份额")


def _measure(text: str, sent: Sentence, hit: _Hit) -> str:
    """CHANGE for a rate or amount of change (增长6%, 压减75%), LEVEL otherwise (达到27%, 降至5%)."""
    before = text[max(sent.start, hit.start - 6):hit.start]
    verb = max((before.rfind(v) + len(v) for v in _CHANGE_VERBS if v in before), default=-1)
    if verb < 0 or before.endswith(_LEVEL_AFTER_CHANGE):
        return LEVEL
    if hit.unit not in _CHANGE_UNITS:
        # an amount of change against a base: 比上年增加1.1万亿元, 较上年减少20家 (not 新增150家)
        stated = text[max(sent.start, hit.start - 14):hit.start]
        return CHANGE if before.endswith(_AMOUNT_VERBS) and _AGAINST_BASE.search(stated) else LEVEL
    noun = _LEVEL_NOUN.search(before, verb)
    return LEVEL if noun and noun.start() > verb else CHANGE       # (增长率为5.2% is a change)


def _quantity(text: str, sent: Sentence, kind: str, hit: _Hit, indicator: str,
              c_start: int, c_end: int, year: Optional[int], follows: str = "") -> Quantity:
    """``follows``: the measure of the number this one is listed after (分别增长4.3%、6.1%)."""
    q_start, q_end = _quote_bounds(text, c_start, c_end, hit)
    measure = follows if follows and hit.unit in _CHANGE_UNITS else _measure(text, sent, hit)
    value = hit.value
    norm_value, norm_unit = fold_unit(value if value is not None else 0.0, hit.unit)
    strength = "firm" if re.search(r"确保|完成", text[sent.start:hit.start]) else (
        "aspirational" if re.search(r"力争|争取|努力", text[sent.start:hit.start]) else "")
    return Quantity(
        kind=kind, indicator=indicator, value=value, unit=hit.unit, measure=measure,
        comparator=hit.comparator, qualifier=hit.qualifier, start=hit.start, end=hit.end,
        quote=text[q_start:q_end], quote_start=q_start, quote_end=q_end,
        section=sent.section, sentence_start=sent.start, lower=hit.lower, upper=hit.upper,
        norm_value=norm_value if value is not None else None, norm_unit=norm_unit,
        year=_reference_year(kind, year, text[sent.start:hit.start], sent.role), strength=strength if kind == TARGET else "",
        theme=sent.theme, expression=text[hit.start:hit.end])


def _quote_bounds(text: str, c_start: int, c_end: int, hit: _Hit) -> tuple[int, int]:
    """The clause, cut to at most 60 characters around the number."""
    s, e = c_start, c_end
    while s < e and text[s] in " \t　、":
        s += 1
    if e - s > 60:
        s = max(s, hit.start - 40)
        e = min(e, max(hit.end + 10, s + 60))
    return s, e


def _reference_year(kind: str, year: Optional[int], before: str = "", role: str = "") -> Optional[int]:
    """The year a figure is for: the year before the report for a result; for a target the
    report's year, or the end of the period a multi-year target is set for.

    A target is multi-year when its sentence names the year it is to be met by (到2030年),
    when it is an annual average (年均增长5%), or when it stands in the outlook part (the
    five-year plan) and its sentence does not say 今年: those end with the five-year plan
    the report's year falls in.

    >>> _reference_year("target", 2026, "主要目标包括：地区生产总值年均增长", "outlook")
    2030
    >>> _reference_year("target", 2024, "到2027年，数字经济规模", "plan")
    2027
    >>> _reference_year("target", 2026, "今年经济社会发展的主要预期目标是：地区生产总值增长", "outlook")
    2026
    >>> _reference_year("target", 2024, "地区生产总值增长", "plan"), _reference_year("achievement", 2024)
    (2024, 2023)
    """
    if year is None:
        return None
    if kind != TARGET:
        return year - 1
    by = [int(a or b) for a, b in _BY_YEAR.findall(before)]
    if by and by[-1] > year:
        return by[-1]
    if (role == OUTLOOK and "今年" not in before) or "年均" in before[-8:]:
        return plan_period_end(year)
    return year


def plan_period_end(year: int) -> int:
    """The last year of the five-year plan ``year`` falls in (plans since 1966 run 1966–1970, …, 2026–2030).

    >>> plan_period_end(2026), plan_period_end(2025), plan_period_end(2021)
    (2030, 2025, 2025)
    """
    return year + (-year) % 5
