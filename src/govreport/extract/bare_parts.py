"""A bare part of a measure whose subject the sentence states before it (audit 41, 呼伦贝尔 and 曲靖), mended after naming:

- a 其中 breakdown by place (新建5G基站1000个，其中，主要交通干线410个、主要城区200个、其他145个): each part is the whole's
  measure in that place (主要交通干线5G基站新建数), not a count of places; a breakdown by kind (其中企业410.1万户) is
  left to the namer;
- a bare growth word after a raised standard (提高城乡低保保障标准，增幅达到6.5%): the standard's growth;
- a bare output after a sibling crop area (种植粮食948万亩、实现产量330万吨): the crop's output (粮食产量);
- a bare 产值 (力争实现产值500亿元) in a sentence after a short heading that names an industry (全力打造千亿级新能源电池
  产业集群。) or in one whose opening clause develops an industry (大力发展新能源电池产业，…预计全年实现产值180亿元): that
  industry's output, never a product of the project list between (推动德方纳米2万吨补锂剂一期…等项目建成投产);
- a count of a class over an amount (产值超10亿元企业达到8户、超亿元企业达到50户): the threshold stays in the name
  (产值超10亿元企业户数), and a later member takes the first's measure (产值超亿元企业户数);
- a bare revenue after bare verbs (启动…商品交易中心建设，力争年内运营、实现销售收入50亿元): the facility the opening
  clause builds;
- a short coverage of places (…5G网络全覆盖，乡镇镇区基本覆盖，行政村覆盖50%以上): of the network covered before;
- a bare 投资 right after a figure-less work clause (突出抓好呼伦湖流域生态环境保护治理，投资2.7亿元): that work's.
Word lists: data/name_subjects.json (``breakdown_places``, ``bare_growth_words``, ``raised_heads``, ``raising_verbs``)."""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.extract.chain_industries import opening_industry
from govreport.extract.name_headings import heading_before
from govreport.extract.scanner import Token
from govreport.lexicon import name_subjects, unit_field

PART_LEAD: Final = "其中"
LIST_MARKS: Final = "、，,：: "
CLAUSE_BREAKS: Final = "，,；;。：:\n"
RAISED: Final = re.compile(r"(?:\d+[.．、])?(?:进一步|继续|稳步|逐步)?(?:提高|上调|提升)([\u4e00-\u9fff]{2,20})")
OUTPUT_LEADS: Final = ("实现", "力争", "确保", "总")
BARE_OUTPUT: Final = re.compile(r"[，,]?(?:预计)?(?:全年|年内)?(?:力争|确保)?(?:实现)?(产值)")
CROP_AREA: Final = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:种植|播种)面积")


@cache
def _words(key: str) -> tuple[str, ...]:
    return tuple(name_subjects()[key])


def place_part(scan: str, start: int, lo: int, t_start: int, unit: str, name: str, by_end: dict[int, str]) -> str:
    """``name`` of a figure in a 其中 breakdown by place: the place before the whole's name (其中，主要交通干线410个 after
    新建5G基站1000个: 主要交通干线5G基站新建数); ``name`` unchanged when the figure is in no such breakdown."""
    at = scan.rfind(PART_LEAD, start, lo + 1)
    if at < 0 or any(c in scan[at + 2:lo].lstrip(LIST_MARKS) for c in "，,；;。"):
        return name  # (the members follow 其中 with no clause between)
    place = scan[lo:t_start].lstrip(LIST_MARKS)
    if place.startswith(PART_LEAD):
        place = place[len(PART_LEAD):].lstrip(LIST_MARKS)
    if not 2 <= len(place) <= 8 or not place.endswith(_words("breakdown_places")) or any(c.isdigit() for c in place):
        return name
    head = at
    while head > start and scan[head - 1] in LIST_MARKS:
        head -= 1
    whole = by_end.get(head)
    if not whole or not scan.endswith(unit, 0, head) or whole.startswith(place):
        return name
    return place + whole


