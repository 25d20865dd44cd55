"""The names of the members of a list sharing one value where they do not each name a whole measure: the head the last
member shares (二氧化硫、氮氧化物排放量), the growth word it ends with, two measures joined by 和, a contracted pair (存贷款),
the subject of measures of one subject (市属国企主营收入、利润总额), members opening alike (亩均税收、亩均增加值)."""
from __future__ import annotations

import re
from typing import Final

from govreport.extract.indicators import MEASURE_ENDINGS
from govreport.report.chars import is_ideograph
from govreport.extract.keys import indicator_key
from govreport.lexicon import clause_breaks, name_subjects, name_words, unit_field
from govreport.tables.clauses import last_mark
from govreport.tables.count_amount_pairs import count_and_amounts
from govreport.tables.figures import Figure, words
from govreport.tables.shared_list_marks import DIGIT, LEADING_GENERAL, RATE_NAME, RATE_SHARED, SHARED_BY, _commit_trimmer, _lead_trimmer


CHANGE_HEAD = re.compile(r"(?:预期|要)?(?:增长|下降|提高|降低)$")


def _with_shared_head(members: list[str], tail: str, fig: Figure) -> list[str]:
    """The members with the head the last one shares (二氧化硫、氮氧化物排放量 -> 二氧化硫排放量): the
    shortest end of the last member that makes every other member a registered indicator of its
    own, else the head from the last member's head word (产业, 行业 …) for short members; [] when none does."""
    last = members[-1]
    change = CHANGE_HEAD.search(last)  # 广义货币M2和社会融资规模余额预期增长: the change first, not a cut word (M2长)
    measured = bool(whole_measures(members))  # 接待游客人次、旅游花费: no head of 花费 for a member measured already
    for n in ([len(change.group())] if change else []) + list(range(len(last))):  # 0: each member whole with the tail
        if n and measured:
            break
        head = last[len(last) - n:]  # (社会消费品零售总额、固定资产投资增长: 社会消费品零售总额增长, no 资 of the next)
        if _per_head_of_counted(members, head):
            return []
        if n and any(len(w) > max(n, 2) and w.endswith(head) and last.endswith(w) for w in words()["subject_measures"]):
            continue  # 货物和服务进出口: the head is 进出口 whole, not its 出口 (audit 42 海口); (旅游人次和总收入: no 收入 for 入)
        given = [m if _own_amount(m, head, last) else m + head for m in members[:-1]]  # (全社会研发投入、…增加值: no 投入增加值)
        keys = [indicator_key(m + tail, fig.unit, fig.direction) for m in given]
        if all(keys) and len(set(keys)) == len(keys) and (n or indicator_key(last + tail, fig.unit, fig.direction)):  # (旅游总人次、总收入均增长:
            return _whole_side_heads(members, given, keys, tail, fig) + [last]  # 总收入 alone names no measure, audit 47 fix60d)
    # 氢能、生物制造、…低空经济产业营业收入: short members before the last one's head word (产业, 行业 …:
    # data/name_words.csv kind head) share the head from that word, registered or not
    at = min((k for w in name_words("head") if (k := last.find(w, 2)) > 0), default=-1)
    if at > 0 and all(len(m) <= 6 and not any(w in m for w in name_words("head")) for m in members[:-1]):
        return [m + last[at:] for m in members[:-1]] + [last]
    return []


def _whole_side_heads(members: list[str], given: list[str], keys: list[str], tail: str, fig: Figure) -> list[str]:
    """``given`` (the members before the last with the shortest head that keys them) with the whole head after the side
    word the last member opens with when every other member is such a side word (name_subjects.json ``sibling_scopes``:
    城镇和农村常住居民人均可支配收入均增长8% -> 城镇常住居民人均可支配收入, not 城镇人均可支配收入; held-out set 84 延边
    row 4), keyed the same; ``given`` otherwise."""
    sides = name_subjects()["sibling_scopes"]
    side = next((s for s in sides if members[-1].startswith(s) and len(members[-1]) > len(s)), "")
    if not side or not all(m in sides and m != side for m in members[:-1]):
        return given
    fuller = [m + members[-1][len(side):] for m in members[:-1]]
    same = all(indicator_key(m + tail, fig.unit, fig.direction) == k for m, k in zip(fuller, keys))
    return fuller if same else given


PER_HEAD: Final = ("人均", "户均")


