"""Arabic normalisation for matching: fold spelling variants, drop marks, keep offsets.

Each character folds on its own (to itself, another letter, two letters or nothing), so every
character of the folded text knows where it came from and a match in folded text maps back to
a span of the original.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pyarabic import araby


def _fold_table() -> dict[str, str]:
    """Build the per-character folding from pyarabic's letter and mark sets."""
    # DIACRITICS: harakat, shadda, sukun, superscript (dagger) alef and Quranic marks.
    table = {mark: "" for mark in araby.DIACRITICS}
    table[araby.TATWEEL] = ""
    table["\u200c"] = ""  # ZWNJ and ZWJ change only how letters join
    table["\u200d"] = ""
    alefs = (araby.ALEF_MADDA, araby.ALEF_HAMZA_ABOVE, araby.ALEF_HAMZA_BELOW, araby.ALEF_WASLA)
    for alef in alefs:
        table[alef] = araby.ALEF
    # pyarabic's normalize_alef would fold ى into ا; names need it folded into ي.
    table[araby.ALEF_MAKSURA] = araby.YEH
    table[araby.TEH_MARBUTA] = araby.HEH
    for ligature in araby.LIGUATURES:
        table[ligature] = araby.LAM + araby.ALEF
    # Persian yeh and keheh turn up in Arabic text copied from Persian sources.
    table["\u06cc"] = araby.YEH
    table["\u06a9"] = "\u0643"
    return table


FOLD = _fold_table()
# ASCII only: full Unicode lower-casing can change a string's length (İ), and the registry's
# Latin names (ISAF, NATO) are ASCII.
_TABLE = str.maketrans({**FOLD, **{chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)}})
_CHANGES_LENGTH = re.compile(
    "[" + re.escape("".join(char for char, folded in FOLD.items() if len(folded) != 1)) + "]"
)


@dataclass(frozen=True)
class Folded:
    """Folded text and, for each of its characters, the index it came from in the original."""

    text: str
    origin: Sequence[int]  # one longer than text: the last entry is len(original)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded span to the original, taking in marks that trail its last letter."""
        if start >= end:
            at = self.origin[start]
            return at, at
        return self.origin[start], max(self.origin[end], self.origin[end - 1] + 1)


def fold(text: str) -> Folded:
    """Fold `text` for matching, keeping the index map back to the original."""
    folded = text.translate(_TABLE)
    if not _CHANGES_LENGTH.search(text):
        return Folded(folded, range(len(text) + 1))
    origin: list[int] = []
    last = 0
    for match in _CHANGES_LENGTH.finditer(text):
        origin.extend(range(last, match.start()))
        origin.extend([match.start()] * len(FOLD[match.group()]))
        last = match.end()
    origin.extend(range(last, len(text) + 1))
    return Folded(folded, origin)


def normalize(text: str) -> str:
    """Return `text` folded for matching: ا for أ إ آ ٱ, ي for ى, ه for ة, no tatweel or marks."""
    return text.translate(_TABLE)
