"""Held-out audit 40b (徐州, 揭阳, 汉中 2023), round fix102c: figures that are no targets (an annex glossary, a rank class
entered by named places, designated sets worked on, a count inside the first example of a list, projects already started)
and two goals refused before (N名以上 people drawn in, a financing quota reached)."""
from __future__ import annotations

from govreport import read_text
from target_cases import targets


def _has(plan: str, text: str, review: str = "地区生产总值增长5%。") -> bool:
    """Whether ``text`` is a target row of ``plan`` (under a 2023 plan heading, after a 2022 review)."""
    t = targets(review, plan, review_year=2022)
    return text in set(t["text"])


def test_an_annex_of_terms_is_a_part_of_its_own() -> None:
    # 徐州 rows 136–139: 附件 有关词语说明 after the report's end explains terms; no targets from it
    text = ("政府工作报告\n一、2022年工作回顾\n地区生产总值增长5%。\n二、2023年重点工作\n新增停车泊位4万个。\n---\n附件\n有关词语说明\n"
            "积水点：道路积水深度达15厘米、退水时间超过2个小时的点。\n“555”引才工程：每年引进领军人才500名、专门人才5000名。\n")
    report = read_text(text)
    assert "notes" in report.parts and text.index("有关词语说明") >= report.parts["notes"].start
    assert text.index("新增停车泊位") < report.parts["plan"].end <= text.index("积水点")
    # the report's title may open the heading line (《政府工作报告》有关名词解释)
    titled = text.replace("有关词语说明", "《政府工作报告》有关名词解释")
    assert "notes" in read_text(titled).parts
    # a sentence of the plan that only mentions 词语说明 heads no annex
    inline = text.replace("附件\n有关词语说明\n", "做好有关词语说明工作，")
    assert "notes" not in read_text(inline).parts


def test_named_places_entering_a_ranked_class_are_no_rank_goal() -> None:
    # 徐州 row 48: 邳州、沛县、新沂开发区进入全省30强: the 30 names the class several places enter
    assert not _has("力争邳州、沛县、新沂开发区进入全省30强。", "30")
    # one thing's rank stays a goal (快递业务量…、跻身全国城市50强: the 、 parts clauses with figures)
    assert _has("力争全市经济总量跻身全国50强。", "50")


def test_pilots_attended_to_after_tongchou_zhuahao_are_a_set() -> None:
    # 徐州 row 117: 统筹抓好8个整县（市、区）屋顶分布式光伏开发国家试点
    assert not _has("统筹抓好8个整县（市、区）屋顶分布式光伏开发国家试点。", "8个")
    # pilots to create stay goals
    assert _has("统筹推进新建8个屋顶分布式光伏开发试点。", "8个")


def test_a_set_whose_capacity_is_raised_is_no_goal() -> None:
    # 汉中 row 30: 提升17条重点产业链支撑引领力
    assert not _has("提升17条重点产业链支撑引领力。", "17条")
    # a count of chains to build stays a goal
    assert _has("新培育17条重点产业链。", "17条")


def test_a_count_inside_the_first_example_of_a_list_is_its_size() -> None:
    # 揭阳 row 10: 全力推进南海作业区3个码头、前詹作业区通用码头、…等项目建设
    assert not _has("全力推进南海作业区3个码头、前詹作业区通用码头、揭阳LNG项目配套码头等项目建设。", "3个")
    # members that open with their counts stay goals (新建5条主干道路、2台热水锅炉…等项目)
    assert _has("新建5条主干道路、前詹作业区通用码头等项目。", "5条")


def test_projects_already_started_are_a_set() -> None:
    # 揭阳 rows 11, 12: 有序推进20个已开工和3个以上新开工老旧小区改造: the 20 started already, the 3 new a goal
    plan = "有序推进20个已开工和3个以上新开工老旧小区改造。"
    assert not _has(plan, "20个") and _has(plan, "3个")


def test_people_drawn_in_and_a_financing_quota_reached_are_goals() -> None:
    # 汉中 G10: 吸纳8000名以上高校毕业生来汉发展; 直接融资额度达到30亿元以上
    assert _has("实施高校毕业生融入汉中行动，吸纳8000名以上高校毕业生来汉发展。", "8000名")
    assert _has("健全现代金融服务体系，直接融资额度达到30亿元以上。", "30亿元")
    # a loan quota the government sets stays a setting
    assert not _has("为创业者提供创业担保贷款额度达到30万元。", "30万元")


def test_a_count_after_the_examples_it_closes_is_not_inside_the_first() -> None:
    # a count right after 等 counts the set (推动库迪烘焙等358个项目开工、格力智能产业园等244个项目竣工): not the first example's size
    assert _has("推动库迪烘焙等358个项目开工、格力智能产业园等244个项目竣工。", "358个")
    # villages that have built facilities, upgraded: a goal (已建成 is no existing-set word)
    assert _has("改造提升超5000个已建成自然村的生活污水治理设施。", "5000个")
