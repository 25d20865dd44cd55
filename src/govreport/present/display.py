"""Bilingual tables in the statistical-yearbook convention, for notebooks and HTML briefings.

A column header carries its label and its one unit, in Chinese, English or both:
``产值(万元) Output value (10,000 yuan)``. Numbers are right-aligned with thousands separators
and a fixed number of decimals per column; values stay exact (``Decimal``) until they are
formatted here. English labels come from ``data/labels.csv`` and the glossary; English unit
names from ``data/units.csv``; scale words (万 = "10,000", 亿 = "100 million" in headers,
"million"/"billion" in prose) from ``data/display_scales.csv``.

>>> t = yearbook_table(df, {"sector": Col("产业"), "value": Col("产值", "万元")}, lang="bi")
>>> t  # renders as HTML in a notebook, as aligned text elsewhere
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from typing import Any, Mapping

import pandas as pd

from govreport.lexicon import read_rows, units
from govreport.glossaries import label_glossary
from govreport.present.phrases import check_lang, empty
from govreport.extract.numerals import scale_prefix, to_decimal

MISSING = "—"


@cache
def _unit_names() -> dict[str, str]:
    return {unit: row["en"] for unit, row in units().items()}


@cache
def _unscaled_units() -> frozenset[str]:
    """Units that never take a 万/亿 prefix in prose: percentages, points, ratios."""
    kinds = {"percent", "permille", "points", "ratio"}
    return frozenset(unit for unit, row in units().items() if row["kind"] in kinds)


@cache
def codes() -> dict[tuple[str, str], tuple[str, str]]:
    """(field, code) → (zh, en) for coded values such as roles, qualifiers and verdicts."""
    return {(r["field"], r["code"]): (r["zh"], r["en"]) for r in read_rows("display_codes.csv")}


def code_name(field: str, code: object, lang: str = "zh") -> str:
    """``code_name("feasibility", "stretch", "en") == "stretch"``; unknown codes pass through."""
    check_lang(lang)
    text = "" if code is None or (not isinstance(code, str) and pd.isna(code)) else str(code)
    zh, en = codes().get((field, text), (text, text))
    return {"zh": zh, "en": en, "bi": zh if zh == en else f"{zh} {en}"}[lang]


@cache
def views() -> dict[str, dict[str, Col]]:
    """The column specifications of each named table view (``data/display_columns.csv``)."""
    out: dict[str, dict[str, Col]] = {}
    for r in read_rows("display_columns.csv"):
        out.setdefault(r["view"], {})[r["column"]] = Col(
            r["label"], r["unit"], decimals=int(r["decimals"]) if r["decimals"] else None,
            times=Decimal(r["times"] or 1), codes=r["column"] if r["values"] == "codes" else "",
            translate=r["values"] in ("glossary", "glossary_list"), en_column=r["en_column"],
            listed=r["values"] == "glossary_list")
    return out


@cache
def _scales() -> tuple[list[tuple[str, Decimal, str]], list[tuple[Decimal, str]]]:
    """(Chinese prefixes longest first, English prose scales largest first)."""
    prefixes, prose = [], []
    for row in read_rows("display_scales.csv"):
        factor = Decimal(row["factor"])
        if row["zh"]:
            prefixes.append((row["zh"], factor, row["en"]))
        else:
            prose.append((factor, row["en"]))
    prefixes.sort(key=lambda p: -len(p[0]))
    prose.sort(key=lambda p: -p[0])
    return prefixes, prose


CJK = re.compile(r"[\u2e80-\u2fff\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")


def has_cjk(text: object) -> bool:
    """True when ``text`` has any Chinese character or full-width punctuation."""
    return isinstance(text, str) and bool(CJK.search(text))


def name_in(zh: object, en: object, lang: str = "zh") -> str:
    """A name in the chosen language: its English only when that is whole English.

    A name whose English is blank or still holds Chinese words ("major projects 总投") is shown
    in Chinese as written, never mixed into an English sentence; ``lang="bi"`` gives both.
    """
    check_lang(lang)
    zh_text = _cell(zh)
    en_text = _cell(en).strip()
    if lang == "zh" or not en_text or has_cjk(en_text):
        return zh_text or en_text
    if lang == "en" or not zh_text or zh_text == en_text:
        return en_text
    return f"{zh_text} {en_text}"


def term(zh: str, lang: str = "zh") -> str:
    """A label in the chosen language; a term missing from the glossary stays in Chinese.

    ``term("产值", "en") == "Output value"``; ``lang="bi"`` gives ``"产值 Output value"``.
    """
    check_lang(lang)
    if lang == "zh" or not zh:
        return zh
    en = label_glossary().get(zh, zh)
    return en if lang == "en" else (zh if en == zh else f"{zh} {en}")


def split_unit(unit: str) -> tuple[Decimal, str, str]:
    """A display unit as (factor to divide base values by, base unit, English header name).

    ``split_unit("万元") == (Decimal(10000), "元", "10,000 yuan")``; ``split_unit("%")`` has factor 1.
    """
    names = _unit_names()
    if unit in names or not unit:
        return Decimal(1), unit, names.get(unit, unit)
    for prefix, factor, en in _scales()[0]:
        rest = unit[len(prefix):]
        if unit.startswith(prefix) and rest in names:
            return factor, rest, f"{en} {names[rest]}"
    return Decimal(1), unit, label_glossary().get(unit, unit)


COUNTERS = frozenset({"个", "字", "项", "次"})  # units an English header leaves out


def header_parts(label: str, unit: str = "", lang: str = "zh") -> tuple[str, ...]:
    """A column header's lines: ``("产值(万元)",)``, ``("Output value (10,000 yuan)",)`` or both."""
    check_lang(lang)
    zh = f"{label}({unit})" if unit else label
    en_label = label_glossary().get(label, label)
    en_label = en_label[:1].upper() + en_label[1:]
    unit_en = split_unit(unit)[2] if unit else ""
    # "Figures", not "Figures (items)": a count's unit adds nothing to an English header
    en = f"{en_label} ({unit_en})" if unit_en and unit not in COUNTERS else en_label
    if lang == "zh":
        return (zh,)
    if lang == "en":
        return (en,)
    return (zh,) if label_glossary().get(label, label) == label else (zh, en)


