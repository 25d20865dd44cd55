"""Names after audit 55 (fix73n): what a 、 list shares goes to every member — 达 as a level verb pairing members and
figures in order (阿坝 rows 47-48), the quoted label the first member opens with (阿坝 rows 44, 79, 105), the herd of a
herd measure (宿州 row 43); beside each, the neighbouring right behaviour kept."""
from __future__ import annotations

from name_cases import names


def test_da_pairs_subjects_and_figures_in_order() -> None:
    """蔬菜、水果种植面积达29万亩、36万亩以上 (阿坝 rows 47-48): each crop its own area."""
    got = names("大力推动产业适度规模化，蔬菜、水果种植面积达29万亩、36万亩以上，培育家庭农牧场13个。")
    assert got["29万亩"] == "蔬菜种植面积"
    assert got["36万亩"] == "水果种植面积"


def test_da_members_sharing_their_first_word_stay_as_before() -> None:
    """粮食面积、产量达…: no head after the last member to share; left as one, as with 稳定在."""
    assert names("确保粮食面积、产量达284.5万亩、18.98亿斤以上。")["18.98亿斤"] == "粮食产量"


def test_quoted_label_goes_to_a_later_bare_member() -> None:
    """建成“枫桥式”派出所2个、司法所3个 (阿坝 row 105): the justice offices are 枫桥式 too."""
    assert names("大力推动基层治理现代化，建成“枫桥式”派出所2个、司法所3个。")["3个"] == "枫桥式司法所建成数"


def test_quoted_label_goes_to_a_rate_of_the_labelled_thing() -> None:
    """“天府云平台”入驻企业超过120户、覆盖率90%以上 (阿坝 row 44): the platform's coverage."""
    assert names("加快工业数字化进度，“天府云平台”入驻企业超过120户、覆盖率90%以上。")["90%"] == "天府云平台覆盖率"


def test_quoted_label_goes_to_a_sibling_place() -> None:
    """建成“三家园”示范乡镇13个、村110个 (阿坝 row 79): 三家园 villages, not all villages."""
    assert names("扎实推进“十百千”行动，建成“三家园”示范乡镇13个、村110个。")["110个"] == "三家园村建成数"


def test_label_not_given_to_a_class_of_the_same_head() -> None:
    """新增“专精特新”企业5家、单项冠军企业2家: champions are a class of their own."""
    assert names("新增“专精特新”企业5家、单项冠军企业2家。")["2家"] == "新增单项冠军企业数"


def test_label_not_given_in_another_counter_or_to_land() -> None:
    """“四上”单位达1.85万家、经营主体超225万户; 建成“吨半粮”产能区60万亩、智慧农田50万亩: things of their own."""
    assert names("力争“四上”单位达1.85万家、经营主体超225万户。")["225万户"] == "经营主体户数"
    assert names("建成“吨半粮”产能区60万亩、智慧农田50万亩。")["50万亩"] == "智慧农田建成面积"


def test_herd_measure_takes_the_herd() -> None:
    """肉牛饲养量29.5万头、出栏量12.8万头 (宿州 row 43): cattle sold, not all livestock."""
    assert names("实施“秸秆变肉”暨百万头肉牛发展行动，肉牛饲养量29.5万头、出栏量12.8万头，稳定生猪等畜禽生产。")["12.8万头"] == "肉牛出栏量"