def _per_head_of_counted(members: list[str], head: str) -> bool:
    """Whether ``head`` is a per-head amount (人均花费) the last member has of its own subject while another member
    counts people (``tables_words.json:counted_people_members``: 入州游客、旅游人均花费均增长 -> 入州游客增长, not
    入州游客人均花费增长; held-out set 65 黔东南 row 21, fix139a); 城镇、农村居民人均可支配收入 shares it still."""
    if not head.startswith(PER_HEAD) or len(members[-1]) - len(head) < 2:
        return False
    return any(m.endswith(tuple(words()["counted_people_members"])) for m in members[:-1])


OWN_SUBJECT = 3  # the fewest characters before the head that make the last member a subject's amount (高新技术产业; not 亩均)


def _own_amount(member: str, head: str, last: str) -> bool:
    """Whether ``member`` is an amount of its own (``tables_words.json:own_amount_members``: 投入, 收入, 总额 …) that a
    ``head`` naming another amount of another subject (the ``last`` member's, at least three characters before the head)
    would only blur: 全社会研发投入、高新技术产业增加值分别增长15%以上 -> 全社会研发投入增长, not 全社会研发投入增加值增长
    (held-out set 58 邵阳 row 19, fix128b); a head that is no amount (到位率) is still given, and members opening alike
    (开发区亩均投资、亩均税收) are left to ``_whole_members``."""
    ends = tuple(words()["own_amount_members"])
    return bool(head) and len(member) >= 3 and member.endswith(ends) and head.endswith(ends) and not member.endswith(head) \
        and len(last) - len(head) >= OWN_SUBJECT


WHOLE_MEMBER = 4  # 旅游花费: a member this long that ends on a measure word is a measure of its own


def whole_measures(members: list[str]) -> list[str]:
    """The members as they are when each ends on a measure word (extract.indicators.MEASURE_ENDINGS: 人次, 量, 额, 费),
    so each is a whole name (接待游客人次、旅游花费均增长10%: 接待游客人次 and 旅游花费, spot 40 石嘴山): no
    head of the last member is theirs (游客人次费 took 费 of 花费), and the last resort when no other reading of the list
    holds; [] otherwise."""
    ends = MEASURE_ENDINGS + tuple(words()["acronym_measures"])  # 地区生产总值、人均GDP、全员劳动生产率增长7%: GDP a measure too (audit 46 洛阳)
    if len(members) < 2 or any(len(m) < WHOLE_MEMBER for m in members) or not all(m.replace("”", "").endswith(ends) for m in members):
        return []  # (项目投资完成额均同比: a member with the list's own words is none)
    return [m.replace("“", "").replace("”", "") for m in members]  # (涉企服务“一次办成率”: the name without its marks)


MEASURE_JOINS: Final = ("和", "及", "与")  # the join of a 、 list's last two measures (A、B和C均增长)


def joined_last_measures(members: list[str]) -> list[str]:
    """The members of a 、 list before 均/都 with the last split at its 和/及/与 when every member then names a whole
    measure (``whole_measures``): 规模以上工业增加值、主营业务收入和利税总额均增长10% is three growths, not two (held-out
    set 82 九江 G2); the members as they are otherwise (城镇和农村居民收入: 城镇 names no measure, the head is shared)."""
    if len(members) < 2:
        return members
    for join in MEASURE_JOINS:
        left, mark, right = members[-1].partition(join)
        if mark and join not in right and whole_measures(members[:-1] + [left, right]):
            return members[:-1] + [left, right]
    return members


SHARE_OF_WHOLE = re.compile(r"[均都](占[\u4e00-\u9fff]{1,4}?)(?:的)?(?:比重|份额)?$")  # 均占全省: each subject's share of the whole
LISTED_BY = re.compile(r"分别|[均各都]")


def shares_of_listed(clause: str, before: str) -> list[str]:
    """The names of the shares a clause of 均占 + a whole and one figure (均占全省17%以上) gives each subject of the
    clause before it, a 、 list of whole measures stated by 分别/均 (游客接待人次、旅游收入分别增长20%、30%以上:
    游客接待人次占全省比重, 旅游收入占全省比重; held-out audit 49 遵义 G4); [] otherwise."""
    m = SHARE_OF_WHOLE.fullmatch(clause.strip())
    if m is None or len(before) <= len(clause):
        return []
    rest = before[:len(before) - len(clause) - 1]
    prev = rest[last_mark(rest, clause_breaks()) + 1:]
    by = LISTED_BY.search(prev)
    members = whole_measures([_commit_trimmer()(LEADING_GENERAL.sub("", x)) for x in prev[:by.start()].split("、")]) if by else []
    return [x + m.group(1) + "比重" for x in members]


