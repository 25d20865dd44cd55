"""Round 156, fix156f (held-out audit 77): words left in a target's name that name something else than the figure
measures: a clause-opening 持续壮大/推动 before the subject, the first member's verb carried into the second member
(新开工…改造a、基本建成b), a rate's name taken as the next figure's subject (…转化率70%以上，产值…), a bare 覆盖率 after a
clause that adds a counted thing, and an amount named by its action alone (处置不良贷款: 不良贷款处置额). Paraphrased texts
through the real reader and extractor."""
from __future__ import annotations

from target_cases import names_by_text

_REVIEW = "地区生产总值增长4%。"


def _names(plan: str) -> dict[str, list[str]]:
    return names_by_text(_REVIEW, plan, 2020)


def test_a_clause_opening_verb_is_no_part_of_the_name() -> None:
    got = _names("持续壮大白酒饮料产业，支持酒业集团加强资源整合，确保实现营业收入1500亿元。"
                 "推动城市机场高效运营，旅客吞吐量突破120万人次。")
    assert got["1500亿元"] == ["白酒饮料产业营业收入"]
    assert got["120万人次"] == ["城市机场旅客吞吐量"]


def test_the_second_member_takes_its_own_verb_only() -> None:
    got = _names("新开工棚户区改造2.2万套、基本建成1.2万套，改造老旧小区150个。"
                 "开工建设老旧小区改造项目400个，完成250个。")
    assert got["1.2万套"] == ["棚户区基本建成数"]
    assert got["250个"] == ["老旧小区改造项目完成数"]
    assert got["2.2万套"] == ["新开工棚户区改造数"]  # the first member keeps its verb


def test_a_member_sharing_the_first_verb_keeps_it() -> None:
    # near miss: 、 members with no verb of their own share V1 (新建幼儿园10所、中小学5所)
    got = _names("新建幼儿园10所、中小学5所。开工建设老旧小区改造项目400个，其中开工建设250个。")
    assert got["5所"] == ["中小学新建数"]
    assert got["250个"][0].startswith("开工建设")  # V1 said again in the member: kept


def test_a_rates_name_is_no_subject_of_the_next_figure() -> None:
    got = _names("全市农产品加工转化率70%以上，产值突破1800亿元。")
    assert got["1800亿元"] == ["农产品加工产值"]
    assert got["70%"] == ["农产品加工转化率"]


def test_a_bare_coverage_after_a_counted_clause() -> None:
    got = _names("四是新建城市规范化社区50个，覆盖率达到60%以上。")
    assert got["60%"] == ["城市规范化社区覆盖率"]


def test_an_amount_named_by_its_action_gets_its_measure() -> None:
    got = _names("完善防范化解金融风险长效机制，处置不良贷款80亿元以上。健全就业援助制度，发放创业担保贷款5亿元以上。")
    assert got["80亿元"] == ["不良贷款处置额"]
    assert got["5亿元"] == ["创业担保贷款发放额"]


def test_an_amount_with_a_measure_of_its_own_is_left() -> None:
    # near miss: 投资, 收入 name an amount already
    got = _names("完成技改投资300亿元。")
    assert got["300亿元"] == ["技改投资"]


def test_an_own_clause_verb_stays() -> None:
    # near miss: 推动 in the figure's own clause says what is done to what is counted
    got = _names("实施搬迁安居行动，接续推动2万山区农民下山集聚。")
    assert got["2万"][0].startswith("推动")


def test_two_amount_verbs_stay_together() -> None:
    got = _names("稳妥推进农合机构改革，力争清收处置不良资产400亿元左右。")
    assert got["400亿元"] == ["不良资产清收处置额"]
