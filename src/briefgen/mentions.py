"""Where a brief's actors are mentioned across its cited sources: the counts resolve shows."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .arabic.actors import Actor, Registry, find_mentions
from .arabic.normalize import normalize
from .sources import Source
from .yamlspec import Id

_WORD = re.compile(r"\w+")


def name_words(name: str) -> tuple[str, ...]:
    """Fold a name into the words the matcher compares."""
    return tuple(_WORD.findall(normalize(name)))


def registry_actor_named(name_ar: str | None, registry: Registry | None) -> Actor | None:
    """Return the registry actor whose name or a variant is `name_ar`, spelling folded."""
    if not name_ar or registry is None:
        return None
    return _actors_by_words(registry).get(name_words(name_ar))


@lru_cache(maxsize=8)
def _actors_by_words(registry: Registry) -> dict[tuple[str, ...], Actor]:
    found: dict[tuple[str, ...], Actor] = {}
    for actor in registry.actors:
        for name in actor.names:
            found.setdefault(name_words(name), actor)
    return found


def count_mentions(
    actors: Sequence[tuple[str | None, str | None]], sources: Sequence[Source],
    registry: Registry | None,
) -> list[tuple[int, dict[str, list[int]]] | None]:
    """Count the mentions of each (registry id, Arabic name) actor across the sources.

    An actor given by name counts as the registry actor of that name where there is one, else
    its Arabic name is matched on its own terms, so prefixes, spelling and the longest-match
    rule are those of the registry. Return, per actor, (count, {source id: paragraph numbers}),
    or None for an actor with neither id nor Arabic name.
    """
    keys: list[str | None] = []
    extra: dict[str, Actor] = {}
    for registry_id, name_ar in actors:
        if registry_id is None:
            named = registry_actor_named(name_ar, registry)
            registry_id = named.id if named else None
        if registry_id is None and name_ar and name_words(name_ar):
            registry_id = "name:" + " ".join(name_words(name_ar))
            extra.setdefault(registry_id, Actor(Id(registry_id), name_ar, name_ar, "person"))
        keys.append(registry_id)
    matcher = _matcher(registry, tuple(extra.values()))
    counts: dict[str, int] = {}
    where: dict[str, dict[str, list[int]]] = {}
    for source in sources:
        for paragraph in source.paragraphs:
            for mention in _paragraph_mentions(paragraph.text, matcher):
                counts[mention.actor_id] = counts.get(mention.actor_id, 0) + 1
                numbers = where.setdefault(mention.actor_id, {}).setdefault(source.id, [])
                if not numbers or numbers[-1] != paragraph.number:
                    numbers.append(paragraph.number)
    return [None if key is None else (counts.get(key, 0), where.get(key, {})) for key in keys]


@lru_cache(maxsize=16)
def _matcher(registry: Registry | None, extra: tuple[Actor, ...]) -> Registry:
    # Briefs of one build share the registry; its index is built once, not once a brief.
    if not extra and registry is not None:
        return registry
    return Registry((*(registry.actors if registry else ()), *extra))


def _paragraph_mentions(text: str, matcher: Registry) -> tuple:
    # Briefs citing the same sources look for the same actors in the same paragraphs.
    memo = matcher.mentions_by_text
    if text not in memo:
        memo[text] = tuple(find_mentions(text, matcher))
    return memo[text]


def number_ranges(numbers: Sequence[int], dash: str = "-", prefix: str = "") -> str:
    """Write sorted paragraph numbers as compact ranges: `2, 4-6`."""
    ranges: list[str] = []
    start = previous = None
    for n in [*numbers, None]:
        if n is not None and previous is not None and n == previous + 1:
            previous = n
            continue
        if start is not None:
            ranges.append(f"{prefix}{start}" if start == previous
                          else f"{prefix}{start}{dash}{prefix}{previous}")
        start = previous = n
    return ", ".join(ranges)
