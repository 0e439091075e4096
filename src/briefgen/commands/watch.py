"""`briefgen watch`: rebuild a brief's HTML on every change and serve a self-reloading preview.

The server keeps the last page that built. A failed rebuild shows its errors over that page,
so the analyst keeps reading while fixing the spec. The preview page (only it, never a built
file) gets a small script that listens on /events and reloads when the build number changes.
"""

from __future__ import annotations

import html
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from ..errors import BriefgenError, ProjectError
from ..project import Project

WATCHED_SUFFIXES = (".yaml", ".yml", ".txt", ".html", ".css")
_KEEPALIVE_SECONDS = 10
IDLE_SECONDS = 15  # a connection that sends no request in this time is closed
MAX_CONNECTIONS = 32  # more at once are closed at once: a browser tab needs two
# The page may show itself, its inline styles, fonts and images as data: URLs, and open
# /events on its own origin; nothing else, wherever a template points.
CONTENT_SECURITY_POLICY = ("default-src 'none'; style-src 'unsafe-inline'; font-src data:; "
                           "img-src data:; script-src 'unsafe-inline'; connect-src 'self'; "
                           "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")


class _PreviewServer(ThreadingHTTPServer):
    """A threading server that holds at most MAX_CONNECTIONS connections at once."""

    daemon_threads = True

    def __init__(self, *args, **kwargs):
        self.slots = threading.BoundedSemaphore(MAX_CONNECTIONS)
        super().__init__(*args, **kwargs)

    def process_request(self, request, client_address):
        if not self.slots.acquire(blocking=False):
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request, client_address):
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.slots.release()

_RELOAD_SCRIPT = """\
<script>/* briefgen watch: reload when the brief is rebuilt */
(function () {
  var build = %s;
  var events = new EventSource("/events");
  events.onmessage = function (event) {
    if (event.data !== build) { events.close(); location.reload(); }
  };
})();
</script>
"""

_ERROR_PANEL = """\
<div id="briefgen-error" role="alert" dir="ltr" lang="en" style="position: sticky; top: 0;
 z-index: 1000; margin: 0 0 1rem; padding: 0.75rem 1rem; background: #fff0f0;
 border: 2px solid #b00020; color: #5a0010; font: 14px/1.4 monospace; white-space: pre-wrap;">\
<strong>briefgen: the last change did not build{stale}</strong>
{messages}</div>
"""

_EMPTY_PAGE = """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>briefgen watch</title></head><body></body></html>
"""


@dataclass(frozen=True)
class BuildState:
    """What the preview shows: the last page that built, and the errors of the latest try."""

    number: int = 0
    page: str | None = None
    errors: tuple[str, ...] = ()


def default_spec(project: Project) -> Path:
    """Return the spec in briefs/ changed most recently: the one the analyst is editing."""
    from ..inputs import find_specs

    try:
        specs = find_specs([project.root / "briefs"], project)
    except ProjectError:
        specs = []
    if not specs:
        raise ProjectError(f"no specs in {project.root / 'briefs'}; "
                           "start one with `briefgen new SLUG --source ID`")
    return max(specs, key=lambda p: p.stat().st_mtime)


def build_page(project: Project, spec_path: Path) -> str:
    """Load, resolve and render one spec as a standalone HTML page."""
    from ..inputs import load_briefs, load_registry
    from ..render.engine import render_brief
    from ..sources import load_library
    from ..topics import load_topics

    registry = load_registry(project)
    brief = load_briefs([spec_path], load_library(project), registry,
                        load_topics(project, registry))[0]
    html = render_brief(brief, project, ("html",))["html"]
    assert isinstance(html, bytes)
    return html.decode("utf-8")


def preview_page(state: BuildState) -> str:
    """Return the page to serve: the last good page, the errors over it, and the reload script."""
    page = state.page or _EMPTY_PAGE
    script = _RELOAD_SCRIPT % json.dumps(str(state.number))
    if state.errors:
        stale = "; showing the last version that did" if state.page else ""
        panel = _ERROR_PANEL.format(stale=stale,
                                    messages=html.escape("\n".join(state.errors)))
        page = _insert_after_body(page, panel)
    return page.replace("</body>", script + "</body>", 1)


def _insert_after_body(page: str, fragment: str) -> str:
    start = page.find("<body")
    end = page.find(">", start) + 1 if start != -1 else 0
    return page[:end] + "\n" + fragment + page[end:]


