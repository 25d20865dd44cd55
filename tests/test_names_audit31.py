"""Names after audits 31 and 32 (docs/audits/targets_31.md, targets_32.md, criteria (f), fault classes on names): sentences
in the style of a report, with wording and numbers altered (audit 32's texts are held out: its quoted sentences only)."""
from __future__ import annotations

from name_cases import names


def test_a_growth_after_a_figure_less_goal_takes_that_goals_subject() -> None:
    """X跨越千亿台阶，增长N%: the growth is X's, never the lead-in's (经济社会发展的主要…) (QJ24#0)."""
    got = names("经济社会发展的主要预期目标是：地区生产总值突破两千亿元大关，增长6.5%左右；出口总额增长5%。")
    assert got["6.5%"] == "地区生产总值增长"


def test_yi_er_san_chan_fenbie_name_the_three_industries() -> None:
    """其中一、二、三产分别增长A、B、C: 一产/二产/三产增加值增长, not 一增长 (QN24#1–#3)."""
    got = names("全市生产总值增长5%，其中一、二、三产分别增长3.5%、6%、5.5%左右。")
    assert got["3.5%"] == "一产增加值增长" and got["6%"] == "二产增加值增长" and got["5.5%"] == "三产增加值增长"


def test_a_share_of_a_class_of_villages_keeps_the_class() -> None:
    """经营性收入过N万元的行政村占M%, 收入N万元以上村占比M%: the class stays, 占 is 占比 (QJ24#47, TM24#49, ES24#65)."""
    assert names("力争集体经营性收入过20万元的行政村占60%以上。")["60%"] == "集体经营性收入过20万元的行政村占比"
    assert names("村集体经营性收入5万元以上村占比超过80%。")["80%"] == "村集体经营性收入5万元以上村占比"


def test_screenings_are_named_as_screenings_of_each_group() -> None:
    """免费X筛查A人群N人、B人群M人: each group's screenings, not the people (QN24#108, #109)."""
    got = names("免费结核筛查65岁及以上老年人20万人、中小学生9万人。")
    assert got["20万人"] == "65岁及以上老年人免费结核筛查人数" and got["9万人"] == "中小学生免费结核筛查人数"


def test_a_count_before_an_age_band_names_the_group_and_its_own_action() -> None:
    """N名a-b岁X做Y筛查、M名a-b岁X做Z筛查: the group and each member's own action (QDN24#59, #60); a verb before stays."""
    got = names("为全市6万名35-64岁妇女免费做宫颈癌筛查、5万名35-64岁妇女免费做乳腺癌筛查。")
    assert got["6万名"] == "35-64岁妇女免费做宫颈癌筛查人数" and got["5万名"] == "35-64岁妇女免费做乳腺癌筛查人数"
    assert names("新建10个托育服务机构，惠及超40万名3岁以下婴幼儿。")["40万名"] == "惠及3岁以下婴幼儿人数"


def test_a_count_before_a_threshold_or_5g_names_the_noun_after() -> None:
    """N个超A亿元项目: 超A亿元项目数, not 超数 (NT24#9); N个5G全连接工厂: 5G is part of the noun (TJ24#18)."""
    assert names("引进30个超20亿元项目。")["30个"] == "引进超20亿元项目数"
    assert names("新建80家智能工厂和数字化车间、12个5G全连接工厂。")["12个"] == "新建5G全连接工厂数"


def test_a_bare_output_takes_the_crop_of_the_clause_before() -> None:
    """…，X播种面积稳定在A万亩以上，产量B万吨: X's output, not the first clause's object (QDN24#22)."""
    got = names("新建高标准农田15万亩，粮食播种面积稳定在250万亩以上，产量120万吨以上。")
    assert got["120万吨"] == "粮食产量"


def test_the_entity_a_sentence_opens_with_stays_in_its_figures_names() -> None:
    """引导市X集团…，新增项目投资A，实现资产达B、年营收C: the firm's figures, and 资产 its own noun (QJ24#34–#43)."""
    got = names("引导市交投集团围绕物流产业做文章，新增项目投资18亿元，实现资产达90亿元、年营收6亿元以上。")
    assert got["18亿元"] == "市交投集团新增项目投资" and got["90亿元"] == "市交投集团资产" and got["6亿元"] == "市交投集团年营收"
    assert names("推动市场主体增长，新增企业500家。")["500家"] == "新增企业数"


