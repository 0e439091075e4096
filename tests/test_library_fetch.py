"""URLs into the library, from a server on 127.0.0.1: fetched, kept, and refused where unsafe."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from test_library_store import FIXTURES, added, desk, run  # noqa: F401 - fixture

from briefgen.library import fetch as fetch_module
from briefgen.library.store import Catalog
from briefgen.project import Project

PAGE = (FIXTURES / "site-jsonld.html").read_bytes()


class Handler(BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, dict[str, str], bytes]] = {
        "/article": (200, {"Content-Type": "text/html; charset=utf-8"}, PAGE),
        "/moved": (302, {"Location": "/article"}, b""),
        "/to-file": (302, {"Location": "file:///etc/passwd"}, b""),
        "/loop": (302, {"Location": "/loop"}, b""),
        "/to-bad-port": (302, {"Location": "http://127.0.0.1:99999/x"}, b""),
        "/missing": (404, {}, b"not here"),
    }

    def do_GET(self):  # noqa: N802 - the name http.server calls
        if self.path == "/drip":  # a byte at a time, each well within the read timeout
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.end_headers()
            try:
                for byte in "نص يصل حرفا حرفا ببطء شديد".encode()[:30]:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(0.2)
            except OSError:
                pass
            return
        status, headers, body = self.routes.get(self.path, (404, {}, b""))
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_url_is_fetched_and_its_bytes_kept(desk, server):  # noqa: F811
    [row] = added(desk, f"{server}/moved", "--allow-private")
    assert (row["status"], row["title"], row["paragraphs"]) == (
        "added", "مجلس الأمن يناقش الأزمة الإنسانية في اليمن", 3)
    record = Catalog(Project.at(desk)).record(row["id"])
    assert record is not None and record.format == "html"
    assert (desk / "library" / record.original).read_bytes() == PAGE
    assert record.retrieved is not None and record.retrieved.endswith("+00:00")


def test_a_private_address_is_refused_without_the_flag(desk, server):  # noqa: F811
    result = run(desk, "add", f"{server}/article")
    assert result.exit_code == 2
    assert result.stdout.strip() == (
        f"skipped   {server}/article: {server}/article is at 127.0.0.1, a private or loopback "
        "address; briefgen does not fetch those (--allow-private does)")
    assert not (desk / "library" / "originals").exists()


def test_a_private_address_is_refused_before_any_connection(desk, monkeypatch):  # noqa: F811
    """No probe of a private port: a closed one is refused as private, not 'refused'."""
    def no_connection(*args, **kwargs):
        raise AssertionError("connected to a private address")

    monkeypatch.setattr(fetch_module.http.client.HTTPConnection, "connect", no_connection)
    for url in ("http://127.0.0.1:9/x", "http://localhost:9/x", "http://[::1]:9/x",
                "http://2130706433:9/x", "http://0.0.0.0:9/x"):
        result = run(desk, "add", url)
        assert result.exit_code == 2, (url, result.stdout)
        assert "a private or loopback address" in result.stdout, (url, result.stdout)


@pytest.mark.parametrize("path, reason", [
    ("/to-file", "file:///etc/passwd: only http and https URLs are fetched (a redirect led "
                 "there)"),
    ("/loop", f"more than {fetch_module.MAX_REDIRECTS} redirects; add the final URL"),
])
def test_bad_redirects_are_refused(desk, server, path, reason):  # noqa: F811
    result = run(desk, "add", f"{server}{path}", "--allow-private")
    assert result.exit_code == 2
    assert result.stdout.strip() == f"skipped   {server}{path}: {reason}"


def test_an_error_status_is_refused(desk, server):  # noqa: F811
    result = run(desk, "add", "--json", f"{server}/missing", "--allow-private")
    assert result.exit_code == 2
    [row] = json.loads(result.stdout)
    assert row["reason"] == f"the server answered 404 for {server}/missing"


def test_only_http_and_https(desk, tmp_path):  # noqa: F811
    result = run(desk, "add", "ftp://example.com/a.html")
    assert result.exit_code == 2
    assert "only http and https URLs are fetched" in result.stdout


def test_a_body_over_the_limit_is_refused(desk, server, monkeypatch):  # noqa: F811
    monkeypatch.setattr(fetch_module, "MAX_BYTES", 1000)
    result = run(desk, "add", f"{server}/article", "--allow-private")
    assert result.exit_code == 2
    assert f"is {len(PAGE):,} bytes, over the limit of 1,000" in result.stdout


def test_no_build_reaches_the_network(desk):  # noqa: F811
    """Only `add` imports the fetcher: a build never fetches a source's URL."""
    import subprocess
    import sys

    code = ("import sys; from briefgen.cli import main; sys.argv=['briefgen','--project',"
            f"{str(desk)!r},'build','--format','html','--no-pack'];\n"
            "try:\n main()\nexcept SystemExit: pass\n"
            "assert 'briefgen.library.fetch' not in sys.modules, 'fetch imported'")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert (Path(desk) / "dist" / "example.html").is_file()


def test_a_redirect_to_a_private_address_is_refused(desk, server, monkeypatch):  # noqa: F811
    """Each hop is checked: the first server counts as public here (its name before the
    connection, then the connected socket), where it redirects not (its name)."""
    answers = iter([True, True, False])
    monkeypatch.setattr(fetch_module, "_public", lambda address: next(answers))
    result = run(desk, "add", f"{server}/moved")
    assert result.exit_code == 2
    assert result.stdout.strip() == (
        f"skipped   {server}/moved: {server}/article is at 127.0.0.1, a private or loopback "
        "address; briefgen does not fetch those (--allow-private does)")


@pytest.mark.parametrize("url", ["http://[::1/a", "http://example.com:99999/a",
                                 "http://example.com:abc/a", "http://exa mple.com/a"])
def test_a_malformed_url_is_refused_not_a_traceback(desk, url):  # noqa: F811
    result = run(desk, "add", url)
    assert result.exit_code == 2
    assert result.stdout.startswith(f"skipped   {url}: {url} is not a valid URL (")


def test_a_redirect_to_a_malformed_url_is_refused(desk, server):  # noqa: F811
    result = run(desk, "add", f"{server}/to-bad-port", "--allow-private")
    assert result.exit_code == 2
    assert "http://127.0.0.1:99999/x is not a valid URL (Port out of range" in result.stdout
    assert "(a redirect led there)" in result.stdout


def test_a_server_sending_a_byte_at_a_time_is_cut_off(desk, server, monkeypatch):  # noqa: F811
    """The read timeout is per read: a drip within it would go on; the fetch as a whole ends."""
    monkeypatch.setattr(fetch_module, "TOTAL_TIMEOUT_S", 1, raising=False)
    started = time.monotonic()
    result = run(desk, "add", f"{server}/drip", "--allow-private")
    assert time.monotonic() - started < 4
    assert result.exit_code == 2
    assert f"fetching {server}/drip took over 1 s" in result.stdout
    assert not (desk / "library" / "originals").exists()
