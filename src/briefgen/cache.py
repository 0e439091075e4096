"""One store for everything a build keeps between builds, read as untrusted data.

`Store.remembered(key, make, codec)` returns what `make()` returned for the same key before,
or makes it and keeps it. Every entry is one file that carries the key it was made for and
an HMAC-SHA256 of key and content under a secret of this user's (signing_key(), kept outside
the project with mode 0600): a damaged entry, one made for another key, or one forged by
anybody who can write the project but not read that secret, is deleted and made again,
never shipped; so is one whose content its codec cannot read. Keys are built in
one place (`Keys`) from what was asked (sorted formats, digests of content), never from how
it was asked. Codecs live next to the types they encode.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import re
import secrets
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Generic, TypeVar

from . import __version__

CACHE_DIR = ".briefgen-cache"
PRUNE_AFTER_DAYS = 14  # entries no build has used for this long are removed
_MAGIC = b"briefgen-cache/3\n"
MAX_ENTRY_BYTES = 1 << 30  # a 100-brief pack's parts are a few MB; more is not ours
_SUFFIX = ".bin"

T = TypeVar("T")


@dataclass(frozen=True)
class Codec(Generic[T]):
    """How a type is kept in the store: to bytes, and back (raising on anything wrong)."""

    encode: Callable[[T], bytes]
    decode: Callable[[bytes], T]

    @classmethod
    def of(cls, kind: type) -> Codec:
        """The codec of a type with `to_bytes()` and a `from_bytes()` class method."""
        return cls(lambda value: value.to_bytes(), kind.from_bytes)  # type: ignore[attr-defined]


RAW: Codec[bytes] = Codec(bytes, bytes)


class Store:
    """A folder of entries. `read=False` (`--no-cache`) finds nothing but still writes, so
    what it rebuilds replaces what was there; `write=False` as well keeps nothing."""

    def __init__(self, folder: Path, read: bool = True, write: bool = True):
        self.folder = folder
        self.read = read
        self.write = write
        self.rejected = 0  # entries found damaged or foreign in this process, for tests

    def remembered(self, key: str, make: Callable[[], T], codec: Codec[T]) -> T:
        """What `make()` returns, or what it returned before for `key`."""
        value = self.get(key, codec)
        if value is None:
            value = make()
            self.put(key, value, codec)
        return value

    def get(self, key: str, codec: Codec[T]) -> T | None:
        """The value kept for `key`, or None where there is none or it does not check out."""
        if not self.read or self._linked():
            return None
        path = self._path(key)
        if not os.path.lexists(path):
            return None
        from .errors import BriefgenError
        from .files import read_regular

        try:  # not a FIFO, a device or a link loop: those would hang or never end
            data = read_regular(path, MAX_ENTRY_BYTES, "cache entry", BriefgenError)
        except BriefgenError:
            data = b""
        payload = _checked(data, key)
        if payload is not None:
            try:
                value = codec.decode(payload)
            except Exception:  # noqa: BLE001 - the entry is untrusted input, not our bug
                value = None
            if value is not None:
                _touch(path)
                return value
        self.rejected += 1
        _remove(path)
        return None

    def put(self, key: str, value: T, codec: Codec[T]) -> None:
        """Keep `value` for `key`, whole or not at all; a cache that cannot be written only
        costs time (a full disk leaves no partial entry)."""
        if not self.write or self._linked():
            return
        payload = codec.encode(value)
        header = b"%s%s\n%s\n" % (_MAGIC, key.encode("ascii"), _seal(key, payload))
        temporary = None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=".entry-", suffix=".tmp", dir=self.folder)
            with os.fdopen(handle, "wb") as file:
                file.write(header)
                file.write(payload)
            if os.path.isdir(self._path(key)) and not os.path.islink(self._path(key)):
                _remove(self._path(key))  # a folder where the entry goes would stay for good
            os.replace(temporary, self._path(key))
        except OSError:
            if temporary is not None:
                Path(temporary).unlink(missing_ok=True)

    def _linked(self) -> bool:
        """Say whether the cache folder is a link: where it points may be outside the project
        (.briefgen-cache -> /etc), so nothing is read from it or written through it."""
        return self.folder.is_symlink()

    def prune(self, max_age_days: float = PRUNE_AFTER_DAYS) -> None:
        """Remove entries no build has used for `max_age_days`: files named as briefgen names
        them, and nothing else. A cache folder that is a link is left alone: what it points
        at may be anybody's."""
        if not self.write or self._linked() or not self.folder.is_dir():
            return
        oldest = time.time() - max_age_days * 86400
        for entry in self.folder.iterdir():
            if not _OUR_NAME.match(entry.name):
                continue
            try:
                if entry.lstat().st_mtime < oldest:
                    _remove(entry)
            except OSError:
                pass

    def _path(self, key: str) -> Path:
        if not key.isalnum():  # keys are hex digests; anything else is a bug upstream
            raise ValueError(f"not a cache key: {key!r}")
        return self.folder / f"{key}{_SUFFIX}"


