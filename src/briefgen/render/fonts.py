"""The two faces briefgen sets text in, found in their PyPI font packages."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import fontpkg_amiri
import fontpkg_crimson_text

ARABIC_FAMILY = "Amiri"
LATIN_FAMILY = "Crimson Text"
# Arabic, Arabic Supplement, Extended-A, presentation forms, and the Arabic comma/semicolon.
# Keeping Amiri to these ranges leaves Latin words and digits inside Arabic in the Latin face.
ARABIC_RANGE = "U+0600-06FF, U+0750-077F, U+08A0-08FF, U+FB50-FDFF, U+FE70-FEFF"


def unicode_spans(unicode_range: str) -> list[tuple[int, int]]:
    """The code point spans of a CSS unicode-range such as "U+0600-06FF, U+FB50"."""
    spans = []
    for part in unicode_range.split(","):
        first, _, last = part.strip().removeprefix("U+").partition("-")
        spans.append((int(first, 16), int(last or first, 16)))
    return spans


@dataclass(frozen=True)
class FontFile:
    family: str
    weight: int
    style: str
    path: Path
    unicode_range: str | None = None


@cache
def font_files() -> tuple[FontFile, ...]:
    amiri = Path(fontpkg_amiri.ROOT) / "files"
    crimson = Path(fontpkg_crimson_text.ROOT) / "files"
    return (
        FontFile(ARABIC_FAMILY, 400, "normal", amiri / "Amiri-Regular.ttf", ARABIC_RANGE),
        FontFile(ARABIC_FAMILY, 700, "normal", amiri / "Amiri-Bold.ttf", ARABIC_RANGE),
        FontFile(LATIN_FAMILY, 400, "normal", crimson / "CrimsonText-Regular.ttf"),
        FontFile(LATIN_FAMILY, 700, "normal", crimson / "CrimsonText-Bold.ttf"),
        FontFile(LATIN_FAMILY, 400, "italic", crimson / "CrimsonText-Italic.ttf"),
    )


def font_dirs() -> tuple[Path, ...]:
    """Folders the renderer may read fonts from."""
    return tuple(sorted({f.path.parent for f in font_files()}))


def font_face_css(embed: bool = False) -> str:
    """Return @font-face rules: file URLs for the PDF, or data: URLs for a standalone page."""
    rules = []
    for font in font_files():
        if embed:
            data = base64.b64encode(font.path.read_bytes()).decode("ascii")
            url = f"data:font/ttf;base64,{data}"
        else:
            url = font.path.as_uri()
        unicode_range = f" unicode-range: {font.unicode_range};" if font.unicode_range else ""
        rules.append(
            f'@font-face {{ font-family: "{font.family}"; src: url("{url}");'
            f" font-weight: {font.weight}; font-style: {font.style};{unicode_range} }}"
        )
    return "\n".join(rules) + "\n"


@cache
def fonts_epoch() -> int:
    """Return the newest date the faces record in their `head` tables, in seconds since 1970."""
    from fontTools.misc.timeTools import epoch_diff
    from fontTools.ttLib import TTFont

    newest = 0
    for font in font_files():
        with TTFont(font.path, lazy=True) as face:
            newest = max(newest, face["head"].modified + epoch_diff)  # counted from 1904
    return newest


@cache
def _covered() -> frozenset[int]:
    """Every code point some bundled face has a glyph for."""
    from fontTools.ttLib import TTFont

    found: set[int] = set()
    for font in font_files():
        with TTFont(font.path, lazy=True) as face:
            found.update(face.getBestCmap() or {})
    return frozenset(found)


def uncovered_characters(brief) -> list[tuple[str, str]]:
    """Where a brief has characters no bundled face draws (CJK, Devanagari…): WeasyPrint
    would draw empty boxes or take a system font outside the manifest. Return (where,
    characters) pairs, e.g. ("actors[2].role", "中文")."""
    import dataclasses
    import unicodedata

    covered = _covered()
    found: list[tuple[str, str]] = []

    def walk(value, where: str) -> None:
        if isinstance(value, str):
            missing = "".join(dict.fromkeys(
                c for c in value if ord(c) not in covered and not c.isspace()
                and unicodedata.category(c)[0] != "C"))
            if missing:
                found.append((where, missing))
        elif dataclasses.is_dataclass(value):
            for item in dataclasses.fields(value):
                walk(getattr(value, item.name), f"{where}.{item.name}" if where else item.name)
        elif isinstance(value, tuple):
            for number, item in enumerate(value):
                walk(item, f"{where}[{number}]")

    walk(brief, "")
    return [(where.replace(".value", ""), chars) for where, chars in found]
