"""Finding numbers with their multiplier, approximation mark and unit in the folded text.

The grammar is code (its patterns: ``token_patterns``); the vocabulary (units, multipliers, qualifier words) is data.
A token is one figure as written: ``12.97万亩``, ``6000余亩``, ``三所``, ``亿元大关``, ``93%``.
"""
from __future__ import annotations

import bisect
import re
from typing import Final
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from operator import attrgetter
from sys import intern

from govreport.report.chars import char_positions
from govreport.extract.passed_classes import passed_class
from govreport.extract.omitted_yuan import YUAN, omitted_people, omitted_yuan
from govreport.extract.ranks import BOTTOM_LEFT, RANK_LOOKBACK, RANK_STOP, class_entered_by_many, rank_firsts, rank_pattern
from govreport.lexicon import multipliers, read_json, unit_field, units
from govreport.extract.numerals import CN_NUMERAL_CHARS, fold_multiplier, parse_arabic, parse_chinese, worded_figures
from govreport.extract.list_member_names import rank_member
from govreport.extract.token_patterns import APPROX, CN_NUMERAL, chinese_pattern, implicit_pattern, token_pattern

RANGE_JOINERS: Final = "-—–~～至到"
LIST_JOINERS: Final = ("、", "和", "及", "与", "或", ",", "，")
CN_BAD_BEFORE: Final = set("第统唯之万初周星礼每逐单")
GAME_AFTER_PERSONS: Final = "制篮足排"
CN_PLACE_CHARS: Final = "十百千万亿"  # a Chinese numeral with none of these and two digits or more is a designation
STANDALONE_UNIT: Final = "基"  # a unit only where no character follows it (audit 43 七台河 G5)
PEOPLE_WORD_AFTER: Final = "民"  # 13亿人民, 14亿中国人民: 人 is part of 人民 (the population), never a unit cut from it
PEOPLE_UNITS: Final = ("人", "村")  # 30万村民: 村 opens the people noun 村民, no unit cut from it (held-out audit 50 珠海 G6)
CLASS_AFTER_AMOUNT: Final = "级"  # 50亿级企业, 10万级洁净室: the amount names a size class  # 三人制, 三人篮球, 五人足球, 六人排球: a numeral inside a game's name


@dataclass(slots=True, init=False)
class Token:
    """One figure as written; offsets into the report text (slots: millions are made and read)."""

    start: int
    end: int
    value: Decimal
    unit: str
    number_text: str
    multiplier: str = ""
    approx: str = ""
    chinese: bool = False
    implicit: bool = False  # a bare multiplier: 突破亿元大关
    value_high: Decimal | None = None

    # written out, not generated (init=False): compiled, the __init__ @dataclass makes is run by the
    # interpreter, a tenth of scanning a report; the same fields in the same order
    def __init__(self, start: int, end: int, value: Decimal, unit: str, number_text: str, multiplier: str = "",
                 approx: str = "", chinese: bool = False, implicit: bool = False,
                 value_high: Decimal | None = None) -> None:
        self.start, self.end, self.value, self.unit, self.number_text = start, end, value, unit, number_text
        self.multiplier, self.approx, self.chinese, self.implicit, self.value_high = multiplier, approx, chinese, implicit, value_high


# after 一元 … 十元, a Chinese character that goes on a name (二元结构, 三元乳业, 一元路), or a 、 before a
# word that is no amount (扶持三元、麦福劳等龙头企业: a list of firms); an amount goes on with other
# punctuation or 的/钱/左右/以上/每 (每斤两元，; 三元钱; 两元、五元)
_NAME_AFTER_YUAN = re.compile(r"[\u4e00-\u9fff](?<![的钱左以每])|、(?![\d一二两三四五六七八九十])")
MULTIPLIER_CHARS: Final = "万亿千百"  # where a bare multiplier (implicit_pattern) can start
CN_NUMERAL_FIRSTS: Final = "一二两三四五六七八九十"  # where a Chinese numeral (chinese_pattern) can start
IMPLICIT_TAILS: Final = ("大关", "台阶")  # what implicit_pattern's one branch without a look-behind ends with
DIGITS: Final = "0123456789"  # where an Arabic figure (token_pattern) can start: scan has ASCII digits only (fold.py)
_by_start = attrgetter("start")


