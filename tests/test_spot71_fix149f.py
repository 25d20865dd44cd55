"""Round 148, fix149f (held-out sets 71, 72): names of list members and debris words. A modal 要 before 新增 and 至少
before 新增 leave the name (年内要新增环城绿化 -> 新增环城绿化); aim words closing a ranked subject leave it (…考核指标要力争
进入全省前十 -> …考核指标全省名次); a rate followed by its predicate opened by 进驻 is the share of those that move in, and the
later 、 member takes the same subject; a name never ends in 和 (城市垃圾做到“日产日清”和100%无害化处理 -> 城市垃圾无害化
处理率); 为农 opening a list member is part of its noun. Paraphrased sentences through the real reader and extractor."""
from __future__ import annotations

from target_cases import names_by_text

_REVIEW = "全市生产总值增长4%。"


def _names(plan: str) -> dict[str, list[str]]:
    return names_by_text(_REVIEW, plan)


def test_a_modal_before_new_leaves_the_name() -> None:
    got = _names("以环城和通道绿化为重点，年内要新增城郊绿化1500亩、荒坡造林5万亩。")
    assert got["1500亩"] == ["新增城郊绿化面积"]
    got = _names("每个县市区至少新增合作院所4家以上。")
    assert got["4家"] == ["每个县市区新增合作院所数"]


def test_a_main_word_keeps_its_yao() -> None:
    # boundary: 主要 is a word, not the modal 要
    got = _names("开发区主要指标增速达到40%以上。")
    assert got["40%"] == ["开发区主要指标增速"] or all("主要" in n for n in got["40%"])


def test_aim_words_leave_a_ranked_subject() -> None:
    got = _names("今年全市园区省定考核指标要力争进入全省前八。")
    assert got["八"] == ["全市园区省定考核指标全省名次"]


def test_a_ranked_subject_without_aim_words_is_unchanged() -> None:
    got = _names("全社会研发投入强度保持全省前5。")
    assert got["5"] == ["全社会研发投入强度全省名次"]


def test_a_rate_before_moving_in_names_its_subject_and_the_next_member() -> None:
    got = _names("推进依申请审批服务事项100%进驻政务大厅、100%网上可办。")
    assert got["100%"] == ["依申请审批服务事项进驻政务大厅比例", "依申请审批服务事项网上可办率"]


def test_a_rate_followed_by_a_treatment_has_no_conjunction_in_its_name() -> None:
    got = _names("推进生活垃圾分类，城区垃圾做到“日产日清”和100%无害化处理。")
    assert got["100%"] == ["城区垃圾无害化处理率"]


def test_a_rate_followed_by_an_online_predicate_is_unchanged() -> None:
    # boundary: a short predicate after a plain subject keeps its 率 as before
    got = _names("许可准入事项100%网上可办。")
    assert got["100%"] == ["许可准入事项网上可办率"]


def test_wei_nong_opens_a_members_noun() -> None:
    got = _names("提升农业社会化服务水平，新建改建为农服务中心、村级供销社各6家。")
    assert got["6家"] == ["为农服务中心数", "村级供销社数"]


def test_a_verb_before_a_plain_member_is_still_cut() -> None:
    # boundary: a light verb before an ordinary noun is trimmed as before
    got = _names("新建改建农村综合服务站、村级供销社各6家。")
    assert got["6家"] == ["农村综合服务站数", "村级供销社数"]
