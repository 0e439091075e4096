"""The first stage: find the specs, and load and resolve them with the sources and registry.

Everything a build reads from the project is gathered here, before anything is laid out.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from .cache import (
    Codec,
    Keys,
    Store,
    code_fingerprint,
    digest,
    environment_fingerprint,
    file_digest,
)
from .errors import Problem, Problems, ProjectError, SourceError, SpecError
from .files import read_regular
from .model import Brief, ResolvedBrief, content_digest
from .project import Project
from .spec import PACK_NAME, PACK_SPECS, SPEC_SUFFIXES, BriefSpec, PackSpec
from .topics import Topic, load_topics, topic_problems
from .yamlnodes import MAX_YAML_BYTES

if TYPE_CHECKING:
    from .arabic.actors import Registry
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


def gather_inputs(project: Project, paths: Sequence[Path],
                  problems: Problems | None = None) -> Inputs:
    """Find the specs in `paths` and every file the build will depend on; a pack spec's
    problems go to `problems` where given, to be reported with the specs'."""
    from .render.fonts import font_files

    folders = tuple(Path(p) for p in paths if Path(p).is_dir())
    spec_paths = tuple(find_specs(paths, project))
    return Inputs(
        spec_paths=spec_paths,
        folders=folders,
        pack_spec=problems.run(_pack_spec_of, folders) if problems is not None
        else _pack_spec_of(folders),
        seeds=tuple(seed_files(project)),
        templates=project.template_files(),
        fonts=tuple(font.path for font in font_files()),
    )


def _pack_spec_of(folders: Sequence[Path]) -> PackSpec | None:
    if not folders:
        return None
    from .pack import pack_spec_of

    return pack_spec_of(folders)


def find_specs(paths: Iterable[Path], project: Project | None = None) -> list[Path]:
    """Expand folders to the *.yaml and *.yml specs inside them (the pack spec excepted), in
    name order; a spec of a folder that links outside `project` is refused, as a source is
    (one named on the command line is the user's own choice)."""
    specs: list[Path] = []
    paths = list(paths)
    missing = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found = [p for p in sorted(path.iterdir())
                     if p.suffix in SPEC_SUFFIXES and p.name not in PACK_SPECS
                     and not p.name.startswith(".")]
            for spec in found:
                if project is not None and spec.is_symlink() and not project.contains(spec):
                    missing.append(Problem(spec, None, None, "is a link to a file outside the "
                                           "project; copy the file in"))
                else:
                    specs.append(spec)
        elif os.path.lexists(path):  # a file, or something reading it will name (a FIFO)
            specs.append(path)
        else:
            missing.append(Problem(path, None, None, "no such spec file or folder"))
    if missing:
        raise ProjectError(missing)
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

    return load(project.inside(path))


class Seeds(NamedTuple):
    """The sources, the actor registry and the topics specs are resolved against."""

    library: SourceLibrary
    registry: Registry | None
    registry_read: bool = True  # False: actors.yaml has problems, so refs go unchecked
    topics: dict[str, Topic] | None = None  # seeds/topics.yaml; None: topics are free words


def load_seeds(project: Project, problems: Problems) -> Seeds | None:
    """Load the sources and the registry as far as they go, their problems kept; None where
    specs cannot be checked against them (sources.yaml unreadable: every alias would look
    unknown, and the spec would get problems that are not its own)."""
    from .sources import read_library

    library, source_problems = read_library(project)
    problems.add(source_problems, SourceError)
    before = len(problems.found)
    registry = problems.run(load_registry, project)
    registry_read = len(problems.found) == before
    topics = problems.run(load_topics, project, registry, registry_read)
    if library is None:
        return None
    return Seeds(library, registry, registry_read, topics)


@dataclass(frozen=True)
class CheckedSpec:
    """One spec read and resolved as far as it goes."""

    path: Path
    spec: BriefSpec | None  # None: nothing of it could be read
    brief: Brief | None  # None: the spec has a problem
    problems: tuple[Problem, ...]

    @property
    def brief_id(self) -> str:
        return (self.spec.id if self.spec is not None else None) or self.path.stem


def check_spec(path: Path, seeds: Seeds | None) -> CheckedSpec:
    """Read a spec and resolve it against the seeds (where they loaded), every problem kept:
    a typo in one key does not hide an unknown source or a paragraph out of range."""
    from .resolve import resolve
    from .spec import read_spec

    spec, problems = read_spec(path)
    brief = None
    if spec is not None and seeds is not None:
        try:
            problems.extend(topic_problems(spec, seeds.topics))
            brief = resolve(spec, seeds.library, seeds.registry,
                            check_refs=seeds.registry_read)
        except SpecError as exc:
            problems.extend(exc.problems)
    return CheckedSpec(path, spec, None if problems else brief, tuple(problems))


