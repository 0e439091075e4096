"""seeds/ → Source: clean paragraphs with stable ids, metadata and a content hash.

Cleaning never rewrites the article. It splits the text into paragraphs (one per line),
drops web boilerplate and repeated paragraphs, and normalises Unicode (NFC, plain spaces,
no bidi controls or zero-width characters). Every drop is reported with its reason.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from . import yamlspec
from .arabic.text import clean_line, is_arabic
from .errors import Problem, SourceError
from .files import not_text_advice, not_utf8_advice, read_regular, utf16_without_bom
from .project import LINKED_OUT, Project
from .spec import SCALARS, PartialDate
from .yamlspec import doc, internal

if TYPE_CHECKING:
    from .library.store import Catalog

MAX_SOURCE_BYTES = 2_000_000
METADATA_FILE = "sources.yaml"

# How a "read more" line opens: للمزيد, لمزيد من التفاصيل, اقرأ أيضا, طالع أيضا, شاهد أيضا…
_ALSO = "(?:أيضا|أيضاً|أيضًا|ايضا)"
_READ_MORE = (
    "(?:(?:للمزيد|لمزيد)(?: من)?(?: (?:التفاصيل|المعلومات|الأخبار))?(?: (?:اقرأ|طالع))?"
    f"|(?:اقرأ|إقرأ|اقرا|طالع|شاهد) (?:{_ALSO}|المزيد))"
)
# Generic web furniture of Arabic news sites, each with the reason it is dropped.
BOILERPLATE: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), reason)
    for pattern, reason in [
        (r"^(اترك|أترك|أضف|اكتب) (تعليق|تعليقا|تعليقاً|تعليقًا|رد|ردا|رداً)$", "comment form"),
        (r"^لن يتم نشر عنوان بريدك الإلكتروني", "comment form"),
        (r"^(التعليقات|تعليقات|الحقول الإلزامية)", "comment form"),
        (r"^(زر )?(الذهاب|العودة|الرجوع|عودة) (إلى|الى|ل)(ل)?\s?(الأعلى|أعلى الصفحة|الاعلى)$",
         "back to top"),
        (r"^(موضوعات|مواضيع|مقالات|أخبار|اخبار) (ذات صلة|متعلقة|مشابهة)$", "related topics"),
        # al-Jazirah's box of a columnist's other columns, their titles glued after it (230
        # articles of ≡ 10-69; every gold set reading one names nothing in it)
        (r"^(مقالات|المزيد من مقالات) (أخرى|اخرى) (للكاتب|للكاتبة)", "the writer's other columns"),
        (r"^(اقرأ|إقرأ|اقرا) (أيضا|أيضاً|أيضًا|ايضا|المزيد)\s*:?$", "related topics"),
        # "Read more: <linked headline>": the lead-in, a colon or dash, and a headline, i.e. a
        # short line that ends without a full stop (".." separates a headline's parts). The
        # same words open real sentences ("للمزيد من الضغط على طالبان، ربطت طهران…"), which
        # have no colon after them.
        (rf"^{_READ_MORE}\s*[:：\-–—]\s*.{{1,150}}(?<![^.]\.)(?<!:)$", "read more link"),
        (rf"^{_READ_MORE}\s*(?:(اضغط|انقر) هنا)?\s*:?$", "read more link"),
        (r"^[\d٠-٩]+\s*[-+×x*]\s*[\w\u0600-\u06ff]+\s*=\s*[\d٠-٩]*$", "captcha"),
        (r"^(?!.{201})(تابع|تابعوا|تابعونا|شارك|شاركوا|انشر|مشاركة)( |$).{0,80}"  # a line
         r"(تلغرام|التلغرام|تيليجرام|تويتر|فيسبوك|فيس بوك|واتساب|يوتيوب|إنستغرام|telegram|"
         r"twitter|facebook|whatsapp|youtube|instagram|x\.com)", "share/follow line"),
        (r"^(شارك|مشاركة|شارك المقال|شارك الخبر|انشر|طباعة)\s*:?$", "share/follow line"),
        (r"^(تنويه|إخلاء مسؤولية|اخلاء مسؤولية|إخلاء المسؤولية)\s*:", "disclaimer"),
        (r"^(المصدر|مصدر الخبر)\s*:?\s*$", "source credit"),
        (r"^(جميع الحقوق محفوظة|©|حقوق النشر)", "copyright line"),
    ]
)
_LATIN_CREDIT = re.compile(r"^[A-Za-z][A-Za-z .&'-]{0,40}$")
# A share widget's words glued before the text of a paragraph: the words are dropped, the text
# kept (a line of the widget alone is dropped whole by BOILERPLATE).
_SHARE_WIDGET = re.compile(
    r"^(?:شارك|شاركوا|تابع|تابعونا)\s+(?:(?:من خلال|عبر|على)\s+)?"
    r"(?:(?:تويتر|فيسبوك|فيس بوك|جوجل بلس|قوقل بلس|واتساب|يوتيوب|إنستغرام|انستغرام|لينكد إن)"
    r"\s*[،,]?\s*){2,}(?:اكتب رأيك\s*)?")
_WIDGET_REST = 80  # characters of text after the widget: a paragraph, not a caption


@dataclass(frozen=True)
class Paragraph:
    """One cleaned paragraph of a source, numbered from 1 after cleaning."""

    source_id: str
    number: int
    text: str

    @property
    def id(self) -> str:
        return f"{self.source_id}#p{self.number}"


@dataclass(frozen=True)
class Dropped:
    """A line of the raw file that cleaning left out, and why."""

    line: int
    text: str
    reason: str


@dataclass(frozen=True)
class SourceTitle:
    """A source's title in Arabic, as published, and in English."""

    ar: str | None = doc("The title as the source gives it.", default=None)
    en: str | None = doc("The title in English.", default=None)


