"""Held-out audits 69 and 70 (中山, 潍坊, 南平, 开封 2021), round fix146d: debris names, a name cut from the wrong words around
the figure (an item number, a threshold before 的, a modifier before 的, a word with 和 inside, 个小时, a quoted label)."""
from __future__ import annotations

from target_cases import names_by_text, targets

from govreport.extract.list_tails import work_named_before

REVIEW = "全市地区生产总值增长5%。"


def _names(plan: str) -> dict[str, list[str]]:
    """The indicator names of each target text of ``plan`` (a 2021 plan after a 2020 review)."""
    return names_by_text(REVIEW, plan, 2020)


def test_a_numbered_bare_outlay_is_named_by_its_work() -> None:
    # 潍坊 rows 66, 68, 71: the item number is no part of the name, the clause after the amount says what it pays for
    got = _names("（6）投入8000万元，免费为2周岁以下儿童接种一剂13价肺炎疫苗。")
    assert got["8000万元"] == ["儿童免费接种13价肺炎疫苗投入"]
    got = _names("（8）投入300万元，在人员密集公共场所配备自动体外除颤器100台，为公众提供医疗急救服务。")
    assert got["300万元"] == ["人员密集公共场所配备自动体外除颤器投入"]
    got = _names("（11）投入3200万元，在市区新建公共自行车站点200处，投放第三代公共自行车5000辆。")
    assert got["3200万元"] == ["市区新建公共自行车站点投入"]
    # a bare verb after the amount, with no place, manner or people served: left as before
    assert _names("投入3200万元，新建公共自行车站点200处。")["3200万元"] == ["投入"]


def test_fields_covered_in_full_are_named_by_the_work_before() -> None:
    # 潍坊 row 60
    got = _names("加强数字政府建设，大力推广电子证照应用，实现不动产、公积金等10个领域全覆盖，有效解决群众办事重复提交证照材料问题。")
    assert got["10个"] == ["电子证照应用全覆盖领域数"]


def test_a_suffix_keeps_a_member_whole() -> None:
    # 潍坊 row 88: 产业化联合体 is not cut at the list head 产业
    got = _names("培育10家全链条龙头企业、10个产业化联合体、10个优势特色产业集群。")
    assert got["10个"] == ["培育产业化联合体数", "培育优势特色产业集群数"]
    # the shared head still cuts a member run into the list's work (unchanged)
    assert _names("建设123个提升村、74个整治村人居环境工程。")["74个"] == ["建设整治村数"]


def test_a_list_work_named_before_in_the_sentence() -> None:
    # 潍坊 row 108: 雨污分流改造, said before the list, is the first member's work too
    got = _names("有序推动雨污分流改造，中心城区完成117个小区、9条街巷雨污分流改造任务。")
    assert got["117个"] == ["小区雨污分流改造数"] and got["9条"] == ["街巷雨污分流改造数"]
    # with no such work said before: the verb alone, as before
    assert _names("中心城区完成117个小区、9条街巷雨污分流改造任务。")["117个"] == ["小区改造数"]
    # a time said before the list is no part of its work (巴音郭楞 2022: …上半年开工建设，…、…项目下半年开工建设)
    scan = "推动A上半年开工建设，力促120万吨乙烯、B等项目下半年开工建设。"
    at, upto = scan.index("乙烯"), scan.index("。")
    assert work_named_before(scan, at, upto - 4, upto, "乙烯") == "开工建设"


def test_the_noun_after_de_is_counted() -> None:
    # 潍坊 row 114: a kind before 的 stays in the name, the parks are counted
    assert _names("建设3处育繁推一体化的现代渔业示范园区。")["3处"] == ["建设育繁推一体化现代渔业示范园区数"]
    # 南平 row 21: a measure over an amount before 的 classes the projects counted
    got = _names("加快103个年新增产值超2000万元的市级新增长点项目，以及170个总投资超600亿元的市级重点工业投资项目建设。")
    assert got["103个"] == ["年新增产值超2000万元市级新增长点项目数"]
    # an owner before 的 (no amount): unchanged
    assert _names("完成100个村的道路硬化。")["100个"] == ["道路硬化村数"]


def test_a_count_whose_noun_follows_the_sets_amount() -> None:
    # 南平 row 26: …等23个、总投资247亿元项目建设
    got = _names("推进邵武氟新材料专业园、建阳经济开发区创业园二期等23个、总投资247亿元项目建设，完善16个工业园区检验检测。")
    assert got["23个"][0].endswith("项目数") and got["247亿元"] == ["项目总投资"]


def test_hours_written_with_ge() -> None:
    # 南平 row 44: 个小时 is the unit 小时's spelling, not 个 and a noun
    t = targets(REVIEW, "实现企业开办时间压缩至1个工作日以内，纳税缴费时间压缩至120个小时以内。", 2020).loc["120个小时"]
    assert t["indicator"] == "纳税缴费时间" and t["unit"] == "个小时" and t["target_kind"] == "ceiling"


def test_a_designation_with_he_inside() -> None:
    # 开封 row 23
    got = _names("持续打造八大夜间消费集聚区，创建1—2个省级文化和旅游消费示范县（区），建好全国文旅消费试点城市。")
    assert got["1—2个"] == ["创建省级文化和旅游消费示范县(区)数"]
    # two things joined by 和, the first a counted thing of its own: unchanged
    assert _names("创建3个示范村和示范社区。")["3个"] == ["创建示范村和示范社区数"]


def test_a_basis_and_a_quoted_label() -> None:
    # 中山 row 30: the basis before the change is no part of the name
    got = _names("提高退休职工报销比例，退休职工住院报销比例在在职职工报销比例的基础上提高2%。")
    assert got["2%"] == ["退休职工住院报销比例提高"]
    # 中山 row 51: a quoted label takes no room from the noun that runs to the clause's end
    got = _names("制作5条“童童安安”儿童权益保护公益宣传系列视频。")
    assert got["5条"] == ["童童安安儿童权益保护公益宣传系列视频数"]
