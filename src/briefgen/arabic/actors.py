"""Find actors of the registry in Arabic text (names it lacks: candidates.py).

Matching works on folded text (see normalize.py) split into words. A name matches at a word
whose first letters may be attached particles: و or ف, then ب ل or ك, and لل for ل + ال
(للقاعدة is ل + القاعدة). The name must end where the word ends: no suffixes, so إيران does
not match الإيراني or إيرانيين, and كابول does not match كابولوف. Plurals and other forms that
news really uses are listed as variants instead (الحوثيون, الحوثيين).

Where names overlap, the longest wins and the text is counted once: الحرس الثوري الإيراني is
one irgc mention. A registry `exclude` phrase wins the same way and yields no mention.
"""

from __future__ import annotations

import bisect
import re
import typing
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Literal, NamedTuple

from .. import yamlspec
from ..errors import Problem, SourceError
from ..yamlspec import Id, doc, internal
from .normalize import Folded, fold, normalize

Kind = Literal["state", "organisation", "person", "place"]
KINDS = typing.get_args(Kind)
_WORD = re.compile(r"\w+")
# Words of one name may be split by spaces or a hyphen (داعش - خراسان), never by punctuation.
_NAME_GAP = re.compile(r"[\s\-\u2010\u2011\u2013\u2014]+")
_CONJUNCTIONS = ("و", "ف")
_PREPOSITIONS = ("ب", "ل", "ك")


@dataclass(frozen=True)
class Actor:
    """One actor of the registry (an entry of seeds/actors.yaml) and every name it goes by."""

    id: Id = doc("Id that specs give as `ref:`, e.g. quds-force.")
    en: str = doc("English name.")
    ar: str = doc("The usual Arabic name.")
    kind: Kind = doc("state, organisation, person or place.")
    variants: tuple[str, ...] = doc("Other names and spellings Arabic news uses.", default=())
    notes: str | None = doc("What a reader of the registry should know.", default=None)
    exclude: tuple[str, ...] = doc(
        "Longer phrases that contain a name but mean something else.", default=())
    adjective_variants: tuple[str, ...] = doc(
        "Names that are also an adjective (سورية, 'Syrian'): a mention only where the context "
        "makes them the name: after a preposition or particle (في سورية, لسورية), before و or "
        "punctuation (سورية والعراق), at the start; not after a noun (قوات سورية).",
        default=())
    line: int | None = internal(default=None)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.ar, *self.variants, *self.adjective_variants)


def _bodies_named_after(place: Actor) -> tuple[str, ...]:
    """The gazetteer's organisations whose name opens with a place's (واشنطن بوست, نيويورك
    تايمز): each a phrase that means the body, not the place, as a registry `exclude` does; a
    body the registry itself names is left to it."""
    heads = {tuple(_WORD.findall(normalize(name))) for name in place.names}
    return tuple(name for head in heads if head
                 for words, name in _bodies_by_first_word().get(head[0], ())
                 if len(words) > len(head) and words[:len(head)] == head)


@cache
def _bodies_by_first_word() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """The gazetteer's organisations, each as its folded words and its name, by first word:
    read once, not once a place of every registry built (each source's family names build
    one)."""
    from .gazetteer import organisations

    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for key, (name, _) in organisations().items():
        if words := tuple(_WORD.findall(key)):
            by_first.setdefault(words[0], []).append((words, name))
    return {first: tuple(bodies) for first, bodies in by_first.items()}


@dataclass(frozen=True)
class Mention:
    """A stretch of the original text that names an actor; `text` is `original[start:end]`."""

    actor_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class _Name:
    words: tuple[str, ...]
    actor_id: str | None  # None: an exclude phrase
    length: int
    adjective: bool = False  # also an adjective: a mention only where the context says so


class _Word(NamedTuple):
    text: str
    start: int
    end: int


