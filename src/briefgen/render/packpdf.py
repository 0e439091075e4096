"""Finish PDFs with pikepdf: page numbers laid over each page, and briefs joined into a pack.

Each brief is laid out once, by WeasyPrint, without page numbers. Its own PDF gets "page X of
Y" from a folio (blank pages holding only the number) laid over its pages; in a pack, the
same pages are appended after the cover and contents, their structure trees joined into one,
and numbered through. Nothing here lays text out again.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass

import pikepdf

BRIEF_LINK = "briefgen:brief/"
APPENDIX_LINK = "briefgen:appendix"


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

    def _form(self, target: pikepdf.Pdf, resources, number: int, total: int) -> pikepdf.Stream:
        text = f"page {number} of {total}"
        tm = list(self.tm)
        tm[4] = round(self.right - self.width(text), 4)
        glyphs = b"".join(self.glyph[c] for c in text).hex().encode()
        content = b"".join([
            self.before, b"\n", " ".join(f"{x:g}" for x in tm).encode(), b" Tm\n",
            self.between, b"\n[<", glyphs, b">] TJ\n", self.after,
        ])
        form = pikepdf.Stream(target, content)
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


def _named_destinations(pdf: pikepdf.Pdf) -> dict[str, pikepdf.Object]:
    """Flatten the /Dests name tree (names → explicit destinations)."""
    found: dict[str, pikepdf.Object] = {}

    def walk(node):
        names = node.get("/Names")
        if names is not None:
            for i in range(0, len(names), 2):
                found[str(names[i])] = names[i + 1]
        for kid in node.get("/Kids", []):
            walk(kid)

    names = pdf.Root.get("/Names")
    if names is not None and "/Dests" in names:
        walk(names.Dests)
    return found


class _StructureJoiner:
    """Append tagged PDFs to a tagged PDF, joining their structure trees into its own.

    Links that jump by name are turned into explicit destinations on the way, as a pack has
    no single name tree for them.
    """

    def __init__(self, target: pikepdf.Pdf):
        self.target = target
        root = target.Root.StructTreeRoot
        self.document = root.K[0]
        self.nums = root.ParentTree.Nums
        self.next_key = max((int(self.nums[i]) for i in range(0, len(self.nums), 2)),
                            default=-1) + 1

    def append(self, source: pikepdf.Pdf) -> None:
        first = len(self.target.pages)
        destinations = _named_destinations(source)
        for page in source.pages:
            for annotation in page.obj.get("/Annots", []):
                name = annotation.get("/Dest")
                if isinstance(name, pikepdf.String) and str(name) in destinations:
                    annotation.Dest = destinations[str(name)]
        with warnings.catch_warnings():
            # pikepdf warns that named destinations are lost: they were resolved above.
            warnings.simplefilter("ignore", pikepdf.PageCopyWarning if hasattr(
                pikepdf, "PageCopyWarning") else UserWarning)
            self.target.pages.extend(source.pages)
        offset = self.next_key
        tree = self.target.copy_foreign(source.Root.StructTreeRoot)
        for kid in tree.K[0].K:
            kid.P = self.document
            self.document.K.append(kid)
        nums = tree.ParentTree.Nums
        last = offset
        for i in range(0, len(nums), 2):
            key = int(nums[i]) + offset
            self.nums.append(key)
            self.nums.append(nums[i + 1])
            last = max(last, key)
        for page in self.target.pages[first:]:
            if "/StructParents" in page.obj:
                page.obj.StructParents = int(page.obj.StructParents) + offset
            for annotation in page.obj.get("/Annots", []):
                if "/StructParent" in annotation:
                    annotation.StructParent = int(annotation.StructParent) + offset
        self.next_key = last + 1

    def finish(self) -> None:
        self.target.Root.StructTreeRoot.ParentTreeNextKey = self.next_key


def assemble_pack(front: bytes, bases: Sequence[bytes], outlines: Sequence[Sequence[Bookmark]],
                  titles: Sequence[str], appendix: bytes, folio: Folio) -> bytes:
    """Join the front matter, every brief and the appendix into one numbered, tagged PDF."""
    # qpdf copies the pages' stream data when the pack is saved: the sources stay open
    # until then.
    with ExitStack() as open_files:
        pdf = open_files.enter_context(pikepdf.open(io.BytesIO(front)))
        front_pages = len(pdf.pages)
        joiner = _StructureJoiner(pdf)
        starts = []
        for base in bases:
            starts.append(len(pdf.pages))
            joiner.append(open_files.enter_context(pikepdf.open(io.BytesIO(base))))
        appendix_start = len(pdf.pages)
        joiner.append(open_files.enter_context(pikepdf.open(io.BytesIO(appendix))))
        joiner.finish()
        _link_contents(pdf, front_pages, starts, appendix_start)
        _write_outline(pdf, front_pages, starts, outlines, titles, appendix_start)
        form_for = open_files.enter_context(folio.stamping(pdf))
        _number_pages(pdf, form_for)
        return _save(pdf)


def _link_contents(pdf: pikepdf.Pdf, front_pages: int, starts: Sequence[int],
                   appendix_start: int) -> None:
    """Turn the contents page's briefgen: links into jumps to the pages they name."""
    for page in pdf.pages[:front_pages]:
        for annotation in page.obj.get("/Annots", []):
            action = annotation.get("/A")
            if action is None or action.get("/S") != "/URI":
                continue
            uri = str(action.URI)
            if uri.startswith(BRIEF_LINK):
                target = starts[int(uri[len(BRIEF_LINK):]) - 1]
            elif uri == APPENDIX_LINK:
                target = appendix_start
            else:
                continue
            del annotation["/A"]
            annotation.Dest = pikepdf.Array([pdf.pages[target].obj, pikepdf.Name.Fit])


def _write_outline(pdf: pikepdf.Pdf, front_pages: int, starts: Sequence[int],
                   outlines: Sequence[Sequence[Bookmark]], titles: Sequence[str],
                   appendix_start: int) -> None:
    with pdf.open_outline() as outline:
        outline.root.clear()
        outline.root.append(pikepdf.OutlineItem("Cover", 0))
        if front_pages > 1:
            outline.root.append(pikepdf.OutlineItem("Contents", 1))
        for start, bookmarks, title in zip(starts, outlines, titles):
            item = pikepdf.OutlineItem(title, start)
            # A brief's own outline is its title (level 0) over its sections (level 1).
            for bookmark in bookmarks:
                if bookmark.level >= 1:
                    item.children.append(pikepdf.OutlineItem(bookmark.title,
                                                             start + bookmark.page))
            outline.root.append(item)
        outline.root.append(pikepdf.OutlineItem("Sources appendix", appendix_start))
