"""Where a brief's actors are mentioned across its cited sources: the counts resolve shows."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from .arabic.actors import Actor, Registry, find_mentions
from .arabic.candidates import is_title
from .arabic.normalize import normalize
from .arabic.romanize import (
    is_common_bare_word,
    is_common_word,
    is_family_name,
    is_known_given,
    is_known_name,
)
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


class ActorNames(NamedTuple):
    """What a brief's actor is counted by: a registry id, or its Arabic name and variants."""

    registry_id: str | None
    name_ar: str | None = None
    variants: tuple[str, ...] = ()


SURNAME = "|surname"  # the id suffix of a name's last word, counted after the whole name


def count_mentions(
    actors: Sequence[ActorNames], sources: Sequence[Source], registry: Registry | None,
) -> list[tuple[int, dict[str, list[int]]] | None]:
    """Count the mentions of each actor across the sources.

    An actor given by name counts as the registry actor of that name where there is one (with
    the spec's variants added to the registry's), else its Arabic name and variants are
    matched on the registry's own terms: attached particles, spelling, the longest match. A
    person's surname alone (the name's last word, باجوا of قمر جاويد باجوا) counts too, once
    the whole name has appeared in that source: before it, the same surname may be someone
    else's. Return, per actor, (count, {source id: paragraph numbers}), or None for an actor
    with neither id nor Arabic name.
    """
    keys: list[str | None] = []
    extra: dict[str, Actor] = {}
    for registry_id, name_ar, variants in actors:
        if registry_id is None:
            named = registry_actor_named(name_ar, registry)
            if named is not None:
                registry_id = named.id
                if variants:
                    known = extra.get(named.id, named)
                    extra[named.id] = dataclasses.replace(
                        known, variants=tuple(dict.fromkeys((*known.variants, *variants))))
        if registry_id is None and name_ar and name_words(name_ar):
            registry_id = "name:" + " ".join(name_words(name_ar))
            extra.setdefault(registry_id, Actor(Id(registry_id), name_ar, name_ar, "person",
                                                variants=tuple(variants)))
        keys.append(registry_id)
    people = {key: actor for key in keys if key is not None and registry is not None
              and (actor := registry.get(key)) is not None and actor.kind == "person"}
    extra.update(_surnames({**people, **extra}, registry))
    matcher = registry_with(registry, tuple(extra.values()))
    counts: dict[str, int] = {}
    where: dict[str, dict[str, list[int]]] = {}
    for source in sources:
        named_so_far: set[str] = set()
        for paragraph in source.paragraphs:
            for mention in _paragraph_mentions(paragraph.text, matcher):
                actor_id = mention.actor_id
                if actor_id.endswith(SURNAME):
                    actor_id = actor_id[:-len(SURNAME)]
                    if actor_id not in named_so_far or not family_name_alone(
                            paragraph.text, mention.start, mention.end):
                        continue
                named_so_far.add(actor_id)
                counts[actor_id] = counts.get(actor_id, 0) + 1
                numbers = where.setdefault(actor_id, {}).setdefault(source.id, [])
                if not numbers or numbers[-1] != paragraph.number:
                    numbers.append(paragraph.number)
    return [None if key is None else (counts.get(key, 0), where.get(key, {})) for key in keys]


def surname_actors(people: Sequence[Actor], registry: Registry | None) -> tuple[Actor, ...]:
    """The family names of registry people alone, each an actor of its own whose id is the
    person's with `SURNAME` after it (`_surnames`), for a matcher to find beside the registry's:
    a mention of one counts for the person once the source has named him in full."""
    return tuple(_surnames({actor.id: actor for actor in people if actor.kind == "person"},
                           registry).values())


_WORD_BEFORE = re.compile(r"([^\W\d_]+) +$")
_WORD_AFTER = re.compile(r" +([^\W\d_]+)")


