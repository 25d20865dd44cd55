"""Plan figures that set how something is done, not what the year is to produce
(docs/assumptions.md#non-targets): a rate a tax is levied at (购置税按7.5%征收), the change from last
year of a level the clause before has just raised (补助标准提高到120元，比上年增长50%), counts of
candidates or of items put to a vote (筛选出18个候选项目提交审议和票决), policy settings (贷款额度, 支付限额,
起付线), the set of standards a rate raises (11项社会救助标准提高5%), a count per unit (每户企业…1-2个), a
document's name (新36条) and the plan's own tasks (继续安排20件民生实事). Word lists: ``tables_words.json``
levy_verbs, raised_to_verbs, procedure_words, setting_words, per_unit_words, own_task_nouns."""
from __future__ import annotations

import re
from functools import cache

from govreport.lexicon import clause_breaks, unit_field
from govreport.tables.clauses import first_mark
from govreport.tables.figures import Figure, words

LAST_YEAR_GROWTH = re.compile(r"(?:比上年|比去年|较上年|较去年|同比)(?:增长|提高|增加)")
LEVEL_GAP = re.compile(r"(?:左右|以上)?[，,、]")
NAME_CHANGE = re.compile(r"(?:分别|均)?(?:提高|提升|降低|下降|上调|下调|调整|增加|减少)(?:到|至|为)?$")  # 支付限额提高
# 11项社会救助标准提高5%以上: the noun after the count is what the next figure of its clause changes
SET_CHANGED = re.compile(r"[\u4e00-\u9fff]{1,16}?(?:提高|提升|上调|降低|下调|增长|增加)(?:到|至)?\d")
OWN_TASK_END = re.compile(r"[，,；;。：:]|$")


def procedure_reason(fig: Figure) -> str:
    """Why the figure sets a rule or a procedure rather than a goal ('' when it does not)."""
    w = words()
    if NAME_CHANGE.sub("", fig.indicator).endswith(tuple(w["setting_words"])):
        return "a policy setting (增值税起征点, 所得额上限, 贷款额度, 支付限额), not an outcome to produce"
    after = fig.sentence[fig.rel_end:]
    if fig.unit in ("%", "‰") and fig.before.endswith("按") and after.startswith(tuple(w["levy_verbs"])):
        return "a statutory rate a tax is levied at (购置税按7.5%征收), a policy setting, not an outcome"
    if unit_field(fig.unit, "kind") == "count":
        stop = first_mark(after, clause_breaks())
        clause = fig.clause_before + (after if stop < 0 else after[:stop])
        if _procedure_words().search(clause):
            return "candidates or items put to a vote (18个候选项目提交审议和票决): procedure, not a goal"
        if fig.unit in ("项", "类") and SET_CHANGED.match(after):
            return "the set of standards the next figure changes (11项社会救助标准提高5%), not a goal"
        if any(p in fig.clause_before for p in w["per_unit_words"]) and _per_unit().search(fig.clause_before):
            return "a count per unit (每户企业打造1-2个优势板块), a specification, not a total to produce"
        if fig.unit == "条" and fig.before.endswith("新"):
            return "the name of a policy document (新36条)"
        if fig.unit == "件" and any(after.startswith(n) and OWN_TASK_END.match(after, len(n)) for n in w["own_task_nouns"]):
            return "the plan's own tasks (继续安排20件民生实事, 突出抓好…3件事), not an amount to produce"
    return ""


@cache
def _per_unit() -> re.Pattern[str]:
    """每户/每个 … and a noun after it (每户企业): what each one gets or does."""
    return re.compile("(?:" + "|".join(re.escape(x) for x in words()["per_unit_words"]) + r")[\u4e00-\u9fff]")


def restates_a_level(fig: Figure, group: list[Figure]) -> bool:
    """比上年增长50% right after a level the clause before raises (财政补助标准提高到120元，比上年增长
    50%): that level's change from last year, stated again, not a goal of its own."""
    if fig.unit != "%" or not LAST_YEAR_GROWTH.fullmatch(fig.clause_before):
        return False
    verb_at = fig.rel_start - len(fig.clause_before)
    raised = tuple(words()["raised_to_verbs"])
    return any(o.unit not in ("%", "‰", "") and o.rel_end <= verb_at and o.clause_before.endswith(raised)
               and LEVEL_GAP.fullmatch(fig.sentence, o.rel_end, verb_at) for o in group if o is not fig)


@cache
def _procedure_words() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(x) for x in words()["procedure_words"]))


BARE_CHANGE = re.compile(r"(?:再|又|共)?(?:增加|减少|提高|降低|下降|增长|扩大|压减)了?")
# 赤字规模比上年预算减少1500亿元: a subject, then the change from last year's budget (or outcome)
CHANGE_FROM_LAST_YEAR = re.compile(r"([\u4e00-\u9fff]{0,6}?)(?:比|较)(?:上年|去年)(?:预算|实际)?"
                                   r"(?:增加|减少|提高|降低|下降|增长|扩大|压减)了?")
LISTED_GAP = re.compile(r"(?:左右|以上|以内)?[，,、]")
POINTS = ("个百分点", "百分点")  # 覆盖率48%、提高3个百分点: the change of the share before


def restates_a_change(fig: Figure, group: list[Figure]) -> bool:
    """An amount whose clause is only a change verb, right after a figure of the same unit
    (中央财政赤字1.12万亿元，增加1700亿元; 农村危房改造366万户，增加100万户): the change of that
    figure from last year, stated again, not a goal of its own; so is a change in points right
    after a share (农村养老服务站覆盖率48%、提高3个百分点), and a change from last year's budget whose
    subject shares a word with the name of a figure before it in the sentence (财政赤字9000亿元，其中…，
    继续代地方发债2000亿元…，赤字规模比上年预算减少1500亿元)."""
    clause = fig.clause_before
    subject = ""
    if not BARE_CHANGE.fullmatch(clause):
        m = CHANGE_FROM_LAST_YEAR.fullmatch(clause) if "比" in clause or "较" in clause else None
        if m is None:
            return False
        subject = m.group(1)
    verb_at = fig.rel_start - len(clause)
    return any((o.unit == fig.unit or o.unit == "%" and fig.unit in POINTS)
               and o.rel_end <= verb_at and (LISTED_GAP.fullmatch(fig.sentence, o.rel_end, verb_at) if not subject
                                             else any(subject[i:i + 2] in o.indicator for i in range(len(subject) - 1)))
               for o in group if o is not fig)
