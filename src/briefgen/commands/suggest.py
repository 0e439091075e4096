"""`briefgen suggest`: key dates and actors in a spec's cited paragraphs that the spec lacks.

The output is YAML to paste under the spec's `key_dates:` and `actors:`. Each item cites the
paragraphs it was found in and quotes the Arabic sentence as a comment; the English event or
role is a TODO, because briefgen never writes the analyst's English.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..arabic.actors import Actor, Registry, find_mentions
from ..arabic.dates import DateMention, find_dates
from ..errors import SpecError
from ..library.index import MARK, Hit, Index, Loader, Query
from ..mentions import registry_actor_named
from ..resolve import resolve
from ..sources import Paragraph, SourceLibrary
from ..spec import BriefSpec, load_spec
from ..topics import Topic, topic_problems
from .findings import published_year

PLACEHOLDER = "TODO"
MAX_LIBRARY_HITS = 8  # library paragraphs proposed; `briefgen search` finds more
MAX_QUOTES = 3  # sentences quoted per suggestion; the cite lists every paragraph
_SENTENCE_END = re.compile(r"[.!?؟؛…](?=\s|$)")
_MAX_SENTENCE = 240


@dataclass
class _Found:
    """Where one suggestion was found: paragraphs in order, and a quote from each."""

    paragraphs: list[Paragraph] = field(default_factory=list)
    # (paragraph, the span found, the sentence around it)
    quotes: list[tuple[Paragraph, str, str]] = field(default_factory=list)
    count: int = 0

    def add(self, paragraph: Paragraph, text: str, start: int, end: int) -> None:
        self.count += 1
        if paragraph not in self.paragraphs:
            self.paragraphs.append(paragraph)
            self.quotes.append((paragraph, text[start:end], sentence_around(text, start, end)))


@dataclass(frozen=True)
class Suggestions:
    dates: dict[str, tuple[DateMention, _Found]]  # value → first mention, where found
    actors: list[tuple[Actor, _Found]]
    yearless: list[tuple[Paragraph, DateMention]]
    paragraph_count: int


def cited_paragraphs(spec: BriefSpec, library: SourceLibrary, registry) -> list[Paragraph]:
    """Return every paragraph the spec cites, source by source, checking the spec on the way."""
    brief = resolve(spec, library, registry)  # SpecError for any citation or ref that is wrong
    return [library.sources[entry.id].paragraph(number)
            for entry in brief.sources for number in entry.cited_paragraphs]


def find_suggestions(spec: BriefSpec, library: SourceLibrary,
                     registry: Registry | None) -> Suggestions:
    """Find the dates and registry actors of the cited paragraphs that the spec does not have."""
    paragraphs = cited_paragraphs(spec, library, registry)
    present_dates = {item.date.iso for item in spec.key_dates}
    dates: dict[str, tuple[DateMention, _Found]] = {}
    yearless: list[tuple[Paragraph, DateMention]] = []
    for paragraph in paragraphs:
        year = published_year(library.sources[paragraph.source_id])
        for date in find_dates(paragraph.text, year):
            if date.value.startswith("-"):
                yearless.append((paragraph, date))  # a key date needs a year
                continue
            if present_dates & set(date.value.split("/")):
                continue
            _, found = dates.setdefault(date.value, (date, _Found()))
            found.add(paragraph, paragraph.text, date.start, date.end)

    actors: dict[str, _Found] = {}
    ranked: list[tuple[Actor, _Found]] = []
    if registry is not None:
        present = {a.ref for a in spec.actors if a.ref}
        present |= {named.id for a in spec.actors if a.name
                    for named in [registry_actor_named(a.name.ar, registry)] if named}
        for paragraph in paragraphs:
            for mention in find_mentions(paragraph.text, registry):
                if mention.actor_id not in present:
                    actors.setdefault(mention.actor_id, _Found()).add(
                        paragraph, paragraph.text, mention.start, mention.end)
        by_count = sorted(actors, key=lambda actor_id: -actors[actor_id].count)  # ties: first seen
        # Every mention names a registry actor, so `get` finds each one.
        ranked = [(actor, actors[a]) for a in by_count if (actor := registry.get(a)) is not None]
    return Suggestions(dict(sorted(dates.items())), ranked, yearless, len(paragraphs))


def library_hits(spec: BriefSpec, library: SourceLibrary, registry: Registry | None,
                 index: Index, topics: dict[str, Topic], load: Loader) -> list[Hit]:
    """The library's paragraphs most relevant to the spec's topics and actors that it does
    not cite, from sources dated up to the brief's date (or undated)."""
    phrases: list[str] = []
    for name in spec.topics:
        topic = topics.get(name)
        if topic is not None:
            phrases += topic.keywords
            phrases += [n for ref in topic.actors if (a := _actor(registry, ref)) for n in a.names]
    for actor in spec.actors:
        if actor.ref and (entry := _actor(registry, actor.ref)):
            phrases += entry.names
        elif actor.name and actor.name.ar:
            phrases.append(actor.name.ar)
    if not phrases:
        return []
    cited = {paragraph.id for paragraph in cited_paragraphs(spec, library, registry)}
    hits = index.search(Query.any_of(phrases), until=spec.date, undated=True,
                        limit=MAX_LIBRARY_HITS, exclude=cited)
    # The index is a cache: keep only hits whose paragraph the sources still hold as indexed.
    return [hit for hit in hits if hit.holds(load)]


