"""Walk the catalogue of bad inputs in tests/bad_inputs/ through the real CLI.

Each case file holds a spec (`spec`), optional files for seeds/ (`seeds`), text appended to
seeds/sources.yaml (`sources_yaml`) and to seeds/actors.yaml (`actors_yaml`), a
briefs/pack.yaml (`pack_yaml`), the command to run (default `validate SPEC`; BRIEFS stands
for the briefs/ folder) and what must come out (`expect`). `{U+XXXX}` in any text stands for
that character, so invisible and control characters stay visible in the catalogue.

An error case (exit 2) passes when an `error:` line names the file (and line, where the case
gives one), says what is wrong (`message`) and what to do (`fix`), with no traceback.
A neutralised case (exit 0) checks its `output` and that nothing in `absent` is printed.
A markup case builds the brief and reads each `literal` back from the PDF and the DOCX.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import zipfile
from collections import Counter
from pathlib import Path
from xml.etree import ElementTree

import pytest
import yaml
from click.testing import CliRunner

from briefgen.cli import cli
from briefgen.project import PACKAGE_TEMPLATES
from briefgen.render import pdf as render_pdf_module
from briefgen.render.fonts import font_dirs

from conftest import ROOT, pdftotext

CATALOGUE = Path(__file__).resolve().parent / "bad_inputs"
CASES = sorted(CATALOGUE.glob("*.yaml"))
_CODEPOINT = re.compile(r"\{U\+([0-9A-F]{4,6})\}")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def chars(value):
    """Replace `{U+XXXX}` placeholders in a string (or in the strings of a list or mapping)."""
    if isinstance(value, str):
        return _CODEPOINT.sub(lambda m: chr(int(m.group(1), 16)), value)
    if isinstance(value, list):
        return [chars(item) for item in value]
    if isinstance(value, dict):
        return {key: chars(item) for key, item in value.items()}
    return value


def make_project(root: Path, case: dict, name: str) -> Path | None:
    """Lay out a project for one case; return the spec path, if the case has a spec."""
    shutil.copytree(ROOT / "seeds", root / "seeds")
    (root / "briefs").mkdir()
    for file_name, content in chars(case.get("seeds") or {}).items():
        path = root / "seeds" / file_name
        if isinstance(content, str):
            content = {"text": content}
        if content.get("directory"):
            path.mkdir()
        elif "symlink" in content:
            path.symlink_to(content["symlink"])
        elif content.get("fifo"):
            os.mkfifo(path)
        else:
            text = content["text"] * content.get("repeat", 1)
            path.write_bytes(text.encode(content.get("encoding", "utf-8")))
            if "mode" in content:
                path.chmod(content["mode"])
    for key, file_name in (("sources_yaml", "sources.yaml"), ("actors_yaml", "actors.yaml")):
        if case.get(key):
            with open(root / "seeds" / file_name, "a", encoding="utf-8") as file:
                file.write("\n" + chars(case[key]))
    if case.get("pack_yaml"):
        (root / "briefs" / "pack.yaml").write_text(chars(case["pack_yaml"]), encoding="utf-8")
    if "spec" not in case:
        return None
    spec = root / "briefs" / f"{name}.yaml"
    data = chars(case["spec"]).encode(case.get("encoding", "utf-8"))
    if case.get("pad_bytes"):
        data += b"# " + b"x" * case["pad_bytes"] + b"\n"
    spec.write_bytes(data)
    return spec


def recording_fetcher(monkeypatch) -> list[str]:
    """Record every URL WeasyPrint asks the sealed fetcher for."""
    asked: list[str] = []
    sealed = render_pdf_module.sealed_fetcher

    def recording(allowed_dirs):
        fetcher = sealed(allowed_dirs)
        fetch = fetcher.fetch

        def fetch_and_record(url, headers=None):
            asked.append(url)
            return fetch(url, headers)

        fetcher.fetch = fetch_and_record
        return fetcher

    monkeypatch.setattr(render_pdf_module, "sealed_fetcher", recording)
    return asked


def docx_text(path: Path) -> str:
    """Return the text of every w:t in a DOCX body, XML entities decoded."""
    with zipfile.ZipFile(path) as docx:
        root = ElementTree.fromstring(docx.read("word/document.xml"))
    return "".join(node.text or "" for node in root.iter(f"{_W}t"))


def squeeze(text: str) -> str:
    # pdftotext wraps lines and brackets RTL runs in U+202A-U+202C; compare the characters only.
    return re.sub(r"[\s\u202a-\u202c]+", "", text)


def mirror(text: str) -> str:
    return squeeze(text).replace("<", ">")


def test_catalogue_is_complete():
    assert len(CASES) >= 40
    kinds = {path.stem.split("-")[0] for path in CASES}
    assert {"yaml", "encoding", "type", "date", "cite", "source", "markup", "bidi"} <= kinds


@pytest.mark.parametrize("case_path", CASES, ids=[p.stem for p in CASES])
def test_bad_input(case_path: Path, tmp_path: Path, monkeypatch):
    case = yaml.safe_load(case_path.read_text(encoding="utf-8"))
    expect = chars(case["expect"])
    if case.get("skip_as_root") and os.geteuid() == 0:
        pytest.skip("running as root, chmod 000 does not stop a read; "
                    "source-is-a-folder covers a source that cannot be read")
    project = tmp_path / "project"
    spec = make_project(project, case, case_path.stem)
    out = tmp_path / "out"
    placeholders = {"SPEC": str(spec), "OUT": str(out), "BRIEFS": str(project / "briefs")}
    command = [placeholders.get(arg, arg) for arg in case.get("command", ["validate", "SPEC"])]
    asked = recording_fetcher(monkeypatch)
    monkeypatch.chdir(tmp_path)

    result = CliRunner().invoke(cli, ["--project", str(project), *command])

    output = result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        f"{case_path.name}: {result.exception!r}"
    assert "Traceback" not in output
    assert result.exit_code == expect["exit"], output

    if expect["exit"] == 2:
        named = spec if expect["file"] == "spec" else project / expect["file"]
        # line -1: the case's file has a line, but which one depends on the project's own files
        line = {None: "", -1: r":\d+"}.get(expect.get("line"), f":{expect.get('line')}")
        where = re.compile(f"error: {re.escape(str(named))}{line}: ")
        lines = [line for line in output.splitlines() if where.match(line)]
        assert lines, f"no error line matching {where.pattern!r} in:\n{output}"
        assert any(expect["message"] in line and expect["fix"] in line for line in lines), output
        assert not out.exists()
    for fragment in expect.get("output", []):
        assert fragment in output
    for fragment in expect.get("absent", []):
        assert fragment not in output

    if expect.get("literal"):
        pdf, docx = out / f"{case_path.stem}.pdf", out / f"{case_path.stem}.docx"
        pdf_text, word_text = pdftotext(pdf), docx_text(docx)
        for literal in expect["literal"]:
            if expect.get("pdf_order") == "any":
                # Markup inside Arabic is laid out right to left, so pdftotext returns it in
                # visual order with < and > mirrored: check every character is there.
                assert not Counter(mirror(literal)) - Counter(mirror(pdf_text)), \
                    f"{literal!r} not in the PDF"
            else:
                assert squeeze(literal) in squeeze(pdf_text), f"{literal!r} not in the PDF"
            assert literal in word_text, f"{literal!r} not in the DOCX"
        assert "root:" not in pdf_text and "root:" not in word_text
        detached = subprocess.run(
            ["pdfdetach", "-list", str(pdf)], capture_output=True, text=True, check=True)
        assert detached.stdout.strip() == "0 embedded files"
        assert b"/EmbeddedFile" not in pdf.read_bytes()
        allowed = [PACKAGE_TEMPLATES.resolve(), *(Path(d).resolve() for d in font_dirs())]
        for url in asked:
            assert url.startswith("data:") or any(
                Path(url.removeprefix("file://")).resolve().is_relative_to(d) for d in allowed
            ), f"fetched {url}"