def check_briefs(spec_paths: Sequence[Path], seeds: Seeds | None) -> list[CheckedSpec]:
    """check_spec for each spec."""
    return [check_spec(path, seeds) for path in spec_paths]


def load_briefs(spec_paths: Sequence[Path], library: SourceLibrary, registry=None,
                topics=None) -> list[Brief]:
    """Load and resolve every spec, reporting the problems of all of them together; with
    `topics` (seeds/topics.yaml), each spec's topics are checked against them."""
    checked = check_briefs(spec_paths, Seeds(library, registry, topics=topics))
    problems = Problems()
    for item in checked:
        problems.add(item.problems)
    problems.add(id_problems([(item.path, item.spec) for item in checked]))
    problems.raise_any()
    return [item.brief for item in checked if item.brief is not None]


class Resolution(NamedTuple):
    """The whole briefs of a build, and the brief id of every spec, whole or not."""

    briefs: list[ResolvedBrief]
    ids: list[str]


def resolve_briefs(project: Project, spec_paths: Sequence[Path], problems: Problems,
                   store: Store | None = None, keys: Keys | None = None) -> Resolution:
    """Resolve every spec, taking each brief an earlier build resolved from the same spec,
    sources and code from the store; the sources and actors are loaded only if a spec is new.
    The problems of every spec go to `problems`; the briefs returned are the whole ones."""
    codec = Codec.of(ResolvedBrief)
    specs = _readable_specs(spec_paths)  # one that is not is read again below, to say why
    known: dict[Path, ResolvedBrief] = {}
    for path, data in specs.items():
        kept = store.get(keys.resolved(path, data), codec) if store and keys else None
        if kept is not None:
            known[path] = kept
    missing = [path for path in spec_paths if path not in known]
    checked: dict[Path, CheckedSpec] = {}
    if missing:
        checked = {item.path: item for item in check_briefs(missing,
                                                            load_seeds(project, problems))}
    ids: list[tuple[Path, str, int | None]] = []
    for path in spec_paths:
        if path in known:
            ids.append((path, known[path].brief.id, None))
            continue
        item = checked[path]
        problems.add(item.problems)
        ids.append((path, item.brief_id, item.spec.id_line if item.spec else None))
        if item.brief is not None:
            resolved = known[path] = ResolvedBrief(item.brief, content_digest(item.brief))
            if store and keys and _readable_specs([path]) == {path: specs.get(path)}:
                store.put(keys.resolved(path, specs[path]), resolved, codec)  # not edited since
    problems.add(_id_problems(ids))
    return Resolution([known[path] for path in spec_paths if path in known],
                      [brief_id for _, brief_id, _ in ids])


def _readable_specs(spec_paths: Sequence[Path]) -> dict[Path, bytes]:
    """The bytes of each spec that is a regular file under the YAML limit."""
    specs = {}
    for path in spec_paths:
        with contextlib.suppress(SpecError):
            specs[path] = read_regular(path, MAX_YAML_BYTES, "spec", SpecError)
    return specs


def id_problems(specs: Sequence[tuple[Path, BriefSpec | None]]) -> list[Problem]:
    """Ids that two specs share, and the id no brief may have (the pack's own files)."""
    return _id_problems([(path, spec.id or path.stem, spec.id_line)
                         for path, spec in specs if spec is not None])


def _id_problems(ids: Sequence[tuple[Path, str, int | None]]) -> list[Problem]:
    problems = []
    seen: dict[str, Path] = {}
    for path, brief_id, line in ids:
        if brief_id == PACK_NAME:
            problems.append(Problem(path, line, "id",
                                    f"'{PACK_NAME}' names the pack's own files; give the brief "
                                    "another id (or rename the spec file)"))
        elif brief_id in seen:
            problems.append(Problem(path, line, "id",
                                    f"'{brief_id}' is also the id of {seen[brief_id]}; "
                                    "each brief needs its own id"))
        seen.setdefault(brief_id, path)
    return problems


def seed_files(project: Project) -> list[Path]:
    """The source texts and their metadata (sources.yaml, actors.yaml), and the library's
    catalogs: a library source's text is checked against its catalog line when loaded, so
    a build depends on the catalogs (a few dozen files), not on 31,000 texts."""
    from .library.store import library_files

    if not project.seeds.is_dir():
        return []
    return sorted(p for p in project.seeds.iterdir() if p.is_file() and p.suffix in
                  (".txt", ".yaml")) + library_files(project)
