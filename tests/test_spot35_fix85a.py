"""Spot audit 35 (包头 2025, 惠州, 湘潭), round fix85a: a bare measure takes the subject the sentence opens with — an industry
named as the topic, the object of the opening clause — and an amount a capital is raised to is the capital reached."""
from __future__ import annotations

from target_cases import targets

from govreport.extract.industry_scopes import capital_reached, industry_scoped, owner_opened

REVIEW = "城镇新增就业3万人。"


def test_industry_topic_names_its_bare_measures() -> None:
    """晶硅光伏产业要稳产提质，…本地配套率达到65%以上 (包头 2025 row 20) and 三大旗帜型产业立足…，新增产值600亿元以上 (row 16)."""
    t = targets(REVIEW, "晶硅光伏产业要稳产提质，实施弘元光伏组件等项目，本地配套率达到65%以上。"
                        "三大旗帜型产业立足基础优势、提级增效，新增产值600亿元以上。")
    assert t.loc["65%", "indicator"] == "晶硅光伏产业本地配套率"
    assert t.loc["600亿元", "indicator"] == "三大旗帜型产业新增产值"


def test_industry_topic_needs_an_opening_topic() -> None:
    """An industry named inside the opening clause, not as its topic, names nothing; a measure not bare stays."""
    scan = "推动光伏产业要素集聚，本地配套率达到65%。"
    assert industry_scoped(scan, 0, scan.index("65"), "本地配套率") == "本地配套率"
    scan = "晶硅光伏产业要稳产提质，风电整机零部件本地配套率达到85%。"
    assert industry_scoped(scan, 0, scan.index("85"), "风电整机零部件本地配套率") == "风电整机零部件本地配套率"


def test_owner_in_opening_clause_names_the_measure() -> None:
    """扩大科技型企业知识价值信用贷款风险补偿覆盖面，新增贷款12亿元以上 (湘潭 row 22); 扩充上市企业培育库，新入库企业超50家
    (惠州 row 36); 引导金融机构更好服务实体经济，新增贷款420亿元 keeps its name (no loan in the opening)."""
    t = targets(REVIEW, "扩大科技型企业知识价值信用贷款风险补偿覆盖面，新增贷款12亿元以上。扩充上市企业培育库，新入库企业超50家。")
    assert t.loc["12亿元", "indicator"] == "新增科技型企业知识价值信用贷款"
    assert t.loc["50家", "indicator"] == "上市企业培育库新入库企业数"
    scan = "引导金融机构更好服务实体经济，新增贷款420亿元以上。"
    assert owner_opened(scan, 0, scan.index("420"), "新增贷款") == "新增贷款"
    scan = "扩大信用贷款覆盖面，支持企业上市，新增贷款12亿元。"  # the owner must stand in the clause right before
    assert owner_opened(scan, 0, scan.index("12"), "新增贷款") == "新增贷款"


def test_capital_raised_to_is_the_capital() -> None:
    """潭城融资担保集团增资至70亿元 (湘潭 row 23): the capital reached; 增资5亿元 stays the raise."""
    t = targets(REVIEW, "支持城发集团转型，潭城融资担保集团增资至70亿元、力争获批AAA级。")
    assert t.loc["70亿元", "indicator"] == "潭城融资担保集团注册资本"
    scan = "潭城融资担保集团增资5亿元。"
    assert capital_reached(scan, scan.index("5"), "潭城融资担保集团增资") == "潭城融资担保集团增资"
