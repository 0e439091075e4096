"""The project folder: where sources and template overrides live, and what may be read."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import ProjectError

PACKAGE_TEMPLATES = Path(__file__).resolve().parent / "templates"


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
                "or pass --project DIR"
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

    def contains(self, path: Path) -> bool:
        """Say whether `path`, with symlinks followed, lies inside the project."""
        try:
            path.resolve().relative_to(self.root)
        except ValueError:
            return False
        return True