@dataclass(frozen=True)
class SourceMeta:
    """What sources.yaml says of a source; everything but the id may be missing."""

    alias: str | None = doc("Short name to cite the source by instead of its id.", default=None)
    outlet: str | None = doc("Who published it.", default=None)
    title: SourceTitle | str | None = doc(
        "`{ar: ..., en: ...}`, or one title, in Arabic or in English.", default=None)
    published: PartialDate | None = doc("YYYY, YYYY-MM or YYYY-MM-DD, where the text gives it.",
                                        default=None)
    language: Literal["ar", "en"] = doc("Language of the article.", default="ar")
    url: str | None = doc("Where it was published.", default=None)
    boilerplate: tuple[str, ...] = doc(
        "Line prefixes of site furniture this outlet adds (mastheads, breadcrumbs).", default=())
    alias_line: int | None = internal(default=None)

    @property
    def title_ar(self) -> str | None:
        if isinstance(self.title, str):
            return self.title if is_arabic(self.title) else None
        return self.title.ar if self.title else None

    @property
    def title_en(self) -> str | None:
        if isinstance(self.title, str):
            return None if is_arabic(self.title) else self.title
        return self.title.en if self.title else None


@dataclass(frozen=True)
class Source:
    """A cleaned article: paragraphs with stable ids, metadata and the report of cleaning."""

    id: str
    path: Path
    meta: SourceMeta
    paragraphs: tuple[Paragraph, ...]
    dropped: tuple[Dropped, ...]
    notes: tuple[str, ...]
    sha256: str

    def paragraph(self, number: int) -> Paragraph:
        return self.paragraphs[number - 1]

    @property
    def title(self) -> str:
        return self.meta.title_en or self.meta.title_ar or self.id


@dataclass(frozen=True)
class SourceLibrary:
    """All sources of a project, found by id or alias: seeds/*.txt loaded, the library's
    sources (library/, tens of thousands) each loaded when first found."""

    sources: dict[str, Source] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)
    # Ids and aliases of sources in seeds/ that could not be loaded (their problems are
    # reported): a citation of one is not a citation of an unknown source.
    unreadable: frozenset[str] = frozenset()
    # The library's sources, loaded when first cited.
    catalog: Catalog | None = None

    def find(self, key: str) -> Source | None:
        found = self.sources.get(key) or self.sources.get(self.aliases.get(key, ""))
        if found is None and self.catalog is not None:
            source_id = self.aliases.get(key, key)
            record = self.catalog.record(source_id)
            if record is not None:
                found = self.sources[source_id] = self.catalog.source_of(record)
        return found

    def __iter__(self):
        return iter(self.sources.values())

    def __len__(self) -> int:
        return len(self.sources)

    def known(self, shown: int = 12) -> str:
        """List ids and aliases for an error message: a few, and how to see the rest."""
        names = [f"{s.id} ({s.meta.alias})" if s.meta.alias else s.id
                 for s in self.sources.values()]
        in_library = 0
        if self.catalog is not None:
            loaded = set(self.sources)
            for record in self.catalog.library_records():
                if record.id not in loaded:
                    in_library += 1
                    if len(names) < shown:
                        names.append(f"{record.id} ({record.alias})" if record.alias
                                     else record.id)
        if len(names) + in_library == 0:
            return "none: seeds/ holds no .txt files and library/ no sources"
        hidden = len(self.sources) + in_library - min(len(names), shown)
        listed = ", ".join(names[:shown])
        return listed + (f", and {hidden:,} more: `briefgen sources` lists them" if hidden > 0
                         else "")

    def unknown(self, key: str) -> str:
        """Say, for an error message, which sources `key` may have meant, or how to list them."""
        names = {s.id: (s.meta.alias or s.id,) for s in self}
        if self.catalog is not None:
            names.update((r.id, (r.alias or r.id,)) for r in self.catalog.library_records())
        if not names:
            return "seeds/ holds no .txt files and library/ no sources"
        from .closest import closest

        meant = closest(key, names)
        if meant:
            return f"did you mean {' or '.join(map(self._named_like(key), meant))}?"
        if len(names) == 1:
            return f"the one source to cite is {next(iter(names))}"
        return f"`briefgen sources` lists the {len(names):,} ids and aliases to cite"

    def _named_like(self, key: str) -> Callable[[str], str]:
        """Name a source by its id or its alias, whichever is more like `key`, then the other."""
        def named(source_id: str) -> str:
            source = self.find(source_id)
            alias = source.meta.alias if source else None
            if not alias:
                return f"'{source_id}'"
            names = sorted((alias, source_id), key=lambda name: -SequenceMatcher(
                None, key.casefold(), name.casefold()).ratio())
            return f"'{names[0]}' ({names[1]})"

        return named


