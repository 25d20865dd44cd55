"""Round 153, fix153e (held-out set 74: 辽阳, 眉山, 泰安, 丽水 2021): names that lose their subject, a shared verb or a
term, or keep filler. A 、 list's shared verb (规范提升, 维修改造, 大中修、改扩建) reaches every member; a bare measure after a
clause of a level reached takes that clause's owner (…企业达到N家，年销售收入…) or, past a sibling bare measure, the object
of the clause before (实施X产业…，注册商标达到…，产值增长…); 率先 is filler; 实现率 is a term; a 均 list's scope word (国内)
is not given to a member of the other side (外资); a quality before 的 (高质量的) is no noun of its own. Paraphrased
sentences through the real reader and extractor; each near-miss keeps its name."""
from __future__ import annotations

from target_cases import names_by_text, targets

_REVIEW = "全年地区生产总值增长5%。"


def _names(plan: str) -> dict[str, list[str]]:
    return names_by_text(_REVIEW, plan)


def test_a_shared_upgrade_verb_reaches_every_member_and_counts_work_done() -> None:
    # 辽阳 rows 35, 36: 规范提升农民合作社50个、家庭农场50个、村级基层供销社20个
    plan = "规范提升农民专业合作社60个、家庭农场40个、村级供销社15个。"
    got = _names(plan)
    assert got["40个"] == ["规范提升家庭农场数"] and got["15个"] == ["规范提升村级供销社数"]
    t = targets(_REVIEW, plan)
    assert t.loc[["40个"]].iloc[-1]["measure"] == "flow"  # the year's work, not the farms there are


def test_a_repair_verb_reaches_a_member_in_another_unit() -> None:
    # 辽阳 row 68: 维修改造老旧小区27个、农村危房245户
    got = _names("维修改造老旧小区30个、农村危房200户。")
    assert got["200户"] == ["维修改造农村危房户数"]
    near = _names("改造老旧小区30个、新建农村公路20公里。")  # a member with a verb of its own keeps it
    assert near["20公里"] == ["农村公路新建长度"]
    later = _names("维修改造薄弱学校10所、提标改造学校运动场10个、校舍消防设施9个。")  # the verb of the member right before
    assert later["9个"] == ["校舍消防设施提标改造数"]


def test_both_verbs_of_a_joined_pair_stay() -> None:
    # 辽阳 row 49: 大中修、改扩建各级农村公路200公里
    assert _names("大中修、改扩建各级农村公路150公里。")["150公里"] == ["大中修改扩建各级农村公路长度"]


def test_a_bare_output_after_a_sibling_measure_takes_the_industry() -> None:
    # 辽阳 row 30: 实施袜艺产业设备数字化改造，注册商标达到400枚以上，产值增长10%
    got = _names("实施丝袜产业设备数字化改造，注册商标达到300枚以上，产值增长12%。")
    assert got["12%"] == ["丝袜产业产值增长"]
    near = _names("加快城市更新，粮食产量达到100万吨，产值增长12%。")  # a measure of its own before: no subject past it
    assert near["12%"] == ["产值增长"]


def test_a_bare_revenue_after_a_count_of_firms_is_theirs() -> None:
    # 泰安 row 27: 规模以上农业龙头企业达到335家以上，年销售收入达到480亿元
    got = _names("实施农业龙头企业培育工程，规模以上农业龙头企业达到300家以上，年销售收入达到400亿元。")
    assert got["400亿元"] == ["规模以上农业龙头企业年销售收入"]
    near = _names("农产品加工园区达到10个，年销售收入达到400亿元。")  # a park is no owner head
    assert near["400亿元"] == ["年销售收入"]
    cls = _names("力争新增规上工业企业超过120户，新增产值200亿元以上企业2户。")  # a class of firms by output: no owner
    assert cls["2户"] == ["新增产值200亿元以上企业户数"]


def test_first_of_all_is_filler() -> None:
    # 眉山 row 7: 力争新能源新材料产业产值率先突破500亿元
    assert _names("力争电子信息产业产值率先突破300亿元。")["300亿元"] == ["电子信息产业产值"]


def test_a_realisation_rate_keeps_its_verb() -> None:
    # 丽水 row 1: 生态产品价值实现率达到41.5%
    assert _names("生态产品价值实现率达到40%。")["40%"] == ["生态产品价值实现率"]
    assert _names("社会消费品零售总额实现900亿元。")["900亿元"] == ["社会消费品零售总额"]  # 实现 before an amount: dropped as before


def test_a_domestic_scope_is_not_given_to_foreign_capital() -> None:
    # 辽阳 row 16: 国内实际到位资金和实际利用外资均增长10%
    got = _names("国内实际到位资金和实际利用外资均增长8%。")
    assert got["8%"] == ["国内实际到位资金增长", "实际利用外资增长"]
    near = _names("规上工业企业亩均税收、亩均增加值均增长5%。")  # a subject with no side: shared as before
    assert near["5%"] == ["规上工业企业亩均税收增长", "规上工业企业亩均增加值增长"]


def test_a_quality_before_de_is_no_noun() -> None:
    # 辽阳 row 61: 实施100个左右高质量的“四个辽阳”建设项目
    assert _names("实施80个左右高质量的“三个城市”建设项目。")["80个"] == ["实施三个城市建设项目数"]
    assert _names("打造3个高质量发展示范区。")["3个"] == ["打造高质量发展示范区数"]  # no 的: the noun itself
