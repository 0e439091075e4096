"""YAML → BriefSpec, with every problem collected and located (file:line: key.path).

The dataclasses below are the one definition of the spec: the loader walks them, and the
JSON Schema and the reference docs are generated from their fields and descriptions.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import difflib
import functools
import re
import types
import typing
import unicodedata
from dataclasses import MISSING, dataclass, field, fields, is_dataclass
from pathlib import Path
from typing import Literal

import yaml

from . import yamlnodes
from .arabic.text import BIDI_CONTROLS, ZERO_WIDTH, normalise_presentation_forms
from .errors import Problem, SpecError

CLASSIFICATIONS = ("UNCLASSIFIED", "OFFICIAL", "CONFIDENTIAL", "SECRET")
Classification = Literal["UNCLASSIFIED", "OFFICIAL", "CONFIDENTIAL", "SECRET"]
_CITE = re.compile(r"^(?P<source>[A-Za-z0-9][A-Za-z0-9_.\-]*)#p(?P<first>\d+)(?:-p?(?P<last>\d+))?$")
_PARTIAL_DATE = re.compile(r"^(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?$")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def doc(text: str, **kwargs):
    """Declare a spec field with the description shown in the schema and the reference."""
    return field(metadata={"doc": text}, **kwargs)


@dataclass(frozen=True)
class Cite:
    """A citation of one paragraph or a range: `<source>#p3` or `<source>#p3-p5`."""

    source: str
    first: int
    last: int
    line: int | None = field(default=None, compare=False)
    key: str = field(default="", compare=False)

    @property
    def label(self) -> str:
        span = f"p{self.first}" if self.first == self.last else f"p{self.first}-p{self.last}"
        return f"{self.source}#{span}"

    @classmethod
    def parse(cls, text: str, line: int | None = None, key: str = "") -> "Cite":
        match = _CITE.match(text.strip())
        if not match and re.search(r"[/\\]", text.split("#", 1)[0]):
            raise ValueError(
                f"'{text}' names a path; cite a source by its id in seeds/ (the file stem, "
                "e.g. 000_9adeab1d9a5ac9f6#p3), as `briefgen sources` lists them"
            )
        if not match:
            raise ValueError(
                f"'{text}' is not a paragraph id; write <source>#p<N> or <source>#p<N>-p<M>"
            )
        first = int(match["first"])
        last = int(match["last"] or first)
        if first < 1:
            raise ValueError(f"'{text}': paragraphs are numbered from p1")
        if last < first:
            raise ValueError(f"'{text}': the range runs backwards; write p{last}-p{first}")
        return cls(match["source"], first, last, line, key)


@dataclass(frozen=True)
class PartialDate:
    """A date with only the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value) -> "PartialDate":
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return cls(value.year, value.month, value.day)
        match = _PARTIAL_DATE.match(str(value).strip())
        if not match:
            raise ValueError(f"'{value}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = int(match["y"]), match["m"], match["d"]
        if month is not None and not 1 <= int(month) <= 12:
            raise ValueError(f"'{value}': there is no month {month}; months run 01-12")
        if day is not None:
            try:
                dt.date(year, int(month), int(day))
            except ValueError:
                if year < 1:
                    raise ValueError(f"'{value}': there is no year 0") from None
                days = calendar.monthrange(year, int(month))[1]
                raise ValueError(f"'{value}': {_MONTHS[int(month) - 1]} {year} has no day {day} "
                                 f"(it has {days} days)") from None
        return cls(year, int(month) if month else None, int(day) if day else None)

    @property
    def iso(self) -> str:
        parts = [f"{self.year:04d}"]
        if self.month:
            parts.append(f"{self.month:02d}")
        if self.day:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)

    @property
    def english(self) -> str:
        if self.month is None:
            return str(self.year)
        month = _MONTHS[self.month - 1]
        return f"{self.day} {month} {self.year}" if self.day else f"{month} {self.year}"

    def __lt__(self, other: "PartialDate") -> bool:
        return (self.year, self.month or 0, self.day or 0) < (other.year, other.month or 0, other.day or 0)


