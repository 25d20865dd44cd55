"""Names of list members after audit 55 (fix75n): a list's 新增 reaches a member whose name opens with 新 of a noun
(新三板), and a member that is only a grade (二级) takes the first member's name with its grade in place of the first's.

Each case is a plan sentence shortened from the audited text, with the names its rows must carry."""
from __future__ import annotations

from target_cases import targets

REVIEW = "全年地区生产总值增长6%。"


def _names(plan: str, text: str) -> list[str]:
    return list(targets(REVIEW, plan, 2023).loc[[text]]["indicator"])


def test_new_of_a_noun_takes_the_lists_new_verb() -> None:
    """新增在审企业1家，辅导备案企业2家，新三板挂牌企业1家 (宿州 row 19): 新 of 新三板 is no verb of the member's own."""
    got = _names("推动企业上市实现突破，新增在审企业1家，辅导备案企业2家，新三板挂牌企业1家，直接融资超100亿元。", "1家")
    assert got == ["新增在审企业数", "新增新三板挂牌企业数"]


def test_own_new_verb_is_kept() -> None:
    """A member opening with a verb of new things of its own keeps it, with no 新增 before it."""
    got = _names("推动企业上市实现突破，新增在审企业1家，新培育上市后备企业3家。", "3家")
    assert got == ["新培育上市后备企业数"]


def test_grade_member_takes_the_first_members_name_with_its_grade() -> None:
    """发展建筑资质企业一级1个、二级10个 (阿坝 row 76): the 二级 firms, not …一级二级."""
    assert _names("深入推进培育行动，发展建筑资质企业一级1个、二级10个，擦亮品牌。", "10个") == ["发展建筑资质企业二级数"]


def test_level_member_still_takes_the_first_members_head() -> None:
    """州级项目2项和县级3项: the admin level rule the grade rule sits beside is unchanged."""
    assert _names("新建州级项目2项和县级3项。", "3项") == ["县级项目新建数"]
