"""Held-out audit 46 (德宏, 洛阳, 渭南, 湛江 2023), round fix111c: plan figures that are no targets (a rank cut-off, a
division of work, a model number), a kind (a time limit cut to a level is a ceiling) and targets the table dropped (people
counted after 人数 with no unit, a designated set put into operation as an entity, a share put to a use, a capacity
connected this year)."""
from __future__ import annotations

from target_cases import targets

REVIEW = "地区生产总值增长4.2%。"


def _row(plan: str, text: str) -> dict | None:
    """The target row written ``text`` of ``plan`` (None when the table has none)."""
    t = targets(REVIEW, plan, review_year=2022)
    return None if text not in t.index else t.loc[[text]].iloc[-1].to_dict()


def test_a_rank_cut_off_is_no_target() -> None:
    # 渭南 G4: 紧盯15条重点产业链国内排名前50户企业 — the top 50 firms of each chain, a class, no firms to gain
    assert _row("强化精准招引，紧盯15条重点产业链国内排名前50户企业。", "50户") is None
    # a count of firms with no rank before it stays a goal
    assert _row("强化精准招引，新引进15条重点产业链企业50户。", "50户") is not None


def test_leading_the_contact_with_projects_is_a_division_of_work() -> None:
    # 湛江 G5: 党政负责同志牵头联系1个以上大项目 — an arrangement, as 分管/包联
    assert _row("实行重点项目领导挂点服务制度，党政负责同志牵头联系1个以上大项目。", "1个") is None
    assert _row("实行重点项目领导挂点服务制度，全年新引进1个以上大项目。", "1个") is not None


def test_a_model_number_before_zhixian_is_no_count_of_teams() -> None:
    # 渭南 G4: 力争新舟700支线飞机等项目尽快落地 — 支 opening 支线 is no counter
    assert _row("力争新舟700支线飞机等项目尽快落地。", "700支") is None
    assert _row("组建应急救援队伍20支。", "20支") is not None


def test_a_time_limit_cut_to_a_level_is_a_ceiling() -> None:
    # 渭南 G5: 企业开办时限压缩至1个工作日 — a ceiling named by the time limit
    row = _row("深化“证照分离”改革，企业开办时限压缩至1个工作日。", "1个工作日")
    assert row is not None and row["target_kind"] == "ceiling" and row["indicator"] == "企业开办时限"
    # a time raised to a level is no ceiling
    row = _row("深化“证照分离”改革，窗口服务时长延长至10个小时。", "10个小时")
    assert row is None or row["target_kind"] != "ceiling"


def test_people_after_renshu_with_no_unit_are_counted_in_people() -> None:
    # 洛阳 missed: 确保脱贫人口和监测对象转移就业人数不低于20.5万
    row = _row("确保脱贫人口和监测对象转移就业人数不低于20.5万。", "20.5万")
    assert row is not None and row["unit"] == "人" and row["value"] == 205000
    # a bare number after another noun stays no target
    assert _row("确保项目库储备数量不低于20.5万。", "20.5万") is None


def test_a_set_put_into_operation_as_an_entity_is_a_goal() -> None:
    # 渭南 missed: 推动10所县级未成年人救助保护中心实体化运行 — a change of state (县级 is a level, no county)
    assert _row("推动10所县级未成年人救助保护中心实体化运行。", "10所") is not None
    # the centres kept running are the set there is
    assert _row("推动10所县级未成年人救助保护中心高效运行。", "10所") is None


def test_a_share_put_to_a_use_is_a_goal() -> None:
    # 湛江 missed: 坚持50%以上用地指标用于工业 — a share, named by the noun and its use
    row = _row("强化要素跟着项目走，坚持50%以上用地指标用于工业。", "50%")
    assert row is not None and row["indicator"] == "用地指标用于工业比例" and row["target_kind"] == "floor"
    # a threshold that classes what follows stays none
    assert _row("支持50%以上用地指标的县区开展试点。", "50%") is None


def test_a_capacity_connected_this_year_is_a_goal() -> None:
    # 德宏 missed: 实现56.1万千瓦集中式光伏发电项目并网投产
    row = _row("统筹推进硅光伏全产业链发展，实现56.1万千瓦集中式光伏发电项目并网投产。", "56.1万千瓦")
    assert row is not None and row["indicator"] == "实现集中式光伏发电装机容量"  # not the clause before's words
    # a capacity in a project's name, no stage reached, stays none
    assert _row("谋划56.1万千瓦集中式光伏发电项目。", "56.1万千瓦") is None
