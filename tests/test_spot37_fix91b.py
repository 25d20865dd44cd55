"""Spot audit 37 (宿迁, 平凉 2025), round fix91b: the same measure stated in the review in other words found as the baseline
(超百亿企业 = 超百亿元企业, 营收 = 营业收入, 全国占比 = 占全国比重, 招商引资到位资金 = 到位资金, a 、 member's 新增学位
= 增加学位), and a baseline of another stage (竣工 for 招引) or a higher size class (产值超5000万元企业 for 规上企业) refused."""
from __future__ import annotations

from target_cases import targets


def _row(review: str, plan: str) -> dict[str, tuple[str, str]]:
    t = targets(review, plan, 2024)
    return {i: (b, f) for i, b, f in zip(t["indicator"], t["baseline_text"], t["feasibility"])}


def test_a_revenue_class_without_yuan_is_the_class_with_it() -> None:
    # 宿迁 row 43 against L13: 新增销售超百亿元企业1家
    rows = _row("新增销售超百亿元企业1家、超10亿元企业10家。", "实施龙头型企业培育计划，新增销售超百亿企业1家、超10亿元企业10家。")
    assert rows["新增销售超百亿企业数"][0] == "1家"


def test_yingshou_is_yingye_shouru() -> None:
    # 宿迁 row 56 against L13 (净增营收超亿元规上企业38家; 净增 is not 新增: 亳州 新增规模工业企业136家、净增102家), with 新增
    rows = _row("新增交易额超百亿元企业3家，新增营收超亿元规上企业38家。",
                "大力招引旗舰型项目，新增交易额超百亿企业1家、营业收入超亿元企业100家、总部企业20家。")
    assert rows["新增营业收入超亿元企业数"][0] == "38家"


def test_an_added_list_member_borrows_no_action_from_its_neighbour() -> None:
    # 宿迁 row 134 against L9: 新改扩建学校16所、增加学位3.06万个 (same key new_school_places)
    rows = _row("新改扩建学校16所、增加学位3.06万个，幼儿师范高等专科学校建成招生。", "新改扩建学校8所、新增学位8580个，市项里高中等5所学校建成投用。")
    assert rows["新增学位数"] == ("3.06万个", "below_last_year")
    assert rows["新改扩建学校数"][0] == "16所"


def test_projects_attracted_are_not_projects_completed() -> None:
    # 宿迁 row 53 against L14: 竣工人才科技项目298个
    rows = _row("转化高科技成果315个，竣工人才科技项目298个。", "建设人才协同发展改革示范区，招引人才科技项目500个。")
    assert rows["人才科技项目招引数"] == ("", "no_baseline")


def test_firms_over_an_output_class_are_not_firms_above_the_size_line() -> None:
    # 宿迁 row 48 against L14: 新增产值超2000万元规上工业企业673家、超5000万元企业290家
    rows = _row("新增产值超2000万元规上工业企业673家、超5000万元企业290家。", "推动小微企业提档，制定跨档升级政策，净增规上工业企业250家。")
    assert rows["净增规上工业企业数"] == ("", "no_baseline")
    assert _row("净增规上工业企业290家。", "推动小微企业提档，净增规上工业企业250家。")["净增规上工业企业数"][0] == "290家"


def test_a_national_share_written_quanguo_zhanbi() -> None:
    # 宿迁 row 91 against L13: 激光产业产值全国占比提升至5%
    rows = _row("膜材料产业产值全国占比提升至6%，激光产业产值全国占比提升至5%。", "膜材料产业产值占全国比重达8%，激光产业产值占全国比重达6%以上。")
    assert rows["激光产业产值占全国比重"][0] == "5%"


def test_funds_in_place_are_those_of_zhaoshang_yinzi() -> None:
    # 平凉 row 18 against the review: 省外招商引资到位资金增长39%
    rows = _row("省外招商引资到位资金增长39%。", "全市引进行业龙头企业10户以上，省外到位资金增长20%以上。")
    assert rows["省外到位资金增长"] == ("39%", "below_last_year")
