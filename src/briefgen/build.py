"""The pipeline: load_sources → load_spec → resolve → render → pack → write.

Everything is gathered and rendered before anything is written, and each file is written
to a temporary name and renamed into place, so a failed build leaves earlier outputs whole.
Briefs render in worker processes, one brief at a time each; a brief whose inputs have not
changed since the last build comes from the cache instead.
"""

from __future__ import annotations

import gc
import json
import os
import tempfile
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import __version__
from .cache import (
    CACHE_DIR,
    RenderCache,
    RenderedBrief,
    ResolvedBriefs,
    code_fingerprint,
    content_digest,
    digest,
    environment_fingerprint,
    file_digest,
)
from .errors import ProjectError, SpecError
from .limits import render_limit
from .lock import output_lock
from .model import Brief
from .project import Project
from .resolve import resolve
from .sources import SourceLibrary, load_library
from .spec import PackSpec, load_spec

FORMATS = ("pdf", "docx", "html")
DEFAULT_FORMATS = ("pdf", "docx")
PACK_SPEC = "pack.yaml"


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

    def finish(self, report: BuildReport) -> None:
        pass


def find_specs(paths: Iterable[Path]) -> list[Path]:
    """Expand folders to the *.yaml specs inside them (pack.yaml excepted), in name order."""
    specs: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            specs.extend(p for p in sorted(path.glob("*.yaml")) if p.name != PACK_SPEC)
        elif path.is_file():
            specs.append(path)
        else:
            raise ProjectError(f"{path}: no such spec file or folder")
    if not specs:
        raise ProjectError(f"no *.yaml specs in {', '.join(str(p) for p in paths)}")
    unique = {spec.resolve(): spec for spec in reversed(specs)}  # a spec named twice is one
    return [spec for spec in specs if unique[spec.resolve()] is spec]


def load_briefs(spec_paths: Sequence[Path], library: SourceLibrary, registry=None) -> list[Brief]:
    """Load and resolve every spec, reporting the problems of all of them together."""
    briefs: list[Brief] = []
    problems = []
    for path in spec_paths:
        try:
            briefs.append(resolve(load_spec(path), library, registry))
        except SpecError as exc:
            problems.extend(exc.problems)
    if problems:
        raise SpecError(problems)
    _check_unique_ids(briefs, spec_paths)
    return briefs


def _check_unique_ids(briefs: Sequence[Brief], spec_paths: Sequence[Path]) -> None:
    seen: dict[str, Path] = {}
    for brief, path in zip(briefs, spec_paths):
        if brief.id in seen:
            raise SpecError(f"{path}: id '{brief.id}' is also the id of {seen[brief.id]}; "
                            "each brief needs its own id")
        seen[brief.id] = path


def _load_briefs_remembered(project: Project, spec_paths: Sequence[Path],
                            memo: ResolvedBriefs) -> tuple[list[Brief], list[str]]:
    """load_briefs, taking each brief an earlier build resolved from the same spec, sources
    and code from `memo`; the sources and actors are loaded only if a spec is new. Return
    the briefs and the digest of what each says (content_digest)."""
    specs = {path: path.read_bytes() for path in spec_paths}
    known = {path: memo.get(path, data) for path, data in specs.items()}
    missing = [path for path in spec_paths if known[path] is None]
    if missing:
        fresh = load_briefs(missing, load_library(project), load_registry(project))
        for path, brief in zip(missing, fresh):
            known[path] = brief, content_digest(brief)
            if path.read_bytes() == specs[path]:  # not edited while it was being read
                memo.put(path, specs[path], *known[path])
    briefs = [known[path][0] for path in spec_paths]
    _check_unique_ids(briefs, spec_paths)
    return briefs, [known[path][1] for path in spec_paths]


def load_registry(project: Project):
    """Return the actor registry of seeds/actors.yaml, or None where there is none."""
    path = project.seeds / "actors.yaml"
    if not path.exists():
        return None
    from .arabic.actors import load_registry as load

    return load(path)


def template_files(project: Project) -> dict[str, Path]:
    """Each template name and the file the search path gives for it."""
    found: dict[str, Path] = {}
    for folder in reversed(project.template_dirs):
        for path in sorted(folder.rglob("*")):
            relative = path.relative_to(folder)
            if path.is_file() and not any(part.startswith(".") for part in relative.parts):
                found[relative.as_posix()] = path  # partials in subfolders count too
    return found


@lru_cache(maxsize=8)
def _environment(template_dirs: tuple[Path, ...]):
    from .render.html import template_environment

    return template_environment(template_dirs)


def _stylesheets(project: Project, name: str = "brief.css") -> tuple[str, ...]:
    from .render.fonts import font_face_css
    from .render.html import stylesheet

    return (font_face_css(), stylesheet(_environment(project.template_dirs), name))


