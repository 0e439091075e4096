"""Jinja environment over the template search path, and the brief as HTML."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import jinja2
from markupsafe import Markup

from .. import __version__
from ..errors import ProjectError
from ..model import Brief
from .fonts import font_face_css

STYLESHEET = "brief.css"


def template_environment(template_dirs: Sequence[Path]) -> jinja2.Environment:
    """Return a sandboxed, autoescaping environment searching `template_dirs` in order."""
    from jinja2.sandbox import SandboxedEnvironment

    return SandboxedEnvironment(
        loader=jinja2.FileSystemLoader([str(d) for d in template_dirs]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=False,
        keep_trailing_newline=True,
    )


def _template(env: jinja2.Environment, name: str) -> jinja2.Template:
    try:
        return env.get_template(name)
    except jinja2.TemplateNotFound:
        searched = ", ".join(env.loader.searchpath)
        raise ProjectError(f"template {name} not found (searched {searched})") from None
    except jinja2.TemplateSyntaxError as exc:
        raise ProjectError(f"{exc.filename}:{exc.lineno}: template syntax: {exc.message}") from None


def stylesheet(env: jinja2.Environment) -> str:
    """Return the brief stylesheet's text from the first template folder that has it."""
    try:
        source, _, _ = env.loader.get_source(env, STYLESHEET)
    except jinja2.TemplateNotFound:
        searched = ", ".join(env.loader.searchpath)
        raise ProjectError(f"stylesheet {STYLESHEET} not found (searched {searched})") from None
    return source


def render_html(brief: Brief, env: jinja2.Environment, standalone: bool = False,
                template: str = "brief.html") -> str:
    """Render a brief as HTML: for print (styles given apart) or as one standalone file."""
    inline_css = None
    if standalone:
        # Markup: the stylesheet is ours, not user text, and must not be HTML-escaped.
        inline_css = Markup(font_face_css(embed=True) + stylesheet(env))
    try:
        return _template(env, template).render(
            brief=brief, version=__version__, inline_css=inline_css
        )
    except jinja2.TemplateError as exc:
        raise ProjectError(f"template {template}: {exc}") from None
