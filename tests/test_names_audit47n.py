"""Names after audit 47 (round fix60n; /work/notes/holdout47, criterion f): a count before a 、 list of short modifiers counts
the head after the list, a bare level before another level's count takes its head, the plan verb governing a count stays
(and goes to a bare 、 member after it), a bare measure is its holder's, and a bare 产值 is the moving industry's.
Real sentences of the audited texts."""
from __future__ import annotations

from name_cases import names

from govreport import extract_quantities, read_text


def _plan(text: str) -> dict[str, tuple[str, str]]:
    """Figure text -> (name, key) of a plan part's ``text``."""
    table = extract_quantities(read_text("二、2024年主要预期目标和重点工作\n" + text + "\n"))
    return {x: (n, k) for x, n, k in zip(table.text, table.indicator, table.indicator_key)}


def test_a_count_before_a_list_of_modifiers_counts_the_head_after_it() -> None:
    """济宁 row 7: 416个补链、强链、延链项目 counts the projects (补链强链延链项目数), not 补链; a list of whole nouns stays a list."""
    got = names("突出抓好416个补链、强链、延链项目，“231”先进制造业集群营收达到4500亿元。")
    assert got["416个"] == "补链强链延链项目数"
    assert names("建设3个公园、广场、绿地。")["3个"] != "公园广场绿地数"


def test_a_bare_level_before_another_level_s_count_takes_its_head() -> None:
    """济宁 row 110: 158个省级、102个市级和美乡村建设任务 — the first count is of the provincial 和美乡村 (省级和美乡村建设数)."""
    got = names("完成158个省级、102个市级和美乡村建设任务，新改建农村公路700公里。")
    assert got["158个"] == "省级和美乡村建设数"
    assert got["102个"] == "市级和美乡村建设数"


def test_the_verb_governing_a_count_stays_in_its_name() -> None:
    """济宁 row 66: 加快推进38个重大交通项目、74项现代水网工程 — the member after 、 is pushed too; 阜阳 row 32: 高标准建设90个…
    keeps 建设 (after the adverb 高标准); 济宁 row 108: 启动第二批96个片区创建 keeps 启动 (the batch left out)."""
    got = names("加快推进38个重大交通项目、74项现代水网工程，再谋划储备一批支撑性、战略性项目。")
    assert got == {"38个": "推进重大交通项目数", "74项": "推进现代水网工程数"}
    built = names("学习运用浙江“千万工程”经验，高标准建设90个和美乡村省级中心村和13个省级精品示范村。")
    assert built["90个"] == "建设和美乡村省级中心村数"
    started = names("深入实施“百区千村”三年行动，完成第一批118个市级示范片区建设，启动第二批96个片区创建，新增省级示范片区2个以上。")
    assert started["96个"] == "启动片区创建数"
    assert started["118个"] == "市级示范片区建设数"  # 完成 is a light verb: as before


def test_a_bare_measure_is_the_holder_s_an_earlier_clause_opens_with() -> None:
    """济宁 rows 87, 120, 39 and 梧州 rows 76, 77: 旅客吞吐量 after 大安机场…, 累保金额 after 充分发挥市担保集团作用, 外资外贸占全市比重
    after 开发区…; 工业总产值 after 支持藤县… is the county's, with no city-wide key."""
    air = _plan("编制《济宁航空发展三年行动计划》，大安机场通航城市增至30个，旅客吞吐量突破150万人次，全力推动航空口岸开放纳入国家规划。")
    assert air["150万人次"][0] == "大安机场旅客吞吐量"
    fund = _plan("充分发挥市担保集团作用，对国家级专精特新“小巨人”、单项冠军企业“见贷即保”，累保金额突破500亿元。")
    assert fund["500亿元"][0] == "市担保集团累保金额"
    zone = _plan("做大做强园区主导产业，开发区工业投资、规上工业增加值增速高于全省平均5个百分点以上，外资外贸占全市比重达到85%以上。")
    assert zone["85%"][0] == "开发区外资外贸占全市比重"
    county = _plan("扎实推进梧藤一体化，支持藤县县域产业园区与市管园区联动发展，做大做强金属新材料、陶瓷、钛白产业，力争工业总产值达到540亿元，加快向西部百强县迈进。")
    assert county["540亿元"] == ("藤县工业总产值", "")


def test_a_city_s_own_bare_measure_keeps_its_name_and_key() -> None:
    """No holder clause before: 工业总产值 is the city's, with its key."""
    got = _plan("全市规上工业总产值增长10%，工业总产值达到500亿元。")
    assert got["500亿元"] == ("工业总产值", "industrial_output")


def test_a_bare_output_after_an_industry_s_move_is_the_industry_s() -> None:
    """梧州 row 13: 持续推动不锈钢产业向精深加工延伸，…，力争完成产值350亿元 is 不锈钢产业产值; row 12 (a base) keeps its subject."""
    got = _plan("持续推动不锈钢产业向精深加工延伸，重点发展工程类、五金水暖类、超纯类三大不锈钢下游产业集群，力争完成产值350亿元。")
    assert got["350亿元"][0] == "不锈钢产业产值"
    assert _plan("加快千万吨金属新材料基地建设，力争完成产值450亿元。")["450亿元"][0] == "千万吨金属新材料基地建设产值"
