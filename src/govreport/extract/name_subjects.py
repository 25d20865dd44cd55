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
Audit 9 group 5 (names that lost their subject or kept a tail), each before the rules above:
- 拟 or 为此将 (audit 11) before a fund verb (拟投入, 为此将投入) is a modal, and 增长目标 closing a name the word
  for a goal: no part of what is measured (中央财政拟安排补贴资金: 中央财政补贴资金, 安排 dropped below);
- a purpose right after the amount (拟投入433亿元用于促进就业) names what the money is for;
- a name that is only a payer (中央财政) takes the fund noun of the clause before (增加社会保障投入);
- X占Y比重达N%: the share of X in Y, as 占X的N%;
- adjectives before 的 after a count (40个吸引力强、带动面广的消费场景, 5个特色鲜明的旗舰店): the noun after 的 is counted;
- A和B分别 with A ending in a measure (面积, 人数): B takes A's head (粮食播种面积和产量: 粮食产量);
- a name that is only a qualifier (以上数, from 3万套（间）以上): the clause's own noun;
- 在N%…的X实施Y: the share of X doing Y. Word lists: data/name_subjects.json."""
from __future__ import annotations

import re
from typing import Final
from functools import cache, lru_cache

from govreport.extract.bare_parts import bare_part
from govreport.extract.crop_outputs import own_output
from govreport.extract.indicators import add_measure, list_members, strip_clause
from govreport.extract.name_pairs import pair_part, pair_subject, pair_word
from govreport.extract.name_tails import _alt, _data, _firsts, fuller_subject, held_growth, lost_nouns, _words, _word_set, share_of_whole, noun_before, object_of, rank_aside, units_share
from govreport.extract.payer_purposes import aim_before, payer_purpose
from govreport.extract.carried_verbs import carried_verb, opens_new
from govreport.extract.name_heads import headed
from govreport.extract.network_kinds import network_named
from govreport.extract.predicates import count_verb
from govreport.extract.scanner import Token
from govreport.extract.sibling_tails import without_sibling_tail
from govreport.lexicon import clause_breaks, unit_field, verbs

BREAKS = clause_breaks()  # data/punctuation.json
AMOUNT_CHARS = frozenset("0123456789.．万亿元十百千")  # (过十亿元企业: a tens or hundreds in Chinese)
NOUN_BREAKS = clause_breaks(lists=True) + "\n"  # what a noun before a verb starts after
DISTRIBUTIVE = ("分别", "依次")
LINK_ENDS: Final = ("突破", "达到", "超过", "达", "\n")  # what link_end can end with: a cheap gate before it
COUNTED = ("count", "households", "area", "length", "weight", "volume")  # the unit kinds a bare output verb counts
HAN = "\u4e00-\u9fff"
COVER = "覆盖"  # the verb of a share of places covered (试点覆盖县比例)


@cache
def _place_gate() -> frozenset[str]:
    """The characters a share of places can be followed by: 的, a qualifier's or a place's first."""
    return frozenset("的" + "".join(w[0] for w in _words("covered_qualifiers") + _words("covered_places")))


_PATTERNS: Final[dict[str, re.Pattern[str]]] = {}  # a Final dict, not functools.cache: a direct call per figure (lexicon.units)


def _patterns() -> dict[str, re.Pattern[str]]:
    if not _PATTERNS:
        _PATTERNS.update(_compile_patterns())
    return _PATTERNS


def _compile_patterns() -> dict[str, re.Pattern[str]]:
    """The module's patterns, compiled once from the word lists."""
    return {
        "modal": re.compile(f"(?<=[{HAN}A-Za-z0-9]{{2}})(?:{_alt('modal_before_change')})(?=(?:{_alt('change_after_modal')})|$)"),
        "area_own": re.compile(f"(.{{2,}}?)(?:{_alt('area_words')})(.*?)({_alt('own_measures')})"),
        "share": re.compile(f"占([^占的从由比{BREAKS}]{{2,20}}?)的(?:约|近|超过|达到|达|为)?$"),
        "share_cut": re.compile(f".*(?:{_alt('share_subject_cuts')})"),
        "places": re.compile(f"(?:{_alt('covered_qualifiers')})?的?({_alt('covered_places')})(?=[{BREAKS}（(]|$)"),
        "basis": re.compile(r"(?:平均)?每[\d.．０-９]+[^\d、，,]{0,3}$"),
        "link_end": re.compile("(?:突破|达到|超过|达)$"),
        "bare": re.compile(f"(?:{_alt('bare_output_verbs')})+"),
        "opening_lead": re.compile(f"^(?:{_alt('opening_leads')})"),
        "opening_tail": re.compile(f"(?:{_alt('opening_tails')})$"),
        "quality": re.compile(f"(?:{_alt('quality_verbs')})(.{{2,}}?)(?:{_alt('quality_nouns')})({_alt('size_measures')})"),
        "per_head": re.compile(f"(.{{4,}}?)(?:{_alt('to_verbs')})(?:{_alt('per_head_bases')})"),
        "modal9": re.compile(f"(?:{_alt('plan_modals')})(?=(?:{_alt('modal_verbs')}))"),
        "purpose": re.compile(f"(?:左右|以上)?[，,]?用于([{HAN}“”]{{2,10}})(?=[{BREAKS}])"),
        "fund_before": re.compile(f"(?:{_alt('raise_verbs')})([{HAN}“”]{{2,10}}?(?:{_alt('fund_nouns')}))[{BREAKS}]$"),
        "share_ratio": re.compile(f"占([^占的从由{BREAKS}]{{2,20}}?)的?比重(?:{_alt('share_links')})?$"),
        "adjectives": re.compile(f"([{HAN}、]{{2,16}}?)的([{HAN}]{{2,8}})(?=[{BREAKS}、]|$)"),
        "tail_list": re.compile(f"([{HAN}“”]{{2,12}})、[{HAN}“”]{{2,12}}?({_alt('shared_tails')})(?:分别|依次)"),
        "basis_cut": re.compile(f"每(?=(?:{_alt('change_after_modal')}|增加|上调))"),
        "each_number": re.compile("每[0-9０-９]"),
        "raised_head": re.compile(f"(?:进一步|继续|稳步)?(?:提高|上调)[{HAN}]{{0,6}}?({_alt('raised_heads')})[{BREAKS}]"),
        "bare_step": re.compile(f"([{HAN}]{{1,6}}?)({_alt('raised_steps')})"),
        "pair_head": re.compile(f"(?:{_alt('pair_leads')})?([{HAN}]{{2,8}}?)(?:{_alt('head_measures')})(和|、)([{HAN}]{{2,4}})(?:分别|依次)"),
        "places_doing": re.compile(f"(?:[^{BREAKS}]*的)?([{HAN}]{{2,12}}?(?:{_alt('share_places_verbs')})[{HAN}]{{2,10}})(?=[{BREAKS}]|$)"),
        "change_end": re.compile(f"(?:同比|比上年)?(?:{_alt('change_after_modal')}|增加)$"),
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
        self.previous_unit = ""  # and its unit
        self.by_end: dict[int, str] = {}  # the names of the figures before, by where each ends
        self.first_list = end  # where the sentence's first 分别/依次 stands (a loop: no generator made per sentence)
        for d in DISTRIBUTIVE:
            if 0 <= (k := scan.find(d, start, end)) < self.first_list:
                self.first_list = k
        self.pair_at, self.pair_next, self.opened = -1, 0, False  # a contracted pair (存贷款) before 分别, and its part to name next; whether a name before opens with a new-things verb

    def mend(self, t: Token, lo: int, name: str) -> str:
        """The name of ``t`` (clause from ``lo``), its subject put back where the namer lost it."""
        if not name:  # 60%以上村集体经济组织收入超过50万元 (nothing before it): the units' share
            return (units_share(self.scan, t, name) or name) if t.unit == "%" else name
        given = name
        for old, new in self.renamed:  # …、产量300万吨 after 粮食面积稳定790万亩: the name it borrowed is mended
            if name.startswith(old) and len(name) > len(old):
                name = new + name[len(old):]
                own = _patterns()["area_own"].fullmatch(name)
                name = own_output(own) if own else name  # 粮食面积产量: the crop's output
                break
        if self.first_list < t.start and (pair := pair_word(name)) and (at := pair_subject(self.scan, self.start, t.start, pair)) >= 0:
            self.pair_next = self.pair_next + 1 if at == self.pair_at else 0  # 存贷款余额分别达到A、B: 存款, then 贷款
            self.pair_at = at
            part = pair_part(name, pair, self.pair_next)
            if part:
                self.last, self.previous_unit = part, t.unit
                return part
        kind = unit_field(t.unit, "kind")  # (looked up once per figure, for every rule below)
        name = bare_part(self.scan, self.start, lo, t, share_of_whole(self.scan, lo, t, self._mended(t, lo, name, kind), self.last), self.by_end, self.last)  # 其中制造业占比 (name_tails.py); bare_parts.py
        name = headed(carried_verb(name, self.scan, lo, t.start, self.by_end, self.opened), self.scan, self.start, lo, t, self.first_list)  # 新招引 (…，50亿元以上项目不少于10个); lost heads (name_heads.py)
        p = _patterns()
        if kind == "money" and name.endswith(_words("raised_steps")) and (step := p["bare_step"].fullmatch(name)) \
                and step.group(1) not in DISTRIBUTIVE and (head := p["raised_head"].match(self.scan, self.start, lo)):
            name = step.group(1) + head.group(1) + step.group(2)  # 提高粮食最低收购价，早籼稻…分别提高3元: 早籼稻最低收购价提高
        if t.unit == "%" and (aside := rank_aside(self.scan, self.start, t.start)) and (level := self.by_end.get(aside[1])):
            name = level + aside[0]  # …5.53万亿元、稳居全国前十强、增长4.8%: the level's growth, not the rank's
        if name != given:
            self.renamed.append((given, name))
        self.last, self.previous_unit, self.by_end[t.end], self.opened = name, t.unit, name, self.opened or opens_new(name)
        return name

    def _mended(self, t: Token, lo: int, name: str, kind: str) -> str:
        scan, unit, p = self.scan, t.unit, _patterns()
        name = self._tails(t, lo, name, kind)
        if (mended := self._audit9(t, lo, name, kind)) is not None:
            return mended
        if "预期" in name and (modal := p["modal"].search(name)):  # 广义货币预期增长: 广义货币增长
            return name[:modal.start()] + name[modal.end():]
        if name.endswith("稳定") and scan.endswith(_words("level_verbs_end"), max(lo, t.start - 3), t.start):
            return add_measure(name[:-2], unit)  # 粮食面积稳定790万亩: 粮食面积
        if "面积" in name and kind == "weight" and (own := p["area_own"].fullmatch(name)):
            return own_output(own)  # 粮食种植面积、单产实现“双增”，总产超298万吨: 粮食总产量
        if name[:2] in DISTRIBUTIVE and len(name) <= 5:
            return self._member(t, name)
        if unit == "%":
            clause = scan[lo:t.start]
            if "占" in clause and (share := p["share"].search(clause)):  # 经费支出占国内生产总值的4%
                return self._share(clause[:share.start()], share.group(1))
            if (units := units_share(scan, t, name)) is not None:  # 推动70%村集体经济组织收入超过50万元 (name_tails.py)
                return units
            if scan[t.end:t.end + 1] in _place_gate() and (place := p["places"].match(scan, t.end)) \
                    and (name in place.group(1) or place.group()[:1] != "的"):  # (50%左右行政村: the namer stopped at 左右)
                return self._covered(clause, place.group(1), lo)
            if (name.endswith(COVER) or name.endswith(COVER + "率") and name[:-3] in _words("covered_stages")) and len(name) <= 6 and lo > self.start:  # (开工覆盖率: fix131a)
                return self._coverage(name)
            return name
        if "每" in name and (head := p["per_head"].fullmatch(name)):  # 补助标准提高到每人每年(240元)
            return head.group(1)
        if kind in COUNTED:
            if (bare := self._bare(t, lo, name)) is not None:
                return bare
            if self.scan[lo:t.start] in _word_set("classed_nouns") and (classed := self._classed(t, lo)):
                return classed
            if scan.find("、", t.end, t.end + 12) >= 0 and (pair := p["pair"].match(scan, t.end)) \
                    and pair.group(1) in name and pair.group(2) not in name:
                first, second = pair.group(1), pair.group(2)
                if first[:2] == second[:2] and first != second and first[:2] not in verbs():  # 智能车间、智能工厂
                    return name.replace(first, first + "和" + second, 1)
        if name.startswith(_words("quality_verbs")) and (quality := p["quality"].fullmatch(name)) \
                and quality.group(2) in scan[lo:t.start]:
            return quality.group(1) + quality.group(2)  # 增强光伏…产业全球竞争力，力争规模…: 光伏…产业规模
        return name

    def _tails(self, t: Token, lo: int, name: str, kind: str) -> str:
        """拟 before a fund verb, 增长目标 closing a name, a purpose after the amount (see the module's doc)."""
        p, name = _patterns(), held_growth(name, t.unit)  # 固定资产投资保持稳定增长: 固定资产投资增长
        if len(name) > 3 and not _firsts("plan_modals").isdisjoint(name) and (modal := p["modal9"].search(name, 2)):  # 中央财政拟安排补贴资金
            name = name[:modal.start()] + name[modal.end():]  # (为此将投入 too: audit 11)
        name = lost_nouns(self.scan, self.start, t, lo, name)  # 地方发行2000亿元债券, 增加500万沼气用户 … (name_tails.py)
        if name.endswith(_words("target_tails")) and len(name) > 4:  # 广义货币M2增长目标
            name = name[:-2]
        if kind == "money" and self.scan.find("用于", t.end, t.end + 5) >= 0 and (purpose := p["purpose"].match(self.scan, t.end)):
            verb = next((v for v in _words("fund_verbs") if name.endswith(v)), "")
            if verb and purpose.group(1) not in name:  # 中央财政投入433亿元用于促进就业: 中央财政促进就业投入
                name = name[:-len(verb)] + aim_before(self.scan, self.start, t.start) + purpose.group(1) + verb  # (为支持X，…用于Y: XY)
        if kind == "money" and (word := next((w for w in _words("arranging_verbs") if w in name[2:]), "")):
            at = name.find(word, 2)  # 中央预算内投资安排5000亿元, 中央财政预算(拟)安排补助资金: the money, not the act of
            name = name[:at] + name[at + len(word):] if name[at - 1] != "新" else name  # allotting it (not 新安排)
        return name

    def _audit9(self, t: Token, lo: int, name: str, kind: str) -> str | None:
        """A name the namer built from too little (see the module's doc), mended; else None."""
        scan, unit, p = self.scan, t.unit, _patterns()
        measure = unit_field(unit, "measure")
        core = name[:-len(measure)] if measure and name.endswith(measure) and len(name) > len(measure) else name
        if kind == "money" and name in _word_set("payers") and (fund := p["fund_before"].search(scan, max(self.start, lo - 14), lo)):
            noun = strip_clause(fund.group(1))[0]  # 增加社会保障投入，中央财政拟安排3185亿元
            return name + noun if len(noun) >= 2 and name not in noun else None
        if kind == "money" and (purposed := payer_purpose(scan, self.start, t, name)):  # …，支持卫生事业…: its purpose
            return purposed
        clause = scan[lo:t.start]
        if unit == "%" and "占" in clause and (clause := without_sibling_tail(clause)) and (name.find("占") <= 0 or name[:name.find("占")] in _word_set("bare_share_subjects")) \
                and (ratio := p["share_ratio"].search(clause)):
            return self._share(clause[:ratio.start()], ratio.group(1), lo)  # 高技术制造业增加值占规上工业增加值比重达13%
        if unit == "%" and name == "在" and (doing := p["places_doing"].match(scan, t.end)):
            return doing.group(1) + "比例"  # 在60%政府举办的基层医疗卫生机构实施基本药物制度
        if core in _word_set("qualifier_names"):  # 3万套（间）以上: the clause's noun
            own = strip_clause(clause)[0]
            return add_measure(own, unit) if len(own) >= 2 and own not in _word_set("qualifier_names") else None
        if kind in ("count", "people") and scan.find("的", t.end, t.end + 26) >= 0 and (adj := p["adjectives"].match(scan, t.end)) \
                and all(m.endswith(_words("adjective_ends")) for m in adj.group(1).split("、")):
            first = adj.group(1).split("、")[0]  # adjectives (one, or each 、 member) end in a word of quality (强, 鲜明)
            if len(first) >= 2 and core.endswith(first):  # 打造40个吸引力强、带动面广的消费场景
                return add_measure(core[:-len(first)] + adj.group(2), unit)
        listed = self.first_list < t.start  # a 分别/依次 list before the figure in the sentence
        if listed and (tail := p["tail_list"].search(scan, self.start, t.start)) and name == tail.group(1):
            return name + tail.group(2)  # 城乡最低生活保障、机构孤儿集中养育年标准分别提高到…: 城乡最低生活保障年标准
        if "每" in name and (cut := p["basis_cut"].search(name, 1)) and p["each_number"].search(scan, self.start, t.start):  # 小麦每50公斤提高3元: the basis is the unit's
            return name[:cut.start()] + name[cut.end():]
        if clause[:1] == "、" and (own := clause[1:]) and len(own) >= 2 and self.last and core.endswith(own) \
                and kind != "money" and not own.startswith(_words("not_members")):
            last = self.last[:-len(lm)] if (lm := unit_field(self.previous_unit, "measure")) and self.last.endswith(lm) else self.last
            lead = next((w for w in _words("shared_leads") if last.startswith(w)), "")
            if lead and core == last + own:  # 新增口袋公园30个、绿地200公顷: 新增绿地, not 新增口袋公园绿地
                return add_measure(lead + own, unit)
        if kind == "length" and (networked := network_named(scan, self.start, lo, name)) is not None:
            return networked or None  # 深化城镇燃气安全隐患排查整治，更新改造老旧管网30公里 (not 污水垃圾处理: treatment, audit 38 TR24#87)
        if listed and len(name) <= 4 and (pair := p["pair_head"].search(scan, self.start, t.start)) \
                and name.startswith(pair.group(3)) and (pair.group(2) == "和" or pair.group(3) in _words("own_measures") + ("总产",)):
            return pair.group(1) + name  # 粮食播种面积和产量分别稳定在…: 粮食产量; 全年粮食播面和总产分别…, 粮食播面、总产分别…: 粮食总产量
        return None

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
        if not any(c.isdigit() or c in "十百千" for c in amount) or amount[-1:] not in "万亿元":
            return ""
        begin = max(self.scan.rfind(b, self.start, k) for b in BREAKS)
        lead = self.scan[max(begin + 1, self.start):k]
        if lead.endswith(_words("over_words")):
            lead = self._over(lead, k)
        return add_measure((lead if len(lead) <= 4 or lead.endswith(_words("over_words")) else "") + amount
                           + self.scan[lo:t.start], t.unit)

    def _over(self, lead: str, k: int) -> str:
        """The words a class over an amount keeps (新培育营业收入过100亿元企业1家: what is over it, 营业收入): its
        own 、 member's, or for a member that is only the word of the class (、过50亿元企业2家) the one before's."""
        member = lead[lead.rfind("、") + 1:]
        over = next(w for w in _words("over_words") if member.endswith(w))
        if member == over:
            at = self.scan.rfind(over, self.start, k - len(over) - 1)
            begin = max(self.scan.rfind(b, self.start, at) for b in BREAKS + "、") if at > 0 else -1
            member = self.scan[max(begin + 1, self.start):at + len(over)] if at > 0 else over
        core = strip_clause(member[:-len(over)])[0]
        return core + over if core else ""

    def _share(self, before: str, whole: str, lo: int = -1) -> str:
        """占X的N%: the share of what stands before 占 in X (no subject: the share in X)."""
        p = _patterns()
        cut = p["share_cut"].match(before)
        subject = strip_clause(before[cut.end():] if cut else before)[0] if before.strip("，,、 ") else ""
        if subject in _words("bare_share_subjects") and self.last and "占" not in self.last:  # 数字经济核心产业规模突破
            last = p["change_end"].sub("", self.last)  # 6000亿元，增加值占地区生产总值比重达到19%: that industry's
            size = next((w for w in _words("size_measures") if last.endswith(w) and len(last) > len(w)), "")
            subject = last if last.endswith(subject) else last[:len(last) - len(size)] + subject if size else subject
        if (not subject or subject in _words("bare_share_subjects")) and not self.last and lo >= 0:  # 加大科技创新投入，占…
            subject = noun_before(self.scan, self.start, lo) + subject
        if not subject and not before.strip("，,、 ") and self.last and "占" not in self.last:
            subject = p["change_end"].sub("", self.last) or self.last  # 高速铁路运营里程达1.6万公里，占世界的60%: the share of the figure before (of its level: 增加值增长7%，占…比重: 增加值占…比重)
        return subject + "占" + whole + _data()["share_noun"]

    def _covered(self, clause: str, place: str, lo: int) -> str:
        """扩大到60%的县: the share of the places the clause's subject covers; a subject of two characters
        takes the words the clause before says it with (加快农村“三变”改革，实现改革覆盖…: 农村“三变”改革)."""
        subject = strip_clause(clause)[0]
        while subject.endswith(_words("covered_trim")):  # 试点范围扩大到全国, 改革覆盖全市: 试点, 改革
            subject = subject[:-len(next(w for w in _words("covered_trim") if subject.endswith(w)))]
        cover = subject.find(COVER)  # 5G网络覆盖所有城区、镇区和93%以上行政村: the places before are others
        subject = subject[:cover] if cover >= 2 else subject
        subject = fuller_subject(self.scan, self.start, lo, subject) if len(subject) == 2 else subject
        short = place.split("（")[0].split("(")[0]  # 县（市、区）: 县
        return subject + COVER + short + "比例" if len(subject) >= 2 else short + COVER + "比例"

    def _coverage(self, name: str) -> str:
        """A short share named by what is covered and 覆盖 alone (…，场景覆盖达到50%以上) is the coverage rate of
        what the sentence's opening clause works on (进一步丰富“鲁通码”应用: 鲁通码应用场景覆盖率), as is a stage's (开工覆盖率, fix131a)."""
        cut = min((i for i in (self.scan.find(b, self.start, self.end) for b in BREAKS) if i >= 0), default=-1)
        opening = self.scan[self.start:cut] if cut > 0 else ""
        if not opening or any(c.isdigit() for c in opening):
            return name
        topic = strip_clause(opening)[0]
        act = count_verb(False).match(topic) or _patterns()["opening_lead"].match(topic)
        topic = _patterns()["opening_tail"].sub("", topic[act.end():] if act else topic)
        return topic + name + ("" if name.endswith("率") else "率") if len(topic) >= 2 and topic not in name else name

    def _bare(self, t: Token, lo: int, name: str) -> str | None:
        """基本建成500万套 / 开行列数突破900列 with no object: the object the report gives the same verb
        and unit elsewhere (one object only), else the object of the sentence's opening clause."""
        p = _patterns()
        if self.scan[lo - 1:lo] in ("）", ")"):  # 新（改）建6000公里: the aside is the verb's
            begin = max(self.scan.rfind(b, self.start, t.start) for b in BREAKS) + 1
            lo = begin if self.start < begin < lo else lo
        clause = self.scan[lo:t.start].lstrip("，,、；; ")
        if len(clause) > len(t.unit) + 9:  # a bare verb (≤ 6), its link (突破) and its unit's count (列数): no longer
            return None
        verb = p["link_end"].sub("", clause) if clause.endswith(LINK_ENDS) else clause  # (the pattern's words, or the newline $ passes)
        counted = t.unit + "数"  # 开行列数: the verb and its unit's count
        verb = verb[:-len(counted)] if verb.endswith(counted) and len(verb) > len(counted) else verb
        if not 2 <= len(verb) <= 6 or not verb.startswith(_words("bare_output_verbs")) or not p["bare"].fullmatch(verb):
            return None
        measure = unit_field(t.unit, "measure")
        core = name[:-len(counted)] if name.endswith(counted) else name[:-len(measure)] if measure and name.endswith(measure) else name
        last = self.last[:-len(measure)] if measure and self.last.endswith(measure) else self.last
        if verb == clause and "、" in self.scan[max(lo - 1, self.start):lo + 1] and self.previous_unit == t.unit \
                and (p["bare"].fullmatch(core) or core.startswith(last)) and len(obj := object_of(last)) >= 2:
            return add_measure(obj + verb, t.unit)  # 新改续扩建中小学幼儿园35所、建成投用14所: the member before's object
        if not core.endswith(verb) or (core != verb and not p["bare"].fullmatch(core[:-len(verb)])):
            return None  # the namer found an object
        obj = self._elsewhere(verb, t.unit)
        if not obj and verb == clause:
            cut = min((i for i in (self.scan.find(b, self.start, lo) for b in BREAKS) if i >= 0), default=-1)
            opening = self.scan[self.start:cut] if 0 < cut < lo else ""
            if opening and not any(c.isdigit() for c in opening):
                obj = p["opening_tail"].sub("", p["opening_lead"].sub("", strip_clause(opening)[0]))
        if len(obj) < 2 or p["bare"].fullmatch(obj):
            return None
        return add_measure(obj + verb, t.unit)

    def _elsewhere(self, verb: str, unit: str) -> str:
        """The one object that ``verb`` right before a figure in ``unit`` has in the report's other
        sentences (中欧班列开行868列 for 开行…列), or ""."""
        found = {noun for at, noun in _verb_objects(self.scan, verb, unit) if not self.start <= at < self.end}
        return found.pop() if len(found) == 1 else ""


@lru_cache(maxsize=256)
def _verb_objects(scan: str, verb: str, unit: str) -> tuple[tuple[int, str], ...]:
    """Where ``verb`` stands right before a figure in ``unit`` in the text, with the noun before it:
    found once per report, verb and unit (each bare count asked the whole text again)."""
    out: list[tuple[int, str]] = []
    at = scan.find(verb)
    while at >= 0:
        k = at + len(verb)
        if scan[k:k + 1].isdigit():
            while k < len(scan) and (scan[k].isdigit() or scan[k] in ".．万亿"):
                k += 1
            if scan.startswith(unit, k):
                begin = max(scan.rfind(b, max(0, at - 16), at) for b in NOUN_BREAKS)
                noun = strip_clause(scan[max(begin + 1, at - 16):at])[0]
                if len(noun) >= 2 and not _patterns()["bare"].fullmatch(noun) and not any(c.isdigit() for c in noun):
                    out.append((at, noun))
        at = scan.find(verb, at + 1)
    return tuple(out)
