"""Reader copies of a release: each page stamped with who it is for, logged, signed.

A copy reuses the release's pages: pack.pdf gets one appended revision (a form XObject with
the stamp line, drawn on every page by one shared content stream, the copy's id in the
document information and XMP, and a signature when the desk has a key); pack.docx gets the
line in every footer and the copy id in its custom properties. Nothing is laid out again
but the one stamp line.
"""

from __future__ import annotations

import hashlib
import html
import io
import json
import os
import re
import secrets
import shutil
import stat
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import BriefgenError, Problem
from .lock import TEMP_PREFIX, TEMP_SUFFIX, output_lock
from .pack import highest_classification
from .readers import Reader
from .signing import COPY_FIELD, INFO_COPY, INFO_READER, INFO_RELEASE, Signer
from .spec import CLASSIFICATIONS

if TYPE_CHECKING:
    import pikepdf

    from .pdfpack import DeflatedPiece, Revision

RELEASE_JSON = "release.json"
LOG_NAME = "distribution.json"
COPY_FILES = ("pack.pdf", "pack.docx")
_XMP_NS = "https://briefgen.invalid/ns/copy/1.0/"  # briefgen's own XMP properties


class DistributionError(BriefgenError):
    """A release, a distribution folder or its log cannot be used."""


@dataclass(frozen=True)
class Release:
    """A frozen release folder, as its release.json describes it."""

    number: int
    folder: Path
    marking: str
    files: dict[str, str]  # name → SHA-256


