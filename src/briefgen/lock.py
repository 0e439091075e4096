"""One writer at a time in an output folder, and no temporary files left from a killed one.

Each output is already written to `.<name>.<random>.tmp` and renamed into place, so a reader
never sees half a file. The lock adds that two builds into the same folder write their sets
one after the other (the last one wins whole, file by file and as a set), and it lets a build
remove temporary files a killed build left behind without touching a live build's files.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import ProjectError

LOCK_NAME = ".briefgen.lock"
# What output.py's temporary files are called (.briefgen-<name>.<random>.tmp): the sweep
# removes those and nothing else of a user's.
TEMP_PREFIX = ".briefgen-"
TEMP_SUFFIX = ".tmp"
TEMP_PATTERN = f"{TEMP_PREFIX}*{TEMP_SUFFIX}"


@contextmanager
def output_lock(out_dir: Path) -> Iterator[list[Path]]:
    """Hold an exclusive lock on `out_dir`, sweeping stale temporary files; yield those swept."""
    try:
        # O_NOFOLLOW: a lock file that is a link would make the build create or open a file
        # outside the output folder.
        handle = os.open(out_dir / LOCK_NAME, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o644)
    except OSError as exc:
        raise ProjectError(f"cannot use the lock file {out_dir / LOCK_NAME}: {exc.strerror}; "
                           "remove it (briefgen makes it again)") from None
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)  # flock: released by the kernel if we are killed
        yield sweep_temp_files(out_dir)
    finally:
        os.close(handle)


def sweep_temp_files(out_dir: Path) -> list[Path]:
    """Remove temporary outputs of killed builds; call only while holding the lock."""
    swept = []
    for path in out_dir.glob(TEMP_PATTERN):
        if path.is_file() and not path.is_symlink():
            try:
                path.unlink(missing_ok=True)
            except OSError:
                continue  # a folder we may not write in: the build will say so
            swept.append(path)
    return swept
