"""Rendered output read back: PDF text and fonts, DOCX XML, LibreOffice opening the DOCX."""

from __future__ import annotations

import itertools
import os
import re
import shutil
import subprocess
import unicodedata
import zipfile
from pathlib import Path

import pikepdf
import pytest
from lxml import etree

from briefgen.arabic.text import is_arabic

from conftest import pdftotext

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BIDI_MARKS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def arabic_letters(text: str) -> str:
    """Arabic letters and marks only, in order: what 'letter for letter' compares."""
    return "".join(
        c for c in text
        if "\u0600" <= c <= "\u06ff" and unicodedata.category(c)[0] in "LM"
    )


def line_segments(line: str) -> list[str]:
    """Arabic letters of each directional run pdftotext marked in a line (U+202A/B … U+202C)."""
    runs = re.split("[\u202a-\u202e]", line)
    return [letters for letters in map(arabic_letters, runs) if letters]


def found_line_by_line(paragraph: str, text: str, interleaved: bool = False) -> bool:
    """Say whether the paragraph's letters run, line after line, through the PDF text.

    pdftotext gives each line in logical order but may swap the directional runs of a line
    around neutral punctuation ("نيوز: ترأس" can come out as "ترأس … :نيوز"), so within a
    line the runs may come in any order; across lines the order must hold. With
    `interleaved`, lines of other text may come between the paragraph's lines (pdftotext
    reads LibreOffice's table rows into each other).
    """
    want = arabic_letters(paragraph)
    lines = [segs for segs in map(line_segments, text.splitlines()) if segs]
    for start in range(len(lines)):
        rest = want
        for segments in lines[start:]:
            taken = _take_line(rest, segments, first=rest == want)
            if taken is None:
                if interleaved and rest != want:
                    continue
                break
            rest = rest[taken:]
            if not rest:
                return True
    return False


def _take_line(rest: str, segments: list[str], first: bool) -> int | None:
    orders = ["".join(order) for order in itertools.permutations(segments)]
    for joined in orders:
        if rest.startswith(joined):
            return len(joined)
    for joined in orders:  # the paragraph ends inside this line
        if joined.startswith(rest):
            return len(rest)
    if first:  # the paragraph starts inside this line, after other text
        for joined in orders:
            for cut in range(1, len(joined)):
                if rest.startswith(joined[cut:]):
                    return len(joined) - cut
    return None


def numbers(text: str) -> list[str]:
    return re.findall(r"\d+", text)


def cited_paragraphs(brief):
    for excerpt in brief.excerpts:
        yield from excerpt.paragraphs


def test_pdf_holds_every_cited_arabic_paragraph_letter_for_letter(sample_build):
    out, built = sample_build
    for result in built:
        # An excerpt row may run on to the next page, under the table's header repeated:
        # the header's line is page furniture between two lines of a paragraph.
        text = "\n".join(line for line in pdftotext(out / f"{result.brief.id}.pdf").splitlines()
                         if arabic_letters(line) != arabic_letters("النص الأصلي"))
        # Columns interleave line by line (English lines hold no Arabic letters).
        for paragraph in cited_paragraphs(result.brief):
            assert len(arabic_letters(paragraph.text.value)) > 20
            assert found_line_by_line(paragraph.text.value, text), \
                f"{result.brief.id}: {paragraph.id} not found letter for letter in PDF text"
            for number in numbers(paragraph.text.value):
                assert number in text, f"{paragraph.id}: number {number} missing"


def test_pdf_latin_inside_arabic_stays_in_place(sample_build):
    out, built = sample_build
    for result in built:
        text = pdftotext(out / f"{result.brief.id}.pdf")
        for paragraph in cited_paragraphs(result.brief):
            for word in re.findall(r"[A-Za-z]{3,}", paragraph.text.value):
                assert word in text, f"{paragraph.id}: Latin word {word} missing or reversed"


