"""Report metadata from the header lines: title, region, level, year, session…

Only the first :data:`WINDOW` characters are looked at; every rule is a
general pattern of how work reports open, not a per-file fix.

>>> m = read_meta("2025年贵州省政府工作报告\\n来源：贵州日报\\n"
...               "——2025年1月19日在贵州省第十四届人民代表大会第三次会议上\\n"
...               "省长 李炳军\\n各位代表：\\n")
>>> m.region, m.level, m.year, m.date, m.speaker, m.source
('贵州省', 'provincial', 2025, '2025-01-19', '李炳军', '贵州日报')
>>> m.session
'贵州省第十四届人民代表大会第三次会议'
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Optional

from kg.records import ReportMeta

__all__ = ["read_meta", "level_of", "WINDOW"]

WINDOW = 3000
HEADER_LINES = 15          # header length when there is no 各位代表 line
MAX_HEADER_LINES = 40

_CN = "〇零一二三四五六七八九十百"
_NUM = rf"[\d{_CN}]+"
_WS = r"[\s\u3000]*"
_PLACE_SUFFIX = ("特别行政区", "自治区", "地区", "省", "市", "区", "县", "旗", "州", "盟")
MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
SHORT_NAMES = {  # provincial short names used in titles
    "内蒙古": "内蒙古自治区", "广西": "广西壮族自治区", "西藏": "西藏自治区",
    "宁夏": "宁夏回族自治区", "新疆": "新疆维吾尔自治区",
    "香港": "香港特别行政区", "澳门": "澳门特别行政区",
}
NATIONAL = "全国"

# 在贵州省第十四届人民代表大会第三次会议上 / 向第一届全国人民代表大会第二次会议
_SESSION = re.compile(
    rf"(?P<pre>[在向])(?P<place>[^\s在向，。、：:；（）()“”\d]{{0,20}}?)"
    rf"(?P<body>第?{_WS}{_NUM}{_WS}届{_WS}(?P<nat>全{_WS}[国國])?{_WS}人{_WS}民{_WS}代{_WS}表{_WS}大{_WS}[会會]"
    rf"{_WS}第{_WS}{_NUM}{_WS}次{_WS}[会會]{_WS}[议議])"
)
_DATE = re.compile(
    rf"(?P<y>[\d０-９]{{4}}|[{_CN}]{{4}})\s*年\s*(?P<m>[\d０-９]{{1,2}}|[{_CN}]{{1,3}})\s*月"
    rf"\s*(?P<d>[\d０-９]{{1,2}}|[{_CN}]{{1,3}})\s*日"
)
_TITLES = "总理|省长|市长|区长|县长|旗长|州长|盟长|主席"
# 李炳军, 龚 正, 艾尔肯·吐尼亚孜
_NAME = (
    r"(?:[\u4e00-\u9fff]{1,8}[·•][\u4e00-\u9fff·•]{1,12}"
    r"|(?![在作向])[\u4e00-\u9fff](?:[\s\u3000]?[\u4e00-\u9fff]){1,3}?)"
)
# 省长 李炳军 / 北京市市长 殷勇同志作… / 省长毛伟明作… / 主席王莉霞在…
_SPEAKER_AFTER = re.compile(
    rf"(?<![副])(?:{_TITLES})[\s\u3000]*(?P<name>{_NAME})[\s\u3000]*(?:同志|作|在|代表|$)"
)
# 龚正市长在…
_SPEAKER_BEFORE = re.compile(
    rf"(?:^|[日\s\u3000，,])(?P<name>[\u4e00-\u9fff]{{2,4}}?)(?:代理|代)?(?:{_TITLES})(?:同志)?[在作]"
)
_TITLE_ONLY = re.compile(rf"(?:{_TITLES})[\s\u3000]*$")
_LONE_NAME = re.compile(r"^[\u4e00-\u9fff][\u4e00-\u9fff·•\s\u3000]{0,6}[\u4e00-\u9fff]$")
_SOURCE = re.compile(r"^[ \t\u3000]*(?:文章|信息|稿件)?来\s*源\s*[：:][ \t\u3000]*(?P<src>[^\n]*)", re.M)
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_REVIEW = re.compile(r"([12]\d{3})\s*年\s*(?:国内)?工作的?回顾")
_FIRST_PART = re.compile(r"^[#*\s]*一\s*[、.．]")
_NATIONAL_CUE = re.compile(r"代表国务院|受国务院|国务院的委托|国务院总理|中华人民共和国国务院|全[国國]人民代表大[会會]")
_GENERIC = {"自治区", "特别行政区", "地区", "本市", "全市", "我市", "全省", "我省", "全区", "我区",
            "本区", "全县", "我县", "全州", "全盟", "全旗", "市区", "城区", "辖区", "新区", "园区"}
_GOV_PLACE = re.compile(r"代表(?P<place>[\u4e00-\u9fff]{2,15}?)人民政府")
_FURNITURE = ("来源", "时间", "首页", "下载", "打印", "分享", "字号", "字体", "浏览", "位置")


def read_meta(text: str, path: str = "", manifest: Optional[dict] = None) -> ReportMeta:
    """Fill a :class:`ReportMeta` from the opening of a report.

    ``manifest`` is a row of a corpus ``manifest.csv`` (keys ``region``,
    ``level``, ``year``, ``title``); its region/level/year win when present.

    >>> read_meta("各位代表：\\n现在，我代表国务院……", "1979-国务院.txt").region
    '全国'
    """
    head = text[:WINDOW]
    lines = _header_lines(head)
    meta = ReportMeta(title=_title(lines), source=_source(head))
    session = _SESSION.search(head)
    place = ""
    if session:
        meta.session = re.sub(r"[\s\u3000]", "", session.group("place") + session.group("body"))
        place = NATIONAL if session.group("nat") else _place(session.group("place"))
        meta.date = _session_date(head, session)
    meta.speaker = _speaker(lines, session.group(0) if session else "")
    meta.region = (
        place
        or _title_place(meta.title)
        or _speaker_place(lines)
        or _gov_place(head)
        or (NATIONAL if _NATIONAL_CUE.search(head) else "")
        or _file_place(path)
    )
    meta.year = _year(meta.date, meta.title, path, head)
    _apply_manifest(meta, manifest)
    meta.level = meta.level or level_of(meta.region)
    return meta


# --- levels ----------------------------------------------------------------

def level_of(region: str) -> str:
    """Administrative level of a region name.

    >>> [level_of(r) for r in ("全国", "上海市", "贵州省", "广西壮族自治区", "贵阳市",
    ...                        "内蒙古自治区呼伦贝尔市海拉尔区", "修文县", "鄂温克族自治旗", "")]
    ['national', 'provincial', 'provincial', 'provincial', 'city', 'district', 'county', 'county', '']
    """
    region = re.sub(r"[（(].*?[）)]", "", region).strip()
    if not region:
        return ""
    if region.startswith(NATIONAL) or region in ("国务院", "中央", "中华人民共和国"):
        return "national"
    if region in MUNICIPALITIES or region in SHORT_NAMES:
        return "provincial"
    if region.endswith(("特别行政区", "地区", "州", "盟")):
        return "city"
    if region.endswith("自治区") and not re.search("[市州盟县]", region):
        return "provincial"
    if region.endswith("省"):
        return "provincial"
    if region.endswith("区"):
        return "district"
    if region.endswith(("县", "旗")):
        return "county"
    if region.endswith("市"):
        return "city"
    return ""


# --- pieces ----------------------------------------------------------------

def _header_lines(head: str) -> list[str]:
    """Non-empty lines before ``各位代表`` (or the first few lines)."""
    lines = [ln.strip(" \t\u3000") for ln in head.split("\n")]
    lines = [ln for ln in lines if ln]
    for i, ln in enumerate(lines[:MAX_HEADER_LINES]):
        if ln.startswith("各位代表") or _FIRST_PART.match(ln):
            return lines[:i]
    return lines[:HEADER_LINES]


def _compact(s: str) -> str:
    return re.sub(r"[\s\u3000]", "", s)


def _title(lines: list[str]) -> str:
    """First short line naming 政府工作报告 (a title split over two lines is joined)."""
    key = "政府工作报告"
    split = [a + b for a, b in zip(lines, lines[1:])
             if key not in _compact(a) and key not in _compact(b) and key in _compact(a + b)]
    for cand in lines + split:
        c = _clean_title(cand)
        if "政府工作报告" in c and len(c) <= 40 and not re.search("[。，]|作政府|会议|代表", c):
            return c
    return ""


def _clean_title(line: str) -> str:
    """Drop markup, spaces, breadcrumbs and site-name suffixes.

    >>> _clean_title("# 2024年 政府工作报告"), _clean_title("首页 > 要闻 > 2026年政府工作报告_云南省人民政府")
    ('2024年政府工作报告', '2026年政府工作报告')
    """
    c = _compact(line).strip("#*=")
    c = re.split(r"[>»]", c)[-1]
    parts = [p for p in re.split(r"[_|｜]|--|—{2}-?", c) if "政府工作报告" in p]
    return (parts[0] if parts else c).strip("#*=")


def _source(head: str) -> str:
    """Publisher after 来源：, or on the next line when the label stands alone."""
    m = _SOURCE.search(head)
    if not m:
        return ""
    src = m.group("src").strip()
    if not src:
        rest = head[m.end():].lstrip()
        src = rest.split("\n", 1)[0].strip()
        if src.startswith(_FURNITURE) or "：" in src:
            return ""
    src = re.split(r"\s{2,}|\t|\u3000|(?:发布|发表)?时间|作者|浏览|编辑|责任编辑", src)[0]
    return src.strip(" 　:：")


def _place(place: str) -> str:
    """A session's place name, if it looks like one (贵阳市, 呼伦贝尔市海拉尔区)."""
    place = _compact(place)
    if place in _GENERIC or re.search("大会|会议|代表|政府", place):
        return ""
    if len(place) >= 2 and place.endswith(_PLACE_SUFFIX):
        return place
    return SHORT_NAMES.get(place, "")


