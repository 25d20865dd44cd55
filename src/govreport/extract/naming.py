"""Naming the figures of one sentence (what each measures), in the sentence's own words.

The name comes from the clause before the figure (``indicators.strip_clause``), or from the
noun after a count, and borrows the sentence's topic where the clause alone is generic: in
"饲养蚕种…，实现产值8130.67万元" the figure is 蚕种产值, not 产值.
"""
from __future__ import annotations

import re

from govreport.extract.indicators import (THRESHOLD_WORD, TRAILING, noun_after, registered_head, add_measure, all_verbs, is_generic, merge_names, post_noun,
                                  post_noun_units, strip_clause, threshold_of, trim_long)
from govreport.lexicon import clause_breaks, unit_field
from govreport.report.model import Sentence
from govreport.extract.scanner import Token

DISTRIBUTIVE = ("分别", "依次")
ASIDE_BEFORE = re.compile(r"[（(][\u4e00-\u9fff、]{1,6}[）)]$")
CLAUSE_BREAK_CHARS = frozenset(clause_breaks() + "\n")
BARE_GROWTH = re.compile(r"(?:同比|比上年|比去年|较上年|较去年)?(?:增长|下降|提高|降低|增加|减少|上涨)")
LINK_ONLY = re.compile(r"达到|达|为|增至|增加到|提高到|突破")
CHANGE_TAIL = re.compile(r"(?:同比)?(?:增长|提高|增加|下降|降低|减少)$")
MEASURED_KINDS = ("area", "length", "weight", "volume")
OWN_MEASURES = ("产量", "总产量", "产值", "总产值", "均价", "收购均价", "单产")  # a measure of the topic itself
TOPIC_MEASURE = re.compile(r"(?:播种面积|种植面积|面积|饲养量|产量|数量|人数|户数)$")
LIST_WORDS = re.compile(r"分别|依次|同比")
DISTRIBUTIVE_WORD = re.compile(r"分别|依次")
MEMBER_GAP = re.compile(r"、|和|及")
KEEP_REGISTERED = 20
TRIM_AT = 18  # a longer name is cut to the subject after its last action verb
FIRST_CLAUSE_END = re.compile(r"[，,；;：:]")
NUMBER_CHAR = re.compile(r"[\d.,%]")
NUMBER_ONLY = re.compile(r"[\d.,%]*")
# 从2.77%提高到3.3%: the figure after 提高到 measures what the figure after 从 does; the start's
# clause ends in 从 (and perhaps its year, 从2020年的), which is no part of the name
FROM_END = re.compile(r"[从由](?:\d{4}年(?:底|末)?的?)?(?:月销售额|每人每年|每人每月|每年|每月)?$")
LAST_YEAR_CHANGE = re.compile(r"(?:比上年|比去年|较上年|较去年|同比)(?:再)?(?:增加|提高|增长|减少|下降|降低|扩大|缩小)")
FROM_LAST = frozenset("从由年的底末额月")  # the characters FROM_END can end with
CHANGE_LAST = frozenset("到至的年底末加高长少低大小")  # … TO_ONLY or LAST_YEAR_CHANGE can end with
TO_ONLY = re.compile(r"(?:提高|提升|增加|增长|跃升|上升|扩大|下降|降低|减少|缩小|缩减|压减|减)?(?:到|至)(?:\d{4}年(?:底|末)?的?)?")


