"""The render stage: each brief into each format asked for, in worker processes.

A brief's renderings are kept per format, so a build asking for `docx,pdf` finds what a
`pdf,docx` or a `pdf` build made. Renderers are imported here, in the stage that uses them,
never at start-up: a build served from the cache lays nothing out and imports none of them.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .. import __version__
from ..cache import Codec, Keys, Store, frame, unframe
from ..errors import ProjectError
from ..limits import render_limit
from ..model import Brief
from ..project import Project

FORMATS = ("pdf", "docx", "html")


@dataclass(frozen=True)
class PdfRendering:
    """A brief laid out: its numbered PDF, its segment for packs, pages and outline."""

    pdf: bytes
    segment: bytes  # pdfpack Segment.to_bytes()
    pages: int
    outline: tuple[tuple[int, str, int], ...]  # (level, title, 0-based page)

    def to_bytes(self) -> bytes:
        meta = json.dumps({"pages": self.pages, "outline": self.outline}).encode()
        return frame(meta, self.pdf, self.segment)

    @classmethod
    def from_bytes(cls, data: bytes) -> PdfRendering:
        meta_bytes, pdf, segment = unframe(data, 3)
        meta = json.loads(meta_bytes)
        pages, outline = meta["pages"], meta["outline"]
        if type(pages) is not int or pages < 1 or not pdf.startswith(b"%PDF-"):
            raise ValueError("not a PDF rendering")
        checked = []
        for level, title, page in outline:
            if not (type(level) is int and type(title) is str and type(page) is int
                    and 0 <= page < pages):
                raise ValueError("bad outline entry")
            checked.append((level, title, page))
        return cls(pdf, segment, pages, tuple(checked))


PDF_CODEC = Codec.of(PdfRendering)


def _pdf_file(data: bytes) -> bytes:
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise ValueError("not a whole PDF")
    return data


PDF_FILE: Codec[bytes] = Codec(bytes, _pdf_file)  # a PDF kept as it is


@dataclass
class Rendering:
    """One brief in every format the build needs, made now or taken from the store."""

    brief: Brief
    content: str  # what the brief says, hashed (model.content_digest)
    outputs: dict[str, bytes] = field(default_factory=dict)  # format → bytes (docx, html)
    pdf: PdfRendering | None = None
    seconds: float = 0.0
    cached: bool = True

    def file(self, fmt: str) -> bytes:
        return self.pdf.pdf if fmt == "pdf" and self.pdf else self.outputs[fmt]

    def files(self, formats: Sequence[str]) -> dict[str, bytes]:
        """Output file name → content, for the formats asked for, in FORMATS order."""
        return {f"{self.brief.id}.{fmt}": self.file(fmt) for fmt in FORMATS if fmt in formats}

    @property
    def pages(self) -> int:
        return self.pdf.pages if self.pdf else 0

    def keep(self, fmt: str, value: PdfRendering | bytes) -> None:
        """Hold one format's rendering: the PDF with its segment, or a file's bytes."""
        if isinstance(value, PdfRendering):
            self.pdf = value
        else:
            self.outputs[fmt] = value


def _codec(fmt: str) -> Codec:
    """How one format's rendering is kept in the store."""
    return PDF_CODEC if fmt == "pdf" else _output_codec(fmt)


def check_formats(formats: Sequence[str]) -> tuple[str, ...]:
    """The formats asked for, as a sorted set; unknown ones are a ProjectError."""
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise ProjectError(f"unknown format {', '.join(unknown) or '(none)'}; "
                           f"choose from {', '.join(FORMATS)}")
    return tuple(f for f in FORMATS if f in formats)


Missing = list[tuple["Rendering", tuple[str, ...]]]  # a brief, and the formats it lacks


