"""What the notebooks say about the tables: one-sentence takeaways and the briefing's findings.

Each function reads a table built by ``govreport.tables`` and returns a sentence (Markdown) in
Chinese or English, with phrasing from ``data/briefing_phrases.json``; an empty table gives a
sentence that says so, so a notebook run on any report goes on. ``lang="bi"`` gives the
Chinese sentence followed by the English one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

import pandas as pd

from govreport.present.display import code_name, format_amount, format_number, name_in
from govreport.present.phrases import phrases, say
from govreport.extract.numerals import to_decimal
from govreport.report.model import Report


def _name(df_row: pd.Series, zh: str, en: str):
    """A name for a sentence in one language: Chinese where the English is blank or not whole English."""
    return lambda lang: name_in(df_row.get(zh), df_row.get(en), lang)


def _join(names: list[str], lang: str) -> str:
    """``甲、乙`` / ``a and b`` / ``a, b and c``."""
    if lang == "zh" or len(names) < 2:
        return "、".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def _pct(fraction: object, lang: str = "zh") -> str:
    d = to_decimal(fraction)
    return "—" if d is None else format_number(d * 100, 1)


def _amount(value: object, unit: str = "元"):
    return lambda lang: format_amount(value, unit, lang)


def _stated(text: object, value: object, unit: object, as_written: bool = True):
    """A figure as the report states it (Chinese), or as an English amount from its exact value; an amount the
    report does not write (last year's, implied by 比上年增加…) is given from its value in both."""
    def one(lang: str) -> str:
        if (lang == "zh" and as_written) or to_decimal(value) is None or not unit:
            return str(text)
        return format_amount(value, str(unit), lang)
    return one


def _decimal_sort(df: pd.DataFrame, column: str) -> pd.DataFrame:
    key = [to_decimal(v) if to_decimal(v) is not None else Decimal("-Infinity") for v in df[column]]
    return df.assign(_k=key).sort_values(["_k", "start"], ascending=[False, True], kind="stable")


def _space(lang: str) -> str:
    """Between two sentences: nothing after a Chinese full stop, a space in English."""
    return "" if lang == "zh" else " "


def _both(zh: str, en: str) -> str:
    """A bilingual passage of several sentences: all the Chinese, then all the English."""
    return f"{zh}  \n*{en}*"


def sectors(sector_output: pd.DataFrame, totals: pd.DataFrame, lang: str = "zh") -> str:
    """The largest sector and its share; the overlap rule when sub-sectors are listed."""
    if lang == "bi":
        return _both(sectors(sector_output, totals, "zh"), sectors(sector_output, totals, "en"))
    if sector_output.empty:
        return say("sectors_none", lang)
    top = _decimal_sort(sector_output, "value_yuan").iloc[0]
    if len(sector_output) == 1:
        return say("sectors_one", lang, top=_name(top, "sector_zh", "sector_en"), top_value=_amount(top["value_yuan"]))
    text = say("sectors", lang, n=len(sector_output), top=_name(top, "sector_zh", "sector_en"),
               top_value=_amount(top["value_yuan"]), top_share=_pct(top["share_as_listed"]))
    listed = set(sector_output["sector"])
    subs = sector_output[[bool(p) and p in listed for p in sector_output["parent"].fillna("")]]
    if not subs.empty and len(totals) >= 2:
        by_view = {v: t for v, t in zip(totals["view"], totals["total_yuan"])}
        members = lambda l: _join([name_in(z, e, l) for z, e in zip(subs["sector_zh"], subs["sector_en"])], l)  # noqa: E731
        text += _space(lang) + say("sectors_overlap", lang, members=members,
                          listed=_amount(by_view.get("as_listed")), nested=_amount(by_view.get("nested")))
    return text


def subsidies(subsidies_table: pd.DataFrame, group_totals: pd.DataFrame, lang: str = "zh") -> str:
    """How much support the report lists, its largest group, and amounts per recipient."""
    if lang == "bi":
        return _both(subsidies(subsidies_table, group_totals, "zh"), subsidies(subsidies_table, group_totals, "en"))
    if subsidies_table.empty:
        return say("subsidies_none", lang)
    total = sum((to_decimal(v) or Decimal(0) for v in subsidies_table["amount_yuan"]), Decimal(0))
    top = group_totals.iloc[0]
    text = say("subsidies", lang, n=len(subsidies_table), total=_amount(total),
               group=_name(top, "group_zh", "group_en"), k=int(top["programmes"]), group_total=_amount(top["total_yuan"]))
    per = subsidies_table[[to_decimal(v) is not None for v in subsidies_table["per_recipient_yuan"]]]
    if not per.empty:
        def items(one: str) -> str:
            parts = [phrases()["per_recipient_item"][one].format(
                programme=name_in(row["programme"], row.get("programme_en"), one),
                unit=code_name("recipient_unit", row["recipient_unit"], one) if one == "en" else row["recipient_unit"],
                amount=format_amount((to_decimal(row["per_recipient_yuan"]) or Decimal(0)).quantize(Decimal(1)), "元", one))  # (rows with an amount: ``per``)
                for _, row in per.sort_values("start", kind="stable").iterrows()]
            return ("；" if one == "zh" else "; ").join(parts)
        text += _space(lang) + say("subsidies_per_recipient", lang, items=items)
    return text


def targets(targets_table: pd.DataFrame, plan_year: object, lang: str = "zh") -> str:
    """How many targets, how many have a baseline, and the largest step up."""
    if targets_table.empty:
        return say("targets_none", lang)
    rates = {"%", "百分点", "个百分点"}  # judged in percentage points, so not ranked by ratio
    with_ratio = targets_table[[to_decimal(v) is not None and u not in rates
                                for v, u in zip(targets_table["ratio"], targets_table["unit"])]]
    n, year = len(targets_table), plan_year or "—"
    if with_ratio.empty:
        return say("targets_no_ratio", lang, n=n, plan_year=year)
    top = _decimal_sort(with_ratio, "ratio").iloc[0]
    key = "targets" if (to_decimal(top["ratio"]) or 0) > 1 else "targets_no_rise"  # no "largest step" down
    return say(key, lang, n=n, plan_year=year, k=int((targets_table["match"] != "none").sum()),
               indicator=_name(top, "indicator", "indicator_en"),
               baseline=_stated(top["baseline_text"], top["baseline_value"], top["baseline_unit"],
                                top["match"] != "implied"),
               target=_stated(top["text"], top["value"], top["unit"]),
               ratio=format_number(top["ratio"], 2), feasibility=lambda l: code_name("feasibility", top["feasibility"], l))


def commitment_counts(targets_table: pd.DataFrame) -> pd.DataFrame:
    """How many targets use each commitment word (确保, 力争 …), most frequent first; blank = none."""
    words = targets_table["commitment"].fillna("") if not targets_table.empty else pd.Series(dtype=str)
    counts = words.value_counts()
    table = pd.DataFrame({"commitment": counts.index, "targets": counts.values})
    table["commitment"] = table["commitment"].replace("", "—")
    return table.sort_values(["targets", "commitment"], ascending=[False, True], kind="stable").reset_index(drop=True)


def commitments(targets_table: pd.DataFrame, lang: str = "zh") -> str:
    counts = commitment_counts(targets_table)
    words = counts[counts["commitment"] != "—"]
    if words.empty:
        return say("targets_none", lang) if targets_table.empty else ""
    blank = int(counts.loc[counts["commitment"] == "—", "targets"].sum())
    return say("commitments", lang, word=words.iloc[0]["commitment"], count=int(words.iloc[0]["targets"]), blank=blank)


def checks(checks_table: pd.DataFrame, lang: str = "zh") -> str:
    """How many checks pass and how many are flagged."""
    if checks_table.empty:
        return say("checks_none", lang)
    status = checks_table["status"]
    return say("checks", lang, n=len(checks_table), flags=int((status == "flag").sum()), passes=int((status == "pass").sum()))


def checks_finding(checks_table: pd.DataFrame, lang: str = "zh") -> str:
    """The audit in a sentence, and the first flagged check."""
    if lang == "bi":
        return _both(checks_finding(checks_table, "zh"), checks_finding(checks_table, "en"))
    return _space(lang).join([checks(checks_table, lang), *flagged(checks_table, lang)[:1]])


def flagged(checks_table: pd.DataFrame, lang: str = "zh") -> list[str]:
    """One sentence per flagged check, in check order: what was computed against what was stated.

    Written from the check's numbers in the chosen language (not from its English explanation),
    so a Chinese briefing reads in Chinese; the subject is the report's own words.
    """
    if checks_table.empty:
        return []
    rows = checks_table[checks_table["status"] == "flag"]
    return [_flag_sentence(row, lang) for _, row in rows.iterrows()]


def _figure_unit(figures: object) -> str:
    """The unit the first figure a check cites is stated in (``"34个;51个"`` → ``个``)."""
    first = str(figures or "").split(";")[0]
    match = re.match(r"[\d.,]+(?:万|亿)?(\D*)$", first.strip())
    return match.group(1) if match else ""


def _flag_sentence(row: pd.Series, lang: str) -> str:
    kind = row["check"]
    subject = row["subject"]
    if kind == "price_times_quantity":
        return say("checks_flag_price_times_quantity", lang, subject=subject, computed=_amount(row["computed"]),
                   stated=_amount(row["stated"]), ratio=format_number(row["ratio"], 2))
    if kind == "review_vs_plan":
        unit = _figure_unit(row.get("figures"))
        return say("checks_flag_review_vs_plan", lang, subject=subject, computed=_amount(row["computed"], unit),
                   stated=_amount(row["stated"], unit))
    if kind == "plan_coverage":
        return say("checks_flag_plan_coverage", lang, subject=subject, computed=row["computed"], stated=row["stated"])
    unit = _figure_unit(row.get("figures")) if kind == "parts_vs_total" else ""  # parts and total share a unit
    shown = (lambda v: _amount(v, unit)) if unit else (lambda v: lambda l: format_number(v, 2).removesuffix(".00"))
    return say("checks_flag", lang, subject=subject, check=lambda l: code_name("check", kind, l),
               computed=shown(row["computed"]), stated=shown(row["stated"]))


def attention(report: Report, sections: pd.DataFrame, lang: str = "zh") -> str:
    """How the text divides between review and plan, and the longest section."""
    chars = len(report.text)
    share = {p: Decimal(s.end - s.start) / Decimal(chars or 1) for p, s in report.parts.items()}
    body = sections[sections["title"] != "开头"] if len(sections) > 1 else sections
    top = body.sort_values(["characters", "order"], ascending=[False, True], kind="stable").iloc[0]
    return say("attention", lang, chars=format_number(chars), review=_pct(share.get("review")),
               plan=_pct(share.get("plan")), title=top["title"], share=_pct(top["share"]))


def figure_counts(quantities: pd.DataFrame, review_year: object, lang: str = "zh") -> str:
    """How many figures the report states, and how many are results and targets (one sentence)."""
    roles = quantities["role"].value_counts() if not quantities.empty else pd.Series(dtype=int)
    return say("figures", lang, n=len(quantities), actual=int(roles.get("actual", 0)),
               target=int(roles.get("target", 0)), review_year=review_year or "—")


@dataclass(frozen=True)
class Finding:
    """One of the briefing's findings: a headline sentence and the table it comes from."""

    topic: str
    text: str


def findings(report: Report, tables: dict[str, pd.DataFrame], lang: str = "zh") -> list[Finding]:
    """The five findings of the briefing, in a fixed order: output, support, targets, audit, attention."""
    from govreport.tables.overview import sections_table
    from govreport.tables import group_totals, sector_totals

    out = [
        Finding("sectors", sectors(tables["sector_output"], sector_totals(tables["sector_output"]), lang)),
        Finding("subsidies", subsidies(tables["subsidies"], group_totals(tables["subsidies"]), lang)),
        Finding("targets", targets(tables["targets"], report.plan_year, lang)),
        Finding("checks", checks_finding(tables["checks"], lang)),
        Finding("attention", attention(report, sections_table(report, tables["quantities"]), lang)),
    ]
    return out


def feasibility_thresholds(overrides: dict[str, float] | None = None) -> dict[str, float]:
    """The feasibility thresholds in force: data/tables_parameters.json, with ``overrides`` on top."""
    from govreport.tables.figures import parameters

    base = {k: v for k, v in parameters()["feasibility"].items() if not k.startswith("_")}
    unknown = set(overrides or {}) - set(base)
    if unknown:
        raise ValueError(f"unknown feasibility thresholds: {', '.join(sorted(unknown))}")
    return {**base, **(overrides or {})}


def thresholds_table(thresholds: dict[str, float]) -> pd.DataFrame:
    return pd.DataFrame({"name": list(thresholds), "value": [f"{v:g}" for v in thresholds.values()]})
