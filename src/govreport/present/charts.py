"""Charts for the notebooks and briefings: Chinese or English labels, fixed sizes, no surprises.

Chinese text renders with Noto Sans CJK SC, the font shipped inside the pip package
``mplfonts`` (registered with matplotlib here; no system fonts, no ``mplfonts init``).
Every chart has a title and axis labels with units, all looked up in the glossary by their
Chinese text, so a label is written once. Figures are plain ``matplotlib.figure.Figure``
objects (not pyplot state): a notebook cell that ends with one shows it exactly once.
"""
from __future__ import annotations

import importlib.util
import io
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Sequence

import matplotlib
from matplotlib import font_manager
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import StrMethodFormatter

import pandas as pd

from govreport.present.phrases import check_lang
from govreport.present.display import code_name, format_number, has_cjk, header, name_in, split_unit, term
from govreport.extract.numerals import to_decimal

FONT_FILE = "NotoSansCJKsc-Regular.otf"
WIDE = (8.0, 4.5)  # inches; every chart has a fixed size so images are stable
DPI = 100
THOUSANDS = StrMethodFormatter("{x:,.0f}")
PALETTE = ("#1f5a96", "#c0504d", "#9bbb59", "#8064a2", "#4bacc6", "#f79646", "#7f7f7f", "#2c8c74")


@cache
def cjk_font_path() -> Path:
    """Where pip put the Noto Sans CJK SC font (inside the mplfonts package, not imported)."""
    spec = importlib.util.find_spec("mplfonts")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the mplfonts package is not installed; run `make` to set up .venv")
    path = Path(next(iter(spec.submodule_search_locations))) / "fonts" / FONT_FILE
    if not path.is_file():
        raise RuntimeError(f"mplfonts does not ship {FONT_FILE}")
    return path


@cache
def use_cjk_font() -> str:
    """Register the CJK font with matplotlib and make it the default; returns its family name.

    Also turns off the Unicode minus sign, which the CJK font lacks (it would warn and draw a box).
    """
    path = cjk_font_path()
    font_manager.fontManager.addfont(str(path))
    name = font_manager.FontProperties(fname=str(path)).get_name()
    matplotlib.rcParams["font.family"] = "sans-serif"
    matplotlib.rcParams["font.sans-serif"] = [name, *[f for f in matplotlib.rcParams["font.sans-serif"] if f != name]]
    matplotlib.rcParams["axes.unicode_minus"] = False
    matplotlib.rcParams["svg.hashsalt"] = "govreport"
    return name


class Chart(Figure):
    """A Figure that shows itself in a notebook as a PNG, byte-identical from run to run.

    pyplot is never imported, so there is no global figure state and no inline-backend
    formatter; the PNG carries only a fixed ``Software`` tag, no timestamps.
    """

    def png(self) -> bytes:
        buf = io.BytesIO()
        self.savefig(buf, format="png", dpi=DPI, bbox_inches="tight", pad_inches=0.15, metadata={"Software": "govreport"})
        return buf.getvalue()

    def _repr_png_(self) -> bytes:
        return self.png()

    def __repr__(self) -> str:
        title = self.axes[0].get_title() if self.axes else ""
        return f"<Chart: {title}>"


class Nothing:
    """What a chart function returns for an empty table: a sentence saying so, not an empty plot."""

    def __init__(self, text: str) -> None:
        self.text = text

    def _repr_markdown_(self) -> str:
        return f"*{self.text}*"

    def __repr__(self) -> str:
        return self.text


def _nothing(lang: str) -> Nothing:
    from govreport.present.phrases import empty

    return Nothing(empty(lang))


def new_figure(size: tuple[float, float] = WIDE) -> Chart:
    """A chart of fixed size and resolution with the CJK font in effect."""
    use_cjk_font()
    return Chart(figsize=size, dpi=DPI, layout="constrained")


def axis_label(label: str, unit: str, lang: str) -> str:
    """``产值(万元)`` / ``Output value (10,000 yuan)`` — bilingual charts use English axes."""
    return header(label, unit, _chart_lang(lang))


def chart_title(title: str, lang: str, place: str = "") -> str:
    """The chart title, optionally prefixed by the place it is about (kept as written)."""
    text = term(title, "en" if lang == "bi" else lang)
    if not place:
        return text
    return f"{place}：{text}" if lang == "zh" else f"{place}: {text}"


def _scaled(values: Sequence[object], unit: str) -> list[float]:
    factor = split_unit(unit)[0]
    out = []
    for v in values:
        d = to_decimal(v)
        out.append(float(d / factor) if d is not None else 0.0)
    return out


