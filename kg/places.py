"""Administrative divisions: the national table (GB/T 2260 codes) that cpca ships.

Reports write places short (开阳, 黔南, 贵州) as often as in full (开阳县,
黔南布依族苗族自治州, 贵州省). :func:`divisions` gives every full name and its
short form with the six-digit code and the level; :func:`resolve` picks the
division a name means, preferring the report's own province and city, so a
bare 开阳 in Guiyang's report is 开阳县 of 贵阳市.

The table is read from cpca's data file without importing cpca (which would
pull in pandas): the package is a data dependency here.

>>> resolve("开阳", home="520100").name
'开阳县'
>>> resolve("黔南").code
'522700'
>>> resolve("贵州省").level
'province'
"""
from __future__ import annotations

import csv
import importlib.util
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

PROVINCE, CITY, COUNTY = "province", "city", "county"

_SUFFIX = re.compile(r"(?:特别行政区|自治区|自治州|自治县|自治旗|林区|特区|地区|新区|省|市|县|区|盟|旗|州)$")
_ETHNIC_REGION = re.compile(r"^(内蒙古|广西|西藏|宁夏|新疆)")


@dataclass(frozen=True)
class Division:
    code: str        # six digits
    name: str        # official full name
    level: str       # province | city | county

    @property
    def province(self) -> str:
        return self.code[:2] + "0000"

    @property
    def city(self) -> str:
        return self.code[:4] + "00"


def _table_path() -> Path:
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.origin:
        raise RuntimeError("the division table needs the cpca package (pip install cpca)")
    return Path(spec.origin).parent / "resources" / "adcodes.csv"


def _level(code: str) -> str:
    return PROVINCE if code.endswith("0000") else CITY if code.endswith("00") else COUNTY


@lru_cache(maxsize=1)
def divisions() -> tuple[Division, ...]:
    """Every division in the table, sorted by code."""
    out = {}
    with open(_table_path(), encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            name, code = row["name"].strip(), row["adcode"][:6]
            if not name or name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
                continue
            out[code] = Division(code, name, _level(code))
    return tuple(out[c] for c in sorted(out))


def short_name(name: str) -> str:
    """The name without its level suffix: 黔南布依族苗族自治州 → 黔南, 贵州省 → 贵州.

    >>> short_name("威宁彝族回族苗族自治县"), short_name("广西壮族自治区"), short_name("浦东新区")
    ('威宁', '广西', '浦东')
    """
    m = _ETHNIC_REGION.match(name)
    if m and name.endswith("自治区"):
        return m.group(1)
    short = _SUFFIX.sub("", name)
    if name.endswith(("自治州", "自治县", "自治旗")):
        # peel the peoples off the end (彝族回族苗族), longest name first
        peoples = _peoples()
        while True:
            people = next((p for p in peoples if short.endswith(p) and len(short) > len(p) + 1), None)
            if not people:
                break
            short = short[: -len(people)]
    return short if len(short) >= 2 else name


@lru_cache(maxsize=1)
def _peoples() -> tuple[str, ...]:
    """The 56 peoples' names, longest first (from cpca's table)."""
    path = _table_path().parent / "56_nations.csv"
    names = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return tuple(sorted(names, key=len, reverse=True))


@lru_cache(maxsize=1)
def _by_name() -> dict[str, tuple[Division, ...]]:
    table: dict[str, list[Division]] = {}
    for d in divisions():
        for key in {d.name, short_name(d.name)}:
            table.setdefault(key, []).append(d)
    return {k: tuple(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def _by_code() -> dict[str, Division]:
    return {d.code: d for d in divisions()}


def division(code: str) -> Optional[Division]:
    """The division of a GB/T 2260 code.

    >>> division("522700").name
    '黔南布依族苗族自治州'
    """
    return _by_code().get(code)


def names() -> list[str]:
    """Every full and short division name."""
    return sorted(_by_name())


def candidates(name: str) -> tuple[Division, ...]:
    return _by_name().get(name, ())


def resolve(name: str, home: str = "") -> Optional[Division]:
    """The division a name means, for a report whose own division code is ``home``.

    Higher levels win over lower ones elsewhere (西安 is the city, not a
    district of 辽源); within the home province, and then the home city, the
    nearest division wins.
    """
    found = candidates(name)
    if not found:
        return None

    def rank(d: Division) -> tuple:
        near = 0
        if home:
            near = 2 if d.code[:4] == home[:4] else 1 if d.code[:2] == home[:2] else 0
        exact = d.name == name
        return (-near, not exact, (PROVINCE, CITY, COUNTY).index(d.level), d.code)

    return min(found, key=rank)


@lru_cache(maxsize=256)
def home_division(region: str) -> Optional[Division]:
    """The division of a report's region as its manifest or title writes it.

    >>> home_division("贵州省贵阳市").code
    '520100'
    >>> home_division("内蒙古自治区呼伦贝尔市海拉尔区").name
    '海拉尔区'
    >>> [home_division(r).code for r in ("海南省", "河北省", "吉林省", "贵阳")]
    ['460000', '130000', '220000', '520100']

    Full names are read first: a short name is a prefix of other divisions' names too
    (海南 of 海南省 and of 海南区 in 乌海, 河北 of 河北区 in 天津).
    """
    named = [d for d in divisions() if d.name in region]
    if not named:
        named = [d for d, short in zip(divisions(), _short_names()) if len(short) >= 2 and region.startswith(short)]
    best = None
    for d in named:
        # the deepest division named, nested in the ones before it
        if best is None or (d.code.startswith(best.code[:2 if best.level == PROVINCE else 4])
                            and _depth(d) > _depth(best)):
            best = d
    return best


@lru_cache(maxsize=1)
def _short_names() -> tuple[str, ...]:
    """short_name of each division, in divisions() order: worked out once, not per report."""
    return tuple(short_name(d.name) for d in divisions())


def _depth(d: Division) -> int:
    return (PROVINCE, CITY, COUNTY).index(d.level)
