"""The counted thing plus what is done to it (fix172f; audit 90 株洲 2016 row 12 and 汕头 2021 rows 12–13, set 89 宝鸡 2014 row 31).

Why: a count's name is read from the noun right after it, which stops at 的, so in 全面完成6300名贫困对象的劳动技能培训 the work
done (劳动技能培训) is lost and the row reads as a number of poor people (贫困对象人数); in 高标准、高质量完成225个村的省级连片整治
示范项目 the manner and verb before the count stand in for it (高标准高质量完成村数). When the noun is followed by 的 and a run to the
clause's end that closes with a work word (培训, 整治, 改造, 项目, 工程; a frame word after it, 工作/任务, is dropped), the name is
the noun and the work: people X+Y+人数 (贫困对象劳动技能培训人数), a one-character noun after the work (省级连片整治示范项目村数),
another noun before it (住宅老旧燃气立管改造户数). The words before the noun in the old name go when they are manner words and
verbs only, or debris holding 的. Only where a verb in the clause before the count makes it the work's object (辖区内三所中心小学的
教育教学质量稳步提升 describes the schools); not when the name already says the work (除险加固水库数), the noun is a locative or
time word (改造后的老旧小区), or the count sits inside a modifier (惠及3万群众的…工程).

And a flow verb kept before a count (公开招聘330名博士研究生: flow_names.kept_flow_verb) is shared by the count after 和/、 that
counts another noun of the same unit (和1000名硕士研究生: 公开招聘硕士研究生人数), as the namer shares the verbs of data/verbs.csv.
Words: data/counted_actions.json."""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.extract.goal_verbs import COUNTED  # 个, 户, 名: things counted
from govreport.extract.indicators import add_measure, all_verbs
from govreport.lexicon import clause_breaks, name_words, read_json, trie_pattern, unit_field, verbs

MEASURED: Final = COUNTED  # (not 基本完成黄浦江45公里岸线的…改造: a length after a place is often the whole stretch, no year's work)
QUALIFIERS: Final = ("以上", "左右", "余", "多")  # 1000个左右村的…: between the count and its noun
JOINTS: Final = ("和", "、", "及")  # 330名博士研究生和|1000名硕士研究生
_BRACKETS: Final = str.maketrans("（）", "()")


@cache
def _words() -> dict[str, tuple[str, ...]]:
    """data/counted_actions.json's word lists, longest first, read once."""
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in read_json("counted_actions.json").items() if not k.startswith("_")}


@cache
def _noun_of_work() -> re.Pattern[str]:
    """The noun after a count, 的, and the run after it to the clause's end."""
    return re.compile(r"([\u4e00-\u9fff]{1,8}?)的([\u4e00-\u9fff]{2,16})(?=[%s\n]|$)" % re.escape(clause_breaks()))


@cache
def _verb() -> re.Pattern[str]:
    """A verb that takes the count as its object: a heavy or action verb of data/verbs.csv (its light words hold scope words,
    辖区内, too), a work verb (data/name_words.csv ``work_verb``: 加强, 抓好) or a verb of doing (``done_verbs``: 完成, 开展)."""
    words = {v for v, kind in verbs().items() if kind in ("heavy", "action")} | {*name_words("work_verb"), *_words()["done_verbs"]}
    return re.compile(trie_pattern(sorted(words, key=len, reverse=True)))


def _work(run: str) -> str:
    """The run after 的 without a closing frame word (规划编制工作: 规划编制) when it closes with a work word, else ''."""
    words = _words()
    frame = next((f for f in words["frame_ends"] if run.endswith(f) and len(run) - len(f) >= 2), "")
    work = run[:len(run) - len(frame)]
    return work if "的" not in work and work.endswith(words["work_ends"]) else ""


def _verbs_only(words: str) -> bool:
    """True when the words are manner words and verbs only (高标准、高质量完成, 全面完成), or none."""
    rest = words.replace("、", "")
    while manner := next((m for m in _words()["manners"] if rest.startswith(m)), ""):
        rest = rest[len(manner):]
    return all_verbs(rest)


def counted_action(name: str, scan: str, lo: int, t_start: int, t_end: int, unit: str) -> str:
    """``name`` of the count at ``t_start``..``t_end`` (its clause from ``lo``) with the work its noun is written with after 的,
    when a verb before the count makes it the work's object; ``name`` otherwise (辖区内三所中心小学的教育教学质量稳步提升: a
    description of the schools, no work done on a count of them)."""
    measure = unit_field(unit, "measure")
    if unit_field(unit, "kind") not in MEASURED or not measure or not name.endswith(measure) \
            or scan.endswith(_words()["modifier_verbs"], 0, t_start) or _verb().search(scan, lo, t_start) is None:
        return name
    at = next((t_end + len(q) for q in QUALIFIERS if scan.startswith(q, t_end)), t_end)
    m = _noun_of_work().match(scan, at)
    if m is None or m.group(1).endswith(_words()["locative_ends"]):
        return name
    noun, work = m.group(1), _work(m.group(2))
    stem = name[:-len(measure)]
    if not work or not stem.endswith(noun):
        return name
    before = stem[:-len(noun)]
    kept = "" if "的" in before or _verbs_only(before) else before  # (右村的规划编制工作村数: debris of the same words)
    core = work.removesuffix(next((w for w in _words()["programme_ends"] if work.endswith(w) and len(work) - len(w) >= 2), ""))
    if core[-2:] in kept + noun:
        return name  # 除险加固水库数 (…的除险加固工程): the work is named already
    pair = noun + work if unit_field(unit, "kind") == "people" or len(noun) > 1 else work + noun
    return add_measure(kept + pair, unit)


def carried_flow_verb(name: str, scan: str, t_start: int, t_end: int, unit: str, before: tuple[str, int, str] | None) -> str:
    """``name`` of a count after 和/、 with the kept flow verb of the count before it (``before``: its name, end and unit), when
    that count's name is the verb and the noun written between them; ``name`` otherwise."""
    measure = unit_field(unit, "measure")
    if before is None or before[2] != unit or not measure or not name.endswith(measure):
        return name
    prev_name, prev_end, _ = before
    gap = scan[prev_end:t_start]
    gap = gap[next((len(q) for q in QUALIFIERS if gap.startswith(q)), 0):]
    if gap[-1:] not in JOINTS or len(gap) < 3:
        return name
    verb = next((v for w in name_words("kept_flow_verb") if prev_name.startswith(v := w.translate(_BRACKETS))), "")
    noun = name[:-len(measure)]
    if not verb or prev_name != add_measure(verb + gap[:-1], unit) or name.startswith(verb) \
            or not scan.startswith(noun, next((t_end + len(q) for q in QUALIFIERS if scan.startswith(q, t_end)), t_end)):
        return name
    return verb + name