def _matches_at(pattern: re.Pattern[str], starts: str, text: str, seconds: frozenset[str] | None = None) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))`` for a pattern that can only match where a character of
    ``starts`` stands (and, given ``seconds``, where the character after it is one of those);
    a list, not a generator (every caller reads them all; a compiled generator costs more).

    A pattern that opens with look-arounds makes ``re`` try it at every position; finding the few candidate
    positions with plain searches (report/chars.py) and matching there is much faster. Like finditer, the search
    goes on where the last match ended (``pattern`` never matches empty; its look-behinds see the text before)."""
    found: list[re.Match[str]] = []
    end = 0
    for pos in char_positions(text, starts):
        if pos >= end and (seconds is None or text[pos + 1:pos + 2] in seconds):
            m = pattern.match(text, pos)
            if m:
                found.append(m)
                end = m.end()
    return found


def scan_tokens(scan: str) -> list[Token]:
    """All figures in ``scan`` in text order, without overlaps (Arabic first, then the rest)."""
    tokens: list[Token] = []
    factors = multipliers()
    last_end = -1  # where the figure before ends
    for m in _matches_at(token_pattern(), DIGITS, scan):  # an Arabic figure starts at a digit
        num, a1, mult_a, a2, mult_b, unit = m.groups()  # the pattern's six groups, in order
        start, m_end = m.span()  # (one call for both ends: this runs for every Arabic figure)
        mult = (mult_a or "") + (mult_b or "")
        if unit == "方" and mult not in ("万", "亿"):
            unit = None  # 方 is cubic metres after 万/亿 only (10亿方; not 5方面)
        elif unit == STANDALONE_UNIT and m_end < len(scan) and "\u4e00" <= scan[m_end] <= "\u9fff":
            unit = None  # 基 counts masts only before a clause end (新建5G基站351基; not 3基金, 5基地)
        elif unit in PEOPLE_UNITS and scan.startswith(PEOPLE_WORD_AFTER, m_end):
            unit = None  # 凝聚13亿人民的智慧: the people of the country, no count in 人 (not 民人数)
        value = parse_arabic(num)
        if mult:  # 十万多亿: two multipliers no single factor names are each applied
            value *= factors[mult] if mult in factors else factors[mult_a or ""] * factors[mult_b or ""]
        if unit:
            end, approx, unit = m_end, a1 or a2 or "", intern(unit)  # (interned as units() keys are: unit look-ups by identity)
        elif mult_b:  # 4万多亿 with no unit: the whole multiplier, and its 多
            end, approx, unit = m.end("mult_b"), a1 or a2 or "", ""
        elif mult and a2 and not a1:  # 3亿多农村人口, 减少1亿多: a bare count and its 多
            end, approx, unit = m.end("a2"), a2, ""
        elif mult and not a1 and not a2 and omitted_yuan(scan, start, m.end("mult"), mult):
            end, approx, unit = m.end("mult"), "", YUAN  # 经济总量迈上2000亿新台阶: 元 left out after a money noun
        elif mult and not a1 and not a2 and (people := omitted_people(scan, start, m.end("mult"), mult)):
            end, approx, unit = m.end("mult"), "", intern(people)  # 贫困人口脱贫12.58万: 人 left out after the people
        elif mult:
            # without a unit, 余/多 and a multiplier stay outside the span, except a multiplier
            # that a list or range will complete (3至5万元: 3 → 万 comes from the other end) or
            # that ends a bare count (3300万 / 6600多万纳税人, keeping the 余/多 before it)
            end, approx, unit = m.end("mult"), a1 or "", ""
        else:
            end, approx, unit = m.end("num"), "", ""
        if mult and (not unit and scan.startswith(CLASS_AFTER_AMOUNT, end) or passed_class(scan, start, m_end, mult, unit)):
            continue  # 50亿级企业, 百万级, 过50亿项目 (audit 47): an amount inside a class word, no figure
        token = Token(start, end, value, unit, num, mult, approx)
        if last_end == start and _continues(tokens[-1], token, factors):  # 1万6千多户, 1亿3千多万
            head = tokens.pop()
            token = Token(head.start, end, head.value + value, unit, f"{head.number_text}{head.multiplier}{num}",
                          mult, approx)
        tokens.append(token)
        last_end = end
    taken = [(t.start, t.end) for t in tokens]  # spans already read, sorted (Arabic figures come in order)

    def free(start: int, end: int) -> bool:
        """No taken span overlaps [start, end) (taken is kept sorted; spans never overlap)."""
        i = bisect.bisect_right(taken, (start, len(scan) + 1))
        return (i == 0 or taken[i - 1][1] <= start) and (i == len(taken) or taken[i][0] >= end)

    # what can follow a Chinese numeral's first character in a match: a numeral, 余/多 or a unit's first (most 一 are in words)
    seconds = frozenset(CN_NUMERAL.split("[")[2].split("]")[0] + APPROX) | {u[0] for u, row in units().items() if row["cn_numeral_ok"] == "1"}
    for m in _matches_at(chinese_pattern(), CN_NUMERAL_FIRSTS, scan, seconds):  # (finditer's matches, found faster)
        start, end = m.start(), m.end()
        if start > 0 and scan[start - 1] in CN_BAD_BEFORE:
            continue
        if end < len(scan) and scan[end] in "一二两三四五六七八九十":  # 一人一策, 一户一档
            continue
        if scan[end:end + 1] == "”" and start >= 2 and scan[start - 2] in CN_NUMERAL_FIRSTS and scan[start - 1] not in CN_NUMERAL_CHARS:
            continue  # “两场一所”项目: the second half of a numbered pair closing a quoted label, no amount
        if len(m.group("num")) > 1 and not any(c in CN_PLACE_CHARS for c in m.group("num")):
            continue  # 七一二所 (中船七一二所), 八一: digits read one by one name an institute, no amount
        if m.group("unit") == "人" and end < len(scan) and (scan[end] in GAME_AFTER_PERSONS or scan[end] == PEOPLE_WORD_AFTER):
            continue  # 三人篮球, 五人制足球: the name of a game, no count of people
        if m.group("unit") == "元" and len(m.group("num")) == 1 and _NAME_AFTER_YUAN.match(scan, end):
            continue  # 城乡二元结构, 三元乳业, 一元路: a name, not one to ten yuan
        if not free(start, end):
            continue
        try:
            value = parse_chinese(m.group("num"))
        except ValueError:
            continue
        tokens.append(Token(start, end, value, m.group("unit"), m.group("num"), approx=m.group("a") or "",
                            chinese=True))
        bisect.insort(taken, (start, end))
    implicit, end, reach = implicit_pattern(), 0, 4 + max(map(len, units()))  # (reach: a multiplier, a unit, a tail)
    for pos in char_positions(scan, MULTIPLIER_CHARS):  # _matches_at, less the places that cannot match:
        if pos < end or pos and scan[pos - 1] in DIGITS and scan.find(IMPLICIT_TAILS[0], pos, pos + reach) < 0 \
                and scan.find(IMPLICIT_TAILS[1], pos, pos + reach) < 0:
            continue  # after a digit (12.97万亩: most multipliers) only the branch ending 大关/台阶 can match
        bare = implicit.match(scan, pos)
        if bare is None:
            continue
        mult = bare.group("mult") or bare.group("mult2") or bare.group("mult3") or bare.group("mult4") or bare.group("mult5") \
            or bare.group("mult6") or bare.group("mult7")
        unit = bare.group("unit") or bare.group("unit2") or bare.group("unit3") or bare.group("unit5") or bare.group("unit7") or "元"
        start, end = bare.start() - (1 if bare.group("mult5") else 0), bare.end()  # 过亿美元: 过 is the figure's
        if free(start, bare.end()):
            tokens.append(Token(start, bare.end(), fold_multiplier(Decimal(1), mult), unit, "", mult,
                                approx="过" if bare.group("mult5") else "破" if scan.endswith("双双破", 0, start) else "", implicit=True))
            bisect.insort(taken, (start, bare.end()))
    for token in _chinese_ranks(scan):  # 位居全国第一 / 跻身前十 / 全国十强
        if free(token.start, token.end):
            tokens.append(token)
            bisect.insort(taken, (token.start, token.end))
    for start, end, value, unit, numeral in worded_figures(scan):  # 翻两番, 百分之二
        if free(start, end):
            tokens.append(Token(start, end, value, unit, numeral, chinese=True))
    tokens.sort(key=_by_start)
    return _units_written_first(scan, tokens)


@cache
def _per_units() -> dict[str, list[tuple[str, str]]]:
    """每B -> [(A, 'A/B')] for every unit A/B of data/units.csv (微克/立方米: 每立方米23微克)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for unit in units():
        if unit.count("/") == 1 and not unit.startswith("/"):  # (/10万: a rate per 100,000 has no top unit to find)
            top, bottom = unit.split("/")
            out.setdefault("每" + bottom, []).append((top, unit))
    return out


