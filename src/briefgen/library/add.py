"""`briefgen add`: inputs → articles → sources of the library, in one batch."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import SourceError
from ..lock import output_lock
from ..project import Project
from ..sources import MAX_SOURCE_BYTES, clean_paragraphs
from ..spec import PartialDate
from .intake import Article, Input, Seen, Skipped, open_bytes, open_file
from .store import Batch, Catalog, Record, drop_uncommitted, text_key


@dataclass(frozen=True)
class Outcome:
    """What became of one article (or of an input that gave none)."""

    status: str  # added, updated, unchanged, skipped
    where: str
    record: Record | None = None
    reason: str | None = None
    title: str | None = None
    url: str | None = None
    note: str | None = None  # what a reader of the summary should know of an added article

    def row(self) -> dict[str, object]:
        if self.record is not None:
            row = {**self.record.row(), "status": self.status}
        else:
            row = {"id": None, "title": self.title, "outlet": None, "date": None,
                   "url": self.url, "paragraphs": 0, "status": self.status}
        if self.reason:
            row["reason"] = self.reason
        if self.note:
            row["note"] = self.note
        row["input"] = self.where
        return row


@dataclass(frozen=True)
class Overrides:
    """What the command line says of every article: it wins over what the input says."""

    outlet: str | None = None
    date: str | None = None
    alias: str | None = None
    field_map: dict[str, str] | None = None
    allow_private: bool = False


def add(project: Project, inputs: Sequence[str], overrides: Overrides = Overrides(),
        step: Callable[[Outcome], None] | None = None) -> list[Outcome]:
    """Add every article of `inputs` (paths or URLs); all of it or, if killed, none."""
    if overrides.date is not None:
        PartialDate.parse(overrides.date)  # ValueError: the CLI says which flag
    catalog = Catalog(project)
    catalog.root.mkdir(exist_ok=True)
    outcomes: list[Outcome] = []
    with output_lock(catalog.root):
        drop_uncommitted(catalog.root)
        batch = Batch(catalog)
        try:
            for name in inputs:
                for outcome in _add_input(batch, name, overrides):
                    outcomes.append(outcome)
                    if step is not None:
                        step(outcome)
            aliased = [o for o in outcomes if o.status in ("added", "updated")]
            if overrides.alias and len(aliased) > 1:
                raise SourceError(f"--alias {overrides.alias} names one article, and "
                                  f"{len(aliased)} were added; add them without it")
            batch.commit()
        except BaseException:
            batch.discard()
            raise
    return outcomes


def _add_input(batch: Batch, name: str, overrides: Overrides):
    from .fetch import fetch, is_url

    try:
        if is_url(name):
            fetched = fetch(name, overrides.allow_private)
            opened: Input = open_bytes(fetched.data, name, _suffix_of(fetched.url),
                                       url=fetched.url, field_map=overrides.field_map,
                                       known=_Known(batch))
        else:
            opened = open_file(Path(name), overrides.field_map, _Known(batch))
        items = iter(opened.articles)
        first = next(items, None)
    except SourceError as exc:
        yield Outcome("skipped", name, reason="; ".join(p.message for p in exc.problems))
        return
    if first is None:
        yield Outcome("skipped", name, reason="holds no articles")
        return
    original_path: str | None = None
    retrieved = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    added_here: dict[str, str] = {}
    for item in _chain(first, items, name):
        if isinstance(item, Skipped):
            yield Outcome("skipped", item.where, reason=item.reason, title=item.title,
                          url=item.url)
            continue
        if isinstance(item, Seen):
            # The same entry as one in the library: the same text, so the same source
            # (whatever the flags say now, as for any article whose text is known).
            seen = batch.by_fingerprint[item.fingerprint]
            if seen.key in batch.added_keys:  # twice in this batch
                yield Outcome("skipped", item.where,
                              reason=f"duplicate of {batch.added_keys[seen.key]}")
            else:
                yield Outcome("unchanged", item.where, seen)
            continue
        article = _overridden(item, overrides)
        if len(article.text) > 2 * MAX_SOURCE_BYTES:  # not cleaned only to be refused
            yield _too_large(article, len(article.text.encode("utf-8")))
            continue
        paragraphs = clean_paragraphs(article.text, "new")[0]
        if not paragraphs:
            yield Outcome("skipped", article.where, reason="empty article: nothing left after "
                          "cleaning", title=article.title, url=article.url)
            continue
        texts = [p.text for p in paragraphs]
        stored = len(("\n".join(texts) + "\n").encode("utf-8"))
        if stored > MAX_SOURCE_BYTES:  # every reader refuses a source so large: the text
            yield _too_large(article, stored)  # as stored, after cleaning (ﷺ grows)
            continue
        record = Record(id="", text_sha256="", key=text_key(texts), paragraphs=len(texts),
                        title=article.title, title_en=article.title_en, outlet=article.outlet,
                        published=article.published, author=article.author, url=article.url,
                        retrieved=retrieved, original_sha256=opened.original.sha256,
                        entry=article.entry, format=article.format, alias=overrides.alias,
                        fingerprint=item.fingerprint)
        if record.key in added_here or record.key in batch.added_keys:
            earlier = added_here.get(record.key) or batch.added_keys[record.key]
            yield Outcome("skipped", article.where, reason=f"duplicate of {earlier}",
                          title=article.title, url=article.url)
            continue
        if original_path is None and record.key not in batch.by_key:
            original = opened.original
            original_path = batch.keep_original(original.sha256, original.suffix,
                                                original.content)
        status, record = batch.add(replace(record, original=original_path),
                                   "\n".join(texts) + "\n")
        if status != "unchanged":
            added_here[record.key] = article.where
            batch.added_keys[record.key] = article.where
        yield Outcome(status, article.where, record, note=_undated_note(item, article)
                      if status != "unchanged" else None)


def _undated_note(given: Article, read: Article) -> str | None:
    """Say so when an input gave an article a date that is no date, so it was added undated
    (SaudiNewsNet's date_extracted "yesterday", "2015-13-45")."""
    said = given.date_given or given.published
    if read.published is None and said:
        shown = said if len(said) <= 40 else said[:40] + "…"  # a field of megabytes, cut
        return (f"its date {shown!r} is no date: added undated (give --date YYYY-MM-DD, or "
                "mend the input)")
    return None


def _too_large(article: Article, size: int) -> Outcome:
    return Outcome("skipped", article.where, reason=f"its text is {size:,} bytes, over the "
                   f"{MAX_SOURCE_BYTES:,} a source may hold: is this one article? Split it into "
                   "its articles", title=article.title, url=article.url)


class _Known:
    """The fingerprints of entries the library has, text in place: those are not read."""

    def __init__(self, batch: Batch):
        self.batch = batch

    def __contains__(self, fingerprint: object) -> bool:
        return isinstance(fingerprint, str) and self.batch.has_text(fingerprint)


def _chain(first, rest, name: str):
    yield first
    try:
        yield from rest
    except SourceError as exc:  # a dump that turned out bad part-way (gzip damaged, too big)
        yield Skipped(name, "; ".join(str(p) for p in exc.problems)
                      + "; the articles before it were read")


def _overridden(article: Article, overrides: Overrides) -> Article:
    published = overrides.date or article.published
    if published:
        try:
            published = PartialDate.parse(published).iso
        except ValueError:
            published = None  # a page's date we cannot read is no date, not an error
    return replace(article, outlet=overrides.outlet or article.outlet, published=published)


def _suffix_of(url: str) -> str:
    path = url.split("?", 1)[0].rsplit("/", 1)[-1]
    return "." + path.rsplit(".", 1)[-1].lower() if "." in path else ""