def open_release(releases: Path, ref: str) -> Release:
    """The release `ref` names: a number (3, 0003) under `releases`, or a release folder."""
    # isascii: "²" and other Unicode digits pass isdigit() but not int().
    number = ref.isascii() and ref.isdigit()
    folder = releases / f"{int(ref):04d}" if number else Path(ref)
    described = folder / RELEASE_JSON
    if not described.is_file():
        known = sorted(p.name for p in releases.glob("[0-9][0-9][0-9][0-9]")
                       if (p / RELEASE_JSON).is_file()) if releases.is_dir() else []
        raise DistributionError(f"release {ref}: no {described}; "
                                f"known releases: {', '.join(known) or 'none'}")
    try:
        document = json.loads(described.read_text("utf-8"))
        number, marking, files = document["release"], document["marking"], document["files"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DistributionError(f"{described}: not a release description ({exc})") from None
    if marking not in CLASSIFICATIONS or not isinstance(number, int):
        raise DistributionError(f"{described}: marking '{marking}' or release {number!r} is "
                                "not one briefgen writes")
    # The marking decides who gets a copy: it must be the highest of the briefs', as
    # `briefgen release` wrote it, never a lowered one that lets a reader through.
    try:
        briefs = [brief["classification"] for brief in document["briefs"]]
        highest = highest_classification(briefs) if briefs else None
    except (KeyError, TypeError, ValueError):
        highest = None
    if highest != marking:
        raise DistributionError(f"{described}: says marking {marking}, but its briefs make it "
                                f"{highest or 'nothing briefgen writes'}; the release is "
                                "damaged: restore it from a copy")
    missing = [name for name in COPY_FILES if name not in files]
    if missing:
        raise DistributionError(f"{described}: the release has no {', '.join(missing)}")
    return Release(number, folder, marking, files)


def read_release_file(release: Release, name: str) -> bytes:
    """A file of the release, checked against the SHA-256 its release.json gives."""
    path = release.folder / name
    try:
        # A regular file, not a link: a FIFO in a release folder would make this read wait
        # for ever, a link would read from outside the release.
        if not stat.S_ISREG(path.lstat().st_mode):
            raise DistributionError(f"{path} is not a regular file, as the release froze it; "
                                    "restore the release folder from a copy")
        data = path.read_bytes()
    except OSError as exc:
        raise DistributionError(f"{path}: cannot read: {exc.strerror}") from None
    if hashlib.sha256(data).hexdigest() != release.files[name]:
        raise DistributionError(f"{path} is not the file release {release.number} froze (its "
                                f"SHA-256 differs from {RELEASE_JSON}); restore it")
    return data


@dataclass(frozen=True)
class Refusal:
    reader: Reader
    reason: str


@dataclass(frozen=True)
class Copy:
    reader: Reader
    copy_id: str
    folder: Path
    digests: dict[str, str]  # file name → SHA-256


def stamp_line(reader: Reader, release: Release, copy_id: str) -> str:
    return (f"Copy for {reader.name}, {reader.organisation} · release {release.number} · "
            f"copy {copy_id}")


def distribute(release: Release, readers: Sequence[Reader], out_dir: Path,
               signer: Signer | None = None,
               report: Callable[[str], None] = lambda line: None) -> tuple[list[Copy],
                                                                           list[Refusal]]:
    """Write one stamped copy per cleared reader into out_dir/<reader-id>/ and append them to
    out_dir/distribution.json; a reader below the release's marking gets none."""
    refusals = [Refusal(r, f"clearance {r.clearance} is below the release's marking "
                           f"{release.marking}")
                for r in readers if not r.may_read(release.marking)]
    cleared = [r for r in readers if r.may_read(release.marking)]
    if not cleared:
        raise DistributionError([Problem(None, None, None, f"no copy written: {r.reader.id} "
                                         f"({r.reader.name}): {r.reason}") for r in refusals])
    pdf = PdfStamper(read_release_file(release, "pack.pdf"), signer)
    docx = DocxStamper(read_release_file(release, "pack.docx"))
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DistributionError(f"cannot create {out_dir}: {exc.strerror}") from None
    copies: list[Copy] = []
    with output_lock(out_dir):
        _sweep_copy_folders(out_dir)
        log = read_log(out_dir)
        taken = {entry.get("copy") for entry in log}
        staged: list[tuple[Copy, Path]] = []
        try:
            for reader in cleared:
                copy_id = _new_copy_id(taken)
                line = stamp_line(reader, release, copy_id)
                files = {
                    "pack.pdf": pdf.stamp(release, reader, copy_id),
                    "pack.docx": docx.stamp(line, copy_id, release.number, reader.id),
                }
                folder = _stage_copy(out_dir, reader.id, files)
                digests = {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}
                staged.append((Copy(reader, copy_id, out_dir / reader.id, digests), folder))
                report(f"copy {copy_id} for {reader.id}")
            when = datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
            append_log(out_dir, [_log_entry(c, release, when, signer) for c, _ in staged])
            for copy, folder in staged:
                _swap_into_place(folder, copy.folder)
                copies.append(copy)
        finally:
            for _, folder in staged:
                shutil.rmtree(folder, ignore_errors=True)
    return copies, refusals


def _new_copy_id(taken: set) -> str:
    while True:
        copy_id = secrets.token_hex(6)  # 48 random bits
        if copy_id not in taken:
            taken.add(copy_id)
            return copy_id


def _log_entry(copy: Copy, release: Release, when: str, signer: Signer | None) -> dict:
    return {"reader": copy.reader.id, "name": copy.reader.name,
            "organisation": copy.reader.organisation, "copy": copy.copy_id,
            "release": release.number, "time": when, "signed": signer is not None,
            "files": copy.digests}


# --- the stamp on a PDF -------------------------------------------------------------------

# The band at the foot of each page the line is drawn in: A4's width, 16 points high, below
# the running footer; scaled to the width of other pages.
_STAMP_CSS = """
@page { size: 595.28pt 16pt; margin: 0 }
html, body { margin: 0 }
p { font-family: "Crimson Text", "Amiri", serif; font-size: 7pt; color: #7a1f1f;
    text-align: center; margin: 0; line-height: 16pt; white-space: nowrap }
"""


def stamp_form_pdf(reader: Reader, release: Release, copy_id: str) -> bytes:
    """The stamp line laid out alone, one A4-wide band: the only layout a copy needs. The
    name and organisation are isolated, so an Arabic name keeps its place in the line."""
    from .render.fonts import font_dirs, font_face_css
    from .render.pdf import render_pdf

    markup = (f'<!DOCTYPE html><html lang="en"><body><p>Copy for '
              f"<bdi>{html.escape(reader.name)}</bdi>, "
              f"<bdi>{html.escape(reader.organisation)}</bdi> · release {release.number} · "
              f"copy {html.escape(copy_id)}</p></body></html>")
    return render_pdf(markup, (font_face_css(), _STAMP_CSS), font_dirs(), tagged=False)


class PdfStamper:
    """The release's pack.pdf opened once, its pages set to draw a stamp at their foot; each
    copy is one write of it with its own stamp, metadata and signature."""

    def __init__(self, data: bytes, signer: Signer | None):
        import pikepdf

        from .pdfpack import Revision

        self.signer = signer
        self.revision = Revision(data)
        self.form = self.revision.add(pikepdf.Stream(self.revision.pdf, b""))  # per copy
        draw_on_every_page(self.revision, self.form)
        self.xmp = _xmp_of(self.revision)
        self.revision.info()  # made now if the PDF has none: no object is added per copy
        if signer is not None:
            self.revision.add_signature_field(COPY_FIELD)

    def stamp(self, release: Release, reader: Reader, copy_id: str) -> bytes:
        """One reader's copy: the line on every page, the copy named in Info and XMP, signed."""
        import pikepdf

        self.revision.place_form(self.form, stamp_form_pdf(reader, release, copy_id))
        info = self.revision.info()
        for key, value in ((INFO_RELEASE, str(release.number)), (INFO_COPY, copy_id),
                           (INFO_READER, reader.id)):
            info[key] = pikepdf.String(value)
        if self.xmp is not None:
            stream, xmp = self.xmp
            stream.write(_xmp_with_copy(xmp, copy_id, release.number, reader.id))
        return self.revision.write(sign=self.signer.sign_digest if self.signer else None)


def draw_on_every_page(revision: Revision, form: pikepdf.Object) -> None:
    """Draw `form` (an A4-wide band) across the foot of every page, as an artifact."""
    import pikepdf

    pdf = revision.pdf
    width = 595.28  # the band's width: A4's, as _STAMP_CSS lays it out
    before = revision.add(pikepdf.Stream(pdf, b"q\n"))
    after_by_box: dict[tuple[float, ...], pikepdf.Object] = {}
    name = "/BriefgenCopyStamp"
    for page in pdf.pages:
        box = tuple(float(v) for v in page.mediabox)
        after = after_by_box.get(box)
        if after is None:
            scale = (box[2] - box[0]) / width
            after = revision.add(pikepdf.Stream(pdf, (
                f"\nQ\nq /Artifact BMC {scale:.4f} 0 0 {scale:.4f} {box[0]:.2f} {box[1]:.2f} cm "
                f"{name} Do EMC Q\n").encode()))
            after_by_box[box] = after
        contents = page.obj.get("/Contents")
        old = list(contents) if isinstance(contents, pikepdf.Array) else \
            [contents] if contents is not None else []
        page.obj.Contents = pikepdf.Array([before, *old, after])
        resources = page.obj.get("/Resources")
        if resources is None:
            resources = page.obj.Resources = pikepdf.Dictionary()
        elif resources.is_indirect:
            revision.touch(resources)
        xobjects = resources.get("/XObject")
        if xobjects is None:
            resources.XObject = pikepdf.Dictionary({name: form})
        else:
            if xobjects.is_indirect:
                revision.touch(xobjects)
            xobjects[name] = form
        revision.touch(page.obj)


def _xmp_of(revision: Revision) -> tuple[pikepdf.Object, str] | None:
    """A new XMP stream in place of the PDF's (a tagged pack has one), and the old XMP."""
    import pikepdf

    root = revision.pdf.Root
    if "/Metadata" not in root:
        return None
    xmp = root.Metadata.read_bytes().decode("utf-8")
    if "</rdf:RDF>" not in xmp:
        return None
    stream = revision.add(pikepdf.Stream(revision.pdf, b""))
    stream.Type, stream.Subtype = pikepdf.Name.Metadata, pikepdf.Name.XML
    root.Metadata = stream
    revision.touch(root)
    return stream, xmp


def _xmp_with_copy(xmp: str, copy_id: str, release: int, reader_id: str) -> bytes:
    description = (f'<rdf:Description rdf:about="" xmlns:briefgen="{_XMP_NS}">'
                   f"<briefgen:copy>{html.escape(copy_id)}</briefgen:copy>"
                   f"<briefgen:release>{release}</briefgen:release>"
                   f"<briefgen:reader>{html.escape(reader_id)}</briefgen:reader>"
                   "</rdf:Description>")
    return xmp.replace("</rdf:RDF>", description + "</rdf:RDF>", 1).encode("utf-8")


# --- the stamp on a DOCX ------------------------------------------------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CUSTOM_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
_CUSTOM_REL = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
               "custom-properties")
