"""Links between records: the baseline a target is set against."""
from __future__ import annotations

from kg import build_text


def _baselines(graph):
    out = set()
    for e in graph.edges:
        if e.prop == "baseline":
            t, a = graph.nodes[e.source], graph.nodes[e.target]
            out.add((t.cls, t.props["quote"], a.cls, a.props["quote"]))
    return out


def test_a_target_is_linked_to_last_years_result_on_the_same_indicator(example_result):
    graph = example_result.graph
    pairs = _baselines(graph)
    assert ("Target", "地区生产总值增长5.5%左右", "Achievement", "达到5154.75亿元、同比增长6%") in pairs
    assert ("Target", "城镇新增就业15万人", "Achievement", "城镇新增就业15.4万人") in pairs
    for e in graph.edges:
        if e.prop == "baseline":
            t, a = graph.nodes[e.source].props, graph.nodes[e.target].props
            assert (t["referenceYear"], a["referenceYear"]) == (2024, 2023)
            assert (t["measure"], t["unit"]) == (a["measure"], a["unit"])


def test_no_baseline_across_measures_units_years_or_a_broader_indicator():
    g = build_text("一、2023年工作回顾\n全市生产总值达到5000亿元、增长6%，城乡居民人均可支配收入增长7%，"
                   "城镇新增就业12万人、五年累计新增55万人，规模以上工业增加值年均增长8%。\n"
                   "二、2024年工作安排\n全市生产总值增长5.5%左右，城镇居民人均可支配收入增长6%，"
                   "城镇新增就业13万人，规模以上工业增加值增长7%。\n", "某市2024年政府工作报告.txt")
    # the GDP growth target against last year's growth, not its level; 城乡 is broader than 城镇
    # (no exact match to compare); a five-year total or average is no one year's result
    assert _baselines(g) == {
        ("Target", "全市生产总值增长5.5%左右", "Achievement", "全市生产总值达到5000亿元、增长6%"),
        ("Target", "城镇新增就业13万人", "Achievement", "城镇新增就业12万人、五年累计新增55万人")}


def test_the_shapes_check_a_baseline():
    from kg.validate import validate_graph
    g = build_text("一、2023年工作回顾\n全市生产总值增长6%，经济运行稳中向好。\n二、2024年工作安排\n"
                   "全市生产总值增长5.5%左右，城镇新增就业13万人，居民收入增长与经济增长同步。\n", "某市2024年政府工作报告.txt")
    assert validate_graph(g.to_rdf()).conforms
    target = next(e.source for e in g.edges if e.prop == "baseline")
    other = next(n.iri for n in g.of_class("Target") if n.iri != target)
    g.add_edge(target, "baseline", other, g.reports[0])        # a target of the same year is no baseline
    report = validate_graph(g.to_rdf())
    assert not report.conforms
    assert any("a baseline is an achievement" in v for v in report.violations)
    assert any("of the year before" in v for v in report.violations)
