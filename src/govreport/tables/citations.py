"""An amount cited as the size of a rate or goal (6.5%左右的增速可以实现比较充分的就业), which sets no goal of its own
where the same amount was a goal before (docs/assumptions.md#review-part-targets). A rate before 的 and a noun of
things (90%的村（居）配备专职人民调解员, 10%左右的县) is a share of those things, no citation (audit 30 ZY24 #100):
the rate cites only where the noun names a rate, a size or a goal (tables_words.json ``cited_rate_nouns``)."""
from __future__ import annotations

import re

from govreport.tables.figures import Figure, words
from govreport.tables.measures import CHANGE_SIZE_AFTER, RATE_UNITS

CITED_AFTER = re.compile(r"(?:左右|上下)?的")  # 6.5%左右的增速: the amount as the size of a noun


def cites(fig: Figure) -> bool:
    """An amount stated as the size of something (有6.5%－7%的增速就能够实现比较充分的就业, 6.5%左右的
    增速可以实现比较充分的就业): where the same amount was a goal before, this explains that goal and
    sets none of its own. A single amount followed by a bare 的 cites only as a rate (6.5%的增速;
    not 安排5000亿元的投资, which may be a second goal of the same size), and a rate only before a noun
    of a rate, size or goal (not 90%的村: a share of villages)."""
    cited = CITED_AFTER.match(fig.sentence, fig.rel_end)
    if cited is None or fig.unit in RATE_UNITS and CHANGE_SIZE_AFTER.match(fig.sentence, fig.rel_end):
        return False  # 按照不低于10%的比例压减一般性支出: the size of a cut the clause makes, a goal of its own (held-out set 80 白山)
    if fig.unit in RATE_UNITS and not fig.sentence.startswith(tuple(words()["cited_rate_nouns"]), fig.rel_end + len(cited.group())):
        return False
    return cited.group() != "的" or fig.value_high is not None or fig.unit in RATE_UNITS
