"""A build leaves nothing behind in the temporary folder, in any process, however it ends."""

from __future__ import annotations

import signal
import tempfile
import time

import pytest

from briefgen.build import build
from briefgen.errors import RenderError
from briefgen.limits import RENDER_SECONDS_ENV


@pytest.fixture
def private_tmp(tmp_path, monkeypatch):
    """A temporary folder of the test's own, for this process and the workers it forks."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))  # gettempdir() read TMPDIR already
    # Start as `briefgen build` does, with no fonts loaded: workers forked from a process that
    # has them use those, unpacked in another folder.
    import briefgen.render.pdf

    briefgen.render.pdf._prepared_cached.cache_clear()
    return folder


def test_folder_build_in_workers_leaves_no_font_folders(two_briefs, private_tmp, tmp_path):
    project, briefs = two_briefs
    before = sorted(private_tmp.iterdir())
    build(project, [briefs], tmp_path / "dist", ("pdf",), use_cache=False, jobs=2)
    assert sorted(private_tmp.iterdir()) == before


@pytest.fixture
def out_of_time_after_fonts(monkeypatch):
    """Make the time limit run out in every render just after its fonts are loaded (and
    unpacked), whatever the machine's load; forked workers inherit this."""
    import briefgen.render.pdf

    prepare = briefgen.render.pdf._prepared

    def prepare_then_run_out(*args, **kwargs):
        prepare(*args, **kwargs)
        signal.setitimer(signal.ITIMER_REAL, 0.001, 0.05)  # render_limit's alarm, early
        time.sleep(5)
        raise AssertionError("the time limit did not stop the render")

    monkeypatch.setattr(briefgen.render.pdf, "_prepared", prepare_then_run_out)


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("when", ["tiny limit", "after fonts"])
def test_build_stopped_by_the_time_limit_leaves_no_font_folders(two_briefs, private_tmp,
                                                                tmp_path, monkeypatch,
                                                                request, jobs, when):
    seconds = "0.05"  # stops the render wherever it has got to
    if when == "after fonts":
        request.getfixturevalue("out_of_time_after_fonts")
        seconds = "60"
    project, briefs = two_briefs
    monkeypatch.setenv(RENDER_SECONDS_ENV, seconds)
    before = sorted(private_tmp.iterdir())
    with pytest.raises(RenderError, match=f"rendering took longer than {seconds} s"):
        build(project, [briefs], tmp_path / "dist", ("pdf",), use_cache=False, jobs=jobs)
    assert sorted(private_tmp.iterdir()) == before


def test_the_font_folder_of_a_build_killed_outright_is_swept_by_the_next(two_briefs, private_tmp,
                                                                          tmp_path):
    import subprocess
    import sys

    project, briefs = two_briefs
    process = subprocess.Popen(
        [sys.executable, "-c", "import os, sys, briefgen.render.pdf as pdf\n"
         "with pdf.font_folders():\n    print('in', flush=True); os.kill(os.getpid(), 9)"],
        stdout=subprocess.PIPE, text=True, env={"TMPDIR": str(private_tmp), "PATH": ""})
    assert process.stdout.readline() == "in\n"
    process.wait()
    left = [p.name for p in private_tmp.iterdir()]
    assert len(left) == 1 and left[0].startswith(f"briefgen-fonts-{process.pid}-")
    build(project, [briefs], tmp_path / "dist", ("html",), use_cache=False, jobs=1)
    assert list(private_tmp.iterdir()) == []
