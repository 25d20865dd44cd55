"""Word and PDF reports (issue 15): the same figures as the plain text, offsets into each copy's
own extracted text, tables in Word as rows with their headers, scanned and damaged files in one
line, and corpus mode on a mixed folder.

Every fixture is made here: python-docx writes the .docx, fpdf2 writes the PDF with the CJK
font that mplfonts ships (page header, page numbers, wrapped and indented paragraphs, as a
printed report has them).
"""
from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

import govreport
from govreport.errors import GovReportError
from govreport.report.reading import load_text

ROOT = Path(__file__).resolve().parents[1]
JINBI = ROOT / "data" / "raw" / "jinbi_2024.txt"
CORPUS = (ROOT / ".." / "shared" / "corpus").resolve()
COLUMNS = ["value", "value_high", "unit", "qualifier", "role", "year", "indicator", "category", "part"]
HEADING = re.compile(r"^[一二三四五六七八九十]+、")
RUNNING_HEAD = "金碧镇人民政府公报"


def cjk_font() -> Path | None:
    try:
        import mplfonts
    except ImportError:
        return None
    font = Path(mplfonts.__file__).parent / "fonts" / "SimHei.ttf"
    return font if font.is_file() else None


needs_font = pytest.mark.skipif(cjk_font() is None, reason="no CJK TrueType font (mplfonts) to write PDF fixtures")


def write_docx(text: str, path: Path, title: str = "") -> Path:
    import docx

    document = docx.Document()
    document.core_properties.title = title
    document.sections[0].header.paragraphs[0].text = "金碧镇人民政府"
    document.sections[0].footer.paragraphs[0].text = "第1页"
    for line in text.splitlines():
        line = line.strip()
        if line:
            if HEADING.match(line):
                document.add_heading(line, level=1)
            else:
                document.add_paragraph(line)
    document.save(path)
    return path


