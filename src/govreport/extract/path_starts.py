"""Figures whose role the words around them settle after the role rules: the start of 从X提高到Y, which is
the status quo (never a target), and N个方面 announcing a list of work (把握好5个方面：), which measures nothing.

从X提高到Y: X is the level before the change. In a plan part it is today's level (role actual, the review
year); in a term review (a row for the term, year_from set) it is the level of the year before the term;
a year stated after 从 (从2020年的…) is X's own year."""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.extract.roles import RoleDecision
from govreport.extract.scanner import Token
from govreport.lexicon import read_json, trie_pattern

# as tables/sentence_baselines.py FROM_BEFORE / FROM_TO_GAP (the targets table's pairs), read on the scan
# (or a five-year plan's end, 从“十二五”末的31.08%…: that plan's last year, tables_words.json five_year_plans; held-out set 79 安顺)
FROM_BEFORE: Final = re.compile(r"[从由](?:(\d{4})年(?:底|末)?的?|“?(十[一二三四五六七八九]五)”?末的?)?[^，,；;。：:从由\d]{0,6}$")
FROM_REACH: Final = 15
FROM_TO_GAP_TEXT: Final = (r"(?:以上|左右)?(?:的?[^，,；;。：:\d]{1,6}?)?(?:提高|提升|增加|增长|跃升|上升|扩大|下降|降低|减少|缩小|缩减|压减|减|降|调整)?"
                           r"(?:到|至)(?:\d{4}年(?:底|末)?的?)?")
# 在2021年290亿元的基础上达到600亿元以上: a stated level of a named year, then the goal (as tables/sentence_baselines.py)
BASIS_BEFORE: Final = re.compile(r"在((?:19|20)\d\d)年(?:底|末)?的?$")
BASIS_FRAME: Final = "的基础上"  # after a figure, a frame the next clause builds on: no noun of the figure (稳定在95%的基础上: fix160e)
BASIS_GAP: Final = re.compile(r"的基础上[，,]?(?:再|力争|确保|争取)?(?:提高|提升|增加|增长|扩大|下降|降低|减少)?(?:到|至|达到|达|突破|超过)")
LIST_MARKS: Final = ("、", "和")
_WORDS: Final[dict[str, tuple[str, ...]]] = {}


def _words(key: str) -> tuple[str, ...]:
    if not _WORDS:
        _WORDS.update({k: tuple(v) for k, v in read_json("path_words.json").items() if not k.startswith("_")})
    return _WORDS[key]


@cache
def per_unit_tail() -> str:
    """An optional per-unit basis written again after 到/至 (由每人610元提升至每人640元: 每人; path_words.json
    ``per_unit_bases``): the end of the path is still the figure after it (held-out set 60, fix130c)."""
    return "(?:" + "|".join(map(re.escape, sorted(_words("per_unit_bases"), key=len, reverse=True))) + ")?"


@cache
def from_to_gap() -> re.Pattern[str]:
    """The words between X and Y of 从X提高到Y, with a per-unit basis after 到/至 (``per_unit_tail``)."""
    return re.compile(FROM_TO_GAP_TEXT + per_unit_tail())


def path_start(scan: str, tokens: list[Token], i: int) -> tuple[bool, int | None]:
    """Whether token i starts 从X…到Y (or is a member of a listed start: 分别从209元、280元提高到217元、290元),
    and the year stated after 从 (None if none)."""
    first = i
    while first and scan[tokens[first - 1].end:tokens[first].start] in LIST_MARKS:
        first -= 1
    lo = tokens[first].start
    window = scan[max(0, lo - FROM_REACH):lo]
    if "从" not in window and "由" not in window:
        return basis_start(scan, tokens, i, window)
    if restructure_start(scan, tokens, i):
        return True, None
    m = FROM_BEFORE.search(window)
    if m is None:
        return False, None
    last = i
    while last + 1 < len(tokens) and scan[tokens[last].end:tokens[last + 1].start] in LIST_MARKS:
        last += 1
    if last + 1 >= len(tokens):
        return False, None
    gap = from_to_gap().fullmatch(scan, tokens[last].end, tokens[last + 1].start)
    return gap is not None, int(m.group(1)) if m.group(1) else term_end(m.group(2))


def term_end(plan: str | None) -> int | None:
    """The last year of the five-year plan named ``plan`` (十二五: 2015; tables_words.json five_year_plans), None if none."""
    years = read_json("tables_words.json")["five_year_plans"].get(plan or "")
    return int(years[1]) if years else None


