"""`briefgen new`: a spec with every section, laid out over the chosen sources' paragraphs.

Every TODO placeholder is a valid string, so a new spec validates at once; `briefgen validate`
then warns about each placeholder left (see `find_placeholders`).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from .. import yamlnodes
from ..errors import Problem, ProjectError, SpecError
from ..project import Project
from ..sources import Paragraph, Source, SourceLibrary
from ..yamlspec import ID, ID_RULE

PLACEHOLDER = "TODO"
MAX_DATE_SUGGESTIONS = 30
MAX_ACTOR_SUGGESTIONS = 20
_EXCERPT_CHARS = 600  # a group of paragraphs about this long reads well beside its summary
_EXCERPT_PARAGRAPHS = 3


@dataclass(frozen=True)
class DateSuggestion:
    value: str
    paragraph: Paragraph
    context: str


@dataclass(frozen=True)
class ActorSuggestion:
    ref: str
    name_en: str
    name_ar: str
    paragraphs: tuple[Paragraph, ...]
    count: int
    context: str


def _q(text: str) -> str:
    """Quote text as a YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _words(text: str, count: int = 8) -> str:
    words = text.split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    """Return the words around text[start:end], on one line, for a comment."""
    left = text.rfind(" ", 0, start - width) + 1 if start > width else 0
    right = text.find(" ", end + width)
    right = len(text) if right == -1 else right
    snippet = re.sub(r"\s+", " ", text[left:right]).strip()
    return ("…" if left else "") + snippet + ("…" if right < len(text) else "")


def choose_sources(library: SourceLibrary, keys: tuple[str, ...]) -> list[Source]:
    """Return the sources named by id or alias, in the order given, each once."""
    if not keys:
        raise ProjectError(f"name at least one --source (known: {library.known()})")
    chosen: list[Source] = []
    for key in keys:
        source = library.find(key)
        if source is None:
            raise ProjectError(f"--source {key}: no such source; {library.unknown(key)}")
        if source not in chosen:
            chosen.append(source)
    return chosen


def excerpt_groups(source: Source) -> list[tuple[Paragraph, ...]]:
    """Split a source's paragraphs into consecutive groups of about one excerpt each."""
    groups: list[tuple[Paragraph, ...]] = []
    current: list[Paragraph] = []
    for paragraph in source.paragraphs:
        current.append(paragraph)
        if (sum(len(p.text) for p in current) >= _EXCERPT_CHARS
                or len(current) == _EXCERPT_PARAGRAPHS):
            groups.append(tuple(current))
            current = []
    if current:
        groups.append(tuple(current))
    return groups


def _cite(group: tuple[Paragraph, ...]) -> str:
    first, last = group[0], group[-1]
    span = f"p{first.number}" if first is last else f"p{first.number}-p{last.number}"
    return f"{first.source_id}#{span}"


def suggest_dates(sources: list[Source]) -> list[DateSuggestion]:
    """Return the dates the date finder sees in the sources, or none if it is not there."""
    try:
        from ..arabic.dates import find_dates
    except ImportError:
        return []
    found: list[DateSuggestion] = []
    seen: set[tuple[str, str]] = set()
    for source in sources:
        context_year = source.meta.published.year if source.meta.published else None
        for paragraph in source.paragraphs:
            for mention in find_dates(paragraph.text, context_year):
                value = mention.value.split("/")[0]  # a range: suggest where it starts
                if value.startswith("-") or (value, paragraph.id) in seen:
                    continue  # a yearless date cannot go on the timeline
                seen.add((value, paragraph.id))
                found.append(DateSuggestion(
                    value, paragraph, _context(paragraph.text, mention.start, mention.end)))
    return found


def suggest_actors(sources: list[Source], registry) -> list[ActorSuggestion]:
    """Return the registry's actors mentioned in the sources, most mentioned first."""
    if registry is None:
        return []
    from ..arabic.actors import find_mentions

    counts: dict[str, int] = {}
    paragraphs: dict[str, list[Paragraph]] = {}
    contexts: dict[str, str] = {}
    for source in sources:
        for paragraph in source.paragraphs:
            for mention in find_mentions(paragraph.text, registry):
                counts[mention.actor_id] = counts.get(mention.actor_id, 0) + 1
                cited = paragraphs.setdefault(mention.actor_id, [])
                if paragraph not in cited:
                    cited.append(paragraph)
                contexts.setdefault(mention.actor_id,
                                    _context(paragraph.text, mention.start, mention.end))
    ranked = sorted(counts, key=lambda actor_id: (-counts[actor_id], actor_id))
    suggestions = []
    for actor_id in ranked:
        actor = registry.get(actor_id)
        suggestions.append(ActorSuggestion(actor_id, actor.en, actor.ar,
                                           tuple(paragraphs[actor_id]), counts[actor_id],
                                           contexts[actor_id]))
    return suggestions


