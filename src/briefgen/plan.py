"""The plan stage: where every part of a pack falls, decided once for every format.

The page numbers the contents print depend on how many pages the cover and contents take,
which only laying them out tells; the plan is made from the laid-out briefs and front
matter whatever formats were asked for, so pack.pdf and pack.docx print the same numbers.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Sequence
from dataclasses import dataclass

from .cache import Keys, Store
from .changes import WhatChanged
from .model import Brief
from .pack import Pack, plan_pack
from .project import Project
from .render.engine import PDF_FILE, render_pack_part
from .spec import PackSpec


@dataclass(frozen=True)
class PackLayout:
    """The pack's plan, and its cover-and-contents and appendix laid out to match it."""

    plan: Pack
    front: bytes  # PDF: cover, What changed (in a release after the first) and contents
    appendix: bytes  # PDF: sources appendix

    @property
    def front_outline(self) -> tuple[tuple[str, int], ...]:
        """The front matter's bookmarks: each part's title and first page (from 0)."""
        anchors = anchor_pages(self.front, FRONT_PARTS)
        return tuple((title, anchors[anchor]) for anchor, title in FRONT_PARTS.items()
                     if anchor in anchors)


# The front matter's parts: the id of each in pack.html, and its bookmark.
FRONT_PARTS = {"cover": "Cover", "what-changed": "What changed", "contents": "Contents"}


def lay_out_pack(project: Project, briefs: Sequence[Brief], pages: Sequence[int],
                 spec: PackSpec | None, store: Store, keys: Keys,
                 changes: WhatChanged | None = None) -> PackLayout:
    """Plan the pack from each brief's page count, laying out the front matter until the
    page numbers it prints are the ones it causes."""
    def laid_out(template: str, plan: Pack) -> tuple[bytes, int]:
        pdf = store.remembered(keys.pack_part(template, plan),
                               lambda: render_pack_part(project, template, plan), PDF_FILE)
        return pdf, page_count(pdf)

    planned = functools.partial(plan_pack, briefs, pages, spec, changes=changes)
    plan = planned(3) if changes else planned()  # a first guess: What changed takes a page
    for _ in range(3):
        front, front_pages = laid_out("pack.html", plan)
        # What changed follows the cover, which a long list of briefs may carry onto a
        # second page; the contents print the page it starts on.
        changes_page = anchor_pages(front, ["what-changed"]).get("what-changed", 1) + 1
        if front_pages == plan.front_pages and changes_page == plan.changes_page:
            break
        plan = planned(front_pages, changes_page=changes_page)
    # The appendix does not show what changed: releases that differ only there share it.
    appendix, appendix_pages = laid_out("pack_sources.html", dataclasses.replace(plan,
                                                                                 changes=None))
    plan = planned(plan.front_pages, appendix_pages, changes_page=plan.changes_page)
    return PackLayout(plan, front, appendix)


def anchor_pages(pdf: bytes, anchors) -> dict[str, int]:
    """The page (from 0) where each of `anchors` (HTML ids) falls in a PDF WeasyPrint wrote."""
    import io

    import pikepdf
    from pikepdf import NameTree

    found: dict[str, int] = {}
    with pikepdf.open(io.BytesIO(pdf)) as document:
        names = document.Root.get("/Names")
        if names is None or "/Dests" not in names:
            return found
        pages: dict[tuple[int, int], int] = {
            page.obj.objgen: number for number, page in enumerate(document.pages)}
        tree = NameTree(names.Dests)
        for anchor in anchors:
            if anchor in tree:
                destination = tree[anchor]
                if isinstance(destination, pikepdf.Dictionary):
                    destination = destination.D
                page = destination[0]
                assert isinstance(page, pikepdf.Object)
                found[anchor] = pages[page.objgen]
    return found


def page_count(pdf: bytes) -> int:
    """The number of pages of a PDF WeasyPrint wrote."""
    import io

    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as document:
        return len(document.pages)
