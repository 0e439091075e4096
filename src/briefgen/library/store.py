"""Where sources live: seeds/*.txt as before, and the library that `briefgen add` fills.

Layout, chosen for a desk's git repository with tens of thousands of sources:

    library/<outlet>/<YYYY-MM>/catalog.jsonl   one JSON line of metadata per source, by id
    library/<outlet>/<YYYY-MM>/<id>.txt        its text, one paragraph a line
    library/originals/<ab>/<sha256>.<ext>      the bytes it came from, kept once
    library/aliases.yaml                       alias: id, for the few sources cited by name

A folder holds one outlet's month (hundreds of files, not 31,000), and a catalog line is
written by briefgen, never by hand. Ids are readable and stable: outlet-date-hash, the hash
being of the article's cleaned text, so the same text never gets two ids and an id never
names two texts. A changed article at a known URL is a new source whose `previous` names
the old one; the old one stays, so citations of it keep working.

A batch is written under library/.staging/<batch>/ and becomes the library in one step:
the COMMITTED marker. A killed `add` before the marker leaves the library as it was (the
staging folder is removed by the next `add`); after it, the next reader moves the staged
files into place.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import stat
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields, replace
from pathlib import Path

import yaml

from ..errors import Problem, SourceError
from ..project import Project
from ..sources import (
    Source,
    SourceMeta,
    SourceTitle,
    clean_paragraphs,
    load_metadata,
    load_source,
    read_source_text,
)
from ..spec import PartialDate
from .intake import clean_field

LIBRARY_DIR = "library"
CATALOG_NAME = "catalog.jsonl"
ALIASES_NAME = "aliases.yaml"
ORIGINALS_DIR = "originals"
STAGING_DIR = ".staging"
COMMITTED = "COMMITTED"

_ID = re.compile(r"^(?P<outlet>[a-z0-9]+(?:-[a-z0-9]+)*?)-(?P<date>\d{4}(?:-\d{2}){0,2}|undated)"
                 r"-(?P<hash>[0-9a-f]{8,64})$")


@dataclass(frozen=True)
class Record:
    """A library source's catalog line: what `sources` lists, without reading its text."""

    id: str
    text_sha256: str  # of the stored text file
    key: str  # SHA-256 of the cleaned paragraphs: the same article twice has the same key
    paragraphs: int
    title: str | None = None  # as published (Arabic, mostly)
    title_en: str | None = None
    outlet: str | None = None
    published: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD
    author: str | None = None
    url: str | None = None
    retrieved: str | None = None  # UTC, ISO 8601
    original_sha256: str | None = None  # of the bytes it came from (a page, a PDF, a dump)
    original: str | None = None  # that file, relative to library/
    entry: str | None = None  # where in the original, for a dump or feed ("line 12")
    format: str | None = None  # html, pdf, docx, text, feed, jsonl, json
    previous: str | None = None  # the earlier version at the same URL
    alias: str | None = None
    # SHA-256 of the entry as read (a dump's line, a file's bytes) and of the flags it was
    # added with: the same entry again is known without cleaning it.
    fingerprint: str | None = None

    def to_json(self) -> str:
        values = {name: getattr(self, name) for name in sorted(_RECORD_FIELDS)}
        return json.dumps({k: v for k, v in values.items() if v is not None},
                          ensure_ascii=False)

    @classmethod
    def from_json(cls, line: str) -> Record:
        data = json.loads(line)
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        return cls(**{k: v for k, v in data.items() if k in _RECORD_FIELDS})

    def row(self) -> dict[str, object]:
        """The listing's fields: id, title, outlet, date, url, paragraphs."""
        return {"id": self.id, "title": self.title or self.title_en, "outlet": self.outlet,
                "date": self.published, "url": self.url, "paragraphs": self.paragraphs}


_RECORD_FIELDS = frozenset(f.name for f in fields(Record))


