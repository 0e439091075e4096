"""Give each glyph of an Arabic line its advance as laid out as its width in the PDF.

WeasyPrint writes a glyph's width in the font's /W array as the font's own advance (hmtx),
and where HarfBuzz placed the glyph elsewhere it writes the difference as numbers in the TJ
array: an x offset before the glyph and the correction after it. Amiri joins letters by
cursive attachment, which HarfBuzz carries out with such offsets: a letter after one that
does not join to the next (ر ز و د ا …) is drawn about 0.12 em off its pen position, marks
(ً ُ) sit by offsets too. An extractor takes a glyph's box from /W: it sees a gap or an
overlap of 0.1-0.2 em inside the word and breaks the word there (poppler's pdftotext
breaks at a gap of 0.1 em, pdfminer.six at 0.1 of the font size): "العسكر ية".

After WeasyPrint draws a line holding Arabic, we fold every number that stands between two
glyphs of the same font into the width of the first: the glyph is written under a new CID
whose /W width is its advance as drawn, mapped by the font's CIDToGIDMap to the same glyph
and by ToUnicode to the same text. A glyph that stands for no text (tounicode.py leaves
the second glyph of a two-glyph لك silent) is skipped by extractors, which then see a gap
its width wide: the glyph before it takes that width too, and a TJ number steps back to
where the silent glyph is drawn. Every glyph is drawn where it was, to the 10^-6 text
space unit pydyf writes numbers with, and the glyph boxes of a word now touch, as its ink
does.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass, field

from ..arabic.text import has_arabic
from ..errors import RenderError
from .weasyprint_version import require

WEASYPRINT = "70"  # the major version whose draw_first_line, Font and font writer this wraps
_installed = False

# New CIDs start this far above the font's glyphs, past the ids WeasyPrint gives characters
# missing from the font (glyph_count, glyph_count + 1 …).
MISSING_ROOM = 1024
LAST_CID = 0xFFFF

_TJ = re.compile(rb"\[(.*)\] TJ")
_TOKEN = re.compile(rb"<([0-9a-f]*)>|(-?[0-9.]+(?:e-?[0-9]+)?)")
_TF = re.compile(rb"/(\S+) (\S+) Tf")
_TS = re.compile(rb"(\S+) Ts")
_TM = re.compile(rb"(\S+ ){6}Tm")


def install() -> None:
    """Wrap WeasyPrint's line drawing, its font subsetting and its font writer once."""
    global _installed
    if _installed:
        return
    require("glyphwidths", WEASYPRINT)
    from weasyprint.draw import text as draw_text_module
    from weasyprint.pdf import fonts as pdf_fonts

    draw_first_line = draw_text_module.draw_first_line

    def draw_first_line_with_drawn_widths(stream, textbox, text_overflow, block_ellipsis,
                                          matrix):
        start = len(stream.stream)
        # The font in force before the line: WeasyPrint sets it again only if it changes.
        current = getattr(stream, "_current_font", None)
        emojis = draw_first_line(stream, textbox, text_overflow, block_ellipsis, matrix)
        if has_arabic(textbox.text):
            _fold_numbers_into_widths(stream, textbox, start, current and current[0])
        return emojis

    subset = pdf_fonts.Font.subset

    def subset_drawn_glyphs(font, to_unicode, hinting):
        # The new CIDs are no glyphs of the font: subsetting keeps the glyphs they stand for.
        base = _first_cid(font)
        return subset(font, {cid: text for cid, text in to_unicode.items() if cid < base},
                      hinting)

    build_vector_font = pdf_fonts._build_vector_font_dictionary

    def build_vector_font_with_cid_map(font_dictionary, pdf, font, widths, compress,
                                       reference, pdf_version):
        build_vector_font(font_dictionary, pdf, font, widths, compress, reference,
                          pdf_version)
        glyph_of = getattr(font, "briefgen_glyph_of", None)
        if glyph_of:
            _write_cid_to_gid_map(font_dictionary, pdf, font, widths, glyph_of, compress)

    draw_text_module.draw_first_line = draw_first_line_with_drawn_widths
    pdf_fonts.Font.subset = subset_drawn_glyphs
    pdf_fonts._build_vector_font_dictionary = build_vector_font_with_cid_map
    _installed = True


def _first_cid(font) -> int:
    return font.glyph_count + MISSING_ROOM


@dataclass
class _Glyph:
    cid: int
    after: list[float] = field(default_factory=list)  # TJ numbers after it
    before: list[float] = field(default_factory=list)  # TJ numbers before it
    width: float | None = None  # its advance as drawn, once the numbers after it are folded


@dataclass
class _Show:
    lead: list[float]  # TJ numbers before its first glyph
    glyphs: list[_Glyph]
    font: object = None


def _fold_numbers_into_widths(stream, textbox, start: int, font_before: str | None) -> None:
    """Rewrite the TJ arrays WeasyPrint just appended to `stream` for one line."""
    from weasyprint.text.ffi import ffi

    fonts = {}
    first_line, _ = textbox.pango_layout.get_first_line()
    run = first_line.runs[0]
    while run != ffi.NULL:
        font, _ = stream.add_font(run.data.item.analysis.font)
        fonts[font.hash.encode()] = font
        run = run.next

    operations = stream.stream[start:]
    parsed = _parse(operations)
    if parsed is None:
        return  # something this was not written for: leave the line as WeasyPrint drew it
    # The glyphs of the line in drawing order, one chain per stretch in one font: a Ts
    # (a rise, for a mark) starts a new TJ but not a new chain, a Tf does.
    font = fonts.get(font_before.encode()) if font_before else None
    chains: list[tuple[object, list[_Glyph]]] = []
    for operation in parsed:
        if isinstance(operation, bytes):
            if match := _TF.fullmatch(operation):
                font = fonts.get(match.group(1))
                chains.append((font, []))
            elif _TM.fullmatch(operation):  # the pen starts anew
                chains.append((font, []))
            continue
        if font is None or font.bitmap:
            return
        if not chains:
            chains.append((font, []))
        operation.font = font
        chain = chains[-1][1]
        if chain and operation.lead:  # numbers between the last TJ's last glyph and this
            chain[-1].after.extend(operation.lead)
            operation.lead = []
        chain.extend(operation.glyphs)
    for font, chain in chains:
        _fold(font, chain)
    stream.stream[start:] = [_written(operation) if isinstance(operation, _Show) else operation
                             for operation in parsed]


