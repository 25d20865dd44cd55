"""Final held-out spot 38 (红河, 抚顺, 武威, 株洲 2025), round fix97b: a closing glossary headed 名词注释, a package moving
(N项改革任务有序推进), existing sets put to use (发挥好N名…作用, 充分运用N个…成果, 锚定N条…目标), a share that names a survey
(1%人口抽样调查)."""
from __future__ import annotations

from target_cases import targets

from govreport import read_text


def test_a_glossary_headed_mingci_zhushi_is_no_plan() -> None:
    # 红河 L82 名词注释, then 15.“千项千亿”年度重点项目库:指…总数量1000个以上 (rows 67-72)
    text = ("一、2029年工作回顾\n地区生产总值增长5%。\n二、2030年工作安排\n新建学校10所。\n名词注释\n"
            "1.“千项千亿”项目库:指年度储备项目的基本盘，总数量1000个以上。\n")
    report = read_text(text)
    assert report.parts["notes"].start == text.index("名词注释")
    assert report.parts["plan"].end == text.index("名词注释")


def test_a_package_moving_is_no_goal() -> None:
    # 红河 L21 (rows 0, 1): 红河对越6个合作文件落地实施; 全州328项改革任务有序推进 — the situation, no goal
    t = targets("地区生产总值增长5%。", "红河对越6个合作文件落地实施，动力更强。全州328项改革任务有序推进，作用有效发挥。新建学校10所。")
    assert "6个" not in t.index and "328项" not in t.index and "10所" in t.index
    t = targets("地区生产总值增长5%。", "发挥经济体制改革牵引作用，深入推进393项改革任务。")  # 绥化: a count pushed, a goal (audit s37)
    assert "393项" in t.index


def test_existing_sets_put_to_use_are_no_goals() -> None:
    # 抚顺 L27 (row 42), 武威 L38 (row 40), 红河 L32 (row 19)
    t = targets("地区生产总值增长5%。", "用好非遗资源，发挥好171名非遗传承人作用，开发文创产品。充分运用38个重大课题研究成果，科学谋划思路。"
                "按照思路，锚定12条产业链发展目标，壮大资源经济。新建学校10所。")
    assert not {"171名", "38个", "12条"} & set(t.index) and "10所" in t.index


def test_a_share_that_names_a_survey_is_no_goal() -> None:
    # 株洲 L30 (row 33 of the parts build): 高质量开展全国1%人口抽样调查
    t = targets("地区生产总值增长5%。", "高质量开展全国1%人口抽样调查。城镇调查失业率控制在5.5%以内。")
    assert "1%" not in t.index and "5.5%" in t.index

