"""Round 156, fix156e (held-out set 77): figures that size a set the plan carries on or frame each place's focus, not
amounts to produce — a per-county focus range of industries (各县（市、区）瞄准1—2个优势产业), counts of pilots held and
carried on (深入推进2个“国家级”、3个“省级”试点单位建设), a count a quoted “N+M” label repeats, a count after a 、 list
of named members. Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from target_cases import names_by_text

REVIEW = "全市生产总值增长3%。"


def test_per_county_focus_range_of_industries_is_no_target() -> None:
    # 聊城 row 10: 鼓励各县（市、区）瞄准1—2个优势产业，建设…特色产业集群
    got = names_by_text(REVIEW, "鼓励各县（市、区）瞄准1—2个优势产业，建设上下游配套的特色产业集群。")
    assert "1—2个" not in got, got


def test_per_county_range_cultivated_of_pillar_industries_is_no_target() -> None:
    # 宜宾 16183 (力争每个区县形成1—2个…支柱产业): audits 76, 77 read the per-county focus range as no target
    got = names_by_text(REVIEW, "支持每个县区培育1—2个支柱产业。")
    assert "1—2个" not in got, got


def test_per_county_range_of_industrial_parks_stays() -> None:
    # boundary: a range of parks (产业园区) is no industry focus: the rule keeps its row
    got = names_by_text(REVIEW, "支持各县区重点培育1—2个产业园区。")
    assert "1—2个" in got, got


def test_city_count_of_industries_stays() -> None:
    # boundary: a single count without 各县/每个县 is the city's own goal
    got = names_by_text(REVIEW, "重点培育3个优势产业。")
    assert "3个" in got, got


def test_pilots_carried_on_are_no_targets() -> None:
    # 荆门 rows 55, 56: 深入推进2个“国家级”、3个“省级”试点单位建设
    got = names_by_text(REVIEW, "深化医药卫生体制改革，深入推进2个“国家级”、4个“省级”试点单位建设。")
    assert "2个" not in got and "4个" not in got, got


def test_pilots_created_stay_targets() -> None:
    # boundary: a verb of creating makes the pilots a goal
    got = names_by_text(REVIEW, "争创2个国家级试点单位。")
    assert "2个" in got, got


def test_count_repeated_by_a_quoted_label_is_a_held_set() -> None:
    # 驻马店 row 24: 突出抓好11个产业集聚区、…产业园、…产业园“11+2”载体平台建设
    got = names_by_text(REVIEW, "突出抓好9个产业集聚区、农产品加工产业园、智慧产业园“9+2”载体平台建设。")
    assert "9个" not in got, got


def test_count_not_repeated_by_the_label_stays() -> None:
    # boundary: a label of other numbers does not hold the count
    got = names_by_text(REVIEW, "新建9个产业园区，完善“3+2”产业体系。")
    assert "9个" in got, got


def test_count_unlike_the_named_members_stays() -> None:
    # boundary of the 、 list size (驻马店 row 58, 正阳花生、泌阳夏南牛2个国家现代农业产业园: checked on the report, the
    # paraphrase is dropped by an older rule): a count other than the number of names is no list size
    got = names_by_text(REVIEW, "抓好东岭示范园，东岭花生、西河黄牛、南湾芝麻2个国家现代农业产业园建设。")
    assert "2个" in got, got


def test_count_after_a_verb_and_names_stays() -> None:
    # boundary: a verb before the names (创建A、B2个…) keeps the goal
    got = names_by_text(REVIEW, "创建甲县花生、乙县黄牛2个省级现代农业产业园。")
    assert "2个" in got, got


def test_area_of_a_named_zone_is_its_own_size() -> None:
    # 驻马店 row 47: 推动西平13万亩高标准农田“升级版”暨乡村产业振兴示范区建设
    got = names_by_text(REVIEW, "新建高标准农田100万亩，推动甲县12万亩高标准农田“升级版”暨乡村产业振兴示范区建设。")
    assert "12万亩" not in got and "100万亩" in got, got


def test_area_of_farmland_pushed_stays() -> None:
    # boundary: no zone built: the area is the year's
    got = names_by_text(REVIEW, "推动12万亩高标准农田建设。")
    assert "12万亩" in got, got
