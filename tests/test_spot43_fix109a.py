"""Held-out audit 45 (昭通, 普洱 2023), round fix109a: an annex of the year's goals (附件1 10件民生实事, 附件 2023年6件
惠民实事) placed after the closing glossary is the plan's, not notes; an annex of another kind stays out of the table."""
from __future__ import annotations

from govreport import read_text
from target_cases import baseline_of, class_of, targets

GLOSSARY = "名词解释\n1.三类对象：指脱贫不稳定户、边缘易致贫户、突发严重困难户。\n"


def test_a_livelihood_annex_after_the_glossary_is_plan() -> None:
    # 昭通 F1: 名词解释 … then 附件1 / 10件民生实事 / 年度目标：…农村劳动力转移就业稳定在260万人以上
    review = "农村劳动力转移就业261.3万人。"
    plan = ("城镇新增就业4万人。\n" + GLOSSARY + "附件1\n10件民生实事\n一、稳定扩大就业\n"
            "年度目标：农村劳动力转移就业稳定在260万人以上。\n")
    t = targets(review, plan, review_year=2022)
    assert baseline_of(t, "260万人") == "261.3万人" and class_of(t, "260万人") == "below_last_year"
    assert str(t.loc[["260万人"]].iloc[-1]["year"]) == "2023"


def test_an_annex_of_another_kind_stays_out() -> None:
    # 昭通 附件2 10个领域100个重大项目清单: a project list after the goals' annex is neither results nor goals
    plan = (GLOSSARY + "附件1\n10件民生实事\n年度目标：新开工城市棚户区580套。\n"
            "附件2\n10个领域100个重大项目清单\n1. 年产30万吨锂离子电池负极材料项目\n")
    t = targets("新开工城市棚户区500套。", plan, review_year=2022)
    assert "580套" in t.index and "30万吨" not in t.index
    r = read_text("政府工作报告\n一、2022年工作回顾\n增长5%。\n二、2023年重点工作\n" + plan)
    assert set(r.parts) >= {"plan", "notes", "annex"}


def test_an_annex_without_plan_words_stays_notes() -> None:
    # a glossary annex, or an annex not naming the year's work, after the glossary: still notes
    plan = GLOSSARY + "附件2\n有关词语说明\n年度目标：指…达到80%以上。\n附件3\n统计数据\n完成造林1万亩。\n"
    t = targets("完成造林2万亩。", "完成造林3万亩。\n" + plan, review_year=2022)
    assert "80%" not in t.index and list(t.index).count("1万亩") == 0