def outlet_slug(outlet: str | None) -> str:
    """The outlet as it appears in ids and folder names: lower-case ASCII and dashes."""
    if not outlet:
        return "unknown"
    slug = re.sub(r"[^a-z0-9]+", "-", outlet.lower()).strip("-")
    if not slug or not re.search("[a-z]", slug):
        # An outlet named in Arabic only: a short, stable stand-in.
        slug = "o" + hashlib.sha256(outlet.encode()).hexdigest()[:6]
    return slug[:40].strip("-")


def shard_of(outlet: str | None, published: str | None) -> str:
    """The folder of a source under library/: outlet, then month."""
    return f"{outlet_slug(outlet)}/{published[:7] if published else 'undated'}"


def shard_of_id(source_id: str) -> str | None:
    match = _ID.match(source_id)
    if not match:
        return None
    date = match["date"]
    return f"{match['outlet']}/{date[:7] if date != 'undated' else 'undated'}"


def text_key(paragraphs: Iterable[str]) -> str:
    """The digest that says two articles are the same: of their cleaned paragraphs."""
    return hashlib.sha256("\n".join(paragraphs).encode("utf-8")).hexdigest()


class Catalog:
    """Every source of a project, seeds/*.txt and the library, read only as far as asked."""

    def __init__(self, project: Project):
        self.project = project
        self.root = project.root / LIBRARY_DIR
        finish_committed(self.root)

    # -- the library's own sources ------------------------------------------------------

    def catalogs(self, outlet: str | None = None) -> list[Path]:
        """The catalog files, of one outlet or all, in order."""
        if not self.root.is_dir():
            return []
        pattern = f"{outlet_slug(outlet)}/*/{CATALOG_NAME}" if outlet else f"*/*/{CATALOG_NAME}"
        return sorted(p for p in self.root.glob(pattern)
                      if not p.parent.parent.name.startswith("."))

    def library_records(self, outlet: str | None = None) -> Iterator[Record]:
        for path in self.catalogs(outlet):
            yield from read_catalog(path)

    def record(self, source_id: str) -> Record | None:
        shard = shard_of_id(source_id)
        if shard is None:
            return None
        path = self.root / shard / CATALOG_NAME
        if not path.is_file():
            return None
        # Catalog lines are written with sorted keys, so the id is there as written: only
        # the line that holds it is parsed (a busy outlet's month is thousands of lines).
        needle = json.dumps({"id": source_id}, ensure_ascii=False)[1:-1]
        with path.open(encoding="utf-8") as file:
            for number, line in enumerate(file, start=1):
                if needle in line:
                    record = _record_of(line, path, number)
                    if record.id == source_id:
                        return record
        return None

    def aliases(self) -> dict[str, str]:
        """alias → id, from library/aliases.yaml."""
        return read_aliases(self.root / ALIASES_NAME)

    # -- the contract with the index and the build ----------------------------------------

    def listing(self) -> Iterator[tuple[str, str]]:
        """(id, SHA-256 of its stored text) of every source, from catalogs, not the texts."""
        for path in self.seed_texts():
            yield path.stem, hashlib.sha256(path.read_bytes()).hexdigest()
        for path in self.catalogs():
            with path.open(encoding="utf-8") as file:
                for number, line in enumerate(file, start=1):
                    if line.strip():
                        yield _id_and_digest(line, path, number)

    def load(self, source_id: str) -> Source:
        """One source, cleaned, with its metadata; SourceError if there is none."""
        seed = self.project.seeds / f"{source_id}.txt"
        if seed.is_file() and self.project.contains(seed):
            meta = load_metadata(self.project.seeds / "sources.yaml").get(source_id)
            return load_source(seed, meta)
        record = self.record(source_id)
        if record is None:
            raise SourceError(f"no source '{source_id}'")
        return self.source_of(record)

    def source_of(self, record: Record) -> Source:
        path = self.root / shard_of(record.outlet, record.published) / f"{record.id}.txt"
        text, digest = read_source_text(path)
        if digest != record.text_sha256:
            raise SourceError([Problem(path, None, None,
                                       "was changed after it was added (its SHA-256 is not "
                                       "the catalog's); restore it from git, or add the "
                                       "changed article again")])
        paragraphs, dropped, notes = clean_paragraphs(text, record.id)
        # The catalog is a file anyone may have edited: what goes into a brief is cleaned.
        title_ar, title_en = clean_field(record.title), clean_field(record.title_en)
        title = SourceTitle(title_ar, title_en) if title_ar or title_en else None
        meta = SourceMeta(alias=record.alias, outlet=clean_field(record.outlet), title=title,
                          published=_partial_date(record.published),
                          url=clean_field(record.url))
        return Source(record.id, path, meta, paragraphs, dropped, notes, digest)

    def records(self, outlet: str | None = None, since: str | None = None,
                until: str | None = None, limit: int | None = None) -> Iterator[Record]:
        """Light rows for listing, seeds first, filtered by outlet and date (inclusive)."""
        count = 0
        for record in self._all_records(outlet):
            if since and (not record.published or _date_end(record.published) < since):
                continue
            if until and (not record.published or record.published[:len(until)] > until):
                continue
            if limit is not None and count >= limit:
                return
            count += 1
            yield record

    def _all_records(self, outlet: str | None) -> Iterator[Record]:
        seeds = self.seed_texts()
        if seeds:
            metadata = load_metadata(self.project.seeds / "sources.yaml")
            for path in seeds:
                meta = metadata.get(path.stem) or SourceMeta()
                if outlet and outlet_slug(meta.outlet) != outlet_slug(outlet):
                    continue
                source = load_source(path, meta)
                yield Record(
                    id=source.id, text_sha256=source.sha256,
                    key=text_key(p.text for p in source.paragraphs),
                    paragraphs=len(source.paragraphs), title=meta.title_ar,
                    title_en=meta.title_en, outlet=meta.outlet,
                    published=meta.published.iso if meta.published else None, url=meta.url,
                    alias=meta.alias, format="text")
        yield from self.library_records(outlet)

    def seed_texts(self) -> list[Path]:
        """seeds/*.txt that are regular files inside the project: the seeds read."""
        return [path for path, why in self._seeds() if why is None]

    def seeds_left_out(self) -> list[tuple[Path, str]]:
        """seeds/*.txt that are not read, and why: a link outside the project (which `build`
        refuses), a folder, a pipe, a link to nothing or to itself."""
        return [(path, why) for path, why in self._seeds() if why is not None]

    def _seeds(self) -> list[tuple[Path, str | None]]:
        if not self.project.seeds.is_dir():
            return []
        seeds: list[tuple[Path, str | None]] = []
        for path in sorted(self.project.seeds.glob("*.txt")):
            if not self.project.contains(path):
                seeds.append((path, "is a link to a file outside the project, left out; copy "
                                    "the file in"))
                continue
            try:
                regular = stat.S_ISREG(os.stat(path).st_mode)
            except OSError:
                regular = False  # a link to nothing, or to itself
            seeds.append((path, None if regular else "is no regular file (a folder, a pipe "
                                                     "or a broken link), left out"))
        return seeds


