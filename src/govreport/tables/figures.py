"""What the words around a figure say: its clause and its name phrase (how alike two phrases are: ``tables/phrase_likeness.py``).

Every analysis table starts from the quantities table alone (one row per figure, with
``start``, ``end``, ``sentence`` and ``sentence_start``), so each builder can be tested on a
small hand-made frame. A figure's *segment* is the stretch of its sentence between the
nearest delimiter (，、；：…) and the figure, with any other figure inside it cut out:
in ``发放雨露计划143人31.55万元`` the segment of ``31.55万元`` is ``发放雨露计划``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Final, TypeVar

from govreport.native import mypyc_attr
from govreport.lexicon import clause_breaks, multipliers, phrase_trim_qualifiers
from govreport.extract.numerals import scale_prefix, to_decimal
from govreport.extract.member_carries import programme_funds
from govreport.extract.verb_members import list_head_member
from govreport.tables.clauses import Trimmer, each_list_clause, first_mark, last_mark, last_mark_before, shared_noun_after, trimmer, without_asides
from govreport.tables.phrase_likeness import canonical, generic_bigrams, shared_words, similarity, weighted_bigrams  # (re-exported too)
from govreport.tables.stages import same_stage, without_examples
from govreport.tables.member_phrases import after_member_figure, first_each_member, joined_pair_member, shared_lead
from govreport.tables.run_in_leads import with_run_in_lead
from govreport.tables.size_classes import class_run, class_tokens, class_words
from govreport.tables.table_words import parameters, words  # (re-exported too)
from govreport.tables.values import int_of, joined, plain, ratio, same_unit, text_of  # (here too, for the builders that import them from here)

if TYPE_CHECKING:  # pandas is imported where a frame is made or read, never by corpus workers
    import pandas as pd

SEGMENT_BREAKS = clause_breaks(brackets=True, lists=True)  # a figure's segment stops at these
_ONCE: Final[dict[str, Any]] = {}  # accessors made once (not functools.cache: a direct look-up on each of thousands of calls)


# --- figures in their sentence ---------------------------------------------------------------
@dataclass(unsafe_hash=True, init=False)  # equal and hashed by its fields as if frozen (nothing changes a figure once made);
class Figure:                              # frozen, its __init__ set each field through object.__setattr__: 5x the cost
    """One row of the quantities table, with what the tables need typed."""

    id: int
    start: int
    end: int
    text: str
    value: Decimal | None
    unit: str
    qualifier: str
    role: str
    year: int | None
    indicator: str
    category: str
    direction: str
    kind: str
    part: str
    sentence: str
    sentence_start: int
    sentence_end: int
    indicator_key: str = ""  # the registry key (data/indicators.csv), '' when none fits
    year_from: int | None = None  # the first year of a multi-year figure
    value_high: Decimal | None = None  # the upper end of a range (5%—6%)
    section: str = ""  # the heading the figure stands under
    indicator_en: str = ""  # the English name the extractor gave, '' when none
    period: str = ""  # the part of a year the extractor dated the figure to (前三季度, 1-11月), '' for a whole year

    # written out, not generated (init=False): compiled, the __init__ @dataclass makes ran in the interpreter, a
    # fifth of a corpus worker's tables; the same fields in the same order (dataclasses.replace passes them by name)
    def __init__(self, id: int, start: int, end: int, text: str, value: Decimal | None, unit: str, qualifier: str, role: str, year: int | None,
                 indicator: str, category: str, direction: str, kind: str, part: str, sentence: str, sentence_start: int, sentence_end: int,
                 indicator_key: str = "", year_from: int | None = None, value_high: Decimal | None = None, section: str = "",
                 indicator_en: str = "", period: str = "") -> None:
        self.id, self.start, self.end, self.text, self.value, self.unit, self.qualifier = id, start, end, text, value, unit, qualifier
        self.role, self.year, self.indicator, self.category, self.direction, self.kind = role, year, indicator, category, direction, kind
        self.part, self.sentence, self.sentence_start, self.sentence_end = part, sentence, sentence_start, sentence_end
        self.indicator_key, self.year_from, self.value_high, self.section = indicator_key, year_from, value_high, section
        self.indicator_en, self.period, self._before, self._clause = indicator_en, period, None, None

    @property
    def rel_start(self) -> int:
        return self.start - self.sentence_start

    @property
    def rel_end(self) -> int:
        return self.end - self.sentence_start

    # once per figure (builders ask again), in fields not compared, hashed or shown; None until asked for, not unset (compiled,
    # an unset one's AttributeError cost more than the slice); by a factory, as a compiled class skips a plain default
    _before: str | None = field(default_factory=type(None), init=False, repr=False, compare=False)
    _clause: str | None = field(default_factory=type(None), init=False, repr=False, compare=False)

    @property
    def before(self) -> str:
        """Everything in the sentence before the figure (figures kept)."""
        before = self._before
        if before is None:
            before = self._before = self.sentence[: max(self.rel_start, 0)]
        return before

    @property
    def after(self) -> str:
        """Everything in the sentence after the figure (figures kept)."""
        return self.sentence[self.rel_end:]

    @property
    def clause_before(self) -> str:
        """The words of the figure's own segment before it (other figures kept)."""
        clause = self._clause
        if clause is None:
            before = self.before  # (the sentence's marks found once for all its figures)
            clause = self._clause = before[last_mark_before(self.sentence, len(before), SEGMENT_BREAKS) + 1:]
        return clause


