"""Canonical indicators: the SKOS scheme, the matcher on real wordings, the graph links and the three queries."""
import pyoxigraph as ox
import pytest

from kg.indicators import BROAD, EXACT, canonical, canonical_iri, scheme
from kg.queries import load_query
from loaders.oxigraph import open_store, run_query

SKOS = "http://www.w3.org/2004/02/skos/core#"
GWR = "https://w3id.org/gwr-kg/ontology#"

# indicator labels as the extractor gives them on corpus reports (report in the comment)
EXACT_WORDINGS = [
    ("地区生产总值", "gdp"),                       # most provinces, 2025
    ("生产总值", "gdp"),                           # 上海 2025: 全市生产总值增长5%左右
    ("国内生产总值", "gdp"),                       # 国务院
    ("经济", "gdp"),                               # 湖北, 河南 2025: 经济增长6%左右
    ("全省生产总值", "gdp"),
    ("GDP", "gdp"),
    ("实现地区生产总值", "gdp"),
    ("地区生产总值按安排", "gdp"),                 # 江苏 2026: 地区生产总值按增长5%安排
    ("规上工业增加值", "industry-va-above-scale"),  # 河北, 河南, 安徽 2025
    ("规模工业增加值", "industry-va-above-scale"),  # 湖南 2025
    ("一般公共预算收入同口径", "budget-revenue"),   # 内蒙古, 甘肃 2025
    ("地方一般公共预算收入", "budget-revenue"),     # 云南, 广东 2025
    ("公共财政预算收入", "budget-revenue"),         # before 2014
    ("居民消费价格涨幅", "cpi"),
    ("居民消费价格指数涨幅", "cpi"),                # 吉林, 河北 2025
    ("粮食产量斤以上", "grain-output"),             # 吉林, 河南 2025: 粮食产量稳定在…亿斤以上
    ("粮食产量继续斤以上", "grain-output"),         # 湖北 2025
    ("粮食总产量", "grain-output"),                 # 云南, 青海 2025
    ("单位GDP能耗", "energy-intensity"),            # 吉林 2025
    ("单位地区生产总值能耗", "energy-intensity"),
    ("一产增加值", "primary-va"),                   # 宁夏 2025
    ("三产增加值", "services-va"),                  # 宁夏, 贵州 2025
    ("农业增加值", "agriculture-va"),               # 贵阳 2024 (not the primary sector: see the scheme)
    ("研究与试验发展经费投入强度", "rd-intensity"),  # 安徽 2025
    ("全社会研发投入强度", "rd-intensity"),          # 江苏 2025
    ("全社会研发经费支出相当于全市生产总值的比例", "rd-intensity"),  # 上海
    ("外贸进出口总额", "foreign-trade"),            # 甘肃, 广西 2025
    ("进出口贸易总额", "foreign-trade"),            # 新疆 2025
    ("实际利用外资", "foreign-investment"),
    ("实现城镇新增就业", "urban-new-jobs"),         # 新疆 2025
    ("城镇人均可支配收入", "urban-income"),         # 江西 2025
    ("城镇常住居民人均可支配收入", "urban-income"),  # 海南, 贵州 2025
    ("农村牧区常住居民人均可支配收入", "rural-income"),  # 内蒙古
    ("全体居民人均可支配收入", "disposable-income"),  # 宁夏, 重庆 2025
    ("城镇化率", "urbanisation"),
    ("农牧区劳动力转移就业", "rural-labour-transfer"),  # 青海 2025
    ("ＰＭ２.５年均浓度", "pm25"),                   # full-width forms
]

BROAD_WORDINGS = [
    ("城乡居民人均可支配收入", "disposable-income"),  # 甘肃 2025: urban and rural, 分别 not split
    ("区本级固定资产投资", "fixed-asset-investment"),  # 海拉尔区: the district's own level
    ("贵安新区直管区地区生产总值", "gdp"),            # 贵阳 2024: a part of the city
    ("农民人均纯收入", "rural-income"),               # the statistic before 2013
    ("生产性服务业增加值", "services-va"),
]

NOT_CANONICAL = [
    "数字经济占地区生产总值比重",        # a share of GDP, not GDP
    "工业投资占固定资产投资比重",
    "城乡居民人均可支配收入比",          # the urban-rural ratio
    "开发区亩均工业增加值",              # per mu
    "出境旅游人次",                      # outbound, not arrivals
    "数字经济",
    "新开工亿元以上项目",
]


@pytest.mark.parametrize("label,code", EXACT_WORDINGS)
def test_wordings_of_the_same_statistic_are_exact(label, code):
    assert canonical(label) == (code, EXACT)


