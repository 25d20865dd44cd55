"""Names of single figures kept whole (held-out set 79, fix159d): the reader cuts a figure's name at words it takes for
verbs or links, and some of those cuts drop what the figure counts. A compound it must not cut (达规工业企业, 建设类工程项目),
the head after 的 (22个列入…清单的项目: …清单项目数), the end a counted noun reaches (9个小型水库全面开工: 小型水库开工数),
the state it reaches (1家国有企业达到2A信用评级), the object a bare rate is of (加强对市政消火栓…，确保完好率100%) and the
full name a bare head stated earlier in its sentence (现代特色农业示范区…，新建成4个自治区级示范区) stay in the name.
Each rule changes only a name built from the noun right after the count, a cut compound or a bare rate: any other name
was built on purpose; the head after 的, the end and the state only on a planned count (a review's 4319个项目全部开工 stays
the baseline of 实施项目3000个). Words: data/figure_heads.json."""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.extract.goal_verbs import COUNTED  # 座, 户, 个: things counted
from govreport.lexicon import read_json, trie_pattern, unit_field, verbs

AFTER_QUALIFIERS: Final = ("以上", "余", "多")  # 1家以上国有企业: between the count and its noun
CLAUSE_END: Final = "(?=[，。；,;]|$)"
RUN_MOST: Final = 10  # the full name before a head is short; a longer run is a clause


@cache
def _words() -> dict[str, tuple[str, ...]]:
    """data/figure_heads.json's word lists, read once."""
    return {k: tuple(v) for k, v in read_json("figure_heads.json").items() if not k.startswith("_")}


@cache
def _alternation(kind: str) -> str:
    """The words of ``kind`` as one pattern, longest first (lexicon.trie_pattern), built once."""
    return trie_pattern(list(_words()[kind]))


@cache
def _after_noun() -> re.Pattern[str]:
    """What follows a counted noun to the clause's end: an end it reaches (开工) or a state it reaches (达到2A信用评级)."""
    return re.compile(f"(?:(?:{_alternation('outcome_adverbs')})?({_alternation('outcome_ends')})"
                      f"|({_alternation('reach_verbs')})((?:[0-9]*[A-Z]+|[\u4e00-\u9fff]){{2,12}})){CLAUSE_END}")


_HEAD_AFTER_OF: Final = re.compile(f"([\u4e00-\u9fff]{{2,16}}?)的([\u4e00-\u9fff]{{1,4}}){CLAUSE_END}")


def _noun_after_count(name: str, scan: str, t_end: int, unit: str) -> tuple[str, str, int]:
    """(the noun, the measure, where the noun starts after the count) when ``name`` is a count's noun and measure."""
    measure = unit_field(unit, "measure")
    if unit_field(unit, "kind") not in COUNTED or not measure or not name.endswith(measure) or len(name) <= len(measure):
        return "", "", -1
    at = next((t_end + len(q) for q in AFTER_QUALIFIERS if scan.startswith(q, t_end)), t_end)
    return name[:-len(measure)], measure, at


def whole_compound(name: str, clause: str) -> str:
    """``name`` with a compound the reader cut put back whole: 达规工业企业 (not 规工业企业), 建设类工程项目…压缩
    (not 类工程项目…压缩建设, 建设 moved after the object as a verb)."""
    for word in _words()["whole_compounds"]:
        for k in range(1, len(word)):
            cut, rest = word[:k], word[k:]
            if name.startswith(rest) and not name.startswith(word) and word + name[len(rest):len(rest) + 2] in clause:
                body = name[:-len(cut)] if name.endswith(cut) and len(name) - len(cut) > len(rest) + 2 else name
                return cut + body
    return name


def counted_noun_whole(name: str, scan: str, t_start: int, t_end: int, unit: str, planned: bool) -> str:
    """A count's name with what its noun is written with after it: the head after 的 (…清单的项目: …清单项目数), the end
    it reaches (小型水库全面开工: 小型水库开工数) or the state it reaches (国有企业达到2A信用评级: 达到2A信用评级国有企业数).
    Only for a planned count (a review's 4319个项目全部开工 stays the baseline of 实施项目3000个), and the head after 的
    only for a count that opens its own object: in 拥有4座长江大桥的城市 the count is inside a modifier of another head."""
    noun, measure, at = _noun_after_count(name, scan, t_end, unit) if planned else ("", "", -1)
    if not noun:
        return name
    of = None if scan.endswith(_words()["no_object_before"], 0, t_start) else _HEAD_AFTER_OF.match(scan, at, at + 24)
    if of and noun.endswith(of.group(1)) and of.group(2) not in noun and not of.group(2).endswith(_words()["place_word_ends"]):  # (…建设的基础上: no head)
        return noun + of.group(2) + measure
    if not scan.startswith(noun, at):
        return name
    after = _after_noun().match(scan, at + len(noun), at + len(noun) + 18)
    if after is None:
        return name
    if after.group(1):
        return noun + after.group(1) + measure
    return after.group(2) + after.group(3) + noun + measure


def rate_object(name: str, scan: str, s_start: int, t_start: int) -> str:
    """A bare rate (完好率) named with the object an opening 加强对…建设和维护管理 names earlier in its sentence."""
    if name not in _words()["bare_rates"]:
        return name
    leads = list(re.finditer(_alternation("object_leads"), scan[s_start:t_start]))
    if not leads:
        return name
    at = s_start + leads[-1].end()
    obj = re.match(f"([\u4e00-\u9fff]{{2,8}}?)(?:{_alternation('object_ends')})", scan[at:t_start])
    return obj.group(1) + name if obj else name


def full_head_name(name: str, scan: str, s_start: int, t_start: int, t_end: int, unit: str) -> str:
    """A bare head after a count (4个自治区级示范区) with the full name stated earlier in its sentence (现代特色农业示范区)."""
    noun, measure, at = _noun_after_count(name, scan, t_end, unit)
    if not noun:
        return name
    for head in _words()["full_name_heads"]:
        bare = re.match(f"([\u4e00-\u9fff]{{0,4}}级)?{head}{CLAUSE_END}", scan[at:at + 12])
        before = scan.rfind(head, s_start, t_start)
        if bare is None or before < 0 or not noun.endswith(bare.group(0)):
            continue
        run = re.search(f"[\u4e00-\u9fff]{{2,{RUN_MOST}}}$", scan[max(s_start, before - RUN_MOST):before])
        if run is None:
            continue
        whole = run.group(0)
        start = max((i for i in range(len(whole)) if any(whole[:i].endswith(v) for v in verbs() if len(v) >= 2)), default=0)
        qualifier = whole[start:]
        if len(qualifier) < 2 or qualifier.endswith("级") or qualifier in noun:
            continue
        level = bare.group(1) or ""
        return noun[:-len(bare.group(0))] + level + qualifier + head + measure
    return name


def single_figure_name(name: str, scan: str, s_start: int, lo: int, t_start: int, t_end: int, unit: str, planned: bool) -> str:
    """The rules above, in turn, on one figure's name (``planned``: the figure is a target)."""
    name = whole_compound(name, scan[lo:t_start])
    name = counted_noun_whole(name, scan, t_start, t_end, unit, planned)
    name = full_head_name(name, scan, s_start, t_start, t_end, unit)
    return rate_object(name, scan, s_start, t_start)
