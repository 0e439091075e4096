"""Safe YAML composed into nodes that remember their line, for errors that point at it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from .errors import Problem
from .files import read_regular, utf16_without_bom

MAX_YAML_BYTES = 1_000_000  # a brief spec is a few kilobytes; a megabyte is a mistake
MAX_DEPTH = 50  # a spec nests four levels; the composer recurses and would hit Python's limit
_PLAIN_TAGS = (None, "!", "tag:yaml.org,2002:str")


class _NodeLoader(yaml.SafeLoader):
    """A safe loader whose composer refuses aliases, tags, deep nesting and duplicate keys."""

    depth = 0

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            raise yaml.composer.ComposerError(
                None, None,
                f"YAML aliases (*{event.anchor}) are not allowed in briefgen files; "
                "write the value out in full",
                event.start_mark,  # type: ignore[arg-type]  # the C loader's Mark reads alike
            )
        # Tags would ask the constructor for types the spec never uses (!!python/..., !!int 'x').
        if getattr(event, "tag", None) not in _PLAIN_TAGS:
            raise yaml.composer.ComposerError(
                None, None,
                f"YAML tags ({event.tag.replace('tag:yaml.org,2002:', '!!')}) are not allowed "
                "in briefgen files; delete the tag",
                event.start_mark,
            )
        if self.depth >= MAX_DEPTH:
            raise yaml.composer.ComposerError(
                None, None,
                f"nested more than {MAX_DEPTH} levels deep; a spec needs four at most",
                event.start_mark,
            )
        self.depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1

    def compose_mapping_node(self, anchor):
        node = super().compose_mapping_node(anchor)
        seen: dict[str, int] = {}
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                line = key_node.start_mark.line + 1
                if key_node.value == "<<" and key_node.tag == "tag:yaml.org,2002:merge":
                    raise yaml.composer.ComposerError(
                        None, None, "YAML merge keys (<<) are not allowed; write the keys out",
                        key_node.start_mark,
                    )
                if key_node.value in seen:
                    raise yaml.composer.ComposerError(
                        None, None,
                        f"duplicate key '{key_node.value}' (first on line {seen[key_node.value]}); "
                        "keep one of them",
                        key_node.start_mark,
                    )
                seen[key_node.value] = line
        return node


def line_of(node: yaml.Node) -> int:
    """Return the 1-based line a node starts on."""
    return node.start_mark.line + 1


def read_text(path: Path, what: str, error: type) -> str:
    """Read a UTF-8 file no larger than the YAML limit, or raise `error` saying why."""
    data = read_regular(path, MAX_YAML_BYTES, what, error)
    encoding = utf16_without_bom(data)
    if encoding:
        raise error([Problem(path, None, None,
                             f"{what} is {encoding} without a byte-order mark, not UTF-8; "
                             "save it as UTF-8")])
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise error([Problem(path, line, None,
                             f"{what} is not UTF-8 (byte 0x{data[exc.start]:02x}); "
                             "save it as UTF-8")]) from None


def compose(text: str, path: Path | str, error: type) -> yaml.Node | None:
    """Compose one YAML document into nodes, or raise `error` naming the line."""
    fast = _compose_fast(text)
    if fast is not _REFUSED:
        return fast
    try:
        return yaml.compose(text, Loader=_NodeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if exc.context_mark and "while scanning a quoted scalar" in (exc.context or ""):
            mark = exc.context_mark  # where the quote opens, not the end of the file
        line = mark.line + 1 if mark else None
        message = exc.problem or exc.context or "invalid YAML"
        if "expected a single document" in str(exc):
            message = "holds more than one YAML document (---); keep one per file"
        elif "found character '\\t'" in message:
            message = "a tab is used for indentation; YAML needs spaces"
        elif exc.context and exc.problem:
            message = f"{exc.problem} ({exc.context})"
        if mark is not None and _colon_at(text, mark.line, mark.column):
            message += f"; {_quote_hint(text.splitlines()[mark.line])}"
        if not isinstance(exc, yaml.composer.ComposerError) and "; " not in message:
            message += "; check the quotes, brackets and indentation here and just above"
        raise error([Problem(path, line, None, f"YAML syntax: {message}")]) from None
    except yaml.reader.ReaderError as exc:
        line = text[: exc.position].count("\n") + 1
        raise error([Problem(path, line, None,
                             f"holds the control character U+{exc.character:04X}, which YAML "
                             "does not allow; delete it")]) from None
    except yaml.YAMLError as exc:
        raise error([Problem(path, None, None, f"YAML: {exc}")]) from None


def _colon_at(text: str, line: int, column: int) -> bool:
    """Say whether the character YAML stopped at is a colon inside a value."""
    lines = text.splitlines()
    return line < len(lines) and lines[line][column:column + 1] == ":" \
        and ":" in lines[line][:column]


_KEY_AND_VALUE = re.compile(r"^(?P<key>\s*(?:-\s+)?[^\s:#'\"{\[][^:#]*?:)\s+(?P<value>.+?)\s*$")


def _quote_hint(line: str) -> str:
    """Tell how to quote a value that holds ': ' (YAML reads it as another key)."""
    found = _KEY_AND_VALUE.match(line)
    if found is None or found["value"][0] in "'\"{[":
        return "a value that holds ': ' must be in quotes"
    key, value = found["key"].strip(), found["value"]
    item = re.match(r"-\s+", key)
    if item and not _NAME.match(key[item.end():-1]):  # `- Why: ...` is text, not a key
        key, value = "-", f"{key[item.end():]} {value}"
    quoted = json.dumps(value, ensure_ascii=False)  # a valid YAML double-quoted string
    return (f"the value holds ': ', which YAML reads as another key; put the value in quotes: "
            f"{key} {quoted}")


_NAME = re.compile(r"^[A-Za-z_][\w\-]*$")


_REFUSED = object()
_MAYBE_TAG = re.compile(r"(?:^|[\s\[{,])!")
_CLoader = getattr(yaml, "CSafeLoader", None)


def _compose_fast(text: str):
    """Compose with libyaml where the text is plainly well-formed; else return _REFUSED.

    The pure-Python composer above is what knows how to explain a problem; libyaml is ten
    times faster on a good file. Anything it cannot vouch for (an error, an alias, a tag, a
    merge or duplicate key, deep nesting) goes back to the Python composer for its message.
    """
    if _CLoader is None or _nesting_estimate(text) > MAX_DEPTH or _MAYBE_TAG.search(text):
        return _REFUSED
    try:
        root = yaml.compose(text, Loader=_CLoader)
    except (yaml.YAMLError, RecursionError):
        return _REFUSED
    if root is not None and not _plain(root):
        return _REFUSED
    return root


_BRACKETS = re.compile(r"[\[\]{}]")
_INDENT = re.compile(r"^ +", re.MULTILINE)


def _nesting_estimate(text: str) -> int:
    brackets = depth = 0
    for char in _BRACKETS.findall(text):  # only the brackets, not every character
        if char in "[{":
            depth += 1
            brackets = max(brackets, depth)
        else:
            depth -= 1
    indent = max(map(len, _INDENT.findall(text)), default=0)
    return max(brackets, indent // 2)


def _plain(root: yaml.Node) -> bool:
    """Say whether a composed tree has no aliases, tags, merge or duplicate keys."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            return False  # the same node twice: an alias
        seen.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            continue
        if isinstance(node, yaml.MappingNode):
            keys = set()
            for key, value in node.value:
                if key.tag == "tag:yaml.org,2002:merge" or not isinstance(key, yaml.ScalarNode):
                    return False
                if key.value in keys:
                    return False
                keys.add(key.value)
                stack.extend((key, value))
        else:
            stack.extend(node.value)
    return True


def scalar(node: yaml.ScalarNode):
    """Return a scalar node's value as the safe loader would construct it."""
    return yaml.constructor.SafeConstructor().construct_object(node, deep=True)
