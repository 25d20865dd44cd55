"""A 、 list of subjects before a level verb and a 、 list of as many figures, with no 分别: the figures pair with the
members in order, as after 分别 (农膜、农药包装物回收利用率保持在90%、85%以上: 农膜回收利用率 90%, 农药包装物回收利用率
85%; audit 54 CZ24#114-115). The clause is read as if 分别 stood before the verb; the level verbs are data
(data/name_words.csv kind list_level_verb). Two things joined by 和 before one change and two figures closing the clause
pair in order too (一般性支出和“三公”经费再压减15%和3%以上: ``joined_pair_change``, held-out set 82)."""
from __future__ import annotations

import re
from typing import Final

from govreport.extract.indicators import commit_free
from govreport.extract.keys import indicator_key
from govreport.extract.path_starts import FROM_BEFORE, FROM_TO_GAP_TEXT
from govreport.lexicon import name_words

MEMBERS: Final = re.compile(r"[\u4e00-\u9fff]+(?:、[\u4e00-\u9fff]+)+")


# the figures of a pair and the clause after them, when that clause opens with 分别 (…达到39529元和16183元，分别增长4.7%和6.6%)
PAIR_THEN_EACH: Final = re.compile(r"[^，,。；;：:]{0,16}[和、][^，,。；;：:]{1,16}[，,](?:比上年|同比)?分别")

# the second figure of a pair joined by 和 closing the clause (增长7%和8%以上。): nothing else follows the pair
PAIR_CLOSES: Final = re.compile(r"[和、][^，,。；;：:和、]{1,12}(?:[，,。；;]|$)")

# the second figure of a pair closing its clause and a change of a pair right after (…达49208元、16984元，同比增长4.7%、7.5%)
PAIR_THEN_CHANGES: Final = re.compile(r"[和、][^，,。；;：:和、]{1,12}[，,](?:比上年|同比)?(?:分别)?(?:增长|增加|提高)[^，,。；;：:和、]{1,12}[和、]")


# the second start of a listed from-to and a pair of ends (、41.48%提高到45.62%、53.35%): the first start's list, read from its end
PAIR_FROM_TO: Final = re.compile(r"[、和][\d.]+[^\d，,；;。：:、和]{0,6}?" + FROM_TO_GAP_TEXT + r"[\d.]+[^\d，,；;。：:、和]{0,6}[、和][\d.]")


def from_to_each(text: str, size: int, after: str) -> str:
    """``text`` with 分别 put before its 从 when it opens a from-to of two starts and two ends (A和B从“十二五”末的a1、b1
    提高到a2、b2; ``after`` from a1's end) and all it holds before 从 (or its end, 从 cut) is two members joined by 和 or 、, the last no shorter than the first: a1 and
    a2 are A's, b1 and b2 B's, as with 分别 (held-out set 79 安顺, fix159b); '' otherwise."""
    if size != 2 or not PAIR_FROM_TO.match(after):
        return ""
    at = m.start() if (m := FROM_BEFORE.search(text)) else len(text)  # (its 从 may be cut already: naming_patterns.FROM_END)
    parts = re.split("[和、]", subject := text[:at])
    if len(parts) != 2 or not all(MEMBERS.fullmatch(p + "、" + p) for p in parts) or len(parts[1]) < len(parts[0]):
        return ""
    return subject + "分别" + text[at:]


def joined_sides(subject: str) -> str:
    """The urban and rural sides joined by 和/与/及 in ``subject`` (城镇和农村居民人均可支配收入: data/name_words.csv kind
    joined_sides), read as the 、 pair 城镇、农村 when a pair of figures and a 分别 clause follow (held-out set 67 甘南 row 4);
    '' when it holds none."""
    return next((w for w in name_words("joined_sides") if w in subject), "")


def lone_pair(subject: str) -> bool:
    """Whether the 城乡 of ``subject`` is its only pair (城乡居民人均可支配收入), so two figures can only be its urban and its rural
    side (not 城乡居民医保和养老保险参保人数, whose two figures may be 医保's and 养老保险's)."""
    return not any(w in subject for w in ("和", "、", "及", "与"))


