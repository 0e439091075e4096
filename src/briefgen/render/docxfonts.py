"""The DOCX's fonts embedded the OOXML way, so it looks the same where Amiri is not installed.

ECMA-376 Part 1 §17.8.1 (font embedding) and §17.8.3.3 (w:embedRegular and its kin): each face
is a part under word/fonts/ whose first 32 bytes are XORed with the bytes of a GUID, read from
the end of the GUID's string; that GUID is the w:fontKey of the face's w:embed* element in
word/fontTable.xml, which points at the part through fontTable.xml's relationships. The parts
have the obfuscatedFont content type, and w:embedTrueTypeFonts (with w:saveSubsetFonts, as the
faces are subsets) in settings.xml tells Word the document carries its fonts.

What LibreOffice needs to use an embedded face (writerfilter's EmbeddedFontHandler, vcl's
EmbeddedFontsHelper::addEmbeddedFont): the font key in upper-case hex in braces, and an OS/2
fsType that allows editing (0, installable, or the editable bit); it ignores any other face
silently. Both are checked here.

Each face is cut down with HarfBuzz's subsetter (uharfbuzz, 100 times faster than fontTools
on Amiri) to a fixed repertoire and any other characters the document uses, keeping the
layout features a shaper applies by default, so Arabic joins and ligates as in the whole face.

The API: `document_faces(characters)` → the faces to embed; `embed_faces(members, faces)` →
the package's members with them embedded. The second works on the zip's members (name,
bytes) and refuses a package it does not know how to change rather than guessing.
"""

from __future__ import annotations

import hashlib
import io
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree

from ..errors import RenderError
from .fonts import FontFile, font_files, unicode_spans

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
FONT_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font"
OBFUSCATED_FONT = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
FONT_EXTENSION = "odttf"

FONT_TABLE = "word/fontTable.xml"
FONT_TABLE_RELS = "word/_rels/fontTable.xml.rels"
SETTINGS = "word/settings.xml"
CONTENT_TYPES = "[Content_Types].xml"
FONTS_FOLDER = "word/fonts/"

# w:embed* elements in the order CT_Font lists them (ECMA-376 §17.8.3.3).
EMBED_KINDS = ("embedRegular", "embedBold", "embedItalic", "embedBoldItalic")
# The children of w:settings that come before w:embedTrueTypeFonts (CT_Settings).
_SETTINGS_BEFORE_EMBED = frozenset(f"{{{W_NS}}}{name}" for name in (
    "writeProtection", "view", "zoom", "removePersonalInformation", "removeDateAndTime",
    "doNotDisplayPageBoundaries", "displayBackgroundShape", "printPostScriptOverText",
    "printFractionalCharacterWidth", "printFormsData",
))
# OS/2 fsType: the low bits say what embedding the licence allows (OpenType spec, OS/2).
_FS_TYPE_USAGE = 0x000F
_FS_TYPE_EDITABLE = 0x0008
_FS_TYPE_NO_SUBSETTING = 0x0100
_TRUETYPE_SFNT = (b"\x00\x01\x00\x00", b"true")


@dataclass(frozen=True)
class EmbeddedFace:
    """One face as the DOCX carries it: its family, which w:embed* it is, and its bytes."""

    family: str
    kind: str  # one of EMBED_KINDS
    data: bytes  # the TrueType font, not yet obfuscated

    def __post_init__(self) -> None:
        if self.kind not in EMBED_KINDS:
            raise ValueError(f"an embedded face is one of {EMBED_KINDS}, not {self.kind!r}")

    @property
    def font_key(self) -> str:
        """The GUID that obfuscates the face, from its bytes (the same face, the same key)."""
        digest = hashlib.sha256(self.data).hexdigest()[:32].upper()
        return (f"{{{digest[:8]}-{digest[8:12]}-{digest[12:16]}-{digest[16:20]}-"
                f"{digest[20:]}}}")

    def obfuscated(self) -> bytes:
        """The face as its part holds it: the first 32 bytes XORed with the reversed key."""
        return obfuscate(self.data, self.font_key)


def obfuscate(data: bytes, font_key: str) -> bytes:
    """XOR the first 32 bytes of `data` with the GUID `font_key`'s bytes, last byte first
    (§17.8.1). Doing it twice gives `data` back."""
    hex_digits = font_key.strip("{}").replace("-", "")
    if len(hex_digits) != 32:
        raise ValueError(f"a font key is a GUID in braces, not {font_key!r}")
    key = bytes.fromhex(hex_digits)[::-1]
    head = bytes(byte ^ key[index % 16] for index, byte in enumerate(data[:32]))
    return head + data[32:]


def _kind(font: FontFile) -> str:
    bold = font.weight >= 600
    italic = font.style == "italic"
    return EMBED_KINDS[bold + 2 * italic]