R = TypeVar("R")
PER_FIGURE_SIZE: Final = 4096  # figures kept by a ``per_figure`` memo before it is emptied (a long-running process)


def per_figure(read: Callable[[Figure], R], size: int = PER_FIGURE_SIZE) -> Callable[[Figure], R]:
    """``read`` (a reading of one figure that depends on nothing but the figure's fields and fixed word lists), kept per
    figure: matching asks it of one target once per review figure compared (``stock_for_a_flow`` asks ``measure_of`` of
    the target for every candidate). Keyed by the figure itself (equal and hashed by all its fields; the same object found
    first by its id), so a figure changed by ``dataclasses.replace`` (``per_year``, ``as_growth``) is read afresh; emptied at ``size`` figures. ``read``
    must never answer None."""
    known: dict[Figure, R] = {}
    seen: dict[int, tuple[Figure, R]] = {}  # id(figure) -> (the figure, held so its id is not reused; its reading)

    def kept(fig: Figure) -> R:
        same = seen.get(id(fig))  # (the same object first: hashing a figure's 22 fields cost more than most readings)
        if same is not None and same[0] is fig:
            return same[1]
        found = known.get(fig)  # (one hash of the figure: ``read`` never answers None)
        if found is None:
            if len(known) >= size:
                known.clear()
                seen.clear()
            found = known[fig] = read(fig)
        if len(seen) >= size:
            seen.clear()
        seen[id(fig)] = (fig, found)
        return found

    return kept


FIGURE_TEXT = ("text", "unit", "qualifier", "role", "indicator", "category", "direction", "kind", "part", "sentence",
               "indicator_key", "section", "indicator_en", "period")
FIGURE_INTS = ("id", "start", "end", "year", "sentence_start", "sentence_end", "year_from")


def figures(quantities: Any) -> list[Figure]:
    """The quantities (a DataFrame, or the extractor's rows) as typed Figures, in text order."""
    out: list[Figure] = []
    if quantities is None or len(quantities) == 0:
        return out
    n = len(quantities)
    # column by column (a table has thousands of rows and every builder asks for them):
    # cells that already have the right type are taken as they are
    columns: dict[str, list] = {}
    given = _column_lists(quantities)
    for name in FIGURE_TEXT:
        values = given.get(name) or [None] * n
        columns[name] = [v if type(v) is str else text_of(v) for v in values]
    for name in FIGURE_INTS:
        values = given.get(name) or [None] * n
        columns[name] = [v if type(v) is int else int_of(v) for v in values]
    for name in ("value", "value_high"):
        columns[name] = [to_decimal(v) for v in (given.get(name) or [None] * n)]
    c = columns  # each column looked up once, not once per figure (fifteen look-ups a figure)
    value, unit, qualifier, role, year, indicator, category, direction, kind, part, key, year_from, high, section, english, period = (
        c["value"], c["unit"], c["qualifier"], c["role"], c["year"], c["indicator"], c["category"], c["direction"], c["kind"],
        c["part"], c["indicator_key"], c["year_from"], c["value_high"], c["section"], c["indicator_en"], c["period"])
    for i, (id_, start, end, sentence, s_start, s_end, text) in enumerate(zip(
            c["id"], c["start"], c["end"], c["sentence"], c["sentence_start"], c["sentence_end"], c["text"])):
        if start is None or end is None:
            continue
        if s_start is None or not (0 <= start - s_start <= len(sentence)):
            sentence, s_start = text, start
        out.append(Figure(  # by position, in the order of Figure's fields: keywords cost a fifth of this loop
            id_ or i + 1, start, end, text, value[i], unit[i], qualifier[i], role[i], year[i], indicator[i], category[i],
            direction[i], kind[i], part[i], sentence, s_start, s_end if s_end is not None else s_start + len(sentence), key[i],
            year_from[i], high[i], section[i], english[i], period[i]))
    return FigureList(sorted(out, key=lambda f: (f.start, f.end)))