RESTRUCTURE_REACH: Final = 30
CLAUSE_ENDS: Final = "，,；;。：:"


def restructure_start(scan: str, tokens: list[Token], i: int) -> bool:
    """Whether token i stands in the 由 side of 由A…，改组为B (由38户企业集团及80户下属企业，改组为15户…: held-out
    set 77): A is today's state, only B is a goal. 由 opens the token's own clause, and a restructure verb
    (path_words.json ``restructure_verbs``) follows in the same sentence, with a figure after it."""
    lo = tokens[i].start
    clause_at = max(scan.rfind(c, max(0, lo - RESTRUCTURE_REACH), lo) for c in CLAUSE_ENDS)
    if scan.find("由", clause_at + 1, lo) < 0:
        return False
    hi = tokens[i + 1].start if i + 1 < len(tokens) else lo
    after = scan[tokens[i].end:min(tokens[i].end + RESTRUCTURE_REACH, max(hi, tokens[i].end))]
    if any(c in after for c in "；;。"):
        return False
    verbs = _words("restructure_verbs")
    at = max((after.find(v) for v in verbs), default=-1)
    if at < 0:  # the verb after the next figure: that figure is another member of the 由 side (…及80户下属企业，改组为)
        j = i + 1
        if j + 1 >= len(tokens) or any(c in scan[tokens[i].end:tokens[j].start] for c in CLAUSE_ENDS):
            return False
        return restructure_start(scan, tokens, j)
    return i + 1 < len(tokens) and tokens[i].end + at < tokens[i + 1].start


def basis_start(scan: str, tokens: list[Token], i: int, window: str) -> tuple[bool, int | None]:
    """Whether token i is the stated level a goal starts from, 在2021年290亿元的基础上达到600亿元以上 (its year stated
    after 在, the next figure the goal; held-out audit 59 武威), and that year."""
    m = BASIS_BEFORE.search(window) if "在" in window else None
    if m is None or i + 1 >= len(tokens):
        return False, None
    return BASIS_GAP.fullmatch(scan, tokens[i].end, tokens[i + 1].start) is not None, int(m.group(1))


def start_role(role: RoleDecision, stated: int | None, review_year: int | None) -> RoleDecision:
    """The role of a path's start: never a target; a term's start dates to the year before the term."""
    if role.role == "target":
        return RoleDecision("actual", stated or review_year)
    if role.role == "actual" and role.year_from is not None:
        return RoleDecision("actual", stated or role.year_from - 1)
    return role


GROUPED_COUNT: Final = re.compile(r"、?\d")  # 推出8个方面90项政策措施: a count right after N个方面


GROUPING_END: Final = re.compile(r"\d+个方面$")  # (推出)8个方面|90项政策措施


def grouping_dropped(clause: str) -> str:
    """The clause before a count less the N个方面 grouping it (推出8个方面|90项政策措施 -> 推出): a label, no part of the name."""
    return GROUPING_END.sub("", clause)


@cache
def _outline_areas() -> re.Pattern[str]:
    """抓好三个方面 at the end of a text: a list verb (以下 list_verbs), then the number of areas."""
    return re.compile(f"(?:{trie_pattern(list(_words('list_verbs')))})好?[一二三四五六七八九十\\d]+个方面$")


def announces_list(scan: str, t: Token) -> bool:
    """N个方面 right after 把握好/做好/抓好 (以下) and followed by ： or 工作: the number of items of a list to come (and
    N项 right after that grouping and before 工作：, 抓好三个方面9项工作：);
    or right before a count of the items (推出8个方面90项政策措施, 签订14个方面、60个事项合作协议): the areas the items
    fall in, a grouping of that count, no measure of its own."""
    if t.unit == "项":  # 重点抓好三个方面9项工作： (audit 51): the tasks of those areas, listed next
        return scan.startswith(("工作：", "工作:"), t.end) and _outline_areas().search(scan[max(0, t.start - 12):t.start]) is not None
    if not scan.startswith("方面", t.end):
        return False
    if GROUPED_COUNT.match(scan, t.end + 2):
        return True
    before = scan[max(0, t.start - 5):t.start].removesuffix("以下")
    verbs = _words("list_verbs")
    return (before.endswith(verbs) or before.removesuffix("好").endswith(verbs)) and scan.startswith(_words("list_tails"), t.end + 2)
