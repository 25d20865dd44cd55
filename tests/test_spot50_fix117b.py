"""Held-out audit 50 (楚雄, 珠海, 咸阳, 安阳, 齐齐哈尔 2023) and national_2015, round fix117b: a name's subject, verb or
class read from the words its sentence or list gives it (a park opening the sentence, a list's verb and class, a compound
verb, an item noun's compound in the clause before, a standard met after a share, an adverb before 由…提高到)."""
from __future__ import annotations

from govreport import extract_quantities, read_text


def _names(plan: str) -> dict[str, str]:
    """The indicator of each figure of ``plan`` (a plan part), by its text."""
    text = f"政府工作报告\n一、2022年工作回顾\n地区生产总值增长5%。\n二、2023年重点工作\n{plan}\n"
    q = extract_quantities(read_text(text))
    return dict(zip(q["text"], q["indicator"]))


def test_a_park_opening_the_sentence_before_yao_is_its_subject() -> None:
    # 楚雄 G3: 楚雄高新区要瞄准两千亿园区目标，…确保主营业务收入增长12%以上
    names = _names("推动园区经济提速发展。楚雄高新区要瞄准两千亿园区目标，加快建设，确保主营业务收入增长12%以上。"
                   "禄丰产业园要瞄准千亿园区目标，力争主营业务收入达500亿元。")
    assert names["12%"] == "楚雄高新区主营业务收入增长"
    assert names["500亿元"] == "禄丰产业园主营业务收入"
    # a sentence opened by a park and 要求 (a demand on it) or with no 要: no subject given
    names = _names("推动园区经济提速发展。全力推进招商引资，确保主营业务收入增长12%以上。")
    assert names["12%"] == "主营业务收入增长"


def test_a_zone_heading_scopes_a_share_member() -> None:
    # 齐齐哈尔 G5: 全面提速哈大齐国家自创区建设。…加快片区在建项目建设，高新技术产业产值占工业总产值比重达到40%
    names = _names("全面提速哈大齐国家自创区建设。推进管理体制改革，加快片区在建项目建设，高新技术产业产值占工业总产值比重达到40%，"
                   "片区工业增加值突破220亿元。")
    assert names["40%"] == "片区高新技术产业产值占工业总产值比重"
    # no zone heading: the city's share
    names = _names("加快动能转换。加快片区在建项目建设，高新技术产业产值占工业总产值比重达到40%。")
    assert names["40%"] == "高新技术产业产值占工业总产值比重"


def test_a_member_with_its_own_verb_or_subject_takes_none_of_the_first() -> None:
    # 楚雄 G7
    names = _names("突破关键核心技术7项、开发重点新产品5个以上。城镇新增就业3万人，城镇失业人员再就业1.9万人、就业困难人员就业1.2万人。")
    assert names["5个"] == "开发重点新产品数"
    assert names["1.2万人"] == "就业困难人员就业人数"
    # 开发区 is no verb: the list's verb is carried to it
    assert _names("新增产业园区3个、开发区企业5个。")["5个"] == "新增开发区企业数"


def test_a_list_class_and_verb_run_on_past_a_change_of_counter() -> None:
    # 楚雄 G8: 创建省级绿美城市1个、绿美社区13个、…、绿美河湖4件、绿美校园21所
    names = _names("创建省级绿美城市1个、绿美社区13个、绿美河湖4件、绿美校园21所。")
    assert names["4件"].startswith("省级绿美河湖") and names["21所"].startswith("省级绿美校园")
    # a length is no count: no class carried to it
    assert not _names("创建省级绿美城市1个、绿美省道131公里。")["131公里"].startswith("省级")


def test_a_bare_item_count_takes_its_compound_from_the_clause_before() -> None:
    # 齐齐哈尔 G4: 推动营商指标争先晋位，12个指标达到全国一流标准
    names = _names("以提升市场主体获得感满意度为导向，推动营商指标争先晋位，12个指标达到全国一流标准。")
    assert names["12个"] == "营商指标达到全国一流标准数"
    # no state reached after the items: left as it was
    assert _names("推动营商指标争先晋位，完成12个指标任务。")["12个"] != "营商指标任务数"


def test_a_share_held_to_a_standard_is_the_share_meeting_it() -> None:
    # 珠海 G9: 全市新建民用建筑保持100%达到绿色建筑标准
    assert _names("全市新建民用建筑保持100%达到绿色建筑标准。")["100%"] == "新建民用建筑绿色建筑标准达标比例"
    # no standard closing the clause: not this construction
    assert _names("全市新建民用建筑保持100%达到绿色建筑标准以上水平。")["100%"] != "新建民用建筑绿色建筑标准达标比例"


def test_an_adverb_before_from_is_no_part_of_the_name() -> None:
    # national_2015: 城乡居民基础养老金标准统一由55元提高到70元
    names = _names("城乡居民基础养老金标准统一由55元提高到70元。")
    assert names["70元"] == "城乡居民基础养老金标准"
