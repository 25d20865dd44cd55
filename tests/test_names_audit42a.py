"""Names of audit 42 left after the first wave (round 54, fix54a; /work/notes/unseen42/targets_42_chengde.md, fault classes on
names): the real sentences of city_chengde_2024, each figure named with the subject, class or shared verb the sentence gives it."""
from __future__ import annotations

from name_cases import names

from govreport import extract_quantities, read_text
from govreport.tables import build_targets

from test_pdf_page_footers import TEXT

CLUSTERS = ("新增特色产业集群4个、达到17个，打造百亿元以上产业集群3个、50亿元以上3个、30亿元以上4个，"
            "年营业收入增长10%以上。")


def test_a_bare_size_class_counts_the_noun_of_the_members_before() -> None:
    """CD #127: 、30亿元以上4个 names no noun; it counts 产业集群 as 百亿元以上产业集群3个、50亿元以上3个 do."""
    assert names(CLUSTERS)["4个"] == "打造30亿元以上产业集群数"


def test_a_bare_reach_after_additions_is_their_total() -> None:
    """CD #124: 新增特色产业集群4个、达到17个 — the 17 is the total (a stock), not more additions (新增…达数)."""
    assert names(CLUSTERS)["17个"] == "特色产业集群总数"
    assert names("新增高新技术企业40家、达到300家。")["300家"] == "高新技术企业总数"
    assert names("引进人才40人，达到300人。")["300人"] == "人才达人数"  # no 新增 before: left as it was


def test_a_bare_coverage_after_a_thing_grown_is_its_coverage() -> None:
    """CD #144: 加快发展普惠托育机构，覆盖率提高到60%以上 — the coverage of the childcare places, not a bare 覆盖率."""
    assert names("建成县域医疗副中心20家。加快发展普惠托育机构，覆盖率提高到60%以上。")["60%"] == "普惠托育机构覆盖率"


def test_people_a_premium_is_paid_for_are_counted_by_the_premium() -> None:
    """CD #133: 为14万持证残疾人缴纳意外伤害综合保障险 counts the disabled people insured, not 保障救助为 (the clause before's tail)."""
    got = names("加大城乡低保、特困人员、孤寡老人、困境儿童等保障救助力度，提高残疾人“两项补贴”标准，为14万持证残疾人缴纳意外伤害综合保障险。")
    assert got["14万"] == "意外伤害综合保障险持证残疾人数"


def test_a_repair_verb_is_shared_by_the_sites_listed_after_it() -> None:
    """CD #76: 修复退化草地15万亩、历史遗留矿山4075亩 — the old mine land repaired, not its stock; 森林抚育 (work of its own,
    city_wulumuqi_2024: 修复退化林4000亩、森林抚育5000亩) takes no 修复."""
    got = names("完成营造林140万亩，修复退化草地15万亩、历史遗留矿山4075亩，治理水土流失面积500平方公里。")
    assert got["4075亩"] == "修复历史遗留矿山面积"
    assert names("修复退化林4000亩、森林抚育5000亩。")["5000亩"] == "森林抚育面积"


HEAD = "某市2024年政府工作报告\n一、2023年工作回顾\n去年全市地区生产总值增长5%。\n二、2024年主要目标任务\n"


def _targets(body: str):
    return build_targets(extract_quantities(read_text(HEAD + body + "\n"))).set_index("text", drop=False)


def test_a_count_before_a_made_word_is_no_format() -> None:
    """CD #35: 加快建设围场大西沟等4个制氢项目 — 制氢 is what the plants make, not a format as in 3人制篮球场; also over a PDF
    page footer (制⏎— 12 —⏎氢)."""
    t = _targets("大力发展氢能“制储运用”产业链，加快建设围场大西沟等4个制氢项目，规划实施一批氢能应用场景。")
    assert t.loc["4个", "indicator"] == "建设制氢项目数"
    assert "3人" not in _targets("建成社区健身路径或3人制篮球场20个。").index


def test_a_wrapped_pdf_copy_keeps_its_footer_split_words_and_places() -> None:
    """CD #35 and #62 in the wrapped text itself (lines quoted from the report): 4个制⏎— 12 —⏎氢项目 is a goal (建设制氢项目数),
    每个县市⏎区 keeps 区 (the line break is a space in the scan)."""
    plan = ("大力发展氢能“制储运用”产业链，加快建设围场大西沟等4个制\n"
            "— 12 —\n"
            "氢项目，规划实施一批氢能应用场景。加快工业互联网综合平台建\n"
            "栗等企业增订单、拓市场，新培育进出口企业10家以上，每个县市\n"
            "区至少引进1个外资项目。以更大力度推进重点领域改革。扎实推\n")
    t = build_targets(extract_quantities(read_text(TEXT + plan))).set_index("text", drop=False)
    assert t.loc["4个", "indicator"] == "建设制氢项目数"
    assert t.loc["1个", "indicator"] == "每个县市区外资项目数"
