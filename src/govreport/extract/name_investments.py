"""A sentence that opens with a bare investment (投资8亿元，深入实施…重点县城建设项目40个) names what is invested in
in the clause after the amount: the amount is that project's or programme's investment, not a bare 投资 (audit 33,
GZ24#65, #83)."""
from __future__ import annotations

import re
from typing import Final

from govreport.extract.list_tails import ITEM_MARK_TEXT
from govreport.extract.name_lists import clause_before
from govreport.extract.outlay_purposes import outlay_purpose
from govreport.lexicon import name_subjects

BARE: Final = "投资"
BARE_WORDS: Final = (BARE, "投入")  # the bare money words that open such a sentence (投入3.75亿元，实施牦牛产业集群项目20个: audit 42 甘孜)
# the clause after the amount: an optional adverb, a verb of carrying out, the object (up to a digit or the clause's end);
# the comma may be missing when the verb follows the amount at once (投入18.2亿元实施园区基础设施项目28个: held-out set 66
# 博尔塔拉 row 23, fix140a), the object still ends before the count; 实施的 makes what follows the verb's subject, no object
CARRY_ADVERB: Final = r"(?:深入|加快|全面|持续|大力|积极|扎实|高质量)?"  # an optional adverb before the verb of carrying out
CARRIED_OUT: Final = re.compile(r"[，,]?" + CARRY_ADVERB + r"(?:实施|建设|推进)(?!的)([^，,；;。\d]{4,30})")
EXAMPLES_END: Final = re.compile(r".*等(?!级)")  # 康定、泸定…等重点县城建设项目: what follows 等


def invested_in(scan: str, end: int, bare: str = BARE) -> str:
    """The name of a bare opening 投资 or 投入 (``bare``) from the clause after its amount at ``end`` (实施农村电网巩固提升工程 ->
    农村电网巩固提升工程投资), '' when that clause carries out nothing."""
    m = CARRIED_OUT.match(scan, end)
    if m is None:
        return projects_after(scan, end, bare) or outlay_purpose(scan, end, bare)  # （6）投入8000万元，免费为…儿童接种…疫苗 (fix146d)
    obj = m.group(1)
    etc = EXAMPLES_END.match(obj)
    obj = obj[etc.end():] if etc else obj
    return obj + bare if len(obj) >= 4 else projects_after(scan, end, bare)


def opens_clause(scan: str, lo: int, clause: str, end: int) -> str:
    """The name of a bare 投资 or 投入 that opens its own clause inside a sentence (``clause`` at ``lo`` is that word alone) from
    the clause after its amount (提升城镇综合承载能力，投资6.47亿元，实施…市政基础设施建设项目27项: 市政基础设施建设项目投资; the
    clause before is an aim or a programme, not what is invested in: held-out set 67 甘南 row 90, 日喀则 row 20, fix142a); ''
    when the clause after carries out nothing."""
    if clause not in BARE_WORDS or lo <= 0 or scan[lo - 1] not in "，,；;" and ITEM_CLOSED.search(scan, max(0, lo - 5), lo) is None:
        return ""  # (（8）投入300万元，…: a numbered item opens the clause as a comma would, fix146d)
    m = CARRIED_OUT.match(scan, end)
    if m is not None and scan[m.end():m.end() + 1] not in CUT_ENDS:
        return ""  # (投资1.9亿元，实施市藏医医院升级改造和…村卫生室等项目: an object cut at its 30th character names nothing)
    return invested_in(scan, end, clause).translate(QUOTES)  # (投入2.7亿元实施“四水联通”工程: 四水联通工程投入, as before)


ITEM_CLOSED: Final = re.compile(r"(?<![\u4e00-\u9fff])" + ITEM_MARK_TEXT + "$")  # a numbered item's number right before the word
CUT_ENDS: Final = "，,；;。0123456789"  # what ends an object read whole (a clause mark, a count's digits, the text's end: '')
QUOTES: Final = str.maketrans("", "", "“”\"")


# the clause after the amount closes with the projects built, after their count or a modifier with 的 (实施合作格河、…等11个防洪工程;
# 建成总装机105万千瓦的光伏发电项目: held-out set 67 甘南, fix142a)
PROJECTS_CLOSING: Final = re.compile(r"[，,]?" + CARRY_ADVERB + r"(?:实施|建设|推进|建成)[^，,；;。]{0,30}?(?:\d+[个项座处]|的)"
                                     r"([\u4e00-\u9fff]{2,14}?(?:项目|工程))(?=[，,；;。]|$)")
