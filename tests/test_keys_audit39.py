"""Keys after audit 39 (/work/notes/unseen39, fault class "keys of another measure"): the real sentences of the
audit's texts, each figure keyed by its own measure or by none (data/indicators.csv, key_vetoes.csv, key_contexts.csv)."""
from __future__ import annotations

from govreport import extract_quantities, read_text

PLAN = "二、2024年工作安排\n"


def keys(text: str) -> dict[str, str]:
    """Figure text -> indicator key of every row of the plan paragraphs ``text``."""
    table = extract_quantities(read_text(PLAN + text + "\n"))
    return dict(zip(table.text, table.indicator_key))


def test_trade_in_services_is_no_foreign_trade_in_goods() -> None:
    """服务进出口总额同比增长20%以上 (Sanya, SY24#14): the growth of trade in services, not of goods trade."""
    found = keys("推动服务贸易高质量发展，服务进出口总额同比增长20%以上。")
    assert found["20%"] == "service_trade_growth"


def test_a_partner_part_of_trade_takes_no_key_of_the_whole() -> None:
    """力争对非贸易进出口总值达到100亿元 (Chenzhou, CZ24#21): one partner's part, not all foreign trade."""
    assert keys("深化中非经贸合作，力争对非贸易进出口总值达到100亿元。")["100亿元"] == ""


def test_the_digital_economy_is_no_gdp() -> None:
    """力争全年数字经济总量达到1300亿元 (Chenzhou, CZ24#31): the digital economy, not the whole economy's output."""
    assert keys("大力发展数字经济，力争全年数字经济总量达到1300亿元。")["1300亿元"] == "digital_economy"


def test_a_joint_measure_takes_no_single_key() -> None:
    """文化总产值和旅游总收入达到1100亿元 (Chenzhou, CZ24#27): one sum of two measures; 旅游总收入 alone keeps its key."""
    assert keys("推动文旅融合发展，文化总产值和旅游总收入达到1100亿元。")["1100亿元"] == ""
    assert keys("推动文旅融合发展，旅游总收入达到1100亿元。")["1100亿元"] == "tourism_revenue"


def test_leading_firms_are_farm_ones_only_in_a_farm_context() -> None:
    """培育营收亿元以上龙头企业5家 in the 文旅 paragraph (Shiyan, SY24#24) is no leading agribusiness; 新增省级龙头企业5家
    after 积极发展现代农业 (Shiyan L34) is."""
    tourism = keys("——全链条打造文旅产业体系。支持市文旅体投、武当山文旅等国有企业提升市场竞争力，培育营收亿元以上龙头企业5家、"
                   "规上文化企业300家。")
    assert tourism["5家"] == ""
    farm = keys("——积极发展现代农业。坚持稳面积、增单产，抓好重要农产品稳产保供。力争新增省级龙头企业5家、规上企业20家。")
    assert farm["5家"] == "leading_agri_firms"


def test_drinking_water_sources_are_no_surface_water() -> None:
    """饮用水源地水质达标率保持100% (Jiaxing, JX24#41): drinking-water sources, not the share of good surface water."""
    assert keys("持续深化治水，饮用水源地水质达标率保持100%。")["100%"] == "drinking_water_quality"
