"""Rendered briefs kept between builds, keyed by the hashes of everything they are made of.

A key covers the resolved brief (its spec and the verbatim text of the paragraphs it cites),
the templates and fonts it is set with, the formats asked for, and the versions of briefgen
and WeasyPrint. An entry is a folder of plain files, written whole or not at all.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import __version__

CACHE_DIR = ".briefgen-cache"
PRUNE_AFTER_DAYS = 14  # entries no build has used for this long are removed


def _touch(path: Path) -> None:
    try:
        os.utime(path)  # marks the entry as used, for prune()
    except OSError:
        pass


@dataclass(frozen=True)
class RenderedBrief:
    """One brief's renderings: what workers return and what the cache keeps."""

    brief_id: str
    key: str
    files: dict[str, bytes]  # output name → content (<id>.pdf, <id>.docx, <id>.html)
    segment: bytes | None  # the brief as a part of packs (render.segments.Segment)
    pages: int
    outline: tuple = ()  # render.packpdf.Bookmark entries
    seconds: float = 0.0
    cached: bool = field(default=False, compare=False)


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


def environment_fingerprint(template_files: dict[str, Path], font_files: list[Path]) -> str:
    """Hash what every brief is set with: templates, fonts and the renderers' versions."""
    import weasyprint

    parts = [weasyprint.__version__, code_fingerprint()]
    parts += [f"{name}:{file_digest(path)}" for name, path in sorted(template_files.items())]
    parts += [f"{path.name}:{file_digest(path)}" for path in font_files]
    return digest(*parts)


class RenderCache:
    """A folder of rendered briefs; a disabled cache finds nothing and keeps nothing."""

    def __init__(self, folder: Path, enabled: bool = True):
        self.folder = folder
        self.enabled = enabled

    def get_blob(self, key: str) -> bytes | None:
        """Return a cached rendering that is one file (a pack's cover, say), or None."""
        if not self.enabled:
            return None
        path = self.folder / f"{key}.bin"
        try:
            data = path.read_bytes()
        except OSError:
            return None
        _touch(path)
        return data

    def put_blob(self, key: str, data: bytes) -> None:
        if not self.enabled:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=".blob-", dir=self.folder)
            with os.fdopen(handle, "wb") as file:
                file.write(data)
            os.replace(temporary, self.folder / f"{key}.bin")
        except OSError:
            pass

    def get(self, key: str) -> RenderedBrief | None:
        if not self.enabled:
            return None
        entry = self.folder / key
        try:
            meta = json.loads((entry / "meta.json").read_text("utf-8"))
            files = {name: (entry / name).read_bytes() for name in meta["files"]}
            segment = (entry / "segment.bin").read_bytes() if meta["segment"] else None
        except (OSError, ValueError, KeyError):
            return None
        from .pdfpack import Bookmark

        outline = tuple(Bookmark(*item) for item in meta["outline"])
        _touch(entry)
        return RenderedBrief(meta["brief_id"], key, files, segment, meta["pages"], outline,
                             meta["seconds"], cached=True)

    def prune(self, max_age_days: float = PRUNE_AFTER_DAYS) -> None:
        """Remove entries no build has used for `max_age_days`."""
        if not self.enabled or not self.folder.is_dir():
            return
        oldest = time.time() - max_age_days * 86400
        for entry in self.folder.iterdir():
            try:
                if entry.stat().st_mtime >= oldest:
                    continue
                if entry.is_dir():
                    shutil.rmtree(entry)
                else:
                    entry.unlink()
            except OSError:
                pass

    def put(self, rendered: RenderedBrief) -> None:
        if not self.enabled:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            staging = Path(tempfile.mkdtemp(prefix=".entry-", dir=self.folder))
            for name, data in rendered.files.items():
                (staging / name).write_bytes(data)
            if rendered.segment is not None:
                (staging / "segment.bin").write_bytes(rendered.segment)
            meta = {
                "brief_id": rendered.brief_id, "files": sorted(rendered.files),
                "segment": rendered.segment is not None, "pages": rendered.pages,
                "outline": [list(b.__dict__.values()) for b in rendered.outline],
                "seconds": rendered.seconds,
            }
            (staging / "meta.json").write_text(json.dumps(meta), "utf-8")
            target = self.folder / rendered.key
            if target.exists():
                shutil.rmtree(staging)
                return
            os.replace(staging, target)
        except OSError:
            pass  # a cache that cannot be written only costs time


