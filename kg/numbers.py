"""Numbers and units as work reports write them.

>>> parse_number("1,033.7"), parse_number("１２"), parse_number("一百二十万"), parse_number("两千")
(1033.7, 12.0, 1200000.0, 2000.0)
>>> fold_unit(1.2, "万套")
(12000.0, '套')
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

#: Multipliers that begin a unit as stated (1.2万套). 千 and 百 are not folded:
#: they begin real units (千瓦, 百分点).
MULTIPLIERS = (("万亿", 1e12), ("亿", 1e8), ("万", 1e4))

#: Units, longest first so that 平方公里 wins over 公里.
UNITS = sorted("""
个百分点 百分点 平方公里 平方米 立方米 千瓦时 千瓦 兆瓦 吉瓦 千米 公里 公顷 亩 吨 公斤 千克 元 美元
人次 人 户 家 个 项 条 座 所 栋 幢 套 张 块 处 件 起 轮 辆 艘 架次 架 台 间 床 名 位 倍 番 例
千升 升 标箱 标准箱 卡 天 次 场 批 种 类 支 只 头 羽 株 棵 部 篇 门 宗 笔 份 对 片 团 届 期
批次 场次 艘次 户次 辆次 件次 车次 班次 航次 家庭 列 斤 岁 微克/立方米
吨标准煤 吨标煤 度 成 分/千瓦时 分/度 分/立方米 元/千瓦时 元/立方米
GWh MWh kWh TWh GW MW kW Eflops EFLOPS EFlops PFlops PFLOPS TFlops TFLOPS PF EF P TEU
""".split(), key=len, reverse=True)

_UNIT_SET = frozenset(UNITS)

#: Counting words: the noun that follows them names what is counted (建成5座水库).
CLASSIFIERS = frozenset("个 项 条 座 所 栋 幢 套 张 块 处 件 起 轮 辆 艘 架 台 间 名 位 例 批 种 类 支 只 部 家 户 宗 笔 份 对 片 团".split())

#: A unit may go on with a rate denominator (元/月, 万吨/日).
PER = ("/月", "/年", "/人", "/日", "/天", "/吨", "/亩", "/小时", "/平方米")

CN_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿"


@lru_cache(maxsize=4096)
def parse_number(s: str) -> float:
    """Read an Arabic or Chinese numeral; raise ValueError when it is neither."""
    t = unicodedata.normalize("NFKC", s).replace(",", "").replace("，", "")
    try:
        return float(t)
    except ValueError:
        pass
    import cn2an  # imported late: it is slow to import and rarely needed
    return float(cn2an.cn2an(t.replace("两", "二"), "smart"))


def fold_unit(value: float, unit: str) -> tuple[float, str]:
    """Fold a Chinese multiplier at the head of ``unit`` into ``value``.

    千 is folded only where it is no part of the unit: 9千亿元 and 5千户, not 500千瓦.

    >>> fold_unit(9, "千亿元"), fold_unit(5, "千户"), fold_unit(500, "千瓦")
    ((900000000000.0, '元'), (5000.0, '户'), (500, '千瓦'))
    """
    if unit.startswith("千") and unit not in _UNIT_SET and (unit[1:] in _UNIT_SET or unit[1:2] in "万亿"):
        value, unit = fold_unit(value * 1000.0, unit[1:])
        return round(value, 6), unit
    for prefix, factor in MULTIPLIERS:
        if unit.startswith(prefix):
            return round(value * factor, 6), unit[len(prefix):]
    return value, unit


def is_classifier(unit: str) -> bool:
    """True when ``unit`` (multiplier removed) is a counting word such as 个 or 家."""
    return fold_unit(1.0, unit)[1] in CLASSIFIERS
