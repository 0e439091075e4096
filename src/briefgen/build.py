"""The pipeline: gather inputs → resolve → render → plan the pack → assemble → write.

Everything is gathered and made before anything is written, so a failed build leaves
earlier outputs whole. Briefs render in worker processes; whatever an earlier build made
from the same inputs comes from the one cache (cache.Store) instead.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .cache import CACHE_DIR, Store
from .changes import WhatChanged
from .errors import Problems
from .inputs import gather_inputs, resolve_briefs
from .limits import render_seconds
from .model import Brief
from .output import check_output_folder, write_outputs
from .project import Project
from .render.engine import (
    FORMATS,
    Rendering,
    cached_renderings,
    check_formats,
    consistent_for_pack,
    default_jobs,
    render_missing,
)
from .render.pdf import font_folders

DEFAULT_FORMATS = ("pdf", "docx")

__all__ = ["FORMATS", "DEFAULT_FORMATS", "BuildProgress", "BuildReport", "BuiltBrief", "build",
           "default_jobs"]


@dataclass(frozen=True)
class BuiltBrief:
    """A brief as built: its model, its output files, and how it was had."""

    brief: Brief
    files: dict[str, bytes]  # file name → content
    seconds: float
    pages: int = 0
    cached: bool = False


@dataclass
class BuildReport:
    """What a build made: each brief, the pack's files, and the totals for a summary."""

    briefs: list[BuiltBrief]
    pack_files: dict[str, bytes] = field(default_factory=dict)
    pack_pages: int = 0
    seconds: float = 0.0
    out_dir: Path | None = None
    changes: WhatChanged | None = None  # the What changed page the pack opens with

    def __iter__(self) -> Iterator[BuiltBrief]:
        return iter(self.briefs)

    def __getitem__(self, index: int) -> BuiltBrief:
        return self.briefs[index]

    def __len__(self) -> int:
        return len(self.briefs)

    @property
    def cache_hits(self) -> int:
        return sum(1 for b in self.briefs if b.cached)

    @property
    def pages(self) -> int:
        return sum(b.pages for b in self.briefs)


class BuildProgress:
    """What a build tells as it goes; this one tells nothing (the CLI shows it)."""

    def start(self, total: int) -> None:
        pass

    def brief(self, built: BuiltBrief) -> None:
        pass

    def step(self, text: str) -> None:
        pass

    def warn(self, text: str) -> None:
        pass

    def finish(self, report: BuildReport) -> None:
        pass


