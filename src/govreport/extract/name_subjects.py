"""Names built from a clause that lost its subject (issue 11, audit 8 group 6): the namer
(naming.py) names a figure from its own clause; where that clause holds only a verb, a modal or
the second half of a relation, the subject stands elsewhere in the sentence. A ``SubjectMender``
per sentence looks at each name once the namer has given it and puts the subject back:

- 预期 before a change (广义货币预期增长14%) and 稳定 right before a level (粮食面积稳定790万亩)
  say how the plan holds the figure, not what is measured; a later figure that borrowed such a
  name takes the mended one (…、产量300万吨: 粮食产量, not 粮食面积产量);
- 占X的N% is the share of what stands before 占 (…经费支出占国内生产总值的4%: 经费支出占国内生产总值比重);
- N%的 + a noun of places is the share of those places the clause's subject covers
  (试点范围扩大到60%的县: 试点覆盖县比例);
- an own measure by weight after a topic naming the crop's area is the crop's output
  (粮食种植面积、单产实现“双增”，总产超298万吨: 粮食总产量);
- 分别 + verb with a basis between the 、 list and 分别 (小麦、稻谷最低收购价平均每50公斤分别提高):
  the list's members, one per figure;
- a bare output verb (基本建成, 新开工) takes the object of the sentence's opening clause
  (继续推进保障性安居工程建设，…基本建成500万套，新开工700万套: 保障性安居工程基本建成数, …新开工数);
- a size after a clause that raises a quality of a trade (增强光伏…产业全球竞争力，力争规模突破…):
  the size of the trade;
- 提高到每人每年 at the end of a standard's name is the step and its basis, not the standard;
- an amount right before a noun of kinds and its count (新增200亿产业链1个) is the class counted;
- a count's noun followed by a 、 member sharing its head and ending the clause (200个智能车间、智能
  工厂): the count is of both.
Word lists: data/name_subjects.json.
"""
from __future__ import annotations

import re
from functools import cache

from govreport.extract.indicators import add_measure, list_members, strip_clause
from govreport.extract.scanner import Token
from govreport.lexicon import read_json, unit_field, verbs

BREAKS = "，,；;：:。"
AMOUNT_CHARS = frozenset("0123456789.．万亿元")
NOUN_BREAKS = BREAKS + "、！？!?\n"  # what a noun before a verb starts after
DISTRIBUTIVE = ("分别", "依次")
COUNTED = ("count", "households", "area", "length", "weight", "volume")  # the unit kinds a bare output verb counts
HAN = "\u4e00-\u9fff"


@cache
def _words(key: str) -> tuple[str, ...]:
    """A word list of data/name_subjects.json, longest first."""
    return tuple(sorted(_data()[key], key=len, reverse=True))


@cache
def _data() -> dict:
    return read_json("name_subjects.json")


def _alt(key: str) -> str:
    return "|".join(re.escape(w) for w in _words(key))


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """The module's patterns, compiled once from the word lists."""
    return {
        "modal": re.compile(f"(?<=[{HAN}A-Za-z0-9]{{2}})(?:{_alt('modal_before_change')})(?=(?:{_alt('change_after_modal')})|$)"),
        "area_own": re.compile(f"(.{{2,}}?)(?:{_alt('area_words')}).*?({_alt('own_measures')})"),
        "share": re.compile(f"占([^占的从由比{BREAKS}]{{2,20}}?)的(?:约|近|超过|达到|达|为)?$"),
        "share_cut": re.compile(f".*(?:{_alt('share_subject_cuts')})"),
        "places": re.compile(f"的({_alt('covered_places')})(?=[{BREAKS}（(]|$)"),
        "basis": re.compile(r"(?:平均)?每[\d.．０-９]+[^\d、，,]{0,3}$"),
        "link_end": re.compile("(?:突破|达到|超过|达)$"),
        "bare": re.compile(f"(?:{_alt('bare_output_verbs')})+"),
        "opening_tail": re.compile(f"(?:{_alt('opening_tails')})$"),
        "quality": re.compile(f"(?:{_alt('quality_verbs')})(.{{2,}}?)(?:{_alt('quality_nouns')})({_alt('size_measures')})"),
        "per_head": re.compile(f"(.{{4,}}?)(?:{_alt('to_verbs')})(?:{_alt('per_head_bases')})"),
        "pair": re.compile(f"([{HAN}“”]{{2,10}})、([{HAN}“”]{{2,10}})(?=[{BREAKS}])"),
    }