def write_pdf(text: str, path: Path) -> Path:
    from fpdf import FPDF

    class Page(FPDF):
        def header(self) -> None:
            self.set_font("cjk", size=9)
            self.cell(0, 8, RUNNING_HEAD, align="C")
            self.ln(10)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("cjk", size=9)
            self.cell(0, 10, f"- {self.page_no()} -", align="C")

    pdf = Page()
    pdf.add_font("cjk", fname=str(cjk_font()))
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("cjk", size=12)
    for line in text.splitlines():
        body = line.strip()
        if body:
            if not (len(body) < 40 and ("、" in body[:4] or body.startswith("（"))):
                body = "\u3000\u3000" + body  # paragraphs indented, as printed
            pdf.multi_cell(0, 7, body, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


@pytest.fixture(scope="module")
def copies(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("formats")
    text = JINBI.read_text(encoding="utf-8")
    out = {"txt": JINBI, "docx": write_docx(text, folder / "jinbi.docx", title="金碧镇2024年政府工作报告")}
    if cjk_font() is not None:
        out["pdf"] = write_pdf(text, folder / "jinbi.pdf")
    return out


@pytest.fixture(scope="module")
def text_rows() -> pd.DataFrame:
    return govreport.extract_quantities(govreport.read_report(JINBI))


def assert_same_figures(report: govreport.Report, rows: pd.DataFrame, text_rows: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(rows[COLUMNS].reset_index(drop=True), text_rows[COLUMNS].reset_index(drop=True))
    for row in rows.itertuples():  # offsets into the copy's own extracted text
        assert report.text[row.start:row.end] == row.text
        assert report.text[row.sentence_start:row.sentence_end] == row.sentence


# --- Word ------------------------------------------------------------------------------------------


def test_docx_copy_gives_the_same_figures(copies, text_rows):
    report = govreport.read_report(copies["docx"])
    assert report.meta["format"] == "docx"
    assert_same_figures(report, govreport.extract_quantities(report), text_rows)


def test_docx_keeps_headers_footers_and_properties_apart(copies):
    text, info = load_text(copies["docx"])
    assert "金碧镇人民政府\n" not in text and "第1页" not in text
    assert info["headers_footers"] == "金碧镇人民政府\n第1页"
    assert info["document_title"] == "金碧镇2024年政府工作报告"
    levels = [(text[s:e], level) for s, e, level in info["headings"]]
    assert [t for t, _ in levels] == [line.strip() for line in JINBI.read_text(encoding="utf-8").splitlines()
                                      if HEADING.match(line.strip())]


def test_table_in_word_reads_as_rows_with_their_headers(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("一、2023年工作回顾")
    document.add_paragraph("全年经济运行稳中向好，主要指标如下。")
    table = document.add_table(rows=3, cols=3)
    for r, cells in enumerate([["指标", "2023年", "增长"], ["地区生产总值", "35.2亿元", "5.1%"],
                               ["一般公共预算收入", "3.6亿元", "8%"]]):
        for c, value in enumerate(cells):
            table.cell(r, c).text = value
    document.add_paragraph("二、2024年工作安排")
    document.add_paragraph("今年地区生产总值预期增长6%左右。")
    path = document.save(tmp_path / "table.docx") or tmp_path / "table.docx"
    report = govreport.read_report(path)
    assert "2023年地区生产总值35.2亿元，地区生产总值增长5.1%。" in report.text.splitlines()
    rows = govreport.extract_quantities(report).set_index("text")
    assert "地区生产总值" in rows.loc["35.2亿元", "indicator"] and rows.loc["35.2亿元", "year"] == 2023
    assert rows.loc["5.1%", "indicator"] == "地区生产总值增长"
    assert "一般公共预算收入" in rows.loc["3.6亿元", "indicator"]
    assert (rows.loc[["35.2亿元", "5.1%"], "role"] == "actual").all()
    assert report.text[rows.loc["35.2亿元", "start"]:rows.loc["35.2亿元", "end"]] == "35.2亿元"


def test_damaged_docx_is_one_line(tmp_path):
    path = tmp_path / "broken.docx"
    data = io.BytesIO()
    import zipfile

    with zipfile.ZipFile(data, "w") as z:
        z.writestr("word/document.xml", "<w:document>not closed")
        z.writestr("[Content_Types].xml", "<Types/>")
    path.write_bytes(data.getvalue())
    with pytest.raises(GovReportError, match="damaged Word document") as err:
        govreport.read_report(path)
    assert "\n" not in str(err.value)
    path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)  # a zip header, then nothing of a zip
    with pytest.raises(GovReportError, match="damaged Word document"):
        govreport.read_report(path)


def test_old_doc_without_libreoffice_is_one_line(tmp_path):
    from govreport.report.formats.doc import office_binary

    if office_binary() is not None:
        pytest.skip("LibreOffice is installed: .doc files are converted")
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    with pytest.raises(GovReportError, match="install LibreOffice"):
        govreport.read_report(path)


# --- PDF -------------------------------------------------------------------------------------------


@needs_font
def test_pdf_copy_gives_the_same_figures(copies, text_rows):
    report = govreport.read_report(copies["pdf"])
    assert report.meta["format"] == "pdf" and report.meta["pages"] > 3
    assert_same_figures(report, govreport.extract_quantities(report), text_rows)


@needs_font
def test_pdf_drops_running_heads_and_joins_lines(copies):
    text, _ = load_text(copies["pdf"])
    assert RUNNING_HEAD not in text
    assert not re.search(r"^- \d+ -$", text, re.MULTILINE)
    source = [re.sub(r"\s+", " ", line.strip()) for line in JINBI.read_text(encoding="utf-8").splitlines() if line.strip()]
    got = [re.sub(r"\s+", " ", line) for line in text.splitlines()]
    assert len(got) == len(source)  # one paragraph a line: every wrapped line joined back
    assert [g.replace(" ", "") for g in got] == [s.replace(" ", "") for s in source]


@needs_font
def test_scanned_pdf_is_one_line(tmp_path):
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (400, 200), "white")
    ImageDraw.Draw(image).text((20, 80), "2024 GDP +5%", fill="black")
    pdf = FPDF()
    pdf.add_page()
    pdf.image(image, x=10, y=10, w=180)
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    with pytest.raises(GovReportError, match="no text layer .*OCR it first"):
        govreport.read_report(path)
    from govreport import cli

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        assert cli.main(["quantities", str(path)]) == 2
    assert out.getvalue() == ""
    assert err.getvalue().splitlines() == [f"error: {path}: no text layer (a scanned PDF): OCR it first"]


def test_damaged_pdf_is_one_line(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    with pytest.raises(GovReportError, match="damaged PDF"):
        govreport.read_report(path)


# --- the command line and corpus mode ----------------------------------------------------------------


@needs_font
def test_tables_saves_the_extracted_text_offsets_refer_to(tmp_path, copies):
    from govreport import cli

    out = tmp_path / "out"
    assert cli.main(["tables", str(copies["pdf"]), "-o", str(out)]) == 0
    text = (out / "text.txt").read_text(encoding="utf-8")
    rows = pd.read_csv(out / "quantities.csv", dtype={"text": str}, keep_default_na=False)
    assert all(text[s:e] == t for s, e, t in zip(rows["start"], rows["end"], rows["text"]))
    assert cli.main(["tables", str(JINBI), "-o", str(out)]) == 0  # a plain text: no stale text.txt
    assert not (out / "text.txt").exists()


@needs_font
def test_corpus_reads_a_mixed_folder(tmp_path, copies):
    from govreport import cli

    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(JINBI, folder / "a.txt")
    shutil.copy(copies["docx"], folder / "b.docx")
    shutil.copy(copies["pdf"], folder / "c.pdf")
    out = tmp_path / "out"
    assert cli.main(["corpus", str(folder), "-o", str(out), "-q", "--format", "csv"]) == 0
    reports = pd.read_csv(out / "reports.csv", dtype=str, keep_default_na=False)
    assert reports[["report", "format", "quantities", "error"]].values.tolist() == [
        ["a", "text", "162", ""], ["b", "docx", "162", ""], ["c", "pdf", "162", ""]]
    rows = pd.read_csv(out / "quantities.csv", dtype=str, keep_default_na=False)
    by = {name: rows[rows["report"] == name][COLUMNS].reset_index(drop=True) for name in "abc"}
    pd.testing.assert_frame_equal(by["a"], by["b"])
    pd.testing.assert_frame_equal(by["a"], by["c"])
    for name in "bc":  # offsets trace into the saved extracted text
        text = (out / "texts" / f"{name}.txt").read_text(encoding="utf-8")
        mine = rows[rows["report"] == name]
        assert all(text[int(s):int(e)] == t for s, e, t in zip(mine["start"], mine["end"], mine["text"]))
    assert not (out / "texts" / "a.txt").exists()
    # the Parquet store (the default, tables made Arrow from rows in the workers) holds the same rows
    from govreport.corpus.store import Store, read_reports

    store_out = tmp_path / "store"
    assert cli.main(["corpus", str(folder), "-o", str(store_out), "-q"]) == 0
    stored = Store(store_out).read("quantities")
    assert read_reports(store_out)[["report", "format", "quantities"]].values.tolist() == [
        ["a", "text", 162], ["b", "docx", 162], ["c", "pdf", 162]]
    assert stored["text"].tolist() == rows["text"].tolist() and stored["start"].tolist() == rows["start"].astype(int).tolist()
    assert (store_out / "texts" / "c.txt").read_text(encoding="utf-8") == (out / "texts" / "c.txt").read_text(encoding="utf-8")


CORPUS_SAMPLE = [CORPUS / "national_2024.txt"]  # all 25 were checked once (docs/formats.md); one per run


@pytest.mark.skipif(not all(p.is_file() for p in CORPUS_SAMPLE), reason="../shared/corpus is absent")
@pytest.mark.parametrize("path", CORPUS_SAMPLE, ids=[p.stem for p in CORPUS_SAMPLE])
def test_corpus_report_as_word_gives_the_same_figures(tmp_path, path):
    text = path.read_text(encoding="utf-8")
    rows = govreport.extract_quantities(govreport.read_report(path))
    for copy in [write_docx(text, tmp_path / "copy.docx")]:  # (its PDF copy: checked once, docs/formats.md)
        report = govreport.read_report(copy)
        assert_same_figures(report, govreport.extract_quantities(report), rows)


NUMBERING = """<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:abstractNumId="90">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
</w:abstractNum>"""


def test_word_automatic_numbering_is_shown_as_word_shows_it(tmp_path):
    """Headings numbered by Word hold no 一、 in their text; the reader puts the number back."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    document = docx.Document()
    root = document.part.numbering_part.element
    root.insert(0, parse_xml(NUMBERING))
    num = parse_xml('<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:numId="90">'
                    '<w:abstractNumId w:val="90"/></w:num>')
    root.append(num)

    def numbered(text: str, level: int, style: str) -> None:
        paragraph = document.add_paragraph(text, style=style)
        num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().set(qn("w:val"), str(level))
        num_pr.get_or_add_numId().set(qn("w:val"), "90")

    numbered("2023年工作回顾", 0, "Heading 1")
    numbered("经济运行稳中向好", 1, "Heading 2")
    document.add_paragraph("全年地区生产总值增长5%。")
    numbered("动能转换加快", 1, "Heading 2")
    document.add_paragraph("财政收入达到12.3亿元。")
    numbered("2024年工作安排", 0, "Heading 1")
    document.add_paragraph("今年地区生产总值预期增长6%左右。")
    path = tmp_path / "numbered.docx"
    document.save(path)
    report = govreport.read_report(path)
    assert report.text.splitlines()[:4] == ["一、2023年工作回顾", "（一）经济运行稳中向好", "全年地区生产总值增长5%。",
                                            "（二）动能转换加快"]
    assert "二、2024年工作安排" in report.text.splitlines()
    assert {"review", "plan"} <= set(report.parts)
    rows = govreport.extract_quantities(report).set_index("text")
    assert rows.loc["5%", "role"] == "actual" and rows.loc["6%", "role"] == "target"


def test_libreoffice_copies_doc_and_pdf_give_the_same_figures(tmp_path, copies, text_rows):
    """Where LibreOffice is installed: the .docx saved by it as an old .doc (read through it) and
    printed by it as a PDF (its own layout: fonts per script, kinsoku line breaks)."""
    import subprocess

    from govreport.report.formats.doc import office_binary

    binary = office_binary()
    if binary is None:
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-writer-nogui): no .doc or "
                    "LibreOffice PDF fixture")
    if not os.environ.get("GOVREPORT_TEST_LIBREOFFICE"):
        pytest.skip("three LibreOffice runs take ~10 s: set GOVREPORT_TEST_LIBREOFFICE=1 to run them")
    for kind in ("doc", "pdf"):
        subprocess.run([binary, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path}/profile",
                        "--convert-to", kind, "--outdir", str(tmp_path), str(copies["docx"])],
                       capture_output=True, timeout=180, check=True)
        report = govreport.read_report(tmp_path / f"jinbi.{kind}")
        assert report.meta["format"] == kind
        assert_same_figures(report, govreport.extract_quantities(report), text_rows)


def test_one_column_table_framing_the_report_reads_as_its_paragraphs(tmp_path, text_rows):
    """Some documents set the whole text in a one-column table (a frame): its cells are paragraphs."""
    import docx

    document = docx.Document()
    frame = document.add_table(rows=0, cols=1)
    for line in JINBI.read_text(encoding="utf-8").splitlines():
        if line.strip():
            frame.add_row().cells[0].text = line.strip()
    path = tmp_path / "framed.docx"
    document.save(path)
    report = govreport.read_report(path)
    assert_same_figures(report, govreport.extract_quantities(report), text_rows)


def test_paragraphs_inside_a_content_control_are_read(tmp_path):
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("一、2023年工作回顾")
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    document.element.body.insert(1, parse_xml(
        f'<w:sdt xmlns:w="{w}"><w:sdtContent><w:p><w:r><w:t>全年地区生产总值增长5%。</w:t></w:r></w:p>'
        "</w:sdtContent></w:sdt>"))
    document.add_paragraph("二、2024年工作安排")
    document.add_paragraph("今年预期增长6%左右。")
    path = tmp_path / "sdt.docx"
    document.save(path)
    assert load_text(path)[0].splitlines() == ["一、2023年工作回顾", "全年地区生产总值增长5%。", "二、2024年工作安排",
                                              "今年预期增长6%左右。"]
