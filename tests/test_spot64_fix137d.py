"""Held-out set 64 (朝阳, 潮州, 鹤岗, 楚雄, 红河 2023), round fix137d: baselines missed or wrong (入规 firms, 入统 trade
units, an area in another unit, a list of counts opened by a verb of building)."""
from __future__ import annotations

from target_cases import baseline_of, class_of, targets


def test_firms_entering_the_statistics_are_new_firms_above_size() -> None:
    # 鹤岗 row 12: 全年培育入规企业23户 is the baseline of 全年新增规上工业企业20户 (firms_upgraded)
    t = targets("全年培育入规企业23户。", "大力培育“临规”企业，全年新增规上工业企业20户。", 2022)
    assert baseline_of(t, "20户") == "23户" and class_of(t, "20户") == "below_last_year"
    # the firms there are (a stock) are no baseline of those added
    t = targets("全市规上工业企业达到230户。", "全年新增规上工业企业20户。", 2022)
    assert baseline_of(t, "20户") != "230户"


def test_trade_units_entering_the_statistics_are_above_limit_units() -> None:
    # 鹤岗 row 56: 新增入统贸易单位117户 is the baseline of 新增限上贸易主体50户以上
    t = targets("新增入统贸易单位117户。", "新增限上贸易主体50户以上。", 2022)
    assert baseline_of(t, "50户") == "117户" and class_of(t, "50户") == "below_last_year"
    # another kind of unit entering the statistics is not
    t = targets("新增入统服务业单位117户。", "新增限上贸易主体50户以上。", 2022)
    assert baseline_of(t, "50户") == ""


def test_an_area_in_another_unit_of_its_dimension() -> None:
    # 鹤岗 row 44: 城区裸土覆绿面积111公顷 (= 111万平方米) is the baseline of 裸土覆绿…16万平方米以上
    t = targets("城区裸土覆绿面积111公顷。", "裸土覆绿15处、16万平方米以上。", 2022)
    assert baseline_of(t, "16万平方米") == "111公顷" and class_of(t, "16万平方米") == "below_last_year"
    # a length is no area, whatever its name
    t = targets("城区裸土覆绿面积111公里。", "裸土覆绿15处、16万平方米以上。", 2022)
    assert baseline_of(t, "16万平方米") == ""
    # another measure's name in 公顷 is not converted
    t = targets("新增城市绿地面积111公顷。", "裸土覆绿15处、16万平方米以上。", 2022)
    assert baseline_of(t, "16万平方米") == ""


def test_a_list_opened_by_a_verb_of_building_counts_flows() -> None:
    # 红河 row 56: 建设…森林乡村100个 is the year's flow (its key forest_villages a stock), as is 创成…森林乡村237个
    t = targets("创成省级绿美乡镇13个、绿美村庄16个、森林乡村237个。", "建设省级绿美乡镇13个、绿美村庄24个、森林乡村100个。", 2022)
    assert baseline_of(t, "100个") == "237个" and class_of(t, "100个") == "below_last_year"
    assert t.loc[["100个"]].iloc[-1]["measure"] == "flow"
    # a level reached stays a stock
    t = targets("创成森林乡村237个。", "全市森林乡村达到300个。", 2022)
    assert t.loc[["300个"]].iloc[-1]["measure"] == "stock"
