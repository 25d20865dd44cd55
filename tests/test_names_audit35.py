"""Names after audit 35 (docs/audits/targets_35.md, fault classes on names): sentences of the audit's texts (in
/work/notes/unseen, seen by rule rounds since)."""
from __future__ import annotations

from name_cases import names

from govreport.extract.name_goals import class_member, industry_size, problems_solved, rank_name, sibling_amount, tier_name, without_manner
from govreport.extract.name_industries import industry_goal_name, lead_industry

BAIJIU = ("加快建成世界级优质白酒产业集群，推进五粮液高质量倍增工程，全力支持五粮液拓展消费市场，持续巩固和提升品牌力、影响力、竞争力；"
          "大力塑造“中国五粮浓香白酒核心产区”品牌，推动白酒企业协调发展，积极延伸产业链条，构建重点白酒企业“一核多点、强链成圈”新格局，"
          "力争实现营收1650亿元。")
BATTERY = ("加快建成世界一流动力电池产业集群，推进四川时代已签约项目开工建设，推动时代吉利、时代长安等投产项目充分释放产能，"
           "力争完成动力电池产量130GWh；高质量筹办2024世界动力电池大会，积极引进铝箔、碳酸锂、隔膜等配套项目，深化和拓展产业链上下游合作，"
           "提升供应链稳定性，力争全产业链规上企业达到54个，实现营收1300亿元。")
SOLAR = ("加快建成国家级晶硅光伏产业集群，推动四川高测一期、四川中昱一期达产满产，四川东磁二期、英发德坤等项目竣工投产，正泰新能等项目开工建设；"
         "加快引进重点企业产业链伙伴以及重要配套行业龙头企业，力争全年招引项目10个、新增规上企业15个，实现营收600亿元。")
DIGITAL = ("加快建成全国同类城市领先的数字经济产业集群，完善“一软一硬”生态布局，积极引进企业数字化转型头部企业；"
           "坚持以应用场景建设促进信息技术服务业集聚发展，力争实现电子信息制造业产值500亿元、信息服务业营收150亿元。")


def test_the_industry_of_a_cluster_lead_is_read_without_its_rank_words() -> None:
    """加快建成世界级优质白酒产业集群，: 白酒; 世界一流, 国家级, …领先的 are rank words; no industry in 千亿级 or 发展壮大产业集群."""
    assert [lead_industry(s, 0, len(s)) for s in (BAIJIU, BATTERY, SOLAR, DIGITAL)] == ["白酒", "动力电池", "晶硅光伏", "数字经济"]
    for s in ("全力打造四大千亿级产业集群，推动…", "发展壮大产业集群，推进油气增储上产和库拜煤层气等油气开发。",
              "壮大白羽肉鸡、良种奶牛、大豆等特色产业集群，建设苏家屯区食品科技园等8个项目。"):
        assert lead_industry(s, 0, len(s)) == ""


def test_the_lead_is_that_of_the_whole_sentence_up_to_its_full_stop() -> None:
    """A goal after a ； of the lead's sentence (…；…，实现营收1300亿元) is still that industry's; one after a 。 is not."""
    at = BATTERY.index("高质量筹办")
    assert lead_industry(BATTERY, at, len(BATTERY)) == "动力电池"
    text = "加快建成世界一流动力电池产业集群，推进项目建设。力争实现营收1300亿元。"
    assert lead_industry(text, text.index("力争"), len(text)) == ""


def test_an_industry_goal_names_its_industry() -> None:
    """YB24#14–#19: a bare 营收 is the industry's (白酒产业营收, not the clause before's 塑造…品牌营收); generic firms and
    projects take the industry; a name with an industry of its own (电子信息制造业产值, 信息服务业营收) is kept."""
    assert names(BAIJIU)["1650亿元"] == "白酒产业营收"
    got = names(BATTERY)
    assert got["54个"] == "动力电池全产业链规上企业数" and got["1300亿元"] == "动力电池产业营收"
    got = names(SOLAR)
    assert got["10个"] == "晶硅光伏产业项目招引数" and got["15个"] == "晶硅光伏产业新增规上企业数" and got["600亿元"] == "晶硅光伏产业营收"
    assert names(DIGITAL)["500亿元"] == "电子信息制造业产值"
    assert industry_goal_name("数字经济", "信息服务业营收", "、信息服务业营收") == "信息服务业营收"
    assert industry_goal_name("新材料", "新材料产业集群产值", "力争产值突破") == "新材料产业集群产值"


