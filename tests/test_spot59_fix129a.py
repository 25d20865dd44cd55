"""Held-out set 59 (武威, 白银, 葫芦岛, 汕尾, 营口 2023), round fix129a: per-person standards in a 、 list, a named set of
a scale class designated by 培育, CPI worded without 价格, and work on a stock (盘活存量资产) as a year's flow."""
from __future__ import annotations

from target_cases import targets


def test_amounts_paid_apart_are_standards() -> None:
    # 武威 rows 68, 69: 录取到本科院校、专科院校的，一次性分别补助1万元、8000元
    t = targets("资助困难家庭学生1200名。", "资助困难家庭子女接受高等教育，录取到本科院校、专科院校的，一次性分别补助1万元、8000元。")
    assert not {"1万元", "8000元"} & set(t["text"])
    # a total paid out stays a goal
    t = targets("发放助学金1000万元。", "发放助学金1200万元。")
    assert "1200万元" in set(t["text"])


def test_a_standard_list_after_an_anchor_lead_is_no_goal() -> None:
    # 白银 rows 66, 67: 按照每人每年2元、每户每年2元保费标准，为…购买自然灾害救助保险
    t = targets("新建公园5个。", "（6）按照每人每年2元、每户每年2元保费标准，为全市城乡居民购买自然灾害救助保险；（7）安装充电桩2000个。")
    assert "2元" not in set(t["text"]) and "2000个" in set(t["text"])
    # a list of amounts with no standard noun after it stays goals
    t = targets("新建公园5个。", "按照规划新建公园8个、游园20个。")
    assert {"8个", "20个"} <= set(t["text"])


def test_named_clusters_cultivated_of_a_scale_class_are_a_set() -> None:
    # 葫芦岛 rows 7, 8: 培育有色冶金和清洁能源2个五百亿级产业集群; 培育A、B、C、D、E5个百亿级产业集群
    t = targets("新建公园5个。", "培育有色冶金和清洁能源2个五百亿级产业集群，培育船舶机械、海洋渔业、泳装服饰、文旅康养、战略性新兴产业5个百亿级产业集群。")
    assert not {"2个", "5个"} & set(t["text"])
    # an unnamed count cultivated stays a goal
    t = targets("新建公园5个。", "培育3个百亿级企业。")
    assert "3个" in set(t["text"])


def test_cpi_without_price_is_cpi() -> None:
    # 汕尾 row 6: 居民消费指数涨幅3%左右 (no 价格): CPI, 左右 a ceiling
    t = targets("居民消费价格上涨2%。", "居民消费指数涨幅3%左右。")
    row = t[t["text"] == "3%"].iloc[0]
    assert row["indicator_key"] == "cpi" and row["target_kind"] == "ceiling"


def test_work_on_stock_assets_is_a_flow() -> None:
    # 营口 row 32: 盘活国有存量资产10亿元以上 vs 盘活存量资产15.38亿元: a year's flow, below last year
    t = targets("盘活存量资产15.38亿元。", "盘活国有存量资产10亿元以上。")
    row = t[t["text"] == "10亿元"].iloc[0]
    assert row["measure"] == "flow" and row["feasibility"] == "below_last_year"
    # 存量 without a work verb keeps the stock reading
    t = targets("新建公园5个。", "存量资产达到100亿元。")
    assert t[t["text"] == "100亿元"].iloc[0]["measure"] == "stock"
