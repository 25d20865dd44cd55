"""Round 152, fix152b (held-out set 73 枣庄, 遂宁, 黄冈, 吉林 2021): set sizes and labels read as targets, and targets
dropped between quantities and targets. Paraphrased sentences through the real reader and extractor.

- a small range of pillar industries each zone is to name (明确2—3个支柱产业) is a guideline, no row;
- 提升发展 N个 existing clusters, counts a quoted formula names (“1+3+6+20”) and a share in a standard's name
  (节能65%设计标准) are no targets; nor is an institute's number in a list of projects' names (712所氢氧燃料电池);
- kept: a loan volume striven for (力争贷款额度达到2亿元以上), towns to be entered on an honour's candidate list
  (力争入库…候选镇10个), and events hosted after 等 (承办…等30项…赛事, 举办…等10项品牌活动)."""
from __future__ import annotations

from tests.target_cases import targets

_REVIEW = "全年地区生产总值增长3.5%。"


def _texts(plan: str) -> set[str]:
    return set(targets(_REVIEW, plan, 2020)["text"])


def test_pillar_industries_each_zone_names_are_a_guideline() -> None:
    got = _texts("引导各园区因地制宜明确2—3个支柱产业，新建标准厂房50万平方米。")
    assert "2—3个" not in got and "50万平方米" in got


def test_pillar_industries_newly_grown_stay_a_goal() -> None:
    # boundary: a growing verb (培育) before the range makes industries, a goal per place (per_place_goal_verbs)
    assert "2—3个" in _texts("引导各园区新培育2—3个支柱产业，新建标准厂房50万平方米。")


def test_upgraded_existing_clusters_are_no_target() -> None:
    got = _texts("深入实施服务业“九大行动”，提升发展5个省级服务业集聚区，新创建3个省级服务业集聚区。")
    assert "5个" not in got and "3个" in got


def test_a_name_after_the_upgrading_verb_keeps_the_goal() -> None:
    # boundary: 提升 then a road named 发展大道 (…等80条道路): not the bare 提升发展 clause
    assert "60条" in _texts("提升发展大道等60条道路绿化品质，新建绿道100公里。")


def test_counts_a_quoted_formula_names_are_set_sizes() -> None:
    plan = "有序推进7个县域副中心和25个中心镇规划编制，加快构建多点带动的“1+4+7+25”发展新格局。新建5G基站800个。"
    got = _texts(plan)
    assert not {"7个", "25个"} & got and "800个" in got


def test_counts_outside_the_formula_stay_goals() -> None:
    # boundary: a count whose value is no member of the formula, and a formula of two members, tie nothing
    got = _texts("新建8个县域物流中心，加快构建“1+4+7”发展格局。新建6个农贸市场，打造“6+1”商圈。")
    assert {"8个", "6个"} <= got


def test_a_share_in_a_standards_name_is_a_label() -> None:
    got = _texts("推进城镇绿色化发展，全面执行居住建筑节能75%设计标准，新建建筑中绿色建筑面积占比达到65%以上。")
    assert "75%" not in got and "65%" in got


def test_an_institute_number_in_a_list_of_project_names() -> None:
    plan = "推进华宇新材料、718所氢能电池、南湖建材交易区、东山智能制造等产业项目建设。新建学校5所。"
    got = _texts(plan)
    assert "718所" not in got and "5所" in got


def test_schools_counted_in_a_list_of_projects_stay() -> None:
    # boundary: 所 before an institution it counts (学校) in the same list shape is a count
    assert "3所" in _texts("推进华宇新材料、3所学校、南湖建材交易区等民生项目建设。")


def test_a_loan_volume_striven_for_is_a_target() -> None:
    got = _texts("用好“科创贷”等金融产品，力争贷款额度达到3亿元以上。")
    assert "3亿元" in got


def test_a_loan_cap_raised_stays_a_setting() -> None:
    # boundary: a cap the government raises (提高到), no striving lead, is a policy setting
    assert "30万元" not in _texts("个人创业担保贷款额度提高到30万元。新增城镇就业3万人。")


def test_towns_entered_on_a_candidate_list_are_a_goal() -> None:
    got = _texts("加强中心镇培育建设，力争入库省级百强中心镇候选镇8个。")
    assert "8个" in got


def test_candidates_put_to_a_vote_stay_procedure() -> None:
    # boundary: candidates chosen for the congress's vote are procedure
    assert "15个" not in _texts("筛选出15个民生实事候选项目提交审议和票决。新增城镇就业3万人。")


def test_events_hosted_after_examples_are_goals() -> None:
    plan = "高质量承办全国越野滑雪邀请赛等25项冰雪体育赛事。举办“江城之夏”艺术季等12项品牌活动。"
    got = _texts(plan)
    assert {"25项", "12项"} <= got


def test_events_relied_on_after_examples_stay_a_set() -> None:
    # boundary: a set of events named by example that the plan only leans on, hosting none, is no amount to produce
    assert "25项" not in _texts("依托全国越野滑雪邀请赛等25项冰雪体育赛事，带动冰雪消费。")
