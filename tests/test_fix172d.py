"""Round fix172d (held-out audit 90): a counter that repeats the counted noun's last character (坐席 counted in 席) is one count
with the general 个 of that noun (锦州 2020 row 12); a count whose people noun closes the words after it (27.21万农村人口) is
read in 人, and a target whose name lost the words before its count (解决农村16.6万人…) takes that review figure as its
baseline (株洲 2016 row 11). Sentences from /work/notes/held90."""
from __future__ import annotations

import pandas as pd

from govreport import extract_quantities, read_text
from target_cases import baseline_of, class_of, targets

SEATS_REVIEW = "现代服务业快速发展。滨海电商基地坐席达到5000个。"
SEATS_PLAN = "加快电子商务发展，滨海电商基地呼叫中心坐席达到8000席以上。"
WATER_REVIEW = "全年新建公租房1万余套，完成棚户区改造近2万户，农村危房改造9300户，解决27.21万农村人口饮水安全问题。"
WATER_PLAN = "水利网，推进一批重点水利工程建设，加快饮用水第二水源前期工作，解决农村16.6万人饮水安全问题，加快城镇防洪减灾能力建设。"


def _quantities(body: str) -> pd.DataFrame:
    text = f"政府工作报告\n一、2023年工作回顾\n{body}\n二、2024年工作安排\n地区生产总值增长6%。\n"
    return extract_quantities(read_text(text)).set_index("text", drop=False)


def test_seats_in_their_own_counter_take_the_reviews_count_in_ge() -> None:
    """…坐席达到8000席以上 (锦州 row 12) against 滨海电商基地坐席达到5000个: baseline 5000个, ×1.6 stretch."""
    t = targets(SEATS_REVIEW, SEATS_PLAN)
    assert baseline_of(t, "8000席") == "5000个"
    assert class_of(t, "8000席") == "stretch"
    assert int(t.loc[["8000席"]].iloc[0]["baseline_year"]) == 2024


def test_the_same_holds_the_other_way_round() -> None:
    """A target in 个 of a noun ending in 席 takes the review's count in 席."""
    t = targets("滨海电商基地坐席达到5000席。", "滨海电商基地坐席达到8000个以上。")
    assert baseline_of(t, "8000个") == "5000席"


def test_ge_of_another_noun_stays_apart() -> None:
    """Near miss: 5000个 counts 电商基地 places, no 坐席; a count in 席 of 坐席 finds no baseline there."""
    t = targets("建成电商服务站点5000个。", "滨海电商基地呼叫中心坐席达到8000席以上。")
    assert baseline_of(t, "8000席") == ""


def test_a_counter_that_is_not_the_nouns_last_character_stays_apart() -> None:
    """Near miss: 张 is no character of 床位 (nor a counter 个 stands for); 床位500个 and 床位800张 stay apart."""
    t = targets("新增养老床位500个。", "新增养老床位800张。")
    assert baseline_of(t, "800张") == ""


def test_people_named_after_the_count_are_read_in_ren() -> None:
    """解决27.21万农村人口饮水安全问题: 27.21万 in 人 (no unit before); 800贫困人口 too."""
    q = _quantities(WATER_REVIEW + "确保2个贫困村800贫困人口全面脱贫。")
    assert q.loc["27.21万", "unit"] == "人" and q.loc["27.21万", "value"] == 272100
    assert q.loc["800", "unit"] == "人"


def test_a_class_of_places_by_their_people_stays_as_written() -> None:
    """Near miss: 30万以上人口旗县 is a class of places (以上 between), no count read in 人; 20万人口 keeps its unit 人口."""
    q = _quantities("支持30万以上人口旗县发展。全县常住人口20万人口。")
    assert q.loc["30万", "unit"] in ("", None) or pd.isna(q.loc["30万", "unit"])
    assert q.loc["20万人口", "unit"] == "人口"


def test_the_plans_people_take_the_reviews_people_named_after_the_count() -> None:
    """解决农村16.6万人饮水安全问题 (株洲 row 11) against 解决27.21万农村人口饮水安全问题: baseline 27.21万, below last year."""
    t = targets(WATER_REVIEW, WATER_PLAN)
    assert baseline_of(t, "16.6万人") == "27.21万"
    assert class_of(t, "16.6万人") == "below_last_year"


def test_a_review_of_another_scope_stays_apart() -> None:
    """Near miss: the review's 城镇人口 is not the 农村 the plan names before its count."""
    t = targets("解决27.21万城镇人口饮水安全问题。", WATER_PLAN)
    assert baseline_of(t, "16.6万人") == ""


def test_the_other_way_round_the_review_names_the_scope_before_its_count() -> None:
    """再解决6000万农村人口的饮水安全问题 (national 2014, now keyed drinking_water_safety) against 新解决农村6300多万人饮水安全问题:
    the review's 农村 stands before its count; baseline 6300多万人, below last year."""
    t = targets("全面完成1.5万座小型水库除险加固，新解决农村6300多万人饮水安全问题。",
                "今年再解决6000万农村人口的饮水安全问题，要让所有农村居民都能喝上干净的水。")
    row = t.loc[["6000万"]].iloc[-1]
    assert row["unit"] == "人" and row["indicator_key"] == "drinking_water_safety"
    assert baseline_of(t, "6000万") == "6300多万人"


def test_the_people_noun_alone_takes_what_happens_to_them() -> None:
    """确保2个贫困村800贫困人口全面脱贫 (太原 2019): a goal of 800人 named 贫困人口脱贫人数, not 贫困人口人数."""
    t = targets("全年投入扶贫资金1.45亿元。", "实现娄烦高质量脱贫摘帽，确保2个贫困村800贫困人口全面脱贫。")
    row = t.loc[["800"]].iloc[-1]
    assert (row["unit"], row["indicator"], row["indicator_key"]) == ("人", "贫困人口脱贫人数", "rural_poor_reduction")
