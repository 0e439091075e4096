"""Edges of building a folder: pack spec mistakes, formats, template partials, the cache."""

from __future__ import annotations

import os
import shutil
import time
import zipfile
from pathlib import Path

import pikepdf
import pytest
from click.testing import CliRunner
from lxml import etree

from briefgen.build import build
from briefgen.cache import CACHE_DIR, Store
from briefgen.cli import cli
from briefgen.project import Project

from conftest import ROOT, pdftotext, struct_elements

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture
def scratch(tmp_path) -> Project:
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copytree(ROOT / "briefs", tmp_path / "briefs")
    return Project.at(tmp_path)


def run(project: Project, *args: str):
    result = CliRunner().invoke(cli, ["--project", str(project.root), *args])
    assert "Traceback" not in result.output
    return result


def test_pack_yaml_mistakes_are_located_and_caught_before_rendering(scratch):
    pack = scratch.root / "briefs/pack.yaml"
    text = pack.read_text()
    pack.write_text(text.replace("  - iran-pakistan\n", "  - iran-pakistan\n  - iran-talibn\n"
                                                       "  - iran-pakistan\n"))
    lines = pack.read_text().splitlines()
    typo = lines.index("  - iran-talibn") + 1
    twice = len(lines) - lines[::-1].index("  - iran-pakistan")
    out = scratch.root / "dist"
    result = run(scratch, "build", str(scratch.root / "briefs"), "-o", str(out), "-j", "1")
    assert result.exit_code == 2
    assert f"{pack}:{typo}: briefs: no brief 'iran-talibn' among the specs built" in result.output
    assert f"{pack}:{twice}: briefs: 'iran-pakistan' is listed twice" in result.output
    assert not [line for line in result.output.splitlines() if line.startswith("built ")], \
        "the pack is checked before any brief is laid out"
    result = run(scratch, "validate", str(scratch.root / "briefs"))
    assert result.exit_code == 2 and "iran-talibn" in result.output


def test_validate_reads_pack_yaml(scratch):
    pack = scratch.root / "briefs/pack.yaml"
    pack.write_text(pack.read_text().replace("audience:", "audiance:"))
    result = run(scratch, "validate")
    assert result.exit_code == 2
    assert "audiance: unknown key; did you mean 'audience'?" in result.output


def test_a_brief_may_not_be_called_pack(scratch):
    spec = scratch.root / "briefs/iran-pakistan.yaml"
    spec.write_text(spec.read_text().replace("id: iran-pakistan", "id: pack"))
    line = spec.read_text().splitlines().index("id: pack") + 1
    result = run(scratch, "build", "-o", str(scratch.root / "dist"))
    assert result.exit_code == 2
    assert f"{spec}:{line}: id: 'pack' names the pack's own files" in result.output


def test_docx_only_pack_has_the_pdf_page_numbers(scratch, tmp_path):
    both = tmp_path / "both"
    build(scratch, [scratch.root / "briefs"], both, ("pdf", "docx"), jobs=1)
    docx_only = tmp_path / "docx"
    report = build(scratch, [scratch.root / "briefs"], docx_only, ("docx",), jobs=1)
    assert not list(docx_only.glob("*.pdf"))
    assert all(set(b.files) == {f"{b.brief.id}.docx"} for b in report)

    def cached_pages(path: Path) -> list[str]:
        with zipfile.ZipFile(path) as package:
            root = etree.fromstring(package.read("word/document.xml"))
        numbers, inside = [], False
        for element in root.iter(f"{W}instrText", f"{W}t", f"{W}fldChar"):
            if element.tag == f"{W}instrText" and "PAGEREF" in element.text:
                inside = True
            elif inside and element.tag == f"{W}t":
                numbers.append(element.text)
                inside = False
        return numbers

    pages = cached_pages(docx_only / "pack.docx")
    assert pages == cached_pages(both / "pack.docx")
    assert len(set(pages)) == len(pages) == len(report) + 1  # each brief, and the appendix


