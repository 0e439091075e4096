"""docs/spec.md, the spec reference, generated from the field descriptions in spec.py."""

from __future__ import annotations

import datetime as dt
import inspect
import types
import typing
from dataclasses import is_dataclass
from typing import Literal

from .schema import is_required, spec_fields
from .spec import BriefSpec, Cite, PartialDate
from .yamlspec import Id

DOCS_PATH = "docs/spec.md"

_INTRO = """\
# Brief spec reference

<!-- Generated from src/briefgen/spec.py by `briefgen schema --markdown -o docs/spec.md`;
     edit the field descriptions there, not this file. -->

A brief spec is a YAML file in `briefs/`. It says what the analyst writes (title, summary,
background, actors, key dates, excerpts, open questions) and points at source paragraphs by
id; the Arabic text itself comes from the sources. Start one with
`briefgen new SLUG --source ID`, check it with `briefgen validate`, and preview it with
`briefgen watch`.

Editors that speak the YAML language server (VS Code's YAML extension, Neovim, Helix, …)
complete and check keys through the first line of every sample spec:

```yaml
# yaml-language-server: $schema=../schema/brief.schema.json
```

The schema (`schema/brief.schema.json`) is generated from the same model as this page.
"""


def _type_name(tp) -> str:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        return " or ".join(_type_name(option) for option in options)
    if origin is tuple:
        item = typing.get_args(tp)[0]
        if item is Cite:
            return "list of [paragraph ids](#paragraph-id) (or one)"
        return f"list of {_type_name(item)}"
    if origin is Literal:
        return "one of " + ", ".join(f"`{choice}`" for choice in typing.get_args(tp))
    if tp is str:
        return "text"
    if tp is Id:
        return "id (lower-case letters, digits, - and _; 100 at most)"
    if tp is dt.date:
        return "date, YYYY-MM-DD"
    if tp is Cite:
        return "[paragraph id](#paragraph-id)"
    if tp is PartialDate:
        return "[partial date](#partial-date)"
    if is_dataclass(tp):
        return f"[{_title(tp)}](#{_title(tp).lower().replace(' ', '-')})"
    raise TypeError(f"spec field type {tp!r} has no name in the docs")


def _title(tp) -> str:
    return {"BriefSpec": "Brief", "ActorSpec": "Actor", "KeyDateSpec": "Key date",
            "ExcerptSpec": "Excerpt", "QuestionSpec": "Open question"}.get(tp.__name__, tp.__name__)


def _nested(tp) -> list:
    """Return the spec dataclasses reachable from `tp`, in the order fields name them."""
    found = []

    def visit(hint):
        for arg in typing.get_args(hint):
            visit(arg)
        if is_dataclass(hint) and hint not in (Cite, PartialDate) and hint not in found:
            found.append(hint)
            hints = typing.get_type_hints(hint)
            for f in spec_fields(hint):
                visit(hints[f.name])

    visit(tp)
    return found


def _cell(text: str) -> str:
    return (text.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\n", " "))


def spec_markdown() -> str:
    """Return the text of docs/spec.md."""
    parts = [_INTRO]
    for tp in _nested(BriefSpec):
        hints = typing.get_type_hints(tp)
        parts.append(f"\n## {_title(tp)}\n\n{inspect.getdoc(tp)}\n\n"
                     "| Key | Type | Required | Description |\n|---|---|---|---|\n")
        for f in spec_fields(tp):
            required = "yes" if is_required(f) else "no"
            parts.append(f"| `{f.name}` | {_cell(_type_name(hints[f.name]))} | {required} "
                         f"| {_cell(f.metadata['doc'])} |\n")
    parts.append(
        "\n## Paragraph id\n\n"
        f"{inspect.getdoc(Cite)} The source is a file stem in `seeds/` or its alias from "
        "`seeds/sources.yaml`; `briefgen sources ID` prints the numbered paragraphs.\n"
        "\n## Partial date\n\n"
        f"{inspect.getdoc(PartialDate)} Write `1998`, `1998-09` or `1998-09-13`; the brief "
        "shows no more precision than given.\n"
    )
    return "".join(parts)