def raised_growth(scan: str, start: int, lo: int, name: str) -> str:
    """A bare growth word (增幅) after a clause raising a standard (提高城乡低保保障标准，增幅达到6.5%): the standard's growth
    (城乡低保保障标准增幅); ``name`` otherwise."""
    if name not in _words("bare_growth_words") or lo - 1 <= start or scan[lo - 1] not in CLAUSE_BREAKS:
        return name
    before = max(start, *(scan.rfind(c, start, lo - 1) + 1 for c in CLAUSE_BREAKS))
    raised = RAISED.fullmatch(scan, before, lo - 1)
    if not raised or not raised.group(1).endswith(_words("raised_heads")):
        return name
    return raised.group(1) + name


def sibling_output(scan: str, lo: int, t_start: int, name: str, last: str) -> str:
    """A bare output (、实现产量330万吨) after a sibling naming a crop's area (粮食种植面积): the crop's output (粮食产量);
    ``name`` otherwise."""
    clause = scan[lo:t_start]
    if not clause.startswith("、") or not last.endswith("面积") or not (crop := CROP_AREA.fullmatch(last)):
        return name
    own = clause[1:]
    while own.startswith(OUTPUT_LEADS) and len(own) > 2:
        own = own[next(len(w) for w in OUTPUT_LEADS if own.startswith(w)):]
    if own not in _words("own_measures") or name.startswith(crop.group(1)):
        return name
    return crop.group(1) + own


def industry_output(scan: str, start: int, lo: int, t_start: int, name: str) -> str:
    """A bare 产值 clause (力争实现产值) named after the industry of the heading sentence before or of the sentence's
    opening clause; ``name`` otherwise (and when the clause names its own subject)."""
    if scan.find("产值", max(lo, t_start - 2), t_start) < 0:  # (the pattern ends in 产值: most clauses, no search)
        return name
    bare = BARE_OUTPUT.fullmatch(scan, lo, t_start)
    if not bare or lo <= start:
        return name
    industry = heading_before(scan, start)
    if not industry.endswith(("产业", "行业")):
        opened = opening_industry(scan, start, lo)
        industry = opened + "产业" if opened else ""
    return industry + bare.group(1) if industry else name




