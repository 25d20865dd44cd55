"""Audit 41 and 40 leftovers (fix52a): a share of a whole named X占全省比重 (no commitment word; a subject before 连续N年),
a 、 pair of slogans after the projects counted (早开快投、快建多投) no part of the name, and a 新区 a sentence takes as its
topic with 把…作为 opening every figure's name after it (docs/assumptions.md#names). Sentences from city_wuhu_2024,
city_nanchong_2024 (audit 41), city_linyi_2024 (audit 40) and provincial_xinjiang_2026."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.extract.name_forms import whole_share
from govreport.extract.noun_pairs import without_slogans
from govreport.tables import build_targets

HEAD = "某市2024年政府工作报告\n一、2023年工作回顾\n去年全市地区生产总值增长5%。\n二、2024年主要目标任务\n"


def _targets(body: str):
    return build_targets(extract_quantities(read_text(HEAD + body + "\n"))).set_index("text", drop=False)


def test_share_of_the_province_in_words_is_named_with_its_subject_and_share() -> None:
    """首位产业规模力争占全省一半以上 (audit 41 WH #3): 首位产业规模占全省比重, without the modal 力争; the same for 50%以上."""
    t = _targets("规上工业增加值增长8%左右，首位产业规模力争占全省一半以上，培育更多千亿级产业；")
    assert t.loc["一半", "indicator"] == "首位产业规模占全省比重" and t.loc["一半", "target_kind"] == "floor"
    t = _targets("规上工业增加值增长8%左右，首位产业规模力争占全省50%以上，培育更多千亿级产业；")
    assert t.loc["50%", "indicator"] == "首位产业规模占全省比重"


def test_share_after_a_run_of_years_takes_the_subject_before_it() -> None:
    """棉花产量连续4年占全国九成以上 (provincial_xinjiang_2026, a review share fix51t read): 棉花产量占全国比重; a bare
    占全省 after a figure of its own (生产煤炭6470万吨、占全省42.2%) stays bare, and a share of another thing is kept."""
    q = extract_quantities(read_text(HEAD.replace("去年全市地区生产总值增长5%。", "巩固棉花优势地位，棉花产量连续4年占全国九成以上、就地转化率达45%，建成国家优质棉花棉纱基地。"))).set_index("text")
    assert q.loc["九成", "indicator"] == "棉花产量占全国比重"
    assert whole_share("占全省", "%", "生产煤炭6470万吨、") == "占全省"
    assert whole_share("新能源装机占全疆装机", "%", "") == "新能源装机占全疆装机"
    assert whole_share("首位产业规模力争占全省", "个", "") == "首位产业规模力争占全省"


def test_slogan_pair_after_the_projects_counted_is_no_part_of_the_name() -> None:
    """全力推动927个省市县重点项目早开快投、快建多投，确保完成投资1800亿元以上 (audit 40 LY34, LY35): a count of 省市县重点项目,
    and the investment theirs; a 、 pair of nouns stays (26条樱花、紫薇特色路改造 is no slogan)."""
    t = _targets("充分发挥市重大项目推进专班作用，每月开展“夺旗打榜”、评价“十快十慢”，全力推动927个省市县重点项目早开快投、快建多投，确保完成投资1800亿元以上。")
    assert t.loc["927个", "indicator"] == "推动省市县重点项目数"
    assert "快投" not in t.loc["1800亿元", "indicator"] and t.loc["1800亿元", "indicator"].startswith("省市县重点项目")
    assert without_slogans("樱花", ["紫薇特色路"]) == ("樱花", ["紫薇特色路"])


def test_new_area_a_sentence_takes_as_topic_opens_its_figures_names() -> None:
    """聚焦“三区一高地”发展定位，把临江新区作为制造业发展“主战场”，…确保中科九微二期等20个产业项目建成投产，力争地区生产总值增长16%以上
    (audit 41 NC54–NC56): the 新区's projects and growth; a 高新区 or a figure of the whole city is not."""
    t = _targets("聚焦“三区一高地”发展定位，把临江新区作为制造业发展“主战场”，用好用活支持政策，推进体制机制改革创新，积极争取国省重大项目布局，"
                 "大力实施弘鑫云创智能制造、和泰特种光纤生产等86个重点产业项目，确保中科九微二期等20个产业项目建成投产，力争地区生产总值增长16%以上。")
    assert t.loc["20个", "indicator"] == "临江新区产业项目建成投产数"
    assert t.loc["86个", "indicator"].startswith("临江新区") and t.loc["16%", "indicator"].startswith("临江新区")
    t = _targets("把高新区作为创新发展“主阵地”，确保20个产业项目建成投产。")
    assert not t.loc["20个", "indicator"].startswith("高新区")