def _title_place(title: str) -> str:
    """2025年贵州省政府工作报告 → 贵州省; 2025年宁夏政府工作报告 → 宁夏回族自治区."""
    if "国务院" in title or "中华人民共和国" in title:
        return NATIONAL
    m = re.search(r"(?:\d{4}年)?([\u4e00-\u9fff]{2,20}?)(?:人民)?政府工作报告", title)
    if m and _place(m.group(1)):
        return _place(m.group(1))
    m = re.search(r"政府工作报告[（(]([\u4e00-\u9fff]{2,20})[）)]", title)
    return _place(m.group(1)) if m else ""


def _speaker_place(lines: list[str]) -> str:
    """上海市市长　应勇 → 上海市."""
    for ln in lines:
        m = re.match(rf"([\u4e00-\u9fff]{{2,20}}?)(?:人民政府)?(?:代理|代)?(?:{_TITLES})", ln)
        if m and _place(m.group(1)):
            return _place(m.group(1))
        if ln.startswith("国务院总理"):
            return NATIONAL
    return ""


def _gov_place(head: str) -> str:
    """我代表海拉尔区人民政府 → 海拉尔区 (我代表省人民政府 gives nothing)."""
    for m in _GOV_PLACE.finditer(head):
        place = _place(m.group("place"))
        if place:
            return place
    return ""


