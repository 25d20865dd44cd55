"""Names of 各 list members after audit 55 (fix74n): the head the last member shares, a bare level word's title, the
count lead of the clause before.

Each case is a plan sentence shortened from the audited text, with the names its rows must carry."""
from __future__ import annotations

from target_cases import targets

from govreport.tables.each_heads import lead_of_count_before, with_count_head, with_level_heads
from govreport.tables.shared_list_marks import _commit_trimmer


def test_industry_and_quoted_members_take_the_firm_head() -> None:
    """战略性新兴产业、“专精特新”、“两化”融合贯标企业各3家 (黄山 rows 35-37): each member counts firms."""
    got = with_count_head(["新增战略性新兴产业", "新增“专精特新”", "新增“两化”融合贯标企业"], "新增")
    assert got == ["新增战略性新兴产业企业", "新增“专精特新”企业", "新增“两化”融合贯标企业"]
    assert with_count_head(["持牌金融机构", "上市企业"]) == ["持牌金融机构", "上市企业"]  # a thing of its own


def test_count_lead_of_the_clause_before_governs_a_verbless_list() -> None:
    """力争新增国家高新技术企业4家，战略性新兴产业…各3家: the list's firms are additions too; not after a clause of
    another counter, nor after one that is a list itself."""
    trim = _commit_trimmer()
    before = "力争新增国家高新技术企业4家，战略性新兴产业、“专精特新”企业各"
    assert lead_of_count_before(before, before.index("，") + 1, "家", trim) == "新增"
    assert lead_of_count_before(before, before.index("，") + 1, "个", trim) == ""
    listed = "新增A企业、B企业4家，C、D企业各"
    assert lead_of_count_before(listed, listed.index("，") + 1, "家", trim) == ""


def test_each_list_after_a_count_is_named_and_keyed_per_member() -> None:
    """The whole sentence of 黄山 rows 35-37: 新增“专精特新”企业数 is keyed specialised_smes."""
    t = targets("新增国家高新技术企业6家。",
                "力争新增国家高新技术企业4家，战略性新兴产业、“专精特新”、“两化”融合贯标企业各3家。", 2023)
    rows = t.loc[["3家"]]
    assert list(rows["indicator"]) == ["新增战略性新兴产业企业数", "新增“专精特新”企业数", "新增“两化”融合贯标企业数"]
    assert list(rows["indicator_key"].fillna(""))[1] == "specialised_smes"


def test_bare_level_member_takes_the_title_after_the_last_level() -> None:
    """争创国家级、省级“四好农村路”示范县各1个 (阿坝 row 32): 国家级“四好农村路”示范县, not 国家级 alone."""
    assert with_level_heads(["国家级", "省级“四好农村路”示范县"]) == ["国家级“四好农村路”示范县", "省级“四好农村路”示范县"]
    assert with_level_heads(["国家级示范村", "省级示范县"]) == ["国家级示范村", "省级示范县"]
    t = targets("建成农村公路100公里。", "争创国家级、省级“四好农村路”示范县各1个。", 2023)
    assert list(t.loc[["1个"]]["indicator"]) == ["争创国家级“四好农村路”示范县数", "争创省级“四好农村路”示范县数"]
