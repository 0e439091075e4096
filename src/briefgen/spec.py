"""YAML → BriefSpec, with every problem collected and located (file:line: key.path).

The dataclasses below are the one definition of the spec: the loader walks them, and the
JSON Schema and the reference docs are generated from their fields and descriptions.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from . import yamlspec
from .errors import Problem, SpecError
from .yamlspec import ID, ID_RULE, Id, Scalar, doc, internal

CLASSIFICATIONS = ("UNCLASSIFIED", "OFFICIAL", "CONFIDENTIAL", "SECRET")
Classification = Literal["UNCLASSIFIED", "OFFICIAL", "CONFIDENTIAL", "SECRET"]
_CITE = re.compile(
    r"^(?P<source>[A-Za-z0-9][A-Za-z0-9_.\-]*)#p(?P<first>\d+)(?:-p?(?P<last>\d+))?$")
_PARTIAL_DATE = re.compile(r"^(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?$")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


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
    def parse(cls, text: str, line: int | None = None, key: str = "") -> Cite:
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
    def parse(cls, value) -> PartialDate:
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

    def __lt__(self, other: PartialDate) -> bool:
        return ((self.year, self.month or 0, self.day or 0)
                < (other.year, other.month or 0, other.day or 0))


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
    variants: tuple[str, ...] = doc(
        "Other Arabic names the sources use for an actor given by `name` (a spelling, a "
        "nickname), counted as its mentions; a registry actor's are in seeds/actors.yaml.",
        default=())
    # Where the actor is written, so resolve can locate an unknown `ref` against the registry.
    key: str = internal(default="")
    ref_line: int | None = internal(default=None)
    variants_lines: tuple[int, ...] = internal(default=())

    @classmethod
    def check_keys(cls, given: set[str]) -> str | None:
        if ("name" in given) == ("ref" in given):
            return ("give the actor either `name: {en: ..., ar: ...}` or "
                    "`ref:` an id from seeds/actors.yaml, not both")
        if "variants" in given and "ref" in given:
            return ("`variants` are for an actor given by `name`; add a registry actor's "
                    "other names to its `variants` in seeds/actors.yaml")
        return None


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
class QuestionSpec:
    """An open question with an id that follows it across releases, or with its answer."""

    text: str = doc("The question, in English.")
    id: Id | None = doc("Names the question across releases, so rewording it keeps it the "
                        "same question; without one, a release matches it by its text.",
                        default=None)
    answer: str | None = doc("How the question was answered; a release reports the question "
                             "as answered when this appears.", default=None)


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
    topics: tuple[str, ...] = doc(
        "Short topic tags; ids of seeds/topics.yaml where the project has one.", default=())
    background: tuple[Statement, ...] = doc("Background paragraphs with citations.", default=())
    actors: tuple[ActorSpec, ...] = doc("Actors and their roles.", default=())
    key_dates: tuple[KeyDateSpec, ...] = doc("Timeline of dated events.", default=())
    open_questions: tuple[str | QuestionSpec, ...] = doc(
        "What the sources leave open: the question as text, or with `id` and `answer`.",
        default=())
    path: Path | None = internal(default=None)
    line: int | None = internal(default=None)
    id_line: int | None = internal(default=None)
    topics_lines: tuple[int, ...] = internal(default=())  # checked against seeds/topics.yaml


def _full_date(text: str, line: int, key: str) -> dt.date:
    parsed = PartialDate.parse(text)
    if parsed.month is None or parsed.day is None:
        raise ValueError(f"'{text}' needs a full date, YYYY-MM-DD")
    return dt.date(parsed.year, parsed.month, parsed.day)


# The value types of the spec read from one YAML scalar; sources.yaml reads dates the same way.
# A wrong date gets a stand-in so the rest of its entry is still checked; a wrong cite none.
SCALARS = {
    Cite: Scalar(Cite.parse, "a paragraph id", alone_as_list=True),
    PartialDate: Scalar(lambda text, line, key: PartialDate.parse(text), "a date",
                        stand_in=PartialDate(1)),
    dt.date: Scalar(_full_date, "a date", stand_in=dt.date.min),
}


PACK_SPEC = "pack.yaml"
PACK_SPECS = (PACK_SPEC, "pack.yml")  # either names a folder's pack spec, never a brief
SPEC_SUFFIXES = (".yaml", ".yml")
PACK_NAME = "pack"  # pack.pdf, pack.docx: the id no brief may have


def load_spec(path: Path) -> BriefSpec:
    """Load one spec file, raising SpecError with every problem found."""
    spec, problems = read_spec(path)
    if problems or spec is None:
        raise SpecError(problems)
    return spec


def read_spec(path: Path) -> tuple[BriefSpec | None, list[Problem]]:
    """Read one spec file as far as it goes: the spec (None if nothing of it can be read;
    with stand-ins for what is missing or wrong) and every problem found."""
    path = Path(path)
    spec, problems = yamlspec.read(path, BriefSpec, "spec", SpecError, scalars=SCALARS)
    if not isinstance(spec, BriefSpec):
        if not problems:
            problems = [Problem(path, None, None,
                                "is empty; start from `briefgen new SLUG --source ID`")]
        return None, problems
    spec_id = spec.id or path.stem
    if not ID.match(spec_id):
        fix = "use" if spec.id else "rename the spec file or add an `id:` of"
        problems.append(Problem(path, spec.id_line, "id",
                                f"'{spec_id[:60]}{'…' * (len(spec_id) > 60)}' cannot name a file; "
                                f"{fix} {ID_RULE}"))
    return dataclasses.replace(spec, id=spec_id, path=path), problems


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
    path: Path | None = internal(default=None)
    briefs_lines: tuple[int, ...] = internal(default=())  # where each of `briefs` is written


def load_pack_spec(path: Path) -> PackSpec:
    """Load briefs/pack.yaml, raising SpecError with every problem found."""
    path = Path(path)
    spec = yamlspec.load(path, PackSpec, "pack spec", SpecError, scalars=SCALARS)
    if spec is None:
        raise SpecError([Problem(path, None, None, "is empty; give the pack at least a title")])
    return dataclasses.replace(spec, path=path)
