"""Brief → DOCX with python-docx, from the model (not from HTML).

python-docx has no API for paragraph direction, complex-script fonts and sizes or the bidi
language, so those elements are written here, in the order the OOXML schema requires.
Arabic paragraphs get w:bidi (and no jc=right: LibreOffice would then align them left);
their runs get w:rtl, rFonts w:cs, w:szCs, w:bCs when bold and w:lang w:bidi="ar-SA".

The styles, tables and page header follow the PDF's look (templates/brief.css), and the
faces travel inside the DOCX (docxfonts.py), so it looks the same where they are not installed.

A pack's DOCX is its own cover, contents and appendix with each brief's part between them: the
brief's body as pack.docx holds it, serialized and deflated once (pack_docx_part), so that
building the pack again parses, serializes and compresses none of the briefs.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import struct
import zipfile
import zlib
from collections.abc import Iterable, Sequence
from copy import deepcopy
from dataclasses import dataclass
from functools import cache, lru_cache

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_DIRECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import _Cell
from lxml import etree

from .. import __version__
from ..arabic.text import has_arabic, script_runs
from ..model import Brief, Citation, Text, full_stop
from ..pdfpack import FULL_FLUSH_END, DeflatedPiece, deflate, join, write_zip
from .docxfonts import document_faces, embed_faces
from .fonts import ARABIC_FAMILY, LATIN_FAMILY

BODY_PT = 11.5  # html { font-size }
ARABIC_PT = 13  # [lang=ar] { font-size: 1.12em }
BANNER_RED = RGBColor(0x8B, 0x00, 0x00)
GREY = RGBColor(0x55, 0x55, 0x55)
LINK_BLUE = RGBColor(0x1A, 0x4D, 0x8F)

# The PDF's look (templates/brief.css) in Word's units: sizes in points, rules in eighths of a
# point, spacing in twentieths of a point (twips).
INK = "111111"  # html { color }
TITLE_PT = 21  # h1.title
TITLE_AR_PT = 17  # .title-ar, the Arabic size itself
HEADING_PT = 13.5  # h2
HEADING_RULE = ("999999", 5)  # h2's border-bottom: 0.6pt #999
TABLE_HEADER_INK = RGBColor(0x33, 0x33, 0x33)  # th { color }
TABLE_HEADER_RULE = ("666666", 6)  # th's border-bottom: 0.8pt #666
TABLE_ROW_RULE = ("CCCCCC", 4)  # td's border-bottom: 0.5pt #ccc
EXCERPT_RULE = ("D9C9A3", 16)  # .excerpt-table td.ar's border beside the English: 2pt
CELL_PADDING_TWIPS = (60, 100)  # th, td { padding: 3pt 5pt }
TABLE_STYLE = "BriefTable"
TEXT_WIDTH_MM = 174  # A4 less 18 mm margins
# A row this long or shorter (characters in its longest cell) is kept on one page; a longer
# one may split between lines, or it would leave much of a page empty before it. 400
# characters of the excerpt table's Arabic column take about 62 mm, a quarter of the page's
# text (LibreOffice laid 512 out in 80 mm).
SHORT_ROW_CHARACTERS = 400

# Child order of w:pPr and w:rPr in the OOXML schema (ECMA-376 §17.3.1.26, §17.3.2.28).
PPR_ORDER = (
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
    "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
    "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
    "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
    "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
    "sectPr", "pPrChange",
)
RPR_ORDER = (
    "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline",
    "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color",
    "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd",
    "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath",
)

TCPR_ORDER = (
    "cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
    "textDirection", "tcFitText", "vAlign", "hideMark",
)
TBLPR_ORDER = (
    "tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
    "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd",
    "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription",
)
BORDER_ORDER = ("top", "left", "start", "bottom", "right", "end", "insideH", "insideV")


@cache
def _successors(tag: str, order: tuple[str, ...]) -> frozenset[str]:
    return frozenset(qn(f"w:{t}") for t in order[order.index(tag) + 1:])


def _set_child(parent, tag: str, order: tuple[str, ...], **attrs):
    """Replace or insert `w:<tag>` in `parent` at its schema position, with `attrs`."""
    element = OxmlElement(f"w:{tag}")
    for name, value in attrs.items():
        element.set(qn(f"w:{name}"), str(value))
    return _put_child(parent, element, order)


def _put_child(parent, element, order: tuple[str, ...]):
    """Put `element` in `parent` at its schema position, replacing one of the same tag."""
    existing = parent.find(element.tag)
    if existing is not None:
        parent.remove(existing)
    successors = _successors(etree.QName(element).localname, order)
    for index, child in enumerate(parent):
        if child.tag in successors:
            parent.insert(index, element)
            break
    else:
        parent.append(element)
    return element


def insert_bookmark(p, name: str, bookmark_id: int) -> None:
    """Mark the whole of paragraph element `p` with the bookmark `name`."""
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(bookmark_id))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(bookmark_id))
    p.insert(1 if p.find(qn("w:pPr")) is not None else 0, start)
    p.append(end)


def page_break_paragraph():
    """Return a paragraph holding only a page break."""
    paragraph = OxmlElement("w:p")
    run = make_run(Text(""))
    run.append(OxmlElement("w:br"))
    run[-1].set(qn("w:type"), "page")
    paragraph.append(run)
    return paragraph


def set_paragraph_rtl(paragraph) -> None:
    """Make a paragraph right to left (w:bidi), so it starts at the right margin."""
    _set_child(paragraph._p.get_or_add_pPr(), "bidi", PPR_ORDER)


_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def make_run(text: Text, *, size: float = BODY_PT, bold: bool = False, italic: bool = False,
             color: RGBColor | None = None):
    """Return a w:r holding `text`, with fonts, sizes and language for both scripts, and
    w:rtl when Arabic. Built directly: python-docx's add_run walks the text a letter at a
    time."""
    run = OxmlElement("w:r")
    run.append(deepcopy(_run_properties(text.rtl, size, bold, italic,
                                        str(color) if color else None)))
    if text.value == "\t":
        run.append(OxmlElement("w:tab"))
    elif text.value:
        t = OxmlElement("w:t")
        t.text = text.value
        if text.value != text.value.strip():
            t.set(_XML_SPACE, "preserve")
        run.append(t)
    return run


@cache
def _run_properties(rtl: bool, size: float, bold: bool, italic: bool, color: str | None):
    # Built once per combination and copied into each run: most of a brief's DOCX time
    # went into building these elements one by one.
    rpr = OxmlElement("w:rPr")
    _set_child(rpr, "rFonts", RPR_ORDER, ascii=LATIN_FAMILY, hAnsi=LATIN_FAMILY,
               cs=ARABIC_FAMILY, eastAsia=LATIN_FAMILY)
    if bold:
        _set_child(rpr, "b", RPR_ORDER)
        _set_child(rpr, "bCs", RPR_ORDER)
    if italic:
        _set_child(rpr, "i", RPR_ORDER)
        _set_child(rpr, "iCs", RPR_ORDER)
    if color is not None:
        _set_child(rpr, "color", RPR_ORDER, val=color)
    _set_child(rpr, "sz", RPR_ORDER, val=round(size * 2))
    _set_child(rpr, "szCs", RPR_ORDER, val=round(ARABIC_PT * size / BODY_PT * 2))
    if rtl:
        _set_child(rpr, "rtl", RPR_ORDER)
    _set_child(rpr, "lang", RPR_ORDER, val="en-GB", bidi="ar-SA")
    return rpr


# Invisible marks of direction (Unicode's bidi algorithm, which Word and LibreOffice apply to
# the paragraph's text whatever its runs say).
LEFT_TO_RIGHT_MARK = "\u200e"
RIGHT_TO_LEFT_MARK = "\u200f"


def text_of(element) -> str:
    """The text of an element's runs. (lxml's itertext() repeats text on python-docx's
    element classes.)"""
    return "".join(t.text or "" for t in element.iter(qn("w:t")))


def _arabic_at(points: float) -> float:
    """The run size whose Arabic (complex-script) size is `points`."""
    return points * BODY_PT / ARABIC_PT


def add_text(paragraph, text: Text, **style) -> None:
    """Append `text` to a paragraph: one styled run, or, for English with Arabic in it,
    one run per stretch, the Arabic ones right to left.

    DOCX has no isolate of its own (HTML's <bdi>), so each Arabic stretch is fenced with
    marks instead: a right-to-left mark before one that starts with a number (24 ساعة), which
    would otherwise join the English before it, and a left-to-right mark after it, before
    anything but a Latin letter: without it the numbers after an Arabic outlet's name
    ("France 24 (فرانس 24), 2018-05-31") are read as Arabic and the date comes out reversed.
    """
    if text.rtl or not has_arabic(text.value):
        paragraph._p.append(make_run(text, **style))
        return
    runs = script_runs(text.value)
    for index, (run, arabic) in enumerate(runs):
        if arabic and not run[0].isalpha():
            run = RIGHT_TO_LEFT_MARK + run
        elif not arabic and index > 0 and not _LATIN_START.match(run):
            run = LEFT_TO_RIGHT_MARK + run
        paragraph._p.append(make_run(Text(run, "ar" if arabic else text.lang), **style))


_LATIN_START = re.compile("[A-Za-z\u00c0-\u024f]")


def paragraph_for(container, text: Text, style: str | None = None, **run_style):
    """Add a paragraph holding `text`, right to left when the text is Arabic."""
    paragraph = container.add_paragraph()
    if style is not None:
        paragraph._p.style = style  # a style id; looking styles up by name is slow
    if text.rtl:
        set_paragraph_rtl(paragraph)
    add_text(paragraph, text, **run_style)
    return paragraph


@lru_cache(maxsize=1)
def _styled_template():
    """python-docx's default document with briefgen's styles, parsed once and then copied."""
    document = Document()
    styles = document.styles
    for name in ("Normal", "Title", "Heading 1", "Heading 2", "Table Grid"):
        style = styles[name]
        rpr = style.element.get_or_add_rPr()
        _set_child(rpr, "rFonts", RPR_ORDER, ascii=LATIN_FAMILY, hAnsi=LATIN_FAMILY,
                   cs=ARABIC_FAMILY, eastAsia=LATIN_FAMILY)
        _set_child(rpr, "lang", RPR_ORDER, val="en-GB", bidi="ar-SA")
    styles["Normal"].font.size = Pt(BODY_PT)
    _restyle(document)
    for part in document.part.package.iter_parts():
        if part.partname == "/docProps/app.xml":
            part._blob = _APP_XML  # the template's says "Microsoft Macintosh Word"
    return document


def _restyle(document) -> None:
    """Give the template's styles the PDF's look instead of Word 2010's blue ones."""
    root = document.styles.element
    defaults = root.find(qn("w:docDefaults"))
    # Text no run sets a font for (paragraph marks, fields) in our faces, not the theme's.
    _set_child(defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")), "rFonts", RPR_ORDER,
               ascii=LATIN_FAMILY, hAnsi=LATIN_FAMILY, cs=ARABIC_FAMILY, eastAsia=LATIN_FAMILY)
    paragraph = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    # Widow and orphan control: a row that splits keeps its first (and last) lines together.
    _set_child(paragraph, "widowControl", PPR_ORDER)
    # p { margin-bottom: 6pt }; 1.05 lines of Crimson Text (1.3 em) is the PDF's line-height 1.4
    _set_child(paragraph, "spacing", PPR_ORDER, after=120, line=252, lineRule="auto")
    styles = {s.get(qn("w:styleId")): s for s in root.iter(qn("w:style"))}

    title = styles["Title"]
    _style_text(title, TITLE_PT, bold=True)
    ppr = title.find(qn("w:pPr"))
    for unwanted in ("pBdr", "contextualSpacing"):  # Word 2010's blue rule under the title
        if ppr.find(qn(f"w:{unwanted}")) is not None:
            ppr.remove(ppr.find(qn(f"w:{unwanted}")))
    _set_child(ppr, "spacing", PPR_ORDER, after=40, line=240, lineRule="auto")

    heading = styles["Heading1"]
    _style_text(heading, HEADING_PT, bold=True)
    ppr = heading.find(qn("w:pPr"))
    _set_child(ppr, "spacing", PPR_ORDER, before=280, after=100)
    border = _set_child(ppr, "pBdr", PPR_ORDER)
    border.append(_border("bottom", HEADING_RULE, space=1))

    for name in ("Header", "Footer"):  # tab stops at the middle and the end of our lines
        tabs = _set_child(styles[name].find(qn("w:pPr")), "tabs", PPR_ORDER)
        for kind, position in (("center", TEXT_WIDTH_MM / 2), ("right", TEXT_WIDTH_MM)):
            tab = OxmlElement("w:tab")
            tab.set(qn("w:val"), kind)
            tab.set(qn("w:pos"), str(int(Mm(position).twips)))
            tabs.append(tab)

    table = deepcopy(styles["TableGrid"])
    table.set(qn("w:styleId"), TABLE_STYLE)
    table.set(qn("w:customStyle"), "1")
    table.find(qn("w:name")).set(qn("w:val"), "Brief table")
    table.remove(table.find(qn("w:tblPr")))
    table.append(_table_properties())
    root.append(table)

    # Word 2013's table layout: w:tblInd measures to the table's edge, so tables sit inside
    # the margins instead of a cell padding to the left of them.
    settings = document.settings.element
    for setting in settings.iter(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), "15")


