"""Round fix67b (audit 52, 亳州, 马鞍山, 攀枝花 and 蚌埠): a coverage share (覆盖92%以上的村) and a measure in its own unit
(10万吨标煤以上能耗指标) are goals, not class thresholds; income brackets, rank thresholds, size classes before 分别
and basis points (10个基点) are no targets."""
from __future__ import annotations

from target_cases import targets

PLAN_WORDS = "地区生产总值增长6%以上。"
REVIEW = "地区生产总值增长6.8%。"


def test_a_coverage_share_of_villages_is_a_goal() -> None:
    """亳州 missed: “三变”改革覆盖92%以上的村 — the share covered is the goal."""
    t = targets(REVIEW, PLAN_WORDS + "巩固提升农村集体产权制度改革成果，“三变”改革覆盖92%以上的村，集体经济强村占比30%以上。")
    assert "92%" in t.index
    assert "30%" in t.index


def test_a_share_of_a_class_stays_a_threshold() -> None:
    """Neighbouring right behaviour: 收入10万元以下的村 classes the villages, no goal."""
    t = targets(REVIEW, PLAN_WORDS + "全面消除集体经济年收入10万元以下的村。")
    assert "10万元" not in t.index


def test_energy_in_its_own_unit_is_a_goal() -> None:
    """马鞍山 missed: 统筹形成10万吨标煤以上能耗指标供给 — 能耗 is measured in 吨标煤."""
    t = targets(REVIEW, PLAN_WORDS + "持续开展单位能耗产出评价，统筹形成10万吨标煤以上能耗指标供给。")
    assert "10万吨标煤" in t.index


def test_a_tonnage_class_of_firms_stays_a_threshold() -> None:
    """Neighbouring right behaviour: 年运量150万吨以上物流园区 classes the parks."""
    t = targets(REVIEW, PLAN_WORDS + "新建年运量150万吨以上物流园区2个。")
    assert "150万吨" not in t.index


def test_income_brackets_are_no_targets() -> None:
    """攀枝花 rows 16, 17: the brackets define the households meant; the share 48.5% is the goal."""
    t = targets(REVIEW, PLAN_WORDS + "推动年收入9万—10万元家庭尽快迈入中等收入群体，力争全市三口之家家庭年收入10万—50万元的中等收入群体占比达到48.5%。")
    assert "9万—10万元" not in t.index
    assert "10万—50万元" not in t.index
    assert "48.5%" in t.index


def test_rank_thresholds_are_no_targets() -> None:
    """蚌埠 rows 28, 29: 前20、30、50名各不少于1个 — the ranks class the count 1个."""
    t = targets(REVIEW, PLAN_WORDS + "完善开发区考核评价体系，6个省级以上开发区均实现全省综合考核进位，前20、30、50名各不少于1个。")
    assert "20" not in t.index and "30" not in t.index


def test_size_classes_before_respectively_are_no_targets() -> None:
    """蚌埠 rows 47, 48: 产值超50亿元、10亿元企业分别达4户、22户 — the counts are the goals."""
    t = targets(REVIEW, PLAN_WORDS + "力争新增产值超百亿企业1户，产值超50亿元、10亿元企业分别达4户、22户。")
    assert "50亿元" not in t.index and "10亿元" not in t.index
    assert "4户" in t.index and "22户" in t.index


def test_basis_points_are_no_count() -> None:
    """蚌埠 row 57: 融资成本下降10个基点以上 is no count of things named 基点以上."""
    t = targets(REVIEW, PLAN_WORDS + "全市国有企业融资成本下降10个基点以上。")
    assert "10个" not in t.index


def test_a_count_of_demonstration_sites_stays_a_goal() -> None:
    """Neighbouring right behaviour: 创建…示范小区10个 is a count to make."""
    t = targets(REVIEW, PLAN_WORDS + "创建“皖美红色物业”示范小区10个。")
    assert "10个" in t.index


def test_counts_of_centres_raised_are_no_targets() -> None:
    """蚌埠 rows 139, 140: 提升5家…中心、6家…中心能力水平 raises the level of centres there are."""
    t = targets(REVIEW, PLAN_WORDS + "提升5家危重孕产妇救治中心、6家危重新生儿救治中心能力水平。")
    assert "5家" not in t.index and "6家" not in t.index


def test_centres_built_stay_goals() -> None:
    """Neighbouring right behaviour: 新增国家级绿色工厂3家、省级绿色工厂5家 are counts to reach."""
    t = targets(REVIEW, PLAN_WORDS + "深入开展绿色制造行动，新增国家级绿色工厂3家、省级绿色工厂5家。")
    assert "3家" in t.index and "5家" in t.index


def test_a_size_class_before_a_rate_is_no_target() -> None:
    """亳州 row 89: 300亩左右 classes the plots whose transfer rate 45% is the goal."""
    t = targets(REVIEW, PLAN_WORDS + "发展适度规模经营，300亩左右集中连片土地流转率45%以上。")
    assert "300亩" not in t.index
    assert "45%" in t.index
