"""A PDF's text layer, with the Arabic put right.

pypdf is the extractor: on PDFs made by LibreOffice from a right-to-left DOCX and by
Chromium's print to PDF it gives lines in logical order and lam-alef ligatures as written,
where pdfminer.six gives every Arabic line reversed and poppler's pdftotext reverses each
lam-alef ("األمريكية", "إطالق"). What is left to repair:

- presentation forms (Chromium's PDFs map glyphs to them) and Latin ligatures (ﬁ): NFKC;
- sentence punctuation a right-to-left line ends with, which a visual-order layer puts first,
  and an Arabic comma set before the next word instead of after the last;
- reversed lam-alef, from producers whose ToUnicode maps the ligature glyph backwards: the
  forms that cannot be Arabic (a word opening "األ", "اإل", "اآل" or "اال"; "ال" alone) are
  the evidence, and where they are present every alef-before-lam that is not the article
  is turned back. Text with that evidence left after the repair is refused.
"""

from __future__ import annotations

import io
import re
import unicodedata

from ..errors import Problem, SourceError

MAX_PAGES = 2000
_ARABIC = "\u0621-\u064a\u0660-\u0669\u0671-\u06d3"
_PRESENTATION = re.compile("[\ufb00-\ufb06\ufb50-\ufdff\ufe70-\ufefc]")
_LETTER = f"[{_ARABIC}]"
# A word opening with a reversed lam-alef after the article's alef, or the article's own
# ligature reversed: impossible spellings, so certain evidence.
_EVIDENCE = re.compile(rf"(?<!{_LETTER})(?:[وفبك]?ا[أإآ]ل|[وفبك]?اال|لأل(?=[{_ARABIC}]))"
                       rf"|(?<!{_LETTER})ال(?!{_LETTER})")
# A line of a right-to-left paragraph, Arabic or not, whose full stop came out first.
_LEADING_STOP = re.compile(r"^([.،؛:!?؟]+)\s*(?=[^\W\d_])")


def pdf_text(data: bytes, name: str) -> tuple[str, str | None, str | None]:
    """The article text (a paragraph a line), title and author of a PDF."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    def refuse(message: str) -> SourceError:
        return SourceError([Problem(name, None, None, message)])

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise refuse("the PDF is encrypted; export an unprotected copy")
        if len(reader.pages) > MAX_PAGES:
            raise refuse(f"the PDF has {len(reader.pages)} pages, over {MAX_PAGES}")
        pages = [page.extract_text() or "" for page in reader.pages]
        metadata = reader.metadata
    except SourceError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise refuse(f"cannot be read as a PDF ({exc}); is it whole?") from None
    lines = [line for page in pages for line in page.splitlines()]
    if not "".join(lines).strip():
        raise refuse("the PDF has no text layer (a scan?): nothing was added; run OCR on it, "
                     "or add the document it was made from")
    text = repair_arabic("\n".join(lines))
    if _EVIDENCE.search(text):
        raise refuse("the PDF's Arabic text layer is garbled beyond repair (reversed lam-alef "
                     "ligatures): nothing was added; add the document it was made from")
    kept = [line for line in (" ".join(line.split()) for line in text.splitlines()) if line]
    title = author = None
    if metadata is not None:
        title = (metadata.title or "").strip() or None
        author = (metadata.author or "").strip() or None
    return "\n".join(kept), title, author


def repair_arabic(text: str) -> str:
    """Put extracted Arabic right: letters, not glyph forms; punctuation; lam-alef."""
    text = _PRESENTATION.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    text = unicodedata.normalize("NFC", text)
    text = "\n".join(_punctuation_at_end(line) for line in text.split("\n"))
    if _EVIDENCE.search(text):
        text = _turn_lam_alef(text)
    return text


# An Arabic comma or semicolon set before the next word instead of after the last one.
_DETACHED_COMMA = re.compile(rf"(?<={_LETTER}) ([،؛])(?={_LETTER})")


def _punctuation_at_end(line: str) -> str:
    line = _DETACHED_COMMA.sub(r"\1 ", line)
    stripped = line.strip()
    match = _LEADING_STOP.match(stripped)
    if match is None:
        return line
    return stripped[match.end():] + match.group(1)


_WORD = re.compile(f"{_LETTER}+")
_PREFIX = re.compile("^(?:[وف]?[بكل]?|[وف])ال")


def _turn_lam_alef(text: str) -> str:
    return _WORD.sub(lambda m: _turn_word(m.group()), text)


def _turn_word(word: str) -> str:
    """One word whose every lam-alef ligature was written alef-first, turned back."""
    if word == "ال":
        return "لا"
    start = 0
    prefix = _PREFIX.match(word)
    if prefix:
        start = prefix.end()  # the article (with و، ف، ب، ك، ل before it) is alef-lam
        if word.startswith("لأل"):
            return "للأ" + _turn_rest(word[3:])
    elif word.startswith("لأل"):
        return "للأ" + _turn_rest(word[3:])
    start = max(start, 1)  # a word opening alef-lam without the article: إلى, ألف
    return word[:start] + _turn_rest(word[start:])


def _turn_rest(rest: str) -> str:
    # Not at the word's end: قال, مال, أعمال end alef-lam far more often than a word ends لا.
    return re.sub(f"([اأإآ])ل(?={_LETTER})", r"ل\1", rest)
