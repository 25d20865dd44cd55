"""Names after audit 37 (docs/audits/targets_37.md, fault classes "names that say no measure or another one", heads,
verbs and siblings): the real sentences of the audit's texts (/work/notes/unseen37), each figure's name as the
namer gives it."""
from __future__ import annotations

from name_cases import HEAD

from govreport import extract_quantities, read_text
from govreport.extract.name_goals import class_member


def all_names(sentence: str) -> list[tuple[str, str]]:
    """(figure text, name) of every actual or target row of ``sentence``, in order (figures may repeat: 100%)."""
    table = extract_quantities(read_text(HEAD + sentence + "\n"))
    table = table[table.role.isin(["actual", "target"])]
    return list(zip(table.text, table.indicator))


def test_each_member_of_a_rate_chain_takes_its_own_verb() -> None:
    """做到群众诉求100%响应、可办事项100%办结、办结事项100%闭环 (YC24#43-45): noun + N% + verb is that verb's rate, the
    verb after a rate is no part of the next member's name, and 做到 names nothing."""
    sentence = "提高12345热线工作水平，做到群众诉求100%响应、可办事项100%办结、办结事项100%闭环。"
    assert [n for _, n in all_names(sentence)] == ["群众诉求响应率", "可办事项办结率", "办结事项闭环率"]


def test_a_count_is_named_by_the_noun_after_a_time_or_tonnage_class() -> None:
    """建设16个15分钟便民生活圈 (YC24#38): the circles built, not 线上线下消费融合发展 of the clause before; 2个10万吨级泊位 (YL24#7):
    the berths, not the port."""
    named = dict(all_names("推进线上线下消费融合发展，建设16个15分钟便民生活圈，争创国家级电商示范基地1家。"))
    assert named["16个"] == "建设便民生活圈数"
    assert [n for f, n in all_names("完善玉林海港码头功能，推动玉林海港码头2个10万吨级泊位上半年建成运营，2个20万吨级泊位开工建设。")
            if f == "2个"] == ["泊位建成运营数", "泊位开工建设数"]  # (上半年, a part of the year, is no part of what is counted)


def test_an_elliptic_threshold_member_takes_its_siblings_head_and_verb() -> None:
    """大力推进投资或产值超百亿元的项目7个、超50亿元的4个 (YL24#10, #11): 超50亿元的 is a class of the projects pushed."""
    named = all_names("大力推进投资或产值超百亿元的项目7个、超50亿元的4个。")
    assert ("7个", "推进投资或产值超百亿元的项目数") in named
    assert ("4个", "推进投资或产值超50亿元的项目数") in named
    assert class_member("超50亿元的", ("x", "", "亿元", "投资或产值超百亿元的项目超")) == "投资或产值超50亿元的项目"


def test_the_plan_verb_of_projects_counted_stays() -> None:
    """全力推动100个重点工业项目加快建设 (SN24#9): the projects pushed, not a stock of them."""
    assert dict(all_names("全力推动100个重点工业项目加快建设、50个开竣工项目如期完成。"))["100个"] == "推动重点工业项目数"


def test_the_verb_before_examples_stays_when_a_long_name_is_cut_after_them() -> None:
    """打造水上音乐节、“夜下仁里”特色长廊等消费新场景10个以上 (SN24#26): the scenes made (打造), not a stock."""
    sentence = ("加快培育体育、音乐、演艺等新兴业态，打造水上音乐节、“夜下仁里”特色长廊等消费新场景10个以上，"
                "打响“青春不消停、周末来遂宁”品牌。")
    assert dict(all_names(sentence))["10个"] == "打造消费新场景数"


def test_a_list_of_bare_verbs_shares_the_last_members_object_and_no_floor_word() -> None:
    """新签约、新开工、新竣工亿元以上产业项目分别不少于1400个、800个和500个 (YC24#40-42): each verb with the projects, 新签约
    whole (its 约 is no qualifier, the head is not cut inside 新竣工), and 不少于 (the floor) in no name."""
    sentence = "开展精准招商敲门行动，新签约、新开工、新竣工亿元以上产业项目分别不少于1400个、800个和500个。"
    named = dict(all_names(sentence))
    assert [named[f] for f in ("1400个", "800个", "500个")] == ["新签约亿元以上产业项目数", "新开工亿元以上产业项目数", "新竣工亿元以上产业项目数"]


