"""Held-out audit 51 (晋中, 商丘, 娄底, 江门 2023), round fix118a: which figures are targets. A set the plan works on
read as a goal (an adverb and a named list between the verb and the count), a project's or a plant's own size, a
threshold, and goals dropped by a too-wide look for 目标, a counter read as a threshold, or an amount classing the firms."""
from __future__ import annotations

from target_cases import targets

REVIEW = "地区生产总值增长4.5%。"


def _texts(plan: str) -> list[str]:
    """The target texts of ``plan`` (a 2023 plan part)."""
    return list(targets(REVIEW, plan, 2022)["text"])


def test_a_named_list_between_the_verb_and_the_count_is_the_set_worked_on() -> None:
    # 晋中 rows 10, 35, 50: an adverb (全力, 持续) and the named members between the verb and the count
    assert _texts("要全力打造能源、传统制造业、汽车产业、文旅、现代物流5个千亿级产业集群。") == []
    assert _texts("全力支持安泰、吉利、永泰3户百亿级企业新增百亿产值。") == []
    assert _texts("持续推动太谷玛钢、祁县玻璃器皿、平遥牛肉和推光漆器3个省级特色专业镇做强特色产业。") == []
    # a goal verb with named firms stays a goal
    assert _texts("引进安泰、吉利、永泰3户百亿级企业。") == ["3户"]


def test_strengthening_and_quality_ends_work_on_a_set() -> None:
    # 晋中 row 68, 商丘 G3, 娄底 4, 江门 G6
    assert _texts("做大做强农产品精深加工8个产业集群。") == []
    assert _texts("扎实推进11个省级开发区高质量发展。") == []
    assert _texts("推进其他8条工业新兴优势产业链延链补链强链。") == []
    assert _texts("集中资源支持3个先行启动区。") == []
    # new things made stay goals
    assert _texts("新建其他8个项目。") == ["8个"]
    assert _texts("推进其他8个项目开工建设。") == ["8个"]


def test_a_named_projects_own_investment_is_its_size() -> None:
    # 商丘 G2: a name joined by 和, a road's number after 的, a road section's building, a list closed by 等升级改造
    assert _texts("推动投资30亿元的储能材料、投资50亿元的上汽百万套发动机壳体和轻量化轮毂等项目建设。") == []
    assert _texts("保障投资28.5亿元的京港台高铁雄商段建设。") == []
    assert _texts("实施投资93.5亿元的310国道商丘段新改建工程。") == []
    assert _texts("统筹推动投资26亿元的商丘农产品中心批发市场、投资15亿元的中原车城等升级改造。") == []
    # 晋中 row 47: sizes of the projects counted after them
    assert _texts("实施总投资439亿元、总里程698公里的8个国省干线公路建设。") == ["8个"]
    # the year's investment stays a goal
    assert _texts("完成投资93.5亿元，310国道商丘段新改建工程开工。") == ["93.5亿元"]
    assert _texts("完成总投资439亿元、新建公路698公里。") == ["439亿元", "698公里"]


def test_a_plant_class_and_a_population_threshold_are_no_goals() -> None:
    # 晋中 rows 19, 84
    assert _texts("全部关闭4.3米及不达超低排放标准焦炉。") == []
    assert _texts("推动人口20万以上的县特殊教育全覆盖。") == []
    assert _texts("新增城镇人口20万以上。") == ["20万"]


def test_goals_no_longer_dropped() -> None:
    # 晋中: 目标 in the next clause (目标收入保险) does not make 80% a restated goal
    plan = ("一季度推动建设库内新建项目手续办结率达到80%以上。"
            "推动农业生产托管拓展，主要农作物综合机械化率达到80%以上，推广粮食作物目标收入保险。")
    assert _texts(plan).count("80%") == 2
    # 商丘: N种以上 before the noun counted is a count, not a threshold
    assert "50种" in _texts("建成7个县域医疗中心，50种以上常见病实现基层首诊。")
    # 江门: 超10亿 right before 企业 classes the firms counted; the count is the goal
    assert _texts("争取新增3家以上产值超50亿企业、5家以上产值超10亿企业。") == ["3家", "5家"]
    # the set an amount covers stays no goal
    assert _texts("推动11个能源重点领域项目投资突破2000亿元。") == ["2000亿元"]
