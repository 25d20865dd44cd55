"""What the opening says of the report: its years (from headings, the title, the date, the
years its sentences name), its place and level (我代表…政府, 在…第N届…会议), and its date.
"""
from __future__ import annotations

import re
from pathlib import PurePath
from typing import Any

from govreport.lexicon import place_levels
from govreport.report.layout import CN_NUM
from govreport.report.model import Heading, Sentence, Span
from govreport.report.heading_years import lone_title
from govreport.report.parts import HALF_YEAR
from govreport.report.part_wording import own_part


DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


ISO_DATE = re.compile(r"((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")


# a date in Chinese numerals, as formal documents print it: （二〇一四年一月二十日）
CN_DATE = re.compile(r"([〇零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*[日号]")
_CN_DIGIT = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0"}


def _small_chinese(numeral: str) -> int:
    """一 … 三十一, as months and days are written (0 for anything else)."""
    tens, ten, ones = numeral.partition("十")
    if not ten:
        return int(_CN_DIGIT.get(numeral, "0")) if len(numeral) == 1 else 0
    return (int(_CN_DIGIT.get(tens, "0")) if tens else 1) * 10 + (int(_CN_DIGIT.get(ones, "0")) if ones else 0)


def _dates(head: str) -> list[tuple[int, int, str]]:
    """(start, end, yyyy-mm-dd) of every date in ``head``, in text order (Arabic, ISO or Chinese numerals)."""
    found = [(d.start(), d.end(), f"{int(d.group(1)):04d}-{int(d.group(2)):02d}-{int(d.group(3)):02d}")
             for d in [*DATE.finditer(head), *ISO_DATE.finditer(head)]]
    for d in CN_DATE.finditer(head):
        year = "".join(_CN_DIGIT[c] for c in d.group(1))
        month, day = _small_chinese(d.group(2)), _small_chinese(d.group(3))
        if 1 <= month <= 12 and 1 <= day <= 31:
            found.append((d.start(), d.end(), f"{year}-{month:02d}-{day:02d}"))
    return sorted(found)


_DELIVERY_WORDS = re.compile(r"会议|开幕|政府工作报告")  # 2025年1月15日，…会议开幕，市长…作政府工作报告


def _sentence_around(text: str, pos: int) -> str:
    """The sentence of ``text`` that holds ``pos``."""
    start = max(text.rfind(c, 0, pos) for c in "。！？\n") + 1
    ends = [i for i in (text.find(c, pos) for c in "。！？\n") if i >= 0]
    return text[start:min(ends) if ends else len(text)]


PRESS_FURNITURE = ("发布", "索引", "来源", "编辑", "时间", "日期", "责编", "作者")


YEAR_IN_HEADING = re.compile(r"((?:19|20)\d\d)年")


SESSION = re.compile(rf"第[{CN_NUM}]+届[^，。\n]{{0,20}}?第[{CN_NUM}]+次会议")


PLACE_IN_SESSION = re.compile(rf"在(.{{2,12}}?)第[{CN_NUM}]+届")


SPEAKER_TITLES = ("总理", "自治区主席", "省长", "市长", "州长", "县长", "区长", "旗长", "乡长", "镇长", "主席")


# the government the speaker speaks for, in the opening (现在，我代表国务院 / 我代表市人民政府)
SPEAKER_BODY = re.compile(r"我代表(国务院|([\u4e00-\u9fff]{0,8}?)(自治区|省|市|州|盟|县|区|旗|镇|乡)(?:人民)?政府)")


LEVEL_BY_SUFFIX = (("全国", "national"), ("自治区", "provincial"), ("省", "provincial"), ("州", "city"),
                   ("市", "city"), ("县", "county"), ("区", "county"), ("旗", "county"), ("乡", "township"),
                   ("镇", "township"))


TITLE_YEAR = re.compile(r"((?:19|20)\d\d)年[^（(\n]{0,20}工作报告")  # 2024年政府工作报告, 管委会2026年工作报告
# the title of a work summary (2024年上半年工作总结和下半年工作打算, 2023年工作总结): what its text
# reviews is the year it names (a whole-year summary is written as the year ends)
SUMMARY_TITLE = re.compile(r"((?:19|20)\d\d)年[^（(\n，。]{0,12}(?:工作|运行)(?:总结|情况)")
TITLE_WORDS = ("工作报告", "工作总结", "的报告")  # 关于2023年前三季度经济运行情况和…的报告


# a year that opens a sentence or clause and dates what follows (2023年，… / 2024年是… /
# 截至2023年底 / 2024年1-5月 / 2024年上半年); a year elsewhere (比2010年, 到2027年, 2030年议程,
# 2021-2025年) is no evidence of the report's own years
_YEAR_MENTION = re.compile(r"(?:^|(?<=[。！？；，,：:\n（(\s])|(?<=截至)|(?<=截止)|(?<=过去的))\s*((?:19|20)\d\d)年"
                           r"(?![底末]?前(?![一二三两])|以来|以前|[-—–~～至到]|\d{1,2}月\d{1,2}[日号])(?=(.))")


