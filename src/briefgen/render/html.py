"""Jinja environment over the template search path, and the brief as HTML."""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

import jinja2
from markupsafe import Markup

from .. import __version__
from ..arabic.text import has_arabic, script_runs
from ..errors import ProjectError
from ..model import Brief, Text

STYLESHEET = "brief.css"
# The standalone page only: WeasyPrint ignores media features.
SCREEN_STYLESHEET = "brief_screen.css"
_FONTS_SLOT = "/* briefgen: fonts */\n"


def template_environment(template_dirs: Sequence[Path]) -> jinja2.Environment:
    """Return a sandboxed, autoescaping environment searching `template_dirs` in order."""
    from jinja2.sandbox import SandboxedEnvironment

    env = SandboxedEnvironment(
        loader=jinja2.FileSystemLoader([str(d) for d in template_dirs]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=False,
        keep_trailing_newline=True,
        finalize=_isolate_text,
    )
    env.filters["isolate"] = isolate_arabic
    return env


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
    # Arabic text already sits in a dir="rtl" lang="ar" block.
    if isinstance(value, Text) and not value.rtl and has_arabic(value.value):
        return isolate_arabic(value.value)
    return value


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

        page = page.replace(_FONTS_SLOT, subset_font_face_css(html.unescape(page)), 1)
    return page
