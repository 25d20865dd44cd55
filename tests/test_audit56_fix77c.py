"""Round fix77c (audit 56): a figure's own clause — a quoted label glossed by 即 (崇左), 比增 before an amount a rise, not
the level (崇左), 各县（市、区）…分别 a per-county scope (崇左), a cut before a rate (压减20%的一般性支出, 崇左) and a works'
volume done (完成工程量的70%, 菏泽). Sentences from /work/notes/holdout56, shortened."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.extract.change_kinds import GAIN_OVER
from govreport.extract.label_glosses import label_dropped
from govreport.extract.name_forms import task_share
from govreport.extract.name_polish import each_scope
from name_cases import names


def test_a_quoted_label_and_its_gloss_leave_the_name() -> None:
    """“3个1000”即在建项目1000亿元 (崇左 row 8): the name is 在建项目, not 1000即在建项目."""
    assert label_dropped("1000”即在建项目") == "在建项目"
    assert label_dropped("“3个1000”即在建项目") == "在建项目"
    assert label_dropped("即将建成项目") == "即将建成项目"  # no label before 即: nothing dropped
    got = names("力争“3个1000”即在建项目1000亿元。")
    assert got["1000亿元"] == "在建项目"


def test_bi_zeng_before_an_amount_is_a_rise_with_no_level_key() -> None:
    """“7个100”即地区生产总值比增100亿元以上 (崇左 row 11): 地区生产总值比增, no gdp key (a rise on last year, not the level)."""
    table = extract_quantities(read_text("一、2023年工作回顾\n“7个100”即地区生产总值比增100亿元以上。\n"))
    row = table[table.text == "100亿元"].iloc[0]
    assert row["indicator"] == "地区生产总值比增" and row["indicator_key"] in ("", None)
    assert GAIN_OVER.search("面积占比增") is None  # 占比增至42%: a share's 比, no rise word


def test_each_county_apart_is_a_per_county_count() -> None:
    """推动各县（市、区）分别培育1家以上上规入统电商企业 (崇左 row 31), 力争年内各县（市、区）分别新推出1个特色旅游商品 (row 67)."""
    assert each_scope("推动各县（市、区）分别培育").startswith("每个县（市、区）")
    assert each_scope("推动全市分别培育") == "推动全市分别培育"  # no 各县: no scope
    assert names("推动各县（市、区）分别培育1家以上上规入统电商企业。")["1家"].startswith("每个县")
    assert names("力争年内各县（市、区）分别新推出1个特色旅游商品。")["1个"] == "每个县(市、区)特色旅游商品数"


def test_a_cut_before_a_rate_stays_in_its_name() -> None:
    """坚持过紧日子，压减20%的一般性支出 (崇左 row 96): the cut's share, 一般性支出压减比例, not a share of spending."""
    assert names("坚持过紧日子，压减20%的一般性支出，严格控制庆典活动。")["20%"] == "一般性支出压减比例"


def test_a_works_volume_done_is_a_share_completed() -> None:
    """雄商高铁菏泽段完成工程量的70%以上 (菏泽 row 49): 雄商高铁菏泽段工程量完成比例, not …工程量的."""
    assert task_share("雄商高铁菏泽段工程量的", "%", "雄商高铁菏泽段完成工程量的") == "雄商高铁菏泽段工程量完成比例"
    assert task_share("城市建成区面积的", "%", "不少于城市建成区面积的") == "城市建成区面积的"  # no 完成, no works: unchanged
