"""Baselines after audit 40 (fix48b): a review figure of the same measure taken (a series' brand label, 举办场次, 产业产值 with a
其中 part of another unit, a weight in another unit converted), and one of another measure refused (a 分别 list of 园区, one member
of a 、 sum, a class over an amount the review does not state)."""
from __future__ import annotations

from decimal import Decimal


from govreport.tables.unit_baselines import _same_base
from target_cases import baseline_of as _base, targets

GOALS = "地区生产总值增长5%左右。"


def test_a_series_brand_label_is_no_scope() -> None:
    """举办“好地方·好生活”系列促消费活动500场 against 打造“好地方·好生活”消费品牌，举办促消费活动500余场 (YZ24#97)."""
    t = targets("打造“好地方·好生活”消费品牌，举办促消费活动500余场、发放惠民券超4500万元，新增品牌首店95家。",
                GOALS + "举办“好地方·好生活”系列促消费活动500场，引进品牌首店110家以上。", 2023)
    assert _base(t, "500场") == "500余场"


def test_an_industry_s_output_and_a_qizhong_part_in_another_unit() -> None:
    """木业产业，…，力争产值达到1300亿元 against 千亿级产业达到3个、百亿级企业达到10家，其中木业产值突破1000亿元 (LY24#11): 产业产值 is
    产值, and 百亿级 is the tier of the firms counted before 其中, not of the output."""
    t = targets("传统产业加速转型，八大传统产业产值增长11.4%，千亿级产业达到3个、百亿级企业达到10家，其中木业产值突破1000亿元。",
                GOALS + "木业产业，抓好费县家居产业园、郯城万华产业园等重点园区建设，落地实施义晟高分子材料、千年舟全屋定制等一批重点项目，"
                "力争产值达到1300亿元。", 2023)
    assert _base(t, "1300亿元") == "1000亿元"


def test_a_qizhong_part_of_the_same_unit_keeps_the_clause_before() -> None:
    """新入库亿元以上项目400个，其中五十亿级项目6个: the part keeps the stage of the clause before (audit 29 YC24#8–#10)."""
    t = targets("新入库亿元以上项目400个，其中五十亿级项目6个、百亿级项目5个。新开工亿元以上项目700个，其中五十亿级项目15个。",
                GOALS + "谋划实施20个百亿级项目、40个五十亿级项目、80个十亿级项目。")
    assert _base(t, "40个") == ""


def test_events_held_are_events() -> None:
    """高水平举办…进口商品博览会等国际性展会10场以上、各类展会150场以上 against 举办各类展会160场 (LY24#53)."""
    t = targets("地产品园区达到25处、地产品率达41%，举办各类展会160场、交易额超300亿元。",
                GOALS + "全面建成临沂国际会展中心3号馆，启动屠苏岛大型会展中心建设，高水平举办第四届RCEP区域（山东）进口商品博览会等"
                "国际性展会10场以上、各类展会150场以上。", 2023)
    assert _base(t, "150场") == "160场"
    assert _base(t, "10场") == ""


def test_a_weight_in_another_unit_is_converted() -> None:
    """粮食产量稳定在85亿斤以上 against 粮食总产426.5万吨 (LY24#61): 426.5万吨 = 85.3亿斤."""
    assert dict(_same_base("斤"))["吨"] == Decimal(2000)
    t = targets("粮食总产426.5万吨、实现5连增。",
                GOALS + "确保粮食播种面积稳定在970万亩以上、粮食产量稳定在85亿斤以上。", 2023)
    row = t.loc["85亿斤"]
    assert row["baseline_text"] == "426.5万吨" and row["baseline_unit"] == "斤"
    assert Decimal(str(row["baseline_value"])) == Decimal("8530000000")
    assert row["feasibility"] == "below_last_year"


def test_a_list_of_parks_takes_no_citywide_figure() -> None:
    """力争全市各类园区地区生产总值、工业开票销售分别突破3500亿元、7000亿元 against the city's 工业开票销售超8200亿元 (YZ24#16)."""
    t = targets("优化布局“613”产业体系，工业开票销售超8200亿元，规上工业增加值同比增长7%左右。",
                GOALS + "全面推进“一区多园”建设，引导开发园区与28家市级产业园区协同联动发展，推动毗邻区域产业共育、资源共享、平台共用，"
                "力争全市各类园区地区生产总值、工业开票销售分别突破3500亿元、7000亿元。", 2023)
    assert _base(t, "7000亿元") == ""


def test_one_member_takes_no_sum_of_a_pair() -> None:
    """新建改扩建中小学23处 against 新建改扩建中小学、幼儿园50处 (LY24#99); a pair joined by 和 after a figure is one member
    (新增省级工业互联网平台4个、省级智能工厂和数字化车间14个 stays the baseline of 10家省级智能工厂和数字化车间, YT24#9)."""
    t = targets("新建改扩建中小学、幼儿园50处，27万名小学适龄儿童实现“应入尽入”。",
                GOALS + "开展“教育突破年”行动，优化教育资源配置，推动教育均衡发展，新建改扩建中小学23处、新增学位2.3万个，其中高中4处、学位1万个。",
                2023)
    assert _base(t, "23处") == ""
    t = targets("新增省级工业互联网平台4个、省级智能工厂和数字化车间14个。",
                GOALS + "培育10个工业互联网平台、10家省级智能工厂和数字化车间、150家晨星工厂。", 2023)
    assert _base(t, "10家") == "14个"


def test_a_class_over_an_amount_the_review_does_not_state_is_another_measure() -> None:
    """其中亿元以上工业项目300个以上 against 全年新引进项目656个、其中工业项目423个 (LZ24#13); 5亿元及以上 keeps the review's 5亿元以上
    (MY24#67)."""
    t = targets("全年新引进项目656个、其中工业项目423个，推动628个招商项目开工、229个招商项目竣工。",
                GOALS + "落地一批与现有产业上下游关联度高的“短平快”项目，力争全年新引进项目800个以上，其中亿元以上工业项目300个以上。", 2023)
    assert _base(t, "800个") == "656个"
    assert _base(t, "300个") == ""
    t = targets("全年新招引项目255个、金额2473.4亿元，其中5亿元以上项目161个、百亿级工业项目4个。",
                GOALS + "强化链长、链主、“一把手”招商，力争新引进5亿元及以上项目超120个。", 2023)
    assert _base(t, "120个") == "161个"
