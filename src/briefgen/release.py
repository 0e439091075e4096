"""Releases: a pack frozen as releases/NNNN/, never changed afterwards, and what changed.

A release is what `build` makes of a folder of specs (each brief, pack.pdf, pack.docx,
manifest.json), with the resolved specs (specs/<brief-id>.json: enough to compare releases
without the sources), changes.json from the second release on, and release.json, written
last, which lists the SHA-256 of every other file. It is made in a temporary folder inside
releases/ and renamed into place, so a failed or killed release leaves no releases/NNNN.

A release folder is untrusted when read: release.json must be whole, and every file must be
listed in it with the hash it has, and nothing else may lie in the folder.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .build import BuildProgress, BuildReport, BuiltBrief, build
from .changes import BriefRef, WhatChanged, what_changed
from .errors import ProjectError
from .lock import output_lock
from .model import Brief, decode_brief, encode_brief
from .output import MANIFEST
from .pack import highest_classification
from .project import Project
from .signing import Signer, load_signer, sign_release_pdfs
from .spec import CLASSIFICATIONS

RELEASES_DIR = "releases"
RELEASE_JSON = "release.json"
CHANGES_JSON = "changes.json"
SPECS_DIR = "specs"
_NUMBER = re.compile(r"^\d{4}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
# A release being made: releases/.briefgen-release-<random>; a killed one's is swept.
_TEMP_PREFIX = ".briefgen-release-"
_LOCK = ".briefgen.lock"
_FIELDS = {"release", "created", "marking", "briefs", "files"}
_MAX_RELEASE_JSON = 16 << 20  # a release of thousands of briefs is well under 1 MiB


class ReleaseError(ProjectError):
    """A release that does not exist, or a releases/ folder or release that is damaged."""


@dataclass(frozen=True)
class Release:
    """A release as its release.json describes it, checked against its files."""

    number: int
    created: str
    marking: str
    briefs: tuple[BriefRef, ...]
    files: dict[str, str]  # name inside the folder → SHA-256
    folder: Path


def make_release(project: Project, paths: Sequence[Path], progress: BuildProgress | None = None,
                 jobs: int = 1, use_cache: bool = True) -> tuple[Release, BuildReport]:
    """Build the pack in `paths` and freeze it as the next numbered release."""
    signer = load_signer(project)  # a missing key or wrong password stops before any work
    releases_dir = project.root / RELEASES_DIR
    try:
        releases_dir.mkdir(exist_ok=True)
    except OSError as exc:
        raise ReleaseError(f"cannot create {releases_dir}: {exc.strerror}") from None
    with output_lock(releases_dir):  # one release at a time: each takes the next number
        _sweep_killed(releases_dir)
        earlier = read_releases(releases_dir)
        number = earlier[-1].number + 1 if earlier else 1
        history = [(r.number, release_briefs(r)) for r in earlier]

        def compare(briefs: Sequence[Brief]) -> WhatChanged | None:
            if not history:
                return None
            now = {brief.id: brief for brief in briefs}
            return what_changed([*history, (number, now)], history[-1][0], number)

        folder = Path(tempfile.mkdtemp(prefix=_TEMP_PREFIX, dir=releases_dir))
        try:
            report = build(project, paths, folder, ("pdf", "docx"), _UntilRenamed(progress),
                           jobs, use_cache, pack=True, what_changed=compare)
            release = _freeze(folder, number, report, signer)
            target = releases_dir / f"{number:04d}"
            os.rename(folder, target)  # atomic; refuses a target that exists and is not empty
            _fsync_folder(releases_dir)
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
    report.out_dir = target
    if progress is not None:
        progress.finish(report)
    return _replace_folder(release, target), report


class _UntilRenamed(BuildProgress):
    """Tell a build's progress, but its summary only once the release has its own name."""

    def __init__(self, progress: BuildProgress | None):
        self.progress = progress or BuildProgress()

    def start(self, total: int) -> None:
        self.progress.start(total)

    def brief(self, built: BuiltBrief) -> None:
        self.progress.brief(built)

    def step(self, text: str) -> None:
        self.progress.step(text)

    def warn(self, text: str) -> None:
        self.progress.warn(text)