# or with a verb of upgrading, a count and the things upgraded (改造提升418家养殖合作社基础设施: 养殖合作社基础设施改造提升投资)
UPGRADED_AFTER: Final = re.compile(r"[，,](改造提升|提升改造|改造|新建|改扩建)\d+[家个所座处]([\u4e00-\u9fff]{4,14})(?=[，,；;。])")


def projects_after(scan: str, end: int, bare: str = BARE) -> str:
    """The name of a bare opening 投资 or 投入 whose next clause names its projects only after their examples and count or
    a modifier with 的 (投资3330万元，实施卓尼达架沟、…等8个小流域治理项目 -> 小流域治理项目投资), or upgrades a counted set of
    things (投资5000万元，改造提升418家养殖合作社基础设施 -> 养殖合作社基础设施改造提升投资); '' otherwise."""
    if (m := PROJECTS_CLOSING.match(scan, end)) is not None:
        etc = EXAMPLES_END.match(m.group(1))
        obj = m.group(1)[etc.end():] if etc else m.group(1)
        return obj + bare if len(obj) >= 4 else ""
    if (m := UPGRADED_AFTER.match(scan, end)) is not None:
        return m.group(2) + m.group(1) + bare
    return ""


# right after the amount, no comma between: a verb of carrying out, N个, the projects, the clause's end (投入34.4亿元建设78个基础设施项目)
SET_AFTER: Final = re.compile(r"(?:建设|实施|推进)\d+[个项]([\u4e00-\u9fff]{2,12}?(?:项目|工程))(?=[，,；;。]|$)")


def invested_in_set(scan: str, end: int, name: str) -> str:
    """The name of an amount named for 投资 or 投入 (``name`` ends with one; a topic before it says what the work is for) whose
    amount at ``end`` is followed at once by the counted set of projects it builds (全面升级产业园区，投入34.4亿元建设78个基础设施项目
    -> 基础设施项目投资, not 升级产业园区投入): the money of that set, the year's investment in those projects (held-out set 58
    阳江 row 11, fix128d); '' otherwise."""
    if not name.endswith(BARE_WORDS):
        return ""
    m = SET_AFTER.match(scan, end)
    if m is None:
        return ""
    etc = EXAMPLES_END.match(m.group(1))
    obj = m.group(1)[etc.end():] if etc else m.group(1)
    return obj + BARE if len(obj) >= 4 else ""


# the year's investment of a set of projects, named by no project (年度完成投资615亿元, 完成年度投资3000亿元左右)
# and the bare investment done (完成投资) after a set of projects counted after their name: that set's (held-out set 66
# 吐鲁番 row 23, fix140a: 实施投资500万元以上重点产业项目274个，计划完成投资295亿元; the size threshold, with or without
# digits (投资亿元以上重大项目), is no part of the set's name)
YEAR_INVESTMENTS: Final = ("年度完成投资", "完成年度投资", "年度投资额", "年度投资", "完成投资", "年度计划投资")
# the clause before it: an optional adverb, a verb that carries projects out, N个, the projects (重点实施985个产业项目)
# (the set's total may stand between the verb and the count: 重点抓好总投资2000亿元的354个省市重点项目, held-out set 78 三门峡 row 15, fix157b)
PROJECTS_BEFORE: Final = re.compile(r"(?:重点|加快|全面|持续|大力|积极|扎实|深入|统筹|笃定)?(?:实施|推进|建设|安排|抓好)"
                                    r"(?:总投资(?:约|超过?)?[\d.]+[万亿]*元的)?\d+个([\u4e00-\u9fff]{1,10}项目)")
# the same with the count after the projects and the places that carry them out first (实施主城区重点工程207项,
# 四个县实施四大类重点工程102项: audit 55 宿州 rows 30, 39), planned this year (今年计划实施项目325个，年度计划投资…: held-out set 72 阳泉)
PROJECTS_COUNTED_AFTER: Final = re.compile(r"((?:[\u4e00-\u9fff]{1,4}[县区市])?)(?:(?:今年|全年|年内)?计划)?(?:重点|加快|全面|持续|大力|积极|扎实|深入|统筹|笃定)?(?:实施|推进|建设|安排)"
                                          r"(?:投资[\d.]*[万亿]元以上)?(?:[一二三四五六七八九十两]大类)?([\u4e00-\u9fff]{0,10}(?:项目|工程))\d+[个项]")


# projects named with no figure and the stage they all reach by a time (省市重大项目9月底前全部开工: held-out 53 镇江 row 11)
PROJECTS_STAGED: Final = re.compile(r"([\u4e00-\u9fff]{2,10}?项目)(?:\d{1,2}月底?前|年内|上半年)(?:全部|全面)?(?:开工建设|开工|建成投产|竣工投产|建成|竣工)")