def _base_url(project: Project) -> str:
    """Where relative URLs in templates point: the first template folder searched."""
    return project.template_dirs[0].as_uri() + "/"


def _allowed_dirs(project: Project) -> tuple[Path, ...]:
    from .render.fonts import font_dirs

    return (*project.template_dirs, *font_dirs())


def render_folio(project: Project):
    """Return the folio ("page X of Y") of the project's templates, set once per process."""
    return _render_folio(project.template_dirs)


@lru_cache(maxsize=4)
def _render_folio(template_dirs: tuple[Path, ...]):
    from .render.fonts import font_dirs, font_face_css
    from .render.html import render_template, stylesheet
    from .pdfpack import FOLIO_SAMPLE, Folio
    from .render.pdf import render_pdf

    env = _environment(template_dirs)
    html = render_template(env, "folio.html", sample=FOLIO_SAMPLE)
    sheet = render_pdf(html, (font_face_css(), stylesheet(env, "pack.css")),
                       (*template_dirs, *font_dirs()), tagged=False)
    try:
        return Folio(sheet)
    except ValueError as exc:
        raise ProjectError(f"folio.html: {exc}") from None


def render_brief(brief: Brief, project: Project, formats: Sequence[str],
                 key: str = "") -> RenderedBrief:
    """Render one brief into each requested format, in memory."""
    from .render.html import render_html

    started = time.perf_counter()
    env = _environment(project.template_dirs)
    files: dict[str, bytes] = {}
    segment = None
    pages = 0
    outline: tuple = ()
    if "pdf" in formats:
        from . import pdfpack as packpdf
        from .render.pdf import render_pdf

        base = render_pdf(render_html(brief, env), _stylesheets(project), _allowed_dirs(project),
                          base_url=_base_url(project))
        finished = packpdf.finish_brief(base, render_folio(project))
        files[f"{brief.id}.pdf"] = finished.pdf
        pages, outline = finished.pages, finished.outline
        segment = finished.segment.to_bytes()
    if "docx" in formats:
        from .render.docx import render_docx

        files[f"{brief.id}.docx"] = render_docx(brief)
    if "html" in formats:
        files[f"{brief.id}.html"] = render_html(brief, env, standalone=True).encode("utf-8")
    return RenderedBrief(brief.id, key, files, segment, pages, outline,
                         time.perf_counter() - started)


def _render_in_worker(brief: Brief, project: Project, formats: tuple[str, ...],
                      key: str) -> RenderedBrief:
    with render_limit(f"brief {brief.id}"):
        return render_brief(brief, project, formats, key)


def _render_all(tasks: list[tuple[Brief, str]], project: Project, formats: tuple[str, ...],
                jobs: int) -> Iterator[RenderedBrief]:
    """Render briefs, in `jobs` worker processes where there is more than one to do."""
    if jobs <= 1 or len(tasks) <= 1:
        for brief, key in tasks:
            yield _render_in_worker(brief, project, formats, key)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    _warm_up()  # forked workers inherit the imported renderers
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=min(jobs, len(tasks)), mp_context=context) as pool:
        futures = [pool.submit(_render_in_worker, brief, project, formats, key)
                   for brief, key in tasks]
        try:
            for future in as_completed(futures):
                yield future.result()
        except BaseException:
            for future in futures:
                future.cancel()
            raise


def _warm_up() -> None:
    import docx  # noqa: F401
    import pikepdf  # noqa: F401
    import weasyprint  # noqa: F401


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file in the same folder and a rename."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def build(
    project: Project,
    paths: Sequence[Path],
    out_dir: Path,
    formats: Sequence[str] = DEFAULT_FORMATS,
    progress: BuildProgress | None = None,
    jobs: int = 1,
    use_cache: bool = True,
    pack: bool | None = None,
) -> BuildReport:
    """Build every brief found in `paths` into `out_dir`; write only if all succeed.

    A pack (pack.pdf, pack.docx) is made when a folder of specs is built, unless `pack`
    says otherwise.
    """
    with fewer_gc_passes():
        return _build(project, paths, out_dir, formats, progress, jobs, use_cache, pack)


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


