"""Held-out audit 57 (安康, 天水, 梧州 2023), round fix126a: baselines refused though the review states the same measure in other
words (年度投资 and 完成投资 of a year's key projects, 园区 where factories are built, 国省列 and 国列和省列, 建成投用 and 建成投入使用, a
sector lead over an identical name, a level held 与去年持平), and a pair joined by 和 that is no baseline of one member."""
from __future__ import annotations

from target_cases import baseline_of, targets


def test_year_investment_of_key_projects_is_the_completed_investment() -> None:
    # 安康 row 13: 确保重点项目年度投资756亿元 after 扎实抓好407个市级重点项目 and the review's 323个市级重点项目完成投资682亿元
    t = targets("精心组织行动，自加压力调增固定资产投资任务200亿元，323个市级重点项目完成投资682亿元，拉动全市固定资产投资增长3.5%。",
                "扎实抓好407个市级重点项目，新上项目开工率一季度达到80%、二季度达到100%，确保重点项目年度投资756亿元。", 2022)
    assert baseline_of(t, "756亿元") == "682亿元"
    # the review's investment of the provincial list only, which the target's sentence does not name: no baseline
    t = targets("精心组织行动，32个省级重点项目完成投资182亿元。",
                "扎实抓好407个市级重点项目，新上项目开工率一季度达到80%、二季度达到100%，确保重点项目年度投资756亿元。", 2022)
    assert baseline_of(t, "756亿元") == ""
    # a count of projects started (新开工) takes no review set of projects only worked on (突出抓好620个省市重点项目)
    t = targets("开展项目建设年行动，实施建设项目3902个，突出抓好620个省市重点项目，一批大项目相继落户。",
                "开展重点建设项目行动，实施省市重点项目430项，突出抓好磁县新材料等220项新开工项目，邱县智慧建造中心等100项续建项目。", 2022)
    assert baseline_of(t, "220项") == ""


def test_a_park_where_the_factories_are_built_is_no_part_of_the_place() -> None:
    # 安康 row 14: 新建园区标准化厂房65万平方米以上 and 新建标准化厂房63万平方米
    t = targets("新建标准化厂房63万平方米，保有面积490万平方米。", "新建园区标准化厂房65万平方米以上，每个县市区动态储备标准化厂房3万平方米以上。", 2022)
    assert baseline_of(t, "65万平方米") == "63万平方米"
    # a park's own measure stays a part of the place (园区 before no built thing)
    t = targets("完成工业投资63亿元。", "园区完成工业投资65亿元以上。", 2022)
    assert baseline_of(t, "65亿元") == ""


def test_one_kind_of_a_pair_joined_by_he_takes_no_baseline() -> None:
    # 安康 row 34: 市级航母园区15个 and the review's 新增市级航母和农业园区45个 (both kinds together)
    plan = "推动提质增效，新认定省级龙头企业15户、市级航母园区15个、市级以上现代农业园区30个、农民合作示范社20个。"
    t = targets("“六大特色农业”规模效益稳步提升，新增市级航母和农业园区45个、农业龙头企业21户。", plan, 2022)
    assert baseline_of(t, "15个") == ""
    # the review's own count of that kind alone stays its baseline
    t = targets("“六大特色农业”规模效益稳步提升，新增市级航母园区12个、农业龙头企业21户。", plan, 2022)
    assert baseline_of(t, "15个") == "12个"


def test_state_and_province_lists_written_apart_are_guo_sheng_lie() -> None:
    # 天水 row 15: 争取国省列科技项目30项 and 争取实施国列和省列科技项目37项
    t = targets("扎实推进“强科技”行动，争取实施国列和省列科技项目37项，新增众创空间8家、技术创新中心8家。",
                "深入实施“强科技”行动，加快“科创中国”试点城市建设，争取国省列科技项目30项。", 2022)
    assert baseline_of(t, "30项") == "37项"
    # the state's list alone is a part of them: no baseline
    t = targets("扎实推进“强科技”行动，争取实施国列和省列科技项目37项。", "深入实施“强科技”行动，争取国列科技项目10项。", 2022)
    assert baseline_of(t, "10项") == ""


def test_a_level_held_after_its_figure_is_a_growth_of_nought() -> None:
    # 天水 row 3: 社会消费品零售总额296亿元，与去年持平 (no % in the sentence)
    t = targets("社会消费品零售总额296亿元，与去年持平。", "社会消费品零售总额增长7.5%。", 2022)
    assert baseline_of(t, "7.5%") == "与去年持平"
    # 持平 of another clause, not the level's: no baseline
    t = targets("社会消费品零售总额296亿元，进出口总额与去年持平。", "社会消费品零售总额增长7.5%。", 2022)
    assert baseline_of(t, "7.5%") == ""


def test_jiancheng_touru_shiyong_is_jiancheng_touyong() -> None:
    # 梧州 row 49: 35所学校（项目）建成投入使用 and 37所学校（项目）建成投用
    t = targets("市第十七中学、长洲区龙腾小学等37所学校（项目）建成投用。", "市第十六中学、市综合性特殊教育学校等35所学校（项目）建成投入使用。", 2022)
    assert baseline_of(t, "35所") == "37所"
    # another stage (开工) stays apart
    t = targets("市第十七中学、长洲区龙腾小学等37所学校（项目）开工建设。", "市第十六中学、市综合性特殊教育学校等35所学校（项目）建成投入使用。", 2022)
    assert baseline_of(t, "35所") == ""


def test_a_sector_lead_does_not_narrow_an_identical_specific_name() -> None:
    # 梧州 rows 65-66: 水运方面，…力争港口货物吞吐量突破8000万吨、集装箱吞吐量突破100万标准箱
    t = targets("完成港口货物吞吐量7336万吨，集装箱吞吐量93.27万标准箱。",
                "水运方面，加快西江航道建设，力争港口货物吞吐量突破8000万吨、集装箱吞吐量突破100万标准箱。", 2022)
    assert baseline_of(t, "8000万吨") == "7336万吨" and baseline_of(t, "100万标准箱") == "93.27万标准箱"
    # a generic count under a lead stays the sector's (工业方面，…重点项目94个 and the city's 重点项目100个)
    t = targets("实施重点项目100个。", "工业方面，加快建设电子产业园等重点项目94个。", 2022)
    assert baseline_of(t, "94个") == ""
