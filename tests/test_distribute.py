"""Reader copies, signatures and verify: stamped pages read back with pdftotext, signatures
checked by poppler's pdfsig, the log and the bad inputs through the CLI."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import stat
import subprocess
import zipfile
from pathlib import Path

import pikepdf
import pytest
from click.testing import CliRunner
from releases import make_release

from briefgen import copies
from briefgen.build import build
from briefgen.cli import cli
from briefgen.signing import load_pkcs12, make_key, revise_pdf

from conftest import ROOT, pdftotext

PASSWORD = "correct horse"
READERS = """\
readers:
  - id: amira
    name: Amira Haddad
    organisation: Foreign Office
    clearance: SECRET
  - id: omar
    name: "عمر الفاروق"
    organisation: Interior Ministry
    clearance: CONFIDENTIAL
  - id: press
    name: Pat Press
    organisation: Press Office
    clearance: UNCLASSIFIED
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Two sample briefs built with their pack, and a desk key: (project root, dist, key)."""
    root = tmp_path_factory.mktemp("desk")
    shutil.copytree(ROOT / "seeds", root / "seeds")
    (root / "briefs").mkdir()
    for name in ("iran-pakistan.yaml", "iran-taliban.yaml"):
        shutil.copy(ROOT / "briefs" / name, root / "briefs" / name)
    from briefgen.project import Project

    project = Project.at(root)
    build(project, [root / "briefs"], root / "dist", ("pdf", "docx"))
    key = tmp_path_factory.mktemp("keys") / "desk.p12"
    make_key("Test Desk", key, PASSWORD.encode())
    return root, root / "dist", key


@pytest.fixture
def desk(built, tmp_path, monkeypatch):
    """A project whose briefgen.yaml names the key, with release 1 (CONFIDENTIAL) signed."""
    source, dist, key = built
    root = tmp_path / "desk"
    shutil.copytree(source / "seeds", root / "seeds")
    (root / "briefgen.yaml").write_text(
        f"signing:\n  pkcs12: {key}\n  password_env: TEST_DESK_PASSWORD\n", "utf-8")
    (root / "readers.yaml").write_text(READERS, "utf-8")
    monkeypatch.setenv("TEST_DESK_PASSWORD", PASSWORD)
    signer = load_pkcs12(key, PASSWORD.encode())
    make_release(dist, root / "releases", 1, "CONFIDENTIAL", signer)
    return root


def run(root: Path, *args: str):
    result = CliRunner().invoke(cli, ["--project", str(root), *args])
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        repr(result.exception)
    return result


def distribute(root: Path, *extra: str):
    return run(root, "distribute", "1", "--readers", str(root / "readers.yaml"),
               "-o", str(root / "outbox"), *extra)


def pdfsig(path: Path) -> list[str]:
    """pdfsig's report, one block of lines per signature."""
    if shutil.which("pdfsig") is None:
        pytest.fail("pdfsig is missing: install poppler-utils (.ci/run does)")
    result = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True)
    return result.stdout.split("Signature #")[1:]


def test_each_cleared_reader_gets_a_copy_stamped_on_every_page(desk):
    result = distribute(desk)
    assert result.exit_code == 0, result.output
    assert "refused press (Pat Press): clearance UNCLASSIFIED is below the release's " \
           "marking CONFIDENTIAL" in result.output
    assert not (desk / "outbox" / "press").exists()
    log = json.loads((desk / "outbox" / "distribution.json").read_text("utf-8"))
    assert [entry["reader"] for entry in log] == ["amira", "omar"]
    release_pdf = (desk / "releases" / "0001" / "pack.pdf").read_bytes()
    for entry in log:
        copy = desk / "outbox" / entry["reader"] / "pack.pdf"
        data = copy.read_bytes()
        assert data.startswith(release_pdf), "a copy appends to the release's bytes"
        with pikepdf.open(copy) as pdf:
            pages = len(pdf.pages)
            assert str(pdf.docinfo["/BriefgenCopy"]) == entry["copy"]
            assert entry["copy"] in str(pdf.Root.Metadata.read_bytes())
        with pikepdf.open(io.BytesIO(release_pdf)) as release:
            assert pages == len(release.pages)
        text = pdftotext(copy)
        page_texts = text.split("\f")[:pages]
        name = "Amira Haddad" if entry["reader"] == "amira" else "Interior Ministry"
        for number, page in enumerate(page_texts, start=1):
            line = " ".join(page.split())
            assert f"release 1 · copy {entry['copy']}" in line, f"page {number}"
            assert name in line, f"page {number}"
        for name_of, digest in entry["files"].items():
            path = desk / "outbox" / entry["reader"] / name_of
            import hashlib

            assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    amira = pdftotext(desk / "outbox" / "amira" / "pack.pdf")
    assert "Copy for Amira Haddad, Foreign Office · release 1 · copy" in " ".join(amira.split())
    assert "عمر الفاروق" in pdftotext(desk / "outbox" / "omar" / "pack.pdf")


