"""Held-out set 63 (2023 city reports), round fix136b: rows that are no targets (a graded payment's band, a cap raised
on average, a per-chain arrangement, an existing set made to flourish, the assets whose income grows, a herd size in a
project list)."""
from __future__ import annotations

from target_cases import targets


def _rows(review: str, plan: str) -> dict[str, str]:
    """text → indicator of the targets of a review and a plan sentence."""
    t = targets(review, plan)
    return dict(zip(t["text"], t["indicator"]))


def test_a_graded_band_given_is_a_payments_terms() -> None:
    # 白城 row 60: 分档给予3000元至2万元的助学奖励
    got = _rows("发放助学金1000万元。", "对孤儿、城乡低保及边缘家庭子女考入大学，分档给予3000元至2万元的助学奖励。")
    assert "3000元至2万元" not in got
    # a single total given stays a goal
    got = _rows("发放助学金1000万元。", "全年给予困难学生助学奖励资金2000万元。")
    assert "2000万元" in got


def test_a_cap_raised_on_average_is_a_setting() -> None:
    # 白城 row 68: 年度医疗救助封顶线平均提高1万元
    got = _rows("医疗救助2万人次。", "减轻城乡低保、特困和农村易致贫返贫人口就医负担，年度医疗救助封顶线平均提高1万元。")
    assert "1万元" not in got
    # an income raised on average stays a goal
    got = _rows("农民收入增长6%。", "农村居民人均可支配收入平均提高1000元。")
    assert "1000元" in got


def test_an_adverb_before_a_per_chain_verb_keeps_the_chain() -> None:
    # 陇南 rows 23-24: 每条产业链精准确定2至3户链主企业、3至5户骨干企业
    got = _rows("新增规上企业20户。", "实行链长制，每条产业链精准确定2至3户链主企业、3至5户骨干企业。")
    assert got.get("2至3户") == "每条产业链链主企业户数" and got.get("3至5户") == "每条产业链骨干企业户数"
    # with no 每条: a count for the city
    got = _rows("新增规上企业20户。", "精准确定20户链主企业。")
    assert got.get("20户", "").startswith("链主企业")


def test_an_existing_set_made_to_flourish_is_no_goal() -> None:
    # 石嘴山 row 12: 繁荣发展3个夜经济集聚区
    got = _rows("打造夜经济集聚区。", "提升发展核心商圈，繁荣发展3个夜经济集聚区，培育壮大夜间经济。")
    assert "3个" not in got
    got = _rows("打造夜经济集聚区。", "新建3个夜经济集聚区。")
    assert "3个" in got


def test_the_assets_whose_income_grows_are_no_count() -> None:
    # 阜新 row 53: 持续增加860项扶贫（衔接）资产收益
    got = _rows("扶贫资产800项。", "持续增加860项扶贫（衔接）资产收益，建立差异化分配制度。")
    assert "860项" not in got
    got = _rows("扶贫资产800项。", "新增扶贫资产860项。")
    assert "860项" in got


def test_a_herd_size_in_a_project_list_is_the_projects_size() -> None:
    # 白城 row 30: 乳肉制品力推飞鹤2.4万头奶牛、4万吨奶粉项目开工
    got = _rows("奶牛存栏10万头。", "乳肉制品力推飞鹤2.4万头奶牛、4万吨奶粉项目开工。")
    assert "2.4万头" not in got and "4万吨" not in got
    # a herd to add, listed with a project, stays a goal
    got = _rows("奶牛存栏10万头。", "新增2.4万头奶牛、4万吨奶粉项目开工。")
    assert "2.4万头" in got
