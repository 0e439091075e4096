"""Finish PDFs with pikepdf: page numbers laid over each page, and briefs joined into a pack.

Each brief is laid out once, by WeasyPrint, without page numbers. Its own PDF gets "page X of
Y" from a folio (blank pages holding only the number) laid over its pages; in a pack, the
same pages are appended after the cover and contents, their structure trees joined into one,
and numbered through. Nothing here lays text out again.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

import pikepdf

from . import segments

BRIEF_LINK = segments.BRIEF_LINK
APPENDIX_LINK = segments.APPENDIX_LINK


@dataclass(frozen=True)
class Bookmark:
    """An outline entry of a rendered brief: nesting level, title, 0-based page."""

    level: int
    title: str
    page: int


def page_count(pdf_bytes: bytes) -> int:
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        return len(pdf.pages)


def _outline(pdf: pikepdf.Pdf) -> tuple[Bookmark, ...]:
    """Return the outline WeasyPrint wrote from a brief's headings, flattened."""
    index = {page.obj.objgen: number for number, page in enumerate(pdf.pages)}
    found: list[Bookmark] = []

    def walk(items, level):
        for item in items:
            destination = item.destination
            page = 0
            if isinstance(destination, pikepdf.Array) and len(destination):
                page = index.get(destination[0].objgen, 0)
            found.append(Bookmark(level, str(item.title), page))
            walk(item.children, level + 1)

    with pdf.open_outline() as outline:
        walk(outline.root, 0)
    return tuple(found)


FOLIO_SAMPLE = "page 0123456789 of 0123456789"


class Folio:
    """"page X of Y" for any page, from one page WeasyPrint set with every digit on it.

    The folio template (folio.html, pack.css) decides font, size, colour and place; briefgen
    renders it once with FOLIO_SAMPLE and then writes each page's text from the glyphs of
    that rendering, right-aligned where the sample ended. Laying out a blank page per page
    number cost more than a brief's own DOCX.
    """

    def __init__(self, sheet: bytes):
        self.sheet = sheet
        with pikepdf.open(io.BytesIO(sheet)) as pdf:
            page = pdf.pages[0]
            operations = list(pikepdf.parse_content_stream(page))
            ops = [str(op) for _, op in operations]
            tm_index, tj_index = ops.index("Tm"), ops.index("TJ")
            font_name, size = operations[ops.index("Tf")][0]
            font = page.Resources.Font[font_name]
            self.widths = _cid_widths(font.DescendantFonts[0].get("/W", []))
            sample = [bytes(item) for item in operations[tj_index][0][0]
                      if isinstance(item, pikepdf.String)]
            tm = [float(x) for x in operations[tm_index][0]]
            # Plain bytes and numbers only: a Folio outlives the PDF it was read from, and
            # crosses into worker processes.
            self.before = pikepdf.unparse_content_stream(operations[:tm_index])
            self.between = pikepdf.unparse_content_stream(operations[tm_index + 1:tj_index])
            self.after = pikepdf.unparse_content_stream(operations[tj_index + 1:])
            self.box = [float(x) for x in page.MediaBox]
        self.size = float(size)
        self.tm = tm
        glyphs = [chunk[i:i + 2] for chunk in sample for i in range(0, len(chunk), 2)]
        if len(glyphs) != len(FOLIO_SAMPLE):
            raise ValueError("the folio template must set its sample as one glyph a letter")
        self.glyph = dict(zip(FOLIO_SAMPLE, glyphs))
        self.right = tm[4] + self.width(FOLIO_SAMPLE)

    def width(self, text: str) -> float:
        units = sum(self.widths.get(int.from_bytes(self.glyph[c], "big"), 0) for c in text)
        return units * self.size / 1000

    @contextmanager
    def stamping(self, target: pikepdf.Pdf) -> Iterator[Callable[[int, int], pikepdf.Stream]]:
        """Yield a maker of folio forms for pages of `target`; keep it open until saved."""
        # qpdf copies stream data (the font) only when the target is saved.
        with pikepdf.open(io.BytesIO(self.sheet)) as sheet:
            resources = target.copy_foreign(sheet.pages[0].Resources)
            yield lambda number, total: self._form(target, resources, number, total)

    @property
    def bbox(self) -> bytes:
        return " ".join(f"{x:g}" for x in self.box).encode()

    def content(self, number: int, total: int) -> bytes:
        """The content stream of the form showing "page `number` of `total`"."""
        text = f"page {number} of {total}"
        tm = list(self.tm)
        tm[4] = round(self.right - self.width(text), 4)
        glyphs = b"".join(self.glyph[c] for c in text).hex().encode()
        return b"".join([
            self.before, b"\n", " ".join(f"{x:g}" for x in tm).encode(), b" Tm\n",
            self.between, b"\n[<", glyphs, b">] TJ\n", self.after,
        ])

    def _form(self, target: pikepdf.Pdf, resources, number: int, total: int) -> pikepdf.Stream:
        form = pikepdf.Stream(target, self.content(number, total))
        form.Type = pikepdf.Name.XObject
        form.Subtype = pikepdf.Name.Form
        form.BBox = pikepdf.Array(self.box)
        form.Resources = resources
        return form


