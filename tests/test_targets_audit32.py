"""Audits 31 and 32 (fix38a): one test per rule, on paraphrased sentences run through the real reader and
extractor — figures that are no plan-year target, targets that were missed, and 约 inside a verb
(docs/assumptions.md#review-part-targets, #target-kinds)."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.tables import build_targets

HEAD = "某市2024年政府工作报告\n一、2023年工作回顾\n去年全市地区生产总值增长5%。\n二、2024年主要目标任务\n"


def _targets(body: str):
    return build_targets(extract_quantities(read_text(HEAD + body + "\n"))).set_index("text", drop=False)


def test_an_amount_after_over_between_a_count_and_its_noun_is_a_class() -> None:
    """26个超50亿元项目, 营收过10亿元企业: the amount classes the projects or firms; the count stays."""
    t = _targets("加快推进30个超20亿元项目建设。引进更多营收过5亿元企业。")
    assert "30个" in t.index
    assert "20亿元" not in t.index and "5亿元" not in t.index


def test_an_amount_before_de_and_a_noun_is_a_class_not_a_ceiling() -> None:
    """收入超10万元的村占比, 人均纯收入低于1万元的脱贫人口动态清零: the amount defines the villages or people."""
    t = _targets("力争经营收入超20万元的村占比达90%。实现人均收入低于8000元的农户动态清零。")
    assert "20万元" not in t.index and "8000元" not in t.index
    assert "90%" in t.index


def test_a_money_class_right_after_a_count_is_no_second_figure() -> None:
    """20家十亿元企业: 十亿元 classes the firms counted."""
    t = _targets("加快培育50家亿元企业、10家十亿元企业。")
    assert {"50家", "10家"} <= set(t.index)
    assert "十亿元" not in t.index


def test_the_investment_of_one_named_project_is_its_size() -> None:
    """建设投资126亿元的中能新材料产业园: the park's size; 年度计划总投资N元的…项目 stays the year's amount."""
    t = _targets("推进建设投资80亿元的东湖新材料产业园。")
    assert "80亿元" not in t.index


def test_a_reserve_pool_count_is_no_target() -> None:
    """总投资2735亿元的576个储备项目加速落地转化: the pool drawn on; 储备项目N个 (a pool built) stays."""
    t = _targets("推动总投资900亿元的300个储备项目加速落地。新增储备项目200个。")
    assert "300个" not in t.index
    assert "200个" in t.index


def test_n_items_of_an_unlisted_programme_is_a_list_count() -> None:
    """办好34项重要民生实事, 持续实施20项民心工程: the size of the plan's own list."""
    t = _targets("办好30项重要民生实事。持续实施15项民心工程。")
    assert "30项" not in t.index and "15项" not in t.index


def test_n_classes_of_people_is_a_scope() -> None:
    """推进7类特殊困难老年人探访关爱服务: the groups covered, not an amount."""
    assert "6类" not in _targets("推进6类特殊困难老年人探访关爱服务。").index


def test_a_length_before_a_circle_is_a_label() -> None:
    """农村3公里生活圈建设: a reach, whatever follows 圈."""
    assert "5公里" not in _targets("加快城乡5公里生活圈建设。").index


def test_each_with_a_verb_gives_one_row_per_member() -> None:
    """国家高新技术企业、科技型中小企业各新增1000家: one row for each kind of firm, the verb in each name."""
    t = _targets("国家高新技术企业、科技型中小企业各新增800家。")
    assert sorted(t["indicator"]) == ["新增国家高新技术企业数", "新增科技型中小企业数"]


def test_kinds_of_work_before_deng_are_no_examples() -> None:
    """加快水电路等18个基础设施项目建设: 水电路 are kinds of work, so 18个 is the year's projects."""
    assert "12个" in _targets("加快水电路等12个基础设施项目建设。").index


def test_completing_equipment_of_n_stations_is_a_target() -> None:
    """完善10个基层综合文化站（中心）设施设备: the stations equipped this year."""
    assert "8个" in _targets("完善8个基层综合文化站（中心）设施设备。").index


def test_an_amount_in_quotes_with_a_counter_is_an_amount() -> None:
    """实现…“三个5000亩”: an amount, not part of a name; “两个15%” (a policy's name) stays out."""
    t = _targets("实现新增建设用地、储备土地、供地“三个3000亩”。落实“两个15%”政策。")
    assert "3000亩" in t.index
    assert "15%" not in t.index


def test_the_firms_a_scheme_reaches_are_a_target() -> None:
    """支持200家中小企业开展质量、标准、品牌提升: the firms reached."""
    assert "150家" in _targets("支持150家中小企业开展质量、标准、品牌提升。").index


def test_pilots_named_by_example_after_kaizhan_are_a_target() -> None:
    """开展张家湖片区等11个美丽乡村共同缔造试点: the pilots carried out, as 实施…等20个项目."""
    assert "9个" in _targets("开展东湖片区等9个美丽乡村共同缔造试点。").index


def test_a_floor_per_industry_is_a_target() -> None:
    """每个主导产业招引链主企业1个以上: a floor for each industry."""
    t = _targets("每个主导产业招引链主企业2个以上。")
    assert t.loc["2个", "target_kind"] == "floor"


def test_yue_inside_qianyue_is_no_about_cue() -> None:
    """力争新签约60个: 签约 is a verb, the goal is exact, not a band about 60."""
    q = extract_quantities(read_text(HEAD + "力争全年新签约项目60个，节约用水8%。\n")).set_index("text")
    assert q.loc["60个", "qualifier"] == ""
    assert q.loc["8%", "qualifier"] == ""


def test_a_keyless_figure_under_another_heading_with_another_name_is_no_restatement() -> None:
    """实施技改项目25个 and, under another heading, 实施项目25个: two goals (names and headings differ)."""
    text = ("某市2024年政府工作报告\n一、2023年工作回顾\n去年全市地区生产总值增长5%。\n二、2024年主要目标任务\n"
            "全年实施技改项目25个。\n三、2024年乡村振兴工作\n推进带水河综合治理，实施项目25个。\n")
    t = build_targets(extract_quantities(read_text(text)))
    assert (t["text"] == "25个").sum() == 2


def test_a_keyless_figure_under_another_sub_heading_is_no_restatement() -> None:
    """（一）…实施技改项目25个 and （二）…实施项目25个 under one top heading: two goals (audit 32 ES24#88)."""
    text = ("某市2024年政府工作报告\n一、2023年工作回顾\n去年全市地区生产总值增长5%。\n二、2024年主要目标任务\n"
            "（一）抓产业\n全年实施技改项目25个。\n（二）抓乡村\n推进带水河综合治理，实施项目25个。\n")
    t = build_targets(extract_quantities(read_text(text)), text=text)
    assert (t["text"] == "25个").sum() == 2
