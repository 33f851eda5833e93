"""Numeric targets and achievements on real sentences of work reports."""
import pytest

from kg.numbers import fold_unit, parse_number
from kg.quantities import extract_quantities
from kg.records import ACHIEVEMENT, CHANGE, LEVEL, TARGET, ReportMeta
from kg.segment import segment


def plan(body: str):
    doc = segment(f"一、2023年工作回顾\n增长。\n二、2024年主要任务\n{body}\n", "t.txt", ReportMeta(year=2024))
    return extract_quantities(doc), doc.text


def review(body: str):
    doc = segment(f"一、2023年工作回顾\n{body}\n二、2024年主要任务\n做好工作。\n", "t.txt", ReportMeta(year=2024))
    return extract_quantities(doc), doc.text


def rows(qs):
    return [(q.indicator, q.value, q.unit) for q in qs]


def test_main_target_with_qualifier():
    (q,), _ = plan("地区生产总值增长5.5%左右。")
    assert (q.kind, q.indicator, q.value, q.unit, q.measure) == (TARGET, "地区生产总值", 5.5, "%", CHANGE)
    assert (q.qualifier, q.comparator) == ("左右", "approximately")


def test_fenbie_list_writes_the_shared_subject_out():
    qs, _ = plan("农业、规模以上工业、服务业增加值分别增长4%、9%和6%左右。")
    assert rows(qs) == [("农业增加值", 4, "%"), ("规模以上工业增加值", 9, "%"), ("服务业增加值", 6, "%")]
    qs, _ = plan("城镇、农村常住居民人均可支配收入分别增长6%和8%左右。")
    assert [q.indicator for q in qs] == ["城镇常住居民人均可支配收入", "农村常住居民人均可支配收入"]


def test_fenbie_list_of_whole_indicators_keeps_each():
    # from the corpus: 西藏 2025, 云南 2025, 上海 2024, 国务院
    qs, _ = plan("城镇调查失业率、居民消费价格涨幅分别控制在5%和3%以内。")
    assert [q.indicator for q in qs] == ["城镇调查失业率", "居民消费价格涨幅"]
    qs, _ = review("生产安全事故起数、死亡人数分别下降15%、14.5%。")
    assert [q.indicator for q in qs] == ["生产安全事故起数", "死亡人数"]
    qs, _ = review("跨国公司地区总部、外资研发中心分别新增266家和105家。")
    assert [q.indicator for q in qs] == ["跨国公司地区总部", "外资研发中心"]
    qs, _ = review("高技术制造业、装备制造业增加值分别增长8.9%、7.7%。")
    assert [q.indicator for q in qs] == ["高技术制造业增加值", "装备制造业增加值"]


def test_chengxiang_means_urban_then_rural():
    qs, _ = plan("城乡居民人均可支配收入分别增长8%和10%。")
    assert rows(qs) == [("城镇居民人均可支配收入", 8, "%"), ("农村居民人均可支配收入", 10, "%")]
    qs, _ = review("地方财政收入增长9%。城乡低保标准分别提高9.97%和14.1%。")
    assert [q.indicator for q in qs][1:] == ["城镇低保标准", "农村低保标准"]


def test_counted_noun_after_the_number():
    qs, _ = plan("建成5座水库，开工2个水网连通工程。")
    assert rows(qs) == [("建成水库", 5, "座"), ("开工水网连通工程", 2, "个")]


def test_bare_verb_borrows_the_previous_object():
    qs, _ = review("新开工亿元以上项目79个、建成57个。")
    assert [q.indicator for q in qs] == ["新开工亿元以上项目", "建成亿元以上项目"]
    assert all(q.kind == ACHIEVEMENT for q in qs)


def test_change_then_level_share_the_subject():
    qs, _ = review("工业投资占固定资产投资比重较2022年提高2.9个百分点、达27.4%。")
    assert rows(qs) == [("工业投资占固定资产投资比重", 2.9, "个百分点"), ("工业投资占固定资产投资比重", 27.4, "%")]
    assert [q.measure for q in qs] == [CHANGE, LEVEL]


def test_subject_from_the_previous_clause():
    qs, _ = review("全市地区生产总值再次跨过一个千亿级台阶，达到5154.75亿元、同比增长6%。")
    assert rows(qs) == [("地区生产总值", 5154.75, "亿元"), ("地区生产总值", 6, "%")]


def test_multiplier_is_kept_in_the_unit_and_folded_in_the_normalised_value():
    (q,), _ = plan("建设保障性租赁住房1.2万套。")
    assert (q.value, q.unit, q.norm_value, q.norm_unit) == (1.2, "万套", 12000, "套")
    assert fold_unit(12.8, "万亿元") == (12.8e12, "元")


def test_names_dates_and_labels_are_not_quantities():
    qs, _ = plan("推进奇瑞“2+1”基地建设，建成开通轨道交通S1线一期和3号线，落实“十四五”规划，2019年以来新增企业150家。")
    assert rows(qs) == [("新增企业", 150, "家")]


def test_range_gives_two_bounds():
    (q,), _ = plan("经济增长4.5%—5%。")
    assert (q.value, q.lower, q.upper, q.comparator) == (None, 4.5, 5, "range")


def test_bare_ratio_with_bound():
    (q,), _ = plan("城乡居民人均可支配收入比降低至2.02以内。")
    assert (q.indicator, q.value, q.unit, q.comparator) == ("城乡居民人均可支配收入比", 2.02, "", "atMost")


