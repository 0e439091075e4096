"""The assemble stage: pack.pdf and pack.docx from the briefs' own renderings and the plan.

Nothing is laid out here. Each brief's segment as placed in a pack, each brief's part of
pack.docx and the front matter read into segments are kept in the store, so after an edit
only the edited brief is placed and deflated again.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from .cache import CACHE_DIR, Codec, Keys, Store
from .errors import ProjectError as CacheError
from .plan import PackLayout
from .project import Project
from .render.engine import Rendering, folio
from .spec import PACK_NAME


def assemble_pack(project: Project, layout: PackLayout, renderings: Sequence[Rendering],
                  formats: Sequence[str], store: Store, keys: Keys) -> dict[str, bytes]:
    """Return the pack's files (pack.pdf, pack.docx) for the formats asked for."""
    files: dict[str, bytes] = {}
    if "pdf" in formats:
        files[f"{PACK_NAME}.pdf"] = _pack_pdf(project, layout, renderings, store, keys)
    if "docx" in formats:
        files[f"{PACK_NAME}.docx"] = _pack_docx(layout, renderings, store, keys)
    return files


def _pack_pdf(project: Project, layout: PackLayout, renderings: Sequence[Rendering],
              store: Store, keys: Keys) -> bytes:
    from .pdfpack import Bookmark, PackPart, PlacedSegment, Segment, place, segment_pdf
    from .pdfpack import assemble_pack as write_pack_pdf

    read: dict[str, Segment] = {}

    def segment(pdf: bytes, links: bool = False) -> Segment:
        key = keys.segment(pdf, links)
        if key not in read:
            read[key] = store.remembered(key, lambda: segment_pdf(pdf, links=links),
                                         Codec.of(Segment))
        return read[key]

    def placed(part, base: int, symbols: dict[bytes, int]) -> PlacedSegment:
        return store.remembered(keys.placed(part.key, base, symbols),
                                lambda: place(part.segment, base, symbols),
                                Codec.of(PlacedSegment))

    parts = []
    for rendering in renderings:
        assert rendering.pdf is not None
        brief_segment = Segment.from_bytes(rendering.pdf.segment)
        if len(brief_segment.pages) != rendering.pdf.pages:
            raise CacheError(f"{CACHE_DIR}: the entry of brief {rendering.brief.id} has a "
                             f"segment of {len(brief_segment.pages)} pages but says "
                             f"{rendering.pdf.pages}; build again with --no-cache")
        parts.append(PackPart(keys.rendering(rendering.content, "pdf"), brief_segment))
    outlines = [[Bookmark(*entry) for entry in r.pdf.outline]  # type: ignore[union-attr]
                for r in renderings]
    return write_pack_pdf(
        layout.front, parts, outlines, [r.brief.title.value for r in renderings],
        layout.appendix, folio(project, store, keys), placed, segment, layout.front_outline)


def _pack_docx(layout: PackLayout, renderings: Sequence[Rendering], store: Store,
               keys: Keys) -> bytes:
    from .render.docx import PackDocxPart, pack_docx_part, render_pack_docx

    parts = []
    for number, rendering in enumerate(renderings, start=1):
        key = keys.docx_part(keys.rendering(rendering.content, "docx"), number)
        make = functools.partial(pack_docx_part, number, rendering.outputs["docx"])
        parts.append(store.remembered(key, make, Codec.of(PackDocxPart)))
    return render_pack_docx(layout.plan, parts)
