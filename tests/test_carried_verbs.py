"""A verb of new things said once before a list of counts is carried to a later member with no verb (audit 40)."""
from __future__ import annotations

from govreport import extract_quantities, read_text


def all_names(sentence: str) -> dict[str, str]:
    """Figure text -> name of every row of the plan paragraph ``sentence``."""
    table = extract_quantities(read_text("二、2024年工作安排\n" + sentence + "\n"))
    return dict(zip(table.text, table.indicator))


def test_a_new_verb_is_carried_after_a_qizhong_part() -> None:
    """新招引亿元以上产业项目800个以上，其中先进制造业项目600个，50亿元以上项目不少于10个 (Yangzhou, YZ20): the ten
    projects are newly attracted too (新招引50亿元以上项目数), not a stock of such projects."""
    named = all_names("紧盯世界500强、中国500强、行业前10强，大力开展产业链招商、乡贤招商、基金招商、以商引商，"
                      "新招引亿元以上产业项目800个以上，其中先进制造业项目600个，50亿元以上项目不少于10个。")
    assert named["10个"] == "新招引50亿元以上项目数"


def test_a_new_verb_is_carried_over_a_comma_list() -> None:
    """力争新引进500强项目50个以上，投资过10亿元项目100个以上 (Linyi, LY55); 新增学位2.3万个，其中高中4处、学位1万个
    (LY102: 新增高中学位数)."""
    named = all_names("紧盯头部企业和专精特新企业，力争新引进500强项目50个以上，投资过10亿元项目100个以上，实际到位资金1300亿元以上。")
    assert named["100个"] == "新引进投资过10亿元项目数"
    places = all_names("开展“教育突破年”行动，优化教育资源配置，推动教育均衡发展，新建改扩建中小学23处、新增学位2.3万个，其中高中4处、学位1万个。")
    assert places["1万个"] == "新增高中学位数"


def test_a_member_said_as_a_stock_or_with_its_own_verb_keeps_its_name() -> None:
    """力争新增上市挂牌企业5家，百亿级企业实现新突破，省级以上专精特新企业突破550家 (Yangzhou): 突破550家 is a stock;
    新增国家高新技术企业200家以上，新认定省级以上单项冠军企业20家以上 (Linyi): 新认定 is its own verb."""
    stock = all_names("鼓励优质企业垂直整合、股改上市，力争新增上市挂牌企业5家，百亿级企业实现新突破，省级以上专精特新企业突破550家。")
    assert stock["550家"] == "省级以上专精特新企业数"
    own = all_names("入库科技型中小企业3000家左右，新增国家高新技术企业200家以上，新认定省级以上单项冠军企业20家以上。")
    assert own["20家"] == "新认定省级以上单项冠军企业数"


def test_a_member_with_a_done_verb_or_of_people_keeps_its_name() -> None:
    """新增雏鹰、瞪羚、独角兽（潜在独角兽）企业超50家，完成股改企业70家 (Yancheng): 完成 is the clause's own verb;
    新增城镇就业6万人以上，农村劳动力转移就业33万人 (Hohhot): the transfer is a measure of its own."""
    done = all_names("持续抓好高企、专精特新企业培育和企业股改上市工作，新增雏鹰、瞪羚、独角兽（潜在独角兽）企业超50家，完成股改企业70家，新增报会上市企业20家。")
    assert not done["70家"].startswith("新增")
    people = all_names("统筹做好高校毕业生、农民工、退役军人、困难群体等重点人群就业帮扶和创业扶持，新增城镇就业6万人以上，农村劳动力转移就业33万人。")
    assert people["33万人"] == "农村劳动力转移就业人数"


def test_a_count_after_each_county_is_per_county() -> None:
    """全力提升县域经济，强县领跑、弱县跨越，重视镇域经济发展，各县重点培育打造1-2个特色产业 (Linyi, LY49): 各县 as 每个县
    (a count per county, not the city's total)."""
    table = extract_quantities(read_text("二、2024年工作安排\n全力提升县域经济，强县领跑、弱县跨越，重视镇域经济发展，"
                                         "各县重点培育打造1-2个特色产业、1-2个重点镇。\n"))
    assert "每个县培育打造特色产业数" in list(table.indicator)


def test_a_qizhong_part_after_a_batch_with_no_name_before_is_read() -> None:
    """…等一批大项目落户潍坊。全市进出口总额稳定增长，其中进口增长17.1% (Weifang 2024, review): a 一批 just before and a 其中
    part with no named figure before it in its sentence — the whole text failed with StopIteration (session 31)."""
    text = ("一、2023年工作回顾\n总投资120亿元的高端植保项目、年产100万千升青啤数字化工厂一期等一批大项目落户潍坊。"
            "全市进出口总额稳定增长，其中进口增长17.1%，高于全省14.4个百分点。\n")
    table = extract_quantities(read_text(text))
    assert table.set_index("text").loc["17.1%", "indicator"] == "进口增长"
