"""Sizes of a programme, a policy or a planning quota that read like counts to produce (held-out set 74 丽水, fix153d):

- a policy's articles: 实施鼓励华侨回归创新创业30条 (实施/出台/制定 + the policy's name + N条, no counted noun after it);
  实施背街小巷改造259条, 推出精品旅游线路10条 count streets and routes (a ``line_things`` word in the name) and stay;
- a quota of goals to draw up: 每年滚动谋划3-5个百亿级重点招商攻坚目标 (谋划 + N个…目标: the planning list's size);
- a name that is only a programme's part noun (行动数, 措施数: 实施健康丽水28项行动) after the programme's name: no measure of
  anything produced (开展10个专项行动, no programme named, stays a goal: spot audit 43);
- policies named by a short name and their articles with the verb after them (洛平30条、洛三32条及早实施: a 、 run of
  name + N条 closed by a ``carried_verbs`` verb; held-out set 75 洛阳, fix154c).
Word lists: ``tables_words.json`` programme_sizes (with ``quoted_line_things``).
"""
from __future__ import annotations

import re
from typing import Any

from govreport.extract.indicators import all_verbs
from govreport.lexicon import clause_breaks, unit_field
from govreport.tables.clauses import clause_before, first_mark, without_leads
from govreport.tables.figures import Figure, words
from govreport.tables.scoping_figures import own_clause_after


PRIOR_POLICY = re.compile(r"\d+条、")  # an earlier policy of a 、 list and its articles


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text``, None if none."""
    found = None
    for found in pattern.finditer(text):
        pass
    return found


def _w() -> dict[str, Any]:
    return words()["programme_sizes"]


def policy_articles(fig: Figure) -> bool:
    """N条 right after a policy's name that a verb of issuing or carrying out opens (``policy_verbs``, after
    ``policy_adverbs``), with nothing counted after it: the policy's articles, a label of the document."""
    if fig.unit != "条" or own_clause_after(fig, lists=True).removeprefix("以上"):
        return False
    w = _w()
    clause = without_leads(clause_before(fig.before), w["policy_adverbs"])
    verb = next((v for v in w["policy_verbs"] if clause.startswith(v)), "")
    name = clause[len(verb):]
    name = name[m.end():] if (m := _last(PRIOR_POLICY, name)) else name  # 出台A7条、B10条: B, the next policy of the list
    things = (*words()["quoted_line_things"], *w["line_things"])
    return bool(verb) and len(name) >= 2 and not any(c.isdigit() for c in name) and not any(t in name for t in things)


LATER_POLICIES = re.compile(r"(?:、[\u4e00-\u9fff]{2,6}\d+条)*")  # 、洛三32条: the next policies of the run


def carried_after(fig: Figure) -> bool:
    """N条 after a short name (2-6 characters, no digit, no verb opening it, no ``line_things`` word) in a 、 run of such
    policies that a verb of carrying out closes (``carried_verbs`` after ``carried_adverbs``: 洛平30条、洛三32条及早实施):
    the policies' articles, labels of the documents carried out."""
    if fig.unit != "条":
        return False
    w = _w()
    name = clause_before(fig.before)
    name = name[m.end():] if (m := _last(PRIOR_POLICY, name)) else name
    things = (*words()["quoted_line_things"], *w["line_things"])
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,6}", name) or any(t in name for t in things) \
            or name.startswith((*w["policy_verbs"], *words()["output_verbs"])):
        return False
    after = fig.after[LATER_POLICIES.match(fig.after).end():]  # type: ignore[union-attr]
    stop = first_mark(after, clause_breaks())
    tail = without_leads(after if stop < 0 else after[:stop], w["carried_adverbs"])
    return tail in w["carried_verbs"]


def goal_quota(fig: Figure) -> bool:
    """A count of goals right after a verb of planning (``planning_verbs``: 谋划3-5个…攻坚目标): the size of the list the
    planning draws up, no output of the year."""
    if unit_field(fig.unit, "kind") != "count":
        return False
    w = _w()
    return clause_before(fig.before).endswith(tuple(w["planning_verbs"])) and own_clause_after(fig, lists=True).endswith(tuple(w["goal_nouns"]))


PLAN_QUOTES = str.maketrans("", "", "“”\"")  # 3个“三年行动计划”: the quotes mark the plans' shared name, no other kind


def counted_plans(fig: Figure) -> bool:
    """N个 right after a verb of carrying out (``policy_verbs``, after ``policy_adverbs``) and up to 6 words of field
    (实施教育3个“三年行动计划”), the clause then closing on a plan's noun (``plan_nouns``: 计划, 方案), quoted or not: how many
    plans the work runs under, a list size, not an amount to produce (held-out set 87 柳州, fix170c)."""
    if fig.unit != "个":
        return False
    w = _w()
    clause = without_leads(clause_before(fig.before), w["policy_adverbs"])
    verb = next((v for v in w["policy_verbs"] if clause.startswith(v)), "")
    field = clause[len(verb):]
    tail = own_clause_after(fig, lists=True).translate(PLAN_QUOTES).rstrip("0123456789")  # (”6: a footnote mark)
    return bool(verb) and len(field) <= 6 and not any(c.isdigit() for c in field) \
        and tail.endswith(tuple(w["plan_nouns"])) and not any(c.isdigit() for c in tail)


def programme_size(fig: Figure) -> str:
    """Why ``fig`` sizes a programme, a policy or a planning list ('' when it does not)."""
    if counted_plans(fig):
        return "how many plans the work runs under (实施…3个“三年行动计划”), a list size, not an amount to produce"
    if policy_articles(fig) or carried_after(fig):
        return "the articles of a policy (实施鼓励…创新创业30条), a label of the document, not an amount to produce"
    if goal_quota(fig):
        return "the size of a list of goals to draw up (每年滚动谋划3-5个…攻坚目标), not an amount to produce"
    if fig.indicator in _w()["bare_names"] and not all_verbs(clause_before(fig.before)):  # (开展10个专项行动: no programme named, a goal)
        return "a name that is only a programme's part noun (行动数: 实施健康…28项行动), no measure of anything produced"
    return ""
