"""Targets after the audit of three unseen reports (audit 16: national 2003, Yunnan 2026, Qingdao 2024): five-year
totals of an end-of-term review, baselines under other verbs or the same name, institute names with numerals, level
lists and Chinese-numeral amounts. One test per rule, on paraphrased sentences run through the real reader and extractor."""
from __future__ import annotations

from name_cases import names
from target_cases import targets


def _no_baseline(row) -> bool:
    return str(row["baseline_text"]) in ("", "nan", "None")


def test_a_sentence_opening_five_years_states_the_terms_totals() -> None:
    """五年全社会…累计完成…，特别是发行N亿元国债: a five-year total, no baseline of one year's issue."""
    t = targets("五年全社会固定资产投资累计完成20万亿元，特别是发行5000亿元长期建设国债。",
                "今年拟发行1200亿元长期建设国债。")
    assert _no_baseline(t.loc["1200亿元"])



def test_resolving_blackspots_is_treating_them() -> None:
    """化解 of 堵点 is the treatment 治理 names (化解 stays a cut too: 化解过剩产能 and 压减产能)."""
    t = targets("治理城区交通堵点150处。", "系统化解120处城区交通堵点。")
    assert t.loc["120处", "baseline_text"] == "150处"
    t = targets("压减钢铁过剩产能300万吨。", "化解钢铁过剩产能200万吨。")
    assert t.loc["200万吨", "baseline_text"] == "300万吨"


def test_posts_newly_set_up_and_developed_are_both_created() -> None:
    """新设 and 开发 of 公益性岗位 both create posts: the review's count is the baseline."""
    t = targets("开发城乡公益性岗位3万余个。", "新设城乡公益性岗位2万个。")
    assert t.loc["2万个", "baseline_text"] == "3万余个"


def test_the_same_name_far_above_is_still_the_baseline() -> None:
    """新增规模化供水村庄 named alike on both sides: the review's count is the baseline however far above it is."""
    t = targets("新增规模化供水村庄1200个，规模化供水率达到95%。", "新增规模化供水村庄100个。")
    assert t.loc["100个", "baseline_text"] == "1200个" and t.loc["100个", "feasibility"] == "below_last_year"


def test_a_far_off_same_name_under_a_term_heading_is_no_baseline() -> None:
    """Under 一、“十四五”时期和2025年工作回顾 a far-off figure of the same name may be the term's total."""
    from govreport import extract_quantities, read_text
    from govreport.tables import build_targets

    text = ("政府工作报告\n一、“十四五”时期和2025年工作回顾\n新增规模化供水村庄1200个。\n"
            "2025年，地区生产总值增长5%。\n二、2026年重点工作\n今年地区生产总值增长5%左右。新增规模化供水村庄100个。\n")
    t = build_targets(extract_quantities(read_text(text))).set_index("text", drop=False)
    assert _no_baseline(t.loc["100个"])


def test_the_plans_own_tasks_with_a_payer_word_are_no_targets() -> None:
    """安排了15件市办民生实事 / 继续办好10件惠民实事: the plan's own tasks, as 继续安排20件民生实事."""
    t = targets("年度12件实事全面完成。", "今年安排了14件市办民生实事，一件一件推进落实。继续办好8件惠民实事。新建公园30个。")
    assert "14件" not in t.index and "8件" not in t.index and "30个" in t.index


def test_upgrading_alone_is_no_wording_of_village_living_environment() -> None:
    """整治提升 of a city's 背街小巷 is no human_settlement (villages' living environment); 人居环境整治提升 still is."""
    t = targets("新建公园20个。", "完成80条背街小巷整治提升。完成300个村庄人居环境整治提升。")
    assert t.loc["80条", "indicator_key"] in ("", None) or str(t.loc["80条", "indicator_key"]) == "nan"
    assert t.loc["300个", "indicator_key"] == "human_settlement"


def test_chinese_digits_read_one_by_one_name_an_institute() -> None:
    """中船七一二所: digits with no 十/百/千/万 name an institute (No. 712), no count of 2 所; 三所 and 十二所 stay counts."""
    from govreport.extract.scanner import scan_tokens

    found = [(t.number_text, t.unit) for t in scan_tokens("加快中船七一二所电机基地建设，新建三所学校和十二所幼儿园。")]
    assert found == [("三", "所"), ("十二", "所")]


