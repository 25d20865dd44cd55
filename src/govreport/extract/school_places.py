"""School places counted right after the schools they are in, as a 、 member (held-out audit 53 襄阳, round fix121a): 新建改扩建幼儿园13所、
增加学位3870个 are the kindergartens' places (幼儿园增加学位), not places at every level, and 其中中心城区3所、增加学位4920个
the places of the central district's schools of the count before (中心城区义务教育增加学位), where the period states two places
figures or more that would read alike (a lone 新增学位 keeps its name, which the tables read by its clause: tables/school_kinds.py). Word lists: data/name_subjects.json
``school_place_words``, ``school_kind_names``."""
from __future__ import annotations

import re
from typing import Final

from govreport.extract.place_siblings import opening_place
from govreport.lexicon import name_subjects, name_words


def _kind(name: str) -> str:
    """The one kind of school ``name`` names (义务教育), '' when none or two (幼儿园、中小学)."""
    kinds = {k for k in name_subjects()["school_kind_names"] if k in name}
    longest = max(kinds, key=len, default="")
    return longest if all(k in longest for k in kinds) else ""


def _place(name: str) -> str:
    """The place ``name`` opens with: a place alone (中心城区, data/name_words.csv place_alone) or a named place (丹阳市); ''."""
    return next((w for w in name_words("place_alone") if name.startswith(w)), "") or opening_place(name)


def _places_figures(period: str) -> int:
    """How many figures of school places ``period`` states (增加学位4920个): two or more read alike when none names its kind."""
    words = "|".join(map(re.escape, name_subjects()["school_place_words"]))
    return len(re.findall(f"(?:{words})[\u4e00-\u9fff]{{0,4}}[\\d.]+万?个", period))


def paragraph_of(scan: str, start: int, end: int) -> str:
    """The paragraph (line) the sentence ``scan[start:end]`` stands in: two school-places figures of one paragraph read alike
    though each has a period of its own (新增…幼儿园25所、学位6750个。开工义务段学校6所、新增学位10230个; held-out set 89, fix171d)."""
    lo = scan.rfind("\n", 0, start) + 1
    hi = scan.find("\n", end)
    return scan[lo:hi if hi >= 0 else len(scan)]


def school_places(own: str, names: list[tuple[str, str, str, str]], period: str) -> str:
    """The name of a 、 member whose own words ``own`` count school places and name no kind of school, right after a
    count of schools (所) of one kind (``names[-1]``) that follows no other count of schools (幼儿园25所、中小学15所、新增学位:
    every kind's), in a ``period`` (its paragraph: paragraph_of) stating two places figures or more, which would read alike: that kind and the count's
    opening place before ``own`` (增加学位 -> 中心城区义务教育增加学位); '' otherwise."""
    if not names or names[-1][2] != SCHOOL_UNIT or len(names) >= 2 and names[-2][2] == SCHOOL_UNIT or not own or "分别" in own \
            or not any(w in own for w in name_subjects()["school_place_words"]) or _kind(own) or not (kind := _kind(names[-1][0])) \
            or _places_figures(period) < 2:
        return ""
    place = _place(names[-1][0])
    return (place if place not in own else "") + kind + own


SCHOOL_UNIT: Final = "所"  # data/tables_words.json school_counters: the unit schools are counted in
