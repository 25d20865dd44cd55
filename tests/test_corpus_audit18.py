"""Corpus audit 18 (docs/audits/targets_18.md: national 2022, Hubei 2026, Chengdu 2024) fault classes: one test per rule, paraphrased sentences."""
from __future__ import annotations


def _targets(text: str):
    from govreport import extract_quantities, read_text
    from govreport.tables import build_targets

    return build_targets(extract_quantities(read_text(text))).set_index("text", drop=False)


def _blank(value: object) -> bool:
    return value in ("", None) or str(value) == "nan"


def test_a_term_and_year_review_without_a_year_heading_keeps_term_levels_out() -> None:
    """一、“十四五”时期和2025年工作回顾: the term's paragraphs come first, the year's part opens with 刚刚过去的2025年 and no
    heading; a level held over the term (稳定在600亿斤左右) is no 2025 baseline, the year part's figures stay baselines."""
    text = ("政府工作报告\n一、“十四五”时期和2025年工作回顾\n“十四五”时期是极不平凡的五年。\n"
            "——农业基础更加稳固。建成高标准农田5000万亩，粮食总产量稳定在600亿斤左右。\n"
            "刚刚过去的2025年，是“十四五”收官之年。\n全年地区生产总值增长5%，新建公园30个。\n"
            "二、2026年工作安排\n今年地区生产总值增长5%左右，粮食产量保持550亿斤以上。新建公园40个。\n")
    t = _targets(text)
    assert _blank(t.loc["550亿斤", "baseline_text"])
    assert t.loc["40个", "baseline_text"] == "30个"
    assert t.loc["5%", "baseline_text"] == "5%"


def test_a_term_and_year_review_opening_with_the_year_changes_nothing() -> None:
    """The same heading with the year's part first (2025年，…) and the term after: nothing before the opening, baselines kept."""
    text = ("政府工作报告\n一、“十四五”时期和2025年工作回顾\n2025年，粮食总产量稳定在600亿斤。全年新建公园30个。\n"
            "五年来，累计新建公园150个。\n二、2026年工作安排\n粮食产量保持550亿斤以上。新建公园40个。\n")
    t = _targets(text)
    assert t.loc["550亿斤", "baseline_text"] == "600亿斤"
    assert t.loc["40个", "baseline_text"] == "30个"


def test_a_rate_restating_an_increase_and_its_level_is_no_goal() -> None:
    """对地方补助增加约2000亿元、规模近1.2万亿元，增长20%: 2000 ÷ (12000 − 2000) = 20%, the two amounts stated again;
    a rate the two do not give (增加100亿元、规模1100亿元，增长15%: 10%) stays a goal."""
    from target_cases import targets

    t = targets("城镇新增就业100万人。", "中央财政对地方补助增加约2000亿元、规模近1.2万亿元，增长20%。"
                "科技投入增加100亿元、规模达到1100亿元，增长15%。")
    assert "20%" not in t.index and "15%" in t.index
    assert {"2000亿元", "1.2万亿元"} <= set(t.index)


def test_a_key_wording_inside_a_compound_of_another_measure_gives_no_key() -> None:
    """数字贸易 before 进出口 (a part of trade), 优质/品质 before 学校/幼儿园 (a quality label), 制种 after 农作物 (seed
    production) and 社区 after 公园 (communities named for parks) take no key of the wording; the plain wordings keep theirs."""
    from govreport.extract.keys import indicator_key

    assert indicator_key("数字贸易进出口增长", "%", "increase") == ""
    assert indicator_key("外贸进出口总额增长", "%", "increase") == "foreign_trade_growth"
    assert indicator_key("培育义务教育新优质学校数", "所", "increase") == ""
    assert indicator_key("高品质幼儿园创建数", "所", "increase") == ""
    assert indicator_key("新建改扩建学校数", "所", "increase") == "schools_built"
    assert indicator_key("农作物制种面积", "亩", "level") == ""
    assert indicator_key("农作物播种面积", "亩", "level") == "crop_sown_area"
    assert indicator_key("新启动建设未来公园社区数", "个", "increase") == ""
    assert indicator_key("新建改造各类公园数", "个", "increase") == "parks"