def test_a_bare_figure_in_a_list_names_what_follows_it() -> None:
    """…工作，促进A万X实现就业、B万Y就业参保: each member its own words, not the clause before nor the sibling (BJ24#28, #29)."""
    got = names("做好高校毕业生就业工作，促进10万城镇就业困难人员实现就业、3万农村劳动力就业参保。")
    assert got["10万"] == "城镇就业困难人员实现就业" and got["3万"] == "农村劳动力就业参保"


def test_words_not_the_figures_own_leave_its_name() -> None:
    """…参保率，稳定保持在N%: 稳定 a commitment (QN24#98); X和Y各1家: 各 (QN24#46); 新开工A个、完工B个: no 新开工 in 完工's
    name (BJ24#10, #12; QN24#64)."""
    assert names("持续巩固社保、医保参保率，稳定保持在96%以上。")["96%"] == "社保医保参保率"
    assert names("力争新增五星级和四星级酒店各2家。")["2家"] == "新增五星级和四星级酒店数"
    got = names("老旧小区综合整治新开工250个、完工180个。")
    assert got["180个"] == "老旧小区综合整治完工数" and got["250个"] == "老旧小区综合整治新开工数"


def test_keys_do_not_file_another_measure() -> None:
    """电商交易额 is all e-commerce, not online_retail (QJ24#28); model titles, merged or upgraded schools are no
    schools_built (QN24#94, #106; data/key_vetoes.csv)."""
    from govreport import extract_quantities, read_text

    t = extract_quantities(read_text("一、2024年工作安排\n创建州级示范幼儿园12所，撤并乡村小规模学校8所，新建改扩建中小学20所，"
                                     "电商交易额突破50亿元，网络零售额增长10%。\n"))
    keys = dict(zip(t.text, t.indicator_key))
    assert keys["12所"] == "" and keys["8所"] == "" and keys["20所"] == "schools_built"
    assert keys["50亿元"] == "" and keys["10%"] == "online_retail_growth"


def test_a_later_member_of_a_list_keeps_the_verb_the_list_opens_with() -> None:
    """引进A项目2个、B项目10个; 加快培育…、N个X: each member is a count of what the verb does, not a stock (TM24#10, #19);
    a member with a change of its own (新增…) keeps its own."""
    assert names("力争引进30亿元以上项目3个、10亿元以上项目12个。")["12个"] == "引进10亿元以上项目数"
    assert names("加快培育80家亿元企业、4个百亿产业园区。")["4个"] == "培育百亿产业园区数"


def test_a_size_class_or_grade_between_count_and_noun_stays() -> None:
    """N个年出栏M头以上养殖场, N家4A级以上旅游景区: the class is part of what is counted (QN24#30, #49)."""
    assert names("提升改造6个年出栏3000头以上养殖场。")["6个"] == "改造年出栏3000头以上养殖场数"
    assert names("提升12家4A级以上旅游景区。")["12家"] == "4A级以上旅游景区数"


def test_a_note_in_brackets_is_no_part_of_a_name() -> None:
    """（下同） says the wording holds below, no part of what is measured (ES24#0)."""
    from govreport.extract.name_owners import own_words

    assert own_words("(下同)地区生产总值增长") == "地区生产总值增长"


def test_yijian_is_not_cut_from_a_list_member() -> None:
    """新建、已建居住区X率分别达A、B: 已建 is the built ones, as 新建 the new (QN24#99, #100: not 新建住区, 建居住区)."""
    got = names("新建、已建居住区养老服务设施配建率分别达100%、85%以上。")
    assert got["100%"] == "新建居住区养老服务设施配建率" and got["85%"] == "已建居住区养老服务设施配建率"


def test_both_nouns_of_a_pair_after_a_count_stay() -> None:
    """新建N家X和Y: the count is of both (TJ24#17); not 和 inside a word (和美乡村) nor before a verb (…和竣工验收)."""
    assert names("新建80家智能工厂和数字化车间。")["80家"] == "新建智能工厂和数字化车间数"
    assert names("打造20个省级和美乡村。")["20个"] == "打造省级和美乡村数"


def test_zhengqu_before_a_measure_that_is_no_fund_is_a_commitment() -> None:
    """争取X在通投放超N亿元: 争取 like 力争 (NT24#17); 争取资金, 争取上级资金 stay (the funds obtained)."""
    assert names("争取央行政策资金在本地投放超300亿元。")["300亿元"] == "央行政策资金在本地投放"
    assert names("全年争取上级资金80亿元。")["80亿元"] == "争取上级资金"