def test_pack_docx_has_the_sources_appendix(scratch, tmp_path):
    build(scratch, [scratch.root / "briefs"], tmp_path, ("docx",), jobs=1)
    with zipfile.ZipFile(tmp_path / "pack.docx") as package:
        xml = package.read("word/document.xml").decode()
    assert xml.count("Sources appendix") == 2  # the heading and its contents line
    assert 'w:name="appendix"' in xml and "PAGEREF appendix" in xml
    assert "000_9adeab1d9a5ac9f6" in xml


def test_html_only_builds_no_pack(scratch, tmp_path):
    result = run(scratch, "build", "-o", str(tmp_path), "--format", "html")
    assert result.exit_code == 0
    assert not (tmp_path / "pack.pdf").exists() and "assembling the pack" not in result.output
    assert len(list(tmp_path.glob("*.html"))) == 4


def test_no_format_is_an_error(scratch, tmp_path):
    out = tmp_path / "out"
    result = run(scratch, "build", "-o", str(out), "--format", ",")
    assert result.exit_code == 2 and "choose from pdf, docx, html" in result.output
    assert not out.exists()


def test_a_spec_named_twice_is_built_once(scratch, tmp_path):
    spec = str(scratch.root / "briefs/iran-pakistan.yaml")
    result = run(scratch, "build", spec, spec, "-o", str(tmp_path), "--format", "pdf")
    assert result.exit_code == 0, result.output
    assert result.output.count("built iran-pakistan") == 1


def test_a_partial_in_a_template_subfolder_counts_for_the_cache(scratch, tmp_path):
    templates = scratch.root / "templates"
    (templates / "partials").mkdir(parents=True)
    body = (ROOT / "src/briefgen/templates/brief_body.html").read_text()
    (templates / "brief_body.html").write_text(
        body.replace("<h2>Summary</h2>", '<h2>Summary</h2>{% include "partials/note.html" %}'))
    note = templates / "partials/note.html"
    spec = scratch.root / "briefs/iran-pakistan.yaml"
    note.write_text("<p>MARKER-ONE</p>")
    build(scratch, [spec], tmp_path, ("pdf",), jobs=1)
    assert "MARKER-ONE" in pdftotext(tmp_path / "iran-pakistan.pdf")
    note.write_text("<p>MARKER-TWO</p>")
    report = build(scratch, [spec], tmp_path, ("pdf",), jobs=1)
    assert report.cache_hits == 0
    assert "MARKER-TWO" in pdftotext(tmp_path / "iran-pakistan.pdf")


def test_a_relative_url_in_a_template_resolves_inside_it_or_fails(scratch, tmp_path):
    templates = scratch.root / "templates"
    templates.mkdir()
    css = (ROOT / "src/briefgen/templates/brief.css").read_text()
    (templates / "brief.css").write_text(
        css + '\nh1 { background: url("../../../../../../etc/passwd"); }\n')
    result = run(scratch, "build", str(scratch.root / "briefs/iran-pakistan.yaml"),
                 "-o", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert "file:///etc/passwd" in result.output and "remove the reference" in result.output
    assert not (tmp_path / "out").exists()


def test_arabic_on_the_pack_cover_is_marked(scratch, tmp_path):
    pack = scratch.root / "briefs/pack.yaml"
    pack.write_text(pack.read_text().replace(
        'audience: "Regional security analysts and policy staff"',
        'audience: "Regional analysts (فريق التحليل)"'))
    build(scratch, [scratch.root / "briefs"], tmp_path, ("pdf",), jobs=1)
    with pikepdf.open(tmp_path / "pack.pdf") as pdf:
        langs = [str(e.get("/Lang")) for e in struct_elements(pdf) if "/Lang" in e]
    assert langs.count("ar") >= 2  # the Arabic title and the audience's Arabic


def test_cache_forgets_what_no_build_used_for_two_weeks(tmp_path):
    cache = Store(tmp_path / CACHE_DIR)
    old, new = "a" * 64 + ".bin", "b" * 64 + ".bin"
    (tmp_path / CACHE_DIR).mkdir()
    (tmp_path / CACHE_DIR / old).write_bytes(b"")
    (tmp_path / CACHE_DIR / new).write_bytes(b"")
    month_ago = time.time() - 30 * 86400
    os.utime(tmp_path / CACHE_DIR / old, (month_ago, month_ago))
    cache.prune()
    assert [p.name for p in (tmp_path / CACHE_DIR).iterdir()] == [new]
