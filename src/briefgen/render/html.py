"""Jinja environment over the template search path, and the brief as HTML."""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Sequence
from pathlib import Path

import jinja2
from markupsafe import Markup

from .. import __version__
from ..arabic.text import has_arabic, script_runs
from ..errors import ProjectError, RenderError
from ..model import Brief, Text, full_stop
from ..project import template_file, template_files

STYLESHEET = "brief.css"
# The standalone page only: WeasyPrint ignores media features.
SCREEN_STYLESHEET = "brief_screen.css"
_FONTS_SLOT = "/* briefgen: fonts */\n"


def template_environment(template_dirs: Sequence[Path]) -> jinja2.Environment:
    """Return a sandboxed, autoescaping environment searching `template_dirs` in order."""
    from jinja2.sandbox import SandboxedEnvironment

    env = SandboxedEnvironment(
        loader=SealedLoader(template_dirs),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=False,
        keep_trailing_newline=True,
        finalize=_isolate_text,
    )
    env.filters["isolate"] = isolate_arabic
    env.filters["full_stop"] = full_stop
    return env


class SealedLoader(jinja2.FileSystemLoader):
    """A loader that reads only what project.template_file allows: regular files inside the
    template folders, links resolved, nothing hidden. A link to /etc/passwd, a FIFO or a
    partial in a hidden folder is not a template."""

    def __init__(self, template_dirs: Sequence[Path]):
        super().__init__([str(d) for d in template_dirs])
        self.folders = tuple(template_dirs)

    def get_source(self, environment, template):
        for folder in self.folders:
            path = template_file(folder, template)
            if path is not None:
                source = path.read_text("utf-8")
                mtime = path.stat().st_mtime
                return source, str(path), functools.partial(_unchanged, path, mtime)
            if (folder / template).exists() or (folder / template).is_symlink():
                raise ProjectError(f"{folder / template}: a template may only be a regular file "
                                   f"inside {folder} (no links out of it, no hidden or special "
                                   "files); copy the file in instead")
        raise jinja2.TemplateNotFound(template)

    def list_templates(self) -> list[str]:
        return sorted(template_files(self.folders))


def _unchanged(path: Path, mtime: float) -> bool:
    try:
        return path.stat().st_mtime == mtime
    except OSError:
        return False


def isolate_arabic(value) -> Markup:
    """Escape text, wrapping each Arabic stretch in <bdi dir="rtl" lang="ar">.

    Arabic inside English (an outlet's name, a quoted term) then keeps its own direction,
    font and language; inside attributes use the plain `.value` instead.
    """
    from markupsafe import escape

    return Markup("".join(
        f'<bdi dir="rtl" lang="ar">{escape(run)}</bdi>' if arabic else str(escape(run))
        for run, arabic in script_runs(str(value))
    ))


def _isolate_text(value):
    # Every {{ Text }} of the model: English text with Arabic in it gets its runs isolated;
    # Arabic text already sits in a dir="rtl" lang="ar" block. Every text from the model may
    # break inside a word too long for any column.
    # Only Text, the model's prose: plain strings go into attributes (ids, <meta>), where
    # a <wbr> would be text.
    if not isinstance(value, Text):
        return value
    if not value.rtl and has_arabic(value.value):
        return breakable(isolate_arabic(value.value))
    return breakable(Markup.escape(value.value))


LONG_WORD = 30  # no column of a brief is narrower than about 30 letters
_LONG_RUN = re.compile(rf"[^\s<>&;]{{{LONG_WORD + 1},}}")


def breakable(markup: Markup) -> Markup:
    """Let a word longer than LONG_WORD letters (a 300-letter string, a long URL) break at
    every LONG_WORD letters with <wbr>, which adds no character to the text: the column keeps
    its width and the words their letters. Shorter words are left as they are.

    (CSS overflow-wrap: anywhere would do the same, but WeasyPrint then measures every
    table column one line break per letter: a brief took ten times as long.)"""
    def split(match: re.Match) -> str:
        word = match.group(0)
        return "<wbr>".join(word[i:i + LONG_WORD] for i in range(0, len(word), LONG_WORD))

    return Markup(_LONG_RUN.sub(split, str(markup)))


def _loader(env: jinja2.Environment) -> jinja2.FileSystemLoader:
    """Return the loader of an environment made by template_environment()."""
    if not isinstance(env.loader, jinja2.FileSystemLoader):
        raise TypeError(f"expected a FileSystemLoader, not {env.loader!r}")
    return env.loader