def _style_text(style, size: float, bold: bool) -> None:
    """Set a style's text to our ink, `size` in both scripts, and bold; drop the theme's colour
    and letter spacing."""
    rpr = style.get_or_add_rPr()
    for unwanted in ("color", "spacing"):
        if rpr.find(qn(f"w:{unwanted}")) is not None:
            rpr.remove(rpr.find(qn(f"w:{unwanted}")))
    if bold:
        _set_child(rpr, "b", RPR_ORDER)
        _set_child(rpr, "bCs", RPR_ORDER)
    _set_child(rpr, "color", RPR_ORDER, val=INK)
    _set_child(rpr, "sz", RPR_ORDER, val=round(size * 2))
    _set_child(rpr, "szCs", RPR_ORDER, val=round(size * 2))


def _border(side: str, rule: tuple[str, int] | None, space: int = 0):
    """A w:<side> border: a single line of (colour, width in eighths of a point), or none."""
    element = OxmlElement(f"w:{side}")
    if rule is None:
        element.set(qn("w:val"), "nil")
        return element
    color, width = rule
    for name, value in (("val", "single"), ("sz", width), ("space", space), ("color", color)):
        element.set(qn(f"w:{name}"), str(value))
    return element


def _table_properties():
    """The tables' w:tblPr: rules between rows and under the last, no grid; the PDF's padding."""
    tblpr = OxmlElement("w:tblPr")
    _set_child(tblpr, "tblInd", TBLPR_ORDER, w=0, type="dxa")
    borders = _set_child(tblpr, "tblBorders", TBLPR_ORDER)
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(_border(side, TABLE_ROW_RULE if side in ("bottom", "insideH") else None))
    margins = _set_child(tblpr, "tblCellMar", TBLPR_ORDER)
    vertical, horizontal = CELL_PADDING_TWIPS
    for side, width in (("top", vertical), ("left", horizontal), ("bottom", vertical),
                        ("right", horizontal)):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), str(width))
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    return tblpr