def test_chinese_numerals():
    assert parse_number("一百二十万") == 1_200_000
    assert parse_number("两千") == 2000
    (q,), _ = plan("新增就业一百二十万人。")
    assert (q.value, q.unit) == (1_200_000, "人")


def test_aspirational_and_firm_strength():
    qs, _ = plan("力争电芯产能超过70GWh，确保储备项目1500个左右。")
    assert [(q.strength, q.comparator) for q in qs] == [("aspirational", "moreThan"), ("firm", "approximately")]


def test_existing_stock_in_a_plan_is_not_a_target():
    qs, _ = plan("持续推进已批建的3家省实验室建设。")
    assert qs == []


def test_spans_quote_the_text(example_result):
    doc = example_result.documents[0]
    qs = extract_quantities(doc)
    assert len(qs) > 200
    for q in qs:
        assert doc.text[q.quote_start:q.quote_end] == q.quote
        assert doc.text[q.start:q.end] == q.expression
        assert q.quote_start <= q.start < q.end <= q.quote_end
        assert 1 <= len(q.quote) <= 60


@pytest.mark.parametrize("kind,minimum", [(TARGET, 100), (ACHIEVEMENT, 95)])
def test_example_has_targets_and_achievements(example_result, kind, minimum):
    qs = extract_quantities(example_result.documents[0])
    assert sum(q.kind == kind for q in qs) >= minimum


# ---------------------------------------------------------------- tense and reference year
# excerpts of 国务院 2011 and 2013, 广西 2026, 广东 2026, 国务院 2016

def test_last_years_result_against_its_target_is_an_achievement():
    qs, _ = review("全区地区生产总值增长5.1%，增速高于预期目标、高于上年同期、高于全国。")
    assert [(q.kind, q.year, q.value) for q in qs] == [(ACHIEVEMENT, 2023, 5.1)]


def test_a_sentence_opening_on_an_earlier_year_reports_on_it():
    doc = segment("一、2012年工作回顾\n2012年，在世界各大经济体增长全面减速的情况下，全面实现年初确定的主要目标，"
                  "国内生产总值增长7.8%，为今年经济发展打下好的基础。\n二、2013年工作安排\n做好工作。\n",
                  "t.txt", ReportMeta(year=2013))
    assert [(q.kind, q.year) for q in extract_quantities(doc)] == [(ACHIEVEMENT, 2012)]


def test_a_plan_sentence_goes_on_with_the_past_the_one_before_opened():
    qs, _ = plan("过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%，城镇新增就业1168万人。"
                 "这为做好今年的工作打下了良好基础。\n今年国内生产总值增长8%左右。")
    assert [(q.kind, q.value) for q in qs] == [(ACHIEVEMENT, 10.3), (ACHIEVEMENT, 1168), (TARGET, 8)]


def test_multi_year_targets_are_for_the_end_of_their_period():
    doc = segment("一、2025年工作回顾\n增长。\n二、“十五五”时期主要目标任务\n主要目标是：地区生产总值年均增长5%左右，"
                  "到2035年人均地区生产总值达到中等发达国家水平。\n三、2026年重点工作\n地区生产总值增长4.5%—5%。\n",
                  "t.txt", ReportMeta(year=2026))
    qs = extract_quantities(doc)
    assert [(q.kind, q.year, q.value, q.lower, q.upper) for q in qs] == [
        (TARGET, 2030, 5, None, None), (TARGET, 2026, None, 4.5, 5)]


def test_range_with_a_full_width_hyphen():
    (q,), _ = plan("国内生产总值增长6.5%－7%。")
    assert (q.lower, q.upper, q.unit, q.indicator) == (6.5, 7, "%", "国内生产总值")


def test_a_trailing_qualifier_bounds_each_number_of_a_fenbie_list():
    # 贵阳 2024 and 广东 2026; a qualifier of the first number alone stays its own
    qs, _ = plan("农业、规模以上工业、服务业增加值分别增长4%、9%和6%左右；生猪、家禽年出栏量分别稳定在3900万头、13.5亿只以上。")
    assert [(q.value, q.qualifier, q.comparator) for q in qs] == [
        (4, "左右", "approximately"), (9, "左右", "approximately"), (6, "左右", "approximately"),
        (3900, "以上", "atLeast"), (13.5, "以上", "atLeast")]
    (a, b), _ = plan("城乡居民人均可支配收入分别增长5%以上和7%左右。")
    assert (a.qualifier, b.qualifier) == ("以上", "左右")


def test_a_list_of_counts_shares_the_last_items_head():
    # 贵州 2025 and 广东 2026; an item with a head of its own keeps it (新建2个省实验室、2个基础学科研究中心)
    qs, _ = plan("加快推进11个煤层气、5个页岩气项目建设；建成8个国家级、13个省级区域医疗中心；新建2个省实验室、2个基础学科研究中心。")
    assert [q.indicator for q in qs] == ["加快推进煤层气项目", "页岩气项目建设", "建成国家级中心", "建成省级区域医疗中心",
                                        "新建省实验室", "新建基础学科研究中心"]


def test_the_set_a_rank_is_taken_in_is_no_achievement():
    # 贵阳 2024: 168 counts the cities ranked, not a result; the ratio beside it is one
    qs, _ = review("环境空气质量优良天数比率99.5%，空气质量在全国168个重点城市中稳居前列。")
    assert rows(qs) == [("环境空气质量优良天数比率", 99.5, "%")]


