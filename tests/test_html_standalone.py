"""`--format html`: one self-contained file, right to left where Arabic, readable on a phone."""

from __future__ import annotations

import base64
import io
import re
from html.parser import HTMLParser

import pytest
from fontTools.ttLib import TTFont

ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
MAX_BYTES = 300_000


class DirectionChecker(HTMLParser):
    """Record every Arabic text run with the dir and lang it inherits."""

    VOID = {"meta", "link", "br", "img", "hr", "input", "col", "wbr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None, str | None]] = [("root", "ltr", None)]
        self.arabic_runs: list[tuple[str, str | None, str | None, str]] = []
        self.urls: list[str] = []
        self.viewport = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in ("src", "href", "action", "poster", "data"):
            if attrs.get(name):
                self.urls.append(attrs[name])
        if tag == "meta" and attrs.get("name") == "viewport":
            self.viewport = attrs.get("content")
        if tag in self.VOID:
            return
        _, parent_dir, parent_lang = self.stack[-1]
        self.stack.append((tag, attrs.get("dir", parent_dir), attrs.get("lang", parent_lang)))

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        while len(self.stack) > 1:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        tag, direction, lang = self.stack[-1]
        # An Arabic block is text mostly in Arabic letters; an Arabic name quoted inside an
        # English sentence (an outlet's name in the sources list) stays in its sentence.
        arabic = len(ARABIC.findall(data))
        if arabic > len(re.findall(r"[A-Za-z]", data)) and tag not in ("style", "script", "title"):
            self.arabic_runs.append((tag, direction, lang, data.strip()[:40]))


@pytest.fixture(scope="module")
def pages(sample_build):
    out, built = sample_build
    return {result.brief.id: (out / f"{result.brief.id}.html").read_text(encoding="utf-8")
            for result in built}


def test_html_is_small(sample_build):
    out, built = sample_build
    for result in built:
        size = (out / f"{result.brief.id}.html").stat().st_size
        assert size < MAX_BYTES, f"{result.brief.id}.html is {size} bytes"


def test_html_has_no_external_references(pages):
    for brief_id, page in pages.items():
        checker = DirectionChecker()
        checker.feed(page)
        outside = [u for u in checker.urls if not (u.startswith("data:") or u.startswith("#"))]
        assert outside == [], brief_id
        assert "http:" not in page and "https:" not in page and "file:" not in page, brief_id
        for url in re.findall(r"url\(\s*['\"]?([^'\")]+)", page):
            assert url.startswith("data:"), f"{brief_id}: {url[:60]}"
        assert "@import" not in page


def test_arabic_is_right_to_left_and_marked_arabic(pages):
    for brief_id, page in pages.items():
        checker = DirectionChecker()
        checker.feed(page)
        assert checker.arabic_runs, brief_id
        wrong = [run for run in checker.arabic_runs if run[1:3] != ("rtl", "ar")]
        assert wrong == [], f"{brief_id}: Arabic outside dir=rtl lang=ar: {wrong[:3]}"
        assert page.count('dir="rtl" lang="ar"') >= 2


def test_html_is_readable_on_a_phone(pages):
    for page in pages.values():
        checker = DirectionChecker()
        checker.feed(page)
        assert checker.viewport == "width=device-width, initial-scale=1"
        assert "@media screen and (max-width" in page


def test_embedded_fonts_are_subsets_that_cover_the_page(pages):
    page = pages["iran-taliban"]
    faces = re.findall(r'font-family: "([^"]+)"; src: url\("data:font/(\w+);base64,([^"]+)"\)',
                       page)
    assert len(faces) == 5
    body = page.split("</style>", 1)[1]
    arabic = {c for c in body if ARABIC.match(c)}
    for family, kind, data in faces:
        font = TTFont(io.BytesIO(base64.b64decode(data)))
        assert kind in ("woff2", "ttf")
        cmap = font.getBestCmap()
        if family == "Amiri":
            missing = sorted(c for c in arabic if ord(c) not in cmap)
            assert missing == [], f"Amiri subset lacks {missing}"
            assert len(cmap) < 400, "Amiri was embedded whole"
        else:
            assert ord("A") in cmap
