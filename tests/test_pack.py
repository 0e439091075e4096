"""Packs: cover, contents with real page numbers, outline, tags, manifest, cache, speed knobs."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pikepdf
import pytest
from lxml import etree

from briefgen.build import build

from conftest import ROOT, pdftotext, struct_elements

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="session")
def pack_build(project, tmp_path_factory):
    out = tmp_path_factory.mktemp("pack")
    report = build(project, [ROOT / "briefs"], out, ("pdf", "docx"), use_cache=False, jobs=2)
    return out, report


def pages_text(pdf: Path) -> list[str]:
    return pdftotext(pdf).split("\f")[:-1]


def test_pack_pdf_has_cover_contents_every_brief_and_appendix(pack_build):
    out, report = pack_build
    pages = pages_text(out / "pack.pdf")
    assert len(pages) == report.pack_pages
    assert "Afghanistan's neighbours and the Taliban" in " ".join(pages[0].split())
    assert "Contents" in pages[1]
    # Every brief starts on the page the contents give for it.
    contents = pages[1]
    for built in report:
        title = built.brief.title.value
        assert title in contents
        line = next(row for row in contents.splitlines() if row.strip() == title)
        after = contents.splitlines()[contents.splitlines().index(line) + 1:]
        first_page = int(next(row for row in after if row.strip().isdigit()))
        assert pages[first_page - 1].count(title) >= 1, (title, first_page)
        assert built.brief.summary.value[:40] in pages[first_page - 1].replace("\n", " ")
    assert "Sources appendix" in pages[-1]
    for number, page in enumerate(pages, start=1):
        assert f"page {number} of {len(pages)}" in page


def test_pack_follows_pack_yaml_order(pack_build):
    out, report = pack_build
    order = [line.strip() for line in (ROOT / "briefs/pack.yaml").read_text().splitlines()
             if line.startswith("  - ")]
    contents = pages_text(out / "pack.pdf")[1]
    positions = [contents.index(next(b.brief.title.value for b in report
                                     if b.brief.id == brief_id[2:])) for brief_id in order]
    assert positions == sorted(positions)


def test_pack_outline_links_and_metadata(pack_build):
    out, report = pack_build
    with pikepdf.open(out / "pack.pdf") as pdf:
        index = {page.obj.objgen: n for n, page in enumerate(pdf.pages)}
        with pdf.open_outline() as outline:
            top = [item.title for item in outline.root]
            assert top[0] == "Cover" and top[-1] == "Sources appendix"
            for built in report:
                item = next(i for i in outline.root if i.title == built.brief.title.value)
                assert [c.title for c in item.children][:2] == ["Summary", "Background"]
        # Contents entries jump to the first page of their brief.
        jumps = {index[a.Dest[0].objgen] for a in pdf.pages[1].obj.Annots if "/Dest" in a}
        assert not [a for a in pdf.pages[1].obj.Annots if "/A" in a], "a link left unresolved"
        contents = pages_text(out / "pack.pdf")
        starts = {next(n for n, text in enumerate(contents) if n > 1 and
                       " ".join(text.split()).count(b.brief.title.value) >= 2)
                  for b in report}
        assert jumps == starts | {len(contents) - 1}
        # Citations inside briefs still land on pages of the pack.
        citation_targets = [a.Dest for page in pdf.pages[2:] for a in page.obj.get("/Annots", [])
                            if "/Dest" in a]
        assert citation_targets and all(isinstance(d, pikepdf.Array) for d in citation_targets)
        assert str(pdf.Root.Lang) == "en"
        assert pdf.docinfo["/Title"] == "Afghanistan's neighbours and the Taliban"
        assert "/Subject" in pdf.docinfo and "/Author" in pdf.docinfo


def test_pack_is_tagged_and_arabic_blocks_carry_lang_ar(pack_build):
    out, report = pack_build
    with pikepdf.open(out / "pack.pdf") as pdf:
        assert pdf.Root.MarkInfo.Marked
        elements = list(struct_elements(pdf))
        arabic = [e for e in elements if str(e.get("/Lang", "")) == "ar"]
        paragraphs = [e for e in arabic if e.S == "/P"]
        cited = sum(len(e.paragraphs) for b in report for e in b.brief.excerpts)
        assert len(paragraphs) >= cited
        assert all(str(e.get("/Lang", "en")) in ("en", "ar") for e in elements)
        # Every page's marked content, and every link, is reachable from the one parent
        # tree; its keys are unique, ordered and within each node's limits.
        tree = number_tree(pdf.Root.StructTreeRoot.ParentTree)
        keys = [key for key, _ in tree]
        assert keys == sorted(set(keys))
        assert int(pdf.Root.StructTreeRoot.ParentTreeNextKey) > keys[-1]
        entries = dict(tree)
        for page in pdf.pages:
            marked = entries[int(page.obj.StructParents)]
            assert all(e.Type == "/StructElem" for e in marked)
            for annotation in page.obj.get("/Annots", []):
                owner = entries[int(annotation.StructParent)]
                kids = owner.K if isinstance(owner.K, pikepdf.Array) else [owner.K]
                assert any(isinstance(k, pikepdf.Dictionary) and k.get("/Obj") is not None
                           and k.Obj.objgen == annotation.objgen for k in kids)


def number_tree(node) -> list:
    """A number tree's (key, value) pairs in order, checking each node's /Limits."""
    pairs = []
    if "/Nums" in node:
        nums = list(node.Nums)
        pairs = [(int(nums[i]), nums[i + 1]) for i in range(0, len(nums), 2)]
    for kid in node.get("/Kids", []):
        found = number_tree(kid)
        low, high = (int(x) for x in kid.Limits)
        assert found and found[0][0] == low and found[-1][0] == high
        pairs += found
    return pairs


def test_pack_pdf_is_sound(pack_build):
    """qpdf finds nothing to repair, and every object the pack names is there."""
    out, _ = pack_build
    with pikepdf.open(out / "pack.pdf") as pdf:
        assert pdf.check_pdf_syntax() == []
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream):
                obj.read_bytes()  # every stream decodes
        assert not pdf.get_warnings()
    result = subprocess.run(["pdfinfo", str(out / "pack.pdf")], capture_output=True, text=True)
    assert result.returncode == 0 and "Error" not in result.stderr, result.stderr


def test_pack_passes_the_pdfua_smoke_check(pack_build):
    out, _ = pack_build
    result = subprocess.run([sys.executable, "-m", "pdfua", "check", str(out / "pack.pdf")],
                            capture_output=True, text=True)
    if "No module named pdfua" in result.stderr:
        pytest.fail("pdfua is missing: pip install -e '.[test]'")
    assert result.returncode == 0, result.stdout + result.stderr


def test_pack_docx_contents_filled_in_and_banner(pack_build):
    out, report = pack_build
    with zipfile.ZipFile(out / "pack.docx") as package:
        document = etree.fromstring(package.read("word/document.xml"))
        settings = package.read("word/settings.xml").decode()
        header = package.read(next(n for n in package.namelist()
                                   if n.startswith("word/header"))).decode()
        footer = package.read(next(n for n in package.namelist()
                                   if n.startswith("word/footer"))).decode()
    assert "updateFields" not in settings
    instructions = [t.text for t in document.iter(f"{W}instrText")]
    assert sum("PAGEREF brief_" in i for i in instructions) == len(report)
    bookmarks = {b.get(f"{W}name") for b in document.iter(f"{W}bookmarkStart")}
    assert {f"brief_{n}" for n in range(1, len(report) + 1)} <= bookmarks
    # Each brief's own bookmarks are renamed apart, so every link has one target.
    anchors = [h.get(f"{W}anchor") for h in document.iter(f"{W}hyperlink")]
    assert anchors and set(anchors) <= bookmarks
    assert len(bookmarks) == len(list(document.iter(f"{W}bookmarkStart")))
    assert "UNCLASSIFIED" in header and "UNCLASSIFIED" in footer and "NUMPAGES" in footer


def test_manifest_hashes_every_output_and_input(pack_build):
    out, _ = pack_build
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["briefgen"]
    for name, digest in manifest["outputs"].items():
        assert hashlib.sha256((out / name).read_bytes()).hexdigest() == digest
    assert "pack.pdf" in manifest["outputs"] and "pack.docx" in manifest["outputs"]
    inputs = manifest["inputs"]
    assert "briefs/pack.yaml" in inputs["specs"] and "briefs/iran-taliban.yaml" in inputs["specs"]
    assert "seeds/000_9adeab1d9a5ac9f6.txt" in inputs["sources"]
    assert "brief.css" in inputs["templates"] and "Amiri-Regular.ttf" in inputs["fonts"]
    spec = ROOT / "briefs/iran-taliban.yaml"
    assert (inputs["specs"]["briefs/iran-taliban.yaml"]
            == hashlib.sha256(spec.read_bytes()).hexdigest())


def test_builds_are_byte_identical(project, pack_build, tmp_path):
    out, _ = pack_build
    again = tmp_path / "again"
    build(project, [ROOT / "briefs"], again, ("pdf", "docx"), use_cache=False, jobs=1)
    for path in sorted(out.iterdir()):
        if path.name.startswith("."):
            continue
        assert (again / path.name).read_bytes() == path.read_bytes(), path.name


def test_cold_builds_are_byte_identical_without_harfbuzz_subset(two_briefs, tmp_path,
                                                                monkeypatch):
    # Without libharfbuzz-subset0 WeasyPrint subsets with fontTools, which dates each subset.
    import weasyprint.pdf.fonts

    monkeypatch.setattr(weasyprint.pdf.fonts, "harfbuzz_subset", None)  # workers fork after
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    project, briefs = two_briefs
    first, second = tmp_path / "first", tmp_path / "second"
    build(project, [briefs], first, ("pdf",), use_cache=False, jobs=2)
    time.sleep(1.5)  # the date in a font counts whole seconds
    build(project, [briefs], second, ("pdf",), use_cache=False, jobs=2)
    names = sorted(p.name for p in first.iterdir() if not p.name.startswith("."))
    assert names == ["iran-pakistan.pdf", "iran-taliban.pdf", "manifest.json", "pack.pdf"]
    for name in names:
        assert (second / name).read_bytes() == (first / name).read_bytes(), name
    assert "SOURCE_DATE_EPOCH" not in os.environ


def test_cache_renders_only_what_changed(scratch):
    briefs = scratch.root / "briefs"
    out = scratch.root / "dist"
    first = build(scratch, [briefs], out, ("pdf",), jobs=1)
    assert first.cache_hits == 0
    second = build(scratch, [briefs], out, ("pdf",), jobs=1)
    assert second.cache_hits == len(second)
    spec = briefs / "iran-pakistan.yaml"
    spec.write_text(spec.read_text().replace("Iran–Pakistan security ties",
                                             "Iran–Pakistan security ties, revised"))
    third = build(scratch, [briefs], out, ("pdf",), jobs=1)
    rendered = [b.brief.id for b in third if not b.cached]
    assert rendered == ["iran-pakistan"]
    assert "revised" in pdftotext(out / "pack.pdf")
    no_cache = build(scratch, [briefs], out, ("pdf",), jobs=1, use_cache=False)
    assert no_cache.cache_hits == 0


def test_rebuild_after_a_brief_grows_equals_a_cold_build(scratch, tmp_path):
    """A brief that outgrows its object numbers moves every later brief's segment; the pack
    built from the cache must still be byte for byte the pack built from nothing."""
    briefs = scratch.root / "briefs"
    out = scratch.root / "dist"
    build(scratch, [briefs], out, ("pdf",), jobs=1)
    with pikepdf.open(out / "pack.pdf") as pdf:
        second_brief = _brief_start_objects(pdf)[1]
    spec = briefs / "iran-taliban.yaml"  # the first brief of pack.yaml
    text = spec.read_text("utf-8")
    start = text.index("background:\n") + len("background:\n")
    end = text.index("\nactors:") + 1
    spec.write_text(text[:end] + text[start:end] * 8 + text[end:], "utf-8")
    rebuilt = build(scratch, [briefs], out, ("pdf",), jobs=1)
    assert [b.brief.id for b in rebuilt if not b.cached] == ["iran-taliban"]
    cold = build(scratch, [briefs], tmp_path / "cold", ("pdf",), jobs=1, use_cache=False)
    assert cold.cache_hits == 0
    assert (out / "pack.pdf").read_bytes() == (tmp_path / "cold" / "pack.pdf").read_bytes()
    with pikepdf.open(out / "pack.pdf") as pdf:
        assert _brief_start_objects(pdf)[1] != second_brief  # it did move
        assert len(pdf.pages) == rebuilt.pack_pages
        assert pdf.Root.StructTreeRoot.K[0].S == "/Document"


def _brief_start_objects(pdf: pikepdf.Pdf) -> list[int]:
    """The object numbers of the pages the contents' links jump to, in order."""
    targets = [a.Dest[0].objgen[0] for a in pdf.pages[1].obj.Annots if "/Dest" in a]
    return list(dict.fromkeys(targets))