def test_the_docx_copy_carries_the_line_in_its_footer_and_the_id_in_its_properties(desk):
    assert distribute(desk).exit_code == 0
    entry = json.loads((desk / "outbox" / "distribution.json").read_text("utf-8"))[0]
    with zipfile.ZipFile(desk / "outbox" / "amira" / "pack.docx") as docx:
        footers = [n for n in docx.namelist() if re.fullmatch(r"word/footer\d*\.xml", n)]
        assert footers
        for name in footers:
            assert (f"Copy for Amira Haddad, Foreign Office · release 1 · copy {entry['copy']}"
                    in docx.read(name).decode("utf-8"))
        assert entry["copy"] in docx.read("docProps/custom.xml").decode("utf-8")
        assert "/docProps/custom.xml" in docx.read("[Content_Types].xml").decode("utf-8")
        assert "docProps/custom.xml" in docx.read("_rels/.rels").decode("utf-8")
        assert docx.testzip() is None


def test_pdfsig_reports_the_copy_signed_whole_and_valid(desk):
    assert distribute(desk).exit_code == 0
    release, copy = pdfsig(desk / "outbox" / "amira" / "pack.pdf")
    assert "Signature Validation: Signature is Valid." in copy
    assert "Total document signed" in copy
    assert "ETSI.CAdES.detached" in copy
    # The release's own signature still checks, over the release's bytes only.
    assert "Signature is Valid." in release and "Not total document signed" in release
    (only,) = pdfsig(desk / "releases" / "0001" / "pack.pdf")
    assert "Signature is Valid." in only and "Total document signed" in only


def test_verify_names_the_release_and_the_copy(desk):
    assert distribute(desk).exit_code == 0
    entry = json.loads((desk / "outbox" / "distribution.json").read_text("utf-8"))[1]
    result = run(desk, "verify", str(desk / "outbox" / "omar" / "pack.pdf"))
    assert result.exit_code == 0, result.output
    assert "signature valid; the file is unaltered" in result.output
    assert "release: 1" in result.output
    assert f"copy: {entry['copy']} for reader omar" in result.output
    assert "signed by: Test Desk\n" in result.output
    released = run(desk, "verify", str(desk / "releases" / "0001" / "iran-taliban.pdf"))
    assert released.exit_code == 0 and "release: 1" in released.output


