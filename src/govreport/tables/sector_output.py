"""Sector output values (产值), each with the sector's other figures and its shares of a total.

A figure is a sector output when it is money (unit 元) and the words just before it end in
an output keyword (产值 / 总产值 …, optionally followed by 达/突破/实现 …). The sector is the
nearest sector keyword before it in the sentence (``data/tables_sectors.csv``).

Sector values may overlap (tobacco and vegetables are crops, so probably inside the crop
figure). Instead of one silent sum, the table gives two views, documented in
docs/assumptions.md#overlapping-sector-values:

* ``share_as_listed`` — of the sum of every sector listed (double counts possible);
* ``share_nested`` — of the sum of the top-level sectors only (a sector whose parent is also
  listed is left out of that total and shown as ``share_of_parent`` instead).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING

from govreport.lexicon import read_rows, unit_factor
from govreport.tables.figures import (Figure, Figures, as_figures, by_sentence, ratio, segment_before, strip_words,
                                      words)
from govreport.extract.numerals import is_blank
from govreport.tables.table_rows import TableRows

if TYPE_CHECKING:  # frames are made on demand: corpus workers never import pandas
    import pandas as pd

COLUMNS = [
    "sector", "sector_zh", "sector_en", "parent", "label", "value_yuan", "qualifier", "text", "role", "year",
    "id", "start", "end", "sentence", "sentence_start", "sentence_end",
    "area_mu", "area_text", "area_start", "area_end",
    "quantity", "quantity_unit", "quantity_text", "quantity_start", "quantity_end",
    "average_price_yuan", "price_text", "price_start", "price_end",
    "head_counts", "other_figures", "yuan_per_mu",
    "share_of_stated_total", "share_as_listed", "in_nested_total", "share_nested", "share_of_parent",
]


@dataclass(frozen=True)
class Sector:
    key: str
    zh: str
    en: str
    parent: str
    is_total: bool
    keywords: tuple[str, ...]


@cache
def sectors() -> list[Sector]:
    """The sector lexicon (``data/tables_sectors.csv``)."""
    return [Sector(r["sector"], r["zh"], r["en"], r["parent"], r["is_total"] == "1",
                   tuple(k for k in r["keywords"].split("|") if k)) for r in read_rows("tables_sectors.csv")]


def is_output_value(fig: Figure, others: list[Figure]) -> bool:
    """Money whose words just before end in 产值 (after dropping 达/突破/实现 …)."""
    if fig.unit != "元" or fig.value is None:
        return False
    w = words()
    if all(w["output_keywords"]) and not any(k[-1] in fig.before for k in w["output_keywords"]):
        return False  # the words before it hold no keyword's last character (值): no need to cut them out
    before = strip_words(segment_before(fig, others), [], w["output_fillers"])
    return any(before.endswith(k) for k in w["output_keywords"])


def find_sector(text: str) -> tuple[Sector | None, int]:
    """The sector whose keyword occurs last in ``text`` (longest keyword on ties), and where."""
    best: tuple[int, int, Sector] | None = None
    for sector in sectors():
        for k in sector.keywords:
            pos = text.rfind(k)
            if pos >= 0:
                cand = (pos + len(k), len(k), sector)
                if best is None or cand[:2] > best[:2]:
                    best = cand
    return (best[2], best[0]) if best else (None, -1)


def sector_of(fig: Figure, group: list[Figure], window_start: int) -> Sector | None:
    """The sector an output value belongs to.

    Its own clause first (畜牧业总产值达4.68亿元); if that clause names something with no
    sector keyword (“八大特色产业”实现综合产值), the sector is unknown rather than borrowed from
    an earlier clause; if it names nothing (实现产值5.01亿元), look back to the sentence's
    earlier clauses (播种农作物12.97万亩,…), but not past the previous output value.
    """
    own = _label(fig, group)
    core = _core_label(own)
    for modifier in words()["output_modifiers"]:  # 实现全产业链产值: how wide the value is, no sector named
        core = core.replace(modifier, "")
    sector, _ = find_sector(own)
    if sector is not None or len(core) >= 2:
        return sector
    window_text = fig.sentence[max(window_start - fig.sentence_start, 0): max(fig.rel_start, 0)]
    return find_sector(window_text)[0]


def _core_label(label: str) -> str:
    """The name in an output label: '“八大特色产业”实现综合产值' -> '八大特色产业'."""
    w = words()
    for k in sorted(w["output_keywords"], key=len, reverse=True):
        if label.endswith(k):
            label = label[: -len(k)]
            break
    return strip_words(label.strip("“”\"'"), w["name_strip_prefix"], w["output_fillers"]).strip("“”\"'")


def _label(fig: Figure, others: list[Figure]) -> str:
    """The words naming the output value, e.g. '畜牧业总产值' or '实现产值'."""
    return strip_words(segment_before(fig, others), words()["name_strip_prefix"], words()["output_fillers"])


def build_sector_output(data: pd.DataFrame | Figures) -> pd.DataFrame:
    """One row per stated sector output value, with the sector's other figures and shares."""
    return sector_output_rows(data).frame()