@dataclass(frozen=True, eq=False)
class Registry:
    """The actors briefgen knows, with an index of their folded names built once.

    Compared and hashed by identity: caches keyed by the registry would otherwise hash every
    actor's every name on each look-up.
    """

    actors: tuple[Actor, ...]

    def get(self, actor_id: str) -> Actor | None:
        """Return the actor with this id, or None."""
        return self._by_id.get(actor_id)

    @cached_property
    def _by_id(self) -> dict[str, Actor]:
        return {actor.id: actor for actor in self.actors}

    @cached_property
    def mentions_by_text(self) -> dict[str, tuple]:
        """A memo of mentions per paragraph text, for callers that match the same texts."""
        return {}

    def _names_at(self, word: str) -> tuple[tuple[int, tuple[_Name, ...]], ...]:
        """Return (letters of particles skipped, names) for each reading of a folded word."""
        memo = self._memo
        if word not in memo:
            index = self._index
            memo[word] = tuple(
                (skip, index[core]) for skip, core in _readings(word) if core in index
            )
        return memo[word]

    @cached_property
    def _memo(self) -> dict[str, tuple[tuple[int, tuple[_Name, ...]], ...]]:
        # News text repeats its words; one entry per distinct word keeps matching to milliseconds.
        return {}

    @cached_property
    def _index(self) -> dict[str, tuple[_Name, ...]]:
        """Map each name's first folded word to the names starting with it, longest first."""
        index: dict[str, list[_Name]] = {}
        for actor in self.actors:
            phrases: list[tuple[str, str | None]] = [(name, actor.id) for name in actor.names]
            phrases += [(phrase, None) for phrase in actor.exclude]
            if actor.kind in ("place", "state"):
                phrases += [(phrase, None) for phrase in _bodies_named_after(actor)]
            adjectives = set(actor.adjective_variants)
            for phrase, actor_id in phrases:
                words = tuple(_WORD.findall(normalize(phrase)))
                if words:
                    name = _Name(words, actor_id, len(" ".join(words)),
                                 actor_id is not None and phrase in adjectives)
                    index.setdefault(words[0], []).append(name)
        return {
            first: tuple(sorted(names, key=lambda n: (-len(n.words), -n.length)))
            for first, names in index.items()
        }


def load_registry(path: Path | str) -> Registry:
    """Read the actor registry YAML at `path`, or raise SourceError listing every problem."""
    path = Path(path)
    actors = yamlspec.load(path, tuple[Actor, ...], "actor registry", SourceError) or ()
    problems = _conflicts(actors, path)
    if problems:
        raise SourceError(problems)
    return Registry(actors)


def _conflicts(actors: tuple[Actor, ...], path: Path) -> list[Problem]:
    """Report ids given twice and names that fold to the same words for two actors."""
    problems = []
    first_line: dict[str, int | None] = {}
    owner: dict[tuple[str, ...], str] = {}
    for actor in actors:
        line = actor.line
        if actor.id in first_line:
            problems.append(Problem(path, line, actor.id,
                                    f"id is already used on line {first_line[actor.id]}"))
        first_line.setdefault(actor.id, line)
        for name in (*actor.names, *actor.exclude):
            words = tuple(_WORD.findall(normalize(name)))
            if not words:
                problems.append(Problem(path, line, actor.id, f"name '{name}' has no letters"))
            elif words in owner and owner[words] != actor.id:
                problems.append(Problem(path, line, actor.id,
                                        f"name '{name}' is also a name of {owner[words]}; "
                                        "a name must belong to one actor"))
            else:
                owner.setdefault(words, actor.id)
    return problems


def find_mentions(text: str, registry: Registry) -> list[Mention]:
    """Find every actor mention in `text`, sorted by start and not overlapping."""
    return [
        Mention(actor_id, start, end, text[start:end])
        for actor_id, start, end in _folded_mentions(fold(text), registry)
    ]


