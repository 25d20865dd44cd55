"""Round fix65a (audit 51): wordings of one measure across review and plan (资阳 rows 9, 10, 25, 38; 宜宾): projects signed
and attracted, 个转企, 资产规模 and 资产总额. Sentences from /work/notes/holdout51 and the corpus."""
from __future__ import annotations

from target_cases import baseline_of, targets

from govreport.extract.keys import attracted, indicator_key

GOALS = "地区生产总值增长7%。"
REVIEW = "地区生产总值增长6%。"


def test_projects_signed_and_attracted_are_the_signed_projects() -> None:
    """全年签约引进项目193个 (资阳 L10) is the baseline of 新签约产业项目180个以上, and its 投资额 of the 600亿元."""
    t = targets(REVIEW + "全年签约引进项目193个、投资额532.66亿元，其中10亿元以上的重大产业项目11个。",
                GOALS + "紧盯京津冀、长三角、粤港澳大湾区等重点区域，全年新签约产业项目180个以上、投资额600亿元以上。")
    assert baseline_of(t, "180个") == "193个"
    assert t.loc[["600亿元"]].iloc[0]["indicator_key"] != "project_investment"
    assert baseline_of(t, "600亿元") == "532.66亿元"


def test_signed_wording_keeps_its_key_beside_an_attract_verb() -> None:
    """签约引进项目 names a signing: 引进 does not turn the key off (宜宾 力争签约引进项目超200个)."""
    assert indicator_key("签约引进项目数", "个", "level") == "investment_projects_signed"
    assert not attracted("签约引进项目数，全年签约引进项目193个", "investment_projects_signed")


def test_attracted_key_projects_stay_unkeyed() -> None:
    """Neighbouring right behaviour: 引进50亿以上重大项目20个 counts projects attracted, no key_projects."""
    assert attracted("引进50亿以上重大项目20个", "key_projects")


def test_individual_firms_turned_companies_are_firms_upgraded() -> None:
    """“个转企”160户 takes 193户个体工商户转型升级为企业 (资阳 L13)."""
    t = targets(REVIEW + "193户个体工商户转型升级为企业，升规入库规模工业企业46户。",
                GOALS + "加大企业培育力度，完成“个转企”160户。")
    assert baseline_of(t, "160户") == "193户"


def test_asset_scale_is_total_assets() -> None:
    """市属国企资产总额达到1200亿元 takes 市属国企资产规模达1070亿元 (资阳 L14, L54)."""
    t = targets(REVIEW + "市属国企资产规模达1070亿元、增长14.8%。",
                GOALS + "力争市属国企资产总额达到1200亿元。")
    assert baseline_of(t, "1200亿元") == "1070亿元"