def _units_written_first(scan: str, tokens: list[Token]) -> list[Token]:
    """A figure with no unit between 每B and A, where A/B is a unit (PM2.5浓度保持在每立方米23微克以下), is read
    in that unit, its span from 每 to A; the figure is unchanged otherwise."""
    per = _per_units()
    if not per or "每" not in scan:
        return tokens
    ends = _per_unit_ends()
    out = []
    for t in tokens:
        if not t.unit and not t.chinese and t.start > 0 and scan[t.start - 1] in ends:
            for head, pairs in per.items():
                if scan.startswith(head, t.start - len(head)):
                    top = next(((a, u) for a, u in pairs if scan.startswith(a, t.end)), None)
                    if top is not None:
                        t = Token(t.start - len(head), t.end + len(top[0]), t.value, top[1], t.number_text,
                                  t.multiplier, t.approx)
                    break
        out.append(t)
    return out


@cache
def _per_unit_ends() -> frozenset[str]:
    """The last characters of every 每B (米 of 每立方米): only a figure after one is looked at."""
    return frozenset(k[-1] for k in _per_units())


# a place written in Chinese numerals after a ranking word: 第一 / 第三位 / 前十 (before no other
# character: 第一动力 and 前三季度 are no places) or 十强, 百强, 五百强
RANK_CN: Final = re.compile(r"(?<=[第前])(?P<n>[一二三四五六七八九十]{1,3})(?:(?P<unit>[位名])|(?=[^\u4e00-\u9fff]|$))"
                     r"|(?P<n2>[一二三四五六七八九十百]{1,3})(?=强(?![度化调大劲力榜])(?![^，。；、]{0,4}第))")  # not 三强度, nor a list
