"""Segments: a part's objects as templates, set at any object number, written as a pack."""

from __future__ import annotations

import io

import pikepdf
import pytest

from briefgen import pdfpack
# reserve and refers are the segment reader's internals, tested where they live.
from briefgen.pdfpack.segments import refers, reserve


def _tagged_pdf(title: str) -> bytes:
    """A one-page PDF with a tiny structure tree and a string that looks like a reference."""
    pdf = pikepdf.new()
    pdf.add_blank_page()
    page = pdf.pages[0]
    page.obj.StructParents = 0
    root = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.StructTreeRoot))
    document = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.StructElem,
                                                    S=pikepdf.Name.Document, P=root))
    paragraph = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.StructElem, S=pikepdf.Name.P, P=document, Pg=page.obj,
        K=pikepdf.Array([0]), Alt=pikepdf.String(title)))
    document.K = pikepdf.Array([paragraph])
    root.K = pikepdf.Array([document])
    root.ParentTree = pikepdf.Dictionary(Nums=pikepdf.Array([0, pikepdf.Array([paragraph])]))
    pdf.Root.StructTreeRoot = root
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def test_strings_that_look_like_references_stay_text():
    segment = pdfpack.segment_pdf(_tagged_pdf("see (3 0 R) and 4 0 R"), number_pages=False)
    assert b"(see \\(3 0 R\\) and 4 0 R)" in segment.text
    placed = pdfpack.place(segment, 1000)
    assert b"(see \\(3 0 R\\) and 4 0 R)" in zlib_objects(placed)


def zlib_objects(placed: pdfpack.PlacedSegment) -> bytes:
    import zlib

    data, found = placed.data, []
    at = 0
    while (start := data.find(b"stream\n", at)) >= 0:
        end = data.find(b"\nendstream", start)
        try:
            found.append(zlib.decompress(data[start + 7:end]))
        except zlib.error:
            pass
        at = end
    return b"".join(found)


def test_segment_and_placement_survive_the_cache_format():
    segment = pdfpack.segment_pdf(_tagged_pdf("title"))
    assert pdfpack.Segment.from_bytes(segment.to_bytes()) == segment
    placed = pdfpack.place(segment, 300)
    assert pdfpack.PlacedSegment.from_bytes(placed.to_bytes()) == placed
    for garbage in (b"", b"\x00\x00\x00\x05{}", b"\x00\x00\x00\x02{}trailing"):
        with pytest.raises(ValueError):
            pdfpack.Segment.from_bytes(garbage)
        with pytest.raises(ValueError):
            pdfpack.PlacedSegment.from_bytes(garbage)


def test_placing_elsewhere_moves_every_reference():
    segment = pdfpack.segment_pdf(_tagged_pdf("title"))
    low, high = pdfpack.place(segment, 100), pdfpack.place(segment, 5000)
    assert low.data != high.data
    assert segment.capacity >= segment.span and segment.capacity % 256 == 0
    # Streams and object streams are direct entries (1) and every other object sits in an
    # object stream (2); the page-number forms (0 here) are the pack writer's to fill.
    kind = [high.xref[i * 7] for i in range(segment.capacity)]
    assert set(kind[:segment.count]) == {1, 2}
    forms = segment.folio_form(0), segment.folio_form(len(segment.pages))
    assert set(kind[forms[0]:forms[1]]) == {0}
    assert set(kind[forms[1]:segment.span]) == {1}
    assert set(kind[segment.span:]) == {0}


def test_reserve_leaves_room_to_grow():
    assert reserve(1) == 256
    assert reserve(740) == 1024
    assert all(reserve(n) >= n + n // 8 for n in range(1, 5000, 37))


def test_refers_tells_references_from_text():
    assert refers(b"<< /Pages 3 0 R >>")
    assert not refers(b"<< /Subject (Russia, Iran 2 0 R) /Title <feff> >>")
