"""A review figure stated as a change between two years apart (2005年与2000年相比，国内生产总值增长
57.3%; 比2000年增长): a change over the span, never a one-year baseline (docs/assumptions.md#baselines;
audit 14)."""
from __future__ import annotations

import re
from typing import Final

from govreport.extract.terms import this_year_clause
from govreport.lexicon import clause_breaks, read_json, unit_field
from govreport.tables.clauses import each_list_clause, last_mark
from govreport.tables.figures import Figure, words
from govreport.tables.term_levels import level_reached_in_term
from govreport.tables.term_recaps import TERM_BESIDE_YEAR, term_flow_ids, whole_recap_flows

# two years compared: X年与Y年相比 / X年同Y年相比, or 比Y年 / 较Y年 before the figure (较2020年分别下降32.5%: spot 38 中卫 rows 64/65)
TWO_YEARS = re.compile(r"((?:19|20)\d\d)年(?:与|同|和)((?:19|20)\d\d)年相比|[比较]((?:19|20)\d\d)年")

# the end of 由X降至Y in a term's recap: 由X, a few words, then 降至/升至/提高到 (only X is the term's start)
PATH_END = re.compile(r"[\d.．０-９]+[^\d０-９]{0,4}[到至]$")  # (从上半年5.5%降到: the clause of the path's end)
PART_OF_YEAR = re.compile(r"一季度|上半年|前三季度|前三季|[1一]—?[-—至到]?\d{1,2}月|[一二三四]季度|前(?:\d{1,2}|[一二三四五六七八九十]{1,2})个月")


def part_of_year(clause: str) -> bool:
    """The clause names a part of a year (上半年, 一季度, 1—9月): a review figure of it is no baseline for a year.
    Each part names 季, 半 or 月: those are looked for first, as the search is seldom needed."""
    if not ("季" in clause or "月" in clause or "半" in clause) or (part := PART_OF_YEAR.search(clause)) is None:
        return False
    # 年末城镇调查失业率从上半年5.5%降到5.3%: the part opens a from–to path, so it is the start's only, not the end's
    return not (clause[part.start() - 1:part.start()] in ("从", "由") and PATH_END.search(clause, part.end()) is not None)


# a part of a year opening the sentence in a clause of its own (前三季度，GDP增长6.5%; 1至11月，…): every figure after it in the
# sentence is of that part, unless 全年/年末/全市全年 names the year again (audit 46: 黄冈 预计全年GDP增长7%左右 took 前三季度 6.5%)
OPENING_PART = re.compile(r"^(?:" + PART_OF_YEAR.pattern + r")(?:以来)?[，,]")
WHOLE_YEAR = re.compile(r"全年|年末|年底")


def opened_by_part_of_year(a: Figure) -> bool:
    """The figure's sentence opens with a part of a year in its own clause (前三季度，GDP增长6.5%): the figure is of that part."""
    before = a.before
    return ("季" in before or "月" in before or "半" in before) and OPENING_PART.match(before) is not None \
        and WHOLE_YEAR.search(before) is None


# a part of a year in a clause of its own after an earlier clause (建立…推进机制，1-11月，677个市重点项目完成投资…): the figures after
# it up to the next 全年/年末 or ；are of that part (audit 54 池州 row 41)
INNER_PART = re.compile(r"[，,：:](?:" + PART_OF_YEAR.pattern + r")(?:以来)?[，,]")
PART_ENDS = re.compile(r"全年|年末|年底|[；;]")


def led_by_part_of_year(a: Figure) -> bool:
    """A clause of its own naming a part of a year stands before the figure in its sentence, with no 全年 or ；after it."""
    before = a.before
    if not ("季" in before or "月" in before or "半" in before):
        return False
    last = None
    for last in INNER_PART.finditer(before):
        pass
    return last is not None and PART_ENDS.search(before, last.end()) is None


def listed_in_part_of_year(a: Figure) -> bool:
    """A later figure of a 分别 list whose shared clause names a part of a year (前三季度城镇和农村常住居民人均可支配收入分别增长
    5.9％、7.9％: the 7.9％ too is of 1—9月): no year's baseline, as the first member is not (held-out set 65, fix138f)."""
    return "分别" in a.before and part_of_year(each_list_clause(a.before))


