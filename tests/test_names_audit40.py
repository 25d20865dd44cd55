"""Names after audit 40 (/work/notes/unseen40, fault classes "endnote markers" and "names"): the real sentences of
the audit's texts, each figure's name as the namer gives it."""
from __future__ import annotations

from govreport import extract_quantities, read_text

PLAN = "二、2024年工作安排\n"
REVIEW = "一、2023年工作回顾\n"


def all_rows(sentence: str, part: str = PLAN) -> dict[str, tuple[str, str]]:
    """Figure text -> (name, role) of every row of the paragraph ``sentence`` (a plan paragraph unless ``part``)."""
    table = extract_quantities(read_text(part + sentence + "\n"))
    return {t: (n, r) for t, n, r in zip(table.text, table.indicator, table.role)}


def all_names(sentence: str, part: str = PLAN) -> dict[str, str]:
    """Figure text -> name of every row of the paragraph ``sentence``."""
    return {t: n for t, (n, _) in all_rows(sentence, part).items()}


def test_an_endnote_marker_is_read_across_on_the_plan_side() -> None:
    """力争培育“无废细胞”（47）180个 (Leshan, LS30): the cells grown, not 无废城市(数 of the clause before; the
    markers （45） … （47） stay label rows, no figure of a target."""
    rows = all_rows("加快建设“无废城市”（45），推进工业固废等“六大领域”（46）攻坚行动，启动新一轮农用地周边重金属排查整治，"
                    "力争培育“无废细胞”（47）180个。")
    assert rows["180个"] == ("培育无废细胞数", "target")
    assert {rows[k][1] for k in ("45", "46", "47")} == {"label"}


def test_an_endnote_marker_is_read_across_on_the_review_side() -> None:
    """工业“五大产业”（5）产值超1800亿元 (Leshan, LS9's baseline): the five industries' output, not the cluster of the
    clause before (战略性新兴产业集群产值)."""
    rows = all_rows("晶硅光伏、核技术应用产业入围全省战略性新兴产业集群，夹江陶瓷列入全省首批中小企业特色产业集群，"
                    "首款中国原产高端威士忌在峨眉山发布上市，工业“五大产业”（5）产值超1800亿元，五通桥经开区获批设立省级经开区。", REVIEW)
    assert rows["1800亿元"] == ("工业五大产业产值", "actual")
    assert rows["5"][1] == "label"


def test_an_item_number_is_no_endnote() -> None:
    """我们将继续办好“十件民生实事”：（1）新增城镇就业6万人以上 (Qiandongnan): an item number after a colon stays as it
    is (the scan keeps its brackets)."""
    from govreport.report.endnotes import bracket_endnotes
    assert bracket_endnotes("实事”:(1)新增城镇就业6万人") == "实事”:(1)新增城镇就业6万人"
    assert bracket_endnotes("“无废细胞”(47)180个") == "“无废细胞”[47]180个"


def test_the_stock_after_new_creations_takes_no_verb() -> None:
    """新创建“四好农村路”（12）国省级示范县3个、总数达10个 (Leshan review): the new counties are created (新创建…数), the
    total is the stock of them (…总数, no 新创建)."""
    named = all_names("农村公路总里程突破1.5万公里，新创建“四好农村路”（12）国省级示范县3个、总数达10个、居全省第二，"
                      "大渡河风景道（乐山段）入选全国交旅融合发展典型案例。", REVIEW)
    assert named["3个"] == "新创建四好农村路国省级示范县数"
    assert named["10个"] == "四好农村路国省级示范县总数"


def test_zaichuang_stays_before_a_count() -> None:
    """再创1至2个省级百强中心镇 (Leshan, LS21): the towns won again in the year (再创, data/verbs.csv), not the stock."""
    assert all_names("统筹中心镇、重点镇及县域副中心建设，再创1至2个省级百强中心镇。")["1至2个"] == "再创省级百强中心镇数"


def test_a_level_after_a_title_verb_is_every_members() -> None:
    """争创省级精品村5个、示范村50个以上 (Leshan, LS28): the level the titles are granted at (省级) is the model villages'
    too (data/name_words.csv kind title_verb: 争创, 创建, 再创)."""
    named = all_names("学习运用“千万工程”（37）经验，落实以片区为单元的乡村国土空间规划，持续改善农村生产生活条件，"
                      "争创省级精品村5个、示范村50个以上。")
    assert (named["5个"], named["50个"]) == ("省级精品村争创数", "省级示范村争创数")


def test_the_share_of_a_class_by_income_and_its_elliptic_sibling() -> None:
    """力争村集体收入过20万元的行政村超过75%，过50万元的超过45% (Linyi, LY79, LY80): each the share of the villages above its
    amount (…的行政村占比), the second taking the first's head for its own amount, not 行政村 nor words of the clause before."""
    named = all_names("新培育100个“双社联合村”，新建县级以上示范社350家、联合社30家、合作社办公司30家，"
                      "力争村集体收入过20万元的行政村超过75%，过50万元的超过45%。")
    assert named["75%"] == "村集体收入过20万元的行政村占比"
    assert named["45%"] == "村集体收入过50万元的行政村占比"


def test_the_place_after_examples_goes_with_them() -> None:
    """在上海、深圳等地布局“人才飞地”10个 (Linyi, LY33): 等地 closes the examples of places (布局人才飞地数, not 地布局…)."""
    named = all_names("进一步修订完善引才用才政策，在上海、深圳等地布局“人才飞地”10个，让更多人才从“抢过来”到“抢着来”。")
    assert named["10个"] == "布局人才飞地数"


