"""pack.docx joined from per-brief parts: the same XML as moving each brief into one tree, a
valid package that python-docx and LibreOffice open, and parts that depend on nothing else."""

from __future__ import annotations

import io
import os
import random
import shutil
import struct
import subprocess
import zipfile
import zlib

import docx
import pytest
from docx.opc.oxml import serialize_part_xml
from lxml import etree

from briefgen.errors import RenderError
from briefgen.inputs import find_specs, load_briefs, load_registry
from briefgen.pack import load_pack_spec_for, order_briefs, plan_pack
from briefgen.pdfpack import DeflatedPiece, deflate, join, write_zip
from briefgen.pdfpack.docxzip import crc32_combine  # docxzip's internals, tested where they live
from briefgen.render.docx import (
    PackDocxPart,
    _DocxPack,
    insert_bookmark,
    pack_docx_part,
    render_docx,
    render_pack_docx,
)

from conftest import ROOT, pdftotext

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def sample(project, library):
    """The sample briefs in pack order, each one's DOCX, and the pack's plan."""
    folder = ROOT / "briefs"
    spec = load_pack_spec_for(folder)
    briefs = order_briefs(load_briefs(find_specs([folder]), library, load_registry(project)),
                          spec)
    brief_docx = [render_docx(brief) for brief in briefs]
    return briefs, brief_docx, plan_pack(briefs, [4] * len(briefs), spec)


@pytest.fixture(scope="module")
def parts(sample):
    _, brief_docx, _ = sample
    return [pack_docx_part(number, data) for number, data in enumerate(brief_docx, start=1)]


@pytest.fixture(scope="module")
def pack_docx(sample, parts) -> bytes:
    _, _, plan = sample
    return render_pack_docx(plan, parts)


def document_xml(package: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        return archive.read("word/document.xml")


def paragraph_texts(xml: bytes) -> list[str]:
    root = etree.fromstring(xml)
    return ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in root.iter(f"{W}p")]


def moved_into_one_tree(plan, brief_docx: list[bytes]) -> bytes:
    """pack.docx's document.xml made as before parts: each brief's body parsed and moved into
    the pack's own tree, which is then serialized whole."""
    pack = _DocxPack(plan)
    pack.cover()
    pack.contents()
    for number, data in enumerate(brief_docx, start=1):
        pack.page_break()
        body = etree.fromstring(document_xml(data)).find(f"{W}body")
        for element in body.iter(f"{W}bookmarkStart", f"{W}bookmarkEnd"):
            if element.tag == f"{W}bookmarkStart":
                element.set(f"{W}name", f"b{number}_" + element.get(f"{W}name"))
            element.set(f"{W}id", str(int(element.get(f"{W}id")) + number * 10_000))
        for link in body.iter(f"{W}hyperlink"):
            if link.get(f"{W}anchor"):
                link.set(f"{W}anchor", f"b{number}_" + link.get(f"{W}anchor"))
        children = [child for child in body if child.tag != f"{W}sectPr"]
        for child in children:
            pack.document.element.body.sectPr.addprevious(child)
        insert_bookmark(next(c for c in children if c.tag == f"{W}p"), f"brief_{number}", number)
    pack.sources_appendix()
    return serialize_part_xml(pack.document.element)


