"""`briefgen watch`: rebuilds on change, keeps the last good page, shows errors on it."""

from __future__ import annotations

import queue
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from briefgen.commands.watch import Preview

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
OLD_TITLE = "Iran and the Taliban, 1998–2024"
NEW_TITLE = "Iran and the Taliban, revised"


@pytest.fixture
def spec(scratch_project) -> Path:
    path = scratch_project.root / "briefs" / "iran-taliban.yaml"
    shutil.copy(ROOT / "briefs" / "iran-taliban.yaml", path)
    return path


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode("utf-8")


def page_with(url: str, text: str, timeout: float = 30.0) -> str:
    """Fetch `url` until the page holds `text`; return that page."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        page = fetch(url)
        if text in page:
            return page
        time.sleep(0.1)
    raise AssertionError(f"{url} never showed {text!r}")


def test_preview_rebuilds_and_keeps_the_last_good_page(scratch_project, spec):
    lines: list[str] = []
    preview = Preview(scratch_project, spec, port=0, report=lines.append)
    url = preview.start()
    try:
        page = fetch(url)
        assert OLD_TITLE in page and 'new EventSource("/events")' in page
        assert "briefgen-error" not in page

        edit(spec, OLD_TITLE, NEW_TITLE)
        page = page_with(url, NEW_TITLE)
        assert OLD_TITLE not in page

        edit(spec, "summary:", "summry:")
        page = page_with(url, "briefgen-error")
        assert "summry: unknown key; did you mean &#x27;summary&#x27;?" in page
        assert f'<h1 class="title">{NEW_TITLE}</h1>' in page  # the last good page stays
        assert any("summry: unknown key" in line for line in lines)
    finally:
        preview.stop()


def test_built_html_carries_no_reload_script(sample_build):
    out, built = sample_build
    for result in built:
        assert "EventSource" not in (out / f"{result.brief.id}.html").read_text(encoding="utf-8")


@pytest.fixture
def watch_process(spec):
    """Run `briefgen watch SPEC --port 0` and yield the preview URL it prints."""
    executable = Path(sys.executable).with_name("briefgen")
    process = subprocess.Popen(
        [str(executable), "--project", str(spec.parent.parent), "watch", str(spec), "--port", "0"],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, encoding="utf-8")
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in process.stderr],
                     daemon=True).start()
    try:
        deadline = time.monotonic() + 60
        while True:
            line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
            match = re.search(r"preview at (http://127\.0\.0\.1:\d+/)", line)
            if match:
                break
        yield match[1]
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture
def browser():
    if not CHROMIUM.exists():
        pytest.skip("needs Debian's chromium at /usr/bin/chromium: apt-get install chromium")
    sync_api = pytest.importorskip("playwright.sync_api",
                                   reason="needs Playwright for Python: pip install -e .[test]")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--no-first-run", "--disable-sync"])
        yield browser
        browser.close()


@pytest.mark.browser
def test_browser_reloads_on_edit_and_shows_errors_over_the_last_page(watch_process, spec, browser):
    page = browser.new_page(bypass_csp=True)  # the test runs its own JS; the page forbids eval
    page.goto(watch_process)
    assert page.inner_text("h1.title") == OLD_TITLE

    edit(spec, OLD_TITLE, NEW_TITLE)  # no reload from the test: the page must do it
    page.wait_for_function(f"document.querySelector('h1.title')?.textContent === {NEW_TITLE!r}",
                           timeout=30_000)

    edit(spec, "summary:", "summry:")
    page.wait_for_selector("#briefgen-error", timeout=30_000)
    assert "summry: unknown key; did you mean 'summary'?" in page.inner_text("#briefgen-error")
    assert page.inner_text("h1.title") == NEW_TITLE

    edit(spec, "summry:", "summary:")
    page.wait_for_selector("#briefgen-error", state="detached", timeout=30_000)
    assert page.inner_text("h1.title") == NEW_TITLE


@pytest.mark.browser
def test_browser_shows_the_page_right_to_left_on_a_phone(watch_process, browser):
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(watch_process)
    excerpt = page.locator(".excerpt-table td.ar").first
    assert excerpt.evaluate("el => getComputedStyle(el).direction") == "rtl"
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    fonts = page.evaluate("document.fonts.ready.then(() => [...document.fonts]"
                          ".filter(f => f.status === 'loaded').map(f => f.family))")
    assert "Amiri" in fonts


def _raw_get(port: int, host: str) -> str:
    import socket

    with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
        request = f"GET / HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
        connection.sendall(request.encode())
        data = b""
        while chunk := connection.recv(65536):
            data += chunk
    return data.decode("utf-8", "replace")


def test_preview_answers_only_its_own_host_and_sets_a_content_security_policy(scratch_project,
                                                                                spec):
    preview = Preview(scratch_project, spec, port=0, report=lambda line: None)
    preview.start()
    port = preview.server.server_address[1]
    try:
        for host in (f"127.0.0.1:{port}", f"localhost:{port}", f"[::1]:{port}"):
            answer = _raw_get(port, host)
            assert answer.startswith("HTTP/1.0 200"), host
            assert "Content-Security-Policy: default-src 'none';" in answer
        for host in ("evil.example", f"evil.example:{port}", "127.0.0.1", "localhost:1"):
            assert _raw_get(port, host).startswith("HTTP/1.0 421"), host
        head = urllib.request.Request(preview.url, method="HEAD")
        with urllib.request.urlopen(head, timeout=10) as response:
            assert response.status == 200 and response.read() == b""
            assert "default-src 'none'" in response.headers["Content-Security-Policy"]
    finally:
        preview.stop()


def test_preview_closes_idle_connections(scratch_project, spec, monkeypatch):
    import socket

    import briefgen.commands.watch as watch

    monkeypatch.setattr(watch, "IDLE_SECONDS", 0.5)
    preview = Preview(scratch_project, spec, port=0, report=lambda line: None)
    preview.start()
    port = preview.server.server_address[1]
    try:
        idle = [socket.create_connection(("127.0.0.1", port), timeout=10)
                for _ in range(watch.MAX_CONNECTIONS + 5)]
        time.sleep(2)
        for connection in idle:  # each one closed by the server: reads give end of file
            assert connection.recv(1) == b""
            connection.close()
        assert fetch(preview.url)  # and the preview still answers
    finally:
        preview.stop()


@pytest.mark.parametrize("port", ["99999", "-1"])
def test_a_port_out_of_range_is_a_clear_error(scratch_project, spec, port):
    from click.testing import CliRunner

    from briefgen.cli import cli

    result = CliRunner().invoke(cli, ["--project", str(scratch_project.root), "watch", str(spec),
                                      "--port", port])
    assert result.exit_code == 2
    assert "a port is a number from 1 to 65535" in result.output
    assert "Traceback" not in result.output


def test_html_that_loads_anything_is_refused(scratch, tmp_path):
    from briefgen.build import build
    from briefgen.errors import RenderError

    templates = scratch.root / "templates"
    templates.mkdir()
    body = (ROOT / "src/briefgen/templates/brief_body.html").read_text("utf-8")
    (templates / "brief_body.html").write_text(body.replace(
        "<h2>Summary</h2>",
        '<h2>Summary</h2><img src="http://example.com/x.png">'
        '<style>@import url(http://example.com/a.css);'
        ' p { background: url(file:///etc/x) }</style>'),
        "utf-8")
    with pytest.raises(RenderError) as raised:
        build(scratch, [scratch.root / "briefs/iran-pakistan.yaml"], tmp_path / "out", ("html",))
    message = str(raised.value)
    for url in ("http://example.com/x.png", "http://example.com/a.css", "file:///etc/x"):
        assert url in message
    assert not (tmp_path / "out").exists()
