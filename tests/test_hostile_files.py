"""Files that are not what they claim: pipes, devices, link loops, text in the wrong encoding,
read-only folders. Each is refused with a clear error (exit 2) and nothing hangs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT

BRIEFGEN = [sys.executable, "-c", "from briefgen.cli import main; main()"]


def _run(project_root, *args, timeout=120):
    """Run briefgen in a process of its own, so that a hang is a failed test, not a stuck run."""
    return subprocess.run([*BRIEFGEN, "--project", str(project_root), *args],
                          capture_output=True, text=True, timeout=timeout)


def _error_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() + result.stdout.splitlines()
            if line.startswith("error:")]


@pytest.mark.parametrize("where", ["briefs/fifo.yaml", "seeds/sources.yaml",
                                   "seeds/actors.yaml"])
def test_a_fifo_is_refused_not_read(scratch, where):
    path = scratch.root / where
    path.unlink(missing_ok=True)
    os.mkfifo(path)
    result = _run(scratch.root, "validate", timeout=60)
    assert result.returncode == 2, result.stderr
    assert any(f"{where.split('/')[-1]}: is not a regular file" in line
               for line in _error_lines(result)), result.stderr
    assert "Traceback" not in result.stderr


def test_a_spec_linked_to_a_device_is_refused(scratch):
    os.symlink("/dev/zero", scratch.root / "briefs/zero.yaml")
    result = _run(scratch.root, "validate", timeout=60)
    assert result.returncode == 2
    # a link out of the project is refused before it is opened (round 28)
    assert any("zero.yaml: is a link to a file outside the project" in line
               for line in _error_lines(result)), result.stderr


@pytest.mark.parametrize("folder, suffix", [("briefs", ".yaml"), ("seeds", ".txt")])
def test_a_link_loop_among_the_specs_or_sources_is_a_clear_error(scratch, folder, suffix):
    os.symlink(f"loop-b{suffix}", scratch.root / folder / f"loop-a{suffix}")
    os.symlink(f"loop-a{suffix}", scratch.root / folder / f"loop-b{suffix}")
    result = _run(scratch.root, "validate")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert any(f"loop-a{suffix}" in line and "loop of symbolic links" in line
               for line in _error_lines(result)), result.stderr


def test_a_source_in_utf16_without_a_byte_order_mark_is_refused(scratch):
    source = scratch.seeds / "000_9adeab1d9a5ac9f6.txt"
    source.write_bytes(source.read_text("utf-8").encode("utf-16-le"))
    result = _run(scratch.root, "validate")
    assert result.returncode == 2
    assert any("000_9adeab1d9a5ac9f6.txt: source is UTF-16LE without a byte-order mark" in line
               and "iconv -f UTF-16LE -t UTF-8" in line for line in _error_lines(result))


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes in read-only folders")
def test_a_read_only_output_folder_with_a_stale_lock_is_a_clear_error(scratch):
    out = scratch.root / "dist"
    out.mkdir()
    (out / ".briefgen.lock").write_text("")
    out.chmod(0o555)
    try:
        result = _run(scratch.root, "build", str(scratch.root / "briefs/iran-pakistan.yaml"),
                      "-o", str(out), "--format", "html")
    finally:
        out.chmod(0o755)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert any("cannot write into" in line for line in _error_lines(result))


def test_the_samples_still_validate(scratch):
    shutil.copy(ROOT / "briefs/pack.yaml", scratch.root / "briefs/pack.yaml")
    assert _run(scratch.root, "validate").returncode == 0


def test_utf8_arabic_with_a_stray_nul_is_not_taken_for_utf16():
    # round 27's hostile review: two NULs in a short UTF-8 line were named UTF-16LE, and
    # iconv -f UTF-16LE would have mangled the file; such a line's NULs are replaced and
    # reported as the other control characters are (tests/bad_inputs/source-control-…).
    from briefgen.files import utf16_without_bom
    line = "وقال إبراهيم\0 السريع إن البرنامج يختتم يوم\0 الخميس.\n".encode()
    assert utf16_without_bom(line) is None
    text = "وقال إبراهيم السريع إن البرنامج يختتم يوم الخميس 2015.\n"
    assert utf16_without_bom(text.encode("utf-16-le")) == "UTF-16LE"
    assert utf16_without_bom(text.encode("utf-16-be")) == "UTF-16BE"


@pytest.mark.parametrize("content, named", [
    (b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
     "it is a PDF"),
    (b"\0" * 200, "mostly NUL bytes"),
    # round 43's hostile #9: after blank lines or a BOM, and text before a run of NUL bytes
    (b"\n\n%PDF-1.4\n1 0 obj << >> endobj\n", "it is a PDF"),
    (b"\xef\xbb\xbf%PDF-1.4\n", "it is a PDF"),
    ("وقال الوزير إن\n".encode() * 50 + b"\0" * 200_000, "mostly NUL bytes"),
])
def test_a_document_that_decodes_as_utf8_but_is_no_text_is_refused(tmp_path, content, named):
    # round 42's hostile #16: a PDF written in ASCII and a file of NUL bytes, each named .txt,
    # were read as an article with no names and no dates (exit 0)
    source = tmp_path / "article.txt"
    source.write_bytes(content)
    for command in (["actors", str(source), "--candidates"], ["dates", str(source)]):
        result = _run(ROOT, *command)
        assert result.returncode == 2, result.stdout
        assert "Traceback" not in result.stderr
        assert any("article.txt: source is not an article's text" in line and named in line
                   for line in _error_lines(result)), result.stderr