def _folded_mentions(folded: Folded, registry: Registry) -> list[tuple[str, int, int]]:
    """Return (actor id, original start, original end) of each mention."""
    words = _words(folded.text)
    found = []
    for position, word in enumerate(words):
        readings = registry._names_at(word.text)
        if readings:
            match = _longest_at(words, position, folded.text, readings)
            if match is not None:
                found.append(match)
    # Longest first; an earlier match of the same length keeps its place.
    found.sort(key=lambda m: (-(m[2] - m[1]), m[1]))
    # The spans kept so far never overlap, so in order of start a new span clashes only with
    # its neighbours: found by bisection, not by a look at every span kept (quadratic before).
    taken_starts: list[int] = []
    taken_ends: list[int] = []
    word_starts = [word.start for word in words]
    kept = []
    for name, start, end in found:
        if name.adjective and _adjective_here(folded.text, words, start, end, word_starts):
            continue
        k = bisect.bisect_right(taken_starts, start)
        if (k == 0 or taken_ends[k - 1] <= start) and (
                k == len(taken_starts) or taken_starts[k] >= end):
            taken_starts.insert(k, start)
            taken_ends.insert(k, end)
            if name.actor_id is not None:
                kept.append((name.actor_id, *folded.span(start, end)))
    return sorted(kept, key=lambda m: m[1])


_BEFORE_NAME = frozenset(normalize(w) for w in (
    "في من إلى الى عن على مع بين حول داخل خارج نحو تجاه ضد لدى عبر منذ حتى أن إن و أو ثم "
    "زار يزور تزور زيارة دخل دخول شمال جنوب شرق غرب وسط حدود أراضي أرض مدن"
).split())


def _adjective_here(text: str, words: list[_Word], start: int, end: int,
                    word_starts: list[int]) -> bool:
    """Say whether a name that is also an adjective qualifies the noun before it here."""
    index = bisect.bisect_right(word_starts, start) - 1  # the word the name starts in
    if index < 0 or not words[index].start <= start < words[index].end:
        return False
    if start > words[index].start:  # بسورية, وسورية: a particle, a name
        return False
    after = text[end:end + 3]
    if not after.strip() or after.lstrip()[:1] in "،,.؛:)»\"!؟?-" or (
            index + 1 < len(words) and words[index + 1].text.startswith("و")):
        return False  # سورية والعراق, في سورية.
    if index == 0 or not text[words[index - 1].end:start].isspace():
        return False
    previous = words[index - 1].text
    return previous not in _BEFORE_NAME and not previous.startswith("ال")


def _words(folded_text: str) -> list[_Word]:
    return [_Word(m.group(), m.start(), m.end()) for m in _WORD.finditer(folded_text)]


def _longest_at(
    words: list[_Word], position: int, folded_text: str,
    readings: tuple[tuple[int, tuple[_Name, ...]], ...],
) -> tuple[_Name, int, int] | None:
    """Return the longest name starting at words[position], after any attached particles."""
    best = None
    first = words[position]
    for skip, names in readings:
        for name in names:
            if _rest_matches(words, position, name.words, folded_text):
                end = words[position + len(name.words) - 1].end
                candidate = (name, first.start + skip, end)
                if best is None or end - candidate[1] > best[2] - best[1]:
                    best = candidate
                break  # names are sorted longest first
    return best


def _readings(word: str):
    """Yield (letters skipped, word left) for each way to strip attached particles."""
    yield 0, word
    for conjunction in ("", *_CONJUNCTIONS):
        if conjunction:
            if not word.startswith(conjunction) or len(word) < 3:
                continue
            yield 1, word[1:]
        rest = word[len(conjunction):]
        for preposition in _PREPOSITIONS:
            if rest.startswith(preposition) and len(rest) > 2:
                core = rest[1:]
                skipped = len(conjunction) + 1
                yield skipped, core
                if preposition == "ل" and core.startswith("ل"):
                    yield skipped, "ا" + core  # لل is ل + ال with the alef dropped


def _rest_matches(
    words: list[_Word], position: int, name: tuple[str, ...], folded_text: str
) -> bool:
    """Say whether the words after words[position] are the rest of `name`, joined as a name."""
    if position + len(name) > len(words):
        return False
    for offset in range(1, len(name)):
        previous, word = words[position + offset - 1], words[position + offset]
        if word.text != name[offset]:
            return False
        if not _NAME_GAP.fullmatch(folded_text, previous.end, word.start):
            return False
    return True