def test_a_count_followed_by_a_size_bound_counts_the_noun_after_both():
    # 贵州 2025, 上海 2024: the count had taken only the preposition before it (对全省), or nothing, as its indicator
    qs, _ = plan("对全省957个50户以上农村木质房屋连片村寨实施“水改”“电改”。")
    count = next(q for q in qs if q.value == 957)
    assert "农村木质房屋连片村寨" in count.indicator
    qs, _ = review("58个10亿元以上重大产业项目开工建设。")
    assert any(q.value == 58 and "重大产业项目" in q.indicator for q in qs)


def test_a_total_takes_what_was_just_counted():
    qs, _ = plan("各市（州）每个领域遴选10个项目、共80个项目。")
    assert rows(qs) == [("市（州）每个领域遴选项目", 10, "个"), ("市（州）每个领域遴选项目总数", 80, "个")]


def test_what_exists_already_stays_out_through_the_list():
    # 贵州 2025: 已批建 covers both counts; the new ones after it are targets
    qs, _ = plan("持续推进已批建的3家省实验室和22家全省重点实验室建设，再布局建设30家左右全省重点实验室。")
    assert [q.value for q in qs] == [30]
    # an item with a verb of its own is new
    qs, _ = plan("已建成3家省实验室、新建5家全省重点实验室。")
    assert rows(qs) == [("新建全省重点实验室", 5, "家")]


def test_a_clause_without_a_subject_takes_the_one_before():
    # 海拉尔区 2016: 年均增长 had left 年 as the indicator, and 由 stayed on the subject
    qs, _ = review("地区生产总值由2010年的162.4亿元增加到2015年的287.9亿元，年均增长12.1%。")
    assert {q.indicator for q in qs} == {"地区生产总值"}
    assert len(qs) == 3
    # 由 and 从 end a subject only before a number: 自由贸易, 从业人员 stay whole
    qs, _ = review("中国（贵州）自由贸易试验区进出口额增长12%，规上工业企业从业人员增长3%。")
    assert [q.indicator for q in qs] == ["中国（贵州）自由贸易试验区进出口额", "规上工业企业从业人员"]


def test_a_listed_measure_shares_the_subject_before_it():
    qs, _ = review("粮食播种面积1266.6万亩、产量514.4万吨，新增全国重点实验室15家、总数达23家。")
    assert [q.indicator for q in qs] == ["粮食播种面积", "粮食产量", "新增全国重点实验室", "全国重点实验室总数"]


def test_a_part_that_reviews_one_plan_period_then_sets_the_next_ones_goals():
    # 北京 2026, 广西 2026, 国务院 2021: one part holds the five-year review and the new plan's targets
    text = ("一、2025年工作回顾\n全市地区生产总值增长5.4%。\n"
            "二、“十四五”时期发展成就和“十五五”时期主要目标任务\n"
            "这五年，我们锐意改革、矢志创新，地区生产总值年均增长5.2%，全员劳动生产率达到47万元/人。\n"
            "“十五五”时期是基本实现社会主义现代化夯实基础、全面发力的关键时期。\n"
            "《纲要草案》设置了主要指标，包括：地区生产总值年均增速4.5%-5%，全员劳动生产率达58万元/人左右。\n"
            "三、2026年重点工作\n地区生产总值增长5%左右。\n")
    doc = segment(text, "t.txt", ReportMeta(region="北京市", year=2026))
    got = {(q.indicator, q.lower or q.value, q.kind, q.year) for q in extract_quantities(doc)}
    assert {("地区生产总值", 5.2, ACHIEVEMENT, 2025), ("全员劳动生产率", 47.0, ACHIEVEMENT, 2025),
            ("地区生产总值", 4.5, TARGET, 2030), ("全员劳动生产率", 58.0, TARGET, 2030),
            ("地区生产总值", 5.0, TARGET, 2026)} <= got
    assert [s.role for s in doc.sections] == ["review", "review", "plan"]   # the part itself opens on the review


def test_units_that_the_reports_write():
    # from the corpus: 批次/场次 (广东, 天津 2025), 亿斤 (国务院), 列 (浙江 2025), 微克/立方米 (广东 2025),
    # 岁 (国务院 2026), 万家庭 (国务院 2023)
    qs, _ = review("食用农产品快检超800万批次，举办文化惠民活动超2000场次，粮食产量1.39万亿斤，"
                   "浙江中欧班列开行2619列、增长10%，PM2.5平均浓度降至20.6微克/立方米，"
                   "人均预期寿命提高到79.25岁，惠及2900多万家庭。")
    assert rows(qs) == [("食用农产品快检", 800.0, "万批次"), ("举办文化惠民活动", 2000.0, "场次"),
                        ("粮食产量", 1.39, "万亿斤"), ("浙江中欧班列开行", 2619.0, "列"),
                        ("浙江中欧班列开行", 10.0, "%"), ("PM2.5平均浓度", 20.6, "微克/立方米"),
                        ("人均预期寿命", 79.25, "岁"), ("惠及", 2900.0, "万家庭")]