class SentenceNamer:
    """Names the figures of one sentence, keeping what naming needs: the sentence's topic (the
    object of its first figure) and the names already given (for 25户76人, 生猪…头、肉牛…头 and
    分别 lists)."""

    def __init__(self, scan: str, sentence: Sentence) -> None:
        self.scan = scan
        self.sentence = sentence
        self.names: list[tuple[str, str, str]] = []  # (object, moved verb, unit)
        self._topic: str | None = None  # worked out when first needed: most figures never need it
        self.first = True
        self.last_post = False  # the last name was the noun after the figure (20条配套道路)
        self.last_was_threshold = False  # 亿元以上项目917个: the count's name starts before the threshold
        self.post_units = post_noun_units()
        self.distributive: tuple[int, int, str] | None = None  # (first member index, size, generic name)
        self.members: list[str] = []  # the names of a 分别 list's members, when its subject lists them

    @property
    def topic(self) -> str:
        """The sentence's topic: the object of its first figure, else what its first clause names."""
        if self._topic is None:
            start, end = self.sentence.start, self.sentence.end
            cut = FIRST_CLAUSE_END.search(self.scan, start, end)
            first_clause = self.scan[start:cut.start() if cut else end]
            number = NUMBER_CHAR.search(first_clause)
            obj, verb = strip_clause(first_clause[:number.start()] if number else first_clause)
            self._topic = obj[: len(obj) - len(verb)] if verb else obj
        return self._topic

    @topic.setter
    def topic(self, value: str) -> None:
        self._topic = value

    def _before_aside(self, lo: int) -> int:
        """Where the clause before a short aside in brackets that ends at ``lo`` begins, or ``lo``."""
        m = ASIDE_BEFORE.search(self.scan, max(self.sentence.start, lo - 8), lo)
        if m is None:
            return lo
        k = m.start()
        while k > self.sentence.start and self.scan[k - 1] not in CLAUSE_BREAK_CHARS:
            k -= 1
        return k

    def name(self, t: Token, lo: int, list_size: int) -> str:
        """The indicator name of token ``t``, whose clause starts at ``lo``."""
        if 0 < lo and self.scan[lo - 1] in "）)" and not self.scan[lo:t.start].strip("、，, "):
            lo = self._before_aside(lo)  # 长者服务中心（站）23家: the aside belongs to the name before it
        clause = self.scan[lo:t.start]
        if clause[-1:] in FROM_LAST and ("从" in clause or "由" in clause):
            clause = FROM_END.sub("", clause)
        prev = self.names[-1] if self.names else None
        if prev and prev[0] and clause[-1:] in CHANGE_LAST:
            if TO_ONLY.fullmatch(clause):  # 从2.77%提高到3.3%: the same subject
                self.names.append(prev)
                return add_measure(prev[0] + prev[1], t.unit)
            change = clause.lstrip("、，, ")
            if t.unit not in ("%", "‰") and LAST_YEAR_CHANGE.fullmatch(change):  # 赤字规模5.66万亿元、比上年增加1.6万亿元
                self.names.append(prev)
                return prev[0] + prev[1] + change
        base, verb = strip_clause(clause)
        obj = base[: len(base) - len(verb)] if verb else base
        if base and (base[0].isdecimal() or base[0] in ".,%") and NUMBER_ONLY.fullmatch(base):  # isdecimal: \d
            base = obj = ""
        # 新开工亿元以上项目917个: a bare amount that classifies projects is named for what it
        # classifies, and the count after it keeps the whole clause (开工亿元以上项目数)
        self.last_was_threshold = t.implicit and THRESHOLD_WORD.match(self.scan, t.end) is not None
        threshold = threshold_of(self.scan, t.end, t.unit) if self.last_was_threshold else ""
        if threshold:
            return threshold
        post = post_noun(self.scan, t.end, t.unit) if t.unit in self.post_units else ""
        if post and TO_ONLY.match(self.scan, t.end):  # 从15家跃升到38家: no noun after 15家
            post = ""
        if not post and unit_field(t.unit, "kind") in MEASURED_KINDS and (
                not base or (self.last_post and clause.endswith("、")) or all_verbs(base)):
            # 年内完成2万平方米仓储库、400亩大棚: no subject before (or the one before was the noun after)
            post = noun_after(self.scan, t.end)
        self.last_post = bool(post)
        if post:
            base, obj, verb = post, post, ""
        elif not base and prev:  # 25户76人: the second figure shares the first one's subject
            base, obj, verb = prev[0] + prev[1], prev[0], prev[1]
        elif prev and prev[1] and not verb and clause.lstrip().startswith("、"):  # 生猪…头、肉牛…头
            verb = prev[1]
            base = obj + verb
        elif prev and prev[0] and prev[2] != t.unit and BARE_GROWTH.fullmatch(base):
            # 地区生产总值完成192.3亿元，同比增长6.0%: the growth of the level before it
            base, obj = prev[0] + base, prev[0]
        elif prev and base and LINK_ONLY.fullmatch(base) and prev[2] != t.unit:
            # 地区生产总值增长7.5%，达到309亿元: the level the growth leads to
            base = obj = CHANGE_TAIL.sub("", prev[0]) or prev[0]
        elif prev and base and all_verbs(base):  # 正在组织实施234个: the verb of the previous subject
            base, obj = prev[0] + base, prev[0]
        if list_size > 1 and any(w in clause for w in DISTRIBUTIVE):
            self.distributive = (len(self.names), list_size, base)
            self.members = list_members(clause, list_size)
        if self.distributive and not post:
            first, size, generic = self.distributive
            k = len(self.names) - first
            subjects = [n for n in self.names[:first] if n[2] != t.unit]
            if 0 <= k < size and len(subjects) >= size:
                subject = subjects[len(subjects) - size + k]
                base = merge_names(subject[0] + subject[1], generic)
                obj = base
            elif 0 <= k < size and self.members:  # 城镇、农村居民收入分别增长6.5%、8.5%: each its member
                base = obj = self.members[k]
            elif 0 <= k < size == 2 and "城乡" in generic:  # 城乡居民收入分别增长7%和8%: urban, then rural
                base = obj = LIST_WORDS.sub("", generic.replace("城乡", ("城镇", "农村")[k], 1))
            elif 0 < k < size:  # the members share the list's own name
                base = obj = generic
        elif base and is_generic(base) and not post:
            if prev and clause.lstrip().startswith("、"):  # 年均浓度27微克/立方米、下降11.5%: the same subject
                topic = prev[0]
            else:
                topic = self.topic if self.topic and self.topic != base else (prev[0] if prev else "")
            if topic and topic not in base:
                if base in OWN_MEASURES:  # 粮食播种面积…、产量1285万吨: the crop's output, not its area's
                    topic = TOPIC_MEASURE.sub("", topic) or topic
                base = merge_names(topic, base)
        if not base:
            base = self.topic
        if len(base) > TRIM_AT:
            base = LIST_WORDS.sub("", base)
        if len(base) > TRIM_AT:
            head = registered_head(base)  # keep a registered indicator whole (城镇常住居民人均可支配收入)
            base = base[head:] if 0 <= head and len(base) - head <= KEEP_REGISTERED else trim_long(base, TRIM_AT)
        if self.first and obj:
            self.topic, self.first = obj, False
        self.names.append((obj or base, verb, t.unit))
        return add_measure(base, t.unit)


