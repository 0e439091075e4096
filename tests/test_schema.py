"""The JSON Schema and docs/spec.md: generated from the spec model, and in step with it."""

from __future__ import annotations

import datetime as dt
import typing
from dataclasses import MISSING
from pathlib import Path

import jsonschema
import pytest
import yaml

from briefgen.docs import DOCS_PATH, spec_markdown
from briefgen.schema import SCHEMA_PATH, brief_schema, schema_json, spec_fields
from briefgen.spec import BriefSpec, Cite, PartialDate

ROOT = Path(__file__).resolve().parent.parent
# pack.yaml is a pack spec, not a brief.
SAMPLES = sorted(p for p in (ROOT / "briefs").glob("*.yaml") if p.name != "pack.yaml")
MODELINE = "# yaml-language-server: $schema=../schema/brief.schema.json"


def as_editor_sees(path: Path):
    """Load YAML as the language server does: a bare date is a string, not a date object."""
    def plain(value):
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        if isinstance(value, list):
            return [plain(v) for v in value]
        if isinstance(value, dt.date):
            return value.isoformat()
        return value

    return plain(yaml.safe_load(path.read_text(encoding="utf-8")))


def validator():
    schema = brief_schema()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_sample_spec_validates_against_schema(path):
    errors = [f"{'.'.join(map(str, e.path))}: {e.message}"
              for e in validator().iter_errors(as_editor_sees(path))]
    assert errors == []


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_sample_spec_starts_with_modeline(path):
    assert path.read_text(encoding="utf-8").splitlines()[0] == MODELINE


@pytest.mark.parametrize("mistake, fragment", [
    ({"summry": "x"}, "Additional properties"),
    ({"classification": "TOP SECRET"}, "is not one of"),
    ({"excerpts": [{"cite": "000_9adeab1d9a5ac9f6 p3", "summary": "x"}]}, "does not match"),
    ({"key_dates": [{"date": "1998-9", "event": "x", "cite": "a#p1"}]}, "is not valid"),
    ({"actors": [{"role": "x", "cite": "a#p1", "ref": "iran",
                  "name": {"en": "Iran"}}]}, "is valid under each of"),
    ({"actors": [{"role": "x", "cite": "a#p1"}]}, "is not valid under any"),
    ({"summary": "  "}, "does not match"),
])
def test_schema_rejects_what_the_loader_rejects(mistake, fragment):
    spec = as_editor_sees(SAMPLES[0])
    spec.update(mistake)
    messages = [e.message for e in validator().iter_errors(spec)]
    assert any(fragment in m for m in messages), messages


def _walk(tp, schema: dict, where: str) -> list[str]:
    """Compare a spec dataclass with its schema object, key by key, at every depth."""
    problems = []
    names = [f.name for f in spec_fields(tp)]
    if list(schema["properties"]) != names:
        problems.append(f"{where}: schema keys {list(schema['properties'])} != model {names}")
    required = [f.name for f in spec_fields(tp)
                if f.default is MISSING and f.default_factory is MISSING]
    if schema["required"] != required:
        problems.append(f"{where}: schema requires {schema['required']}, model {required}")
    if schema.get("additionalProperties") is not False:
        problems.append(f"{where}: allows unknown keys")
    hints = typing.get_type_hints(tp)
    for f in spec_fields(tp):
        prop = schema["properties"][f.name]
        if prop.get("description") != f.metadata["doc"]:
            problems.append(f"{where}.{f.name}: description differs from the model's")
        inner = typing.get_args(hints[f.name]) or (hints[f.name],)
        for arg in inner:
            if hasattr(arg, "__dataclass_fields__") and arg not in (Cite, PartialDate):
                sub = prop.get("items", prop)
                sub = next((s for s in sub.get("anyOf", [sub]) if s.get("type") == "object"), sub)
                problems += _walk(arg, sub, f"{where}.{f.name}")
    return problems


def test_schema_and_model_agree_on_every_field():
    assert _walk(BriefSpec, brief_schema(), "spec") == []


def test_committed_schema_is_fresh():
    committed = (ROOT / SCHEMA_PATH).read_text(encoding="utf-8")
    assert committed == schema_json(), "run: briefgen schema -o schema/brief.schema.json"


def test_committed_spec_reference_is_fresh():
    committed = (ROOT / DOCS_PATH).read_text(encoding="utf-8")
    assert committed == spec_markdown(), "run: briefgen schema --markdown -o docs/spec.md"


def test_spec_reference_describes_every_field():
    text = spec_markdown()
    for f in spec_fields(BriefSpec):
        assert f"| `{f.name}` |" in text
    assert "give this or `ref`" in text
