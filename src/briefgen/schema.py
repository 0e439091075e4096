"""The spec's JSON Schema, generated from the dataclasses in spec.py (one source of truth).

Every object is inlined rather than referenced: draft-07 ignores keywords beside `$ref`, and
editors then lose the field's description.
"""

from __future__ import annotations

import datetime as dt
import inspect
import json
import re
import types
import typing
from dataclasses import MISSING, fields, is_dataclass
from typing import Literal

from .spec import _CITE, _PARTIAL_DATE, ActorSpec, BriefSpec, Cite, PartialDate
from .yamlspec import ID, Id

SCHEMA_PATH = "schema/brief.schema.json"
DRAFT = "http://json-schema.org/draft-07/schema#"
# The loader rejects blank text, so the schema does too: at least one non-space character.
_TEXT = {"type": "string", "pattern": r"\S"}


def spec_fields(tp) -> list:
    """Return the fields of a spec dataclass that an analyst writes (not path or line)."""
    return [f for f in fields(tp) if not f.metadata.get("internal")]


def is_required(f) -> bool:
    """Say whether a spec field has no default, so a spec must give it."""
    return f.default is MISSING and f.default_factory is MISSING


def _ecma(pattern: str) -> str:
    # Named groups are spelled differently in Python and ECMA-262 regexes; plain groups are not.
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


def type_schema(tp) -> dict:
    """Return the JSON Schema of one spec type hint."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        if type(None) not in typing.get_args(tp):  # one of several shapes: text or a mapping
            return {"anyOf": [type_schema(option) for option in options]}
        inner = type_schema(options[0])
        if isinstance(inner.get("type"), str):
            return {**inner, "type": [inner["type"], "null"]}
        return {"anyOf": [inner, {"type": "null"}]}
    if origin is tuple:
        item_tp = typing.get_args(tp)[0]
        array = {"type": "array", "items": type_schema(item_tp)}
        if item_tp is Cite:
            # The loader takes a single paragraph id where a list is expected.
            return {"anyOf": [type_schema(Cite), array]}
        return array
    if origin is Literal:
        return {"type": "string", "enum": list(typing.get_args(tp))}
    if tp is str:
        return dict(_TEXT)
    if tp is Id:
        return {"type": "string", "pattern": ID.pattern}
    if tp is Cite:
        return {"type": "string", "pattern": _ecma(_CITE.pattern),
                "description": inspect.getdoc(Cite)}
    if tp is PartialDate:
        return {"anyOf": [{"type": "string", "pattern": _ecma(_PARTIAL_DATE.pattern)},
                          {"type": "integer", "minimum": 1000, "maximum": 9999}],
                "description": inspect.getdoc(PartialDate)}
    if tp is dt.date:
        return {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
    if is_dataclass(tp):
        return object_schema(tp)
    raise TypeError(f"spec field type {tp!r} has no schema")  # a bug in spec.py, not user input


def object_schema(tp) -> dict:
    """Return the JSON Schema of a spec dataclass: its fields, descriptions and required keys."""
    hints = typing.get_type_hints(tp)
    properties = {}
    for f in spec_fields(tp):
        prop = type_schema(hints[f.name])
        prop["description"] = f.metadata["doc"]
        properties[f.name] = prop
    schema = {
        "type": "object",
        "description": inspect.getdoc(tp),
        "properties": properties,
        "required": [f.name for f in spec_fields(tp) if is_required(f)],
        "additionalProperties": False,
    }
    if tp is ActorSpec:
        # oneOf, not anyOf: the loader refuses an actor that gives both.
        schema["oneOf"] = [{"required": ["name"]}, {"required": ["ref"]}]
    return schema


def brief_schema() -> dict:
    """Return the JSON Schema of a brief spec (briefs/*.yaml)."""
    return {"$schema": DRAFT, "title": "briefgen brief spec", **object_schema(BriefSpec)}


def schema_json() -> str:
    """Return the schema as the text of schema/brief.schema.json."""
    return json.dumps(brief_schema(), indent=2, ensure_ascii=False) + "\n"