def list_members(clause: str, size: int) -> list[str]:
    """The names of the members of a 分别 list whose subject lists them with 、: 城镇、农村常住居民
    人均可支配收入分别增长 -> 城镇常住居民人均可支配收入增长, 农村常住居民人均可支配收入增长 (short
    members share the last one's head: 一产、二产、三产增加值); [] when the subject does not list
    ``size`` members."""
    m = DISTRIBUTIVE_WORD.search(clause)
    if m is None:
        return []
    parts = MEMBER_GAP.split(clause[:m.start()])
    if len(parts) != size or not all(p.strip() for p in parts):
        return []
    parts = [strip_clause(p)[0] for p in parts]
    first, last = parts[0], parts[-1]
    if all(0 < len(p) <= 4 for p in parts[:-1]) and len(last) > len(first) + 1:
        # 养老保险和基本医疗保险参保率: the head after the word the members end with (保险);
        # 城镇、农村常住居民…: the head after the last member's own word
        tail = first[-2:]
        at = last.find(tail) if len(first) >= 2 else -1
        shared = last[at + len(tail):] if 0 <= at and at + len(tail) < len(last) else last[len(first):]
        parts = [p + shared for p in parts[:-1]] + [last]
    verb = strip_clause(clause[m.end():])[0]
    if all_verbs(verb) or verb in TRAILING:  # 分别达: no word of the measure
        verb = ""
    return [p + verb if verb and not p.endswith(verb) else p for p in parts]