def test_verify_rejects_a_copy_with_one_byte_of_a_page_changed(desk, tmp_path):
    assert distribute(desk).exit_code == 0
    path = desk / "outbox" / "amira" / "pack.pdf"
    data = bytearray(path.read_bytes())
    with pikepdf.open(path) as pdf:
        content = pdf.pages[2].obj.Contents
        content = content[0] if isinstance(content, pikepdf.Array) else content
        raw = content.read_raw_bytes()
    at = data.find(raw)  # the page's own content stream, where the file keeps it
    assert at > 0
    data[at + len(raw) // 2] ^= 0x01
    altered = tmp_path / "altered.pdf"
    altered.write_bytes(bytes(data))
    result = run(desk, "verify", str(altered))
    assert result.exit_code == 1, result.output
    assert "NOT VALID: the signed bytes were changed after signing" in result.output


def test_verify_rejects_content_added_after_the_signature(desk, tmp_path):
    path = desk / "releases" / "0001" / "pack.pdf"
    appended = tmp_path / "appended.pdf"
    appended.write_bytes(revise_pdf(path.read_bytes(), info={"/Title": "Changed"}))
    result = run(desk, "verify", str(appended))
    assert result.exit_code == 1
    assert "content was added after the signature" in result.output


def test_verify_with_another_desks_certificate_fails(desk, tmp_path):
    other = tmp_path / "other.p12"
    cert = make_key("Other Desk", other, None)
    ours = run(desk, "verify", str(desk / "releases" / "0001" / "pack.pdf"), "--cert",
               str(cert))
    assert ours.exit_code == 1 and "the signer is not the certificate" in ours.output


def test_verify_a_pdf_never_signed_exits_2(built, desk):
    _, dist, _ = built
    result = run(desk, "verify", str(dist / "pack.pdf"))
    assert result.exit_code == 2
    assert "this PDF was never signed" in result.output
    text = desk / "readers.yaml"
    result = run(desk, "verify", str(text))
    assert result.exit_code == 2 and "not a PDF file" in result.output


def test_the_log_is_appended_across_runs(desk):
    assert distribute(desk).exit_code == 0
    log = desk / "outbox" / "distribution.json"
    first = log.read_bytes()
    assert distribute(desk).exit_code == 0
    second = log.read_bytes()
    assert second.startswith(first.rstrip()[:-1].rstrip()), "earlier entries untouched"
    entries = json.loads(second)
    assert len(entries) == 4
    assert len({entry["copy"] for entry in entries}) == 4
    assert entries[2]["files"]["pack.pdf"] != entries[0]["files"]["pack.pdf"]


def test_a_damaged_log_is_an_error_and_is_left_as_it_was(desk):
    outbox = desk / "outbox"
    outbox.mkdir()
    (outbox / "distribution.json").write_text('[\n{"reader": "amira"', "utf-8")
    result = distribute(desk)
    assert result.exit_code == 2
    assert "distribution.json: is damaged" in result.output
    assert (outbox / "distribution.json").read_text("utf-8") == '[\n{"reader": "amira"'
    assert sorted(p.name for p in outbox.iterdir()) == [".briefgen.lock", "distribution.json"]


@pytest.mark.parametrize("kind", ["fifo", "link"])
def test_a_log_that_is_a_fifo_or_a_link_is_an_error_and_is_left_as_it_was(desk, kind):
    outbox = desk / "outbox"
    outbox.mkdir()
    log = outbox / "distribution.json"
    elsewhere = desk / "elsewhere.json"
    elsewhere.write_text("[]\n")
    if kind == "fifo":
        os.mkfifo(log)
    else:
        log.symlink_to(elsewhere)
    result = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "briefgen"), "--project", str(desk), "distribute", "1",
         "--readers", str(desk / "readers.yaml"), "-o", str(outbox)],
        capture_output=True, text=True, timeout=60, env={**os.environ})
    assert result.returncode == 2
    assert "distribution.json: is not a regular file" in result.stderr + result.stdout
    assert (stat.S_ISFIFO(log.lstat().st_mode) if kind == "fifo" else log.is_symlink())
    assert not (outbox / "amira").exists()


def test_no_reader_cleared_exits_2_and_writes_nothing(desk):
    (desk / "readers.yaml").write_text(
        "readers:\n  - {id: press, name: Pat, organisation: Press, clearance: OFFICIAL}\n")
    result = distribute(desk)
    assert result.exit_code == 2
    assert "no copy written: press (Pat): clearance OFFICIAL is below the release's " \
           "marking CONFIDENTIAL" in result.output
    assert not (desk / "outbox").exists()


@pytest.mark.parametrize(("readers", "message"), [
    ("readers:\n  - {id: a, name: A, organisation: O, clearance: SECRET, email: x}\n",
     "readers.yaml:2: readers[0].email: unknown key"),
    ("readers:\n  - {id: a, name: A, organisation: O, clearance: SECRET}\n"
     "  - {id: a, name: B, organisation: O, clearance: SECRET}\n",
     "readers.yaml:3: readers[1].id: 'a' is also the id of the reader on line 2"),
    ("readers:\n  - {id: a, name: A, organisation: O, clearance: TOP SECRET}\n",
     "readers.yaml:2: readers[0].clearance: 'TOP SECRET' is not one of UNCLASSIFIED, "
     "OFFICIAL, CONFIDENTIAL, SECRET"),
])
def test_bad_readers_exit_2_naming_file_and_line(desk, readers, message):
    (desk / "readers.yaml").write_text(readers, "utf-8")
    result = distribute(desk)
    assert result.exit_code == 2
    assert message in result.output
    assert not (desk / "outbox").exists()


