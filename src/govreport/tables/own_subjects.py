"""Where a review sentence names the target's thing, and whether the figure after it measures that thing at all.

A target's thing found earlier in a review figure's sentence lets a figure whose own clause says only the measure
(国际班列通达…、全年开行超5000列) be its baseline (``Likeness.names_same_thing``). Two readings are wrong: the thing found
only inside the name of a body that confers a title (三七国际交易中心被农业农村部授予…: 农业 is no subject there), and a
figure whose own clause names a subject of its own, sharing no word with the target's (全社会研发经费投入增速连续两年领跑全区，
万人发明专利拥有量增长21.4%: the growth is the patents', not the R&D spending's; spot 39 文山 row 8, 吴忠 row 41). The second is
asked of rates of change only: a level's own subject may be the target's in other words (一产总产值 for 农业总产值).
"""
from __future__ import annotations

import re
from typing import Final

from govreport.tables.clauses import last_mark
from govreport.tables.figures import generic_bigrams, words
from govreport.tables.phrase_likeness import phrase_grams

_ONCE: Final[dict[str, re.Pattern[str]]] = {}


def _body_tail() -> re.Pattern[str]:
    """What follows a word inside a body's name up to the title it confers: 农村部授予 after 农业 (``tables_words.json``:
    ``body_ends``, ``conferring_verbs``): a few characters of the name, no mark or figure, the body's last character, the verb."""
    found = _ONCE.get("body_tail")
    if found is None:
        w = words()
        found = _ONCE["body_tail"] = re.compile(r"[^，,、；;：:。“”\"（）()\d]{0,6}?[" + "".join(w["body_ends"]) + "](?:"
                                                + "|".join(w["conferring_verbs"]) + ")")
    return found


def outside_bodies(text: str, thing: str) -> int:
    """The last place ``thing`` stands in ``text`` other than inside the name of a body conferring a title, -1 if none:
    三七国际交易中心被农业农村部授予三七贸易“定点市场” names no 农业 (the ministry's name holds it)."""
    pos = text.rfind(thing)
    while pos >= 0 and _body_tail().match(text, pos + len(thing)):
        pos = text.rfind(thing, 0, pos)
    return pos


def own_subject_apart(target_name: str, target_thing: str, own_thing: str) -> bool:
    """The candidate's own clause names a subject (``own_thing``) with a word that is no generic head (产业, 项目 …) and shares no
    bigram with the target's name or thing: 万人发明专利拥有量 for 全社会研发经费投入增长. A clause naming no subject (增长13.2%
    after 冰雪经济总产出…), or only a generic head (…，产业增加值增长12%), says nothing against the thing its sentence named before."""
    own = phrase_grams(own_thing)
    return bool(own - generic_bigrams()) and not own & (phrase_grams(target_name) | phrase_grams(target_thing))


def measure_restated_apart(said_alone: str, thing: str, others: list[str], breaks: str) -> bool:
    """True when the candidate's own clause (the text after the last of ``breaks`` in ``said_alone``, the sentence from the
    target's thing up to the candidate) says the target's measure words again without the thing: that clause names a
    measure of its own (财政收入连续两年提档进位…，税收收入突破200亿元: the 200亿 is tax revenue, only a part of the fiscal
    revenue the sentence opened on; held-out set 61 钦州 row 15, fix134c). A clause saying no measure word (…，达到200亿元)
    still measures the thing, and so does one whose measure word is no noun of a measure (``tables_words.json``
    measure_words) or stands first in it (老旧小区改造坚持…，实施改造1055万平方米: 改造 is the work on the thing, the same
    measure; main 哈尔滨 2024)."""
    cut = last_mark(said_alone, breaks)
    own = said_alone[cut + 1:]
    nouns = words()["measure_words"]
    return cut >= 0 and bool(others) and thing not in own and all(w in nouns and own.find(w) > 0 for w in others)
