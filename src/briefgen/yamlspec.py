"""YAML nodes → typed dataclasses, with every problem collected and located (file:line: key).

The one walker for every YAML file briefgen reads (brief specs, briefs/pack.yaml,
seeds/sources.yaml, seeds/actors.yaml), so each gives the same errors: an unknown key with a
did-you-mean, a wrong type, text refused or cleaned by the same rules.

A dataclass describes a file's entries: its fields are the keys, their hints the types (str,
Id, a Literal of choices, tuple[T, ...], dict[str, T], a union, another dataclass, or a type
the caller gives a `Scalar` for), their defaults say which keys may be left out. Fields with
`internal` metadata are not keys; the walker fills those named `key` (the entry's key path),
`line` (where the entry starts), `<name>_line` (where key <name>'s value starts) and
`<name>_lines` (where each item of list <name> starts). A rule between keys goes in a
`check_keys(given)` classmethod returning a message or None.

`read` goes as far as a file allows, so that later checks (citations, refs) still run on a
spec with a typo: a required value that is missing or wrong gets a stand-in (empty text, an
empty list, a scalar's `stand_in`), and an entry that cannot have one (a cite) is left out.
A value with stand-ins always comes with the problems that explain them.
"""

from __future__ import annotations

import difflib
import functools
import re
import types
import typing
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import MISSING, field, fields, is_dataclass
from pathlib import Path
from typing import Literal, NamedTuple

import yaml

from . import yamlnodes
from .arabic.text import BIDI_CONTROLS, ZERO_WIDTH, normalise_presentation_forms
from .errors import BriefgenError, Problem

# The one id pattern: brief ids, file names, actor ids.
ID = re.compile(r"^[a-z0-9][a-z0-9_\-]{0,99}$")  # a file's name, with room for .docx and a
# temporary file's affixes in a file system's 255 bytes
ID_RULE = "lower-case letters, digits, - and _, 100 at most"


class Id(str):
    """Text that names a brief or an entry: lower-case letters, digits, - and _, 100 at most."""


class Scalar(NamedTuple):
    """How to read one value type from its text: `parse(text, line, key)` raises ValueError."""

    parse: Callable[[str, int, str], object]
    expected: str  # for "expected <this>, found a list"
    alone_as_list: bool = False  # one value may stand where a list of them is expected
    # Put where the value is missing or wrong, so the rest of its entry is still checked;
    # None leaves the entry out (what would be checked against sources must never be made up).
    stand_in: object = None


def doc(text: str, **kwargs):
    """Declare a field with the description shown in errors, the schema and the reference."""
    return field(metadata={"doc": text}, **kwargs)


def internal(**kwargs):
    """Declare a field the walker fills or the loader sets, never written in YAML."""
    return field(compare=False, metadata={"internal": True}, **kwargs)


def load(path: Path, tp, what: str, error: type[BriefgenError], *, label: str | None = None,
         scalars: Mapping[type, Scalar] | None = None):
    """Read one YAML file into `tp`; return None for an empty file, else raise `error` listing
    every problem."""
    value, problems = read(path, tp, what, error, label=label, scalars=scalars)
    if problems:
        raise error(problems)
    return value


def read(path: Path, tp, what: str, error: type[BriefgenError], *, label: str | None = None,
         scalars: Mapping[type, Scalar] | None = None) -> tuple[object, list[Problem]]:
    """Read one YAML file into `tp` as far as it goes: the value (None for an empty or
    unreadable file, stand-ins where values are missing or wrong) and every problem."""
    try:
        text = yamlnodes.read_text(path, what, error)
        root = yamlnodes.compose(text, path, error)
    except error as exc:
        return None, list(exc.problems)
    if root is None:
        return None, []
    walker = Walker(path, label or f"the {what}", scalars)
    return walker.convert(root, tp, ""), walker.problems