def _freeze(folder: Path, number: int, report: BuildReport, signer: Signer | None) -> Release:
    """Add the specs, changes.json and release.json to a built folder, and make it read-only."""
    (folder / _LOCK).unlink(missing_ok=True)
    specs = folder / SPECS_DIR
    specs.mkdir()
    briefs = [built.brief for built in report.briefs]
    for brief in briefs:
        _write(specs / f"{brief.id}.json", encode_brief(brief))
    if report.changes is not None:
        _write(folder / CHANGES_JSON, report.changes.to_json())
    if signer is not None:  # signed before the hashes are taken: release.json covers them
        sign_release_pdfs(folder, signer, number)
    files = {name: hashlib.sha256((folder / name).read_bytes()).hexdigest()
             for name in _names(folder)}
    refs = tuple(BriefRef(b.id, b.title.value, b.classification) for b in briefs)
    created = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    release = Release(number, created, highest_classification([b.classification for b in briefs]),
                      refs, files, folder)
    document = {"release": number, "created": created, "marking": release.marking,
                "briefs": [{"id": r.id, "title": r.title, "classification": r.classification}
                           for r in refs],
                "files": files}
    _write(folder / RELEASE_JSON,
           (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode())
    for path in [*folder.rglob("*"), specs, folder]:
        path.chmod(0o555 if path.is_dir() else 0o444)  # a release is never changed
    _fsync_folder(specs)
    _fsync_folder(folder)
    return release


def read_releases(releases_dir: Path) -> list[Release]:
    """Every release in `releases_dir`, in order, each checked; junk there is an error."""
    if not releases_dir.is_dir():
        return []
    found = []
    for entry in sorted(releases_dir.iterdir()):
        if entry.name == _LOCK or entry.name.startswith(_TEMP_PREFIX):
            continue
        if not (_NUMBER.match(entry.name) and entry.is_dir() and not entry.is_symlink()
                and int(entry.name) >= 1):
            raise ReleaseError(f"{entry}: not a release (releases are folders named 0001, "
                               f"0002, …, each made by `briefgen release`); move it out of "
                               f"{releases_dir}")
        found.append(read_release(entry))
    return found


def find_release(releases: Sequence[Release], number: int, releases_dir: Path) -> Release:
    """The release numbered `number`, or an error listing those there are."""
    for release in releases:
        if release.number == number:
            return release
    known = ", ".join(str(r.number) for r in releases) or "none yet; make one with " \
        "`briefgen release`"
    raise ReleaseError(f"{releases_dir}: there is no release {number} (releases: {known})")


def read_release(folder: Path) -> Release:
    """Read releases/NNNN/release.json and check every file of the folder against it."""
    def damaged(what: str) -> ReleaseError:
        return ReleaseError(f"{folder}: {what}; the release is damaged: restore the folder "
                            "from a copy, or move it out of releases/ (briefgen never "
                            "rewrites a release)")

    path = folder / RELEASE_JSON
    try:
        # lstat first: a FIFO named release.json would make the read (and `release`, which
        # holds the lock while it reads the releases) wait for ever; a huge one fill memory.
        mode = path.lstat()
        if not stat.S_ISREG(mode.st_mode):
            raise damaged(f"{RELEASE_JSON} is not a regular file")
        if mode.st_size > _MAX_RELEASE_JSON:
            raise damaged(f"{RELEASE_JSON} is {mode.st_size} bytes, far more than briefgen "
                          "writes")
        document = json.loads(path.read_bytes())
    except FileNotFoundError:
        raise damaged(f"{RELEASE_JSON} is missing") from None
    except (OSError, ValueError) as exc:
        raise damaged(f"{RELEASE_JSON} is not readable JSON ({exc})") from None
    release = _parse(document, folder, damaged)
    unlisted = sorted(set(_names(folder)) - {RELEASE_JSON} - release.files.keys())
    if unlisted:
        raise damaged(f"{', '.join(unlisted)} {'is' if len(unlisted) == 1 else 'are'} not "
                      f"listed in {RELEASE_JSON}")
    for name, expected in release.files.items():
        file = folder / name
        if not file.is_file() or file.is_symlink():
            raise damaged(f"{name}, listed in {RELEASE_JSON}, is missing")
        actual = hashlib.sha256(file.read_bytes()).hexdigest()
        if actual != expected:
            raise damaged(f"{name} has SHA-256 {actual[:12]}…, {RELEASE_JSON} lists "
                          f"{expected[:12]}…: it was altered")
    for ref in release.briefs:
        if f"{SPECS_DIR}/{ref.id}.json" not in release.files:
            raise damaged(f"{RELEASE_JSON} lists brief {ref.id}, which has no "
                          f"{SPECS_DIR}/{ref.id}.json")
    needed = [MANIFEST, "pack.pdf", "pack.docx", *([CHANGES_JSON] if release.number > 1 else [])]
    for name in needed:
        if name not in release.files:
            raise damaged(f"{RELEASE_JSON} lists no {name}")
    return release


def _parse(document, folder: Path, damaged) -> Release:
    if not isinstance(document, dict) or set(document) != _FIELDS:
        raise damaged(f"{RELEASE_JSON} does not have the keys {', '.join(sorted(_FIELDS))}")
    number, briefs, files = document["release"], document["briefs"], document["files"]
    if type(number) is not int or f"{number:04d}" != folder.name:
        raise damaged(f"{RELEASE_JSON} says release {number!r}, the folder is {folder.name}")
    if not isinstance(files, dict) or not all(
            isinstance(k, str) and isinstance(v, str) and _SHA256.match(v) and _safe_name(k)
            for k, v in files.items()):
        raise damaged(f"{RELEASE_JSON}: `files` is not a map of file names to SHA-256 hashes")
    if not isinstance(briefs, list) or not all(
            isinstance(b, dict) and set(b) == {"id", "title", "classification"}
            and all(isinstance(v, str) for v in b.values())
            and b["classification"] in CLASSIFICATIONS for b in briefs) or not briefs:
        raise damaged(f"{RELEASE_JSON}: `briefs` is not a list of briefs with id, title "
                      "and classification")
    refs = tuple(BriefRef(b["id"], b["title"], b["classification"]) for b in briefs)
    marking = highest_classification([r.classification for r in refs])
    if document["marking"] != marking:
        raise damaged(f"{RELEASE_JSON} says marking {document['marking']!r}, its briefs "
                      f"make it {marking}")
    created = document["created"]
    if not isinstance(created, str):
        raise damaged(f"{RELEASE_JSON}: `created` is not a date and time")
    try:
        dt.datetime.fromisoformat(created)
    except ValueError:
        raise damaged(f"{RELEASE_JSON}: `created` is not a date and time: {created!r}") from None
    return Release(number, created, marking, refs, dict(files), folder)


def release_briefs(release: Release) -> dict[str, Brief]:
    """The resolved briefs of a checked release, by id, in its order."""
    briefs = {}
    for ref in release.briefs:
        path = release.folder / SPECS_DIR / f"{ref.id}.json"
        try:
            brief = decode_brief(path.read_bytes())
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ReleaseError(f"{path}: not a resolved brief ({exc}); the release is "
                               "damaged") from None
        if (brief.id, brief.title.value, brief.classification) != \
                (ref.id, ref.title, ref.classification):
            raise ReleaseError(f"{path}: says brief {brief.id!r} ({brief.classification}), "
                               f"{RELEASE_JSON} lists {ref.id!r} ({ref.classification}); the "
                               "release is damaged")
        briefs[ref.id] = brief
    return briefs


def diff_releases(releases_dir: Path, old: int, new: int) -> WhatChanged:
    """What changed from release `old` to release `new` (either order)."""
    releases = read_releases(releases_dir)
    for number in (old, new):
        find_release(releases, number, releases_dir)
    last = max(old, new)
    history = [(r.number, release_briefs(r)) for r in releases if r.number <= last]
    return what_changed(history, old, new)


def _names(folder: Path) -> list[str]:
    """Every file under `folder`, as a name relative to it with / between parts."""
    # Links and anything else but a folder count as files: release.json lists none, so a
    # folder holding one is refused.
    return [path.relative_to(folder).as_posix() for path in sorted(folder.rglob("*"))
            if path.is_symlink() or not path.is_dir()]


def _safe_name(name: str) -> bool:
    parts = name.split("/")
    return bool(name) and all(part not in ("", ".", "..") for part in parts)


def _write(path: Path, data: bytes) -> None:
    with open(path, "xb") as file:
        file.write(data)
        file.flush()
        os.fsync(file.fileno())


def _fsync_folder(folder: Path) -> None:
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _sweep_killed(releases_dir: Path) -> None:
    """Remove the temporary folders of releases that were killed; call holding the lock."""
    for entry in releases_dir.glob(f"{_TEMP_PREFIX}*"):
        if entry.is_dir() and not entry.is_symlink():
            for path in [entry, *entry.rglob("*")]:
                if path.is_dir() and not path.is_symlink():
                    path.chmod(stat.S_IRWXU)
            shutil.rmtree(entry, ignore_errors=True)


def _replace_folder(release: Release, folder: Path) -> Release:
    return Release(release.number, release.created, release.marking, release.briefs,
                   release.files, folder)