def library_files(project: Project) -> list[Path]:
    """The files a build that cites library sources depends on: catalogs and aliases."""
    catalog = Catalog(project)
    aliases = catalog.root / ALIASES_NAME
    return catalog.catalogs() + ([aliases] if aliases.is_file() else [])


def read_catalog(path: Path) -> Iterator[Record]:
    with path.open(encoding="utf-8") as file:
        for number, line in enumerate(file, start=1):
            if line.strip():
                yield _record_of(line, path, number)


def _record_of(line: str, path: Path, number: int) -> Record:
    try:
        return Record.from_json(line)
    except (ValueError, TypeError, RecursionError) as exc:
        raise SourceError([Problem(path, number, None, f"not a catalog line ({exc}); restore "
                                                       "the file from git")]) from None


def _id_and_digest(line: str, path: Path, number: int) -> tuple[str, str]:
    try:
        data = json.loads(line)
        return data["id"], data["text_sha256"]
    except (ValueError, TypeError, KeyError, RecursionError) as exc:
        raise SourceError([Problem(path, number, None, f"not a catalog line ({exc}); restore "
                                                       "the file from git")]) from None


def read_aliases(path: Path) -> dict[str, str]:
    if not path.is_file():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise SourceError([Problem(path, None, None, "must map each alias to a source id")])
    return {str(k): str(v) for k, v in data.items()}


