"""A set named by its examples between its verb and its class noun (建设中能建氢能产业园等产业类项目160个,
改造望湖路、新兴街等巷路19条, 开复工中卉乾安储能等5000万元以上项目260个): the examples leave the name, the verb and the
class stay (产业类项目建设数, 巷路改造数, 开复工5000万元以上项目数). The pattern of ``naming_patterns.EXAMPLES`` asks for two
examples and three characters after 等; this one asks instead for a verb (data/verbs.csv) opening the clause, so one
example and a noun of two characters do (spot 40 松原 G1)."""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.extract.predicates import count_verb, verb_chain
from govreport.lexicon import name_words, read_json

# at most two characters of manner (全年, 加快), the verb, one or more examples, 等, and the rest of the clause (no clause break)
_SHAPE: Final = re.compile(r"^(?P<rest>[^，,；;。：:等]{3,40}?)等(?!等)(?P<noun>[^，,；;。：:、等]{2,30})$")

_MONEY_CLASS: Final = re.compile(r"\d+(?:\.\d+)?[万亿]元(?:及)?以上[\u4e00-\u9fff]{2}")  # 等5000万元以上项目: a class of the set


@cache
def _kept() -> re.Pattern[str]:
    """Words holding 等 that name no set (中等, 等级: measure_equivalents.json not_examples)."""
    return re.compile("|".join(re.escape(w) for w in read_json("measure_equivalents.json")["not_examples"]))


def examples_dropped(clause: str) -> str:
    """``clause`` with the examples between its opening verb and 等 taken out; ``clause`` itself where no verb of
    data/verbs.csv opens it (within two characters) or only the carrying out of a programme does (实施: name_words.csv
    programme_doing), the 等 is part of a word (中等职业学校, 等候区), no noun follows 等, or the noun says which set only
    with its examples (name_words.csv example_head: 瞪羚等企业, 会展等活动)."""
    if "等" not in clause or (m := _SHAPE.match(clause)) is None or _kept().search(clause):
        return clause
    verb = next((v for k in range(3) if (v := verb_chain().match(clause, k))), None)  # (新建、改扩建A等: both verbs)
    if verb is not None and (word := count_verb(False).match(clause, verb.start())) and word.end() == verb.end() - 1:
        verb = word  # 新建设A等: 新建, as the verb's lexicon has it (no 设 left to open the object)
    if verb is None or verb.end() >= m.end("rest") - 1 or verb.group().startswith(name_words("programme_doing")):
        return clause  # (two characters of example at least; 实施A等“智改数转”项目: the programme's projects, as the list's)
    noun = m.group("noun")
    if noun in name_words("example_head") or noun.endswith(name_words("example_head_end")):
        return clause  # 瞪羚等企业, 会展等活动: the examples say which firms or events
    if count_verb(False).match(noun):
        return clause[:verb.start()] + noun  # 整合工会驿站等建设城市综合服务驿站: the examples are what the first verb works on
    if noun[:1].isdigit() and not _MONEY_CLASS.match(noun):  # 等5大重点产业和: a count of the examples, no class
        return clause
    return clause[:verb.end()] + noun
