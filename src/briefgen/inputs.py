"""The first stage: find the specs, and load and resolve them with the sources and registry.

Everything a build reads from the project is gathered here, before anything is laid out.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from .cache import (
    Codec,
    Keys,
    Store,
    code_fingerprint,
    digest,
    environment_fingerprint,
    file_digest,
)
from .errors import Problem, ProjectError, SpecError
from .files import read_regular
from .model import Brief, ResolvedBrief, content_digest
from .project import Project
from .spec import PACK_NAME, PACK_SPECS, SPEC_SUFFIXES, PackSpec
from .yamlnodes import MAX_YAML_BYTES

if TYPE_CHECKING:
    from .sources import SourceLibrary


@dataclass(frozen=True)
class Inputs:
    """What a build is made of: its specs, the pack spec, and the files that shape output."""

    spec_paths: tuple[Path, ...]
    folders: tuple[Path, ...]  # folders named on the command line (a folder makes a pack)
    pack_spec: PackSpec | None
    seeds: tuple[Path, ...]  # source texts, sources.yaml, actors.yaml
    templates: dict[str, Path]  # template name → the file the search path gives
    fonts: tuple[Path, ...]

    @cached_property
    def digests(self) -> dict[Path, str]:
        """The SHA-256 of each source, template and font file, read once a build for both
        the cache keys and the manifest."""
        return {path: file_digest(path)
                for path in dict.fromkeys([*self.seeds, *self.templates.values(), *self.fonts])}

    def keys(self) -> Keys:
        """The cache keys of a build of these inputs."""
        seeds = [f"{path.name}:{self.digests[path]}" for path in self.seeds]
        return Keys(environment_fingerprint(self._by_name(self.templates),
                                            {path.name: self.digests[path] for path in self.fonts}),
                    digest(code_fingerprint(), *seeds))

    def manifest(self, project: Project) -> dict[str, dict[str, str]]:
        """The digest of every input, by its name in the project, for manifest.json."""
        def named(path: Path) -> str:
            try:
                return str(path.resolve().relative_to(project.root))
            except ValueError:
                return str(path)

        specs = [*self.spec_paths]
        if self.pack_spec is not None and self.pack_spec.path is not None:
            specs.append(self.pack_spec.path)
        return {
            "specs": {named(p): file_digest(p) for p in specs},
            "sources": {named(p): self.digests[p] for p in self.seeds},
            "templates": dict(sorted(self._by_name(self.templates).items())),
            "fonts": {path.name: self.digests[path] for path in self.fonts},
        }

    def _by_name(self, files: dict[str, Path]) -> dict[str, str]:
        return {name: self.digests[path] for name, path in files.items()}


def gather_inputs(project: Project, paths: Sequence[Path]) -> Inputs:
    """Find the specs in `paths` and every file the build will depend on."""
    from .render.fonts import font_files

    folders = tuple(Path(p) for p in paths if Path(p).is_dir())
    return Inputs(
        spec_paths=tuple(find_specs(paths)),
        folders=folders,
        pack_spec=_pack_spec_of(folders),
        seeds=tuple(seed_files(project)),
        templates=project.template_files(),
        fonts=tuple(font.path for font in font_files()),
    )


def _pack_spec_of(folders: Sequence[Path]) -> PackSpec | None:
    if not folders:
        return None
    from .pack import pack_spec_of

    return pack_spec_of(folders)


def find_specs(paths: Iterable[Path]) -> list[Path]:
    """Expand folders to the *.yaml and *.yml specs inside them (the pack spec excepted), in
    name order."""
    specs: list[Path] = []
    paths = list(paths)
    for path in paths:
        path = Path(path)
        if path.is_dir():
            specs.extend(p for p in sorted(path.iterdir())
                         if p.suffix in SPEC_SUFFIXES and p.name not in PACK_SPECS
                         and not p.name.startswith("."))
        elif os.path.lexists(path):  # a file, or something reading it will name (a FIFO)
            specs.append(path)
        else:
            raise ProjectError(f"{path}: no such spec file or folder")
    if not specs:
        raise ProjectError(f"no *.yaml specs in {', '.join(str(p) for p in paths)}")
    # A spec named twice is one. realpath, unlike resolve(), does not raise on a loop of
    # links: reading the spec reports that.
    unique = {os.path.realpath(spec): spec for spec in reversed(specs)}
    return [spec for spec in specs if unique[os.path.realpath(spec)] is spec]


def load_registry(project: Project):
    """Return the actor registry of seeds/actors.yaml, or None where there is none."""
    path = project.seeds / "actors.yaml"
    if not os.path.lexists(path):  # a broken link or a loop is there, and reading says so
        return None
    from .arabic.actors import load_registry as load

    return load(path)


def load_briefs(spec_paths: Sequence[Path], library: SourceLibrary, registry=None,
                topics=None) -> list[Brief]:
    """Load and resolve every spec, reporting the problems of all of them together; with
    `topics` (seeds/topics.yaml), each spec's topics are checked against them."""
    from .resolve import resolve
    from .spec import load_spec
    from .topics import topic_problems

    briefs: list[Brief] = []
    problems = []
    for path in spec_paths:
        try:
            spec = load_spec(path)
            problems.extend(topic_problems(spec, topics))
            briefs.append(resolve(spec, library, registry))
        except SpecError as exc:
            problems.extend(exc.problems)
    if problems:
        raise SpecError(problems)
    check_unique_ids(briefs, spec_paths)
    return briefs


