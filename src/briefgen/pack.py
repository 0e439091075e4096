"""Many briefs → one pack: order, marking, page plan and the consolidated sources.

The pack is a model like a brief; the PDF and DOCX assemblers (render/packpdf.py,
render/docx.py) read it together with each brief's own rendering.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .changes import WhatChanged
from .errors import Problem, SpecError
from .model import Brief, SourceEntry, Text
from .spec import CLASSIFICATIONS, PACK_SPECS, PackSpec, load_pack_spec


@dataclass(frozen=True)
class PackEntry:
    """A brief as the pack's cover and contents show it, and where it starts (1-based).

    Only what the front matter shows, not the whole brief: the pack's renderings are
    cached by what they show, so an edit inside a brief does not lay out the cover again.
    """

    brief_id: str
    title: Text
    classification: str
    first_page: int
    pages: int


@dataclass(frozen=True)
class SourceUse:
    brief_title: str
    paragraphs: str


@dataclass(frozen=True)
class PackSource:
    """A source cited anywhere in the pack, and which briefs cite which paragraphs."""

    source: SourceEntry  # as the first brief citing it lists it
    cited_by: tuple[SourceUse, ...]


@dataclass(frozen=True)
class Pack:
    """The pack's cover facts, its briefs in order, and its sources appendix."""

    title: Text
    title_ar: Text | None
    date: dt.date
    classification: str
    author: str | None
    audience: str | None
    entries: tuple[PackEntry, ...]
    sources: tuple[PackSource, ...]
    front_pages: int
    appendix_page: int
    topics: tuple[str, ...] = ()
    appendix_pages: int = 1
    changes: WhatChanged | None = None  # a release after the first: its What changed page
    changes_page: int = 2  # where What changed starts, after the cover

    @property
    def date_english(self) -> str:
        return f"{self.date.day} {self.date:%B %Y}"

    @property
    def subject(self) -> str:
        return "Briefing pack: " + "; ".join(e.title.value for e in self.entries)

    @property
    def total_pages(self) -> int:
        return self.appendix_page - 1 + self.appendix_pages


def load_pack_spec_for(folder: Path) -> PackSpec | None:
    """Return the folder's pack.yaml (or pack.yml) as a PackSpec, or None where there is none."""
    found = [folder / name for name in PACK_SPECS if os.path.lexists(folder / name)]
    if len(found) > 1:
        raise SpecError([Problem(found[1], None, None,
                                 f"{found[0].name} and {found[1].name} are both pack specs of "
                                 f"{folder}; keep one")])
    return load_pack_spec(found[0]) if found else None


def pack_spec_of(folders: Sequence[Path]) -> PackSpec | None:
    """The pack spec of the folders built: at most one of them may have one."""
    specs = [spec for spec in map(load_pack_spec_for, folders) if spec is not None]
    if len(specs) > 1:
        raise SpecError([Problem(specs[1].path, None, None,
                                 f"a build makes one pack, and {specs[0].path} is its spec "
                                 "already; build the folders apart, or keep one pack spec")])
    return specs[0] if specs else None


def highest_classification(markings: Sequence[str]) -> str:
    return max(markings, key=CLASSIFICATIONS.index)


def order_briefs(briefs: Sequence[Brief], spec: PackSpec | None) -> list[Brief]:
    """Put briefs in the pack spec's order; unlisted briefs follow by id."""
    by_id = {brief.id: brief for brief in briefs}
    if spec is None:
        return [by_id[brief_id] for brief_id in sorted(by_id)]
    problems = order_problems(list(by_id), spec)
    if problems:
        raise SpecError(problems)
    listed = list(spec.briefs)
    rest = sorted(set(by_id) - set(listed))
    return [by_id[brief_id] for brief_id in [*listed, *rest]]


def order_problems(brief_ids: Sequence[str], spec: PackSpec | None) -> list[Problem]:
    """Check the pack spec's list of briefs against the ids of the specs built."""
    if spec is None:
        return []
    problems = []
    seen: set[str] = set()
    for number, brief_id in enumerate(spec.briefs):
        line = spec.briefs_lines[number] if number < len(spec.briefs_lines) else None
        if brief_id not in brief_ids:
            problems.append(Problem(spec.path, line, "briefs",
                                    f"no brief '{brief_id}' among the specs built "
                                    f"(known: {', '.join(sorted(brief_ids))}); fix the id or "
                                    "remove the line"))
        elif brief_id in seen:
            problems.append(Problem(spec.path, line, "briefs",
                                    f"'{brief_id}' is listed twice; a brief appears once"))
        seen.add(brief_id)
    return problems


def plan_pack(briefs: Sequence[Brief], page_counts: Sequence[int], spec: PackSpec | None,
              front_pages: int = 2, appendix_pages: int = 1,
              changes: WhatChanged | None = None, changes_page: int = 2) -> Pack:
    """Lay the ordered briefs out after `front_pages` pages and gather their sources."""
    entries = []
    page = front_pages + 1
    for brief, pages in zip(briefs, page_counts, strict=True):
        entries.append(PackEntry(brief.id, brief.title, brief.classification, page, pages))
        page += pages
    markings = [b.classification for b in briefs]
    if spec and spec.classification:
        markings.append(spec.classification)
    title = spec.title.en if spec else "Briefing pack"
    title_ar = spec.title.ar if spec and spec.title.ar else None
    return Pack(
        title=Text(title),
        title_ar=Text(title_ar, "ar") if title_ar else None,
        date=(spec.date if spec and spec.date else max(b.date for b in briefs)),
        classification=highest_classification(markings),
        author=spec.author if spec else None,
        audience=spec.audience if spec else None,
        entries=tuple(entries),
        sources=_consolidated_sources(briefs),
        front_pages=front_pages,
        appendix_page=page,
        topics=tuple(dict.fromkeys(t for b in briefs for t in b.topics)),
        appendix_pages=appendix_pages,
        changes=changes,
        changes_page=changes_page,
    )


def _consolidated_sources(briefs: Sequence[Brief]) -> tuple[PackSource, ...]:
    first: dict[str, SourceEntry] = {}
    uses: dict[str, list[SourceUse]] = {}
    for brief in briefs:
        for source in brief.sources:
            first.setdefault(source.id, source)
            uses.setdefault(source.id, []).append(
                SourceUse(brief.title.value, source.paragraph_ranges))
    return tuple(PackSource(first[source_id], tuple(uses[source_id]))
                 for source_id in sorted(first))
