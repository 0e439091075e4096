"""Errors a person can act on: each names where the problem is and what to do."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


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


class BriefgenError(Exception):
    """Base of every error briefgen reports to a user without a traceback."""

    def __init__(self, problems: list[Problem] | str):
        if isinstance(problems, str):
            problems = [Problem(None, None, None, problems)]
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class SourceError(BriefgenError):
    """A source article cannot be read or cited."""


class SpecError(BriefgenError):
    """A brief spec is malformed or cites something that does not exist."""


class ProjectError(BriefgenError):
    """The project folder, a path or a template is not usable."""


class RenderError(BriefgenError):
    """A brief could not be rendered."""
