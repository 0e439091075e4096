"""Segments: a part's objects as templates, set at any object number, written as a pack."""

from __future__ import annotations

import contextlib
import io

import pikepdf
import pytest

from briefgen import pdfpack
from briefgen.errors import RenderError
from briefgen.pdfpack.segments import refers, reserve  # internals, tested where they live


def _tagged_pdf(title: str, change=None) -> bytes:
    """A one-page PDF with a tiny structure tree and a string that looks like a reference;
    `change(pdf)` is called before it is saved."""
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
    if change is not None:
        change(pdf)
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
        with contextlib.suppress(zlib.error):
            found.append(zlib.decompress(data[start + 7:end]))
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


def _unknown_catalog_key(pdf):
    pdf.Root.OpenAction = pikepdf.Array([pdf.pages[0].obj, pikepdf.Name.Fit])


def _embedded_files(pdf):
    pdf.Root.Names = pikepdf.Dictionary(EmbeddedFiles=pikepdf.Dictionary(Names=pikepdf.Array()))


def _nested_page_tree(pdf):
    page, root = pdf.pages[0].obj, pdf.Root.Pages
    middle = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Pages, Parent=root,
                                                  Kids=pikepdf.Array([page]), Count=1))
    root.Kids = pikepdf.Array([middle])
    page.Parent = middle


def _document_lang(pdf):
    pdf.Root.StructTreeRoot.K[0].Lang = pikepdf.String("ar")


@pytest.mark.parametrize("change, named", [
    (_unknown_catalog_key, "the catalog key /OpenAction"),
    (_embedded_files, "the name tree /EmbeddedFiles"),
    (_nested_page_tree, "a nested page tree"),
    (_document_lang, "the Document element key /Lang"),
])
def test_structure_the_pack_writer_does_not_carry_is_refused(change, named):
    """Not dropped: the error names the key and says pdfpack must be taught to carry it."""
    data = _tagged_pdf("title", change)
    with pytest.raises(RenderError) as caught:
        pdfpack.segment_pdf(data)
    message = str(caught.value)
    assert f"has {named}, which briefgen's pack writer does not carry" in message
    assert "pdfpack must be taught to carry it" in message


def test_a_catalog_key_made_with_pikepdf_is_refused_and_the_known_ones_listed():
    def unknown(pdf):
        pdf.Root.BriefgenUnknown = pikepdf.Dictionary(Made=pikepdf.Name.ByATest)

    with pytest.raises(RenderError, match=r"catalog key /BriefgenUnknown, .* \(it carries "
                                          r"/Type, /Pages, /StructTreeRoot, /Names, /Outlines, "
                                          r"/Metadata, /Lang, /MarkInfo, /ViewerPreferences, "
                                          r"/PageMode\): pdfpack must be taught to carry it"):
        pdfpack.segment_pdf(_tagged_pdf("title", unknown))
