"""PDFs into the library: LibreOffice's and Chromium's, made at test time; Arabic repaired."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from test_library_store import ARABIC, added, desk, rtl_docx, run  # noqa: F401 - fixture

from briefgen.library.pdftext import repair_arabic
from briefgen.library.store import Catalog
from briefgen.project import Project


def _need(program: str) -> str:
    found = shutil.which(program)
    if found is None:
        pytest.skip(f"{program} is not installed (.ci/run installs it)")
    return found


@pytest.fixture(scope="module")
def libreoffice_pdf(tmp_path_factory) -> Path:
    soffice = _need("soffice")
    folder = tmp_path_factory.mktemp("lo")
    docx = rtl_docx(folder / "report.docx")
    subprocess.run([soffice, f"-env:UserInstallation=file://{folder}/profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(folder), str(docx)], check=True,
                   capture_output=True, timeout=180)
    return folder / "report.pdf"


@pytest.fixture(scope="module")
def chromium_pdf(tmp_path_factory) -> Path:
    chromium = _need("chromium")
    folder = tmp_path_factory.mktemp("chromium")
    page = folder / "page.html"
    page.write_text('<!doctype html><html lang="ar" dir="rtl"><meta charset="utf-8"><body>'
                    + "".join(f"<p>{text}</p>" for text in ARABIC) + "</body></html>",
                    encoding="utf-8")
    pdf = folder / "page.pdf"
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri()],
                   check=True, capture_output=True, timeout=180)
    return pdf


@pytest.mark.parametrize("made_by", ["libreoffice_pdf", "chromium_pdf"])
def test_a_pdf_gives_back_the_arabic_it_was_made_from(desk, made_by, request):  # noqa: F811
    pdf = request.getfixturevalue(made_by)
    [row] = added(desk, str(pdf), "--outlet", "desk")
    assert row["status"] == "added"
    source = Catalog(Project.at(desk)).load(row["id"])
    assert [p.text for p in source.paragraphs] == ARABIC
    [original] = (desk / "library" / "originals").rglob("*.pdf")
    assert original.read_bytes() == pdf.read_bytes()


def test_the_same_text_as_docx_and_as_pdf_is_one_source(desk, libreoffice_pdf, tmp_path):  # noqa: F811
    rows = added(desk, str(libreoffice_pdf), str(rtl_docx(tmp_path / "again.docx")))
    assert [r["status"] for r in rows] == ["added", "skipped"]
    assert rows[1]["reason"] == f"duplicate of {libreoffice_pdf}"


@pytest.fixture(scope="module")
def backward_pdf(libreoffice_pdf, tmp_path_factory) -> Path:
    """LibreOffice's PDF with each lam-alef glyph mapped to alef + lam, as Word's PDFs are."""
    import re

    import pikepdf

    out = tmp_path_factory.mktemp("backward") / "word-like.pdf"
    with pikepdf.open(libreoffice_pdf) as pdf:
        changed = 0
        for font in (f for page in pdf.pages for f in page.Resources.Font.values()):
            if "/ToUnicode" in font:
                data = font.ToUnicode.read_bytes()
                turned = re.sub(rb"<0644(062[2357])>", rb"<\g<1>0644>", data)
                changed += turned != data
                font.ToUnicode.write(turned)
        assert changed
        pdf.save(out)
    return out


def test_lam_alef_glyphs_read_backwards_are_turned(desk, backward_pdf):  # noqa: F811
    from pypdf import PdfReader

    plain = PdfReader(backward_pdf).pages[0].extract_text()
    assert "األمريكية" in plain and "إطالق" in plain and "للسالم" in plain  # the damage
    [row] = added(desk, str(backward_pdf))
    source = Catalog(Project.at(desk)).load(row["id"])
    assert [p.text for p in source.paragraphs] == ARABIC


def test_pdftotext_shows_why_it_is_not_the_extractor(libreoffice_pdf):
    _need("pdftotext")
    extracted = subprocess.run(["pdftotext", str(libreoffice_pdf), "-"], check=True,
                               capture_output=True).stdout.decode()
    assert "األمريكية" in extracted and "إطالق" in extracted


def test_text_typed_backwards_is_refused(desk, tmp_path):  # noqa: F811
    """Damage in the text itself, not in a font's map, cannot be told from Arabic: refused."""
    soffice = _need("soffice")
    docx = rtl_docx(tmp_path / "typed.docx", ["أعلنت الواليات المتحدة األمريكية عن إطالق مبادرة."])
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(docx)], check=True,
                   capture_output=True, timeout=180)
    result = run(desk, "add", str(tmp_path / "typed.pdf"))
    assert result.exit_code == 2
    assert result.stdout.strip() == (
        f"skipped   {tmp_path / 'typed.pdf'}: the PDF's Arabic text layer is garbled beyond "
        "repair (reversed lam-alef ligatures): nothing was added; add the document it was "
        "made from")


@pytest.mark.parametrize("damaged, repaired", [
    ("ﺍﻟﺴﻼﻡ ﻋﻠﻴﻜﻢ", "السلام عليكم"),  # presentation forms
    ("ﬁgures", "figures"),
    (".أعلنت الولايات", "أعلنت الولايات."),  # a stop a visual-order line put first
    ("قيد الدراسة ،وإن", "قيد الدراسة، وإن"),
])
def test_repair(damaged, repaired):
    assert repair_arabic(damaged) == repaired


@pytest.mark.parametrize("text", ["قال إن العالم إلى السلام", "وأعلنت الولايات المتحدة",
                                  "مثال من ماليزيا"])
def test_text_without_the_damage_is_left_alone(text):
    assert repair_arabic(text) == text


def test_a_pdf_without_a_text_layer_is_refused(desk, tmp_path):  # noqa: F811
    import pikepdf

    scan = tmp_path / "scan.pdf"
    with pikepdf.new() as pdf:
        pdf.add_blank_page()
        pdf.save(scan)
    result = run(desk, "add", str(scan))
    assert result.exit_code == 2
    assert result.stdout.strip() == (
        f"skipped   {scan}: the PDF has no text layer (a scan?): nothing was added; run OCR "
        "on it, or add the document it was made from")
    assert not (desk / "library" / "originals").exists()


def test_add_json_reports_the_pdf(desk, chromium_pdf):  # noqa: F811
    result = run(desk, "add", "--json", str(chromium_pdf), "--date", "2024-02-01")
    [row] = json.loads(result.stdout)
    assert (row["date"], row["paragraphs"], row["status"]) == ("2024-02-01", 3, "added")
