"""Arabic in the PDF comes back word for word: searchable, and whole when copied.

Text extractors decide where a word ends from the gaps between glyph boxes, and take a
glyph's box from the width the PDF gives it. WeasyPrint gave Amiri's glyphs their font
widths while drawing them where HarfBuzz put them, so about 4% of the Arabic words came back
in two ("العسكر ية"). pdfpack/glyphwidths.py gives each glyph its width as drawn; these tests
read the built samples and the pack back with poppler's pdftotext and with pdfminer.six.
"""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from briefgen.render.fonts import font_dirs, font_face_css
from briefgen.render.pdf import render_pdf

from conftest import ROOT, pdftotext

# Arabic letters, marks and tatweel: what a word is made of (punctuation and digits are not).
_ARABIC_WORD = re.compile(r"[\u0621-\u065F\u0670-\u06D3\u06D5\u06E5\u06E6\u0640\u0750-\u077F]+")
MOST_SPLIT = 0.003  # the share of extracted Arabic words allowed not to be words of the inputs


def arabic_words(text: str) -> list[str]:
    return _ARABIC_WORD.findall(unicodedata.normalize("NFKC", text))


def input_words() -> set[str]:
    """Every Arabic word of the sources, the specs and the templates."""
    files = [*(ROOT / "seeds").iterdir(), *(ROOT / "briefs").iterdir(),
             *(ROOT / "templates").iterdir(), *(ROOT / "src/briefgen/templates").iterdir()]
    return {word for path in files if path.is_file()
            for word in arabic_words(path.read_text("utf-8"))}


def pdfminer_words(path: Path) -> list[str]:
    """The Arabic words pdfminer.six reads, in logical order: it gives the characters of a
    line in the order they stand on the page, left to right, so each word is reversed."""
    from pdfminer.high_level import extract_text

    return [word[::-1] for word in arabic_words(extract_text(str(path)))]


EXTRACTORS = {
    "pdftotext": lambda path: arabic_words(pdftotext(path)),
    "pdfminer.six": pdfminer_words,
}


@pytest.fixture(scope="module")
def vocabulary() -> set[str]:
    return input_words()


@pytest.mark.parametrize("extractor", sorted(EXTRACTORS))
def test_every_sample_and_the_pack_give_their_arabic_words_back_whole(sample_build, vocabulary,
                                                                      extractor):
    out, _ = sample_build
    pdfs = sorted(out.glob("*.pdf"))
    assert {p.name for p in pdfs} >= {"pack.pdf", "iran-taliban.pdf", "iran-pakistan.pdf"}
    failures = []
    for pdf in pdfs:
        words = EXTRACTORS[extractor](pdf)
        assert len(words) > 200, f"{pdf.name}: too little Arabic read back to judge"
        broken = [word for word in words if word not in vocabulary]
        if len(broken) > MOST_SPLIT * len(words):
            failures.append(f"{pdf.name}: {len(broken)}/{len(words)} = "
                            f"{100 * len(broken) / len(words):.1f}% ({' '.join(broken[:8])})")
    assert not failures, f"{extractor} splits Arabic words: " + "; ".join(failures)


# Words WeasyPrint alone splits: a letter after one that does not join to the next (ر و ز),
# drawn off its pen position by cursive attachment; marks placed by offsets, one of them
# raised (جزءًا); لك shaped as two glyphs, the second standing for no letter.
SPLIT_BY_WEASYPRINT = "العسكرية وبريطانية الشريف زيارة ووفقًا نُفذت جزءًا ولكن الكشف"
SNIPPET = (f'<html lang="en"><body><p lang="ar" dir="rtl">{SPLIT_BY_WEASYPRINT} 2018</p>'
           '<p>Latin text, kerned: Toward AVA.</p></body></html>')
SNIPPET_CSS = font_face_css() + (
    'html { font-family: "Crimson Text", "Amiri"; font-size: 12pt; }'
    ' p[lang="ar"] { font-family: "Amiri", "Crimson Text"; }')


def _bare_weasyprint_pdf(path: Path) -> None:
    """The snippet as WeasyPrint draws it without briefgen's patches, in a fresh process."""
    script = ("import sys, weasyprint\n"
              "from weasyprint.text.fonts import FontConfiguration\n"
              "fonts = FontConfiguration()\n"
              "css = weasyprint.CSS(string=sys.argv[2], font_config=fonts)\n"
              "weasyprint.HTML(string=sys.argv[1]).write_pdf(sys.argv[3], stylesheets=[css], "
              "font_config=fonts)\n")
    subprocess.run([sys.executable, "-c", script, SNIPPET, SNIPPET_CSS, str(path)], check=True,
                   capture_output=True)


def _page_images(pdf: Path, folder: Path) -> list[bytes]:
    folder.mkdir()
    subprocess.run(["pdftoppm", "-r", "200", str(pdf), str(folder / "page")], check=True)
    return [page.read_bytes() for page in sorted(folder.iterdir())]


def test_glyph_widths_as_drawn_keep_words_whole_and_the_page_as_weasyprint_draws_it(tmp_path):
    bare, ours = tmp_path / "bare.pdf", tmp_path / "ours.pdf"
    _bare_weasyprint_pdf(bare)
    ours.write_bytes(render_pdf(SNIPPET, [SNIPPET_CSS], font_dirs(), tagged=False))
    expected = sorted(SPLIT_BY_WEASYPRINT.split())
    for name, extract in EXTRACTORS.items():
        assert sorted(extract(ours)) == expected, name
        # The snippet holds the cases that split: WeasyPrint alone breaks them.
        assert sorted(extract(bare)) != expected, name
    assert "Latin text, kerned: Toward AVA." in pdftotext(ours)
    pages = _page_images(ours, tmp_path / "ours")
    assert pages and pages == _page_images(bare, tmp_path / "bare")