def _partial_date(value: str | None) -> PartialDate | None:
    if not value:
        return None
    try:
        return PartialDate.parse(value)
    except ValueError:
        return None


def _date_end(published: str) -> str:
    """The last day a partial date may mean, for comparing with --since."""
    return published + "-99"[: 10 - len(published)] if len(published) < 10 else published


# -- writing: a batch staged, then committed in one step ------------------------------------


def finish_committed(root: Path) -> None:
    """Move the files of a committed batch a killed `add` left staged into place."""
    staging = root / STAGING_DIR
    if not staging.is_dir():
        return
    for batch in sorted(staging.iterdir()):
        if (batch / COMMITTED).is_file():
            try:
                _move_into_place(batch, root)
            except PermissionError:
                return  # a read-only checkout: the next `add` there finishes it


def drop_uncommitted(root: Path) -> None:
    """Remove batches a killed `add` left before committing; only under the library lock."""
    staging = root / STAGING_DIR
    if not staging.is_dir():
        return
    for batch in staging.iterdir():
        if not (batch / COMMITTED).is_file():
            shutil.rmtree(batch, ignore_errors=True)


def _move_into_place(batch: Path, root: Path) -> None:
    _move_folder(batch, root, top=True)
    # The marker goes last: a reader killed while moving finds it and moves the rest.
    (batch / COMMITTED).unlink(missing_ok=True)
    shutil.rmtree(batch, ignore_errors=True)


def _move_folder(staged: Path, target: Path, top: bool = False) -> None:
    """Move what `staged` holds into `target`: a folder the library lacks in one rename (a
    new outlet's month, thousands of texts), the files of one it has one by one."""
    target.mkdir(parents=True, exist_ok=True)
    try:
        entries = list(os.scandir(staged))
    except FileNotFoundError:
        return  # another process finishing the same batch moved it whole
    for entry in entries:
        if top and entry.name == COMMITTED:
            continue
        destination = target / entry.name
        if entry.is_dir(follow_symlinks=False):
            if not destination.exists():
                try:
                    os.rename(entry.path, destination)
                    continue
                except OSError:
                    pass  # made meanwhile by another process finishing this batch: merge
            _move_folder(Path(entry.path), destination)
        else:
            # Another process finishing the same batch may have moved it first.
            with contextlib.suppress(FileNotFoundError):
                os.replace(entry.path, destination)


