"""Names after audit 39 (/work/notes/unseen39, fault class "names that say no measure"): the real sentences of the
audit's texts, each figure's name as the namer gives it."""
from __future__ import annotations

from govreport import extract_quantities, read_text

PLAN = "二、2024年工作安排\n"


def all_names(sentence: str) -> dict[str, str]:
    """Figure text -> name of every row of the plan paragraph ``sentence``."""
    table = extract_quantities(read_text(PLAN + sentence + "\n"))
    return dict(zip(table.text, table.indicator))


def test_a_growth_point_is_one_noun() -> None:
    """助推138个重大增长点发力见效 (Shiyan, SY24#40): 增长点 is a noun, no change that ends it (not 重大数)."""
    assert all_names("开展户户走到，强化跟踪服务，助推138个重大增长点发力见效。")["138个"].startswith("重大增长点")


def test_an_age_bracket_between_a_count_and_its_people_is_skipped() -> None:
    """为1500名14周岁以内残疾儿童提供康复救助 (Shiyan, SY24#92): the children given rehabilitation aid (not 为人数)."""
    named = all_names("为1500名14周岁以内残疾儿童提供康复救助，为3000名残疾人提供基本辅助器具适配服务。")
    assert named["1500名"] == "康复救助残疾儿童人数"
    assert named["3000名"] == "适配服务残疾人数"


def test_a_multiple_is_named_by_the_noun_after_it() -> None:
    """对照2023年投资总量4倍目录库、2倍储备库充实项目三库 (Shiyan, SY24#31, #32): each multiple is the size of its own
    library of projects, not of the reference (对照…投资总量) nor of the sibling (目录库)."""
    named = all_names("对照2023年投资总量4倍目录库、2倍储备库充实项目三库，争取政策资金400亿元、增长10％以上。")
    assert (named["4倍"], named["2倍"]) == ("目录库倍数", "储备库倍数")


def test_a_fenbie_list_after_a_comma_takes_the_members_before_it() -> None:
    """力争新引进项目当年合同履约率、开工率、资金到位率，分别达到90%、80%、30%以上 (Chenzhou, CZ24#52-54): each rate its own
    member's (not 分别), the bare rates with the first's scope 新引进项目当年 (session 21's closing note: name_lists.scoped_rates)."""
    named = all_names("健全招商引资全生命周期服务体系，力争新引进项目当年合同履约率、开工率、资金到位率，分别达到90%、80%、30%以上。")
    assert named["90%"].endswith("合同履约率")
    assert (named["80%"], named["30%"]) == ("新引进项目当年开工率", "新引进项目当年资金到位率")


def test_the_launch_verbs_stay_before_a_count() -> None:
    """策划推出40个重大项目 (Sanya, SY24#12): the projects launched in the year (策划, 推出: data/verbs.csv action), not a stock."""
    assert all_names("策划推出40个重大项目。")["40个"] == "策划推出重大项目数"


def test_xinzeng_is_shared_by_count_members_after_commas() -> None:
    """新增限上商贸企业150家，规上工业企业120家，服务业企业60家 (Shiyan, SY24#42, #43): every member is new; a member
    with its own verb (新培育…, 入库…) or opening a 、 list of its own keeps its own name."""
    named = all_names("积极培育“四上”企业，新增限上商贸企业150家，规上工业企业120家，服务业企业60家，"
                      "有资质的建筑业企业、房地产开发经营企业70家。")
    assert (named["120家"], named["60家"]) == ("新增规上工业企业数", "新增服务业企业数")
    own = all_names("开展规上工业企业研发投入全覆盖行动，新增高新技术企业1500家，新培育省科技领军企业5家、科技小巨人企业20家。")
    assert own["5家"] == "新培育省科技领军企业数"
    listed = all_names("开通国内货运航线45条，国际货运航线11条、连通国际航点14个。")
    assert listed["14个"] == "连通国际航点数"


def test_the_verb_of_examples_after_lizheng_stays() -> None:
    """力争新培育铅锌、光电2个省级产业集群 (Chenzhou, CZ24#32): the clusters newly grown, not a stock of clusters."""
    assert all_names("坚持差异化、特色化发展，力争新培育铅锌、光电2个省级产业集群。")["2个"] == "新培育省级产业集群数"


def test_an_adverb_before_a_project_verb_is_left_out_and_the_verb_stays() -> None:
    """高标准完成11个“徐特立”项目 (Chenzhou, CZ24#68): the projects completed, not a stock of projects."""
    assert all_names("建设一批乡镇标准化寄宿制学校，高标准完成11个“徐特立”项目。")["11个"] == "完成徐特立项目数"


def test_a_phase_of_work_done_stays_with_the_projects() -> None:
    """推动7个联合体项目完成一期建设 (Chenzhou, CZ24#28): the projects whose first phase is done, not the projects pushed."""
    named = all_names("锂电新能源产业坚持全产业链开发，推动7个联合体项目完成一期建设，加快亿特森、格瑞普等企业电池项目建设。")
    assert named["7个"] == "推动联合体项目完成一期建设数"