_FOOTER = re.compile(r"word/footer\d*\.xml$")


class DocxStamper:
    """pack.docx, deflated once, to which each copy adds its line and properties."""

    def __init__(self, data: bytes):
        from .pdfpack import deflate

        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                self.parts = {name: archive.read(name) for name in archive.namelist()}
        except (zipfile.BadZipFile, OSError) as exc:
            raise DistributionError(f"the release's pack.docx is not a DOCX ({exc})") from None
        self.footers = [name for name in self.parts if _FOOTER.fullmatch(name)]
        if not self.footers:
            raise DistributionError("the release's pack.docx has no footer to carry the stamp")
        edited = {*self.footers, "[Content_Types].xml", "_rels/.rels", "docProps/custom.xml"}
        self.deflated: dict[str, DeflatedPiece] = {
            name: deflate(part) for name, part in self.parts.items() if name not in edited}

    def stamp(self, line: str, copy_id: str, release: int, reader_id: str) -> bytes:
        from .pdfpack import deflate, write_zip

        edits = {name: _footer_with(self.parts[name], line) for name in self.footers}
        edits["docProps/custom.xml"] = _custom_properties(
            {"BriefgenCopy": copy_id, "BriefgenRelease": str(release),
             "BriefgenReader": reader_id})
        types = self.parts["[Content_Types].xml"].decode("utf-8")
        if "/docProps/custom.xml" not in types:
            types = types.replace("</Types>", '<Override PartName="/docProps/custom.xml" '
                                  f'ContentType="{_CUSTOM_TYPE}"/></Types>')
        edits["[Content_Types].xml"] = types.encode("utf-8")
        rels = self.parts["_rels/.rels"].decode("utf-8")
        if "docProps/custom.xml" not in rels:
            rels = rels.replace("</Relationships>", '<Relationship Id="rIdBriefgenCopy" '
                                f'Type="{_CUSTOM_REL}" Target="docProps/custom.xml"/>'
                                "</Relationships>")
        edits["_rels/.rels"] = rels.encode("utf-8")
        names = [*self.parts, *(n for n in edits if n not in self.parts)]
        return write_zip([(name, deflate(edits[name]) if name in edits
                           else self.deflated[name]) for name in names])


