"""Charts of the track record and the panel: targets against outcomes, gaps, attention shares.

Same conventions as :mod:`govreport.present.charts` (fixed sizes, the CJK font shipped by pip, labels
looked up in the display labels). seaborn draws the two distribution views — the outcomes'
spread around their targets and the heatmap of attention shares — on axes we create, so no
pyplot state is involved.
"""
from __future__ import annotations


import numpy as np
import pandas as pd

from govreport.present.charts import PALETTE, Chart, Nothing, _chart_lang, _nothing, chart_title, new_figure
from govreport.present.display import code_name, term
from govreport.present.phrases import check_lang
from govreport.extract.numerals import to_decimal

MET, MISSED = PALETTE[0], PALETTE[1]


def _f(v: object) -> float | None:
    """A table cell as a float for plotting (None for a blank)."""
    d = to_decimal(v)
    return None if d is None else float(d)


def target_outcome_chart(table: pd.DataFrame, keys: list[str], lang: str = "zh", place: str = "") -> Chart | Nothing:
    """One small panel per indicator: the target (range shaded, point marked) and the outcome by year.

    A filled dot is a target met, a hollow red one a target missed; a year without a dot had no
    outcome stated (or no target set).
    """
    check_lang(lang)
    rows = table[table.indicator_key.isin(keys) & table.target_value.notna()]
    keys = [k for k in keys if k in set(rows.indicator_key)]
    if not keys:
        return _nothing(lang)
    cols = min(3, len(keys))
    lines = (len(keys) + cols - 1) // cols
    fig = new_figure((3.2 * cols, 2.6 * lines + 0.6))
    axes = fig.subplots(lines, cols, squeeze=False)
    for ax, key in zip(axes.flat, keys):
        df = rows[rows.indicator_key == key]
        df = df[df.unit == df.unit.mode().iloc[0]].sort_values("year")  # one unit a panel (斤 and 吨 apart)
        years = df.year.astype(int).tolist()
        low = [_f(v) for v in df.target_low]
        high = [_f(v) for v in df.target_high]
        point = [_f(v) for v in df.target_value]
        unit = df.unit.iloc[0]
        scale, prefix = _scale([*point, *[_f(v) for v in df.outcome_value]], unit)
        for y, lo, hi, p in zip(years, low, high, point):
            if p is None:  # (a target row without a value: nothing to draw)
                continue
            if lo is not None and hi is not None and hi > lo:
                ax.fill_between([y - 0.35, y + 0.35], lo / scale, hi / scale, color=PALETTE[6], alpha=0.25, linewidth=0)
            ax.hlines(p / scale, y - 0.35, y + 0.35, color=PALETTE[6], linewidth=2)
        judged = df[df.outcome_value.notna()]
        for verdict, color, face in (("met", MET, MET), ("missed", MISSED, "white")):
            part = judged[judged.verdict == verdict]
            ax.scatter(part.year.astype(int), [(_f(v) or 0.0) / scale for v in part.outcome_value], s=28, color=face,
                       edgecolors=color, linewidths=1.5, zorder=3)
        suffix = prefix + unit
        ax.set_title(f"{name_of(key, df, lang)} ({suffix})" if suffix else name_of(key, df, lang), fontsize=9)
        ax.set_xticks(sorted(set(years)))
        ax.tick_params(axis="x", labelrotation=90, labelsize=7)
        ax.tick_params(axis="y", labelsize=7)
    for ax in list(axes.flat)[len(keys):]:
        ax.set_visible(False)
    fig.suptitle(chart_title("目标与实际", lang, place), fontsize=11)
    fig.legend(handles=_legend(lang), loc="outside lower center", ncols=3, fontsize=8, frameon=False)
    return fig


def _scale(values: list[float | None], unit: str) -> tuple[float, str]:
    """Divide by 亿 or 万 where the values are that large (1.3万亿斤 reads as 13000 亿斤)."""
    if unit in ("%", "个百分点"):
        return 1.0, ""
    top = max((abs(v) for v in values if v is not None), default=0.0)
    return (1e8, "亿") if top >= 1e8 else (1e4, "万") if top >= 1e4 else (1.0, "")


def _legend(lang: str) -> list:
    from matplotlib.lines import Line2D

    l = _chart_lang(lang)
    return [
        Line2D([], [], color=PALETTE[6], linewidth=2, label=term("目标", l)),
        Line2D([], [], marker="o", linestyle="", color=MET, label=code_name("verdict", "met", l)),
        Line2D([], [], marker="o", linestyle="", markerfacecolor="white", color=MISSED,
               label=code_name("verdict", "missed", l)),
    ]


def name_of(key: str, df: pd.DataFrame | None = None, lang: str = "zh") -> str:
    """An indicator's name for a label: the registry's in the chosen language, else the report's."""
    from govreport.lexicon import indicator_registry

    entry = indicator_registry().get(key)
    if entry is not None:
        return entry.name_en if _chart_lang(lang) == "en" else entry.name_zh
    return str(df.indicator.iloc[0]) if df is not None and len(df) else key


