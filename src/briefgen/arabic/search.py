"""Words → index terms for full-text search, the same way for articles and for queries.

A term is a word folded as for matching (normalize.FOLD: marks and tatweel gone, alef forms,
ة/ه and ى/ي folded, Latin lower-cased), Arabic-Indic digits made ASCII, with the definite
article and the particles before it taken off (ال، وال، فال، بال، كال، لل، وبال، ...) or else
one particle group (و، ف، ب، ل، ك، وب، ول، ...) where three letters or more are left. So
الأمريكية, أمريكية, والأمريكية and للأمريكية are all the term امريكيه, and بأمريكا is امريكا.

Taking letters off every word merges some words (لبنان is read ل + بنان, فيمن ف + يمن), the
same way for the text and the query, so nothing is lost, and a word with a real particle
(بلبنان → لبنان) is still found: a query word is looked up under each of its readings
(`query_terms`). One term per word keeps phrases and positions intact.

Each term keeps the span of the original word it came from, so a hit can be marked in the
original text, never in the folded one.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .normalize import FOLD

# Letters, digits and what folding removes inside a word (marks, tatweel, ZWJ/ZWNJ); an
# underscore or hyphen splits words. Folded text has no such characters left, so its words
# are the same words.
_IN_WORD = "".join(sorted(char for char, folded in FOLD.items() if not folded))
_WORD = re.compile(f"(?:[^\\W_]|[{re.escape(_IN_WORD)}])+")
_FOLDED_WORD = re.compile(r"[^\W_]+")
# normalize()'s folding and Arabic-Indic digits as ASCII, by a regular expression over the
# characters that change: news text has few of them, and str.translate with a table of
# non-ASCII characters looks up every character (half the time of an index build).
_CHANGE = {**FOLD, **{digit: str(value % 10)
                      for value, digit in enumerate("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹")}}
_CHANGING = re.compile("[" + re.escape("".join(_CHANGE)) + "]")
# Longest first: the article with the particles that may come before it.
_ARTICLE_PREFIXES = ("وبال", "وكال", "فبال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال",
                     "لل", "ال")
_PARTICLES = ("وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك")  # longest first
_MIN_AFTER_ARTICLE = 2  # letters left after taking the article off; fewer: it was the word
_MIN_AFTER_PARTICLE = 3
# One spelling for words whose variants news uses side by side: أميركا/أمريكا.
_VARIANTS = (("اميرك", "امريك"),)


class Term(NamedTuple):
    """One indexed word: its term and where the original word is in the text."""

    term: str
    start: int
    end: int


def _is_arabic_letter(char: str) -> bool:
    return "\u0620" <= char <= "\u064a" or "\u066e" <= char <= "\u06d3"


def _folded(text: str) -> str:
    # İ lower-cases to i + U+0307, a mark that would split the word in folded text.
    return _CHANGING.sub(_changed, text).lower().replace("\u0307", "")


def _changed(match: re.Match[str]) -> str:
    return _CHANGE[match.group()]


def term_of(word: str) -> str:
    """Return the index term of one word of the original text."""
    return _stem(_folded(word))


_STEMS: dict[str, str] = {}  # news repeats its words: each distinct one is taken apart once
_MAX_STEMS = 1 << 20


def _stem(folded: str) -> str:
    stem = _STEMS.get(folded)
    if stem is None:
        if len(_STEMS) >= _MAX_STEMS:
            _STEMS.clear()
        stem = _STEMS[folded] = _take_prefixes(folded)
    return stem


def _take_prefixes(folded: str) -> str:
    for prefix in _ARTICLE_PREFIXES:
        if folded.startswith(prefix) and len(folded) - len(prefix) >= _MIN_AFTER_ARTICLE:
            folded = folded[len(prefix):]
            break
    else:
        for prefix in _PARTICLES:
            if folded.startswith(prefix) and len(folded) - len(prefix) >= _MIN_AFTER_PARTICLE:
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
    """Return the terms of `text` joined by spaces: what the full-text index stores.

    The same terms as `terms(text)`, made faster by folding the whole text at once."""
    return " ".join(filter(None, map(_stem, _FOLDED_WORD.findall(_folded(text)))))


def query_terms(word: str) -> set[str]:
    """Return every index term that counts as a hit for this query word: its own, that of
    the word with a particle group before it (بلبنان is ب + لبنان), and that of each reading
    with a leading particle group off (a query for بلبنان finds لبنان)."""
    folded = _folded(word)
    found = {term_of(folded)}
    if folded and _is_arabic_letter(folded[0]):
        if not folded.startswith("ال"):  # before the article, ل is لل: in the prefixes
            found.update(term_of(prefix + folded) for prefix in _PARTICLES)
        found.update(term_of(folded[len(prefix):]) for prefix in _PARTICLES
                     if folded.startswith(prefix)
                     and len(folded) - len(prefix) >= _MIN_AFTER_PARTICLE)
    found.discard("")
    return found


def query_words(text: str) -> list[str]:
    """Split query text into its words (the original spelling, for readings)."""
    return _WORD.findall(text)
