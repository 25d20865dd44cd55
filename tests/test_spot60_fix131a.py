"""Held-out audit 60 (铁岭, 衢州, 酒泉 2023), round fix131a: names and subjects (the places of a 其中 whole and a 各 list of
places joined by 和, a platform the sentence opens with, a stage's coverage rate, 有效利用率, a bare 完成投资)."""
from __future__ import annotations

from target_cases import baseline_of, targets

QUOTAS = ("继续组织招商大比武，全市新签约1000万元以上项目480个，其中超亿元项目144个，铁岭县引进25个，开原市、昌图县各21个，"
          "西丰县、调兵山市和铁岭经济技术开发区各17个，银州区、清河区各13个，确保超10亿元项目实现突破。")


def _names(t) -> list[str]:  # noqa: ANN001 (a targets frame)
    return list(t["indicator"])


def test_each_over_a_list_joined_by_he_gives_every_member() -> None:
    # 铁岭 rows 10-11, missed 2: 西丰县、调兵山市和铁岭经济技术开发区各17个 -> three members, the zone's own row
    names = _names(targets("新签约亿元以上项目130个。", QUOTAS, 2023))
    assert {"西丰县新签约超亿元项目数", "调兵山市新签约超亿元项目数", "铁岭经济技术开发区新签约超亿元项目数"} <= set(names)
    assert not any("和" in n for n in names)
    # a 和 inside one member's name is no join of places
    names = _names(targets("新建学校2所。", "新建科技和信息化中心、数据和档案中心各1个。", 2023))
    assert not any(n.startswith("档案中心") for n in names)


def test_places_after_a_whole_of_qizhong_take_its_measure() -> None:
    # 铁岭 rows 7-13: 其中超亿元项目144个，铁岭县引进25个，开原市、昌图县各21个: each place's share of the 144
    names = _names(targets("新签约亿元以上项目130个。", QUOTAS, 2023))
    assert {"铁岭县新签约超亿元项目数", "开原市新签约超亿元项目数", "昌图县新签约超亿元项目数", "银州区新签约超亿元项目数"} <= set(names)
    # a place with a measure of its own keeps it; no 其中 whole before: nothing borrowed
    names = _names(targets("新签约亿元以上项目130个。", "全市新签约项目480个，铁岭县新建学校3所，开原市、昌图县各21个。", 2023))
    assert not any("新签约" in n and n.startswith(("开原市", "昌图县")) for n in names)


PLATFORM = ("支持智造新城提升产城融合发展水平，增强项目承载能力，动态储备4000亩左右工业熟地，接续保持35%以上的制造业投资增速，"
            "新建2800套职工公寓，力争规上工业产值突破2000亿元。确保制造业投资增长30%以上。")


def test_a_platform_opening_its_sentence_owns_its_goals() -> None:
    # 衢州 rows 28-31: the 智造新城's rate and output, not the city's (its 60.3%, 2858亿元 are no baselines)
    t = targets("工业投资、制造业投资分别增长46.3%、60.3%。规上工业总产值2858亿元。", PLATFORM, 2023)
    assert {"智造新城制造业投资增速", "智造新城规上工业产值", "智造新城储备工业熟地面积"} <= set(t["indicator"])
    assert baseline_of(t, "35%") == ""
    assert "2858" not in str(baseline_of(t, "2000亿元"))
    # the city's own goal in the next sentence keeps the city's baseline
    assert "60.3" in str(baseline_of(t, "30%"))
    # a sentence that opens otherwise names no platform
    t = targets("规上工业总产值2858亿元。", "提升产城融合发展水平，力争规上工业产值突破3000亿元。", 2023)
    assert not any("新城" in n for n in t["indicator"])


def test_a_stage_coverage_rate_takes_the_opening_clauses_subject() -> None:
    # 衢州 rows 41-42: 抓好全域未来社区建设，…，确保开工覆盖率40%以上、完工覆盖率25%以上
    t = targets("新建未来社区10个。", "抓好全域未来社区建设，加强运营主体培育，确保开工覆盖率40%以上、完工覆盖率25%以上。", 2023)
    assert {"全域未来社区开工覆盖率", "全域未来社区完工覆盖率"} <= set(t["indicator"])
    # a coverage of a thing (物业覆盖率) keeps its own name (铁岭)
    t = targets("新建未来社区10个。", "着力提升全市居民小区物业管理服务水平，物业覆盖率提高到95%。", 2023)
    assert "物业覆盖率" in set(t["indicator"])


def test_effective_use_rate_keeps_youxiao() -> None:
    # 衢州 row 65: 数据共享满足率99%以上、有效利用率90%以上 (有效 opens the measure, not a light word)
    t = targets("新建未来社区10个。", "提升城市大脑支撑能力，公共数据平台数据共享满足率99%以上、有效利用率90%以上。", 2023)
    assert any(n.endswith("有效利用率") for n in t["indicator"])
    # 有效 before a verb stays a light word
    t = targets("新建未来社区10个。", "有效降低企业成本，减负100亿元。", 2023)
    assert not any(n.startswith("有效") for n in t["indicator"])


def test_a_bare_completed_investment_keeps_its_own_verb() -> None:
    # 酒泉 row 9: …储备项目800个以上，实施…项目826个，争取完成投资700亿元以上: 完成投资, not the reserve projects' investment
    t = targets("谋划储备项目1568个。", "常态化谋划储备项目800个以上，实施500万元以上项目826个，争取完成投资700亿元以上。", 2023)
    # (fix148a: the projects carried out right before name it, 实施500万元以上项目完成投资; never the reserve's)
    done = str(t.loc[["700亿元"]].iloc[-1]["indicator"])
    assert done.endswith("完成投资") and "储备" not in done and "常态化谋划储备项目投资" not in set(t["indicator"])
    # the projects counted right before are the sentence's topic: their investment
    t = targets("谋划储备项目1568个。", "实施重点项目100个，完成投资200亿元。", 2023)
    assert "实施重点项目投资" in set(t["indicator"])
