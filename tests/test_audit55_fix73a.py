"""Baselines after audit 55 (fix73a): the same measure in other words, scopes that are none, stock against flow.

Each case is a review sentence and a plan sentence written as a report would, shortened from the audited text."""
from __future__ import annotations

from target_cases import baseline_of, targets


def test_level_verb_trimmed_and_a_count_after_tupo_is_a_level() -> None:
    """力争规上农产品加工企业突破300家 (枣庄 row 43): how many there will be, measured by 全市规上农产品加工企业发展到272家
    (发展到 trimmed from the review figure's phrase as a cue word is)."""
    t = targets("全市规上农产品加工企业发展到272家，国家级农业产业强镇达到6个。",
                "重点建设一批全产业链标准化示范基地，力争规上农产品加工企业突破300家。", 2023)
    assert baseline_of(t, "300家") == "272家"
    assert t.loc[["300家"]].iloc[-1]["measure"] == "stock"


def test_level_target_takes_no_review_flow() -> None:
    """高新技术企业发展到500家 (宿州 row 21) is the stock there will be: 新增高新技术企业111家, the year's flow, no baseline."""
    t = targets("实施高新技术企业倍增行动，新增高新技术企业111家，获批省级企业研发中心12家。",
                "实施科技“小巨人”企业培育行动，高新技术企业发展到500家。", 2023)
    assert baseline_of(t, "500家") == ""


def test_same_stock_word_on_both_sides_is_one_measure() -> None:
    """累计到位资金54.9亿元 in a 全年 list (黄山 row 14) and the review's 累计到位资金51.3亿元: one measure."""
    t = targets("全年新签项目52个，引进亿元以上项目18个，累计到位资金51.3亿元、增长6%。",
                "全年新签项目60个以上，引进亿元以上项目不少于20个，累计到位资金54.9亿元、增长7%以上。", 2023)
    assert baseline_of(t, "54.9亿元") == "51.3亿元"


def test_level_of_another_clause_titles_another_thing() -> None:
    """建成“枫桥式”派出所2个，创建省级民主法治示范村6个 (阿坝 row 104): the 省级 of the later clause is the 示范村's, so
    创建省级“枫桥式”派出所2个 measures the same."""
    t = targets("坚持和发展新时代“枫桥经验”，创建省级“枫桥式”派出所2个、司法所3个。",
                "大力推动基层治理现代化，建成“枫桥式”派出所2个、司法所3个，创建省级民主法治示范村6个。", 2023)
    assert baseline_of(t, "2个") == "2个"


def test_level_in_the_targets_own_list_still_narrows() -> None:
    """新增企业研发机构350家、省级企业技术中心10家 (audit 28): the level named in the target's own clause, so 省级企业研发机构
    135家 counts a part of it and is no baseline."""
    t = targets("新认定省级企业研发机构135家。", "新增企业研发机构350家、省级企业技术中心10家。", 2023)
    assert baseline_of(t, "350家") != "135家"


def test_caizheng_of_a_budget_is_no_scope() -> None:
    """地方财政一般公共预算收入增长7%以上 (阿坝 row 8): the review's 地方一般公共预算收入…增长81%, never the 支出's growth."""
    t = targets("完成地方一般公共预算收入62.9亿元、增长81%。坚持集中财力办大事，完成地方一般公共预算支出347.5亿元、增长14.5%。",
                "社会消费品零售总额增长8%以上，地方财政一般公共预算收入增长7%以上。", 2023)
    assert baseline_of(t, "7%") == "81%"


def test_a_count_after_tupo_of_what_a_year_runs_stays_a_flow() -> None:
    """开行列数突破900列 (合肥): the trains a year runs, a flow, where 规上…企业突破300家 is a stock."""
    t = targets("中欧班列开行868列。", "申建中欧班列集结中心示范工程，开行列数突破900列。", 2023)
    assert t.loc[["900列"]].iloc[-1]["measure"] == "flow"
