"""Spot audits 40 held out (松原, 克孜勒苏 2025), round fix101c: names that lose their verb or keep a set's examples,
and a verb-object set phrase read as one noun."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from target_cases import baseline_of, targets


def _names(plan: str) -> dict[str, str]:
    """The indicator of each figure of ``plan`` (a plan part), by its text."""
    text = f"政府工作报告\n一、2024年工作回顾\n地区生产总值增长5%。\n二、2025年重点工作\n{plan}\n"
    q = extract_quantities(read_text(text))
    return dict(zip(q["text"], q["indicator"]))


def test_examples_between_a_verb_and_its_class_leave_the_name() -> None:
    # 松原 rows 9, 74, 96: one example or a list, then 等, a class noun and the count after it
    assert _names("建设中能建氢能产业园等产业类项目160个。")["160个"] == "产业类项目建设数"
    assert _names("改造望湖路、新兴街等巷路19条。")["19条"] == "巷路改造数"
    assert _names("谋划实施引水渠道输水能力提升、连接渠防护堤等项目5个。")["5个"] == "谋划实施项目数"
    # the verb stays with a money class after the examples, so the plan's count finds the review's
    t = targets("开复工中卉乾安储能等5000万元以上项目260个。", "全年开复工5000万元以上项目240个。")
    assert t.loc["240个", "indicator"] == "开复工5000万元以上项目数" and baseline_of(t, "240个") == "260个"


def test_examples_stay_where_no_verb_opens_them_or_a_programme_is_carried_out() -> None:
    # 等 inside a word is no set (中等职业学校)
    assert _names("新增省优秀中等职业学校3所。")["3所"] == "新增省优秀中等职业学校数"
    # 实施 (carrying out a programme) is left to the rules before: the programme's projects, as the plan names them
    assert _names("实施徐氏米业数字智能化生产等“智改数转”项目13个。")["13个"] == "智改数转项目数"


def test_a_verb_object_set_phrase_is_one_noun_and_lends_no_verb() -> None:
    # 克孜勒苏 rows 17-19: 完成植树造林…、荒漠化综合治理…、水土流失综合治理…
    names = _names("完成植树造林4.5万亩、荒漠化综合治理20万亩、水土流失综合治理23.54平方公里。")
    assert names["4.5万亩"] == "植树造林面积"
    assert names["20万亩"] == "荒漠化综合治理面积" and names["23.54平方公里"] == "水土流失综合治理面积"
    # 植树 alone is still a verb its sibling shares (植树…、种草…: as before)
    assert _names("完成植树4.5万亩、种草20万亩。")["4.5万亩"] == "植树面积"


def test_examples_kept_where_they_say_which_set_and_verbs_kept_together() -> None:
    # a head that says nothing without its examples keeps them (瞪羚等企业, 会展等活动), as does 等 of 等候
    assert _names("新培育单项冠军、瞪羚等企业300家以上。")["300家"] == "新培育单项冠军瞪羚等企业数"
    assert _names("打造校门口等候区160个。")["160个"] == "打造校门口等候区数"
    # two verbs before the examples stay together; a count of the examples after 等 is no class of the set
    assert _names("新建、改扩建实验中学、第二小学等中小学22所。")["22所"] == "新建改扩建中小学数"
    assert _names("加快打造玉米、水稻等5大重点产业和8个特色产业集群。")["8个"] == "打造特色产业集群数"


def test_a_review_set_named_by_examples_is_no_baseline_of_one_example() -> None:
    # the review's name leaves the examples out, its clause still says 幸福小院 is one of the set counted
    t = targets("建成农村“一老一小”幸福小院等服务设施765个。", "新建幸福小院200个。")
    assert baseline_of(t, "200个") == ""
