"""Spot audit 36 (鄂尔多斯, 大理 2025; 乌海 2024), round fix89a: names that lost a head before a bracket, a verb before a
batch's year, the 项目 a pair of counts shares, a sibling's rural scope, the standard a count reaches, and the purpose
of funds a verb 统筹 commits."""
from __future__ import annotations

from govreport.extract import extract_quantities
from govreport.report import read_text


def _names(text: str) -> dict[str, str]:
    q = extract_quantities(read_text("一、2024年工作回顾\n去年完成。\n二、2025年工作安排\n" + text))
    return dict(zip(q["text"], q["indicator"]))


def test_a_bracketed_adjusted_rate_keeps_the_measure_before_it() -> None:
    # 大理 L24 (row 6): the 5% is 一般公共预算支出's rate without the extra treasury bonds
    names = _names("一般公共预算收入增长2%，一般公共预算支出增长1.5%（剔除增发国债影响因素同口径增长5%以上）。")
    assert names["5%"] == "一般公共预算支出剔除增发国债影响因素同口径增长"
    assert names["1.5%"] == "一般公共预算支出增长"


def test_a_verb_before_a_batch_year_is_kept() -> None:
    # 大理 L33 (row 20): 启动2024年度37个新能源项目
    assert _names("加快推进变电站建设，启动2024年度37个新能源项目。")["37个"] == "启动新能源项目数"


def test_the_first_of_a_pair_of_project_counts_is_of_projects() -> None:
    # 乌海 (BDO row): 加快5个BDO一体化及8个下游深加工项目建设
    names = _names("聚焦打造全球最大BDO一体化生产基地，加快5个BDO一体化及8个下游深加工项目建设。")
    assert names["5个"] == "BDO一体化项目建设数"
    assert names["8个"] == "下游深加工项目建设数"


def test_a_bare_member_shares_its_siblings_rural_scope() -> None:
    # 鄂尔多斯 L45 (row 48): 新建农村牧区户厕2660个、公厕152个
    names = _names("健全环境管理长效机制，新建农村牧区户厕2660个、公厕152个。")
    assert names["152个"] == "农村牧区公厕新建数"
    # a rate is no member of a count's scope
    assert _names("城镇调查失业率5.5%、居民收入增长6%。")["6%"] == "居民收入增长"


def test_a_count_reaching_a_standard_names_the_standard() -> None:
    # 鄂尔多斯 L62 (row 75): 推动7个县域医共体全部达到国家评估考核标准
    assert _names("推动7个县域医共体全部达到国家评估考核标准，实施共建项目。")["7个"] == "达到国家评估考核标准的县域医共体数"


def test_funds_a_plan_pools_are_named_by_their_purpose() -> None:
    # 大理 L33 (round 88's floor row): 统筹不低于1亿元资金支持重大项目开展前期工作
    assert _names("聚焦两重两新领域项目，统筹不低于1亿元资金支持重大项目开展前期工作。")["1亿元"] == "重大项目开展前期工作资金"


def test_a_bare_count_of_campaign_tasks_is_of_its_paragraphs_campaign() -> None:
    # 鄂尔多斯 L53 (row 69): 深入打好污染防治攻坚战。…，实施攻坚任务942项
    names = _names("深入打好污染防治攻坚战。坚持精准治污、科学治污、依法治污，实施攻坚任务942项。")
    assert names["942项"] == "实施污染防治攻坚任务数"
    assert _names("实施污染防治攻坚任务1307项。")["1307项"] == "实施污染防治攻坚任务数"