# followed by the place in it (百强榜第1名, 百强县第48位: the place is the figure)
RANK_REACH: Final = 16  # characters after a ranking word where its place may stand


def _chinese_ranks(scan: str) -> list[Token]:
    """Places in a ranking written in Chinese numerals, looked for only just after a ranking
    word (rank_words.csv), so the text is searched for those words alone."""
    out: list[Token] = []
    firsts, seconds = rank_firsts()
    for w in _matches_at(rank_pattern(), firsts, scan, seconds):  # (finditer's matches, found faster)
        stop = RANK_STOP.search(scan, w.end(), w.end() + RANK_REACH)
        m = RANK_CN.search(scan, w.end(), stop.start() if stop else min(len(scan), w.end() + RANK_REACH))
        if m is None or (out and out[-1].start == m.start()):
            continue
        num = m.group("n") or m.group("n2")
        try:
            value = parse_chinese(num)
        except ValueError:
            continue
        out.append(Token(m.start(), m.end(), value, m.group("unit") or "", num, chinese=True))
    return out


def _continues(head: Token, tail: Token, factors: dict[str, Decimal]) -> bool:
    """``tail`` is the lower part of a number written in two parts (1万|6千多户 = 16000 and more,
    1亿|3千多万): ``head`` ends with 万 or 亿 and nothing else, ``tail`` starts right after it
    with a smaller multiplier."""
    return (head.end == tail.start and not head.unit and not head.approx and head.multiplier in ("万", "亿")
            and bool(tail.multiplier) and factors[tail.multiplier] < factors[head.multiplier])


