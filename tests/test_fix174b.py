"""Round 174, fix174b (held-out set 91 柳州 2021 rows 24 and 31, 衡阳 2021 row 16, 通辽 2022 rows 33 and 34): counts and
amounts that size a project, a set under way or a scope, no plan-year goal.

- An amount in a unit that counts no project (头, 吨 …) right after a pace verb and before a project's name closing with
  工程/项目/基地 is the project's size (加快推进300万头生猪规模化养殖工程): tables/work_extents.
- 加快推进 + N项X where the review's clause is N个X and how many are done (233个…重大项目投产104个) is the set under way
  (项 and 个 one counter of a set); 继续 + manner phrases + 推进 + N条X where the review set up N条 of a noun X ends with
  (正式明确14条产业链) is the set carried on: tables/continued_sets.
- N个部门 right before 、 and another count (19个部门、135个…事项划转) is the scope of the items: tables/procedure.
- A pushing verb + counted members + N项…事项 closing the clause (合力推进四个领域、29项合作事项) is a list's size:
  tables/held_sets.
Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

import pandas as pd
import pytest

from tests.target_cases import text_targets


def _targets(review: str, plan: str) -> pd.DataFrame:
    """The targets as ``build_tables`` makes them (with the text), indexed by each figure's text."""
    return text_targets(f"政府工作报告\n一、2023年工作回顾\n{review}\n二、2024年工作安排\n{plan}\n")


def _rows(review: str, plan: str) -> dict[str, str]:
    """Each target's text and indicator name."""
    t = _targets(review, plan)
    return dict(zip(t["text"].astype(str), t["indicator"].astype(str)))


_PIGS_REVIEW = "粮食生产保持稳定，年出栏300万头生猪生态养殖项目开工建设。"
_MAKERS_REVIEW = "过去五年，233个现代制造城重大项目投产104个，工业投资年均增长7.2%。"
_MAKERS_PLAN = "狠抓工业投资，加快推进233项现代制造城重大项目和列入自治区“双百双新”等项目建设，完成年度投资430亿元以上。"
_CHAINS_PLAN = "继续举全市之力、用非常之功推进14条重点优势产业链建设，进一步推动“引人才”“降成本”。"


@pytest.mark.parametrize(("review", "plan", "expected"), [
    # 柳州 row 24: the project's designed size, no goal
    (_PIGS_REVIEW, "全力保障粮食安全，加快推进300万头生猪规模化养殖工程，发展畜禽水产养殖。", {}),
    # 柳州 row 31: the programme under way (review: 233个 … 投产104个); the goal is the investment
    (_MAKERS_REVIEW, _MAKERS_PLAN, {"430亿元": "现代制造城重大项目年度投资"}),
    # 衡阳 row 16: the 14 chains set up last year (正式明确14条产业链), carried on
    ("产业链建设开局良好。正式明确14条产业链，17位市领导担任链长各司其职。", _CHAINS_PLAN, {}),
    # 通辽 row 34: the departments are the scope of the transfer; the 135 items stay the goal
    ("地区生产总值增长5%。", "持续深化“放管服”改革，完成市本级19个部门、135个行政审批事项划转，实现“一枚印章管审批”。",
     {"135个": "行政审批事项划转数"}),
    # 通辽 row 33: the size of the agreed list of cooperation items
    ("地区生产总值增长5%。", "推动通赤合作走深走实，合力推进四个领域、29项合作事项，着力在高铁等方面取得务实成果。", {}),
])
def test_sizes_of_projects_sets_and_scopes_are_no_targets(review: str, plan: str, expected: dict[str, str]) -> None:
    assert _rows(review, plan) == expected


@pytest.mark.parametrize(("review", "plan", "expected"), [
    # real goals stay: a capacity to add, a capacity connected, a yearly count of works after 推进
    ("地区生产总值增长5%。", "新增产能300万吨。建成风电项目，新增装机100万千瓦。推进100个老旧小区改造。",
     {"300万吨": "新增产能", "100万千瓦": "新增装机容量", "100个": "老旧小区改造数"}),
    # projects counted in 个 are no project's size (a project counter)
    ("地区生产总值增长5%。", "加快推进10个生猪规模化养殖项目建设。", {"10个": "生猪规模化养殖项目建设数"}),
    # a review that states no part of the same set done leaves the count a goal
    ("工业投资增长7.2%。", _MAKERS_PLAN, {"233项": "推进现代制造城重大项目数", "430亿元": "现代制造城重大项目年度投资"}),
    ("过去五年，200个现代制造城重大项目投产104个。", _MAKERS_PLAN,
     {"233项": "推进现代制造城重大项目数", "430亿元": "现代制造城重大项目年度投资"}),
    # another count set up last year: the plan's 14 stays a goal
    ("产业链建设开局良好。正式明确10条产业链。", _CHAINS_PLAN, {"14条": "重点优势产业链建设数"}),
    # items finished in the year, or carried to a landing with another member, stay goals
    ("地区生产总值增长5%。", "年内完成29项合作事项。", {"29项": "合作事项数"}),
    ("地区生产总值增长5%。", "推动26项市人大常委会重点监督事项、27项市政协协商议政重大成果落地。", {"26项": "市人大常委会重点监督事项落地数", "27项": "市政协协商议政重大成果落地数"}),
])
def test_near_misses_keep_their_goals(review: str, plan: str, expected: dict[str, str]) -> None:
    assert _rows(review, plan) == expected