@pytest.mark.parametrize("label,code", BROAD_WORDINGS)
def test_narrower_wordings_are_broad(label, code):
    assert canonical(label) == (code, BROAD)


@pytest.mark.parametrize("label", NOT_CANONICAL)
def test_other_statistics_do_not_match(label):
    assert canonical(label) is None


def test_gdp_per_capita_is_not_gdp():
    assert canonical("人均地区生产总值") == ("gdp-per-capita", EXACT)


def test_the_scheme_is_complete_and_consistent():
    import rdflib
    from rdflib.namespace import SKOS as S
    from kg.schema import ONTOLOGY_DIR
    g = rdflib.Graph().parse(ONTOLOGY_DIR / "indicators.ttl", format="turtle")
    concepts = scheme()
    assert len(concepts) >= 40
    required = {"gdp", "industry-va-above-scale", "fixed-asset-investment", "retail-sales", "budget-revenue",
                "urban-income", "rural-income", "disposable-income", "urban-new-jobs", "surveyed-unemployment",
                "cpi", "grain-output", "rd-intensity", "foreign-trade", "foreign-investment", "urbanisation",
                "energy-intensity", "services-va", "agriculture-va"}
    assert required <= set(concepts)
    for code, (iri, zh, en, family, polarity) in concepts.items():
        assert iri == f"{GWR}indicator-{code}" == canonical_iri(code)
        assert zh and en and family, code
        assert polarity in ("", "negative"), code
        s = rdflib.URIRef(iri)
        assert g.value(s, S.definition) is not None, code
        assert (s, S.inScheme, rdflib.URIRef(GWR + "IndicatorScheme")) in g
        for broader in g.objects(s, S.broader):
            assert str(broader) in {v[0] for v in concepts.values()}, (code, broader)
        # every concept's own label resolves to it
        assert canonical(zh) == (code, EXACT)


def test_every_gdp_target_of_the_example_links_to_the_canonical_gdp(example_result):
    g = example_result.graph
    same = {(e.source, e.target) for e in g.edges if e.prop == "sameIndicator"}
    indicator_of = {e.source: e.target for e in g.edges if e.prop == "indicator"}
    gdp_targets = [n for n in g.of_class("Target") if n.props["text"] == "地区生产总值"]
    assert gdp_targets
    for t in gdp_targets:
        assert (indicator_of[t.iri], canonical_iri("gdp")) in same
    node = g.nodes[canonical_iri("gdp")]
    assert node.cls == "CanonicalIndicator" and node.props["notation"] == "gdp" and node.props["text"] == "地区生产总值"


def test_the_rdf_carries_the_plain_skos_mapping(example_out):
    store = open_store(example_out)
    for sub, sup in (("sameIndicator", "exactMatch"), ("broaderIndicator", "broadMatch")):
        own = {(q.subject, q.object) for q in store.quads_for_pattern(None, ox.NamedNode(GWR + sub), None)}
        plain = {(q.subject, q.object) for q in store.quads_for_pattern(None, ox.NamedNode(SKOS + sup), None)}
        assert own and own == plain, sub


def test_an_indicator_is_not_both_same_and_narrower():
    from kg import build_text
    from kg.validate import validate_graph
    g = build_text("二、2024年工作安排\n（一）稳住经济大盘。坚持稳中求进工作总基调，全年地区生产总值增长5.5%左右，"
                   "推动工业经济稳步增长，坚持把发展经济的着力点放在实体经济上，培育一批专精特新企业。", "t.txt")
    assert validate_graph(g.to_rdf()).conforms
    ind = next(e.source for e in g.edges if e.prop == "sameIndicator")
    g.add_edge(ind, "broaderIndicator", canonical_iri("cpi"), g.reports[0])
    report = validate_graph(g.to_rdf())
    assert not report.conforms and "not both" in report.violations[0]


def test_canonical_indicators_are_shared_nodes_of_the_property_graph(example_pg):
    nodes = [n for n in example_pg.nodes if n.table == "CanonicalIndicator"]
    assert nodes and all(n.props["report"] == "" and n.props["code"] for n in nodes)
    types = example_pg.type_counts()
    assert types["SAME_AS"] > 10 and types["BROADER"] >= 1


def _run(store, name):
    columns, rows = run_query(store, load_query(name, "rq").text)
    return [dict(zip(columns, r)) for r in rows]