def cached_renderings(resolved: Sequence[tuple[Brief, str]], formats: Sequence[str],
                      store: Store, keys: Keys) -> tuple[list[Rendering], Missing]:
    """Each brief's renderings the store holds, and for each brief the formats it lacks."""
    renderings, missing = [], []
    for brief, content in resolved:
        rendering = Rendering(brief, content)
        lacking = []
        for fmt in formats:
            kept = store.get(keys.rendering(content, fmt), _codec(fmt))
            if kept is None:
                lacking.append(fmt)
            else:
                rendering.keep(fmt, kept)
        renderings.append(rendering)
        if lacking:
            missing.append((rendering, tuple(lacking)))
    return renderings, missing


def _output_codec(fmt: str) -> Codec[bytes]:
    """DOCX and HTML are kept as they are written, checked for what they claim to be."""
    magic = {"docx": b"PK\x03\x04", "html": b"<!DOCTYPE html>"}[fmt]

    def decode(data: bytes) -> bytes:
        if not data.startswith(magic):
            raise ValueError(f"not a {fmt} file")
        return data

    return Codec(bytes, decode)


def render_missing(missing: Sequence[tuple[Rendering, tuple[str, ...]]], project: Project,
                   store: Store, keys: Keys, jobs: int) -> Iterator[Rendering]:
    """Render what the store lacked, keep it, and yield each brief as it is done."""
    tasks = [(rendering.brief, formats) for rendering, formats in missing]
    if any("pdf" in formats for _, formats in tasks):
        folio(project, store, keys)  # laid out once a process, or taken from the store
    by_id = {rendering.brief.id: rendering for rendering, _ in missing}
    for brief_id, made, seconds in _render_all(tasks, project, jobs):
        rendering = by_id[brief_id]
        for fmt, value in made.items():
            rendering.keep(fmt, value)
            store.put(keys.rendering(rendering.content, fmt), value, _codec(fmt))
        rendering.seconds, rendering.cached = seconds, False
        yield rendering


Made = dict[str, "PdfRendering | bytes"]  # format → what rendering it made


def consistent_for_pack(renderings: Sequence[Rendering], project: Project, store: Store,
                        keys: Keys, jobs: int) -> None:
    """Lay out again any brief whose kept rendering disagrees with itself (its segment's
    pages against its page count): a pack planned from it would print wrong page numbers.
    An entry's seal catches damage and forgery without the user's secret; this catches an
    entry that is sealed yet wrong."""
    from ..pdfpack import Segment

    broken = []
    for rendering in renderings:
        if rendering.pdf is None:
            continue
        try:
            pages = len(Segment.from_bytes(rendering.pdf.segment).pages)
        except ValueError:
            pages = -1
        if pages != rendering.pdf.pages:
            rendering.pdf = None
            broken.append((rendering, ("pdf",)))
    for _ in render_missing(broken, project, store, keys, jobs):
        pass


def render_brief(brief: Brief, project: Project, formats: Sequence[str]) -> Made:
    """Render one brief into each format in `formats`, in memory: format → PdfRendering or
    bytes."""
    made: dict[str, PdfRendering | bytes] = {}
    if "pdf" in formats:
        from ..pdfpack import finish_brief
        from .html import render_html
        from .pdf import render_pdf

        env = environment(project.template_dirs)

        base = render_pdf(render_html(brief, env), stylesheets(project), allowed_dirs(project),
                          base_url=base_url(project))
        finished = finish_brief(base, folio(project))
        made["pdf"] = PdfRendering(finished.pdf, finished.segment.to_bytes(), finished.pages,
                                   tuple((b.level, b.title, b.page) for b in finished.outline))
    if "docx" in formats:
        from .docx import render_docx

        made["docx"] = render_docx(brief)
    if "html" in formats:
        from .html import render_html

        made["html"] = render_html(brief, environment(project.template_dirs),
                                   standalone=True).encode("utf-8")
    return made


def _render_in_worker(brief: Brief, project: Project,
                      formats: tuple[str, ...]) -> tuple[str, Made, float]:
    started = time.perf_counter()
    with render_limit(f"brief {brief.id}"):
        made = render_brief(brief, project, formats)
    return brief.id, made, time.perf_counter() - started