def test_a_release_that_does_not_exist_exits_2(desk):
    result = run(desk, "distribute", "7", "--readers", str(desk / "readers.yaml"),
                 "-o", str(desk / "outbox"))
    assert result.exit_code == 2
    assert "release 7: no" in result.output and "known releases: 0001" in result.output


@pytest.mark.parametrize("out", ["releases/0001", "releases/0001/specs", "releases",
                                 "seeds", "elsewhere/0001"])
def test_copies_are_never_written_into_a_release_releases_or_seeds(desk, out):
    elsewhere = desk / "elsewhere" / "0001"
    shutil.copytree(desk / "releases" / "0001", elsewhere)
    release = str(elsewhere) if out.startswith("elsewhere") else "1"
    before = sorted(p for p in desk.rglob("*"))
    result = run(desk, "distribute", release, "--readers", str(desk / "readers.yaml"),
                 "-o", str(desk / out))
    assert result.exit_code == 2
    assert f"-o {desk / out}: that is inside the" in result.output
    assert sorted(p for p in desk.rglob("*")) == before, "nothing written, no lock file"


def test_a_release_number_in_other_digits_is_an_error_not_a_traceback(desk):
    result = run(desk, "distribute", "\u00b2", "--readers", str(desk / "readers.yaml"),
                 "-o", str(desk / "outbox"))
    assert result.exit_code == 2
    assert "release \u00b2: no" in result.output


def test_a_release_whose_marking_was_lowered_gives_no_copy(desk):
    described = desk / "releases" / "0001" / "release.json"
    document = json.loads(described.read_text("utf-8"))
    document["marking"] = "UNCLASSIFIED"  # press (UNCLASSIFIED) would get a CONFIDENTIAL pack
    described.write_text(json.dumps(document), "utf-8")
    result = distribute(desk)
    assert result.exit_code == 2
    assert "says marking UNCLASSIFIED, but its briefs make it CONFIDENTIAL" in result.output
    assert not (desk / "outbox").exists()


@pytest.mark.parametrize("kind", ["fifo", "link"])
def test_a_release_pack_that_is_a_fifo_or_a_link_exits_2_without_waiting(desk, kind):
    pack = desk / "releases" / "0001" / "pack.pdf"
    real = desk / "pack.pdf"
    shutil.move(pack, real)
    if kind == "fifo":
        os.mkfifo(pack)
    else:
        pack.symlink_to(real)
    result = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "briefgen"), "--project", str(desk), "distribute", "1",
         "--readers", str(desk / "readers.yaml"), "-o", str(desk / "outbox")],
        capture_output=True, text=True, timeout=60, env={**os.environ})
    assert result.returncode == 2
    assert f"{pack} is not a regular file" in result.stderr + result.stdout
    assert not (desk / "outbox" / "amira").exists()


def test_a_release_file_changed_since_release_exits_2(desk):
    pack = desk / "releases" / "0001" / "pack.pdf"
    pack.write_bytes(pack.read_bytes() + b"\n")
    result = distribute(desk)
    assert result.exit_code == 2
    assert "is not the file release 1 froze" in result.output


def test_a_missing_key_file_or_a_wrong_password_exits_2(desk, monkeypatch):
    monkeypatch.setenv("TEST_DESK_PASSWORD", "wrong")
    result = distribute(desk)
    assert result.exit_code == 2
    assert "cannot open the PKCS#12 file: the password is wrong" in result.output
    (desk / "briefgen.yaml").write_text(f"signing:\n  pkcs12: {desk / 'nowhere.p12'}\n")
    result = distribute(desk)
    assert result.exit_code == 2
    assert "briefgen.yaml:2: signing.pkcs12: " in result.output
    assert "no such key file" in result.output
    assert not (desk / "outbox" / "amira").exists()


def test_a_key_file_that_is_a_fifo_exits_2_without_waiting(desk):
    fifo = desk / "desk.p12"
    os.mkfifo(fifo)
    (desk / "briefgen.yaml").write_text(f"signing:\n  pkcs12: {fifo}\n")
    result = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "briefgen"), "--project", str(desk), "distribute", "1",
         "--readers", str(desk / "readers.yaml"), "-o", str(desk / "outbox")],
        capture_output=True, text=True, timeout=60, env={**os.environ})
    assert result.returncode == 2
    assert f"{fifo}: not a key file" in result.stderr + result.stdout
    assert not (desk / "outbox" / "amira").exists()