def test_an_age_that_bounds_a_group_is_no_quantity():
    # 贵州 2025 and the gold: 每千人口拥有3岁以下婴幼儿托位数 counts places, not ages
    qs, _ = plan("每千人口拥有3岁以下婴幼儿托位数达到4.5个，为全省60岁以上老年人免费接种疫苗，人均预期寿命达到80岁以上、"
                 "再提高1岁。")
    assert [(q.value, q.unit, q.measure) for q in qs] == [(4.5, "个", LEVEL), (80.0, "岁", LEVEL), (1.0, "岁", CHANGE)]


def test_a_meetings_ordinal_is_no_quantity():
    # 十一届十二次全会 (上海 2022, 新疆 2025, 安徽 2026…) names a meeting
    qs, _ = plan("按照省委十一届十次、十一次全会部署，地区生产总值增长5%左右。")
    assert rows(qs) == [("地区生产总值", 5.0, "%")]


def test_a_count_before_zhizao_or_zhidu_is_a_count():
    # 制 after a count labels (5G制式) but 制造业, 制度 are what is counted (上海 2022, 湖北 2025)
    qs, _ = plan("打造30个制造业数字化赋能平台，累计形成78项制度创新成果。")
    assert rows(qs) == [("打造制造业数字化赋能平台", 30.0, "个"), ("形成制度创新成果", 78.0, "项")]


def test_fenbie_items_are_split_at_the_enumeration_comma_before_he():
    # 和 and 及 stand inside items: 普及率, 软件和信息服务业 (湖南 2026, 上海 2026)
    qs, _ = review("农村供电可靠率、自来水普及率分别达99.9%、94.5%，金融业、软件和信息服务业增加值分别增长9.7%、15.3%。")
    assert rows(qs) == [("农村供电可靠率", 99.9, "%"), ("自来水普及率", 94.5, "%"),
                        ("金融业增加值", 9.7, "%"), ("软件和信息服务业增加值", 15.3, "%")]


def test_yi_in_a_review_is_a_result_reached():
    # 已 before a count in a plan is what exists (已批建的3家省实验室); in a review it is a result
    # (海拉尔 2012, 国务院 2007, 内蒙古 2025)
    qs, _ = review("规模以上工业企业已达54个，各地已偿还拖欠工程款1834亿元。")
    assert [(q.kind, q.value, q.unit) for q in qs] == [(ACHIEVEMENT, 54.0, "个"), (ACHIEVEMENT, 1834.0, "亿元")]


def test_whole_determiners_are_peeled_off_an_indicator():
    # 各类基金 → 基金, not 类基金 (湖南 2026); 各级各类学校 → 学校 (广东 2026); 其他 → not 他 (北京 2025)
    qs, _ = review("各类基金总规模达到3000亿元，各级各类学校开展专题教育5000场次，其他三级公立医院投放号源50%。")
    assert [q.indicator for q in qs] == ["基金总规模", "学校开展专题教育", "三级公立医院投放号源"]


def test_the_verb_that_sets_a_target_is_not_its_indicator():
    # 提出地区生产总值年均增长5%左右 (广西 2026), 提出的国内生产总值增长目标 (国务院 2009)
    qs, _ = plan("提出地区生产总值年均增长5%左右，提出的国内生产总值增长目标8%。")
    assert [q.indicator for q in qs] == ["地区生产总值", "国内生产总值增长目标"]


def test_jiejin_is_a_hedge_not_part_of_the_indicator():
    # 服务业对经济增长贡献率接近60% (国务院 2019) gave the indicator …贡献率接 and the hedge 近
    (q,), _ = review("服务业对经济增长贡献率接近60%。")
    assert (q.indicator, q.value, q.qualifier, q.comparator) == ("服务业对经济增长贡献率", 60.0, "接近", "approximately")


def test_a_clause_that_is_only_a_measure_word_takes_the_subject_before():
    # 国务院 2019: 国内生产总值增长6.1%，总量突破90万亿元 (总量 alone had left the indicator empty or kept
    # the subject but lost that this is the total); 经济总量 stays whole
    from kg.indicators import canonical
    qs, _ = review("国内生产总值增长6.1%，总量突破90万亿元，我国经济总量超过100万亿元。")
    assert [q.indicator for q in qs] == ["国内生产总值", "国内生产总值总量", "我国经济总量"]
    assert {canonical(q.indicator) for q in qs} == {("gdp", "exact")}


def test_a_gap_to_the_nation_names_what_is_compared():
    # from the corpus: 山东 2025, 湖南 2025, 广东 2025
    qs, _ = review("规上工业增加值增长8.3%，高于全国2.5个百分点。")
    assert rows(qs) == [("规上工业增加值", 8.3, "%"), ("规上工业增加值高于全国", 2.5, "个百分点")]
    qs, _ = review("地区生产总值四季度增长5.6%、高于全国0.2个百分点，全年增长4.8%。")
    assert qs[2].indicator == "地区生产总值"       # the gap is not the subject the next clause shares,
    # and a quarter or the whole year is when, not what (四季度 had been the subject)
    qs, _ = review("在国家科学技术奖评选中荣获53个奖项、比上次增长47%。")
    assert qs[1].indicator == qs[0].indicator and qs[1].measure == CHANGE


def test_a_listed_number_takes_the_whole_unit_the_next_one_ends_with():
    # from the corpus: 山西 2026, 国务院 2023, 广东 2026
    qs, _ = review("投资、消费增速分别快于全国3.4个、1个百分点。")
    assert [q.unit for q in qs] == ["个百分点", "个百分点"]
    qs, _ = review("水土流失、荒漠化土地面积分别减少10.6万、3.8万平方公里。")
    assert [(q.value, q.unit) for q in qs] == [(10.6, "万平方公里"), (3.8, "万平方公里")]
    qs, _ = review("新建学校3个、医院5家。")
    assert [q.unit for q in qs] == ["个", "家"]