def test_highest_classification_marks_the_pack(scratch):
    briefs = scratch.root / "briefs"
    (briefs / "pack.yaml").unlink()
    spec = briefs / "iran-pakistan.yaml"
    spec.write_text(spec.read_text().replace("classification: UNCLASSIFIED",
                                             "classification: CONFIDENTIAL"))
    out = scratch.root / "dist"
    report = build(scratch, [briefs], out, ("pdf", "docx"), jobs=1)
    pages = pages_text(out / "pack.pdf")
    assert "CONFIDENTIAL" in pages[0].replace(" ", "")
    assert "Briefing pack" in pages[0]  # the default title without pack.yaml
    assert "CONFIDENTIAL" in pages[-1].replace(" ", "")  # the appendix too
    with zipfile.ZipFile(out / "pack.docx") as package:
        header = package.read(next(n for n in package.namelist()
                                   if n.startswith("word/header"))).decode()
    assert "CONFIDENTIAL" in header
    assert len(report) == 4


def test_single_spec_builds_no_pack(scratch):
    out = scratch.root / "dist"
    build(scratch, [scratch.root / "briefs/iran-pakistan.yaml"], out, ("pdf",), jobs=1)
    assert (out / "iran-pakistan.pdf").exists() and not (out / "pack.pdf").exists()


def test_cli_summary_and_help_speed(scratch):
    result = subprocess.run([sys.executable, "-m", "briefgen.cli", "--project", str(scratch.root),
                             "build", str(scratch.root / "briefs"), "-o",
                             str(scratch.root / "dist"), "--format", "pdf", "-j", "2"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert sum(line.startswith("built ") for line in lines) == 4
    assert "4 brief(s)" in lines[-1] and "from cache" in lines[-1] and "pages" in lines[-1]
    # Heavy libraries load only where used: --help imports none of them.
    probe = ("import sys, briefgen.cli; from click.testing import CliRunner; "
             "CliRunner().invoke(briefgen.cli.cli, ['--help']); "
             "print(sorted(m for m in ('weasyprint', 'docx', 'pikepdf', 'rich', 'jinja2') "
             "if m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert loaded.stdout.strip() == "[]", loaded.stdout + loaded.stderr
