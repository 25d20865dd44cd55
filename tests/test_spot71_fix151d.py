"""Round 151, fix151d (held-out set 71 绍兴 fault group 3, 临沂 fault group 2; set 72 亳州 row 93): the names of list members.
A member with a verb of its own starts its name there (no debris of the member before); a quoted title lends no scope word
to the next member; a bare status member takes the subject the list shares; a count after two 、-joined nouns is named by
both; a list's shared rate keeps its manner word (标准化); a size class carries to a bare stage count after it; a verb pair
(引进转化) stays in front; a flow word and a level designation (新增省级示范) carry to a bare member. Paraphrased texts through
the real reader and extractor."""
from __future__ import annotations

from target_cases import names_by_text

_REVIEW = "全市地区生产总值增长5%。"


def _names(plan: str) -> dict[str, list[str]]:
    return names_by_text(_REVIEW, plan)


def test_member_with_its_own_verb_drops_the_noun_of_the_count_before() -> None:
    # 绍兴 row 36: 淘汰150家企业落后产能、整治“低散乱”企业1000家 -> 整治低散乱企业数, not 淘汰企业落后产能整治…
    got = _names("淘汰80家企业落后产能、整治“低散乱”企业900家。")
    assert got["900家"] == ["整治低散乱企业数"] and got["80家"] == ["淘汰企业落后产能数"]


def test_member_without_a_verb_of_its_own_keeps_the_old_reading() -> None:
    # guard: a bare noun after the 、 is no member with its own verb (the rule leaves it as it was)
    got = _names("培育10家以上龙头企业、农民合作社100家。")
    assert got["100家"] == ["培育龙头企业农民合作社数"]


def test_quoted_title_lends_no_scope_to_the_next_member() -> None:
    # 绍兴 row 47: 新建“城市书房”11家、博物馆5家 -> 博物馆新建数, not 城市博物馆
    got = _names("新建“城市书房”12家、博物馆4家、农村文化礼堂150家。")
    assert got["4家"] == ["博物馆新建数"] and got["150家"] == ["农村文化礼堂新建数"]


def test_unquoted_scope_still_carries() -> None:
    # guard: a scope word that is not inside a quoted title still bounds the list (新建农村户厕…、公厕…: 农村公厕)
    got = _names("新建农村户厕2600个、公厕150个。")
    assert got["150个"] == ["农村公厕新建数"]


def test_status_member_takes_the_shared_subject() -> None:
    # 绍兴 row 27: 创建美丽城镇省级样板12个、基本达标15个 -> 美丽城镇基本达标创建数
    got = _names("创建美丽乡镇省级样板10个、基本达标16个。")
    assert got["16个"] == ["美丽乡镇基本达标创建数"] and got["10个"] == ["美丽乡镇省级样板创建数"]


def test_status_member_without_a_subject_before_the_level_is_unchanged() -> None:
    # guard: no subject before 省级 to share
    got = _names("创建省级样板10个、基本达标16个。")
    assert got["16个"] == ["省级基本达标创建数"]


def test_count_after_two_joined_nouns_is_named_by_both() -> None:
    # 绍兴 row 20: 新增省级企业研究院、高新技术企业研发中心40家 -> both kinds, not only the second
    got = _names("新增省级企业研究院、高新技术企业研发中心35家，建设新型研发机构6家。")
    assert got["35家"] == ["新增省级企业研究院高新技术企业研发中心数"]


def test_long_list_of_three_is_still_cut() -> None:
    # guard: three members are no joint pair; the usual trim stands
    got = _names("新增省级企业研究院、高新技术企业研发中心、重点实验室35家。")
    assert got["35家"] != ["新增省级企业研究院高新技术企业研发中心重点实验室数"]


def test_shared_rate_keeps_its_manner_word() -> None:
    # 临沂 row 39: 乡镇卫生院、村卫生室标准化达标率稳定在98%和99%以上 -> 乡镇卫生院标准化达标率
    got = _names("乡镇卫生院、村卫生室标准化达标率分别保持在97%和99%以上。")
    assert got["97%"] == ["乡镇卫生院标准化达标率"] and got["99%"] == ["村卫生室标准化达标率"]


def test_shared_rate_without_a_manner_word_is_unchanged() -> None:
    # guard: 城市、农村生活垃圾无害化处理率: the members' head is the whole noun phrase, as before
    got = _names("城市、农村生活垃圾无害化处理率分别达到100%和90%。")
    assert got["90%"] == ["农村生活垃圾无害化处理率"]


def test_size_class_carries_to_a_bare_stage_count() -> None:
    # 临沂 row 24: 力争过亿元新开工项目超过400个，竣工投产项目350个 -> 过亿元竣工投产项目数
    got = _names("力争过亿元新开工项目超过380个，竣工投产项目320个。")
    assert got["320个"] == ["过亿元竣工投产项目数"]
    got = _names("新开工亿元以上项目380个，竣工投产项目320个。")
    assert got["320个"] == ["竣工投产亿元以上项目数"]


def test_no_class_carried_without_one_or_to_a_member_of_its_own() -> None:
    # guard: no size class before; a member naming another kind of project keeps its own words
    assert _names("新开工项目380个，竣工投产项目320个。")["320个"] == ["竣工投产项目数"]
    assert _names("力争过亿元新开工项目超过380个，竣工投产省重点项目32个。")["32个"] != ["过亿元竣工投产省重点项目数"]


def test_verb_pair_stays_in_front() -> None:
    # 临沂 row 18: 引进转化高端科技成果200项以上 -> 引进转化高端科技成果数, not 转化…引进数
    got = _names("引进转化高端科技成果180项以上。")
    assert got["180项"] == ["引进转化高端科技成果数"]
    assert _names("引进高端人才180名。")["180名"] == ["高端人才引进人数"]  # guard: one verb still moves


def test_flow_word_and_designation_carry_to_a_bare_member() -> None:
    # 亳州 row 93: 新增省级示范农民合作社20个、家庭农场22个 -> 新增省级示范家庭农场数
    got = _names("新增省级示范农民合作社18个、家庭农场25个。")
    assert got["25个"] == ["新增省级示范家庭农场数"]


def test_level_without_designation_carries_nothing() -> None:
    # guard: 省级 alone is no designation the list grants (the class-carry rule of 创建省级森林城镇…、森林村庄… still needs a shared word)
    got = _names("新增省级农民合作社18个、家庭农场25个。")
    assert got["25个"] == ["新增家庭农场数"]
    assert _names("创建省级森林城镇4个、森林村庄28个。")["28个"] == ["省级森林村庄创建数"]
