"""The write stage: every output of a build, and the manifest, written into the output folder.

Nothing is written until everything is made. Each file goes to a temporary name in the same
folder and is renamed into place; the manifest, which lists the SHA-256 of every output and
input, is written last.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

from . import __version__
from .errors import ProjectError
from .lock import output_lock

MANIFEST = "manifest.json"


def manifest(outputs: Mapping[str, bytes], inputs: Mapping[str, Mapping[str, str]]) -> bytes:
    """manifest.json: briefgen's version and the SHA-256 of every output and input."""
    document = {
        "briefgen": __version__,
        "outputs": {name: hashlib.sha256(data).hexdigest() for name, data in sorted(outputs.items())},
        "inputs": inputs,
    }
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def write_outputs(out_dir: Path, outputs: Mapping[str, bytes],
                  inputs: Mapping[str, Mapping[str, str]]) -> None:
    """Write `outputs` and their manifest into `out_dir`, one writer at a time."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ProjectError(f"cannot create output folder {out_dir}: {exc.strerror}") from None
    files = {**outputs, MANIFEST: manifest(outputs, inputs)}
    with output_lock(out_dir):
        for name, data in files.items():
            if not _same_file(out_dir / name, data):  # unchanged files keep their mtime
                write_atomic(out_dir / name, data)


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file in the same folder and a rename."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _same_file(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False
