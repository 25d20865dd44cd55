"""Targets after audit 35 (docs/audits/targets_35.md, fault classes "figures that are no plan-year target"
and "targets missed"): one test per rule, on the real sentences of the audit's texts run through the reader
and extractor (docs/assumptions.md#parts-and-years, #non-targets, #review-part-targets)."""
from __future__ import annotations

from target_cases import targets

from govreport import extract_quantities, read_text

REVIEW = "地区生产总值增长7.5%。"


def test_a_plan_part_paragraph_opening_with_the_past_year_reports_it() -> None:
    """Yibin's closing self-building part (line 69): 过去一年，… opens the paragraph, and its sentences up to a
    plan or commitment cue report 2023 (办理人大代表建议394件…, 各1件 before 确保): review, no targets."""
    plan = ("全面加强政府自身建设\n"
            "过去一年，我们坚持以主题教育为主线，严格落实“第一议题”学习制度，坚持不懈用习近平新时代中国特色社会主义思想"
            "凝心铸魂、强基固本，政治判断力、政治领悟力、政治执行力持续增强。自觉接受各方监督，全年办理人大代表建议394件和"
            "政协委员提案、意见341件，满意和基本满意率100%。持续做好走好网上群众路线为民办实事工作，高效办理群众诉求96.8万件。"
            "全国法治政府建设示范市创建进入国家级评审，提请市人大常委会审议地方性法规草案、出台政府规章各1件，"
            "确保政府工作始终在法治轨道上运行。")
    q = extract_quantities(read_text(f"政府工作报告\n一、2023年工作回顾\n{REVIEW}\n二、2024年工作安排\n{plan}\n"))
    q = q.set_index("text")
    for text in ("394件", "341件", "100%", "96.8万件", "1件"):
        assert q.loc[text, "role"] == "actual" and q.loc[text, "year"] == 2023, text


def test_a_past_year_paragraph_stops_at_a_plan_cue() -> None:
    """After 今年 (a plan cue) the paragraph's sentences are the plan's again, and a paragraph that opens
    otherwise is untouched."""
    t = targets(REVIEW, "过去一年，我们坚持依法行政，全年办理人大代表建议394件。今年，我们将持续改进作风。"
                        "办理群众诉求100万件以上。\n全市新建示范驿站100个。", review_year=2023)
    assert "394件" not in t.index
    assert {"100万件", "100个"} <= set(t.index)


def test_a_count_naming_all_its_members_after_a_compound_verb_is_no_target() -> None:
    """Yueyang (24): 培育壮大现代物流、绿色食品、先进装备制造3个优势产业 names the three industries it counts."""
    t = targets(REVIEW, "培育壮大现代物流、绿色食品、先进装备制造3个优势产业，力争新增上市及过会企业3家。", review_year=2023)
    assert "3个" not in t.index and "3家" in t.index


def test_kinds_before_a_screening_are_its_scope() -> None:
    """Yueyang (65): ③实行孕产妇13种致畸基因免费筛查: 13种 is what the screening covers, no target."""
    t = targets(REVIEW, "②为30万人次提供医疗救助；③实行孕产妇13种致畸基因免费筛查；④新建乡镇标准化寄宿制学校25所。",
                review_year=2023)
    assert "13种" not in t.index and {"30万人次", "25所"} <= set(t.index)


def test_sets_finished_or_run_this_year_are_targets() -> None:
    """Yibin 29 and 57, Hefei 33: projects under way to be finished (5个在建项目竣工投产), 建好 without a scope
    adverb, and 运营 N个 centres are the year's counts; 高质量建好15个主平台 stays the set as it is."""
    t = targets(REVIEW, "机械制造产业，重点推动惊雷科技、德恩精工等龙头企业转型升级，宜宾精宜高能物理重大装备制造等5个在建项目"
                        "竣工投产，积极招引应急装备等新兴机械制造企业。实施“家门口”就业服务工程，建好100个“宜就业”示范驿站，"
                        "打造“乐业宜宾”服务品牌。纵深推进“科大硅谷”建设，高质量运营10个海内外创新中心，新招募20个全球合伙人。"
                        "推动产业有序转移，高质量建好15个主平台，推进县域产业园区提质增效。", review_year=2023)
    assert {"5个", "100个", "10个", "20个"} <= set(t.index)
    assert "15个" not in t.index


def test_projects_under_way_sped_up_stay_a_set() -> None:
    """加快185个在建重大项目建设 (建设, no completion): the projects there are, no target."""
    t = targets(REVIEW, "加快185个在建重大项目建设。", review_year=2023)
    assert "185个" not in t.index


def test_worded_figures_after_a_crossing() -> None:
    """Yibin 43: 存贷款余额突破万亿大关 (1万亿元, a floor); Yueyang 37: 实现引进外资过亿美元 (1亿美元, a floor)."""
    t = targets(REVIEW, "培育壮大金融服务业，持续实施企业上市挂牌行动，新引进金融机构5家，存贷款余额突破万亿大关。"
                        "大力推动“岳企出海、岳品出境”，实现引进外资过亿美元。", review_year=2023)
    assert t.loc["万亿大关", "value"] == 10 ** 12 and t.loc["万亿大关", "unit"] == "元"
    assert t.loc["万亿大关", "target_kind"] == "floor"
    assert t.loc["过亿美元", "value"] == 10 ** 8 and t.loc["过亿美元", "unit"] == "美元"
    assert t.loc["过亿美元", "target_kind"] == "floor"


def test_passing_words_that_are_no_crossing_give_no_figure() -> None:
    """通过/经过 before an amount is no 过 of a crossing: no figure."""
    q = extract_quantities(read_text("政府工作报告\n二、2024年工作安排\n通过亿元资金，经过万元。\n"))
    assert q.empty or not (q["text"].str.contains("亿元|万元")).any()


def test_gwh_is_a_unit() -> None:
    """Yibin 28: 力争完成动力电池产量130GWh — a quantity of energy, not a label."""
    t = targets(REVIEW, "推动时代吉利、时代长安等投产项目充分释放产能，力争完成动力电池产量130GWh。", review_year=2023)
    assert t.loc["130GWh", "unit"] == "GWh"


def test_one_growth_rate_for_two_measures_is_each_ones() -> None:
    """Linzhi 35: 招商引资到位资金和税收增幅达到30%以上 gives a row per member; 力促软件和信息技术服务业规模增幅达10%
    (one industry's name) stays one row."""
    t = targets(REVIEW, "力争经开区地区生产总值、固定资产投资大幅增长，工业总产值增幅达到25%以上，"
                        "招商引资到位资金和税收增幅达到30%以上。力促软件和信息技术服务业规模增幅达10%。", review_year=2023)
    names = set(t.loc["30%", "indicator"])
    assert names == {"招商引资到位资金增幅", "税收增幅"}
    assert isinstance(t.loc["10%", "indicator"], str)
