"""Round 156, fix156a (held-out set 77 宜宾 rows 29–34, 驻马店 rows 49–51): a 分别 list whose members stand apart from its
measure gives each figure its own subject and its own review member. The members stand in the clause before the measure
(发展A、B、C等特色产业，确保综合产值分别达到…: A综合产值 …), or are one-character products run together (肉蛋奶总产量分别达…:
肉总产量, 蛋总产量, 奶总产量); the review's list pairs member for member, its later figures levels as its first is.
Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.tables import build_targets
from tests.target_cases import baseline_of, names_by_text, targets

_KINDS_REVIEW = "茶叶、肉牛、生猪、林竹综合产值分别达200亿元、250亿元、400亿元、210亿元。"
_KINDS_PLAN = "完善产业政策，加快发展茶叶、肉牛、生猪、林竹等特色产业，确保综合产值分别达到240亿元、270亿元、450亿元、240亿元。"


def test_members_in_the_clause_before_name_each_figure() -> None:
    got = names_by_text(_KINDS_REVIEW, _KINDS_PLAN)
    assert got["270亿元"] == ["肉牛综合产值"] and got["450亿元"] == ["生猪综合产值"]
    assert got["240亿元"] == ["茶叶综合产值", "林竹综合产值"]  # an equal value at another offset is its own row


def test_the_review_list_pairs_member_for_member() -> None:
    t = targets(_KINDS_REVIEW, _KINDS_PLAN)
    assert baseline_of(t, "270亿元") == "250亿元" and baseline_of(t, "450亿元") == "400亿元"
    assert baseline_of(t, "240亿元") == "210亿元"  # 林竹, the last row written 240亿元


def test_a_five_year_recap_list_gives_each_member_its_level() -> None:
    text = ("政府工作报告\n一、“十三五”发展成就和2020年工作回顾\n这五年，我们加快产业发展。茶叶、肉牛、生猪、林竹综合产值分别达"
            "200亿元、250亿元、400亿元、210亿元。\n二、2021年工作安排\n" + _KINDS_PLAN + "\n")
    t = build_targets(extract_quantities(read_text(text))).set_index("text", drop=False)
    assert baseline_of(t, "270亿元") == "250亿元" and baseline_of(t, "450亿元") == "400亿元"


def test_a_list_of_another_size_keeps_the_shared_measure() -> None:
    # three kinds before, two figures after: no pairing
    got = names_by_text("", "加快发展茶叶、肉牛、生猪等特色产业，确保综合产值分别达到240亿元、270亿元。")
    assert got["240亿元"] == ["综合产值"] and got["270亿元"] == ["综合产值"]


_RUN_REVIEW = "肉、蛋、奶产量达60万吨、30万吨、12万吨。"


def test_a_run_of_one_character_products_is_a_list() -> None:
    plan = "大力实施奶业振兴行动，肉蛋奶总产量分别达65万吨、32万吨、13万吨。"
    got = names_by_text(_RUN_REVIEW, plan)
    assert got["65万吨"] == ["肉总产量"] and got["32万吨"] == ["蛋总产量"] and got["13万吨"] == ["奶总产量"]
    t = targets(_RUN_REVIEW, plan)
    assert baseline_of(t, "65万吨") == "60万吨" and baseline_of(t, "13万吨") == "12万吨"  # (eggs have no key: none, not a wrong one)
    assert baseline_of(t, "32万吨") in ("", "30万吨")


def test_two_one_character_words_stay_one_word() -> None:
    # 水电 is hydropower: two figures after it are no list of 水 and 电
    got = names_by_text("", "水电装机容量分别达到120万千瓦、150万千瓦。")
    assert all("、" not in n and not n.startswith(("水装机", "电装机")) for ns in got.values() for n in ns)
