"""Round 153, fix153b (held-out set 74): the same work's review flow refused on wording or stage, or another stage taken.
Paraphrased texts through the real reader and extractor; each rule with the near miss it must leave alone."""
from __future__ import annotations

from target_cases import baseline_of, class_of, targets


def test_a_completing_verb_before_works_is_no_baseline_of_starts() -> None:
    # 开工…改造项目20个 against 完成…改造21个: started vs completed, no baseline (丽水 row 64)
    t = targets("全年完成老旧小区改造21个。", "开工老旧小区改造项目20个。", 2020)
    assert baseline_of(t, "20个") == "" and class_of(t, "20个") == "no_baseline"


def test_completed_works_still_measure_works_with_no_stage() -> None:
    # near miss: a target naming no stage keeps the completed works as its baseline
    t = targets("全年完成老旧小区改造21个。", "改造老旧小区30个。", 2020)
    assert baseline_of(t, "30个") == "21个"


def test_signed_and_landed_projects_measure_projects_brought_in() -> None:
    # 新引进大项目 against 新签约落地大项目 of one centre (丽水 row 55)
    t = targets("沪杭招商中心新签约落地大项目26个。", "沪杭招商中心新引进大项目40个以上。", 2020)
    assert baseline_of(t, "40个") == "26个"


def test_signed_projects_alone_stay_apart_from_projects_brought_in() -> None:
    # near miss: 签约 with no later stage is still no baseline of projects brought in
    t = targets("沪杭招商中心新签约大项目26个。", "沪杭招商中心新引进大项目40个以上。", 2020)
    assert baseline_of(t, "40个") == ""


def test_pilots_added_measure_projects_put_on_the_pilot_list() -> None:
    # 新增…试点4个 against 4个项目列入全省第二批…试点: both designations (丽水 row 62)
    t = targets("5个项目列入全省第二批未来社区试点。", "新增未来社区试点4个。", 2020)
    assert baseline_of(t, "4个") == "5个"


def test_pilots_built_are_no_designation() -> None:
    # near miss: 建成…试点 is work on them, not a listing
    t = targets("5个项目列入全省第二批未来社区试点。", "建成未来社区试点4个。", 2020)
    assert baseline_of(t, "4个") == ""


def test_a_joint_level_scope_measures_a_target_of_no_level() -> None:
    # 培育国省专精特新“小巨人”企业18户 for 新增专精特新“小巨人”企业15户 (眉山 row 9)
    t = targets("培育国省专精特新“小巨人”企业18户。", "新增专精特新“小巨人”企业15户。", 2020)
    assert baseline_of(t, "15户") == "18户"


def test_a_joint_level_scope_is_no_baseline_of_one_level() -> None:
    # near miss: the national level alone is not measured by national and provincial together
    t = targets("培育国省专精特新“小巨人”企业18户。", "新增省级专精特新“小巨人”企业15户。", 2020)
    assert baseline_of(t, "15户") == ""


def test_a_later_list_member_shares_the_lists_verb() -> None:
    # 维修改造老旧小区27个、农村危房245户 against 改造老旧小区27个、农村危房1096户 (辽阳 row 68)
    t = targets("改造老旧小区27个、农村危房1096户。", "维修改造老旧小区30个、农村危房245户，发放住房租赁补贴1250户。", 2020)
    assert baseline_of(t, "245户") == "1096户"
    assert baseline_of(t, "1250户") == ""  # near miss: no list member, no verb to share


def test_works_carried_out_measure_the_same_works_built() -> None:
    # 实施…工程30处 against 新建改造…工程257处: one noun whole, one unit (辽阳 row 50)
    t = targets("新建改造农村安全饮水工程257处，惠及57.2万人。", "实施农村安全饮水工程30处。", 2020)
    assert baseline_of(t, "30处") == "257处" and class_of(t, "30处") == "below_last_year"


def test_works_with_no_verb_keep_the_plain_ratio() -> None:
    # near miss: no carrying-out verb, the far amount stays refused
    t = targets("新建改造农村安全饮水工程257处，惠及57.2万人。", "农村安全饮水工程覆盖30处。", 2020)
    assert baseline_of(t, "30处") == ""
