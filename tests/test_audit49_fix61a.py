"""Round fix61a (audits 48/49): a capacity closing a member of a 、 list of projects is in the project's name (北海);
为民办实事事项 numbers the plan's own tasks (铜陵); a rate or herd size after a 、 list of subjects sharing 均 is each
subject's (来宾, 巴中); GW counts power and 产能 is a measure of its own (铜陵)."""
from __future__ import annotations

from target_cases import targets

GOALS = "地区生产总值增长7%。"
REVIEW = "地区生产总值增长6%。"


def _names(plan: str) -> list[str]:
    return list(targets(REVIEW, GOALS + plan)["indicator"])


def test_capacity_in_a_list_of_projects_is_no_target() -> None:
    """加快广投北海绿色生态铝一期200万吨、东方希望铝基材料一期200万吨项目建设 (beihai row 10): no row."""
    t = targets(REVIEW, GOALS + "聚焦铝产业建链，加快广投北海绿色生态铝一期200万吨、东方希望铝基材料一期200万吨项目建设，同步启动二期项目。")
    assert "200万吨" not in t.index


def test_capacity_to_add_before_a_list_stays_a_target() -> None:
    """Neighbouring right behaviour: 新增装机100万千瓦 before 、 is an amount to reach, not a project's name."""
    t = targets(REVIEW, GOALS + "新增新能源装机100万千瓦、推进抽水蓄能项目建设。")
    assert "100万千瓦" in t.index


def test_wei_min_ban_shi_shi_shi_xiang_is_the_plans_own_list() -> None:
    """动态实施28项为民办实事事项 (tongling row 95): the plan's own task list, no target."""
    t = targets(REVIEW, GOALS + "树牢以人民为中心的发展思想，动态实施28项为民办实事事项，提升民生福祉。")
    assert "28项" not in t.index


def test_insured_rate_shared_by_two_groups_gives_two_rows() -> None:
    """脱贫人口、困难群众参保率均达100％ (laibin row 100): one row per group."""
    names = _names("提升全民基本医疗保险水平，全民参保率不低于97％，脱贫人口、困难群众参保率均达100％。")
    assert "脱贫人口参保率" in names and "困难群众参保率" in names


def test_herd_size_shared_by_two_breeds_gives_two_rows() -> None:
    """巴山肉牛、南江黄羊饲养量均增长8%以上 (bazhong row 59): one row per breed."""
    names = _names("发展“2+1”种养业优势大品种，巴山肉牛、南江黄羊饲养量均增长8%以上，改造低产低效茶园3万亩。")
    assert "巴山肉牛饲养量增长" in names and "南江黄羊饲养量增长" in names


def test_battery_capacity_in_gw_is_a_target_named_by_its_capacity() -> None:
    """新能源汽车电池产能达5GW (tongling missed #20): a row in GW, named 产能 without 装机容量."""
    t = targets(REVIEW, GOALS + "推动国轩控股锂电池综合利用等项目开工建设，新能源汽车电池产能达5GW。")
    assert "5GW" in t.index and t.loc[["5GW"]]["indicator"].iloc[0].endswith("电池产能")


def test_firms_releasing_capacity_are_still_counted() -> None:
    """Neighbouring right behaviour: 支持33户省市“贡嘎培优”企业加速释放产能 (南充) counts firms, its name keeps 户数."""
    t = targets(REVIEW, GOALS + "支持33户省市“贡嘎培优”企业加速释放产能，带动主导产业产值增长15%以上。")
    assert t.loc[["33户"]]["indicator"].iloc[0].endswith("户数")


def test_a_season_starting_in_the_plan_year_is_the_plan_years() -> None:
    """2024／2025年榨季进厂糖料蔗900万吨以上 (laibin missed 34): the season starts in the plan year, a row of 2024."""
    t = targets("糖料蔗种植面积达177.2万亩，2023／2024年榨季预计进厂糖料蔗850万吨。",
                "2024年" + GOALS + "确保糖料蔗种植面积稳定在175万亩，2024／2025年榨季进厂糖料蔗900万吨以上。", review_year=2023)
    assert "900万吨" in t.index and int(t.loc[["900万吨"]]["year"].iloc[0]) == 2024


def test_two_modifiers_joined_by_a_comma_name_no_members() -> None:
    """建设机械化、智慧化农业万亩连片示范基地2个 (yongzhou missed 10): 机械化、智慧化 modify one noun, a count to build."""
    t = targets(REVIEW, GOALS + "建设机械化、智慧化农业万亩连片示范基地2个。")
    assert "2个" in t.index


def test_named_streets_stay_a_set_worked_on() -> None:
    """Neighbouring right behaviour: 提档升级汉正街、楚河汉街、远洋里商业街3个特色街区 names every member, no target."""
    t = targets(REVIEW, GOALS + "提档升级汉正街、楚河汉街、远洋里商业街3个特色街区。")
    assert "3个" not in t.index


def test_one_rate_for_road_and_for_water_transport_is_two_goals() -> None:
    """道路运输客货运周转量增长8％以上 then 水路客货运周转量增长8％以上 (laibin missed 67): 水路 is no restatement of 道路运输."""
    t = targets(REVIEW, GOALS + "保障道路运输企业复工复产，道路运输客货运周转量增长8％以上。持续协调提升大藤峡水利枢纽通航能力，水路客货运周转量增长8％以上。")
    assert len(t.loc[["8％"]]) == 2


def test_other_subjects_keep_the_shared_character_rule() -> None:
    """Neighbouring right behaviour: 汽车充电设施 and 新能源汽车充电设施 name one thing; 物流业 and 金融业 two."""
    from govreport.tables.restatements import other_subjects
    assert not other_subjects("汽车充电设施数", "新能源汽车充电设施数")
    assert other_subjects("物流业增加值增长", "金融业增加值增长")
