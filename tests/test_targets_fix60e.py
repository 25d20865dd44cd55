"""Audit 47 (fix60e): a list under one verb is judged as one — a count listed before a count of a set worked on is one
too (加强…4个核心区、3个协同区建设; 推进5个卫星镇、2个县域次中心镇、10个特色专业镇试点建设); 吸引 is no scope of graduates
(力争来阜留阜大学生 finds 吸引留阜来阜高校毕业生); a verb closing the clause names pushed projects before the verb before
the examples (推动…等600个重大项目加快建设 → 加快建设重大项目数). Sentences from 绍兴, 济南 (unseen), city_fuyang and
city_jingmen 2024 (audit 47) (docs/assumptions.md#which-figures-are-targets, #baseline-matching)."""
from __future__ import annotations

import pandas as pd

from govreport import extract_quantities, read_text
from govreport.tables import build_targets

HEAD = "某市2024年政府工作报告\n一、2023年工作回顾\n去年全市地区生产总值增长5%。\n"
PLAN = "二、2024年主要目标任务\n"


def _targets(body: str, review: str = "") -> pd.DataFrame:
    return build_targets(extract_quantities(read_text(HEAD + review + "\n" + PLAN + body + "\n")))


def test_members_listed_before_a_set_worked_on_are_the_same_set() -> None:
    """4个核心区 before 3个协同区 (加强…建设, 绍兴) and 5个卫星镇、2个县域次中心镇 before 10个…试点建设 (推进…试点建设, 济南):
    no rows, like the last member."""
    t = set(_targets("加强省级特色产业集群4个核心区、3个协同区建设，推动环杭州湾模拟芯片和功率器件、绍兴现代纺织争创国家先进制造业集群。")["text"])
    assert not {"4个", "3个"} & t
    t = set(_targets("开展小城镇创新提升行动，推进5个卫星镇、2个县域次中心镇、10个特色专业镇试点建设。")["text"])
    assert not {"5个", "2个", "10个"} & t


def test_members_listed_before_a_goal_stay_goals() -> None:
    """A list whose last count is a goal keeps every member (新建5个…、建成3个…) and a member with a verb of its own breaks the list."""
    t = set(_targets("新建5个口袋公园、3个城市绿道，建成2个社区体育公园。")["text"])
    assert {"5个", "3个"} <= t
    assert "20个" in set(_targets("建设20个未来社区试点、推进5个县域试点建设。")["text"])


def test_graduates_drawn_to_stay_measure_the_same_intake() -> None:
    """力争来阜留阜大学生4.5万人 takes the review's 吸引留阜来阜高校毕业生4.3万人 (阜阳): 吸引 is no scope (scope_free_words)."""
    t = _targets("常态化开展“招才引智高校行”“阜阳学子家乡行”，力争来阜留阜大学生4.5万人。",
                 "常态化开展“一接两行”，引进急需紧缺人才627名，吸引留阜来阜高校毕业生4.3万人。")
    row = t[t["text"] == "4.5万人"].iloc[0]
    assert row["baseline_value"] == 43000.0


def test_verb_closing_the_clause_names_pushed_projects() -> None:
    """推动谦信化工等600个重大项目加快建设 (荆门) is 加快建设重大项目数, not 推动重大项目数; 推动…等147个项目开工建设 keeps its result."""
    t = _targets("抓好“六类重点项目”建设，推动谦信化工等600个重大项目加快建设，确保美华新材料等260个重大项目建成投产。")
    assert t[t["text"] == "600个"].iloc[0]["indicator"] == "加快建设重大项目数"
    assert t[t["text"] == "260个"].iloc[0]["indicator"] == "重大项目建成投产数"