def test_a_ratio_is_read_by_its_first_term():
    # from the corpus: 重庆 2026, 江苏 2025, 浙江 2025, 广西 2026
    (q,), text = plan("城乡居民收入比缩小至2.1∶1左右。")
    assert (q.indicator, q.value, q.unit, q.qualifier) == ("城乡居民收入比", 2.1, "", "左右")
    assert text[q.start:q.end] == "2.1∶1左右"
    (q,), _ = review("农产品加工业产值与农业总产值之比提高到2.81∶1。")
    assert (q.indicator, q.value) == ("农产品加工业产值与农业总产值之比", 2.81)
    qs, _ = review("城乡居民收入倍差从2.42缩小至2.12。")
    assert [(q.indicator, q.value) for q in qs] == [("城乡居民收入倍差", 2.42), ("城乡居民收入倍差", 2.12)]
    (q,), _ = review("城乡居民收入比为2.3:1。")      # an ASCII colon ends no clause between digits
    assert (q.value, q.unit) == (2.3, "")
    qs, _ = review("会议时间为10:30。")
    assert not qs


def test_listed_numbers_share_the_verb_that_makes_them_changes():
    # from the corpus: 浙江 2025, 重庆 2026, 河南 2025
    qs, _ = review("生产安全事故起数、死亡人数分别下降16.8%、15.7%。")
    assert [q.measure for q in qs] == [CHANGE, CHANGE]
    (q,), _ = review("全级次国企法人数量压减67.7%。")
    assert (q.indicator, q.measure) == ("全级次国企法人数量", CHANGE)
    (q,), _ = review("产业链群对规上工业增长贡献率达72.4%。")
    assert q.measure == LEVEL          # a share named after the verb
    qs, _ = review("地区生产总值增长6%、占比达30%。")
    assert [q.measure for q in qs] == [CHANGE, LEVEL]


def test_energy_price_and_share_units():
    # from the corpus: 浙江 2025, 内蒙古 2025, 重庆 2026, 广东 2026
    qs, _ = review("保障重大项目用能指标1600万吨标准煤，外送电量3150亿度，全省工商业平均电价下降1分/千瓦时，"
                   "外贸进出口下降超3成。")
    assert [(q.value, q.unit) for q in qs] == [(1600, "万吨标准煤"), (3150, "亿度"), (1, "分/千瓦时"), (3, "成")]
    assert qs[0].indicator == "保障重大项目用能指标" and qs[1].indicator == "外送电量"
    qs, _ = plan("将25度以上陡坡旱地逐步调出。")      # a slope, not electricity
    assert not qs


def test_a_chinese_numeral_with_two_magnitudes_is_one_number():
    # from the corpus: 国务院 1955, 1982, 1983
    qs, _ = plan("发电量从七十二亿六千万度增加到一百五十九亿度，五年内毕业研究生四万五千人，"
                 "发电能力将为四百零六万千瓦。")
    assert [(q.value, q.unit) for q in qs] == [(7260000000, "度"), (15900000000, "度"), (45000, "人"),
                                               (4060000, "千瓦")]
    assert qs[0].indicator == "发电量"


def test_how_long_a_level_held_is_not_the_indicator():
    # from the corpus: 河南 2025, 江西 2025, 湖北 2025
    qs, _ = review("粮食总产量1344亿斤，连续8年稳定在1300亿斤以上。城镇新增就业连续4年超过90万人。")
    assert [q.indicator for q in qs] == ["粮食总产量", "粮食总产量", "城镇新增就业"]


def test_listed_subjects_share_what_stands_after_the_parallel_words():
    # from the corpus: 浙江 2025, 宁夏 2025, 青海 2025, 陕西 2025
    def listed(sentence):
        return [q.indicator for q in review(sentence)[0]]
    assert listed("服务贸易、数字贸易、跨境电商出口分别增长6%、8%、20%。") == ["服务贸易出口", "数字贸易出口", "跨境电商出口"]
    assert listed("家电、新能源汽车零售额分别增长23.9%、35.8%。")[0] == "家电零售额"
    assert listed("城镇、农村居民人均可支配收入分别增长4.8%、7%。")[0] == "城镇居民人均可支配收入"
    assert listed("粮食、油料作物种植面积分别保持在445万亩、222万亩以上。")[0] == "粮食作物种植面积"
    assert listed("汽车、有色金属行业增加值分别增长18.1%、16.6%。")[0] == "汽车行业增加值"
    assert listed("金融业、软件和信息服务业增加值分别增长5%、10%。")[0] == "金融业增加值"


def test_a_class_or_threshold_after_a_count_bounds_what_is_counted():
    # from the corpus: 重庆 2026, 上海 2022 and 2024, 贵州 2025, 广东 2026
    (q,), _ = review("2个1类创新药获批上市。")
    assert (q.value, q.unit, q.indicator) == (2, "个", "创新药获批上市")
    (q,), _ = review("58个10亿元以上重大产业项目开工建设。")
    assert (q.value, q.unit) == (58, "个") and "重大产业项目" in q.indicator
    qs, _ = review("高龄津贴惠及130万老年人，为390万65岁以上老年人免费体检。")
    assert qs[1].indicator == "老年人免费体检"
    qs, _ = review("改造老旧小区1343个52.54万户。")      # a second count is a quantity of its own
    assert [q.value for q in qs] == [1343, 52.54]


