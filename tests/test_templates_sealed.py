"""Templates read only regular files inside the template folders, and every file they can read
is in the cache key and the manifest."""

from __future__ import annotations

import json
import os

import pytest

from briefgen.build import build
from briefgen.errors import ProjectError

from conftest import ROOT, pdftotext


def _body_including(project, partial: str) -> None:
    templates = project.root / "templates"
    templates.mkdir(exist_ok=True)
    body = (ROOT / "src/briefgen/templates/brief_body.html").read_text("utf-8")
    (templates / "brief_body.html").write_text(
        body.replace("<h2>Summary</h2>", f'<h2>Summary</h2>{{% include "{partial}" %}}'), "utf-8")


def _build(project, out, formats=("html",)):
    return build(project, [project.root / "briefs/iran-pakistan.yaml"], out, formats, jobs=1)


@pytest.mark.parametrize("fmt", ["pdf", "html"])
def test_a_template_linked_to_a_file_outside_is_refused(scratch, tmp_path, fmt):
    _body_including(scratch, "leak.txt")
    os.symlink("/etc/passwd", scratch.root / "templates/leak.txt")
    with pytest.raises(ProjectError) as raised:
        _build(scratch, tmp_path / "out", (fmt,))
    assert "leak.txt: a template may only be a regular file inside" in str(raised.value)
    assert not (tmp_path / "out").exists()


def test_a_partial_in_a_folder_linked_out_of_the_templates_is_refused(scratch, tmp_path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "note.html").write_text("<p>FROM OUTSIDE</p>")
    _body_including(scratch, "linked/note.html")
    os.symlink(outside, scratch.root / "templates/linked")
    with pytest.raises(ProjectError):
        _build(scratch, tmp_path / "out")


def test_a_partial_in_a_hidden_folder_is_not_a_template(scratch, tmp_path):
    _body_including(scratch, ".hidden/note.html")
    (scratch.root / "templates/.hidden").mkdir()
    (scratch.root / "templates/.hidden/note.html").write_text("<p>HIDDEN</p>")
    with pytest.raises(ProjectError) as raised:
        _build(scratch, tmp_path / "out")
    assert ".hidden/note.html" in str(raised.value)


def test_a_partial_in_a_linked_subfolder_counts_for_the_cache_and_manifest(scratch, tmp_path):
    templates = scratch.root / "templates"
    _body_including(scratch, "linked/note.html")
    (templates / "parts").mkdir()
    os.symlink(templates / "parts", templates / "linked")  # a link inside the folder: allowed
    note = templates / "parts/note.html"
    note.write_text("<p>MARKER-ONE</p>")
    _build(scratch, tmp_path, ("pdf",))
    assert "MARKER-ONE" in pdftotext(tmp_path / "iran-pakistan.pdf")
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert "linked/note.html" in manifest["inputs"]["templates"]
    note.write_text("<p>MARKER-TWO</p>")
    report = _build(scratch, tmp_path, ("pdf",))
    assert report.cache_hits == 0
    assert "MARKER-TWO" in pdftotext(tmp_path / "iran-pakistan.pdf")
