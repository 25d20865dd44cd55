"""Names of audit 45 (criterion f): a 分别 share whose members close the figure-free clause before it
(extract/name_lists.members_before; 淮安 rows 59–61); a 、 member's amount class not taken from the sibling's amount
(extract/name_polish.list_class; 咸宁 row 12); N家X达Y水平 (extract/name_heads.py; 咸宁 rows 55, 56); a clause of examples keeps its own verb (extract/counts.py; 眉山 row 42)."""
from __future__ import annotations

from govreport import extract_quantities, read_text


def all_names(sentence: str) -> dict[str, str]:
    """Figure text -> name of every row of the plan paragraph ``sentence``."""
    table = extract_quantities(read_text("二、2024年工作安排\n" + sentence + "\n"))
    return dict(zip(table.text, table.indicator))


def test_each_member_of_the_list_before_is_a_share_of_the_whole() -> None:
    """开发园区实际利用外资、新签约亿元以上工业项目、外贸进出口额，占全市比重分别达70%、80%和90%以上 (Huai'an): each
    share names its numerator, not three rows of 占全市比重."""
    named = all_names("开发园区实际利用外资、新签约亿元以上工业项目、外贸进出口额，占全市比重分别达70%、80%和90%以上。")
    assert (named["70%"], named["80%"], named["90%"]) == (
        "开发园区实际利用外资占全市比重", "新签约亿元以上工业项目占全市比重", "外贸进出口额占全市比重")


def test_a_list_of_rates_and_a_list_with_figures_of_their_own_are_kept() -> None:
    """力争新引进项目当年合同履约率、开工率、资金到位率，分别达到… (audit 39) keeps its names; a share list after
    members that have figures of their own (工业投资、高新技术投资分别增长…，占固定资产投资比重分别提升…) is not renamed
    by the list before."""
    rates = all_names("力争新引进项目当年合同履约率、开工率、资金到位率，分别达到90%、80%、30%以上。")
    assert (rates["90%"], rates["80%"], rates["30%"]) == ("新引进项目当年合同履约率", "新引进项目当年开工率", "新引进项目当年资金到位率")
    grown = all_names("工业投资、高新技术投资分别增长35.3%、40.6%，占固定资产投资比重分别提升7.4、2.8个百分点。")
    assert grown["2.8个百分点"] == "固定资产投资比重提升"  # as before: the list before has figures, no members taken


def test_a_member_of_another_amount_class_keeps_its_own() -> None:
    """签约…、10亿元以上重大产业项目不少于20个、亿元以上产业项目不少于160个 (Xianning, audit 45 row 12): the 160 projects are of
    the 亿元 class, not of the member before's 10亿元; a member that opens with the sibling's class words after a class of its
    own still takes that class (创建省级乡村振兴示范乡镇5个、示范村100个)."""
    named = all_names("签约50亿元以上重大项目不少于7个、10亿元以上重大产业项目不少于20个、亿元以上产业项目不少于160个。")
    assert (named["20个"], named["160个"]) == ("签约10亿元以上重大产业项目数", "签约亿元以上产业项目数")
    titles = all_names("创建省级乡村振兴示范乡镇5个、示范村100个。")
    assert titles["100个"] == "省级乡村振兴示范村创建数"


def test_a_count_of_places_that_reach_a_level_is_named_by_the_level() -> None:
    """…市全民健身中心建成使用，加快…建设，3家县级人民医院达三级综合医院水平、3家妇幼保健院达二级甲等水平 (Xianning, audit 45
    rows 55, 56): not 建成使用数 of the first clause, nor 等水平 cut; 达到 keeps its reading (确保2家县级医院…达到三级医院水平)."""
    table = extract_quantities(read_text("二、2024年工作安排\n确保市中心医院传染病大楼、市中医院中医特色项目大楼、市全民健身中心建成使用，"
                                         "加快咸宁国家区域医疗中心、市妇幼新院区建设，3家县级人民医院达三级综合医院水平、3家妇幼保健院达二级甲等水平。\n"))
    assert list(table.indicator[table.text == "3家"]) == ["达到三级综合医院水平的县级人民医院数", "达到二级甲等水平的妇幼保健院数"]
    kept = all_names("确保2家县级医院主要医疗技术和服务能力达到三级医院水平。")
    assert kept["2家"] == "达到三级医院水平的县级医院数"


def test_a_clause_of_examples_with_a_verb_of_its_own_borrows_none() -> None:
    """新开工S308线川零公路、洪雅通用机场等9个项目，提速推进市域铁路S5线、…等14个续建项目 (Meishan, audit 45 row 42): 推进续建项目数
    (its own verb; 提速 an adverb since audit 50), not 新开工续建项目数; a clause with no verb of its own still takes the verb before (新开工A、B等23个50亿元以上，C、D等300个…)."""
    named = all_names("加快构建成都都市圈南部综合交通枢纽，新开工S308线川零公路、洪雅通用机场等9个项目，提速推进市域铁路S5线、天眉乐高速、"
                      "尖子山航电等14个续建项目，建成眉山南环线等5个项目，完成投资143亿元。")
    assert (named["9个"], named["14个"], named["5个"]) == ("新开工项目数", "推进续建项目数", "建成项目数")
    borrowed = all_names("新开工甲乙项目、丙丁项目等23个50亿元以上，戊己项目、庚辛项目等300个亿元以上工业项目。")
    assert borrowed["300个"] == "新开工亿元以上工业项目数"
