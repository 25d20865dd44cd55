"""A 、 list of subjects before a level verb and a 、 list of as many figures, with no 分别: the figures pair with the
members in order, as after 分别 (农膜、农药包装物回收利用率保持在90%、85%以上: 农膜回收利用率 90%, 农药包装物回收利用率
85%; audit 54 CZ24#114-115). The clause is read as if 分别 stood before the verb; the level verbs are data
(data/name_words.csv kind list_level_verb)."""
from __future__ import annotations

import re
from typing import Final

from govreport.lexicon import name_words

MEMBERS: Final = re.compile(r"[\u4e00-\u9fff]+(?:、[\u4e00-\u9fff]+)+")


def implied_distributive(clause: str, size: int) -> str:
    """``clause`` with 分别 put before its closing level verb when all it holds before that verb is a 、 list of ``size``
    members, the last no shorter than the first (it holds the head they share), and no 分别 or 依次 of its own;
    ``clause`` unchanged otherwise."""
    if size < 2 or "分别" in clause or "依次" in clause:
        return clause
    text = clause.lstrip("，, ")
    verb = next((w for w in name_words("list_level_verb") if text.endswith(w)), "")
    subject = text[:len(text) - len(verb)] if verb else ""
    parts = subject.split("、")
    if not MEMBERS.fullmatch(subject) or len(parts) != size or len(parts[-1]) < len(parts[0]):
        return clause  # (粮食面积、产量稳定在…: the members share their first word, not a head after the last: left as one)
    return clause[:len(clause) - len(verb)] + "分别" + verb