class SubjectMender:
    """Puts back the subject of the names of one sentence's figures (see the module's doc)."""

    def __init__(self, scan: str, start: int, end: int) -> None:
        self.scan, self.start, self.end = scan, start, end
        self.renamed: list[tuple[str, str]] = []  # (name given, name mended) of figures before, for names borrowed
        self.list_at = -1  # where the 分别 of the list being named stands
        self.list_members: list[str] = []
        self.list_next = 0
        self.last = ""  # the name of the figure before in the sentence

    def mend(self, t: Token, lo: int, name: str) -> str:
        """The name of ``t`` (clause from ``lo``), its subject put back where the namer lost it."""
        if not name:
            return name
        given = name
        for old, new in self.renamed:  # …、产量300万吨 after 粮食面积稳定790万亩: the name it borrowed is mended
            if name.startswith(old) and len(name) > len(old):
                name = new + name[len(old):]
                own = _patterns()["area_own"].fullmatch(name)
                name = own.group(1) + own.group(2) if own else name  # 粮食面积产量: the crop's output
                break
        name = self._mended(t, lo, name)
        if name != given:
            self.renamed.append((given, name))
        self.last = name
        return name

    def _mended(self, t: Token, lo: int, name: str) -> str:
        scan, unit, p = self.scan, t.unit, _patterns()
        if "预期" in name and (modal := p["modal"].search(name)):  # 广义货币预期增长: 广义货币增长
            return name[:modal.start()] + name[modal.end():]
        if name.endswith("稳定") and scan.endswith(_words("level_verbs_end"), max(lo, t.start - 3), t.start):
            return add_measure(name[:-2], unit)  # 粮食面积稳定790万亩: 粮食面积
        if "面积" in name and unit_field(unit, "kind") == "weight" and (own := p["area_own"].fullmatch(name)):
            return own.group(1) + own.group(2)  # 粮食种植面积、单产实现“双增”，总产超298万吨: 粮食总产量
        if name[:2] in DISTRIBUTIVE and len(name) <= 5:
            return self._member(t, name)
        if unit == "%":
            clause = scan[lo:t.start]
            if "占" in clause and (share := p["share"].search(clause)):  # 经费支出占国内生产总值的4%
                return self._share(clause[:share.start()], share.group(1))
            if scan[t.end:t.end + 1] == "的" and (place := p["places"].match(scan, t.end)) and name in place.group(1):
                return self._covered(clause, place.group(1))
            return name
        if "每" in name and (head := p["per_head"].fullmatch(name)):  # 补助标准提高到每人每年(240元)
            return head.group(1)
        if unit_field(unit, "kind") in COUNTED:
            if (bare := self._bare(t, lo, name)) is not None:
                return bare
            if self.scan[lo:t.start] in _words("classed_nouns") and (classed := self._classed(t, lo)):
                return classed
            if (pair := p["pair"].match(scan, t.end)) and pair.group(1) in name and pair.group(2) not in name:
                first, second = pair.group(1), pair.group(2)
                if first[:2] == second[:2] and first != second and first[:2] not in verbs():  # 智能车间、智能工厂
                    return name.replace(first, first + "和" + second, 1)
        if (quality := p["quality"].fullmatch(name)) and quality.group(2) in scan[lo:t.start]:
            return quality.group(1) + quality.group(2)  # 增强光伏…产业全球竞争力，力争规模…: 光伏…产业规模
        return name

    def _member(self, t: Token, name: str) -> str:
        """分别提高 after a basis (平均每50公斤) that cut the clause from its 、 list: the list's member."""
        at = self.scan.rfind(name[:2], self.start, t.start)
        if at < 0:
            return name
        if at != self.list_at:
            self.list_at, self.list_next = at, 0
            begin = max(self.scan.rfind(b, self.start, at) for b in BREAKS)
            seg = _patterns()["basis"].sub("", self.scan[max(begin + 1, self.start):at])
            self.list_members = list_members(seg + name, seg.count("、") + 1) if "、" in seg else []
        if self.list_next >= len(self.list_members):
            return name
        self.list_next += 1
        return add_measure(self.list_members[self.list_next - 1], t.unit)

    def _classed(self, t: Token, lo: int) -> str:
        """新增200亿产业链1个: an amount right before a noun of kinds and its count is the class counted."""
        k = lo
        while k > self.start and self.scan[k - 1] in AMOUNT_CHARS:
            k -= 1
        amount = self.scan[k:lo]
        if not any(c.isdigit() for c in amount) or amount[-1:] not in "万亿元":
            return ""
        begin = max(self.scan.rfind(b, self.start, k) for b in BREAKS)
        lead = self.scan[max(begin + 1, self.start):k]
        return add_measure((lead if len(lead) <= 4 else "") + amount + self.scan[lo:t.start], t.unit)

    def _share(self, before: str, whole: str) -> str:
        """占X的N%: the share of what stands before 占 in X (no subject: the share in X)."""
        cut = _patterns()["share_cut"].match(before)
        subject = strip_clause(before[cut.end():] if cut else before)[0] if before.strip("，,、 ") else ""
        if not subject and not before.strip("，,、 ") and self.last and "占" not in self.last:
            subject = self.last  # 高速铁路运营里程达1.6万公里，占世界的60%: the share of the figure before
        return subject + "占" + whole + _data()["share_noun"]

    def _covered(self, clause: str, place: str) -> str:
        """扩大到60%的县: the share of the places the clause's subject covers."""
        subject = strip_clause(clause)[0]
        if subject.endswith(_words("covered_trim")):
            subject = subject[:-len(next(w for w in _words("covered_trim") if subject.endswith(w)))]
        short = place.split("（")[0].split("(")[0]  # 县（市、区）: 县
        return subject + "覆盖" + short + "比例" if len(subject) >= 2 else short + "覆盖比例"

    def _bare(self, t: Token, lo: int, name: str) -> str | None:
        """基本建成500万套 / 开行列数突破900列 with no object: the object the report gives the same verb
        and unit elsewhere (one object only), else the object of the sentence's opening clause."""
        clause = self.scan[lo:t.start].lstrip("，,、；; ")
        p = _patterns()
        verb = p["link_end"].sub("", clause)
        counted = t.unit + "数"  # 开行列数: the verb and its unit's count
        verb = verb[:-len(counted)] if verb.endswith(counted) and len(verb) > len(counted) else verb
        if not 2 <= len(verb) <= 6 or not p["bare"].fullmatch(verb):
            return None
        measure = unit_field(t.unit, "measure")
        core = name[:-len(counted)] if name.endswith(counted) else name[:-len(measure)] if measure and name.endswith(measure) else name
        if not core.endswith(verb) or (core != verb and not p["bare"].fullmatch(core[:-len(verb)])):
            return None  # the namer found an object
        obj = self._elsewhere(verb, t.unit)
        if not obj and verb == clause:
            cut = min((i for i in (self.scan.find(b, self.start, lo) for b in BREAKS) if i >= 0), default=-1)
            opening = self.scan[self.start:cut] if 0 < cut < lo else ""
            if opening and not any(c.isdigit() for c in opening):
                obj = p["opening_tail"].sub("", strip_clause(opening)[0])
        if len(obj) < 2 or p["bare"].fullmatch(obj):
            return None
        return add_measure(obj + verb, t.unit)

    def _elsewhere(self, verb: str, unit: str) -> str:
        """The one object that ``verb`` right before a figure in ``unit`` has in the report's other
        sentences (中欧班列开行868列 for 开行…列), or ""."""
        scan = self.scan
        found: set[str] = set()
        at = scan.find(verb)
        while at >= 0 and len(found) < 2:
            k = at + len(verb)
            if not self.start <= at < self.end and scan[k:k + 1].isdigit():
                while k < len(scan) and (scan[k].isdigit() or scan[k] in ".．万亿"):
                    k += 1
                if scan.startswith(unit, k):
                    begin = max(scan.rfind(b, max(0, at - 16), at) for b in NOUN_BREAKS)
                    noun = strip_clause(scan[max(begin + 1, at - 16):at])[0]
                    if len(noun) >= 2 and not _patterns()["bare"].fullmatch(noun) and not any(c.isdigit() for c in noun):
                        found.add(noun)
            at = scan.find(verb, at + 1)
        return found.pop() if len(found) == 1 else ""