def gap_chart(table: pd.DataFrame, lang: str = "zh", place: str = "") -> Chart | Nothing:
    """Where outcomes land around their targets: relative gap (outcome − target) / target, by kind."""
    import seaborn as sns

    check_lang(lang)
    judged = table[table.gap_rel.notna()].copy()
    if judged.empty:
        return _nothing(lang)
    l = _chart_lang(lang)
    judged["gap"] = [float(v) * 100 for v in judged.gap_rel]
    judged["kind"] = [code_name("target_kind", k, l) for k in judged.target_kind]
    judged["verdict_name"] = [code_name("verdict", v, l) for v in judged.verdict]
    order = [code_name("target_kind", k, l) for k in ("floor", "band", "ceiling") if k in set(judged.target_kind)]
    fig = new_figure((8.0, 1.2 + 0.9 * len(order)))
    ax = fig.subplots()
    ax.axvline(0, color=PALETTE[6], linewidth=1)
    state = np.random.get_state()  # seaborn jitters with numpy's global generator: a fixed seed keeps
    np.random.seed(0)               # the chart byte-identical from run to run, and the caller's state is restored
    try:
        sns.stripplot(data=judged, x="gap", y="kind", order=order, hue="verdict_name", jitter=0.25, size=5, ax=ax,
                      palette={code_name("verdict", "met", l): MET, code_name("verdict", "missed", l): MISSED})
    finally:
        np.random.set_state(state)
    ax.set_xlabel(term("实际与目标之差占目标", l) + " (%)")
    ax.set_ylabel("")
    ax.legend(title="", fontsize=8, frameon=False)
    ax.set_title(chart_title("实际相对目标的分布", lang, place))
    return fig


def attention_heatmap(shares: pd.DataFrame, lang: str = "zh") -> Chart | Nothing:
    """Reports (columns) by category (rows): each report's share of figures, in %."""
    import seaborn as sns

    check_lang(lang)
    if shares.empty:
        return _nothing(lang)
    l = _chart_lang(lang)
    frame = shares.copy()
    frame.index = [code_name("category", c, l) for c in frame.index]
    fig = new_figure((max(6.0, 0.36 * len(frame.columns) + 2.5), max(3.0, 0.36 * len(frame) + 2.5)))
    ax = fig.subplots()
    sns.heatmap(frame, ax=ax, cmap="Blues", annot=True, fmt=".0f", annot_kws={"size": 7}, linewidths=0.3,
                cbar_kws={"label": "%"})
    ax.tick_params(axis="x", labelsize=8, labelrotation=90)
    ax.tick_params(axis="y", labelsize=9, labelrotation=0)
    ax.set_xlabel("")
    ax.set_ylabel("")
    ax.set_title(chart_title("各报告数字的领域分布", lang))
    return fig


def targets_across_chart(panel_table: pd.DataFrame, key: str, lang: str = "zh") -> Chart | Nothing:
    """One keyed target across places and years, sorted: who sets the most ambitious value."""
    check_lang(lang)
    rows = panel_table[(panel_table.indicator_key == key) & (panel_table.role == "target")]
    if rows.empty:
        return _nothing(lang)
    rows = rows.assign(v=[_f(v) for v in rows.value]).sort_values(["v", "place"], kind="stable")
    labels = [f"{p} {y}" for p, y in zip(rows.place, rows.year)]
    fig = new_figure((8.0, 1.0 + 0.28 * len(rows)))
    ax = fig.subplots()
    ax.barh(range(len(rows)), rows.v, color=PALETTE[0])
    ax.set_yticks(range(len(rows)), labels, fontsize=7)
    ax.set_xlabel(f"{name_of(key, rows, lang)} ({rows.unit.iloc[0]})")
    ax.set_title(chart_title("各地目标比较", lang))
    return fig


# --- sentences -----------------------------------------------------------------------------------

def record_summary(table: pd.DataFrame, place: str, lang: str = "zh") -> str:
    """One paragraph: how many targets could be followed up, how many were met."""
    from govreport.present.phrases import say

    targets = table[table.verdict != "not_set"]
    if targets.empty or (targets.verdict == "no_next_report").all():
        return say("track_record_none", lang)
    judged = targets[targets.verdict.isin(["met", "missed"])]
    met = int((judged.verdict == "met").sum())
    rate = f"{100 * met / len(judged):.0f}" if len(judged) else "—"
    years = targets.year.astype(int)
    return say("track_record", lang, place=place, first=years.min(), last=years.max(), n=len(targets),
               judged=len(judged), met=met, rate=rate, not_reported=int((targets.verdict == "not_reported").sum()),
               not_set=int((table.verdict == "not_set").sum()))