def header(label: str, unit: str = "", lang: str = "zh") -> str:
    """A column header: ``产值(万元)`` / ``Output value (10,000 yuan)`` / both, space-separated."""
    return " ".join(header_parts(label, unit, lang))


def format_number(value: Any, decimals: int = 0) -> str:
    """``1234567.891 -> '1,234,567.89'`` (half-up rounding); blanks become an em dash."""
    d = to_decimal(value)
    if d is None:
        return MISSING
    q = d.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    if q == 0:
        q = abs(q)  # no "-0.00"
    return f"{q:,.{decimals}f}"


def _decimals_needed(values: list[Decimal], cap: int) -> int:
    needed = 0
    for d in values:
        exp = d.normalize().as_tuple().exponent
        if isinstance(exp, int) and exp < 0:
            needed = max(needed, -exp)
    return min(needed, cap)


def _plain(d: Decimal) -> str:
    """Chinese prose writes figures as the report does: no separators, at most 4 decimals."""
    return format_number(d, _decimals_needed([d], 4)).replace(",", "")


def format_amount(value: Any, unit: str = "元", lang: str = "zh") -> str:
    """A figure for prose: ``50100000 元 -> '5010万元'`` / ``'50.1 million yuan'``.

    Chinese keeps the exact value with the largest 万/亿 prefix it reaches; English uses
    million/billion (亿元 is "billion yuan" in prose, never in a header) and two decimals at most.
    """
    check_lang(lang)
    d = to_decimal(value)
    if d is None:
        return MISSING
    scalable = unit not in _unscaled_units()
    value, prefix = scale_prefix(d, [(p, f) for p, f, _ in _scales()[0] if f >= 10000] if scalable else [])
    zh = f"{_plain(value)}{prefix}{unit}"
    unit_en = _unit_names().get(unit, unit)
    en_value, scale_word = d, ""
    for factor, word in _scales()[1]:
        if scalable and abs(d) >= factor:
            en_value, scale_word = d / factor, f" {word}"
            break
    sep = "" if unit_en in ("%", "‰") else " "
    en = f"{format_number(en_value, _decimals_needed([en_value], 2))}{scale_word}{sep}{unit_en}"
    return {"zh": zh, "en": en, "bi": zh if zh == en else f"{zh} ({en})"}[lang]


@dataclass(frozen=True)
class Col:
    """How one column is shown.

    ``label``: the Chinese label (English from the glossary). ``unit``: the display unit; numeric
    values are taken to be in its base unit and divided by its factor (元 → 万元 divides by
    10000). ``decimals``: fixed decimals, or None for as many as the column needs, at most
    ``max_decimals``. ``translate``: for text columns, look each cell up in the glossary in English.
    """

    label: str
    unit: str = ""
    decimals: int | None = None
    max_decimals: int = 2
    translate: bool = False
    numeric: bool | None = None  # None: decided from the values
    times: Decimal = Decimal(1)  # e.g. 100 to show a fraction as %
    codes: str = ""  # a field of data/display_codes.csv: show the code's zh/en name
    en_column: str = ""  # in English, take the cells from this column instead
    listed: bool = False  # a cell is a list joined by 、: translate each name


def _is_numeric(series: pd.Series) -> bool:
    seen = False
    for v in series:
        if isinstance(v, str) or isinstance(v, bool):
            return False
        d = to_decimal(v)
        if d is None:
            if v is None or (not isinstance(v, str) and pd.isna(v)):
                continue
            return False
        seen = True
    return seen