def _footer_with(xml: bytes, line: str) -> bytes:
    """A footer part with the stamp line as its last paragraph."""
    paragraph = (f'<w:p xmlns:w="{_W}"><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr>'
                 '<w:rFonts w:ascii="Crimson Text" w:hAnsi="Crimson Text" w:cs="Amiri"/>'
                 '<w:color w:val="7A1F1F"/><w:sz w:val="14"/><w:szCs w:val="14"/></w:rPr>'
                 f'<w:t xml:space="preserve">{html.escape(line, quote=False)}</w:t></w:r></w:p>')
    text = xml.decode("utf-8")
    end = text.rfind("</w:ftr>")
    if end < 0:
        raise DistributionError("a footer of the release's pack.docx has no end")
    return (text[:end] + paragraph + text[end:]).encode("utf-8")


def _custom_properties(values: dict[str, str]) -> bytes:
    entries = "".join(
        f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{pid}" '
        f'name="{html.escape(name)}"><vt:lpwstr>{html.escape(value)}</vt:lpwstr></property>'
        for pid, (name, value) in enumerate(values.items(), start=2))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns='
            '"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            f"{entries}</Properties>").encode()


# --- copies on disk, and the log ------------------------------------------------------------

_COPY_FOLDER = f"{TEMP_PREFIX}copy-"


