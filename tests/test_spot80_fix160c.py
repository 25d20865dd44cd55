"""Round 160, fix160c (held-out set 80: 大理 2021 rows 18, 24, 41; 白山 rows 9, 21, 31; 呼伦贝尔 rows 4, 5): a bare name
takes the subject its sentence states elsewhere (extract/bare_subjects.py): the framed clause before (提升X普及水平, 加大X
改造力度), the count of the clause before (a bare 转化率), the head noun the examples share (…人民医院、…中医院等N个项目),
the purpose after a bare fund (引导资金鼓励…), the object of the sentence's own 治理 clause; an area after 提升X is X提升面积;
a result verb before a count (竣工通车) stays in its name. Paraphrased sentences through the real reader and extractor."""
from __future__ import annotations

from tests.target_cases import names_by_text

_REVIEW = "全年地区生产总值增长3%。"


def _names(plan: str) -> dict[str, list[str]]:
    return names_by_text(_REVIEW, plan, 2020)


def test_bare_rate_takes_the_framed_clause_before() -> None:
    # 大理 row 41: 提升高中阶段教育普及水平，确保毛入学率达到94%
    got = _names("提升高中阶段教育普及水平，确保毛入学率达到95%。")
    assert got["95%"] == ["高中阶段教育毛入学率"]


def test_bare_work_measure_takes_the_framed_clause_before() -> None:
    # 大理 row 18: 加大老旧小区改造力度，完成改造16530户、187万平方米
    got = _names("加大老旧小区改造力度，完成改造12000户、150万平方米。")
    assert got["150万平方米"] == ["老旧小区改造面积"]


def test_bare_rate_takes_the_count_of_the_clause_before() -> None:
    # 白山 row 9: 新谋划5000万元以上项目280个，转化率达到30%以上
    got = _names("新谋划亿元以上项目200个，转化率达到25%以上。")
    assert got["25%"] == ["新谋划亿元以上项目转化率"]


def test_bare_projects_take_the_examples_shared_head() -> None:
    # 大理 row 24: 抓好…县人民医院、…县白族中医院等8个项目建设
    got = _names("抓好东城区人民医院、西城区中医院等6个项目建设。")
    assert got["6个"] == ["医院项目建设数"]


def test_examples_with_no_shared_head_leave_the_name() -> None:
    # boundary (白山 row 17): 建成…甜糯玉米、…冷鲜食品库等15个项目: the examples share no head noun
    got = _names("建成年产2000吨甜糯玉米、冷鲜食品库等12个项目。")
    assert got["12个"] == ["建成项目数"]


def test_bare_fund_takes_its_purpose() -> None:
    # 呼伦贝尔 row 5: 继续安排1000万元引导资金鼓励青少年参与冰雪活动
    got = _names("继续安排800万元引导资金鼓励青少年参与冰雪活动。")
    assert got["800万元"] == ["青少年参与冰雪活动引导资金"]


def test_bare_works_count_takes_its_sentences_work_clause() -> None:
    # 呼伦贝尔 row 4: 全面深化呼伦湖生态环境综合治理，…年内启动12个治理项目
    got = _names("全面深化大湖生态环境综合治理，严格落实保护治理实施方案，年内启动10个治理项目。")
    assert got["10个"] == ["启动大湖生态环境综合治理项目数"]


def test_area_after_a_raising_verb_is_named_by_its_measure() -> None:
    # 白山 row 21: 启动农业土壤质量提升三年行动…，提升土壤质量10万亩
    got = _names("启动农业土壤质量提升三年行动，提升土壤质量8万亩。")
    assert got["8万亩"] == ["土壤质量提升面积"]


def test_result_verb_before_a_count_stays_in_the_name() -> None:
    # 白山 row 31: 竣工通车3条干线公路
    got = _names("竣工通车4条干线公路。")
    assert got["4条"] == ["竣工通车干线公路数"]


def test_a_named_rate_or_a_clause_of_no_frame_is_left() -> None:
    # boundary: a rate with its own subject, or a clause before that is no 提升/加大…水平/力度 frame, keeps its name
    got = _names("提升高中阶段教育普及水平，确保高等教育毛入学率达到60%。")
    assert got["60%"] == ["高等教育毛入学率"]
    got = _names("办好人民满意的教育，确保毛入学率达到94%。")
    assert got["94%"] == ["毛入学率"]
    got = _names("设立1000万元引导资金撬动社会投资。")
    assert got["1000万元"] == ["设立引导资金"]  # no purpose verb after it: unchanged
