"""A titled designation whose name holds 和 (创建1—2个省级文化和旅游消费示范县（区）): the noun after the count runs over the 和
to the title (示范, 试点) and its place word, and is not cut at 省级文化 (held-out set 70 开封 row 23, fix146d). Only when the
words before 和 end with no noun of a thing counted (data/name_words.csv kind noun_end: 示范村和示范社区 stays two) and the words
after it hold no figure."""
from __future__ import annotations

import re
from typing import Final

from govreport.lexicon import name_words

# after 和: words with no figure, a title, a few words more, a place or site word and an optional aside, then a clause mark
TITLED: Final = re.compile(r"和([\u4e00-\u9fff]{1,10}?(?:示范|试点)[\u4e00-\u9fff]{0,4}?[区县市村镇园地基](?:地)?(?:（[^（）]{1,6}）|\([^()]{1,6}\))?)(?=[，,。；;、]|$)")
TITLES: Final = ("示范", "试点")


def joined_title(scan: str, end: int, post: str) -> str:
    """``post`` (the noun read after the count ending at ``end``) run on over 和 to the designation it opens, or '' when it does not."""
    at = scan.find(post, end, end + len(post) + 3) if post else -1
    if at < 0 or post.endswith(name_words("noun_end")) or any(t in post for t in TITLES):
        return ""
    m = TITLED.match(scan, at + len(post))
    return post + "和" + m.group(1) if m else ""