def test_a_failed_distribution_leaves_no_partial_copy(desk, monkeypatch):
    assert distribute(desk).exit_code == 0
    outbox = desk / "outbox"
    before = {p.relative_to(outbox): p.read_bytes() for p in outbox.rglob("*") if p.is_file()}
    real = copies.PdfStamper.stamp
    calls = []

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real(*args, **kwargs)

    monkeypatch.setattr(copies.PdfStamper, "stamp", failing)
    with pytest.raises(OSError):
        copies.distribute(copies.open_release(desk / "releases", "1"),
                          __import__("briefgen.readers").readers.load_readers(
                              desk / "readers.yaml"), outbox)
    after = {p.relative_to(outbox): p.read_bytes() for p in outbox.rglob("*") if p.is_file()}
    assert after == before, "the earlier copies and the log are as they were"
    assert not list(outbox.glob(".briefgen-*"))


def test_a_killed_distributions_staged_copies_are_swept(desk):
    outbox = desk / "outbox"
    staged = outbox / ".briefgen-copy-amira.x1y2.tmp"
    staged.mkdir(parents=True)
    (staged / "pack.pdf").write_bytes(b"%PDF-half")
    assert distribute(desk).exit_code == 0
    assert not staged.exists()
    assert sorted(p.name for p in outbox.iterdir() if not p.name.startswith(".")) == \
        ["amira", "distribution.json", "omar"]


def test_keys_init_writes_a_private_key_and_names_it_in_briefgen_yaml(tmp_path, monkeypatch):
    root = tmp_path / "project"
    (root / "seeds").mkdir(parents=True)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("BRIEFGEN_SIGNING_PASSWORD", "s3cret")
    result = run(root, "keys", "init", "--name", "Afghanistan Desk")
    assert result.exit_code == 0, result.output
    key = tmp_path / "config" / "briefgen" / "keys" / "afghanistan-desk.p12"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert stat.S_IMODE(key.parent.stat().st_mode) == 0o700
    assert (key.parent / "afghanistan-desk.crt.pem").read_bytes().startswith(b"-----BEGIN")
    config = (root / "briefgen.yaml").read_text("utf-8")
    assert f"pkcs12: {key}" in config and "password_env: BRIEFGEN_SIGNING_PASSWORD" in config
    again = run(root, "keys", "init", "--name", "Afghanistan Desk")
    assert again.exit_code == 2 and "never overwrites a key" in again.output
    from briefgen.project import Project
    from briefgen.signing import load_signer

    signer = load_signer(Project.at(root))
    assert signer is not None and "Afghanistan Desk" in signer.name
    os.environ.pop("BRIEFGEN_SIGNING_PASSWORD")
    missing = run(root, "distribute", "1", "--readers", "x.yaml", "-o", str(tmp_path / "o"))
    assert missing.exit_code == 2


def test_libreoffice_shows_the_docx_copys_line_on_every_page(desk, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.fail("LibreOffice is missing: install libreoffice-writer-nogui (.ci/run does)")
    assert distribute(desk).exit_code == 0
    entry = json.loads((desk / "outbox" / "distribution.json").read_text("utf-8"))[0]
    shutil.copy(desk / "outbox" / "amira" / "pack.docx", tmp_path / "copy.docx")
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(tmp_path / "copy.docx")],
        check=True, capture_output=True, timeout=300)
    assert (tmp_path / "copy.pdf").exists(), "LibreOffice exits 0 even when it cannot load a file"
    pages = [" ".join(page.split()) for page in pdftotext(tmp_path / "copy.pdf").split("\f")
             if page.strip()]
    assert len(pages) > 5
    for number, page in enumerate(pages, start=1):
        assert f"release 1 · copy {entry['copy']}" in page, f"page {number}"


