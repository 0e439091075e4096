"""The write stage: every output of a build, and the manifest, written into the output folder.

Nothing is written until everything is made. Each file goes to a temporary name in the same
folder and is renamed into place; the manifest, which lists the SHA-256 of every output and
input, is written last.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

from . import __version__
from .errors import ProjectError
from .lock import TEMP_PREFIX, TEMP_SUFFIX, output_lock
from .project import Project

MANIFEST = "manifest.json"


def manifest(outputs: Mapping[str, bytes], inputs: Mapping[str, Mapping[str, str]]) -> bytes:
    """manifest.json: briefgen's version and the SHA-256 of every output and input."""
    document = {
        "briefgen": __version__,
        "outputs": {name: hashlib.sha256(data).hexdigest()
                    for name, data in sorted(outputs.items())},
        "inputs": inputs,
    }
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def check_output_folder(project: Project, out_dir: Path,
                        default: str = "the default is dist/", releases: bool = True) -> None:
    """Refuse an output folder that is, or is inside, a template, source, cache or releases
    folder: the outputs would become templates or sources of the next build, or change
    releases, which are never changed (`releases=False`: a release being made, whose
    temporary folder lies in releases/)."""
    target = out_dir.resolve()
    from .cache import CACHE_DIR

    for folder, what in [*((d, "template") for d in project.template_dirs),
                         (project.seeds, "source"), (project.root / CACHE_DIR, "cache"),
                         *([(project.root / "releases", "releases")] if releases else [])]:
        if target == folder.resolve() or target.is_relative_to(folder.resolve()):
            raise ProjectError(f"-o {out_dir}: that is inside the {what} folder {folder}; "
                               f"write the outputs somewhere else ({default})")


def write_outputs(out_dir: Path, outputs: Mapping[str, bytes],
                  inputs: Mapping[str, Mapping[str, str]]) -> None:
    """Write `outputs` and their manifest into `out_dir` as one set, one writer at a time.

    Every changed file is first written whole under a temporary name; only then is the old
    manifest removed, the files renamed into place and the new manifest renamed in last. A
    reader who finds manifest.json finds the set it describes; a build that fails while
    writing (a full disk) leaves the previous set as it was.
    """
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ProjectError(f"cannot create output folder {out_dir}: {exc.strerror}") from None
    files = {**outputs, MANIFEST: manifest(outputs, inputs)}  # the manifest last
    with output_lock(out_dir):
        changed = {name: data for name, data in files.items()
                   if not _same_file(out_dir / name, data)}  # unchanged files keep their mtime
        for name in changed:
            if (out_dir / name).is_dir():
                raise ProjectError(f"{out_dir / name} is a folder, where briefgen writes its "
                                   f"{name}; move the folder away and build again")
        staged: dict[str, str] = {}
        try:
            for name, data in changed.items():
                staged[name] = staged_file(out_dir / name, data)
            if changed:
                (out_dir / MANIFEST).unlink(missing_ok=True)
            for name, temporary in staged.items():
                os.replace(temporary, out_dir / name)
        except OSError as exc:
            for temporary in staged.values():
                Path(temporary).unlink(missing_ok=True)
            raise ProjectError(_write_failure(out_dir, exc, renamed=bool(changed) and
                                              not (out_dir / MANIFEST).exists())) from None


def _write_failure(out_dir: Path, exc: OSError, renamed: bool) -> str:
    reason = ("the disk is full" if exc.errno == errno.ENOSPC else
              exc.strerror or str(exc))
    state = ("some outputs were replaced and manifest.json is missing until a build succeeds"
             if renamed else "the previous outputs are as they were")
    return f"cannot write into {out_dir}: {reason} ({exc.filename or out_dir}); {state}"


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file in the same folder and a rename."""
    temporary = staged_file(path, data)
    try:
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def staged_file(path: Path, data: bytes) -> str:
    """Write `data` whole to a temporary file beside `path`; return its name."""
    handle, temporary = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{path.name}.", suffix=TEMP_SUFFIX,
                                         dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, 0o644)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return temporary


def _same_file(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False