# What briefgen names things in its cache folder: entries, their temporary files, and the
# entry folders of versions before 0.1's one store.
_OUR_NAME = re.compile(r"^([0-9a-f]{64}(\.bin)?|\.entry-\w+(\.tmp)?|\.blob-\w+)$")


def _remove(path: Path) -> None:
    """Remove a file, a link or (if it is really one) a folder; say nothing if it cannot."""
    try:
        if path.is_dir() and not path.is_symlink():
            import shutil

            shutil.rmtree(path)
        else:
            path.unlink(missing_ok=True)
    except OSError:
        pass


def _seal(key: str, payload: bytes) -> bytes:
    """HMAC-SHA256 of key and payload under this user's secret, in hex."""
    mac = hmac.new(signing_key(), key.encode("ascii") + b"\n", hashlib.sha256)
    mac.update(payload)
    return mac.hexdigest().encode("ascii")


@lru_cache(maxsize=1)
def signing_key() -> bytes:
    """This user's secret for sealing cache entries: $BRIEFGEN_CACHE_KEY_FILE, or
    ~/.cache/briefgen/cache-key (made on first use, mode 0600). Where none can be kept,
    a secret for this process alone: nothing from an earlier build is trusted then."""
    override = os.environ.get("BRIEFGEN_CACHE_KEY_FILE")
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    path = Path(override) if override else base / "briefgen" / "cache-key"
    try:
        data = path.read_bytes()
        if len(data) >= 32 and path.stat().st_mode & 0o077 == 0:
            return data
    except OSError:
        pass
    secret = secrets.token_bytes(32)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".cache-key-", dir=path.parent)
        os.fchmod(handle, 0o600)
        with os.fdopen(handle, "wb") as file:
            file.write(secret)
        os.replace(temporary, path)
    except OSError:
        pass
    return secret


def _checked(data: bytes, key: str) -> bytes | None:
    """The payload of an entry, if it was made for `key`, is whole and is sealed by us."""
    if not data.startswith(_MAGIC):
        return None
    header_end = data.find(b"\n", len(_MAGIC))
    digest_end = data.find(b"\n", header_end + 1)
    if header_end < 0 or digest_end < 0:
        return None
    if data[len(_MAGIC):header_end] != key.encode("ascii"):
        return None
    payload = data[digest_end + 1:]
    if not hmac.compare_digest(_seal(key, payload), data[header_end + 1:digest_end]):
        return None
    return payload


