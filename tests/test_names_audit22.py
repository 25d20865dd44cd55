"""Names after audit 13 (docs/audits/targets_13.md): a payer's amount and its purpose, a cluster's
output, a size class, a share reaching a standard, 全市域, a bare verb after a list member.
Sentences in the style of a report, with wording and numbers altered."""
from __future__ import annotations

from name_cases import names


def test_a_payers_amount_takes_the_purpose_after_it_also_after_a_fund_noun_or_a_comma() -> None:
    """中央财政还将安排…，增加对…的转移支付 (还将 dropped, to whom it goes kept); 安排…亿元资金支持再就业 (no
    comma); 安排…亿元建设资金，支持… (a fund noun after the amount takes the purpose before it)."""
    got = names("中央财政还将安排180亿元，增加对产粮大县和困难地区的转移支付。")
    assert got["180亿元"] == "中央财政对产粮大县和困难地区的转移支付"
    assert names("今年中央财政安排95亿元资金支持再就业，比上年增加20亿元。")["95亿元"] == "中央财政再就业资金"
    assert names("今年安排25亿元建设资金，支持国有煤矿安全技术改造。")["25亿元"] == "国有煤矿安全技术改造建设资金"


def test_an_output_after_a_cluster_clause_is_the_clusters_not_an_earlier_projects() -> None:
    """推进…等20个项目建设，打造…新能源产业集群，力争产值突破500亿元: the cluster's output."""
    got = names("推进甲、乙等20个项目建设，打造具有区域竞争力的新能源产业集群，力争产值突破500亿元。")
    assert got["500亿元"] == "新能源产业集群产值"
    assert names("年内入园企业达到9家，实现产值3亿元。")["3亿元"] == "入园企业产值"  # a count before: its output


def test_an_amount_before_ji_is_a_size_class_not_a_figure() -> None:
    """新增百亿级企业2家、30亿级企业3家: 30亿 is part of the class word."""
    got = names("新增百亿级企业2家、30亿级企业3家。")
    assert "30亿" not in got and got["3家"] == "新增30亿级企业数"


def test_a_share_reaching_a_standard_names_what_reaches_it() -> None:
    """力争35%建成区面积达到20年一遇内涝防治标准: the share of the built-up area (力争 and the clause before dropped)."""
    got = names("完成海绵城市建设任务，力争35%建成区面积达到20年一遇内涝防治标准。")
    assert got["35%"] == "建成区面积达到20年一遇内涝防治标准比例"


def test_quan_shi_yu_is_stripped_whole() -> None:
    assert names("实施热源项目，全市域清洁取暖率达到95%。")["95%"] == "清洁取暖率"


def test_a_bare_verb_member_takes_the_object_of_the_member_before() -> None:
    """新改续扩建中小学幼儿园30所、建成投用12所: the schools opened (not 投用建成数)."""
    assert names("新改续扩建中小学幼儿园30所、建成投用12所。")["12所"] == "中小学幼儿园建成投用数"
    assert names("新建学校10所、建成8所。")["8所"] == "学校建成数"
