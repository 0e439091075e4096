"""The library's full-text index: SQLite FTS5 over Arabic-aware terms, a cache of the sources.

Never the source of truth: `sync(listing, load)` brings it up to the sources (adding what is
new or changed by digest, removing what is gone, leaving the rest alone), and deleting the file
loses nothing. It is untrusted like every cache: a file that is not ours, of another schema or
damaged is deleted and built again. Each source is written in one transaction, so a killed sync
leaves an index that the next sync completes.

Python's sqlite3 cannot register an FTS5 tokenizer, so each paragraph is stored twice: as
written, for snippets, and as its terms (arabic/search.py) joined by spaces, which FTS5's ascii
tokenizer splits back into exactly those terms. Queries become terms the same way.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..arabic.search import query_terms, query_words, term_of, term_text, terms
from ..errors import BriefgenError
from ..sources import Source

SCHEMA_VERSION = 2
_APPLICATION_ID = 0x62676C69  # "bgli": a briefgen library index, not any other SQLite file
INDEX_FILE = "library-index.sqlite"
MARK = ("**", "**")  # around each hit in a snippet
SNIPPET_WORDS = 32
_BODY_WEIGHT, _ABOUT_WEIGHT = 1.0, 0.3  # a hit in the text counts more than one in its title
_BATCH = 200  # sources a transaction; a killed sync loses at most this much work

Listing = Callable[[], Iterable[tuple[str, str]]]
Loader = Callable[[str], Source]
Progress = Callable[[int, int], None]  # (sources done, sources to do)

_SCHEMA = f"""
PRAGMA application_id = {_APPLICATION_ID};
PRAGMA user_version = {SCHEMA_VERSION};
CREATE TABLE sources (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    digest TEXT NOT NULL,
    outlet TEXT,
    date TEXT,          -- as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD
    date_start TEXT,    -- the first and last day it may mean, for --since and --until
    date_end TEXT,
    about TEXT          -- titles and outlet as written, for snippets of hits in them
);
CREATE TABLE paragraphs (
    rowid INTEGER PRIMARY KEY,
    source INTEGER NOT NULL REFERENCES sources(rowid),
    number INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX paragraphs_by_source ON paragraphs(source);
CREATE VIRTUAL TABLE paragraph_terms USING fts5(body, about, tokenize = 'ascii');
CREATE TABLE synced (
    stamp TEXT NOT NULL  -- what the listing's files looked like when the index last matched it
);
"""


@dataclass(frozen=True)
class Hit:
    """One paragraph found: its citable id, its source and how well it matched."""

    id: str  # source#p3
    source: str
    score: float  # higher is better
    snippet: str  # original text around the hits, each hit between MARKs
    outlet: str | None
    date: str | None
    text: str = field(default="", repr=False, compare=False)  # the paragraph, as indexed

    def number(self) -> int:
        return int(self.id.rpartition("#p")[2])

    def holds(self, load: Loader) -> bool:
        """Say whether the source still has this paragraph as indexed (the index is a cache:
        a hit is shown only if the source says the same)."""
        try:
            paragraphs = load(self.source).paragraphs
        except (KeyError, BriefgenError):
            return False
        return 1 <= self.number() <= len(paragraphs) and \
            paragraphs[self.number() - 1].text == self.text

    def to_json(self) -> dict:
        return {"id": self.id, "source": self.source, "score": float(f"{self.score:.4g}"),
                "snippet": self.snippet, "outlet": self.outlet, "date": self.date}


@dataclass(frozen=True)
class Query:
    """What to find: every clause must match; a clause matches if any of its phrases does.

    A phrase is a tuple of words as the user wrote them; one word is a one-word phrase.
    """

    clauses: tuple[tuple[tuple[str, ...], ...], ...]

    @classmethod
    def parse(cls, text: str) -> Query:
        """Read a query: words, and "quoted phrases"; all of them must match."""
        clauses = []
        for quoted, bare in re.findall(r'"([^"]*)"|(\S+)', text):
            words = tuple(query_words(quoted if quoted else bare))
            if quoted and words:
                clauses.append((words,))
            else:
                clauses.extend(((word,),) for word in words)
        return cls(tuple(dict.fromkeys(clauses)))  # a word twice asks nothing more

    @classmethod
    def any_of(cls, phrases: Iterable[str]) -> Query:
        """One clause matching any of `phrases` (an actor's names, a topic's keywords)."""
        found = tuple(dict.fromkeys(words for p in phrases if (words := tuple(query_words(p)))))
        return cls((found,) if found else ())

    def __and__(self, other: Query) -> Query:
        return Query(self.clauses + other.clauses)

    def match_expression(self) -> str:
        """The FTS5 MATCH text: clauses joined by AND, phrases by OR, each term quoted."""
        return " AND ".join(
            "(" + " OR ".join(_phrase_expression(words) for words in clause) + ")"
            for clause in self.clauses
        )

    def hit_terms(self) -> set[str]:
        """Every term that marks a word as a hit in a snippet."""
        return {term for clause in self.clauses for words in clause for word in words
                for term in query_terms(word)}


def _phrase_expression(words: tuple[str, ...]) -> str:
    if len(words) == 1:
        return " OR ".join(f'"{term}"' for term in sorted(query_terms(words[0])) if term)
    return '"' + " ".join(term_of(word) for word in words) + '"'


class Index:
    """An open index file; use `Index.open(path)`."""

    def __init__(self, path: Path, connection: sqlite3.Connection):
        self.path = path
        self.db = connection

    @classmethod
    def open(cls, path: Path | str) -> Index:
        """Open the index at `path`, making it (again) when it is missing or not usable."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_symlink():  # ours is a plain file: never read or write where a link points
            path.unlink()
        if path.exists():
            try:
                connection = _connect(path)
                if _usable(connection):
                    return cls(path, connection)
                connection.close()
            except sqlite3.DatabaseError as exc:
                if not damaged(exc):
                    raise
        return cls(path, _create(path))

    @classmethod
    def in_memory(cls) -> Index:
        """An index kept in memory only, for a project whose cache folder cannot be written."""
        connection = sqlite3.connect(":memory:", isolation_level="IMMEDIATE")
        connection.executescript(_SCHEMA)
        return cls(Path(":memory:"), connection)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Index:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def rebuild(self) -> None:
        """Throw the file away and start an empty one (the next sync fills it)."""
        with contextlib.suppress(sqlite3.Error):
            self.db.close()
        if str(self.path) == ":memory:":
            self.db = Index.in_memory().db
            return
        self.db = _create(self.path)

    def sync(self, listing: Listing, load: Loader, progress: Progress | None = None,
             stamp: str | None = None) -> int:
        """Bring the index up to the listed sources; return how many sources it wrote or
        removed. A damaged index is rebuilt from scratch on the way.

        `stamp` sums up the files the listing reads (their names, sizes and times): when the
        index last matched a listing of the same stamp, the listing is not read again. Hits
        are checked against their sources all the same (`holds`)."""
        try:
            return self._sync(listing, load, progress, stamp)
        except sqlite3.DatabaseError as exc:
            if not damaged(exc):
                raise
            self.rebuild()
            return self._sync(listing, load, progress, stamp)

    def _sync(self, listing: Listing, load: Loader, progress: Progress | None,
              stamp: str | None) -> int:
        if stamp is not None and self.db.execute(
                "SELECT 1 FROM synced WHERE stamp = ?", (stamp,)).fetchone():
            return 0
        with self.db:
            self.db.execute("DELETE FROM synced")
        known = dict(self.db.execute("SELECT id, digest FROM sources"))
        listed = dict(listing())
        changed = [sid for sid, digest in listed.items() if known.get(sid) != digest]
        removed = {sid for sid in known if sid not in listed}
        total = len(changed) + len(removed)
        if progress:
            progress(0, total)
        done = 0
        for batch in _batches([*sorted(removed), *changed], _BATCH):
            with self.db:  # one transaction a batch: committed whole or not at all
                for source_id in batch:
                    self._remove(source_id)
                    if source_id not in removed:
                        self._add(load(source_id), listed[source_id])
            done += len(batch)
            if progress:
                progress(done, total)
        if stamp is not None:
            with self.db:
                self.db.execute("INSERT INTO synced (stamp) VALUES (?)", (stamp,))
        return total

    def _remove(self, source_id: str) -> None:
        row = self.db.execute("SELECT rowid FROM sources WHERE id = ?", (source_id,)).fetchone()
        if row is None:
            return
        self.db.execute("DELETE FROM paragraph_terms WHERE rowid IN "
                        "(SELECT rowid FROM paragraphs WHERE source = ?)", row)
        self.db.execute("DELETE FROM paragraphs WHERE source = ?", row)
        self.db.execute("DELETE FROM sources WHERE rowid = ?", row)

    def _add(self, source: Source, digest: str) -> None:
        meta = source.meta
        date = meta.published
        start, end = _date_span(date.iso) if date else (None, None)
        about = " · ".join(x for x in (meta.title_ar, meta.title_en, meta.outlet) if x)
        cursor = self.db.execute(
            "INSERT INTO sources (id, digest, outlet, date, date_start, date_end, about) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (source.id, digest, meta.outlet, date.iso if date else None, start, end, about))
        source_row = cursor.lastrowid
        # Titles and outlet go with the first paragraph only: on every paragraph they would
        # lengthen the lists of common words a search scores, and return one article N times.
        about_terms = term_text(about)
        first = self.db.execute("SELECT coalesce(max(rowid), 0) + 1 FROM paragraphs").fetchone()[0]
        numbered = list(enumerate(source.paragraphs, start=first))
        self.db.executemany(
            "INSERT INTO paragraphs (rowid, source, number, text) VALUES (?, ?, ?, ?)",
            [(row, source_row, p.number, p.text) for row, p in numbered])
        self.db.executemany(
            "INSERT INTO paragraph_terms (rowid, body, about) VALUES (?, ?, ?)",
            [(row, term_text(p.text), about_terms if p.number == 1 else "") for row, p in numbered])

    def outlets(self) -> list[str]:
        """Every outlet of the indexed sources."""
        return [row[0] for row in self.db.execute(
            "SELECT DISTINCT outlet FROM sources WHERE outlet IS NOT NULL ORDER BY outlet")]

    def search(self, query: Query | str, outlet: str | None = None,
               since: dt.date | None = None, until: dt.date | None = None,
               limit: int = 20, exclude: Iterable[str] = (),
               undated: bool = False) -> list[Hit]:
        """Return the paragraphs that best match `query`, best first.

        `since`/`until` keep sources whose date may fall in the window (a source dated only
        2015-07 is inside a window from 2015-07-20); a source without a date is left out
        when either is given, unless `undated`. `exclude` lists paragraph ids not to return.
        """
        if isinstance(query, str):
            query = Query.parse(query)
        if not query.clauses or limit <= 0:
            return []
        where, parameters = ["paragraph_terms MATCH ?"], [query.match_expression()]
        if outlet is not None:
            where.append("lower(s.outlet) = lower(?)")
            parameters.append(outlet)
        either = " OR s.date IS NULL" if undated else ""
        if since is not None:
            where.append(f"(s.date_end >= ?{either})")
            parameters.append(since.isoformat())
        if until is not None:
            where.append(f"(s.date_start <= ?{either})")
            parameters.append(until.isoformat())
        excluded = set(exclude)
        # Rank first, reading only what the filters need; the texts of the best rows after.
        filters = ("JOIN paragraphs p ON p.rowid = paragraph_terms.rowid "
                   "JOIN sources s ON s.rowid = p.source " if len(where) > 1 else "")
        rows = self.db.execute(
            "SELECT s.id, p.number, p.text, s.outlet, s.date, s.about, best.rank FROM ("
            f"SELECT paragraph_terms.rowid AS row, "
            f"bm25(paragraph_terms, {_BODY_WEIGHT}, {_ABOUT_WEIGHT}) AS rank "
            f"FROM paragraph_terms {filters}WHERE {' AND '.join(where)} ORDER BY rank LIMIT ?"
            ") AS best JOIN paragraphs p ON p.rowid = best.row "
            "JOIN sources s ON s.rowid = p.source ORDER BY best.rank",
            (*parameters, limit + len(excluded)))
        marked = query.hit_terms()
        hits = []
        for source_id, number, text, source_outlet, date, about, rank in rows:
            paragraph_id = f"{source_id}#p{number}"
            if paragraph_id in excluded:
                continue
            shown = snippet(text, marked)
            if MARK[0] not in shown and about:  # the hit is in the title or outlet: show it
                shown = f"{snippet(about, marked)} — {shown}"
            hits.append(Hit(paragraph_id, source_id, -rank, shown, source_outlet, date, text))
        return hits[:limit]


def damaged(error: sqlite3.DatabaseError) -> bool:
    """Say whether an error means the file is damaged (rebuild it), not busy or misused."""
    return not isinstance(error, sqlite3.OperationalError | sqlite3.ProgrammingError)


def snippet(text: str, marked: set[str], words: int = SNIPPET_WORDS) -> str:
    """Return the original text around its densest stretch of hits, each hit marked."""
    found = terms(text)
    hits = [i for i, term in enumerate(found) if term.term in marked]
    if not found:
        return text
    first = 0
    if hits and len(found) > words:
        # The window of `words` words holding most hits; the earliest among equals.
        best = max(range(len(hits)),
                   key=lambda i: (sum(1 for h in hits[i:] if h < hits[i] + words), -i))
        first = max(0, min(hits[best] - words // 4, len(found) - words))
    last = min(len(found), first + words)
    start = 0 if first == 0 else found[first].start
    end = len(text) if last == len(found) else found[last - 1].end
    pieces, position = [], start
    for term in found[first:last]:
        if term.term in marked:
            pieces += [text[position:term.start], MARK[0], text[term.start:term.end], MARK[1]]
            position = term.end
    pieces.append(text[position:end])
    # Words of one phrase hit side by side read as one marked stretch.
    body = re.sub(re.escape(MARK[1]) + r"(\s+)" + re.escape(MARK[0]), r"\1", "".join(pieces))
    return ("…" if start > 0 else "") + body.strip() + ("…" if end < len(text) else "")


def _date_span(iso: str) -> tuple[str, str]:
    """The first and last day a YYYY, YYYY-MM or YYYY-MM-DD date may mean."""
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 3:
        return iso, iso
    if len(parts) == 2:
        year, month = parts
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return f"{iso}-01", (following - dt.timedelta(days=1)).isoformat()
    return f"{iso}-01-01", f"{iso}-12-31"


def _batches(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _connect(path: Path) -> sqlite3.Connection:
    # `with db:` commits a transaction or rolls it back; IMMEDIATE takes the write lock at the
    # start, so two syncs at once wait for each other instead of failing with "locked".
    connection = sqlite3.connect(path, timeout=60, isolation_level="IMMEDIATE")
    # A search scores every paragraph holding a word; pages kept in memory halve that time
    # for common words (السعودية: 50 → 25 ms on the corpus).
    connection.execute("PRAGMA cache_size = -65536")
    connection.execute("PRAGMA mmap_size = 536870912")
    return connection


def _usable(connection: sqlite3.Connection) -> bool:
    """Say whether an existing file is an index of this schema (a cheap check, every open):
    ours, of this version, and with exactly the tables and columns this code makes."""
    application = connection.execute("PRAGMA application_id").fetchone()[0]
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    return (application == _APPLICATION_ID and version == SCHEMA_VERSION
            and _tables(connection) == _expected_tables())


def _tables(connection: sqlite3.Connection) -> list[tuple[str, str]]:
    return connection.execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall()


@functools.cache
def _expected_tables() -> list[tuple[str, str]]:
    with contextlib.closing(sqlite3.connect(":memory:")) as empty:
        empty.executescript(_SCHEMA)
        return _tables(empty)


def _create(path: Path) -> sqlite3.Connection:
    """Make an empty index at `path`, replacing whatever was there."""
    for leftover in (path, path.with_name(path.name + "-journal"),
                     path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(leftover)
    connection = _connect(path)
    connection.executescript(_SCHEMA)
    return connection