def test_a_killed_distribution_leaves_whole_copies_or_none(desk):
    """SIGKILL while copies are being made: every reader folder left holds a whole copy
    the log lists, and the next run clears what the killed one staged."""
    import signal
    import sys
    import time

    outbox = desk / "outbox"
    env = {**os.environ, "TEST_DESK_PASSWORD": PASSWORD}
    process = subprocess.Popen(
        [sys.executable, "-m", "briefgen.cli", "--project", str(desk), "distribute", "1",
         "--readers", str(desk / "readers.yaml"), "-o", str(outbox)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if list(outbox.glob(".briefgen-copy-*")):
            break
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait()
    log = outbox / "distribution.json"
    logged = {entry["reader"]: entry for entry in json.loads(log.read_bytes())} \
        if log.exists() else {}
    for folder in outbox.iterdir():
        if folder.name.startswith(".") or not folder.is_dir():
            continue
        entry = logged[folder.name]
        import hashlib

        for name, digest in entry["files"].items():
            assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest
    assert distribute(desk).exit_code == 0
    assert not list(outbox.glob(".briefgen-copy-*"))


def test_verify_rejects_a_copy_whose_signature_was_changed(desk, tmp_path):
    assert distribute(desk).exit_code == 0
    data = bytearray((desk / "outbox" / "amira" / "pack.pdf").read_bytes())
    at = data.rfind(b"/Contents <") + len(b"/Contents <") + 200
    data[at] = ord("f") if data[at] != ord("f") else ord("e")
    altered = tmp_path / "altered.pdf"
    altered.write_bytes(bytes(data))
    result = run(desk, "verify", str(altered))
    assert result.exit_code == 1
    assert "NOT VALID: the signature cannot be checked" in result.output


def test_a_copy_still_passes_the_pdfua_smoke_check(desk):
    """The stamp is drawn as an artifact, so the tagged pack stays as tagged as it was."""
    import sys

    assert distribute(desk).exit_code == 0
    result = subprocess.run([sys.executable, "-m", "pdfua", "check",
                             str(desk / "outbox" / "amira" / "pack.pdf")],
                            capture_output=True, text=True)
    assert "result: PASS" in result.stdout, result.stdout[-2000:]


def _unreleased_desk(built, tmp_path: Path, monkeypatch, password: str) -> Path:
    """The built project's seeds and briefs, with no release yet, and a briefgen.yaml naming
    the desk key, whose password variable holds `password`."""
    source, _, key = built
    root = tmp_path / "desk"
    shutil.copytree(source / "seeds", root / "seeds")
    shutil.copytree(source / "briefs", root / "briefs")
    (root / "briefgen.yaml").write_text(
        f"signing:\n  pkcs12: {key}\n  password_env: TEST_DESK_PASSWORD\n", "utf-8")
    monkeypatch.setenv("TEST_DESK_PASSWORD", password)
    return root


def test_a_real_release_is_signed_when_made_and_distributes(built, tmp_path, monkeypatch):
    """`briefgen release` with a desk key: its PDFs are signed before release.json takes
    their hashes (pdfsig and verify agree, verify names the release), and `distribute` takes
    the release as `release` froze it."""
    root = _unreleased_desk(built, tmp_path, monkeypatch, PASSWORD)
    (root / "readers.yaml").write_text(READERS, "utf-8")
    result = run(root, "release")
    assert result.exit_code == 0, result.output
    folder = root / "releases" / "0001"
    for name in ("pack.pdf", "iran-taliban.pdf"):
        blocks = pdfsig(folder / name)
        assert len(blocks) == 1 and "Signature is Valid" in blocks[0], blocks
        assert "Total document signed" in blocks[0], blocks
    verified = run(root, "verify", str(folder / "pack.pdf"))
    assert verified.exit_code == 0, verified.output
    assert re.search(r"^release: 1$", verified.output, re.M), verified.output
    marking = json.loads((folder / "release.json").read_text("utf-8"))["marking"]
    result = distribute(root)
    assert result.exit_code == 0, result.output
    log = json.loads((root / "outbox" / "distribution.json").read_text("utf-8"))
    assert log and all(entry["release"] == 1 for entry in log), log
    assert marking in result.output or len(log) == 3


def test_release_with_a_wrong_password_stops_before_any_work(built, tmp_path, monkeypatch):
    root = _unreleased_desk(built, tmp_path, monkeypatch, "wrong")
    result = run(root, "release")
    assert result.exit_code == 2, result.output
    assert not (root / "releases").exists() or not any(
        p.name.isdigit() for p in (root / "releases").iterdir())