def test_a_tier_after_a_goal_takes_the_goal_s_name() -> None:
    """YB24#1: 地区生产总值增速高于全省1个百分点左右，力争高于全省2个百分点: the tier is of the same measure (not 高于全省)."""
    got = names("今年全市经济社会发展的主要目标是：地区生产总值增速高于全省1个百分点左右，力争高于全省2个百分点；城镇新增就业5.5万人以上。")
    assert got["1个百分点"] == got["2个百分点"] == "地区生产总值增速高于全省"
    assert tier_name("高于全省", "，力争高于全省", ("地区生产总值增速高于全省", "", "个百分点", "地区生产总值增速高于全省"), "个百分点") == "地区生产总值增速高于全省"
    assert tier_name("高于全省", "，高于全省", ("地区生产总值增速高于全省", "", "个百分点", "地区生产总值增速高于全省"), "个百分点") == "高于全省"
    assert tier_name("高于全省", "，力争高于全省", ("地区生产总值增速高于全省", "", "%", "地区生产总值增速高于全省"), "个百分点") == "高于全省"


def test_the_first_n_places_of_a_ranking_are_a_rank() -> None:
    """YY24#22: 力争进入“万家民企评营商环境”前50名: a place in that ranking (名 no count of persons)."""
    got = names("着力营造一流营商环境，力争进入“万家民企评营商环境”前50名、在全省营商环境综合评价中保持先进行列。")
    assert got["50名"] == "万家民企评营商环境名次"
    assert rank_name("招录公务员前", "人", "招录公务员前") == "招录公务员前"
    # a count of persons before what enters a ranking stays a count (shenzhen 2024): 574名学者入选全球前2%顶尖科学家榜单
    assert "名次" not in names("深圳科学家获评国际凝聚态物理领域最高奖，574名学者入选全球前2%顶尖科学家榜单。")["574名"]


def test_a_list_member_of_another_amount_class_takes_the_member_before_s_head() -> None:
    """YY24#15, #18: 实施百亿级投资项目10个以上、五十亿级20个以上; 引进100亿元以上项目5个、50亿元以上15个."""
    got = names("坚持大抓项目、抓大项目，实施百亿级投资项目10个以上、五十亿级20个以上，大力推进省、市重点项目建设。")
    assert got["20个"] == "实施五十亿级投资项目数"
    assert class_member("实施五十亿级", ("实施百亿级投资项目", "", "个", "实施百亿级投资项目")) == "实施五十亿级投资项目"
    assert class_member("引进50亿元以上", ("100亿元以上项目引进", "", "元", "100亿元以上项目引进")) == "50亿元以上项目引进"
    assert class_member("新建县级", ("实施百亿级投资项目", "", "个", "实施百亿级投资项目")) == "新建县级"


def test_a_sibling_amount_takes_the_subject_of_the_amount_before() -> None:
    """YB24#58: 中心城区楼宇入驻企业营收达到290亿元，年税收12亿元以上: the firms' tax, not a bare 年税收."""
    got = names("培育壮大特色楼宇经济，中心城区楼宇入驻企业营收达到290亿元，年税收12亿元以上。")
    assert got["12亿元"] == "中心城区楼宇入驻企业年税收"
    assert sibling_amount("年税收", "年税收", ("营收", "", "元", "营收"), "元") == "年税收"


def test_an_amount_an_industry_reaches_is_its_size() -> None:
    """HF24#36: 新一代信息技术产业突破3500亿元: 新一代信息技术产业规模 (a bare industry says no measure)."""
    assert industry_size("新一代信息技术产业", True, "新一代信息技术产业突破") == "新一代信息技术产业规模"
    assert industry_size("新一代信息技术产业", False, "新一代信息技术产业突破") == "新一代信息技术产业"
    assert industry_size("聚焦重点产业", True, "投资") == "聚焦重点产业"  # tianmen 2024: 聚焦重点产业，…，投资50亿元


def test_a_manner_adverb_left_at_the_end_drops() -> None:
    """YB24#51: 确保储备库投资额动态保持在2.6万亿元以上: 储备库投资额, not 储备库投资额动态."""
    assert without_manner("储备库投资额动态") == "储备库投资额"
    assert without_manner("动态") == "动态"


