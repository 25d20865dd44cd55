"""Reading any report file: encodings found from the bytes, line endings, HTML pages, the scan copy."""
from __future__ import annotations

import codecs
import functools
import json
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govreport.errors import GovReportError
from govreport.lexicon import read_rows
from govreport.report.decode import decode_bytes, plausibility
from govreport.report.fold import _traditional_to_simplified, fold_for_scan
from govreport.report.html import html_to_text, looks_like_html
from govreport.report.metadata import load_metadata
from govreport.report.reading import load_text

ROOT = Path(__file__).resolve().parents[1]
JINBI = ROOT / "data" / "raw" / "jinbi_2024.txt"

SIMPLIFIED = "政府工作报告。过去一年，全市地区生产总值增长5.2%，城乡居民收入稳步提高，财政收入达到12.3亿元。\n"
TRADITIONAL = "政府工作報告。過去一年，全市地區生產總值增長5.2%，城鄉居民收入穩步提高，財政收入達到12.3億元。\n"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- encodings ------------------------------------------------------------------------------

ENCODINGS = [
    # (label, bytes, expected encoding, expected bom)
    ("utf-8", SIMPLIFIED.encode("utf-8"), "utf-8", False),
    ("utf-8 with BOM", codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), "utf-8", True),
    ("utf-16 LE with BOM", SIMPLIFIED.encode("utf-16"), "utf-16", True),
    ("utf-16 BE with BOM", codecs.BOM_UTF16_BE + SIMPLIFIED.encode("utf-16-be"), "utf-16", True),
    ("utf-16 LE without BOM", SIMPLIFIED.encode("utf-16-le"), "utf-16", False),
    ("utf-32 with BOM", SIMPLIFIED.encode("utf-32"), "utf-32", True),
    ("gbk", SIMPLIFIED.encode("gbk"), "gb2312", False),
    ("gb18030 beyond gbk", (SIMPLIFIED + "𠀀\n").encode("gb18030"), "gb18030", False),
]


@pytest.mark.parametrize("label, data, encoding, bom", ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_encoding_is_found_from_the_bytes(tmp_path, label, data, encoding, bom):
    text, info = load_text(write(tmp_path, "report.dat", data))  # the extension says nothing
    assert text.startswith(SIMPLIFIED)
    assert info == {"encoding": encoding, "format": "text", "bom": bom, "line_endings": "lf"}


def test_short_gbk_text_is_not_misread_as_korean():
    """charset-normalizer alone reads these 12 bytes as cp949; the strict GB18030 step wins."""
    text, encoding, _ = decode_bytes("政府工作报告".encode("gbk"))
    assert (text, encoding) == ("政府工作报告", "gb2312")


def test_big5_traditional_report_is_decoded(tmp_path):
    text, info = load_text(write(tmp_path, "report.txt", TRADITIONAL.encode("big5")))
    assert text == TRADITIONAL
    assert info["encoding"] == "big5"


def test_gbk_traditional_text_stays_gbk():
    text, encoding, _ = decode_bytes(TRADITIONAL.encode("gbk"))
    assert text == TRADITIONAL
    assert encoding == "gbk"


def test_charset_normalizer_reads_big5_hkscs():
    """Hong Kong characters (嘅) are outside Big5 and GB18030 reads the bytes as nonsense;
    charset-normalizer's guess is the plausible one."""
    text = (TRADITIONAL + "我哋嘅工作。\n") * 3
    decoded, encoding, _ = decode_bytes(text.encode("big5hkscs"))
    assert (decoded, encoding) == (text, "big5hkscs")


def test_plausible_guess_beats_nonsense_gb18030():
    """Shift-JIS bytes decode strictly as GB18030, but only as nonsense (搶嫗搒偺…);
    charset-normalizer's cp932 reading is the plausible one. (Not a report, but readable.)"""
    text = "東京都の人口は約1400万人です。経済成長率は2.5%でした。" * 3
    assert decode_bytes(text.encode("shift_jis"))[:2] == (text, "cp932")


def test_plausibility_tells_right_from_wrong_codec():
    right = TRADITIONAL.encode("big5").decode("cp950")
    wrong = TRADITIONAL.encode("big5").decode("gb18030")
    assert plausibility(right) > 0.9 > 0.5 > plausibility(wrong)


def test_utf8_and_gbk_copies_of_the_first_report_read_alike(tmp_path):
    utf8, _ = load_text(JINBI)
    gbk, info = load_text(write(tmp_path, "jinbi.txt", utf8.encode("gbk")))
    assert gbk == utf8
    assert info["encoding"] in {"gb2312", "gbk", "gb18030"}


# --- line endings ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, name",
    [("一\r\n二\r\n三", "crlf"), ("一\r二\r三", "cr"), ("一\n二\n三", "lf"), ("一二三", "lf"), ("一\r\n二\r\n三\n", "crlf")],
)
def test_line_endings_are_normalised(tmp_path, raw, name):
    text, info = load_text(write(tmp_path, "r.txt", raw.encode("utf-8")))
    assert "\r" not in text
    assert text.rstrip("\n").split("\n") == raw.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n").split("\n")
    assert info["line_endings"] == name


