"""Names of a later 、 member that is a bare noun after audit 46 (fix58o): it shares the first member's scope, verb and
ownership or level word up to its own noun (达州 新（改、扩）建公办中小学校40所、幼儿园20所; 黄冈 市县城区新增公办学前教育学位…、
义务教育学位…; 衢州 创建省级和美乡村示范县1个、示范乡镇8个、未来乡村20个以上), so it reads as a flow of the plan, not a stock."""
from __future__ import annotations

from name_cases import names

DAZHOU_SCHOOLS = "坚守全省基础教育质量第一方阵，新（改、扩）建公办中小学校40所、幼儿园20所，抓实“8+N”。"
HUANGGANG_PLACES = "市县城区新增公办学前教育学位3000个、义务教育学位15000个。"
QUZHOU_VILLAGES = "加快和美乡村建设，推进未来乡村组团连片发展，创建省级和美乡村示范县1个、示范乡镇8个、未来乡村20个以上，和美乡村覆盖率达到40%。"


def test_a_bare_member_takes_the_verb_and_ownership_of_the_first() -> None:
    """幼儿园20所: the public kindergartens built or expanded, not the number of kindergartens."""
    got = names(DAZHOU_SCHOOLS)
    assert got["40所"] == "新(改扩)建公办中小学校数"
    assert got["20所"] == "新(改扩)建公办幼儿园数"


def test_a_bare_member_takes_the_scope_before_the_lead_change() -> None:
    """义务教育学位15000个: new public places in the city and county towns, as the first member."""
    got = names(HUANGGANG_PLACES)
    assert got["15000个"] == "市县城区新增公办义务教育学位数"


def test_a_bare_member_takes_the_level_and_the_words_before_its_own() -> None:
    """示范乡镇 stands in the first member's 和美乡村示范县: 省级和美乡村示范乡镇; 未来乡村 takes the level only."""
    got = names(QUZHOU_VILLAGES)
    assert got["1个"] == "省级和美乡村示范县创建数"
    assert got["8个"] == "省级和美乡村示范乡镇创建数"
    assert got["20个"] == "省级未来乡村创建数"


def test_a_member_with_its_own_level_or_change_keeps_its_name() -> None:
    """The neighbouring right behaviour: a member naming its own level (省级…) or sharing only 新增 stays as it was."""
    got = names("新增国家级专精特新小巨人企业5家、省级专精特新企业50家。")
    assert got["50家"] == "新增省级专精特新企业数"
    assert names("新增规模养殖户6户、重点养殖户32户。")["32户"] == "新增重点养殖户数"
    assert names("新建改造绿道365公里、碧道101公里。")["101公里"] == "新建改造碧道长度"


XUZHOU_STARTS = "完善“招建服”一体化推进机制，实施年度投资1100亿元的221个市重大产业项目，确保147个项目上半年全部开工、100个项目年内投产。"


def test_a_result_verb_after_a_period_word_names_the_count() -> None:
    """147个项目上半年全部开工: the projects started (项目开工数), not 项目上半年数; 年内投产 likewise (徐州 rows 11, 12)."""
    got = names(XUZHOU_STARTS)
    assert got["147个"] == "项目开工数"
    assert got["100个"] == "项目投产数"


def test_a_result_after_the_noun_with_no_adverb_is_kept() -> None:
    """The neighbouring right behaviour: 2个泊位上半年建成运营 stays 泊位建成运营数 (audit 37)."""
    assert names("确保2个泊位上半年建成运营。")["2个"] == "泊位建成运营数"


HUANGGANG_SEWAGE = "麻城和武穴城区污水集中处理率达到50%、其他县城达到40%以上，“三无”小区物业实现全覆盖。"


def test_the_other_towns_take_the_first_members_rate() -> None:
    """其他县城达到40%以上: the other county towns' sewage treatment rate, not a bare 其他县城 (黄冈 row 18)."""
    got = names(HUANGGANG_SEWAGE)
    assert got["50%"] == "麻城和武穴城区污水集中处理率"
    assert got["40%"] == "其他县城污水集中处理率"


def test_a_long_title_a_total_or_an_own_level_is_no_short_form() -> None:
    """The neighbouring right behaviour: a member with a level of its own (省市级), a total reached and a long title keep their names."""
    assert names("力争创建省级义务教育优质共同体领航学校10所、省级示范性普通高中2所、省市级示范幼儿园4所。")["4所"] == "省市级示范幼儿园创建数"
    assert names("新增特色产业集群4个、达到17个，打造百亿元以上产业集群3个。")["17个"] == "特色产业集群总数"
    assert names("建成省级和美乡村示范县1个、中国式现代化乡村实践示范村20个。")["20个"] == "中国式现代化乡村实践示范村建成数"
    assert names("签约50亿元以上重大项目不少于7个、10亿元以上重大产业项目不少于20个、亿元以上产业项目不少于160个。")["160个"] == "签约亿元以上产业项目数"


def test_a_list_of_words_with_no_figure_before_is_named_without_a_crash() -> None:
    """A 、 lead with no earlier figure in the sentence (桂林, 玉林): the shared opening has no first member to take from.
    The merged rule once read the missing member and failed the whole report; both sentences are named as before."""
    events = names("承办、举办环广西公路自行车世界巡回赛（桂林站）、学青会、桂林马拉松等重大体育赛事60余项。")
    assert events["60余项"].endswith("赛事数")
    shares = names("装备制造、新材料、绿色食品、医药健康（含香料）、纺织服装等主导产业占规上工业比重达69%。")
    assert "比重" in shares["69%"]
