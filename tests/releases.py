"""A release folder laid out as `briefgen release` writes one, for the distribution tests.

Stands in for the release command, which another branch builds: releases/NNNN/ holds the
build's files and release.json (written last) per the agreed contract.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

from briefgen.signing import Signer, sign_release_pdfs


def make_release(dist: Path, releases: Path, number: int, marking: str,
                 signer: Signer | None = None) -> Path:
    """Copy a build's dist/ into releases/NNNN/ (signing its PDFs), with its release.json."""
    folder = releases / f"{number:04d}"
    shutil.copytree(dist, folder, ignore=shutil.ignore_patterns(".*"))
    if signer is not None:
        sign_release_pdfs(folder, signer)
    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    briefs = [{"id": Path(name).stem, "title": Path(name).stem, "classification": marking}
              for name in manifest["outputs"]
              if name.endswith(".pdf") and name != "pack.pdf"]
    files = {path.name: hashlib.sha256(path.read_bytes()).hexdigest()
             for path in sorted(folder.iterdir()) if path.is_file()}
    document = {"release": number,
                "created": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
                "marking": marking, "briefs": briefs, "files": files}
    (folder / "release.json").write_text(json.dumps(document, indent=2) + "\n", "utf-8")
    return folder
