"""Round fix67m (audit 52 names): the upper tier of a growth goal (X确保增长a、力争b) is a growth of the same measure,
and no commitment word (确保, 力争) stays in a name; a cluster or industry opening a sentence names the bare size at its
end (汽车零部件产业集群，…，产值突破330亿元: 汽车零部件产业集群产值)."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from name_cases import names

PLAN = "二、2024年工作安排\n"


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    """(text, name, direction, kind) of each target figure of ``text`` under a plan heading, in order."""
    table = extract_quantities(read_text("一、2023年工作回顾\n全市实现地区生产总值1303.8亿元，增长6.5%。\n" + PLAN + text + "\n"))
    table = table[table.role == "target"]
    return list(zip(table.text, table.indicator, table.direction, table.kind))


def test_the_upper_tier_of_a_growth_goal_is_a_growth() -> None:
    """攀枝花 L33 地区生产总值确保增长6.5%、力争7%以上: 7% is a growth of GDP too, named without 确保 (audit 52 rows 0, 1)."""
    got = _rows("全市经济社会发展主要预期目标是：地区生产总值确保增长6.5%、力争7%以上；固定资产投资确保增长6%、力争6.5%；")
    assert got[0] == ("6.5%", "地区生产总值增长", "increase", "change")
    assert got[1] == ("7%", "地区生产总值增长", "increase", "change")
    assert got[3] == ("6.5%", "固定资产投资增长", "increase", "change")


def test_a_level_after_a_tier_word_stays_a_level() -> None:
    """The neighbour: a share reached after its own verb (提高到40%、力争45%) is no growth."""
    got = _rows("研发投入强度提高到2.5%、力争2.8%。")
    assert got[-1][0] == "2.8%" and got[-1][2:] != ("increase", "change")


def test_a_commitment_word_inside_a_name_leaves_it() -> None:
    """温州 中国数安港力争入驻重点数据企业500家: the firms to settle there, without 力争."""
    assert "力争" not in names("中国数安港力争入驻重点数据企业500家。")["500家"]


def test_a_bare_cluster_opening_names_the_size_at_the_end() -> None:
    """蚌埠 L52: the cluster, not the last project before 产值 (audit 52 rows 9, 10, 13)."""
    got = names("汽车零部件产业集群，重点发展专用车、通用汽车零部件、车用传感器、动力电池等细分产业，实施年产400万套新能源汽车玻璃、"
                "年产120万平方米全固态电致变色电子薄膜等项目，产值突破330亿元。新能源产业集群，坚持风光储一体，重点发展风光电制造、"
                "锂电池等细分行业，实施五株科技5GW异质结太阳能电池片及电池组件等项目，产值突破200亿元。")
    assert got["330亿元"] == "汽车零部件产业集群产值"
    assert got["200亿元"] == "新能源产业集群产值"


def test_an_industry_with_its_focus_names_the_size() -> None:
    """亳州 L31: 轻纺服饰产业以利辛县为重点…力争产值100亿元 and 新一代信息技术产业…，培育省级大数据企业3家以上，力争产值40亿元."""
    got = names("轻纺服饰产业以利辛县为重点，壮大丝网链、完善纺织链、提升服饰链，力争产值100亿元。新一代信息技术产业以亳芜现代产业园区为重点，"
                "加快发展电子信息制造业，培育省级大数据企业3家以上，力争产值40亿元。")
    assert got["100亿元"] == "轻纺服饰产业产值"
    assert got["40亿元"] == "新一代信息技术产业产值"


def test_a_cluster_built_by_a_verb_keeps_its_industry_name() -> None:
    """The neighbour (audit 35): 加快建成世界级优质白酒产业集群，…，力争实现营收1650亿元 -> 白酒产业营收."""
    assert names("加快建成世界级优质白酒产业集群，推动名酒企业做大做强，力争实现营收1650亿元。")["1650亿元"] == "白酒产业营收"
