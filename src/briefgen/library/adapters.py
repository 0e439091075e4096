"""What the index is fed from: `catalog_of` a project's Catalog (seeds/ and library/);
`corpus_catalog` a JSON Lines file of articles in memory (the benchmark's and the tests').
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Callable, Iterable
from pathlib import Path

from ..project import Project
from ..sources import Source, SourceMeta, clean_paragraphs
from ..spec import PartialDate

Listing = Callable[[], Iterable[tuple[str, str]]]
Loader = Callable[[str], Source]


def catalog_of(project: Project) -> tuple[Listing, Loader]:
    """Return the project's (listing, load) for `Index.sync`, from its Catalog.

    A seed's digest covers seeds/sources.yaml too (its outlet, date and titles are indexed);
    a library source's metadata never changes (a new version is a new id). Loading reads the
    library's catalog lines once for a sync's many sources, not once a source."""
    from .store import Catalog

    catalog = Catalog(project)
    metadata = project.seeds / "sources.yaml"
    seeds_meta = hashlib.sha256(metadata.read_bytes() if metadata.is_file() else b"").hexdigest()
    seeds = {path.stem for path in catalog.seed_texts()}
    records: dict = {}

    def listing() -> Iterable[tuple[str, str]]:
        for source_id, digest in catalog.listing():
            yield source_id, (hashlib.sha256(f"{digest}\n{seeds_meta}".encode()).hexdigest()
                              if source_id in seeds else digest)

    loads = [0]

    def load(source_id: str) -> Source:
        if source_id in seeds:
            return catalog.load(source_id)
        loads[0] += 1
        if loads[0] <= 50:  # a search's few hits: each found in its month's catalog alone
            return catalog.load(source_id)
        if not records:  # a sync's many: every catalog line read once
            records.update((record.id, record) for record in catalog.library_records())
        record = records.get(source_id)
        return catalog.source_of(record) if record else catalog.load(source_id)

    return listing, load


def catalog_stamp(project: Project) -> str:
    """The name, size and modification time of every file `catalog_of`'s listing reads
    (seeds' texts and sources.yaml, the library's catalogs), as one digest: cheap to take,
    and different after any add or edit."""
    from .store import Catalog

    catalog = Catalog(project)
    files = [*catalog.seed_texts(), project.seeds / "sources.yaml", *catalog.catalogs()]
    parts = []
    for path in files:
        try:
            status = path.stat()
        except OSError:
            parts.append(f"{path}\t-")
            continue
        parts.append(f"{path}\t{status.st_size}\t{status.st_mtime_ns}\t{status.st_ino}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def corpus_catalog(path: Path) -> tuple[Listing, Loader]:
    """Return (listing, load) over a JSON Lines file (gzip or not) of corpus articles.

    Fields as in SaudiNewsNet: source, url, date_extracted, title, content. Ids are
    `<source>-<line>`.
    """
    opener = gzip.open if path.suffix == ".gz" else open
    sources = {}
    with opener(path, "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            article = json.loads(line)
            source_id = f"{article['source']}-{number:05d}"
            date = (article.get("date_extracted") or "")[:10]
            meta = SourceMeta(outlet=article["source"], title=article.get("title") or None,
                              published=PartialDate.parse(date) if date else None,
                              url=article.get("url"))
            text = article.get("content") or ""
            paragraphs, dropped, notes = clean_paragraphs(text, source_id)
            sources[source_id] = Source(source_id, path, meta, paragraphs, dropped, notes,
                                        hashlib.sha256(text.encode()).hexdigest())
    return _catalog(sources)


def _catalog(sources: dict[str, Source]) -> tuple[Listing, Loader]:
    def listing() -> Iterable[tuple[str, str]]:
        # The metadata is indexed too (outlet, date, titles): a change of it re-indexes.
        return [(source.id, hashlib.sha256(f"{source.sha256}\n{source.meta!r}".encode())
                 .hexdigest()) for source in sources.values()]

    return listing, sources.__getitem__
