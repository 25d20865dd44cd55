"""Targets after audit 6 (docs/audits/targets_6.md, issue #11): one test per rule, on paraphrased
sentences run through the real reader and extractor (docs/assumptions.md#target-kinds,
#baseline-matching)."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.tables import build_targets
from target_cases import targets


def test_a_bare_change_right_after_a_figure_restates_its_change() -> None:
    """农村危房改造300万户，增加50万户: the 50万户 is the rise of the 300万户 goal, not a goal;
    a change verb with a noun of its own (新增造林…) stays a goal."""
    t = targets("新建改建农村公路20万公里。",
                "今年农村危房改造300万户，增加50万户。省级财政赤字4000亿元，增加800亿元；新增造林面积80万亩。")
    assert "50万户" not in t.index and "800亿元" not in t.index
    assert {"300万户", "4000亿元", "80万亩"} <= set(t.index)


def test_an_amount_after_an_means_is_no_threshold() -> None:
    """赤字率拟按3.2%以上安排 sets the ratio (按…安排), it classes nothing after 以上."""
    t = targets("城镇新增就业100万人。", "今年赤字率拟按3.2%以上安排，城镇新增就业110万人以上。")
    assert t.loc["3.2%"].indicator_key == "deficit_ratio" and t.loc["3.2%"].target_kind == "floor"


def test_what_is_already_done_is_no_target() -> None:
    """已建成的30个园区 and 已设立200亿元基金 state what already is; 再建设10个 is the goal."""
    t = targets("新建产业园区8个。",
                "已建成的30个产业园区要提质增效，今年再建设10个产业园区。省里已设立200亿元产业引导基金，新增专项债券500亿元。")
    assert "30个" not in t.index and "200亿元" not in t.index
    assert "10个" in t.index and "500亿元" in t.index


def test_a_policy_named_by_its_rate_and_extended_is_no_target() -> None:
    """下调物流收费10%政策延长到年底 extends a policy; 宽带资费降低15% is a goal."""
    t = targets("城镇新增就业100万人。", "下调物流收费10%政策延长到今年年底。宽带资费降低15%。")
    assert "10%" not in t.index and "15%" in t.index


def test_the_size_of_a_population_is_no_target() -> None:
    """全省近800万人领取养老金 and 全国有14亿人口 state a population; 全省新增就业 is a goal."""
    t = targets("城镇新增就业50万人。", "全省近800万人领取养老金，必须确保按时足额发放。全省城镇新增就业60万人。")
    assert "800万人" not in t.index and "60万人" in t.index
    t = targets("城镇新增就业1200万人。", "我国有14亿人口、9亿劳动力，今年城镇新增就业1100万人以上。")
    assert "14亿人口" not in t.index and "1100万人" in t.index


def test_same_opening_words_with_other_heads_are_no_baseline() -> None:
    """其中省级财政赤字 is not measured by the review's 其中省级财政投资 (one modifier, two heads);
    省级财政赤字 of the review is its baseline."""
    plan = "今年拟安排财政赤字900亿元，其中省级财政赤字600亿元。"
    t = targets("两年新增投资2000亿元，其中省级财政投资800亿元。", plan)
    assert t.loc["600亿元"].baseline_text == "" and t.loc["600亿元"].feasibility == "no_baseline"
    t = targets("其中省级财政赤字500亿元。", plan)
    assert t.loc["600亿元"].baseline_text == "500亿元"


def test_a_rate_named_as_growth_is_a_growth_rate() -> None:
    """普惠小微贷款增速要高于30% and 奖补资金增幅超过8% are growth rates; 覆盖率达到95% a share."""
    t = targets("城镇新增就业100万人。", "普惠小微贷款增速要高于30%。奖补资金增幅超过8%。养老保险覆盖率达到95%。")
    assert t.loc["30%"].measure == "growth_rate" and t.loc["8%"].measure == "growth_rate"
    assert t.loc["95%"].measure == "share"


def test_a_bare_count_of_people_in_the_review_is_counted_in_people() -> None:
    """5000多万农村人口饮水安全问题得到解决 counts people like the plan's 再解决4000万农村人口饮水安全问题:
    it is that goal's baseline (多 allowed before 万)."""
    t = targets("5000多万农村人口饮水安全问题得到解决。", "今年再解决4000万农村人口饮水安全问题。")
    row = t.loc["4000万"]
    assert row.baseline_text == "5000多万" and row.baseline_unit == "人" and row.feasibility == "below_last_year"


def test_a_set_named_member_by_member_is_no_target() -> None:
    """提档升级A、B、C 3个特色街区 works on the three streets there are; 开通A、B 2条线 (a goal verb)
    and …等10条 (examples, not every member) stay goals."""
    from govreport import extract_quantities, read_text
    from govreport.tables import build_targets

    text = ("政府工作报告\n一、2023年工作回顾\n城镇新增就业25万人。\n二、2024年重点工作\n"
            "提档升级中山街、江汉路、长江大道3个特色街区，加快建设东湖、南湖2个组团，"
            "开通东西线、南北线2条轨道交通线，建成光谷大道、雄楚大道等10条骨干道路。\n")
    t = build_targets(extract_quantities(read_text(text))).set_index("text")
    assert "3个" not in t.index and "2个" not in t.index
    assert {"2条", "10条"} <= set(t.index)
