"""Baselines, keys and measures after audit 9 (docs/audits/targets_9.md, fault groups 6–9, issue #11): one
test per rule, on paraphrased sentences run through the real reader and extractor
(docs/assumptions.md#baseline-matching)."""
from __future__ import annotations

from target_cases import targets


def test_hu_and_jia_count_the_same_enterprises_of_one_key() -> None:
    """新增…“小巨人”企业60家 (review) and 新增…“小巨人”企业40户 (plan): one key, counters alike."""
    t = targets("新增国家级专精特新“小巨人”企业60家。", "新增国家级专精特新“小巨人”企业40户以上。")
    row = t.loc["40户"]
    assert row.indicator_key == "specialised_smes" and row.baseline_text == "60家"


def test_hu_is_not_widened_for_wording_alone() -> None:
    """Without one key, 户 is compared only within 户 (服务业企业20户 is no 加工企业8家)."""
    t = targets("新增规上农副产品加工企业8家。", "新增规模以上服务业企业20户。")
    assert t.loc["20户"].baseline_text == ""


def test_newly_upgraded_is_a_wording_of_firms_upgraded() -> None:
    """新升规工业企业 (plan) is 新增规上工业企业 (review)."""
    t = targets("新增规上工业企业1200家。", "新升规工业企业900户以上。")
    row = t.loc["900户"]
    assert row.indicator_key == "firms_upgraded" and row.baseline_text == "1200家"


def test_list_members_in_another_order_and_new_in_operation_are_one_scope() -> None:
    """新投产水电、风电装机 (plan) and 新增风电、水电装机 (review): the same members, 新投产 as 新增."""
    t = targets("新增风电、水电装机120万千瓦。", "新投产水电、风电装机80万千瓦以上。")
    assert t.loc["80万千瓦"].baseline_text == "120万千瓦"


def test_reason_says_why_a_synonym_only_score_was_refused() -> None:
    """A target with a key may not match through synonyms only: the reason gives both scores, and never
    a best score above the floor it says it missed (燃气、供排水管网 vs 燃气、排水、供水管网改造)."""
    t = targets("完成燃气、排水、供水管网改造8000公里。", "新（改）建燃气、供排水管网3000公里。")
    reason = t.loc["3000公里"].match_reason
    assert reason.endswith("(best score 0.49 < 0.5)")


def test_compared_with_last_year_alone_is_no_shared_wording() -> None:
    """比上年增长 says against what a change is measured, not what changes: the review's 教育支出比上年增长
    is no baseline of a subsidy standard's 比上年增长."""
    t = targets("中央财政教育支出比上年增长20%。", "住院补助资金达到200亿元，比上年增长40%。")
    assert t.loc["40%"].baseline_text == ""
    # (right after a level raised to, 提高到200元，比上年增长40%, the change is no target at all: test_targets_audit18)


def test_a_count_of_two_stages_is_not_measured_by_one() -> None:
    """建成和开工建设未来社区 counts two stages: 建成未来社区 is one of them; one stage still matches one."""
    t = targets("建成未来社区60个。", "建成和开工建设未来社区100个。")
    assert t.loc["100个"].baseline_text == ""
    t = targets("建成未来社区60个。", "建成未来社区80个。")
    assert t.loc["80个"].baseline_text == "60个"


def test_capacity_after_a_wording_is_no_output_key() -> None:
    """生猪产能 is breeding capacity, not hogs sold (生猪出栏): the output's key stays off."""
    t = targets("生猪出栏300万头。", "稳定生猪产能120万头。")
    assert t.loc["120万头"].indicator_key == ""
    assert targets("生猪出栏300万头。", "生猪出栏310万头。").loc["310万头"].indicator_key == "hogs_slaughtered"


def test_little_giant_needs_specialised() -> None:
    """科技小巨人企业 is a province's title, not 专精特新“小巨人”: no key specialised_smes."""
    t = targets("新增高新技术企业100家。", "新培育科技小巨人企业20家、专精特新“小巨人”企业30家。")
    assert t.loc["20家"].indicator_key == "" and t.loc["30家"].indicator_key == "specialised_smes"


def test_flow_word_opening_a_list_reaches_every_member() -> None:
    """新培育A 5家、B 2000家: the second member is added in the year too (flow), not the stock."""
    t = targets("新增绿地100公顷。", "新培育省科技领军企业5家、科技型中小企业2000家。")
    assert t.loc["2000家"].measure == "flow"


def test_a_yearly_standard_raised_to_is_a_level() -> None:
    """城乡低保、特困供养年标准分别提高到1.2万元和2.5万元: the standards there will be (stock), both members."""
    t = targets("新增绿地100公顷。", "城乡低保、特困供养年标准分别提高到1.2万元和2.5万元。")
    assert t.loc["1.2万元"].measure == "stock" and t.loc["2.5万元"].measure == "stock"


def test_a_review_name_that_took_its_neighbours_noun_keeps_its_key() -> None:
    """新增绿地258公顷、绿道192公里 names the second 新增绿地绿道: 绿地 is the member before, no scope of
    绿道; 新建及提质 are verbs, no scope either."""
    t = targets("新增绿地258公顷、绿道192公里。", "新建及提质绿道100公里。")
    row = t.loc["100公里"]
    assert row.indicator_key == "greenways" and row.baseline_text == "192公里"


def test_a_noun_added_after_the_targets_head_is_a_part() -> None:
    """数字经济核心产业制造业增加值 is a part of 核心产业增加值; a qualifier before the head is not a noun
    after it (新增就业参保 and 新增城镇就业参保 stay one measure by wording)."""
    t = targets("规上数字经济核心产业制造业增加值增长8.3%。", "数字经济核心产业增加值增长8%。")
    assert t.loc["8%"].baseline_text == ""
    from govreport.tables.names_apart import narrowed
    assert narrowed("核心产业增加值增长", "规上数字经济核心产业制造业增加值增长")
    assert not narrowed("新增就业参保人数", "新增城镇就业参保人数")
