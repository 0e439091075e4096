"""The pipeline's stages and its one cache: plans, keys, entries that are not what they claim."""

from __future__ import annotations

import hashlib
import shutil
import zipfile
from pathlib import Path

import pytest
from lxml import etree

import briefgen.render.pdf
from briefgen.build import build
from briefgen.cache import CACHE_DIR, RAW, Store

from conftest import ROOT, pdftotext

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _pageref_numbers(path: Path) -> list[int]:
    """The page numbers pack.docx's contents show (the PAGEREF fields' cached values)."""
    with zipfile.ZipFile(path) as package:
        root = etree.fromstring(package.read("word/document.xml"))
    numbers, inside = [], False
    for element in root.iter(f"{W}instrText", f"{W}t"):
        if element.tag == f"{W}instrText" and "PAGEREF" in (element.text or ""):
            inside = True
        elif inside and element.tag == f"{W}t":
            numbers.append(int(element.text))
            inside = False
    return numbers


def _pdf_contents_numbers(path: Path, count: int) -> list[int]:
    """The page numbers pack.pdf's contents print, read back with pdftotext."""
    text = pdftotext(path, "-layout")
    contents = text.split("Contents", 1)[1]
    numbers = [int(line.split()[-1]) for line in contents.splitlines()
               if line.strip() and line.split()[-1].isdigit()]
    return numbers[:count]


def test_a_docx_only_pack_plans_its_pages_from_the_laid_out_front_matter(scratch, tmp_path):
    # Contents entries tall enough that the cover and contents take more than two pages.
    templates = scratch.root / "templates"
    templates.mkdir()
    css = (ROOT / "src/briefgen/templates/pack.css").read_text("utf-8")
    (templates / "pack.css").write_text(css + "\n.toc li { margin-bottom: 8cm; }\n", "utf-8")
    docx_only = build(scratch, [scratch.root / "briefs"], tmp_path / "docx", ("docx",), jobs=1)
    shutil.rmtree(scratch.root / CACHE_DIR)
    both = build(scratch, [scratch.root / "briefs"], tmp_path / "both", ("pdf", "docx"), jobs=1)
    docx_numbers = _pageref_numbers(tmp_path / "docx" / "pack.docx")
    pdf_numbers = _pdf_contents_numbers(tmp_path / "both" / "pack.pdf", len(docx_numbers))
    assert sorted(docx_numbers) == sorted(pdf_numbers)
    assert docx_numbers[0] > 3  # brief 1 starts after a front matter of three pages or more
    assert docx_only.pack_pages == both.pack_pages


