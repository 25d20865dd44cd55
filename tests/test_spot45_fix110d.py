"""Held-out audits 44/45 (怀化, 昭通, 朝阳 2023), round fix110d: units, amounts, zone scopes and review predicates — 元 left
out after a money noun, a zone a paragraph lead names, a kind a review amount takes from its 、 mate, a fund word after an
amount, 向上争取到位资金 as one wording."""
from __future__ import annotations

import pandas as pd

from govreport import extract_quantities, read_text
from govreport.extract.keys import key_modifier
from govreport.tables import build_targets
from target_cases import baseline_of, class_of, targets


def _quantities(plan: str) -> pd.DataFrame:
    text = f"政府工作报告\n一、2022年工作回顾\n全市地区生产总值1817.8亿元。\n二、2023年重点工作\n{plan}\n"
    return extract_quantities(read_text(text)).set_index("text", drop=False)


def test_yuan_left_out_after_a_money_noun() -> None:
    # 怀化 missed 2: 经济总量迈上2000亿新台阶 is a floor on the level in 元
    q = _quantities("GDP增长7.5%以上，经济总量迈上2000亿新台阶；网络交易额突破300亿。粮食产量达到2000亿。")
    assert q.loc["2000亿"].iloc[0]["unit"] == "元" and q.loc["2000亿"].iloc[0]["role"] == "target"
    assert q.loc["300亿"]["unit"] == "元"
    # another noun before the amount: as written (no unit, no money)
    assert q.loc["2000亿"].iloc[1]["unit"] != "元"
    # a list of size classes after the money noun (投资达10亿、50亿、100亿级重大项目): no amount read
    q = _quantities("系统策划生成一批投资达10亿、50亿、100亿级重大项目。")
    assert "元" not in set(q["unit"]) or "10亿" not in set(q[q["unit"] == "元"]["text"])
    t = targets("全市地区生产总值1817.8亿元。", "经济总量迈上2000亿新台阶。", review_year=2022)
    assert t.loc["2000亿", "target_kind"] == "floor"


def test_a_zone_named_by_the_paragraph_lead_takes_no_city_figure() -> None:
    # 怀化 G1 row 14: 推动临港产业大发展。…新增限额以上商贸企业5家 vs the city's 新增限额以上商贸企业82家
    def table(review: str, plan: str) -> pd.DataFrame:
        text = f"政府工作报告\n一、2022年工作回顾\n{review}\n二、2023年重点工作\n{plan}\n"
        return build_targets(extract_quantities(read_text(text)), text=text).set_index("text", drop=False)

    plan = ("推动临港产业大发展。设立国际陆港产业发展基金。规模以上制造加工企业增至19家，新增限额以上商贸企业5家。\n"
            "推动商贸物流业提级增效。新增限额以上商贸企业60家。")
    t = table("大抓实体大兴产业。新引进现代服务业品牌企业5家，新增限额以上商贸企业82家。", plan)
    assert baseline_of(t, "5家") == ""
    # a review figure of the same zone stays a baseline
    t = table("全力加快陆港建设。新增限额以上商贸企业4家。", plan)
    assert baseline_of(t, "5家") == "4家"
    # no zone in the lead: the city's figure as before; a measure the plan states once under a zone lead keeps it too
    t = table("大抓实体大兴产业。新增限额以上商贸企业82家。", plan)
    assert baseline_of(t, "60家") == "82家"
    t = table("大抓实体大兴产业。新增限额以上商贸企业82家。", "推动临港产业大发展。新增限额以上商贸企业60家。")
    assert baseline_of(t, "60家") == "82家"


def test_a_review_amount_takes_the_kind_of_its_list_mate() -> None:
    # 昭通 F5 row 39: 幼儿园60所、新增学位9929个 are the kindergartens' places
    plan = "新建改扩建幼儿园80所、中小学73所，分别新增学位2万个、3.3万个以上。"
    t = targets("新建改扩建幼儿园60所、新增学位9929个。", plan, review_year=2022)
    assert baseline_of(t, "3.3万个") == "" and baseline_of(t, "2万个") == "9929个"
    # a review count of schools of every kind: no kind taken
    t = targets("新建改扩建幼儿园、中小学60所，新增学位9929个。", plan, review_year=2022)
    assert baseline_of(t, "3.3万个") == "9929个"


def test_funds_named_after_the_amount() -> None:
    # 昭通 F4 row 13: 用好1.5亿元市级前期费 is the city's preparation funds, not the clause before
    q = _quantities("做大增量扩投资，用好1.5亿元市级前期费，加快项目建设。")
    assert q.loc["1.5亿元", "indicator"] == "市级前期费"


def test_funds_from_above_received_is_one_wording() -> None:
    # 朝阳 G4 row 16: 向上争取到位资金超过300亿元 vs 全年向上争取资金力争达到360亿元
    assert key_modifier("向上争取到位资金", "funds_from_above") == ""
    assert key_modifier("省级向上争取到位资金", "funds_from_above") == "省级"
    t = targets("向上争取到位资金超过300亿元。", "全年向上争取资金力争达到360亿元。", review_year=2022)
    assert baseline_of(t, "360亿元") == "300亿元" and class_of(t, "360亿元") == "modest"