def resolve_briefs(project: Project, spec_paths: Sequence[Path], store: Store,
                   keys: Keys) -> list[ResolvedBrief]:
    """load_briefs, taking each brief an earlier build resolved from the same spec, sources
    and code from the store; the sources and actors are loaded only if a spec is new."""
    codec = Codec.of(ResolvedBrief)
    specs = read_specs(spec_paths)
    known: dict[Path, ResolvedBrief] = {}
    for path, data in specs.items():
        kept = store.get(keys.resolved(path, data), codec)
        if kept is not None:
            known[path] = kept
    missing = [path for path in spec_paths if path not in known]
    if missing:
        from .sources import load_library
        from .topics import load_topics

        registry = load_registry(project)
        fresh = load_briefs(missing, load_library(project), registry,
                            load_topics(project, registry))
        for path, brief in zip(missing, fresh, strict=True):
            resolved = known[path] = ResolvedBrief(brief, content_digest(brief))
            if read_specs([path]) == {path: specs[path]}:  # not edited while it was read
                store.put(keys.resolved(path, specs[path]), resolved, codec)
    resolved_briefs = [known[path] for path in spec_paths]
    check_unique_ids([r.brief for r in resolved_briefs], spec_paths)
    return resolved_briefs


def read_specs(spec_paths: Sequence[Path]) -> dict[Path, bytes]:
    """Each spec's bytes (regular files under the YAML limit), every problem reported."""
    specs, problems = {}, []
    for path in spec_paths:
        try:
            specs[path] = read_regular(path, MAX_YAML_BYTES, "spec", SpecError)
        except SpecError as exc:
            problems.extend(exc.problems)
    if problems:
        raise SpecError(problems)
    return specs


def check_pack_ids(briefs: Sequence[Brief], spec_paths: Sequence[Path]) -> None:
    """Refuse a brief whose outputs would be the pack's (pack.pdf, pack.docx), in any build."""
    for brief, path in zip(briefs, spec_paths, strict=True):
        if brief.id == PACK_NAME:
            from .spec import load_spec

            raise SpecError([Problem(path, load_spec(path).id_line, "id",
                                     f"'{PACK_NAME}' names the pack's own files; give the brief "
                                     "another id (or rename the spec file)")])


def check_unique_ids(briefs: Sequence[Brief], spec_paths: Sequence[Path]) -> None:
    seen: dict[str, Path] = {}
    for brief, path in zip(briefs, spec_paths, strict=True):
        if brief.id in seen:
            raise SpecError(f"{path}: id '{brief.id}' is also the id of {seen[brief.id]}; "
                            "each brief needs its own id")
        seen[brief.id] = path


def seed_files(project: Project) -> list[Path]:
    """The source texts and their metadata (sources.yaml, actors.yaml)."""
    if not project.seeds.is_dir():
        return []
    return sorted(p for p in project.seeds.iterdir() if p.is_file() and p.suffix in
                  (".txt", ".yaml"))