def _template(env: jinja2.Environment, name: str) -> jinja2.Template:
    try:
        return env.get_template(name)
    except jinja2.TemplateNotFound:
        searched = ", ".join(_loader(env).searchpath)
        raise ProjectError(f"template {name} not found (searched {searched})") from None
    except jinja2.TemplateSyntaxError as exc:
        raise ProjectError(f"{exc.filename}:{exc.lineno}: template syntax: {exc.message}") from None


def stylesheet(env: jinja2.Environment, name: str = STYLESHEET) -> str:
    """Return a stylesheet's text from the first template folder that has it."""
    try:
        source, _, _ = _loader(env).get_source(env, name)
    except jinja2.TemplateNotFound:
        searched = ", ".join(_loader(env).searchpath)
        raise ProjectError(f"stylesheet {name} not found (searched {searched})") from None
    return source


def render_template(env: jinja2.Environment, name: str, **context) -> str:
    """Render any template of the search path with `context`."""
    try:
        return _template(env, name).render(**context)
    except jinja2.TemplateError as exc:
        raise ProjectError(f"template {name}: {exc}") from None


def render_html(brief: Brief, env: jinja2.Environment, standalone: bool = False,
                template: str = "brief.html") -> str:
    """Render a brief as HTML: for print (styles given apart) or as one standalone file."""
    inline_css = None
    if standalone:
        # Markup: the stylesheet is ours, not user text, and must not be HTML-escaped.
        # The fonts go in after rendering, cut down to the characters the page uses.
        inline_css = Markup(_FONTS_SLOT + stylesheet(env) + stylesheet(env, SCREEN_STYLESHEET))
    try:
        page = _template(env, template).render(
            brief=brief, version=__version__, inline_css=inline_css
        )
    except jinja2.TemplateError as exc:
        raise ProjectError(f"template {template}: {exc}") from None
    if standalone:
        from .subset import subset_font_face_css

        refused = external_references(page)
        if refused:
            raise RenderError(
                f"the page asks for {', '.join(refused)}; briefgen's HTML is one offline file "
                "that loads nothing from the network or the disk: remove the reference from "
                "the template")
        page = page.replace(_FONTS_SLOT, subset_font_face_css(html.unescape(page)), 1)
    return page


# Attributes through which a browser fetches, or navigates on its own.
_URL_ATTRIBUTES = {"src", "href", "srcset", "poster", "data", "action", "formaction",
                   "background", "xlink:href", "manifest", "ping", "imagesrcset"}
_CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]*)\1\s*\)|@import\s+(['"])([^'"]*)\3""",
                      re.IGNORECASE)


def external_references(page: str) -> list[str]:
    """Every URL in an HTML page that would make a browser fetch something to show it:
    anything but `data:` URLs, links to a fragment of the page, and web links a reader may
    follow (`<a href="https://…">`)."""
    from html.parser import HTMLParser

    found: list[str] = []

    def check(url: str) -> None:
        url = url.strip()
        if url and not url.startswith("#") and not url.lower().startswith("data:"):
            found.append(url)

    def check_css(text: str) -> None:
        for match in _CSS_URL.finditer(text):
            check(match.group(2) if match.group(2) is not None else match.group(4))

    class Scan(HTMLParser):
        in_style = False

        def handle_starttag(self, tag, attrs):
            self.in_style = tag == "style"
            for name, value in attrs:
                if value is None:
                    continue
                if name in ("srcset", "imagesrcset"):
                    for candidate in value.split(","):
                        check(candidate.strip().split(" ")[0])
                elif name == "href" and tag in ("a", "area") and value.strip().lower().startswith(
                        ("http:", "https:", "mailto:")):
                    continue  # a link the reader may follow; nothing is fetched to show it
                elif name in _URL_ATTRIBUTES:
                    check(value)
                elif name == "style":
                    check_css(value)
                elif name == "content" and "url=" in value.lower():  # <meta http-equiv=refresh>
                    check(value.lower().split("url=", 1)[1])
            if tag == "script":
                found.append("a <script> element")

        def handle_endtag(self, tag):
            self.in_style = False

        def handle_data(self, data):
            if self.in_style:
                check_css(data)

    Scan(convert_charrefs=True).feed(page)
    return list(dict.fromkeys(found))
