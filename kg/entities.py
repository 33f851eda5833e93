"""Named things a report mentions: projects, programmes, organizations and places.

Three sources, merged longest-first within each category:

* the gazetteer (``ontology/gazetteer.csv``): enterprises, institutions,
  government bodies, regions, rivers and countries that no suffix reveals
  (宁德时代, 农业农村部, 粤港澳大湾区, 越南), with their aliases;
* the national division table (:mod:`kg.places`): provinces and cities
  anywhere, counties and districts of the report's own province, short or in
  full (开阳 → 开阳县, code 520121);
* head nouns that name a thing (…项目, …工程, …基地, …产业园, …高速公路,
  …行动, …试点, …大学, …实验室, …集团…), whose name runs left from the
  head to the action verb or function word that frames it (实施|“软件再出发”行动,
  建设|贵阳大数据科创城).

Mentions are resolved to one :class:`~kg.records.Entity` per real thing in
the report: a short and a full division name share the division code, a
gazetteer alias shares its entry, and a name introduced with （简称“X”）
shares the short form.

>>> from kg.build import analyse
>>> text = "二、2024年工作安排\\n实施“软件再出发”行动，支持开阳、息烽建设磷氟精深加工基地。"
>>> doc = analyse(text, "guiyang.txt", {"region": "贵阳市", "year": "2024"})
>>> for e in resolve_entities(doc, extract_mentions(doc)):
...     print(e.cls, e.name, e.code, e.aliases)
AdministrativeArea 开阳 520121 ('开阳县',)
AdministrativeArea 息烽 520122 ('息烽县',)
Project 磷氟精深加工基地  ()
Programme “软件再出发”行动  ()
"""
from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

from .places import COUNTY, candidates, division, home_division, names as division_names, resolve, short_name
from .records import Document, Entity, Mention
from .schema import ONTOLOGY_DIR

PROJECT, PROGRAMME, PLACE, AREA = "Project", "Programme", "Place", "AdministrativeArea"
ORGANIZATION, AGENCY, ENTERPRISE, INSTITUTION = "Organization", "GovernmentAgency", "Enterprise", "Institution"

#: Category a class is scored and de-duplicated in.
GROUP = {PROJECT: PROJECT, PROGRAMME: PROJECT, PLACE: PLACE, AREA: PLACE, ORGANIZATION: ORGANIZATION,
         AGENCY: ORGANIZATION, ENTERPRISE: ORGANIZATION, INSTITUTION: ORGANIZATION}

# Head nouns, longest first within a class, and the class they give.
_HEADS: list[tuple[str, str]] = [
    (PROGRAMME, "专项行动 三年行动 攻坚行动 行动计划 行动 计划 试点 攻坚战 攻坚突破 攻坚 改革 专项整治 整治 示范区 试验区 先行区 工程"),
    (PROJECT, "项目 基地 产业园 科技园 物流园 工业园 园区 产业城 科创城 科学城 科技城 粮食城 商贸城 航空城 大学城 "
              "高速公路 快速路 铁路 高铁 机场 水库 电厂 电站 枢纽 陆港 港区 码头 班列 平台 "
              "数据中心 智算中心 算力中心 训练中心 展示中心 检测中心 鉴定中心 运营中心 服务中心 "
              "训练场 体验馆 博物馆 展览馆 纪念馆 图书馆 文化馆 体育馆 国家公园 国家文化公园 文化公园 公园 大桥 隧道 "
              "通道 管网 水网 生态圈 产业集群 特色小镇 小镇 步道 驿站 综合体 文化园 机组 灌区 储气库 管道 大道 走廊 科创园 创新区 "
              "航空港区 航空港 航天港 植物园 遗址公园 航道 船闸 北站 南站 东站 西站 城际线 城际 "),
    (ORGANIZATION, "有限公司 公司 集团 证券 人寿 大学 学院 研究院 研究所 实验室 创新中心 促进中心 保护中心 分中心 分院 "
                   "中医院 医院 银行 交易所 技术交易市场 协会 商会 联盟 基金会 院士工作站 院士工作室 "
                   "京剧院 歌舞剧院 剧团 艺术团 乐团"),
    (PLACE, "古镇 步行街 历史街区 景区 地质公园 湿地公园 千户苗寨 会址 遗址 都市圈 城市群 经济圈 经济带 经济区 新区 合作区 经济特区"),   # a wetland park is a place (gold: 阿哈湖国家湿地公园)
]
_HEAD_CLASS = {h: cls for cls, heads in _HEADS for h in heads.split()}
# 线 and 高速 head names only with a code or a route before them (S1线, 3号线, 贵平高速).
_LINE = re.compile(r"(?:轨道交通|地铁|有轨电车|城际铁路|市域快线|市域铁路)?[A-Z]{0,2}\d{1,2}号?线(?:[一二三四]期)?(?:[东西南北]?延伸段|[\u4e00-\u9fff]{2}段)?")
_HIGHWAY = re.compile(r"[\u4e00-\u9fff]{2,4}高速(?:公路)?(?:延伸段|扩容工程)?")
# What may follow a head inside the name: a phase, a bracketed note, a section (贵州段).
_PHASE = (r"(?:[一二三四五]期(?:项目|工程)?)?(?:（[^（）]{1,8}）)?"
          r"(?:[\u4e00-\u9fff]{2,3}至[\u4e00-\u9fff]{2,3}段|[东西南北]?延伸段|[\u4e00-\u9fff]{2}段|第[一二三四五六]跑道|T\d[A-Z]?航站楼|新馆|铁路专用线)?")
# A phase alone names a project after a proper stem: 董酒扩建一期, 安大二期, 习酒“十四五”技改一期.
_PHASE_ONLY = re.compile(r"(?<![第每这上下前后首])(?:改扩建|扩建|技改)?[一二三四五]期(?!项目|工程|基金|资金|规划|计划|的)")

# Words that frame a name from the left: the name starts after the last of them.
_FRAMES = set("""实施 开展 推进 推动 深化 启动 落实 加快 建设 建成 打造 支持 引进 引导 培育 争取 新建 开工 完成 抓好 办好 做好
加强 强化 深入 扎实 全面 持续 积极 大力 力争 确保 围绕 依托 聚焦 以 在 和 与 及 以及 或 等 的 为 对 将 把 向 由 从 通过
按照 推出 出台 制定 编制 组建 成立 设立 创建 申报 获批 入选 认定 开通 投用 投运 投产 竣工 运营 开放 举办 承办 召开 用好
发挥 服务 加速 提速 全力 着力 主动 协同 配合 参与 谋划 储备 招引 引入 落地 签约 续建 改造 提升 升级 扩建 改扩建 完善
优化 保障 保持 形成 布局 规划 加大 突出 促进 带动 助力 实现 达到 加紧 继续 进一步 同时 其中 包括 重点 一批 个 家 座 条 项
所 是 有 年 到 了 并 同 跟 向 往 于 来 去 深入实施 大力实施 加快建设 全力推进 加快推进 扎实推进 积极推进 持续推进 高标准
高水平 新增 共建 共同 联合 携手 合作 作为 成为 牵头 主导 带头 加入 围绕着 纳入 列入 以上 以下 全年 今年 明年 当年
各 各类 各级 相关 有关 一系列 若干 多个 更多 更 最 全 获评 荣获 获得 全省 全市 全区 全县 全国 我省 我市 我区 我县 本省 本市
开工建设 新开工 建成投用 建成投运 建成投产 开工建成 加快实施 加大力度 运用 学习运用 稳定 开行 稳定开行 化解 做强 做大 做优 做实 做深 大抓 抓实 狠抓 全面实施 持续实施 深入开展 广泛开展 积极争取 全力争取 上线 上线运行""".split())
# Verbs that build or back a project: its name starts after the last of them.
_BUILDING = set("""建设 建成 新建 开工 新开工 打造 支持 引进 招引 续建 开工建设 建成投用 建成投运 投用 投运 投产 竣工 开通 引入 落地
签约 争取 谋划 储备 完成 办好 用好 依托 围绕 聚焦 通过 推出 出台 组建 成立 设立 新设 获批 入选 获评 荣获 作为 成为 扩建 改扩建
举办 设置""".split())
# Verbs that govern a programme: its name starts after the last of them.
_GOVERNING = set("""实施 开展 启动 推进 推动 落实 深化 抓好 作为 入选 获评 获批 纳入 列入 争创 创建 参与 申报 组织 持续 深入
全面 加快 深入实施 大力实施 全面实施 持续实施 加快实施 深入开展 持续开展 扎实开展 广泛开展 实行 推行 开启 打好 打赢
完成 收官""".split())
_CJK = r"\u4e00-\u9fff"