def _file_place(path: str) -> str:
    """2025-贵州省.txt → 贵州省; 1954-国务院.txt → 全国."""
    stem = Path(path).stem if path else ""
    for run in re.findall(r"[\u4e00-\u9fff]+", stem):
        if run in ("国务院", NATIONAL, "中央"):
            return NATIONAL
        if _place(run):
            return _place(run)
    return ""


def _session_date(head: str, session: re.Match) -> str:
    """The date written just before the session phrase, as yyyy-mm-dd."""
    line_start = head.rfind("\n", 0, session.start()) + 1
    before = head[max(line_start, session.start() - 60):session.start() + 1]
    dates = list(_DATE.finditer(before))
    if not dates:
        return ""
    d = dates[-1]
    y, mo, day = (_cn_int(d.group(k)) for k in "ymd")
    if None in (y, mo, day) or not (1 <= mo <= 12 and 1 <= day <= 31):
        return ""
    return f"{y:04d}-{mo:02d}-{day:02d}"


_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def _cn_int(s: str) -> Optional[int]:
    """'2026', '２０２６', '二〇二六', '十二', '二十七' → int.

    >>> [_cn_int(s) for s in ("2026", "２０２６", "二〇二六", "一", "十", "十二", "二十七", "三十")]
    [2026, 2026, 2026, 1, 10, 12, 27, 30]
    """
    s = s.translate(_FULLWIDTH)
    if s.isdigit():
        return int(s)
    digits = {c: i for i, c in enumerate("〇一二三四五六七八九")}
    digits["零"] = 0
    if "十" not in s:
        if not all(c in digits for c in s):
            return None
        return int("".join(str(digits[c]) for c in s))
    tens, _, ones = s.partition("十")
    if (tens and tens not in digits) or (ones and ones not in digits):
        return None
    return (digits[tens] if tens else 1) * 10 + (digits[ones] if ones else 0)


def _speaker(lines: list[str], session_text: str) -> str:
    """Name of the person delivering the report, without the title."""
    for i, ln in enumerate(lines):
        if ln.startswith(_FURNITURE):
            continue
        for rx in (_SPEAKER_AFTER, _SPEAKER_BEFORE):
            m = rx.search(ln)
            if m:
                return _compact(m.group("name"))
        if _TITLE_ONLY.search(ln) and i + 1 < len(lines) and _LONE_NAME.match(lines[i + 1]):
            return _compact(lines[i + 1])
    return _lone_name_after_session(lines, session_text)


def _lone_name_after_session(lines: list[str], session_text: str) -> str:
    """A bare name on its own line after the session line (周恩来 in 1957)."""
    if not session_text:
        return ""
    key = _compact(session_text)[-6:]
    seen = False
    for ln in lines:
        if seen and _LONE_NAME.match(ln) and len(_compact(ln)) <= 4 and not ln.startswith(_FURNITURE):
            return _compact(ln)
        seen = seen or key in _compact(ln)
    return ""


def _year(date: str, title: str, path: str, head: str) -> Optional[int]:
    """Delivery year: date, title, file name, else the year reviewed + 1."""
    for src in (date[:4], title, Path(path).name if path else ""):
        m = _YEAR.search(src)
        if m:
            return int(m.group(1))
    m = _REVIEW.search(head.translate(_FULLWIDTH))
    return int(m.group(1)) + 1 if m else None


def _apply_manifest(meta: ReportMeta, manifest: Optional[dict]) -> None:
    if not manifest:
        return
    if manifest.get("region"):
        meta.region = str(manifest["region"]).strip()
    if manifest.get("level"):
        meta.level = str(manifest["level"]).strip()
    year = str(manifest.get("year") or "").strip()
    if year.isdigit():
        meta.year = int(year)
    if not meta.title and manifest.get("title"):
        meta.title = str(manifest["title"]).strip()
