"""`briefgen validate`: every problem of every spec, the sources and the pack, in one run."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from ..errors import Problems
from ..inputs import find_specs, resolve_briefs
from ..model import Brief
from ..project import Project
from ..spec import PackSpec


class Validated(NamedTuple):
    """What a valid set of specs makes: its briefs, the spec files, and their folders' pack spec."""

    briefs: list[Brief]
    spec_paths: list[Path]
    pack_spec: PackSpec | None


def validate_specs(project: Project, paths: Sequence[Path]) -> Validated:
    """Check the specs in `paths`, their citations and the folders' pack spec; raise every
    problem of them all together, sorted by file and line."""
    from ..pack import order_problems, pack_spec_of

    problems = Problems()
    spec_paths = find_specs(paths, project)
    folders = [path for path in paths if path.is_dir()]
    pack_spec = problems.run(pack_spec_of, folders) if folders else None
    resolution = resolve_briefs(project, spec_paths, problems)
    if folders:
        problems.add(order_problems(resolution.ids, pack_spec))
    problems.raise_any()
    return Validated([r.brief for r in resolution.briefs], spec_paths, pack_spec)
