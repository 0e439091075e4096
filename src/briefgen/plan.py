"""The plan stage: where every part of a pack falls, decided once for every format.

The page numbers the contents print depend on how many pages the cover and contents take,
which only laying them out tells; the plan is made from the laid-out briefs and front
matter whatever formats were asked for, so pack.pdf and pack.docx print the same numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .cache import Keys, Store
from .model import Brief
from .pack import Pack, plan_pack
from .project import Project
from .render.engine import PDF_FILE, render_pack_part
from .spec import PackSpec


@dataclass(frozen=True)
class PackLayout:
    """The pack's plan, and its cover-and-contents and appendix laid out to match it."""

    plan: Pack
    front: bytes  # PDF: cover and contents
    appendix: bytes  # PDF: sources appendix


def lay_out_pack(project: Project, briefs: Sequence[Brief], pages: Sequence[int],
                 spec: PackSpec | None, store: Store, keys: Keys) -> PackLayout:
    """Plan the pack from each brief's page count, laying out the front matter until the
    page numbers it prints are the ones it causes."""
    def laid_out(template: str, plan: Pack) -> tuple[bytes, int]:
        pdf = store.remembered(keys.pack_part(template, plan),
                               lambda: render_pack_part(project, template, plan), PDF_FILE)
        return pdf, page_count(pdf)

    plan = plan_pack(briefs, pages, spec)
    for _ in range(3):
        front, front_pages = laid_out("pack.html", plan)
        if front_pages == plan.front_pages:
            break
        plan = plan_pack(briefs, pages, spec, front_pages)
    appendix, appendix_pages = laid_out("pack_sources.html", plan)
    plan = plan_pack(briefs, pages, spec, plan.front_pages, appendix_pages)
    return PackLayout(plan, front, appendix)


def page_count(pdf: bytes) -> int:
    """The number of pages of a PDF WeasyPrint wrote."""
    import io

    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as document:
        return len(document.pages)