# The extended properties: which application wrote the file (Word shows it under Properties).
_APP_XML = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
    f'docPropsVTypes"><Application>briefgen {__version__}</Application><DocSecurity>0'
    "</DocSecurity><ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate>"
    "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged></Properties>"
).encode()


# Parts of the template no DOCX changes: every document shares them instead of copying them.
# styles.xml and stylesWithEffects.xml alone are 0.8 MB of XML python-docx's template
# carries; copying and serializing them was a third of a brief's DOCX time.
SHARED_PARTS = frozenset({
    "/word/styles.xml", "/word/stylesWithEffects.xml", "/word/theme/theme1.xml",
    "/word/fontTable.xml", "/word/webSettings.xml", "/word/numbering.xml",
    "/docProps/thumbnail.jpeg", "/customXml/item1.xml", "/customXml/itemProps1.xml",
    "/docProps/app.xml",
})


@lru_cache(maxsize=1)
def _shared_parts() -> dict[int, bytes]:
    """The template's shared parts (by id) and their bytes, serialized once."""
    return {id(part): part.blob for part in _styled_template().part.package.iter_parts()
            if part.partname in SHARED_PARTS}


def _new_document():
    """A copy of the styled template that shares the parts no document changes."""
    template = _styled_template()
    shared = {id(part): part for part in template.part.package.iter_parts()
              if id(part) in _shared_parts()}
    return deepcopy(template, shared)