def test_pack_docx_is_a_package_python_docx_opens(sample, pack_docx):
    briefs, brief_docx, _ = sample
    with zipfile.ZipFile(io.BytesIO(pack_docx)) as archive:
        assert archive.testzip() is None
        assert archive.namelist()[0] == "[Content_Types].xml"
        assert {i.date_time for i in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    opened = docx.Document(io.BytesIO(pack_docx))
    assert opened.core_properties.category == briefs[0].classification
    assert "Sources appendix" in [p.text for p in opened.paragraphs]
    # Each brief's paragraphs, whole and in pack order, each brief after a page break.
    texts = paragraph_texts(document_xml(pack_docx))
    position = 0
    for data in brief_docx:
        own = paragraph_texts(document_xml(data))
        start = next(i for i in range(position, len(texts)) if texts[i:i + len(own)] == own)
        assert texts[start - 1] == ""
        position = start + len(own)
    assert texts[position:].count("Sources appendix") == 1


def test_pack_document_xml_is_the_briefs_moved_into_one_tree(sample, pack_docx):
    _, brief_docx, plan = sample
    assert document_xml(pack_docx) == moved_into_one_tree(plan, brief_docx)


def test_pack_bookmarks_are_unique_and_every_link_has_its_target(pack_docx):
    root = etree.fromstring(document_xml(pack_docx))
    starts = list(root.iter(f"{W}bookmarkStart"))
    names = [b.get(f"{W}name") for b in starts]
    ids = [b.get(f"{W}id") for b in starts]
    assert len(set(names)) == len(names) and len(set(ids)) == len(ids)
    assert sorted(ids) == sorted(b.get(f"{W}id") for b in root.iter(f"{W}bookmarkEnd"))
    anchors = {h.get(f"{W}anchor") for h in root.iter(f"{W}hyperlink")}
    assert {"brief_1", "appendix", "b1_source_1"} <= anchors <= set(names)


def test_same_inputs_give_the_same_pack_docx(sample, parts, pack_docx):
    _, brief_docx, plan = sample
    assert render_pack_docx(plan, parts) == pack_docx
    again = [pack_docx_part(number, data) for number, data in enumerate(brief_docx, start=1)]
    assert render_pack_docx(plan, again) == pack_docx
    from_cache = [PackDocxPart.from_bytes(part.to_bytes()) for part in parts]
    assert render_pack_docx(plan, from_cache) == pack_docx


def test_a_part_depends_only_on_its_number_and_the_brief(sample, parts):
    _, brief_docx, _ = sample
    again = pack_docx_part(2, brief_docx[1])
    assert again == parts[1] and again.to_bytes() == parts[1].to_bytes()
    elsewhere = pack_docx_part(3, brief_docx[1])
    assert elsewhere.number == 3 and elsewhere.deflated != parts[1].deflated
    inflated = zlib.decompressobj(-15).decompress(parts[0].deflated)
    assert len(inflated) == parts[0].size and zlib.crc32(inflated) == parts[0].crc32
    assert inflated.startswith(b"<w:p>") and b"xmlns" not in inflated


def test_part_bytes_round_trip(parts):
    for part in parts:
        data = part.to_bytes()
        assert PackDocxPart.from_bytes(data) == part
        assert PackDocxPart.from_bytes(memoryview(data)) == part


@pytest.mark.parametrize("damage", ["empty", "zip", "random", "truncated", "flipped", "magic",
                                    "unflushed"])
def test_part_from_garbage_is_a_value_error(parts, damage):
    good = parts[0].to_bytes()
    garbage = {
        "empty": b"",
        "zip": b"PK\x03\x04" + bytes(60),
        "random": random.Random(7).randbytes(500),
        "truncated": good[:-10],
        "flipped": good[:40] + bytes([good[40] ^ 1]) + good[41:],
        "magic": b"bgdocx9\n" + good[8:],
        # A deflate stream closed with Z_FINISH, its checksum right: it must not be joined.
        "unflushed": _part_bytes(deflate(b"<w:p/>")),
    }[damage]
    with pytest.raises(ValueError):
        PackDocxPart.from_bytes(garbage)


def _part_bytes(piece: DeflatedPiece) -> bytes:
    return struct.pack("<8s4L", b"bgdocx1\n", 1, piece.crc32, piece.size,
                       zlib.crc32(piece.deflated)) + piece.deflated


def test_parts_out_of_order_are_refused(sample, parts):
    _, _, plan = sample
    with pytest.raises(ValueError, match="numbered 1 to 4 in order"):
        render_pack_docx(plan, [parts[1], parts[0], *parts[2:]])
    with pytest.raises(ValueError, match="numbered 1 to 4"):
        render_pack_docx(plan, parts[:3])


def test_crc32_combine_is_zlib_crc32_of_the_concatenation():
    chance = random.Random(1)
    for len1, len2 in [(0, 0), (0, 1), (1, 0), (1, 1), (3, 5), (1000, 4096), (17, 1 << 20),
                       *[(chance.randrange(5000), chance.randrange(300_000)) for _ in range(20)]]:
        first, second = chance.randbytes(len1), chance.randbytes(len2)
        assert crc32_combine(zlib.crc32(first), zlib.crc32(second), len2) == \
            zlib.crc32(first + second), (len1, len2)


def test_joined_pieces_inflate_to_the_concatenation():
    texts = [b"<w:body>", b"", "نص عربي".encode() * 500, bytes(range(256)) * 40, b"</w:body>"]
    pieces = [deflate(text, last=False) for text in texts[:-1]] + [deflate(texts[-1])]
    joined = join(pieces)
    whole = b"".join(texts)
    assert zlib.decompress(joined.deflated, -15) == whole
    assert (joined.crc32, joined.size) == (zlib.crc32(whole), len(whole))
    with pytest.raises(ValueError, match="Z_FULL_FLUSH"):
        join([deflate(b"closed"), deflate(b"after")])


def test_write_zip_lays_members_out_as_zipfile_does():
    members = [("[Content_Types].xml", b"<Types/>" * 30), ("word/document.xml", bytes(5000)),
               ("word/media/image1.png", random.Random(3).randbytes(2000))]
    expected = io.BytesIO()
    with zipfile.ZipFile(expected, "w") as archive:
        for name, data in members:
            entry = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            archive.writestr(entry, data)
    assert write_zip([(name, deflate(data)) for name, data in members]) == expected.getvalue()


def test_write_zip_refuses_what_needs_zip64():
    with pytest.raises(RenderError, match="4 GiB"):
        write_zip([("word/document.xml", DeflatedPiece(b"\x03\x00", 0, 1 << 32))])


def test_libreoffice_opens_the_pack_docx(sample, pack_docx, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.fail("LibreOffice is missing: install libreoffice-writer-nogui (.ci/run does)")
    from briefgen.render.fonts import font_dirs

    briefs, _, _ = sample
    conf = tmp_path / "fonts.conf"
    dirs = "".join(f"<dir>{d}</dir>" for d in font_dirs())
    conf.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
                    f'<include ignore_missing="yes">/etc/fonts/fonts.conf</include>{dirs}'
                    f"<cachedir>{tmp_path}/cache</cachedir></fontconfig>")
    (tmp_path / "pack.docx").write_bytes(pack_docx)
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(tmp_path / "pack.docx")],
        check=True, capture_output=True, timeout=300,
        env={**os.environ, "FONTCONFIG_FILE": str(conf)},
    )
    assert (tmp_path / "pack.pdf").exists(), "LibreOffice exits 0 even when it cannot load a file"
    text = " ".join(pdftotext(tmp_path / "pack.pdf").split())
    for brief in briefs:
        assert " ".join(brief.title.value.split()) in text
        assert " ".join(brief.summary.value.split())[:60] in text
    assert "Sources appendix" in text


def test_no_docx_changes_the_parts_every_docx_shares(sample, parts):
    """Briefs share the template's styles, theme… by reference: none may change them."""
    from briefgen.render.docx import SHARED_PARTS, _shared_parts, _styled_template

    briefs, _, plan = sample
    for brief in briefs:
        render_docx(brief)
    render_pack_docx(plan, parts)
    kept = _shared_parts()
    template_parts = [part for part in _styled_template().part.package.iter_parts()
                      if part.partname in SHARED_PARTS]
    assert len(template_parts) == len(kept) >= 2
    for part in template_parts:
        assert part.blob == kept[id(part)], part.partname