def test_problems_solved_keep_their_verb() -> None:
    """LZ24#32: 解决7个行政村道路通畅问题: the problems solved (解决行政村道路通畅问题数), not problems there are."""
    assert problems_solved("行政村道路通畅问题", "解决") == "解决行政村道路通畅问题"
    assert problems_solved("行政村道路通畅问题", "排查") == "行政村道路通畅问题"


def test_a_sentence_opened_by_an_industry_alone_leads_its_goals() -> None:
    """YB24#27: 智能网联新能源汽车产业，…，招引产业链企业10户以上: the industry's chain firms (汽车 kept)."""
    text = ("智能网联新能源汽车产业，推动凯翼汽车与国内整车、智能网联领域头部企业深入合作，力争实现产销17万辆；"
            "组建智能网联新能源汽车产业发展投资基金，加快汽车零部件产业园二期建设，招引产业链企业10户以上。")
    assert lead_industry(text, text.index("组建"), len(text)) == "智能网联新能源汽车"
    assert names(text)["10户"] == "智能网联新能源汽车产业链企业招引户数"


def test_a_list_s_shared_verb_zhengchuang_names_every_member() -> None:
    """YB24#85, #86: 新争创省一级示范性普通高中2所、义务教育共同体领航学校10所、省级示范性幼儿园15所: each member is won in
    the year (新争创…), not a stock (争创 a heavy verb in data/verbs.csv, as 创建)."""
    got = names("实施优质均衡项目50个，新争创省一级示范性普通高中2所、义务教育共同体领航学校10所、省级示范性幼儿园15所，"
                "补齐功能区短缺学位6000个。")
    assert got["10所"] == "新争创义务教育共同体领航学校数" and got["15所"] == "新争创省级示范性幼儿园数"


def test_zhaomu_is_a_heavy_verb_kept_in_the_count_s_name() -> None:
    """HF24#30: 新招募20个全球合伙人: partners recruited in the year (招募全球合伙人数), not a stock of partners."""
    assert names("持续推进科创飞地建设，新招募20个全球合伙人。")["20个"] == "招募全球合伙人数"


def test_a_member_with_another_amount_of_its_own_takes_no_class_from_its_sibling() -> None:
    """YB24#21: 力争实现电子信息制造业产值500亿元、信息服务业营收150亿元: 信息服务业营收 (电子 is the sibling's); a member of the
    same kind still keeps the sibling's class (省级乡村振兴示范乡镇5个、示范村100个)."""
    got = names("推动基地高效运行，力争实现电子信息制造业产值500亿元、信息服务业营收150亿元。")
    assert got["150亿元"] == "信息服务业营收"
    assert names("争创省级乡村振兴示范乡镇5个、示范村100个。")["100个"].startswith("省级乡村振兴示范村")


def test_xinjiancheng_is_one_verb_not_xinjian_and_a_cut_word() -> None:
    """YB24#92: 新建成县域医疗次中心4个 (and the review's 新建成高标准农田28.5万亩): 新建成 is one verb (data/verbs.csv), so the
    name is not cut inside 建成 (成县域医疗次中心新建数)."""
    assert names("推进紧密型县域医共体建设，新建成县域医疗次中心4个。")["4个"] == "县域医疗次中心新建成数"
    assert names("新建成高标准农田28.5万亩。")["28.5万亩"] == "高标准农田新建成面积"


def test_a_qizhong_part_with_an_amount_class_of_its_own_takes_its_own_noun() -> None:
    """HF24#8: 实施亿元以上重点项目2200个左右，其中百亿项目5个以上: 实施重点百亿项目数 (its own class in place of the whole's, not 实施亿元以上重点百亿项目数); a part
    without a class of its own still takes the whole's scope (其中工业项目 → 新签投资5000万元以上工业项目数)."""
    got = names("提高备案开工率、投资完成率、项目竣工率，实施亿元以上重点项目2200个左右，其中百亿项目5个以上。")
    assert got["5个"] == "实施重点百亿项目数"
    assert names("新签投资5000万元以上项目超200个，其中工业项目超160个。")["160个"] == "新签投资5000万元以上工业项目数"
