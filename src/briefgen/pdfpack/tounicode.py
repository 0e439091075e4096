"""Map each Arabic glyph to its own letter in the PDF's ToUnicode table.

WeasyPrint maps a glyph to text the first time it draws it: for a cluster of several glyphs
(Amiri shapes لك, لح, جن … as one cluster of two glyphs) the whole cluster's text goes to one
glyph and nothing to the others. As the same glyphs recur in other clusters, the first
mapping is wrong there, and the PDF's text comes back with letters lost or doubled
(Kozea/WeasyPrint#2841). Before WeasyPrint draws a line, we share each cluster's text out
over its glyphs (one letter per glyph where the counts match), so every glyph maps to the
letter it shows, whatever cluster it appears in.
"""

from __future__ import annotations

from ..arabic.text import has_arabic
from .weasyprint_version import require

WEASYPRINT = "70"  # the major version whose draw_first_line and Pango glyph items this wraps
_installed = False


def install() -> None:
    """Wrap WeasyPrint's line drawing once per process."""
    global _installed
    if _installed:
        return
    require("tounicode", WEASYPRINT)
    from weasyprint.draw import text as draw_text_module

    draw_first_line = draw_text_module.draw_first_line

    def draw_first_line_mapping_clusters(stream, textbox, text_overflow, block_ellipsis,
                                         matrix):
        if text_overflow != "ellipsis" and block_ellipsis == "none":
            _map_clusters(stream, textbox)
        return draw_first_line(stream, textbox, text_overflow, block_ellipsis, matrix)

    draw_text_module.draw_first_line = draw_first_line_mapping_clusters
    _installed = True


def _map_clusters(stream, textbox) -> None:
    from weasyprint.text.ffi import ffi, pango

    if not has_arabic(textbox.text):
        return  # Latin text shapes one glyph per cluster or as true ligatures
    first_line, _ = textbox.pango_layout.get_first_line()
    utf8 = None
    run = first_line.runs[0]
    while run != ffi.NULL:
        glyph_item = run.data
        run = run.next
        glyphs = glyph_item.glyphs
        count = glyphs.num_glyphs
        starts = ffi.unpack(glyphs.log_clusters, count)
        if len(set(starts)) == count:
            continue  # one glyph per cluster: WeasyPrint maps these right
        item = glyph_item.item
        rtl = item.analysis.level % 2 == 1
        font, _ = stream.add_font(item.analysis.font)
        utf8 = utf8 or textbox.pango_layout.text.encode()
        clusters: dict[int, list[int]] = {}  # cluster start byte → glyph indices, visual order
        for index, start in enumerate(starts):
            clusters.setdefault(start, []).append(index)
        boundaries = sorted(clusters) + [item.length]
        for position, start in enumerate(boundaries[:-1]):
            members = clusters[start]
            if len(members) < 2:
                continue
            ids = {i: glyphs.glyphs[i].glyph for i in members}
            if any(g & pango.PANGO_GLYPH_UNKNOWN_FLAG or g == pango.PANGO_GLYPH_EMPTY
                   for g in ids.values()):
                continue
            text = utf8[item.offset + start: item.offset + boundaries[position + 1]].decode()
            logical = list(reversed(members)) if rtl else members
            if len(logical) == len(text):
                shares = dict(zip(logical, text, strict=True))
            else:
                # Letters and glyphs do not pair up (a letter drawn as a base and a
                # connector, say): the text goes to a glyph that already stands for it
                # elsewhere, else to the logically first glyph; the others stay silent.
                keeper = next((i for i in logical if font.to_unicode.get(ids[i]) == text),
                              logical[0])
                shares = {index: text if index == keeper else "" for index in members}
            for index, share in shares.items():
                font.to_unicode.setdefault(ids[index], share)
