"""Round fix72p: a PDF copy pasted as one line (every line end of the PDF a space, page footers
inline) is read as the text it stands for (report/reflow.py), and no ordinary text is taken for one."""
from __future__ import annotations

import collections
import re

import pytest

from govreport.config import PROJECT_ROOT
from govreport.extract import extract_quantities
from govreport.present.notebook import header_text
from govreport.report import read_text
from govreport.report.reading import text_is_derived
from govreport.report.reflow import reflow_pasted


def one_line_copy(paragraphs: list[str], width: int = 38, footer_every: int = 12) -> str:
    """What a PDF viewer's copy pasted as one line looks like: each paragraph wrapped every
    ``width`` characters, a page footer — N — every ``footer_every`` lines, all joined by spaces."""
    lines = [p[i:i + width] for p in paragraphs for i in range(0, len(p), width)]
    out = []
    for i, line in enumerate(lines, 1):
        out.append(line)
        if i % footer_every == 0:
            out.append(f"— {i // footer_every} —")
    return " ".join(out)


# a report's prose, by hand (jinbi 2024 and the held-out copy's constructions): figures, units and
# headings that a 38-character wrap cuts
PROSE = [
    "各位代表：",
    "一、2024年工作回顾",
    "2024年，全镇上下坚持稳中求进工作总基调，全年实现地区生产总值48.6亿元，增长7.4%；一般公共预算收入"
    "完成3.2亿元，增长7.4%，减税缓费34亿元，新签约项目483个，供应工业用地4441亩，争取专项债券额度139.01亿元。",
    "全镇深入开展农村人居环境整治，新建改建农村户厕1200座，新修产业路35公里，新增高标准农田2.5万亩，"
    "粮食总产量达到1.8万吨，农村常住居民人均可支配收入达到16520元，增长6.8%。坚持源头管控，PM2.5平均浓度"
    "下降到28微克/立方米，空气质量优良天数比例达到98.6%，城镇新增就业1500人，城镇调查失业率控制在5.5%以内。",
    "二、2025年主要目标",
    "2025年经济社会发展的主要预期目标是：地区生产总值增长7%左右，一般公共预算收入增长5%，固定资产投资增长10%，"
    "城镇新增就业1600人，城乡居民人均可支配收入分别增长6%和7.5%，单位地区生产总值能耗完成省下达目标任务。",
]


PROSE = PROSE[:4] + PROSE[2:4] + PROSE[2:]  # a page's worth (20 lines at least): the review paragraphs again


def _rows(text: str) -> list[tuple]:
    report = read_text(text)
    return [(q.value, q.unit, q.role, report.text[q.start:q.end].replace(" ", ""))
            for q in extract_quantities(report).itertuples()]


def test_one_line_copy_is_reflowed_into_the_original_text() -> None:
    copy = one_line_copy(PROSE)
    assert re.search(r"[\u4e00-\u9fff\d] [\u4e00-\u9fff\d]", copy)  # words and figures cut as a PDF's lines are
    reflowed = reflow_pasted(copy)
    assert reflowed is not None
    text, done = reflowed
    assert text == "\n".join(PROSE)  # wrap spaces gone, footers gone, paragraphs one a line
    assert done["page_footers"] == len(re.findall(r"— \d+ —", copy)) >= 1
    assert done["paragraph_breaks"] == len(PROSE) - 1


def test_one_line_copy_gives_the_original_quantities() -> None:
    """Metamorphic: the copy's figures are the original's (value, unit, role, span text)."""
    copy = one_line_copy(PROSE, width=37)
    report = read_text(copy)
    assert report.meta["reflowed"]["from"] == "one-line PDF copy"
    assert text_is_derived(report.meta)  # saved as text.txt beside the tables
    assert collections.Counter(_rows(copy)) == collections.Counter(_rows("\n".join(PROSE)))


