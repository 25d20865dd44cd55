"""Held-out audit 64 (潮州, 鹤岗, 楚雄 2023), round fix137c: names with debris, cut words or a lost measure (a verb that
singles out the set opening the name, examples before 等, a rate's whole after 达到…的, a firms' amount class, 培育 left
by 加大…力度, a share of the province's)."""
from __future__ import annotations

import pandas as pd

from target_cases import baseline_of, targets


def _named(t: pd.DataFrame, text: str) -> str:
    """The name of the target row whose text is ``text``."""
    return str(t.loc[t["text"] == text, "indicator"].iloc[0])


def test_a_focus_verb_opening_a_name_goes() -> None:
    # 潮州 23: 突出抓好年度计划投资281亿元的241个重点项目 (突出抓好: how the work is stressed)
    t = targets("重点项目完成投资299.6亿元。", "突出抓好年度计划投资281亿元的241个重点项目。")
    assert _named(t, "281亿元") == "重点项目年度计划投资"
    # a place before the amount stays (抓好丹河新城年度投资197亿元的59个项目)
    t = targets("重点项目完成投资299.6亿元。", "抓好丹河新城年度投资197亿元的59个项目。")
    assert _named(t, "197亿元") == "丹河新城项目年度投资"


def test_examples_before_a_years_investment_leave_the_name() -> None:
    # 潮州 15: 全力抓好恒升科技新型薄膜等年度投资155亿元的271个工业项目
    t = targets("完成工业投资100亿元。", "全力抓好恒升科技新型薄膜等年度投资155亿元的271个工业项目。")
    assert _named(t, "155亿元") == "工业项目年度投资"


def test_a_rates_whole_after_reaching_leaves_the_name() -> None:
    # 鹤岗 65: 志愿者注册率达到总人口的15%
    t = targets("新建公园5个。", "大力发展志愿服务队伍，志愿者注册率达到总人口的15%。")
    assert _named(t, "15%") == "志愿者注册率"
    # a rate reached with no whole after 达到 keeps its name
    t = targets("新建公园5个。", "城乡社区综合服务设施志愿服务站点覆盖率达到80%。")
    assert _named(t, "80%") == "城乡社区综合服务设施志愿服务站点覆盖率"


def test_a_firms_amount_class_stays_in_the_name() -> None:
    # 潮州 8: 力争年产值超10亿元企业达12家 (the class of firms, as 超10亿元重大项目)
    t = targets("新建公园5个。", "实施“小升规”行动，力争年产值超10亿元企业达12家。")
    assert _named(t, "12家") == "年产值超10亿元企业数"
    # firms after an amount of their own clause are no class of it
    t = targets("新建公园5个。", "全年工业投资超10亿元，新增规上工业企业20家。")
    assert "超10亿元" not in _named(t, "20家")
    # a class member with no measure after it (…企业15家、超亿元企业100家) is left to the sibling reading: 销售 stays
    t = targets("新建公园5个。", "年内新增销售超10亿元企业15家、超亿元企业100家。")
    assert _named(t, "100家") == "新增销售超亿元企业数"


def test_fostering_left_by_an_effort_frame_goes() -> None:
    # 鹤岗 13: 加大高新技术企业培育力度，全年新增5户以上 vs 新增7户国家级高新技术企业
    t = targets("新增7户国家级高新技术企业。", "加大高新技术企业培育力度，全年新增5户以上。")
    assert "培育" not in _named(t, "5户") and baseline_of(t, "5户").startswith("7")
    # 培育 as the verb of what is counted stays
    t = targets("新建公园5个。", "新培育专精特新企业10家。")
    assert "培育" in _named(t, "10家")


def test_a_share_reached_of_the_province_says_so() -> None:
    # 楚雄 10: 全力争取各类债券和预算内资金，力争达到全省10%以上
    t = targets("新建公园5个。", "全力争取各类债券和预算内资金，力争达到全省10%以上。")
    assert _named(t, "10%") == "各类债券和预算内资金占全省比重"
    # a share with no 达到全省 keeps its name
    t = targets("新建公园5个。", "全力争取各类债券和预算内资金，力争增长10%以上。")
    assert "占全省" not in _named(t, "10%")