def _touch(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.utime(path)  # marks the entry as used, for prune()


# --- Framing: several byte strings as one, for codecs --------------------------------------

def frame(*parts: bytes) -> bytes:
    """Join byte strings so that `unframe` gives them back."""
    return b"".join(len(part).to_bytes(8, "big") + part for part in parts)


def unframe(data: bytes, count: int) -> list[bytes]:
    """Split what `frame` joined into exactly `count` parts, or raise ValueError."""
    parts, at = [], 0
    for _ in range(count):
        if at + 8 > len(data):
            raise ValueError("truncated cache entry")
        size = int.from_bytes(data[at:at + 8], "big")
        at += 8
        if at + size > len(data):
            raise ValueError("truncated cache entry")
        parts.append(data[at:at + size])
        at += size
    if at != len(data):
        raise ValueError("cache entry has trailing bytes")
    return parts


# --- Digests and keys ------------------------------------------------------------------------

def digest(*parts: bytes | str) -> str:
    hasher = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        hasher.update(len(data).to_bytes(8, "big"))
        hasher.update(data)
    return hasher.hexdigest()


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Hash briefgen's own code: a change between releases must not hide behind a cache.

    Once a process: the code a process runs is the code it imported."""
    package = Path(__file__).resolve().parent
    return digest(__version__, *(path.read_bytes() for path in sorted(package.rglob("*.py"))))


# The libraries whose version changes what a rendering looks like. Read from the installed
# packages' metadata, so that a build served from the cache never imports them.
RENDERERS = ("weasyprint", "pydyf", "pikepdf", "python-docx", "fonttools", "jinja2",
             "uharfbuzz")


@lru_cache(maxsize=1)
def renderer_versions() -> tuple[str, ...]:
    """Each renderer's installed version, from the names of the `*.dist-info` folders on the
    path (what importlib.metadata reads, without the 30 ms of importing it)."""
    installed: dict[str, str] = {}
    for folder in sys.path:
        try:
            names = [entry.name for entry in os.scandir(folder or ".")
                     if entry.name.endswith(".dist-info")]
        except OSError:
            continue
        for name in names:
            project, _, release = name[: -len(".dist-info")].partition("-")
            installed.setdefault(_normalised(project), release)
    found = []
    for name in RENDERERS:
        version: str | None = installed.get(_normalised(name))
        if version is None:  # an install without dist-info folders: ask the slow way
            from importlib import metadata

            try:
                version = metadata.version(name)
            except metadata.PackageNotFoundError:
                version = "none"
        found.append(f"{name}={version}")
    return tuple(found)


def _normalised(project: str) -> str:
    return project.lower().replace("-", "_").replace(".", "_")


def environment_fingerprint(templates: Mapping[str, str], fonts: Mapping[str, str]) -> str:
    """Hash what every brief is set with: templates and fonts (each name → its file's
    digest, in the order given), the renderers and our code."""
    parts = [*renderer_versions(), code_fingerprint()]
    parts += [f"{name}:{sha}" for name, sha in sorted(templates.items())]
    parts += [f"{name}:{sha}" for name, sha in fonts.items()]
    return digest(*parts)


@dataclass(frozen=True)
class Keys:
    """Every cache key a build uses, made here and nowhere else.

    `environment` is environment_fingerprint(); `inputs` hashes the sources, the actor
    registry and the code, which a resolved brief depends on.
    """

    environment: str
    inputs: str

    def resolved(self, spec_path: Path, spec: bytes) -> str:
        return digest(self.inputs, "resolved", str(spec_path.resolve()), spec)

    def rendering(self, content: str, fmt: str) -> str:
        """One brief in one format: a build asking for several formats, in any order, finds
        each one that any earlier build made."""
        return digest(self.environment, "rendering", fmt, content)

    def pack_part(self, template: str, plan: object) -> str:
        return digest(self.environment, "pack-part", template, repr(plan))

    def folio(self) -> str:
        return digest(self.environment, "folio")

    def segment(self, pdf: bytes, links: bool) -> str:
        return digest(self.environment, "segment", pdf, str(links))

    def placed(self, part_key: str, base: int, symbols: Mapping[bytes, int]) -> str:
        return digest(self.environment, "placed", part_key, str(base),
                      repr(sorted(symbols.items())))

    def docx_part(self, rendering_key: str, number: int) -> str:
        return digest(self.environment, "docx-part", rendering_key, str(number))