def test_a_bare_magnitude_after_a_bound_is_one_of_it():
    # from the corpus: 福建 2025, 北京 2025, 国务院 1978 (百家争鸣 is no number)
    qs, _ = review("国家自然科学基金资助项目突破千项，医药健康产业规模首次突破万亿元，举办活动超万场。"
                   "坚持百花齐放、百家争鸣的方针，物价牵涉到千家万户。")
    assert [(q.value, q.unit, q.qualifier) for q in qs] == [(1000, "项", "突破"), (10000, "亿元", "突破"),
                                                            (10000, "场", "超")]


def test_a_count_whose_group_does_something_measured_is_a_quantity():
    # from the corpus: 福建 2025, 浙江 2025; a count whose share follows stays a modifier (贵州 2025)
    qs, _ = review("1593个省重点项目完成投资7295亿元。")
    assert [(q.value, q.unit) for q in qs] == [(1593, "个"), (7295, "亿元")]
    (q,), _ = review("45个重点开发区规模以上工业总产值占全省开发区的比重达84%。")
    assert q.value == 84
    # a threshold that defines a class is no quantity; a share of a group is one
    (q,), _ = plan("形成10个营业收入超千亿元的先进制造业集群。")
    assert (q.value, q.unit) == (10, "个")
    (q,), _ = plan("试点范围扩大到全国80%以上的县。")
    assert (q.value, q.unit) == (80, "%")


def test_counts_of_levels_share_the_noun_after_the_last_level():
    # from the corpus: 福建 2025, 山西 2025 and 2026, 辽宁 2026
    qs, _ = review("建好2个国家级、3个省级文化生态保护区。")
    assert [q.indicator for q in qs] == ["建好国家级文化生态保护区", "省级文化生态保护区"]
    qs, _ = review("580种药品和26种医用耗材价格大幅降低。")   # two nouns of one length are not levels
    assert qs[0].indicator == "药品"


def test_an_amount_of_change_against_a_base_is_a_change():
    # from the corpus: 国务院 2015, 天津 2025, 重庆 2025
    qs, _ = plan("拟安排财政赤字比去年增加2700亿元，新增城镇就业150万人。")
    assert [q.measure for q in qs] == [CHANGE, LEVEL]
    (q,), _ = review("空气质量优良天数同比增加4天。")
    assert q.measure == CHANGE


def test_a_review_figure_below_last_years_target_is_a_result():
    # from the corpus: 上海 2022 (低于年初预期目标 had made the sentence's numbers targets)
    qs, _ = review("居民消费价格上涨1.2%，城镇调查失业率明显低于年初预期目标，新增就业岗位63.5万个。")
    assert {q.kind for q in qs} == {ACHIEVEMENT}


def test_households_then_their_people_share_the_subject():
    # from the corpus: 海拉尔 2019; 其中 alone is no indicator (not 中)
    qs, _ = review("建档立卡贫困户301户611人全部脱贫，其中173户349人稳定脱贫。")
    assert [q.indicator for q in qs] == ["建档立卡贫困户"] * 4
    (q,), _ = review("其中56项为全国首创。")
    assert q.indicator == "为全国首创"


def test_review_mends_units_measures_and_bounds():
    # a second reading of this stop's rules: 成 beginning a word is no unit, 增长率 is a change,
    # 过 before a bare magnitude is a threshold, and 人 does not become 人次
    (q,), _ = review("常住人口达到500万成为特大城市。")
    assert q.unit == "万"
    (q,), _ = review("地区生产总值增长率为5.2%。")
    assert q.measure == CHANGE
    (q,), _ = review("外贸进出口下降超3成。")
    assert (q.unit, q.measure) == ("成", CHANGE)
    (q,), _ = review("过百万人口的城市达5个。")
    assert (q.value, q.unit) == (5, "个")
    qs, _ = review("接待游客200万人、300万人次。")
    assert [q.unit for q in qs] == ["万人", "万人次"]


def test_a_later_clause_shares_the_earlier_subjects_without_its_predicate():
    # from the corpus: 海拉尔 2019, 江西 2025 (分别 after the subjects' own clause: 增长 had joined the indicator)
    qs, _ = review("城乡常住居民人均可支配收入分别完成37820元、28104元，同比分别增长6.5%、9.4%。")
    assert [q.indicator for q in qs[2:]] == ["城镇常住居民人均可支配收入", "农村常住居民人均可支配收入"]
    qs, _ = review("高技术制造业、装备制造业增加值分别增长12.5%、13.1%，占规模以上工业比重分别提高到21.7%、33.6%。")
    assert qs[2].indicator == "高技术制造业增加值占规模以上工业比重"
    # a clause with a subject of its own keeps it (内蒙古 2025: not the subjects of the clauses before)
    qs, _ = plan("新增设施农业10万亩，打造吨粮田50万亩。粮肉奶产量分别稳定在800亿斤、60亿斤、160亿斤以上。")
    assert [q.indicator for q in qs[2:]] == ["粮肉奶产量"] * 3


