"""Baselines after audit 44 (fix56d): review figures of the same measure taken where a bracketed verb character, another
word for the same toilets or heated area, a quoted name after the count, 新培育 for 新增 or a 分别 list of levels hid them
(六盘水, 湖州, 泰安), and a part's school places no longer measured by the places of every school built."""
from __future__ import annotations


from govreport.extract.name_polish import polish
from govreport.tables.name_scopes import optional_verbs
from target_cases import baseline_of as _base, targets

GOALS = "地区生产总值增长5.5%左右。"


def test_a_bracketed_verb_character_and_household_toilets() -> None:
    """新（改）建农村户用卫生厕所9288户 against 新改建农村户厕1.1万余户 (六盘水 L56, L12): one key, one scope."""
    t = targets("以“四在农家·和美乡村”为载体，深入推进乡村建设行动和农村人居环境整治，新改建农村户厕1.1万余户，农村生活垃圾收运处置体系行政村覆盖率达100％。",
                GOALS + "（9）打造宜居环境，新（改）建农村户用卫生厕所9288户，完成8个行政村生活污水治理。", 2023)
    assert _base(t, "9288户") == "1.1万余户"


def test_a_bracketed_noun_stays_a_scope() -> None:
    """城市（县城）公共停车位: the bracket names a place, not a verb's optional character."""
    assert optional_verbs("新(改)建农村户用卫生厕所户数") == "新改建农村户用卫生厕所户数"
    assert optional_verbs("城市(县城)公共停车位建成数") == "城市(县城)公共停车位建成数"


def test_heated_area_of_the_town_and_of_the_central_district() -> None:
    """新增城市集中供热覆盖面积60万平方米以上 against 市中心城区新增集中供热面积73.6万平方米 (六盘水 L56, L13)."""
    t = targets("市中心城区新增集中供热面积73.6万平方米，总覆盖面积达640万平方米，惠及20余万人。",
                GOALS + "新增城市集中供热覆盖面积60万平方米以上，创建15个“红色物业”示范点。", 2023)
    assert _base(t, "60万平方米") == "73.6万平方米"


def test_town_and_village_stay_two_kinds() -> None:
    """新建农村公路100公里 is no baseline of 新建城市道路50公里: 城市 against 农村 is two kinds still."""
    t = targets("新建农村公路100公里。", GOALS + "新建城市道路50公里。", 2023)
    assert _base(t, "50公里") == ""


def test_a_quoted_name_after_the_count_is_its_phrase() -> None:
    """建成120个“15分钟品质文化生活圈” against 打造“15分钟品质文化生活圈”195个 (湖州 L42, L11)."""
    t = targets("打造“15分钟品质文化生活圈”195个，新建城市书房20家。",
                GOALS + "持续深化文化惠民工程，扩面提质一批城市书房、乡村博物馆，建成120个“15分钟品质文化生活圈”。", 2023)
    assert _base(t, "120个") == "195个"
    assert t.loc["120个", "phrase"] == "“15分钟品质文化生活圈”"


def test_newly_fostered_is_newly_added() -> None:
    """…、瞪羚企业分别新增10家、10家、80家、15家以上 against 新培育…瞪羚企业18家 (泰安 L25, L5)."""
    t = targets("新培育专精特新“小巨人”企业15家、专精特新中小企业178家、瞪羚企业18家，国家级制造业单项冠军企业达到17家。",
                GOALS + "强化优质企业梯次培育，深化“企业育苗”行动，新增规上工业企业200家以上，专精特新“小巨人”企业、省级以上单项冠军企业和"
                "专精特新中小企业、瞪羚企业分别新增10家、10家、80家、15家以上。", 2023)
    assert _base(t, "15家") == "18家"
    assert _base(t, "80家") == "178家"


def test_places_of_one_kind_of_school_are_not_measured_by_all_schools() -> None:
    """新建、改扩建城区小学7所，新增学位5960个 and 新建、改扩建12所公办幼儿园，其中建成8所，新增学位1560个 against
    新建（改扩建）学校104所、增加学位1.6万余个 (六盘水 L56, L15): a part, not the whole — none."""
    t = targets("新建（改扩建）学校104所、增加学位1.6万余个，水城区县域内学前教育普及普惠县创建通过国家评估认定。",
                GOALS + "（2）增强教育质效，新建、改扩建城区小学7所，新增学位5960个，引进60名以上省外校长、教师开展教育教学帮扶。"
                "（5）优化托幼服务，新建、改扩建12所公办幼儿园，其中建成8所，新增学位1560个；", 2023)
    assert _base(t, "5960个") == ""
    assert _base(t, "1560个") == ""


def test_places_of_the_same_schools_are_still_measured() -> None:
    """新改扩建中小学、公办幼儿园14所，新增学位8300个 against 新建、改扩建中小学和幼儿园34所，新增学位1.5万个 (荆州 L75, L30)."""
    t = targets("新建、改扩建中小学和幼儿园34所，新增学位1.5万个。", GOALS + "新改扩建中小学、公办幼儿园14所，新增学位8300个。", 2023)
    assert _base(t, "8300个") == "1.5万个"


def test_each_member_of_a_town_and_village_level() -> None:
    """城乡低保平均标准分别提高6％左右和12％左右 against 城乡低保标准提高到762元／月、6120元／年，分别增长8.08％和15.12％ (六盘水 L54, L8)."""
    t = targets("城镇新增就业6.2万人；城乡低保标准提高到762元／月、6120元／年，分别增长8.08％和15.12％；",
                GOALS + "城乡低保平均标准分别提高6％左右和12％左右。", 2023)
    assert _base(t, "6％") == "8.08％"
    assert _base(t, "12％") == "15.12％"


def test_no_per_period_tail_in_a_name() -> None:
    """城乡低保标准/月增长 (the ／月 of 762元／月 left where the amount was blanked) is 城乡低保标准增长."""
    assert polish("/月城乡低保标准/月增长") == "城乡低保标准增长"
    assert polish("人均可支配收入") == "人均可支配收入"
