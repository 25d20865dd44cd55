"""Baselines and keys after audit 37 (fix44b): a plan list of stages paired with the review's member by verb, a list member
that is only a title level read with its head (国家级 is 国家), 新增改造 and 改造 one year's flow, the review's 超N the baseline of
a floor N以上, and keys of another measure refused (data/key_requirements.csv)."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.extract.keys import meets_requirement


def test_keys_only_of_their_measure() -> None:
    """争创省级义务教育优质发展共同体领航学校5所 builds no school (SN24#35); 招商引资项目投资完成增长10%以上 and 水利投资增长127% are
    no fixed-asset investment (YL24#24); 新（改扩）建幼儿园25所、中小学校63所 and 全年投资增长5%左右 keep theirs."""
    assert not meets_requirement("schools_built", "省级义务教育优质发展共同体领航学校争创数", "争创省级义务教育优质发展共同体领航学校")
    assert not meets_requirement("schools_built", "调整小散弱学校数", "调整小散弱学校")
    assert meets_requirement("schools_built", "中小学校数", "新（改扩）建幼儿园25所、中小学校")
    assert not meets_requirement("fai_growth", "招商引资项目投资增长", "招商引资项目投资完成增长")
    assert not meets_requirement("fai_growth", "水利投资增长", "水利投资增长")
    assert meets_requirement("fai_growth", "投资增长", "全年投资增长")
    assert meets_requirement("fai_growth", "全社会固定资产投资增长", "全社会固定资产投资增长")
    assert meets_requirement("gdp_growth", "地区生产总值增长", "")
    q = extract_quantities(read_text("政府工作报告\n一、2023年工作回顾\n新（改扩）建幼儿园25所、中小学校63所，水利投资增长127%。\n"
                                     "二、2024年重点工作\n加快县域普通高中发展提升，争创省级义务教育优质发展共同体领航学校5所、省级示范普通高中2所。\n"))
    keys = dict(zip(q["text"], q["indicator_key"].fillna("")))
    assert keys["25所"] == keys["63所"] == "schools_built"
    assert keys["127%"] == keys["5所"] == ""