URBAN_SCOPE = re.compile(r"(?!全)[\u4e00-\u9fff]{0,3}?(?:城区|市区)")  # 中心城区, 主城区: the part of the city a list is of
SCOPED_ELSEWHERE = re.compile(r"城区|市区|城镇|农村|城乡|全[国省市区县]|[国省市州县区乡镇村]级|^[国省市州县区乡镇村城各]")


def zone_carried(members: list[str], clause: str = "") -> list[str]:
    """Later members of a 均 list with the urban scope the first opens with (中心城区公交分担率、公交专用道设置比例均提高到30%:
    中心城区公交专用道设置比例; held-out audit 49 嘉兴 G3), where they name no scope of their own."""
    zone = URBAN_SCOPE.match(members[0]) if members else None
    if zone is None or len(members[0]) - zone.end() < 3 or SCOPED_ELSEWHERE.search(clause.partition("、")[2]):  # (…、全市B: its own)
        return members
    return members[:1] + [x if SCOPED_ELSEWHERE.search(x) else zone.group() + x for x in members[1:]]


def _growth_pair(clause: str) -> list[str]:
    """X和Y增幅达到N%: two measures joined by 和 before a growth head and a rate verb (招商引资到位资金和税收增幅
    达到30%以上; unseen audit 35 LZ24#29), each with its own growth; [] when the first member is too short to be a
    measure of its own (力促软件和信息技术服务业规模增幅达10%: one industry's name)."""
    if "、" in clause or clause.count("和") != 1 or (r := RATE_SHARED.search(clause)) is None:
        return []
    first, last = clause[:r.start()].split("和")
    head = next((h for h in words()["growth_heads"] if last.endswith(h)), "")
    first = _lead_trimmer()(LEADING_GENERAL.sub("", first))
    if not head or len(first) < 4 or len(last) - len(head) < 2 or DIGIT.search(clause):
        return []
    return [first, last]


def _growth_members(members: list[str]) -> list[str]:
    """The members with the growth word the last one ends with (``tables_words.json:growth_heads``)
    when no other member names a rate of its own; [] otherwise."""
    heads = words()["growth_heads"]
    head = next((h for h in heads if members[-1].endswith(h) and len(members[-1]) > len(h)), "")
    if not head or len(members) < 2 or any(h in x for x in members[:-1] for h in heads) \
            or any(RATE_NAME.search(x) for x in members[:-1]):
        return []
    return [x + head for x in members[:-1]] + [members[-1]]


def _contracted_pair(clause: str) -> str:
    """A word that contracts two measures (存贷款 = 存款 + 贷款: ``tables_words.json:contracted_pairs``)
    in a clause sharing one value by 均/各, else ''."""
    if not SHARED_BY.search(clause):
        return ""
    return next((p for p in words()["contracted_pairs"] if p in clause), "")


def _with_trailing_head(members: list[str]) -> list[str]:
    """制造业中长期贷款、普惠小微贷款、科技型…贷款增速: the members before the last end alike (贷款) and the
    last adds a head after that ending (增速), which each shares; [] when they do not."""
    ends = {x[-2:] for x in members[:-1]}
    last = members[-1]
    at = last.rfind(next(iter(ends))) if len(ends) == 1 else -1
    head = last[at + 2:] if at > 0 else ""
    return [x + head for x in members[:-1]] + [last] if head and not DIGIT.search(head) else []


