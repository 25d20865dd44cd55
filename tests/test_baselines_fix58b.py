"""Baselines after audit 46 (fix58b): a part of a year opening its sentence in a clause of its own (黄冈), short forms and
synonyms that reach the registry key (高企, 大学生, 企业成功上市, 公办幼儿园, 亿元项目: 徐州, 黄冈, 衢州), a subset or another level
refused (高技术产业投资, 全国重点实验室: 徐州), a bracketed note no bar to the key and a bare list member yielding to it (达州)."""
from __future__ import annotations

from target_cases import baseline_of as _base, class_of as _class, targets

GOALS = "地区生产总值增长5.5%左右。"


def test_a_part_of_a_year_opening_its_sentence_is_no_year_baseline() -> None:
    """前三季度，GDP增长6.5%，连续9个季度高于全省。预计全年GDP增长7%左右 (黄冈 L6): the year's figure, not 前三季度's."""
    t = targets("前三季度，GDP增长6.5%，连续9个季度高于全省。预计全年GDP增长7%左右，有望突破3000亿。",
                "主要预期目标是：地区生产总值增长7%左右，规上工业增加值增长7.5%。", 2023)
    assert _base(t, "7%") == "7%"


def test_a_whole_year_figure_after_a_part_stays_a_baseline() -> None:
    """The neighbour kept: a sentence opened by no part of a year (全年GDP增长6.5%) is the year's figure."""
    t = targets("全年GDP增长6.5%，连续9个季度高于全省。", "主要预期目标是：地区生产总值增长7%左右。", 2023)
    assert _base(t, "7%") == "6.5%"


def test_short_forms_reach_the_key() -> None:
    """高企突破1200家 vs 高企个数超过1000家 (黄冈 L33, L7); 新开工亿元项目500个 vs 新开工亿元以上项目391个 (黄冈 L23, L6)."""
    t = targets("开展项目攻坚，新开工亿元以上项目391个、新入库271个。高企个数超过1000家、省级以上专精特新企业达到308家，数量均居全省第四。",
                GOALS + "力争新开工亿元项目500个以上、新入库项目总投资2000亿元以上。实施高企总量倍增计划，科技型中小企业突破2500家、高企突破1200家。",
                2023)
    assert _base(t, "500个") == "391个"
    assert _base(t, "1200家") == "1000家"


def test_kindergarten_share_in_full_and_short_form() -> None:
    """公办园在园幼儿占比80%以上 vs 公办幼儿园在园幼儿占比从55.8%提升至77.5% (衢州 L25, L9): 公办园 is 公办幼儿园."""
    t = targets("新增公办学位1.18万个，公办幼儿园在园幼儿占比从55.8%提升至77.5%，义务教育段随迁子女入读公办学校比例达到98.3%。",
                GOALS + "新投用公办中小学校和幼儿园16所，新增公办学位1.64万个，公办园在园幼儿占比80%以上。", 2023)
    assert _base(t, "80%") == "77.5%"


def test_graduates_brought_in_are_a_flow() -> None:
    """引进高校毕业生4万人以上 vs 引进大学生4.2万名 (徐州 L31, L10): 大学生 is 高校毕业生, 名 is 人, the year's intake below
    last year's; 引育青年大学生4万人以上 (衢州) stays a target."""
    t = targets("发布“彭城英才计划20条”，入选省级以上重点人才计划161人，引进大学生4.2万名，技术合同成交额增长27.7%。",
                GOALS + "完善人才“引育用留”政策体系，引进高校毕业生4万人以上。", 2023)
    assert _base(t, "4万人") == "4.2万名"
    assert _class(t, "4万人") == "below_last_year"
    t = targets("城镇新增就业3.08万人，重点群体就业帮扶2.91万人次，引进大学生4.47万人。",
                GOALS + "推进青年发展型城市建设，引育青年大学生4万人以上。", 2023)
    assert _base(t, "4万人") == "4.47万人"


def test_graduates_of_the_year_stay_context() -> None:
    """The neighbour kept: 今年高校毕业生1170万人 is a fact the plan works with, not a goal."""
    t = targets("城镇新增就业1200万人。", GOALS + "今年高校毕业生1170万人。", 2023)
    assert "1170万人" not in t.index


