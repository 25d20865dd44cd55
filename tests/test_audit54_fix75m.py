"""Audit 54 (广安 rows 10, 12; 滁州 rows 10, 11), round fix75m: a count of projects or firms a zone takes in, in a sentence
that opens with that zone, is named with the zone (extract/zone_intake.py)."""
from __future__ import annotations

import pytest

from govreport.extract.zone_intake import zone_of_intake


def _named(sentence: str, figure: str, base: str) -> str:
    return zone_of_intake(sentence, 0, sentence.index(figure), base)


@pytest.mark.parametrize(("sentence", "figure", "base", "expected"), [
    # 广安: the park is the whole opening clause after a lead verb
    ("提档升级南浔·广安东西部协作产业园，新引进落户企业5个以上。", "5个", "新引进落户企业数", "南浔·广安东西部协作产业园新引进落户企业数"),
    # 广安: the base is the subject right before an intake verb; the second member keeps it
    ("岳池生产基地新开工希尔安等项目6个以上，竣工健腾药业等项目10个以上。", "10个", "竣工健腾药业等项目数", "岳池生产基地竣工健腾药业等项目数"),
    # 滁州: zones and 建设 fill the opening clause; a zone of a later clause (省级开发区) is no subject
    ("提速提效顶山—汊河、浦口—南谯新型功能区建设，完善功能配套，力争纳入省级开发区管理，确保新签约亿元以上项目超50个。", "50个",
     "新签约亿元以上项目数", "顶山—汊河、浦口—南谯新型功能区新签约亿元以上项目数"),
    # 加快建设…: the park, not its building
    ("加快建设数字经济产业园，力争引进培育数字企业20户。", "20户", "引进培育数字企业户数", "数字经济产业园引进培育数字企业户数"),
])
def test_zone_intake_named_with_zone(sentence: str, figure: str, base: str, expected: str) -> None:
    assert _named(sentence, figure, base) == expected


@pytest.mark.parametrize(("sentence", "figure", "base"), [
    ("完善功能配套，力争纳入省级开发区管理，确保新签约亿元以上项目超50个。", "50个", "新签约亿元以上项目数"),  # no zone opens the sentence
    ("提档升级南浔·广安东西部协作产业园，地区生产总值增长6%。", "6%", "地区生产总值增长"),  # not an intake
    ("岳池生产基地新开工希尔安等项目6个以上。", "6个", "岳池生产基地新开工希尔安等项目数"),  # names its zone already
])
def test_zone_intake_left_alone(sentence: str, figure: str, base: str) -> None:
    assert _named(sentence, figure, base) == base
