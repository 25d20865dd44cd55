"""Held-out set 65 (克拉玛依, 延边, 文山, 昌吉, 黔东南 2023), round fix138a: rows that are no goals or duplicates (a project's
size closing a 、 list by 等项目, the plan's own list of 民生实事 done, a money class before a count, sets whose running is
managed, a goal restated by its whole name after 的, sets carried on from the review) and a sector's own works named."""
from __future__ import annotations

from target_cases import targets


def test_last_sized_member_before_deng_projects_is_a_name() -> None:
    # 昌吉 row 25: 加快华电木垒100万千瓦、国投奇台180万千瓦等项目建设 (the first member already had no row)
    t = targets("建成风电项目50万千瓦。", "加快华电木垒100万千瓦、国投奇台180万千瓦等项目建设。")
    assert "180万千瓦" not in set(t["text"]) and "100万千瓦" not in set(t["text"])
    # the member before is an amount to add (新增装机…), not a project's name: the last stays a goal as well
    t = targets("建成风电项目50万千瓦。", "新增光伏装机100万千瓦、风电50万千瓦等项目。")
    assert "50万千瓦" in set(t["text"])


def test_own_livelihood_list_done_is_no_goal() -> None:
    # 克拉玛依 row 61: 向社会征集了10件民生实事并坚决完成 (一是…十是… follow)
    t = targets("办好民生实事。", "向社会征集了10件民生实事并坚决完成。一是新增学位1000个。")
    assert "10件" not in set(t["text"]) and "1000个" in set(t["text"])
    # things other than the plan's own list stay goals
    t = targets("办好民生实事。", "办理人大代表建议100件并全部答复。")
    assert "100件" in set(t["text"])


def test_money_class_before_a_count_is_no_goal() -> None:
    # 黔东南 row 30: 新增培育30亿元企业2户、20亿元企业1户、亿元企业10户
    t = targets("新增规上企业20户。", "新增培育30亿元企业2户、20亿元企业1户、亿元企业10户。")
    assert "20亿元" not in set(t["text"]) and {"1户", "2户", "10户"} <= set(t["text"])
    # an amount with no count right after its noun stays a goal
    t = targets("实现工业总产值80亿元。", "实现工业总产值100亿元。")
    assert "100亿元" in set(t["text"])


def test_sets_whose_running_is_managed_are_no_goal() -> None:
    # 黔东南 row 44: 抓好省级、州级54个乡村振兴集成示范试点项目的运营管理
    review = "11个省级、43个州级乡村振兴集成示范试点906个项目全部完工。"
    t = targets(review, "抓好省级、州级54个乡村振兴集成示范试点项目的运营管理、机制完善。")
    assert "54个" not in set(t["text"])
    # pilots to build stay goals
    t = targets(review, "新建54个乡村振兴集成示范试点项目。")
    assert "54个" in set(t["text"])


def test_a_goal_restated_by_its_whole_name_is_one_goal() -> None:
    # 黔东南 row 34: 稳定405万亩的粮食播种面积 after 粮食播种面积稳定在405万亩左右 (主要目标)
    plan = "主要目标是：粮食播种面积稳定在405万亩左右，农产品加工转化率59%以上。\n一、推进乡村振兴\n稳定405万亩的粮食播种面积，大力实施粮食单产提升工程。"
    t = targets("新增粮食种植面积23万亩。", plan)
    assert list(t["text"]).count("405万亩") == 1
    # another name after 的 is another goal
    plan = "主要目标是：粮食播种面积稳定在405万亩左右。\n一、推进乡村振兴\n新建405万亩的高标准农田。"
    t = targets("新增粮食种植面积23万亩。", plan)
    assert list(t["text"]).count("405万亩") == 2


def test_a_set_under_way_pushed_on_is_no_goal() -> None:
    # 文山 row 36: review 5个风电基地、一批光伏项目以及3个整县屋顶分布式光伏国家试点有序推进
    review = "5个风电基地、一批光伏项目以及3个整县屋顶分布式光伏国家试点有序推进，建成投产19万千瓦。"
    t = targets(review, "能源建设方面，推进5个风电基地以及一批光伏发电项目、3个整县屋顶分布式光伏试点建设。")
    assert "5个" not in set(t["text"])
    # a different count of the same bases is a goal
    t = targets(review, "能源建设方面，推进8个风电基地以及一批光伏发电项目建设。")
    assert "8个" in set(t["text"])


def test_a_set_started_with_a_partner_carried_on_is_no_goal() -> None:
    # 黔东南 row 45: review 启动实施与佛山共建30个粤黔乡村振兴示范点建设; plan 扎实推进30个粤黔乡村振兴示范点建设
    review = "启动实施与佛山共建30个粤黔乡村振兴示范点建设。"
    t = targets(review, "扎实推进30个粤黔乡村振兴示范点建设，启动州级第二批32个乡村振兴示范点建设。")
    assert "30个" not in set(t["text"]) and "32个" in set(t["text"])
    # the review's set built anew (no start verb): a goal of its own
    t = targets("建成30个粤黔乡村振兴示范点。", "扎实推进30个粤黔乡村振兴示范点建设。")
    assert "30个" in set(t["text"])


def test_a_sectors_own_works_keep_the_sector() -> None:
    # 延边 row 20: 深入实施服务业22项重大工程 -> 服务业重大工程数 (not all the city's major works)
    t = targets("服务业增加值增长5%。", "深入实施服务业22项重大工程，开展试点。")
    assert t.loc["22项", "indicator"] == "服务业重大工程数"
    # a place before the count is no sector: its name stays as before
    t = targets("服务业增加值增长5%。", "深入实施全市22项重大工程。")
    assert "服务业" not in t.loc["22项", "indicator"]