def test_firms_listed_with_a_verb_between() -> None:
    """新增…上市企业5家 vs 3家企业成功上市 (徐州 L28, L11)."""
    t = targets("设立江苏股权交易中心徐州分中心，3家企业成功上市。",
                GOALS + "深入实施培大育强工程、企业上市“鹏程计划”，新增产值超10亿元企业10家、上市企业5家。", 2023)
    assert _base(t, "5家") == "3家"


def test_a_high_tech_part_and_a_national_level_are_other_measures() -> None:
    """力争产业投资增长10%以上 is not 高技术产业投资增长12.9%; 完成5家省重点实验室重组 is not 6个全国重点实验室完成重组 (徐州 L22, L32)."""
    t = targets("高技术产业投资增长12.9%，新增省级以上智能制造示范工厂9家。云龙湖实验室获批筹建省实验室，6个全国重点实验室完成重组。",
                GOALS + "加快340个亿元以上工业项目和100个重点服务业项目建设，力争产业投资增长10%以上。"
                "高标准推进云龙湖实验室建设，完成5家省重点实验室重组。", 2023)
    assert _base(t, "10%") == ""
    assert _base(t, "5家") == ""


def test_the_same_level_still_matches() -> None:
    """The neighbour kept: 产业投资增长 against 产业投资增长 of the review is its baseline."""
    t = targets("产业投资增长12.9%。", GOALS + "力争产业投资增长10%以上。", 2023)
    assert _base(t, "10%") == "12.9%"


def test_a_bracketed_note_and_a_bare_list_member() -> None:
    """确保固定资产投资增长7%以上 vs 固定资产投资（不含农户）完成1457.8亿元、增长5.9% (达州 L50, L7), not the manufacturing list's
    投资增长23.8% (制造业贷款增长35%、投资增长23.8%, L9)."""
    t = targets("投资拉动有力有效，固定资产投资（不含农户）完成1457.8亿元、增长5.9%，高于全省3.5个百分点。"
                "引导金融向制造业倾斜，制造业贷款增长35%、投资增长23.8%。",
                GOALS + "确保固定资产投资增长7%以上。", 2023)
    assert _base(t, "7%") == "5.9%"


def test_a_later_member_with_its_own_noun_matches_on_it_only() -> None:
    """确保规上工业增加值增长7.5%、制造业增长8.5%以上 (达州 L52): 制造业 has no value-added growth in the review, so neither
    规上工业增加值扭负为正、增长3.5% (borrowed words only) nor 制造业贷款增长35% (loans) is its baseline; the first member keeps 3.5%."""
    t = targets("工业经济稳中向好，规上工业增加值扭负为正、增长3.5%。引导金融向制造业倾斜，制造业贷款增长35%、投资增长23.8%。",
                GOALS + "确保规上工业增加值增长7.5%、制造业增长8.5%以上。", 2023)
    assert _base(t, "8.5%") == ""
    assert _base(t, "7.5%") == "3.5%"


def test_one_kind_of_a_summed_list_is_apart() -> None:
    """新（改、扩）建公办中小学校40所、幼儿园20所 (达州 L79) is not measured by 新（改、扩）建公办中小学和幼儿园136所 (L24): a wider set."""
    review = "大力发展教育事业，学前教育、义务教育更加普惠均衡，新（改、扩）建公办中小学和幼儿园136所、新增学位1.7万个，创建省级示范幼儿园6所。"
    t = targets(review, GOALS + "坚守全省基础教育质量第一方阵，新（改、扩）建公办中小学校40所、幼儿园20所。", 2023)
    assert _base(t, "40所") == ""
    t = targets(review, GOALS + "新（改、扩）建公办中小学和幼儿园150所。", 2023)  # the neighbour kept: the same list
    assert _base(t, "150所") == "136所"


def test_public_kindergarten_share_is_not_affordable_coverage() -> None:
    """普惠性幼儿园覆盖率86% (成都) is not measured by 公办幼儿园在园幼儿占比59.5%: two keys now."""
    t = targets("公办幼儿园在园幼儿占比达到59.5%。", GOALS + "普惠性幼儿园覆盖率达到86%。", 2023)
    assert _base(t, "86%") == ""


def test_graduates_named_in_a_list_after_its_verb_stay_targets() -> None:
    """新增省级以上高层次人才50名、大学生10万名、技能人才5万名 (嘉兴): the list's 新增 makes 大学生 a goal, not context."""
    t = targets("城镇新增就业12万人。", GOALS + "加强科技领军人才、青年人才、高技能人才引育，新增省级以上高层次人才50名、大学生10万名、技能人才5万名。", 2023)
    assert "10万名" in t.index