@dataclass(frozen=True)
class Bilingual:
    """A name or title in English and Arabic."""

    en: str = doc("The English form.")
    ar: str | None = doc("The Arabic form, spelled as the sources spell it.", default=None)


@dataclass(frozen=True)
class Statement:
    """An English paragraph of background and the source paragraphs that support it."""

    text: str = doc("English paragraph, written by the analyst.")
    cite: tuple[Cite, ...] = doc("Paragraph ids that support it, e.g. [000_9adeab1d9a5ac9f6#p3].")


@dataclass(frozen=True)
class ActorSpec:
    """A person, state or organisation, its part in the story, and where the sources say so."""

    role: str = doc("English description of the actor's part in this story.")
    cite: tuple[Cite, ...] = doc("Paragraph ids that support the role.")
    name: Bilingual | None = doc("English and Arabic name; give this or `ref`.", default=None)
    ref: str | None = doc("Id of an actor in seeds/actors.yaml; give this or `name`.", default=None)
    # Where the actor is written, so resolve can locate an unknown `ref` against the registry.
    key: str = field(default="", compare=False, metadata={"internal": True})
    ref_line: int | None = field(default=None, compare=False, metadata={"internal": True})


@dataclass(frozen=True)
class KeyDateSpec:
    """An event on the timeline, dated only as precisely as the source dates it."""

    date: PartialDate = doc("YYYY, YYYY-MM or YYYY-MM-DD.")
    event: str = doc("English description of what happened.")
    cite: tuple[Cite, ...] = doc("Paragraph ids that give the date.")


@dataclass(frozen=True)
class ExcerptSpec:
    """Source paragraphs shown in Arabic beside the analyst's English summary."""

    cite: Cite = doc("One paragraph or a range: <source>#p3 or <source>#p3-p5.")
    summary: str = doc("English summary of exactly these paragraphs.")


@dataclass(frozen=True)
class BriefSpec:
    """A brief: what the analyst writes, pointing at source paragraphs."""

    title: Bilingual = doc("Title in English and Arabic.")
    date: dt.date = doc("Date of the brief, YYYY-MM-DD.")
    classification: Classification = doc("Marking shown on every page.")
    summary: str = doc("Bottom line up front, in English.")
    excerpts: tuple[ExcerptSpec, ...] = doc("Source passages with English summaries.")
    id: str | None = doc("Output file name; defaults to the spec's file stem.", default=None)
    author: str | None = doc("Analyst or desk.", default=None)
    topics: tuple[str, ...] = doc("Short topic tags.", default=())
    background: tuple[Statement, ...] = doc("Background paragraphs with citations.", default=())
    actors: tuple[ActorSpec, ...] = doc("Actors and their roles.", default=())
    key_dates: tuple[KeyDateSpec, ...] = doc("Timeline of dated events.", default=())
    open_questions: tuple[str, ...] = doc("What the sources leave open.", default=())
    path: Path | None = field(default=None, compare=False, metadata={"internal": True})
    line: int | None = field(default=None, compare=False, metadata={"internal": True})


_ID = re.compile(r"^[a-z0-9][a-z0-9_\-]*$")


def load_spec(path: Path) -> BriefSpec:
    """Load one spec file, raising SpecError with every problem found."""
    path = Path(path)
    text = yamlnodes.read_text(path, "spec", SpecError)
    root = yamlnodes.compose(text, path, SpecError)
    if root is None:
        raise SpecError([Problem(path, None, None,
                                 "is empty; start from `briefgen new SLUG --source ID`")])
    walker = _Walker(path)
    spec = walker.convert(root, BriefSpec, "")
    if walker.problems:
        raise SpecError(walker.problems)
    spec_id = spec.id or path.stem
    if not _ID.match(spec_id):
        id_line = next((yamlnodes.line_of(v) for k, v in root.value if k.value == "id"), None)
        fix = "use" if spec.id else "rename the spec file or add an `id:` of"
        raise SpecError([Problem(path, id_line, "id",
                                 f"'{spec_id}' cannot name a file; {fix} lower-case letters, "
                                 "digits, - and _")])
    return dataclasses.replace(spec, id=spec_id, path=path, line=yamlnodes.line_of(root))


