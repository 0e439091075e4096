"""Messages for a person at a terminal.

A message can quote what briefgen did not write: a file's name, a line of a spec, a key. Its
control codes are shown, not obeyed (an escape sequence in a file name would otherwise recolour
or clear the terminal, a bidi override reorder the rest of the line).
"""

from __future__ import annotations

import contextlib
import re
import sys
from collections.abc import Iterator
from typing import TextIO

import click

from .arabic.text import BIDI_CONTROLS

# C0 controls but tab and newline, DEL, C1 controls, and the bidi embeddings, overrides and
# isolates (the marks U+200E and U+200F only set a direction, and Arabic text carries them)
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f" + "".join(sorted(BIDI_CONTROLS)) + "]")


def shown(text: str) -> str:
    """`text` with each control code written as its escape (\\x1b, \\u202e)."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def say(text: str) -> None:
    """Write one message to standard error."""
    click.echo(shown(text), err=True)


# A source this long takes seconds to read (a 2 MB file of 8,000 paragraphs: half a minute;
# 485 paragraphs of 2 MB, or one paragraph of 20,000 names, half as long).
LONG_SOURCE_PARAGRAPHS = 500
LONG_SOURCE_CHARACTERS = 100_000


@contextlib.contextmanager
def working(text: str, stream: TextIO | None = None) -> Iterator[None]:
    """Show `text` with a spinner and the time taken on standard error while the block runs,
    on a terminal only (a pipe or a file gets nothing), and clear it after."""
    stream = stream or sys.stderr
    if not stream.isatty():
        yield
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn(shown(text), markup=False), TimeElapsedColumn(),
                  console=Console(file=stream), transient=True) as progress, _terminated_cleanly():
        progress.add_task("", total=None)
        yield


@contextlib.contextmanager
def _terminated_cleanly() -> Iterator[None]:
    """While a spinner hides the cursor, SIGTERM exits through the blocks that show it again
    (a kill left the terminal without a cursor; round 41's hostile review, #19)."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def leave(signum, frame):
        raise SystemExit(128 + signum)

    before = signal.signal(signal.SIGTERM, leave)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, before)