def test_an_elliptic_second_member_takes_the_whole_noun_not_the_first_members_measure() -> None:
    """全社会研发经费投入总量增长16%以上、强度达1.91% (YI24#14): the intensity of 全社会研发经费投入, not of its growth."""
    sentence = "认定高新技术企业150家，获批省级创新平台载体10个，全社会研发经费投入总量增长16%以上、强度达1.91%。"
    assert dict(all_names(sentence))["1.91%"] == "全社会研发经费投入强度"


def test_two_attributes_of_one_noun_joined_by_a_list_mark_stay_together() -> None:
    """力争引进投资规模大、带动能力强的项目40个 (YI24#33): the 、 joins two attributes of 项目, not two predicates (带动…)."""
    sentence = "紧盯世界500强、中国500强、央企国企等头部企业，力争引进投资规模大、带动能力强的项目40个。"
    assert dict(all_names(sentence))["40个"] == "投资规模大带动能力强的项目引进数"


def test_a_count_per_county_keeps_its_scope() -> None:
    """每个县（市、区）至少打造1个万亩集中连片示范区 (YC24#55: 万亩 is no amount class), 每个县（市、区）选定5—10家重点技改企业
    (YI24#15: 选定 a verb of the count): a count per county, not the city's total."""
    named = dict(all_names("量质并举推进高标准农田建设，每个县（市、区）至少打造1个万亩集中连片示范区，确保全市粮食面积稳定在1480万亩。"))
    assert named["1个"] == "每个县(市、区)万亩集中连片示范区数"
    named = dict(all_names("成立技改工作专班、设立技改基金，每个县（市、区）选定5—10家重点技改企业，推进产业数字化、绿色化、标准化改造。"))
    assert named["5—10家"] == "每个县(市、区)重点技改企业数"


def test_a_share_above_an_amount_keeps_the_amount() -> None:
    """确保全市60%以上的行政村集体经营性收入超50万元 (YC24#65): the share of villages above 50万元, not a bare 超."""
    assert dict(all_names("确保全市60%以上的行政村集体经营性收入超50万元。"))["60%"] == "行政村集体经营性收入超50万元比例"


def test_a_list_of_levels_shares_the_verb_before_and_the_noun_after() -> None:
    """新培育国家级、省级专精特新企业分别达50家和200家以上 (YC24#30, #31): 新培育 and 专精特新企业 are both levels'."""
    named = all_names("新培育国家级、省级专精特新企业分别达50家和200家以上，新增雏鹰、瞪羚、独角兽（潜在独角兽）企业超50家。")
    assert named[:2] == [("50家", "新培育国家级专精特新企业数"), ("200家", "新培育省级专精特新企业数")]
    # a list of levels with no verb before: each level its own noun (全市国家级、自治区级、市级民族团结进步示范区（单位）分别增至…)
    named = all_names("全市国家级、自治区级、市级民族团结进步示范区（单位）分别增至13个、42个、1045个。")
    assert [n for _, n in named] == ["国家级民族团结进步示范区(单位)数", "自治区级民族团结进步示范区(单位)数", "市级民族团结进步示范区(单位)数"]


def test_a_bare_measure_of_a_work_takes_the_object_of_the_clause_before_ending_in_it() -> None:
    """有序推进耕地占补平衡指标入市交易，力争交易收入突破15亿元 (YI24#32): the income of that trade, not a bare 交易收入."""
    named = dict(all_names("加大土地开发造地力度，有序推进耕地占补平衡指标入市交易，力争交易收入突破15亿元。"))
    assert named["15亿元"] == "耕地占补平衡指标入市交易收入"


def test_a_clause_of_verbs_only_after_a_count_of_projects_is_of_those_projects() -> None:
    """力争招商引资亿元以上项目100个以上，落地开工50个以上 (YL24#19): 落地 is a verb, the 50 are of the projects before."""
    sentence = "强化园区招商，推动产业集聚，力争招商引资亿元以上项目100个以上，落地开工50个以上。"
    assert dict(all_names(sentence))["50个"] == "招商引资亿元以上项目落地开工数"