class _Walker:
    """Turn composed YAML nodes into spec dataclasses, collecting located problems."""

    def __init__(self, path: Path):
        self.path = path
        self.problems: list[Problem] = []
        self.required = False  # whether the value being converted belongs to a required key

    def empty(self, node: yaml.Node, key: str, fix: str) -> None:
        self.problem(node, key, f"is empty; {fix}" + ("" if self.required else " or remove the key"))

    def problem(self, node: yaml.Node, key: str, message: str) -> None:
        self.problems.append(Problem(self.path, yamlnodes.line_of(node), key or None, message))

    def convert(self, node: yaml.Node, tp, key: str):
        origin = typing.get_origin(tp)
        if origin in (typing.Union, types.UnionType):
            options = [a for a in typing.get_args(tp) if a is not type(None)]
            if _is_null(node):
                return None
            return self.convert(node, options[0], key)
        if _is_null(node) and tp is not str:
            self.empty(node, key, "give a value")
            return None
        if is_dataclass(tp) and tp not in (Cite, PartialDate):
            return self.convert_mapping(node, tp, key)
        if origin is tuple:
            return self.convert_sequence(node, typing.get_args(tp)[0], key)
        if origin is Literal:
            return self.convert_choice(node, typing.get_args(tp), key)
        if not isinstance(node, yaml.ScalarNode):
            self.problem(node, key, f"expected {_describe(tp)}, found a {_node_kind(node)}")
            return None
        if tp is str:
            return self.convert_text(node, key)
        if tp is dt.date:
            value = node.value
            try:
                parsed = PartialDate.parse(value)
            except ValueError as exc:
                self.problem(node, key, str(exc))
                return None
            if parsed.day is None:
                self.problem(node, key, f"'{value}' needs a full date, YYYY-MM-DD")
                return None
            return dt.date(parsed.year, parsed.month, parsed.day)
        if tp is PartialDate:
            try:
                return PartialDate.parse(_date_source(node))
            except ValueError as exc:
                self.problem(node, key, str(exc))
                return None
        if tp is Cite:
            try:
                return Cite.parse(str(node.value), yamlnodes.line_of(node), key)
            except ValueError as exc:
                self.problem(node, key, str(exc))
                return None
        raise TypeError(f"spec field type {tp!r} has no converter")  # a bug, not user input

    def convert_mapping(self, node: yaml.Node, tp, key: str):
        if not isinstance(node, yaml.MappingNode):
            where = "the spec" if not key else key
            self.problem(node, key, f"expected a mapping of keys for {where}, "
                                    f"found a {_node_kind(node)}")
            return None
        spec_fields = {f.name: f for f in fields(tp) if not f.metadata.get("internal")}
        hints = _hints(tp)
        values: dict = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.problem(key_node, key, f"a key is a {_node_kind(key_node)}; keys are plain "
                                            f"names: {', '.join(spec_fields)}")
                continue
            field_name = str(key_node.value)
            child = f"{key}.{field_name}" if key else field_name
            if field_name not in spec_fields:
                close = difflib.get_close_matches(field_name, spec_fields, n=1, cutoff=0.6)
                hint = f"did you mean '{close[0]}'?" if close else \
                    f"expected one of {', '.join(spec_fields)}"
                self.problem(key_node, child, f"unknown key; {hint}")
                continue
            spec_field = spec_fields[field_name]
            self.required = spec_field.default is MISSING and spec_field.default_factory is MISSING
            values[field_name] = self.convert(value_node, hints[field_name], child)
        for f in spec_fields.values():
            required = f.default is MISSING and f.default_factory is MISSING
            if required and f.name not in values:
                where = key or "the spec"
                self.problem(node, f"{key}.{f.name}" if key else f.name,
                             f"missing; {where} needs `{f.name}`: {f.metadata.get('doc', '')}")
        if tp is ActorSpec and ("name" in values) == ("ref" in values):
            self.problem(node, key, "give the actor either `name: {en: ..., ar: ...}` or "
                                    "`ref:` an id from seeds/actors.yaml, not both")
        if tp is ActorSpec:
            values["key"] = key
            values["ref_line"] = next((yamlnodes.line_of(v) for k, v in node.value
                                       if getattr(k, "value", None) == "ref"), None)
        try:
            return tp(**{k: v for k, v in values.items() if v is not None})
        except TypeError:
            return None  # required values were missing; already reported

    def convert_sequence(self, node: yaml.Node, item_tp, key: str):
        if isinstance(node, yaml.ScalarNode) and item_tp is Cite:
            node = yaml.SequenceNode("tag:yaml.org,2002:seq", [node],
                                     node.start_mark, node.end_mark)
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, key, f"expected a list, found a {_node_kind(node)}")
            return ()
        items = [self.convert(item, item_tp, f"{key}[{i}]") for i, item in enumerate(node.value)]
        return tuple(item for item in items if item is not None)

    def convert_choice(self, node: yaml.Node, choices: tuple[str, ...], key: str):
        value = str(node.value).strip() if isinstance(node, yaml.ScalarNode) else None
        if value in choices:
            return value
        close = difflib.get_close_matches((value or "").upper(), choices, n=1, cutoff=0.6)
        hint = f"did you mean '{close[0]}'? " if close else ""
        self.problem(node, key, f"'{value}' is not one of {', '.join(choices)}; {hint}".rstrip("; "))
        return None

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


