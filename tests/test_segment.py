from kg.records import OUTLOOK, PLAN, REVIEW, GOVERNMENT, ReportMeta
from kg.segment import cn_number, part_role, segment


def test_example_parts_and_tasks(example_doc):
    parts = [s for s in example_doc.sections if s.kind == "part"]
    assert [(p.number, p.role) for p in parts] == [("1", REVIEW), ("2", PLAN)]
    tasks = [s.number for s in example_doc.sections if s.kind == "task"]
    assert tasks[:8] == [f"1.{i}" for i in range(1, 9)]
    assert tasks[8:] == [f"2.{i}" for i in range(1, 11)]


def test_every_span_quotes_the_text(example_doc):
    text = example_doc.text
    for s in example_doc.sections:
        assert text[s.title_start:s.title_end] == s.title
    for sent in example_doc.sentences:
        assert text[sent.start:sent.end] == sent.text
    for theme in example_doc.themes:
        assert text[theme.start:theme.end].startswith(theme.title)


def test_themes_are_paragraph_leads(example_doc):
    titles = [t.title for t in example_doc.themes]
    assert "狠抓产业基地建设" in titles
    assert "狠抓工业园区建设" in titles
    sent = next(s for s in example_doc.sentences if "新收储工业用地8000亩" in s.text)
    assert sent.theme == "狠抓工业园区建设"
    assert sent.section == "2.1"


def test_plain_text_provincial_titles():
    text = ("一、2025年和“十四五”时期工作回顾\n增长5%。\n二、“十五五”时期主要目标任务\n到2030年达到1万亿元。\n"
            "三、2026年重点工作\n（一）扩大内需。新增就业60万人。\n四、全面加强政府自身建设\n压减5%。\n")
    doc = segment(text, "x.txt", ReportMeta(year=2026))
    roles = [(s.number, s.role) for s in doc.sections if s.kind == "part"]
    assert roles == [("1", REVIEW), ("2", OUTLOOK), ("3", PLAN), ("4", GOVERNMENT)]
    assert [s.number for s in doc.sections if s.kind == "task"] == ["3.1"]


def test_numbered_annex_after_the_parts_is_not_a_part():
    text = ("一、工作回顾\n增长5%。\n二、2026年工作安排\n做好工作。\n"
            "附件\n一、提高低保标准。\n二、建设养老机构。\n")
    doc = segment(text, "x.txt", ReportMeta(year=2026))
    assert [s.number for s in doc.sections if s.kind == "part"] == ["1", "2"]


def test_no_headings_warns():
    doc = segment("过去一年，地区生产总值增长5%。今年力争增长6%。", "x.txt", ReportMeta(year=2024))
    assert doc.sections == []
    assert doc.warnings and "no part headings" in doc.warnings[0]


def test_part_role_words():
    assert part_role("2023年工作回顾", 1, 2024) == REVIEW
    assert part_role("2024年工作目标和主要任务", 2, 2024) == PLAN
    assert part_role("一张蓝图绘到底，奋力谱写新篇章", 2, 2026) == PLAN
    assert cn_number("十") == 10 and cn_number("十三") == 13


def test_headings_indented_with_any_space_are_found():
    # 2025-上海市 and 2025-辽宁省 indent every heading with two EM SPACEs (U+2003)
    for indent in ("\u2003\u2003", "\u3000\u3000", "\u00a0 ", "  "):
        text = (f"各位代表：\n{indent}一、2024年工作回顾\n{indent}过去一年，全市生产总值增长5%。\n"
                f"{indent}二、2025年主要任务\n{indent}今年要重点做好以下工作。\n"
                f"{indent}（一）聚力扩内需、稳外需，保持经济稳定增长。全市生产总值增长5%左右。\n"
                f"{indent}三、全面提升政府治理现代化水平\n{indent}加强政府自身建设。\n")
        doc = segment(text, "t.txt", ReportMeta())
        parts = [(s.number, s.title, s.role) for s in doc.sections if s.kind == "part"]
        assert parts == [("1", "2024年工作回顾", REVIEW), ("2", "2025年主要任务", PLAN),
                         ("3", "全面提升政府治理现代化水平", GOVERNMENT)], repr(indent)
        assert [s.number for s in doc.sections if s.kind == "task"] == ["2.1"]
        for s in doc.sections:
            assert text[s.title_start:s.title_end] == s.title


