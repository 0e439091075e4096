"""Rendering is sealed: no network, no files outside templates and fonts, and a time limit."""

from __future__ import annotations

import signal
import socket
import time

import pytest
from click.testing import CliRunner

from briefgen.cli import cli
from briefgen.errors import RenderError
from briefgen.limits import RENDER_SECONDS_ENV, render_limit
from briefgen.project import PACKAGE_TEMPLATES

from conftest import ROOT

SPEC = ROOT / "briefs" / "iran-pakistan.yaml"
HTML = (PACKAGE_TEMPLATES / "brief.html").read_text(encoding="utf-8")
CSS = (PACKAGE_TEMPLATES / "brief.css").read_text(encoding="utf-8")

OVERRIDES = {
    "img-http": ("brief.html", HTML.replace("<body>", '<body><img src="http://example.com/x.png">'),
                 "http://example.com/x.png"),
    "img-passwd": ("brief.html", HTML.replace("<body>", '<body><img src="file:///etc/passwd">'),
                   "file:///etc/passwd"),
    "link-attachment": ("brief.html", HTML.replace(
        "</head>", '<link rel="attachment" href="file:///etc/passwd"></head>'), "file:///etc/passwd"),
    "a-attachment": ("brief.html", HTML.replace(
        "<body>", '<body><a rel="attachment" href="file:///etc/passwd">x</a>'), "file:///etc/passwd"),
    "object-passwd": ("brief.html", HTML.replace(
        "<body>", '<body><object data="file:///etc/passwd"></object>'), "file:///etc/passwd"),
    "stylesheet-http": ("brief.html", HTML.replace(
        "</head>", '<link rel="stylesheet" href="http://example.com/x.css"></head>'),
        "http://example.com/x.css"),
    "css-url-http": ("brief.css", CSS + "\nbody { background: url(http://example.com/x.png); }\n",
                     "http://example.com/x.png"),
    "css-import-passwd": ("brief.css", '@import url("file:///etc/passwd");\n' + CSS,
                          "file:///etc/passwd"),
    "css-font-passwd": ("brief.css",
                        "@font-face { font-family: X; src: url(file:///etc/passwd); }\n"
                        "body { font-family: X }\n" + CSS, "file:///etc/passwd"),
}


@pytest.fixture
def no_network(monkeypatch):
    """Fail any attempt to resolve a name or open a connection; return the attempts."""
    attempts: list[tuple] = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise AssertionError(f"briefgen tried the network: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    return attempts


@pytest.mark.parametrize("name", OVERRIDES)
def test_template_asking_outside_fails_closed(name, scratch_project, tmp_path, no_network):
    file_name, text, url = OVERRIDES[name]
    templates = tmp_path / "hostile"
    templates.mkdir()
    (templates / file_name).write_text(text, encoding="utf-8")
    out = tmp_path / "dist"
    out.mkdir()
    earlier = out / "iran-pakistan.pdf"
    earlier.write_bytes(b"%PDF-1.7 an earlier good output\n")

    result = CliRunner().invoke(cli, ["--project", str(scratch_project.root), "--templates",
                                      str(templates), "build", str(SPEC), "-o", str(out)])

    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and not no_network
    assert f"error: brief iran-pakistan: the document asks for {url}" in result.output
    assert "remove the reference" in result.output
    assert sorted(p.name for p in out.iterdir()) == ["iran-pakistan.pdf"]  # nothing written
    assert earlier.read_bytes() == b"%PDF-1.7 an earlier good output\n"


def test_normal_build_opens_no_socket(scratch_project, tmp_path, no_network):
    out = tmp_path / "dist"
    result = CliRunner().invoke(cli, ["--project", str(scratch_project.root), "build", str(SPEC),
                                      "-o", str(out), "--format", "pdf,docx,html"])
    assert result.exit_code == 0, result.output
    assert no_network == []
    assert {p.name for p in out.iterdir()} >= {"iran-pakistan.pdf", "iran-pakistan.docx",
                                               "iran-pakistan.html"}


def test_render_limit_stops_a_slow_render():
    started = time.perf_counter()
    with pytest.raises(RenderError) as caught, render_limit("brief slow", seconds=0.2):
        while True:  # a layout that never ends
            time.sleep(0.01)
    assert time.perf_counter() - started < 2
    assert str(caught.value) == (f"brief slow: rendering took longer than 0.2 s and was stopped; "
                                 f"shorten the brief or raise the limit with "
                                 f"{RENDER_SECONDS_ENV}=SECONDS")


def test_render_limit_costs_nothing_when_met():
    # An alarm left armed would fire in some later test, so look for it here instead.
    def handler(signum, frame):
        raise AssertionError("SIGALRM fired after the block")

    previous = signal.signal(signal.SIGALRM, handler)
    try:
        with render_limit("brief quick", seconds=5):
            pass
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
        assert signal.getsignal(signal.SIGALRM) is handler
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_build_over_the_time_limit_names_the_brief(scratch_project, tmp_path, monkeypatch):
    monkeypatch.setenv(RENDER_SECONDS_ENV, "0.05")
    out = tmp_path / "dist"
    result = CliRunner().invoke(cli, ["--project", str(scratch_project.root), "build", str(SPEC),
                                      "-o", str(out)])
    assert result.exit_code == 2, result.output
    assert "error: brief iran-pakistan: rendering took longer than 0.05 s" in result.output
    assert not out.exists()


def test_bad_time_limit_setting(scratch_project, tmp_path, monkeypatch):
    monkeypatch.setenv(RENDER_SECONDS_ENV, "two minutes")
    result = CliRunner().invoke(cli, ["--project", str(scratch_project.root), "build", str(SPEC),
                                      "-o", str(tmp_path / "dist")])
    assert result.exit_code == 2
    assert f"{RENDER_SECONDS_ENV}='two minutes' is not a number of seconds" in result.output


@pytest.mark.parametrize("value", ["inf", "1e300", "1e-9", "nan", "-1"])
def test_an_unusable_render_limit_is_a_clear_error(monkeypatch, value):
    from briefgen.errors import RenderError
    from briefgen.limits import render_seconds

    monkeypatch.setenv(RENDER_SECONDS_ENV, value)
    with pytest.raises(RenderError, match="is not a usable limit"):
        render_seconds()


def test_an_unusable_render_limit_is_an_error_even_when_everything_is_cached(scratch, tmp_path,
                                                                              monkeypatch):
    from briefgen.build import build
    from briefgen.errors import RenderError

    spec = scratch.root / "briefs/iran-pakistan.yaml"
    build(scratch, [spec], tmp_path, ("html",), jobs=1)
    monkeypatch.setenv(RENDER_SECONDS_ENV, "nan")
    with pytest.raises(RenderError, match="is not a usable limit"):
        build(scratch, [spec], tmp_path, ("html",), jobs=1)