def _whole_members(members: list[str], fig: Figure, shared: str) -> list[str]:
    """Members that each name a whole measure: counts shared by 各 (卓越工程师、宁波工匠各80名), or
    measures opening alike (规上工业企业亩均税收、亩均增加值均增长5%: each 亩均…, the subject before the
    first one's opening given to the others); [] otherwise."""
    if shared.startswith("各") and unit_field(fig.unit, "kind") in ("count", "people"):
        return members
    if shared.startswith("均") and (whole := _measures_of_one_subject(members)):
        return whole
    if shared.startswith("均") and fig.unit == "%" and all(len(x) >= 4 and x.endswith(tuple(words()["share_ends"])) for x in members):
        return members  # 规上工业营收占全市比重、新引进…项目集聚度均达到85%以上: each member its own share (audit 44)
    opening = members[1][:2]
    if shared.startswith("均") and members[1][:1] in words()["measure_openings"] and opening not in members[0]:
        opening = members[1][:1]  # 旅游总人次、总收入均增长15%: each 总…, the subject 旅游 given to the others
    at = members[0].find(opening)
    if (len(opening) < 2 and (opening not in words()["measure_openings"] or at < 1)) or at < 0 or not all(x.startswith(opening) for x in members[1:]):
        # 招商引资项目投资完成、新签项目投资总额均增长10％以上: each a whole measure (audit 49), after members opening alike (亩均…)
        return (_growing_measures(members) or count_and_amounts(members)) if shared.startswith(("均", "分别")) and fig.unit == "%" else []
    return [members[0]] + [x if _opposed(members[0][:at], x) else members[0][:at] + x for x in members[1:]]


def _opposed(prefix: str, member: str) -> bool:
    """Whether the scope word ``prefix`` opens with contradicts ``member``'s noun (tables_words.json ``opposed_scopes``:
    国内实际到位资金和实际利用外资均增长10%: the foreign capital is no 国内 one; held-out set 74 辽阳 row 16, fix153e)."""
    return any(prefix.startswith(scope) and any(n in member for n in nouns) for scope, nouns in words()["opposed_scopes"].items())


def _growing_measures(members: list[str]) -> list[str]:
    """Members of a 均 list of growths that each name a whole measure (``whole_measure_ends``, ``subject_measures``), a
    completion verb closing one read as its measure (``measure_verb_ends``: 投资完成 -> 投资完成额); [] when one does not."""
    w = words()
    verbs_to = w["measure_verb_ends"]
    ends, short = tuple(w["whole_measure_ends"] + w["subject_measures"]), tuple(w["growth_member_ends"])  # (留宿率, 游客人数: audit 57)
    out = [next((x[:-len(v)] + m for v, m in verbs_to.items() if x.endswith(v)), x) for x in members]
    whole = [len(x) >= 4 and x.endswith(ends) or len(x) >= 3 and x.endswith(short) for x in out]
    if all(whole):
        return out
    # 新增贷款、新型政银担、“税融通”、直接融资均增长10%: a list opened and closed by whole measures is one of measures, the
    # named products between (a quoted or bare name of three characters or more) each grow too (held-out set 76 蚌埠 row 46)
    inner = [QUOTE_MARKS.sub("", x) for x in out[1:-1]]
    if len(out) >= 3 and whole[0] and whole[-1] and all(len(x) >= 3 and not DIGIT.search(x) for x in inner):
        return [QUOTE_MARKS.sub("", x) for x in out]
    return []


QUOTE_MARKS: Final = re.compile(r"[“”\"]")


def _measures_of_one_subject(members: list[str]) -> list[str]:
    """Members that each end in a measure (``subject_measures``: 市属国企主营收入、利润总额、上缴税费) of the
    subject the first one names (ending in one of ``subject_ends``: 市属国企), which the others take; [] otherwise."""
    w = words()
    ends = tuple(w["subject_measures"])
    if not all(x.endswith(ends) for x in members):
        return []
    first = members[0]
    at = max((k + len(e) for e in w["subject_ends"] if (k := first.rfind(e)) >= 0 and len(first) - k - len(e) >= 2), default=0)
    subject = first[:at]  # (规上工业亩均税收、亩均增加值: no such subject, the members opening alike are told apart below)
    return [first] + [x if x.startswith(subject) else subject + x for x in members[1:]] if subject else []


def shared_amount_head(members: list[str]) -> list[str]:
    """The members with the amount the last one ends with (``tables_words.json:shared_amount_heads``: 投资) when every
    member before it names no measure of its own (城市基础设施建设、房地产投资分别完成120亿元 -> 城市基础设施建设投资,
    房地产投资; held-out set 68 黔西南 row 73, 黔南 row 132, fix143a): one value shared by a work and an amount of
    investment is each one's investment; [] otherwise."""
    last = members[-1] if len(members) >= 2 else ""
    head = next((h for h in words()["shared_amount_heads"] if last.endswith(h) and len(last) - len(h) >= 2), "")
    firsts = members[:-1]
    if not head or any(len(x) < 2 or not all(map(is_ideograph, x)) or x.endswith(MEASURE_ENDINGS) or head in x for x in firsts):
        return []
    return [x + head for x in firsts] + [last]

