"""Names after audit 38 (docs/audits/targets_38.md, fault class "names: verbs lost, the count reads as a stock"): the
real sentences of the audit's texts (/work/notes/unseen38), each figure's name as the namer gives it."""
from __future__ import annotations

from name_cases import HEAD

from govreport import extract_quantities, read_text


def all_names(sentence: str) -> dict[str, str]:
    """figure text -> name of every actual or target row of ``sentence``."""
    table = extract_quantities(read_text(HEAD + sentence + "\n"))
    table = table[table.role.isin(["actual", "target"])]
    return dict(zip(table.text, table.indicator))


def test_zhuahao_before_a_count_of_projects_stays() -> None:
    """抓好11个煤层气地面开采项目 (JC24#12): the projects worked on in the year, not a stock of projects."""
    assert all_names("抓好11个煤层气地面开采项目，提高井下瓦斯抽采利用水平。")["11个"] == "抓好煤层气地面开采项目数"


def test_the_verb_before_an_investment_amount_governs_the_count_of_projects() -> None:
    """抓好总投资280亿元的15个现代服务业龙头项目 (JC24#25), 全面完成总投资39.24亿元的100个海绵城市项目 (JC24#49),
    深入推进总投资1059亿元的165个项目 (JC24#71), with the scope before the amount (丹河新城, JC24#43)."""
    assert all_names("抓好总投资280亿元的15个现代服务业龙头项目，东滩会开门迎客。")["15个"] == "抓好现代服务业龙头项目数"
    assert all_names("全面完成总投资39.24亿元的100个海绵城市项目。")["100个"] == "完成海绵城市项目数"
    named = all_names("实施全产业链培育工程，深入推进总投资1059亿元的165个项目，推动10条重点产业链融链延链。")
    assert named["165个"] == "推进项目数"
    assert all_names("抓好丹河新城年度投资197亿元的59个项目，教育园区全面建成。")["59个"] == "抓好丹河新城项目数"


def test_an_amount_without_a_plan_verb_before_it_keeps_the_bare_count() -> None:
    """加快推进58个投资10亿元以上的重大项目 is no amount before the count; a clause without a plan verb is untouched."""
    assert all_names("建成总投资50亿元的12个项目。")["12个"] != "推进项目数"


def test_a_chain_verb_shared_by_a_list_of_counts_stays() -> None:
    """提档升级15条美食街区、30个夜经济专区 (JC24#30, #31) and 建立8个产教融合共同体 (WH24#66): the verb of the count."""
    named = all_names("提档升级15条美食街区、30个夜经济专区，扎实做好餐饮业“三名”（名店、名菜、名厨）评定工作。")
    assert (named["15条"], named["30个"]) == ("提档升级美食街区数", "提档升级夜经济专区数")
    assert all_names("推动职业教育优质高效发展，建立8个产教融合共同体。")["8个"] == "建立产教融合共同体数"


def test_keys_only_of_their_measure() -> None:
    """改造地下管网240公里 (TR24#87) is no sewage pipe length, though 污水垃圾处理 (a treatment) stands in the sentence before;
    跨境电商交易额增长20% (TR24#113) is no growth of online retail sales (data/key_requirements.csv)."""
    table = extract_quantities(read_text(HEAD + "加快补齐中心城区防洪排涝、污水垃圾处理等短板，建设海绵城市项目7个，改造地下管网240公里，"
                                                "建成污水处理设施5个。\n推动石材、玩具等特色产品出口，实现跨境电商交易额增长20%，外贸进出口额增长5%以上。\n"))
    rows = dict(zip(table.text, zip(table.indicator, table.indicator_key)))
    assert rows["240公里"] == ("地下管网改造长度", "")
    assert rows["20%"][1] != "online_retail_growth"


def test_a_part_named_by_a_place_alone_takes_the_whole_measure() -> None:
    """六是新增社会公共停车位2500个，其中中心城区500个 (TR24#150): the parking spaces added there, not a count of 中心城区."""
    assert all_names("六是新增社会公共停车位2500个，其中中心城区500个。")["500个"] == "中心城区新增社会公共停车位数"


def test_the_action_closing_a_list_joined_by_he_names_its_first_member() -> None:
    """完成350个以上老旧小区和2000余套城市棚户区改造 (JC24#45): the compounds renovated, not a stock of compounds."""
    assert all_names("完成350个以上老旧小区和2000余套城市棚户区改造。")["350个"] == "老旧小区改造数"


def test_the_verb_before_examples_governs_the_count_of_projects() -> None:
    """加速推动临港区源网荷储一体化示范工程等33个新能源项目 (WH24#58): the projects pushed, not a stock of them."""
    named = all_names("加速推动临港区源网荷储一体化示范工程等33个新能源项目，开工建设华能石岛湾核电扩建一期工程。")
    assert named["33个"] == "推动新能源项目数"
