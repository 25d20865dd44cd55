"""Round 152, fix152d (held-out set 73: 吉林 fault groups 5 and 6, 枣庄 group 3, 湘潭 2024 groups 3 and 4): names that keep a
commitment, a causative or a governing verb, or lose a 分别 member to its per-head basis; and levels labelled flow (a time
limit, a capacity, capital raised to a sum, a count in 户 reached). Paraphrased sentences through the real reader and extractor."""
from __future__ import annotations

from target_cases import names_by_text, targets


def _measure(t: object, text: str) -> str:
    return str(t.loc[[text]].iloc[-1]["measure"])  # type: ignore[attr-defined]


def test_a_time_limit_is_a_level() -> None:
    # 企业开办时间压减至2小时; 低风险工程项目全流程审批压缩到15个工作日以内 (吉林 rows 67, 68)
    t = targets("", "新开办企业用时压减至3小时。小型工程项目审批时间压缩到20个工作日以内。")
    assert _measure(t, "3小时") == "level" and _measure(t, "20个工作日") == "level"


def test_a_time_cut_by_an_amount_is_no_level() -> None:
    # boundary: a bare cut (压缩3个工作日) is a change of the time, not the time itself
    t = targets("", "项目审批时间再压缩3个工作日。")
    assert _measure(t, "3个工作日") != "level"


def test_a_capacity_is_a_stock() -> None:
    # 推动…芯片项目达产，力争形成24万片芯片产能 (吉林 row 29); 动力电池产能超100GWh
    t = targets("", "推动功率器件项目达产，力争形成30万片芯片产能。确保储能电池产能超80GWh。")
    assert _measure(t, "30万片") == "stock" and _measure(t, "80GWh") == "stock"


def test_new_or_retired_capacity_stays_a_flow() -> None:
    # boundary: capacity added or cut in the year (新增煤炭产能, 退出煤炭产能) is the year's amount
    t = targets("", "推进煤矿扩能改造，新增煤炭产能60万吨。退出落后煤炭产能40万吨。")
    assert _measure(t, "60万吨") == "flow" and _measure(t, "40万吨") == "flow"


def test_capital_raised_to_a_sum_is_a_stock() -> None:
    # 潭城融资担保集团增资至70亿元 (湘潭 row 25)
    t = targets("", "推动市融资担保公司增资至50亿元。")
    assert _measure(t, "50亿元") == "stock"


def test_firms_in_hu_reached_are_a_stock() -> None:
    # 省级科技小巨人企业达到110户 (吉林 row 38); boundary: 新增市场主体3万户 stays the year's addition
    t = targets("", "省级科技小巨人企业达到120户。新增市场主体2万户。")
    assert _measure(t, "120户") == "stock" and _measure(t, "2万户") == "flow"


def test_members_of_a_respectively_list_with_a_per_head_basis() -> None:
    # 城市、农村低保标准分别提升到每人每月600元和每人每年4680元 (吉林 rows 72, 73): each member its own name and baseline
    review = "城市、农村低保标准分别提高到每人每月560元和每人每年4200元。"
    plan = "城市、农村低保标准分别提升到每人每月610元和每人每年4700元。"
    t = targets(review, plan)
    assert list(t.loc[["610元"]]["indicator"]) == ["城市低保标准"] and list(t.loc[["4700元"]]["indicator"]) == ["农村低保标准"]
    assert str(t.loc["4700元"]["baseline_text"]) == "4200元"


def test_a_respectively_list_without_a_basis_is_unchanged() -> None:
    # boundary: the same list with no per-head basis was named right before
    got = names_by_text("", "城市、农村低保标准分别提升到610元和4700元。")
    assert got == {"610元": ["城市低保标准"], "4700元": ["农村低保标准"]}


def test_a_commitment_before_new_is_no_part_of_the_name() -> None:
    # 争取新增信贷担保资金13亿元 (枣庄 row 59)
    got = names_by_text("", "大力推广惠农担保业务，争取新增信贷担保资金15亿元。")
    assert got["15亿元"] == ["新增信贷担保资金"]


def test_a_causative_opening_a_rate_is_no_part_of_the_name() -> None:
    # 使全市基本养老保险参保率达到90%以上 (枣庄 row 80)
    got = names_by_text("", "扩大社会保险覆盖面，使全市基本养老保险参保率达到92%以上。")
    assert got["92%"] == ["基本养老保险参保率"]


def test_a_governing_verb_before_a_rate_is_no_part_of_the_name() -> None:
    # 带动在潭高校专利、技术成果本地转化率至30%以上 (湘潭 row 23)
    got = names_by_text("", "实施科技成果转化项目，带动本地高校专利成果本地转化率至35%以上。")
    assert got["35%"] == ["本地高校专利成果本地转化率"]


def test_a_quoted_campaign_keeps_its_causative() -> None:
    # boundary: 开展“让征迁居民早日安家”行动，累计安置2.9万户 — the 让 belongs to the campaign's quoted name, kept
    got = names_by_text("", "开展“让搬迁群众早日安居”行动，全年安置1.5万户。")
    assert got["1.5万户"][0].startswith("让搬迁群众")