class Walker:
    """Turn composed YAML nodes into dataclasses, collecting located problems."""

    def __init__(self, path: Path, label: str, scalars: Mapping[type, Scalar] | None = None):
        self.path = path
        self.label = label  # what the whole file is, for "expected a mapping of keys for ..."
        self.scalars = scalars or {}
        self.problems: list[Problem] = []
        self.required = False  # whether the value being converted belongs to a required key

    def empty(self, node: yaml.Node, key: str, fix: str) -> None:
        unless = "" if self.required else " or remove the key"
        self.problem(node, key, f"is empty; {fix}{unless}")

    def problem(self, node: yaml.Node, key: str, message: str) -> None:
        self.problems.append(Problem(self.path, yamlnodes.line_of(node), key or None, message))

    def convert(self, node: yaml.Node, tp, key: str):
        origin = typing.get_origin(tp)
        if origin in (typing.Union, types.UnionType):
            if _is_null(node):
                return None
            options = [a for a in typing.get_args(tp) if a is not type(None)]
            fitting = [option for option in options if self.fits(node, option)]
            return self.convert(node, (fitting or options)[0], key)
        if _is_null(node) and tp not in (str, Id):
            self.empty(node, key, "give a value")
            return None
        if tp in self.scalars:
            return self.convert_scalar(node, self.scalars[tp], key)
        if is_dataclass(tp):
            return self.convert_mapping(node, tp, key)
        if origin is tuple:
            return self.convert_sequence(node, typing.get_args(tp)[0], key)
        if origin is dict:
            return self.convert_entries(node, typing.get_args(tp)[1], key)
        if origin is Literal:
            return self.convert_choice(node, typing.get_args(tp), key)
        if not isinstance(node, yaml.ScalarNode):
            self.problem(node, key, f"expected {_describe(tp)}, found a {_node_kind(node)}")
            return None
        if tp is str:
            return self.convert_text(node, key)
        if tp is Id:
            return self.convert_id(node, key)
        raise TypeError(f"field type {tp!r} has no converter")  # a bug, not user input

    def fits(self, node: yaml.Node, tp) -> bool:
        """Say whether a node has the shape of a type, to choose among a union's options."""
        if tp in self.scalars:
            return isinstance(node, yaml.ScalarNode)
        if isinstance(node, yaml.MappingNode):
            return is_dataclass(tp) or typing.get_origin(tp) is dict
        if isinstance(node, yaml.SequenceNode):
            return typing.get_origin(tp) is tuple
        return not is_dataclass(tp) and typing.get_origin(tp) not in (tuple, dict)

    def convert_scalar(self, node: yaml.Node, scalar: Scalar, key: str):
        if not isinstance(node, yaml.ScalarNode):
            self.problem(node, key, f"expected {scalar.expected}, found a {_node_kind(node)}")
            return None
        try:
            # The text as written: YAML's own timestamp parsing would fail on 2024-02-30 with
            # a message that names no field.
            return scalar.parse(str(node.value), yamlnodes.line_of(node), key)
        except ValueError as exc:
            self.problem(node, key, str(exc))
            return None

    def convert_mapping(self, node: yaml.Node, tp, key: str):
        if not isinstance(node, yaml.MappingNode):
            where = key if key else self.label
            self.problem(node, key, f"expected a mapping of keys for {where}, "
                                    f"found a {_node_kind(node)}")
            return None
        keys = {f.name: f for f in fields(tp) if not f.metadata.get("internal")}
        hints = _hints(tp)
        values: dict = {}
        meant: set[str] = set()  # keys an unknown key was taken for: "missing" would repeat it
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.problem(key_node, key, f"a key is a {_node_kind(key_node)}; keys are plain "
                                            f"names: {', '.join(keys)}")
                continue
            name = str(key_node.value)
            child = f"{key}.{name}" if key else name
            if name not in keys:
                close = difflib.get_close_matches(name, keys, n=1, cutoff=0.6)
                hint = f"did you mean '{close[0]}'?" if close else \
                    f"expected one of {', '.join(keys)}"
                self.problem(key_node, child, f"unknown key; {hint}")
                meant.update(close)
                continue
            self.required = _is_required(keys[name])
            values[name] = self.convert(value_node, hints[name], child)
        for f in keys.values():
            if _is_required(f) and f.name not in values and f.name not in meant:
                where = key or self.label
                self.problem(node, f"{key}.{f.name}" if key else f.name,
                             f"missing; {where} needs `{f.name}`: {f.metadata.get('doc', '')}")
        check = getattr(tp, "check_keys", None)
        # a key given as null is not given (ref: null names no actor; ref: ~ neither)
        message = check({k for k, v in values.items() if v is not None}) if check else None
        if message:
            self.problem(node, key, message)
        values = {k: v for k, v in values.items() if v is not None}
        for f in keys.values():
            if _is_required(f) and f.name not in values:  # reported above or where it is
                values[f.name] = self.stand_in(hints[f.name])
        values.update(_locations(tp, node, key))
        try:
            return tp(**{k: v for k, v in values.items() if v is not None})
        except TypeError:
            return None  # a required value has no stand-in; already reported

    def stand_in(self, tp):
        """A placeholder of type `tp` for a value already reported, or None if it has none."""
        origin = typing.get_origin(tp)
        if tp in self.scalars:
            return self.scalars[tp].stand_in
        if tp in (str, Id):
            return ""
        if origin is tuple:
            return ()
        if origin is dict:
            return {}
        if origin is Literal:
            return typing.get_args(tp)[0]
        if origin in (typing.Union, types.UnionType):
            options = [a for a in typing.get_args(tp) if a is not type(None)]
            return None if len(options) < len(typing.get_args(tp)) else self.stand_in(options[0])
        if isinstance(tp, type) and is_dataclass(tp):
            hints = _hints(tp)
            values = {f.name: self.stand_in(hints[f.name]) for f in fields(tp)
                      if _is_required(f) and not f.metadata.get("internal")}
            return None if None in values.values() else tp(**values)
        return None

    def convert_sequence(self, node: yaml.Node, item_tp, key: str):
        scalar = self.scalars.get(item_tp)
        if isinstance(node, yaml.ScalarNode) and scalar and scalar.alone_as_list:
            node = yaml.SequenceNode("tag:yaml.org,2002:seq", [node],
                                     node.start_mark, node.end_mark)
        if not isinstance(node, yaml.SequenceNode):
            where = "" if key else f" for {self.label}"
            self.problem(node, key, f"expected a list{where}, found a {_node_kind(node)}")
            return ()
        items = [self.convert(item, item_tp, f"{key}[{i}]") for i, item in enumerate(node.value)]
        return tuple(item for item in items if item is not None)

    def convert_entries(self, node: yaml.Node, item_tp, key: str):
        if not isinstance(node, yaml.MappingNode):
            where = key or self.label
            self.problem(node, key, f"expected a mapping of names to entries for {where}, "
                                    f"found a {_node_kind(node)}")
            return {}
        entries = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.problem(key_node, key, f"a key is a {_node_kind(key_node)}; "
                                            "keys are plain names")
                continue
            name = str(key_node.value)
            self.required = True
            value = self.convert(value_node, item_tp, f"{key}.{name}" if key else name)
            if value is not None:
                entries[name] = value
        return entries

    def convert_choice(self, node: yaml.Node, choices: tuple[str, ...], key: str):
        value = str(node.value).strip() if isinstance(node, yaml.ScalarNode) else None
        if value in choices:
            return value
        folded = {choice.casefold(): choice for choice in choices}
        close = difflib.get_close_matches((value or "").casefold(), folded, n=1, cutoff=0.6)
        hint = f"did you mean '{folded[close[0]]}'? " if close else ""
        message = f"'{value}' is not one of {', '.join(choices)}; {hint}"
        self.problem(node, key, message.rstrip("; "))
        return None

    def convert_id(self, node: yaml.ScalarNode, key: str):
        text = self.convert_text(node, key)
        if text is not None and not ID.match(text):
            self.problem(node, key, f"'{text}' is not an id; use {ID_RULE} (e.g. quds-force)")
            return None
        return text

    def convert_text(self, node: yaml.ScalarNode, key: str):
        if node.tag != "tag:yaml.org,2002:str":
            value = yamlnodes.scalar(node)
            if value is None:
                self.empty(node, key, "write the text")
                return None
            self.problem(node, key, f"expected text, found {type(value).__name__} {node.value!r}; "
                                    "put it in quotes")
            return None
        text = node.value
        if _SUSPECT.search(text) is None:  # the common case: nothing to refuse or remove
            text = unicodedata.normalize("NFC", text).strip()
            if not text:
                self.empty(node, key, "write the text")
                return None
            return text
        controls = sorted({f"U+{ord(c):04X}" for c in text if c in BIDI_CONTROLS})
        if controls:
            self.problem(node, key, f"contains bidi control characters ({', '.join(controls)}) "
                                    "that can disguise text; delete them")
            return None
        unprintable = sorted({f"U+{ord(c):04X}" for c in text if _unprintable(c)})
        if unprintable:
            self.problem(node, key, f"contains control or invalid characters "
                                    f"({', '.join(unprintable)}); delete them")
            return None
        text = "".join(c for c in text if c not in ZERO_WIDTH)
        text = unicodedata.normalize("NFC", normalise_presentation_forms(text)).strip()
        if not text:
            self.empty(node, key, "write the text")
            return None
        return text


