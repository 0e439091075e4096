"""A word longer than its column breaks instead of taking the column off the page."""

from __future__ import annotations

import re
import subprocess

from briefgen import __version__
from briefgen.build import build

from conftest import pdftotext

LONG = "Supercalifragilistic" * 15  # 300 letters, no space


def test_a_300_letter_word_stays_on_the_page(scratch, tmp_path):
    spec = scratch.root / "briefs/iran-pakistan.yaml"
    text = spec.read_text("utf-8")
    for start in ('summary: "Iran', 'role: "Iran', 'summary: "Middle East News:'):
        assert start in text
        text = text.replace(start, start.replace(': "', f': "{LONG} '), 1)
    spec.write_text(text, "utf-8")
    build(scratch, [spec], tmp_path, ("pdf",), jobs=1)
    bbox = subprocess.run(["pdftotext", "-bbox", str(tmp_path / "iran-pakistan.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    pages = re.findall(r'<page width="([\d.]+)"', bbox)
    words = re.findall(r'<word xMin="([\d.-]+)" yMin="[\d.-]+" xMax="([\d.-]+)"', bbox)
    assert pages and words
    width = float(pages[0])
    outside = [(x0, x1) for x0, x1 in words if float(x0) < 0 or float(x1) > width]
    assert not outside
    # The Arabic columns are still on the page: every cited paragraph's words are there.
    assert "باقري" in pdftotext(tmp_path / "iran-pakistan.pdf")


def test_long_words_break_only_in_prose_never_in_attributes(scratch, tmp_path):
    spec = scratch.root / "briefs/iran-pakistan.yaml"
    text = spec.read_text("utf-8").replace('title: {en: "', f'title: {{en: "{LONG} ', 1)
    spec.write_text(text, "utf-8")
    build(scratch, [spec], tmp_path, ("html",), jobs=1)
    page = (tmp_path / "iran-pakistan.html").read_text("utf-8")
    title = page.split("<title>", 1)[1].split("</title>", 1)[0]
    assert LONG in title and "wbr" not in title
    assert "<wbr>" in page.split("<body", 1)[1]


def test_document_properties_fit_their_limits(scratch, tmp_path):
    import zipfile

    briefs = scratch.root / "briefs"
    (scratch.seeds / "topics.yaml").unlink()  # without it, topics are free tags
    topics = ", ".join(f"topic-number-{n:02d}" for n in range(40))
    for spec in briefs.glob("*.yaml"):
        if spec.name != "pack.yaml":
            lines = spec.read_text("utf-8").splitlines()
            lines = [f"topics: [{topics}]" if line.startswith("topics:") else line
                     for line in lines]
            spec.write_text("\n".join(lines) + "\n", "utf-8")
    build(scratch, [briefs], tmp_path, ("docx",), jobs=1)
    for name in ("pack.docx", "iran-pakistan.docx"):
        with zipfile.ZipFile(tmp_path / name) as package:
            core = package.read("docProps/core.xml").decode("utf-8")
            app = package.read("docProps/app.xml").decode("utf-8")
        assert f"<Application>briefgen {__version__}</Application>" in app  # not "…Mac Word"
        assert f"<dc:description>Made by briefgen {__version__}</dc:description>" in core
        keywords = core.split("<cp:keywords>", 1)[1].split("</cp:keywords>", 1)[0]
        assert len(keywords) <= 255 and keywords.endswith("…")
        assert keywords.startswith("topic-number-00, topic-number-01")
