"""Held-out sets 69 and 70 (2021 city reports), round fix146e: labels, set sizes and settings that are no targets, and
targets that were dropped (a word numeral, 入库, a shared project head, a time cut to a limit, numbered items)."""
from __future__ import annotations

from target_cases import baseline_of, targets

REVIEW = "全市生产总值增长5%。快递业务量达90亿件。"


def _plan(plan: str) -> set[str]:
    """The target texts of ``plan`` (a 2021 plan after the 2020 review)."""
    return set(targets(REVIEW, plan, 2020)["text"])


def test_a_city_size_class_and_a_design_speed_are_labels() -> None:
    # 开封 row 29, 防城港 row 28
    assert "30万人" not in _plan("加快兰考县、尉氏县30万人小城市建设；城镇新增就业5万人。")
    assert "350公里" not in _plan("争取350公里时速南宁-湛江高铁防城港联络线纳入“十四五”规划。新建农村公路120公里。")
    # people and kilometres as goals stay
    assert {"5万人", "120公里"} <= _plan("加快兰考县、尉氏县30万人小城市建设；城镇新增就业5万人。新建农村公路120公里。")


def test_a_quoted_campaigns_actions_are_its_set() -> None:
    # 开封 row 43; with no quoted campaign before it, 开展18个专项行动 stays a goal (实施N项专项行动 is read in paced_sets)
    assert "18个" not in _plan("深入开展“健康开封”18个专项行动，强化公共卫生服务体系。")
    assert "18个" in _plan("开展18个专项行动，强化公共卫生服务体系。")


def test_list_sizes_and_a_fare_are_no_targets() -> None:
    # 潍坊 rows 63, 107, 70
    got = _plan("其中，接续去年28件；今年新增12件，分别是：（1）市级财政投入1000万元，实施教育领军人才培育工程。")
    assert "12件" not in got and "1000万元" in got
    assert "14项" not in _plan("规范提升建筑工地、住宅小区物业服务等14项行业管理。")
    assert "1元" not in _plan("（10）市区公交线路统一实行1元票价。")
    # 新增12个 of a real measure stays
    assert "12个" in _plan("今年新增12个省级示范村，分别是A村、B村。")


def test_named_members_of_a_scale_class() -> None:
    # 南平 row 57: every member named, a size class
    assert "4个" not in _plan("打造笋竹、粮油、茶叶、食用菌等4个现代农业百亿产业。")
    # examples fewer than the count: left to the other rules (a goal here)
    assert "10个" in _plan("新建笋竹、茶叶等10个现代农业示范园。")


def test_dropped_targets_come_back() -> None:
    # 防城港 missed 1, 2; 南平 missed 1, 2; 金华 missed 1
    got = _plan("抓好PPP项目，推动东湾红树林国家级湿地公园等7个项目落地，推动经开区供水保障工程等4个项目入库。"
                "确保县级以上集中式饮用水源地和地表水考核断面百分百达标。")
    assert {"7个", "4个", "百分百"} <= got
    got = _plan("实现企业开办时间压缩至1个工作日以内，不动产抵押登记压缩至2个工作日以内。"
                "加速南平市大数据中心、市域社会治理智能化示范基地等60个新基建和城乡供水一体化、乡镇便捷通高速等54个老基建重点项目建设。")
    assert {"1个工作日", "2个工作日", "60个", "54个"} <= got
    t = targets(REVIEW, "实施“快递进村进厂出海”工程，确保快递业务量突破百亿件。", 2020)
    assert baseline_of(t, "百亿件") == "90亿件"
    # a span of years stays no target; 百分之百 before any other word stays a manner of speaking
    assert "3年" not in _plan("延长3年。") and "百分之百" not in _plan("实现行政村百分之百全覆盖。")


def test_numbered_items_of_one_amount_are_two_goals() -> None:
    # 潍坊 missed 1, 2: three items of 1000万元
    plan = ("今年新增3件，分别是：（1）市级财政投入1000万元，实施教育领军人才培育工程。"
            "（2）市级财政投入1000万元，与市区优质民办普通高中合作办学。（3）市级财政投入1000万元，建设市智慧教育云平台。")
    assert list(targets(REVIEW, plan, 2020)["text"]).count("1000万元") == 3
    # one item's amount said twice stays one row
    plan = "（2）市级财政投入1000万元，与市区优质民办普通高中合作办学，市级财政投入1000万元。"
    assert list(targets(REVIEW, plan, 2020)["text"]).count("1000万元") == 1
