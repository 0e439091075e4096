"""Nothing lost: a killed build leaves earlier outputs whole; concurrent builds do not mix."""

from __future__ import annotations

import errno
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from briefgen.build import build
from briefgen.errors import ProjectError
from briefgen.lock import output_lock
from briefgen.project import Project

from conftest import ROOT, pdftotext

BRIEFGEN = [sys.executable, "-c", "from briefgen.cli import main; main()"]


@pytest.fixture
def full_project(tmp_path) -> Project:
    """A copy of the project with all sample briefs."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copytree(ROOT / "briefs", tmp_path / "briefs")
    return Project.at(tmp_path)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_killed_build_leaves_earlier_outputs_and_no_temp_files(full_project):
    root = full_project.root
    out = root / "dist"
    build(full_project, [root / "briefs"], out)
    before = snapshot(out)
    assert len([n for n in before if n.endswith(".pdf")]) >= 3

    # Kill after the first brief is rendered, while the next ones are still rendering.
    # --no-cache: the briefs are laid out again, in two workers, not taken from the cache.
    process = subprocess.Popen([*BRIEFGEN, "--project", str(root), "build", "-o", str(out),
                                "--no-cache", "-j", "2"], stderr=subprocess.PIPE, text=True)
    try:
        line = process.stderr.readline()
        assert line.startswith("built "), line
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert process.returncode == -signal.SIGKILL
    assert snapshot(out) == before
    _no_process_left(root)

    # A build killed while writing leaves its temporary files; the next build sweeps them.
    stale = [out / ".briefgen-iran-taliban.pdf.k1ll3d00.tmp",
             out / ".briefgen-iran-pakistan.docx.q2x9zz01.tmp"]
    for path in stale:
        path.write_bytes(b"half a file")
    (out / ".notes.tmp").write_text("a user's own hidden file")  # not the build's to remove
    build(full_project, [root / "briefs" / "iran-pakistan.yaml"], out)
    assert [p.name for p in out.glob(".*.tmp")] == [".notes.tmp"]
    (out / ".notes.tmp").unlink()
    assert {p.name for p in out.iterdir()} == set(before)
    assert snapshot(out)["iran-taliban.pdf"] == before["iran-taliban.pdf"]


def _no_process_left(root: Path, within: float = 5.0) -> None:
    """No process of a killed build, its workers included, is still running."""
    deadline = time.monotonic() + within
    while True:
        left = []
        for proc in Path("/proc").iterdir():
            try:
                command = (proc / "cmdline").read_bytes().replace(b"\0", b" ")
            except OSError:
                continue
            if proc.name.isdigit() and str(root).encode() in command:
                left.append(proc.name)
        if not left or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert not left, f"processes of the killed build still run: {left}"


def _variant(root: Path, name: str, title: str) -> Path:
    spec = (ROOT / "briefs" / "iran-pakistan.yaml").read_text(encoding="utf-8")
    old_title = spec.split("title: {en: \"", 1)[1].split('"', 1)[0]
    path = root / "variants" / name / "iran-pakistan.yaml"
    path.parent.mkdir(parents=True)
    path.write_text(spec.replace(old_title, title, 1), encoding="utf-8")
    return path


def _title_of(out: Path) -> tuple[str, str]:
    pdf = pdftotext(out / "iran-pakistan.pdf")
    with zipfile.ZipFile(out / "iran-pakistan.docx") as docx:
        word = docx.read("word/document.xml").decode("utf-8")
    found = tuple(next(t for t in ("Alpha variant", "Beta variant") if t in text)
                  for text in (pdf, word))
    return found


def test_two_builds_at_once_do_not_mix(scratch_project):
    root = scratch_project.root
    out = root / "dist"
    specs = [_variant(root, "a", "Alpha variant"), _variant(root, "b", "Beta variant")]
    processes = [subprocess.Popen([*BRIEFGEN, "--project", str(root), "build", str(spec),
                                   "-o", str(out)], stderr=subprocess.PIPE, text=True)
                 for spec in specs]
    for process in processes:
        _, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
    pdf_title, docx_title = _title_of(out)
    assert pdf_title == docx_title  # one build's set won whole
    assert not list(out.glob(".*.tmp"))
    subprocess.run(["pdfinfo", str(out / "iran-pakistan.pdf")], check=True, capture_output=True)


def test_writer_waits_for_the_lock(scratch_project):
    root = scratch_project.root
    out = root / "dist"
    out.mkdir()
    spec = _variant(root, "a", "Alpha variant")
    with output_lock(out):
        process = subprocess.Popen([*BRIEFGEN, "--project", str(root), "build", str(spec),
                                    "-o", str(out)], stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 120
        while "built" not in (line := process.stderr.readline()) and line:
            assert time.monotonic() < deadline
        time.sleep(0.5)  # it has rendered; it must now be waiting on our lock
        assert not (out / "iran-pakistan.pdf").exists()
        assert process.poll() is None
    assert process.wait(timeout=60) == 0
    assert _title_of(out) == ("Alpha variant", "Alpha variant")


def _failing_write(monkeypatch, after: int):
    """Make every output staged after the first `after` fail as a full disk does."""
    import briefgen.output

    real = briefgen.output.staged_file
    count = {"n": 0}

    def staged(path, data):
        count["n"] += 1
        if count["n"] > after:
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        return real(path, data)

    monkeypatch.setattr(briefgen.output, "staged_file", staged)


def test_a_full_disk_leaves_the_previous_set_whole(scratch, monkeypatch):
    root = scratch.root
    out = root / "dist"
    build(scratch, [root / "briefs"], out, ("pdf", "docx"))
    before = snapshot(out)
    spec = root / "briefs" / "iran-pakistan.yaml"
    spec.write_text(spec.read_text("utf-8").replace("title: {en: \"", "title: {en: \"New: ", 1),
                    "utf-8")
    _failing_write(monkeypatch, after=2)  # two files written, the third finds the disk full
    with pytest.raises(ProjectError) as raised:
        build(scratch, [root / "briefs"], out, ("pdf", "docx"))
    assert "the disk is full" in str(raised.value)
    assert "previous outputs are as they were" in str(raised.value)
    assert snapshot(out) == before
    assert not list(out.glob(".briefgen-*.tmp"))


def test_a_folder_where_an_output_goes_is_a_clear_error(scratch):
    root = scratch.root
    out = root / "dist"
    (out / "iran-pakistan.pdf").mkdir(parents=True)
    with pytest.raises(ProjectError) as raised:
        build(scratch, [root / "briefs" / "iran-pakistan.yaml"], out, ("pdf", "docx"))
    assert "is a folder, where briefgen writes its iran-pakistan.pdf" in str(raised.value)
    assert not (out / "iran-pakistan.docx").exists()


@pytest.mark.parametrize("inside", ["templates", "templates/sub", "seeds"])
def test_an_output_folder_inside_templates_or_sources_is_refused(scratch, inside):
    root = scratch.root
    (root / "templates").mkdir(exist_ok=True)
    with pytest.raises(ProjectError) as raised:
        build(scratch, [root / "briefs" / "iran-pakistan.yaml"], root / inside, ("html",))
    assert "write the outputs somewhere else" in str(raised.value)
    assert not list((root / inside.split("/")[0]).rglob("*.html"))
