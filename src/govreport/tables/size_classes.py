"""Size classes of firms named together, in one order (audit 56 崇左 row 15).

新增规上限上服务业企业100家 and 新增限上规上服务业企业113家 count the same firms: above the designated size (规上, 规模以上) and
above the quota (限上, 限额以上), the two classes written in either order. Compared as written, the longest run the two
share (上服务业企业) starts inside a class word and leaves 规模以上限 and 限上规模以 for kinds that differ; written in one
order (``tables_words.json:size_class_words``), the classes are one set and the names alike."""
from __future__ import annotations

import re
from functools import cache

from govreport.tables.figures import words


@cache
def _classes() -> re.Pattern[str]:
    alt = "|".join(map(re.escape, sorted(words()["size_class_words"], key=len, reverse=True)))
    return re.compile(f"(?:{alt}){{2,}}")


@cache
def _one_class() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(words()["size_class_words"], key=len, reverse=True))))


def class_order(phrase: str) -> str:
    """``phrase`` with each run of two or more size-class words written side by side put in one (sorted) order."""
    if not _classes().search(phrase):
        return phrase
    return _classes().sub(lambda m: "".join(sorted(_one_class().findall(m.group()))), phrase)