def clean_paragraphs(
    text: str, source_id: str, extra_boilerplate: tuple[str, ...] = ()
) -> tuple[tuple[Paragraph, ...], tuple[Dropped, ...], tuple[str, ...]]:
    """Split raw article text into clean paragraphs; report what was dropped and why."""
    paragraphs: list[Paragraph] = []
    dropped: list[Dropped] = []
    notes: list[str] = []
    first_seen: dict[str, int] = {}
    after_credit = False
    for line_number, raw in enumerate(_LINE_BREAK.split(text), start=1):
        separator_notes: list[str] = []
        line, line_notes = clean_line(_separators_as_spaces(raw, separator_notes))
        notes.extend(f"line {line_number}: {note}" for note in [*separator_notes, *line_notes])
        if not line:
            continue
        if (widget := _SHARE_WIDGET.match(line)) and len(line) - widget.end() >= _WIDGET_REST:
            dropped.append(Dropped(line_number, widget.group().strip(),
                                   "share/follow line (before the text on its line)"))
            line = line[widget.end():]  # Okaz: شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك,
            # then the article's first paragraph on the same line
        reason = _boilerplate_reason(line, extra_boilerplate)
        if reason is None and after_credit and _LATIN_CREDIT.match(line):
            reason = "source credit"
        after_credit = reason == "source credit"
        seen_as = _as_compared(line)
        if reason is None and seen_as in first_seen:
            reason = f"repeats p{first_seen[seen_as]}"
        if reason is not None:
            dropped.append(Dropped(line_number, line, reason))
            continue
        paragraph = Paragraph(source_id, len(paragraphs) + 1, line)
        first_seen[seen_as] = paragraph.number
        paragraphs.append(paragraph)
    return tuple(paragraphs), tuple(dropped), tuple(notes)


# Marks of direction and white space, which a copy of a paragraph may hold where its first
# print did not (an article pasted twice, once from a right-to-left editor): not compared.
# (`clean_line` has already taken out the bidi controls and made every run of spaces one.)
_NOT_COMPARED = re.compile("[\u200e\u200f\u061c\\s]+")


def _as_compared(line: str) -> str:
    """A paragraph as its repeats are found: its words, without marks of direction."""
    return _NOT_COMPARED.sub(" ", line).strip()


# A paragraph ends at a line feed (or CR LF, or CR) and nowhere else: str.splitlines() would
# also split at U+2028/U+2029, vertical tab, form feed and U+0085, renumbering paragraphs
# without a word; those become spaces instead, with a note.
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_SEPARATORS = re.compile("[\u2028\u2029\v\f\x1c\x1d\x1e\x85]")


def _separators_as_spaces(line: str, notes: list[str]) -> str:
    found = sorted({f"U+{ord(c):04X}" for c in _SEPARATORS.findall(line)})
    if found:
        notes.append(f"{', '.join(found)} read as a space (not a paragraph break)")
        return _SEPARATORS.sub(" ", line)
    return line


def _boilerplate_reason(line: str, extra: tuple[str, ...]) -> str | None:
    for prefix in extra:
        if line.startswith(prefix):
            return "site furniture listed in sources.yaml"
    for pattern, reason in BOILERPLATE:
        if pattern.search(line):
            return reason
    return None