def _cid_widths(entries) -> dict[int, int]:
    """Read a CID font's /W array: `c [w1 w2 …]` and `c_first c_last w` forms."""
    widths: dict[int, int] = {}
    items = list(entries)
    i = 0
    while i < len(items):
        first = int(items[i])
        if isinstance(items[i + 1], pikepdf.Array):
            for offset, width in enumerate(items[i + 1]):
                widths[first + offset] = int(width)
            i += 2
        else:
            for cid in range(first, int(items[i + 1]) + 1):
                widths[cid] = int(items[i + 2])
            i += 3
    return widths


def _number_pages(pdf: pikepdf.Pdf, form_for: Callable[[int, int], pikepdf.Stream]) -> None:
    """Lay "page X of Y" over each page of `pdf`, marked as an artifact for screen readers."""
    total = len(pdf.pages)
    for number, page in enumerate(pdf.pages, start=1):
        # Named by page, not by a random prefix, so the same pages give the same bytes; and
        # one name per page, as WeasyPrint's pages share one resource dictionary.
        name = page.add_resource(form_for(number, total), pikepdf.Name.XObject,
                                 pikepdf.Name(f"/BriefgenFolio{number}"))
        page.contents_add(pikepdf.Stream(pdf, b"q\n"), prepend=True)
        page.contents_add(pikepdf.Stream(pdf, b"\nQ\n/Artifact BMC\nq " + bytes(name) +
                                         b" Do Q\nEMC\n"))


def _save(pdf: pikepdf.Pdf) -> bytes:
    out = io.BytesIO()
    # deterministic_id: the same pages give the same /ID, so builds are byte-identical.
    pdf.save(out, deterministic_id=True, object_stream_mode=pikepdf.ObjectStreamMode.generate,
             compress_streams=True)
    return out.getvalue()


@dataclass(frozen=True)
class FinishedBrief:
    pdf: bytes  # with page numbers
    pages: int
    outline: tuple[Bookmark, ...]


def finish_brief(base: bytes, folio: Folio) -> FinishedBrief:
    """Number a brief's pages; return the PDF with its page count and outline."""
    with pikepdf.open(io.BytesIO(base)) as pdf, folio.stamping(pdf) as form_for:
        outline = _outline(pdf)
        _number_pages(pdf, form_for)
        return FinishedBrief(_save(pdf), len(pdf.pages), outline)