def test_jinbi_excerpt_as_one_line_copy_keeps_its_quantities() -> None:
    """The same on a few paragraphs of the first report (headings, figures split across the wrap)."""
    lines = (PROJECT_ROOT / "data" / "raw" / "jinbi_2024.txt").read_text(encoding="utf-8").splitlines()
    excerpt = [line for line in lines[16:29] if line.strip()]
    copy = one_line_copy(excerpt, width=40, footer_every=30)
    assert read_text(copy).meta.get("reflowed")
    assert collections.Counter(_rows(copy)) == collections.Counter(_rows("\n".join(excerpt)))


@pytest.mark.parametrize("fragment, joined", [
    ("一般公共预算收入增长7.4%，一 — 1 — 般公共预算", "一般公共预算收入增长7.4%，一般公共预算"),  # footer inside a word
    ("坚持源头管控， - 17 - PM2.5平均浓度", "坚持源头管控，PM2.5平均浓度"),
    ("专项债券额度 139.01 亿元", "专项债券额度139.01亿元"),  # a figure between two line ends
    ("上项目483 个", "上项目483个"),
])
def test_wrap_constructions_are_joined(fragment: str, joined: str) -> None:
    copy = one_line_copy(FILLER, width=38, footer_every=100) + " " + _mid_paragraph(fragment)
    text, _ = reflow_pasted(copy) or ("", {})
    assert joined + "推动" in text


FILLER = ["全镇坚持稳中求进工作总基调，统筹发展和安全，推动经济社会高质量发展取得新成效。" * 3] * 8
PAD = "坚持稳中求进工作总基调统筹发展和安全推动经济社会高质量发展取得新成效"


def _mid_paragraph(fragment: str, width: int = 38) -> str:
    """``fragment`` inside a paragraph whose PDF lines end at its first and last space: the line
    before it and the line after it full."""
    first, _, rest = fragment.partition(" ")
    head, _, last = rest.rpartition(" ") if " " in rest else ("", "", rest)
    before = (PAD * 2)[:width - len(first)] + first
    after = last + "推动" + (PAD * 2)[:width - len(last) - 2]
    return " ".join(p for p in (before, head, after) if p) + " 。"


def test_latin_words_keep_their_space() -> None:
    text, _ = reflow_pasted(one_line_copy(FILLER) + " " + _mid_paragraph("举办Smart City论坛")) or ("", {})
    assert "举办Smart City论坛推动" in text


@pytest.mark.parametrize("text", [
    "2023 年，全市地区生产总值增长6.1%。",  # a typed space before 年
    "地区生产总值 达到486.3亿元 增长7.9%\n一般公共预算收入 达到36.2亿元 增长5.1%",  # an explainer's table rows
    "推进 Smart City 建设，举办 World Expo 分会场，5G 基站达到 3200 个。",  # English words
])
def test_ordinary_text_with_spaces_is_not_reflowed(text: str) -> None:
    assert reflow_pasted(text * 12) is None
    assert "reflowed" not in read_text(text).meta


def test_real_report_with_spaces_after_every_figure_is_not_reflowed() -> None:
    """A whole report typed with a space between every figure and its unit, and after every
    comma: pieces of every length, never one column."""
    text = (PROJECT_ROOT / "data" / "raw" / "jinbi_2024.txt").read_text(encoding="utf-8")
    assert reflow_pasted(text) is None
    assert reflow_pasted(re.sub(r"(\d)(?=[\u4e00-\u9fff])", r"\1 ", text)) is None
    assert reflow_pasted(re.sub(r"([,，。])", r"\1 ", text)) is None


def test_header_says_the_text_was_reflowed() -> None:
    meta = {"place": "金碧镇", "reflowed": {"from": "one-line PDF copy"}}
    assert "由单行PDF复制文本还原" in header_text(meta, "a.txt", "zh")
    assert "reflowed from a one-line PDF copy" in header_text(meta, "a.txt", "en")
    assert "reflowed" not in header_text({"place": "金碧镇"}, "a.txt", "en")
