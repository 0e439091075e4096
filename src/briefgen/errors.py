"""Errors a person can act on: each names where the problem is and what to do."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")


@dataclass(frozen=True)
class Problem:
    """One located problem: `file:line: key.path: message`."""

    path: Path | str | None
    line: int | None
    key: str | None
    message: str

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = str(self.path)
            if self.line is not None:
                where += f":{self.line}"
            where += ": "
        key = f"{self.key}: " if self.key else ""
        return f"{where}{key}{self.message}"


def in_report_order(problems: Iterable[Problem]) -> list[Problem]:
    """Sort problems by file and line, each once; those of no file first, as given."""
    unique = dict.fromkeys(problems)
    return sorted(unique, key=lambda p: (p.path is not None, str(p.path or ""), p.line or 0))


class BriefgenError(Exception):
    """Base of every error briefgen reports to a user without a traceback."""

    def __init__(self, problems: list[Problem] | str):
        if isinstance(problems, str):
            problems = [Problem(None, None, None, problems)]
        self.problems = in_report_order(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class SourceError(BriefgenError):
    """A source article cannot be read or cited."""


class SpecError(BriefgenError):
    """A brief spec is malformed or cites something that does not exist."""


class ProjectError(BriefgenError):
    """The project folder, a path or a template is not usable."""


class RenderError(BriefgenError):
    """A brief could not be rendered."""


class Problems:
    """The problems of several stages gathered, to report them all at once, each stage's
    error kind kept (SpecError alone stays a SpecError)."""

    def __init__(self) -> None:
        self.found: list[Problem] = []
        self._kinds: set[type[BriefgenError]] = set()

    def add(self, problems: Iterable[Problem], kind: type[BriefgenError] = SpecError) -> None:
        problems = list(problems)
        if problems:
            self.found.extend(problems)
            self._kinds.add(kind)

    def run(self, function: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T | None:
        """Call `function`; keep the problems of a BriefgenError it raises and return None."""
        try:
            return function(*args, **kwargs)
        except BriefgenError as exc:
            self.add(exc.problems, type(exc))
            return None

    def __bool__(self) -> bool:
        return bool(self.found)

    def raise_any(self) -> None:
        """Raise every problem gathered, sorted by file and line, if there is any."""
        if self.found:
            kind = next(iter(self._kinds)) if len(self._kinds) == 1 else BriefgenError
            raise kind(self.found)