def front_matter(front: bytes) -> segments.PackWriter:
    """A writer for a pack whose catalog and document information are the front's."""
    with pikepdf.open(io.BytesIO(front)) as pdf:
        extra = b"".join(b" " + key.encode() + b" " + pdf.Root[key].unparse(resolved=True)
                         for key in ("/Lang", "/MarkInfo", "/ViewerPreferences", "/PageMode")
                         if key in pdf.Root)
        info = pdf.trailer.Info.unparse(resolved=True) if "/Info" in pdf.trailer else b"<< >>"
        metadata = None
        if "/Metadata" in pdf.Root:
            stream = pdf.Root.Metadata
            raw = stream.read_raw_bytes()
            head = pikepdf.Dictionary(stream.stream_dict)
            del head["/Length"]
            metadata = (head.unparse()[:-2] + b"/Length %d >>" % len(raw), raw)
    if b" R" in extra or b" R" in info:
        raise ValueError("the front's catalog or information refers to other objects")
    return segments.PackWriter(extra, info, metadata)


@dataclass(frozen=True)
class PackPart:
    """A part of a pack ready to be placed: what it is made of, and its segment."""

    key: str  # names the segment, for placements kept between builds
    segment: segments.Segment


Placer = Callable[[PackPart, int, dict[bytes, int]], segments.PlacedSegment]


def place_anew(part: PackPart, base: int, symbols: dict[bytes, int]) -> segments.PlacedSegment:
    return segments.place(part.segment, base, symbols)


def assemble_pack(front: bytes, briefs: Sequence[PackPart], outlines: Sequence[Sequence[Bookmark]],
                  titles: Sequence[str], appendix: bytes, folio: Folio,
                  place: Placer = place_anew,
                  segment: Callable[..., segments.Segment] = segments.segment_pdf) -> bytes:
    """Write the front matter, every brief and the appendix as one numbered, tagged PDF.

    `place` sets a brief's segment at an object number and `segment` reads the front matter
    and appendix into segments; a caller that keeps their results between builds hands
    back the same bytes instead of doing the work again.
    """
    front_part = PackPart(digest(front), segment(front, links=True))
    front_segment = front_part.segment
    appendix_part = PackPart(digest(appendix), segment(appendix))
    fonts = folio_fonts(folio)
    base = segments.FIRST_BASE
    bases = []
    for part in (fonts, front_segment, *(p.segment for p in briefs), appendix_part.segment):
        bases.append(base)
        base += part.capacity
    starts, page = [], len(front_segment.pages)
    for part in briefs:
        starts.append(page)
        page += len(part.segment.pages)
    appendix_start = page
    # The contents link to each brief's first page: that page's object number.
    symbols = {b"A": bases[-1] + appendix_part.segment.pages[0]}
    for number, (part, at) in enumerate(zip(briefs, bases[2:-1]), start=1):
        symbols[b"B%d" % number] = at + part.segment.pages[0]
    placed = [
        (fonts, _placed_fonts(folio, bases[0])),
        (front_segment, place(front_part, bases[1], symbols)),
        *((part.segment, place(part, at, {})) for part, at in zip(briefs, bases[2:-1])),
        (appendix_part.segment, place(appendix_part, bases[-1], {})),
    ]
    outline = [segments.Outline("Cover", 0)]
    if len(front_segment.pages) > 1:
        outline.append(segments.Outline("Contents", 1))
    for start, bookmarks, title in zip(starts, outlines, titles):
        # A brief's own outline is its title (level 0) over its sections (level 1).
        sections = tuple(segments.Outline(b.title, start + b.page) for b in bookmarks
                         if b.level >= 1)
        outline.append(segments.Outline(title, start, sections))
    outline.append(segments.Outline("Sources appendix", appendix_start))
    writer = front_matter(front)
    return writer.write(placed, folio, bases[0] + fonts.resources, outline)


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@lru_cache(maxsize=4)
def folio_fonts(folio: Folio) -> segments.Segment:
    return segments.segment_resources(folio.sheet)


@lru_cache(maxsize=4)
def _placed_fonts(folio: Folio, base: int) -> segments.PlacedSegment:
    return segments.place(folio_fonts(folio), base)