@functools.lru_cache(maxsize=None)
def _hints(tp) -> dict:
    return typing.get_type_hints(tp)


def _is_null(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null"


def _date_source(node: yaml.ScalarNode) -> str:
    # The text as written: YAML's own timestamp parsing would fail on 2024-02-30 with a
    # message that names no field.
    return str(node.value)


def _node_kind(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "mapping"
    if isinstance(node, yaml.SequenceNode):
        return "list"
    return "value" if node.tag == "tag:yaml.org,2002:str" else f"{node.tag.rsplit(':', 1)[-1]}"


def _describe(tp) -> str:
    if tp is str:
        return "text"
    if tp in (dt.date, PartialDate):
        return "a date"
    if tp is Cite:
        return "a paragraph id"
    return "a value"


@dataclass(frozen=True)
class PackSpec:
    """A pack (briefs/pack.yaml): what its cover says and the order of its briefs."""

    title: Bilingual = doc("Pack title in English and Arabic.")
    date: dt.date | None = doc("Date on the cover; defaults to the latest brief's date.",
                               default=None)
    classification: Classification | None = doc(
        "Marking of the pack; the highest marking of any brief wins if it is higher.",
        default=None)
    author: str | None = doc("Analyst or desk.", default=None)
    audience: str | None = doc("Who the pack is for, shown on the cover.", default=None)
    briefs: tuple[str, ...] = doc(
        "Brief ids in the order the pack shows them; briefs not listed follow in id order.",
        default=())
    path: Path | None = field(default=None, compare=False, metadata={"internal": True})


def load_pack_spec(path: Path) -> PackSpec:
    """Load briefs/pack.yaml, raising SpecError with every problem found."""
    path = Path(path)
    text = yamlnodes.read_text(path, "pack spec", SpecError)
    root = yamlnodes.compose(text, path, SpecError)
    if root is None:
        raise SpecError([Problem(path, None, None, "is empty; give the pack at least a title")])
    walker = _Walker(path)
    spec = walker.convert(root, PackSpec, "")
    if walker.problems:
        raise SpecError(walker.problems)
    return dataclasses.replace(spec, path=path)
