"""Round 148, fix149g (held-out sets 71 and 72): plan figures that are no targets (an existing stock after 现有的, a reward
cap after 最高奖励, a watched set after 监管, a set whose role 放大…作用 enlarges, a product size in a project's name, a
price named as an 优势, a list's size whose members 即 names), 至少 before the verb as a floor, and targets the table
dropped (a per-county count after 导入/争创, 关停…等N台, a rate before another member's 保持稳定, a service time in
quotes). Paraphrased sentences through the real reader and extractor."""
from __future__ import annotations

from target_cases import targets

_REVIEW = "全年地区生产总值增长3.5%，出口总额增长6%。"


def _texts(plan: str) -> set[str]:
    return set(targets(_REVIEW, plan, 2020)["text"])


def _kind(plan: str, text: str) -> str:
    return str(targets(_REVIEW, plan, 2020).loc[[text]].iloc[-1]["target_kind"])


def test_an_existing_stock_is_no_target() -> None:
    assert "21.5万户" not in _texts("扶持全市现有的21.5万户市场主体做大做强。")
    assert "2000户" in _texts("新增市场主体2000户。")  # near miss: a flow to add stays


def test_a_reward_cap_is_no_target() -> None:
    assert "800万元" not in _texts("对在境外成功上市企业最高奖励800万元。")
    assert "3亿元" in _texts("全年发放创业奖励资金3亿元。")  # near miss: the year's total paid stays


def test_a_watched_set_and_an_enlarged_role_are_no_targets() -> None:
    got = _texts("专人监管2500个入河排污口，放大5个省级区域医疗中心辐射引领作用。")
    assert not {"2500个", "5个"} & got
    assert "40个" in _texts("新建40个入河排污口在线监测点。")  # near miss: new ones to build


def test_a_product_size_in_a_project_name_is_no_target() -> None:
    got = _texts("加快推进东城200万只高端锻造铝合金轮毂及3万吨铝板材深加工项目。")
    assert "200万只" not in got
    assert "100万只" in _texts("全年生产铝合金轮毂100万只。")  # near miss: an output to reach


def test_an_advantage_and_a_list_named_next_are_no_targets() -> None:
    assert "0.35元" not in _texts("用好新兴产业0.35元电价优势，重点支持新兴产业发展。")
    got = _texts("在办好省定10件民生实事的基础上，再新增4件，即提高居民医保补助标准、建立补充养老保险制度。")
    assert "4件" not in got
    assert "0.35元" in _texts("工业电价降低0.35元。")  # near miss: a cut to make


def test_at_least_before_the_verb_makes_a_floor() -> None:
    assert _kind("年内至少完成矿山生态修复4000亩。", "4000亩") == "floor"
    plan = "每个园区至少引进5亿元以上工业项目4个、10亿元以上项目3个。"
    assert {"4个", "3个"} <= _texts(plan)  # the count after a size class is each park's goal, not lost
    assert _kind(plan, "4个") == "floor" and _kind(plan, "3个") == "floor"
    assert _kind("年内完成矿山生态修复4000亩。", "4000亩") == "exact"  # near miss: no 至少


def test_per_county_goals_and_closures_are_targets() -> None:
    got = _texts("向每个县市区导入3个以上科技成果或产业项目。每个县市区争创2家省级以上创新平台。关停东郊热电等7台机组。")
    assert {"3个", "2家", "7台"} <= got
    assert "4个" not in _texts("推进东郊、西郊等4个物流枢纽。")  # near miss: a set named by example, worked on


def test_a_rate_before_another_members_steady_state_is_a_target() -> None:
    assert "5%" in _texts("确保出口总额增长5%、全国份额保持稳定。")
    assert "12条" not in _texts("12条支流水质保持优良。")  # near miss: the set a state covers


def test_a_service_time_in_quotes_is_a_ceiling() -> None:
    plan = "推进新开办企业“0.5天”“零成本”办理。"
    assert "0.5天" in _texts(plan) and _kind(plan, "0.5天") == "ceiling"
    assert "30年" not in _texts("土地承包期再延长30年。")  # near miss: a span
