"""Audit 44 (fix56a): counts that are no target and one missed — the set a coverage covers after a pivot verb
(推动13条重点产业链平台全覆盖), a set pushed to yield an unstated more (推动1448个…转化形成更多投资增量), the set a rate is
measured over with quotes in its noun (713个工业“五未”项目销号率达到60%), another government's list taken on and the plan's
own list named before its count (承接省政府十方面30项民生实事项目, 实施好今年民生实事八大工程24个…民生项目), firms served
(靠前服务278个…增长点), fields worked on (纵深推进12个专项领域风险防范化解), a list's size (落实…减负18条清单), once per person
(免费开展1次体检), and a place before 重点推进…等12个项目建设 (docs/assumptions.md#non-targets). Sentences from
city_taian_2024, city_huzhou_2024, city_jingzhou_2024, city_liupanshui_2024 and 宜宾."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.tables import build_targets

HEAD = "某市2024年政府工作报告\n一、2023年工作回顾\n去年全市地区生产总值增长5%。\n二、2024年主要目标任务\n"


def _texts(body: str) -> set[str]:
    return set(build_targets(extract_quantities(read_text(HEAD + body + "\n")))["text"])


def test_a_coverage_after_a_pivot_verb_covers_a_set() -> None:
    """推动13条重点产业链平台全覆盖 (TA row 15): the chains the coverage runs over; 实现16项医保服务事项“市内通办”和…全覆盖
    (宜宾) stays a goal: the 全覆盖 closes the other member, and 实现 is no pivot verb."""
    texts = _texts("完善工业互联网梯次培育机制，推动13条重点产业链平台全覆盖，实施技改项目600个以上。")
    assert "13条" not in texts and "600个" in texts
    texts = _texts("加大欺诈骗保打击力度，实现16项医保服务事项“市内通办”和定点医药机构医保码结算全覆盖。")
    assert "16项" in texts


def test_a_set_pushed_to_yield_more_is_no_goal() -> None:
    """推动1448个重点策划项目转化形成更多投资增量 (TA row 25): no figure of the yield, the projects there are; a pivot
    clause that reaches a state (推动16个县整县建成美丽乡村) stays a goal."""
    texts = _texts("深化项目“比拼问效”，推动1448个重点策划项目转化形成更多投资增量，精准策划重大产业项目400个以上。")
    assert "1448个" not in texts and "400个" in texts
    assert "16个" in _texts("推动16个县整县建成美丽乡村。")


def test_a_quoted_noun_before_a_rate_is_the_rate_s_set() -> None:
    """713个工业“五未”项目销号率达到60% (HZ row 15): the 713 are the base of the 60 % goal, which stays."""
    texts = _texts("一批项目建成投产，713个工业“五未”项目销号率达到60%，力争制造业投资增长9%。")
    assert "713个" not in texts and "60%" in texts and "9%" in texts


def test_own_task_lists_taken_on_or_named_before_the_count() -> None:
    """在承接省政府十方面30项民生实事项目的同时 (HZ row 77) and 实施好今年民生实事八大工程24个“小而美”的民生项目 (JZ row 78):
    the plan's lists, not amounts; 新建2个县域医疗次中心 beside them stays."""
    assert "30项" not in _texts("今年，我们在承接省政府十方面30项民生实事项目的同时，梳理形成了市政府民生实事候选项目，提请本次大会票决。")
    texts = _texts("一件接着一件办，实施好今年民生实事八大工程24个“小而美”的民生项目，新建2个县域医疗次中心。")
    assert "24个" not in texts and "2个" in texts


def test_firms_served_and_fields_worked_on_are_sets() -> None:
    """靠前服务278个产值过2000万元以上增长点 (JZ row 9), 纵深推进12个专项领域风险防范化解 (LPS row 71); 新增规模以上工业企业180家
    after them stays a goal."""
    texts = _texts("实施优质企业梯度培育工程，靠前服务278个产值过2000万元以上增长点，新增规模以上工业企业180家。")
    assert "278个" not in texts and "180家" in texts
    assert "12个" not in _texts("以深入开展“防风险、促发展”工作为引领，纵深推进12个专项领域风险防范化解，促进高质量发展和高水平安全良性互动。")


def test_a_list_carried_out_and_a_service_once_per_person() -> None:
    """落实中小学教师减负18条清单 (LPS row 78), 免费开展1次体检 / 免费进行1次结核筛查 (LPS rows 91, 92); 开展食品安全抽检检测
    8900批次 in the same sentence stays a goal."""
    assert "18条" not in _texts("加强师德师风建设，落实中小学教师减负18条清单，不让无关琐事打扰教育。")
    texts = _texts("新建2个县域医疗次中心，为全市65岁及以上老年人免费开展1次体检，对全市65岁及以上老年人、初高中学生免费进行1次结核筛查，"
                   "开展食品安全抽检检测8900批次。")
    assert "1次" not in texts and "8900批次" in texts


def test_a_place_before_key_projects_pushed_keeps_the_count() -> None:
    """荆州新城重点推进江汉平原产业交流中心等12个项目建设 (JZ missed #47): the place's projects of the year, as
    装备制造产业加快推进…等63个项目 is; 洛阳等10个国家物流枢纽 stays a set named by example."""
    assert "12个" in _texts("荆州新城重点推进江汉平原产业交流中心等12个项目建设，大学城完成荆州理工职业学院等9个项目建设。")
    assert "10个" not in _texts("支持洛阳等10个国家物流枢纽建设。")


def test_a_place_held_in_a_ranking_is_a_rank_goal() -> None:
    """实到外资总量稳定在全省前4 (HZ missed #37): a rank, at most 4th; 粮食种植面积和产量稳定在557万亩、262万吨以上 (TA) stay amounts."""
    t = build_targets(extract_quantities(read_text(HEAD + "开展德国等驻点招商，实到外资总量稳定在全省前4。\n"))).set_index("text")
    assert t.loc["4", "unit"] == "位" and t.loc["4", "target_kind"] == "ceiling" and "外资" in t.loc["4", "indicator"]
    t = build_targets(extract_quantities(read_text(HEAD + "粮食种植面积和产量稳定在557万亩、262万吨以上。\n"))).set_index("text")
    assert t.loc["262万吨", "unit"] == "吨" and t.loc["557万亩", "unit"] == "亩"


def test_a_class_member_takes_its_sibling_s_noun() -> None:
    """新增年营业收入过百亿的制造业企业1家、过50亿的2家 (JZ row 13): the second member is firms over 50亿, named from its
    sibling, not from 增长点 of an earlier clause; 新增营收过百亿元企业2家、过五十亿元2家 (audit 29) keeps its name."""
    t = build_targets(extract_quantities(read_text(HEAD + "靠前服务278个产值过2000万元以上增长点，新增规模以上工业企业180家，"
                                                   "新增年营业收入过百亿的制造业企业1家、过50亿的2家。\n"))).set_index("text")
    assert t.loc["2家", "indicator"] == "新增年营业收入过50亿的制造业企业数"
    assert t.loc["1家", "indicator"] == "新增年营业收入过百亿的制造业企业数"
    t = build_targets(extract_quantities(read_text(HEAD + "新增营收过百亿元企业2家、过五十亿元2家。\n")))
    assert "新增营收过五十亿元企业数" in set(t["indicator"])
