"""Unicode clean-up shared by sources and specs: what may be changed, and nothing else."""

from __future__ import annotations

import re
import unicodedata

# Explicit bidi embeddings, overrides and isolates: they can reorder what a reader sees
# without changing the stored text, so nothing we print may carry them.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Invisible characters that carry no meaning in Arabic news text. ZWJ/ZWNJ are kept:
# they change how letters join, which is the writer's choice.
ZERO_WIDTH = frozenset("\u200b\u2060\ufeff\u00ad")
_PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
# Arabic, its Supplement and Extended-A, and the presentation forms: one class for every
# "is this Arabic?" question (direction, fonts, glyph clusters).
ARABIC_CHARS = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
_ANY_ARABIC = re.compile(f"[{ARABIC_CHARS}]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BIDI_CONTROL = re.compile("[" + "".join(sorted(BIDI_CONTROLS)) + "]")
_ZERO_WIDTH = re.compile("[" + "".join(sorted(ZERO_WIDTH)) + "]")
# Control characters (category Cc but the tab; surrogates, Cs; the two non-characters)
# PDF and DOCX (XML) cannot carry.
_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def normalise_presentation_forms(text: str) -> str:
    """Map Arabic presentation forms (pre-shaped glyphs) back to standard letters."""
    return _PRESENTATION_FORMS.sub(
        lambda m: unicodedata.normalize("NFKC", m.group()) if m.group() != "\ufeff" else "",
        text,
    )


# Combining marks. More than eight in a row is no writing (Arabic stacks two or three: a
# shadda and a vowel), and NFC reorders a run in time quadratic in its length: 240 KB of
# marks took ten seconds. Longer runs are cut to their first eight before NFC.
_MARKS = ("\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
          "\u06d6-\u06ed\u08d3-\u08ff\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f")
_MARK_RUN = re.compile(f"([{_MARKS}]{{8}})[{_MARKS}]+")


def clean_line(text: str) -> tuple[str, list[str]]:
    """Return `text` as NFC with plain spaces, and notes on anything invisible removed."""
    notes: list[str] = []
    if _MARK_RUN.search(text):
        notes.append("cut runs of more than eight combining marks to eight")
        text = _MARK_RUN.sub(r"\1", text)
    # Regular expressions find what to remove: a sources folder is a few hundred thousand
    # characters, read on every build that resolves a spec, and `briefgen add` cleans
    # 31,000 articles; most lines hold nothing to remove, which one search tells.
    if not _ANY_INVISIBLE.search(text):
        text = unicodedata.normalize("NFC", text)
        return _SPACES.sub(" ", text).strip(), notes
    for pattern, what in ((_BIDI_CONTROL, "bidi control"), (_ZERO_WIDTH, "zero-width")):
        found = _code_points(pattern.findall(text))
        if found:
            notes.append(f"removed {what} characters {found}")
            text = pattern.sub("", text)
    found = _code_points(_CONTROL.findall(text))
    if found:
        # PDF and DOCX (XML) cannot carry them; pasted web text sometimes does.
        notes.append(f"replaced control characters {found} with spaces")
        text = _CONTROL.sub(" ", text).replace("\t", " ")  # حمد الصقور\0إن: two words
    if _PRESENTATION_FORMS.search(text):
        notes.append("mapped Arabic presentation forms to standard letters")
        text = normalise_presentation_forms(text)
    text = unicodedata.normalize("NFC", text)
    text = _SPACES.sub(" ", text).strip()
    return text, notes


_ANY_INVISIBLE = re.compile("|".join(p.pattern for p in (_BIDI_CONTROL, _ZERO_WIDTH, _CONTROL,
                                                        _PRESENTATION_FORMS)))


def _code_points(chars: list[str]) -> str:
    return ", ".join(sorted({f"U+{ord(c):04X}" for c in chars}))


def is_arabic(text: str) -> bool:
    """Say whether most letters of `text` are Arabic script."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    arabic = sum(1 for c in letters if "\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f")
    return arabic * 2 >= len(letters)


_ARABIC_RUN = re.compile(f"[{ARABIC_CHARS}](?:[^A-Za-z\u00c0-\u024f]*[{ARABIC_CHARS}])?")
# What belongs to an Arabic stretch inside English besides its letters: a number written with
# it (فرانس 24, 24 ساعة) and the ! ? … or . that end it inside quotes or brackets («كفى!»).
_NUMBER = r"(?>\d+(?:[.,:/\-]\d+)*%?)"  # atomic: never cut a number short
_LATIN_AHEAD = r"[ \u00a0]*[A-Za-z\u00c0-\u024f]"
_TRAILING_NUMBERS = re.compile(rf"(?:[ \u00a0]+{_NUMBER})+(?!{_LATIN_AHEAD}|[\w%])")
_TRAILING_MARKS = re.compile(r"[!?.\u2026]+(?=[)\]}\u00bb\"\u201d\u2019'])|[!?\u2026]+$")
# A number just before an Arabic stretch, at the start of the text or of a bracket or quote.
_LEADING_NUMBER = re.compile(
    rf"(?:^|(?<=[(\[{{\u00ab\"\u201c\u2018']))[ \u00a0]*({_NUMBER}[ \u00a0]+)$")


def has_arabic(text: str) -> bool:
    """Say whether `text` holds any Arabic character."""
    return _ANY_ARABIC.search(text) is not None


def script_runs(text: str) -> list[tuple[str, bool]]:
    """Split text into (run, is_arabic) pieces: Arabic stretches inside other text.

    An Arabic stretch runs from an Arabic letter to the last Arabic letter before the next
    Latin one, so "Middle East News (ميدل ايست نيوز)" gives one Arabic run of three words. It
    takes in the numbers and closing marks that belong to it, so each renderer keeps them on
    its side: "France 24 (فرانس 24)" gives the Arabic run "فرانس 24", whose direction then
    puts the 24 after the name, not before it.
    """
    runs: list[tuple[str, bool]] = []
    position = 0
    for match in _ARABIC_RUN.finditer(text):
        start, end = match.start(), match.end()
        if start < position:  # the previous run took this one's leading number
            start = position
        leading = _LEADING_NUMBER.search(text, position, start)
        if leading is not None:
            start = leading.start(1)
        for pattern in (_TRAILING_NUMBERS, _TRAILING_MARKS):
            trailing = pattern.match(text, end)
            if trailing is not None:
                end = trailing.end()
        if start > position:
            runs.append((text[position:start], False))
        runs.append((text[start:end], True))
        position = end
    if position < len(text):
        runs.append((text[position:], False))
    return runs