def test_members_with_their_own_quoted_words_keep_them() -> None:
    """筛选100家“种子”企业、50家“幼苗”企业入库培育 (Linyi, LY90, LY91): each member its own quoted word (not 种子幼苗企业), both
    screened in the year (筛选, data/verbs.csv)."""
    named = all_names("突破企业上市，筛选100家“种子”企业、50家“幼苗”企业入库培育、帮包推进，力争新增上市公司或“新三板”挂牌企业3家以上。")
    assert (named["100家"], named["50家"]) == ("筛选种子企业数", "筛选幼苗企业数")


def test_the_verb_of_a_list_whose_first_member_has_no_figure() -> None:
    """评选百优“沂蒙四雁”、50名“王传喜式好支书” (Linyi, LY62): the secretaries chosen in the year (评选…人数), the verb of the
    list's first member, which has no figure of its own."""
    named = all_names("推广郯城“四雁孵化器”、沂南“雁阵型村居”、费县“国企助力”等经验做法，评选百优“沂蒙四雁”、50名“王传喜式好支书”。")
    assert named["50名"] == "评选王传喜式好支书人数"


def test_a_qizhong_part_cuts_the_whole_at_the_noun_it_replaces() -> None:
    """新招引亿元以上产业项目800个以上，其中先进制造业项目600个 (Yangzhou, YZ19): the part replaces 产业 of 产业项目
    (新招引亿元以上先进制造业项目数, not …以上产先进制造业…)."""
    named = all_names("紧盯世界500强、中国500强、行业前10强，大力开展产业链招商、乡贤招商、基金招商、以商引商，"
                      "新招引亿元以上产业项目800个以上，其中先进制造业项目600个，50亿元以上项目不少于10个。")
    assert named["600个"] == "新招引亿元以上先进制造业项目数"


def test_a_qizhong_part_takes_the_whole_of_its_own_counter() -> None:
    """新建改扩建中小学23处、新增学位2.3万个，其中高中4处 (Linyi, LY101): the high schools are of the schools built (处), not
    of the places (个) named right before; a part of money keeps the figure before (营收过10亿元的企业66家，其中过50亿元的6家)."""
    named = all_names("开展“教育突破年”行动，优化教育资源配置，推动教育均衡发展，新建改扩建中小学23处、新增学位2.3万个，其中高中4处、学位1万个。")
    assert named["4处"] == "新建改扩建高中数"
    firms = all_names("全市营收过10亿元的企业66家，其中过50亿元的6家。", REVIEW)
    assert firms["6家"] == "营收过50亿元的企业其中数"  # 过 a qualifier since audit 46: read as 超过 is (其中超过… gives the same)


def test_a_ge_list_of_lengths_keeps_its_lead_verb() -> None:
    """新改建“四好农村路”和农业生产路各1000公里 (Linyi, LY71, LY72): each road built or rebuilt in the year (新改建, a
    shared_count_lead, also for lengths), not a stock of roads."""
    from target_cases import targets
    t = targets("农村公路总里程达到2.6万公里。", "地区生产总值增长5%左右。持续开展“绿满沂蒙花满村”“四好农村路”提质增效行动，提标扩面城乡环卫一体化，"
                "全域提升人居环境，新增绿化覆盖面积4000亩，新改建“四好农村路”和农业生产路各1000公里，打造宜居宜业和美乡村。", review_year=2023)
    names = set(t["indicator"])
    assert {"新改建“四好农村路”长度", "新改建农业生产路长度"} <= names, names


def test_a_count_that_shixian_governs_keeps_what_its_things_achieve() -> None:
    """实现15家二级以上公立医院检查检验结果共享互认 (Linyi, LY103): the hospitals that share test results, not all hospitals."""
    named = all_names("开展“卫生提质增效年”行动，实现15家二级以上公立医院检查检验结果共享互认，改造提升1000个村卫生室，用三年时间将乡村医生轮训一遍。")
    assert named["15家"] == "检查检验结果共享互认的二级以上公立医院数"


def test_a_bare_list_after_a_comma_takes_the_verb_before() -> None:
    """培育工业互联网标识解析二级节点2个，省级以上工业互联网平台4个、数字园区2家 (Linyi, LY14, LY15): the bare 、 list after the
    comma goes on with 培育 (platforms and parks grown in the year), though its heads are others; the bare title 数字园区
    also takes the list's level 省级以上 (audit 47: 新增省级以上数字车间10个、智能工厂2家 → 新增省级以上智能工厂数)."""
    named = all_names("培育工业互联网标识解析二级节点2个，省级以上工业互联网平台4个、数字园区2家；")
    assert (named["4个"], named["2家"]) == ("培育省级以上工业互联网平台数", "培育省级以上数字园区数")


def test_a_part_of_the_place_before_a_count_stays_in_its_name() -> None:
    """主城区600家重点挥发性有机物企业实现智能管控 (Linyi, LY83): the firms of the main urban area, not of the whole city."""
    named = all_names("实施PM2.5和臭氧浓度“双控双减”，全面完成建陶行业整治提升，主城区600家重点挥发性有机物企业实现智能管控。")
    assert named["600家"] == "主城区实现智能管控的重点挥发性有机物企业数"
