"""Held-out set 53 (衡阳, 镇江, 襄阳, 鄂尔多斯 2023), round fix121e: plan figures that are no targets (a bar a class is drawn by,
a size class, each member's bar, a zone's size, an adopted package finished), a multi-year goal, and targets lost (quoted task
titles, the year's key projects under a verb of working on a set, a goal for each district)."""
from __future__ import annotations

from target_cases import baseline_of, targets


def test_a_bar_a_class_is_drawn_by_is_no_target() -> None:
    # 衡阳 row 34: 以年收入8万元为标准划定新的薄弱村
    t = targets("村集体收入增长10%。", "以年收入8万元为标准划定新的薄弱村，启动新一轮“清零计划”。")
    assert "8万元" not in set(t["text"])
    # a means clause without a standard noun after the amount stays a goal
    t = targets("村集体收入增长10%。", "以奖代补方式，村集体经济收入达到8万元。")
    assert "8万元" in set(t["text"])


def test_the_first_of_a_list_of_money_classes_is_a_class() -> None:
    # 衡阳 row 35: 打造一批年收入过50万元、100万元的村级集体经济强村
    t = targets("村集体收入增长10%。", "打造一批年收入过50万元、100万元的村级集体经济强村。")
    assert not {"50万元", "100万元"} & set(t["text"])
    # two amounts listed with no class link before them stay goals
    t = targets("村集体收入增长10%。", "村集体经济收入达到50万元、农民收入增加100万元。")
    assert "50万元" in set(t["text"])


def test_a_bar_every_member_reaches_is_no_level() -> None:
    # 镇江 row 54: 经济相对薄弱村集体稳定性收入全面达到120万元 (the review's 70%以上的…超过120万元 is no baseline of a level)
    t = targets("70%以上的经济相对薄弱村集体稳定性收入超过120万元。",
                "探索农房激活等资源盘活方式，经济相对薄弱村集体稳定性收入全面达到120万元。")
    assert "120万元" not in set(t["text"])
    # 农村居民 is no member noun: a level of one figure stays a goal
    t = targets("农村居民人均可支配收入2.1万元。", "农村居民人均可支配收入全面达到2.3万元。")
    assert "2.3万元" in set(t["text"])
    # 村均 right after the noun is an average per village, a level
    t = targets("村集体经济净收益1亿元。", "实现村集体经济净收益1.3亿元、村均达5万元。")
    assert "5万元" in set(t["text"])


def test_the_area_of_a_zone_core_is_its_size() -> None:
    # 襄阳 row 36: 集中精力建设2.13平方公里核心区
    t = targets("新建公园5个。", "积极推进庞公滨江生态商务区建设，集中精力建设2.13平方公里核心区，完善骨干路网。")
    assert "2.13平方公里" not in set(t["text"])
    # built (an output verb right before it): the year's work
    t = targets("新建公园5个。", "建成2.13平方公里核心区。")
    assert "2.13平方公里" in set(t["text"])


def test_an_adopted_package_finished_is_no_count() -> None:
    # 鄂尔多斯 row 34: 全面完成优化营商环境500条任务 after the review's 制定实施…营商环境行动两个500条
    review = "制定实施对标先进、提升创建和建设最优营商环境行动两个500条，入选中国投资热点城市。"
    t = targets(review, "全面完成优化营商环境500条任务，迭代升级推出“4.0”版。")
    assert "500条" not in set(t["text"])
    # no package of that size adopted in the review: the tasks to finish stay a goal
    t = targets("制定实施营商环境行动300条。", "全面完成优化营商环境500条任务。")
    assert "500条" in set(t["text"])


def test_n_years_before_a_verb_of_bringing_in_is_a_span() -> None:
    # 衡阳 row 21: 力争引进博士300人以上，三年引进博士突破1000人
    t = targets("引进博士186人。", "力争引进博士300人以上，三年引进博士突破1000人。")
    assert "1000人" not in set(t["text"]) and baseline_of(t, "300人") == "186人"
    # 每年 or the plan year's own words are no span
    t = targets("引进博士186人。", "全年引进博士突破1000人。")
    assert "1000人" in set(t["text"])


def test_figures_closing_quoted_task_titles_are_goals() -> None:
    # 衡阳 missed 1–7: 全力办好“增加城区公共停车位1000个”“新增幼儿托位10000个”…10件重点民生实事
    t = targets("新增城区公共停车位2187个，完成既有住宅加装电梯503台。",
                "全力办好“增加城区公共停车位1000个”“新增幼儿托位10000个”“建设张家山抗战遗址公园”"
                "“既有住宅加装电梯400台”等10件重点民生实事。")
    assert {"1000个", "10000个", "400台"} <= set(t["text"]) and "10件" not in set(t["text"])
    # quoted policy names with no verb of work stay names
    t = targets("新建公园5个。", "落实“稳经济30条”“人才新政20条”。")
    assert not {"30条", "20条"} & set(t["text"])


def test_the_years_key_projects_under_a_verb_of_working_on_a_set_are_a_goal() -> None:
    # 鄂尔多斯 missed 1: 发起项目建设攻势，紧盯472项重点项目 (the year's list, a new set each year)
    t = targets("443个重点项目完成投资960亿元。", "发起项目建设攻势，紧盯472项重点项目，强化“领导包联+工作专班”机制。")
    assert baseline_of(t, "472项") == "443个"
    # another set under the same verb stays the set there is
    t = targets("新建公园5个。", "紧盯24个重点片区。")
    assert "24个" not in set(t["text"])


def test_a_band_for_each_district_is_a_goal() -> None:
    # 襄阳 missed 1: 每个城区开展1-2个完整社区建设试点
    t = targets("新建公园5个。", "实施棚户区改造遗留项目清零攻坚行动，每个城区开展1-2个完整社区建设试点。")
    assert "1-2个" in set(t["text"])
    # each firm to have them stays a specification
    t = targets("新建公园5个。", "每户企业开展1-2个技术改造项目。")
    assert "1-2个" not in set(t["text"])
