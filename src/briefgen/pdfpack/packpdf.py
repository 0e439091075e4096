"""Finish PDFs: page numbers laid over each page, and briefs joined into a pack.

Each brief is laid out once, by WeasyPrint, without page numbers. pikepdf reads its PDF into
a segment (render/segments.py); the brief's own PDF is that segment written alone, with
"page X of Y" forms made from a folio (one page WeasyPrint set with every digit on it), and
a pack is the cover and contents, every brief's segment and the appendix written together,
numbered through. Nothing here lays text out again.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import pikepdf

from . import segments


@dataclass(frozen=True)
class Bookmark:
    """An outline entry of a rendered brief: nesting level, title, 0-based page."""

    level: int
    title: str
    page: int


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
            ops = [str(instruction.operator) for instruction in operations]
            tm_index, tj_index = ops.index("Tm"), ops.index("TJ")
            font_name, size = operations[ops.index("Tf")].operands
            if not isinstance(font_name, pikepdf.Name):
                raise ValueError("the folio template's font must be set by name")
            font = page.Resources.Font[font_name]
            self.widths = _cid_widths(font.DescendantFonts[0].get("/W", []))
            sample = [bytes(item) for item in operations[tj_index].operands[0]
                      if isinstance(item, pikepdf.String)]
            tm = [float(x) for x in operations[tm_index].operands]
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
        self.glyph = dict(zip(FOLIO_SAMPLE, glyphs, strict=True))
        self.right = tm[4] + self.width(FOLIO_SAMPLE)

    def width(self, text: str) -> float:
        units = sum(self.widths.get(int.from_bytes(self.glyph[c], "big"), 0) for c in text)
        return units * self.size / 1000

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


@dataclass(frozen=True)
class FinishedBrief:
    pdf: bytes  # with page numbers
    pages: int
    outline: tuple[Bookmark, ...]
    segment: segments.Segment  # the brief as a part of packs


def finish_brief(base: bytes, folio: Folio) -> FinishedBrief:
    """Number a brief's pages: the brief is written as a pack of one part, its segment."""
    with pikepdf.open(io.BytesIO(base)) as pdf:
        outline = _outline(pdf)
        writer = _writer(pdf)
        segment = segments.segment_open_pdf(pdf)
    fonts = folio_fonts(folio)
    at = segments.FIRST_BASE + fonts.capacity
    placed = [(fonts, _placed_fonts(folio, segments.FIRST_BASE)),
              (segment, segments.place(segment, at))]
    tree = _nested(outline)
    resources = _folio_resources(folio, segments.FIRST_BASE)
    return FinishedBrief(writer.write(placed, folio, resources, tree), len(segment.pages), outline,
                         segment)


def _nested(bookmarks: Sequence[Bookmark]) -> list[segments.Outline]:
    """Rebuild the outline tree from its flattened bookmarks."""
    def build(level: int, items: list[Bookmark]) -> list[segments.Outline]:
        tree, at = [], 0
        while at < len(items):
            head = items[at]
            at += 1
            children = []
            while at < len(items) and items[at].level > level:
                children.append(items[at])
                at += 1
            tree.append(segments.Outline(head.title, head.page, tuple(build(level + 1,
                                                                              children))))
        return tree

    return build(min((b.level for b in bookmarks), default=0), list(bookmarks))


def front_matter(front: bytes) -> segments.PackWriter:
    """A writer for a pack whose catalog and document information are the front's."""
    with pikepdf.open(io.BytesIO(front)) as pdf:
        return _writer(pdf)


def _writer(pdf: pikepdf.Pdf) -> segments.PackWriter:
    """A writer keeping `pdf`'s language, marking, viewer settings and metadata."""
    segments.check_carried(pdf)
    extra = b"".join(b" " + key.encode() + b" " + pdf.Root[key].unparse(resolved=True)
                     for key in segments.COPIED_CATALOG_KEYS if key in pdf.Root)
    info = pdf.trailer.Info.unparse(resolved=True) if "/Info" in pdf.trailer else b"<< >>"
    metadata = None
    if "/Metadata" in pdf.Root:
        stream = pdf.Root.Metadata
        raw = stream.read_raw_bytes()
        # pikepdf's stub takes only a Mapping; a Dictionary is copied as well.
        head = pikepdf.Dictionary(stream.stream_dict)  # type: ignore[arg-type]
        del head["/Length"]
        metadata = (head.unparse()[:-2] + b"/Length %d >>" % len(raw), raw)
    if segments.refers(extra) or segments.refers(info):
        raise ValueError("the catalog or document information refers to other objects")
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
                  segment: Callable[..., segments.Segment] = segments.segment_pdf,
                  front_outline: Sequence[tuple[str, int]] = ()) -> bytes:
    """Write the front matter, every brief and the appendix as one numbered, tagged PDF.

    `front_outline` bookmarks the front matter's parts (title, page from 0); without it,
    the cover and, on a second page, the contents.

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
    for part_segment in (fonts, front_segment, *(p.segment for p in briefs),
                         appendix_part.segment):
        bases.append(base)
        base += part_segment.capacity
    starts, page = [], len(front_segment.pages)
    for part in briefs:
        starts.append(page)
        page += len(part.segment.pages)
    appendix_start = page
    # The contents link to each brief's first page: that page's object number.
    symbols = {b"A": bases[-1] + appendix_part.segment.pages[0]}
    for number, (part, at) in enumerate(zip(briefs, bases[2:-1], strict=True), start=1):
        symbols[b"B%d" % number] = at + part.segment.pages[0]
    placed = [
        (fonts, _placed_fonts(folio, bases[0])),
        (front_segment, place(front_part, bases[1], symbols)),
        *((part.segment, place(part, at, {}))
          for part, at in zip(briefs, bases[2:-1], strict=True)),
        (appendix_part.segment, place(appendix_part, bases[-1], {})),
    ]
    outline = [segments.Outline(title, page) for title, page in front_outline
               if page < len(front_segment.pages)]
    if not outline:
        outline = [segments.Outline("Cover", 0)]
        if len(front_segment.pages) > 1:
            outline.append(segments.Outline("Contents", 1))
    for start, bookmarks, title in zip(starts, outlines, titles, strict=True):
        # A brief's own outline is its title (level 0) over its sections (level 1).
        sections = tuple(segments.Outline(b.title, start + b.page) for b in bookmarks
                         if b.level >= 1)
        outline.append(segments.Outline(title, start, sections))
    outline.append(segments.Outline("Sources appendix", appendix_start))
    writer = front_matter(front)
    return writer.write(placed, folio, _folio_resources(folio, bases[0]), outline)


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@lru_cache(maxsize=4)
def folio_fonts(folio: Folio) -> segments.Segment:
    return segments.segment_resources(folio.sheet)


def _folio_resources(folio: Folio, base: int) -> int:
    """The object number of the folio's resource dictionary, its fonts set at `base`."""
    resources = folio_fonts(folio).resources
    assert resources is not None  # segment_resources always reads it
    return base + resources


@lru_cache(maxsize=4)
def _placed_fonts(folio: Folio, base: int) -> segments.PlacedSegment:
    return segments.place(folio_fonts(folio), base)
