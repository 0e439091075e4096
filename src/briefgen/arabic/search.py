"""Words → index terms for full-text search, the same way for articles and for queries.

A term is a word folded as for matching (normalize.py: marks and tatweel gone, alef forms,
ة/ه and ى/ي folded, Latin lower-cased), Arabic-Indic digits made ASCII, and the definite
article taken off with the particles before it (ال، وال، فال، بال، كال، لل، وبال، ...), so
الأمريكية, والأمريكية and للأمريكية are all the term امريكيه. A particle without the article
(وأمريكا، بأمريكا) stays on the indexed word: taking single letters off every word would
merge real words (لبنان is not ل + بنان). A query word is looked up instead under every
reading it may have, each with and without those particles (`query_terms`).

Each term keeps the span of the original word it came from, so a hit can be marked in the
original text, never in the folded one.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .normalize import normalize

# Letters, digits and the marks inside a word; an underscore or hyphen splits words.
_WORD = re.compile(r"(?:[^\W_]|[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed])+")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# Longest first: the article with the particles that may come before it.
_ARTICLE_PREFIXES = ("وبال", "وكال", "فبال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال",
                     "لل", "ال")
_PARTICLES = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")
_MIN_STEM = 2  # letters left after taking particles off; fewer: the letters were the word
# One spelling for words whose variants news uses side by side: أميركا/أمريكا.
_VARIANTS = (("اميرك", "امريك"),)


class Term(NamedTuple):
    """One indexed word: its term and where the original word is in the text."""

    term: str
    start: int
    end: int


def _is_arabic_letter(char: str) -> bool:
    return "\u0620" <= char <= "\u064a" or "\u066e" <= char <= "\u06d3"


def term_of(word: str) -> str:
    """Return the index term of one word of the original text."""
    folded = normalize(word).translate(_DIGITS).lower()
    for prefix in _ARTICLE_PREFIXES:
        if folded.startswith(prefix) and len(folded) - len(prefix) >= _MIN_STEM:
            folded = folded[len(prefix):]
            break
    for variant, spelling in _VARIANTS:
        if variant in folded:
            folded = folded.replace(variant, spelling)
    return folded


def terms(text: str) -> list[Term]:
    """Split original text into index terms with the span of each word."""
    found = []
    for match in _WORD.finditer(text):
        term = term_of(match.group())
        if term:
            found.append(Term(term, match.start(), match.end()))
    return found


def term_text(text: str) -> str:
    """Return the terms of `text` joined by spaces: what the full-text index stores."""
    return " ".join(term for term, _, _ in terms(text))


def readings(word: str) -> set[str]:
    """Return the bare words a query word may be: itself, and without a leading particle."""
    term = term_of(word)
    found = {term}
    if term and _is_arabic_letter(term[0]):
        for particle in _PARTICLES:
            rest = term[len(particle):]
            if term.startswith(particle) and len(rest) > _MIN_STEM:
                found.add(term_of(rest))
    return found


def query_terms(word: str) -> set[str]:
    """Return every index term that counts as a hit for this query word."""
    found = set()
    for reading in readings(word):
        found.add(reading)
        if reading and _is_arabic_letter(reading[0]):
            found.update(particle + reading for particle in _PARTICLES)
    return found


def query_words(text: str) -> list[str]:
    """Split query text into its words (the original spelling, for readings)."""
    return _WORD.findall(text)
