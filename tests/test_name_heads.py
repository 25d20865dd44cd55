"""Heads and measures a name lost to its sentence (extract/name_heads.py; audit 41, criterion f)."""
from __future__ import annotations

from govreport import extract_quantities, read_text


def all_names(sentence: str) -> dict[str, str]:
    """Figure text -> name of every row of the plan paragraph ``sentence``."""
    table = extract_quantities(read_text("二、2024年工作安排\n" + sentence + "\n"))
    return dict(zip(table.text, table.indicator))


def test_a_bare_size_takes_the_industry_the_sentence_opens_with() -> None:
    """集成电路和新型显示产业，…，力争产业规模突破680亿元 (Wuhu, WH23); 推进中医药大健康产业全链融合发展，…，
    力争产值增长15%以上 (Lishui, LS16)."""
    lead = all_names("集成电路和新型显示产业，推进汽车芯片、半导体系统封测、可折叠电子产品等项目建设，打造完整新型显示产业链，力争产业规模突破680亿元。")
    assert lead["680亿元"] == "集成电路和新型显示产业规模"
    first = all_names("推进中医药大健康产业全链融合发展，一县一方案引育大企业、建设大平台、打造大单品，壮大二产带一产促三产，力争产值增长15%以上。")
    assert first["15%"] == "中医药大健康产业产值增长"


def test_a_bare_growth_of_output_takes_the_industry_the_clause_before_builds() -> None:
    """加快打造千亿元大健康产业，力争产值增长10%以上; 促进农产品加工业做大做强，产值增长7%左右 (Xianning, audit 45
    rows 25, 26); 推动建筑业高质量发展，力争总产值增长5%以上 (Jinhua, audit 45 row 91)."""
    health = all_names("贯通“医、药、养、健、游、护”六要素，加快打造千亿元大健康产业，力争产值增长10%以上。")
    assert health["10%"] == "大健康产业产值增长"
    farm = all_names("促进农产品加工业做大做强，产值增长7%左右。")
    assert farm["7%"] == "农产品加工业产值增长"
    build = all_names("推动建筑业高质量发展，力争总产值增长5%以上。")
    assert build["5%"] == "建筑业总产值增长"


def test_a_bare_measure_keeps_its_own_clause_and_no_firms() -> None:
    """The clause before must build an industry and the measure's clause hold only goal words: 支持企业做大做强 names
    firms, no industry; 持续清理…，力争市属国企资产总额增长20%以上、营业收入增长15%以上 (Nanchong) stays as it is."""
    firms = all_names("支持规上企业做大做强，产值增长8%以上。")
    assert firms["8%"] == "产值增长"
    owned = all_names("持续清理盘活国有资产资源，力争市属国企资产总额增长20%以上、营业收入增长15%以上。")
    assert owned["15%"] == "营业收入增长"


def test_the_members_of_a_list_of_subjects_take_its_measure() -> None:
    """力争吉利商用车、能投化学、三环电子产值分别突破80亿元、60亿元、35亿元 (Nanchong, NC9, NC10)."""
    named = all_names("支持33户省市“贡嘎培优”企业加速释放产能，力争吉利商用车、能投化学、三环电子产值分别突破80亿元、60亿元、35亿元，"
                      "带动“3+2”主导产业产值增长15%以上。")
    assert (named["80亿元"], named["60亿元"], named["35亿元"]) == ("吉利商用车产值", "能投化学产值", "三环电子产值")
    table = extract_quantities(read_text("一、2023年工作回顾\n首次实现2户企业上榜四川制造业百强、2户企业产值突破50亿元，"
                                         "其中吉利商用车达到60.3亿元、能投化学达到55.3亿元。\n"))
    review = dict(zip(table.text, table.indicator))  # the review figures those targets are matched with
    assert (review["60.3亿元"], review["55.3亿元"]) == ("吉利商用车产值", "能投化学产值")


def test_the_second_member_of_a_pair_takes_the_head() -> None:
    """园区亩均产值和税收分别提高10%、5%以上 (Nanchong, NC25)."""
    named = all_names("合理利用零散地块建设多层标准化厂房，力争全市新建标准化厂房100万平方米以上，园区亩均产值和税收分别提高10%、5%以上。")
    assert named["5%"] == "园区亩均税收提高"


def test_a_bare_measure_takes_the_subject_of_the_member_before() -> None:
    """有机农产品达到295个、年产值121亿元以上 (NC84); 农产品加工规上企业达到165户，加工产能突破450万吨 (NC86)."""
    organic = all_names("以西充有机农业带动全市有机农业发展，加快有机农产品研发中心建设和地方标准制定，新增有机基地1万亩，有机农产品达到295个、年产值121亿元以上。")
    assert organic["121亿元"] == "有机农产品年产值"
    processed = all_names("提档升级“1+8”农产品精深加工园区，开工建设南部县农产品加工交易园等项目，力争农产品加工规上企业达到165户，加工产能突破450万吨。")
    assert processed["450万吨"] == "农产品加工产能"


