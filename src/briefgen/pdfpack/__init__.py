"""Low-level PDF and ZIP machinery behind the pack writer, walled off from the renderers.

The rest of briefgen imports from here, never from the modules inside (README.md says what
each does). Names are looked up on first use, so `import briefgen.pdfpack` costs nothing:
pikepdf is imported by the first PDF name asked for, as before the package existed.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

# Each name of the API and the module that defines it.
_API = {
    # A brief numbered, and briefs joined into a pack (packpdf).
    "FOLIO_SAMPLE": "packpdf",
    "Folio": "packpdf",
    "Bookmark": "packpdf",
    "FinishedBrief": "packpdf",
    "finish_brief": "packpdf",
    "PackPart": "packpdf",
    "assemble_pack": "packpdf",
    # A part of a pack as relocatable objects, and set at an object number (segments).
    "Segment": "segments",
    "segment_pdf": "segments",
    "PlacedSegment": "segments",
    "place": "segments",
    # A zip whose member is joined from pieces deflated apart (docxzip).
    "DeflatedPiece": "docxzip",
    "FULL_FLUSH_END": "docxzip",
    "deflate": "docxzip",
    "join": "docxzip",
    "write_zip": "docxzip",
    # One incremental update of a PDF: objects edited or added, and a signature (revision).
    "Revision": "revision",
}

__all__ = sorted([*_API, "install_weasyprint_patches"])


def install_weasyprint_patches() -> None:
    """Patch WeasyPrint once a process: Arabic glyphs' ToUnicode (tounicode), their widths as
    drawn (glyphwidths), /Lang and /Scope in its structure tree (pdftags)."""
    from . import glyphwidths, pdftags, tounicode

    tounicode.install()
    glyphwidths.install()
    pdftags.install()


def __getattr__(name: str):
    module = _API.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # looked up once
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_API})


if TYPE_CHECKING:
    # What the type checker sees of the lazy names above; `X as X` marks each a re-export.
    from .docxzip import FULL_FLUSH_END as FULL_FLUSH_END
    from .docxzip import DeflatedPiece as DeflatedPiece
    from .docxzip import deflate as deflate
    from .docxzip import join as join
    from .docxzip import write_zip as write_zip
    from .packpdf import FOLIO_SAMPLE as FOLIO_SAMPLE
    from .packpdf import Bookmark as Bookmark
    from .packpdf import FinishedBrief as FinishedBrief
    from .packpdf import Folio as Folio
    from .packpdf import PackPart as PackPart
    from .packpdf import assemble_pack as assemble_pack
    from .packpdf import finish_brief as finish_brief
    from .segments import PlacedSegment as PlacedSegment
    from .segments import Segment as Segment
    from .segments import place as place
    from .segments import segment_pdf as segment_pdf