def test_pdf_fonts_embedded_and_metadata(sample_build):
    out, built = sample_build
    pdf = out / f"{built[0].brief.id}.pdf"
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           check=True).stdout
    rows = fonts.splitlines()[2:]
    assert any("Amiri" in r for r in rows) and any("Crimson" in r for r in rows)
    assert not any("DejaVu" in r for r in rows), "a fallback font was used"
    assert all(r.split()[-5] == "yes" for r in rows), "every font embedded"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                          check=True).stdout
    assert f"Title:           {built[0].brief.title.value}" in info
    with pikepdf.open(pdf) as document:
        assert str(document.Root.Lang) == "en"


def test_pdf_has_banner_and_page_numbers_on_every_page(sample_build):
    out, built = sample_build
    for result in built:
        pdf = out / f"{result.brief.id}.pdf"
        pages = pdftotext(pdf).split("\f")[:-1]
        assert pages
        for number, page in enumerate(pages, start=1):
            flat = page.replace(" ", "")
            assert flat.count(result.brief.classification) >= 2, (pdf, number)
            assert f"page {number} of {len(pages)}" in page


def test_html_marks_every_arabic_block(sample_build):
    out, built = sample_build
    html = (out / f"{built[0].brief.id}.html").read_text("utf-8")
    blocks = re.findall(r'<p class="source-text"[^>]*>', html)
    assert blocks and all('dir="rtl"' in b and 'lang="ar"' in b for b in blocks)


def docx_paragraphs(path: Path):
    with zipfile.ZipFile(path) as package:
        root = etree.fromstring(package.read("word/document.xml"))
    return root, root.iter(f"{W}p")


def paragraph_text(p) -> str:
    return "".join(t.text or "" for t in p.iter(f"{W}t"))


def has_arabic(text: str) -> bool:
    return is_arabic(text)


def test_docx_arabic_paragraphs_are_bidi_with_rtl_runs(sample_build):
    out, built = sample_build
    for result in built:
        root, paragraphs = docx_paragraphs(out / f"{result.brief.id}.docx")
        arabic_count = 0
        for p in paragraphs:
            text = paragraph_text(p)
            bidi = p.find(f"{W}pPr/{W}bidi")
            if has_arabic(text):
                arabic_count += 1
                assert bidi is not None, f"Arabic paragraph without w:bidi: {text[:40]}"
                assert p.find(f"{W}pPr/{W}jc") is None
                for run in p.iter(f"{W}r"):
                    rpr = run.find(f"{W}rPr")
                    assert rpr.find(f"{W}rtl") is not None
                    assert rpr.find(f"{W}rFonts").get(f"{W}cs") == "Amiri"
                    assert rpr.find(f"{W}szCs") is not None
                    assert rpr.find(f"{W}lang").get(f"{W}bidi") == "ar-SA"
                    if rpr.find(f"{W}b") is not None:
                        assert rpr.find(f"{W}bCs") is not None
            elif text.strip():
                assert bidi is None, f"English paragraph marked bidi: {text[:40]}"
        assert arabic_count >= len(list(cited_paragraphs(result.brief)))
        # Every cited paragraph is in the document verbatim, as one run's text.
        all_text = "\n".join(paragraph_text(p) for p in root.iter(f"{W}p"))
        for paragraph in cited_paragraphs(result.brief):
            assert paragraph.text.value in all_text


def test_docx_tables_headings_banner(sample_build):
    out, built = sample_build
    path = out / f"{built[0].brief.id}.docx"
    root, _ = docx_paragraphs(path)
    styles = [s.get(f"{W}val") for s in root.iter(f"{W}pStyle")]
    assert "Heading1" in styles and "Title" in styles
    tables = list(root.iter(f"{W}tbl"))
    directions = [t.find(f"{W}tblPr/{W}bidiVisual") is not None for t in tables]
    assert directions.count(True) == 1, "only the excerpts table reads right to left"
    with zipfile.ZipFile(path) as package:
        names = package.namelist()
        header = package.read(next(n for n in names if n.startswith("word/header"))).decode()
        footer = package.read(next(n for n in names if n.startswith("word/footer"))).decode()
    assert built[0].brief.classification in header and built[0].brief.classification in footer
    assert "NUMPAGES" in footer