class _DocxWriter:
    """A python-docx Document with briefgen's styles, banner and helpers."""

    def __init__(self, classification: str):
        self.classification = classification
        self.document = _new_document()
        self.setup_section()

    def save(self) -> bytes:
        return write_zip([(name, _deflate_member(name, blob))
                          for name, blob in self.members(self.characters())])

    def characters(self) -> str:
        """Every character the document's body, header and footer hold."""
        section = self.document.sections[0]
        return "".join(sorted(set("".join(text_of(element) for element in (
            self.document.element.body, section.header._element, section.footer._element)))))

    def members(self, characters: str) -> list[tuple[str, bytes]]:
        """The package's zip members, with the faces `characters` need embedded."""
        return embed_faces(_members(self.document), document_faces(characters))

    def setup_section(self) -> None:
        section = self.document.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        for side in ("left_margin", "right_margin"):
            setattr(section, side, Mm(18))
        section.top_margin = section.bottom_margin = Mm(22)
        # The PDF's margin boxes centre the header and footer in the 22 mm margins.
        section.header_distance = section.footer_distance = Mm(9)
        # As the PDF's page margins: the marking in the middle, the running title (header) or
        # "page X of Y" (footer) at the right, on the Header and Footer styles' tab stops.
        header = section.header.paragraphs[0]
        self.add_banner(header)
        add_text(header, Text("\t"))
        add_text(header, Text(self.running_title), italic=True, size=8.5, color=GREY)
        footer = section.footer.paragraphs[0]
        self.add_banner(footer)
        add_text(footer, Text("\t"))
        add_text(footer, Text("page "), size=8.5, color=GREY)
        self.add_field(footer, "PAGE", "1")
        add_text(footer, Text(" of "), size=8.5, color=GREY)
        self.add_field(footer, "NUMPAGES", "1")

    @property
    def running_title(self) -> str:
        raise NotImplementedError

    def add_banner(self, paragraph) -> None:
        """The classification at the middle tab stop, bold, red and letter-spaced."""
        add_text(paragraph, Text("\t"))
        add_text(paragraph, Text(self.classification), bold=True, size=9, color=BANNER_RED)
        # letter-spacing: 0.12em of 9 pt, in twips
        _set_child(paragraph._p[-1].find(qn("w:rPr")), "spacing", RPR_ORDER, val=22)

    def add_field(self, paragraph, instruction: str, placeholder: str) -> None:
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), instruction)
        field.append(make_run(Text(placeholder), size=8.5, color=GREY))
        paragraph._p.append(field)

    def heading(self, text: str) -> None:
        paragraph = self.document.add_paragraph()
        paragraph._p.style = "Heading1"
        add_text(paragraph, Text(text), size=HEADING_PT, bold=True)

    def add_cites(self, paragraph, cites: Iterable[Citation]) -> None:
        for citation in cites:
            add_text(paragraph, Text(" "))
            self.add_link(paragraph, f"[{citation.short}]", citation.anchor.replace("-", "_"))

    def add_link(self, paragraph, label: str, bookmark: str, size: float = 9,
                 color: RGBColor | None = LINK_BLUE) -> None:
        link = OxmlElement("w:hyperlink")
        link.set(qn("w:anchor"), bookmark)
        link.append(make_run(Text(label), size=size, color=color))
        paragraph._p.append(link)

    def table(self, headers: list[Text], widths_mm: Sequence[float], rtl: bool = False):
        """A table of the PDF's look whose header row repeats on every page it runs onto."""
        if sum(widths_mm) > TEXT_WIDTH_MM:
            raise ValueError(f"a table {sum(widths_mm)} mm wide does not fit between the "
                             f"margins ({TEXT_WIDTH_MM} mm)")
        table = self.document.add_table(rows=1, cols=len(headers))
        tblpr = table._tbl.tblPr
        tblpr.style = TABLE_STYLE  # a style id; looking styles up by name is slow
        table.autofit = False
        if rtl:
            # The first column sits at the right; Word and LibreOffice honour w:bidiVisual.
            table.table_direction = WD_TABLE_DIRECTION.RTL
        # Direct as well as in the style: LibreOffice reads a table style's borders unreliably.
        _set_child(tblpr, "tblW", TBLPR_ORDER, w=int(Mm(sum(widths_mm)).twips), type="dxa")
        for child in list(_table_properties()):
            _put_child(tblpr, child, TBLPR_ORDER)
        # Rows added later take their cell widths from the grid.
        for column, width in zip(table._tbl.tblGrid.gridCol_lst, widths_mm, strict=True):
            column.w = Mm(width)
        header_row = table._tbl.tr_lst[0]
        trpr = header_row.get_or_add_trPr()
        trpr.append(OxmlElement("w:tblHeader"))
        trpr.append(OxmlElement("w:cantSplit"))
        for cell, header, width in zip(self.row_cells(table, header_row), headers, widths_mm,
                                       strict=True):
            cell.width = Mm(width)
            borders = _set_child(cell._tc.get_or_add_tcPr(), "tcBorders", TCPR_ORDER)
            borders.append(_border("bottom", TABLE_HEADER_RULE))
            self.fill_cell(cell, header, bold=True, size=10, color=TABLE_HEADER_INK)
        return table

    def fill_cell(self, cell, text: Text, **style):
        paragraph = cell.paragraphs[0]
        if text.rtl:
            set_paragraph_rtl(paragraph)
        add_text(paragraph, text, **style)
        return paragraph

    def add_row(self, table):
        return self.row_cells(table, table.add_row()._tr)

    @staticmethod
    def keep_row_together(cells: Sequence[_Cell]) -> None:
        """Keep a filled row on one page (w:cantSplit), or if it is long
        (SHORT_ROW_CHARACTERS), let it split only between paragraphs (w:keepLines)."""
        if max(len(text_of(cell._tc)) for cell in cells) <= SHORT_ROW_CHARACTERS:
            cells[0]._tc.getparent().get_or_add_trPr().append(OxmlElement("w:cantSplit"))
            return
        for cell in cells:
            for paragraph in cell._tc.iter(qn("w:p")):
                _set_child(paragraph.get_or_add_pPr(), "keepLines", PPR_ORDER)

    @staticmethod
    def row_cells(table, tr) -> list[_Cell]:
        # Row.cells walks the whole table to place merged cells; ours have none.
        return [_Cell(tc, table) for tc in tr.tc_lst]


