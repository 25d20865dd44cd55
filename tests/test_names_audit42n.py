"""Names after audit 42 (/work/notes/unseen42, fault classes on names; round 53, fix53n): the real sentences of the
texts, each figure named by its measure with the head, class or industry the sentence gives it."""
from __future__ import annotations

from name_cases import names

from govreport import extract_quantities, read_text
from govreport.extract.name_industries import lead_industry
from govreport.extract.name_investments import projects_invested

JI_AN_INDUSTRIES = ("新材料聚焦硅基、竹基等非金属精深加工，推动“以竹代塑”，发展矿业经济，产业链龙头项目取得重大突破，实现营收750亿元以上。"
                    "先进装备制造抢占机器人、智能成套设备等细分领域，向数字化、绿色化、高端化转型，实现营收710亿元以上。"
                    "生物医药注重三产融合、龙头培育，加快批文转化，实现全产业链营收670亿元以上。")
CHANGZHI_INVESTMENT = ("设立100亿元产业转型发展基金，引导各方面资本投向转型项目，重点实施985个产业项目，年度完成投资615亿元，"
                       "占固定资产投资比重达到60%以上。全面激发民间投资活力，规范实施政府和社会资本合作新机制，积极发展特许经营模式，"
                       "重点实施711个民间投资项目，年度完成投资550亿元、增长11%以上。")


def test_a_sentence_opened_by_a_bare_industry_names_its_sizes() -> None:
    """JA10-JA12: 「先进装备制造抢占…细分领域，…，实现营收710亿元以上」: the sector that opens the sentence is the
    revenue's (先进装备制造产业营收), not the focus phrase of the clause before (细分领域营收, 非金属精深加工营收)."""
    got = names(JI_AN_INDUSTRIES)
    assert got["750亿元"] == "新材料产业营收"
    assert got["710亿元"] == "先进装备制造产业营收"
    assert got["670亿元"] == "生物医药全产业链营收"


def test_a_list_of_industries_or_an_industry_word_in_a_name_is_no_topic() -> None:
    """新材料、先进装备制造、生物医药…等产业能级稳步提升: a list, no sentence topic; 新材料产业，… stays TOPIC_LEAD's."""
    text = "新材料、先进装备制造、生物医药、绿色食品、新能源等产业能级稳步提升，实现营收100亿元。"
    assert lead_industry(text, 0, len(text)) == ""
    text = "新材料产业，推动项目建设，实现营收100亿元。"
    assert lead_industry(text, 0, len(text)) == "新材料"


def test_a_year_s_investment_is_that_of_the_projects_of_the_clause_before() -> None:
    """CZ12, CZ13, CZ15, CZ16, JA19: 重点实施985个产业项目，年度完成投资615亿元 is the projects' investment, and the share
    and growth after it keep that head."""
    got = names(CHANGZHI_INVESTMENT)
    assert got["615亿元"] == "产业项目年度完成投资"
    assert got["60%"] == "产业项目年度完成投资占固定资产投资比重"
    assert got["550亿元"] == "民间投资项目年度完成投资"
    assert got["11%"] == "民间投资项目年度完成投资增长"
    ji_an = "笃定实施项目带动战略，推进1259个市重点项目，完成年度投资3000亿元左右。"
    assert names(ji_an)["3000亿元"] == "市重点项目年度投资"
    text = "加快交通建设，年度完成投资615亿元。"  # no counted projects before: kept
    assert projects_invested(text, 0, text.index("年度"), "年度完成投资") == ""


def test_a_doubling_and_a_premise_are_no_part_of_a_name() -> None:
    """CZ32 (市级科技经费投入增加一倍、达到1亿元以上: the level, 市级科技经费投入) and CZ28 (在7个焦化“上大关小”升级改造项目
    全面投产基础上: 基础上 is the premise's frame, not what is counted)."""
    got = names("全面落实我市支持科技重点项目7条措施，市级科技经费投入增加一倍、达到1亿元以上，引导企业和社会资本加大科研投入。")
    assert got["1亿元"] == "市级科技经费投入"
    got = names("在7个焦化“上大关小”升级改造项目全面投产基础上，加快实施“三改造”“两运行”。")
    assert "基础上" not in got["7个"]


def test_a_voltage_before_a_count_is_the_class_of_what_is_counted() -> None:
    """BJ56: 立项建设220千伏变电站2个 counts 220千伏 substations (立项建设220千伏变电站数), not all substations."""
    assert names("立项建设220千伏变电站2个，建成充电桩750个。")["2个"] == "立项建设220千伏变电站数"


def test_new_facility_vegetables_are_no_sown_area() -> None:
    """JA41: 新建设施蔬菜2.4万亩 is the facility area built in the year, not 蔬菜播种面积 (vegetable_area)."""
    table = extract_quantities(read_text("二、2024年工作安排\n加强“菜篮子”稳产保供，新建设施蔬菜2.4万亩。\n"))
    assert dict(zip(table.text, table.indicator_key))["2.4万亩"] == ""
