"""BriefSpec + sources → Brief: every citation checked, the Arabic attached verbatim."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from . import model
from .arabic.text import has_arabic
from .errors import Problem, SpecError
from .sources import Source, SourceLibrary
from .spec import BriefSpec, Cite


class _Citations:
    """Check cites against the library and number sources in order of first citation."""

    def __init__(self, spec: BriefSpec, library: SourceLibrary):
        self.spec = spec
        self.library = library
        self.order: dict[str, int] = {}
        self.cited: dict[str, set[int]] = {}
        self.problems: list[Problem] = []

    def check(self, cite: Cite) -> tuple[Source, model.Citation] | None:
        source = self.library.find(cite.source)
        if source is None and cite.source in self.library.unreadable:
            return None  # in seeds/ but unreadable: that problem is reported, not this cite
        if source is None:
            self.problems.append(Problem(
                self.spec.path, cite.line, cite.key,
                f"no source '{cite.source}'; {self.library.unknown(cite.source)}"))
            return None
        count = len(source.paragraphs)
        for number in (cite.first, cite.last):
            if number > count:
                self.problems.append(Problem(
                    self.spec.path, cite.line, cite.key,
                    f"no paragraph p{number} in {source.id} (it has {count}); "
                    f"list them with `briefgen sources {source.meta.alias or source.id}`"))
                return None
        number = self.order.setdefault(source.id, len(self.order) + 1)
        self.cited.setdefault(source.id, set()).update(range(cite.first, cite.last + 1))
        return source, model.Citation(source.id, number, cite.first, cite.last)

    def many(self, cites: Iterable[Cite]) -> tuple[model.Citation, ...]:
        checked = (self.check(cite) for cite in cites)
        return tuple(result[1] for result in checked if result is not None)


def resolve(spec: BriefSpec, library: SourceLibrary, registry=None, *,
            check_refs: bool = True) -> model.Brief:
    """Join a spec with its sources into a Brief, or raise SpecError with every problem.

    `check_refs=False` leaves actor refs unchecked, for a registry that could not be read
    (its own problems are reported): the citations are still checked.
    """
    citations = _Citations(spec, library)
    background = tuple(
        model.Statement(model.Text(item.text), citations.many(item.cite))
        for item in spec.background
    )
    actors = tuple(_actor(actor, citations, registry, spec, check_refs) for actor in spec.actors)
    variants = [actor.variants for actor, made in zip(spec.actors, actors, strict=True) if made]
    key_dates = tuple(sorted(
        (model.KeyDate(item.date, model.Text(item.event), citations.many(item.cite))
         for item in spec.key_dates),
        key=lambda item: (item.date.year, item.date.month or 0, item.date.day or 0),
    ))
    excerpts = tuple(_excerpt(item, citations) for item in spec.excerpts)
    if citations.problems:
        raise SpecError(citations.problems)
    # `order` holds the ids of sources found, so each is a key of `library.sources`.
    sources = tuple(
        _source_entry(library.sources[source_id], number, citations.cited[source_id])
        for source_id, number in citations.order.items()
    )
    actors = _with_mentions(tuple(a for a in actors if a is not None), variants,
                            [library.sources[s] for s in citations.order], citations.order,
                            registry)
    assert spec.id is not None, "load_spec names every spec"
    return model.Brief(
        id=spec.id,
        title=model.Text(spec.title.en),
        title_ar=model.Text(spec.title.ar, "ar") if spec.title.ar else None,
        date=spec.date,
        classification=spec.classification,
        author=spec.author,
        topics=spec.topics,
        summary=model.Text(spec.summary),
        background=background,
        actors=actors,
        key_dates=key_dates,
        excerpts=tuple(e for e in excerpts if e is not None),
        open_questions=tuple(_question(q) for q in spec.open_questions),
        sources=sources,
    )


def _question(question) -> model.Question:
    if isinstance(question, str):
        return model.Question(model.Text(question))
    answer = model.Text(question.answer) if question.answer else None
    return model.Question(model.Text(question.text), question.id, answer)


def _actor(actor, citations: _Citations, registry, spec: BriefSpec,
           check_refs: bool = True) -> model.Actor | None:
    cites = citations.many(actor.cite)
    if actor.ref is not None:
        entry = registry.get(actor.ref) if registry is not None else None
        if entry is None and not check_refs:
            return None
        if entry is None:
            citations.problems.append(Problem(
                spec.path, actor.ref_line or spec.line, f"{actor.key or 'actors'}.ref",
                _unknown_ref(actor.ref, registry)))
            return None
        return model.Actor(model.Text(entry.en), model.Text(entry.ar, "ar"),
                           model.Text(actor.role), cites, registry_id=entry.id)
    if actor.name is None:  # neither `name` nor `ref`: reported by the spec's reading
        return None
    name_ar = model.Text(actor.name.ar, "ar") if actor.name.ar else None
    for index, variant in enumerate(actor.variants):
        if not has_arabic(variant):
            line = actor.variants_lines[index] if index < len(actor.variants_lines) else None
            citations.problems.append(Problem(
                spec.path, line or spec.line, f"{actor.key or 'actors'}.variants[{index}]",
                f"'{variant}' has no Arabic letters; a variant is another Arabic name the "
                "sources use for this actor, spelled as they spell it"))
    if actor.variants and not actor.name.ar:
        citations.problems.append(Problem(
            spec.path, (actor.variants_lines or (None,))[0] or spec.line,
            f"{actor.key or 'actors'}.variants",
            "variants are counted with the Arabic name: give `name: {en: ..., ar: ...}` too"))
    return model.Actor(model.Text(actor.name.en), name_ar, model.Text(actor.role), cites)


def _unknown_ref(ref: str, registry) -> str:
    if registry is None:
        return f"no actor '{ref}': the project has no seeds/actors.yaml; give a `name` instead"
    from .closest import closest

    meant = closest(ref, {actor.id: (actor.en, *actor.names) for actor in registry.actors})
    names = [f"'{actor.id}'" if _letters(actor.en) == _letters(actor.id)
             else f"'{actor.id}' ({actor.en})" for actor in map(registry.get, meant)]
    hint = f"did you mean {' or '.join(names)}? " if meant else ""
    return (f"no actor '{ref}' in seeds/actors.yaml; {hint}add it there or give a `name` "
            "(`briefgen actors SOURCE` lists the ids found in a source)")


def _letters(name: str) -> str:
    return "".join(char for char in name.casefold() if char.isalnum())


def _with_mentions(actors: tuple[model.Actor, ...], variants: list[tuple[str, ...]],
                   sources: list[Source], numbers: dict[str, int],
                   registry) -> tuple[model.Actor, ...]:
    """Fill each actor's mention count and paragraphs across the brief's cited sources."""
    from .mentions import ActorNames, count_mentions, number_ranges

    keys = [ActorNames(a.registry_id, a.name_ar.value if a.name_ar and not a.registry_id
                       else None, names)
            for a, names in zip(actors, variants, strict=True)]
    result = []
    for actor, found in zip(actors, count_mentions(keys, sources, registry), strict=True):
        if found is not None:
            count, where = found
            mentioned_in = tuple(f"S{numbers[source_id]} ¶{number_ranges(paragraphs, '–')}"
                                 for source_id, paragraphs in where.items())
            actor = dataclasses.replace(actor, mention_count=count, mentioned_in=mentioned_in)
        result.append(actor)
    return tuple(result)


def _excerpt(item, citations: _Citations) -> model.Excerpt | None:
    checked = citations.check(item.cite)
    if checked is None:
        return None
    source, citation = checked
    paragraphs = tuple(
        model.SourceParagraph(p.id, p.number, model.Text(p.text, source.meta.language))
        for p in source.paragraphs[item.cite.first - 1: item.cite.last]
    )
    return model.Excerpt(citation, paragraphs, model.Text(item.summary))


def _source_entry(source: Source, number: int, cited: set[int]) -> model.SourceEntry:
    meta = source.meta
    return model.SourceEntry(
        number=number,
        id=source.id,
        alias=meta.alias,
        outlet=meta.outlet,
        title_en=meta.title_en,
        title_ar=model.Text(meta.title_ar, "ar") if meta.title_ar else None,
        published=meta.published.iso if meta.published else None,
        cited_paragraphs=tuple(sorted(cited)),
        sha256=source.sha256,
    )