def test_a_bare_count_of_projects_takes_what_the_sentence_builds() -> None:
    """全力推动鲁北风光储输一体化基地建设，推进…等20个项目 (Binzhou, BZ48); 开展电网建设三年攻坚行动，建成…等10个重点项目
    (Nanchong, NC39: not the city's key projects)."""
    base = all_names("全力推动鲁北风光储输一体化基地建设，推进宏烨200万千瓦渔光互补、华能85万千瓦光伏发电等20个项目，年内新增装机容量320万千瓦以上。")
    assert base["20个"] == "推进鲁北风光储输一体化基地项目数"
    grid = all_names("围绕“再造一个南充电网”目标，开展电网建设三年攻坚行动，建成500千伏主变扩建工程等10个重点项目。")
    assert grid["10个"] == "建成电网重点项目数"


def test_works_done_of_each_listed_work() -> None:
    """强力推动津潍高铁、济滨高铁建设，分别完成工程量的50%和60%以上 (Binzhou, BZ27, BZ28)."""
    named = all_names("强力推动津潍高铁、济滨高铁建设，分别完成工程量的50%和60%以上。")
    assert (named["50%"], named["60%"]) == ("津潍高铁完成工程量比例", "济滨高铁完成工程量比例")


def test_shares_counts_and_classes_say_their_measure() -> None:
    """Lishui: 确保60%的乡镇（街道）完成森林防灭火工作规范化建设 (LS81); 确保2家县级医院…达到三级医院水平 (LS68);
    家庭年可支配收入10—50万元群体比例提高2个百分点以上 (LS70); 接续推动3万山区农民下山集聚 (LS65)."""
    share = all_names("推进基层应急消防治理体系建设，确保60%的乡镇（街道）完成森林防灭火工作规范化建设，加快农村消防取水点建设。")
    assert share["60%"] == "完成森林防灭火工作规范化建设的乡镇(街道)占比"
    reached = all_names("启动数智医疗提升工程，确保2家县级医院主要医疗技术和服务能力达到三级医院水平，巩固国家卫生城市建设成果。")
    assert reached["2家"] == "达到三级医院水平的县级医院数"
    band = all_names("建设“共富工坊”1000个，确保家庭年可支配收入10—50万元群体比例提高2个百分点以上，低收入农户人均可支配收入增速保持全省前列。")
    assert band["2个百分点"] == "家庭年可支配收入10—50万元群体比例提高"
    moved = all_names("实施“大搬快聚富民安居”新三年行动，接续推动3万山区农民下山集聚，保障搬迁安置群众均等享有基本公共服务。")
    assert moved["3万"] == "推动山区农民下山集聚人数"


def test_scopes_platforms_and_modals() -> None:
    """推动保税物流中心（B型）进出口货值超20亿元 (NC51: the aside is the name's); 接入市综合金融服务平台，融资规模1800亿元以上
    (Wuhu, WH17); 确保中科九微二期等20个产业项目建成投产 (NC54: 确保 a modal)."""
    bonded = all_names("全力申建综合保税区，推动保税物流中心（B型）进出口货值超20亿元。")
    assert bonded["20亿元"] == "保税物流中心(B型)进出口货值"
    platform = all_names("引导更多证券、保险、担保、租赁等金融机构接入市综合金融服务平台，融资规模1800亿元以上。")
    assert platform["1800亿元"] == "市综合金融服务平台融资规模"
    modal = all_names("大力实施弘鑫云创智能制造、和泰特种光纤生产等86个重点产业项目，确保中科九微二期等20个产业项目建成投产，力争地区生产总值增长16%以上。")
    assert not modal["20个"].startswith("确保")


def test_a_bonded_zone_and_the_grid_take_no_citywide_key() -> None:
    """推动保税物流中心（B型）进出口货值超20亿元 (NC51) is no foreign_trade; 建成电网…等10个重点项目 (NC39) no key_projects."""
    for sentence, figure in (("全力申建综合保税区，推动保税物流中心（B型）进出口货值超20亿元。", "20亿元"),
                             ("围绕“再造一个南充电网”目标，开展电网建设三年攻坚行动，建成500千伏主变扩建工程等10个重点项目。", "10个")):
        table = extract_quantities(read_text("二、2024年工作安排\n" + sentence + "\n"))
        assert dict(zip(table.text, table.indicator_key))[figure] in ("", None)


def test_a_manner_of_development_opening_the_industry_is_no_part_of_its_name() -> None:
    """转型发展钙基新材料产业，…，产值增长10％以上; 加力发展食品加工产业，…，产值增长20％以上 (Laibin, audit 49
    rows 8, 11): how an industry is developed (name_words kind lead) names nothing; a plain industry lead is kept."""
    calcium = all_names("转型发展钙基新材料产业，推进昊宾新材料等项目建设，产值增长10％以上。")
    assert calcium["10％"] == "钙基新材料产业产值增长"
    food = all_names("加力发展食品加工产业，重点提升制糖业发展，产值增长20％以上。")
    assert food["20％"] == "食品加工产业产值增长"
    plain = all_names("集成电路和新型显示产业，推进汽车芯片等项目建设，力争产业规模突破680亿元。")
    assert plain["680亿元"] == "集成电路和新型显示产业规模"
