"""Names after audit 42, second wave (round 54, fix54b; /work/notes/unseen42, fault classes on names): the real sentences
of the texts, each figure named by the whole group, head, object, institution, industry or zone the text gives it."""
from __future__ import annotations

from name_cases import names

from govreport import extract_quantities, read_text


def test_a_shared_head_of_a_distributive_list_of_measures_goes_to_each_member() -> None:
    """JA40: 全年粮食播面和总产分别稳定在960万亩、74亿斤以上 — 74亿斤 is 粮食总产量 (the review's 粮食播面、总产分别达… too)."""
    got = names("加强耕地保护，完善占补平衡制度，完成高标准农田年度建设任务，打通农田灌溉“最后一公里”，全年粮食播面和总产分别稳定在960万亩、74亿斤以上。")
    assert got["74亿斤"] == "粮食总产量"
    assert names("全市粮食播面、总产分别达960.8万亩、74.6亿斤，富民产业种植面积达736万亩。")["74.6亿斤"] == "粮食总产量"
    assert names("粮食播种面积和产量分别稳定在100万亩、50万吨。")["50万吨"] == "粮食产量"


def test_a_group_listed_after_a_count_is_counted_whole() -> None:
    """CZ #11: 支持300个基础设施、公共服务项目建设 — both kinds of project, up to 建设 at the clause's end."""
    got = names("更好发挥政府投资带动效应，力争争取中央预算内资金、专项债券、特别国债、政策性金融工具等各类资金100亿元，支持300个基础设施、公共服务项目建设。")
    assert got["300个"] == "基础设施和公共服务项目数"


def test_a_service_keeps_its_object_and_places_their_institution() -> None:
    """BJ118 (为3万名群众开展摩托车驾驶证“送训送考下乡”服务: the service's object 摩托车驾驶证 kept) and BJ130
    (建成310张托位数的公立普惠托育机构: the places of the institutions built)."""
    assert names("（3）为3万名群众开展摩托车驾驶证“送训送考下乡”服务；")["3万名"] == "摩托车驾驶证送训送考下乡服务群众人数"
    assert names("建成310张托位数的公立普惠托育机构。")["310张"] == "建成公立普惠托育机构托位数"


def test_projects_named_by_example_are_the_industry_s_the_sentence_sets() -> None:
    """CZ29 and CZ #22: the sector the sentence opens with (新材料产业围绕…) or sets as its aim (以发展高端精细煤化工为方向)
    is that of the projects it pushes by example (…等47个项目, 10万吨己二腈等26个项目)."""
    got = names("以发展高端精细煤化工为方向，推动煤焦油高附加值成分提取、粗苯向医药中间体转化，加快推进10万吨己二腈等26个项目，建设国家级煤化工产业转型升级示范基地。")
    assert got["26个"] == "精细煤化工产业推进项目数"
    got = names("新材料产业围绕钢铁企业优化升级，积极发展氢冶金，生产特种钢、机器人专用钢、高温合金钢等新型冶金材料；"
                "聚焦发展高端纤维及复合材料、铝镁合金等，重点推进碳基新材料、石墨及碳素制品等47个项目。")
    assert got["47个"] == "新材料产业推进项目数"
    got = names("装备制造产业加快推进新能源汽车核心零部件、壶关航天工业园等63个项目，规划建设产品、材料表面处理等关键环节项目。")
    assert got["63个"] == "装备制造产业推进项目数"


def test_a_bare_industrial_goal_in_a_zone_s_paragraph_is_the_zone_s() -> None:
    """CZ64: under 提升开发区发展能级。, 加大开发区项目集聚…，规上工业增加值增长15%以上 is the zone's growth (no city key);
    a sentence outside such a paragraph keeps the city's measure."""
    text = ("二、2024年工作安排\n提升开发区发展能级。持续深化“三化三制”改革，完善开发区与部门联动审批机制。"
            "加大开发区项目集聚和产出考核力度，提升“三个一批”活动项目开工率、投产率、达效率，规上工业增加值增长15%以上。\n"
            "做强实体经济。加大开发区项目集聚，规上工业增加值增长8%以上。\n")
    table = extract_quantities(read_text(text))
    got = {x: (n, k) for x, n, k in zip(table.text, table.indicator, table.indicator_key)}
    assert got["15%"] == ("开发区规上工业增加值增长", "")
    assert got["8%"] == ("规上工业增加值增长", "industrial_value_added_growth")
