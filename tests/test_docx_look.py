"""The DOCX looks like the PDF: read back from the DOCX's XML, and from the pages LibreOffice
lays out of it."""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from conftest import pdftotext

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TWIPS_PER_MM = 1440 / 25.4


def part(path: Path, name: str):
    with zipfile.ZipFile(path) as package:
        return etree.fromstring(package.read(name))


def text_of(element) -> str:
    return "".join(t.text or "" for t in element.iter(f"{W}t"))


def style(styles, style_id: str):
    return next(s for s in styles.iter(f"{W}style") if s.get(f"{W}styleId") == style_id)


def test_title_and_headings_in_the_pdfs_ink_not_words_blue(sample_build):
    out, built = sample_build
    styles = part(out / f"{built[0].brief.id}.docx", "word/styles.xml")
    title = style(styles, "Title")
    assert title.find(f"{W}pPr/{W}pBdr") is None, "Word 2010's blue rule under the title"
    assert title.find(f"{W}rPr/{W}color").get(f"{W}val") == "111111"
    assert title.find(f"{W}rPr/{W}color").get(f"{W}themeColor") is None
    assert title.find(f"{W}rPr/{W}sz").get(f"{W}val") == "42"  # 21 pt, as h1.title
    assert title.find(f"{W}rPr/{W}rFonts").get(f"{W}ascii") == "Crimson Text"
    heading = style(styles, "Heading1")
    rule = heading.find(f"{W}pPr/{W}pBdr/{W}bottom")
    assert rule.get(f"{W}color") == "999999"  # h2's border-bottom
    defaults = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}rFonts")
    assert (defaults.get(f"{W}ascii"), defaults.get(f"{W}cs")) == ("Crimson Text", "Amiri")
    assert defaults.get(f"{W}asciiTheme") is None


def test_tables_have_rules_not_grids_inside_the_margins(sample_build):
    out, built = sample_build
    for result in built:
        root = part(out / f"{result.brief.id}.docx", "word/document.xml")
        section = root.find(f"{W}body/{W}sectPr")
        page = int(section.find(f"{W}pgSz").get(f"{W}w"))
        margins = section.find(f"{W}pgMar")
        text_width = page - int(margins.get(f"{W}left")) - int(margins.get(f"{W}right"))
        tables = list(root.iter(f"{W}tbl"))
        assert len(tables) == 3
        for table in tables:
            properties = table.find(f"{W}tblPr")
            assert properties.find(f"{W}tblStyle").get(f"{W}val") == "BriefTable"
            borders = {b.tag.removeprefix(W): b.get(f"{W}val")
                       for b in properties.find(f"{W}tblBorders")}
            assert borders == {"top": "nil", "left": "nil", "bottom": "single", "right": "nil",
                               "insideH": "single", "insideV": "nil"}
            width = int(properties.find(f"{W}tblW").get(f"{W}w"))
            grid = sum(int(c.get(f"{W}w")) for c in table.iter(f"{W}gridCol"))
            assert properties.find(f"{W}tblInd").get(f"{W}w") == "0"
            assert abs(width - grid) < 5 and width <= text_width + 1, (width, text_width)
            header = table.find(f"{W}tr")
            assert header.find(f"{W}trPr/{W}tblHeader") is not None
            for cell in header.iter(f"{W}tc"):
                assert cell.find(f"{W}tcPr/{W}tcBorders/{W}bottom").get(f"{W}color") == "666666"
    settings = part(out / f"{built[0].brief.id}.docx", "word/settings.xml")
    modes = [s.get(f"{W}val") for s in settings.iter(f"{W}compatSetting")
             if s.get(f"{W}name") == "compatibilityMode"]
    assert modes == ["15"], "tblInd measured to the table's edge (Word 2013 layout)"


def test_short_rows_stay_on_one_page_long_rows_split_between_paragraphs(sample_build):
    from briefgen.render.docx import SHORT_ROW_CHARACTERS

    out, built = sample_build
    kept = split = 0
    for result in built:
        root = part(out / f"{result.brief.id}.docx", "word/document.xml")
        for table in root.iter(f"{W}tbl"):
            for row in table.findall(f"{W}tr")[1:]:
                longest = max(len(text_of(cell)) for cell in row.iter(f"{W}tc"))
                can_split = row.find(f"{W}trPr/{W}cantSplit") is None
                assert can_split == (longest > SHORT_ROW_CHARACTERS), longest
                whole_paragraphs = [p.find(f"{W}pPr/{W}keepLines") is not None
                                    for p in row.iter(f"{W}p")]
                assert all(whole_paragraphs) if can_split else not any(whole_paragraphs)
                kept += not can_split
                split += can_split
    assert kept > 20 and split >= 1  # the samples have both kinds


def test_header_holds_the_marking_and_the_running_title(sample_build):
    out, built = sample_build
    for result in built:
        header = part(out / f"{result.brief.id}.docx", "word/header1.xml")
        assert text_of(header) == result.brief.classification + result.brief.title.value
        footer = part(out / f"{result.brief.id}.docx", "word/footer1.xml")
        assert result.brief.classification in text_of(footer)
        assert [f.get(f"{W}instr") for f in footer.iter(f"{W}fldSimple")] == ["PAGE",
                                                                               "NUMPAGES"]
    pack = part(out / "pack.docx", "word/header1.xml")
    assert "Afghanistan's neighbours and the Taliban" in text_of(pack)


@pytest.fixture(scope="module")
def libreoffice_pages(sample_build, tmp_path_factory):
    """The first brief's DOCX laid out by LibreOffice, on a machine without our fonts."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.fail("LibreOffice is missing: install libreoffice-writer-nogui (.ci/run does)")
    out, built = sample_build
    work = tmp_path_factory.mktemp("lo-look")
    conf = work / "fonts.conf"
    conf.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
                    "<dir>/usr/share/fonts/truetype/dejavu</dir>"
                    f"<cachedir>{work}/cache</cachedir></fontconfig>")
    docx = out / f"{built[0].brief.id}.docx"
    subprocess.run([soffice, f"-env:UserInstallation=file://{work}/profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(work), str(docx)],
                   check=True, capture_output=True, timeout=300,
                   env={**os.environ, "FONTCONFIG_FILE": str(conf), "HOME": str(work)})
    pdf = work / f"{docx.stem}.pdf"
    assert pdf.exists(), "LibreOffice exits 0 even when it cannot load a file"
    return built[0].brief, pdftotext(pdf, "-layout").split("\f")[:-1]


def test_libreoffice_repeats_the_running_title_and_table_headers(libreoffice_pages):
    brief, pages = libreoffice_pages
    assert len(pages) >= 4
    for page in pages:
        first = next(line for line in page.splitlines() if line.strip())
        assert brief.classification in first and brief.title.value in first, first
    # A table running onto the next page starts it with its header row again.
    starts = [" ".join(" ".join(page.split("\n")[1:6]).split()) for page in pages[1:]]
    assert any("Actor" in s and "Role" in s for s in starts) or \
        any("English summary" in s for s in starts), starts