class ResolvedBriefs:
    """Briefs as resolved by earlier builds, keyed by their spec, the sources and the code.

    Parsing and resolving a spec costs about 2 ms; a build of a hundred specs of which one
    changed need not pay it a hundred times. Entries are JSON naming only the document
    model's own classes, so the cache folder is read as data, never run.
    """

    def __init__(self, cache: RenderCache, inputs: str):
        self.cache = cache
        self.inputs = inputs  # sources, actor registry and code, hashed

    def key(self, path: Path, spec: bytes) -> str:
        return digest(self.inputs, "resolved", str(path.resolve()), spec)

    def get(self, path: Path, spec: bytes):
        """Return (brief, content digest) as resolved before from `spec`, or None."""
        data = self.cache.get_blob(self.key(path, spec))
        if data is None:
            return None
        content, _, encoded = data.partition(b"\n")
        try:
            return decode_brief(encoded), content.decode("ascii")
        except (ValueError, TypeError, KeyError):
            return None

    def put(self, path: Path, spec: bytes, brief, content: str) -> None:
        self.cache.put_blob(self.key(path, spec), content.encode() + b"\n" + encode_brief(brief))


def content_digest(brief) -> str:
    """What a resolved brief says, hashed: the part of a rendering's key that is the brief."""
    return digest(repr(brief))


def encode_brief(brief) -> bytes:
    """A resolved brief as JSON: each model object tagged with its class's name."""
    import dataclasses
    import datetime as dt

    def encode(value):
        if dataclasses.is_dataclass(value):
            data = {"@": type(value).__name__}
            for item in dataclasses.fields(value):
                data[item.name] = encode(getattr(value, item.name))
            return data
        if isinstance(value, tuple):
            return [encode(item) for item in value]
        if isinstance(value, dt.date):
            return {"@": "date", "iso": value.isoformat()}
        if value is None or isinstance(value, (str, int, bool)):
            return value
        raise TypeError(f"cannot keep a {type(value).__name__} in the brief cache")

    return json.dumps(encode(brief), ensure_ascii=False, separators=(",", ":")).encode()


def decode_brief(data: bytes):
    """Read encode_brief's JSON back; anything but the model's classes is a ValueError."""
    import datetime as dt

    classes = _model_classes()

    def hook(item: dict):
        tag = item.pop("@", None)
        if tag is None:
            raise ValueError("untagged object in the brief cache")
        if tag == "date":
            return dt.date.fromisoformat(item["iso"])
        cls, names = classes.get(tag, (None, None))
        if cls is None:
            raise ValueError(f"unknown class {tag!r} in the brief cache")
        if item.keys() != names:
            raise ValueError(f"a {tag} in the brief cache has fields {sorted(item)}")
        # The fields as they were, without the frozen dataclass's __init__ (a third of
        # the time): the model classes check nothing on construction.
        obj = object.__new__(cls)
        obj.__dict__.update({name: tuple(value) if type(value) is list else value
                             for name, value in item.items()})
        return obj

    brief = json.loads(data, object_hook=hook)
    if type(brief).__name__ != "Brief":
        raise ValueError("the brief cache entry is not a brief")
    return brief


@lru_cache(maxsize=1)
def _model_classes() -> dict[str, tuple[type, set[str]]]:
    """The document model's classes by name, each with its field names."""
    import dataclasses

    from . import model

    found = {name: value for name, value in vars(model).items()
             if isinstance(value, type) and dataclasses.is_dataclass(value)}
    found["PartialDate"] = model.PartialDate
    for cls in found.values():
        # Built without __init__: a class that checks or derives anything on construction
        # must not be kept this way.
        assert not hasattr(cls, "__post_init__") and not hasattr(cls, "__slots__"), cls
    return {name: (cls, {f.name for f in dataclasses.fields(cls)})
            for name, cls in found.items()}