def _stage_copy(out_dir: Path, reader_id: str, files: dict[str, bytes]) -> Path:
    """Write a copy's files whole into a temporary folder beside where it goes."""
    folder = Path(tempfile.mkdtemp(prefix=f"{_COPY_FOLDER}{reader_id}.", suffix=TEMP_SUFFIX,
                                   dir=out_dir))
    try:
        for name, data in files.items():
            with open(folder / name, "wb") as file:
                file.write(data)
                file.flush()
                os.fsync(file.fileno())
        folder.chmod(0o755)
    except OSError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise DistributionError(f"cannot write a copy into {out_dir}: {exc.strerror}") from None
    return folder


def _swap_into_place(staged: Path, target: Path) -> None:
    """Put a staged copy at `target`, moving an earlier copy there out of the way first:
    at every moment the reader's folder holds a whole copy or none."""
    old = None
    if target.is_symlink() or target.is_file():
        raise DistributionError(f"{target} is not a folder; move it away and distribute again")
    if target.exists():
        old = target.with_name(f"{_COPY_FOLDER}{target.name}.old{TEMP_SUFFIX}")
        shutil.rmtree(old, ignore_errors=True)
        os.rename(target, old)
    os.rename(staged, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _sweep_copy_folders(out_dir: Path) -> None:
    """Remove the staged copies of a distribution that was killed (held under the lock)."""
    for folder in out_dir.glob(f"{_COPY_FOLDER}*{TEMP_SUFFIX}"):
        if folder.is_dir() and not folder.is_symlink():
            shutil.rmtree(folder, ignore_errors=True)


def read_log(out_dir: Path) -> list[dict]:
    """The entries of out_dir/distribution.json; a damaged log is an error, never replaced."""
    path = out_dir / LOG_NAME
    if not path.exists() and not path.is_symlink():
        return []
    try:
        # A FIFO would make the read wait for ever (holding the lock), a link read a log
        # from elsewhere and be replaced by a file when the log is appended.
        if not stat.S_ISREG(path.lstat().st_mode):
            raise DistributionError([Problem(path, None, None,
                                             "is not a regular file (a link, a FIFO?); "
                                             "briefgen appends to this log and never follows "
                                             "it elsewhere: put the log itself there or move "
                                             "it away")])
        entries = json.loads(path.read_bytes())
    except (OSError, ValueError) as exc:
        raise DistributionError([Problem(path, None, None,
                                         f"is damaged ({exc}); briefgen appends to this log "
                                         "and never rewrites it: restore it from a backup or "
                                         "move it away")]) from None
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise DistributionError([Problem(path, None, None,
                                         "is not a list of distribution entries; restore it or "
                                         "move it away")])
    return entries


def append_log(out_dir: Path, entries: list[dict]) -> None:
    """Append `entries` to distribution.json: the old bytes stay as they were, each entry one
    line, and the new file replaces the old by a rename, never half-written."""
    from .output import write_atomic

    path = out_dir / LOG_NAME
    lines = ",\n".join(json.dumps(entry, ensure_ascii=False, sort_keys=True)
                       for entry in entries)
    if path.exists():
        old = path.read_bytes()
        head = old.rstrip()
        if not head.endswith(b"]"):
            raise DistributionError(f"{path} does not end with ']'; restore it")
        head = head[:-1].rstrip()
        joined = head + (b",\n" if head != b"[" else b"\n") + lines.encode("utf-8") + b"\n]\n"
    else:
        joined = ("[\n" + lines + "\n]\n").encode("utf-8")
    write_atomic(path, joined)
