"""Keys after audit 40 (/work/notes/unseen40, fault class "keys of another measure"): the real sentences of the texts, each figure
keyed by its own measure or by none (data/indicators.csv, key_vetoes.csv)."""
from __future__ import annotations

from govreport import extract_quantities, read_text

PLAN = "二、2024年工作安排\n"
REVIEW = "一、2023年工作回顾\n"


def _table(text: str, part: str = PLAN):
    return extract_quantities(read_text(part + text + "\n"))


def keys(text: str) -> dict[str, str]:
    """Figure text -> indicator key of every row of the plan paragraphs ``text``."""
    table = _table(text)
    return dict(zip(table.text, table.indicator_key))


YANGZHOU_PARKS = ("全面推进“一区多园”建设，引导开发园区与28家市级产业园区协同联动发展，推动毗邻区域产业共育、资源共享、平台共用，"
                  "力争全市各类园区地区生产总值、工业开票销售分别突破3500亿元、7000亿元。")
YANGZHOU_CHILDCARE = "加快建设儿童友好城市，完善落实积极生育支持措施，新增普惠托育机构8个、示范社区托育点7个，每千人口婴幼儿托位数达4.2个。"


def test_the_parks_output_is_no_gdp() -> None:
    """力争全市各类园区地区生产总值…突破3500亿元 (Yangzhou, YZ15): the output of the parks, a part of the city, not its GDP."""
    assert keys(YANGZHOU_PARKS)["3500亿元"] == ""
    assert keys("力争全市地区生产总值突破7000亿元。")["7000亿元"] == "gdp"


def test_a_joint_group_of_farms_and_cooperatives_takes_no_single_key() -> None:
    """新增市级以上示范家庭农场、示范合作社50家 (Yangzhou, YZ85): one count of two kinds, neither key's alone; 示范合作社
    alone keeps its key."""
    text = "加强农业农村人才队伍建设，培养优秀“新农人”100人，培训“新农干”2000人次以上，新增市级以上示范家庭农场、示范合作社50家。"
    assert keys(text)["50家"] == ""
    assert keys("加强农业农村人才队伍建设，新增市级以上示范合作社50家。")["50家"] == "cooperatives"


def test_childcare_facilities_are_no_childcare_places() -> None:
    """新增普惠托育机构8个、示范社区托育点7个 (Yangzhou, YZ109): facilities, not places (托位)."""
    found = keys(YANGZHOU_CHILDCARE)
    assert found["7个"] == "" and found["8个"] == ""
    assert keys("新增普惠托位2000个。")["2000个"] == "childcare_places"


def test_places_per_thousand_people_have_their_own_key() -> None:
    """每千人口婴幼儿托位数达4.2个 (Yangzhou, YZ110): a ratio, not a count of places; so is 实现每千人拥有婴幼儿托位数4个
    (Qianxinan 2024)."""
    assert keys(YANGZHOU_CHILDCARE)["4.2个"] == "childcare_places_per_1000"
    assert keys("实现每千人拥有婴幼儿托位数4个。")["4个"] == "childcare_places_per_1000"


def test_a_figure_of_each_member_is_no_joint_group() -> None:
    """国家高新技术企业、国家科技型中小企业各新增1000家 (Tianjin 2024): 各 makes 1000 each member's, so the list is no joint
    group and keeps the key it had; 办结市人大代表建议、市政协委员提案396件 (Leshan 2024) is one sum of two kinds."""
    assert keys("进一步优化科技型企业梯度培育和上市培育机制，国家高新技术企业、国家科技型中小企业各新增1000家。")["1000家"] == "tech_smes"
    review = _table("主动接受市人大及其常委会的法律监督，办结市人大代表建议、市政协委员提案396件，满意率达100%。", REVIEW)
    assert dict(zip(review.text, review.indicator_key))["396件"] == ""
