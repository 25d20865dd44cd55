"""Round 150, fix150k (held-out sets 71 and 72): review baselines refused on wording. A review list that marks two names of
the key's thing apart (新增公园、街头游园) measures a plan count that runs them together (建设公园游园); a later member of a
review 、 list that mirrors the plan's (same verb of adding, as many members, one unit, first members of one key) measures
the plan's member in its place; 外贸出口 is exports, no narrower scope. Paraphrased texts through the real reader and
extractor."""
from __future__ import annotations

from target_cases import baseline_of, class_of, targets


def test_parks_listed_apart_measure_parks_run_together() -> None:
    # 新增公园、街头游园39个 against 建设公园游园31个 (held-out set 72, second reader, row 104)
    t = targets("全年新增公园、街头游园39个，建成区绿化覆盖率达到41%。", "建设公园游园31个，提升城市品质。", 2020)
    assert baseline_of(t, "31个") == "39个" and class_of(t, "31个") == "below_last_year"


def test_a_narrower_kind_of_park_still_stands_apart() -> None:
    # boundary: a kind of its own on one side (口袋公园) is still no baseline of parks in general
    t = targets("全年建成口袋公园39个，建成区绿化覆盖率达到41%。", "建设公园游园31个，提升城市品质。", 2020)
    assert baseline_of(t, "31个") == ""


def test_a_member_with_its_own_figure_is_no_listed_name() -> None:
    # boundary: 中小学 and 幼儿园 counted apart in the review (each with its figure) do not measure the run-together plan count
    t = targets("新建中小学20所、幼儿园26所，新增学位1.2万个。", "新建中小学幼儿园32所。", 2020)
    assert baseline_of(t, "32所") == ""


def test_a_mirrored_list_pairs_its_later_member_by_place() -> None:
    # 新增高新技术企业300家、科技型中小企业1000家 against 新增国家级高新技术企业420家、省级科技型企业1180家 (set 71 绍兴 row 19)
    review = "深入实施人才强市战略，新增国家级高新技术企业420家、省级科技型企业1180家，高新技术产业增加值占比达53.7%。"
    plan = "实施科技企业“双倍增”计划，新增高新技术企业300家、科技型中小企业1000家。"
    t = targets(review, plan, 2020)
    assert baseline_of(t, "300家") == "420家"
    assert baseline_of(t, "1000家") == "1180家" and class_of(t, "1000家") == "below_last_year"


def test_lists_that_do_not_mirror_are_not_paired() -> None:
    # boundary: another verb (培育), another length (three members) or another unit leaves the later member without a baseline
    plan = "实施科技企业“双倍增”计划，新增高新技术企业300家、科技型中小企业1000家。"
    for review in ("深入实施人才强市战略，培育国家级高新技术企业420家、省级科技型企业1180家。",
                   "深入实施人才强市战略，新增国家级高新技术企业420家、省级科技型企业1180家、规上企业90家。",
                   "深入实施人才强市战略，新增国家级高新技术企业420家、省级科技型企业1180个。"):
        assert baseline_of(targets(review, plan, 2020), "1000家") == "", review


def test_foreign_trade_exports_measure_exports() -> None:
    # 实现外贸出口2386.4亿元、增长6% against 确保出口总额增长5% (set 71 绍兴 minor 5)
    t = targets("实施稳外贸专项行动，实现外贸出口2386.4亿元、增长6%。",
                "大力发展服务贸易，确保出口总额增长5%、全国份额保持稳定。", 2020)
    assert baseline_of(t, "5%") == "6%" and class_of(t, "5%") == "below_last_year"


def test_foreign_trade_imports_and_exports_stay_apart() -> None:
    # boundary: 外贸进出口 (both ways) is no baseline of exports alone
    t = targets("实施稳外贸专项行动，外贸进出口总额增长6%。", "大力发展服务贸易，确保出口总额增长5%。", 2020)
    assert baseline_of(t, "5%") == ""
