"""A time limit around one brief's render, so a pathological document cannot hang a build.

SIGALRM in the main thread: no worker process to start, so the normal build pays nothing but
two setitimer calls. WeasyPrint's layout is Python, so the alarm lands between bytecodes within
moments. Off the main thread (or without setitimer) the limit is not enforced; a worker pool
should call `render_limit` inside each worker, where it runs in that worker's main thread.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from .errors import Problem, RenderError

DEFAULT_RENDER_SECONDS = 120.0
RENDER_SECONDS_ENV = "BRIEFGEN_RENDER_TIMEOUT"
MIN_RENDER_SECONDS = 0.01
MAX_RENDER_SECONDS = 86_400.0  # a day


class _OutOfTime(BaseException):
    # A BaseException, so no `except Exception` inside WeasyPrint or Jinja swallows it.
    pass


def render_seconds() -> float:
    """Return the per-brief render limit: $BRIEFGEN_RENDER_TIMEOUT seconds, 0 for none."""
    value = os.environ.get(RENDER_SECONDS_ENV, "").strip()
    if not value:
        return DEFAULT_RENDER_SECONDS
    try:
        seconds = float(value)
    except ValueError:
        raise RenderError(f"{RENDER_SECONDS_ENV}={value!r} is not a number of seconds; "
                          "set it to e.g. 300, or 0 for no limit") from None
    if not MIN_RENDER_SECONDS <= seconds <= MAX_RENDER_SECONDS and seconds != 0:
        # nan fails every comparison; inf and 1e300 overflow setitimer; 1e-9 would fire
        # before the render starts and kill the process with an unhandled SIGALRM.
        raise RenderError(f"{RENDER_SECONDS_ENV}={value!r} is not a usable limit; set it to "
                          f"a number of seconds from {MIN_RENDER_SECONDS:g} to "
                          f"{MAX_RENDER_SECONDS:g} (e.g. 300), or 0 for no limit")
    return seconds


@contextmanager
def render_limit(what: str, seconds: float | None = None) -> Iterator[None]:
    """Raise RenderError naming `what` if the block runs longer than `seconds`.

    A RenderError from inside the block (a blocked URL) is re-raised naming `what` too.
    """
    seconds = render_seconds() if seconds is None else seconds
    usable = (seconds > 0 and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        try:
            yield
        except RenderError as exc:
            raise _naming(exc, what) from None
        return

    expired = False

    def out_of_time(signum, frame):
        nonlocal expired
        expired = True
        raise _OutOfTime

    def too_long() -> RenderError:
        return RenderError([Problem(None, None, None,
                                    f"{what}: rendering took longer than {seconds:g} s and was "
                                    f"stopped; shorten the brief or raise the limit with "
                                    f"{RENDER_SECONDS_ENV}=SECONDS")])

    previous = signal.signal(signal.SIGALRM, out_of_time)
    # The alarm repeats: an exception raised where Python ignores it (inside a garbage
    # collector callback, say) is raised again a moment later.
    signal.setitimer(signal.ITIMER_REAL, seconds, 0.05)
    try:
        yield
    except RenderError as exc:
        raise _naming(exc, what) from None
    except _OutOfTime:
        raise too_long() from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    if expired:  # every alarm was swallowed, yet the time ran out
        raise too_long()


def _naming(error: RenderError, what: str) -> RenderError:
    return RenderError([Problem(p.path, p.line, p.key, f"{what}: {p.message}")
                        for p in error.problems])