def test_an_insured_count_pairs_only_with_the_rate_of_its_own_insurance() -> None:
    """职业伤害保障累计参保50万人 … 基本养老保险参保率92%: two insurances, no implied population; 基本养老保险参保800万人，
    基本养老保险参保率92% and a rate naming none (参保率达92%) still pair."""
    from test_tables_checks import checks_for

    other = "灵活就业人员职业伤害保障累计参保50万人，基本养老保险参保率92%。"
    t = checks_for(other, [("50万人", 500000, "人", "actual"), ("92%", 92, "%", "actual", "", "share")])
    assert t.empty or "insured_over_rate" not in set(t["check"])
    for text in ("基本养老保险参保800万人，基本养老保险参保率92%。", "长护险参保800万人，参保率达92%。"):
        t = checks_for(text, [("800万人", 8000000, "人", "actual"), ("92%", 92, "%", "actual", "", "share")])
        assert list(t["check"]) == ["insured_over_rate"]


def test_zeng_zhi_is_a_level_word_and_institutions_are_no_places() -> None:
    """示范性托育机构增至60家以上: 增至 leaves the name like 增加到 (no 增数), and 托育机构 counts institutions, so the
    childcare-places key (托育, 托位) stays off; 新增托位5000个 keeps it."""
    from target_cases import targets
    from govreport.extract.keys import indicator_key

    t = targets("城镇新增就业100万人。", "示范性托育机构增至60家以上。")
    assert t.loc["60家", "indicator"] == "示范性托育机构数"
    assert indicator_key("示范性托育机构数", "家", "level") == ""
    assert indicator_key("新增托位数", "个", "level") == "childcare_places"


def test_a_state_the_counted_things_reach_stays_in_the_name() -> None:
    """推动40家医院实现电子病历信息互通共享: the hospitals that reach the state are counted (实现…的医院数), not all hospitals;
    a count with no 实现 after its noun keeps the noun alone."""
    from target_cases import targets

    t = targets("城镇新增就业100万人。", "推动40家二级以上医院实现电子病历信息互通共享。新建社区食堂30个。")
    assert t.loc["40家", "indicator"] == "实现电子病历信息互通共享的二级以上医院数"
    assert t.loc["30个", "indicator"] != "" and "实现" not in t.loc["30个", "indicator"]


def test_a_measure_word_closing_the_last_member_is_every_members_head() -> None:
    """机场旅客、货邮吞吐量分别增长4%、8%以上: 吞吐量 closes the last member and is the first's head too (机场旅客吞吐量增长)."""
    from target_cases import targets

    t = targets("城镇新增就业100万人。", "机场旅客、货邮吞吐量分别增长4%、8%以上。")
    assert t.loc["4%", "indicator"] == "机场旅客吞吐量增长"
    assert t.loc["8%", "indicator"] == "货邮吞吐量增长"


def test_a_causative_verb_before_a_changing_subject_is_dropped_not_moved() -> None:
    """实施技改项目60个，带动工业投资增长7%: 带动 says what causes the change (工业投资增长, not 工业投资增长带动); a heavy
    verb before an object with no change after it still moves (出栏生猪 -> 生猪出栏)."""
    from target_cases import targets
    from govreport.extract.indicators import strip_clause

    t = targets("城镇新增就业100万人。", "实施技改项目60个，带动工业投资增长7%。")
    assert t.loc["7%", "indicator"] == "工业投资增长"
    assert strip_clause("带动社会投资增长")[0] == "社会投资增长"
    assert strip_clause("出栏生猪")[0] == "生猪出栏"


def test_xinzeng_after_a_member_with_its_own_verb_and_object_starts_a_member() -> None:
    """实施外贸主体培育工程、新增外贸主体300家以上: the count is of the new firms alone (新增外贸主体数), not the programme's
    words run in; a noun list (专项基金、新增用地…比重) is no verb phrase and keeps its words."""
    from govreport.extract.predicates import own_predicate

    assert own_predicate(0, "实施外贸主体培育工程、新增外贸主体")[1] == "新增外贸主体"
    assert own_predicate(0, "专项基金、新增用地支持项目比重")[1] == "专项基金、新增用地支持项目比重"
    from target_cases import targets

    t = targets("城镇新增就业100万人。", "做强外贸动能，实施外贸主体培育工程、新增外贸主体300家以上。")
    assert t.loc["300家", "indicator"] == "新增外贸主体数"


def test_a_latin_abbreviation_in_brackets_is_an_aside_of_the_name() -> None:
    """按疾病诊断相关分组（DRG）付费病种覆盖率: the bracketed abbreviation is an aside, the clause runs on before it, so the
    modifier stays in the name (not the bare 付费病种覆盖率)."""
    from test_names_lists import names

    assert names("力争按病组（DIP）付费医疗机构覆盖率达到95%。")["95%"] == "按病组(DIP)付费医疗机构覆盖率"
