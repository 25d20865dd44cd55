"""Names a sentence's sector lead, a time phrase or a share's measure word complete (held-out set 76, fix155e).

煤油气储运方面，建成…等10个项目，开工…等10个项目: the lead X方面， opening the sentence scopes its generic counts (项目:
data/name_words.csv kind ``lead_scoped_head``); 开工项目数 alone reads as the city's projects started, so the name takes the
sector (煤油气储运开工项目数) and no city-wide key. A name of specific nouns (5G基站新建数 under 通讯电力方面) says what it
counts and is left as it is. 集中开工项目3个月内入库率75%: the name cut after the period figure (3个月) opens with its
postposition (内入库率); the subject before the period is the name's. 拆后土地利用达80%, 民生支出不低于66.7%: a share whose
name ends in an act (kind ``share_rate_end``: 利用) or an outlay (kind ``share_part_end``: 支出) says no share; it takes 率 /
占比."""
from __future__ import annotations

import re
from typing import Final

from govreport.extract.name_fillers import lead_thing
from govreport.lexicon import name_words

SECTOR_LEAD: Final = re.compile(r"([\u4e00-\u9fff]{2,8})方面[，,]")  # 煤油气储运方面，opening the sentence
PERIOD_BEFORE: Final = re.compile(r"([\u4e00-\u9fff]{2,12}?)\d{1,3}(?:个月|年|天|日|周|个工作日)$")  # 集中开工项目3个月(内…)
POSTPOSITIONS: Final = ("内", "后")
GENERIC_BEFORE_HEAD: Final = 4  # a verb at most before 项目 (建成投产项目): a longer text names the kind of project
SHARE_ENDS: Final = ("率", "比例", "比重", "占比", "份额", "增长", "增速", "幅度")


def sector_named(name: str, scan: str, s_start: int, t_start: int) -> str:
    """``name`` with the sector of a lead X方面， opening its sentence before it (煤油气储运开工项目数), when the name counts a
    generic thing (kind lead_scoped_head) and does not say the sector already; ``name`` otherwise."""
    m = SECTOR_LEAD.match(scan, s_start, t_start)
    head = next((w for w in name_words("lead_scoped_head") if w in name), "")
    if m is None or scan.startswith("在", s_start) or not head or len(name.split(head, 1)[0]) > GENERIC_BEFORE_HEAD:
        return name  # (…等13个国省道升级改造项目, 基因检测项目: the name says its own kind)
    sector = lead_thing(m.group(1) + "方面")
    if len(sector) < 2 or sector in name or name.startswith(sector[:2]):
        return name
    return sector + name


def period_subject(name: str, scan: str, clause_lo: int, lo: int) -> str:
    """A name opening with the postposition of a period figure right before it (内入库率 after 3个月): the subject before
    the period and the rest (集中开工项目入库率); ``name`` otherwise."""
    if not name.startswith(POSTPOSITIONS) or len(name) < 3 or not scan.startswith(name[0], lo):
        return name
    m = PERIOD_BEFORE.search(scan, clause_lo, lo)
    return m.group(1) + name[1:] if m else name


def without_commitment(name: str) -> str:
    """``name`` without a commitment word a carried list member leaves at its end (实际到位市外资金力争 of 确保…550亿元、力争600亿元
    以上: data/name_words.csv kind ``member_commit_end``), at least four characters kept."""
    end = next((w for w in name_words("member_commit_end") if name.endswith(w)), "")
    return name[:-len(end)] if end and len(name) - len(end) >= 4 else name


def share_named(name: str, unit: str, before: str) -> str:
    """A share (%) whose name ends in an act or an outlay with no share word, reached by a level verb right before the
    figure (``before``: data/name_words.csv kind ``share_level_verb``): the rate (利用率) or the part's share (支出占比);
    not 压缩一般性支出10%, a cut by a share."""
    if unit != "%" or name.endswith(SHARE_ENDS) or not before.endswith(name_words("share_level_verb")):
        return name
    if name.endswith(name_words("share_rate_end")):
        return name + "率"
    if name.endswith(name_words("share_part_end")):
        return name + "占比"
    return name