COMPARED_TO: Final = "比较同与从由"  # a part right after these is compared with or a path's start (增速比前三季度加快0.7个百分点), no lead


def dated_across_semicolons(a: Figure, chain: dict[int, tuple[int, str]]) -> bool:
    """The extractor dated the figure to a part of a year named only in an earlier sentence of its ；-chain (前三季度，GDP
    增长3.1%；规模以上工业增加值增长4.5%；…): the lead dates every clause up to 。, so the figure is of that part too
    (held-out set 56, fix125b: 泸州 rows 1-6). ``chain`` maps a sentence's end to its start and words (the review figures'
    sentences); the part must lead there, not be compared with (全市地区生产总值增长1%，增速比前三季度加快0.7个百分点；
    地方一般公共预算收入可比增长10%: the 10% is the year's). A part named in the figure's own sentence is left to the rules above."""
    period = a.period
    if not period or period in a.sentence:
        return False
    start = a.sentence_start
    while (before := chain.get(start)) is not None and before[1].endswith(("；", ";")):
        start, sentence = before
        if (at := sentence.rfind(period)) >= 0:
            return sentence[at - 1:at] not in COMPARED_TO or at == 0
    return False


def over_a_span(a: Figure) -> bool:
    """The figure's sentence, up to it, compares two years more than one apart (2005年与2000年相比；
    比2000年, 较2020年 for a figure of 2024); 比2022年 for a figure of 2023 is one year's change."""
    before = a.before
    if "比" not in before and "较" not in before:
        return False
    if (listed := _listed_base_year(before)) is not None:
        return a.year is None or listed < a.year - 1  # 较2020、2021年度分别增长40%和21%: only 21% is one year's change
    for m in TWO_YEARS.finditer(before):
        if m.group(3):
            if closed_comparison(before, m.end()):
                continue  # 研发经费投入较2017年翻了一番，高新技术企业216家: the earlier clause's own change (set 51 商丘 G4)
            if a.year is not None and int(m.group(3)) < a.year - 1:
                return True
        elif abs(int(m.group(1)) - int(m.group(2))) > 1:
            return True
    return False


CHANGE_THEN_BREAK = re.compile(r"[^，,；;。]*?(?:增长|增加|提高|下降|减少|翻)[^，,；;。]*[，,；;]")


def closed_comparison(before: str, at: int) -> bool:
    """The comparison 较/比YYYY年 ending at ``at`` is closed by its own change verb before a clause break (…投入较2017年翻了
    一番，…): it spans that clause, not the figure's in a later one."""
    return CHANGE_THEN_BREAK.match(before, at) is not None


# 较2020、2021年度 / 比2020年和2021年: several years compared with, in the order of the 分别 list after them
BASE_YEARS = re.compile(r"[比较]((?:(?:19|20)\d\d年?度?[、和])+(?:19|20)\d\d)年?度?")
LIST_FIGURE = re.compile(r"\d+(?:\.\d+)?")


def _listed_base_year(before: str) -> int | None:
    """The year the figure at the end of ``before`` is compared with when the last comparison before it lists several years
    (较2020、2021年度分别增长40%和21%: 2020 for 40%, 2021 for 21%) and the figure is the k-th of a 分别 list after it, that list
    right after the years or opening a clause of its own (；实现营业收入8.48亿元，分别增长47%和19%: the same years, held-out audit 43
    七台河 G4); 0 (no year to trust) when the figure has no place in the years, None when no such list of years stands before it."""
    last = None
    for last in BASE_YEARS.finditer(before):
        pass
    if last is None:
        return None
    years = [int(y) for y in re.findall(r"(?:19|20)\d\d", last.group(1))]
    at = before.rfind("分别")
    if at < last.end() or at > last.end() and before[at - 1] not in "，,":
        return None if at < last.end() else 0  # (no 分别 list of the years: read as before; another list: none trusted)
    k = len(LIST_FIGURE.findall(before, at))
    return years[k] if k < len(years) else 0


def span_carried(a: Figure, previous: str) -> bool:
    """The figure opens a 分别 list after a ；-sentence (``previous``) whose last comparison lists several years (…较2020、2021年度
    分别增长40%和21%；实现营业收入8.48亿元，分别增长47%和19%): the same years, member by member; only the member against the
    year before its own is one year's change (held-out audit 43 七台河 G4)."""
    if a.year is None or "分别" not in a.before or not previous.endswith(("；", ";")) or "年" not in previous:
        return False
    listed = _listed_base_year(previous + a.before)
    return bool(listed) and listed is not None and listed < a.year - 1


