"""Round 174, fix174f (held-out set 91 柳州 2021 missed 1–3, 衡阳 2021 missed 1): goals thrown away as thresholds or settings.

- An amount after 超过 with a verb of use right after it (超过100亿元用于支持工业发展) is the amount raised, a goal; a money class
  needs 的 or a noun right after the amount (26个超50亿元项目 stays a class).
- N%以上 then a verb of putting it somewhere (科技投入90%以上集中到工业领域) is the share put there, a floor goal; a threshold
  classes a noun (90%以上的村, 5000万元以上项目).
- 新增…贷款额度不少于N is the lending added, a floor flow; 贷款额度提高到60万元 (no 新增, no floor word) stays a policy setting.
- 每个乡镇至少办好一所… is each township's floor of 1, as the digit form is; 至少有一人就业 stays out.
Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

import pandas as pd
import pytest

from tests.target_cases import text_targets


REVIEW = "一、2020年工作回顾\n全年地区生产总值增长5%。\n"


def _targets(plan: str) -> pd.DataFrame:
    """The targets of ``plan`` under 二、2021年工作安排, as ``build_tables`` makes them (the text given)."""
    return text_targets(f"政府工作报告\n{REVIEW}二、2021年工作安排\n{plan}\n")


GOALS = [  # (plan sentence, figure, indicator, measure, target_kind, qualifier, value)
    ("从今年起连续三年每年筹措资金超过100亿元用于支持工业发展。", "100亿元", "连续三年每年筹措资金", "flow", "floor", "more_than", 100e8),
    ("辖区内金融机构新增工业企业和工业项目建设贷款额度不少于100亿元。", "100亿元", "金融机构新增工业企业和工业项目建设贷款额度",
     "flow", "floor", "at_least", 100e8),
    ("科技投入90%以上集中到工业领域。", "90%", "科技投入集中到工业领域比例", "share", "floor", "at_least", 90.0),
    ("确保每个乡镇至少办好一所公办中心幼儿园。", "一所", "每个乡镇公办中心幼儿园数", "flow", "floor", None, 1.0),
]


@pytest.mark.parametrize(("plan", "text", "indicator", "measure", "kind", "qualifier", "value"), GOALS,
                         ids=["amount_used_for", "new_lending_quota_floor", "share_put_into", "each_township_one"])
def test_a_goal_once_read_as_a_threshold_or_setting_is_a_row(plan: str, text: str, indicator: str, measure: str, kind: str,
                                                              qualifier: str | None, value: float) -> None:
    t = _targets(plan)
    assert text in t.index, t[["text", "indicator"]]
    row = t.loc[[text]].iloc[0]
    assert row["indicator"] == indicator and row["year"] == 2021
    assert row["measure"] == measure and row["target_kind"] == kind
    assert (row["qualifier"] if isinstance(row["qualifier"], str) and row["qualifier"] else None) == qualifier
    assert row["value"] == pytest.approx(value) and row["feasibility"] == "no_baseline"


NOT_GOALS = [  # near misses: a class of the noun after the amount, a threshold of a noun, a policy setting, a single person
    ("新开工26个超50亿元项目。", "50亿元"),
    ("支持5000万元以上项目加快建设。", "5000万元"),
    ("扶持年收入5万元以下的村发展集体经济。", "5万元"),
    ("创业担保贷款额度提高到60万元。", "60万元"),
    ("确保有劳动能力的脱贫家庭至少有一人就业。", "一人"),
]


@pytest.mark.parametrize(("plan", "text"), NOT_GOALS, ids=["money_class", "floor_class", "ceiling_class", "quota_setting", "one_person"])
def test_thresholds_settings_and_a_single_person_stay_out(plan: str, text: str) -> None:
    assert text not in _targets(plan).index


def test_each_township_floor_in_digits_reads_as_in_words() -> None:
    """The digit form was a row before; the word form now gives the same row."""
    digits = _targets("确保每个乡镇至少办好1所公办中心幼儿园。").loc[["1所"]].iloc[0]
    words = _targets("确保每个乡镇至少办好一所公办中心幼儿园。").loc[["一所"]].iloc[0]
    assert (digits["indicator"], digits["target_kind"], digits["value"]) == (words["indicator"], words["target_kind"], words["value"])