def join_ranges_and_lists(scan: str, tokens: list[Token]) -> list[Token]:
    """``5%—6%`` / ``3至5万元`` become one token with value_high; unit-less list members
    (``4.2、4.3和3.2个百分点``) take the unit and multiplier the list ends with."""
    out: list[Token] = []
    joined = False  # the token was the high end of the range before
    for t, nxt in zip(tokens, tokens[1:] + [None]):
        if joined:
            joined = False
        elif (nxt is not None and nxt.start == t.end + 1 and scan[t.end] in RANGE_JOINERS and nxt.unit and not t.chinese
                and (not t.unit or t.unit == nxt.unit) and not _is_year(scan, t)):
            low = t.value if t.unit else fold_multiplier(parse_arabic(t.number_text), t.multiplier or nxt.multiplier)
            out.append(Token(t.start, nxt.end, low, nxt.unit, t.number_text, t.multiplier or nxt.multiplier,
                             t.approx or nxt.approx, value_high=nxt.value))
            joined = True
        else:
            out.append(t)
    # unit-less list members inherit from the first later member that has a unit
    for k, t in enumerate(out):
        if t.unit or t.chinese or t.implicit or _is_year(scan, t):
            continue
        j = k
        while j + 1 < len(out) and not out[j].unit and scan[out[j].end:out[j + 1].start] in LIST_JOINERS:
            j += 1
        if j > k and out[j].unit and scan[out[j].end:out[j].end + 1] != "年":
            last = out[j]
            mult = t.multiplier or last.multiplier
            t.value = fold_multiplier(parse_arabic(t.number_text), mult)
            t.multiplier, t.unit = mult, last.unit
    return _counters_of_points(scan, out)


def _counters_of_points(scan: str, out: list[Token]) -> list[Token]:
    """A member of a list whose unit opens the next member's unit of points (1.5个和2个百分点, 1个、2个百分点) takes that
    unit: 个 there only begins 个百分点, it counts nothing (held-out set 72 亳州 G2)."""
    for k in range(len(out) - 2, -1, -1):
        t, nxt = out[k], out[k + 1]
        if (t.unit and nxt.unit != t.unit and nxt.unit.startswith(t.unit) and unit_field(nxt.unit, "kind") == "points"
                and scan[t.end:nxt.start] in LIST_JOINERS and not t.multiplier):
            t.unit = nxt.unit
    return out


def _is_year(scan: str, t: Token) -> bool:
    return (len(t.number_text) == 4 and t.number_text.isdigit() and 1900 <= int(t.number_text) <= 2100
            and (scan[t.end:t.end + 1] in ("年", "-", "—", "–", "至") or not t.unit))


def rank_of(scan: str, t: Token) -> str | None:
    """A place in a ranking: '' for an exact place (位居全省第3位, 排名第5), ``at_most`` for a
    band (跻身全国10强, 进入前10); None when the figure is no rank (第3届 and 第一批 are names)."""
    before = scan[max(0, t.start - 1):t.start]
    after = scan[t.end:t.end + 1]
    if t.unit not in ("", "位", "名") or t.multiplier:
        return None
    if before == "第":
        band = ""
    elif after == "强" or before == "前":
        band = "at_most"
    elif before == "后" and BOTTOM_LEFT.search(scan, max(0, t.start - 6), t.start):
        return "more_than"  # 退出全国后50位: a place above the last 50, counted from the bottom (held-out audit 49 吕梁 G5)
    else:
        return None
    lo = max(0, t.start - RANK_LOOKBACK)
    stop = None
    for stop in RANK_STOP.finditer(scan, lo, t.start):
        pass
    lo = stop.end() if stop else lo
    word = rank_pattern().search(scan, lo, t.start)  # 推动更多强镇进入全国镇域500强: the class many enter, no place
    if word is None and before == "前" and rank_member(scan, t.start):
        return band  # 进入全省前2名、全国前25名: a later member of a list of ranks (fix159c)
    return None if word is None or after == "强" and class_entered_by_many(scan, word.start()) else band


@cache
def _code_counters() -> frozenset[str]:
    return frozenset(read_json("tables_words.json")["code_counters"])


def counted_by_letters(scan: str, t: Token) -> bool:
    """新增公共场所AED3000台: two or more Latin letters right before a number that a counter follows
    name the thing counted (defibrillators), not a model code (a code has no counter after it: C919,
    G4; or one of ``code_counters``: G7次). Only asked where a Latin letter precedes the figure."""
    if unit_field(t.unit, "kind") != "count" or t.unit in _code_counters():
        return False
    lo = t.start
    while lo > 0 and scan[lo - 1].isascii() and scan[lo - 1].isalpha():
        lo -= 1
    after = scan[t.end:t.end + 1]
    return t.start - lo >= 2 and not (after.isascii() and after.isalpha())