class Table:
    """A formatted table: HTML for notebooks and briefings, aligned text for ``repr``.

    Both renderings are deterministic (the table id is fixed by ``name``), so notebook outputs
    compare equal from run to run.
    """

    def __init__(self, frame: pd.DataFrame, numeric: list[str], name: str, caption: str = "",
                 header_lines: list[tuple[str, ...]] | None = None, empty_text: str = "") -> None:
        self.empty_text = empty_text or "(no rows)"
        self.frame = frame
        self.numeric = numeric
        self.name = name
        self.caption = caption
        self.header_lines = header_lines or [(str(c),) for c in frame.columns]

    @property
    def styler(self) -> "pd.io.formats.style.Styler":
        styler = self.frame.style.set_uuid(self.name).hide(axis="index").format(escape="html")
        styler = styler.relabel_index(["<br>".join(html.escape(x) for x in lines) for lines in self.header_lines], axis=1)
        right = [{"selector": "td, th", "props": "text-align: right; white-space: nowrap;"}]
        left = [{"selector": "td, th", "props": "text-align: left;"}]
        styles = {col: right if col in self.numeric else left for col in self.frame.columns}
        styler = styler.set_table_styles(styles, overwrite=False)
        styler = styler.set_table_styles(
            [{"selector": "th", "props": "vertical-align: bottom;"},
             {"selector": "caption", "props": "caption-side: top; text-align: left; font-weight: bold;"}],
            overwrite=False,
        )
        if self.caption:
            styler = styler.set_caption(html.escape(self.caption))
        return styler

    def to_html(self) -> str:
        return self.styler.to_html()

    def _repr_html_(self) -> str:
        if not len(self.frame):
            return f"<p><em>{html.escape(self.empty_text)}</em></p>"
        return self.to_html()

    def __repr__(self) -> str:
        text = self.frame.to_string(index=False) if len(self.frame) else self.empty_text
        return f"{self.caption}\n{text}" if self.caption else text

    def __len__(self) -> int:
        return len(self.frame)


def _cell(v: object) -> str:
    return "" if v is None or (not isinstance(v, str) and pd.isna(v)) else str(v)


def _text_cells(df: pd.DataFrame, series: pd.Series, col: Col, lang: str) -> list[str]:
    if col.codes:
        return [code_name(col.codes, v, lang) for v in series]
    zh = [_cell(v) for v in series]
    if col.translate and col.listed and lang != "zh":
        return [_translate_list(c, lang) for c in zh]
    if col.translate:
        return [term(c, lang) if c else c for c in zh]
    if not col.en_column or col.en_column not in df.columns or lang == "zh":
        return zh
    return [name_in(z, e, lang) for z, e in zip(zh, df[col.en_column])]


def _translate_list(cell: str, lang: str) -> str:
    """``农作物、蚕桑`` → ``crops, sericulture`` when every name has an English one, else as written."""
    names = [n for n in cell.split("、") if n]
    english = [term(n, "en") for n in names]
    if not names or any(has_cjk(e) for e in english):
        return cell
    return ", ".join(english) if lang == "en" else f"{cell} ({', '.join(english)})"


def show(df: pd.DataFrame, view: str, lang: str = "zh", *, caption: str = "", name: str = "") -> Table:
    """A table view defined in ``data/display_columns.csv``, e.g. ``show(tables["subsidies"], "subsidies")``."""
    if view not in views():
        raise KeyError(f"no table view {view!r} in display_columns.csv")
    table = yearbook_table(df, views()[view], lang=lang, name=name or view, caption=caption)
    table.empty_text = empty(lang)
    return table


def yearbook_table(
    df: pd.DataFrame,
    columns: Mapping[str, Col | str | tuple],
    *,
    lang: str = "zh",
    name: str = "table",
    caption: str = "",
) -> Table:
    """Show the chosen columns of ``df``, in order, under bilingual yearbook headers.

    ``columns`` maps a column of ``df`` to a ``Col`` (or a label, or ``(label, unit)``).
    Numbers are formatted exactly from their base unit; text is left as is (or translated).
    """
    check_lang(lang)
    out: dict[str, list[str]] = {}
    numeric: list[str] = []
    lines: list[tuple[str, ...]] = []
    for source, spec in columns.items():
        col = spec if isinstance(spec, Col) else Col(spec) if isinstance(spec, str) else Col(*spec)
        lines.append(header_parts(col.label, col.unit, lang))
        title = " ".join(lines[-1])
        series = df[source] if source in df.columns else pd.Series([None] * len(df), dtype=object)
        is_num = _is_numeric(series) if col.numeric is None else col.numeric
        if is_num:
            factor = split_unit(col.unit)[0]
            values = [to_decimal(v) for v in series]
            scaled = [None if v is None else v * col.times / factor for v in values]
            places = col.decimals if col.decimals is not None else _decimals_needed([v for v in scaled if v is not None], col.max_decimals)
            out[title] = [format_number(v, places) for v in scaled]
            numeric.append(title)
        else:
            out[title] = _text_cells(df, series, col, lang)
    frame = pd.DataFrame(out, columns=list(out), dtype=object)
    return Table(frame, numeric, name=name, caption=caption, header_lines=lines)
