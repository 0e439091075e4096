"""The project folder: where sources and template overrides live, and what may be read."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from .errors import Problem, ProjectError

PACKAGE_TEMPLATES = Path(__file__).resolve().parent / "templates"
LINKED_OUT = "is a link to a file outside the project; copy the file in"


@dataclass(frozen=True)
class Project:
    """A briefgen project: `seeds/`, `briefs/`, optional `templates/` overrides."""

    root: Path
    templates_override: Path | None = None

    @classmethod
    def at(cls, root: Path | str = ".", templates: Path | str | None = None) -> Project:
        """Open the project at `root`, checking it holds a seeds/ folder."""
        root = Path(root).resolve()
        if not (root / "seeds").is_dir():
            raise ProjectError(
                f"{root} has no seeds/ folder; run briefgen in a project folder "
                "or pass --project DIR before the command (briefgen --project DIR actors FILE)"
            )
        override = Path(templates).resolve() if templates else None
        if override is not None and not override.is_dir():
            raise ProjectError(f"--templates {templates}: no such folder")
        return cls(root, override)

    @property
    def seeds(self) -> Path:
        return self.root / "seeds"

    @property
    def template_dirs(self) -> tuple[Path, ...]:
        """Template folders in the order they are searched: --templates, ./templates, defaults."""
        dirs = [d for d in (self.templates_override, self.root / "templates") if d and d.is_dir()]
        return (*dirs, PACKAGE_TEMPLATES)

    def template_files(self) -> dict[str, Path]:
        """Each template name and the file the search path gives for it."""
        return template_files(self.template_dirs)

    def contains(self, path: Path) -> bool:
        """Say whether `path`, with symlinks followed, lies inside the project."""
        # realpath, unlike resolve(), does not raise on a loop of links: reading says so.
        return Path(os.path.realpath(path)).is_relative_to(self.root)

    def inside(self, path: Path) -> Path:
        """`path`, refused where a link takes it outside the project (a registry or a
        topics file linked from elsewhere is not the project's to read)."""
        if not self.contains(path):
            raise ProjectError([Problem(path, None, None, LINKED_OUT)])
        return path


def template_files(template_dirs: tuple[Path, ...]) -> dict[str, Path]:
    """Each template name and the file the search path gives for it: every file a template
    may load (template_file), so that the cache key and the manifest cover them all."""
    found: dict[str, Path] = {}
    for folder in reversed(template_dirs):
        root = folder.resolve()
        seen: set[Path] = set()
        for directory, subfolders, files in os.walk(root, followlinks=True):
            real = Path(directory).resolve()
            if real in seen or not real.is_relative_to(root):  # a loop, or a link out
                subfolders[:] = []
                continue
            seen.add(real)
            subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
            for name in sorted(files):
                relative = (Path(directory) / name).relative_to(root).as_posix()
                path = template_file(folder, relative)
                if path is not None:
                    found[relative] = path
    return found


def template_file(folder: Path, name: str) -> Path | None:
    """The file `name` names in a template folder, if a template may read it: a regular
    file, not hidden, whose real path (links followed) lies inside the folder."""
    parts = Path(name).parts
    if not parts or any(part.startswith(".") or part in ("", "..") for part in parts):
        return None
    root = folder.resolve()
    try:
        path = (root / name).resolve(strict=True)
        mode = path.stat().st_mode
    except (OSError, RuntimeError):  # missing, unreadable, or a loop of links
        return None
    if not path.is_relative_to(root) or not stat.S_ISREG(mode):
        return None
    return path