class _DocxBrief(_DocxWriter):
    """Builds one brief into a python-docx Document."""

    def __init__(self, brief: Brief):
        self.brief = brief
        super().__init__(brief.classification)

    @property
    def running_title(self) -> str:
        return self.brief.title.value

    def build(self) -> bytes:
        self.title_block()
        self.heading("Summary")
        paragraph_for(self.document, self.brief.summary, size=12.5)
        if self.brief.background:
            self.heading("Background")
            for statement in self.brief.background:
                paragraph = paragraph_for(self.document, statement.text)
                self.add_cites(paragraph, statement.cites)
        if self.brief.actors:
            self.heading("Actors")
            self.actors_table()
        if self.brief.key_dates:
            self.heading("Key dates")
            self.timeline_table()
        if self.brief.excerpts:
            self.heading("Source excerpts")
            self.excerpts_table()
        if self.brief.open_questions:
            self.heading("Open questions")
            # Numbered by hand: a Word list would carry its numbering on across the briefs
            # of a pack.
            for number, question in enumerate(self.brief.open_questions, start=1):
                paragraph = paragraph_for(self.document,
                                          Text(f"{number}. {question.text.value}"))
                if question.answer:
                    add_text(paragraph, Text(f" Answered: {question.answer.value}"),
                             italic=True)
        self.heading("Sources")
        self.sources_list()
        set_properties(self.document, self.brief.title.value, self.brief.summary.value,
                       self.brief.author, self.brief.topics, self.brief.classification,
                       self.brief.date)
        return self.save()

    def title_block(self) -> None:
        brief = self.brief
        paragraph_for(self.document, brief.title, style="Title", size=TITLE_PT, bold=True)
        if brief.title_ar:
            paragraph_for(self.document, brief.title_ar, size=_arabic_at(TITLE_AR_PT))
        meta = [brief.date_english, brief.author or "", ", ".join(brief.topics)]
        paragraph_for(self.document, Text(" · ".join(m for m in meta if m)), color=GREY)

    def actors_table(self) -> None:
        widths = [45, 40, 89]
        table = self.table([Text("Actor"), Text("الاسم", "ar"), Text("Role")], widths)
        for actor in self.brief.actors:
            name, name_ar, role = self.add_row(table)
            self.fill_cell(name, actor.name, bold=True)
            if actor.name_ar:
                self.fill_cell(name_ar, actor.name_ar)
            paragraph = self.fill_cell(role, actor.role)
            self.add_cites(paragraph, actor.cites)
            if actor.mention_count:
                where = f" ({', '.join(actor.mentioned_in)})" if actor.mentioned_in else ""
                note = role.add_paragraph()
                add_text(note, Text(f"Mentioned {actor.mention_count}× in cited sources{where}."),
                         size=9, color=GREY)
            self.keep_row_together([name, name_ar, role])

    def timeline_table(self) -> None:
        widths = [40, 134]
        table = self.table([Text("Date"), Text("Event")], widths)
        for item in self.brief.key_dates:
            date, event = self.add_row(table)
            self.fill_cell(date, Text(item.date.english))
            paragraph = self.fill_cell(event, item.event)
            self.add_cites(paragraph, item.cites)
            self.keep_row_together([date, event])

    def excerpts_table(self) -> None:
        # Reads right to left: the Arabic source first (at the right), its summary beside it.
        widths = [100, 74]
        table = self.table([Text("النص الأصلي", "ar"), Text("English summary")], widths, rtl=True)
        for excerpt in self.brief.excerpts:
            arabic, english = self.add_row(table)
            for index, paragraph in enumerate(excerpt.paragraphs):
                target = arabic.paragraphs[0] if index == 0 else arabic.add_paragraph()
                if paragraph.text.rtl:
                    set_paragraph_rtl(target)
                add_text(target, paragraph.text, size=BODY_PT)
            self.fill_cell(english, excerpt.summary)
            cite_line = english.add_paragraph()
            self.add_cites(cite_line, [excerpt.citation])
            add_text(cite_line, Text(f" {excerpt.citation.label}"), size=8, color=GREY)
            self.keep_row_together([arabic, english])
            # The PDF's rule between the Arabic and its summary. In a right-to-left table
            # (w:bidiVisual) Word and LibreOffice read w:right as the cell's trailing edge.
            borders = _set_child(arabic._tc.get_or_add_tcPr(), "tcBorders", TCPR_ORDER)
            borders.append(_border("right", EXCERPT_RULE))

    def sources_list(self) -> None:
        for bookmark_id, source in enumerate(self.brief.sources, start=1):
            paragraph = self.document.add_paragraph()
            insert_bookmark(paragraph._p, source.anchor.replace("-", "_"), bookmark_id)
            add_text(paragraph, Text(f"S{source.number} "), bold=True)
            outlet = source.outlet or "Outlet not stated"
            published = f", {source.published}" if source.published else ""
            add_text(paragraph, Text(f"{outlet}{published}{full_stop(published or outlet)} "))
            if source.title_en:
                add_text(paragraph, Text(f"{source.title_en}{full_stop(source.title_en)}"),
                         italic=True)
            if source.title_ar:
                paragraph_for(self.document, source.title_ar)
            alias = f" ({source.alias})" if source.alias else ""
            paragraph_for(self.document,
                          Text(f"{source.id}{alias}; cited: {source.paragraph_ranges}"),
                          size=9, color=GREY)


