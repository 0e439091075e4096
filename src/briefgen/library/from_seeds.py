"""The index's view of today's seeds/ folder: (id, digest) listing and a loader.

Stands in for `library.store.Catalog` (its `listing` and `load`) until that is merged; the
one place to change then is `catalog_of`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable

from ..project import Project
from ..sources import Source, load_library


def catalog_of(project: Project) -> tuple[Callable[[], Iterable[tuple[str, str]]],
                                          Callable[[str], Source]]:
    """Return the project's (listing, load) for `Index.sync`."""
    library = load_library(project)

    def listing() -> Iterable[tuple[str, str]]:
        # The metadata is part of what is indexed (outlet, date, titles): a change re-indexes.
        return [(source.id, hashlib.sha256(f"{source.sha256}\n{source.meta!r}".encode())
                 .hexdigest()) for source in library]

    return listing, library.sources.__getitem__
