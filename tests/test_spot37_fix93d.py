"""Spot audit 37 (2025 city reports), round 93 part d: keys vetoed for a part or another measure (data/key_vetoes.csv),
a 各 count of kinds fused in one word refused the joint review count, and the programme a 惠及 clause reaches."""
from __future__ import annotations

from target_cases import baseline_of, targets

from govreport import extract_quantities, read_text

PLAN = "二、2025年工作安排\n"


def _rows(text: str) -> dict[str, tuple[str, str]]:
    """Figure text -> (name, key) of the plan paragraph ``text``."""
    t = extract_quantities(read_text(PLAN + text + "\n"))
    return {x: (n, k) for x, n, k in zip(t.text, t.indicator, t.indicator_key)}


def test_key_vetoes_for_a_part_or_a_flow_of_trainees() -> None:
    """新增“三高”企业2户 (平凉 row 55), “首店”经营主体 (山南 row 13), 技能人才培训1万人 (庆阳 row 80), 教育重点项目 (平凉 row 63):
    another measure than the key's; the key's own wording keeps it."""
    assert _rows("新增高新技术企业10户、“三高”企业2户。")["2户"][1] == ""
    assert _rows("新增高新技术企业10户、“三高”企业2户。")["10户"][1] == "high_tech_enterprises"
    assert _rows("培育和引进“首店”经营主体5个。")["5个"][1] == ""
    assert _rows("开展数字经济、低空经济和安全技能人才培训1万人。")["1万人"][1] == ""
    assert _rows("新增高技能人才3000人。")["3000人"][1] == "skilled_workers"
    assert _rows("实施教育重点项目28个。")["28个"][1] == ""
    assert _rows("实施重点项目300个。")["300个"][1] == "key_projects"


def test_each_of_kinds_fused_in_one_word_has_no_joint_baseline() -> None:
    """实施技改技创项目各150个 (营口 row 18): 150 of each kind, not comparable with last year's joint 319; a list's member
    counted with 各 keeps its own review count."""
    t = targets("实施技改技创项目319个。", "实施技改技创项目各150个。")
    assert baseline_of(t, "150个") == ""
    t = targets("新培育数字化车间5个。", "新培育智能工厂、数字化车间各3个。")
    assert baseline_of(t, "3个") == "5个"


def test_a_programme_pushed_is_the_subject_of_whom_it_reaches() -> None:
    """一是加力推进消费品以旧换新，惠及城乡居民5万户以上 (平凉 row 70): the programme names who it reaches; an amount before 惠及
    leaves the name as it is."""
    assert _rows("一是加力推进消费品以旧换新，惠及城乡居民5万户以上。")["5万户"][0] == "消费品以旧换新惠及城乡居民户数"
    assert _rows("发放救助资金9.7亿元，惠及困难群众22万人次。")["22万人次"][0] == "惠及困难群众人次"
