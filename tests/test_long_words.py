"""A word longer than its column breaks instead of taking the column off the page."""

from __future__ import annotations

import re
import subprocess

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