def _value_text(v: float, decimals: int) -> str:
    return format_number(Decimal(repr(v)), decimals)


def barh(
    labels: Sequence[str],
    values: Sequence[object],
    *,
    title: str,
    value_label: str,
    unit: str,
    lang: str = "zh",
    place: str = "",
    colors: Sequence[str] | None = None,
    decimals: int = 0,
    note: str = "",
    legend: Sequence[tuple[str, str]] = (),
    reference: float | None = None,
    log_spread: float = 0.0,
    size: tuple[float, float] = WIDE,
) -> Chart:
    """Horizontal bars in the order given (first at the top), each annotated with its value.

    ``values`` are in the base unit of ``unit`` (元 for 万元) and are scaled for display.
    ``labels`` are shown as given: translate them before calling if they are data.
    """
    check_lang(lang)
    fig = new_figure(size)
    ax = fig.add_subplot()
    scaled = _scaled(values, unit)
    ys = list(range(len(labels)))[::-1]
    ax.barh(ys, scaled, color=list(colors) if colors else PALETTE[0], height=0.6)
    ax.set_yticks(ys, labels=list(labels))
    top = max(scaled, default=0.0) or 1.0
    positive = [v for v in scaled if v > 0]
    log = bool(log_spread and positive and top / min(positive) > log_spread)
    for y, v in zip(ys, scaled):
        ax.text(v * 1.08 if log else v + top * 0.01, y, _value_text(v, decimals), va="center", fontsize=9)
    if log:  # one outlier would flatten every other bar: a log axis keeps them all readable
        ax.set_xscale("log")
        ax.set_xlim(min(positive) / 2, top * 3)
    else:
        ax.set_xlim(0, top * 1.15)
        ax.xaxis.set_major_formatter(THOUSANDS if top >= 10 else StrMethodFormatter("{x:,.1f}"))
    ax.set_xlabel(axis_label(value_label, unit, lang))
    ax.set_title(chart_title(title, lang, place))
    ax.spines[["top", "right"]].set_visible(False)
    if reference is not None:
        ax.axvline(reference, color="#333333", linewidth=0.8, linestyle="--")
    if legend:
        handles = [Patch(facecolor=color, label=label) for label, color in legend]
        ax.legend(handles=handles, loc="lower right", frameon=False, fontsize=8)
    if note:
        fig.supxlabel(note, fontsize=8, ha="left", x=0.01, color="#555555")
    return fig


