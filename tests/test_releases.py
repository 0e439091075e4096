"""Releases: frozen packs, the What changed page (PDF, DOCX, changes.json), releases, diff."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pikepdf
import pytest
from click.testing import CliRunner

from briefgen import release as release_module
from briefgen.build import build
from briefgen.changes import QUESTION_SIMILARITY, similarity, track_questions
from briefgen.cli import cli
from briefgen.model import Question, Text
from briefgen.project import Project
from briefgen.release import RELEASES_DIR, make_release, release_briefs

from conftest import ROOT, pdftotext

PAKISTAN_TITLE = "Iran–Pakistan security ties after the Taliban takeover"
NEW_PAKISTAN_TITLE = "Iran–Pakistan security ties since the Taliban takeover"
REWORDED = ("Can Tehran and Islamabad keep their military rapprochement on track while the "
            "Taliban's interim government still leans toward Pakistan?")
CHABAHAR = ("Will Pakistan's cooperation with Iran's maritime security centre at Chabahar "
            "materialise once the centre opens?")
UNF = ("Can the United National Front's account of the Tehran meeting be corroborated by any "
       "source that is not party to the Afghan conflict?")
SEMNAN = "Will the Taliban reopen the consulate in Mashhad before the spring?"
HERAT = "Who controls the Herat border crossing at Islam Qala?"


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    return {p.relative_to(folder).as_posix(): (hashlib.sha256(p.read_bytes()).hexdigest(),
                                               p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def released(tmp_path_factory):
    """A project released three times: 1 as the samples are; 2 after edits of every kind
    and a brief added; 3 after a question of release 2 is answered and another dropped."""
    root = tmp_path_factory.mktemp("desk")
    shutil.copytree(ROOT / "seeds", root / "seeds")
    briefs = root / "briefs"
    briefs.mkdir()
    for name in ("iran-pakistan.yaml", "iran-taliban.yaml"):
        shutil.copy(ROOT / "briefs" / name, briefs / name)
    project = Project.at(root)
    first, _ = make_release(project, [briefs])
    first_files = _snapshot(first.folder)

    pakistan, taliban = briefs / "iran-pakistan.yaml", briefs / "iran-taliban.yaml"
    _edit(pakistan, PAKISTAN_TITLE, NEW_PAKISTAN_TITLE)
    _edit(pakistan, "classification: UNCLASSIFIED", "classification: OFFICIAL")
    _edit(pakistan, 'summary: "Iran\'s military chief', 'summary: "Revised. Iran\'s military chief')
    _edit(pakistan, "  - date: 2018\n", '  - date: 2019-03\n    event: "A joint border commission '
          'meets in Quetta."\n    cite: [004_bc0966837ce6fdc6#p20]\n  - date: 2018\n')
    text = pakistan.read_text(encoding="utf-8")
    text = re.sub(r'  - name: \{en: "Caroline Rose".*?\n(?=  - name)', "", text, flags=re.S)
    text = text.replace(  # a small rewording, no id: the same question
        "while the Taliban's interim government continues to lean toward Pakistan?",
        "while the Taliban's interim government still leans toward Pakistan?")
    text = text.replace(f'  - "{CHABAHAR}"',
                        f'  - text: "{CHABAHAR}"\n    answer: "Yes: the centre opened with '
                        'Pakistani liaison officers."')
    text = re.sub(r"  - cite: 004_bc0966837ce6fdc6#p14\n    summary: .*\n", "", text)
    later = "  - cite: 004_bc0966837ce6fdc6#p17-p18\n"
    text = text.replace(later, '  - cite: 004_bc0966837ce6fdc6#p2\n    summary: "Iran and '
                               f'Pakistan back opposing sides."\n{later}')
    pakistan.write_text(text, encoding="utf-8")
    _edit(taliban, f'  - "{UNF}"\n', f'  - text: "{SEMNAN}"\n    id: mashhad-consulate\n'
                                     f'  - "{HERAT}"\n')
    shutil.copy(ROOT / "briefs" / "isisk-shared-threat.yaml", briefs)
    second, _ = make_release(project, [briefs])

    _edit(taliban, f'  - text: "{SEMNAN}"\n    id: mashhad-consulate\n',
          '  - text: "Will the Taliban reopen their consulate in Mashhad?"\n'
          '    id: mashhad-consulate\n    answer: "It reopened in January."\n')
    _edit(taliban, f'  - "{HERAT}"\n', "")
    third, _ = make_release(project, [briefs])
    return project, first, second, third, first_files


def _page_text(pdf: Path, page: int) -> str:
    return " ".join(pdftotext(pdf, "-f", str(page), "-l", str(page)).split())


def _docx_text(docx: Path) -> tuple[str, str]:
    with zipfile.ZipFile(docx) as archive:
        xml = archive.read("word/document.xml").decode()
    paragraphs = ["".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p))
                  for p in xml.split("</w:p>")]
    return xml, " ".join(p for p in paragraphs if p)


EXPECTED_LINES = [
    "ISIS-K as a shared threat (UNCLASSIFIED)",  # briefs added
    f"retitled from “{PAKISTAN_TITLE}”",
    "re-marked UNCLASSIFIED → OFFICIAL",
    "summary changed: Revised. Iran's military chief",
    "key date added: March 2019: A joint border commission meets in Quetta.",
    "actor removed: Caroline Rose",
    "excerpt added: 004_bc0966837ce6fdc6#p2: Iran and Pakistan back opposing sides.",
    "excerpt removed: 004_bc0966837ce6fdc6#p14: A European diplomat formerly posted",
    f"open question answered: {CHABAHAR} (asked since release 1); answer: Yes: the centre "
    "opened with Pakistani liaison officers.",
    f"open question dropped: {UNF} (asked since release 1)",
    f"open question added: {SEMNAN} (asked since release 2)",
    f"open question added: {HERAT} (asked since release 2)",
]


def test_first_release_lists_every_file_with_its_hash(released):
    project, first, *_ = released
    folder = first.folder
    assert folder == project.root / RELEASES_DIR / "0001"
    document = json.loads((folder / "release.json").read_text())
    assert document["release"] == 1 and document["marking"] == "UNCLASSIFIED"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", document["created"])
    assert [b["id"] for b in document["briefs"]] == ["iran-pakistan", "iran-taliban"]
    on_disk = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    assert sorted(document["files"]) == [n for n in on_disk if n != "release.json"]
    assert "changes.json" not in document["files"]
    for name, sha in document["files"].items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == sha
    assert "What changed" not in pdftotext(folder / "pack.pdf")
    spec = json.loads((folder / "specs" / "iran-pakistan.json").read_text())
    assert spec["title"]["value"] == PAKISTAN_TITLE  # the resolved brief as it was then


def test_release_outputs_equal_build_outputs(released, tmp_path):
    project, _, _, third, _ = released
    out = tmp_path / "dist"
    build(project, [project.root / "briefs"], out)
    for name in ("iran-pakistan.pdf", "iran-taliban.docx", "isisk-shared-threat.pdf"):
        assert (out / name).read_bytes() == (third.folder / name).read_bytes(), name
    # The pack differs only by its What changed page.
    assert "What changed" not in pdftotext(out / "pack.pdf")
    assert "What changed" in _page_text(third.folder / "pack.pdf", 2)


def test_what_changed_page_in_pdf(released):
    _, _, second, _, _ = released
    pack = second.folder / "pack.pdf"
    page = _page_text(pack, 2)
    assert page.startswith("OFFICIAL What changed Release 2 against release 1.")
    for line in EXPECTED_LINES:
        assert " ".join(line.split()) in page, line
    assert "Briefs added" in page and "Briefs removed" not in page
    contents = _page_text(pack, 3)
    assert re.search(r"Contents What changed 2 " + re.escape(NEW_PAKISTAN_TITLE) + r" 4", contents)
    with pikepdf.open(pack) as pdf:
        pages = {p.obj.objgen: n for n, p in enumerate(pdf.pages)}
        with pdf.open_outline() as outline:
            marks = [(item.title, pages[item.destination[0].objgen])
                     for item in outline.root[:3]]
    assert marks == [("Cover", 0), ("What changed", 1), ("Contents", 2)]


def test_what_changed_section_in_docx(released):
    _, _, second, _, _ = released
    xml, text = _docx_text(second.folder / "pack.docx")
    start = text.index("What changed Release 2 against release 1.")
    section = text[start:text.index("Contents", start)]
    for line in EXPECTED_LINES:
        assert line in section, line
    assert "PAGEREF what_changed" in xml
    assert re.search(r'w:bookmarkStart w:id="9999" w:name="what_changed"', xml)


def test_changes_json_and_diff_say_the_same(released):
    project, _, second, third, _ = released
    changes = json.loads((second.folder / "changes.json").read_text())
    assert (changes["since"], changes["release"]) == (1, 2)
    assert [b["id"] for b in changes["added"]] == ["isisk-shared-threat"] and not changes["removed"]
    pakistan = next(c for c in changes["changed"] if c["brief"]["id"] == "iran-pakistan")
    assert pakistan["old_title"] == PAKISTAN_TITLE
    assert pakistan["old_classification"] == "UNCLASSIFIED"
    assert pakistan["actors_removed"] == ["Caroline Rose"] and not pakistan["actors_added"]
    assert pakistan["dates_added"] == ["March 2019: A joint border commission meets in Quetta."]
    # The reworded question without an id is the same question: neither added nor dropped.
    assert [(q["kind"], q["since"]) for q in pakistan["questions"]] == [("answered", 1)]
    runner = CliRunner()
    result = runner.invoke(cli, ["--project", str(project.root), "diff", "1", "2", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == changes
    text = runner.invoke(cli, ["--project", str(project.root), "diff", "1", "2"]).output
    assert "brief added: ISIS-K as a shared threat (isisk-shared-threat, UNCLASSIFIED)" in text
    for line in EXPECTED_LINES[1:]:
        assert f"    {line}" in text, line
    assert json.loads((third.folder / "changes.json").read_text())["since"] == 2


def test_release_three_answers_and_drops_questions_of_release_two(released):
    _, _, _, third, _ = released
    page = _page_text(third.folder / "pack.pdf", 2)
    assert ("open question answered: Will the Taliban reopen their consulate in Mashhad? "
            "(asked since release 2); answer: It reopened in January.") in page
    assert f"open question dropped: {HERAT} (asked since release 2)" in page
    assert "retitled" not in page  # nothing else changed between 2 and 3


def test_diff_between_any_two_releases(released):
    project, *_ = released
    runner = CliRunner()

    def diff(a: str, b: str) -> dict:
        result = runner.invoke(cli, ["--project", str(project.root), "diff", a, b, "--json"])
        assert result.exit_code == 0, result.output
        return json.loads(result.output)

    one_three = diff("1", "3")
    taliban = next(c for c in one_three["changed"] if c["brief"]["id"] == "iran-taliban")
    # Asked in 2 and answered in 3: from 1 to 3 it is a question added, already answered.
    assert [(q["kind"], q["since"]) for q in taliban["questions"]] == [
        ("added", 2), ("dropped", 1)]
    three_one = diff("3", "1")
    assert [b["id"] for b in three_one["removed"]] == ["isisk-shared-threat"]
    pakistan = next(c for c in three_one["changed"] if c["brief"]["id"] == "iran-pakistan")
    assert pakistan["actors_added"] == ["Caroline Rose"]
    assert pakistan["old_classification"] == "OFFICIAL"
    listing = runner.invoke(cli, ["--project", str(project.root), "releases", "--json"])
    assert [(r["release"], r["marking"], r["briefs"]) for r in json.loads(listing.output)] == [
        (1, "UNCLASSIFIED", 2), (2, "OFFICIAL", 3), (3, "OFFICIAL", 3)]
    lines = runner.invoke(cli, ["--project", str(project.root), "releases"]).output.splitlines()
    assert re.fullmatch(r"0002  \S+Z  OFFICIAL +3 briefs", lines[1])


def test_releases_are_never_rewritten(released):
    project, first, *_, first_files = released
    assert _snapshot(first.folder) == first_files
    assert not os.access(first.folder / "pack.pdf", os.W_OK) or os.geteuid() == 0
    assert (first.folder / "pack.pdf").stat().st_mode & 0o222 == 0


def test_question_similarity_matches_a_small_rewording(released):
    old = "Will Iran reopen its consulate in Mazar-i-Sharif?"
    reworded = "Will Iran reopen its consulate in Mazar-i-Sharif this year?"
    other = "Who pays for the fuel Iran sells to the Taliban?"
    assert similarity(old, reworded) >= QUESTION_SIMILARITY > similarity(old, other)
    brief = release_briefs(released[1])["iran-taliban"]

    def asking(*questions: str):
        return {"b": dataclasses.replace(brief, open_questions=tuple(
            Question(Text(q)) for q in questions))}

    keys = track_questions([(1, asking(old, other)), (2, asking(reworded))])
    assert keys[2]["b"][0][0] == keys[1]["b"][0][0]  # the same question, reworded
    keys = track_questions([(1, asking(old)), (2, asking(other))])
    assert keys[2]["b"][0][0] != keys[1]["b"][0][0]  # a different question


def _flip_byte(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 1
    path.write_bytes(bytes(data))


def _copy(released, tmp_path) -> Project:
    project = released[0]
    target = tmp_path / "desk"
    shutil.copytree(project.root, target)  # with the cache: a release there lays nothing out
    for path in (target / RELEASES_DIR).rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    return Project.at(target)


def _run(project: Project, *args: str):
    return CliRunner().invoke(cli, ["--project", str(project.root), *args])


def test_diff_of_a_release_that_does_not_exist(released):
    result = _run(released[0], "diff", "1", "9")
    assert result.exit_code == 2
    assert result.output.strip().endswith("there is no release 9 (releases: 1, 2, 3)")
    assert "Traceback" not in result.output


@pytest.mark.parametrize("damage, message", [
    (lambda f: _flip_byte(f / "pack.pdf", 5000),
     r"0002: pack.pdf has SHA-256 \w+…, release.json lists \w+…: it was altered"),
    (lambda f: f.joinpath("release.json").unlink(), r"0002: release.json is missing"),
    (lambda f: f.joinpath("release.json").write_text(
        f.joinpath("release.json").read_text().replace('"marking": "OFFICIAL"',
                                                       '"marking": "UNCLASSIFIED"')),
     r"0002: release.json says marking 'UNCLASSIFIED', its briefs make it OFFICIAL"),
    (lambda f: f.joinpath("release.json").write_text("{"),
     r"0002: release.json is not readable JSON"),
    (lambda f: f.joinpath("extra.pdf").write_bytes(b"%PDF"),
     r"0002: extra.pdf is not listed in release.json"),
    (lambda f: f.parent.joinpath("notes.txt").write_text("x"),
     r"releases/notes.txt: not a release \(releases are folders named 0001"),
    (lambda f: f.parent.joinpath("0004").mkdir(), r"0004: release.json is missing"),
    (lambda f: (f.joinpath("release.json").unlink(), os.mkfifo(f / "release.json")),
     r"0002: release.json is not a regular file"),
    (lambda f: os.truncate(f / "release.json", 64 << 20),
     r"0002: release.json is 67108864 bytes, far more than briefgen writes"),
], ids=["altered-pdf", "no-release-json", "altered-marking", "broken-json", "extra-file",
        "junk-file", "empty-folder", "fifo-release-json", "huge-release-json"])
def test_damaged_releases_are_refused(released, tmp_path, damage, message):
    project = _copy(released, tmp_path)
    damage(project.root / RELEASES_DIR / "0002")
    for args in (["releases"], ["diff", "1", "3"]):
        result = _run(project, *args)
        assert result.exit_code == 2, result.output
        assert re.search(message, result.output), result.output
        assert "Traceback" not in result.output


def test_failed_release_leaves_nothing(released, tmp_path, monkeypatch):
    project = _copy(released, tmp_path)

    def fail(folder, signer, number):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(release_module, "load_signer", lambda project: object())
    monkeypatch.setattr(release_module, "sign_release_pdfs", fail)
    with pytest.raises(OSError):
        make_release(project, [project.root / "briefs"])
    assert sorted(p.name for p in (project.root / RELEASES_DIR).iterdir()) == [
        ".briefgen.lock", "0001", "0002", "0003"]


def test_killed_release_leaves_no_release_and_the_next_one_sweeps(released, tmp_path):
    project = _copy(released, tmp_path)
    releases = project.root / RELEASES_DIR
    process = subprocess.Popen([sys.executable, "-m", "briefgen.cli", "--project",
                                str(project.root), "release", "-j", "1"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    # Killed while it renders into its temporary folder.
    while not list(releases.glob(".briefgen-release-*")):
        assert process.poll() is None, "the release finished before it could be killed"
        assert time.monotonic() < deadline
        time.sleep(0.005)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert sorted(p.name for p in releases.iterdir() if not p.name.startswith(".")) == [
        "0001", "0002", "0003"]
    assert _run(project, "releases").exit_code == 0  # the leftover is not a release
    made, _ = make_release(project, [project.root / "briefs"])
    assert made.number == 4
    assert not list(releases.glob(".briefgen-release-*"))


def test_libreoffice_opens_the_release_pack_docx_with_what_changed(released, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.fail("LibreOffice is missing: install libreoffice-writer-nogui (.ci/run does)")
    _, _, second, _, _ = released
    shutil.copy(second.folder / "pack.docx", tmp_path / "pack.docx")
    (tmp_path / "pack.docx").chmod(0o644)
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(tmp_path / "pack.docx")],
        check=True, capture_output=True, timeout=300)
    assert (tmp_path / "pack.pdf").exists(), "LibreOffice exits 0 even when it cannot load a file"
    text = " ".join(pdftotext(tmp_path / "pack.pdf").split())
    start = text.index("What changed Release 2 against release 1.")
    for line in EXPECTED_LINES[1:]:
        assert " ".join(line.split()) in text[start:], line


def test_an_answered_question_shows_its_answer_in_the_brief(released):
    _, _, second, _, _ = released
    text = " ".join(pdftotext(second.folder / "iran-pakistan.pdf").split())
    assert (f"{CHABAHAR} Answered: Yes: the centre opened with Pakistani liaison officers."
            in text)
    _, docx = _docx_text(second.folder / "iran-pakistan.docx")
    assert f"{CHABAHAR} Answered: Yes: the centre opened with Pakistani liaison officers." in docx


def test_build_never_writes_into_releases(released, tmp_path):
    project = _copy(released, tmp_path)
    releases = project.root / RELEASES_DIR
    before = _snapshot(releases)
    for out in (releases / "0001", releases / "0009", releases):
        result = _run(project, "build", "-o", str(out))
        assert result.exit_code == 2, result.output
        assert f"-o {out}: that is inside the releases folder" in result.output
    assert _snapshot(releases) == before
    assert _run(project, "releases").exit_code == 0
