"""Names after audits 29 and 30 (docs/audits/targets_29.md, targets_30.md, fault class "names"): sentences in the style of
a report, with wording and numbers altered."""
from __future__ import annotations

from name_cases import names


def test_fenbie_is_no_part_of_a_name() -> None:
    """存贷款余额分别增长A、B: 分别 says the figures go member by member (ZY24#5, #6)."""
    got = names("金融机构人民币存贷款余额分别增长7%、12%。")
    assert got["7%"] == "金融机构人民币存款余额增长" and got["12%"] == "金融机构人民币贷款余额增长"


def test_yuji_and_nuli_shixian_are_no_part_of_a_name() -> None:
    """X预计达N (a review figure, a baseline's name) and 努力实现X达N: the modal and the commitment name nothing (CZ24#6, ZY24#104)."""
    assert names("全市科技进步贡献率预计达67%。")["67%"] == "科技进步贡献率"
    assert names("推进养老机构建设，努力实现养老总床位达2万张以上。")["2万张"] == "养老总床位量"


def test_the_first_place_of_a_fenbie_list_takes_the_shared_measure() -> None:
    """中心城区和县城X率分别达A、B: 中心城区 alone is a place, no measure (ZY24#87, GZ24#68)."""
    got = names("确保中心城区和县城环境空气质量优良率分别达96%、95%以上。")
    assert got["96%"] == "中心城区环境空气质量优良率" and got["95%"] == "县城环境空气质量优良率"
    got = names("中心城区及各县（市）生活污水集中收集率分别提高至70%、55%以上。")
    assert got["70%"] == "中心城区生活污水集中收集率"


def test_a_place_alone_after_a_sibling_takes_its_measure() -> None:
    """国控断面X比率保持A、省控断面达B: the second place's figure is the same measure (ZY24#90)."""
    got = names("水环境国控断面Ⅲ类水比率保持100%、省控断面达96.1%以上。")
    assert got["96.1%"] == "省控断面Ⅲ类水比率"


def test_a_fenbie_pair_after_the_present_value_names_each_member() -> None:
    """在职、退休X由A分别提高到B、C: each member its own name, and 在职 keeps its 职 (YT24#112, #113)."""
    got = names("在职、退休职工门诊最高支付限额由2000元分别提高到4000元、5000元。")
    assert got["4000元"] == "在职职工门诊最高支付限额" and got["5000元"] == "退休职工门诊最高支付限额"


def test_a_noun_after_an_area_is_not_cut_inside_a_word() -> None:
    """N万亩森林可持续经营试点: 持续 inside 可持续 is no adverb that ends the noun; 新（改、扩）建 is one word (GZ24#73, #82)."""
    assert names("完成2.5万亩森林可持续经营试点。")["2.5万亩"].startswith("森林可持续经营试点")
    assert names("实施90个学校新（改、扩）建项目。")["90个"] == "实施学校新(改扩)建项目数"


def test_a_verb_before_the_amount_stays_in_the_name() -> None:
    """优化N条X, 改善N所X, 净增A N家、B M家 (data/verbs.csv): the verb says what the figure counts; without it the
    name reads as the whole stock (YT24#87; ZY24#106; YC24#71, #72)."""
    assert names("优化12条公交线路。")["12条"] == "优化公交线路数"
    assert names("改善40所城乡学校办学条件。")["40所"] == "改善城乡学校办学条件数"
    got = names("力争净增规上工业企业120家、规上服务业企业90家、资质建筑业企业25家。")
    assert got["90家"] == "净增规上服务业企业数" and got["25家"] == "净增资质建筑业企业数"


def test_one_word_before_a_stroke_joins_a_list_of_verbs() -> None:
    """新开、优化调整X N条: a single word before 、 and a verb after it are one list of verbs, not two predicates (CD24)."""
    assert names("新开、优化调整公交线路15条。")["15条"].startswith("新开优化调整")


def test_a_member_with_a_verb_of_its_own_takes_no_sibling_verb() -> None:
    """完成N个A治理、M户B改造: the list's last verb is no earlier member's that ends with a verb of its own (GZ24#71, QD24)."""
    assert names("完成200个村庄生活污水治理、12万户农村厕所改造。")["200个"] == "村庄生活污水治理数"
    got = names("实施300平方公里水土流失治理、80万亩低质低效林改造、12万亩源区生态综合治理。")
    assert got["80万亩"] == "实施低质低效林改造面积"


def test_the_last_member_after_he_keeps_the_lists_xinzeng() -> None:
    """新增A N家、B M家和C K家: the member after 和 is the list's last and counts additions too (GZ24#22)."""
    got = names("新增入规企业150家、专精特新中小企业80家和“小巨人”企业8家以上。")
    assert got["80家"] == "新增专精特新中小企业数" and got["8家"] == "新增小巨人企业数"


def test_a_leading_build_verb_reaches_members_counted_in_another_unit() -> None:
    """新增A N平方米、B M个; 新（改）建A N公里、B M个: the list's leading verb is every member's, whether it measures area,
    length or a count (YT24#60, GZ24#53)."""
    assert names("新增绿色建筑800万平方米、汽车充电桩2万个。")["2万个"] == "新增汽车充电桩数"
    assert names("新（改）建农村公路400公里、农村户厕3万个。")["3万个"] == "新(改)建农村户厕数"


def test_a_member_keeps_the_class_its_sibling_names_before_their_shared_word() -> None:
    """创建省级A示范乡镇N个、示范村M个: 示范村 is of the same class (省级A) as 示范乡镇 (YC24#62); 建设改造A公路…、A电网…: the
    verb before the shared word too; not a stock after a flow (…企业50家、总量300家) nor a clause (优化A和B，收储…、出让…)."""
    got = names("创建省级乡村振兴示范乡镇6个、示范村90个、美丽庭院示范户4万户。")
    assert got["90个"] == "省级乡村振兴示范村创建数" and got["4万户"] == "美丽庭院示范户创建户数"
    assert names("建设改造农村公路3000公里、农村电网4800公里。")["4800公里"] == "建设改造农村电网长度"
    assert not names("力争新认定高新技术企业40家以上、总量突破280家。")["280家"].startswith("新认定")
    got = names("落实以旧换新补贴资金30亿元、带动消费200亿元。")["200亿元"]
    assert not got.startswith("落实")  # a member with a verb of its own (带动) takes no class from its sibling


def test_a_count_per_county_keeps_its_scope_past_a_modal() -> None:
    """每个县（市、区）至少建成N个X: the count is per county, not a city total, also with 至少 between (GZ24#60)."""
    assert names("每个县（市、区）至少建成2个高品质商圈。")["2个"] == "每个县(市、区)高品质商圈数"
    assert names("每个县区打造3个特色专科。")["3个"] == "每个县区特色专科数"


def test_a_count_before_a_place_and_a_head_names_the_head() -> None:
    """实施A新区N个、B新区M个重点项目: the first count is of A新区's 重点项目, not of the district (GZ24#55); a qualifier
    after the next count (、B 300个以上) is no noun."""
    assert names("实施蓉江新区90个、高铁空港新区50个重点项目，统筹推进。")["90个"] == "实施蓉江新区重点项目数"
    assert names("新增上市企业8家、私募基金管理机构20家以上。")["8家"] == "新增上市企业数"