@pytest.fixture(scope="session")
def libreoffice_pdfs(sample_build, tmp_path_factory):
    """Convert the sample DOCX files to PDF with LibreOffice, with our fonts visible to it."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.fail("LibreOffice is missing: install libreoffice-writer-nogui (.ci/run does)")
    from briefgen.render.fonts import font_dirs

    out, built = sample_build
    work = tmp_path_factory.mktemp("lo")
    conf = work / "fonts.conf"
    dirs = "".join(f"<dir>{d}</dir>" for d in font_dirs())
    conf.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
                    f'<include ignore_missing="yes">/etc/fonts/fonts.conf</include>{dirs}'
                    f"<cachedir>{work}/cache</cachedir></fontconfig>")
    docs = [str(out / f"{r.brief.id}.docx") for r in built]
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{work}/profile", "--headless",
         "--convert-to", "pdf", "--outdir", str(work), *docs],
        check=True, capture_output=True, timeout=300,
        env={**os.environ, "FONTCONFIG_FILE": str(conf)},
    )
    return work, built


def test_libreoffice_opens_docx_and_keeps_the_arabic(libreoffice_pdfs):
    work, built = libreoffice_pdfs
    for result in built:
        pdf = work / f"{result.brief.id}.pdf"
        assert pdf.exists(), "LibreOffice exits 0 even when it cannot load a file"
        text = pdftotext(pdf)
        for paragraph in cited_paragraphs(result.brief):
            assert found_line_by_line(paragraph.text.value, text, interleaved=True), paragraph.id
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
        assert "Amiri" in fonts and "Crimson" in fonts


def test_arabic_inside_english_keeps_its_direction(sample_build):
    out, built = sample_build
    result = next(r for r in built if r.brief.id == "iran-pakistan")
    html = (out / "iran-pakistan.html").read_text("utf-8")
    assert '<bdi dir="rtl" lang="ar">ميدل ايست نيوز</bdi>' in html
    root, paragraphs = docx_paragraphs(out / "iran-pakistan.docx")
    runs = [r for p in paragraphs if "Middle East News" in paragraph_text(p)
            for r in p.iter(f"{W}r")]
    arabic = [r for r in runs if "ميدل" in "".join(t.text or "" for t in r.iter(f"{W}t"))]
    latin = [r for r in runs if "Middle" in "".join(t.text or "" for t in r.iter(f"{W}t"))]
    assert arabic and all(r.find(f"{W}rPr/{W}rtl") is not None for r in arabic)
    assert latin and all(r.find(f"{W}rPr/{W}rtl") is None for r in latin)
    assert result.brief.sources[0].outlet.startswith("Middle East News")


def test_without_harfbuzz_subset_the_user_sees_no_warning(project, tmp_path, monkeypatch, caplog):
    # A fresh machine without Debian's libharfbuzz-subset0: WeasyPrint subsets with fontTools.
    import weasyprint.pdf.fonts

    from briefgen.build import build

    monkeypatch.setattr(weasyprint.pdf.fonts, "harfbuzz_subset", None)
    caplog.set_level("DEBUG")
    spec = project.root / "briefs/iran-pakistan.yaml"
    build(project, [spec], tmp_path, ("pdf",), use_cache=False)
    noisy = [r.getMessage() for r in caplog.records if r.levelname in ("WARNING", "ERROR")]
    assert noisy == []
    fonts = subprocess.run(["pdffonts", str(tmp_path / "iran-pakistan.pdf")],
                           capture_output=True, text=True, check=True).stdout
    assert "Amiri" in fonts and "Crimson" in fonts
    assert "باقري" in pdftotext(tmp_path / "iran-pakistan.pdf")