def _column_lists(quantities: Any) -> dict[str, list]:
    """Each column's cells as a list (a frame's read without making a Series per column)."""
    if hasattr(quantities, "column_lists"):  # the extractor's rows
        return quantities.column_lists()
    from govreport.tables.frames import column_arrays

    return {name: values.tolist() for name, values in zip(quantities.columns.tolist(), column_arrays(quantities))}


@mypyc_attr(native_class=False)  # a subclass of list stays a Python class when compiled
class FigureList(list):
    """A report's figures as ``figures`` makes them, keeping their grouping by sentence (asked for six times)."""

    __slots__ = ("groups",)

    def __init__(self, figs: Iterable[Figure] = ()) -> None:
        super().__init__(figs)
        self.groups: tuple[int, dict[int, list[Figure]]] | None = None  # (count when grouped, groups)


Figures = list[Figure]


def as_figures(data: pd.DataFrame | Figures) -> Figures:
    """The figures a builder works on: from ``build_tables``, or made here from a quantities table (a test's)."""
    return data if isinstance(data, list) else figures(data)


def review_figures(figs: list[Figure]) -> list[Figure]:
    """Figures that can serve as review-year baselines: actuals, and figures the review part
    states about the plan year (谋划2025年重点项目51个 was done in the review year)."""
    return [f for f in figs if f.value is not None and f.kind != "threshold" and f.part not in ("notes", "term", "annex")
            and (f.role == "actual" or (f.role == "target" and f.part == "review"))]


def plan_targets(figs: list[Figure]) -> list[Figure]:
    """Targets stated outside the review part (the plan's own goals); a threshold (亿元以上项目)
    is a class of projects, not a goal."""
    return [f for f in figs if f.role == "target" and f.part not in ("review", "notes", "term", "annex") and f.kind != "threshold"]


def by_sentence(figs: list[Figure]) -> dict[int, list[Figure]]:
    """Figures grouped by the offset of their sentence, in text order (once for a ``FigureList``)."""
    kept = figs.groups if type(figs) is FigureList else None
    if kept is not None and kept[0] == len(figs):
        return kept[1]
    groups: dict[int, list[Figure]] = {}
    for f in figs:
        groups.setdefault(f.sentence_start, []).append(f)
    if type(figs) is FigureList:
        figs.groups = (len(figs), groups)
    return groups


GRADE_AFTER: Final = re.compile(r"[A-Z]级")  # a bare digit right before it opens a grade (4A级景区), no figure of its own


def _masked(fig: Figure, others: list[Figure], keep: bool = True) -> str:
    """The sentence with every other figure's characters blanked to NUL (length kept; with ``keep``
    False its own too), by slicing (a few C-level copies), not a list of characters: asked of nearly every figure."""
    masked = fig.sentence
    n, start = len(masked), fig.sentence_start
    for o in others:
        if o is fig and keep or o.sentence_start != start:
            continue
        lo, hi = max(o.start - start, 0), min(o.end - start, n)
        if lo < hi and not (not o.unit and GRADE_AFTER.match(masked, hi)):  # (4A级景区: the grade's digit is a word's, audit 41 曲靖 G4)
            masked = masked[:lo] + "\0" * (hi - lo) + masked[hi:]
    return masked


def segment_before(fig: Figure, others: list[Figure]) -> str:
    """Text from the last delimiter before the figure up to it, other figures removed.

    >>> # 及时发放城乡低保1558.6万元 -> '及时发放城乡低保'
    """
    return _segment_before(fig, _masked(fig, others))


def _segment_before(fig: Figure, masked: str) -> str:
    masked = without_asides(masked[: max(fig.rel_start, 0)])  # 送戏下乡进社区(村)500场: an aside breaks no segment
    masked = masked[last_mark(masked, SEGMENT_BREAKS) + 1:]
    return JOINED_COUNT.sub("", masked).replace("\0", "")