def _fold(font, chain: list[_Glyph]) -> None:
    """Fold the numbers after each glyph but the chain's last into its width; then give the
    width of a glyph that stands for no text (the second glyph of a two-glyph لك) to the
    glyph before it, which an extractor would otherwise see end at a gap."""
    for glyph in chain[:-1]:
        width = font.widths[glyph.cid] - sum(glyph.after)
        if width >= 0:
            glyph.width, glyph.after = width, []
    anchor = None  # the last glyph with text, and the silent glyphs after it
    silent: list[_Glyph] = []
    for glyph in chain:
        if glyph.width is None:
            anchor, silent = None, []
        elif font.to_unicode.get(glyph.cid) != "":
            anchor, silent = glyph, []
        elif anchor is not None and anchor.width is not None:  # (for the type checker)
            # The anchor now reaches over the silent glyphs; the first of them steps back
            # to where it is drawn.
            anchor.width += glyph.width
            silent.append(glyph)
            silent[0].before = [sum(g.width or 0 for g in silent)]


def _parse(operations) -> list[_Show | bytes] | None:
    parsed: list[_Show | bytes] = []
    for operation in operations:
        if not isinstance(operation, bytes):
            return None
        if match := _TJ.fullmatch(operation):
            show = _Show([], [])
            for token in _TOKEN.finditer(match.group(1)):
                hexes, number = token.groups()
                if number is not None:
                    (show.glyphs[-1].after if show.glyphs else show.lead).append(float(number))
                elif len(hexes) % 4:
                    return None
                else:
                    show.glyphs.extend(_Glyph(int(hexes[i:i + 4], 16))
                                       for i in range(0, len(hexes), 4))
            if _TOKEN.sub(b"", match.group(1)).strip():
                return None
            parsed.append(show)
        elif _TF.fullmatch(operation) or _TS.fullmatch(operation) or _TM.fullmatch(operation):
            parsed.append(operation)  # a font, a rise, the line's start: all kept as they are
        else:
            return None
    return parsed


def _written(show: _Show) -> bytes:
    """One TJ array: each glyph under the CID of its width as drawn, the numbers left."""
    parts: list[bytes] = []
    glyphs: list[str] = []

    def numbers(values: list[float]) -> None:
        values = [value for value in values if value]
        if values:
            if glyphs:
                parts.append(b"<" + "".join(glyphs).encode() + b">")
                glyphs.clear()
            parts.append(b" ".join(_number(value) for value in values))

    numbers(show.lead)
    for glyph in show.glyphs:
        numbers(glyph.before)
        cid = glyph.cid if glyph.width is None else _variant(show.font, glyph.cid, glyph.width)
        glyphs.append(f"{cid:04x}")
        numbers(glyph.after)
    if glyphs:
        parts.append(b"<" + "".join(glyphs).encode() + b">")
    return b"[" + b"".join(parts) + b"] TJ"


def _number(value: float) -> bytes:
    return str(int(value)).encode() if value.is_integer() else repr(value).encode()


def _variant(font, cid: int, width: float) -> int:
    """The CID standing for glyph `cid` drawn `width` wide, made on first use."""
    if width == font.widths[cid]:
        return cid
    glyph = getattr(font, "briefgen_glyph_of", {}).get(cid, cid)
    variants = font.__dict__.setdefault("briefgen_variants", {})
    key = (glyph, width)
    if key not in variants:
        glyph_of = font.__dict__.setdefault("briefgen_glyph_of", {})
        new = _first_cid(font) + len(glyph_of)
        if new > LAST_CID:
            raise RenderError(f"more glyph widths than CIDs left in the font {font.family}: "
                              "update pdfpack/glyphwidths.py")
        variants[key] = new
        glyph_of[new] = glyph
        font.widths[new] = width
        font.to_unicode[new] = font.to_unicode.get(glyph, "")
    return variants[key]


def _write_cid_to_gid_map(font_dictionary, pdf, font, widths, glyph_of, compress) -> None:
    """Map each CID to its glyph: a new CID to the glyph it stands for, the others to
    themselves (those the page draws) or to 0 (.notdef)."""
    import pydyf

    if any(cid not in widths for cid in glyph_of):
        raise RenderError(f"WeasyPrint wrote the font {font.family} without the widths "
                          "briefgen gave its glyphs: update pdfpack/glyphwidths.py")
    first = _first_cid(font)
    missing = set(font.missing.values())
    if missing and max(missing) >= first:
        raise RenderError(f"more than {MISSING_ROOM} characters are missing from the font "
                          f"{font.family}: set them in another font")
    size = max(widths) + 1
    gids = [0] * size
    for cid in widths:
        if cid >= first:
            gids[cid] = glyph_of[cid]
        elif cid < font.glyph_count:
            gids[cid] = cid
    data = struct.pack(f">{size}H", *gids)
    stream = pydyf.Stream([data], compress=compress)
    pdf.add_object(stream)
    subfont_reference = font_dictionary["DescendantFonts"][0]
    subfont = pdf.objects[int(subfont_reference.split()[0])]
    subfont["CIDToGIDMap"] = stream.reference
