"""Names after audit 54 (fix72n): a count's noun that is only a modifier before 的 gives way to the head after 的
(阳泉 row 38, 滁州 row 138), and a 、 list of subjects before a level verb and as many figures, with no 分别, pairs
member by member (滁州 rows 114-115); beside each, the neighbouring right behaviour kept."""
from __future__ import annotations

from name_cases import names


def test_count_of_a_led_thing_is_named_by_its_head() -> None:
    """组建3-5家企业主导的创新联合体 (阳泉 row 38): consortia counted, not 企业主导."""
    assert names("组建3-5家企业主导的创新联合体。")["3-5家"] == "创新联合体数"


def test_a_pair_of_modifiers_before_one_head() -> None:
    """打造…40个以上市域领先、群众急需的临床重点学科 (滁州 row 138): the disciplines, past both modifiers."""
    assert names("打造4个以上省级重点专科和40个以上市域领先、群众急需的临床重点学科，实现三级公立医院县域全覆盖。")["40个"] == "打造临床重点学科数"


def test_praised_school_still_named_by_the_school() -> None:
    """新建1所全区一流的优质初中: as before, the school."""
    assert names("新建1所全区一流的优质初中。")["1所"] == "新建优质初中数"


def test_pair_of_subjects_before_a_level_verb_splits_in_order() -> None:
    """农膜、农药包装物回收利用率保持在90%、85%以上 (滁州 rows 114-115): each member its figure, the shared head kept."""
    got = names("推动农业绿色发展，农膜、农药包装物回收利用率保持在90%、85%以上。")
    assert got["90%"] == "农膜回收利用率"
    assert got["85%"] == "农药包装物回收利用率"


def test_members_sharing_their_first_word_stay_as_before() -> None:
    """粮食面积、产量稳定在284.5万亩、18.98亿斤以上: no head after the last member to share; the output stays 粮食产量."""
    got = names("确保粮食面积、产量稳定在284.5万亩、18.98亿斤以上。")
    assert got["18.98亿斤"] == "粮食产量"
