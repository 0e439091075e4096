"""How a build reports itself: a progress bar on a terminal, one line per brief otherwise."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .build import BuildProgress, BuildReport, BuiltBrief

if TYPE_CHECKING:
    from rich.progress import TaskID


def progress_for(out_dir: Path, stream=None) -> BuildProgress:
    stream = stream or sys.stderr
    if stream.isatty():
        return _BarProgress(out_dir, stream)
    return _LineProgress(out_dir, stream)


class _LineProgress(BuildProgress):
    def __init__(self, out_dir: Path, stream):
        self.out_dir = out_dir
        self.stream = stream

    def say(self, line: str) -> None:
        print(line, file=self.stream, flush=True)

    def brief(self, built: BuiltBrief) -> None:
        how = "cached" if built.cached else f"{built.seconds:.1f} s"
        self.say(f"built {built.brief.id}: {', '.join(built.files)} ({how})")

    def step(self, text: str) -> None:
        self.say(text)

    def warn(self, text: str) -> None:
        self.say(f"warning: {text}")

    def finish(self, report: BuildReport) -> None:
        self.say(summary(report))


class _BarProgress(_LineProgress):
    task: TaskID  # added by start(), which a build calls before any brief or step

    def __init__(self, out_dir: Path, stream):
        super().__init__(out_dir, stream)
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        self.console = Console(file=stream)
        # A TextColumn, not a markup string: lines printed with markup=False would show the
        # tag as text when the bar redraws.
        self.bar = Progress(TextColumn("{task.description}", markup=False), BarColumn(),
                            MofNCompleteColumn(), TimeElapsedColumn(), console=self.console,
                            transient=True)

    def say(self, line: str) -> None:
        self.console.print(line, highlight=False, markup=False)

    def start(self, total: int) -> None:
        self.bar.start()
        self.task = self.bar.add_task("rendering briefs", total=total)

    def brief(self, built: BuiltBrief) -> None:
        self.bar.advance(self.task)
        super().brief(built)

    def step(self, text: str) -> None:
        self.bar.update(self.task, description=text)

    def finish(self, report: BuildReport) -> None:
        self.bar.stop()
        super().finish(report)


def summary(report: BuildReport) -> str:
    pack = f", pack of {report.pack_pages} pages" if report.pack_pages else ""
    return (f"{len(report)} brief(s), {report.pages} pages{pack}, "
            f"{report.cache_hits} from cache, in {report.seconds:.1f} s → {report.out_dir}/")
