"""Round 153, fix153d (held-out set 74): programme sizes, policy article counts, planning quotas and comparative margins
read as count targets. Paraphrased sentences through the real reader and extractor."""
from __future__ import annotations

from target_cases import names_by_text, targets

_REVIEW = "全市地区生产总值增长3.5%，新签约项目120个。"


def test_a_policys_articles_are_no_target() -> None:
    # 实施鼓励华侨回归创新创业30条: the 30 articles of a policy, a label (丽水 row 52)
    t = targets(_REVIEW, "实施鼓励侨商回乡创新创业30条，设立侨商产业基金。出台稳工稳岗促就业7条、大学生就业创业10条，稳定就业大局。")
    assert not {"30条", "7条", "10条"} & set(t["text"])


def test_counted_streets_and_routes_stay_targets() -> None:
    # boundary: 实施/推出 + N条 of streets, routes or roads counts things built or opened
    t = targets(_REVIEW, "实施背街小巷改造120条、老旧小区改造30个。推出精品旅游线路10条。")
    assert {"120条", "30个", "10条"} <= set(t["text"])


def test_a_quota_of_goals_to_draw_up_is_no_target() -> None:
    # 每年滚动谋划3-5个百亿级重点招商攻坚目标: the size of a planning list (丽水 row 4); the projects after it stay
    t = targets(_REVIEW, "今年起每年滚动谋划3-5个百亿级重点招商攻坚目标，全年新落地亿元以上大项目100个。")
    assert "3-5个" not in set(t["text"]) and "100个" in set(t["text"])


def test_planned_projects_stay_targets() -> None:
    # boundary: 谋划 + N个 projects is a project reserve to build up, a goal
    t = targets(_REVIEW, "全年谋划储备重大项目500个以上。")
    assert "500个" in set(t["text"])


def test_a_programmes_actions_are_no_target() -> None:
    # 实施健康丽水28项行动: a programme's size, its name only 行动数 (丽水 row 89)
    t = targets(_REVIEW, "实施健康某市28项行动，建成市人民医院东院区。")
    assert "28项" not in set(t["text"])


def test_completed_projects_stay_targets() -> None:
    # boundary: a completion verb governing the count keeps it a programme target
    t = targets(_REVIEW, "实施健康某市28项行动，建成重点卫生项目12个，开工建设8个。")
    assert {"12个", "8个"} <= set(t["text"])


def test_a_growth_margin_is_named_after_its_subject() -> None:
    # 工业领军企业50强营业收入增幅高于规上工业企业平均水平5%: X's margin over the average, a floor (泰安 row 16)
    plan = "工业领军企业50强营业收入增幅高于规上工业企业平均水平5%，科技创新型企业50强营业收入同比增长15%。"
    names = names_by_text(_REVIEW, plan)
    assert names["5%"] == ["工业领军企业50强营业收入增幅高于规上工业企业平均水平"]
    t = targets(_REVIEW, plan)
    assert t.loc["5%", "target_kind"] == "floor" and t.loc["5%", "feasibility"] == "no_baseline"
    assert names["15%"] == ["科技创新型企业50强营业收入同比增长"]  # the sibling: unchanged


def test_actions_with_no_programme_named_stay_targets() -> None:
    # boundary: 开展N个专项行动 names no programme before the count, the year's campaigns (spot audit 43 keeps it)
    assert "12个" in set(targets(_REVIEW, "开展12个专项行动。")["text"])