# Bookmark ids in pack.docx. A brief's part must not depend on the rest of the pack, nor the
# pack's own document on the parts, so each id is fixed by its place alone: brief_{n} is n,
# brief n's own bookmarks are moved up by n × BRIEF_ID_STEP, and the appendix takes 0, which
# neither reaches.
BRIEF_ID_STEP = 10_000
APPENDIX_BOOKMARK_ID = 0
WHAT_CHANGED_BOOKMARK_ID = BRIEF_ID_STEP - 1  # above any brief_{n}, below brief 1's own
# Where the briefs go in the pack's own document.xml. A comment, because escaped text and
# attribute values can never spell it.
_BRIEFS_GO_HERE = "briefgen: the briefs"


def brief_bookmark(number: int) -> str:
    """Return the name of the bookmark on the first paragraph of the pack's brief `number`."""
    return f"brief_{number}"


# magic, number, crc32, size, length of the characters (UTF-8), crc32 of characters and data
_PART_HEADER = struct.Struct("<8s5L")
_PART_MAGIC = b"bgdocx2\n"


@dataclass(frozen=True)
class PackDocxPart(DeflatedPiece):
    """One brief's body as it sits in pack.docx's word/document.xml, already deflated.

    `deflated` is raw deflate data ending with Z_FULL_FLUSH, so parts concatenate; `crc32` and
    `size` are those of the XML it inflates to; `number` is the brief's place in the pack
    (from 1), which its bookmarks depend on; `characters` are the characters its text uses,
    which the fonts pack.docx embeds must draw.
    """

    number: int
    characters: str = ""

    def __post_init__(self) -> None:
        if self.number < 1:
            raise ValueError(f"a brief's number in a pack starts at 1, not {self.number}")
        if not self.deflated.endswith(FULL_FLUSH_END):
            raise ValueError("a pack DOCX part must end with Z_FULL_FLUSH")
        if not 0 <= self.crc32 <= 0xFFFFFFFF or self.size < 0:
            raise ValueError(f"a pack DOCX part's crc32 {self.crc32} or size {self.size} "
                             "is out of range")

    def to_bytes(self) -> bytes:
        """Return the part as bytes for a file cache; from_bytes reads them back."""
        characters = self.characters.encode("utf-8")
        return _PART_HEADER.pack(_PART_MAGIC, self.number, self.crc32, self.size,
                                 len(characters), zlib.crc32(characters + self.deflated)
                                 ) + characters + self.deflated

    @classmethod
    def from_bytes(cls, data: bytes) -> PackDocxPart:
        """Read a part written by to_bytes; raise ValueError if `data` is not one, or damaged."""
        if len(data) < _PART_HEADER.size or data[:len(_PART_MAGIC)] != _PART_MAGIC:
            raise ValueError("not a pack DOCX part (or one from another briefgen version)")
        _, number, crc32, size, length, check = _PART_HEADER.unpack_from(data)
        rest = bytes(data[_PART_HEADER.size:])
        if zlib.crc32(rest) != check or length > len(rest):
            raise ValueError("damaged pack DOCX part: its data fails its checksum")
        return cls(rest[length:], crc32, size, number, rest[:length].decode("utf-8"))


def pack_docx_part(number: int, brief_docx: bytes) -> PackDocxPart:
    """Return brief `number` (from 1) of a pack as pack.docx's document.xml holds it,
    deflated (pack_part_xml)."""
    xml, characters = _pack_part(number, brief_docx)
    piece = deflate(xml, last=False)
    return PackDocxPart(piece.deflated, piece.crc32, piece.size, number, characters)


def pack_part_xml(number: int, brief_docx: bytes) -> bytes:
    """The XML of brief `number` (from 1) inside pack.docx's w:body.

    That is a page break, then the brief's body with its bookmarks and links renamed apart and
    the brief's bookmark on its first paragraph, serialized as lxml serializes them inside the
    pack's w:body.
    """
    return _pack_part(number, brief_docx)[0]


def _pack_part(number: int, brief_docx: bytes) -> tuple[bytes, str]:
    """pack_part_xml, and the characters of the brief's body."""
    if number < 1:
        raise ValueError(f"a brief's number in a pack starts at 1, not {number}")
    with zipfile.ZipFile(io.BytesIO(brief_docx)) as package:
        root = etree.fromstring(package.read("word/document.xml"))
    body = root.find(qn("w:body"))
    prefix = f"b{number}_"
    for element in body.iter(qn("w:bookmarkStart"), qn("w:bookmarkEnd")):
        if element.tag == qn("w:bookmarkStart"):
            element.set(qn("w:name"), prefix + element.get(qn("w:name")))
        element.set(qn("w:id"), str(int(element.get(qn("w:id"))) + number * BRIEF_ID_STEP))
    for link in body.iter(qn("w:hyperlink")):
        if link.get(qn("w:anchor")):
            link.set(qn("w:anchor"), prefix + link.get(qn("w:anchor")))
    children = [child for child in body if child.tag != qn("w:sectPr")]
    first = next(child for child in children if child.tag == qn("w:p"))
    insert_bookmark(first, brief_bookmark(number), number)
    characters = "".join(sorted(set(text_of(body))))
    return _inside_body([page_break_paragraph(), *children]), characters


