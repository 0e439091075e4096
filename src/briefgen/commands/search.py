"""`briefgen search`: the library's paragraphs that match a query, best first, citable.

The index (library/index.py) lives in the project's cache folder and is brought up to the
sources before every search; the first search of a big library builds it, with a progress bar.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import sqlite3
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

from ..cache import CACHE_DIR
from ..errors import BriefgenError
from ..library.adapters import catalog_of, catalog_stamp
from ..library.index import INDEX_FILE, Hit, Index, Loader, Query, damaged
from ..project import Project

if TYPE_CHECKING:  # the registry is read only for --actor
    from ..arabic.actors import Registry

T = TypeVar("T")
PROGRESS_FROM = 200  # sources to index before a progress bar is worth showing


def with_index(project: Project, use: Callable[[Index, Loader], T], stream=None) -> T:
    """Open the project's index, bring it up to its sources and return `use(index, load)`;
    an index found damaged on the way is built again."""
    listing, load = catalog_of(project)
    stamp = catalog_stamp(project)
    try:
        opened = Index.open(project.root / CACHE_DIR / INDEX_FILE)
    except (OSError, sqlite3.OperationalError):  # a read-only project: index it for this run
        opened = Index.in_memory()
    with opened as index:
        _sync(index, listing, load, stream or sys.stderr, stamp)
        try:
            return use(index, load)
        except sqlite3.DatabaseError as exc:
            if not damaged(exc):
                raise
        index.rebuild()
        _sync(index, listing, load, stream or sys.stderr)
        return use(index, load)


def _sync(index: Index, listing, load, stream, stamp: str | None = None) -> None:
    report = _Report(stream)
    try:
        index.sync(listing, load, progress=report, stamp=stamp)
    finally:
        report.stop()


class _Report:
    """Say when many sources are to be indexed: a progress bar on a terminal, a line
    otherwise; nothing for a few."""

    def __init__(self, stream):
        self.stream = stream
        self.bar = None
        self.task = None

    def __call__(self, done: int, total: int) -> None:
        if self.bar is None and done == 0 and total >= PROGRESS_FROM:
            if not self.stream.isatty():
                print(f"indexing {total} sources…", file=self.stream, flush=True)
                return
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

            self.bar = Progress(TextColumn("indexing sources"), BarColumn(),
                                MofNCompleteColumn(), console=Console(file=self.stream),
                                transient=True)
            self.bar.start()
            self.task = self.bar.add_task("index", total=total)
        elif self.bar is not None and self.task is not None:
            self.bar.update(self.task, completed=done)

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()


def actor_query(ref: str, registry: Registry | None) -> Query:
    """A query clause matching any name of the registry actor `ref`."""
    actor = registry.get(ref) if registry is not None else None
    if actor is None:
        if registry is None:
            raise BriefgenError(f"--actor {ref}: the project has no seeds/actors.yaml")
        close = difflib.get_close_matches(ref, [a.id for a in registry.actors], n=3)
        hint = f"; did you mean {' or '.join(close)}?" if close else ""
        raise BriefgenError(f"--actor {ref}: no such actor in seeds/actors.yaml{hint}")
    return Query.any_of(actor.names)


MAX_QUERY_WORDS = 64  # each word a hit must match: thousands of them took minutes


def search(index: Index, load: Loader, text: str | None, *, outlet: str | None = None,
           since: dt.date | None = None, until: dt.date | None = None,
           actor: Query | None = None, limit: int = 20) -> list[Hit]:
    """Search the index, refusing an empty query and an outlet it does not know; only hits
    whose source still holds the paragraph as indexed are returned."""
    query = Query.parse(text or "")
    words = sum(len(phrase) for clause in query.clauses for phrase in clause)
    if words > MAX_QUERY_WORDS:
        raise BriefgenError(f"the query has {words:,} words; search for at most "
                            f"{MAX_QUERY_WORDS} at once")
    if actor is not None:
        query = query & actor
    if not query.clauses:
        raise BriefgenError("give words to search for, or --actor REF")
    if outlet is not None:
        known = index.outlets()
        if outlet.lower() not in {name.lower() for name in known}:
            close = difflib.get_close_matches(outlet, known, n=3)
            hint = f"; did you mean {' or '.join(close)}?" if close else ""
            raise BriefgenError(f"--outlet {outlet}: no source from this outlet{hint} "
                                f"(known: {', '.join(known) or 'none'})")
    hits = index.search(query, outlet=outlet, since=since, until=until, limit=limit)
    return [hit for hit in hits if hit.holds(load)]


def hits_json(hits: Sequence[Hit]) -> str:
    return json.dumps([hit.to_json() for hit in hits], ensure_ascii=False, indent=2)


def hits_text(hits: Sequence[Hit]) -> str:
    """One block a hit: id, score, outlet and date, then the snippet indented."""
    if not hits:
        return "no paragraph matches"
    blocks = []
    for hit in hits:
        where = " · ".join(x for x in (hit.outlet, hit.date) if x)
        blocks.append(f"{hit.id}  {hit.score:.3g}" + (f"  {where}" if where else "")
                      + f"\n    {hit.snippet}")
    return "\n".join(blocks)