def read_source_text(path: Path) -> tuple[str, str]:
    """Read a source file as UTF-8; return its text and SHA-256, or raise SourceError."""
    data = read_regular(path, MAX_SOURCE_BYTES, "source file", SourceError,
                        fix="is this one article?", holds="the article's text")
    encoding = utf16_without_bom(data)
    if encoding:
        raise SourceError([Problem(path, None, None,
                                   f"source is {encoding} without a byte-order mark, not UTF-8; "
                                   f"convert it, e.g. iconv -f {encoding} -t UTF-8")])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SourceError([Problem(path, line, None, f"source is not UTF-8 (byte "
                                   f"0x{data[exc.start]:02x}); {not_utf8_advice(data)}")]) from None
    if advice := not_text_advice(data):  # a PDF in ASCII, NUL bytes: UTF-8, but no article
        raise SourceError([Problem(path, None, None, f"source is not an article's text; {advice}")])
    return text, hashlib.sha256(data).hexdigest()


def load_source(path: Path, meta: SourceMeta | None = None, source_id: str | None = None) -> Source:
    """Load and clean one article file."""
    meta = meta or SourceMeta()
    text, digest = read_source_text(path)
    source_id = source_id or path.stem
    paragraphs, dropped, notes = clean_paragraphs(text, source_id, meta.boilerplate)
    return Source(source_id, path, meta, paragraphs, dropped, notes, digest)


def load_library(project: Project) -> SourceLibrary:
    """Load every seeds/*.txt of the project with its metadata from seeds/sources.yaml."""
    library, problems = read_library(project)
    if problems or library is None:
        raise SourceError(problems)
    return library


def read_library(project: Project) -> tuple[SourceLibrary | None, list[Problem]]:
    """Load the sources as far as they go: the library (None if seeds/sources.yaml cannot be
    read, as every alias is then unknown) and every problem; a source that cannot be loaded
    is named in `unreadable`, so that citations of it are not taken for mistakes."""
    metadata_path = project.seeds / METADATA_FILE
    if not project.contains(metadata_path):
        return None, [Problem(metadata_path, None, None, LINKED_OUT)]
    metadata, problems = read_metadata(metadata_path)
    if metadata is None:
        return None, problems
    sources: dict[str, Source] = {}
    unreadable: set[str] = set()
    for path in sorted(project.seeds.glob("*.txt")):
        if not project.contains(path):
            problems.append(Problem(path, None, None, LINKED_OUT))
            unreadable.add(path.stem)
            continue
        try:
            sources[path.stem] = load_source(path, metadata.get(path.stem))
        except SourceError as exc:
            problems.extend(exc.problems)
            unreadable.add(path.stem)
    aliases: dict[str, str] = {}
    for source_id, meta in metadata.items():
        if source_id in unreadable:
            unreadable.update([meta.alias] if meta.alias else [])
        elif source_id not in sources:
            problems.append(Problem(project.seeds / METADATA_FILE, None, source_id,
                                    f"no seeds/{source_id}.txt for this entry"))
        elif meta.alias in sources and meta.alias != source_id:
            problems.append(Problem(project.seeds / METADATA_FILE, meta.alias_line,
                                    f"{source_id}.alias",
                                    f"alias '{meta.alias}' is the id of another source; a "
                                    "citation of it would be ambiguous: choose another alias"))
        elif meta.alias:
            aliases[meta.alias] = source_id
    from .library.store import LIBRARY_DIR, Catalog

    catalog = Catalog(project) if (project.root / LIBRARY_DIR).is_dir() else None
    if catalog is not None:
        for alias, source_id in catalog.aliases().items():
            aliases.setdefault(alias, source_id)
    return SourceLibrary(sources, aliases, frozenset(unreadable), catalog), problems


def load_metadata(path: Path) -> dict[str, SourceMeta]:
    """Read seeds/sources.yaml: per-source alias, outlet, titles, date, language."""
    metadata, problems = read_metadata(path)
    if problems or metadata is None:
        raise SourceError(problems)
    return metadata


def read_metadata(path: Path) -> tuple[dict[str, SourceMeta] | None, list[Problem]]:
    """load_metadata as far as it goes: the entries read (None if the file cannot be read at
    all) and every problem."""
    if not os.path.lexists(path):  # a broken link or a loop is there, and reading says so
        return {}, []
    value, problems = yamlspec.read(path, dict[str, SourceMeta], "sources.yaml", SourceError,
                                    label="seeds/sources.yaml", scalars=SCALARS)
    if not value and problems:  # not a mapping of entries: every alias is unknown
        return None, problems
    metadata: dict[str, SourceMeta] = value if isinstance(value, dict) else {}
    aliases: dict[str, str] = {}
    for source_id, meta in metadata.items():
        if meta.alias in aliases:
            problems.append(Problem(path, meta.alias_line, f"{source_id}.alias",
                                    f"alias '{meta.alias}' is also used by {aliases[meta.alias]}"))
        elif meta.alias:
            aliases[meta.alias] = source_id
    return metadata, problems
