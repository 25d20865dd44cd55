"""What a bare later 、 member takes from the first member of its list besides the verb (audit 55): the quoted label
the first member opens with (建成“枫桥式”派出所2个、司法所3个: 枫桥式司法所; “天府云平台”入驻企业超过120户、覆盖率90%以上:
天府云平台覆盖率), and the herd a herd measure is of (肉牛饲养量29.5万头、出栏量12.8万头: 肉牛出栏量). Without them the
member reads as all such things of the city."""
from __future__ import annotations

import re
from typing import Final

from govreport.lexicon import name_words, unit_field

CLAUSE_MARKS: Final = re.compile(r"[，,；;：:。]")
LABEL: Final = re.compile(r"[\u4e00-\u9fff]{0,4}?[“\"]([\u4e00-\u9fff]{2,8})[”\"][\u4e00-\u9fff]{2,}")  # 建成“枫桥式”派出所
SHORT_FORM: Final = 4  # the longest bare member taken as a short form (a longer one is a title of its own)
BARE: Final = re.compile(r"[\u4e00-\u9fff]{1,%d}" % SHORT_FORM)
RATE: Final = "率"  # a rate of the labelled thing (覆盖率)
HEAD: Final = 2  # the characters of a noun's head: a member of the first's head is a class of its own (“专精特新”企业、单项冠军企业)


def _label(opening: str) -> str:
    """The quoted label the first member of the 、 list ending ``opening`` opens with (after its verb), or ''."""
    first = CLAUSE_MARKS.split(opening)[-1].split("、")[0]
    found = LABEL.match(first)
    return found.group(1) if found else ""


def labelled_member(name: str, before: tuple[str, str, str, str] | None, unit: str, opening: str) -> str:
    """``name`` of a later 、 member with the label or herd of the first member ``before`` when ``name`` is a bare
    noun with neither of its own; ``name`` otherwise. The label goes only to a count in the first member's counter or
    to a rate (of the labelled thing): a member in another counter or of land is a thing of its own (“四上”单位达1.85万家、
    经营主体超225万户; 建成“吨半粮”产能区60万亩、智慧农田50万亩)."""
    if before is None or not name:
        return name
    first = before[3]
    counted = unit == before[2] and unit_field(unit, "kind") == "count"
    label = _label(opening) if counted or (unit == "%" and name.endswith(RATE)) else ""
    at = first.find(label) if label else -1
    if at >= 0 and label not in name:
        lead = first[:at]  # a verb the member carries already (新增…)
        core = name[len(lead):] if name.startswith(lead) else name if not lead else ""
        moved = before[1] if before[1] and core.endswith(before[1]) and first.endswith(before[1]) else ""
        noun, own = core[:len(core) - len(moved)], first[at + len(label):len(first) - len(moved)]
        if BARE.fullmatch(noun) and not noun.endswith(own[-HEAD:]) and not noun.startswith(name_words("gov_level")):
            return lead + label + core
        return name
    herd = next((w for w in name_words("herd_measure") if name == w), "")
    other = next((w for w in name_words("herd_measure") if first.endswith(w) and w != herd), "")
    if herd and other and len(first) - len(other) >= 1:
        return first[:-len(other)] + herd
    return name