# a counted set of projects the clause carries out first, joined by 和/及/、 to more projects (加快推进233项现代制造城重大项目和列入
# 自治区“双百双新”…等项目建设，完成年度投资…: held-out set 91 柳州 row 32): the first set names the year's investment
PROJECTS_JOINED: Final = re.compile(r"(?:重点|加快|全面|持续|大力|积极|扎实|深入|统筹|笃定)?(?:实施|推进|建设|安排|抓好)\d+[个项]"
                                    r"([\u4e00-\u9fff]{2,12}?项目)(?:和|及|、)[^，,；;。]*项目(?:建设)?")


# a clause of the set's total investment alone, between the counted set and its year's investment (总投资408亿元): skipped
TOTAL_BETWEEN: Final = re.compile(r"总投资(?:约|超过?)?\d+(?:\.\d+)?[万亿]*元(?:以上|左右)?")


SUBSET: Final = "其中"  # a clause of a part of the projects counted before (其中重点项目70个)
# a plan's whole set of projects counted after its noun (计划实施项目400余个: audit 35 固原 row 21)
ALL_PROJECTS: Final = re.compile(r"(?:计划|年内|全年)?((?:实施|推进|建设|安排)[\u4e00-\u9fff]{0,10}项目)\d+余?个")


def projects_invested(scan: str, sentence_start: int, lo: int, base: str) -> str:
    """A bare year's investment (年度完成投资) right after a clause that carries out a counted set of projects and
    nothing else (重点实施985个产业项目，年度完成投资615亿元; 推进1259个市重点项目，完成年度投资3000亿元左右): that set's
    investment (产业项目年度完成投资, audit 42 CZ12, CZ15, JA19), or that names projects and the stage they reach by a time
    (省市重大项目9月底前全部开工，年度投资额达到550亿元: 省市重大项目年度投资额, held-out 53), also past a clause of a part of them (其中重点项目70个), '' otherwise."""
    if base not in YEAR_INVESTMENTS or (clause := clause_before(scan, sentence_start, lo)) is None:
        return ""
    start = lo - 1 - len(clause)
    if TOTAL_BETWEEN.fullmatch(clause) and (whole := clause_before(scan, sentence_start, start)) is not None:
        clause, start = whole, start - 1 - len(whole)  # 重点实施116个城建项目，总投资408亿元，年度完成投资…: the set's (held-out 62 长治 row 74)
    m = PROJECTS_BEFORE.fullmatch(clause)
    if m:
        return m.group(1) + base
    m = PROJECTS_COUNTED_AFTER.fullmatch(clause)
    if m:
        return m.group(1) + m.group(2) + base
    m = PROJECTS_STAGED.fullmatch(clause) or PROJECTS_JOINED.fullmatch(clause)
    if m:  # 省市重大项目9月底前全部开工，年度投资额达到550亿元: those projects' year; 推进233项X项目和…等项目建设: X项目's (fix174c)
        return m.group(1) + base
    if scan.startswith(SUBSET, start) and start > sentence_start:  # …项目400余个，其中重点项目70个，年度力争投资…: all of them
        before = max(scan.rfind("，", sentence_start, start - 1), scan.rfind(",", sentence_start, start - 1), sentence_start - 1) + 1
        m = ALL_PROJECTS.fullmatch(scan, before, start - 1)
        return m.group(1) + base if m else ""
    return ""


# the clause right before a bare investment: an adverb, a verb that grips a set of projects, the projects named with no figure
GRIPPED_PROJECTS: Final = re.compile(r"(?:突出|重点|全力|着力|全面|加快|持续)?(?:抓好|推进|实施|建设)([\u4e00-\u9fff“”]{2,12}?项目)")

# or, as the sentence's first clause, one that closes by counting a set of projects after examples (…、闽源钢铁200万吨扩能、雪人热泵制冷等12个项目):
# those projects, not an example's (after several such clauses the investment is of them all)
EXAMPLED_PROJECTS: Final = re.compile(r"[^，,；;。]*等\d+个([\u4e00-\u9fff]{0,8}?项目)")


def projects_of_clause_before(scan: str, sentence_start: int, lo: int, base: str) -> str:
    """The projects a bare investment (确保投资480亿元以上) is of when the clause right before it grips only them
    (突出抓好省市重点项目，确保投资480亿元以上: 省市重点项目, audit 51 娄底), not the programme the sentence opens with
    (实施扩投资集中攻坚行动), or counts them after examples (装备制造产业抓好…闽源钢铁200万吨扩能、…等12个项目，完成投资161.6亿元:
    the projects', not 扩能, audit 51 商丘 G1); '' otherwise (a clause with a figure or of other words)."""
    if base != BARE or (clause := clause_before(scan, sentence_start, lo)) is None:
        return ""
    m = GRIPPED_PROJECTS.fullmatch(clause) or (EXAMPLED_PROJECTS.fullmatch(clause) if lo - 1 - len(clause) == sentence_start else None)  # (…等67个基础设施项目，…等53个产业项目，完成投资: of both sets)
    return m.group(1) if m else ""


