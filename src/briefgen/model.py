"""The document model: the one thing every renderer reads.

Language and direction live here: each piece of text knows whether it is English (ltr) or
Arabic (rtl), and each renderer turns that into its own form.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .spec import PartialDate


@dataclass(frozen=True)
class Text:
    """A run of text in one language."""

    value: str
    lang: str = "en"

    @property
    def dir(self) -> str:
        return "rtl" if self.lang == "ar" else "ltr"

    @property
    def rtl(self) -> bool:
        return self.lang == "ar"

    def __str__(self) -> str:
        return self.value


# What ends a sentence already, in either script, and what may close around it ("Why?").
_ENDS_SENTENCE = re.compile("[.?!\u061f\u2026][\"'\u201d\u2019\u00bb)\\]]*$")


def full_stop(text: str | None) -> str:
    """Return the "." that ends a sentence after `text`, or "" where `text` ends one
    already ("Will they cooperate?", "هل تتعاون؟", "Reuters Inc."): never "?." or ".."."""
    return "" if text and _ENDS_SENTENCE.search(text.rstrip()) else "."


@dataclass(frozen=True)
class Citation:
    """A pointer from a claim to paragraphs of a source listed at the end of the brief."""

    source_id: str
    source_number: int  # position in Brief.sources, from 1
    first: int
    last: int

    @property
    def label(self) -> str:
        """The full paragraph id, e.g. `000_9adeab1d9a5ac9f6#p3-p4`."""
        span = f"p{self.first}" if self.first == self.last else f"p{self.first}-p{self.last}"
        return f"{self.source_id}#{span}"

    @property
    def short(self) -> str:
        """The compact mark printed beside a claim, e.g. `S1 ¶3–4`."""
        span = str(self.first) if self.first == self.last else f"{self.first}–{self.last}"
        return f"S{self.source_number} ¶{span}"

    @property
    def anchor(self) -> str:
        return f"source-{self.source_number}"


@dataclass(frozen=True)
class SourceParagraph:
    """One paragraph of a source, verbatim, with its stable id."""

    id: str
    number: int
    text: Text


@dataclass(frozen=True)
class Statement:
    """An English claim with its citations."""

    text: Text
    cites: tuple[Citation, ...]


@dataclass(frozen=True)
class Actor:
    """An actor of the brief: names in both languages, role, and where sources mention it."""

    name: Text
    name_ar: Text | None
    role: Text
    cites: tuple[Citation, ...]
    registry_id: str | None = None
    mention_count: int | None = None  # mentions across the brief's cited sources
    mentioned_in: tuple[str, ...] = ()  # paragraph ids of those mentions


@dataclass(frozen=True)
class KeyDate:
    """An event on the brief's timeline."""

    date: PartialDate
    event: Text
    cites: tuple[Citation, ...]


@dataclass(frozen=True)
class Excerpt:
    """Arabic source paragraphs beside the analyst's English summary of them."""

    citation: Citation
    paragraphs: tuple[SourceParagraph, ...]
    summary: Text


@dataclass(frozen=True)
class Question:
    """An open question of the brief; `id` follows it across releases, `answer` closes it."""

    text: Text
    id: str | None = None
    answer: Text | None = None


@dataclass(frozen=True)
class SourceEntry:
    """A source the brief cites, for the sources list that every citation points to."""

    number: int
    id: str
    alias: str | None
    outlet: str | None
    title_en: str | None
    title_ar: Text | None
    published: str | None
    cited_paragraphs: tuple[int, ...]
    sha256: str

    @property
    def anchor(self) -> str:
        return f"source-{self.number}"

    @property
    def paragraph_ranges(self) -> str:
        """Cited paragraphs as compact ranges: `p2, p4-p6`."""
        ranges: list[str] = []
        numbers = list(self.cited_paragraphs)
        start = prev = numbers[0] if numbers else None
        for n in numbers[1:] + [None]:
            if n is not None and prev is not None and n == prev + 1:
                prev = n
                continue
            ranges.append(f"p{start}" if start == prev else f"p{start}-p{prev}")
            start = prev = n
        return ", ".join(ranges)


