"""Audit 46 (fix58a): figures that are no target, stocks kept, 过 as a floor and a price unit — the set an amount covers
(200个重点项目投资继续超千亿元), a list put to a vote (遴选了…44项为民办实事项目，提交本次人代会票决), the places pilots run in
(在39个乡镇分类开展…改革试点), the thresholds of a share (95%的行政村实现集体经济总收入30万元且经营性收入15万元以上), a register's
level kept (纳入国省库项目动态保持在1万个以上、总投资3万亿元以上), 过 before an amount (产值过800亿元), 分/千瓦时, and a floor closing
examples (…美食街区等20个以上) (docs/assumptions.md#which-figures-are-targets). Sentences from city_dazhou_2024, city_xuzhou_2024,
city_huanggang_2024 and city_quzhou_2024."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.tables import build_targets

HEAD = "某市2024年政府工作报告\n一、2023年工作回顾\n去年全市地区生产总值增长5%。\n二、2024年主要目标任务\n"


def _targets(body: str):  # type: ignore[no-untyped-def]
    return build_targets(extract_quantities(read_text(HEAD + body + "\n")))


def _rows(body: str) -> dict[str, dict]:
    return {r["text"]: r for r in _targets(body).to_dict("records")}


def test_the_set_an_amount_covers_is_no_target() -> None:
    """DZ row 6: 200个 is the set whose investment is 千亿元 (an adverb, 继续, between; the amount in words); the amount stays.
    新开工重点项目200个 is a count to produce."""
    rows = _rows("确保固定资产投资增长7%以上，200个重点项目投资继续超千亿元。")
    assert "200个" not in rows and "千亿元" in rows and "7%" in rows
    assert "200个" in _rows("新开工重点项目200个，完成投资300亿元。")


def test_a_list_put_to_a_vote_is_no_target() -> None:
    """XZ row 124: the size of the list chosen for the vote in the clause after; a list carried out is a goal."""
    rows = _rows("今年我们多渠道梳理群众“急难愁盼”问题、关心关切事项，在广泛征求意见基础上，遴选了12类44项为民办实事项目，提交本次人代会票决。")
    assert "44项" not in rows and "12类" not in rows
    assert "20个" in _rows("新建社区养老服务中心20个，提交运营方案。")


def test_places_where_pilots_run_are_no_target() -> None:
    """HG row 62: 在 + N个乡镇 + 开展…试点 is the scope; 新增试点乡镇20个 and 在…建成20个 stay goals."""
    assert "39个" not in _rows("在39个乡镇分类开展农村产权制度、经营制度、小田变大田等改革试点。")
    assert "20个" in _rows("新增农村改革试点乡镇20个。")
    assert "20个" in _rows("在20个乡镇建成综合文化站。")


def test_thresholds_of_a_share_are_no_targets_and_name_it() -> None:
    """QZ rows 74-76: 30万元 and 15万元 define which villages the 95% counts; the share is named for the villages that meet them.
    The older wording (推动70%村集体经济组织收入超过50万元) keeps its reading."""
    rows = _rows("深化强村富民乡村集成改革，创新乡村运营机制，提升强村公司联村带农致富能力，95%的行政村实现集体经济总收入30万元且经营性收入15万元以上。")
    assert set(rows) == {"95%"}
    assert rows["95%"]["indicator"] == "集体经济总收入30万元且经营性收入15万元以上的行政村占比"
    rows = _rows("推动70%村集体经济组织收入超过50万元。")
    assert set(rows) == {"70%"}
    assert "30万元" in _rows("村集体经济总收入达到30万元。")


def test_a_register_kept_at_a_level_is_a_stock() -> None:
    """DZ rows 8, 9: what a 库 holds, kept at a level (动态 out of the name), both members; 粮食产量稳定在 stays a flow."""
    rows = _rows("精准对接国省政策投向，精心谋划一批重大项目，确保纳入国省库项目动态保持在1万个以上、总投资3万亿元以上。")
    assert rows["1万个"]["measure"] == rows["3万亿元"]["measure"] == "stock"
    assert rows["1万个"]["indicator"] == "纳入国省库项目数" and rows["3万亿元"]["indicator"] == "纳入国省库项目总投资"
    assert _rows("确保粮食产量稳定在100亿斤以上。")["100亿斤"]["measure"] == "flow"


def test_guo_before_an_amount_is_a_floor() -> None:
    """HG row 27: 产值过800亿元 is more than 800亿元, 过 out of the name; 复核通过3个 keeps 通过 and no bound; 分别超过 keeps
    超过 whole (no 超 left behind)."""
    rows = _rows("力争建材行业产值过800亿元。")
    assert rows["800亿元"]["qualifier"] == "more_than" and rows["800亿元"]["target_kind"] == "floor"
    assert rows["800亿元"]["indicator"] == "建材行业产值"
    rows = _rows("确保省级示范村复核通过3个。")
    qualifier = rows["3个"]["qualifier"]
    assert rows["3个"]["indicator"].endswith("通过数") and not (isinstance(qualifier, str) and qualifier)
    rows = _rows("力争市属国企资产、营业收入分别超过3500亿元、300亿元。")
    assert not rows["3500亿元"]["indicator"].endswith("超")


def test_fen_per_kwh_is_read() -> None:
    """QZ missed: 工业平均电价再降0.1分/千瓦时 is a cut in 分/千瓦时, a target."""
    rows = _rows("强化政企联动，在国家、省降低电价的基础上，力争工业平均电价再降0.1分/千瓦时。")
    assert rows["0.1分/千瓦时"]["unit"] == "分/千瓦时" and rows["0.1分/千瓦时"]["indicator"].startswith("工业平均电价")


def test_a_floor_closing_examples_is_a_goal() -> None:
    """HG no. 14: …美食街区等20个以上 closes its clause with 以上, an amount to reach; 洛阳等10个国家物流枢纽 stays a named set."""
    assert "20个" in _rows("完善县域商业体系，发展夜间消费集聚区、美食街区等20个以上，新引进品牌首店20家。")
    assert "10个" not in _rows("支持洛阳等10个国家物流枢纽建设。")