# Anything convert_text must refuse, remove or map: controls, surrogates, non-characters,
# bidi controls, zero-width characters and Arabic presentation forms.
_SUSPECT = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff"
    + "".join(sorted(BIDI_CONTROLS | ZERO_WIDTH))
    + "\ufb50-\ufdff\ufe70-\ufeff]"
)


def _unprintable(char: str) -> bool:
    # Escapes in quoted YAML ("\x07", "\ud800") reach here; PDF and DOCX cannot carry them.
    category = unicodedata.category(char)
    return (category == "Cc" and char not in "\t\n") or category == "Cs" \
        or char in "\ufffe\uffff"


def _locations(tp, node: yaml.MappingNode, key: str) -> dict:
    """Fill the internal fields that say where an entry and its values are written."""
    names = [f.name for f in fields(tp) if f.metadata.get("internal")]
    by_key = {k.value: v for k, v in node.value if isinstance(k, yaml.ScalarNode)}
    found: dict = {}
    for name in names:
        if name == "key":
            found[name] = key
        elif name == "line":
            found[name] = yamlnodes.line_of(node)
        elif name.endswith("_lines"):
            items = by_key.get(name.removesuffix("_lines"))
            found[name] = tuple(yamlnodes.line_of(item) for item in items.value) \
                if isinstance(items, yaml.SequenceNode) else ()
        elif name.endswith("_line") and name.removesuffix("_line") in by_key:
            found[name] = yamlnodes.line_of(by_key[name.removesuffix("_line")])
    return found


def _is_required(f) -> bool:
    return f.default is MISSING and f.default_factory is MISSING


@functools.cache
def _hints(tp) -> dict:
    return typing.get_type_hints(tp)


def _is_null(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null"


def _node_kind(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "mapping"
    if isinstance(node, yaml.SequenceNode):
        return "list"
    return "value" if node.tag == "tag:yaml.org,2002:str" else f"{node.tag.rsplit(':', 1)[-1]}"


def _describe(tp) -> str:
    return "text" if tp in (str, Id) else "a value"

