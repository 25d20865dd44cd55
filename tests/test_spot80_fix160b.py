"""Round 160, fix160b (held-out set 80, 白山 and 大理 2021): targets or not. Designated zones only carried on (扎实推进
1个国家级特优区、…产业园建设) are a set held; the set a growth rate measures (力争5个开发区…收入增长10%以上) and a count
joined by 和 to one named body (加快A大学和两所职业学院特色发展) size what is worked on; the whole caseload an entitlement is
paid to (为全州N名…发放…) is a coverage count. Kept: a worked set in 件 (加快…等46件重点水源工程建设), recipients with 以上
before a programme (实施10000户以上农机购置补贴), a cut ratio's floor (按照不低于10%的比例压减一般性支出) beside another 10%
goal. Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from target_cases import targets

_REVIEW = "全年地区生产总值增长3%。"


def _texts(plan: str) -> list[str]:
    return list(targets(_REVIEW, plan)["text"])


def test_designated_zones_carried_on_are_a_set_held() -> None:
    got = _texts("扎实推进1个国家级特优区、6个省级特优区、7个省级现代农业产业园建设，建成甲、乙等15个项目。")
    assert not {"1个", "6个", "7个"} & set(got) and "15个" in got


def test_zones_with_no_designation_level_stay_a_goal() -> None:
    assert "5个" in _texts("推进5个三产融合产业园区建设，新增省级以上龙头企业4户。")


def test_the_set_a_growth_measures_is_no_goal() -> None:
    got = _texts("力争5个开发区全部主营业务收入增长12%以上。")
    assert "5个" not in got and "12%" in got


def test_a_count_with_a_growth_in_the_next_clause_stays_a_goal() -> None:
    got = _texts("力争新增规上企业8家，营业收入增长20%。")
    assert "8家" in got and "20%" in got


def test_a_count_joined_to_one_named_body_sizes_the_list() -> None:
    assert "两所" not in _texts("全力支持某大学建设区域一流大学，加快某某应用技术大学和两所职业学院特色发展。")


def test_a_count_joined_after_another_count_stays_a_goal() -> None:
    assert "3所" in _texts("新建1所中学和3所小学。")


def test_a_worked_set_in_jian_is_a_goal() -> None:
    assert "36件" in _texts("加快甲水库扩建等36件重点水源工程建设，新开工乙水库等6件水源工程。")


def test_recipients_with_yishang_before_a_programme_are_a_floor() -> None:
    t = targets(_REVIEW, "实施8000户以上农机购置补贴，建设高标准农田50万亩以上。")
    assert "8000户" in set(t["text"]) and t.loc["8000户", "target_kind"] == "floor"


def test_households_classing_villages_stay_a_threshold() -> None:
    assert "100户" not in _texts("对100户以上自然村实施通硬化路补助。")


def test_a_cut_ratio_floor_beside_another_goal_of_the_same_size() -> None:
    t = targets(_REVIEW, "特产业产值增长10%以上。按照不低于10%的比例压减一般性支出，盘活财政存量资金。")
    assert list(t["text"]).count("10%") == 2


def test_a_rate_cited_as_the_size_of_growth_stays_one_goal() -> None:
    t = targets(_REVIEW, "地区生产总值增长6.5%左右。6.5%左右的增速可以实现比较充分的就业。")
    assert list(t["text"]).count("6.5%") == 1


def test_the_whole_caseload_of_an_entitlement_is_no_goal() -> None:
    got = _texts("为全州3.6万名两补残疾人按规定发放生活补贴和护理补贴，为全州600多名孤儿等特困儿童按时足额发放基本生活费。")
    assert not {"3.6万名", "600多名"} & set(got)


def test_a_service_to_a_counted_group_stays_a_goal() -> None:
    assert "5万名" in _texts("为全市5万名农村妇女免费提供宫颈癌筛查。")