def _inside_body(elements) -> bytes:
    """Serialize `elements` as lxml does inside the pack's w:body: with the prefixes the pack's
    w:document declares, and no namespace declarations of their own."""
    document = etree.Element(qn("w:document"), nsmap=_styled_template().element.nsmap)
    etree.SubElement(document, qn("w:body")).extend(elements)
    xml = etree.tostring(document, encoding="UTF-8")
    start, end = b"<w:body>", b"</w:body></w:document>"
    if start not in xml or not xml.endswith(end):
        raise RuntimeError(f"unexpected serialization of a pack's body: {xml[:200]!r}")
    return xml[xml.index(start) + len(start):-len(end)]


class _DocxPack(_DocxWriter):
    """Builds a pack: cover, a contents list already filled in, each brief's part, appendix."""

    def __init__(self, pack):
        self.pack = pack
        super().__init__(pack.classification)

    @property
    def running_title(self) -> str:
        # One header for the whole pack: its title (the PDF's pages carry each brief's own).
        return self.pack.title.value

    def build(self, parts: Sequence[PackDocxPart]) -> bytes:
        numbers = [part.number for part in parts]
        if numbers != list(range(1, len(self.pack.entries) + 1)):
            raise ValueError(f"a pack of {len(self.pack.entries)} briefs needs their parts "
                             f"numbered 1 to {len(self.pack.entries)} in order, not {numbers}")
        self.cover()
        self.what_changed()
        self.contents()
        self.document.element.body.sectPr.addprevious(etree.Comment(_BRIEFS_GO_HERE))
        self.sources_appendix()
        pack = self.pack
        set_properties(self.document, pack.title.value, pack.subject, pack.author,
                       pack.topics, pack.classification, pack.date)
        main = self.document.part.partname.membername
        characters = self.characters() + "".join(part.characters for part in parts)
        return write_zip([
            (name, self.with_briefs(blob, parts) if name == main else _deflate_member(name, blob))
            for name, blob in self.members(characters)
        ])

    @staticmethod
    def with_briefs(document_xml: bytes, parts: Sequence[PackDocxPart]) -> DeflatedPiece:
        """Deflate the pack's own document.xml with the parts where the briefs go."""
        head, mark, tail = document_xml.partition(f"<!--{_BRIEFS_GO_HERE}-->".encode())
        if not mark:
            raise RuntimeError("the pack's document.xml lost the place of its briefs")
        return join([deflate(head, last=False), *parts, deflate(tail)])

    def cover(self) -> None:
        pack = self.pack
        paragraph_for(self.document, pack.title, style="Title", size=26, bold=True)
        if pack.title_ar:
            paragraph_for(self.document, pack.title_ar, size=_arabic_at(20))
        meta = " · ".join(x for x in (pack.date_english, pack.author) if x)
        paragraph_for(self.document, Text(meta), size=13, color=GREY)
        if pack.audience:
            paragraph_for(self.document, Text(f"For: {pack.audience}"), size=13, color=GREY)
        self.heading("Briefs in this pack")
        for entry in pack.entries:
            paragraph = paragraph_for(self.document, entry.title)
            add_text(paragraph, Text(f" ({entry.classification})"), size=9,
                     color=BANNER_RED)

    def what_changed(self) -> None:
        """A release's What changed section: the same model and lines as the PDF's page."""
        changes = self.pack.changes
        if changes is None:
            return
        self.page_break()
        paragraph = self.document.add_paragraph()
        paragraph._p.style = "Heading1"
        add_text(paragraph, Text("What changed"), size=14, bold=True)
        insert_bookmark(paragraph._p, "what_changed", WHAT_CHANGED_BOOKMARK_ID)
        paragraph_for(self.document, Text(f"Release {changes.release} against release "
                                          f"{changes.since}."), color=GREY)
        if changes.empty:
            paragraph_for(self.document, Text("Nothing in the briefs changed."))
        for heading, briefs in (("Briefs added", changes.added),
                                ("Briefs removed", changes.removed)):
            if briefs:
                self.subheading(heading)
            for brief in briefs:
                paragraph = paragraph_for(self.document, Text(f"• {brief.title}"))
                add_text(paragraph, Text(f" ({brief.classification})"), size=9,
                         color=BANNER_RED)
        for change in changes.changed:
            self.subheading(change.brief.title)
            for line in change.lines():
                paragraph_for(self.document, Text(f"• {line}"))

    def subheading(self, text: str) -> None:
        paragraph = self.document.add_paragraph()
        paragraph._p.style = "Heading2"
        add_text(paragraph, Text(text), size=12, bold=True)

    def contents(self) -> None:
        # Page numbers are those of the pack's PDF, written as the cached results of PAGEREF
        # fields: Word shows them as they are (no "update fields" prompt) and refreshes
        # them from its own layout when it prints or the reader presses F9.
        self.page_break()
        self.heading("Contents")
        if self.pack.changes is not None:
            self.contents_line("What changed", "what_changed", self.pack.changes_page)
        for number, entry in enumerate(self.pack.entries, start=1):
            self.contents_line(entry.title.value, brief_bookmark(number), entry.first_page)
        self.contents_line("Sources appendix", "appendix", self.pack.appendix_page)

    def contents_line(self, title: str, bookmark: str, page: int) -> None:
        paragraph = self.document.add_paragraph()
        self.add_link(paragraph, title, bookmark, size=BODY_PT, color=None)
        add_text(paragraph, Text("\t"))
        self.add_pageref(paragraph, bookmark, str(page))
        _set_child(paragraph._p.get_or_add_pPr(), "tabs", PPR_ORDER)
        tab = OxmlElement("w:tab")
        tab.set(qn("w:val"), "right")
        tab.set(qn("w:leader"), "dot")
        tab.set(qn("w:pos"), str(int(Mm(174).twips)))
        paragraph._p.pPr.find(qn("w:tabs")).append(tab)

    def sources_appendix(self) -> None:
        """Every source the pack cites, and the paragraphs each brief cites."""
        self.page_break()
        paragraph = self.document.add_paragraph()
        paragraph._p.style = "Heading1"
        add_text(paragraph, Text("Sources appendix"), size=HEADING_PT, bold=True)
        insert_bookmark(paragraph._p, "appendix", APPENDIX_BOOKMARK_ID)
        for item in self.pack.sources:
            source = item.source
            paragraph = self.document.add_paragraph()
            outlet = source.outlet or "Outlet not stated"
            published = f", {source.published}" if source.published else ""
            add_text(paragraph, Text(f"{outlet}{published}{full_stop(published or outlet)} "),
                     bold=True)
            if source.title_en:
                add_text(paragraph, Text(f"{source.title_en}{full_stop(source.title_en)}"),
                         italic=True)
            if source.title_ar:
                paragraph_for(self.document, source.title_ar)
            alias = f" ({source.alias})" if source.alias else ""
            paragraph_for(self.document, Text(f"{source.id}{alias}"), size=9, color=GREY)
            for use in item.cited_by:
                paragraph_for(self.document, Text(f"{use.brief_title}: {use.paragraphs}"),
                              size=10)

    def page_break(self) -> None:
        self.document.element.body._insert_p(page_break_paragraph())

    def add_pageref(self, paragraph, bookmark: str, cached: str) -> None:
        def field_char(kind: str):
            run = make_run(Text(""))
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run.append(char)
            paragraph._p.append(run)

        field_char("begin")
        run = make_run(Text(""))
        instruction = OxmlElement("w:instrText")
        instruction.set(_XML_SPACE, "preserve")
        instruction.text = f" PAGEREF {bookmark} \\h "
        run.append(instruction)
        paragraph._p.append(run)
        field_char("separate")
        add_text(paragraph, Text(cached))
        field_char("end")


