"""Targets after audit 7, session 10 (issue #11, branch names11): one test per rule, on paraphrased
sentences run through the real reader and extractor (docs/assumptions.md)."""
from __future__ import annotations

from target_cases import targets


def test_a_part_of_infrastructure_investment_has_a_key_of_its_own() -> None:
    """公路水运投资 and 交通基础设施投资 are parts of 基础设施投资: each has its own key, and a part is not
    compared with the whole of the review (基础设施投资1.2万亿元)."""
    t = targets("完成基础设施投资1.2万亿元。",
                "今年要完成铁路投资7000亿元、公路水运投资1.6万亿元左右。完成交通基础设施投资9000亿元。完成基础设施投资1.3万亿元。")
    assert t.loc["1.6万亿元"].indicator_key == "road_waterway_investment"
    assert t.loc["1.6万亿元"].baseline_text == ""
    assert t.loc["9000亿元"].indicator_key == "transport_investment"
    assert t.loc["1.3万亿元"].indicator_key == "infrastructure_investment"
    assert t.loc["1.3万亿元"].baseline_text == "1.2万亿元"


def test_a_change_shared_after_dou_names_each_member_with_its_head() -> None:
    """二氧化硫、氮氧化物排放都要减少3%: 都要 names nothing, each member takes the shared 排放
    (not 二氧化硫都); 城镇、农村居民收入均增长6% is still split."""
    t = targets("完成造林900万亩。",
                "今年，化学需氧量、氨氮排放都要减少2%左右，二氧化硫、氮氧化物排放均要减少3%。城镇、农村居民收入都增长6%。")
    names = set(t.indicator)
    assert {"化学需氧量排放减少", "氨氮排放减少", "二氧化硫排放减少", "氮氧化物排放减少"} <= names
    assert not any("都" in n or "均" in n for n in names)
    assert t.loc["2%"].indicator_key.tolist() == ["cod_reduction", "ammonia_reduction"]
    assert len(t.loc["6%"]) == 2


def test_who_a_relief_is_for_and_its_levies_are_no_scope() -> None:
    """减轻企业税收和社保缴费负担 measures what 为企业和个人减税降费 did (tax and fee relief): the words
    for whom (企业, 个人) and the levies (税收, 社保) are no scope (tables_words scope_free_words);
    relief for small firms only (小微企业) is a part, not compared with the whole."""
    t = targets("全年为企业和个人减税降费约1.2万亿元。", "全年减轻企业税收和社保缴费负担近1.5万亿元。")
    assert t.loc["1.5万亿元"].baseline_text == "1.2万亿元"
    t = targets("全年为企业和个人减税降费约1.2万亿元。", "为小微企业减税降费8000亿元。")
    assert t.loc["8000亿元"].baseline_text == ""


def test_a_bare_count_named_by_its_verb_alone_takes_the_people_and_the_task() -> None:
    """再解决5000万农村人口的饮水安全问题: a count with no unit before a noun of people, named by its verb
    alone (再解决), is named for the people and what is done for them; the review's figure stays its
    baseline, and 为80万重点群体提供就业帮扶 is still 重点群体人数."""
    t = targets("5900多万农村人口饮水安全问题得到解决。",
                "今年再解决5000万农村人口的饮水安全问题。为80万重点群体提供就业帮扶。")
    assert t.loc["5000万"].indicator == "农村人口饮水安全问题解决人数"
    assert t.loc["5000万"].baseline_text == "5900多万"
    assert t.loc["80万"].indicator == "重点群体人数"


def test_a_verb_and_a_measure_word_share_the_subject_of_the_figure_before() -> None:
    """铁路投资…，新投产里程8000公里: a name made only of a verb and a measure word is of the subject of
    the figure before it (铁路新投产里程), so the review's 新建铁路投产里程 is its baseline; 新投产 is
    an amount added (a flow), not the length in operation."""
    t = targets("新建铁路投产里程8200公里，高速铁路运营里程达1.5万公里。",
                "铁路投资要保持在8000亿元以上，新投产里程7000公里以上。")
    row = t.loc["7000公里"]
    assert row.indicator == "铁路新投产里程" and row.measure == "flow"
    assert row.baseline_text == "8200公里" and row.feasibility == "below_last_year"


def test_an_enrolment_named_by_its_verb_alone_is_named_for_the_schools() -> None:
    """…改革完善高职院校考试招生办法，…，今年大规模扩招80万人: a count of people named only by a verb of
    enrolment is named for the schools the sentence names before it; with no school named it stays."""
    t = targets("完成造林900万亩。",
                "改革完善高职院校考试招生办法，鼓励更多应届高中毕业生和退役军人等报考，今年大规模扩招80万人。"
                "今年扩招50万人。")
    assert t.loc["80万人"].indicator == "高职院校扩招人数"
    assert t.loc["50万人"].indicator == "扩招人数"


def test_whose_reemployment_it_is_is_no_scope() -> None:
    """下岗失业人员和困难人员再就业2000人 measures what the review's 再就业2200人 did: the groups 再就业
    is said of are no scope (tables_words scope_free_words); 农民工再就业 stays a part."""
    t = targets("城镇新增就业6000人，再就业2200人。",
                "确保新增城镇就业5000人，下岗失业人员和困难人员再就业2000人。农民工再就业1800人。")
    assert t.loc["2000人"].baseline_text == "2200人"
    assert t.loc["2000人"].feasibility == "below_last_year"
    assert t.loc["1800人"].baseline_text == ""
