"""extract_quantities: one row per figure in a report, with provenance.

Conventions follow tests/fixtures/gold/README.md: the span covers number, multiplier, 余/多 and
unit; words before (突破, 约) and after (以上, 左右) go to ``qualifier``; dates, document
numbers and code names are meta/label rows.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal

from typing import TYPE_CHECKING, Final

from govreport.errors import GovReportError
from govreport.extract.task_frames import frame_free
from govreport.extract.clause_debris import debris_free
from govreport.extract.counted_actions import carried_flow_verb, counted_action
from govreport.extract.flow_names import involved_count, kept_flow_verb, shared_head, work_verbs_dropped
from govreport.extract.figure_heads import single_figure_name
from govreport.extract.bare_subjects import borrowed_subject
from govreport.extract.period_members import period_member, whole_member
from govreport.extract.per_head_aid import funds_for_works, per_head_aid
from govreport.extract.project_outcomes import project_outcome
from govreport.extract.goal_marches import marched_goal
from govreport.extract.fund_uses import fund_use
from govreport.extract.opening_rates import opened_rate
from govreport.extract.entry_places import entered_place
from govreport.extract.capacity_names import capacity_of_class, connected_capacity, counted_class_capacity
from govreport.extract.grade_members import grade_member
from govreport.extract.linked_verbs import linked_verb
from govreport.extract.change_kinds import direction_and_kind
from govreport.extract.bare_changes import spelled_change
from govreport.extract.categories import SentenceKeywords, keyword_scores
from govreport.extract.place_lists import places_listed
from govreport.extract.name_holders import held_by_place
from govreport.extract.crossings import after_step, counted_class, crosses, equivalent_class, level_name, passed_class
from govreport.extract.post_nouns import is_money_class
from govreport.extract.name_leftovers import leftovers_free
from govreport.extract.list_member_names import list_member_name
from govreport.extract.verb_members import count_first_member
from govreport.extract.keys import attracted, indicator_english, indicator_key
from govreport.extract.key_fits import herd_key, in_context, meets_requirement, semicolon_chain
from govreport.lexicon import units_of_kind
from govreport.report.layout import PAGE_BREAK
from govreport.report.model import Report, Sentence
from govreport.extract.path_starts import announces_list, path_start, start_role
from govreport.extract.periods import period_of
from govreport.extract.roles import LABEL, RoleDecision, meta_or_label, quantity_role
from govreport.extract.sentence_state import _SentenceState
from govreport.extract.two_cores import in_runs, runs_for, sentence_cuts
from govreport.extract.name_fillers import without_fillers
from govreport.extract.name_forms import task_share, whole_share
from govreport.extract.area_topics import area_topic
from govreport.extract.name_lists import list_subject
from govreport.extract.payer_purposes import earmarked, purpose_named
from govreport.extract.zone_intake import zone_of_intake
from govreport.extract.topic_subjects import opening_subject, stage_member, trade_subject
from govreport.extract.later_sections import lead_goal_years, later_goal_years, term_section_years
from govreport.extract.aspect_leads import aspect_measure
from govreport.extract.goal_objects import goal_named
from govreport.extract.lead_sectors import period_subject, sector_named, share_named, without_commitment
from govreport.extract.each_place import each_place
from govreport.extract.each_subdivision import each_subdivision
from govreport.extract.per_period import per_period
from govreport.extract.goal_verbs import goal_verb
from govreport.extract.quantity_rows import COLUMNS, SOURCES, QuantityRows
from govreport.extract.fractions import as_shares
from govreport.extract.figure_lists import LIST_GAP_AFTER_QUALIFIER, LIST_GAPS, _list_sizes, _share_closing_qualifier
from govreport.extract.figure_qualifiers import qualifier_of
from govreport.extract.region_breakdowns import place_member, region_member
from govreport.extract.place_siblings import place_quota
from govreport.extract.listed_industries import listed_industry
from govreport.extract.platform_subjects import platform_named, subject_scoped, zone_listed
from govreport.extract.scanner import Token, join_ranges_and_lists, rank_of, scan_tokens
from govreport.extract.written_units import read_written_units
from govreport.extract.zone_frames import framing_zone

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["COLUMNS", "extract_quantities", "extract_rows", "require_figures"]

ASCII_DIGIT = re.compile(r"\d")  # any digit: a text with one has a figure to show, even if only a date
SEAM: Final = 300  # context read either side of a stretch read alone (two_cores.py): more than any figure's reading looks at
# an age class inside a measure's words (每千人口拥有3岁以下婴幼儿托位数): the words before it still name what follows
AGE_CLASS_AFTER: Final = re.compile(r"(?:及|至\d{1,3}周?岁)?(?:以上|以下)?[\u4e00-\u9fff]")


def extract_quantities(report: Report) -> pd.DataFrame:
    """One row per figure in ``report``, in text order; see COLUMNS and the README."""
    from govreport.extract.quantity_frame import quantity_frame  # pandas, imported where a frame is made

    with _collector_paused():  # the frame's thousands of cells are no cycles either
        rows = extract_rows(report)
        return quantity_frame(rows.rows, rows.sources)


def extract_rows(report: Report) -> QuantityRows:
    """The figures of ``extract_quantities`` as rows, before they are a table (corpus workers
    make Arrow of them without pandas)."""
    with _collector_paused():
        # the sources are the same for every row: a guess (sentence_cues, text) shows as one
        return QuantityRows(_rows(report), {name: getattr(report, name) for name in SOURCES})


def require_figures(report: Report, tokens: list[Token] | None = None) -> None:
    """Refuse a user's file (``report.strict``) with no figure at all (one line, exit 2 at the
    command line): it is no report to read. Decided here, where figures are found."""
    if not report.strict:
        return
    if tokens is None:
        tokens = scan_tokens(report.scan)
    if not tokens and not ASCII_DIGIT.search(report.scan):
        raise GovReportError(report.path, "no figure in the text (a report is Chinese prose with figures)")


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector, then restore it as it was.

    Reading a report makes tens of thousands of small tuples, dicts and strings and no reference
    cycles, so the collector, woken every 700 allocations, would only walk them again and again
    (a few per cent of the time). Reference counting still frees everything as usual."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _rows(report: Report, runs: int = 0) -> list[tuple]:
    """The table's rows (COLUMNS without id), in text order. The text is read in ``runs`` stretches
    that start at a sentence (0: two, on two cores, for a long text; see two_cores.py): a stretch
    carries nothing over from the sentences before it, so its rows are the same either way."""
    scan = report.scan
    reversed_scan = scan[::-1]

    def run(lo: int, hi: int) -> list[tuple]:
        tokens, first, last = _figures(scan, lo, hi)
        return _token_rows(report, tokens, _list_sizes(scan, tokens), reversed_scan, first, last)

    cuts = sentence_cuts(report, runs or runs_for(report))
    rows = in_runs(run, cuts) if runs == 0 else [row for lo, hi in zip(cuts, cuts[1:]) for row in run(lo, hi)]
    if not rows:
        require_figures(report)
    return _share_closing_qualifier(scan, rows)


def _figures(scan: str, lo: int, hi: int) -> tuple[list[Token], int, int]:
    """The figures of ``scan[lo:hi]`` and SEAM characters either side (their neighbours, for lists
    and ranges), and the indices of the first and the one after the last starting in [lo, hi).
    Only that stretch is scanned: each core of a long text scans its own."""
    a, b = max(0, lo - SEAM), min(len(scan), hi + SEAM)
    piece = scan if b - a == len(scan) else scan[a:b]
    tokens = join_ranges_and_lists(piece, as_shares(piece, read_written_units(piece, scan_tokens(piece))))  # 2/3的村: a share (extract/fractions); 43微克 (written_units)
    if a:
        for t in tokens:  # (fresh tokens of this scan: moved to the report's offsets in place)
            t.start += a
            t.end += a
    starts = [t.start for t in tokens]
    return tokens, bisect_left(starts, lo), bisect_left(starts, hi)


def _token_rows(report: Report, tokens: list[Token], list_sizes: list[int], reversed_scan: str, lo: int, hi: int) -> list[tuple]:
    """The rows of tokens[lo:hi], ``lo`` the first figure of a sentence."""
    scan, text = report.scan, report.text
    starts = [s.start for s in report.sentences]
    header = report.parts.get("header")
    rows: list[tuple] = []
    state: _SentenceState  # set at the first figure (state_key < 0)
    state_key = -2
    context_scores: dict[int, dict[str, float]] = {}  # paragraph -> scores of its opening and section
    paged = PAGE_BREAK in scan  # a PDF copy with page footers skipped inside its sentences
    names_en: dict[tuple[str, str], str] = {}  # a report repeats names (产值, 户数): translate and score each once
    name_scores: dict[str, dict[str, float]] = {}
    recaps: dict[int, int] = {}  # a recap paragraph's first sentence with a plan cue (scopes.recap_run_cut)
    cue_free_roles: dict = {}  # (part, term, then_year) -> the role of any figure of a cue-free sentence (quantity_role)
    # the previous row, for 分别增长3.3%、7.4% (direction); and the previous figure that ends a
    # clause for naming (25户76人: 76人 is named from what follows 25户; a meta row or another
    # sentence resets it, a threshold such as 亿元以上 does not count)
    prev_end = -1
    prev_unit = prev_direction = prev_kind = ""
    cut: int | None = None
    sentences = report.sentences
    header_start, header_end = (header.start, header.end) if header is not None else (0, 0)
    s_start = s_end = -1  # the current sentence state's span (none yet)
    money = units_of_kind("money")  # is_money_class looks no further for any other unit
    s_part = s_section = s_text = ""  # the sentence's columns of every row (written into each row's tuple: no concatenation)
    crossed = False  # the figure before was a threshold crossed (首次突破百亿元、) before this level
    for i in range(lo, hi):
        t = tokens[i]
        t_start, t_end, unit = t.start, t.end, t.unit
        if not s_start <= t_start < s_end or state_key < 0:
            crossed = False  # a crossing is read within its sentence (a run may start at the next)
            k = bisect_right(starts, t_start) - 1
            sentence = sentences[k] if k >= 0 and t_start < sentences[k].end else None
            if sentence is None:  # a figure outside every sentence: a window around it
                state, state_key = _SentenceState(report, None, max(0, t_start - 50), min(len(text), t_end + 50)), -1
            elif k != state_key:
                state, state_key = _SentenceState(report, sentence, sentence.start, sentence.end, k, recaps), k
            s_start, s_end = state.start, state.end
            s_part, s_section, s_text = state.part, state.section, state.text
        decision = meta_or_label(report, t, header_start <= t_start < header_end)
        if decision is None and unit in ("个", "项") and announces_list(scan, t):
            decision = LABEL  # 重点把握好5个方面：: the size of a list to come
        if decision is not None:
            value = Decimal(int(t.number_text)) if t.number_text.isdigit() else t.value
            end = t_end + decision.extend
            unit = decision.meta_unit or unit
            rows.append((t_start, end, text[t_start:end], value, t.value_high, unit, "", decision.role, None, None,
                         "", "", "", decision.role, "", "", s_part, s_section, s_text, s_start, s_end, ""))
            prev_end, prev_unit, prev_direction, prev_kind = end, unit, "", ""
            if decision.role == "meta":  # a date or a year ends what names a figure; a label (5G) does not
                cut = end if scan.startswith("前", end) else None  # (5年前1.5个百分点: a time reference, as a figure)
            continue
        if not state.settled:
            state.settle()
        clause_lo = state.clause_start(t_start, reversed_scan)
        if state.no_cues:  # no cue, year or period to read: the part and the paragraph decide, once for all such figures
            role_key = (state.part, state.term, state.then_year)
            role = cue_free_roles.get(role_key)
            if role is None:
                role = cue_free_roles[role_key] = quantity_role(report, t, s_start, state.part, True, state.term,
                                                                state.then_year)
        else:
            role = quantity_role(report, t, s_start, state.part, False, state.term, state.then_year, state.section_term)
        if state.cited:  # a note the review cites (cited_notes.py): last year's results, whatever cue it has (未达预期)
            role = RoleDecision("actual", report.review_year)
        if (state.recap or t_start < state.recap_cut) and role.role == "target" and role.year == report.plan_year and role.year_from is None:
            role = RoleDecision("actual", report.review_year)
        if role.role == "target" and role.year == report.plan_year and role.year_from is None and (
                later := later_goal_years(state.section, report.plan_year, scan[s_start:t_start])  # 二、今后五年的目标任务: the goals for 2027
                or lead_goal_years(state.section, report.plan_year, scan, _paragraph_start(report, state.sentence), t_start)  # 建议今后五年…的主要目标是：… under a shared heading
                or term_section_years(state.section_term, report.plan_year, scan[s_start:t_start])  # 二、“十四五”时期主要目标和任务
                or term_section_years(state.outer_term, report.plan_year, scan[s_start:t_start])):  # 今后五年主要目标… then 一、…
            role = RoleDecision("target", later[0], year_from=later[1])
        if role.role == "target" or role.year_from is not None:
            is_start, stated = path_start(scan, tokens, i)  # 从15个县（市）扩大到57个: 15个 is the status quo
            role = start_role(role, stated, report.review_year) if is_start else role
        lo = clause_lo if cut is None or cut <= s_start or cut < clause_lo else cut
        namer = state.namer
        clause = scan[lo:t_start]  # the figure's own words before it, sliced once for the rules below
        prev = rows[-1] if rows and rows[-1][19] == s_start else None  # the row before in the same sentence: list members
        if not list_sizes[i] and prev is not None:  # 70户（力争100户）: the aside is the member's (list_asides.py)
            indicator = prev[10]
        else:
            indicator = task_share(without_fillers(namer.name(t, lo, list_sizes[i])), t.unit, clause)  # 为此将, 今年, 按增长
        indicator = zone_of_intake(scan, s_start, t_start, area_topic(scan, s_start, t_start, whole_share(state.mender.mend(t, lo, indicator), t.unit, scan[max(0, lo - 20):lo])))  # a zone's intake (zone_intake.py)
        indicator = listed_industry(scan, s_start, t_start, indicator)  # 做强做优粮食、…产业，产业规模分别达到…: 粮食产业规模 (fix133b)
        indicator = zone_listed(scan, s_start, lo, t_start, platform_named(scan, s_start, lo, t_start, indicator))  # 支持智造新城提升…，…制造业投资增速: the platform's (fix131a); 力争X片区…、…: the zone's (fix132a)
        indicator = place_quota(scan, s_start, lo, indicator, rows, unit) if scan[lo - 1:lo] in "，," else indicator  # 其中…144个，A县引进25个: A县's share (fix131a)
        indicator = funds_for_works(per_head_aid(indicator, scan[t_end:t_end + 6], unit), scan[t_end:t_end + 20], unit)  # 给予每人1万元救助; 安排资金…，办好…民生实事
        indicator = fund_use(indicator, clause, scan, t_end, unit in money)  # 筹集资金1000万元，着力打造…: the use it is put to
        indicator = opened_rate(indicator, scan, s_start, lo, t_start, unit)  # 发力健康城片区，…，入驻率超50%: 健康城片区入驻率
        indicator = entered_place(indicator, scan, s_start, lo, t_start)  # 支持…产业园建设，新进驻项目6个: the park's
        indicator = connected_capacity(capacity_of_class(indicator, scan[t_end:t_end + 14], unit, clause), clause, unit)  # 布局建设700万千瓦新型储能项目; 实现并网350万千瓦
        indicator = counted_class_capacity(indicator, scan, s_start, lo, unit)  # 实施新能源项目27个，新增装机380万千瓦: 新能源's
        indicator = project_outcome(indicator, scan, t_end, unit)  # 36个前期项目加快落地: 前期项目落地数
        indicator = marched_goal(indicator, scan, t_end, unit)  # 支持五矿铜业向130亿元目标迈进: 五矿铜业产值
        indicator = grade_member(indicator, scan[t_end:t_end + 48], unit)  # 9个一级、86个二级乡镇专职消防队伍…: 一级乡镇专职消防队伍…数
        indicator = linked_verb(indicator, scan, lo, t_start, unit, prev[1] if prev is not None else -1)  # …3座水库和改造…等2座病险水库
        indicator = goal_verb(indicator, scan, s_start, t_start, t_end, unit)  # 重点扶优扶强10户企业: 扶优扶强企业户数 (held-out set 69)
        indicator = per_period(indicator, scan, s_start, t_start, unit)  # 每季度开展1次水质监测: once a quarter (held-out set 69)
        indicator = leftovers_free(indicator, scan, s_start, lo, t_start, unit in money and role.role == "target", (prev[10], prev[1]) if prev is not None else None)  # 持续壮大…; 、基本建成…; 处置…贷款 (fix156f)
        indicator = work_verbs_dropped(involved_count(shared_head(kept_flow_verb(indicator, scan, t_start, t_end, unit), scan, t_end, unit), scan, t_start, t_end, unit), unit)  # 新建13座垃圾中转站; …和…型村庄 (fix157a)
        indicator = single_figure_name(indicator, scan, s_start, lo, t_start, t_end, unit, role.role == "target")  # 达规; …清单的项目; 9个小型水库全面开工; 加强对…，确保完好率 (fix159d)
        indicator = borrowed_subject(indicator, scan, s_start, t_start, t_end, unit, (prev[10], prev[1]) if prev is not None else None) if role.role == "target" else indicator  # 提升X普及水平，确保毛入学率…; …医院、…医院等8个项目 (fix160c)
        indicator = frame_free(indicator, clause, unit)  # 完成X100万亩目标任务: X面积, not 目标面积 (fix162e)
        indicator = debris_free(indicator, scan, lo, t_start, t_end, unit)  # 再实现N X稳定脱贫, 每年安排…实施Y, 覆盖N%的Y (fix170h)
        indicator = carried_flow_verb(counted_action(indicator, scan, lo, t_start, t_end, unit), scan, t_start, t_end, unit, (prev[10], prev[1], prev[5]) if prev is not None else None)  # N名X的Y培训; 招聘N名X和N名Y (fix172f)
        indicator = stage_member(trade_subject(opening_subject(indicator, scan, s_start, lo, t_start, unit), scan, s_start, lo), scan, lo, t_start, t_end, unit, (prev[10], prev[0], prev[1], prev[5]) if prev is not None else None)  # 柔性引才…，每年稳定汇聚; …集聚区，交易额增长; 、竣工 (fix174c)
        led = False  # the name took its sentence's sector lead: no city-wide key
        if role.role == "target":  # 各县…1-2个特色产业、1-2个重点镇, 全市行政村…30万元以上: each county's, each village's
            indicator = each_place(indicator, scan, s_start, lo, t_start, t.value, (prev[10], prev[1], prev[5]) if prev is not None else None, unit)
            indicator = each_subdivision(indicator, scan, s_start, t_start, t.value, unit)  # 各镇街至少有3个社区（村）…: each town's (held-out set 69)
            indicator = aspect_measure(indicator, scan, s_start, t_start)  # 在规上工业增加值增长方面，力争兴宾区增长10％ (audit 49)
            led = (named := sector_named(indicator, scan, s_start, t_start)) != indicator  # 煤油气储运方面，…开工…10个项目 (fix155e)
            indicator = named
        if scan[lo:lo + 1] == "、" or scan[lo - 1:lo] == "、":  # 保障性住房启动建设…、筹集租赁住房…: the list's subject
            indicator = list_subject(scan, s_start, t_start, indicator)
            indicator = period_member(indicator, prev[10] if prev is not None else "")  # 一季度…、二季度…
        indicator = whole_member(indicator, clause) if prev is not None else indicator  # …三季度…，全年累计增长
        indicator = list_member_name(indicator, scan, s_start, lo, t_start, t_end, unit, prev[10] if prev is not None else "", prev[5] if prev is not None else "")  # 全省前2名、全国前25名; …等科技创新平台 (fix159c)
        indicator = count_first_member(indicator, scan, s_start, t_start, t_end) or indicator  # 标准化村卫生室40个新建、30个改扩建 (fix160d)
        regional = (named := region_member(scan, s_start, t_start, indicator, unit, lambda: [(r[0], r[1], r[10], r[5]) for r in rows[-12:] if r[19] == s_start])) != indicator
        indicator = named  # 全州地区生产总值增长7.6%（州直增长7.5%…）: 州直地区生产总值增长, no key of the whole place (fix139c)
        indicator = place_member(scan, t_start, indicator, unit, (prev[1], prev[10], prev[5]) if prev is not None else None)  # 州直实施棚户区改造9160套、塔城地区1250户 (fix139c)
        keywords = state.keywords
        if keywords is None:
            sentence = state.sentence
            paragraph = sentence.paragraph if sentence else -1
            if paged and paragraph >= 0:  # after a skipped page footer the context is the footer's sentence's
                page = scan.rfind(PAGE_BREAK, report.paragraphs[paragraph].start, s_end)
                paragraph = paragraph if page < 0 else len(scan) + page
            if paragraph not in context_scores:
                context_scores[paragraph] = keyword_scores(_paragraph_opening(report, sentence, state_key), 1.0)
            keywords = state.keywords = SentenceKeywords(scan, s_start, s_end, context_scores[paragraph], sentence is not None)
        direction, kind = direction_and_kind(scan, t, clause_lo)
        if (direction == "level" and prev_direction and prev_unit == unit
                and (scan[prev_end:t_start] in LIST_GAPS or t_start - prev_end == 3 and LIST_GAP_AFTER_QUALIFIER.fullmatch(scan, prev_end, t_start))):
            direction, kind = prev_direction, prev_kind  # 分别增长3.3%、7.4%
        indicator = spelled_change(indicator, kind, direction)  # 生产总值同比增9%: …增长, as the review writes it (fix158a)
        equivalent = unit in money and equivalent_class(scan, t_start, t_end)  # 5亿元（3000万美元）以上产业项目: the count's name keeps the class
        if unit in money and (equivalent or is_money_class(scan, t_end, unit, t.implicit) or passed_class(scan, t) or counted_class(scan, t_start, t_end)):
            kind = "threshold"  # 亿元以上项目, 过500亿元的县达到5个: not an amount of money anyone spent or earned
        if crossed or i + 1 < len(tokens) and crosses(scan, t, tokens[i + 1]):  # 首次突破百亿元、达117.9亿元
            kind, crossed, indicator = (kind if crossed else "threshold"), not crossed, level_name(indicator)
        elif prev is not None and indicator[:1] in "新台大":
            indicator = after_step(indicator, prev[10])  # 迈上…新台阶、达到…亿元、增长6.1%
        indicator = share_named(without_commitment(period_subject(indicator, scan, clause_lo, lo)), unit, scan[t_start - 4:t_start])  # 3个月内入库率; 拆后土地利用达80% (fix155e)
        indicator = goal_named(indicator, unit, scan, t_start, t_end, clause_lo)  # 实现…通客运班车100%目标, 完成N人的X任务 (fix169a)
        if "*" in indicator:  # **2024年…目标是：地区生产总值增长5.5%**: a text kept in Markdown; bold marks are no words of a name
            indicator = indicator.replace("*", "")
        key = "" if kind == "threshold" else indicator_key(indicator, unit, direction, "" if namer.last_post or namer.listed or purpose_named(
            indicator, clause) else clause,
                                                                   state.opening)
        if key and (attracted(indicator + "，" + (whole := scan[clause_lo:t_start]), key) or not meets_requirement(key, indicator, whole)):
            key = ""  # 引进50亿以上重大项目20个: the attract verb before a threshold cut from the clause; 争创…领航学校 builds none
        if key:
            key, indicator = herd_key(key, indicator, scan[clause_lo:t_start])  # 肉牛发展到70.6万头: the herd, a stock
        if key and unit in money and earmarked(scan, t_end, indicator):
            key = ""  # 安排超长期特别国债3000亿元支持消费品以旧换新: a part earmarked, not the bonds issued in all
        if key and (unit in money and places_listed(scan, clause_lo, t_start) or held_by_place(scan, s_start, t_start, indicator)
                    or regional or led or subject_scoped(scan, s_start, lo, t_start, indicator)
                    or role.role == "target" and framing_zone(scan[s_start:s_end], t_start - s_start)):
            key = ""  # 莒南县、沂水县工业产值力争“过千亿”: the counties' output, not the city's (audit 40); 支持藤县…，…工业总产值 (audit 47); 深入开展园区…行动，…新增35户 (fix165c)
        english = names_en.get((indicator, key))
        if english is None:
            english = names_en[indicator, key] = indicator_english(key, indicator)
        scores = name_scores.get(indicator)
        if scores is None:
            scores = name_scores[indicator] = keyword_scores(indicator, 8.0)
        category = keywords.category(scan, lo, t_start, scores)
        if key and not in_context(key, indicator, s_text, category) and not in_context(key, indicator, semicolon_chain(scan, s_start, s_end), category):  # 培育营收亿元以上龙头企业5家 among 文旅 firms; …农产品312个；新增省级龙头企业26家；
            key, english = "", indicator_english("", indicator)
        qualifier = qualifier_of(scan, t, clause_lo)
        rank = rank_of(scan, t) if not unit or unit in ("位", "名") else None
        if rank is not None:  # 位居全省第3 / 跻身10强: a place, in 位
            unit, kind, qualifier = "位", "rank", rank or qualifier
        period = period_of(scan, state.period_start, t_start) if state.has_period else ""
        rows.append((t_start, t_end, text[t_start:t_end], t.value, t.value_high, unit, qualifier,
                     role.role, role.year, role.year_from, indicator, key, english, category,
                     direction, kind, s_part, s_section, s_text, s_start, s_end, period))
        prev_end, prev_unit, prev_direction, prev_kind = t_end, unit, direction, kind
        if not namer.last_was_threshold and not equivalent and not _age_class(scan, t):
            cut = t_end
    return rows


def _age_class(scan: str, t: Token) -> bool:
    """Whether a figure in 岁 is an age class of the people a measure after it counts (3岁以下婴幼儿,
    0-3岁婴幼儿, 65岁及以上老年人), not an age measured (预期寿命达到81岁): a class bounded by 以下/以上
    or a range, then a noun."""
    if t.unit not in ("岁", "周岁"):
        return False
    m = AGE_CLASS_AFTER.match(scan, t.end)
    return m is not None and (m.end() - t.end > 1 or t.value_high is not None) and scan[m.end() - 1] not in "达到为"


def _paragraph_start(report: Report, sentence: Sentence | None) -> int:
    """Where the figure's paragraph starts (-1 when the sentence belongs to none): a lead there may set its goals' years."""
    if sentence is None or not 0 <= sentence.paragraph < len(report.paragraphs):
        return -1
    return report.paragraphs[sentence.paragraph].start


def _paragraph_opening(report: Report, sentence: Sentence | None, index: int) -> str:
    """The first sentence of the figure's paragraph (``sentence`` is ``report.sentences[index]``),
    and its section title: the topic context. Found by walking back, once per paragraph with a
    figure, rather than indexing every sentence of the text."""
    if sentence is None or sentence.paragraph < 0:
        return ""
    sentences, scan = report.sentences, report.scan
    # (a PDF copy's paragraph runs on over a skipped page footer; the topic context starts after it)
    while (index > 0 and sentences[index - 1].paragraph == sentence.paragraph
           and scan.find(PAGE_BREAK, sentences[index].start, sentences[index].end) < 0):
        index -= 1
    first = sentences[index]
    return report.scan[first.start:first.end] + sentence.section