def implied_distributive(clause: str, size: int, after: str = "") -> str:
    """``clause`` with 分别 put before its closing level verb when all it holds before that verb is a 、 list of ``size``
    members, the last no shorter than the first (it holds the head they share), and no 分别 or 依次 of its own;
    ``clause`` unchanged otherwise. A 城乡 pair before its level verb counts as two members when the clause after its
    two figures (``after``: the text from the first figure's end) opens with 分别: the levels pair as the changes do; so does
    a lone 城乡 pair whose two figures close the clause before a change of two figures (城乡居民人均可支配收入达49208元、
    16984元，同比增长4.7%、7.5%: held-out set 68 那曲 rows 3–4), and 城镇和农村 read as 城镇、农村."""
    if size < 2 or "分别" in clause or "依次" in clause:
        return clause
    text = clause.lstrip("，, ")
    if each := from_to_each(text, size, after):
        return clause[:len(clause) - len(text)] + each
    verb = next((w for w in name_words("list_level_verb") if text.endswith(w)), "")
    subject = text[:len(text) - len(verb)] if verb else ""
    parts = subject.split("、")
    if verb and size == 2 and (joined := joined_sides(subject)) and PAIR_THEN_EACH.match(after):
        return clause[:len(clause) - len(text)] + subject.replace(joined, "城镇、农村", 1) + "分别" + verb  # 城镇和农村…达到A和B，分别增长a和b
    if verb and size == 2 and "城乡" in subject and (PAIR_THEN_EACH.match(after) or lone_pair(subject) and PAIR_THEN_CHANGES.match(after)):
        return clause[:len(clause) - len(verb)] + "分别" + verb  # 城乡…达到A和B，分别增长a和b: urban, then rural (audit 46 渭南 G1)
    change = next((w for w in name_words("pair_change_verb") if text.endswith(w)), "")
    if change and size == 2 and "城乡" in text[:len(text) - len(change)] and PAIR_CLOSES.match(after):
        return clause[:len(clause) - len(change)] + "分别" + change  # 城乡居民人均可支配收入增长7%和8%以上: urban, then rural (audit 52 自贡 G2)
    if change and (pair := joined_pair_change(text[:len(text) - len(change)], size, after)):
        return clause[:len(clause) - len(text)] + pair + "分别" + text[len(pair):]  # 一般性支出和“三公”经费再压减15%和3%以上: in order
    if level := joined_pair_level(clause.lstrip("，,、 "), size, after):
        return level  # 、瞪羚和雏鹰企业发展到22户和140户: 瞪羚企业 22, 雏鹰企业 140 (no 、 before: a member's own list)
    if not MEMBERS.fullmatch(subject) or len(parts) != size or len(parts[-1]) < len(parts[0]) and not registered_apart(parts):
        return clause  # (粮食面积、产量稳定在…: the members share their first word, not a head after the last: left as one)
    return clause[:len(clause) - len(verb)] + "分别" + verb


def registered_apart(parts: list[str]) -> bool:
    """Whether each member names a registered measure of its own, all different (社会消费品零售总额、进出口总值达到256亿元、
    24.4亿美元: retail and trade, not one stacked subject keyed as trade; held-out set 84 莱芜 G1): the members pair with the
    figures in order however long each is. Read by the growth each would have, a name-only test (the members' units differ)."""
    keys = [indicator_key(p + "增长", "%", "increase") for p in parts]
    return all(keys) and len(set(keys)) == len(keys)


PAIR_SIDE_LEAST: Final = 2  # 一般性支出, 三公经费: each side names a thing of its own (not a one-character word of a shared head)
OTHER_JOINS: Final = ("、", "及", "与", "城乡")


def joined_pair_change(subject: str, size: int, after: str) -> str:
    """``subject`` (the words before a change verb, data/name_words.csv kind pair_change_verb) without the adverb it ends
    with (再: kind again; 年均: kind pair_change_adverb), which then follows the 分别, when it holds two things joined by
    one 和 and two figures joined by 和 or 、 close the clause after (一般性支出和“三公”经费再压减15%和3%以上: held-out set 82 海东 G4): the figures pair with the
    things in order, as after 分别; '' otherwise (a 城乡 pair is read urban, then rural, above)."""
    if size != 2 or not PAIR_CLOSES.match(after) or any(c.isdigit() for c in subject) or any(w in subject for w in OTHER_JOINS):
        return ""
    again = next((w for w in sorted(name_words("again") + name_words("pair_change_adverb"), key=len, reverse=True) if subject.endswith(w)), "")
    bare = subject[:len(subject) - len(again)]
    sides = bare.split("和")
    if len(sides) != 2 or not all(len(QUOTES.sub("", s)) >= PAIR_SIDE_LEAST and IDEOGRAPHS.fullmatch(QUOTES.sub("", s)) for s in sides):
        return ""
    return bare


# the second figure of a pair right after 和/、 and nothing but its unit or qualifier before the clause ends (…到22户和140户。)
PAIR_FIGURE_CLOSES: Final = re.compile(r"[和、][\d.]+[^\d，,。；;：:和、]{0,6}(?:[，,。；;]|$)")


def joined_pair_level(text: str, size: int, after: str) -> str:
    """``text`` (a clause without the mark before it) with 分别 put before its closing level verb (data/name_words.csv kinds
    list_level_verb and to_level: 达到, 发展到) when all it holds before that verb is two things joined by one 和 and two
    figures joined by 和 or 、 close the clause after (瞪羚和雏鹰企业发展到22户和140户: 瞪羚企业 22, 雏鹰企业 140, named
    each from its own noun as after 分别; held-out set 92 鞍山 rows 24–25), the second no shorter than the first (it holds
    the head they share); '' otherwise."""
    if size != 2 or "分别" in text or "依次" in text or not PAIR_FIGURE_CLOSES.match(after):
        return ""
    verb = next((w for w in sorted(name_words("list_level_verb") + name_words("to_level"), key=len, reverse=True) if text.endswith(w)), "")
    pair = joined_pair_change(text[:len(text) - len(verb)], size, after) if verb else ""
    if not pair or len((sides := pair.split("和"))[1]) < len(commit_free(sides[0])):
        return ""  # (粮食播种面积和产量稳定在…: the second a measure of the first's subject, name_pairs.paired_first's)
    return pair + "分别" + text[len(pair):]  # (an adverb the pair's words end with stays before the verb)


QUOTES: Final = re.compile(r"[“”\"]")
IDEOGRAPHS: Final = re.compile(r"[\u4e00-\u9fff]+")