def test_unnumbered_part_headings_when_no_numbered_ones():
    # 2025-四川省 and 2025-西藏自治区 head their parts with bare lines
    text = ("各位代表：\n2024年工作回顾\n过去一年，地区生产总值增长5.7%。\n"
            "2025年工作安排建议\n重点做好9个方面工作：\n（一）着力扩大内需。地区生产总值增长5.5%以上。\n"
            "加强政府自身建设\n（一）旗帜鲜明讲政治。\n"
            "名词解释\n1．“两重”：国家重大战略实施和重点领域安全能力建设，共2项。\n")
    doc = segment(text, "t.txt", ReportMeta(year=2025))
    parts = [(s.number, s.title, s.role) for s in doc.sections if s.kind == "part"]
    assert parts == [("1", "2024年工作回顾", REVIEW), ("2", "2025年工作安排建议", PLAN),
                     ("3", "加强政府自身建设", GOVERNMENT)]
    assert [s.number for s in doc.sections if s.kind == "task"] == ["2.1", "3.1"]
    # the glossary after the last part is not read for facts, and the build says so; its sentences are kept for names
    assert not any("共2项" in s.text for s in doc.sentences)
    assert any("名词解释" in w for w in doc.warnings)
    assert [doc.text[s.start:s.end] for s in doc.glossary] == [s.text for s in doc.glossary]
    assert any("共2项" in s.text for s in doc.glossary)



def test_unnumbered_review_and_plan_headings_before_numbered_tasks():
    # 内蒙古 2026: the review and the plan are headed without numbers; 一、二、… are the year's tasks
    from kg.quantities import extract_quantities
    text = ("各位代表：\n现在，我代表自治区人民政府向大会报告工作。\n“十四五”时期发展成就和2025年工作回顾\n"
            "刚刚过去的2025年，地区生产总值增长4.7%。\n“十五五”时期主要目标和2026年重点工作\n"
            "今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n一、把铸牢中华民族共同体意识作为主线\n"
            "（一）加强共有精神家园建设。新建文化站10个。\n")
    doc = segment(text, "t.txt", ReportMeta(year=2026))
    assert [(q.kind, q.year, q.value) for q in extract_quantities(doc)] == [
        ("achievement", 2025, 4.7), ("target", 2026, 5), ("target", 2026, 10)]


def test_a_part_on_the_first_year_of_a_new_plan_is_this_years_work():
    # 福建 2026: 全力推动“十五五”开好局、起好步 sets the year's targets
    assert part_role("一鼓作气勇争先，全力推动“十五五”开好局、起好步", 3, 2026) == PLAN
    assert part_role("“十五五”时期的主要目标任务", 2, 2026) == OUTLOOK


def test_glossaries_headed_as_annexes_are_found():
    # 广东 2025: 附件2 名词解释; 江西 2025: 附件 / 《政府工作报告》有关内容名词注释
    for heading in ("附件2 名词解释", "附件\n《政府工作报告》有关内容名词注释"):
        text = ("一、2024年工作回顾\n地区生产总值增长5%。\n二、2025年工作安排\n（一）扩大内需。投资增长6%。\n"
                f"{heading}\n1．重大项目：实施100个左右重大项目。\n")
        doc = segment(text, "t.txt", ReportMeta(year=2025))
        assert not any("100个" in s.text for s in doc.sentences), heading
        assert any("100个" in s.text for s in doc.glossary), heading