def _build(project: Project, paths: Sequence[Path], out_dir: Path, formats: Sequence[str],
           progress: BuildProgress | None, jobs: int, use_cache: bool,
           pack: bool | None) -> BuildReport:
    started = time.perf_counter()
    formats = tuple(formats)
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise ProjectError(f"unknown format {', '.join(unknown) or '(none)'}; "
                           f"choose from {', '.join(FORMATS)}")
    from .pack import check_pack_ids, order_briefs
    from .render.fonts import font_files

    folders = [Path(p) for p in paths if Path(p).is_dir()]
    spec_paths = find_specs(paths)
    cache = RenderCache(project.root / CACHE_DIR, enabled=use_cache)
    seeds = _seed_files(project)
    memo = ResolvedBriefs(cache, digest(code_fingerprint(), *(
        f"{path.name}:{file_digest(path)}" for path in seeds)))
    briefs, contents = _load_briefs_remembered(project, spec_paths, memo)
    make_pack = (bool(folders) if pack is None else pack) and bool({"pdf", "docx"} & set(formats))
    pack_spec = _pack_spec(folders) if make_pack else None
    if make_pack:  # check the pack before laying anything out
        check_pack_ids(briefs, spec_paths)
        ordered = order_briefs(briefs, pack_spec)
    # A pack's page plan needs each brief laid out, even when only its DOCX is asked for.
    render_formats = formats + ("pdf",) if make_pack and "pdf" not in formats else formats
    templates = template_files(project)
    fonts = [f.path for f in font_files()]
    fingerprint = environment_fingerprint(templates, fonts)

    rendered: dict[str, RenderedBrief] = {}
    tasks = []
    for brief, content in zip(briefs, contents):
        key = digest(fingerprint, content, ",".join(render_formats))
        hit = cache.get(key)
        if hit is not None:
            rendered[brief.id] = hit
        else:
            tasks.append((brief, key))
    by_id = {brief.id: brief for brief in briefs}
    report = BuildReport([], out_dir=out_dir)
    progress = progress or BuildProgress()
    progress.start(len(briefs))

    def wanted(files: dict[str, bytes]) -> dict[str, bytes]:
        return {name: data for name, data in files.items()
                if name.rsplit(".", 1)[-1] in formats}

    def note(result: RenderedBrief) -> None:
        progress.brief(BuiltBrief(by_id[result.brief_id], wanted(result.files),
                                  result.seconds, result.pages, result.cached))

    for brief in briefs:
        if brief.id in rendered:
            note(rendered[brief.id])
    for result in _render_all(tasks, project, render_formats, jobs):
        cache.put(result)
        rendered[result.brief_id] = result
        note(result)
    report.briefs = [
        BuiltBrief(brief, wanted(rendered[brief.id].files), rendered[brief.id].seconds,
                   rendered[brief.id].pages, rendered[brief.id].cached)
        for brief in briefs
    ]
    cache.prune()
    if make_pack:
        progress.step("assembling the pack")
        report.pack_files, report.pack_pages = _build_pack(
            project, ordered, [rendered[b.id] for b in ordered], pack_spec, formats,
            _PartCache(cache, fingerprint))

    outputs = {name: data for built in report.briefs for name, data in built.files.items()}
    outputs.update(report.pack_files)
    inputs = _inputs(project, spec_paths, pack_spec, seeds, templates, fonts)
    outputs["manifest.json"] = _manifest(outputs, inputs)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ProjectError(f"cannot create output folder {out_dir}: {exc.strerror}") from None
    with output_lock(out_dir):
        for name, data in outputs.items():
            if not _same_file(out_dir / name, data):  # unchanged files keep their mtime
                write_atomic(out_dir / name, data)
    report.seconds = time.perf_counter() - started
    progress.finish(report)
    return report


