"""Round fix65m (audit 51 names): a later clause of a list of parallel figures that names only its subject and repeats
the first clause's verb takes the first clause's measure (德州 rows 23–25)."""
from __future__ import annotations

from name_cases import names

DEZHOU = ("瞄准高端化、智能化、绿色化、集群化加速突破，提高主导产业发展能级，聚焦延链强群持续发力，力争绿色化工、食品加工、"
          "装备制造营收突破1000亿元，轻工纺织突破600亿元，新一代信息技术、新能源新材料突破300亿元，生物医药突破100亿元。")


def test_a_parallel_subject_takes_the_first_members_measure() -> None:
    """轻工纺织突破600亿元 after …装备制造营收突破1000亿元: 轻工纺织营收, not the industry alone."""
    got = names(DEZHOU)
    assert got["600亿元"] == "轻工纺织营收"
    assert got["300亿元"] == "新一代信息技术新能源新材料营收"
    assert got["100亿元"] == "生物医药营收"


def test_a_clause_of_another_unit_or_its_own_measure_is_kept() -> None:
    """A count after the amount, and a clause with a measure of its own, keep their names."""
    got = names("力争装备制造营收突破1000亿元，规上工业企业突破500家，轻工纺织产值突破600亿元。")
    assert got["500家"] == "规上工业企业数"
    assert got["600亿元"] == "轻工纺织产值"