def test_the_three_queries_on_the_example(example_out):
    store = open_store(example_out)
    gdp = _run(store, "gdp-targets")
    assert [(r["region"], r["level"], r["year"], r["value"], r["qualifier"]) for r in gdp] == \
        [("贵阳市", "city", 2024, 5.5, "左右")]
    across = _run(store, "indicator-across-reports")
    assert {(r["kind"], r["refYear"], r["measure"], r["value"], r["unit"]) for r in across} == {
        ("Achievement", 2023, "level", 5154.75, "亿元"), ("Achievement", 2023, "change", 6.0, "%"),
        ("Target", 2024, "change", 5.5, "%")}
    above = _run(store, "targets-above-results")
    assert ("retail-sales", 6.5, 5.2) in {(r["code"], r["target"], r["result"]) for r in above}
    assert all(r["target"] > r["result"] for r in above)


# ---------------------------------------------------------------- whole corpus

def _main_target_paragraphs(text):
    """Spans of the paragraphs that state the main expected targets (主要预期目标是…)."""
    spans, pos = [], 0
    for line in text.split("\n"):
        if "主要预期目标" in line or "预期目标是" in line:
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _provinces(corpus, year, expected):
    from kg.build import build_report, report_files
    from kg.model import ReportGraph
    files = report_files([corpus / f"provincial-{year}"])
    assert len(files) == expected
    merged, docs = ReportGraph(), []
    for path, row in files:
        doc, graph = build_report(path, manifest=row)
        docs.append((doc, graph))
        merged.merge(graph)
    return docs, merged


@pytest.fixture(scope="module")
def provincial_2025(corpus):
    return _provinces(corpus, 2025, 31)


@pytest.fixture(scope="module")
def provincial_2026(corpus):
    return _provinces(corpus, 2026, 27)       # the set holds 27 of the 31


def test_main_expected_targets_of_the_2025_provinces_resolve(provincial_2025):
    docs, _ = provincial_2025
    labels = []
    for doc, graph in docs:
        spans = _main_target_paragraphs(doc.text)
        labels += [n.props["text"] for n in graph.of_class("Target")
                   if any(a <= n.props["start"] < b for a, b in spans)]
    assert len(labels) >= 200
    resolved = [label for label in labels if canonical(label)]
    assert len(resolved) / len(labels) >= 0.90, sorted(set(labels) - set(resolved))


@pytest.mark.parametrize("provinces,year", [("provincial_2025", 2025), ("provincial_2026", 2026)])
def test_every_province_has_one_gdp_target_for_its_year(request, provinces, year):
    # 2026 reports also set the five-year plan's 年均 growth and review last year's result
    # against its 预期目标: neither is this year's target (广东 年均增长5%左右 beside 增长4.5%—5%)
    from kg.rdf import quads
    docs, merged = request.getfixturevalue(provinces)
    store = ox.Store()
    store.extend(quads(merged))
    values: dict[str, set] = {}
    for r in _run(store, "gdp-targets"):
        values.setdefault(r["region"], set()).add((r["year"], r.get("value"), r.get("lower"), r.get("upper")))
    assert set(values) == {doc.meta.region for doc, _ in docs}
    assert {region: v for region, v in values.items() if len(v) > 1 or next(iter(v))[0] != year} == {}


def test_targets_above_results_leaves_ceilings_out():
    # 上海 2025: 城镇调查失业率5%以内 against last year's 4.2% is room, not a higher bar
    from kg import build_text
    from kg.rdf import quads
    g = build_text("一、2024年工作回顾\n全市生产总值增长5%，城镇调查失业率4.2%，居民消费价格上涨0.2%，"
                   "社会消费品零售总额增长3.2%。\n二、2025年主要任务\n全市生产总值增长5%左右，城镇调查失业率5%以内，"
                   "居民消费价格涨幅2%左右，社会消费品零售总额增长5%左右。\n", "上海市2025年政府工作报告.txt")
    store = ox.Store()
    store.extend(quads(g))
    rows = {(r["code"], r["target"], r["result"]) for r in _run(store, "targets-above-results")}
    assert rows == {("retail-sales", 5.0, 3.2)}
    assert scheme()["surveyed-unemployment"][4] == scheme()["cpi"][4] == "negative"
    assert scheme()["gdp"][4] == ""


def test_life_expectancy_is_comparable_across_reports():
    # 人均预期寿命 (国务院 2013-2026, 四川 2025…) and its older wording 人均期望寿命 (国务院 2003, 2008)
    assert canonical("人均预期寿命") == canonical("人均期望寿命") == ("life-expectancy", "exact")
    assert scheme()["life-expectancy"][3] == "age"
