"""A PDF's text layer, with the Arabic put right.

pypdf is the extractor: on PDFs made by LibreOffice from a right-to-left DOCX and by
Chromium's print to PDF it gives lines in logical order and lam-alef ligatures as written,
where pdfminer.six gives every Arabic line reversed and poppler's pdftotext reverses each
lam-alef ("األمريكية", "إطالق"). What is left to repair:

- reversed lam-alef: producers whose ToUnicode maps the one lam-alef glyph to alef + lam
  (Word's PDFs; the text then reads "إطالق" for "إطلاق" in any extractor). The repair is
  made in the font's map, glyph by glyph, before extraction: no Arabic font has an alef-lam
  ligature (alef never joins the letter after it), so a single glyph read as alef + lam is
  a lam-alef written backwards, and the alef + lam of two glyphs ("قال", "العالم") is
  left alone. Text that still reads impossibly after that (a word opening "األ", "اال";
  "ال" alone) is refused as beyond repair;
- presentation forms (Chromium's PDFs map glyphs to them) and Latin ligatures (ﬁ): NFKC;
- sentence punctuation a right-to-left line ends with, which a visual-order layer puts first,
  and an Arabic comma set before the next word instead of after the last.
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
# Spellings no Arabic word has, which a reversed lam-alef makes: a word opening alef, then
# alef-hamza (or alef) and lam; "ال" standing alone.
_EVIDENCE = re.compile(rf"(?<!{_LETTER})(?:[وفبك]?ا[أإآ]ل|[وفبك]?اال|لأل(?=[{_ARABIC}]))"
                       rf"|(?<!{_LETTER})ال(?!{_LETTER})")
# A line of a right-to-left paragraph, Arabic or not, whose full stop came out first.
_LEADING_STOP = re.compile(r"^([.،؛:!?؟]+)\s*(?=[^\W\d_])")
# An Arabic comma or semicolon set before the next word instead of after the last one.
_DETACHED_COMMA = re.compile(rf"(?<={_LETTER}) ([،؛])(?={_LETTER})")


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
        turned: set[int] = set()
        pages = []
        for page in reader.pages:
            _turn_ligatures(page.get("/Resources"), turned)
            pages.append(page.extract_text() or "")
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
    """Put extracted Arabic right: letters, not glyph forms; punctuation where it belongs."""
    text = _PRESENTATION.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    text = unicodedata.normalize("NFC", text)
    return "\n".join(_punctuation_at_end(line) for line in text.split("\n"))


# One glyph mapped to alef (any form) then lam, in a ToUnicode CMap's UTF-16BE hex.
_BACKWARD_LAM_ALEF = re.compile(rb"<(062[2357])(0644)>", re.IGNORECASE)


def _turn_ligatures(resources, turned: set[int], depth: int = 0) -> None:
    """Map each lam-alef glyph a font reads backwards (alef + lam) to lam + alef."""
    if resources is None or depth > 4:
        return
    resources = resources.get_object()
    fonts = resources.get("/Font")
    for reference in (fonts.get_object().values() if fonts is not None else ()):
        font = reference.get_object()
        for each in [font, *[d.get_object() for d in font.get("/DescendantFonts") or ()]]:
            unicode_map = each.get("/ToUnicode")
            if unicode_map is None:
                continue
            stream = unicode_map.get_object()
            if id(stream) in turned:
                continue
            turned.add(id(stream))
            data = stream.get_data()
            fixed = _BACKWARD_LAM_ALEF.sub(rb"<\2\1>", data)
            if fixed != data:
                stream.set_data(fixed)
    xobjects = resources.get("/XObject")
    for reference in (xobjects.get_object().values() if xobjects is not None else ()):
        form = reference.get_object()
        if form.get("/Subtype") == "/Form":
            _turn_ligatures(form.get("/Resources"), turned, depth + 1)


def _punctuation_at_end(line: str) -> str:
    line = _DETACHED_COMMA.sub(r"\1 ", line)
    stripped = line.strip()
    match = _LEADING_STOP.match(stripped)
    if match is None:
        return line
    return stripped[match.end():] + match.group(1)