def test_hedges_after_the_subject_are_peeled():
    # from the corpus: 山西 2025, 北京 2025, 天津 2025 (预计 and 力争 had stayed in the indicator)
    (q,), _ = review("开发区工业投资预计增长9%。")
    assert q.indicator == "开发区工业投资"
    (q,), _ = plan("外调绿电规模力争达到400亿千瓦时。")
    assert q.indicator == "外调绿电规模"
    qs, _ = review("电子信息、高端装备制造、现代消费品营业收入预计分别达到2000亿元、1800亿元、1400亿元。")
    assert [q.indicator for q in qs] == ["电子信息营业收入", "高端装备制造营业收入", "现代消费品营业收入"]


def test_shares_spans_and_levels_passed_take_the_subject_before():
    # from the corpus: 内蒙古 2025, 山东 2026, 青海 2026, 甘肃 2025, 江苏 2026
    qs, _ = review("外送电量3150亿度、占全国16%。")
    assert [q.indicator for q in qs] == ["外送电量", "外送电量占全国"]
    qs, _ = review("常住人口城镇化率达到67.5%、5年提高4.5个百分点。")
    assert [q.indicator for q in qs] == ["常住人口城镇化率"] * 2
    (q,), _ = review("全省地区生产总值历史性迈上4000亿元台阶。")
    assert (q.indicator, q.value, q.unit) == ("地区生产总值", 4000, "亿元")     # not 亿台 (阶)
    qs, _ = review("人均地区生产总值突破5万关口、达到5.28万元。")
    assert [q.indicator for q in qs] == ["人均地区生产总值"] * 2
    qs, _ = review("地区生产总值连续迈上4个万亿元台阶、达14.2万亿元、年均增长5.7%。")
    assert [q.indicator for q in qs] == ["地区生产总值"] * 3
    qs, _ = review("人民币存款、贷款余额双双突破9万亿元。")
    assert qs[-1].indicator == "人民币存款、贷款余额"


def test_a_counted_noun_keeps_its_bracketed_aside():
    # from the corpus: 江西 2025, 广东 2026 (县（市 had been cut at the 、 inside the brackets)
    (q,), _ = plan("推动16个县（市、区）整县建成美丽乡村。")
    assert "县（市、区）" in q.indicator


def test_computing_power_tenths_thousands_and_listed_bare_numbers_are_read():
    # from the corpus: 湖南 2026, 内蒙古 2025, 四川 2025 (算力 in P, PF, EFlops), 湖北 2026 and 福建 2025
    # (近六成), 广西 2026 (9千亿元), 国务院 2018 (1万6千多户), 云南 2026 (the unit on the last number only)
    def read(sentence):
        return [(q.indicator, q.value, q.unit) for q in review(sentence)[0]]
    assert read("智能算力达4800PF，算力总规模达到9.4万P。") == [("智能算力", 4800, "PF"), ("算力总规模", 9.4, "万P")]
    assert read("全省算力总规模达到15EFlops。") == [("算力总规模", 15, "EFlops")]
    assert read("工业企业上云率近六成。") == [("工业企业上云率", 6, "成")]
    assert read("坚持一成不变。") == []
    assert read("有色金属产业年产值超4千亿元。") == [("有色金属产业年产值", 4, "千亿元")]
    assert read("建成500千伏变电站3座。")[0][1:] == (3, "座")
    assert read("日均新设企业由5千多户增加到1万6千多户。")[1][1:] == (16000, "户")
    assert [u for _, _, u in read("农村卫生户厕覆盖率、污水治理率、生活垃圾处理设施覆盖率分别提高20.9、36.2、54个百分点。")] \
        == ["个百分点"] * 3


def test_a_claim_between_two_figures_is_not_their_subject():
    # from the corpus: 湖南 2026 (稳居全国前十强 had been the subject of 4.8%), 甘肃 2025 (同口径)
    qs, _ = review("全省地区生产总值达到5.53万亿元、稳居全国前十强、增长4.8%。")
    assert [q.indicator for q in qs] == ["地区生产总值"] * 2
    (q,), _ = plan("一般公共预算收入同口径增长5.5%左右。")
    assert q.indicator == "一般公共预算收入"
    # a subject whose verb stands before the number's own verb stays (贵阳 2024)
    (q,), _ = review("首位度进一步提升、达到25.2%。")
    assert q.indicator == "首位度"


def test_the_plans_outline_is_no_quantity():
    # from the corpus: 四川 2026, 重庆 2026, 国务院 2020 (N个方面 had been targets)
    assert plan("重点做好以下10个方面工作。")[0] == []
    (q,), _ = review("推出8个方面90项政策措施。")
    assert (q.indicator, q.value) == ("推出政策措施", 90)


def test_a_running_total_counts_what_was_just_added():
    # from the corpus: 上海 2024, 湖南 2026, 广东 2026, 贵州 2025
    qs, _ = review("新增公园162座、累计达到832座。")
    assert [q.indicator for q in qs] == ["新增公园", "公园总数"]
    qs, _ = review("新增发电装机4178万千瓦、总装机达9157万千瓦。")
    assert qs[1].indicator == "总装机"            # its own verb: not 新增总装机
    qs, _ = review("新建学校5所、幼儿园10所。")
    assert qs[1].indicator == "新建幼儿园"
    qs, _ = review("先进制造业、高技术制造业增加值占规模以上工业增加值比重分别达56.2%、34.7%。")
    assert qs[0].indicator == "先进制造业增加值占规模以上工业增加值比重"
    qs, _ = review("集中养育和社会散居孤儿最低养育标准分别提高至1900元/月、1400元/月。")
    assert qs[0].indicator != "集中养育标准"


