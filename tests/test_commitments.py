"""Commitments of the plan parts, their targets and sectors."""
from collections import Counter

from kg.build import analyse
from kg.commitments import extract_commitments
from kg.quantities import extract_quantities


def commitments(text):
    doc = analyse(text, "excerpt.txt", {"region": "贵阳市", "year": "2024"})
    qs = extract_quantities(doc)
    return doc, qs, extract_commitments(doc, qs)


def test_clause_level_actions():
    _, qs, cs = commitments("二、2024年工作安排\n（一）抓工业\n新收储工业用地8000亩，建成开通轨道交通S1线一期，推动项目建设提速。")
    assert [c.text for c in cs] == ["新收储工业用地8000亩", "建成开通轨道交通S1线一期", "推动项目建设提速"]
    assert [qs[i].value for i in cs[0].targets] == [8000]
    assert cs[1].targets == []


def test_review_parts_hold_no_commitments():
    doc, _, cs = commitments("一、2023年工作回顾\n建成开通轨道交通3号线，新增规上工业企业150家。\n"
                             "二、2024年工作安排\n推进数字经济发展，新建5G基站3000个。")
    assert [c.text for c in cs] == ["推进数字经济发展", "新建5G基站3000个"]


def test_headings_are_not_commitments():
    _, _, cs = commitments("二、2024年工作安排\n（一）全力抓工业、调结构\n推进数字经济发展。")
    assert all("全力抓工业" not in c.text for c in cs)


def test_main_targets_become_commitments():
    _, qs, cs = commitments("二、2024年工作安排\n今年主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业15万人。")
    held = {qs[i].indicator for c in cs for i in c.targets}
    assert {"地区生产总值", "城镇新增就业"} <= held


def test_strength():
    _, _, cs = commitments("二、2024年工作安排\n力争新增规上工业企业150家，确保粮食产量稳定。")
    assert [c.strength for c in cs] == ["aspirational", "firm"]


def test_spans_quote_the_text(example_doc):
    qs = extract_quantities(example_doc)
    for c in extract_commitments(example_doc, qs):
        assert example_doc.text[c.start:c.end] == c.text


def test_example_task_sections_each_hold_commitments(example_result):
    g = example_result.graph
    section_of = {e.source: e.target for e in g.edges if e.prop == "inSection"}
    per = Counter(section_of[n.iri].rsplit("/", 1)[-1] for n in g.of_class("Commitment"))
    tasks = [n.props["number"] for n in g.of_class("Task") if n.props["number"].startswith("2.")]
    assert len(tasks) >= 8
    for number in tasks:
        assert per[number] >= 10, number
    assert 200 <= sum(per.values()) <= 1500


def test_every_example_target_reaches_a_sector_through_its_commitment(example_result):
    g = example_result.graph
    held = {e.target: e.source for e in g.edges if e.prop == "hasTarget"}
    sectored = {e.source for e in g.edges if e.prop == "sector"}
    for t in g.of_class("Target"):
        assert t.iri in held, t.props["quote"]
        assert held[t.iri] in sectored