# 用3年时间 / 用3—5年时间 / 力争用三年时间 opening a clause: the goals after it in the sentence are reached over the span
EFFORT_SPAN = re.compile(r"(?:^|[，,；;：:]|力争|争取|计划|决定)用([\d一二两三四五六七八九十]{1,3})(?:[—\-－~～至到]([\d一二两三四五六七八九十]{1,3}))?年(?:左右)?的?时间")
# 三年完成投资70亿元以上 / 力争两年累计…: N年 right before 完成/累计/实现 opening a clause is a total over the span, whose
# first year is not said (the plan of an action issued the year before; audit 50 zhoushan); 连续三年实现 and 提前两年完成 are not
HORIZON = re.compile(r"(?:^|[，,；;：:]|力争|争取|计划)([\d一二两三四五六七八九十]{1,2})年(?:内)?(?:完成|累计|实现)")
# 三年引进博士突破1000人: N年 opening a clause right before a verb of bringing in or building (``span_goal_verbs``)
SPAN_OPENING = re.compile(r"(?:^|[，,；;：:]|力争|争取|计划)([\d一二两三四五六七八九十]{1,2})年(?:内)?")


def _span_goal(clause: str) -> bool:
    """N年 (N ≥ 2) then a verb of ``span_goal_verbs`` opening the clause: a total over N years whose first year is not said,
    as 三年完成 is (HORIZON; held-out set 53 衡阳 row 21: 三年引进博士突破1000人 beside the year's 引进博士300人以上)."""
    for m in SPAN_OPENING.finditer(clause):
        if (_years(m.group(1)) or 0) >= 2 and clause.startswith(tuple(words()["span_goal_verbs"]), m.end()):
            return True
    return False


_SMALL = {c: i for i, c in enumerate("零一二三四五六七八九十")} | {"两": 2}