def test_the_order_of_formats_does_not_change_what_the_cache_finds(scratch, tmp_path):
    briefs = [scratch.root / "briefs"]
    first = build(scratch, briefs, tmp_path / "a", ("pdf", "docx"), jobs=1)
    assert first.cache_hits == 0
    again = build(scratch, briefs, tmp_path / "b", ("docx", "pdf"), jobs=1)
    assert again.cache_hits == len(again)
    for name in ("pack.pdf", "pack.docx", f"{first[0].brief.id}.pdf"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_a_format_added_later_lays_out_only_that_format(scratch, tmp_path, monkeypatch):
    spec = scratch.root / "briefs/iran-pakistan.yaml"
    build(scratch, [spec], tmp_path, ("pdf",), jobs=1)

    def refuse(*args, **kwargs):
        raise AssertionError("the PDF was laid out again")

    monkeypatch.setattr(briefgen.render.pdf, "render_pdf", refuse)
    build(scratch, [spec], tmp_path, ("pdf", "docx"), jobs=1)
    assert (tmp_path / "iran-pakistan.docx").exists()


# --- The cache is untrusted ------------------------------------------------------------------

def _entries(project) -> list[Path]:
    return sorted((project.root / CACHE_DIR).glob("*.bin"))


def _rewrite(path: Path, payload: bytes, sealed: bool = True) -> None:
    """Give an entry new content under its own key: sealed as briefgen seals it (a forger
    who has this user's secret), or with a plain SHA-256 (one who has not)."""
    from briefgen.cache import _seal

    lines = path.read_bytes().split(b"\n", 3)
    key = lines[1].decode("ascii")
    seal = _seal(key, payload) if sealed else hashlib.sha256(payload).hexdigest().encode()
    path.write_bytes(b"\n".join([lines[0], lines[1], seal, payload]))


def _good_build(project, out):
    return build(project, [project.root / "briefs"], out, ("pdf", "docx"), jobs=1)


@pytest.mark.parametrize("damage", ["truncate", "empty", "flip", "swap"])
def test_a_damaged_entry_is_rebuilt_never_shipped(scratch, tmp_path, damage):
    reference = _good_build(scratch, tmp_path / "reference")
    entries = _entries(scratch)
    assert entries
    for number, entry in enumerate(entries):
        data = entry.read_bytes()
        if damage == "truncate":
            entry.write_bytes(data[: len(data) // 2])
        elif damage == "empty":
            entry.write_bytes(b"")
        elif damage == "flip":
            entry.write_bytes(data[:-10] + bytes([data[-10] ^ 0xFF]) + data[-9:])
        elif damage == "swap":  # each entry under its neighbour's name
            shutil.copyfile(entries[(number + 1) % len(entries)], tmp_path / f"{number}.bin")
    if damage == "swap":
        for number, entry in enumerate(entries):
            shutil.move(tmp_path / f"{number}.bin", entry)
    again = _good_build(scratch, tmp_path / "again")
    assert again.cache_hits == 0
    for name in [*(f"{b.brief.id}.{fmt}" for b in reference for fmt in ("pdf", "docx")),
                 "pack.pdf", "pack.docx"]:
        assert (tmp_path / "again" / name).read_bytes() == \
            (tmp_path / "reference" / name).read_bytes(), name


def test_a_cached_brief_with_a_foreign_id_is_not_used(scratch, tmp_path):
    _good_build(scratch, tmp_path / "first")
    tampered = 0
    for entry in _entries(scratch):
        payload = entry.read_bytes().split(b"\n", 3)[3]
        if b'"@":"Brief"' in payload:
            _rewrite(entry, payload.replace(b'"id":"iran-pakistan"', b'"id":"../evil"'))
            tampered += 1
    assert tampered
    again = _good_build(scratch, tmp_path / "out")
    assert not (tmp_path / "evil.pdf").exists() and not list(tmp_path.glob("*.pdf"))
    assert (tmp_path / "out" / "iran-pakistan.pdf").exists()
    assert "iran-pakistan" in [b.brief.id for b in again]


def test_a_forged_page_count_is_laid_out_again(scratch, tmp_path):
    reference = _good_build(scratch, tmp_path / "first")
    from briefgen.render.engine import PdfRendering

    forged_entries = 0
    for entry in _entries(scratch):
        payload = entry.read_bytes().split(b"\n", 3)[3]
        try:
            rendering = PdfRendering.from_bytes(payload)
        except Exception:
            continue
        forged = PdfRendering(rendering.pdf, rendering.segment, rendering.pages + 40, ())
        _rewrite(entry, forged.to_bytes())  # under its own key, with a matching digest
        forged_entries += 1
    assert forged_entries == len(reference)
    again = _good_build(scratch, tmp_path / "again")
    assert again.pack_pages == reference.pack_pages
    for name in ("pack.pdf", "pack.docx"):
        assert (tmp_path / "again" / name).read_bytes() == \
            (tmp_path / "first" / name).read_bytes()
    report = build(scratch, [scratch.root / "briefs"], tmp_path / "nc", ("pdf", "docx"), jobs=1,
                   use_cache=False)  # --no-cache replaces what it rebuilds
    assert report.cache_hits == 0
    assert _good_build(scratch, tmp_path / "after").cache_hits == len(report)


def test_an_entry_made_for_another_key_is_not_read(tmp_path):
    store = Store(tmp_path)
    store.put("aa", b"%PDF-1.7 first", RAW)
    shutil.copyfile(tmp_path / "aa.bin", tmp_path / "bb.bin")
    assert store.get("bb", RAW) is None
    assert not (tmp_path / "bb.bin").exists()  # a foreign entry is removed
    assert store.get("aa", RAW) == b"%PDF-1.7 first"


def test_a_cache_that_cannot_be_written_leaves_no_partial_entry(tmp_path, monkeypatch):
    store = Store(tmp_path)
    import os

    real_fdopen = os.fdopen

    class FullDisk:
        def __init__(self, handle, mode):
            self.file = real_fdopen(handle, mode)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.file.close()

        def write(self, data):
            raise OSError(28, "No space left on device")

    monkeypatch.setattr("briefgen.cache.os.fdopen", FullDisk)
    store.put("cc", b"data", RAW)
    assert list(tmp_path.iterdir()) == []


def test_an_entry_forged_without_the_users_secret_is_not_shipped(scratch, tmp_path):
    spec = scratch.root / "briefs/iran-pakistan.yaml"
    build(scratch, [spec], tmp_path / "first", ("html",), jobs=1)
    forged = b"<!DOCTYPE html><html><body>FORGED<img src='http://evil.example/x'></body></html>"
    for entry in _entries(scratch):
        if entry.read_bytes().split(b"\n", 3)[3].startswith(b"<!DOCTYPE html>"):
            _rewrite(entry, forged, sealed=False)
    report = build(scratch, [spec], tmp_path / "out", ("html",), jobs=1)
    assert report.cache_hits == 0
    assert b"FORGED" not in (tmp_path / "out/iran-pakistan.html").read_bytes()


def test_prune_removes_only_briefgens_own_entries_and_never_through_a_link(tmp_path):
    import os
    import time

    month_ago = time.time() - 30 * 86400
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "notes.txt").write_text("precious")
    os.utime(victim / "notes.txt", (month_ago, month_ago))
    linked = tmp_path / "project-a" / CACHE_DIR
    linked.parent.mkdir()
    linked.symlink_to(victim)
    Store(linked).prune()
    assert (victim / "notes.txt").exists()

    folder = tmp_path / "project-b" / CACHE_DIR
    folder.mkdir(parents=True)
    old_entry = folder / ("ab" * 32 + ".bin")
    for path in (old_entry, folder / "dist-output.pdf"):
        path.write_bytes(b"x")
        os.utime(path, (month_ago, month_ago))
    Store(folder).prune()
    assert not old_entry.exists() and (folder / "dist-output.pdf").exists()


def test_a_fifo_or_a_device_as_an_entry_is_not_read(tmp_path):
    import os

    store = Store(tmp_path)
    os.mkfifo(tmp_path / ("cd" * 32 + ".bin"))
    (tmp_path / ("ef" * 32 + ".bin")).symlink_to("/dev/zero")
    assert store.get("cd" * 32, RAW) is None and store.get("ef" * 32, RAW) is None
    assert not list(tmp_path.iterdir())  # both removed


def test_a_cache_folder_that_is_a_link_is_neither_read_nor_written_through(tmp_path):
    # round 27's hostile review: ln -s /etc .briefgen-cache, then build, wrote 27 entries
    # into /etc. A linked cache only costs time now.
    outside = tmp_path / "outside"
    outside.mkdir()
    linked = tmp_path / "project" / CACHE_DIR
    linked.parent.mkdir()
    linked.symlink_to(outside)
    store = Store(linked)
    assert store.remembered("ab" * 32, lambda: b"made", RAW) == b"made"
    assert list(outside.iterdir()) == []
    plain = Store(tmp_path / "project-b" / CACHE_DIR)
    plain.put("ab" * 32, b"kept", RAW)
    (outside / ("ab" * 32 + ".bin")).write_bytes(
        ((tmp_path / "project-b" / CACHE_DIR) / ("ab" * 32 + ".bin")).read_bytes())
    assert store.get("ab" * 32, RAW) is None  # a good entry behind the link is not read
