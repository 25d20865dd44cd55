"""Held-out audit 47 (焦作, 濮阳, 汕头, 新乡 2023), round fix111e: plan figures that are no goals (a focus set, a means
clause's standard, a whole's share-out by place in a bracket, a started zone's own size, a sped-up set with a 和 member,
the places a coverage covers, a stock drawn on) and a set converted to a new state, which is a goal."""
from __future__ import annotations

from target_cases import targets

REVIEW = "地区生产总值增长5%。"


def _texts(plan: str) -> list[str]:
    """The figures of ``plan`` the targets table keeps."""
    return list(targets(REVIEW, plan, 2022)["text"])


def test_a_focus_frame_is_no_goal() -> None:
    # 汕头 row 8, 焦作 row 15: 以250家优质企业为重点 names the set the support focuses on
    assert "250家" not in _texts("以250家优质企业为重点，强化用地、融资、能耗等要素保障。")
    assert "250家" in _texts("以项目为重点，新建250家企业。")


def test_a_means_clause_standard_is_no_goal() -> None:
    # 汕头 rows 70, 80: 按(照)…的资助标准 is the rate the work is paid at
    assert "5000元" not in _texts("四是按照每户5000元的资助标准，为全市约1000户老年人家庭实施居家适老化改造。")
    assert "100元" not in _texts("按每生每学期100元的补贴标准，进一步丰富课后服务内容。")
    # a standard raised stays a goal
    assert "120元" in _texts("城乡居民基础养老金标准从每人每月100元提高到120元。")


def test_a_bracketed_share_out_by_place_is_no_goal() -> None:
    # 汕头 rows 83, 84, 87-90
    kept = _texts("多渠道筹集公租房500套（市本级400套，濠江区100套）。")
    assert kept == ["500套"]
    kept = _texts("选取10个城中村（金平区、龙湖区、濠江区各2个，澄海区、潮阳区、潮南区和南澳县各1个）为试点。")
    assert kept == ["10个"]
    # a bracket whose counts are no places' shares stays
    assert "6所" in _texts("新建学校10所（其中城区新建6所）。")


def test_a_started_zones_size_is_no_goal_when_the_years_work_follows() -> None:
    # 焦作 row 54
    kept = _texts("启动40万亩高标准农田示范区建设，完成5万亩以上建设任务。")
    assert "40万亩" not in kept and "5万亩" in kept
    assert "40万亩" in _texts("启动40万亩高标准农田示范区建设，确保粮食生产面积稳定在420万亩以上。")


def test_a_sped_up_set_with_a_member_after_and() -> None:
    # 焦作 row 60: the 项目建设 is the 和 member's, the parks are a set sped up
    assert "4个" not in _texts("加快4个省级现代农业产业园和怀药优势特色产业集群项目建设。")
    assert "335个" in _texts("加快推进335个省市重点项目建设。")


def test_places_a_coverage_covers_are_no_goal() -> None:
    # 焦作 rows 85, 86
    kept = _texts("实现56个街道、175个社区养老服务全覆盖。")
    assert "56个" not in kept and "175个" not in kept
    assert "16项" in _texts("实现16项政务服务事项、20个村级服务全覆盖。")


def test_a_set_converted_to_a_new_state_is_a_goal() -> None:
    # 焦作 missed: 推进32个乡镇敬老院转型为区域养老服务中心
    assert "32个" in _texts("推进32个乡镇敬老院转型为区域养老服务中心。")
    assert "32个" not in _texts("推进32个乡镇敬老院规范运营。")


def test_a_stock_drawn_on_by_list_or_by_its_size() -> None:
    # 濮阳 row 105, 新乡 G9
    assert "4个" not in _texts("充分发挥12个招商专班、4个双招双引基地、青年突击队等作用。")
    assert "30亿元" not in _texts("发挥总规模30亿元的中原农谷投资基金作用，培育引进种业龙头企业10家以上。")
    assert "10家" in _texts("发挥总规模30亿元的中原农谷投资基金作用，培育引进种业龙头企业10家以上。")


def test_one_nouns_two_modifiers_joined_by_and_stay_a_goal() -> None:
    # regression read: 加快191个重点工业和技改项目建设 counts the year's projects
    assert "191个" in _texts("加快191个重点工业和技改项目建设，制造业投资增长15%。")
