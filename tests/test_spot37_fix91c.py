"""Spot audits 37 (黔东南, 宿迁 2025), round fix91c: a list's verb 更换/关爱 given to every member, a capacity named
after a 新增 member added too, a grade member named with its sibling's noun, and 台套 read as one unit."""
from __future__ import annotations

from govreport.extract import extract_quantities
from govreport.report import read_text


def _names(text: str) -> dict[str, str]:
    q = extract_quantities(read_text("一、2023年工作回顾\n" + text))
    return dict(zip(q["text"], q["indicator"]))


def test_a_replace_or_care_verb_is_every_members() -> None:
    # 宿迁 L74, L76 (rows 152, 170): 更换 and 关爱 open a 、 list of counts, the later members are replaced / cared for too
    names = _names("更换新能源公交车50辆、公共自行车3000辆。")
    assert names["3000辆"] == "更换公共自行车数"
    names = _names("关爱留守和困境儿童2000名、困境妇女儿童家庭1500户，居家托养残疾人3000名。")
    assert names["1500户"] == "关爱困境妇女儿童家庭户数"
    assert names["3000名"] == "居家托养残疾人数"


def test_a_capacity_after_a_new_member_is_added() -> None:
    # 宿迁 L75 (row 165): the daily capacity after 新增…小区133个 is capacity added, not the whole
    names = _names("新增垃圾“四分类”小区133个、生活垃圾日处置能力500吨。")
    assert names["500吨"] == "新增生活垃圾日处置能力"
    assert _names("生活垃圾日处置能力达到500吨。")["500吨"] == "生活垃圾日处置能力"


def test_a_grade_member_takes_its_siblings_noun() -> None:
    # 黔东南 L64, 十件民生实事 (row 81): 9个一级 are first-grade town fire brigades upgraded
    names = _names("完成2个重点景区乡镇、9个一级、86个二级乡镇专职消防队伍提档升级和提质强能。")
    assert names["9个"] == "一级乡镇专职消防队伍提档升级和提质强能数"
    assert names["86个"] == "二级乡镇专职消防队伍提档升级和提质强能数"


def test_tai_tao_is_one_unit() -> None:
    # 宿迁 L33 (row 21): 1万台套以上 counts equipment renewed, its unit 台套 (not 台 and a name 套以上数)
    q = extract_quantities(read_text("一、2023年工作回顾\n完成工业领域设备更新1万台套以上，更新家电50万台。"))
    row = q[q["text"] == "1万台套"].iloc[0]
    assert (row["indicator"], row["unit"], row["qualifier"]) == ("工业领域设备更新数", "台套", "at_least")
