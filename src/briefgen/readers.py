"""readers.yaml: the people a desk sends copies to, each with a clearance."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import yamlspec
from .errors import BriefgenError, Problem
from .spec import CLASSIFICATIONS, Classification
from .yamlspec import Id, doc, internal


class ReadersError(BriefgenError):
    """readers.yaml is malformed."""


@dataclass(frozen=True)
class Reader:
    """One reader: who receives a copy, and the highest marking they may read."""

    id: Id = doc("Short id: the reader's folder under the distribution folder and the log's "
                 "name for them (lower-case letters, digits, - and _).")
    name: str = doc("The reader's name, printed on every page of their copy.")
    organisation: str = doc("The reader's organisation, printed beside the name.")
    clearance: Classification = doc(
        "The highest marking this reader may receive: UNCLASSIFIED < OFFICIAL < CONFIDENTIAL "
        "< SECRET.")
    line: int = internal(default=0)
    id_line: int | None = internal(default=None)

    def may_read(self, marking: str) -> bool:
        """Say whether this reader's clearance reaches `marking`."""
        return CLASSIFICATIONS.index(self.clearance) >= CLASSIFICATIONS.index(marking)


@dataclass(frozen=True)
class ReadersFile:
    """readers.yaml: a list of readers under `readers:`."""

    readers: tuple[Reader, ...] = doc("The readers, one entry each.")


def load_readers(path: Path) -> tuple[Reader, ...]:
    """Read readers.yaml, raising ReadersError with every problem: unknown fields, duplicate
    ids, clearances not on the scale."""
    path = Path(path)
    loaded = yamlspec.load(path, ReadersFile, "readers file", ReadersError,
                           label="readers.yaml")
    if loaded is None or not loaded.readers:
        raise ReadersError([Problem(path, None, None, "lists no readers; add entries under "
                                                      "`readers:` with id, name, "
                                                      "organisation and clearance")])
    problems: list[Problem] = []
    first: dict[str, Reader] = {}
    for index, reader in enumerate(loaded.readers):
        if reader.id in first:
            problems.append(Problem(path, reader.id_line, f"readers[{index}].id",
                                    f"'{reader.id}' is also the id of the reader on line "
                                    f"{first[reader.id].line}; give each reader an id of "
                                    "their own"))
        else:
            first[reader.id] = reader
    if problems:
        raise ReadersError(problems)
    return loaded.readers