# Every face is cut down to at least these characters, whatever the document holds: then any
# two briefgen DOCX files carry the same faces. LibreOffice (7.x) keeps an embedded face in a
# file named after its family and style for the whole session and never replaces it, so with
# faces cut to each document's own characters, the second document opened would be drawn with
# the first one's face and lose the letters only it has. ASCII, Latin-1, Latin Extended-A and
# Additional (transliterations), general punctuation, and the Arabic letters, marks, digits and
# punctuation that Arabic and Persian text use. A document's characters beyond these are added.
REPERTOIRE = ("U+0020-007E, U+00A0-017F, U+1E00-1EFF, U+2000-206F, U+20AC, U+060C, U+061B, "
              "U+061F, U+0621-065F, U+0660-066D, U+0670-06D3")


_REPERTOIRE = frozenset(chr(code) for first, last in unicode_spans(REPERTOIRE)
                        for code in range(first, last + 1))


def face_characters(font: FontFile, characters: Iterable[str]) -> frozenset[str]:
    """The characters a face is cut down to for a document with `characters`: the repertoire
    and the document's own, less those the face is never asked for.

    A face kept to a range (Amiri, for Arabic) also draws the digits, spaces and punctuation
    next to its script: Word sets every character of a right-to-left run in the run's
    complex-script font, and LibreOffice gives neutral characters the script around them.
    It never draws the other scripts' letters.
    """
    extra = frozenset(characters) - _REPERTOIRE
    return _drawn_by(font, _REPERTOIRE) | _drawn_by(font, extra)


@lru_cache(maxsize=32)
def _drawn_by(font: FontFile, characters: frozenset[str]) -> frozenset[str]:
    if font.unicode_range is None:
        return characters
    spans = unicode_spans(font.unicode_range)
    return frozenset(c for c in characters if unicodedata.category(c)[0] != "L"
                     or any(a <= ord(c) <= b for a, b in spans))


def document_faces(characters: Iterable[str]) -> tuple[EmbeddedFace, ...]:
    """The bundled faces cut down to what a document with `characters` needs, in the order
    of font_files()."""
    chars = frozenset(characters)
    return tuple(EmbeddedFace(font.family, _kind(font),
                              subset_face(font, face_characters(font, chars)))
                 for font in font_files())


@lru_cache(maxsize=64)
def subset_face(font: FontFile, characters: frozenset[str]) -> bytes:
    """The TrueType face `font` cut down to `characters`, with all its layout features."""
    import uharfbuzz as hb

    face = hb.Face(hb.Blob(font.path.read_bytes()))
    options = hb.SubsetInput()
    options.unicode_set.update(sorted(ord(c) for c in characters))
    # HarfBuzz keeps the layout features shapers apply unasked (joining forms, ligatures,
    # marks, kerning); those are all Word and LibreOffice use. Every name is kept.
    options.name_id_set.clear()
    options.name_id_set.invert()
    options.flags = hb.SubsetFlags.NO_HINTING | hb.SubsetFlags.NOTDEF_OUTLINE
    subset = hb.subset(face, options)
    if subset is None:
        raise RenderError(f"HarfBuzz could not cut down the font {font.path.name}")
    return bytes(subset.blob.data)


@lru_cache(maxsize=16)
def check_face(face: EmbeddedFace) -> None:
    """Refuse a face Word or LibreOffice would not use: not TrueType, another family's, or
    one whose licence (OS/2 fsType) does not allow editable embedding or subsetting."""
    from fontTools.ttLib import TTFont

    if face.data[:4] not in _TRUETYPE_SFNT:
        raise RenderError(f"the {face.family} face to embed is not a TrueType font; DOCX "
                          "embeds TrueType (glyf) faces only")
    with TTFont(io.BytesIO(face.data), lazy=True) as font:
        names = {font["name"].getDebugName(i) for i in (1, 16)} - {None}
        fs_type = font["OS/2"].fsType
    if face.family not in names:
        raise RenderError(f"the face embedded as {face.family!r} calls itself {sorted(names)}: "
                          "Word and LibreOffice would not match it to the text")
    usage = fs_type & _FS_TYPE_USAGE
    if (usage and not usage & _FS_TYPE_EDITABLE) or fs_type & _FS_TYPE_NO_SUBSETTING:
        raise RenderError(f"the licence of the {face.family} face (OS/2 fsType {fs_type:#06x}) "
                          "does not allow embedding it, cut down, in an editable document")