# the year said right before a bare investment in its clause (力争全年投资超413.3亿元)
YEAR_BEFORE: Final = re.compile(r"(?:全年|年度|年内)(?:完成)?$")
# a counted set of projects whose total investment the sentence states, before or after the count
# (实施总投资2883.4亿元的112个市重点项目; 实施112个市重点项目，总投资2883.4亿元)
TOTALLED_SET: Final = re.compile(r"总投资[\d.]+[万亿]?元的?\d+个([\u4e00-\u9fff]{1,10}?项目)|\d+个([\u4e00-\u9fff]{1,10}?项目)[，,]?总投资[\d.]+[万亿]?元")


def year_of_totalled_set(scan: str, sentence_start: int, lo: int, base: str, clause: str) -> tuple[str, str] | None:
    """The subject and measure of a bare 投资 said of the year (``clause`` ends in 全年/年度/年内) in a sentence that states the
    total investment of a counted set of projects before it (加快实施总投资2883.4亿元的112个市重点项目，…，力争全年投资超413.3亿元):
    that set's year's investment (市重点项目, 年度投资), not the words before the total (实施总投资: held-out set 58 阳江 row 31,
    fix128b); None otherwise."""
    if base != BARE or not YEAR_BEFORE.search(clause.rstrip("超过达到突破逾").removesuffix(BARE)):
        return None
    m = TOTALLED_SET.search(scan, sentence_start, lo)
    return (m.group(1) or m.group(2), "年度投资") if m else None


# a sentence's opening clause that grips one field's projects (抓好国省道项目建设)
OPENING_PROJECTS: Final = re.compile(r"(?:突出|重点|全力|着力|全面|加快|持续)?(?:抓好|推进|实施)([\u4e00-\u9fff“”]{2,8}?项目)(?:建设)?")
BARE_PROJECTS: Final = "项目"


def opened_projects(scan: str, sentence_start: int, start: int, post: str) -> str:
    """The projects a count of bare 项目 in a later clause counts when the sentence opens by gripping one field's projects
    (抓好国省道项目建设，…，谋划推进国道G228线…改建工程等6个项目 -> 国省道项目: held-out set 58 阳江 row 34, fix128b), so that two
    such counts of one report are told apart; ``post`` otherwise."""
    if post != BARE_PROJECTS:
        return post
    stop = min((k for mark in "，,；;" if (k := scan.find(mark, sentence_start, start)) >= 0), default=-1)
    m = OPENING_PROJECTS.fullmatch(scan, sentence_start, stop) if stop > sentence_start else None
    return m.group(1) if m else post


DONE_INVESTMENT: Final = "完成投资"
TOTAL_INVESTMENT: Final = "总投资"  # a set's total over its years (naming the figure before a bare 完成投资)
DONE_LEADS: Final = re.compile(r"(?:力争|争取|确保|全年|年内|今年|全力)*完成投资$")  # 争取完成投资(700亿元): the clause is the act alone


def done_far_from_topic(clause: str, base: str, topic: str, prev: tuple[str, str, str, str] | None) -> bool:
    """A bare 投资 whose own clause is only (commitment words and) 完成投资, in a sentence whose topic, its first clause's
    projects, is not what the figure right before counts (常态化谋划储备项目800个以上，实施500万元以上项目826个，争取完成投资
    700亿元以上): the year's completed investment (完成投资), not the topic's, when the topic counts projects only planned or
    held in reserve (name_subjects.json planned_project_words: 谋划, 储备; 常态化谋划储备项目投资: such projects are not yet
    invested in; held-out set 60 酒泉 row 9, fix131a). Any other topic keeps it (实施重点项目725个，力争完成投资420亿元)."""
    if base != BARE or DONE_LEADS.fullmatch(clause.lstrip("，,、 ")) is None or prev is None:
        return False
    if topic.endswith(TOTAL_INVESTMENT):  # 抓好总投资4933.5亿元的808个大中型项目建设，力争完成投资1492.7亿元: the set's total (the topic) is
        return True  # another measure, the year's completed investment no part of it (held-out set 71 宜春 row 36, fix148a)
    return bool(topic) and prev[0] != topic and any(w in topic for w in name_subjects()["planned_project_words"]) \
        and not any(w in topic for w in name_subjects()["planned_project_vetoes"])  # (谋划实施…项目: carried out too)