_SUBJECTS_AFTER_YEAR = ("主要", "工作", "经济", "政府", "我们", "地区", "国内", "本")  # 2025年主要预期目标是…


_DATES_WHAT_FOLLOWS = frozenset("，,是全底末初上下前一二三四0123456789")  # 2023年，… / 2024年是… / 2024年1-6月


def _years_from_headings(headings: list[Heading], parts: dict[str, Span],
                         scan: str) -> tuple[int | None, int | None, str]:
    """Review and plan years from a year in the level-1 heading that opens each part (not from a
    headline over the whole text: 省政府工作报告提出2013年主要预期目标 names the plan year)."""
    review_year = plan_year = None
    plan_years: set[int] = set()
    level1 = [h for h in headings if h.level == 1]
    for h in level1:
        if len(level1) == 1 and lone_title(scan, h):
            continue
        ym = YEAR_IN_HEADING.search(h.title)
        if not ym or h.title.startswith("以来", ym.end()):  # 一、2018年以来工作回顾: the term's start, no review year
            continue  # (held-out set 92 锦州 2022; the year before the plan's is then the review's)
        year = int(ym.group(1))
        for name, span in parts.items():
            if span.start <= h.start < span.end:
                if name == "review" and review_year is None:
                    review_year = year
                elif name == "plan":
                    plan_year = year if plan_year is None else plan_year  # the first plan heading's year
                    plan_years.update(int(y) for y in YEAR_IN_HEADING.findall(h.title))
    if review_year is not None and plan_year is not None and plan_year > review_year + 1 and review_year + 1 in plan_years:
        # 二、未来五年目标任务和2035年远景目标 before 三、2023年重点工作安排 (held-out set 55, 滁州): the vision's year is a
        # deadline; the heading naming the year after the review's opens the year's work — or the same heading names it
        # last (二、“十四五”总体部署、2035年远景目标及2021年工作安排, held-out set 83)
        plan_year = review_year + 1
    return review_year, plan_year, "heading" if review_year or plan_year else ""


def _plans(text: str, pos: int) -> bool:
    """The sentence around ``pos`` plans by its own words (力争, 确保 …)."""
    start = max(text.rfind(c, 0, pos) for c in "。！？\n") + 1
    ends = [i for i in (text.find(c, pos) for c in "。！？\n") if i >= 0]
    return own_part(text, start, min(ends) if ends else len(text)) == "plan"


def years_from_sentences(scan: str, sentences: list[Sentence]) -> int | None:
    """The review year the text's own year mentions point to: a year named in a review sentence
    counts for itself, one in a plan sentence for the year before; a year opening a sentence
    (2023年，… / 2024年是…) counts twice. Deadlines, comparisons and ranges do not count."""
    votes: dict[int, int] = {}
    for s in sentences:
        if s.part not in ("review", "plan"):
            continue
        for m in _YEAR_MENTION.finditer(scan, s.start, s.end):
            if m.group(2) not in _DATES_WHAT_FOLLOWS and (
                    m.start(1) - s.start > 2 or not scan.startswith(_SUBJECTS_AFTER_YEAR, m.end(1) + 1)):
                continue  # only a year that dates what follows it counts (not 2003年抗击非典…)
            # a year in a plan sentence (or one whose own words plan: 2022年，力争…) is the plan year
            year = int(m.group(1)) - ((own_part(scan, s.start, s.end) or s.part) == "plan")
            votes[year] = votes.get(year, 0) + (2 if m.start(1) - s.start <= 2 else 1)
    return max(votes, key=lambda y: (votes[y], y)) if votes else None


_NAME_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:(0[1-9]|1[0-2])[0-3]\d)?(?!\d)")


def year_from_file_name(path: str) -> tuple[int, int] | None:
    """Review and plan years from the one year (or yyyymmdd date) a file's name holds, the weakest
    evidence there is, for a text that names none (an excerpt saved as 成都2024.txt): named the
    way reports are titled, 2024年政府工作报告 is delivered in 2024 and plans it; a date is the
    delivery date; a half-year report (上半年) covers its own year. None when the name holds no
    year, or several."""
    stem = PurePath(path).stem
    found = {(int(m.group(1)), int(m.group(2) or 0)) for m in _NAME_YEAR.finditer(stem)}
    if len({year for year, _ in found}) != 1:
        return None
    year, month = found.pop()
    plan_year = year + 1 if month > 6 else year  # a report delivered late in the year plans the next
    if HALF_YEAR.search(stem):
        return year, year
    return plan_year - 1, plan_year


def _part_year_title(head: str) -> str:
    """The text's first line when it is a title naming a part of a year (2019年1-5月…简况,
    2022年上半年…情况, 前三季度…): short, no full stop; '' otherwise."""
    first = next((line.strip() for line in head.split("\n") if line.strip()), "")
    return first if len(first) <= 40 and "。" not in first and HALF_YEAR.search(first) else ""


