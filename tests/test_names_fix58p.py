"""Names after audit 46 (round fix58p; /work/notes/holdout46, criterion f): the body or source a sentence's opening clause
gives a bare amount, a 分别 list's body, a 、 member's verb without the member before's noun, a list's level and designation,
a measure of what the member before runs, and a labelled count of items. Real sentences of the texts, and the neighbours kept."""
from __future__ import annotations

from name_cases import names

from govreport import extract_quantities, read_text


def _plan(text: str) -> dict[str, tuple[str, str]]:
    """Figure text -> (name, key) of a plan part's ``text``."""
    table = extract_quantities(read_text("二、2024年主要预期目标和重点工作\n" + text + "\n"))
    return {x: (n, k) for x, n, k in zip(table.text, table.indicator, table.indicator_key)}


def test_a_role_opening_gives_its_body_to_the_bare_amounts_after_it() -> None:
    """衢州 rows 83, 84: the fund's investment and the capital it levers, not the city's projects' investment."""
    got = _plan("充分发挥产业基金撬动作用，完成年度投资50亿元以上，撬动社会资本200亿元以上，加快打造长三角创投新势力“第一城”。")
    assert got["50亿元"] == ("产业基金年度投资", "")
    assert got["200亿元"] == ("产业基金撬动社会资本", "")
    assert _plan("全年完成年度投资500亿元以上。")["500亿元"][1] == "project_investment"  # no role opening: the projects' key stays


def test_funds_in_place_after_a_clause_seeking_them_are_the_sources() -> None:
    """达州 row 10: 加强中省资金争取，力争到位资金增长10% is 中省到位资金增长; attracted investment keeps its key."""
    assert _plan("加强中省资金争取，力争到位资金增长10%。")["10%"][0] == "中省到位资金增长"
    assert _plan("引进亿元以上项目520个，到位资金760亿元以上。")["760亿元"] == ("到位资金", "investment_attracted")


def test_a_later_bare_amount_of_a_fenbie_list_is_the_first_members_body() -> None:
    """衢州 row 86: 市属国企营业收入, not a bare 营业收入."""
    got = _plan("力争市属国企资产、营业收入分别超过3500亿元、300亿元，实现首家国有企业主体信用等级获评AAA。")
    assert got["3500亿元"][0] == "市属国企资产"
    assert got["300亿元"][0] == "市属国企营业收入"


def test_a_bare_list_member_takes_the_lists_verb_not_the_member_befores_noun() -> None:
    """徐州 row 91's baseline: 户厕19万座 is 新改建户厕数; a 其中 member in another unit and a verb member keep their names."""
    got = names("新改建农村公路303公里、桥梁37座、户厕19万座，改造农村供水管网1196公里。")
    assert got["37座"] == "新改建桥梁数"
    assert got["19万座"] == "新改建户厕数"
    kept = _plan("开展“教育突破年”行动，优化教育资源配置，推动教育均衡发展，新建改扩建中小学23处、新增学位2.3万个，其中高中4处、学位1万个。")
    assert kept["1万个"][0] == "新增高中学位数"
    assert _plan("优化经营性用地结构和出让时序，收储13000亩、出让10300亩。")["10300亩"][0] == "收储出让面积"  # as before: no list verb to take


def test_a_lists_level_and_designation_go_to_a_later_member() -> None:
    """徐州 row 96: 省级以上示范农民合作社创建数; the audit 40 level rule (争创省级精品村5个、示范村50个) is kept."""
    got = _plan("实施“四乡工程”和“彭城新农人”计划，创建省级以上示范家庭农场30家、农民合作社20家，培育高素质农民1.5万人。")
    assert got["20家"] == ("省级以上示范农民合作社创建数", "cooperatives")
    assert _plan("争创省级精品村5个、示范村50个。")["50个"][0] == "省级示范村争创数"


def test_a_growth_of_what_the_member_before_runs_is_that_things() -> None:
    """徐州 row 66: 中欧班列货值增长; a zone's own trade after it keeps its own name."""
    got = _plan("全年中欧班列开行400列、货值增长20%以上，港务区进出口额增长30%以上。")
    assert got["20%"][0] == "中欧班列货值增长"
    assert got["30%"][0] == "港务区进出口额增长"


def test_a_count_of_items_with_a_quoted_label_is_named_by_the_label() -> None:
    """黄冈 row 69: 最多跑一次事项数, not the clause copied; the share after it is named as before."""
    got = _plan("1300个事项“最多跑一次”，“一窗通办”受理事项占比85%以上，项目落地到开工100天。")
    assert got["1300个"][0] == "最多跑一次事项数"
    assert got["85%"][0] == "一窗通办受理事项占比"


def test_a_bare_review_name_matched_after_the_targets_subject_is_shown_with_it() -> None:
    """达州 row 29: 服务业占…比重达49.7%，增加值增长7.5% is the baseline of 服务业增加值增长8%, shown as 服务业增加值增长."""
    from target_cases import targets
    t = targets("服务业占地区生产总值的比重达49.7%，增加值增长7.5%、高于全省0.4个百分点。",
                "地区生产总值增长6.5%左右。加快传统服务业转型升级、现代服务业创新发展，确保服务业增加值增长8%以上。", 2023)
    row = t.loc[["8%"]].iloc[-1]
    assert row["baseline_text"] == "7.5%"
    assert row["baseline_indicator"] == "服务业增加值增长"
