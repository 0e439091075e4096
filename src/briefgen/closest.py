"""Did-you-mean: the few known ids a mistyped id or name most likely meant."""

from __future__ import annotations

import difflib
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
    words = _words(typed)
    if not words:
        return []
    ranked: dict[str, tuple[int, float]] = {}
    for key, key_names in names.items():
        for name in {key, *key_names}:
            rank = _rank(words, _words(name))
            if rank is not None and (key not in ranked or rank < ranked[key]):
                ranked[key] = rank
    if not ranked:
        return []
    best = min(tier for tier, _ in ranked.values())
    found = sorted((rank, key) for key, rank in ranked.items() if rank[0] == best)
    return [key for _, key in found[:limit]]


def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(normalize(text).casefold()))


def _rank(typed: tuple[str, ...], name: tuple[str, ...]) -> tuple[int, float] | None:
    """(tier, minus likeness) of how `typed` meets `name`, lower is better; None: not close."""
    if not name:
        return None
    whole, name_whole = "".join(typed), "".join(name)
    likeness = difflib.SequenceMatcher(None, whole, name_whole).ratio()
    if whole == name_whole:
        tier = 0
    elif set(typed) <= set(name) or likeness >= 0.8:
        tier = 1
    elif all(any(_near_word(word, other) for other in name) for word in typed):
        tier = 2
    elif likeness >= 0.7 or (len(whole) >= 4 and whole in name_whole):
        tier = 3
    else:
        return None
    return tier, -likeness


def _near_word(typed: str, word: str) -> bool:
    """Say whether a typed word is the start of `word` or a close spelling of it."""
    if len(typed) >= 3 and word.startswith(typed):
        return True
    return len(typed) >= 3 and difflib.SequenceMatcher(None, typed, word).ratio() >= 0.8
