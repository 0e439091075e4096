"""seeds/topics.yaml: the topics a spec may name, each an English label, Arabic keywords and
phrases, and registry actors. A spec's `topics:` must name them, and `suggest` searches the
library with their keywords and actors' names.
"""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass

from . import yamlspec
from .errors import Problem, SourceError
from .project import Project
from .spec import BriefSpec
from .yamlspec import ID, ID_RULE, Id, doc, internal

TOPICS_FILE = "topics.yaml"


@dataclass(frozen=True)
class Topic:
    """One topic of seeds/topics.yaml: what it is called and what marks it in Arabic text."""

    en: str = doc("English label.")
    keywords: tuple[str, ...] = doc("Arabic words and phrases that mark the topic.", default=())
    actors: tuple[Id, ...] = doc("Ids of seeds/actors.yaml the topic is about.", default=())
    line: int | None = internal(default=None)
    actors_lines: tuple[int, ...] = internal(default=())


def load_topics(project: Project, registry=None, check_refs: bool = True
                ) -> dict[str, Topic] | None:
    """Read seeds/topics.yaml (None where there is none), checking ids and actor refs (not
    with `check_refs` False, as when actors.yaml is broken)."""
    path = project.seeds / TOPICS_FILE
    if not os.path.lexists(path):  # a broken link or a loop is there, and reading says so
        return None
    topics = yamlspec.load(project.inside(path), dict[str, Topic], "topics file", SourceError,
                           label="seeds/topics.yaml") or {}
    problems = []
    for topic_id, topic in topics.items():
        if not ID.match(topic_id):
            problems.append(Problem(path, topic.line, topic_id,
                                    f"a topic id is written in {ID_RULE}"))
        if not topic.keywords and not topic.actors:
            problems.append(Problem(path, topic.line, topic_id,
                                    "give keywords or actors: a topic with neither finds nothing"))
        for ref, line in zip(topic.actors, topic.actors_lines or [topic.line] * 99, strict=False):
            if check_refs and (registry is None or registry.get(ref) is None):
                problems.append(Problem(path, line, f"{topic_id}.actors",
                                        f"no actor '{ref}' in seeds/actors.yaml"))
    if problems:
        raise SourceError(problems)
    return topics


def topic_problems(spec: BriefSpec, topics: dict[str, Topic] | None) -> list[Problem]:
    """Report each topic of the spec that seeds/topics.yaml does not define."""
    if topics is None:
        return []
    problems = []
    lines = spec.topics_lines or (spec.line,) * len(spec.topics)
    for name, line in zip(spec.topics, lines, strict=False):
        if name in topics:
            continue
        close = difflib.get_close_matches(name, list(topics), n=3, cutoff=0.6)
        by_label = {topic.en.lower(): topic_id for topic_id, topic in topics.items()}
        close = close or [by_label[n] for n in difflib.get_close_matches(name.lower(), by_label,
                                                                         n=3, cutoff=0.6)]
        hint = f"did you mean {' or '.join(repr(c) for c in close)}? " if close else ""
        problems.append(Problem(spec.path, line, "topics",
                                f"no topic '{name}' in seeds/topics.yaml; {hint}"
                                "add it there or use one of its ids"))
    return problems