def _actor(registry: Registry | None, ref: str):
    return registry.get(ref) if registry is not None else None


def suggest_text(spec_path: Path, library: SourceLibrary, registry: Registry | None,
                 index: Index | None = None, topics: dict[str, Topic] | None = None,
                 load: Loader | None = None) -> str:
    """Return the suggestions for the spec at `spec_path` as YAML with comments; with an
    index, also the library's paragraphs on its topics and actors that it does not cite."""
    spec = load_spec(spec_path)
    problems = topic_problems(spec, topics)
    if problems:
        raise SpecError(problems)
    found = find_suggestions(spec, library, registry)
    lines = [f"# Found in the {found.paragraph_count} paragraphs {spec_path} cites and not yet "
             "in it.",
             "# Paste the items you keep under its key_dates: and actors:, then replace each "
             f"{PLACEHOLDER} with your English."]
    if found.dates:
        lines += ["", "key_dates:"]
        for value, (date, where) in found.dates.items():
            start = value.split("/")[0]  # a key date has one date: where a range starts
            lines += _quotes(where)
            note = []
            if "/" in value:
                note.append(f"the text gives a range, {value}")
            if date.year_inferred:
                note.append("year not in the date itself (its sentence's or the source's "
                            "published year); check it")
            lines += [f"  - date: {start}" + (f"  # {'; '.join(note)}" if note else ""),
                      f"    event: {_q(f'{PLACEHOLDER}: what happened ({date.english}).')}",
                      f"    cite: [{_cites(where.paragraphs)}]"]
    if found.actors:
        lines += ["", "actors:"]
        for actor, where in found.actors:
            times = "1 mention" if where.count == 1 else f"{where.count} mentions"
            lines += _quotes(where)
            lines += [f"  - ref: {actor.id}  # {actor.en} / {actor.ar}: {times}",
                      f"    role: {_q(f'{PLACEHOLDER}: {actor.en} in this story.')}",
                      f"    cite: [{_cites(where.paragraphs)}]"]
    elif registry is None:
        lines += ["", "# No seeds/actors.yaml: no actors to suggest."]
    if not found.dates and not found.actors:
        lines += ["", "# Nothing to add: every date and registry actor found is in the spec."]
    if index is not None:
        load = load or library.sources.__getitem__
        lines += _library_lines(spec, library_hits(spec, library, registry, index, topics or {},
                                                   load))
    if found.yearless:
        lines += ["", "# Dates without a year, left out (a key date needs one):"]
        lines += [f"#   {paragraph.id}: «{date.text}» ({date.english})"
                  for paragraph, date in found.yearless]
    return "\n".join(lines) + "\n"


def _library_lines(spec: BriefSpec, hits: list[Hit]) -> list[str]:
    if not hits:
        return ["", "# The library has no paragraph on the spec's topics and actors that it does "
                    "not cite yet."]
    about = ", ".join(spec.topics) or "its actors"
    lines = ["", f"# From the library: paragraphs on {about} the spec does not cite yet, best "
                 "first.", "excerpts:"]
    for hit in hits:
        where = ", ".join(x for x in (hit.outlet, hit.date) if x)
        quote = hit.snippet.replace(MARK[0], "").replace(MARK[1], "")
        lines += [f"  # {hit.id}" + (f" · {where}" if where else ""),
                  f"  # {quote}",
                  f"  - cite: {hit.id}",
                  f"    summary: {_q(f'{PLACEHOLDER}: what this paragraph says, in English.')}"]
    return lines


def sentence_around(text: str, start: int, end: int) -> str:
    """Return the sentence of `text` holding text[start:end], shortened around it if long."""
    left = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        left = match.end()
    after = _SENTENCE_END.search(text, end)
    right = after.end() if after else len(text)
    while left < start and text[left].isspace():
        left += 1
    if right - left > _MAX_SENTENCE:
        half = (_MAX_SENTENCE - (end - start)) // 2
        cut_left, cut_right = max(left, start - half), min(right, end + half)
        cut_left = text.find(" ", cut_left) + 1 if cut_left > left else left
        cut_right = text.rfind(" ", 0, cut_right) if cut_right < right else right
        prefix = "…" if cut_left > left else ""
        suffix = "…" if cut_right < right else ""
        return prefix + text[cut_left:cut_right].strip() + suffix
    return text[left:right].strip()


def _quotes(where: _Found) -> list[str]:
    lines = [f"  # {paragraph.id}: «{span}» {sentence}"
             for paragraph, span, sentence in where.quotes[:MAX_QUOTES]]
    if len(where.quotes) > MAX_QUOTES:
        lines.append(f"  # … and {len(where.quotes) - MAX_QUOTES} more paragraphs")
    return lines


def _cites(paragraphs: list[Paragraph]) -> str:
    """Write paragraph ids, consecutive paragraphs of a source joined into a range."""
    runs: list[list[Paragraph]] = []
    for paragraph in paragraphs:  # in the order the brief numbers its sources
        last = runs[-1][-1] if runs else None
        if last and last.source_id == paragraph.source_id and last.number + 1 == paragraph.number:
            runs[-1].append(paragraph)
        else:
            runs.append([paragraph])
    return ", ".join(
        run[0].id if len(run) == 1 else f"{run[0].id}-p{run[-1].number}" for run in runs
    )


def _q(text: str) -> str:
    """Quote text as a YAML double-quoted scalar (a JSON string is one)."""
    return json.dumps(text, ensure_ascii=False)