@dataclass(frozen=True)
class Lexeme:
    name: str
    cls: str
    key: str                    # the entry every alias resolves to
    scope: str = ""             # "local": a body every region has its own of (工会, 妇联), not one thing
                                # across reports; "division": the administrative division of that name (香港, 黔南)


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, Lexeme]:
    """Name or alias → lexicon entry, from ``ontology/gazetteer.csv``; class ``Stop`` marks non-names."""
    out: dict[str, Lexeme] = {}
    with open(ONTOLOGY_DIR / "gazetteer.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            name, cls = row["name"].strip(), row["class"].strip()
            scope = (row.get("scope") or "").strip()
            for form in [name, *filter(None, row.get("aliases", "").split("|"))]:
                out.setdefault(form.strip(), Lexeme(name, cls, name, scope))
    return out


def _automaton(home: str):
    """An Aho-Corasick automaton over gazetteer and division names for a report's home division."""
    return _province_automaton(home[:2])


@lru_cache(maxsize=64)
def _province_automaton(home: str):
    # which divisions are in scope depends on the home province only, so reports share it
    import ahocorasick
    auto = ahocorasick.Automaton()
    lex = gazetteer()
    stop = set(_stop_names())
    for name, entry in lex.items():
        if entry.cls != "Stop":
            auto.add_word(name, (name, entry.cls, "gazetteer"))
    for name in division_names():
        if name in stop or name in lex or len(name) < 2:
            continue
        if _division_in_scope(name, home):
            auto.add_word(name, (name, AREA, "division"))
    auto.make_automaton()
    return auto


def _division_in_scope(name: str, home: str) -> bool:
    """Full names anywhere; short names of provinces and cities anywhere, of counties at home only."""
    for d in candidates(name):
        if d.level != COUNTY or (home and d.code[:2] == home[:2]):
            return True
    return False


def extract_mentions(doc: Document) -> list[Mention]:
    """Every mention of a named thing in the report, in text order."""
    home = home_division(doc.meta.region or "")
    home_code = home.code if home else ""
    out: list[Mention] = []
    for sent in (*doc.sentences, *doc.glossary):
        found = _lexicon_mentions(sent.text, home_code) + _headed_mentions(sent.text, home_code)
        kept = _longest_per_group(found)
        for cls, name, start, key in kept:
            end = start + len(name)
            nested = any(_nested_in(cls, start, end, c, n, s) for c, n, s, _ in kept)
            out.append(Mention(cls, name, sent.start + start, sent.start + end,
                               sent.start, key, sent.section, nested))
    return out


def _nested_in(cls: str, start: int, end: int, outer_cls: str, outer: str, outer_start: int) -> bool:
    """Whether a name of ``cls`` at [start, end) stands inside a longer name of another group.

    Such a name is not counted alone (贵州 in 贵州大学), unless it is a body inside a work
    (肇庆宁德时代二阶段工程), the place a quoted programme's field names (武陵山区“山水工程”,
    as the gold counts it) or the division a work's name opens with (瓮安 in 瓮安矿化一体…项目).
    """
    if not (outer_start <= start and end <= outer_start + len(outer)) or GROUP[outer_cls] == GROUP[cls] \
            or GROUP[cls] == PROJECT or (len(outer) <= end - start and GROUP[outer_cls] != PROJECT):
        return False
    if GROUP[outer_cls] == PROJECT:
        return not (cls in (ENTERPRISE, INSTITUTION) or outer[end - outer_start:end - outer_start + 1] == "“"
                    or (start == outer_start and _division_opening(cls, outer[end - start:end - start + 1])))
    return True


_ROUTE_JOINS = set("至经到—-－～~")


def _division_opening(cls: str, following: str) -> bool:
    """Whether a place opening a work's name is a division, and not an end of a route (桐梓至新蒲铁路):
    ``following`` is the name's character after the place (none for a list's bare item, 威宁 of 威宁、德江机场)."""
    return cls == AREA and following not in _ROUTE_JOINS


# one-character names of provinces, which a direction after them divides (渝东北, 闽西北, 豫西南)
_PROVINCE_ABBREVIATIONS = set("京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔贵滇云藏陕秦甘陇青宁新蒙")
# firms whose names are common words: named as firms only at the start of a phrase or list item,
# and after 、, 和, 与 or 及 only among firms (see _among_firms)
_COMMON_WORD_BRANDS = {"浪潮", "小米", "理想", "长城", "海尔", "恒力"}
_BRAND_BEFORE = set("，。；：、和与及“（(")
_DIRECTION_REGION = re.compile("[东西南北][东西南北部](?:地区)?")
_PROVINCE_PART = re.compile(f"[{''.join(sorted(_PROVINCE_ABBREVIATIONS))}][东西南北]{{1,2}}(地区|片区)?")
_PROVINCE_PARTS_RUN = re.compile(f"(?:[{''.join(sorted(_PROVINCE_ABBREVIATIONS))}][东西南北]{{1,2}}){{2,}}")


def _lexicon_mentions(text: str, home: str) -> list[tuple[str, str, int, str]]:
    out = []
    # 渝东北片区, 渝西地区, 黔东南, 粤东粤西粤北: a one-character province name and a direction name a part of a province
    runs = [r.span() for r in _PROVINCE_PARTS_RUN.finditer(text)]
    for m in _PROVINCE_PART.finditer(text):
        if m.group(1) or text[m.end():m.end() + 1] in "，。、；和与等" or any(a <= m.start() < b for a, b in runs):
            out.append((PLACE, m.group(), m.start(), ""))
    for end, (name, cls, source) in _automaton(home).iter(text):
        start = end - len(name) + 1
        toponym = _toponym_after(text, end + 1, name, cls)
        if toponym:
            # 黄浦江, 苏州河, 南京路, 江汉平原: a river, street or plain named after the place, not the place
            out.append((PLACE, name + toponym, start, ""))
            continue
        if _inside_words(text, start, end + 1, GROUP.get(cls) == PLACE):
            continue
        if GROUP.get(cls) == PLACE and text[end + 1:end + 2] == "港" and text[end + 2:end + 3] not in _NOT_PORT:
            if end + 2 in _word_edges(text) and not candidates(name + "港"):     # (防城港, 连云港: cities)
                out.append((PROJECT, name + "港", start, ""))
            continue            # 舟山港, 重庆港: the port, a facility named after the place
        if name in _COMMON_WORD_BRANDS and start > 0 and (
                text[start - 1] not in _BRAND_BEFORE
                or (text[start - 1] in _LIST_JOINS and not _among_firms(text, start, end + 1))):
            continue            # 创新浪潮澎湃, 数字化浪潮, 沁州黄小米: the word, not the firm (支持鲲鹏、浪潮等服务器);
                                # 粳稻、小米、鲜食玉米: the grain
        if _DIRECTION_REGION.fullmatch(name) and (text[start - 1:start] in _PROVINCE_ABBREVIATIONS
                                                  or _PROVINCE_PART.fullmatch(text, max(0, start - 2), start)):
            continue            # 渝东北, 闽西北, 粤东西北: parts of that province, not a region of China
                                # (not 新西藏, 川南充)
        if source == "division":
            d = resolve(name, home)
            out.append((AREA, name, start, f"code:{d.code}" if d else name))
        elif (entry := gazetteer()[name]).scope == "division":      # 香港, 黔南: the division, by its code
            out.append((AREA, name, start, f"code:{candidates(entry.key)[0].code}"))
        else:
            out.append((cls, name, start, f"lex:{entry.key}"))
    return out


# what makes a place's short name the name of a river, lake, street or plain (not 河南河北: see below)
_TOPONYM = re.compile(r"(?:(?:河|江|湖)?(?:[东西南北中]路|路|大道|大街|街)|河|江|湖|平原|湿地)")   # 阿里河路 whole
_ADMINISTRATIVE_END = tuple("省市区县盟旗镇乡")     # not 州: 苏州河, 广州路
_DIRECTIONAL = re.compile("[东西南北中]部|[东西南北]{2}")     # 中西部湖泡: a region, not a lake's name
_WATER_END = ("河", "江", "湖", "海", "流域")          # 太湖湖体, 洞庭湖湿地: already the water


def _toponym_after(text: str, at: int, name: str, cls: str) -> str:
    """路 in 南京路: the suffix that makes a place name part of a longer toponym, or ""."""
    if GROUP.get(cls) != PLACE or name.endswith(_ADMINISTRATIVE_END + _WATER_END) or _DIRECTIONAL.fullmatch(name):
        return ""
    m = _TOPONYM.match(text, at)
    if not m or m.end() not in _word_edges(text):
        return ""           # 深圳|河套, 奇台|江布拉克: the suffix begins another word
    after = text[m.start():m.start() + 2]
    if candidates(after) or after in gazetteer() or _name_char_after(text, m.end()):
        return ""           # 河南河北: the next character begins another name; 南京路网, 中山大道上 …
    return m.group()


def _name_char_after(text: str, at: int) -> bool:
    """A suffix followed by one that makes it a common word: 江苏路网 (网), 湖面, 街道, 河道, 江岸."""
    return text[at:at + 1] in _COMMON_WORD_NEXT


_COMMON_WORD_NEXT = set("网面道岸段口水畔边线区径湟泊")


_STATIONS = {"北站", "南站", "东站", "西站"}
_WORD_BOUND_HEADS = {"大道", "走廊", "管道", *_STATIONS}     # not 广|西站
# heads no list before them shares: 合新高铁、合肥西站 are two works
_UNSHARED_HEADS = {"项目", *_STATIONS}
# heads of a region named after the places in it: no verb stands in such a name
_REGION_HEADS = {"都市圈", "城市群", "经济圈", "经济带", "经济区", "新区", "合作区", "经济特区"}
_MODERNISED = re.compile(r"..化$")
_NOT_PORT = ("澳", "台", "口", "区")        # 港澳, 港台, 港口, 港区 (and nothing at the end of the text)


def _after_last_verb(text: str, start: int, end: int) -> int:
    """萍乡深度融入|长株潭城市群, 健全|合肥都市圈: where the stretch goes on after its last verb.

    One-character verbs are left: they are as often a place's abbreviation (兰白定临城市群);
    prepositions and counts end the stretch too (以|西咸新区, 新一批|浦东新区).
    """
    at, depth, counted = start, 0, False
    for word, flag in _tagged(text[start:end]):
        at += len(word)
        depth = max(0, depth + (word in "“（(") - (word in "”）)"))
        if depth:
            continue                # “襄十随神”城市群, 中欧（保亭）…合作区: a quotation stays whole
        if word[0] == "以" and len(word) > 1 and flag == "f":
            start = at - len(word) + 1      # 以西 read as one word: 以|西咸新区
            continue
        if (len(word) > 1 and (flag in ("v", "l", "a") or flag == "vn" and not _MODERNISED.search(word))) \
                or flag == "p" or (flag == "m" and len(word) > 1) or (counted and len(word) == 1):
            start = at              # (not 现代化: 长春现代化都市圈; 15部|浦东新区 after its count)
        counted = flag == "m"
    return start


# the characters before a head that make it part of another word: 高|新区 (高新区), 协|商会 (协商会议),
# 招|商会 (招商会, a fair)
_NOT_AFTER = {"新区": "高", "商会": "协招"}


def _headed_mentions(text: str, home: str) -> list[tuple[str, str, int, str]]:
    out = []
    for m in _head_pattern().finditer(text):
        head = m.group("head")
        if _head_of_other_word(text, m.end(), _quoted_before(text, m.start("head"))):
            continue                    # 计划|生育, 工程|师: the head begins another word
        if head in _WORD_BOUND_HEADS and not {m.start("head"), m.end()} <= _word_edges(text):
            continue                    # 重特|大道|路交通事故: a head that must be a word of its own
        if m.start("head") and text[m.start("head") - 1] in _NOT_AFTER.get(head, ""):
            continue                    # 长沙高新区: a development zone, not a new district; 协商会议, 招商会
        start = _name_start(text, m.start("head"), _HEAD_CLASS[head] == PROGRAMME)
        if head in _REGION_HEADS:
            start = _after_last_verb(text, start, m.start("head"))
        end = m.end()
        opening = _quoted_around(text, m.start("head"), end)
        if opening >= 0:
            start, end = _field_before(text, opening, end + 1), end + 1
        start = _quotation_start(text, start, m.start("head"))
        opened = text.rfind("“", 0, start)
        if text[end:end + 1] == "”" and opened > text.rfind("”", 0, start) and start > opened + 1:
            continue                    # a piece of a quotation the head closes (“一区两基地”: 区两基地)
        # 项目 earlier in the stem ends a description before the name: 产业项目|毕节…一体化项目
        # (of other heads, a name holds two: 北京大学口腔医院三亚医院)
        earlier = text.rfind(head, start, m.start("head")) if head == "项目" else -1
        if earlier > start and "“" not in text[start:m.start("head")]:
            start = earlier + len(head)
        name = text[start:end]
        if _is_name(name, head, home) and not _counted_class(text, start, end, home) \
                and not (len(head) > 1 and _begins_in_verb(text, m.start("head"), m.end())):
            out.append((_class_of(name, head, text[:start], text[end:]), name, start, ""))
        shared = text[m.start("head"):m.end()]
        if head == "实验室" and _bare(text[start:m.start("head")]):
            # 嘉陵江、明月湖实验室: each listed name shares the head
            out.extend((INSTITUTION, text[a:b], a, f"name:{_plain(text[a:b] + shared)}")
                       for a, b, _ in _listed_before(text, m.start("head"), home))
        if _HEAD_CLASS[head] == PROJECT and head not in _UNSHARED_HEADS and _bare(_SCALE.sub("", text[start:m.start("head")])):
            # each item shares the head: 威宁 in 威宁、德江机场 is the same thing as 威宁机场
            out.extend((PROJECT, text[a:b], a, f"{'name' if completed else 'item'}:{_plain(text[a:b] + shared)}")
                       for a, b, completed in _listed_before(text, m.start("head"), home))
    if "等" in text:
        out.extend((PROJECT, text[a:b], a, "") for a, b in _projects_listed_before_etc(text, home))
        out.extend((ENTERPRISE, text[a:b], a, "") for a, b in _enterprises_listed_before_etc(text, home))
        out.extend((ENTERPRISE, text[a:b], a, "") for a, b in _listed_with_known_firms(text))
    out.extend((PLACE, text[a:b], a, "") for a, b in _places_listed_before_etc(text))   # 等 or a count ends the list
    # each pattern runs only on sentences holding its fixed part: scanning every sentence was a tenth of the stage
    for m in _PHASE_ONLY.finditer(text) if "期" in text else ():
        start = _name_start(text, m.start())
        if m.start() - start < 2 and _abbreviation(text[m.start() - 2:m.start()]):
            start = m.start() - 2       # 安大 in 加快安大二期: jieba reads 安 as a verb
        if _phase_stem(text[start:m.start()], home):
            out.append((PROJECT, text[start:m.end()], start, ""))
    for rx, fixed in ((_LINE, "线"), (_HIGHWAY, "高速")):
        for m in rx.finditer(text) if fixed in text else ():
            start = _name_start(text, m.end() - 2) if rx is _HIGHWAY else m.start()
            name = text[start:m.end()]
            if len(name) >= 3 and (rx is _LINE or _is_name(name, "高速", home)):
                out.append((PROJECT, name, start, ""))
    return out


@lru_cache(maxsize=4)
def _word_edges(text: str) -> frozenset[int]:
    """Where the tagger's words of a sentence begin and end."""
    edges, at = {0}, 0
    for word in _pos_tokenizer().cut(text):
        at += len(word)
        edges.add(at)
    return frozenset(edges)


# Endings that make a head part of another word: 计划生育, 工程师, 大学生, 银行业, 集团化, 各项目标.
# (not nouns a name goes on with: 工程建设, 工业园区, 试点工作, 三年行动计划)
_OTHER_WORD_ENDINGS = {"师", "生", "业", "化", "制", "法", "性", "院", "学", "标", "录", "外", "内", "间", "经济", "生育", "体制"}
_OTHER_WORD_START = re.compile("|".join(sorted(_OTHER_WORD_ENDINGS, key=len, reverse=True)))


def _head_of_other_word(text: str, end: int, quoted: bool = False) -> bool:
    """Whether the word the tagger reads at a head's end makes the head part of another word,
    or the head modifies the noun after it (枢纽|经济, 高铁|时代, 试点|经验). A quoted name keeps
    its head (学习运用“千万工程”经验)."""
    modifies = None if quoted else _MODIFIED_NOUN.match(text, end)
    if not _OTHER_WORD_START.match(text, end) and not modifies:
        return False                    # most heads: no need to segment the sentence
    edges = _word_edges(text)
    if end in edges:
        return bool(modifies) and end + len(modifies.group()) in edges
    word_end = min(i for i in edges if i > end)
    rest = text[end:word_end]
    return rest in _OTHER_WORD_ENDINGS or not quoted and bool(_MODIFIED_NOUN.fullmatch(rest))


def _quoted_before(text: str, head: int) -> bool:
    """Whether a quotation closes before the head in its clause (“千万工程”经验, not “四网融合”优势，…高铁时代)."""
    close = text.rfind("”", max(0, head - 16), head)
    return close >= 0 and not re.search(r"[，；。：、]", text[close:head])


def _begins_in_verb(text: str, start: int, end: int) -> bool:
    """Whether a head's first character ends a verb of the sentence (贯通|道路 holds 通道)."""
    edges = _word_edges(text)
    if start in edges or not any(start < i < end for i in edges):
        return False
    at = 0
    for word, tag in _tagged(text):
        if at <= start < at + len(word):
            return tag.startswith("v")
        at += len(word)
    return False


# Nouns a head only modifies when they follow it as words of their own: 枢纽|经济, 高铁|时代, 试点|经验.
_MODIFIED_NOUN = re.compile("时代|经验|体系|模式|机制|理念|格局|优势|效应|动车组|经济|政策")


# Idioms and set phrases that hold a name as characters of their own (长治久安, 世界大同).
_SET_PHRASES = {"i", "l"}


def _inside_words(text: str, start: int, end: int, place: bool = False) -> bool:
    """Whether a short dictionary name at ``text[start:end]`` is part of other words, not a word of the sentence.

    The sentence's words cross its edge (均衡|水平 holds 衡水, 医保|定点 holds 保定, 文化教育|部门
    holds 教育部), or one idiom holds it (长治久安), or it begins inside a word (see below). A
    longer word it begins is a longer name (贵州 in 贵州大学): the name stays, nested in it.
    Names of four characters or more are not read into other words.
    """
    if end - start > 3:
        return False
    edges = _word_edges(text)
    if start in edges and end in edges:
        return False
    if any(i in edges for i in range(start + 1, end)):
        return True
    if start not in edges:
        # inside a word (隆重庆祝 holds 重庆, 人民解放军 解放), or ending one after only directions (东西部
        # holds 西部) or one that is no place name (水资源 holds 资源, 出海口 海口, 左右江 右江);
        # a name that ends a place name stays (长江黄河, 首都北京, 大凉山)
        word_start = max(i for i in edges if i <= start)
        if end not in edges or set(text[word_start:start]) <= _DIRECTIONS:
            return True
        word = text[word_start:end]
        return place and dict(_tagged(word)).get(word) not in ("ns", "j")
    # one word holds the name: tag that word alone (its dictionary tag), not the whole sentence again
    word = _tagged(text[max(i for i in edges if i <= start):min(i for i in edges if i >= end)])
    return len(word) == 1 and word[0][1] in _SET_PHRASES


_DIRECTIONS = set("东西南北中")


@lru_cache(maxsize=1)
def _head_pattern() -> re.Pattern:
    heads = sorted(_HEAD_CLASS, key=len, reverse=True)
    return re.compile(rf"(?P<head>{'|'.join(map(re.escape, heads))}){_PHASE}")


# Words that end the stretch a name can stand in: a name comes after them.
_BOUNDARY_WORDS = {"和", "与", "及", "以及", "或", "的", "等", "、", "并", "同", "跟", "对", "在", "是", "为", "把", "将", "从", "向"}
# Part-of-speech tags a name does not start with (jieba's tag set).
_NOT_FIRST = {"v", "vd", "d", "p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "r", "m", "q", "mq", "ad", "x", "y", "e", "o"}


def _name_start(text: str, head_start: int, programme: bool = False) -> int:
    """Where the name ending in the head at ``head_start`` begins.

    The name stands in the stretch after the last punctuation, conjunction
    (和, 与, 的, 、…) or framing verb before its head — for a programme only
    the verbs that govern one (实施, 开展, 推进…), since programme names hold
    verbs of their own (服务品质提升行动); from there, the verbs, adverbs,
    prepositions and counts that open the stretch (加快建设, 深入实施, 新建5座)
    are stripped, so the name starts at its first content word. A quotation
    stays whole.
    """
    begin = head_start
    depth = 0
    while begin > 0:
        ch = text[begin - 1]
        if ch == "”":
            depth += 1
        elif ch == "“":
            depth -= 1
            if depth < 0:
                break
        elif depth == 0 and not _name_char(ch):
            # a route written with a dash, 哈密—重庆特高压直流工程: one dash between two names
            if ch == "—" and begin >= 2 and re.match(rf"[{_CJK}]", text[begin - 2]) and re.match(rf"[{_CJK}]", text[begin:begin + 1]):
                begin -= 1
                continue
            break
        begin -= 1
    tokens = _tagged(text[begin:head_start])
    cut = 0
    governed = False
    stops = _BOUNDARY_WORDS | _GOVERNING | (set() if programme else _BUILDING)
    quoted = 0
    for i, (word, flag) in enumerate(tokens):
        quoted += (word == "“") - (word == "”")
        if quoted > 0:
            continue                    # inside a quotation: “千村示范、万村整治”工程 is one name
        verb = _verb_of(word)
        if verb in _BOUNDARY_WORDS or (verb in stops and not (programme and _content_since(tokens, cut, i))) \
                or (programme and verb in _BUILDING and _names_next(tokens, i + 1)):
            cut = i + 1
            governed = programme and verb in _GOVERNING
    before = tokens[cut - 1] if cut > 0 else ("", "")
    tokens = tokens[cut:]
    counted = False
    first = True
    while tokens and not (len(tokens) > 1 and tokens[1][0] == "”"):
        word, flag = tokens[0]
        if flag == "q" and not counted:
            break
        if len(word) == 1 and word in _PROVINCE_ABBREVIATIONS and len(tokens) > 1 \
                and tokens[1][0].startswith(("国家", "全国")):
            tokens, first = tokens[1:], False
            continue                    # 在沪|国家实验室: the province the national lab stands in
        if counted and word in _MEASURE_WORDS:
            tokens, first, counted = tokens[1:], False, False
            continue                    # 26|宗|大中型灌区: the count's measure word, whatever its tag (宗 reads as a surname)
        complement = _complement(before, word)
        opening = first and (before[0] in _LIST_JOINS or _verb_of(before[0]) in _FRAMING)
        before_word = before[0]
        before = tokens[0]
        if not (complement or _opens_stretch(word, flag)) or _city_name(word):
            break                       # (怀化 and 包头, tagged verbs, begin 怀化国际陆港, 包头…产业园)
        if opening and len(word) == 1 and flag == "v" and len(tokens) > 1 and len(tokens[1][0]) == 1 \
                and (tokens[1][1] in _PROPER_TAGS or before_word == "、"):
            break                       # 和花|湖国际机场, 加快驮|英水库: a name's first character, not a verb
        if governed and flag in ("v", "vn") and word not in _FRAMES:
            break                       # the programme's own verb: 深入开展|治理欠薪专项行动
        if flag == "m" and word.endswith("大") and len(tokens) > 1:
            break                       # 七大提升工程, 四大文化工程: the count is the name
        if flag == "m" and word.startswith("第") and not word.endswith("批") and len(tokens) > 1:
            break                       # 第六个五年计划, 第二期…行动计划: the ordinal is the name's (a batch, 第二批, is not)
        counted = flag == "m" or word.isdigit()
        tokens, first = tokens[1:], False
    return head_start - sum(len(w) for w, _ in tokens)


_LIST_JOINS = {"、", "和", "与", "及"}
_MEASURE_WORDS = set("宗座个条处项家所批件栋")


def _names_next(tokens: tuple[tuple[str, str], ...], i: int) -> bool:
    """高质量建设|国家…示范区, 成功争取|一批国家…试点: a programme named after a building verb begins at
    a national or proper word (not 乡村建设行动, whose verb is its own)."""
    return i < len(tokens) and (tokens[i][0].startswith(("国家", "全国", "中国", "国际", "一批")) or tokens[i][1] == "ns")

# A verb's result (实施好, 建强, 做实), which the tagger splits off as an adjective opening the name.
_COMPLEMENTS = {"好", "强", "优", "实", "细", "精"}


def _complement(verb: tuple[str, str], word: str) -> bool:
    """Whether ``word`` completes the verb before it: 好 after any verb, the others after one character
    (建强 but not 实施|强基培优工程)."""
    word_before, flag = verb
    return flag.startswith("v") and word in _COMPLEMENTS and (word == "好" or len(word_before) == 1)


# Governing words that also modify a verb inside a name (持续改善, 深化提升, 全面提升).
_MODIFYING = {"持续", "深化", "全面", "深入", "加快"}


def _content_since(tokens: tuple[tuple[str, str], ...], cut: int, i: int) -> bool:
    """Whether governing word ``i`` modifies a verb inside a programme's name after its subject.

    深化 in 国企改革深化提升行动 and 持续 in 空气质量持续改善行动 belong to the name;
    获评 in 企业获评工信部试点 and 实施 in 景区实施“平安黔哨”工程 frame what follows.
    """
    following = tokens[i + 1][1] if i + 1 < len(tokens) else ""
    return (tokens[i][0] in _MODIFYING and following.startswith("v") and tokens[i + 1][0] not in _BUILDING
            and tokens[i + 1][0] not in _GOVERNING) and any(
        not _opens_stretch(w, f) and w not in _GOVERNING and w not in _BOUNDARY_WORDS for w, f in tokens[cut:i])


_FRAMING = _FRAMES | _GOVERNING | _BUILDING


def _quotation_start(text: str, start: int, head_start: int) -> int:
    """Where a name holding a quotation begins: at the quotation when a framing verb stands before it.

    The tagger leaves some framing verbs in the stretch (上线运行, 系统性提升, 常态化开行);
    a framing word right before the quotation, or verbs only, frame the name, while a
    stem of its own (乡村振兴“千村示范”行动, 数字赋能“智慧黔城”平台) stays.
    """
    quote = text.find("“", start, head_start)
    if quote <= start:
        return start
    if quote - start == 1:
        return quote                    # one character left of a word the stretch cut (算|力“四网融合”工程)
    tagged = _tagged(text[start:quote])
    if not tagged:
        return start
    word, flag = tagged[-1]
    framed = (word in _FRAMING or flag.startswith("u")                              # 提出了“七五”计划
              or (len(tagged) > 1 and _complement(tagged[-2], word))              # 打好“三北”工程
              or all(f == "v" for _, f in tagged))
    return quote if framed else start


def _field_before(text: str, opening: int, end: int) -> int:
    """Where a quoted name begins: at the field of nouns written right before it, if any
    (数字产业化“十大工程”, 碳达峰“十大工程”, 武陵山区“山水工程”), else at the quotation
    (获“五个一工程”, 健全“四大文化工程”, 第二期国家“双高计划”; a name never built, “形象工程”, stays bare)."""
    stem = _name_start(text, opening)
    listed = text[stem - 1:stem] in _LIST_JOINS and text[stem - 2:stem - 1] != "”"
    if not 2 <= opening - stem <= 8 or listed or _RANK_ONLY.match(text, opening + 1) \
            or _plain(text[opening:end]).endswith(_stop_names()):
        return opening          # (…固废治理和乡村环境整治“五场攻坚战”: the last of the fields listed is not the field;
                                # 封关运作“一号工程”: a rank, no name)
    tagged = _tagged(text[stem:opening])
    cut = len(tagged[0][0]) == 1 and re.match(rf"[{_CJK}]", text[stem - 1:stem]) is not None
    if cut or tagged[0][1] == "vn":
        return opening          # 算|力枢纽“十项工程”: a word cut; 整治“新形象工程”: no name
    return stem if all(f in _FIELD_TAGS for _, f in tagged) else opening


@lru_cache(maxsize=1)
def _stop_names() -> tuple[str, ...]:
    """The gazetteer's words that are never names (class ``Stop``)."""
    return tuple(name for name, entry in gazetteer().items() if entry.cls == "Stop")


_NOT_NAME_CHAR_TAGS = {"v", "d", "p", "m", "q", "c", "u", "r", "f"}
_FIELD_TAGS = {"n", "nz", "ns", "nt", "nr", "vn", "j", "b", "t", "an", "s"}


def _quoted_around(text: str, head_start: int, end: int) -> int:
    """Where the quotation opens that a head closes (“六六就业稳岗计划”, “千万工程”), or -1.

    A short quotation ending in a head is a name as a whole, whatever its words
    (counts, verbs) would make of it outside quotation marks.
    """
    if text[end:end + 1] != "”":
        return -1
    opening = text.rfind("“", max(0, head_start - 12), head_start)
    if opening < 0 or "”" in text[opening:head_start] or not all(map(_name_char, text[opening + 1:head_start])):
        return -1
    cls = _HEAD_CLASS[text[head_start:end]] if text[head_start:end] in _HEAD_CLASS else PROJECT
    if cls != PROGRAMME or re.search(r"[、，+＋]", text[opening:end]):
        return -1                       # “绿色通道”, “一核两翼四枢纽”, “千村示范、万村整治”: figures and slogans
    return opening


# A count right before or after a phrase makes it a class of things, not the name of one:
# 新增1个国家高等学校学科创新引智基地, 打造一批…基地, 入选首批国家林草科普基地, 完成农村供水保障工程11个.
_COUNT_BEFORE = re.compile(r"(?:(?:\d+|[一二两三四五六七八九十]+)[个座家处条项所]|一批|首批|新一批|第[一二三四五六七八九十\d]{1,3}批)$")
_COUNT_AFTER = re.compile(r"\d+(?:\.\d+)?[个座家处条项所]")


def _counted_class(text: str, start: int, end: int, home: str) -> bool:
    """Whether a phrase a count stands next to is a class of things: it holds no quotation, code or known name."""
    if not (_COUNT_BEFORE.search(text, max(0, start - 6), start) or _COUNT_AFTER.match(text, end)):
        return False
    name = text[start:end]
    if name.endswith("项目") and re.fullmatch(r"“[^”]+”[^“”]{0,6}项目", name):
        return True         # a quoted kind of projects counted: 25个“久建未完”项目, 24个“渝好空间”项目
    # a quotation, a code, a phase (国家区域医疗中心二期项目) or a known name makes each one a named thing
    return not ("“" in name or re.search(r"[A-Za-z0-9]|[一二三四五]期", name) or _holds_known_name(name, home))


def _bare(stem: str) -> bool:
    """A stem that is only a place or a route (德江, 黄桶至百色), as in a list sharing one head."""
    return not stem or len(stem) <= 4 or bool(re.search(rf"[{_CJK}][至经][{_CJK}]", stem))


# A scale or a count a list of items shares with its head: 宣威、花滩子大型水库, 本桓、凌绥、台黑4条高速公路.
_SCALE = re.compile(rf"(?:大中型|中小型|大型|中型|小型|(?<=[、{_CJK}])(?:\d{{1,2}}|[两二三四五六七八九十]+)[条座个处])$")


def _listed_before(text: str, head_start: int, home: str) -> list[tuple[int, int, bool]]:
    """Items a head is shared by: 盘州至兴义、黄桶至百色等铁路 and 威宁、德江机场 name one project each.

    The item the head directly follows is named with it elsewhere; the others,
    and a last item cut off by 等 or a scale (宣威、花滩子大型水库), are listed
    with whether the item is a bare place or route the head completes
    (梵净山 → 梵净山国家公园) rather than a name of its own (智慧港口).
    """
    scale = _SCALE.search(text, 0, head_start)
    end = scale.start() if scale and scale.end() == head_start else head_start
    end = end - 1 if text[end - 1:end] == "等" else end
    items = []
    while end > 0:
        start = _name_start(text, end)
        sep = text.rfind("、", 0, end)
        if 0 <= sep and start - sep == 2:
            start = sep + 1             # 花滩子 after 、: one character is not a framing verb
        item = text[start:end]
        entry = gazetteer().get(item)
        if item.endswith(text[head_start:head_start + 2]):
            return []                   # 气源、输气管网、城镇燃气管网: each item has a head of its own
        if not item or item in _VAGUE or (entry and GROUP.get(entry.cls) == ORGANIZATION):
            break
        tagged = _tagged(item)
        proper = _is_proper(item, tagged, home)
        # under a scale (观音、宣威、花滩子等大型水库) the items are instances: names, known or not
        if not proper and not (scale and _bare(item)):
            break
        items.append((start, end, _completed(item, tagged, bool(scale))))
        if text[start - 1:start] != "、":
            break
        end = start - 1
    if scale and not any(_is_proper(text[a:b], _tagged(text[a:b]), home) for a, b, _ in items):
        return []
    return [(a, b, completed) for a, b, completed in items if b != head_start]


# 等, then what the listed projects share (一批百亿级重大, 5个), then 项目: each item names a project.
# 等 + a count, a scale or a kind of up to eight characters + 项目: 等1.1万个重大产业项目, 等一批功能性项目, 等配套项目
# (not 等外资项目, 等合作项目: the items are the partners; nor 等重大科研项目, 等特色项目: fields;
# nor a phrase that goes on past the list: 纳厂处理等方式提高建成项目, 基础设施领域REITs等…项目)
_ETC_PROJECTS = re.compile(r"等(?:一批|\d+(?:\.\d+)?万?多?个)?"
                           r"(?:(?!外资|合资|招商|合作|科研|特色|方式|方面|领域|品牌|的|提高|建成|推动|加快)[^\W\d_]){0,8}?项目")


def _projects_listed_before_etc(text: str, home: str) -> list[tuple[int, int]]:
    """永荣磷氟煤产业基地、盛义信煤焦化、裕能铜冶炼等一批百亿级重大项目: the items, named without a head.

    An item is kept when a place, an enterprise or a code makes it one project
    and more than a name makes it a project (盛义信 alone, 比亚迪、宁德时代等项目
    list investors; 集成电路、深海探测等项目 list fields), and it has no project's head of
    its own (then it is named already) nor ends in a body's (see _has_project_head).
    """
    spans = []
    for m in _ETC_PROJECTS.finditer(text):
        for start, end in _items_before(text, m.start()):
            item = text[start:end]
            entry = gazetteer().get(item)
            if not 3 <= len(item) <= 20 or (entry and GROUP.get(entry.cls) != PROJECT):
                break
            if not _has_project_head(item) and _owned_by_name(item, home):
                spans.append((start, end))
    return spans


def _has_project_head(item: str) -> bool:
    """Whether an item is named by a head of its own: a project's or a programme's anywhere, any at its end
    (not 滨海新区|防潮海堤, a place's inside; 天顺公司|肉牛屠宰, a firm's)."""
    return any(_HEAD_CLASS[m.group("head")] in (PROJECT, PROGRAMME) or m.end() == len(item)
               for m in _head_pattern().finditer(item))


_PLACE_KINDS = re.compile("商圈|街区|景区|古镇|老街|湖库|湖泊")
_ETC_PLACES = re.compile(r"(?:等(?:\d{1,3}[个家处])?|\d{1,3}[个家处])[^，。；、等\d]{0,6}?(?:\dA级)?(?:"
                         + _PLACE_KINDS.pattern + ")")


def _places_listed_before_etc(text: str) -> list[tuple[int, int]]:
    """解放碑—朝天门、观音桥等知名商圈, 武夷山、鼓浪屿等世界级旅游景区, 钟祥明显陵、麻城龟峰山2家5A级景区:
    the places, named without a head; 等 or a count ends the list.

    Items named already (a gazetteer place, a division) are left to those; an item with a head
    of its own is named by it.
    """
    spans = []
    for m in _ETC_PLACES.finditer(text) if _PLACE_KINDS.search(text) else ():
        for start, end in _items_before(text, m.start()):
            item = text[start:end].strip("“”")
            if not 2 <= len(item) <= 10 or re.search(r"\d", item):
                break
            if item not in gazetteer() and not candidates(item) and not _head_pattern().search(item):
                spans.append((start, end))
    return spans


def _items_before(text: str, end: int) -> Iterator[tuple[int, int]]:
    """The spans of the items of a list joined by 、 that ends at ``end``, last first.

    An item after a 、 runs from it: the separators bound it, and reading its start
    off the words could stop inside it (亿纬动力超级工厂, where 亿 reads as a number).
    """
    while end > 0:
        start = _item_start(text, end)
        yield start, end
        if text[start - 1:start] != "、":
            return
        end = start - 1


def _item_start(text: str, end: int) -> int:
    joint = text.rfind("、", max(0, end - _LONGEST_ITEM - 1), end)
    if joint >= 0 and not _NOT_IN_ITEM.search(text, joint + 1, end):
        return joint + 1        # the words are not read when nothing but the item can stand there
    start = _name_start(text, end)
    joint = text.rfind("、", max(0, end - _LONGEST_ITEM - 1), start)
    # 上海建科与|上咨集团, 泰安等市推进|火箭: a break, a join, a list's end or a verb before the item is no part of it
    if joint < 0 or _NOT_IN_ITEM.search(text, joint + 1, start):
        return start
    return joint + 1


_LONGEST_ITEM = 20
_NOT_IN_ITEM = re.compile("[，。；：！？,;:和与及等]|" + "|".join(sorted(_FRAMING, key=len, reverse=True)))


_ETC_ENTERPRISES = re.compile(r"等(?:\d{1,4}家|一批)?[^，。；、等]{0,10}(?:企业|公司)")
# the trade words a firm's short name ends in: 华德牧业, 蒙拓机械, 贵州航天电子科技
_TRADES = ("牧业", "机械", "药业", "乳业", "科技", "股份", "电子", "化工", "钢铁", "电气", "重工", "建工", "食品",
           "水泥", "煤矿", "矿业", "包装", "新材", "光电", "医药", "实业", "电力", "通信", "软件", "集团")
_BRAND_TAGS = {"nr", "nrt", "nrfg", "nz", "nt", "ns", "j", "eng"}


def _enterprises_listed_before_etc(text: str, home: str) -> list[tuple[int, int]]:
    """华德牧业、蒙拓机械等机械装备制造企业, 贵州航天电子科技等7家企业: the firms, named by their short names.

    An item counts when it ends in a trade word after a stem with a proper word in it
    (a brand, a place, a person's name): 电子信息、装备制造等企业 list industries, 文旅集团 a kind.
    """
    spans = []
    for m in _ETC_ENTERPRISES.finditer(text):
        for start, end in _items_before(text, m.start()):
            item = text[start:end]
            trade = next((t for t in _TRADES if item.endswith(t)), "")
            if trade and 4 <= len(item) <= 10 and not gazetteer().get(item) and \
                    any(f in _BRAND_TAGS for _, f in _tagged(item[:-len(trade)])):
                spans.append((start, end))
    return spans


def _listed_with_known_firms(text: str) -> Iterator[tuple[int, int]]:
    """京东方、惠科等重大产业项目, 宇通、奇瑞、上汽等企业: the short names listed with known firms are firms too.

    A list before 等 with a firm of the gazetteer in it (not a common-word brand:
    小米 among 粳稻 and 葵花籽 is millet) lists firms; its other bare short items are firms.
    """
    if not any(True for _ in _firm_automaton().iter(text)):
        return
    for m in re.finditer("等", text):
        items = list(_items_before(text, m.start()))
        if len(items) < 2:
            continue
        names = [text[a:b] for a, b in items]
        if not any(_known_firm(n) for n in names):
            continue
        for (a, b), name in zip(items, names):
            if 2 <= len(name) <= 6 and name not in gazetteer() and not re.search(r"\d|[，、“”（）]", name) \
                    and not candidates(name) and not _head_pattern().search(name):
                yield a, b


def _among_firms(text: str, start: int, end: int) -> bool:
    """Whether a name listed after 、 stands among firms: a trade after it (小米汽车, 恒力重工), a known
    firm beside it (北汽、小米), or a kind of firm or product after the list (鲲鹏、浪潮等服务器)."""
    if text[end:end + 2] in (*_TRADES, "汽车", "手机", "公司"):
        return True
    left = max((text.rfind(c, 0, start) for c in "，。；：！？"), default=-1) + 1
    right = min((i for i in (text.find(c, end) for c in "，。；：！？") if i >= 0), default=len(text))
    etc = text.find("等", end, right)
    listed, after = text[left:etc if etc >= 0 else right], text[etc + 1:right] if etc >= 0 else ""
    return _FIRMS_AFTER_LIST.match(after) is not None or \
        any(_known_firm(p) for p in re.split("[、和与及]", listed) if p != text[start:end])


_FIRMS_AFTER_LIST = re.compile(r"[^，。；]{0,8}?(?:企业|公司|项目|车企|整车|服务器|厂商)")


@lru_cache(maxsize=1)
def _firm_automaton():
    """The gazetteer's firms, to find in one pass whether a sentence names any."""
    import ahocorasick
    auto = ahocorasick.Automaton()
    for name, entry in gazetteer().items():
        if entry.cls == ENTERPRISE:
            auto.add_word(name, name)
    auto.make_automaton()
    return auto


def _known_firm(name: str) -> bool:
    entry = gazetteer().get(name)
    return bool(entry) and entry.cls == ENTERPRISE and name not in _COMMON_WORD_BRANDS


_OWNER_TAGS = {"nr", "nrt", "nrfg", "nt", "eng"}


def _owned_by_name(item: str, home: str) -> bool:
    """Whether a listed item is one project: more than one word, one of them a division, a gazetteer
    name, a person's or an organization's name or a code (裕能|铜冶炼, 开阳|“磷硫…”|耦合循环一体化)."""
    tagged = _tagged(item.replace("“", "").replace("”", ""))
    if len(tagged) < 2:
        return False
    if any(f in _OWNER_TAGS for _, f in tagged) or _holds_known_name(item, home):
        return True
    if len(tagged) >= 4 and len(tagged[0][0]) == len(tagged[1][0]) == 1 and tagged[0][1] != "m":
        return True         # 盛|义|信|煤焦化: a firm's name the dictionary does not know, then its works
    # a place the dictionary tags but the division table lacks (江山, 塔河) in a name of three words or more;
    # in two it is as often a common word (深海|探测)
    return len(tagged) >= 3 and any(f == "ns" for _, f in tagged)


def _completed(item: str, tagged: tuple[tuple[str, str], ...], scaled: bool) -> bool:
    """Whether a listed item is a bare place, route or abbreviation its shared head completes.

    梵净山 (梵净山、西南岩溶国家公园), 盘州至兴义 (盘州至兴义、黄桶至百色等铁路), 浙琼
    (浙琼、湘琼产业园) are; 智慧港口 (智慧港口、智慧机场) and 炉霍至新都桥高速 (…高速、乐山机场)
    name things of their own.
    """
    if scaled:
        return True
    if re.search(rf"[{_CJK}][至经][{_CJK}]", item):
        return not re.search(r"高速|铁路|高铁|城际|段|线|改造|扩能|扩容", item)
    if re.search(r"\d", item) or len(item) > 4:
        return False
    return (len(tagged) == 1 and tagged[0][1] in _PROPER_TAGS) or all(len(w) == 1 for w, _ in tagged)


_LIST_NUMBER = re.compile(r"[（(][一二三四五六七八九十\d]+[）)]")


@lru_cache(maxsize=None)
def _city_name(word: str) -> bool:
    """Whether ``word`` names a province or a city, whatever the tagger makes of it (怀化 v, 包头 v, 大连 d).

    County names are left out: many are common words (合作, 平安, 通道, 延长).
    """
    return len(word) >= 2 and any(d.level != COUNTY for d in candidates(word))


def _opens_stretch(word: str, flag: str) -> bool:
    if word == "“":
        return False
    return (_verb_of(word) in _FRAMES or flag in _NOT_FIRST or word.isdigit()
            or _LIST_NUMBER.fullmatch(word) is not None)


# Adverbs the dictionary writes as one word with the framing verb after them (全面完成, 积极参与,
# 认真落实, 全力支持), tagged anything from l to nrt.
_ADVERBS = ("进一步", "高质量", "高标准", "全面", "积极", "全力", "认真", "切实", "继续", "努力", "大力", "有序",
            "统筹", "逐步", "不断", "加快", "深入", "持续", "扎实", "着力", "稳步", "坚决", "严格", "加紧")


@lru_cache(maxsize=None)
def _verb_of(word: str) -> str:
    """The framing verb of an adverb-and-verb word (全面完成 → 完成), or the word itself."""
    for adverb in _ADVERBS:
        if word.startswith(adverb) and word[len(adverb):] in _FRAMING:
            return word[len(adverb):]
    return word


@lru_cache(maxsize=None)
def _name_char(ch: str) -> bool:
    return bool(re.match(rf"[{_CJK}A-Za-z0-9×·（）()“”+\-、]", ch))


@lru_cache(maxsize=1 << 16)
def _tagged(text: str) -> tuple[tuple[str, str], ...]:
    """Words and part-of-speech tags; cached, since a stem is tagged again by each check that reads it."""
    return _pos_tokenizer().tag(text) if text else ()


class Tagger:
    """jieba's part-of-speech tagging without its hidden Markov model, on jieba-rs.

    jieba-rs (``rjieba``) segments with the same dictionary and algorithm as
    jieba, seven times as fast and with no second of dictionary loading. This
    class keeps two of ``posseg``'s conventions that jieba-rs lacks: a word
    added with a tag keeps that tag even if the dictionary had the word; a
    character outside the dictionary is ``x``. A run of ASCII letters and digits
    is ``eng`` as in jieba, but a run of digits alone is a number (``m``), where
    jieba had ``eng``: a count inside a stem (遴选10个) read as a foreign word
    and made the stem look proper.

    >>> Tagger({"盘州": "ns"}).tag("加快盘州S1线2024")
    (('加快', 'v'), ('盘州', 'ns'), ('S1', 'eng'), ('线', 'n'), ('2024', 'm'))
    """

    def __init__(self, words: dict[str, str], freq: dict[str, int] | None = None):
        import rjieba
        self._jieba = rjieba.Jieba()
        self._tags = dict(words)
        for word, tag in words.items():
            self._jieba.add_word(word, (freq or {}).get(word, 3000), tag)

    def has_word(self, word: str) -> bool:
        return self._jieba.has_word(word)

    def cut(self, text: str) -> list[str]:
        """The words alone, as :meth:`tag` segments them."""
        return self._jieba.cut(text, False)

    def tag(self, text: str) -> tuple[tuple[str, str], ...]:
        tags, known = self._tags, self._jieba.has_word
        return tuple((w, tags.get(w) or (("m" if w.isdigit() else "eng") if w.isascii() and w.isalnum()
                                         else f if len(w) > 1 or known(w) else "x"))
                     for w, f in self._jieba.tag(text, False))


# Abbreviations the dictionary lacks, which it reads as a preposition and a verb (自|贸试验区).
_ABBREVIATIONS = ("自贸", "自贸区", "自贸港")


# Common words the dictionary tags as proper names (高水平 as a person's name, 城市 as a place, 中试 and
# 技改 as abbreviations), which made 省外高水平大学, 紧密型城市医疗集团 and 中试基地 look like names of one thing
# (not 海洋, 康复 or 中医药: 南方海洋实验室, 康复大学 and 国家中医药传承创新中心 are names).
_COMMON_WORDS = {"高水平": "a", "城市": "n", "城镇": "n", "城中村": "n", "中试": "vn", "智慧": "n", "中小企业": "n",
                 "养老": "vn", "研发": "vn", "新兴产业": "n", "上市公司": "n", "公立医院": "n", "煤电": "n", "技改": "vn",
                 # set phrases that hold a city's short name: 幸福安康 is no 安康, 文山会海 no 文山
                 "幸福安康": "i", "富裕安康": "i", "平安健康": "i", "文山会海": "i", "大同世界": "n"}


@lru_cache(maxsize=1)
def _pos_tokenizer() -> Tagger:
    import rjieba
    plain = rjieba.Jieba()
    words: dict[str, str] = {}
    freq: dict[str, int] = {}

    def add(word: str, f: int, tag: str) -> None:
        words[word], freq[word] = tag, f

    for word in sorted(_FRAMES | _BUILDING | _GOVERNING):
        if not plain.has_word(word):
            add(word, 2000, "v")
    for word in _ABBREVIATIONS:
        add(word, 3000, "j")
    for word, tag in _COMMON_WORDS.items():
        add(word, 3000, tag)
    for name, entry in gazetteer().items():
        if entry.cls != "Stop":
            add(name, 5000, "ns" if entry.cls == PLACE else "nt")
    for name in division_names():
        # short names the dictionary lacks (盘州, 桐梓); common words (新建, 和平) keep their own tags
        if len(name) >= 3 or not (plain.has_word(name) or name in words):
            add(name, 3000, "ns")
    return Tagger(words, freq)


_COMPOUND_HEADS = {"专项行动", "三年行动", "攻坚行动", "行动计划"}
_VAGUE = {"一批", "各类", "相关", "有关", "系列", "上述", "这些", "各项", "重大", "重点", "自觉", "共同", "一系列"}
_PROPER_TAGS = {"nr", "nrt", "nrfg", "ns", "nt", "nz", "j", "eng"}
# Heads that name a thing only with a proper element before them (宣威水库, not 病险水库).
_NEEDS_PROPER = {PROJECT, ORGANIZATION, PLACE}
_QUOTED_ONLY = {"改革", "整治", "专项整治", "攻坚", "攻坚战", "攻坚突破"}


# Heads too plain for a long stem alone to make a name (盘活处置农村闲置低效资产项目).
_PHYSICAL_HEADS = {"水库", "机场", "电站", "电厂", "储气库", "枢纽", "大桥", "隧道", "港区", "码头", "灌区"}
_PLAIN_HEADS = {"项目", "平台", "机组", "管网", "通道", "中心", "管道"}
_ROUTE_HEADS = {"铁路", "高铁", "高速公路", "快速路", "城际"}
_SPLIT_NAME_LENGTHS = {**dict.fromkeys(_PHYSICAL_HEADS, (2, 3)), **dict.fromkeys(_ROUTE_HEADS, (3, 4))}


def _is_proper(stem: str, tagged: tuple[tuple[str, str], ...], home: str, head: str = "", head_class: str = "") -> bool:
    """A stem with a proper element: a code (S1, 3号), a route (A至B), a known name, or a proper-noun tag."""
    # a code or a number that is part of the name (S1, 8.6代线), not a count or a size (260个, 5大领域, 3万吨, 250公里)
    if re.search(r"[A-Za-z]|\d(?![\d.个家项座条所大批类亿万千百元公米])", stem) or re.search(rf"[{_CJK}]至[{_CJK}]", stem):
        return True
    if any(f in _PROPER_TAGS for _, f in tagged):
        return True
    # a local name the dictionary does not know, split into characters whatever their tags: two or
    # three before a physical work (跳|蹬水库, 藻|渡水库), three or four, the first characters of its
    # towns, before a route (成达万高铁, 宜西攀高铁)
    shortest, longest = _SPLIT_NAME_LENGTHS.get(head, (0, -1))
    if (shortest <= len(stem) <= longest and re.fullmatch(rf"[{_CJK}]+", stem)
            and all(len(w) == 1 for w, _ in tagged) and not _NOT_IN_SHORT_NAME.search(stem)):
        return True
    # an international airport or port after its own name: 天府国际机场
    if head in _PHYSICAL_HEADS and re.fullmatch(rf"[{_CJK}]{{2,3}}国际", stem) and not _NOT_IN_SHORT_NAME.search(stem):
        return True
    # a body named by a word the dictionary splits into characters: 马|栏|山音视频实验室
    if (head_class == ORGANIZATION and len(tagged) >= 4 and all(len(w) == 1 and f not in _NOT_NAME_CHAR_TAGS
                                                                for w, f in tagged[:3])
            and re.fullmatch(rf"[{_CJK}]{{3}}", stem[:3]) and not _NOT_IN_SHORT_NAME.search(stem[:3])):
        return True
    # an abbreviation the dictionary does not know: 黔粤, 深贵, 中老 (one character per place)
    if (2 <= len(stem) <= 3 and all(len(w) == 1 and f not in ("v", "d") for w, f in tagged)
            and re.fullmatch(rf"[{_CJK}]+", stem)):
        return True
    # a body of the province or city itself: 省纺织集团, 市公共资源交易中心, 省知识产权保护中心
    if (head_class == ORGANIZATION and tagged and tagged[0][0] in ("省", "市") and len(stem) >= 3
            and not re.search(r"重点|级|以下|以上", stem)):     # a rank is a designation: 省重点实验室
        return True
    # a head that is itself a state designation names whatever it follows: 长征国家文化公园, 大熊猫国家公园
    if head.startswith("国家") and re.fullmatch(rf"[{_CJK}]{{2,6}}", stem) and not _FUNCTION_CHARS.search(stem):
        return True
    # a national designation or a long specific name: 国家人工智能训练场, 长征文化数字体验馆
    if head_class == PROJECT and ((stem.startswith(("国家", "全国", "中国", "世界")) and len(stem) > 2)
                                  or (len(stem) >= 6 and head not in _PLAIN_HEADS)):
        return True
    return _holds_known_name(stem, home)


_EVENT = re.compile("通车|开通|建成|投产|开工|竣工|改变|实现|完成|达到")
_FUNCTION_CHARS = re.compile("[的和与及或等在对为将把从向以]")
# nor, in a name of two to four characters, an adjective of age or size: 新建|水库, 大|水库
_NOT_IN_SHORT_NAME = re.compile(_FUNCTION_CHARS.pattern[:-1] + "新老大小]")


def _holds_known_name(text: str, home: str) -> bool:
    """Whether ``text`` holds a gazetteer name or a division in scope for the report's home."""
    return any(True for _ in _automaton(home).iter(text))


def _phase_stem(stem: str, home: str) -> bool:
    """A stem a bare phase names a project with: proper, or a two-character abbreviation (安大 for 安大航空)."""
    plain = stem.replace("“", "").replace("”", "")
    if not re.fullmatch(rf"[{_CJK}A-Za-z0-9“”+\-]{{2,}}", stem) or not re.match(rf"[{_CJK}A-Za-z]", plain):
        return False
    return _abbreviation(stem) or _is_proper(stem, _tagged(plain), home, "期", PROJECT)


def _abbreviation(stem: str) -> bool:
    """Two characters the dictionary does not know as a word: 安大, 董酒 (not 启动, 完成)."""
    return (bool(re.fullmatch(rf"[{_CJK}]{{2}}", stem)) and not any(ch in "及和与或的等并在对为将把从向" for ch in stem)
            and all(len(w) == 1 for w, _ in _tagged(stem)))


_RANK_ONLY = re.compile(r"头号|一号|首号|第一|1号")
# A rating names a class of sights, not one (国家4A级以上旅游景区, AAAA级景区).
_RATING = re.compile(r"[\dA]A+级|[一二三四五]星级")
# A slogan of figures, quoted alone: “两重”, “两高一低”, “5+3”, “1+N”.
_FIGURE_SLOGAN = re.compile(r"“(?=[^”]*[\d一二两三四五六七八九十百千万])[^”]{1,4}”")
# A count inside a stem lists things, it does not name one (新设7个自贸试验区, 遴选10个项目).
# (digits only: a count in words is often the name's own, 第六个五年计划, “一带一路”八项行动)
_COUNT = re.compile(r"\d+[个项家座条所批名位]")
# A locative after a word ends a phrase of place or stance, not a name's stem (在思想上政治上|行动上同党中央…);
# after one character it is an abbreviation's (宝中铁路, 深中通道).
_LOCATIVES = {"上", "下", "中", "里", "内", "外", "以上", "以下", "之间", "之中"}


@lru_cache(maxsize=1)
def _headed_stops() -> tuple[str, ...]:
    """Stop entries that are a kind of organization (上市公司, 城投公司): longer names ending in them are kinds too
    (not 形象工程: 中华民族视觉形象工程 is a programme)."""
    heads = tuple(h for h, cls in _HEAD_CLASS.items() if cls == ORGANIZATION)
    return tuple(n for n in _stop_names() if n.endswith(heads))


def _is_name(name: str, head: str, home: str) -> bool:
    stem = name[: name.rfind(head)] if head in name else name
    if not stem.strip("“”") or _RANK_ONLY.fullmatch(stem.strip("“”")):
        return False        # “头号工程”, 一号工程: a priority's rank, not the name of a programme
    entry = gazetteer().get(_plain(name))
    if entry and entry.cls == "Stop" or _plain(name).endswith(_headed_stops()):
        return False        # “形象工程”, 政绩工程: what a government must not build, not a programme;
                            # 国有控股上市公司, 城投公司: a kind of firm, not one
    has_quote = "“" in stem
    if "”类" in stem:
        return False        # “四新”类产业项目: a class of projects under a slogan
    if re.fullmatch(rf"(?:重大|重点)[{_CJK}]{{1,4}}", stem):
        return False        # 重大水利工程, 重大生态修复工程: a class of works (not 重大技术装备攻关工程)
    if stem.endswith(("经", "副")):
        return False        # 重庆经通道货运量: through the corridor; 市域副中心: a rank of a city
    if head in _QUOTED_ONLY:
        return has_quote
    tagged = _tagged(stem.replace("“", "").replace("”", ""))
    unquoted = re.sub(r"“[^”]*”?", "，", stem)
    if _RATING.search(stem) or _ends_on_locative(tagged) or _COUNT.search(unquoted):
        return False
    if _HEAD_CLASS.get(head, PROJECT) == PROJECT and _EVENT.search(unquoted, 1):
        return False        # 川青铁路成都至黄胜关段通车改变川西北不通铁路: a clause about works, not a name
    if _HEAD_CLASS.get(head, PROJECT) == PROJECT and re.search(rf"重要|[{_CJK}](?<![大中小微模类典原车机])型", re.sub(r"“[^”]*”", "", stem)):
        return False        # 西南地区重要国际货运枢纽, 区位门户复合型国际航空枢纽, 新型能源算力枢纽: a role, not a name
    if _HEAD_CLASS.get(head) == PLACE and "重点" in stem:
        return False        # 有效治理新疆重点遗址: a class of sites
    if _HEAD_CLASS.get(head, PROJECT) in _NEEDS_PROPER:
        if head in _PLAIN_HEADS and _FIGURE_SLOGAN.fullmatch(stem):
            return False        # “两重”项目, “5+3”项目: a class of projects under a slogan
        if has_quote:
            # a quotation names the thing, unless 到 makes the stem a route (“一场三站”到重点景区)
            return ("到", "v") not in _tagged(unquoted)
        return _is_proper(stem, tagged, home, head, _HEAD_CLASS.get(head, PROJECT))
    # a programme: a stem of its own (绿色制造专项行动, not 培训行动 or 专项行动 alone)
    words = [w for w, _ in tagged]
    if not words or all(w in _VAGUE for w in words):
        return False
    return has_quote or len(stem) >= (2 if head in _COMPOUND_HEADS else 4)


def _ends_on_locative(tagged: tuple[tuple[str, str], ...]) -> bool:
    word, flag = tagged[-1]
    return flag == "f" and word in _LOCATIVES and (len(word) > 1 or len(tagged) > 1 and len(tagged[-2][0]) > 1)


def _class_of(name: str, head: str, before: str, after: str = "") -> str:
    cls = _HEAD_CLASS[head]
    # a centre or a hospital being built is a work; an innovation centre built is still a body
    # (长江中游技术创新中心), but not a city's role as a science centre (北京国际科技创新中心)
    built = head != "创新中心" or name.endswith("科技创新中心")
    if cls == ORGANIZATION and re.search(r"[一二三四五]期", name):
        return PROJECT          # 协和医学院天津医院二期, 海南警察学院二期: a phase of a body is a work
    if head.endswith("中心") and (re.search(r"[一二三四五]期", name) or (built and after.startswith("建设"))
                                  or re.match(r"(?:、[^，。；]*)?等[^，。；、]{0,8}项目", after)):
        return PROJECT
    if built and head.endswith(("医院", "中心")) and re.search(r"(建设|建成|新建|开工|改扩建|扩建)$", before):
        return PROJECT
    if cls == ORGANIZATION:
        if head in ("公司", "有限公司", "集团", "银行", "证券", "人寿"):
            return ENTERPRISE
        return INSTITUTION
    if cls == PROGRAMME and head == "工程" and re.search(r"\d|[A-Z]", name):
        return PROJECT
    return cls


def _longest_per_group(found: list[tuple[str, str, int, str]]) -> list[tuple[str, str, int, str]]:
    """Within each group (project/programme, organization, place) keep the longest of overlapping mentions."""
    kept: list[tuple[str, str, int, str]] = []
    order = sorted(found, key=lambda f: (-len(f[1]), f[2], f[0]))
    taken: dict[str, list[tuple[int, int]]] = {}
    for cls, name, start, key in order:
        spans = taken.setdefault(GROUP[cls], [])
        end = start + len(name)
        if any(s < end and start < e for s, e in spans):
            continue
        spans.append((start, end))
        kept.append((cls, name, start, key))
    return sorted(kept, key=lambda f: (f[2], f[0]))


# --- resolution ------------------------------------------------------------

_SHORT_FOR = re.compile(r"[（(](?:以下)?简称[“\"]?(?P<short>[^”\"）)]{1,12})[”\"]?[）)]")


def resolve_entities(doc: Document, mentions: Iterable[Mention]) -> list[Entity]:
    """One entity per real thing: mentions grouped by division code, gazetteer entry or name."""
    aliases = _stated_aliases(doc.text)
    groups: dict[tuple[str, str], list[Mention]] = {}
    for m in mentions:
        key = m.key or f"name:{_plain(aliases.get(_plain(m.name), m.name))}"
        if GROUP[m.cls] == PROJECT and key.startswith("name:") and key.endswith("项目") and len(key) >= len("name:") + 6:
            key = key[:-2]          # 毕节磷煤化工一体化项目 is 毕节磷煤化工一体化 with its head
        elif GROUP[m.cls] == PLACE and key.startswith("name:") and key.endswith("景区") and len(key) >= len("name:") + 5:
            key = key[:-2]          # “黄小西吃晚饭”景区 is “黄小西吃晚饭” (listed before 等…景区) with its head
        groups.setdefault((GROUP[m.cls], key), []).append(m)
    groups = _merge_variants(groups)
    # a thing named only inside another's name (贵州 in 贵州大学) is not counted on its own
    return [_entity(key, ms) for (group, key), ms in sorted(groups.items())
            if not all(m.nested for m in ms)]


def _variant_form(key: str) -> str:
    """The form two spellings of one project or programme share: “强村富民”综合改革 for
    “强村富民”综合改革试点, …修复 for …修复项目 and …修复工程, …三年行动 for …三年行动计划."""
    name = _plain(key[5:])
    return re.sub(r"(?:试点|项目|工程|(?<=行动)计划)$", "", name) or name


def _merge_variants(groups: dict) -> dict:
    """Spellings of one thing in a report, read as separate names, share one entity."""
    canon: dict[str, tuple[str, str]] = {}
    out: dict[tuple[str, str], list] = {}
    for (group, key), ms in sorted(groups.items(), key=lambda kv: -len(kv[0][1])):
        if group == PROJECT and key.startswith("name:"):
            form = _variant_form(key)
            if len(form) >= 4 and form in canon:
                out[canon[form]].extend(ms)
                continue
            canon.setdefault(form, (group, key))
        out[(group, key)] = list(ms)
    return out


def _entity(key: str, ms: list[Mention]) -> Entity:
    """The entity of a group of mentions, named as the report writes it most often.

    The official division name or the gazetteer's entry stays among the aliases.
    """
    counts = Counter(m.name for m in ms)
    name = max(sorted(counts), key=lambda w: (counts[w], len(_plain(w))))
    forms = set(counts)
    code, known_as, known_aliases, cls = "", "", (), _majority(m.cls for m in ms)
    if key.startswith("code:"):
        code, cls = key[5:], AREA
        known_as = division(code).name
        forms.add(known_as)
        short = short_name(known_as)
        known_aliases = (short,) if len(short) >= 2 and short != known_as else ()
    elif key.startswith("lex:"):
        entry = gazetteer()[key[4:]]
        forms.add(entry.name)
        cls = entry.cls
        if entry.scope != "local":
            known_as, known_aliases = entry.name, _gazetteer_forms().get(entry.name, ())
    elif key.startswith("name:") and any(m.key == key for m in ms):
        name = key[5:]                  # an item of a shared-head list is named with its head: 梵净山国家公园
    return Entity(cls, name, tuple(sorted(f for f in forms if f and f != name)), tuple(ms), code, known_as,
                  known_aliases)


@lru_cache(maxsize=1)
def _gazetteer_forms() -> dict[str, tuple[str, ...]]:
    """Each gazetteer entry's other forms: 中国石化 → 中石化, 中国石油化工集团…"""
    out: dict[str, list[str]] = defaultdict(list)
    for form, entry in sorted(gazetteer().items()):
        if form != entry.name:
            out[entry.name].append(form)
    return {k: tuple(v) for k, v in out.items()}


def _majority(classes: Iterable[str]) -> str:
    counts = Counter(classes)
    return max(sorted(counts), key=lambda c: counts[c])


def _plain(name: str) -> str:
    return re.sub(r"[“”\"（）()《》]", "", name)


def _stated_aliases(text: str) -> dict[str, str]:
    """Short forms a report introduces: 贵州铝厂（以下简称“贵铝”） gives 贵铝 → 贵州铝厂."""
    out = {}
    for m in _SHORT_FOR.finditer(text):
        before = text[max(0, m.start() - 24):m.start()]
        full = re.split(r"[，。；、：\s]", before)[-1]
        if full:
            out[_plain(m.group("short"))] = full
    return out