def _render_all(tasks: list[tuple[Brief, tuple[str, ...]]], project: Project,
                jobs: int) -> Iterator[tuple[str, Made, float]]:
    """Render briefs, in `jobs` worker processes where there is more than one to do."""
    if jobs <= 1 or len(tasks) <= 1:
        for brief, formats in tasks:
            yield _render_in_worker(brief, project, formats)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    _warm_up(project)  # forked workers inherit the imported renderers and the folio
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=min(jobs, len(tasks)), mp_context=context,
                             initializer=_die_with_parent) as pool:
        futures = [pool.submit(_render_in_worker, brief, project, formats)
                   for brief, formats in tasks]
        try:
            for future in as_completed(futures):
                yield future.result()
        except BaseException:
            for future in futures:
                future.cancel()
            raise


def _die_with_parent() -> None:
    """Have the kernel end this worker when the build that forked it ends, however it ends:
    a build killed with SIGKILL would otherwise leave its workers waiting for ever."""
    import ctypes
    import signal

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG (Linux); elsewhere nothing happens
    except (OSError, AttributeError):
        pass
    if os.getppid() == 1:  # the parent was gone before the line above took effect
        os._exit(1)


def _warm_up(project: Project) -> None:
    import docx  # noqa: F401
    import pikepdf  # noqa: F401
    import weasyprint  # noqa: F401

    folio(project)


def default_jobs() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


# --- What every brief and pack part is set with, once a process ---------------------------

@lru_cache(maxsize=8)
def environment(template_dirs: tuple[Path, ...]):
    from .html import template_environment

    return template_environment(template_dirs)


def stylesheets(project: Project, name: str = "brief.css") -> tuple[str, ...]:
    from .fonts import font_face_css
    from .html import stylesheet

    return (font_face_css(), stylesheet(environment(project.template_dirs), name))


def base_url(project: Project) -> str:
    """Where relative URLs in templates point: the first template folder searched."""
    return project.template_dirs[0].as_uri() + "/"


def allowed_dirs(project: Project) -> tuple[Path, ...]:
    from .fonts import font_dirs

    return (*project.template_dirs, *font_dirs())


def folio(project: Project, store: Store | None = None, keys: Keys | None = None):
    """The folio ("page X of Y") of the project's templates: laid out once a process, and
    taken from the store when one is given."""
    if store is not None and keys is not None and project.template_dirs not in _FOLIOS:
        sheet = store.remembered(keys.folio(), lambda: _folio_sheet(project.template_dirs),
                                 PDF_FILE)
        _FOLIOS[project.template_dirs] = _make_folio(sheet)
    if project.template_dirs not in _FOLIOS:
        _FOLIOS[project.template_dirs] = _make_folio(_folio_sheet(project.template_dirs))
    return _FOLIOS[project.template_dirs]


_FOLIOS: dict[tuple[Path, ...], object] = {}


def _folio_sheet(template_dirs: tuple[Path, ...]) -> bytes:
    from ..pdfpack import FOLIO_SAMPLE
    from .fonts import font_dirs, font_face_css
    from .html import render_template, stylesheet
    from .pdf import render_pdf

    env = environment(template_dirs)
    html = render_template(env, "folio.html", sample=FOLIO_SAMPLE)
    return render_pdf(html, (font_face_css(), stylesheet(env, "pack.css")),
                      (*template_dirs, *font_dirs()), tagged=False)


def _make_folio(sheet: bytes):
    from ..pdfpack import Folio

    try:
        return Folio(sheet)
    except ValueError as exc:
        raise ProjectError(f"folio.html: {exc}") from None


def render_pack_part(project: Project, template: str, plan) -> bytes:
    """Lay out a pack's cover and contents, or its appendix, from the pack plan."""
    from .html import render_template
    from .pdf import render_pdf

    html = render_template(environment(project.template_dirs), template, pack=plan,
                           version=__version__)
    return render_pdf(html, stylesheets(project, "pack.css"), allowed_dirs(project),
                      base_url=base_url(project))
