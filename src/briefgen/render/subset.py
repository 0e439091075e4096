"""Fonts cut down to the characters a page uses, as data: URLs for a standalone HTML file.

Whole faces make a 1.5 MB page; the subsets keep every glyph the shaper can reach from the
page's characters (all layout features), so Arabic joins and ligatures as in the full face.
"""

from __future__ import annotations

import base64
import io
from functools import lru_cache
from pathlib import Path

from .fonts import font_files, unicode_spans


def _flavor() -> str | None:
    try:
        import brotli  # noqa: F401  (fontTools writes woff2 only when it can compress)
    except ImportError:
        return None
    return "woff2"


@lru_cache(maxsize=64)
def subset_font(path: Path, characters: frozenset[str], flavor: str | None) -> bytes:
    """Return the face at `path` cut down to `characters`, as woff2 or (flavor None) TrueType."""
    from fontTools import subset

    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False  # screens render these faces well unhinted, at a third of the size
    options.flavor = flavor
    font = subset.load_font(str(path), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(ord(c) for c in characters))
    subsetter.subset(font)
    out = io.BytesIO()
    subset.save_font(font, out, options)
    return out.getvalue()


def _in_range(characters: frozenset[str], unicode_range: str | None) -> frozenset[str]:
    """Keep the characters a CSS unicode-range (e.g. "U+0600-06FF, U+FB50-FDFF") covers."""
    if not unicode_range:
        return characters
    spans = unicode_spans(unicode_range)
    # The browser never asks a face for characters outside its range, so they need no glyphs.
    return frozenset(c for c in characters if any(a <= ord(c) <= b for a, b in spans)) | {" "}


def subset_font_face_css(text: str) -> str:
    """Return @font-face rules whose data: URLs hold only the glyphs `text` needs."""
    # Space and the digits keep a face usable in text the page adds later (e.g. an error note).
    characters = frozenset(text) | frozenset(" 0123456789")
    flavor = _flavor()
    mime = "font/woff2" if flavor else "font/ttf"
    fmt = "woff2" if flavor else "truetype"
    rules = []
    for font in font_files():
        wanted = _in_range(characters, font.unicode_range)
        data = base64.b64encode(subset_font(font.path, wanted, flavor)).decode("ascii")
        unicode_range = f" unicode-range: {font.unicode_range};" if font.unicode_range else ""
        rules.append(
            f'@font-face {{ font-family: "{font.family}"; '
            f'src: url("data:{mime};base64,{data}") format("{fmt}");'
            f" font-weight: {font.weight}; font-style: {font.style};{unicode_range} }}"
        )
    return "\n".join(rules) + "\n"