def family_name_alone(text: str, start: int, end: int) -> bool:
    """Say whether a family name at text[start:end] stands for its man alone: not after a
    given name or a noun with the article it would describe (فهد العتيبي, الحرم الشريف, البلد
    غني; but after a title it does: الرئيس هادي), nor before another name it opens (منصور
    هادي, of عبد ربه منصور هادي)."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is not None:
        word = before.group(1)
        bare = word[1:] if word[:1] in "وفبل" and len(word) > 3 else word
        if is_known_given(word) or is_known_given(bare) or (
                bare.startswith("ال") or word.startswith("ال")) and not is_title(word):
            return False
    after = _WORD_AFTER.match(text, end)
    return after is None or not (is_known_name(after.group(1))
                                 or is_family_name(after.group(1)))


def _surnames(named: dict[str, Actor], registry: Registry | None) -> dict[str, Actor]:
    """The last word of each name the spec gave and of each registry person, as a name of its
    own, where that word can be a surname: not a name of any other actor, not shared by two
    names, and for a name the spec gave (of no known kind) not the article's (القدس of قوة
    القدس, العدل of جيش العدل: organisations and places end so; a registry person's may: عادل
    الجبير, though not a word of the corpus: الله of حسن نصر الله, الحوثي the group), nor a
    particle's link (بن عبدالعزيز, آل الشيخ)."""
    taken = {name_words(name) for actor in (*(registry.actors if registry else ()),
                                             *named.values()) for name in actor.names}
    owners: dict[tuple[str, ...], list[str]] = {}
    for actor_id, actor in named.items():
        spec_name = actor_id.startswith("name:")
        if not spec_name and actor.kind != "person":
            continue
        words = actor.ar.split()
        last = words[-1] if words else ""
        folded = name_words(last)
        if (len(words) < 2 or spec_name and last.startswith("ال") or len(folded) != 1
                or len(folded[0]) < 3 or folded in taken
                or normalize(words[-2]) in _LINKS_BEFORE_A_SURNAME
                or not can_be_a_surname([normalize(w) for w in words])
                or not spec_name and (is_common_word(last) or is_common_bare_word(last))):
            continue
        owners.setdefault(folded, []).append(actor_id)
    return {f"{ids[0]}{SURNAME}": Actor(Id(f"{ids[0]}{SURNAME}"), surname[0], surname[0],
                                         "person")
            for surname, ids in owners.items() if len(ids) == 1}


# A father's or a house's name is no family name alone: سلمان بن عبدالعزيز, محمد آل الشيخ.
_LINKS_BEFORE_A_SURNAME = {normalize(w) for w in ("بن", "ابن", "بنت", "آل", "ال", "أبو", "ابو")}
# The second half of a compound given name is no family name alone, nor a name of God after
# عبد or عبيد: يحيى بن عبيد الله would count every الله of the text (round 58's new-user
# review), محمد صلاح الدين every الدين ("religion"), محمد عبد الكريم every الكريم; but علي
# عبيد الظاهري's father is عبيد, his family name الظاهري (its hostile pass).
_COMPOUND_SECONDS = {normalize(w) for w in ("الله", "الدين", "الرحمن", "الرحيم")}
_SERVANT = {normalize(w) for w in ("عبد", "عبيد")}
_NAMES_OF_GOD = {normalize(w) for w in (
    "العزيز", "الكريم", "الملك", "المجيد", "الحميد", "اللطيف", "الخالق", "الرزاق", "الوهاب",
    "الغني", "القادر", "الحكيم", "العليم", "السلام", "المحسن", "الإله", "الباري", "الجبار",
    "الحق", "الحي", "القيوم", "الودود", "الغفور", "الصمد", "الواحد", "الأحد", "الفتاح",
    "الستار", "الباسط", "الهادي", "الرؤوف", "الحافظ", "الجليل", "المعين", "الناصر", "المنعم",
    "العظيم", "العلي", "الكبير", "المطلب", "القدوس", "الرشيد", "الصبور", "الشكور")}


def can_be_a_surname(words: Sequence[str]) -> bool:
    """Say whether the last of a name's normalised `words` can stand for the person alone, as
    far as the compound given names go (not الله of عبيد الله, الدين of صلاح الدين, الكريم of
    عبد الكريم)."""
    return len(words) > 1 and words[-1] not in _COMPOUND_SECONDS and not (
        words[-2] in _SERVANT and words[-1] in _NAMES_OF_GOD)


@lru_cache(maxsize=16)
def registry_with(registry: Registry | None, extra: tuple[Actor, ...]) -> Registry:
    """The registry with `extra` actors added (or put in place of its own of the same id).
    Briefs of one build share the registry, and `actors` reads a source's family names the
    same way: its index is built once, not once a brief or a command."""
    if not extra and registry is not None:
        return registry
    replaced = {actor.id for actor in extra}
    return Registry((*(a for a in (registry.actors if registry else ()) if a.id not in replaced),
                     *extra))


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
