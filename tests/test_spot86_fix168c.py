"""Round 168, fix168c (held-out set 86 莆田 2021, 汕头 2018): names that lose what they measure. A ；-part that builds one
industry's base ends in that industry's bare 规模产值 (打造…新型功能材料产业基地，规模产值增长20%；…); a 、 list of
industries shares the last member's whole head (A、B、C产业规模产值均增长: each 产业规模产值), and the review's 分别 list
names its members the same way, so the plan's industry size finds its baseline; a group reaching a % after a rate takes
that rate (签约率达到30%，重点人群达到60%); a count of villages made into a model village counts the villages so made.
Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from tests.target_cases import baseline_of, class_of, names_by_text, targets

_REVIEW = "地区生产总值增长3%，光电显示、先进材料规模产值分别增长20%、10%。"
_PARTS = ("壮大战略性新兴产业，建成投产一批新材料项目，打造国家先进材料产业基地，规模产值增长20%；"
          "加快建设光电显示产业“一中心两基地”，建成投产一批模组项目，规模产值增长30%；"
          "围绕风机和机床等项目，打造高端装备制造基地，规模产值突破300亿元；"
          "以太阳能电池为龙头，建设国家新能源产业创新示范区，规模产值突破500亿元。")


def test_each_part_names_the_industry_whose_base_it_builds() -> None:
    # 莆田 rows 25–28: four rows named 规模产值(增长) before
    names = names_by_text(_REVIEW, _PARTS)
    assert names["20%"] == ["先进材料产业规模产值增长"]
    assert names["30%"] == ["光电显示产业规模产值增长"]
    assert names["300亿元"] == ["高端装备制造产业规模产值"]
    assert names["500亿元"] == ["新能源产业规模产值"]


def test_the_reviews_list_of_sizes_gives_each_industry_its_baseline() -> None:
    # 莆田 rows 25, 26: 电子信息、新型功能材料规模产值分别增长20%、10% (the first member named 产值 alone before)
    t = targets(_REVIEW, _PARTS)
    assert baseline_of(t, "20%") == "10%" and class_of(t, "20%") == "stretch"
    assert baseline_of(t, "30%") == "20%" and class_of(t, "30%") == "stretch"


def test_a_part_that_builds_no_industry_keeps_its_bare_size() -> None:
    # the boundary: a part whose base is of several industries, or a name that is no bare size, is left alone
    names = names_by_text("地区生产总值增长3%。", "打造新材料和新能源产业基地，规模产值增长20%；建设智能制造产业基地，新增规上企业10家。")
    assert names["20%"] == ["规模产值增长"]
    assert names["10家"] != ["智能制造产业规模产值"]


def test_industries_listed_before_a_shared_size_each_take_the_whole_head() -> None:
    # 莆田 rows 22, 23: 鞋服、食品、工艺美术产业规模产值均增长10%以上 -> 鞋服产值增长 before
    names = names_by_text("地区生产总值增长3%。", "推动纺织、食品、工艺美术产业规模产值均增长10%以上。")
    assert names["10%"] == ["纺织产业规模产值增长", "食品产业规模产值增长", "工艺美术产业规模产值增长"]


def test_a_group_reaching_a_share_after_a_rate_takes_the_rate() -> None:
    # 汕头 row 40: 重点人群 with no measure before
    names = names_by_text("地区生产总值增长3%。", "实施家庭医生签约服务扩面工程，确保签约率达到30%以上，重点人群达到60%以上。", 2017)
    assert names["60%"] == ["重点人群家庭医生签约服务扩面工程签约率"]
    # the boundary: a group with a rate of its own keeps it
    names = names_by_text("地区生产总值增长3%。", "确保签约率达到30%以上，重点人群覆盖率达到60%以上。", 2017)
    assert names["60%"] == ["重点人群覆盖率"]


def test_villages_made_into_model_villages_are_counted_as_so_made() -> None:
    # 汕头 row 30: 37个省定贫困村提前建成社会主义新农村示范村 -> 省定贫困村数 before
    names = names_by_text("地区生产总值增长3%。", "加强考核监督，37个省定贫困村提前建成社会主义新农村示范村。", 2017)
    assert names["37个"] == ["省定贫困村建成社会主义新农村示范村数"]
    # the boundary: villages that get a facility of another kind are named as before (the facility built there)
    names = names_by_text("地区生产总值增长3%。", "加强考核监督，37个省定贫困村建成卫生室。", 2017)
    assert names["37个"] == ["省定贫困村建成卫生室数"]


def test_a_bare_rate_after_a_scoped_rate_of_its_kind_takes_the_scope() -> None:
    # 汕头 rows 21, 23: two rows named 亮灯率 before
    names = names_by_text("地区生产总值增长3%。", "实现主干道装灯率100%，亮灯率99%以上；街巷道路装灯率100%，亮灯率95%以上。", 2017)
    assert names["99%"] == ["主干道亮灯率"] and names["95%"] == ["街巷道路亮灯率"]
    # the boundary: a rate of another kind after it keeps its own name
    names = names_by_text("地区生产总值增长3%。", "实现主干道装灯率100%，完好率95%以上。", 2017)
    assert names["95%"] != ["主干道完好率"]


def test_places_of_a_task_met_standards_and_listed_shares_are_named_for_their_measure() -> None:
    # 衡阳 rows 39, 47, 53: 行政村数, 水质年均值 (no 达标), 公办幼儿园 (no head) before
    names = names_by_text("地区生产总值增长3%。", "完成355个行政村的生活污水治理任务。力争地表水考核断面水质年均值100%达标。"
                          "确保全市公办幼儿园、普惠性幼儿园在园幼儿比例分别达50%、80%以上。", 2019)
    assert names["355个"] == ["行政村生活污水治理数"]
    assert names["100%"] == ["地表水考核断面水质年均值达标率"]
    assert names["50%"] == ["公办幼儿园在园幼儿比例"] and names["80%"] == ["普惠性幼儿园在园幼儿比例"]
    # the boundary: a rate that names itself before 达标 is kept
    names = names_by_text("地区生产总值增长3%。", "力争地表水考核断面水质达标率100%。", 2019)
    assert names["100%"] == ["地表水考核断面水质达标率"]


def test_a_members_own_measure_takes_the_sentences_holder_not_the_member_before() -> None:
    # 莆田 rows 60, 61: 资产总额 and 资产总额税收 before
    names = names_by_text("地区生产总值增长3%。", "深化市属国有企业改革，持续提升经营水平，新增2A+资信等级企业3家，资产总额突破1300亿元、税收突破10亿元。", 2020)
    assert names["1300亿元"] == ["市属国有企业资产总额"] and names["10亿元"] == ["市属国有企业税收"]


def test_projects_a_park_puts_into_production_are_the_parks() -> None:
    # 莆田 row 34: 项目数 before
    names = names_by_text("地区生产总值增长3%。", "建成质子医院，投用8家专科医院，生物技术产业园投产30个项目，办好国际大会。", 2020)
    assert names["30个"] == ["生物技术产业园投产项目数"]
    # the boundary: projects after a verb alone keep their name
    names = names_by_text("地区生产总值增长3%。", "建成质子医院，投用8家专科医院，加快投产30个项目，办好国际大会。", 2020)
    assert not names["30个"][0].startswith("加快")
