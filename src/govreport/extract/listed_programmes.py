"""Things a count puts into a quoted programme of a higher level (春光制药…等20项产品列入省“专精特新”计划: held-out audit 90
锦州 2020 row 17): what is counted is the programme's things (专精特新产品), as a plan names them (“专精特新”产品20项), not the
listing (产品列入省专精特新计划), whose words say where the things went. Only when the noun after the count runs to its
clause's end as noun + a listing verb (name_words.csv ``programme_listing``: 列入, 入选) + a short level (省, 国家级) + the
quoted programme + a list word closing it (``programme_list_end``: 计划, 名单), at most two words between (培育计划)."""
from __future__ import annotations

import re
from functools import cache

from govreport.lexicon import name_words

QUOTES = str.maketrans("", "", "“”")


@cache
def _listed() -> re.Pattern[str]:
    """Noun, listing verb, level, quoted programme, list word, to the clause's end."""
    verbs = "|".join(map(re.escape, name_words("programme_listing")))
    ends = "|".join(map(re.escape, name_words("programme_list_end")))
    return re.compile(f"([\u4e00-\u9fff]{{1,8}}?)(?:{verbs})[\u4e00-\u9fff]{{0,4}}?“([^“”，,。；;、]{{1,12}})”"
                      f"[\u4e00-\u9fff]{{0,2}}?(?:{ends})(?=[，,。；;、\n]|$)")


def programme_things(scan: str, pos: int, noun: str) -> str:
    """The programme's things (专精特新产品) when ``noun``, read at ``pos`` without its quotes, is the whole listing
    (产品列入省专精特新计划); '' otherwise."""
    m = _listed().match(scan, pos) if "“" in scan[pos:pos + len(noun) + 4] else None
    if m is None or m.group().translate(QUOTES) != noun.translate(QUOTES):
        return ""
    return m.group(2) + m.group(1)
