"""Transfers and support funds paid in the review year, by programme and group.

A figure is a subsidy when it is money (元), an actual (review-year) figure, not a sector
output, and the words naming it contain a programme keyword from
``data/tables_programmes.csv`` (低保, 特困, 救助, 补贴, 雨露计划, 小额信贷, 公益林, 衔接资金 …).
The longest keyword decides the group. Recipients are a person or household count in the
same clause (``雨露计划143人31.55万元``) or right after it (``…万元,惠及81户``).
See docs/assumptions.md#what-counts-as-a-subsidy.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING

from govreport.lexicon import read_rows
from govreport.tables.figures import (SEGMENT_BREAKS, Figure, Figures, as_figures, by_sentence, ratio, segment_before, strip_words,
                                      words)
from govreport.tables.implied_totals import FROM_START
from govreport.tables.sector_output import is_output_value
from govreport.tables.table_rows import TableRows

if TYPE_CHECKING:  # frames are made on demand: corpus workers never import pandas
    import pandas as pd

GROUPS = {
    "social_assistance": ("社会救助", "social assistance"),
    "agri_subsidy": ("农业补贴", "agricultural subsidy"),
    "poverty_alleviation": ("巩固脱贫帮扶", "poverty-alleviation support"),
    "ecology": ("生态补偿", "ecological compensation"),
    "credit": ("信贷", "credit"),
    "other_transfer": ("其他补贴", "other transfer"),
}

COLUMNS = [
    "programme", "programme_en", "keyword", "group", "group_zh", "group_en",
    "amount_yuan", "qualifier", "text", "role", "year", "recipients", "recipient_unit", "recipients_text",
    "per_recipient_yuan", "group_total_yuan", "share_of_group",
    "id", "start", "end", "recipients_id", "recipients_start", "recipients_end",
    "sentence", "sentence_start", "sentence_end", "section",
]


@dataclass(frozen=True)
class Programme:
    keyword: str
    group: str
    en: str


@cache
def programmes() -> list[Programme]:
    """Programme keywords, longest first so 城乡低保 wins over 低保 and 老年人服务补贴 over 补贴."""
    rows = [Programme(r["keyword"], r["group"], r["programme_en"]) for r in read_rows("tables_programmes.csv")]
    return sorted(rows, key=lambda p: -len(p.keyword))


def match_programme(name: str) -> Programme | None:
    """The longest programme keyword in ``name``, or None if it names no transfer."""
    return next((p for p in programmes() if p.keyword in name), None)


def programme_name(fig: Figure, others: list[Figure]) -> str:
    """The words naming a payment, without its verb: '及时发放城乡低保' -> '城乡低保'."""
    w = words()
    return strip_words(segment_before(fig, others), w["name_strip_prefix"], w["name_strip_suffix"])


def find_recipients(fig: Figure, group: list[Figure]) -> Figure | None:
    """A person/household count in the amount's own clause, or just after it with 惠及/覆盖 …."""
    units = set(words()["recipient_units"])
    before = [f for f in group if f.end <= fig.start and f.unit in units and f.value]
    if before:
        cand = before[-1]
        between = fig.sentence[cand.rel_end: fig.rel_start]
        if not any(d in between for d in SEGMENT_BREAKS):
            return cand
    after = [f for f in group if f.start >= fig.end and f.unit in units and f.value]
    if after:
        cand = after[0]
        between = fig.sentence[fig.rel_end: cand.rel_start]
        if any(wd in between for wd in words()["recipient_after_words"]) and len(between) <= 8:
            return cand
    return None


def build_subsidies(data: pd.DataFrame | Figures) -> pd.DataFrame:
    """One row per programme payment in the review year, with per-recipient amounts and shares."""
    return subsidy_rows(data).frame()


def subsidy_rows(data: pd.DataFrame | Figures) -> TableRows:
    """The rows of ``build_subsidies``."""
    rows: list[dict] = []
    for group in by_sentence(as_figures(data)).values():
        for fig in group:
            if (fig.unit != "元" or fig.value is None or fig.role != "actual" or fig.kind == "threshold"
                    or is_output_value(fig, group) or FROM_START.match(fig.sentence, fig.rel_end)):
                continue  # (由每人每年380元提高到420元: a standard being raised, no money paid)
            name = programme_name(fig, group)
            prog = match_programme(name)
            if prog is None or any(w in name for w in words()["not_a_payment_words"]):
                continue
            rec = find_recipients(fig, group)
            zh, en = GROUPS.get(prog.group, (prog.group, prog.group))
            rows.append({
                "programme": name, "programme_en": prog.en, "keyword": prog.keyword, "group": prog.group,
                "group_zh": zh, "group_en": en, "amount_yuan": fig.value, "qualifier": fig.qualifier,
                "text": fig.text, "role": fig.role, "year": fig.year, "recipients": rec.value if rec else None,
                "recipient_unit": rec.unit if rec else "", "recipients_text": rec.text if rec else "",
                "per_recipient_yuan": ratio(fig.value, rec.value, 2) if rec else None,
                "id": fig.id, "start": fig.start, "end": fig.end,
                "recipients_id": rec.id if rec else None, "recipients_start": rec.start if rec else None,
                "recipients_end": rec.end if rec else None, "sentence": fig.sentence,
                "sentence_start": fig.sentence_start, "sentence_end": fig.sentence_end,
                "section": fig.section,
            })
    add_group_shares(rows)
    return TableRows(rows, COLUMNS, ["id", "year", "start", "end", "recipients_id", "recipients_start",
                                           "recipients_end", "sentence_start", "sentence_end"])


def add_group_shares(rows: list[dict]) -> None:
    """Each payment's share of its group's total (a loan group is totalled apart from grants),
    set on its row."""
    keys = [(r["group"], r["role"] or "", r["year"]) for r in rows]  # a group within one role and year
    totals: dict[tuple, Decimal] = {}
    for k, r in zip(keys, rows):
        totals[k] = totals.get(k, Decimal(0)) + r["amount_yuan"]
    for k, r in zip(keys, rows):
        r.update(group_total_yuan=totals[k], share_of_group=ratio(r["amount_yuan"], totals[k]))


def group_totals(table: pd.DataFrame) -> pd.DataFrame:
    """Total and number of programmes per group, largest first (a chart's input)."""
    import pandas as pd

    cols = ["group", "group_zh", "group_en", "programmes", "total_yuan"]
    if table.empty:
        return pd.DataFrame(columns=cols)
    if "year" in table.columns and table["year"].nunique() > 1:  # one year only: the most stated, latest on a tie
        counts = table["year"].value_counts()
        table = table[table["year"] == max(counts[counts == counts.max()].index)]
    rows = [{"group": g, "group_zh": sub["group_zh"].iloc[0], "group_en": sub["group_en"].iloc[0],
             "programmes": len(sub), "total_yuan": sum(sub["amount_yuan"], Decimal(0))}
            for g, sub in table.groupby("group", sort=True)]
    return pd.DataFrame(rows, columns=cols).sort_values(["total_yuan", "group"], ascending=[False, True],
                                                        ignore_index=True)


__all__ = ["COLUMNS", "GROUPS", "build_subsidies", "group_totals", "match_programme"]
