"""Baselines after audit 52 (fix67a): a 分别 list after a rank takes no ranking words into its members' names (攀枝花),
a total is no member of a review 分别 list (蚌埠), a target scoped to 沪苏浙 takes no figure of another scope (蚌埠,
亳州), a bound after a count (以上) and a verb of coordinating (统筹) are no kind (攀枝花, 马鞍山), a way of working
(托幼一体化) is no kind of place (马鞍山); beside each, the neighbouring right behaviour kept."""
from __future__ import annotations

from target_cases import baseline_of as _base, targets

GOALS = "地区生产总值增长7%左右。"


def test_rank_clause_stays_out_of_each_income_member() -> None:
    """城乡居民人均可支配收入均稳居全省第2，分别增长3.9%、6.9% (攀枝花 rows 8, 10): urban 3.9%, rural 6.9%."""
    t = targets("城乡居民人均可支配收入均稳居全省第2，分别增长3.9%、6.9%，较好完成了市十一届人大二次会议确定的目标任务。",
                GOALS + "城镇居民人均可支配收入确保增长5.5%、力争6%，农村居民人均可支配收入确保增长7%、力争7.5%；", 2023)
    assert _base(t, "5.5%") == "3.9%"
    assert _base(t, "7%") == "6.9%"


def test_income_list_without_a_rank_keeps_its_members() -> None:
    """城乡居民人均可支配收入分别增长5.1%、7.2%: each side its own figure, as before."""
    t = targets("城乡居民人均可支配收入分别增长5.1%、7.2%。",
                GOALS + "城镇居民人均可支配收入增长5.5%，农村居民人均可支配收入增长7%。", 2023)
    assert _base(t, "5.5%") == "5.1%"
    assert _base(t, "7%") == "7.2%"


def test_a_total_is_no_member_of_a_review_list() -> None:
    """五大产业集群总产值突破1100亿元 against …汽车零部件五大产业集群分别实现产值…300亿元 (蚌埠 row 6): none."""
    t = targets("新能源、新型显示、智能传感、生物化工、汽车零部件五大产业集群分别实现产值148亿元、113亿元、52亿元、315亿元、300亿元，占规上工业比重53.5%。",
                GOALS + "持续做大主导产业集群，五大产业集群总产值突破1100亿元，占规上工业总产值比重超65%。", 2023)
    assert _base(t, "1100亿元") == ""


def test_a_list_naming_the_total_keeps_it() -> None:
    """进出口总额、出口额分别增长8%、10%: the total is a member named so, the baseline of 进出口总额增长."""
    t = targets("进出口总额、出口额分别增长8%、10%。", GOALS + "进出口总额增长6%。", 2023)
    assert _base(t, "6%") == "8%"


def test_hu_su_zhe_projects_take_no_free_trade_zone_figure() -> None:
    """引进沪苏浙地区亿元以上项目不少于160个 against 自贸片区…新引进亿元以上项目99个 (蚌埠 row 74): another scope, none."""
    t = targets("自贸片区新增市场主体961家、增长11.5%，新引进亿元以上项目99个。",
                GOALS + "推动产业深度嵌入长三角产业链，引进沪苏浙地区亿元以上项目不少于160个。", 2023)
    assert _base(t, "160个") == ""


def test_hu_su_zhe_projects_keep_a_hu_su_zhe_figure() -> None:
    """引进沪苏浙地区亿元以上项目 in both: the same scope, kept."""
    t = targets("引进沪苏浙地区亿元以上项目150个。", GOALS + "引进沪苏浙地区亿元以上项目不少于160个。", 2023)
    assert _base(t, "160个") == "150个"


def test_a_bound_and_coordinating_are_no_kind_of_key_projects() -> None:
    """统筹实施200个以上省市重点项目 against 216个省市重点项目完成投资336.1亿元 (攀枝花 row 24)."""
    t = targets("坚持“项目为王”强投资，216个省市重点项目完成投资336.1亿元、达年度计划的126.6%。",
                GOALS + "统筹实施200个以上省市重点项目，新开工80个以上、竣工30个以上。", 2023)
    assert _base(t, "200个") == "216个"


def test_a_bound_is_no_kind_of_a_share() -> None:
    """确保80%以上证明材料免提交 against 市级证明材料免提交率达57.2% (马鞍山 row 54)."""
    t = targets("市级证明材料免提交率达57.2%。", GOALS + "加快“无证明城市”建设，确保80%以上证明材料免提交。", 2023)
    assert _base(t, "80%") == "57.2%"


def test_a_way_of_working_is_no_kind_of_place() -> None:
    """推进托幼一体化等建设，新增托位2000个 against 认定普惠托育机构20家、新增托位3563个 (马鞍山 row 101)."""
    t = targets("认定普惠托育机构20家、新增托位3563个，新建改扩建公办幼儿园13所、中小学4所。",
                GOALS + "推进托幼一体化等建设，新增托位2000个，持续减轻生育养育教育负担。", 2023)
    assert _base(t, "2000个") == "3563个"


def test_a_kind_of_school_still_parts_places() -> None:
    """加强县域普通高中建设，新增学位2000个 against 新建改扩建幼儿园、中小学校156所，新增学位4.4万个 (audit 47): none."""
    t = targets("新建改扩建幼儿园、中小学校156所，新增学位4.4万个。", GOALS + "加强县域普通高中建设，新增学位2000个。", 2023)
    assert _base(t, "2000个") == ""


def test_a_total_keeps_a_list_member_of_its_own_name() -> None:
    """旅游总收入增长15% against 全市游客人数和旅游收入分别增长105%、181% (银川): 旅游收入 is the total itself, kept."""
    t = targets("全市游客人数和旅游收入分别增长105%、181%。", GOALS + "旅游总收入增长15%。", 2023)
    assert _base(t, "15%") == "181%"
