"""The pipeline: load_sources → load_spec → resolve → render → write.

Everything is gathered and rendered before anything is written, and each file is written
to a temporary name and renamed into place, so a failed build leaves earlier outputs whole.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .errors import ProjectError, SpecError
from .limits import render_limit
from .lock import output_lock
from .model import Brief
from .project import Project
from .resolve import resolve
from .sources import SourceLibrary, load_library
from .spec import load_spec

FORMATS = ("pdf", "docx", "html")
DEFAULT_FORMATS = ("pdf", "docx")
PACK_SPEC = "pack.yaml"


@dataclass(frozen=True)
class BuiltBrief:
    brief: Brief
    files: dict[str, bytes]  # file name → content
    seconds: float


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
    return specs


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
    seen: dict[str, Path] = {}
    for brief, path in zip(briefs, spec_paths):
        if brief.id in seen:
            raise SpecError(f"{path}: id '{brief.id}' is also the id of {seen[brief.id]}; "
                            "each brief needs its own id")
        seen[brief.id] = path
    return briefs


def load_registry(project: Project):
    """Return the actor registry of seeds/actors.yaml, or None where there is none."""
    path = project.seeds / "actors.yaml"
    if not path.exists():
        return None
    from .arabic.actors import load_registry as load

    return load(path)


def render_brief(brief: Brief, project: Project, formats: Sequence[str]) -> BuiltBrief:
    """Render one brief into each requested format, in memory."""
    from .render.fonts import font_dirs, font_face_css
    from .render.html import render_html, stylesheet, template_environment

    started = time.perf_counter()
    env = template_environment(project.template_dirs)
    files: dict[str, bytes] = {}
    if "pdf" in formats:
        from .render.pdf import render_pdf

        html = render_html(brief, env)
        files[f"{brief.id}.pdf"] = render_pdf(
            html, [font_face_css(), stylesheet(env)], [*project.template_dirs, *font_dirs()]
        )
    if "docx" in formats:
        from .render.docx import render_docx

        files[f"{brief.id}.docx"] = render_docx(brief)
    if "html" in formats:
        files[f"{brief.id}.html"] = render_html(brief, env, standalone=True).encode("utf-8")
    return BuiltBrief(brief, files, time.perf_counter() - started)


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
    progress: Callable[[BuiltBrief], None] | None = None,
) -> list[BuiltBrief]:
    """Build every brief found in `paths` into `out_dir`; write only if all succeed."""
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ProjectError(f"unknown format {', '.join(unknown)}; choose from {', '.join(FORMATS)}")
    library = load_library(project)
    briefs = load_briefs(find_specs(paths), library, load_registry(project))
    built = []
    for brief in briefs:
        with render_limit(f"brief {brief.id}"):
            result = render_brief(brief, project, formats)
        built.append(result)
        if progress:
            progress(result)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ProjectError(f"cannot create output folder {out_dir}: {exc.strerror}") from None
    with output_lock(out_dir):
        for result in built:
            for name, data in result.files.items():
                write_atomic(out_dir / name, data)
    return built