def read_header_meta(text: str, scan: str, header: Span | None, parts: dict[str, Span],
                     headings: list[Heading]) -> dict[str, Any]:
    """Metadata the text states itself: title, delivery date, session, speaker, years."""
    meta: dict[str, Any] = {}
    head_end = header.end if header else min(len(scan), 400)
    head = scan[:head_end]
    for line in head.split("\n"):
        word = next((w for w in TITLE_WORDS if w in line), "")
        if word and "title" not in meta:
            line = line.strip()  # a title running into the text ends with 政府工作报告
            meta["title"] = line if len(line) <= 60 else line[:line.index(word) + len(word)]
    m = SESSION.search(scan[:max(head_end, 600)])
    if m:
        meta["session"] = m.group(0)
        pm = PLACE_IN_SESSION.search(scan[max(0, m.start() - 20):m.end()])
        if pm:
            meta["place"] = pm.group(1).strip("在")
    for line in head.split("\n"):
        for title in SPEAKER_TITLES:
            if title in line and len(line.strip()) <= 30 and "会议" not in line:
                meta.setdefault("speaker_title", title)
    # the delivery date is the date on the speech line (——2024年3月5日在…) or a bare date line;
    # a date on a line of page or press furniture (发布日期, 来源, 编辑) is the publication date
    for start, end, date in _dates(head):
        line_start = head.rfind("\n", 0, start) + 1
        line = head[line_start:head.find("\n", end) if "\n" in head[end:] else len(head)]
        if header is None and len(line) > 40 and not any(w in line for w in PRESS_FURNITURE):
            if not _DELIVERY_WORDS.search(_sentence_around(head, start)):
                continue  # a date in running text (an excerpt has no header) dates an event, not the report
        if any(w in line for w in PRESS_FURNITURE):
            meta.setdefault("published", date)
            continue
        meta.setdefault("delivered", date)
    review_year, plan_year, source = _years_from_headings(headings, parts, scan)
    delivered = meta.get("delivered") or meta.get("published")  # a web page's or press item's date
    period_title = _part_year_title(head)
    if period_title and plan_year is None and review_year is None:
        # 2019年1-5月全市经济运行简况 (published in June): a report on part of a year reviews that year,
        # the one its title names, else the one its date falls in
        named = YEAR_IN_HEADING.search(period_title)
        if named:
            review_year, source = int(named.group(1)), "title"
        elif delivered:
            review_year, source = int(delivered[:4]), "date"
    if delivered and plan_year is None and review_year is None:
        year, month = int(delivered[:4]), int(delivered[5:7])
        plan_year, source = (year if month <= 6 else year + 1), "date"
    title_year = TITLE_YEAR.search(meta.get("title", ""))
    if title_year and plan_year is None and review_year is None:
        plan_year, source = int(title_year.group(1)), "title"  # 2024年政府工作报告: delivered in 2024
    summary_year = SUMMARY_TITLE.search(meta.get("title", "")) if not title_year else None
    if summary_year and plan_year is None and review_year is None:
        review_year, source = int(summary_year.group(1)), "title"  # 2024年上半年工作总结: reviews 2024
    if plan_year is None and review_year is None and "plan" in parts:
        opening = scan[parts["plan"].start:parts["plan"].start + 300]
        ym = re.search(r"(?<![到至止从自于在望])((?:19|20)\d\d)年(?:是|，|,|要|的|经济|工作)", opening)  # not 展望2035年
        if ym:
            plan_year, source = int(ym.group(1)), "text"
    if review_year is None and plan_year is None and "review" in parts:
        opening = scan[parts["review"].start:parts["review"].start + 300]
        ym = next((m for m in re.finditer(r"(?<![到至止从自于在])((?:19|20)\d\d)年(?:是|，|,|以来|全)", opening)
                   if not _plans(opening, m.start())), None)  # not 2018年，全镇将力争…
        if ym:
            review_year, source = int(ym.group(1)), "text"
    if review_year is None and plan_year is not None:
        review_year = plan_year - 1
    if plan_year is None and review_year is not None:
        plan_year = review_year + 1
    if review_year is not None:
        meta["review_year"], meta["plan_year"], meta["years_source"] = review_year, plan_year, source
    body = SPEAKER_BODY.search(scan[:max(head_end, 600)])
    if body and "place" not in meta:  # 我代表国务院 / 我代表深圳市人民政府 (a bare 市人民政府 names no place)
        if body.group(1) == "国务院":
            meta["place"] = "全国"
        elif body.group(2):
            meta["place"] = body.group(2) + body.group(3)
    place = meta.get("place", "")
    if place in place_levels():  # 北京市 is a province-level municipality, not a city
        meta.setdefault("level", place_levels()[place])
    # the unit the speaker's government names (市 of 我代表市人民政府), when the place is not named
    unit = ("全国" if body.group(1) == "国务院" else body.group(3)) if body else ""
    for suffix, level in LEVEL_BY_SUFFIX:
        if (place.endswith(suffix) or unit == suffix
                or (suffix == "全国" and "全国人民代表大会" in meta.get("session", ""))):
            meta.setdefault("level", level)
            break
    return meta