class Preview:
    """Rebuild on changes and serve the result on 127.0.0.1; start() returns at once."""

    def __init__(self, project: Project, spec_path: Path, port: int = 8000,
                 report: Callable[[str], None] = print, debounce_ms: int = 300):
        self.project = project
        self.spec_path = Path(spec_path).resolve()
        self.report = report
        self.debounce_ms = debounce_ms
        self.state = BuildState()
        self.changed = threading.Condition()
        self.stopping = threading.Event()
        self.watching = threading.Event()
        if not 0 <= port <= 65535:
            raise ProjectError(f"--port {port}: a port is a number from 1 to 65535 "
                               "(0 picks a free one)")
        try:
            self.server = _PreviewServer(("127.0.0.1", port), self._handler())
        except OSError as exc:
            raise ProjectError(f"cannot serve on 127.0.0.1:{port}: {exc.strerror}; "
                               "pass another --port (0 picks a free one)") from None
        self.threads: list[threading.Thread] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/"

    def watched_paths(self) -> list[Path]:
        """Folders whose changes can change the page: the spec's, the sources, the templates."""
        paths = {self.spec_path.parent, self.project.seeds, *self.project.template_dirs}
        return sorted(p for p in paths if p.is_dir())

    def rebuild(self) -> None:
        """Build the page once; keep the last good page if this build fails."""
        started = time.perf_counter()
        try:
            page = build_page(self.project, self.spec_path)
        except BriefgenError as exc:
            errors = tuple(str(problem) for problem in exc.problems)
            for line in errors:
                self.report(f"error: {line}")
            self._publish(BuildState(self.state.number + 1, self.state.page, errors))
            return
        self._publish(BuildState(self.state.number + 1, page, ()))
        self.report(f"rebuilt {self.spec_path.name} ({time.perf_counter() - started:.1f} s)")

    def _publish(self, state: BuildState) -> None:
        with self.changed:
            self.state = state
            self.changed.notify_all()

    def _relevant(self, changes) -> bool:
        for _, name in changes:
            path = Path(name)
            if path.suffix not in WATCHED_SUFFIXES or path.name.startswith("."):
                continue  # editors' swap files and atomic-save temporaries
            if (path.parent == self.spec_path.parent and path.parent != self.project.seeds
                    and path.resolve() != self.spec_path):
                continue  # another spec in the same folder
            return True
        return False

    def _watch(self) -> None:
        from watchfiles import watch

        # An empty yield after rust_timeout tells that the watches are in place.
        for changes in watch(*self.watched_paths(), stop_event=self.stopping,
                             debounce=self.debounce_ms, step=50, rust_timeout=200,
                             yield_on_timeout=True):
            self.watching.set()
            if changes and self._relevant(changes):
                self.rebuild()

    def start(self) -> str:
        """Build once, then watch and serve in background threads; return the preview URL."""
        self.rebuild()
        for target in (self._watch, self.server.serve_forever):
            thread = threading.Thread(target=target, daemon=True)
            thread.start()
            self.threads.append(thread)
        # Return only once a change would be seen, so an edit right after start is not lost.
        self.watching.wait(timeout=10)
        return self.url

    def stop(self) -> None:
        self.stopping.set()
        with self.changed:
            self.changed.notify_all()
        self.server.shutdown()
        self.server.server_close()

    def _handler(self):
        preview = self

        class Handler(BaseHTTPRequestHandler):
            timeout = IDLE_SECONDS  # applies to reading each request, not to /events

            def log_message(self, format, *args):  # noqa: A002  (the base class's name)
                pass  # the terminal is for build results, not request logs

            def do_GET(self):
                if not self.from_here():
                    self.send_error(HTTPStatus.MISDIRECTED_REQUEST,
                                    "briefgen watch answers only 127.0.0.1, localhost, [::1]")
                    return
                path = self.path.split("?", 1)[0]
                if path in ("/", "/index.html"):
                    self.send_page()
                elif path == "/events":
                    self.send_events()
                else:
                    self.send_error(HTTPStatus.NOT_FOUND)

            def do_HEAD(self):
                if not self.from_here():
                    self.send_error(HTTPStatus.MISDIRECTED_REQUEST)
                elif self.path.split("?", 1)[0] in ("/", "/index.html"):
                    self.send_page(body=False)
                else:
                    self.send_error(HTTPStatus.NOT_FOUND)

            def from_here(self) -> bool:
                """Refuse a Host header naming another site: a page elsewhere that points
                its own name at 127.0.0.1 (DNS rebinding) must not read the preview."""
                port = preview.server.server_address[1]
                host = (self.headers.get("Host") or "").strip().lower()
                return host in {f"{name}:{port}" for name in ("127.0.0.1", "localhost", "[::1]")}

            def send_page(self, body: bool = True):
                page = preview_page(preview.state).encode("utf-8")
                self.send_response(HTTPStatus.OK)
                self.send_header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                self.send_header("X-Content-Type-Options", "nosniff")
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(page)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                if body:
                    self.wfile.write(page)

            def send_events(self):
                self.send_response(HTTPStatus.OK)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.connection.settimeout(None)  # long-lived by design; keep-alives go out
                sent = None
                try:
                    while not preview.stopping.is_set():
                        number = preview.state.number
                        if number != sent:
                            self.wfile.write(f"data: {number}\n\n".encode("ascii"))
                            sent = number
                        else:
                            self.wfile.write(b": keep-alive\n\n")
                        self.wfile.flush()
                        with preview.changed:
                            # B023: wait_for calls the predicate only within this turn.
                            preview.changed.wait_for(
                                lambda: preview.state.number != sent or preview.stopping.is_set(),  # noqa: B023
                                timeout=_KEEPALIVE_SECONDS)
                except OSError:
                    pass  # the page reloaded or closed

        return Handler
