"""Held-out audit 67 (日喀则, 甘南 2023), round fix142a: a bare 投资 named by the projects its next clause builds, also when the
investment opens a clause inside a sentence, and a count of projects sized by their total investment (总投资…元的) named by
the projects, not 总投资."""
from __future__ import annotations

from target_cases import targets


def _name(t, text: str) -> str:  # type: ignore[no-untyped-def]
    """The indicator of the row whose text is ``text``."""
    return str(t.loc[t["text"] == text, "indicator"].iloc[0])


def test_bare_investment_named_by_projects_after_their_count() -> None:
    # 甘南 rows 78, 80: 投资3330万元，实施卓尼达架沟、临潭端阳沟等8个小流域治理项目
    t = targets("完成水利投资2亿元。", "投资3330万元，实施卓尼达架沟、临潭端阳沟等8个小流域治理项目。")
    assert _name(t, "3330万元") == "小流域治理项目投资"
    # 甘南 row 56: after a modifier with 的
    t = targets("完成水利投资2亿元。", "投资45亿元，建成总装机105万千瓦的光伏发电项目。")
    assert _name(t, "45亿元") == "光伏发电项目投资"
    # a clause after the amount that carries out nothing stays bare
    t = targets("完成水利投资2亿元。", "投资45亿元，确保群众满意。")
    assert "光伏" not in _name(t, "45亿元") and "群众" not in _name(t, "45亿元")


def test_bare_investment_named_by_things_upgraded() -> None:
    # 甘南 row 29: 投资5000万元，改造提升418家养殖合作社基础设施
    t = targets("完成投资2亿元。", "投资5000万元，改造提升418家养殖合作社基础设施，新建万头牦牛养殖示范点15个。")
    assert _name(t, "5000万元") == "养殖合作社基础设施改造提升投资"


def test_bare_investment_opening_a_clause_inside_a_sentence() -> None:
    # 甘南 row 90: the clause before is the aim; 日喀则 row 20: no comma before the verb
    t = targets("完成投资2亿元。", "提升城镇综合承载能力，投资6.47亿元，实施道路桥梁、地下通道、供水供热等市政基础设施建设项目27项。")
    assert _name(t, "6.47亿元") == "市政基础设施建设项目投资"
    t = targets("完成投资2亿元。", "夯实粮食安全根基，实施种业振兴行动，加强农作物种子质量安全监督和种质资源收集保护力度，投资1.38亿元实施现代种业提升项目，粮食产量稳定在45万吨左右。")
    assert _name(t, "1.38亿元") == "现代种业提升项目投资"
    # 完成投资 inside a sentence is no bare opening: its clause before keeps naming it
    t = targets("完成投资2亿元。", "腊子口至麻牙旅游公路开工建设，完成投资5000万元，实施道路桥梁项目3项。")
    assert "道路桥梁" not in _name(t, "5000万元")


def test_count_of_projects_sized_by_total_investment() -> None:
    # 日喀则 rows 45, 105: 完成23个总投资4.3亿元的文旅融合、乡村振兴旅游产业项目
    t = targets("完成项目10个。", "完成23个总投资4.3亿元的文旅融合、乡村振兴旅游产业项目。上半年完成6个总投资1400万元的残疾人服务项目。")
    assert "旅游产业项目" in _name(t, "23个") and "总投资" not in _name(t, "23个")
    assert "残疾人服务项目" in _name(t, "6个")
    # a total with no 的 is the set's size, its own figure
    t = targets("完成项目10个。", "实施112个市重点项目，总投资283亿元。")
    assert "市重点项目" in _name(t, "112个")
