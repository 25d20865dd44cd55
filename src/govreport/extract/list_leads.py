"""The verbs a 、 list's first member opens with, which the members after it share (naming.py and name_lists.py ask):
a heavy or action verb, after 新 a chain of verbs (新种植星油藤5万亩、油茶3.3万亩: 新种植油茶, not 新种植星油藤油茶), and after
an adverb that names nothing (重点打造精品村6个、示范村55个: 打造示范村; audit 56 崇左 rows 42, 63)."""
from __future__ import annotations

import re

from govreport.extract.predicates import count_verb, verb_chain
from govreport.lexicon import name_words, unit_field, verbs
from govreport.report.chars import first_opening


def lead_verbs(name: str, at: int = 0) -> re.Match[str] | None:
    """The verbs a 、 member's name opens with (from ``at``), which a sibling noun after it shares: a heavy or action verb,
    or after 新 a chain of them (新种植星油藤: 新种植)."""
    return (verb_chain() if name[:1] == "新" else count_verb(False)).match(name, at)


def own_lead(base: str) -> bool:
    """A member that opens with 新 and a verb of its own (新落地项目, 新投产) borrows no sibling's verbs: 新签约项目340个、
    新落地项目170个 counts projects landed, not 新签约新落地 (spot 38 葫芦岛 row 14)."""
    return base[:1] == "新" and lead_verbs(base) is not None


def _adverb(base: str) -> str:
    """An adverb of emphasis or manner a name opens with before its verb (data/name_words.csv kinds push_adverb and
    verb_adverb: 重点打造, 大力培育), or ''."""
    return first_opening(base, name_words("push_adverb")) or first_opening(base, name_words("verb_adverb"))


def adverbed_verb(base: str) -> bool:
    """Whether ``base`` opens with an adverb (``_adverb``) and then a verb of its own (抓紧推进续建项目): a member so worded
    takes no verb carried from the clause before (开工建设…，抓紧推进…: not 开工建设抓紧推进…; held-out 51 玉溪)."""
    adverb = _adverb(base)
    return bool(adverb) and base[len(adverb):len(adverb) + 2] in verbs()


def lead_action(base: str, unit: str) -> tuple[str, str]:
    """(verb, unit) when the name of a count starts with an action verb (data/verbs.csv kind action: 打造,
    签约, 开通), or after 新 a chain of verbs (predicates.verb_chain: 新打造, 新入库), or after an adverb (``_adverb``:
    重点打造, the verb alone shared), followed by an object of two characters or more, which the 、 members after it in
    the same unit or counted alike share (打造武汉精品35个、湖北精品20个 -> 打造湖北精品; 新打造特色酒庄5个、美食街区5条 ->
    新打造美食街区; 重点打造精品村6个、示范村55个 -> 打造示范村), else ('', '')."""
    if unit_field(unit, "kind") not in ("count", "people", "households"):  # (not an area or an amount: 实施国储林10万亩、营造林…)
        return "", ""
    adverb = _adverb(base) if base[:1] != "新" else ""
    act = lead_verbs(base, len(adverb))  # (not 更新改造A、减船转产B: a verb each)
    if act is None or len(base) - act.end() < 2:
        return "", ""
    return act.group(), unit


def measure_free(subject: str, base: str) -> str:
    """The subject a 、 member that is a verb measure of its own (data/name_words.csv kind measure_verb: 出栏) shares with the
    member before it, without that member's own measure (kind member_measure: 存栏): 生猪存栏225万头、出栏385万头 -> 生猪
    (生猪出栏量, audit 45 普洱 G); ``subject`` as is when none, or fewer than two characters would be left."""
    measure = next((w for w in name_words("member_measure") if subject.endswith(w)), "") if base in name_words("measure_verb") else ""
    return subject[:-len(measure)] if measure and len(subject) - len(measure) >= 2 else subject


SHARED_MOST = 12  # a longer noun member when it ends as the member before does before its verb (…基本养老保险参保…、…基本养老保险)
SHARED_TAIL = 4  # (基本养老保险, 养老保险: a noun of the same kind, not a new work)


def _shared_tail(before: str, base: str) -> bool:
    """Whether ``base`` ends with the words that the member ``before`` ends with before its verb (城镇职工基本养老保险参保72.12万人、
    城乡居民基本养老保险135.3万人: the same insurance, held-out set 70 南平 row 66, fix146c)."""
    done = next((w for w in name_words("carried_tail_verb") if before.endswith(w)), "")
    noun = before[:len(before) - len(done)] if done else ""
    return len(noun) > SHARED_TAIL and len(base) > SHARED_TAIL and noun[-SHARED_TAIL:] == base[-SHARED_TAIL:]


def trailing_verb_member(before: str, base: str, clause: str) -> str:
    """A bare noun 、 member named with the verb the member before it ends with (a noun + verb name: 烤烟收购):
    完成烤烟收购103万担、雪茄烟叶0.6万担 -> 雪茄烟叶收购 (audit 45 普洱 F; the review's 收购烤烟…、雪茄烟叶… reads so);
    '' when the member before ends with no such verb (data/name_words.csv kind carried_tail_verb: a handling of goods, not a
    work: 人工造林…、退化林修复…、封滩育林… are works of their own), or the member is no bare noun of its own."""
    if clause.lstrip("、 ") != base or not 2 <= len(base) <= (SHARED_MOST if _shared_tail(before, base) else 6) or count_verb(False).search(base) or base.startswith("新"):
        return ""
    if base in name_words("measure_verb") or base in name_words("own_measure") or base.startswith(name_words("stage_verb")) or not all("\u4e00" <= c <= "\u9fff" for c in base):
        return ""
    done = next((w for w in name_words("carried_tail_verb") if before.endswith(w)), "")
    return base + done if done and len(before) - len(done) >= 2 and not count_verb(False).search(before, 0, len(before) - len(done)) else ""