def sector_output_rows(data: pd.DataFrame | Figures) -> TableRows:
    """The rows of ``build_sector_output``."""
    figs = as_figures(data)
    rows: list[dict] = []
    for group in by_sentence(figs).values():
        outputs = [f for f in group if is_output_value(f, group)]
        for k, fig in enumerate(outputs):
            lo = outputs[k - 1].end if k else fig.sentence_start
            hi = outputs[k + 1].start if k + 1 < len(outputs) else fig.sentence_end
            sector = sector_of(fig, group, lo)
            neighbours = [f for f in group if f is not fig and lo <= f.start and f.end <= hi]
            rows.append(_row(fig, sector, neighbours, group))
    add_shares(rows)
    return TableRows(rows, COLUMNS, [c for c in COLUMNS if c in ("id", "year") or c.endswith(("start", "end"))])


def _row(fig: Figure, sector: Sector | None, neighbours: list[Figure], group: list[Figure]) -> dict:
    label = _label(fig, group)
    row: dict[str, object] = {c: None for c in COLUMNS}
    row.update(
        sector=sector.key if sector else "other", sector_zh=sector.zh if sector else (_core_label(label) or label),
        sector_en=sector.en if sector else "", parent=sector.parent if sector else "",
        label=label, value_yuan=fig.value, qualifier=fig.qualifier, text=fig.text, role=fig.role, year=fig.year,
        id=fig.id,
        start=fig.start, end=fig.end, sentence=fig.sentence,
        sentence_start=fig.sentence_start, sentence_end=fig.sentence_end,
    )
    price = next((f for f in neighbours if f.unit == "元" and f.value is not None and f.kind != "threshold" and any(
        segment_before(f, group).endswith(p) or p in segment_before(f, group) for p in words()["price_words"])), None)
    # areas in 亩 and masses in 公斤 by data/units.csv (1 公顷 = 15 亩: docs/assumptions.md#mu)
    areas = [f for f in neighbours if unit_factor(f.unit, "亩") is not None and f.value is not None]
    masses = [f for f in neighbours if unit_factor(f.unit, "公斤") is not None and f.value is not None]
    heads = [f for f in neighbours if f.unit in words()["head_units"]]
    if areas:
        a = areas[0]
        factor = unit_factor(a.unit, "亩")
        assert a.value is not None and factor is not None  # as the areas were chosen
        mu = a.value * factor
        # 林下经济利用森林面积达420万亩，实现全产业链产值60亿元: a chain's value on a forest used, no output per mu
        whole = any(w in label or w in segment_before(a, group) for w in words()["per_area_vetoes"])
        row.update(area_mu=mu, area_text=a.text, area_start=a.start, area_end=a.end,
                   yuan_per_mu=None if whole else ratio(fig.value, mu, 2))
    if masses:
        # With a price, the quantity it applies to is the one nearest before the output value;
        # without one, the first quantity stated (usually the sector's total output).
        m = max((f for f in masses if f.start < fig.start), default=masses[0], key=lambda f: f.start) \
            if price is not None else masses[0]
        row.update(quantity=m.value, quantity_unit=m.unit, quantity_text=m.text,
                   quantity_start=m.start, quantity_end=m.end)
    if price is not None:
        row.update(average_price_yuan=price.value, price_text=price.text, price_start=price.start,
                   price_end=price.end)
    used = {id(x) for x in [price, *areas[:1], *heads]} | ({id(m)} if masses else set())
    row["head_counts"] = "; ".join(f"{segment_before(f, group)}{f.text}" for f in heads)
    row["other_figures"] = "; ".join(f"{segment_before(f, group)}{f.text}" for f in neighbours
                                     if id(f) not in used and f.role not in ("meta", "label"))
    return row


