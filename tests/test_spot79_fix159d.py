"""Round 159, fix159d (held-out set 79): names of single figures kept whole (extract/figure_heads.py). A compound the reader
must not cut (达规, 建设类), the head after 的, the end a counted noun reaches (开工), the state it reaches (达到+grade), the
object of 加强对 a bare rate is of, and the full name of a bare 示范区 stated earlier in its sentence. Paraphrased texts through
the real reader and extractor, each with the near miss that must not change."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from target_cases import names_by_text

_REVIEW = "全年地区生产总值增长5%。"


def _names(plan: str) -> dict[str, list[str]]:
    return names_by_text(_REVIEW, plan)


def test_a_compound_the_reader_cut_is_kept_whole() -> None:
    got = _names("完善企业培育奖补措施，力争达规工业企业新增30户以上。推行告知承诺制，建设类工程项目审批时限压缩40%以上。")
    assert got["30户"] == ["达规工业企业新增户数"]
    assert got["40%"][0].startswith("建设类工程项目") and not got["40%"][0].endswith("建设")


def test_the_head_after_de_stays() -> None:
    got = _names("加大新基建投资力度，加快实施18个列入全省新基建清单的项目，推动数据中心建成。")
    assert got["18个"][0].endswith("清单项目数")


def test_the_end_a_counted_noun_reaches_stays() -> None:
    got = _names("加快水利工程续建，确保甲乙等7个中型水库全面开工，新建农村公路100公里。")
    assert got["7个"] == ["中型水库开工数"]


def test_a_state_reached_names_the_count() -> None:
    got = _names("推动现金流闭合运行，力争实现2家以上市属企业达到3A信用评级。")
    assert got["2家"] == ["达到3A信用评级市属企业数"]


def test_a_count_with_no_state_keeps_its_name() -> None:
    got = _names("推动现金流闭合运行，力争实现2家以上市属企业上市。培育市属企业5家。")
    assert not any("达到" in n for n in got["2家"])


def test_a_bare_rate_takes_the_object_of_jiaqiang_dui() -> None:
    got = _names("加强对城市消防栓建设和维护管理，确保完好率100%。")
    assert got["100%"] == ["城市消防栓完好率"]


def test_a_bare_rate_with_no_object_lead_stays() -> None:
    got = _names("推进城市消防栓建设和维护管理，确保完好率100%。")
    assert got["100%"] == ["完好率"]


def test_a_bare_demonstration_zone_takes_its_full_name() -> None:
    got = _names("开展现代生态农业示范区提质行动，力争新建成3个省级示范区，打造一批田园综合体。")
    assert "省级现代生态农业示范区" in got["3个"][0]


def test_a_demonstration_zone_named_once_stays() -> None:
    got = _names("开展农业提质行动，力争新建成3个省级示范区，打造一批田园综合体。")
    assert "现代" not in got["3个"][0] and got["3个"][0].endswith("省级示范区数")


def test_a_locative_after_de_is_no_head() -> None:
    q = extract_quantities(read_text(f"政府工作报告\n一、2024年工作回顾\n{_REVIEW}\n二、2025年重点工作\n"
                                     "在抓好12个省典型村建设的基础上，加快谋划新一批典型村。\n"))
    names = [str(r.indicator) for r in q.itertuples() if r.text == "12个"]
    assert names and not any("基础上" in n for n in names)
