"""Lists sharing one value (audit 52, fix68m): an output-value list whose middle member holds 及, and a 和 pair sharing
one 各 figure after the figures of earlier members, each split into one target per member. Real sentences through the
real reader."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.tables import build_targets

HEAD = "政府工作报告\n一、2023年工作回顾\n全市地区生产总值增长5.8%。\n二、2024年工作安排\n"


def _names(sentence: str) -> dict[str, list[str]]:
    t = build_targets(extract_quantities(read_text(HEAD + sentence + "\n")))
    return t.groupby("text")["indicator"].apply(list).to_dict()


def test_an_output_value_list_with_ji_inside_a_member_gives_one_growth_per_member():
    # 亳州 2024 (audit 52 bozhou row 10)
    names = _names("力争实现“1215”目标：净增规模工业企业不少于100家，工业投资、工业技改投资均增长20%以上，"
                   "规上医药制造业、白酒及保健酒产业、农产品加工业产值均增长15%以上。")
    assert names["15%"] == ["规上医药制造业产值增长", "白酒及保健酒产业产值增长", "农产品加工业产值增长"]


def test_a_he_pair_sharing_ge_after_earlier_figures_is_split_with_the_clause_lead():
    # 马鞍山 2024 (audit 52 maanshan row 23)
    names = _names("大力推进“个转企、小升规”，新增规上工业企业200家以上、限上批零住餐企业100家以上、"
                   "规上服务业企业和资质建筑业企业各30家以上，经营主体总量突破31万户。")
    assert names["30家"] == ["新增规上服务业企业数", "新增资质建筑业企业数"]
    assert names["200家"] == ["新增规上工业企业数"]  # the earlier members keep their own rows


def test_a_ge_list_without_earlier_figures_is_kept():
    # neighbour: 新增持牌金融机构、上市企业各10家 (audit 28 wording) still one row per member, each 新增
    names = _names("新增持牌金融机构、上市企业各10家。")
    assert names["10家"] == ["新增持牌金融机构数", "新增上市企业数"]


def test_an_emission_list_keeps_its_own_head():
    names = _names("化学需氧量、氨氮排放量要分别下降2%。")
    assert names["2%"] == ["化学需氧量排放量下降", "氨氮排放量下降"]


def test_xinchuang_is_carried_over_a_shared_noun():
    # 亳州 2024 (audit 52 row 131: 新创 carried by the shared noun 景区)
    names = _names("推出天下道源道家文化之旅、圣贤故里曹魏文化之旅、美丽亳州生态休闲之旅3条线路，新创3A级景区2处、4A级景区1处，争创5A级景区。")
    assert names["1处"] == ["新创4A级景区数"]


def test_a_stock_after_a_new_count_keeps_its_own_name():
    # neighbour: a stock word between (累计, 达) keeps the later count a stock
    names = _names("新增规上工业企业120家，高新技术企业总数达到500家。")
    assert "新增" not in names["500家"][0]