def _partitions(table: pd.DataFrame) -> list[pd.Index]:
    """Row labels of each (role, year): last year's values and next year's targets are never
    added up or shared together. Actuals first, then by year."""
    if table.empty or "role" not in table.columns:
        return [table.index]
    return [table.index[rows] for rows in _partition_rows(table["role"].fillna("").tolist(), table["year"].tolist())]


def _partition_rows(roles: list[str], years: list) -> list[list[int]]:
    """The positions of the rows of each (role, year), in the order of ``_partitions``."""
    keys = list(zip(roles, [-1 if is_blank(y) else int(y) for y in years]))
    order = sorted(set(keys), key=lambda k: (k[0] != "actual", k[1], k[0]))
    return [[i for i, k in enumerate(keys) if k == key] for key in order]


def main_partition(table: pd.DataFrame) -> pd.DataFrame:
    """The rows of the first (role, year): the review year's actuals when there are any."""
    parts = _partitions(table)
    return table.loc[parts[0]] if parts else table


def add_shares(rows: list[dict]) -> None:
    """Shares of a stated total and the two overlap views, within each (role, year), set on
    each row (on the rows, before they become a frame: pandas costs more than the sums)."""
    for positions in _partition_rows([r["role"] or "" for r in rows], [r["year"] for r in rows]):
        _add_shares([rows[i] for i in positions])


def _add_shares(rows: list[dict]) -> None:
    """Shares of a stated total (if the report gives one) and the two overlap views."""
    total_keys = {s.key for s in sectors() if s.is_total}
    is_total = [r["sector"] in total_keys for r in rows]
    stated_total = next((r["value_yuan"] for r, t in zip(rows, is_total) if t), None)
    parts = [r for r, t in zip(rows, is_total) if not t]
    listed = {r["sector"] for r in parts}
    as_listed = sum((r["value_yuan"] for r in parts), Decimal(0))
    nested = sum((r["value_yuan"] for r in parts if r["parent"] not in listed), Decimal(0))
    parent_value = {r["sector"]: r["value_yuan"] for r in parts if r["sector"]}
    for r, t in zip(rows, is_total):
        v, p = r["value_yuan"], r["parent"]
        in_nested = (not t) and (p not in listed)
        r.update(share_of_stated_total=None if t else ratio(v, stated_total),
                 share_as_listed=None if t else ratio(v, as_listed), in_nested_total=in_nested,
                 share_nested=ratio(v, nested) if in_nested else None,
                 share_of_parent=ratio(v, parent_value.get(p)) if p in listed else None)


def sector_totals(table: pd.DataFrame) -> pd.DataFrame:
    """The totals behind the two views, with 'at_least' when a member is a lower bound (突破…),
    for the review year's actuals (or, without any, the first role and year stated)."""
    import pandas as pd

    cols = ["view", "total_yuan", "qualifier", "members", "note"]
    if table.empty:
        return pd.DataFrame(columns=cols)
    table = main_partition(table)  # one role and year: never a sum across them
    total_keys = {s.key for s in sectors() if s.is_total}
    parts = table[~table["sector"].isin(total_keys)]
    rows = []
    for view, members, note in (
        ("as_listed", parts, "every listed sector; overlapping values are counted twice"),
        ("nested", parts[parts["in_nested_total"]], "top-level sectors only; sub-sectors stay inside their parent"),
    ):
        lower = any(q in ("more_than", "at_least") for q in members["qualifier"])
        rows.append({"view": view, "total_yuan": sum(members["value_yuan"], Decimal(0)),
                     "qualifier": "at_least" if lower else "", "members": "、".join(members["sector_zh"]),
                     "note": note})
    stated = table[table["sector"].isin(total_keys)]
    for r in stated.itertuples():
        rows.append({"view": "stated", "total_yuan": r.value_yuan, "qualifier": r.qualifier,
                     "members": r.sector_zh, "note": f"stated in the report: {r.label}{r.text}"})
    return pd.DataFrame(rows, columns=cols)


__all__ = ["COLUMNS", "build_sector_output", "sector_totals", "find_sector", "is_output_value"]
