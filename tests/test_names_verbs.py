"""Verbs a name keeps (audit 33's largest class of borderline names, docs/audits/targets_33.md: a verb lost so that a count
reads as a stock): sentences of the audit's texts (in /work/notes/unseen, seen by rule rounds since) and of the corpus."""
from __future__ import annotations

from name_cases import names

from govreport.extract.name_verbs import lone_aside, subject_verb


def test_the_verb_after_a_subject_before_a_list_of_examples_stays() -> None:
    """…走廊开工建设奔戈、柯拉（二期）水光互补、道孚抽蓄等4个电站项目: the projects started, not a stock of them (GZ24#42);
    the aside inside the first examples does not cut the clause off before the verb."""
    got = names("雅砻江流域清洁能源走廊开工建设奔戈、柯拉（二期）水光互补、道孚抽蓄等4个电站项目，"
                "加快孟底沟、牙根一级水电站和两河口混合式抽蓄电站建设。")
    assert got["4个"] == "开工建设电站项目数"
    assert subject_verb("雅砻江流域清洁能源走廊开工建设奔戈、柯拉水光互补、道孚抽蓄等") == "开工建设"
    assert subject_verb("开工建设奔戈、道孚抽蓄等") == ""  # (the verb at the start: examples_verb's)
    # examples that end alike are whole names with their own verbs (answer key data/raw/jinbi_2024.txt: 27个项目, no 建设)
    assert subject_verb("特别是围绕永丰湖生态颐养中心(医养结合)建设项目、蜻蛉河流域西河(县城段)可持续发展工程、龙林村千乡万村驭风行动试点项目、"
                        "东塔山城乡文化健康同悦项目、涧水塘以工代赈项目等") == ""


def test_a_light_plan_verb_before_a_class_of_projects_stays() -> None:
    """全年推进500万元以上项目800个: the projects pushed on, not a bare stock of 500万元以上项目 (MDJ24#37)."""
    got = names("全年推进500万元以上项目800个、完成投资200亿元，240个项目竣工投产。")
    assert got["800个"] == "推进500万元以上项目数"


def test_a_verb_and_object_after_a_rate_names_the_share_that_does_it() -> None:
    """推动镇街医院100%设立中医临床科室: the share of the hospitals that set up the department, not bare 镇街医院 (ZS24#52)."""
    got = names("新增50个“中医阁”，推动镇街医院100%设立中医临床科室，完善“防治康”一体化服务网络。")
    assert got["100%"] == "镇街医院设立中医临床科室比例"



def test_an_aside_after_another_opens_no_clause() -> None:
    """…中心(医养结合)建设项目、…西河(县城段)可持续发展工程、…等27个项目 (answer key data/raw/jinbi_2024.txt): the words between two
    asides are no clause, so no 建设 is read as the list's verb; one aside inside a list is read past (开工建设奔戈、柯拉（二期）…)."""
    text = "围绕永丰湖生态颐养中心(医养结合)建设项目、蜻蛉河流域西河(县城段)可持续发展工程、涧水塘以工代赈项目等27个项目"
    lo = text.index("(县城段)") + len("(县城段)")
    assert not lone_aside(text, lo, text.index("27个"), 0)
    text = "。开工建设奔戈、柯拉（二期）水光互补、道孚抽蓄等4个电站项目"
    assert lone_aside(text, text.index("水光"), text.index("4个"), 0)