def build(
    project: Project,
    paths: Sequence[Path],
    out_dir: Path,
    formats: Sequence[str] = DEFAULT_FORMATS,
    progress: BuildProgress | None = None,
    jobs: int = 1,
    use_cache: bool = True,
    pack: bool | None = None,
    what_changed: Callable[[Sequence[Brief]], WhatChanged | None] | None = None,
) -> BuildReport:
    """Build every brief found in `paths` into `out_dir`; write only if all succeed.

    A pack (pack.pdf, pack.docx) is made when a folder of specs is built, unless `pack`
    says otherwise. `what_changed` (a release) compares the resolved briefs with an earlier
    release's, for the What changed page the pack then opens with.
    """
    started = time.perf_counter()
    formats = check_formats(formats)
    # Only a release (the one caller with `what_changed`) builds inside releases/.
    check_output_folder(project, out_dir, releases=what_changed is None)
    render_seconds()  # a bad BRIEFGEN_RENDER_TIMEOUT is an error even when nothing renders
    progress = progress or BuildProgress()
    with fewer_gc_passes(), font_folders():
        problems = Problems()  # every problem of every spec and the pack, reported at once
        inputs = gather_inputs(project, paths, problems)
        store = Store(project.root / CACHE_DIR, read=use_cache)
        keys = inputs.keys()
        resolution = resolve_briefs(project, inputs.spec_paths, problems, store, keys)
        make_pack = (bool(inputs.folders) if pack is None else pack) and (
            "pdf" in formats or "docx" in formats)
        if make_pack:  # check the pack before laying anything out
            from .pack import order_briefs, order_problems

            problems.add(order_problems(resolution.ids, inputs.pack_spec))
        problems.raise_any()
        resolved = resolution.briefs
        briefs = [r.brief for r in resolved]
        changes = what_changed(briefs) if what_changed else None
        if make_pack:
            order = [b.id for b in order_briefs(briefs, inputs.pack_spec)]
        # A pack's page plan needs every brief laid out, whatever formats were asked for.
        needed = check_formats((*formats, "pdf")) if make_pack else formats

        renderings = render_stage(project, [(r.brief, r.content) for r in resolved], needed,
                                  formats, store, keys, jobs, progress)
        report = BuildReport([_built(r, formats) for r in renderings], out_dir=out_dir,
                             changes=changes)
        if make_pack:
            from .assemble import assemble_pack
            from .plan import lay_out_pack

            progress.step("assembling the pack")
            consistent_for_pack(renderings, project, store, keys, jobs)
            by_id = {r.brief.id: r for r in renderings}
            ordered = [by_id[brief_id] for brief_id in order]
            layout = lay_out_pack(project, [r.brief for r in ordered],
                                  [r.pages for r in ordered], inputs.pack_spec, store, keys,
                                  changes)
            report.pack_files = assemble_pack(project, layout, ordered, formats, store, keys)
            report.pack_pages = layout.plan.total_pages
        store.prune()

        outputs = {name: data for built in report.briefs for name, data in built.files.items()}
        write_outputs(out_dir, {**outputs, **report.pack_files}, inputs.manifest(project))
    report.seconds = time.perf_counter() - started
    progress.finish(report)
    return report


def render_stage(project: Project, resolved: Sequence[tuple[Brief, str]],
                 needed: tuple[str, ...], formats: tuple[str, ...], store: Store, keys,
                 jobs: int, progress: BuildProgress) -> list[Rendering]:
    """Each brief in every format needed: from the store, or rendered in workers."""
    renderings, missing = cached_renderings(resolved, needed, store, keys)
    progress.start(len(renderings))
    # Where a PDF is laid out, say what no bundled face draws (reading the faces' character
    # maps costs 0.17 s, once a process; a DOCX reader's own fonts decide for the DOCX).
    for line in font_warnings([r.brief for r, lacking in missing if "pdf" in lacking]):
        progress.warn(line)
    waiting = {id(rendering) for rendering, _ in missing}
    for rendering in renderings:
        if id(rendering) not in waiting:
            progress.brief(_built(rendering, formats))
    for rendering in render_missing(missing, project, store, keys, jobs):
        progress.brief(_built(rendering, formats))
    return renderings


def font_warnings(briefs: Sequence[Brief]) -> list[str]:
    """A line for each place in the briefs with characters no bundled face draws."""
    if not briefs:
        return []
    from .render.fonts import uncovered_characters

    return [f"{brief.id}: {where}: no bundled font draws {chars!r} ("
            + ", ".join(f"U+{ord(c):04X}" for c in chars[:8])
            + "); the PDF shows empty boxes or a system font there"
            for brief in briefs for where, chars in uncovered_characters(brief)]


def _built(rendering: Rendering, formats: Sequence[str]) -> BuiltBrief:
    return BuiltBrief(rendering.brief, rendering.files(formats), rendering.seconds,
                      rendering.pages, rendering.cached)


@contextmanager
def fewer_gc_passes() -> Iterator[None]:
    """Run Python's cyclic garbage collector less often while the block runs.

    Laying a brief out makes millions of short-lived objects, and by default the collector
    walks the youngest generation every 700 allocations; at 50 000 a build runs about 5%
    faster and still collects (peak memory measured in bench/pack.py). Workers forked
    inside the block inherit the setting.
    """
    old = gc.get_threshold()
    gc.set_threshold(50_000, *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)