def test_a_measure_stated_before_what_it_measures_names_that():
    # from the corpus: 湖南 2026 (抓好总投资2万亿元的389个省重点项目), 江苏 2025, 海拉尔 2016
    qs, _ = plan("抓好总投资2万亿元的389个省重点项目。")
    assert [q.indicator for q in qs] == ["省重点项目总投资", "省重点项目"]
    (q,), _ = review("设立总规模500亿元的省战略性新兴产业母基金。")
    assert q.indicator == "省战略性新兴产业母基金总规模"
    qs, _ = review("总投资30亿元的红星美凯龙城市商贸综合体项目当年完成投资6.1亿元。")
    assert [q.indicator for q in qs] == ["红星美凯龙城市商贸综合体项目总投资", "红星美凯龙城市商贸综合体项目当年完成投资"]


def test_review_mends_shares_totals_and_peeled_words():
    # a second reading of this stop's rules (山东 2026, 上海 2026, 海拉尔 2012, 1964, 1985, 天津 2025)
    qs, _ = review("经济总量突破10万亿元，占全国比重由2020年的7.2%提升至7.4%。")
    assert [q.indicator for q in qs[1:]] == ["经济总量占全国比重"] * 2
    qs, _ = review("新建绿道137公里、累计达到2136公里。")
    assert qs[1].indicator == "绿道"          # a length summed is no count (not 绿道总数)
    qs, _ = plan("要确保16公里自来水主管网复线、68公里二级和三级管网改造等工程按时完工。")
    assert qs[0].indicator == "自来水主管网复线"
    (q,), _ = review("主要工业产品的品种大约增加了两万四千种。")
    assert q.indicator == "主要工业产品的品种"
    qs, _ = review("国内生产总值增长5%，其中第四季度增长6%。")
    assert qs[1].indicator == "国内生产总值"
    qs, _ = review("实施重大项目82个、突破重大技术102项，发达地区达标企业超过100家。")
    assert qs[1].indicator == "突破重大技术"


def test_two_things_written_as_one_word_are_split_in_order():
    # from the corpus: 吉林 2025 (产销量), 广东 2026 (存贷款), 广西 2026 (收支); 城乡 as before
    qs, _ = review("红旗汽车产销量分别增长22.9%和17.4%。")
    assert [q.indicator for q in qs] == ["红旗汽车产量", "红旗汽车销量"]
    qs, _ = review("银行机构本外币存贷款余额分别达38.7万亿元、29.9万亿元。")
    assert [q.indicator for q in qs] == ["银行机构本外币存款余额", "银行机构本外币贷款余额"]


def test_words_that_begin_with_he_are_no_conjunction():
    # from the corpus: 河北 2025, 浙江 2025, 贵阳 2024 (和美乡村 had been cut to 美乡村, or at 和)
    (q,), _ = plan("布局建设11个省级和美乡村重点片区。")
    assert q.indicator == "布局建设省级和美乡村重点片区"
    (q,), _ = plan("和美乡村覆盖率达60%以上。")
    assert q.indicator == "和美乡村覆盖率"


def test_a_bare_total_investment_or_second_measure_is_of_the_subject_before_it():
    # 湖南 2026: 总投资 after a count of projects is their investment; 总花费 after 游客人数 is the visitors' spending
    qs, _ = review("引进“三类500强”项目1608个、总投资超1.6万亿元。旅发大会带动游客人数和总花费分别增长10.6%、9%。"
                   "省属企业营业收入、利润分别增长6%、60.7%。")
    got = {i for i, _, _ in rows(qs)}
    assert {"“三类500强”项目总投资", "旅发大会带动游客总花费", "省属企业利润"} <= got
    assert not got & {"总投资", "总花费", "利润"}


def test_a_quotation_left_open_by_the_source_does_not_hide_the_numbers_after_it():
    # 河南 2025: “小巨人 is never closed; 414家 stood "inside" it up to the next quotation's close
    qs, _ = review("培育国家级专精特新“小巨人企业414家，制造业“单项冠军”企业51家。")
    assert {(v, u) for _, v, u in rows(qs)} == {(414, "家"), (51, "家")}
    assert all("，" not in i for i, _, _ in rows(qs))


def test_a_streak_is_no_result_and_a_level_passed_is_no_part_of_the_shared_subject():
    # 安徽 2026: 连续24个月 is how long growth held; 连跨两个万亿元台阶 is a level passed, the subject is GDP
    qs, _ = review("高技术制造业增加值增长30.4%、连续24个月保持两位数增长。"
                   "地区生产总值连跨两个万亿元台阶，年均增长5.7%、高于全国0.3个百分点。")
    got = rows(qs)
    assert not any(v == 24 for _, v, _ in got)
    assert ("地区生产总值", 5.7, "%") in got


def test_a_lead_character_that_begins_a_word_stays():
    # 四川 2025: 共建产业园区115个 (not 建产业园区); 共建成 is still "in all, built"
    qs, _ = review("实施帮扶项目807个，共建产业园区115个。全年共建成房屋201.6万平方米。")
    got = {i for i, _, _ in rows(qs)}
    assert any(i.endswith("共建产业园区") for i in got)
    assert not any(i.startswith("共建成") for i in got)
