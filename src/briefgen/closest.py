"""Did-you-mean: the few known ids a mistyped id or name most likely meant."""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Iterable, Mapping

from .arabic.normalize import normalize

MAX_SUGGESTIONS = 3
_WORD = re.compile(r"[^\W_]+")  # the words of an id or a name: ashraf-ghani → ashraf, ghani


def closest(typed: str, names: Mapping[str, Iterable[str]],
            limit: int = MAX_SUGGESTIONS) -> list[str]:
    """Return the keys of `names` (each key: the names it goes by) that `typed` most likely
    meant, best first; empty when none is close.

    How the typed text meets a name ranks before how alike they are: the same name written
    otherwise (case, hyphens, hamza); all its words among the name's words (`ghani` is a word
    of ashraf-ghani) or a close spelling of the whole name; a close spelling or the start of
    each of its words; and only then a loose likeness or a name merely containing it. Only
    keys of the best rank found are returned, most alike first, so `ghani` gives
    ashraf-ghani, not afghanistan.
    """
    query = _Query(_words(typed))
    if not query.words:
        return []
    ranked: dict[str, tuple[int, float]] = {}
    for key, key_names in names.items():
        for name in {key, *key_names}:
            rank = query.rank(_words(name))
            if rank is not None and (key not in ranked or rank < ranked[key]):
                ranked[key] = rank
    if not ranked:
        return []
    best = min(tier for tier, _ in ranked.values())
    found = sorted((rank, key) for key, rank in ranked.items() if rank[0] == best)
    return [key for _, key in found[:limit]]


@functools.lru_cache(maxsize=4096)
def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(normalize(text).casefold()))


class _Query:
    """The typed words, with a matcher for each kept, as difflib advises, for the name
    compared with them (it indexes its second sequence once)."""

    def __init__(self, words: tuple[str, ...]):
        self.words = words
        self.whole = "".join(words)
        self._matchers: dict[str, difflib.SequenceMatcher] = {}

    def rank(self, name: tuple[str, ...]) -> tuple[int, float] | None:
        """(tier, minus likeness) of how the query meets `name`, lower is better; None: not
        close."""
        if not name:
            return None
        name_whole = "".join(name)
        if self.whole == name_whole:
            return 0, -1.0
        likeness = self.likeness(self.whole, name_whole, 0.7)
        if set(self.words) <= set(name) or likeness >= 0.8:
            tier = 1
        elif all(any(self.near(word, other) for other in name) for word in self.words):
            tier = 2
        elif likeness >= 0.7 or (len(self.whole) >= 4 and self.whole in name_whole):
            tier = 3
        else:
            return None
        return tier, -self.likeness(self.whole, name_whole, 0.0)

    def near(self, typed: str, word: str) -> bool:
        """Say whether a typed word is the start of `word` or a close spelling of it."""
        if len(typed) < 3:
            return False
        return word.startswith(typed) or self.likeness(typed, word, 0.8) >= 0.8

    def likeness(self, typed: str, other: str, floor: float) -> float:
        """difflib's ratio, or 0 where a cheap bound shows it is below `floor`."""
        if 2 * min(len(typed), len(other)) < floor * (len(typed) + len(other)):
            return 0.0
        matcher = self._matchers.get(typed)
        if matcher is None:
            matcher = self._matchers[typed] = difflib.SequenceMatcher(None, b=typed)
        matcher.set_seq1(other)
        if matcher.quick_ratio() < floor:
            return 0.0
        return matcher.ratio()