# another count and its noun joined by 和 to this figure's (改造建设12个乡镇综合养老服务中心和40个村级互助幸福院): the other
# figure's thing, no words of this one's (spot 38 武威 row 73); the verb before both stays, and one is needed (8名科技人才和1个创新团队入选:
# with no verb before the other count, its thing and this one's are one subject of the verb after)
JOINED_COUNT: Final = re.compile(r"(?<=[\u4e00-\u9fff])\0+[\u4e00-\u9fff]{2,}[和及与]$")


def segment_after(fig: Figure, others: list[Figure]) -> str:
    """Text after the figure up to the next delimiter or the next figure (34个|重点项目)."""
    return _segment_after(fig, _masked(fig, others))


def _segment_after(fig: Figure, masked: str) -> str:  # (a quoted name right after it whole, a label's figure kept: 建成120个“15分钟…圈”)
    masked, close = masked[fig.rel_end:], masked.find("”", fig.rel_end) - fig.rel_end
    quoted = fig.sentence[fig.rel_end:fig.rel_end + close + 1] if masked[:1] == "“" and "\0" in masked[:max(close, 0)] and first_mark(masked[:close], SEGMENT_BREAKS) < 0 else ""
    stop = first_mark(masked := masked[len(quoted):], SEGMENT_BREAKS + "\0")
    return quoted + (masked[:stop] if stop > 0 else shared_noun_after(masked, SEGMENT_BREAKS) if stop == 0 else masked)  # (2848户1.17万人的…任务: fix142d)


def strip_words(phrase: str, prefixes: Sequence[str], suffixes: Sequence[str] = ()) -> str:
    """Drop leading and trailing function words, repeatedly, longest first."""
    return trimmer(tuple(prefixes), tuple(suffixes))(phrase)


class PhraseBook:
    """Each figure's name phrase, worked out once (matching asks for the same phrases again and again)."""

    def __init__(self, groups: dict[int, list[Figure]]) -> None:
        self.groups = groups
        self._phrases: dict[tuple[int, int], str] = {}
        self._masked: dict[tuple[int, str, bool], str] = {}  # (sentence start, sentence, class amounts as tokens) -> all its figures blanked

    def __call__(self, fig: Figure) -> str:
        key = (fig.start, fig.end)
        phrase = self._phrases.get(key)  # one lookup, not two: asked thousands of times a report
        if phrase is None:  # (its sentence blanked once for all its figures: a phrase never reads its own figure's span)
            own = class_run(fig, fig.sentence, fig.sentence_start) is None  # (a class amount's own phrase: its sentence blanked as before)
            bare = self._masked.get(where := (fig.sentence_start, fig.sentence, False))
            if bare is None:
                bare = self._masked[where] = _masked(fig, self.groups[fig.sentence_start], False)
            masked = self._masked.get(tokened := (fig.sentence_start, fig.sentence, True)) if own else bare
            if masked is None:  # (a class amount written back as one token: 超亿元项目 and 亿元以上项目 alike, held-out set 60)
                masked = self._masked[tokened] = class_tokens(bare, fig.sentence, fig.sentence_start, self.groups[fig.sentence_start])
            phrase = name_phrase(fig, [], masked=masked, bare=bare)  # (a later 分别 member with no words of its own: its name says which, audit 44)
            phrase = fig.indicator if not phrase and "分别" in fig.before and each_list_clause(fig.before) or first_each_member(fig.before, fig.after, fig.indicator) \
                or "和" in fig.sentence and joined_pair_member(fig.before, fig.text, fig.after) \
                else headed_member(fig) or phrase  # (the first of A、B分别增长x%和y%: its own member's name, not B's words; audit 90)
            phrase = with_run_in_lead(fig.sentence, fig.rel_start, fig.indicator, phrase)  # (非常规天然气产业，…力争产量…: held-out 49 吕梁 G7)
            phrase = class_words(phrase) if own else phrase  # (开工亿元以上产业项目 of a list's head: 开工亿元产业项目, held-out set 60)
            self._phrases[key] = phrase
        return phrase