def bunching_summary(table: pd.DataFrame, lang: str = "zh", band: float = 5.0) -> str:
    """How many stated outcomes sit within ``band`` % of their target."""
    from govreport.present.phrases import say

    gaps = [abs(float(v)) * 100 for v in table.gap_rel.dropna()]
    if not gaps:
        return ""
    near = sum(g <= band for g in gaps)
    return say("bunching", lang, near=near, share=f"{100 * near / len(gaps):.0f}", band=f"{band:g}")


def panel_summary(panel_table: pd.DataFrame, reports: int, lang: str = "zh") -> str:
    """How many keyed indicators the panel can compare across reports."""
    from govreport.present.phrases import say

    if reports < 2:
        return say("panel_none", lang)
    shared = panel_table.groupby("indicator_key").report.nunique()
    return say("panel", lang, reports=reports, places=panel_table.place.nunique(), keys=int((shared >= 2).sum()))


def corpus_missing(folder: str, lang: str = "zh") -> str:
    from govreport.present.phrases import say

    return say("corpus_missing", lang, folder=folder)


def headline_table(panel_table: pd.DataFrame, lang: str = "zh", role: str = "target"):
    """The panel's most widely stated indicators as columns, one report a row, cells as stated."""
    from govreport.present.display import yearbook_table
    from govreport.corpus.panel import headline

    wide = headline(panel_table, role)
    wide["year"] = wide.year.astype(int).astype(str)
    l = _chart_lang(lang)
    columns: dict[str, str] = {"place": term("地区", l), "year": term("年份", l)}
    for key in wide.columns[3:]:
        zh, en = name_of(key, None, "zh"), name_of(key, None, "en")
        columns[key] = en if l == "en" else zh if lang == "zh" else f"{zh} {en}"
    return yearbook_table(wide.astype(object).where(wide.notna(), None), columns, lang="zh", name="panel")


def record_table(table: pd.DataFrame, lang: str = "zh", min_years: int = 2):
    """The realisation table as a reader wants it: the indicators with an outcome stated in
    ``min_years`` or more years (a track record, not a one-off), by indicator and year; the
    full table is the CSV or Parquet file of ``track-record``."""
    from govreport.present.display import show

    rows = table[table.verdict != "not_set"]
    years = rows[rows.verdict.isin(["met", "missed"])].groupby("indicator_key").year.nunique()
    keep = rows[rows.indicator_key.isin(years[years >= min_years].index)].copy()
    keep["name"] = [name_of(k, None, lang if lang != "bi" else "zh") for k in keep.indicator_key]
    keep["name_en"] = [name_of(k, None, "en") for k in keep.indicator_key]
    keep["year"] = keep.year.astype(int).astype(str)
    keep = keep.sort_values(["indicator_key", "year"], kind="stable")
    from govreport.present.phrases import say

    caption = say("track_record_shown", lang, shown=len(keep), total=len(rows), years=min_years)
    return show(keep, "track_record", lang, caption=caption)


def not_set_table(table: pd.DataFrame, lang: str = "zh"):
    """Indicators last year's own list targeted and this year's did not."""
    from govreport.present.display import show

    rows = table[table.verdict == "not_set"].copy()
    rows["name"] = [name_of(k, None, lang if lang != "bi" else "zh") for k in rows.indicator_key]
    rows["name_en"] = [name_of(k, None, "en") for k in rows.indicator_key]
    rows["year"] = rows.year.astype(int).astype(str)
    return show(rows, "not_set", lang)


def hit_rate_table(table: pd.DataFrame, lang: str = "zh", by: str = "indicator_key"):
    """Hit rates by indicator (named in the chosen language) or by kind of target."""
    from govreport.present.display import show
    from govreport.corpus.history import hit_rates

    rates = hit_rates(table, by)
    if by == "indicator_key":
        rates["name"] = [name_of(k, None, lang if lang != "bi" else "zh") for k in rates.indicator_key]
        rates["name_en"] = [name_of(k, None, "en") for k in rates.indicator_key]
        return show(rates.sort_values(["judged", "indicator_key"], ascending=[False, True], kind="stable"), "hit_rates", lang)
    return show(rates, "hit_rates_kind", lang)


def history_table(targets: pd.DataFrame, record: pd.DataFrame, lang: str = "zh"):
    """Each target beside its place's record for the same indicator: how often such targets were
    met before and how far outcomes sat from them. A sentence instead where there is no record."""
    from govreport.present.phrases import say
    from govreport.present.display import show
    from govreport.corpus.history import with_history

    rows = with_history(targets, record)
    if "history_judged" not in rows or not (rows.history_judged > 0).any():
        from IPython.display import Markdown

        return Markdown(say("history_none", lang))
    rows = rows[rows.history_judged > 0]
    return show(rows, "targets_history", lang, caption=say("history_shown", lang, n=len(rows), total=len(targets)))