def test_crlf_gbk_file(tmp_path):
    text, info = load_text(write(tmp_path, "r.txt", SIMPLIFIED.replace("\n", "\r\n").encode("gbk") * 3))
    assert text == SIMPLIFIED * 3
    assert (info["encoding"], info["line_endings"]) == ("gb2312", "crlf")


# --- HTML -----------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><meta charset="gbk"><title>政府工作报告_某市人民政府</title>
<script>var nav = "首页";</script><style>p {{ margin: 0 }}</style></head>
<body>
<div class="top-nav"><a href="/">首页</a> | <a href="/zw">政务公开</a></div>
<header><div class="logo">某市人民政府</div></header>
<div class="breadcrumb">首页 &gt; 政务公开 &gt; 政府工作报告</div>
<div class="article">
<h1>2024年政府工作报告</h1>
<div id="zoom" class="TRS_Editor">
<p>各位代表：</p>
<p>&nbsp;&nbsp;现在，我代表市人民政府，向大会报告工作。</p>
<p>一、2023年工作回顾</p>
<p>全市地区生产总值增长5.2%，<br/>城镇新增就业1.2万人。</p>
<!-- 编辑：张三 -->
<p>二、2024年工作安排</p>
<p>地区生产总值预期增长5%左右。</p>
</div></div>
<div class="share">分享到：微信 微博</div>
<footer><p>版权所有：某市人民政府 网站标识码1234</p></footer>
</body></html>
"""

EXPECTED_LINES = [
    "2024年政府工作报告",
    "各位代表：",
    "现在，我代表市人民政府，向大会报告工作。",
    "一、2023年工作回顾",
    "全市地区生产总值增长5.2%，",
    "城镇新增就业1.2万人。",
    "二、2024年工作安排",
    "地区生产总值预期增长5%左右。",
]


def test_html_page_yields_the_report_text_only(tmp_path):
    text, info = load_text(write(tmp_path, "page.txt", PAGE.encode("gbk")))  # found from content
    assert text.splitlines() == EXPECTED_LINES
    assert info == {"encoding": "gb2312", "format": "html", "bom": False, "line_endings": "lf"}
    for furniture in ("首页", "var nav", "margin", "分享", "版权", "编辑"):
        assert furniture not in text


def test_html_without_a_content_container_keeps_the_body():
    text = html_to_text("<html><body><p>一、工作回顾</p><p>增长5%。</p><script>x()</script></body></html>")
    assert text == "一、工作回顾\n增长5%。\n"


def test_html_fragment_is_recognised_by_its_tags():
    assert looks_like_html("<p>一、工作回顾</p>\n<p>增长5%。</p>\n<p>二、工作安排</p>")
    assert not looks_like_html("一、工作回顾\n人均收入<5万元的农户\n")


def test_html_crlf_page(tmp_path):
    text, info = load_text(write(tmp_path, "p.html", PAGE.replace("\n", "\r\n").encode("utf-8")))
    assert text.splitlines() == EXPECTED_LINES
    assert info["line_endings"] == "crlf"


# --- errors ---------------------------------------------------------------------------------

BAD = [
    ("missing", None, "no such file"),
    ("empty", b"", "empty file"),
    ("whitespace", " \n\u3000\n".encode("utf-8"), "empty file"),
    ("binary nul", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary file"),
    ("binary control", bytes(range(1, 32)) * 20, "binary file"),
    ("undecodable", b"\x80\x81\xff\xfe\xfd" * 20, "undecodable"),
    ("empty html", b"<html><body><script>x()</script></body></html>", "HTML page without any text"),
]


@pytest.mark.parametrize("label, data, problem", BAD, ids=[b[0] for b in BAD])
def test_bad_files_raise_one_line_errors_naming_the_file(tmp_path, label, data, problem):
    path = tmp_path / f"{label}.txt"
    if data is not None:
        path.write_bytes(data)
    with pytest.raises(GovReportError) as err:
        load_text(path)
    message = str(err.value)
    assert message.startswith(str(path) + ": ")
    assert problem in message
    assert "\n" not in message


def test_a_folder_is_not_a_report(tmp_path):
    with pytest.raises(GovReportError, match="folder"):
        load_text(tmp_path)


# --- metadata -------------------------------------------------------------------------------


def test_metadata_beside_the_report(tmp_path):
    report = write(tmp_path, "town_2024.txt", SIMPLIFIED.encode("utf-8"))
    assert load_metadata(report) == {}
    (tmp_path / "town_2024.json").write_text(json.dumps({"place": "某镇", "review_year": 2024}), encoding="utf-8")
    assert load_metadata(report) == {"place": "某镇", "review_year": 2024}


def test_first_report_metadata():
    assert load_metadata(JINBI)["place"] == "金碧镇"


@pytest.mark.parametrize("content, problem", [("{place: 1}", "invalid JSON"), ("[1, 2]", "JSON object")])
def test_bad_metadata_names_the_json_file(tmp_path, content, problem):
    report = write(tmp_path, "town.txt", SIMPLIFIED.encode("utf-8"))
    (tmp_path / "town.json").write_text(content, encoding="utf-8")
    with pytest.raises(GovReportError, match=problem) as err:
        load_metadata(report)
    assert err.value.path.endswith("town.json")


# --- the scan copy --------------------------------------------------------------------------

FOLDS = [
    ("全角", "增长２０．５％，达到１，２３４万元", "增长20.5%，达到1，234万元"),
    ("ideographic space", "一、\u3000工作回顾", "一、 工作回顾"),
    ("no-break space", "1\xa0000", "1 000"),
    ("other decimal digits", "增长\u0665\u066b\u0662", "增长5\u066b2"),  # Arabic-Indic digits; ٫ is not a digit
    ("mathematical digits", "𝟐𝟎𝟐𝟒年", "2024年"),
    ("traditional", TRADITIONAL, SIMPLIFIED),
    ("simplified: the list comma stays", SIMPLIFIED, SIMPLIFIED),
    ("OpenCC's first choice", "關於徵地", "关于征地"),
    ("common simplified characters are never folded", "乾坤 覆盖 慰藉", "乾坤 覆盖 慰藉"),
    ("rarer standard simplified characters stay (fold_keeps.csv; audit 52 马鞍山)", "独角兽、哪吒、瞪羚企业 蒜薹", "独角兽、哪吒、瞪羚企业 蒜薹"),
    ("circled numbers are list marks, not digits: blanks, no word of a name (audit 21)", "①②", "  "),
    ("Chinese numerals untouched", "三千万元，两万余亩", "三千万元，两万余亩"),
]


@pytest.mark.parametrize("label, text, folded", FOLDS, ids=[f[0] for f in FOLDS])
def test_fold_for_scan(label, text, folded):
    assert fold_for_scan(text) == folded
    assert len(fold_for_scan(text)) == len(text)


def test_fold_keeps_length_over_every_code_point():
    text = "".join(chr(c) for c in range(0x20, 0x30000) if not 0xD800 <= c <= 0xDFFF)
    assert len(fold_for_scan(text)) == len(text)


def test_fold_first_report_is_unchanged_in_length():
    text, _ = load_text(JINBI)
    assert len(fold_for_scan(text)) == len(text)


# The table fold_for_scan replaced: every code point walked once, then str.translate. Kept
# here as the reference the faster implementation must agree with on every input.


@functools.cache
def _reference_fold_table() -> dict[int, int]:
    table: dict[int, int] = dict(_traditional_to_simplified())
    for code in range(0x110000):
        digit = unicodedata.decimal(chr(code), None)
        if digit is not None and code > 0x7F:
            table[code] = ord("0") + digit
    for code in range(0xFF01, 0xFF5F):
        table[code] = code - 0xFEE0
    del table[0xFF0C]
    table[0x3000] = ord(" ")
    for row in read_rows("scan_folds.csv", strip=False):
        table[int(row["codepoint"].removeprefix("U+"), 16)] = ord(row["folds_to"])
    return table


def reference_fold(text: str) -> str:
    return text.translate(_reference_fold_table())


def test_fold_matches_the_translate_table_on_every_code_point():
    """Every character of Unicode (lone surrogates included) folds as the full table says."""
    text = "".join(map(chr, range(0x110000)))
    folded = fold_for_scan(text)
    expected = reference_fold(text)
    if folded != expected:  # (the list of differing code points only when there are some)
        differing = [hex(i) for i, (a, b) in enumerate(zip(folded, expected)) if a != b]
        assert not differing, differing[:20]
    assert folded == expected


def test_python_regex_digits_are_the_unicode_decimal_digits():
    r"""``\d`` and str.isdecimal both mean "has a Unicode decimal value"; the fold relies on it."""
    text = "".join(map(chr, range(0x110000)))  # every code point, read as three sets of the same characters
    by_table = {c for c in text if unicodedata.decimal(c, None) is not None}
    by_method = {c for c in text if c.isdecimal()}
    by_regex = set(re.findall(r"\d", text))
    assert by_method == by_table, sorted(map(hex, map(ord, by_method ^ by_table)))[:20]
    assert by_regex == by_table, sorted(map(hex, map(ord, by_regex ^ by_table)))[:20]
    assert len(by_table) > 600  # (the sets are no empty ones: Unicode has some 680 decimal digits)


FOLD_ALPHABET = st.one_of(
    st.characters(),  # anything, astral characters included
    st.sampled_from("０１９．％，\u3000\xa0﹪﹒億關於乾\u0665𝟐𝟎\U000104a3\U0002a6a5①"),
    st.sampled_from(sorted(chr(c) for c in _traditional_to_simplified())),
)


@settings(deadline=None)
@given(st.text(alphabet=FOLD_ALPHABET, max_size=200))
def test_fold_matches_the_translate_table_on_random_text(text):
    assert fold_for_scan(text) == reference_fold(text)


def test_fold_of_a_report_matches_the_translate_table():
    text, _ = load_text(JINBI)
    mixed = text + TRADITIONAL + "２０．５％\u3000𝟐𝟎𝟐𝟒"
    assert fold_for_scan(mixed) == reference_fold(mixed)


# Character counts made in C (bytes.translate) instead of matching a pattern at every character:
# the same counts as the patterns, for any text, astral characters and lone surrogates included.
_SAMPLE_CHARS = st.one_of(st.characters(max_codepoint=0x24F), st.characters(min_codepoint=0x3300, max_codepoint=0xA100),
                          st.characters(min_codepoint=0xD700, max_codepoint=0xFB00), st.characters(min_codepoint=0x10000))


@settings(deadline=None)
@given(st.text(alphabet=_SAMPLE_CHARS, max_size=60))
def test_counts_in_c_match_the_patterns(text: str) -> None:
    from govreport.report import decode, structure

    assert structure._cjk_count(text) == len(structure._CJK.findall(text))
    letters = len(structure._LETTER.findall(text))
    cjk = len(structure._CJK.findall(text))
    assert structure._chinese_enough(text) == (cjk >= 2 and cjk * 4 >= letters)
    sample = text[:65536]
    expected = len(decode._CONTROL_CHARS.findall(sample)) / len(sample) if sample else 0.0
    assert decode._control_share(text) == expected


def test_counts_in_c_on_a_report_with_a_lone_surrogate() -> None:
    text = "全年新增就业1.2万人\ud800，English words，\U00020000\x85\x01年度目标。" * 3
    from govreport.report import decode, structure

    assert structure._cjk_count(text) == len(structure._CJK.findall(text))
    assert decode._control_share(text) == len(decode._CONTROL_CHARS.findall(text)) / len(text)
