"""Round fix66a (audit 51): baselines a review list hides (贵港 row 16: a 分别 list of trade partners; 资阳 rows 65, 66:
a bare 参保率 after the count of the insured). Sentences from /work/notes/holdout51 and the corpus."""
from __future__ import annotations

from target_cases import baseline_of, class_of, targets

from govreport.extract.indicators import list_members
from govreport.extract.name_polish import sibling_owner

GOALS = "地区生产总值增长7%。"
REVIEW = "地区生产总值增长6%。"


def test_partner_list_gives_every_member_the_measure() -> None:
    """对欧盟、RCEP其他成员国和东盟国家进出口总额分别增长… (贵港 L21): each partner's trade, each said with 对."""
    assert list_members("对欧盟、RCEP其他成员国和东盟国家进出口总额分别增长", 3) == [
        "对欧盟进出口总额增长", "对RCEP其他成员国进出口总额增长", "对东盟国家进出口总额增长"]
    assert list_members("对东盟、欧盟进出口分别增长", 2) == ["对东盟进出口增长", "对欧盟进出口增长"]  # (湖北: not 对东盟出口)


def test_partner_trade_is_the_baseline_of_its_target() -> None:
    """年内对RCEP其他成员国贸易额增长10％以上 (贵港 L60): 20.9％ of the same partners, 贸易额 ≡ 进出口总额."""
    t = targets(REVIEW + "扩大对外贸易，对欧盟、RCEP其他成员国和东盟国家进出口总额分别增长38.7％、20.9％、18.2％。",
                GOALS + "聚焦服务建设中国—东盟命运共同体，用好用足RCEP成员国开放承诺，年内对RCEP其他成员国贸易额增长10％以上。")
    assert baseline_of(t, "10％") == "20.9％"
    assert class_of(t, "10％") == "below_last_year"


def test_members_without_a_partner_lead_keep_their_head() -> None:
    """Neighbouring right behaviour: 城镇、农村常住居民人均可支配收入 share the head, no 对 added."""
    assert list_members("城镇、农村常住居民人均可支配收入分别增长", 2) == ["城镇常住居民人均可支配收入增长", "农村常住居民人均可支配收入增长"]


def test_bare_insured_rate_takes_the_insurance_before() -> None:
    """基本养老保险参保189.6万人、参保率94.31% (资阳 L24): 基本养老保险参保率, the baseline of 养老保险参保率94%."""
    assert sibling_owner("参保率", "基本养老保险参保") == "基本养老保险参保率"
    t = targets(REVIEW + "基本养老保险参保189.6万人、参保率94.31%，城乡居民基本医疗保险参保227.96万人、参保率98.25%。",
                GOALS + "推动全民参保精准扩面，基本医疗保险参保率稳定在98%以上，养老保险参保率稳定在94%以上。")
    assert baseline_of(t, "94%") == "94.31%"
    assert baseline_of(t, "98%") == "98.25%"


def test_rate_of_another_act_is_left_alone() -> None:
    """Neighbouring right behaviour: a rate whose act the member before does not end with keeps its name; 货值增长 still
    takes the trains run (中欧班列开行400列、货值增长20%以上)."""
    assert sibling_owner("覆盖率", "基本养老保险参保") == "覆盖率"
    assert sibling_owner("参保率", "参保") == "参保率"
    assert sibling_owner("货值增长", "中欧班列开行") == "中欧班列货值增长"


def test_firms_grown_above_the_size_line_are_added_in_the_year() -> None:
    """升规入库规模工业企业46户 (资阳 L13) counts firms added in the year, no stock: the baseline of 新增规模以上工业企业30户."""
    t = targets(REVIEW + "193户个体工商户转型升级为企业，升规入库规模工业企业46户，新培育省级“专精特新”中小企业34户。",
                GOALS + "加大企业培育力度，新增规模以上工业企业30户，完成“个转企”160户，新认定省级“专精特新”中小企业20户以上。")
    assert baseline_of(t, "30户") == "46户"


def test_firms_reached_stay_a_stock() -> None:
    """Neighbouring right behaviour: a count reached (规模以上工业企业达到742户) is no baseline of firms to add."""
    t = targets(REVIEW + "规模以上工业企业达到742户。", GOALS + "新增规模以上工业企业30户。")
    assert baseline_of(t, "30户") == ""