@cache
def _threshold_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A clause of a class over an amount (产值超10亿元企业达到), and a measure before an over word (for a sibling's)."""
    measures = "|".join(_words("threshold_measures"))  # (longest first in the data file)
    return (re.compile(f"(?:^|(?<=[、，,；;]))({measures})?(过|超过|超|逾)((?:\\d+(?:\\.\\d+)?)?[万亿]*元)(?:以上)?"
                       "([\u4e00-\u9fff]{1,6}?)(?:达到|达|超过|突破)?$"),
            re.compile(f"({measures})(?:过|超过|超|逾)"))


def threshold_class(scan: str, start: int, t_start: int, name: str) -> str:
    """A count of a class over an amount (产值超10亿元企业达到8户) named with the threshold (产值超10亿元企业户数); a member
    after 、 with no measure of its own takes the one before (、超亿元企业达到50户: 产值超亿元企业户数); ``name`` otherwise."""
    if scan.find("元", start, t_start) < 0:
        return name  # the threshold's amount ends in 元: most clauses have none (a gate before the pattern)
    begin = max(start, *(scan.rfind(c, start, t_start) for c in "，,；;、："))
    threshold, sibling_measure = _threshold_patterns()
    m = threshold.search(scan, begin, t_start)
    over = m.group(2) + m.group(3) if m else ""
    if not m or m.group(4) not in name or over in name and not name.startswith(over):
        return name  # (新培育营业收入过50亿元企业数: the namer kept the threshold and what stands before it)
    measure = m.group(1) or ""
    if not measure and scan[begin:begin + 1] == "、" and (before := sibling_measure.findall(scan, start, begin)):
        measure = before[-1]
    if name.startswith(over):
        return measure + name
    suffix = name[name.rfind(m.group(4)) + len(m.group(4)):]
    return measure + over + m.group(4) + suffix


FACILITY_REVENUE: Final = re.compile(r"(?:力争|确保)?(?:年内|当年|全年)?(?:建成|运营|投运|投产|开业)[、，,](?:实现)?(销售收入|营业收入|营收|产值|收入)")
FACILITY_BUILT: Final = re.compile(r"(?:启动|推进|加快|开工|建设)(?:建设)?([\u4e00-\u9fff（）()]{2,24}?(?:中心|基地|园区|市场|工厂|平台))(?:建设|项目)?[，,]")
ASIDE: Final = re.compile(r"[（(][^）)]*[）)]")
REVENUE_ENDS: Final = "入收值"  # what FACILITY_REVENUE can end with (收入, 营收, 产值)


def facility_revenue(scan: str, start: int, lo: int, t_start: int, name: str) -> str:
    """A bare revenue after bare verbs of a facility's first year (力争年内运营、实现销售收入50亿元) named by the facility the
    sentence's opening clause builds (启动北方中药材（人参）商品交易中心建设: 北方中药材商品交易中心销售收入)."""
    if t_start - lo < 5 or scan[t_start - 1] not in REVENUE_ENDS:  # (the pattern's shortest clause, 建成、产值, and its last character)
        return name
    bare = FACILITY_REVENUE.fullmatch(scan, lo, t_start)
    built = FACILITY_BUILT.match(scan, start, lo) if bare else None
    return ASIDE.sub("", built.group(1)) + bare.group(1) if bare and built else name


COVERED: Final = re.compile(r"((?:[0-9A-Za-z]{1,3})?[\u4e00-\u9fff]{0,4}?(?:网络|信号|宽带|光纤))(?:全|基本)?覆盖")


def network_coverage(scan: str, start: int, lo: int, name: str) -> str:
    """A short coverage of places (行政村覆盖) after a clause covering places with a network (5G网络全覆盖): the places'
    coverage rate of that network (行政村5G网络覆盖率); ``name`` otherwise."""
    if not name.endswith("覆盖") or not 3 <= len(name) <= 6:
        return name
    found = COVERED.findall(scan, start, lo)
    return name[:-2] + found[-1] + "覆盖率" if found else name


WORK_CLAUSE: Final = re.compile(r"(?:突出|重点|全力|加快|持续|扎实|深入)?(?:抓好|推进|实施|开展)([\u4e00-\u9fff]{4,16})")


def work_investment(scan: str, start: int, lo: int, t_start: int, name: str) -> str:
    """A bare 投资 right after a figure-less work clause (突出抓好呼伦湖流域生态环境保护治理，投资2.7亿元): that work's
    investment, not the sentence's opening's; ``name`` otherwise."""
    if scan[lo:t_start] != "投资" or lo - 1 <= start or scan[lo - 1] not in "，,":
        return name
    before = max(start, *(scan.rfind(c, start, lo - 1) + 1 for c in CLAUSE_BREAKS))
    work = WORK_CLAUSE.fullmatch(scan, before, lo - 1)
    return work.group(1) + "投资" if work and work.group(1) not in name else name


def bare_part(scan: str, start: int, lo: int, t: Token, name: str, by_end: dict[int, str], last: str) -> str:
    """``name`` of ``t`` mended by the rules above, each a no-op where its construction is absent."""
    name = place_part(scan, start, lo, t.start, t.unit, name, by_end)
    if t.unit.endswith("元"):
        name = work_investment(scan, start, lo, t.start, facility_revenue(scan, start, lo, t.start, industry_output(scan, start, lo, t.start, name)))
    elif t.unit == "%":
        name = network_coverage(scan, start, lo, raised_growth(scan, start, lo, name))
    elif unit_field(t.unit, "kind") in ("count", "households"):
        name = threshold_class(scan, start, t.start, name)
    return sibling_output(scan, lo, t.start, name, last)
