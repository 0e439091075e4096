"""The document model: the one thing every renderer reads.

Language and direction live here: each piece of text knows whether it is English (ltr) or
Arabic (rtl), and each renderer turns that into its own form.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .spec import PartialDate


@dataclass(frozen=True)
class Text:
    """A run of text in one language."""

    value: str
    lang: str = "en"

    @property
    def dir(self) -> str:
        return "rtl" if self.lang == "ar" else "ltr"

    @property
    def rtl(self) -> bool:
        return self.lang == "ar"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class Citation:
    """A pointer from a claim to paragraphs of a source listed at the end of the brief."""

    source_id: str
    source_number: int  # position in Brief.sources, from 1
    first: int
    last: int

    @property
    def label(self) -> str:
        """The full paragraph id, e.g. `000_9adeab1d9a5ac9f6#p3-p4`."""
        span = f"p{self.first}" if self.first == self.last else f"p{self.first}-p{self.last}"
        return f"{self.source_id}#{span}"

    @property
    def short(self) -> str:
        """The compact mark printed beside a claim, e.g. `S1 ¶3–4`."""
        span = str(self.first) if self.first == self.last else f"{self.first}–{self.last}"
        return f"S{self.source_number} ¶{span}"

    @property
    def anchor(self) -> str:
        return f"source-{self.source_number}"


@dataclass(frozen=True)
class SourceParagraph:
    """One paragraph of a source, verbatim, with its stable id."""

    id: str
    number: int
    text: Text


@dataclass(frozen=True)
class Statement:
    """An English claim with its citations."""

    text: Text
    cites: tuple[Citation, ...]


@dataclass(frozen=True)
class Actor:
    """An actor of the brief: names in both languages, role, and where sources mention it."""

    name: Text
    name_ar: Text | None
    role: Text
    cites: tuple[Citation, ...]
    registry_id: str | None = None
    mention_count: int | None = None  # mentions across the brief's cited sources
    mentioned_in: tuple[str, ...] = ()  # paragraph ids of those mentions


@dataclass(frozen=True)
class KeyDate:
    """An event on the brief's timeline."""

    date: PartialDate
    event: Text
    cites: tuple[Citation, ...]


@dataclass(frozen=True)
class Excerpt:
    """Arabic source paragraphs beside the analyst's English summary of them."""

    citation: Citation
    paragraphs: tuple[SourceParagraph, ...]
    summary: Text


@dataclass(frozen=True)
class SourceEntry:
    """A source the brief cites, for the sources list that every citation points to."""

    number: int
    id: str
    alias: str | None
    outlet: str | None
    title_en: str | None
    title_ar: Text | None
    published: str | None
    cited_paragraphs: tuple[int, ...]
    sha256: str

    @property
    def anchor(self) -> str:
        return f"source-{self.number}"

    @property
    def paragraph_ranges(self) -> str:
        """Cited paragraphs as compact ranges: `p2, p4-p6`."""
        ranges: list[str] = []
        numbers = list(self.cited_paragraphs)
        start = prev = numbers[0] if numbers else None
        for n in numbers[1:] + [None]:
            if n is not None and n == prev + 1:
                prev = n
                continue
            ranges.append(f"p{start}" if start == prev else f"p{start}-p{prev}")
            start = prev = n
        return ", ".join(ranges)


@dataclass(frozen=True)
class Brief:
    """A resolved brief: spec and sources joined, every citation checked."""

    id: str
    title: Text
    title_ar: Text | None
    date: dt.date
    classification: str
    author: str | None
    topics: tuple[str, ...]
    summary: Text
    background: tuple[Statement, ...]
    actors: tuple[Actor, ...]
    key_dates: tuple[KeyDate, ...]
    excerpts: tuple[Excerpt, ...]
    open_questions: tuple[Text, ...]
    sources: tuple[SourceEntry, ...]

    @property
    def date_english(self) -> str:
        return f"{self.date.day} {self.date:%B %Y}"