def _years(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    if len(text) == 1:
        return _SMALL.get(text)
    return None


def effort_span(fig: Figure) -> tuple[bool, int | None]:
    """(True, N) when a clause before the figure in its sentence opens with 用N年时间 (a goal over N years, reached
    in the plan year + N); (True, None) for a range 用3—5年时间, a span not read, a bare 三年完成 (HORIZON) or a designation's
    period (在创建期内: ``designation_periods``); (False, None) otherwise
    (docs/assumptions.md#target-years; unseen audit 15)."""
    before = fig.before
    if any(p in fig.clause_before for p in words()["designation_periods"]):  # 在创建期内新增9个耐盐碱品种
        return True, None
    if "年" not in before:  # cheap gate
        return False, None
    if HORIZON.search(fig.clause_before) or _span_goal(fig.clause_before):
        return True, None
    if "时间" not in before or "用" not in before:
        return False, None
    m = None
    for m in EFFORT_SPAN.finditer(before):
        pass
    if m is None or this_year_clause(before[m.end():]):  # 用3年时间建成绿电园区，年内…建设100万千瓦: the plan year's
        return False, None
    return True, None if m.group(2) else _years(m.group(1))


# the end of a path over the term (PM2.5浓度均值从45微克/立方米下降到26微克/立方米): the level its last year reached
FROM_TO_END = re.compile(r"[从由][^，,。；;：:]{1,20}[到至]$")


# a heading naming only a five-year period (一、“十四五”时期工作回顾), no year of its own
TERM_ONLY = re.compile(r"“?十[一二三四五六七八九]五”?时期")
YEAR_IN = re.compile(r"(?:19|20)\d\d年|[一二〇○零]{4}年")
SINCE_YEAR = re.compile(r"(?:19|20)\d\d年以来")  # a heading naming the term by its first year
# a sentence opening the one-year review inside it (刚刚过去的2025年，…; 全年GDP增长4%; 过去一年)
ONE_YEAR_OPENING = re.compile(r"(?:刚刚过去的|过去的)?(?:(?:19|20)\d\d年|一年|全年|去年)")


# a paragraph opening the year's part under a heading naming the term and the year (一、“十四五”时期和2025年工作回顾 …
# 刚刚过去的2025年，是“十四五”收官之年 / 2025年，… / 一年来 / 过去一年); {year} is the heading's year
YEAR_PART_OPENING = r"(?:刚刚过去的|过去的)?{year}年[，,是]|一年来|过去一年|刚刚过去的一年"


def term_totals(review: list[Figure], figs: list[Figure] | None = None, text: str = "") -> set[int]:
    """Ids of review figures that are the term's, no one-year baseline (docs/assumptions.md#baselines):
    under a heading that names only a five-year period (一、“十四五”时期工作回顾 … 刚刚过去的2025年，…), the counts stated
    before the one-year review are five-year totals (实施…重点工程项目超2000个; unseen audit 15); under a heading naming
    the term and its last year (一、“十四五”时期和2025年工作回顾) whose year part opens without a heading of its own
    (刚刚过去的2025年，… / 一年来), every figure before that opening is the term's (粮食总产量稳定在550亿斤左右; audit 18);
    under one naming the year first (一、2025年和“十四五”时期工作回顾), every figure from the sentence opening the term's part
    on (…标志着“十四五”规划顺利收官。/ 五年来，…) is the term's (新增五星级饭店16家; audit 24).
    ``figs`` (all figures, the year's own 2025年 among them) is where the year part's opening is looked for; ``text`` (the
    report's text, when given) is where the term part's opening is looked for too, in sentences with no figure (这五年，是…的五年。).
    Empty when no sentence opens the one-year review."""
    out: set[int] = set()
    named = words()["term_headings"]  # 本届政府及2022年工作回顾: a government's term named as a plan's is (audit 48)
    sections = {f.section for f in review if f.section and ("五" in f.section or "届" in f.section or "以来" in f.section)}
    for section in sections:
        if SINCE_YEAR.search(section):  # 一、2018年以来工作回顾: the term since that year, its flows before the year's part
            if text:  # (各位代表！2021年是本届政府任期的最后一年: held-out set 92 锦州 2022)
                out.update(_term_flows(sorted((f for f in review if f.section == section), key=lambda f: f.start), text))
            continue
        plan = TERM_ONLY.search(section) or TERM_BESIDE_YEAR.search(section)  # (“十二五”及2015年: set 86)
        if (term := plan or _named_term(section, named) or _achievements_term(section)) is None:
            if text and any(w in section for w in named):  # 一、过去五年工作回顾: the term's flows before the year's part
                out.update(_term_flows(sorted((f for f in review if f.section == section), key=lambda f: f.start), text))
            continue
        if (year := YEAR_IN.search(section)) is not None:
            if year.start() < term.start():  # 一、2025年和“十四五”时期工作回顾: the year's part first
                ids = _after_the_term_opening(section, year.group(0)[:-1], review, figs or review, text)
            else:
                ids = _before_the_year_part(section, year.group(0)[:-1], review, figs or review)
                if not ids:  # the year's opening holds no figure (各位代表，2020年是极不平凡的一年。: set 89): the term's flows
                    # before it; with no paragraph of the year's own (一、“十二五”及2015年…回顾), throughout (set 86)
                    in_section = sorted((f for f in review if f.section == section), key=lambda f: f.start)
                    named_year = year.group(0)[:4]  # (a path's end reached stays the year's)
                    flows = set(_term_flows(in_section, text, int(named_year))) if text and named_year.isdigit() else set()
                    kinds = words()["term_work_kinds"]  # (a year's volume or a stock, 吞吐量完成2.77亿吨, stays)
                    out.update([f.id for f in in_section if f.id in flows and not level_reached_in_term(f)
                                and FROM_TO_END.search(f.before) is None and unit_field(f.unit, "kind") in kinds]
                               or whole_recap_flows(section, review, text))
                    continue
            # a level the term's part says is reached (市场主体达到43.7万户) is the review year's level (audit 43), under a
            # 十X五 heading too (国家高新技术企业达到216户: held-out set 73 吉林 row 37, fix152c)
            out.update(f.id for f in review if f.id in set(ids) and not level_reached_in_term(f))
            continue
        figs = sorted((f for f in review if f.section == section), key=lambda f: f.start)
        one_year = next((f.sentence_start for f in figs if ONE_YEAR_OPENING.match(f.sentence)), None)
        if one_year is not None:
            out.update(f.id for f in figs if f.sentence_start < one_year and unit_field(f.unit, "kind") == "count")
    return out


def _term_flows(figs: list[Figure], text: str, year: int | None = None) -> list[int]:
    """Under a review heading naming the term alone (一、过去五年工作回顾), the flows stated before the paragraph opening the
    review year (各位代表！2022年是本届政府的收官之年。/ 一年来，… / 这一年，…; looked for in ``text``, as that opening often
    holds no figure) are the term's totals, no one-year baseline (累计实施…项目1181个，完成投资3431亿元 / 992个老旧小区改造一新;
    held-out audit 50 安阳 G1); a level stated as reached (现有…企业300家 / 达到566家) and a sentence naming the year stay.
    ``year``: the review year a heading names (一、“十三五”发展成就和2020年工作回顾), else the first figure's."""
    year = year or next((f.year for f in figs if f.year is not None), None)
    if year is None or not figs:
        return []
    opening = re.compile(REVIEW_YEAR_OPENING.format(year=year))
    first, last = figs[0].sentence_start, max(f.end for f in figs)
    at = next((first + m.start() for m in SENTENCE.finditer(text[first:last]) if opening.match(m.group())), None)
    if at is None:
        return []
    return term_flow_ids(figs, year, (at, _term_resumed_at(text, at)))


# a paragraph opening with a numbered sub-heading after the first ((二) / （三）/ 二是): the term's series goes on
RESUMED_SERIES = re.compile(r"\s*[（(][二三四五六七八九十][）)]")


def _term_resumed_at(text: str, at: int) -> int:
    """Where the term's part resumes after the paragraph opening the review year at ``at``: when the next paragraph
    opens a numbered sub-heading that is not the first (（一）… / 去年是本届政府收官之年，…初步预计，全年… / （二）…), the
    year's paragraph is an insert in the term's numbered series and what follows is the term's again (held-out set 54
    信阳: 棚户区改造133个 under （四） is a 2017–2022 total). Else the year's part runs to the end (len(text) + 1)."""
    end = text.find("\n", at)
    if end < 0 or RESUMED_SERIES.match(text, end) is None:
        return len(text) + 1
    return end


# a paragraph opening the review year inside a term's review (各位代表！2022年是本届政府的收官之年。/ 一年来，… / 这一年，…
# / 过去的一年，…: held-out set 91 通辽; 刚刚过去的2020年极不平凡: 衡阳)
REVIEW_YEAR_OPENING = (r"(?:各位代表[！!，,]?)?(?:刚刚过去的{year}年|(?:刚刚过去的|过去的)?(?:{year}年[，,是]|一年来|过去一年)"
                       r"|(?:刚刚)?过去的一年[，,]|这一年[，,]|去年是本届政府)")  # 去年是本届政府收官之年 (held-out set 54)


def _named_term(section: str, named: list[str]) -> re.Match[str] | None:
    """A word naming the government's term (本届政府, 过去五年) in a heading that names a year too: only then is a part of
    the section one year's and the rest the term's; a heading naming the term alone is left to the extractor's scopes."""
    if YEAR_IN.search(section) is None:
        return None
    return next((m for w in named if (m := re.search(re.escape(w), section)) is not None), None)


def _before_the_year_part(section: str, year: str, review: list[Figure], figs: list[Figure]) -> list[int]:
    """Review figures of ``section`` (a heading naming the term and ``year``) before the sentence opening the year part."""
    opening = re.compile(YEAR_PART_OPENING.format(year=re.escape(year)))
    starts = sorted({f.sentence_start for f in figs if f.section == section and opening.match(f.sentence)})
    if not starts:
        return []
    return [f.id for f in review if f.section == section and f.sentence_start < starts[0]]


# a sentence opening the term's part after the year's, under a heading naming the year first (一、2025年和“十四五”时期工作回顾):
# 2025年主要目标任务的完成，标志着“十四五”规划顺利收官。/ 2025年是“十四五”收官之年。/ 经过五年接续奋斗，我省“十四五”顺利收官。/
# 回望过去五年，… / 这五年，… / 五年来，… / “十四五”时期是…
_TERM = r"“?十[一二三四五六七八九]五”?"
TERM_PART_OPENING = re.compile(r"(?:各位代表[！!，,]?)?(?:(?:回望|回顾|纵观)?(?:过去|这)五年|五年来|" + _TERM + r"时期"
                               r"|(?:(?:19|20)\d\d年[^，。；]{0,12}?(?:的完成，标志着|是)|经过五年[^，。]{0,8}，[^，。]{0,4}|标志着)"
                               + _TERM + r"(?:规划)?(?:目标任务)?(?:顺利|圆满|胜利)?(?:收官|完成))")


SENTENCE = re.compile(r"[^。！？!?\n]+")  # a sentence of the text, without its closing mark


def _after_the_term_opening(section: str, year: str, review: list[Figure], figs: list[Figure], text: str = "") -> list[int]:
    """Review figures of ``section`` (a heading naming ``year`` before the term) from the first sentence opening the
    term's part on (2025年主要目标任务的完成，标志着“十四五”规划顺利收官。回望过去五年，…; audit 24): the term's, no one-year
    baseline. Only where review figures stand before that opening (the year's part came first); a figure whose own clause
    dates it to the year (提升到2025年的57.7%; a clause opening 2025年…) stays the year's. With ``text``, a sentence holding no figure opens it too
    (这五年，是感恩奋进的五年。/ 五年来，我们坚持…; audit 25)."""
    in_section = [f for f in figs if f.section == section]
    opens = [f.sentence_start for f in in_section if TERM_PART_OPENING.match(f.sentence)]
    if text and in_section:
        first, last = min(f.start for f in in_section), max(f.end for f in in_section)
        opens += [first + m.start() for m in SENTENCE.finditer(text[first:last]) if TERM_PART_OPENING.match(m.group())]
    mine = [f for f in review if f.section == section]
    if not opens or not any(f.sentence_start < min(opens) for f in mine):
        return []
    start = min(opens)
    dated = re.compile(re.escape(year) + r"年(?:底|末)?的?$")
    return [f.id for f in mine if f.sentence_start >= start and not dated.search(f.clause_before)
            and not (f.clause_before.startswith(year + "年") and len(YEAR_IN.findall(f.clause_before)) == 1)]
    # 2025年医疗旅游人次86.5万: the year's (audit 26); not 2025年…较2020年增长90% (a change over the term)


def _achievements_term(section: str) -> re.Match[str] | None:
    """A five-year plan named beside the review year for what it achieved (一、2020年工作回顾及“十三五”主要成就): the heading's
    term part is the term's as under …“十三五”时期 (held-out set 78 三门峡 row 6, fix157c: 城镇化率…提高7.1个百分点)."""
    if YEAR_IN.search(section) is None:
        return None
    return re.search(_TERM + "(?:" + "|".join(map(re.escape, words()["term_heading_marks"])) + ")", section)


def names_a_term(section: str) -> bool:
    """The heading names a five-year period (“十四五”时期和2025年工作回顾), whether or not it names a year too."""
    return bool(section) and TERM_ONLY.search(section) is not None


def under_next_plans_goals(fig: Figure) -> bool:
    """The figure stands under a heading that sets out a plan not yet begun in its year
    (“十三五”时期发展成就和“十四五”时期主要目标任务, for 2020): such a section states goals
    (控制在5.5%以内, 降低13.5%) beside achievements, so none of it is an outcome to compare with."""
    if not fig.section or "目标" not in fig.section or fig.year is None:
        return False
    return any(name in fig.section and first > fig.year for name, (first, _) in words()["five_year_plans"].items())


def list_average(a: Figure) -> bool:
    """年均 opens the clause of a 、 list the figure is a member of (年均新增城镇就业30万人、输转城乡富余劳动力
    500万人以上), or stands right before the 分别 of the list (地区生产总值、…、固定资产投资年均分别增长了2.4%、
    3.7%和5.1%: fix149h): every member is an average over years."""
    clause = a.before[last_mark(a.before, clause_breaks()) + 1:]
    return clause.startswith("年均") and "、" in clause or any(w in clause for w in _list_averages())


_LIST_AVERAGES: Final[list[tuple[str, ...]]] = []


def _list_averages() -> tuple[str, ...]:
    """data/term_scopes.json ``list_averages`` (年均分别, 累计分别), read once."""
    if not _LIST_AVERAGES:
        _LIST_AVERAGES.append(tuple(read_json("term_scopes.json")["list_averages"]))
    return _LIST_AVERAGES[0]