def test_a_bare_multiplier_before_kilolitres_is_a_figure() -> None:
    """突破千万千升大关: 10,000,000 千升 (a unit of volume), a floor for the plan year."""
    t = targets("新建公园20个。", "推动啤酒总产量突破千万千升大关。")
    row = t.loc["千万千升大关"]
    assert row["value"] == 10_000_000 and row["unit"] == "千升" and row["target_kind"] == "floor"


def test_levels_of_government_joined_by_a_list_mark_are_one_nouns_levels() -> None:
    """省、市重点项目 and 市、区级产业园: the levels of one noun, not two members (省数, 市数)."""
    assert names("全年420个省、市重点项目完成投资3000亿元。")["420个"] == "省市重点项目数"
    assert names("建好5个市、区级农产品加工产业园。")["5个"] == "市区级农产品加工产业园数"


def test_treatment_after_a_count_closing_examples_is_an_output() -> None:
    """实施A、B等9条重点河流治理: the treatment done in the year binds the count, like …等10个污水处理厂提标改造."""
    t = targets("新建公园20个。", "实施清河、洛河等9条重点河流治理，完成东湖、西湖等10个污水处理厂提标改造。")
    assert "9条" in t.index and "10个" in t.index


def test_keys_of_the_whole_are_vetoed_for_a_part_or_another_stage() -> None:
    """生产性服务业增加值 is no value added of all services (nor measured by it); capacity started (开工) is no capacity
    installed; weak kindergartens renovated are no schools built."""
    t = targets("服务业增加值9000亿元。新建改扩建中小学校和幼儿园60所。",
                "生产性服务业增加值达到6000亿元以上。新能源开工800万千瓦。改造农村薄弱幼儿园40所。")
    for figure in ("6000亿元", "800万千瓦", "40所"):
        assert str(t.loc[figure, "indicator_key"]) in ("", "nan", "None"), figure
    assert _no_baseline(t.loc["6000亿元"]) and _no_baseline(t.loc["40所"])


def _checks(text: str):
    from govreport import build_tables, read_text
    return build_tables(read_text(text))["checks"]


def test_the_ends_of_a_from_to_are_no_parts_of_a_total() -> None:
    """由2018年的600亿元增加到2022年的4000亿元，五年共计12000亿元: a start and an end, not two parts of the total."""
    checks = _checks("政府工作报告\n一、2022年工作回顾\n中央财政科技支出由2018年的600亿元增加到2022年的4000亿元，五年共计12000亿元。\n"
                     "二、2023年重点工作\n今年地区生产总值增长5%左右。\n")
    assert not any(checks["status"] == "flag")


def test_an_amount_drawn_in_by_the_part_before_holds_it() -> None:
    """特别是发行6000亿元国债，带动…形成3万亿元的投资规模: the bonds are inside the 3万亿元, not a part beside it."""
    checks = _checks("政府工作报告\n一、2022年工作回顾\n全社会投资累计完成17万亿元，特别是发行6000亿元长期建设国债，"
                     "带动银行贷款和其他社会资金形成3万亿元的投资规模。\n二、2023年重点工作\n今年地区生产总值增长5%左右。\n")
    row = checks[checks["check"] == "parts_vs_total"].iloc[0]
    assert float(row["computed"]) == 3e12


def test_a_verb_pair_promote_and_apply_moves_whole() -> None:
    """推广应用企业创新产品80项: the pair 推广应用 moves after the object whole (not 应用企业创新产品推广数)."""
    assert names("推广应用企业创新产品80项以上。")["80项"] == "企业创新产品推广应用数"


def test_a_noun_pair_after_a_count_keeps_its_second_noun_with_a_public_service_head() -> None:
    """加快实施120个市政设施和公共服务项目: both nouns and the head 项目 (共 of 公共 is no verb)."""
    assert names("加快实施120个市政设施和公共服务项目。")["120个"] == "实施市政设施和公共服务项目数"


def test_a_pace_after_a_keys_wording_leaves_it_the_head() -> None:
    """推动400个省、市重点项目提速提效: a count of key projects (提速提效 says how fast), measured by the review's count."""
    t = targets("380个省、市重点项目完成投资超过3000亿元。", "推动400个省、市重点项目提速提效。")
    row = t.loc["400个"]
    assert row["indicator_key"] == "key_projects" and row["baseline_text"] == "380个"
