"""Round fix86a (spot audits of 玉溪 2024 and 沧州 2024): the urban member of a 城乡 分别 list named 城镇 by the target, and
review figures of another action (签约, 申报) or another scope (省外) refused. Sentences shortened by hand from the audited texts."""
from __future__ import annotations

from target_cases import baseline_of, class_of, targets


def test_the_urban_member_of_a_town_and_country_list_is_named_chengzhen() -> None:
    """玉溪 2024 L16/L22 (row 6): 城乡居民人均可支配收入分别增长3%、7.5% gives the urban 3% to 城镇居民… as the rural 7.5% to 农村."""
    t = targets("发放创业贷款2.8亿元，城镇新增就业2.8万人，农村劳动力转移就业75.5万人，城乡居民人均可支配收入分别增长3%、7.5%。",
                "主要预期目标建议为：地区生产总值增长6%，城乡居民人均可支配收入分别增长4%、7%，居民消费价格指数涨幅控制在3%左右。")
    assert baseline_of(t, "4%") == "3%"
    assert class_of(t, "4%") == "modest"
    assert baseline_of(t, "7%") == "7.5%"


def test_applications_are_not_firms_recognised() -> None:
    """玉溪 2024 L10/L49 (row 72): 申报高新技术企业50户 counts applications, not 新增高新技术企业90户; 新增 keeps it."""
    review = "新增高新技术企业90户、国家科技型中小企业131户。"
    t = targets(review, "申报高新技术企业50户以上，新增专精特新企业40户以上。")
    assert baseline_of(t, "50户") == ""
    t = targets(review, "新增高新技术企业100户以上。")
    assert baseline_of(t, "100户") == "90户"


def test_projects_carried_on_are_not_projects_signed() -> None:
    """沧州 2024 L8/L30 (row 30): 推进…988个亿元以上项目建设 is no count of 签约亿元以上项目1068个; a signed count keeps it."""
    review = "全年签约亿元以上项目1068个、总投资3302亿元。"
    t = targets(review, "开展重点项目攻坚工程，推进总投资5553亿元的988个亿元以上项目建设。")
    assert baseline_of(t, "988个") == ""
    t = targets(review, "全年签约亿元以上项目1100个以上。")
    assert baseline_of(t, "1100个") == "1068个"


def test_investment_signed_from_outside_the_province_is_its_own_scope() -> None:
    """沧州 2024 L8/L32 (row 35): 新签约省外投资项目…总投资1050亿元 is not all 签约亿元以上项目总投资3302亿元."""
    t = targets("全年签约亿元以上项目1068个、总投资3302亿元。",
                "精准开展以商招商，全年新签约省外投资项目超350个、总投资1050亿元以上。")
    assert baseline_of(t, "1050亿元") == ""


def test_projects_signed_anew_are_projects_signed() -> None:
    """南宁 2024: 新签投资5000万元以上项目超200个 keeps 新签约5000万元以上项目329个 (新签 read as 签约); a sibling's 新签约 in the
    clause is not the figure's own (沈阳: 新签约、新落地亿元以上项目分别达到2000个和1100个 keeps 招引落地…1129个)."""
    t = targets("新签约5000万元以上项目329个、总投资1514亿元。", "年内新签投资5000万元以上项目超200个。")
    assert baseline_of(t, "200个") == "329个"
    t = targets("全年开复工重大工程项目3695个，招引落地亿元以上项目1129个。",
                "确保新签约、新落地亿元以上项目分别达到2000个和1100个。")
    assert baseline_of(t, "1100个") == "1129个"


def test_places_for_all_kinds_named_by_the_target_are_its_baseline() -> None:
    """玉溪 2024 L16/L48 (row 68): 新增幼儿园、中小学学位4860个 is the amount for both kinds, as 新增中小学及幼儿园学位2745个 is."""
    t = targets("新增幼儿园、中小学学位4860个。", "新增中小学及幼儿园学位2745个。")
    assert baseline_of(t, "2745个") == "4860个"
    assert class_of(t, "2745个") == "below_last_year"


def test_a_signing_name_that_says_a_later_stage_counts_that_stage() -> None:
    """滁州 2024: 亿元以上项目新签约513个、新开工510个 gives 510 (its name glued as 新签新开工) to 新开工500个; 黄山 2024: 新签工业项目25个
    is no baseline of 实施工业项目不少于35个."""
    t = targets("全年亿元以上项目新签约513个、新开工510个、新竣工320个、新投产350个，东旭光电等13个80亿元以上项目签约落地。",
                "确保全年亿元以上项目新签约、新开工、新竣工分别超400个、500个、300个。")
    assert baseline_of(t, "500个") == "510个"
    assert baseline_of(t, "300个") == "320个"
    t = targets("全年新签工业项目25个、协议资金36.5亿元。", "全年实施工业项目不少于35个，完成工业投资10亿元以上。")
    assert baseline_of(t, "35个") == ""