def paired_barh(
    labels: Sequence[str],
    before: Sequence[object],
    after: Sequence[object],
    *,
    title: str,
    value_label: str,
    unit: str,
    before_label: str,
    after_label: str,
    lang: str = "zh",
    place: str = "",
    decimals: int = 0,
    size: tuple[float, float] = WIDE,
) -> Chart:
    """Two bars per row (e.g. baseline and target), first row at the top; blanks draw no bar."""
    check_lang(lang)
    fig = new_figure(size)
    ax = fig.add_subplot()
    b, a = _scaled(before, unit), _scaled(after, unit)
    has_b = [to_decimal(v) is not None for v in before]
    ys = list(range(len(labels)))[::-1]
    h = 0.38
    ax.barh([y + h / 2 for y in ys], b, height=h, color=PALETTE[6], label=term(before_label, "en" if lang == "bi" else lang))
    ax.barh([y - h / 2 for y in ys], a, height=h, color=PALETTE[0], label=term(after_label, "en" if lang == "bi" else lang))
    top = max([*b, *a], default=0.0) or 1.0
    for y, vb, va, ok in zip(ys, b, a, has_b):
        if ok:
            ax.text(vb + top * 0.01, y + h / 2, _value_text(vb, decimals), va="center", fontsize=8)
        ax.text(va + top * 0.01, y - h / 2, _value_text(va, decimals), va="center", fontsize=8)
    ax.set_yticks(ys, labels=list(labels))
    ax.set_xlim(0, top * 1.18)
    ax.xaxis.set_major_formatter(THOUSANDS)
    ax.set_xlabel(axis_label(value_label, unit, lang))
    ax.set_title(chart_title(title, lang, place))
    ax.legend(loc="lower right", frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def stacked_share(
    labels: Sequence[str],
    shares: Sequence[object],
    *,
    title: str,
    lang: str = "zh",
    place: str = "",
    size: tuple[float, float] = (8.0, 2.2),
) -> Chart:
    """One 100% bar split into parts (e.g. the text's attention by section), labelled in place."""
    check_lang(lang)
    fig = new_figure(size)
    ax = fig.add_subplot()
    values = _scaled(shares, "")
    total = sum(values) or 1.0
    left = 0.0
    for i, (label, v) in enumerate(zip(labels, values)):
        pct = 100 * v / total
        ax.barh([0], [pct], left=left, color=PALETTE[i % len(PALETTE)], edgecolor="white", height=0.6)
        if pct >= 6:
            ax.text(left + pct / 2, 0, f"{label}\n{pct:.0f}%", ha="center", va="center", fontsize=8, color="white")
        left += pct
    ax.set_xlim(0, 100)
    ax.set_yticks([])
    ax.set_xlabel(axis_label("占全文比重", "%", lang))
    ax.set_title(chart_title(title, lang, place))
    ax.spines[["top", "right", "left"]].set_visible(False)
    return fig


# --- charts of the analysis tables (each takes the table as built by govreport.tables) ----

def _names(df: pd.DataFrame, zh_col: str, en_col: str, lang: str, width: int = 18) -> list[str]:
    """Row labels in the chart's language (bilingual charts use English), shortened to ``width``."""
    one = _chart_lang(lang)
    en = df[en_col] if en_col in df.columns else [""] * len(df)
    names = [name_in(z, e, one) for z, e in zip(df[zh_col], en)]
    limits = [width if has_cjk(n) else int(width * 2.4) for n in names]  # Latin letters are narrower
    return [n if len(n) <= k else n[: k - 1] + "…" for n, k in zip(names, limits)]


def _money_unit(values: Sequence[object]) -> str:
    """亿元 when the largest amount reaches 10亿元, else 万元 (one unit per chart)."""
    top = max((abs(d) for d in map(to_decimal, values) if d is not None), default=Decimal(0))
    return "亿元" if top >= Decimal("1e9") else "万元"


MAX_BARS = 15  # a chart shows at most this many rows; the table beside it has them all


def _top(df: pd.DataFrame, lang: str) -> tuple[pd.DataFrame, str]:
    """The first MAX_BARS rows of an already sorted table, and a note when rows were left out."""
    if len(df) <= MAX_BARS:
        return df, ""
    from govreport.present.phrases import say

    return df.head(MAX_BARS), say("chart_top", _chart_lang(lang), k=MAX_BARS, n=len(df))


def _height(rows: int) -> tuple[float, float]:
    return (WIDE[0], min(9.0, 1.6 + 0.42 * max(rows, 1)))


def sector_output_chart(sector_output: pd.DataFrame, lang: str = "zh", place: str = "") -> Chart | Nothing:
    """Output value by sector, largest first; sub-sectors (inside a listed parent) drawn lighter."""
    if sector_output.empty:
        return _nothing(lang)
    df = sector_output.assign(_v=[to_decimal(v) or Decimal(0) for v in sector_output["value_yuan"]])
    df = df.sort_values(["_v", "start"], ascending=[False, True], kind="stable")
    listed = set(df["sector"])
    df, note = _top(df, lang)
    nested = [bool(p) and p in listed for p in df["parent"].fillna("")]
    colors = [PALETTE[4] if n else PALETTE[0] for n in nested]
    legend = []  # a legend only when there are two kinds of bar to tell apart
    if any(nested):
        legend = [(term("一级产业", _chart_lang(lang)), PALETTE[0]),
                  (term("所属产业已列出的子产业", _chart_lang(lang)), PALETTE[4])]
    unit = _money_unit(df["value_yuan"])
    return barh(_names(df, "sector_zh", "sector_en", lang), list(df["_v"]), title="各产业产值",
                value_label="产值", unit=unit, lang=lang, place=place, colors=colors, legend=legend,
                decimals=2 if unit == "亿元" else 0, note=note, size=_height(len(df)))


def subsidy_chart(subsidies: pd.DataFrame, lang: str = "zh", place: str = "") -> Chart | Nothing:
    """Every support fund, grouped (largest group first) and coloured by its group."""
    if subsidies.empty:
        return _nothing(lang)
    df = subsidies.assign(_v=[to_decimal(v) or Decimal(0) for v in subsidies["amount_yuan"]])
    group_total = df.groupby("group")["_v"].transform("sum")
    df = df.assign(_g=group_total).sort_values(["_g", "group", "_v", "start"], ascending=[False, True, False, True], kind="stable")
    df, note = _top(df, lang)
    groups = list(dict.fromkeys(df["group"]))
    color_of = {g: PALETTE[i % len(PALETTE)] for i, g in enumerate(groups)}
    first = df.drop_duplicates("group")
    legend = [(n, color_of[g]) for n, g in zip(_names(first, "group_zh", "group_en", lang, 30), first["group"])]
    if len(legend) < 2:  # one group: the title says it all, and a legend would sit on the only bar
        legend = []
    unit = _money_unit(df["amount_yuan"])
    return barh(_names(df, "programme", "programme_en", lang), list(df["_v"]), title="各项补贴和帮扶资金",
                value_label="金额", unit=unit, lang=lang, place=place, colors=[color_of[g] for g in df["group"]],
                legend=legend, decimals=2 if unit == "亿元" else 0, note=note, size=_height(len(df)))


FEASIBILITY_COLORS = {"met_already": PALETTE[2], "below_last_year": PALETTE[7], "modest": PALETTE[4],
                      "stretch": PALETTE[5], "very_stretch": PALETTE[1], "no_baseline": PALETTE[6]}


def target_ratio_chart(targets: pd.DataFrame, lang: str = "zh", place: str = "") -> Chart | Nothing:
    """Each target divided by its baseline (1 = no change), coloured by the feasibility class."""
    rates = {"%", "百分点", "个百分点"}  # rates are judged in percentage points, not as ratios
    df = targets[[to_decimal(r) is not None and u not in rates for r, u in zip(targets["ratio"], targets["unit"])]]
    if df.empty:
        return _nothing(lang)
    df = df.assign(_r=[to_decimal(r) for r in df["ratio"]]).sort_values(["_r", "start"], ascending=[False, True], kind="stable")
    df, note = _top(df, lang)
    present = [f for f in FEASIBILITY_COLORS if f in set(df["feasibility"])]
    legend = [(code_name("feasibility", f, _chart_lang(lang)), FEASIBILITY_COLORS[f]) for f in present]
    return barh(_names(df, "indicator", "indicator_en", lang), list(df["_r"]), title="目标相对基数的倍数",
                value_label="目标/基数", unit="倍", lang=lang, place=place,
                colors=[FEASIBILITY_COLORS.get(f, PALETTE[6]) for f in df["feasibility"]],
                legend=legend, reference=1.0, decimals=2, note=note, log_spread=20.0, size=_height(len(df)))


def attention_chart(sections: pd.DataFrame, lang: str = "zh", place: str = "") -> Chart | Nothing:
    """The share of the report's characters under each heading, in the report's order."""
    if sections.empty:
        return _nothing(lang)
    df = sections.sort_values("order", kind="stable")
    note = ""
    if len(df) > MAX_BARS:  # keep the report's order; show the longest sections only
        from govreport.present.phrases import say

        note = say("chart_top", _chart_lang(lang), k=MAX_BARS, n=len(df))
        df = df.sort_values(["characters", "order"], ascending=[False, True], kind="stable").head(MAX_BARS).sort_values("order")
    colors = [PALETTE[{"review": 0, "plan": 5}.get(p, 6)] for p in df["part"]]
    parts = [p for p in ("review", "plan", "header") if p in set(df["part"])]
    legend = [(code_name("part", p, _chart_lang(lang)), PALETTE[{"review": 0, "plan": 5}.get(p, 6)]) for p in parts]
    shares = [(to_decimal(v) or Decimal(0)) * 100 for v in df["share"]]  # (every part has its share)
    return barh([str(t)[:18] + ("…" if len(str(t)) > 18 else "") for t in df["title"]], shares,
                title="各部分篇幅", value_label="占全文比重", unit="%", lang=lang, place=place,
                colors=colors, legend=legend, decimals=1, note=note, size=_height(len(df)))


def category_chart(by_category: pd.DataFrame, lang: str = "zh", place: str = "") -> Chart | Nothing:
    """How many figures each theme has, review-year actuals and plan-year targets stacked."""
    if by_category.empty:
        return _nothing(lang)
    check_lang(lang)
    fig = new_figure(_height(len(by_category)))
    ax = fig.add_subplot()
    ys = list(range(len(by_category)))[::-1]
    actual = [int(v) for v in by_category["actual"]]
    target = [int(v) for v in by_category["target"]]
    chart_lang = _chart_lang(lang)
    ax.barh(ys, actual, color=PALETTE[0], height=0.6, label=code_name("role", "actual", chart_lang))
    ax.barh(ys, target, left=actual, color=PALETTE[5], height=0.6, label=code_name("role", "target", chart_lang))
    ax.set_yticks(ys, labels=[code_name("category", c, chart_lang) for c in by_category["category"]])
    ax.xaxis.set_major_formatter(THOUSANDS)
    ax.set_xlabel(axis_label("数字个数", "个", lang))
    ax.set_title(chart_title("各类别的数字个数", lang, place))
    ax.legend(loc="lower right", frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def _chart_lang(lang: str) -> str:
    return "en" if lang == "bi" else lang