def embed_faces(members: Sequence[tuple[str, bytes]],
                faces: Sequence[EmbeddedFace]) -> list[tuple[str, bytes]]:
    """Return the package's `members` (name, bytes) with `faces` embedded: the font parts
    after word/fontTable.xml, its relationships, the font table, settings and content types
    changed to carry them."""
    names = [name for name, _ in members]
    for name in (FONT_TABLE, SETTINGS, CONTENT_TYPES):
        if names.count(name) != 1:
            raise RenderError(f"cannot embed fonts in a DOCX with {names.count(name)} "
                              f"{name} parts; render/docxfonts.py expects one")
    if FONT_TABLE_RELS in names or any(name.startswith(FONTS_FOLDER) for name in names):
        raise RenderError("the DOCX already has embedded fonts or font table relationships; "
                          "render/docxfonts.py embeds into a package without them only")
    kinds = [(face.family, face.kind) for face in faces]
    if len(set(kinds)) != len(kinds):
        raise RenderError(f"two faces to embed in one slot: {kinds}")
    for face in faces:
        check_face(face)
    parts = [(f"{FONTS_FOLDER}font{number}.{FONT_EXTENSION}", face)
             for number, face in enumerate(faces, start=1)]
    changed = {
        FONT_TABLE: _font_table(dict(members)[FONT_TABLE], parts),
        SETTINGS: _settings(dict(members)[SETTINGS]),
        CONTENT_TYPES: _content_types(dict(members)[CONTENT_TYPES]),
    }
    result: list[tuple[str, bytes]] = []
    for name, blob in members:
        result.append((name, changed.get(name, blob)))
        if name == FONT_TABLE:
            result.append((FONT_TABLE_RELS, _font_relationships(parts)))
            result += [(part, face.obfuscated()) for part, face in parts]
    return result


def _relationship_id(number: int) -> str:
    return f"rIdFont{number}"


def _font_relationships(parts: Sequence[tuple[str, EmbeddedFace]]) -> bytes:
    root = etree.Element(f"{{{RELS_NS}}}Relationships", nsmap={None: RELS_NS})
    for number, (part, _) in enumerate(parts, start=1):
        etree.SubElement(root, f"{{{RELS_NS}}}Relationship", Id=_relationship_id(number),
                         Type=FONT_RELATIONSHIP, Target=part.removeprefix("word/"))
    return _xml(root)


def _font_table(xml: bytes, parts: Sequence[tuple[str, EmbeddedFace]]) -> bytes:
    root = etree.fromstring(xml)
    if root.tag != f"{{{W_NS}}}fonts":
        raise RenderError(f"{FONT_TABLE} is not a w:fonts element but {root.tag}")
    if any(root.find(f".//{{{W_NS}}}{kind}") is not None for kind in EMBED_KINDS):
        raise RenderError(f"{FONT_TABLE} already embeds fonts")
    for family in dict.fromkeys(face.family for _, face in parts):
        for old in root.findall(f"{{{W_NS}}}font[@{{{W_NS}}}name='{family}']"):
            root.remove(old)
        font = etree.SubElement(root, f"{{{W_NS}}}font")
        font.set(f"{{{W_NS}}}name", family)
        etree.SubElement(font, f"{{{W_NS}}}family").set(f"{{{W_NS}}}val", "roman")
        etree.SubElement(font, f"{{{W_NS}}}pitch").set(f"{{{W_NS}}}val", "variable")
        slots = {face.kind: (number, face) for number, (_, face) in enumerate(parts, start=1)
                 if face.family == family}
        for kind in EMBED_KINDS:  # in schema order
            if kind in slots:
                number, face = slots[kind]
                embed = etree.SubElement(font, f"{{{W_NS}}}{kind}")
                embed.set(f"{{{R_NS}}}id", _relationship_id(number))
                embed.set(f"{{{W_NS}}}fontKey", face.font_key)
                embed.set(f"{{{W_NS}}}subsetted", "1")
    return _xml(root)


def _settings(xml: bytes) -> bytes:
    root = etree.fromstring(xml)
    if root.tag != f"{{{W_NS}}}settings":
        raise RenderError(f"{SETTINGS} is not a w:settings element but {root.tag}")
    for name in ("embedTrueTypeFonts", "embedSystemFonts", "saveSubsetFonts"):
        if root.find(f"{{{W_NS}}}{name}") is not None:
            raise RenderError(f"{SETTINGS} already has w:{name}")
    index = 0
    for position, child in enumerate(root):
        if child.tag in _SETTINGS_BEFORE_EMBED:
            index = position + 1
    embed = etree.Element(f"{{{W_NS}}}embedTrueTypeFonts")
    subset = etree.Element(f"{{{W_NS}}}saveSubsetFonts")
    root.insert(index, embed)
    root.insert(index + 1, subset)
    return _xml(root)


def _content_types(xml: bytes) -> bytes:
    root = etree.fromstring(xml)
    if root.tag != f"{{{TYPES_NS}}}Types":
        raise RenderError(f"{CONTENT_TYPES} is not a Types element but {root.tag}")
    defaults = root.findall(f"{{{TYPES_NS}}}Default")
    if any(d.get("Extension", "").lower() == FONT_EXTENSION for d in defaults):
        raise RenderError(f"{CONTENT_TYPES} already has a type for .{FONT_EXTENSION}")
    default = etree.Element(f"{{{TYPES_NS}}}Default", Extension=FONT_EXTENSION,
                            ContentType=OBFUSCATED_FONT)
    root.insert(root.index(defaults[-1]) + 1 if defaults else 0, default)
    return _xml(root)


def _xml(root) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