def scaffold_text(slug: str, sources: list[Source], schema_ref: str, registry=None,
                  today: dt.date | None = None) -> str:
    """Return the YAML of a new spec over `sources`, every section present."""
    today = today or dt.date.today()
    first = sources[0].paragraphs[0]
    dates = suggest_dates(sources)
    actors = suggest_actors(sources, registry)
    lines = [
        f"# yaml-language-server: $schema={schema_ref}",
        f"# New brief over {', '.join(s.id for s in sources)}.",
        f"# Replace every \"{PLACEHOLDER}: …\" text; `briefgen validate` lists the ones left.",
        "# Cite paragraphs as <source>#p<N> or <source>#p<N>-p<M>; "
        "`briefgen sources ID` prints them.",
        f"id: {slug}",
        f"title: {{en: {_q(PLACEHOLDER + ': English title')}, "
        f"ar: {_q(PLACEHOLDER + ': العنوان بالعربية')}}}",
        f"date: {today.isoformat()}",
        "classification: UNCLASSIFIED  # or OFFICIAL, CONFIDENTIAL, SECRET",
        f"author: {_q(PLACEHOLDER + ': analyst or desk')}",
        "topics: []  # short tags, e.g. [iran, taliban]",
        f"summary: {_q(PLACEHOLDER + ': bottom line up front, in English.')}",
        "",
        "background:",
        f"  - text: {_q(PLACEHOLDER + ': English paragraph of background.')}",
        f"    cite: [{first.id}]",
        "",
        "actors:",
        f"  - name: {{en: {_q(PLACEHOLDER + ': English name')}, "
        f"ar: {_q(PLACEHOLDER + ': الاسم بالعربية')}}}",
        f"    role: {_q(PLACEHOLDER + ': English description of its part in this story.')}",
        f"    cite: [{first.id}]",
    ]
    if actors:
        lines.append("  # Actors of seeds/actors.yaml named in these sources, most named first;")
        lines.append("  # uncomment those that matter and describe their role.")
        for actor in actors[:MAX_ACTOR_SUGGESTIONS]:
            cites = ", ".join(p.id for p in actor.paragraphs[:3])
            lines += [
                f"  # - ref: {actor.ref}  # {actor.name_en} / {actor.name_ar}, "
                f"named {actor.count}×: «{actor.context}»",
                f"  #   role: {_q(PLACEHOLDER + ': ' + actor.name_en + ' in this story.')}",
                f"  #   cite: [{cites}]",
            ]
        if len(actors) > MAX_ACTOR_SUGGESTIONS:
            lines.append(f"  # ({len(actors) - MAX_ACTOR_SUGGESTIONS} actors named less often "
                         "left out)")
    lines += [
        "",
        "key_dates:",
        f"  - date: {dates[0].value if dates else today.year}  # YYYY, YYYY-MM or YYYY-MM-DD",
        f"    event: {_q(PLACEHOLDER + ': English description of what happened.')}",
        f"    cite: [{dates[0].paragraph.id if dates else first.id}]",
    ]
    if dates:
        lines.append("  # Dates found in these sources; uncomment the events that matter.")
        for date in dates[:MAX_DATE_SUGGESTIONS]:
            lines += [
                f"  # - date: {date.value}  # «{date.context}»",
                f"  #   event: {_q(PLACEHOLDER + ': what happened.')}",
                f"  #   cite: [{date.paragraph.id}]",
            ]
        if len(dates) > MAX_DATE_SUGGESTIONS:
            lines.append(f"  # ({len(dates) - MAX_DATE_SUGGESTIONS} more dates left out)")
    lines += ["", "# One excerpt per group of paragraphs: delete those the brief does not need.",
              "excerpts:"]
    for source in sources:
        title = " · ".join(x for x in (source.meta.outlet, source.meta.title_en) if x)
        alias = f" ({source.meta.alias})" if source.meta.alias else ""
        lines.append(f"  # {source.id}{alias}" + (f": {title}" if title else ""))
        for group in excerpt_groups(source):
            for paragraph in group:
                lines.append(f"  # p{paragraph.number}: {_words(paragraph.text)}")
            lines += [
                f"  - cite: {_cite(group)}",
                f"    summary: "
                f"{_q(PLACEHOLDER + ': English summary of exactly these paragraphs.')}",
            ]
    lines += [
        "",
        "open_questions:",
        f"  - {_q(PLACEHOLDER + ': what the sources leave open.')}",
    ]
    return "\n".join(lines) + "\n"


def new_spec(project: Project, slug: str, source_keys: tuple[str, ...],
             output: Path | None = None, registry=None) -> Path:
    """Write a new spec for `slug` over the named sources; never overwrite a file."""
    from ..sources import load_library

    if not ID.match(slug):
        raise ProjectError(f"'{slug[:60]}' cannot name a brief; use {ID_RULE} (e.g. "
                           "iran-taliban)")
    sources = choose_sources(load_library(project), source_keys)
    path = Path(output) if output else project.root / "briefs" / f"{slug}.yaml"
    if path.exists():
        raise ProjectError(f"{path} already exists; briefgen new never overwrites a spec "
                           "(choose another SLUG or -o FILE)")
    schema = project.root / "schema" / "brief.schema.json"
    schema_ref = Path(os.path.relpath(schema, path.resolve().parent)).as_posix()
    text = scaffold_text(slug, sources, schema_ref, registry)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "x", encoding="utf-8") as file:  # "x": lose no race to another writer
            file.write(text)
    except FileExistsError:
        raise ProjectError(f"{path} already exists; briefgen new never overwrites a spec") from None
    except OSError as exc:
        raise ProjectError(f"cannot write {path}: {exc.strerror}") from None
    return path


def find_placeholders(path: Path) -> list[Problem]:
    """Return a located warning for every TODO placeholder text left in a spec."""
    text = yamlnodes.read_text(Path(path), "spec", SpecError)
    root = yamlnodes.compose(text, Path(path), SpecError)
    found: list[Problem] = []

    def walk(node: yaml.Node, key: str) -> None:
        if isinstance(node, yaml.MappingNode):
            for key_node, value in node.value:
                walk(value, f"{key}.{key_node.value}" if key else str(key_node.value))
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                walk(item, f"{key}[{i}]")
        elif isinstance(node, yaml.ScalarNode) and str(node.value).startswith(PLACEHOLDER):
            found.append(Problem(path, yamlnodes.line_of(node), key or None,
                                 f"still a placeholder: {node.value}"))

    if root is not None:
        walk(root, "")
    return found