def headed_member(fig: Figure) -> str:
    """A 、 member of verbs alone that takes the head noun its list opens with (央地合作项目谋划梳理87个、新签约19个、推进实施6个:
    extract/verb_members.py) has that name, not the member before's verbs, as its phrase (央地合作项目推进实施; spot 40 盘锦); ''
    for any other figure (新开工招商项目223个、竣工144个 keeps its phrase: the rule is not what named it)."""
    lo = fig.before.rfind("、")
    if lo < max(len(fig.before) - 6, 0):
        return ""
    return list_head_member(fig.sentence, 0, lo, fig.rel_start) or programme_funds(fig.before[lo + 1:], fig.indicator)  # (落实资金: 落实援疆资金)


def name_phrase(fig: Figure, others: list[Figure], with_previous: bool = True, masked: str | None = None, bare: str | None = None) -> str:
    """What a figure measures, as words: its segment, the noun after a count, minus cue words.

    Short phrases borrow the previous segment (``力争储备重大项目30个以上,完成总投80亿元``:
    ``总投`` alone says little, ``储备重大项目 总投`` says what it totals). ``masked``: the sentence as ``_masked`` gives it;
    ``bare``: the same with no class amount written back as a token (``size_classes.class_tokens``), whose phrase says whether the
    words are too few (亿元项目 borrows where 项目 did: held-out set 60)."""
    masked = _masked(fig, others) if masked is None else masked  # once: the segments before, after and the previous one all need it
    trim = _phrase_trimmer()  # fetched once for the two or three pieces
    after = _trim(_segment_after(fig, masked), trim)
    before = _trim(without_examples(_segment_before(fig, masked), after), trim)  # (美华新材料等260个…建成投产: audit 47)
    phrase = same_stage(before + "|" + after)  # (…等216个项目竣工投产 = 建成投产: audit 47)
    if with_previous and _words_count(fig, before + after, masked, bare, trim) < parameters()["baseline"]["min_phrase_chars"]:
        prev = _trim(_previous_segment(fig, masked), trim)  # (…四级公路300公里、桥梁80座: only what its name carries of the member before;
        if after_member_figure(masked, fig.rel_start, SEGMENT_BREAKS):  # a later figure of a 分别 list: its name, no member's words)
            prev = fig.indicator if each_list_clause(fig.before) else shared_lead(prev, fig.indicator) if len(before + after) >= 2 else prev  # (a noun of its own: 、增16.2% none)
        if prev:
            phrase = prev + "|" + phrase
    return phrase.strip("|")


def _words_count(fig: Figure, words_cut: str, masked: str, bare: str | None, trim: Trimmer) -> int:
    """How many characters a phrase has in its own words: those cut from ``bare`` where class tokens made ``masked`` differ."""
    if bare is None or bare == masked:
        return len(words_cut)
    after = _trim(_segment_after(fig, bare), trim)
    return len(_trim(without_examples(_segment_before(fig, bare), after), trim) + after)


def _previous_segment(fig: Figure, masked: str) -> str:
    masked = masked[: max(fig.rel_start, 0)]
    cut = last_mark(masked, SEGMENT_BREAKS)
    if cut <= 0:
        return ""
    head = masked[:cut]
    return head[last_mark(head, SEGMENT_BREAKS) + 1:].replace("\0", "")


def _phrase_trimmer() -> Trimmer:
    """What trims the cue and function words a name phrase loses at either end (held here:
    looking it up by its word lists hashed them on every phrase)."""
    if "phrase_trimmer" in _ONCE:
        return _ONCE["phrase_trimmer"]
    w = words()
    ends = tuple(w["commitment_words"] + phrase_trim_qualifiers() + w["phrase_fillers"] + w["name_strip_prefix"])
    leads = tuple(w["phrase_scope_leads"] + w["phrase_item_leads"])  # (十是完成…: an item's enumerator names nothing, set 58)
    return _ONCE.setdefault("phrase_trimmer", trimmer(ends + leads, ends, tuple(w["phrase_kept_words"])))  # (城区绿地: 绿地)


def _trim(text: str, trim: Trimmer) -> str:
    """Cue and function words off both ends (``_phrase_trimmer``); a piece that is only cue words becomes ''."""
    trimmed = trim(text)
    return "" if trimmed in trim.prefixes else trimmed


# --- provenance -------------------------------------------------------------------------------

def yuan_text(amount: Decimal | None) -> str:
    """An amount in yuan as a short Chinese figure for formulas: 25936000 -> '2593.6万元'."""
    if amount is None:
        return ""
    multiplier = multipliers()
    value, prefix = scale_prefix(amount, [(w, multiplier[w]) for w in words()["formula_prefixes"]])
    return f"{plain(value, 2)}{prefix}元"