@dataclass(frozen=True)
class Brief:
    """A resolved brief: spec and sources joined, every citation checked."""

    id: str
    title: Text
    title_ar: Text | None
    date: dt.date
    classification: str
    author: str | None
    topics: tuple[str, ...]
    summary: Text
    background: tuple[Statement, ...]
    actors: tuple[Actor, ...]
    key_dates: tuple[KeyDate, ...]
    excerpts: tuple[Excerpt, ...]
    open_questions: tuple[Question, ...]
    sources: tuple[SourceEntry, ...]

    @property
    def date_english(self) -> str:
        return f"{self.date.day} {self.date:%B %Y}"


# --- Keeping a resolved brief between builds (cache.Store codec) ---------------------------

def content_digest(brief: Brief) -> str:
    """What a resolved brief says, hashed: the part of a rendering's key that is the brief."""
    from .cache import digest

    return digest(repr(brief))


def encode_brief(brief: Brief) -> bytes:
    """A resolved brief as JSON: each model object tagged with its class's name."""
    import dataclasses
    import json

    def encode(value):
        if dataclasses.is_dataclass(value):
            data = {"@": type(value).__name__}
            for item in dataclasses.fields(value):
                data[item.name] = encode(getattr(value, item.name))
            return data
        if isinstance(value, tuple):
            return [encode(item) for item in value]
        if isinstance(value, dt.date):
            return {"@": "date", "iso": value.isoformat()}
        if value is None or isinstance(value, (str, int, bool)):
            return value
        raise TypeError(f"cannot keep a {type(value).__name__} in the brief cache")

    return json.dumps(encode(brief), ensure_ascii=False, separators=(",", ":")).encode()


def decode_brief(data: bytes) -> Brief:
    """Read encode_brief's JSON back; anything but the model's classes is a ValueError, and
    so is an id a spec could not have given (it names output files)."""
    import json

    from .yamlspec import ID

    classes = _model_classes()

    def hook(item: dict):
        tag = item.pop("@", None)
        if tag is None:
            raise ValueError("untagged object in the brief cache")
        if tag == "date":
            return dt.date.fromisoformat(item["iso"])
        cls, names = classes.get(tag, (None, None))
        if cls is None:
            raise ValueError(f"unknown class {tag!r} in the brief cache")
        if item.keys() != names:
            raise ValueError(f"a {tag} in the brief cache has fields {sorted(item)}")
        # The fields as they were, without the frozen dataclass's __init__ (a third of
        # the time): the model classes check nothing on construction.
        obj: object = object.__new__(cls)
        obj.__dict__.update({name: tuple(value) if type(value) is list else value
                             for name, value in item.items()})
        return obj

    brief = json.loads(data, object_hook=hook)
    if type(brief) is not Brief:
        raise ValueError("the brief cache entry is not a brief")
    if not isinstance(brief.id, str) or not ID.match(brief.id):
        raise ValueError(f"the brief cache entry has an id no spec could give: {brief.id!r}")
    return brief


def _model_classes() -> dict[str, tuple[type, set[str]]]:
    """The document model's classes by name, each with its field names."""
    global _CLASSES
    if _CLASSES is None:
        import dataclasses

        found = {name: value for name, value in globals().items()
                 if isinstance(value, type) and dataclasses.is_dataclass(value)}
        found["PartialDate"] = PartialDate
        found.pop("ResolvedBrief")  # the cache entry, not a part of a brief
        for cls in found.values():
            # Built without __init__: a class that checks or derives anything on construction
            # must not be kept this way.
            assert not hasattr(cls, "__post_init__") and not hasattr(cls, "__slots__"), cls
        _CLASSES = {name: (cls, {f.name for f in dataclasses.fields(cls)})
                    for name, cls in found.items()}
    return _CLASSES


_CLASSES: dict[str, tuple[type, set[str]]] | None = None


@dataclass(frozen=True)
class ResolvedBrief:
    """A brief as resolve() made it, with the digest of what it says (content_digest)."""

    brief: Brief
    content: str

    def to_bytes(self) -> bytes:
        return self.content.encode("ascii") + b"\n" + encode_brief(self.brief)

    @classmethod
    def from_bytes(cls, data: bytes) -> ResolvedBrief:
        content, _, encoded = data.partition(b"\n")
        return cls(decode_brief(encoded), content.decode("ascii"))
