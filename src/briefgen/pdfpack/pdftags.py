"""Complete WeasyPrint's tagged PDF: /Lang on Arabic blocks, /Scope on table headers.

WeasyPrint writes the document's language only and drops `lang` on elements, so a screen
reader reads Arabic paragraphs with an English voice. While WeasyPrint builds its structure
tree we give every element whose computed language differs from the document's a /Lang,
and every header cell the /Scope (Column, or Row for `scope="row"`) checkers look for.
"""

from __future__ import annotations

from .weasyprint_version import require

WEASYPRINT = "70"  # the major version whose tags._build_box_tree (and its arguments) this wraps
_installed = False


def install() -> None:
    """Wrap WeasyPrint's structure-tree builder once per process."""
    global _installed
    if _installed:
        return
    require("pdftags", WEASYPRINT)
    import pydyf
    from weasyprint.pdf import tags

    build_box_tree = tags._build_box_tree

    def build_box_tree_with_lang(box, parent, pdf, page_number, nums, annotations, page_tags):
        lang = _lang_of(box)
        for element in build_box_tree(box, parent, pdf, page_number, nums, annotations,
                                      page_tags):
            if lang and "Lang" not in element and lang != _document_lang(pdf):
                element["Lang"] = pydyf.String(lang)
            if element.get("S") == "/TH" and "A" in element and "Scope" not in element["A"]:
                scope = box.element.attrib.get("scope") if box.element is not None else None
                element["A"]["Scope"] = "/Row" if scope == "row" else "/Column"
            yield element

    tags._build_box_tree = build_box_tree_with_lang
    _installed = True


def _lang_of(box) -> str | None:
    box = getattr(box, "_box", box)  # absolute placeholders wrap their box
    style = getattr(box, "style", None)
    return style["lang"] if style is not None else None


def _document_lang(pdf) -> str | None:
    lang = pdf.catalog.get("Lang")
    return getattr(lang, "string", None)