def render_pack_docx(pack, parts: Sequence[PackDocxPart]) -> bytes:
    """Render a pack as DOCX from its model and each brief's part (pack_docx_part), in order."""
    return _DocxPack(pack).build(parts)


PROPERTY_LIMIT = 255  # characters: python-docx refuses more (Word's limit for these fields)


def fitted(text: str, limit: int = PROPERTY_LIMIT, separator: str = " ") -> str:
    """Cut `text` to fit a document property: at the last `separator` that fits (whole
    topics, whole words), with an ellipsis; text that fits is left as it is."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if separator in cut:
        cut = cut[: cut.rindex(separator)]
    return cut.rstrip(" ,;") + "…"


def set_properties(document, title: str, subject: str, author: str | None,
                   topics: Iterable[str], classification: str, date: dt.date) -> None:
    """Fill the core properties, dated by the content, never by the clock."""
    properties = document.core_properties
    properties.title = fitted(title)
    properties.subject = fitted(subject)
    properties.author = fitted(author or "briefgen")
    properties.last_modified_by = f"briefgen {__version__}"
    properties.comments = f"Made by briefgen {__version__}"  # python-docx's says python-docx
    properties.keywords = fitted(", ".join(topics), separator=", ")
    properties.category = fitted(classification)
    properties.language = "en-GB"
    moment = dt.datetime.combine(date, dt.time(), tzinfo=dt.UTC)
    properties.created = properties.modified = properties.last_printed = moment
    properties.revision = 1


def render_docx(brief: Brief) -> bytes:
    """Render a brief as DOCX bytes."""
    return _DocxBrief(brief).build()


class _Members(list):
    """Stands in for python-docx's zip writer, keeping each (member name, blob) in order."""

    def write(self, pack_uri, blob: bytes) -> None:
        self.append((pack_uri.membername, blob))


def _deflate_member(name: str, blob: bytes) -> DeflatedPiece:
    """Deflate a zip member; the ones every DOCX shares (styles, theme, the embedded fonts…)
    once a process."""
    if name == "word/document.xml":
        return deflate(blob)
    return _deflate_shared(blob)


@lru_cache(maxsize=64)
def _deflate_shared(blob: bytes) -> DeflatedPiece:
    return deflate(blob)


def _members(document) -> list[tuple[str, bytes]]:
    """Return the zip members python-docx saves for `document` (OpcPackage.save), in order."""
    from docx.opc.pkgwriter import PackageWriter

    package = document.part.package
    parts = list(package.parts)
    shared = _shared_parts()
    for part in parts:
        if id(part) not in shared:
            part.before_marshal()
    members = _Members()
    PackageWriter._write_content_types_stream(members, parts)
    PackageWriter._write_pkg_rels(members, package.rels)
    for part in parts:  # PackageWriter._write_parts, with the shared parts' bytes kept
        members.write(part.partname, shared.get(id(part)) or part.blob)
        if len(part.rels):
            members.write(part.partname.rels_uri, part.rels.xml)
    return members