def _same_file(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def _pack_spec(folders: Sequence[Path]) -> PackSpec | None:
    from .pack import load_pack_spec_for

    for folder in folders:
        spec = load_pack_spec_for(folder)
        if spec is not None:
            return spec
    return None


class _PartCache:
    """Renderings of a pack's cover and appendix, keyed by what they show; the briefs'
    segments as placed in the last packs, and their bodies as pack.docx holds them."""

    def __init__(self, cache: RenderCache, fingerprint: str):
        self.cache = cache
        self.fingerprint = fingerprint
        self.segments: dict[str, object] = {}  # read in this build

    def remembered(self, key: str, make, decode, encode=lambda value: value.to_bytes()):
        """What `make()` returns, or what it returned before for `key`, from the cache."""
        data = self.cache.get_blob(key)
        if data is not None:
            try:
                return decode(data)
            except ValueError:
                pass  # another version's or a damaged entry: make it again
        value = make()
        self.cache.put_blob(key, encode(value))
        return value

    def place(self, part, base: int, symbols: dict[bytes, int]):
        """Set a part's segment at `base`, or take the bytes of the last time it was."""
        from .pdfpack import PlacedSegment, place

        key = digest(self.fingerprint, "placed", part.key, str(base),
                     repr(sorted(symbols.items())))
        return self.remembered(key, lambda: place(part.segment, base, symbols),
                               PlacedSegment.from_bytes)

    def docx_part(self, rendered: RenderedBrief, name: str, number: int):
        """Brief `number`'s body as pack.docx holds it, or the one made last time."""
        from .render.docx import PackDocxPart, pack_docx_part

        key = digest(self.fingerprint, "docx-part", rendered.key, str(number))
        return self.remembered(key, lambda: pack_docx_part(number, rendered.files[name]),
                               PackDocxPart.from_bytes)

    def segment(self, pdf: bytes, links: bool = False):
        """Read a cover or appendix into a segment, or take the one read last time."""
        from .pdfpack import Segment, segment_pdf

        key = digest(self.fingerprint, "segment", pdf, str(links))
        if key not in self.segments:  # asked for twice in a build: for pages, then to place
            self.segments[key] = self.remembered(
                key, lambda: segment_pdf(pdf, links=links), Segment.from_bytes)
        return self.segments[key]

    def render(self, project: Project, template: str, plan) -> bytes:
        """Lay out a cover or appendix, or take the layout of the same plan from before."""
        key = digest(self.fingerprint, template, repr(plan))
        return self.remembered(key, lambda: _render_pack_part(project, template, plan),
                               bytes, bytes)


def _build_pack(project: Project, briefs: list[Brief], rendered: list[RenderedBrief],
                spec: PackSpec | None, formats: tuple[str, ...],
                parts: _PartCache) -> tuple[dict[str, bytes], int]:
    """Assemble pack.pdf and pack.docx from the briefs' own renderings."""
    from .pack import PACK_NAME, plan_pack

    files: dict[str, bytes] = {}
    pages = [r.pages for r in rendered]
    plan = plan_pack(briefs, pages, spec)
    total = 0
    if "pdf" in formats:
        from . import pdfpack as packpdf

        front, plan = _render_front(project, briefs, pages, spec, plan, parts)
        appendix = parts.render(project, "pack_sources.html", plan)
        appendix_pages = len(parts.segment(appendix).pages)
        plan = plan_pack(briefs, pages, spec, plan.front_pages, appendix_pages)
        total = plan.total_pages
    if "pdf" in formats:
        from .pdfpack import Segment

        pack_parts = [packpdf.PackPart(r.key, Segment.from_bytes(r.segment)) for r in rendered]
        files[f"{PACK_NAME}.pdf"] = packpdf.assemble_pack(
            front, pack_parts, [r.outline for r in rendered], [b.title.value for b in briefs],
            appendix, render_folio(project), parts.place, parts.segment)
    if "docx" in formats:
        from .render.docx import render_pack_docx

        docx_parts = [parts.docx_part(r, f"{b.id}.docx", number)
                      for number, (b, r) in enumerate(zip(briefs, rendered), start=1)]
        files[f"{PACK_NAME}.docx"] = render_pack_docx(plan, docx_parts)
    return files, total


def _render_front(project, briefs, pages, spec, plan, parts: _PartCache):
    """Render cover and contents until the page numbers they print are the ones they cause."""
    from .pack import plan_pack

    for _ in range(3):
        front = parts.render(project, "pack.html", plan)
        front_pages = len(parts.segment(front, links=True).pages)
        if front_pages == plan.front_pages:
            return front, plan
        plan = plan_pack(briefs, pages, spec, front_pages)
    return front, plan


def _render_pack_part(project: Project, template: str, plan) -> bytes:
    from .render.html import render_template
    from .render.pdf import render_pdf

    html = render_template(_environment(project.template_dirs), template, pack=plan,
                           version=__version__)
    return render_pdf(html, _stylesheets(project, "pack.css"), _allowed_dirs(project),
                      base_url=_base_url(project))


def _seed_files(project: Project) -> list[Path]:
    """The source texts and their metadata (sources.yaml, actors.yaml)."""
    if not project.seeds.is_dir():
        return []
    return sorted(p for p in project.seeds.iterdir() if p.is_file() and p.suffix in
                  (".txt", ".yaml"))


def _inputs(project: Project, spec_paths: Sequence[Path], pack_spec: PackSpec | None,
            seeds: Sequence[Path], templates: dict[str, Path],
            fonts: Sequence[Path]) -> dict[str, dict[str, str]]:
    def named(path: Path) -> str:
        try:
            return str(path.resolve().relative_to(project.root))
        except ValueError:
            return str(path)

    specs = [*spec_paths, *([pack_spec.path] if pack_spec else [])]
    return {
        "specs": {named(p): file_digest(p) for p in specs},
        "sources": {named(p): file_digest(p) for p in seeds},
        "templates": {name: file_digest(path) for name, path in sorted(templates.items())},
        "fonts": {path.name: file_digest(path) for path in fonts},
    }


def _manifest(outputs: dict[str, bytes], inputs: dict[str, dict[str, str]]) -> bytes:
    import hashlib

    manifest = {
        "briefgen": __version__,
        "outputs": {name: hashlib.sha256(data).hexdigest() for name, data in sorted(outputs.items())},
        "inputs": inputs,
    }
    return (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