class Batch:
    """Sources added in one run: staged as they come, part of the library only on commit."""

    def __init__(self, catalog: Catalog):
        self.catalog = catalog
        self.root = catalog.root
        self.folder = self.root / STAGING_DIR / uuid.uuid4().hex
        self.folder.mkdir(parents=True)
        self.by_key: dict[str, Record] = {}
        self.by_fingerprint: dict[str, Record] = {}
        self.latest_at_url: dict[str, Record] = {}
        self.known_ids: set[str] = set()
        self.aliases = catalog.aliases()  # what library/aliases.yaml will say
        self.taken = dict(self.aliases)  # every alias in use, seeds/sources.yaml's too
        for record in catalog.records():  # seeds/ too: an article there is not added again
            self._know(record)
        self.new: dict[str, list[Record]] = {}  # shard → records added to it
        self.originals: set[str] = set()
        self.added_keys: dict[str, str] = {}  # key → the input it came from, this batch
        self.restored: set[str] = set()  # ids whose missing text this batch puts back

    def _know(self, record: Record) -> None:
        self.by_key[record.key] = record
        if record.fingerprint:
            self.by_fingerprint[record.fingerprint] = record
        if record.alias:
            self.taken.setdefault(record.alias, record.id)
        self.known_ids.add(record.id)
        if record.url:
            self.latest_at_url[record.url] = record

    def keep_original(self, digest: str, suffix: str, source: Path | bytes) -> str:
        """Stage the original bytes unless the library has them; return their path."""
        relative = f"{ORIGINALS_DIR}/{digest[:2]}/{digest}{suffix}"
        if digest not in self.originals and not (self.root / relative).exists():
            target = self.folder / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(source, bytes):
                target.write_bytes(source)
            else:
                shutil.copyfile(source, target)
        self.originals.add(digest)
        return relative

    def add(self, record: Record, text: str) -> tuple[str, Record]:
        """Stage one article (its record's id is made here); return its status and record.

        `record.key` must be set; the status is added, updated or unchanged."""
        existing = self.by_key.get(record.key)
        if existing is not None:
            self._restore_if_missing(existing, text)
            return "unchanged", existing
        if record.alias and (record.alias in self.taken or record.alias in self.known_ids):
            raise SourceError(f"--alias {record.alias}: already names "
                              f"{self.taken.get(record.alias, record.alias)}; choose another")
        earlier = self.latest_at_url.get(record.url) if record.url else None
        status = "added" if earlier is None else "updated"
        data = text.encode("utf-8")
        record = replace(record, id=self._new_id(record),
                         previous=earlier.id if earlier is not None else None,
                         text_sha256=hashlib.sha256(data).hexdigest())
        shard = shard_of(record.outlet, record.published)
        folder = self.folder / shard
        if shard not in self.new:
            folder.mkdir(parents=True, exist_ok=True)
        with open(folder / f"{record.id}.txt", "wb") as file:
            file.write(data)
        self.new.setdefault(shard, []).append(record)
        self._know(record)
        if record.alias:
            self.aliases[record.alias] = record.id
        return status, record

    def text_path(self, record: Record) -> Path:
        return self.root / shard_of(record.outlet, record.published) / f"{record.id}.txt"

    def has_text(self, fingerprint: str) -> bool:
        """Say whether the entry of this fingerprint is known and its text is in place (one
        deleted since is read again, and its text restored, not taken as unchanged)."""
        record = self.by_fingerprint.get(fingerprint)
        return record is not None and (record.id in self.restored
                                       or self.text_path(record).is_file())

    def _restore_if_missing(self, record: Record, text: str) -> None:
        """Stage the text of a known source whose file is gone, if `text` is that text."""
        # A seed (no original) lives in seeds/, not here.
        if record.id in self.restored or record.original is None \
                or self.text_path(record).is_file():
            return
        data = text.encode("utf-8")
        if hashlib.sha256(data).hexdigest() != record.text_sha256:
            return
        folder = self.folder / shard_of(record.outlet, record.published)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{record.id}.txt").write_bytes(data)
        self.restored.add(record.id)

    def _new_id(self, record: Record) -> str:
        stem = f"{outlet_slug(record.outlet)}-{record.published or 'undated'}"
        for length in (8, 12, 16, 64):
            candidate = f"{stem}-{record.key[:length]}"
            if candidate not in self.known_ids:
                return candidate
        raise AssertionError("two texts with one SHA-256")

    def commit(self) -> None:
        """Make the staged sources part of the library, all of them in one step."""
        if not self.new and not self.restored:
            self.discard()
            return
        for shard, records in self.new.items():
            current = self.root / shard / CATALOG_NAME
            lines = {r.id: r for r in read_catalog(current)} if current.is_file() else {}
            lines.update((r.id, r) for r in records)
            staged = self.folder / shard / CATALOG_NAME
            staged.parent.mkdir(parents=True, exist_ok=True)
            staged.write_text("".join(lines[k].to_json() + "\n" for k in sorted(lines)),
                              encoding="utf-8")
        if any(r.alias for records in self.new.values() for r in records):
            (self.folder / ALIASES_NAME).write_text(
                yaml.safe_dump(dict(sorted(self.aliases.items())), allow_unicode=True),
                encoding="utf-8")
        os.sync()  # every staged file on disk before the marker says the batch is whole
        marker = self.folder / (COMMITTED + ".tmp")
        marker.write_text("whole\n")
        os.replace(marker, self.folder / COMMITTED)
        _move_into_place(self.folder, self.root)

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

