"""Dates and actors found in sources: what `briefgen dates`, `actors` and the actor table show.

The finders in arabic/ work on one text; this module runs them over a source's paragraphs so
every finding carries its paragraph id, and counts a brief's actors across its cited sources.
"""

from __future__ import annotations

import bisect
import datetime
import itertools
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

from ..arabic import learned
from ..arabic.actors import Actor, Mention, Registry, find_mentions
from ..arabic.candidates import (
    FAMILY_TITLES,
    NASAB,
    NamedCandidate,
    crown_before,
    find_named_candidates,
    is_sports,
    is_title,
    learnt_english,
    learnt_name,
    with_its_ordinal,
)
from ..arabic.dates import (
    DateMention,
    calendars_cover,
    date_words_as_names,
    day_of_writing,
    find_dates,
)
from ..arabic.gazetteer import countries
from ..arabic.normalize import normalize
from ..arabic.romanize import (
    GUESSED_ENGLISH,
    is_also_common_word,
    is_common_bare_word,
    is_common_word,
    is_famous_alone,
    is_listed_given,
    is_surname,
)
from ..arabic.text import has_arabic
from ..errors import BriefgenError, SourceError
from ..mentions import (
    SURNAME,
    can_be_a_surname,
    family_name_alone,
    number_ranges,
    registry_with,
    surname_actors,
)
from ..project import Project
from ..sources import Paragraph, Source, load_source, read_library

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class DateFinding:
    """A date found in one paragraph of a source."""

    paragraph: Paragraph
    date: DateMention

    def as_json(self) -> dict:
        d = self.date
        return {"text": d.text, "value": d.value, "qualifier": d.qualifier,
                "paragraph": self.paragraph.id, "english": d.english,
                "calendar": d.calendar, "year_inferred": d.year_inferred, "note": d.note}


@dataclass(frozen=True)
class ActorFinding:
    """An actor of the registry with every paragraph of a source that mentions it."""

    actor: Actor
    count: int
    paragraphs: tuple[Paragraph, ...]

    def as_json(self) -> dict:
        return {"id": self.actor.id, "en": self.actor.en, "ar": self.actor.ar,
                "count": self.count, "paragraphs": [p.id for p in self.paragraphs]}


@dataclass(frozen=True)
class Candidate:
    """A likely name the registry lacks, with its English form, kind and where it stands.

    `guess` says the English is a romanisation rather than a known English form.
    """

    name: str
    count: int
    paragraphs: tuple[Paragraph, ...]
    en: str = ""
    kind: str = "person"
    guess: bool = True
    variants: tuple[str, ...] = ()  # other forms written for the same name
    learnt: bool = False  # proposed by the learnt name model, not by the rules

    def as_json(self) -> dict:
        return {"ar": self.name, "name": self.name, "en": self.en, "kind": self.kind,
                "guess": self.guess, "learnt": self.learnt, "count": self.count,
                "variants": list(self.variants), "paragraphs": [p.id for p in self.paragraphs]}


# --- Opening a source given on the command line ---------------------------------------------

def open_source(key: str, project: Project | None) -> Source:
    """Return the source named by id, alias or file path (any UTF-8 text file, anywhere).

    A path into the project's seeds/ gives the library's source, so its metadata (boilerplate,
    published date) applies and its paragraph ids match `briefgen sources`.
    """
    if not key.strip():  # Path("") is the current folder: "'.' is a folder" said nothing
        raise BriefgenError("SOURCE is empty: give a source id, an alias or the path of a text "
                            "file (briefgen sources lists the ids)")  # (round 41's hostile #25)
    path = Path(key)
    in_seeds = (project is not None and path.exists()
                and path.resolve().parent == project.seeds.resolve())
    if path.exists() and not in_seeds:
        return load_source(path)  # SourceError for a folder, a FIFO, a file not UTF-8
    if project is None:
        if path.suffix or "/" in key or "\\" in key:
            return load_source(path)
        raise BriefgenError(f"no source '{key}': no such file, and no project here (a folder "
                            "with seeds/) to look ids and aliases up in; pass --project DIR before "
                            "the command (briefgen --project DIR actors FILE)")
    # another seed that cannot be read does not stop this one (it stops a build)
    library, problems = read_library(project)
    if library is None:
        raise SourceError(problems)
    wanted = path.stem if in_seeds else key
    source = library.find(wanted)
    if source is not None and in_seeds and source.path.resolve() != path.resolve():
        return load_source(path)  # seeds/iran-alqaeda.draft: a file whose name is an alias's
    if source is not None:
        return source
    if wanted in library.unreadable:  # the source asked for is one that cannot be read
        raise SourceError([p for p in problems if Path(p.path or "").stem == wanted] or problems)
    if path.suffix or "/" in key or "\\" in key:
        return load_source(path)  # names the missing file
    raise BriefgenError(f"no source '{key}': not a source id or alias, and no such file; "
                        f"{library.unknown(key)}")


def nothing_left(source: Source) -> str | None:
    """A note for a source with no text, no Arabic, or whose every line cleaning dropped as
    site furniture (a share line, a credit), so that "no dates" or "no names" is not taken for
    what the text says (round 62's new-user review: an English file said only "no names")."""
    if source.paragraphs:
        if any(has_arabic(paragraph.text) for paragraph in source.paragraphs):
            return None
        return (f"note: {source.id} holds no Arabic: briefgen's finders read Arabic names "
                "and dates, so little or nothing is found in other scripts")
    if not source.dropped:
        return f"note: {source.id} holds no text: nothing was left to read"
    reasons = ", ".join(sorted({d.reason for d in source.dropped}))
    return (f"note: every line of {source.id} was dropped as site furniture ({reasons}); "
            "nothing was left to read")


def cleaning_notes(source: Source, most: int = 5) -> list[str]:
    """Notes on what cleaning changed in the text read (control characters read as spaces, bidi
    controls removed), at most `most` of them and a count of the rest, so that a reader knows
    the text read is not byte for byte the file (round 43's hostile review: `dates` and
    `actors` dropped stray control characters without a word)."""
    notes = [f"note: {source.path.name} {note}" for note in source.notes[:most]]
    if len(source.notes) > most:
        notes.append(f"note: {source.path.name}: {len(source.notes) - most} more notes on what "
                     "cleaning changed (briefgen sources ID --dropped lists each, for a source of "
                     "the library)")
    return notes


def published_year(source: Source) -> int | None:
    """Return the year the source was published, if its metadata gives one."""
    return source.meta.published.year if source.meta.published else None


def published_day(source: Source) -> datetime.date | None:
    """Return the day the source was published, if its metadata gives it to the day."""
    published = source.meta.published
    if published is None or published.month is None or published.day is None:
        return None
    return datetime.date(published.year, published.month, published.day)


# --- Dates -----------------------------------------------------------------------------------

def source_dates(source: Source, published: datetime.date | None = None) -> list[DateFinding]:
    """Find the dates of every paragraph; a yearless date takes the published year, flagged.

    `published` stands in for the source's own date (a plain file has none); with a day,
    weekday pegs (الأربعاء, صباح الإثنين) resolve against it."""
    year = published.year if published else published_year(source)
    day = published or published_day(source)
    whole = "\n".join(p.text for p in source.paragraphs)
    written = day and day_of_writing(whole, day)
    as_names = date_words_as_names(whole)  # أحمد الخميس in the lead: قال الخميس is he
    return [DateFinding(paragraph, date)  # اليوم الأحد in the lead dates every paragraph's days
            for paragraph in source.paragraphs
            for date in find_dates(paragraph.text, year, published=day, written=written,
                                   as_names=as_names)]


def weekdays_left(source: Source, findings: Sequence[DateFinding],
                  published: datetime.date | None = None) -> int:
    """How many dates a source holds that stay unresolved without its day of publication (a
    plain file's), or against a day `published` the calendars do not cover (0001-01-01):
    weekday pegs and Hijri months or days without a year, the dates a day of publication
    would add to `findings`, the source's dates found without one or against that day."""
    if published is not None and calendars_cover(published) or (
            published is None and published_day(source) is not None):
        return 0
    some_day = datetime.date(2015, 7, 21)  # any day: only the count matters
    as_names = date_words_as_names("\n".join(p.text for p in source.paragraphs))
    return sum(len(find_dates(p.text, published=some_day, as_names=as_names))
               for p in source.paragraphs) - len(findings)


def dates_table(findings: Sequence[DateFinding]) -> str:
    """Lay the dates out as an aligned table, the Arabic text last so columns stay aligned."""
    rows = [[f"p{f.paragraph.number}", f.date.value + ("*" if f.date.year_inferred else "")
             + ("!" if f.date.note else ""), f.date.qualifier or "-", f.date.english, f.date.text]
            for f in findings]
    text = table(["para", "value", "qualifier", "english", "text"], rows)
    if any(f.date.year_inferred for f in findings):
        text += ("\n* year not in the date itself: taken from a year before it in its sentence, "
                 "else from the source's published date")
    for f in findings:
        if f.date.note:  # the text contradicts itself: the reader checks the source
            text += f"\n! p{f.paragraph.number} {f.date.text}: {f.date.note}"
    return text


# --- Actors ----------------------------------------------------------------------------------

def source_mentions(source: Source, registry: Registry) -> list[tuple[Paragraph, Mention]]:
    """Each mention of a registry actor in a source, with its paragraph, in text order; not
    in an outlet's link line, whose headline the article repeats (as for candidates)."""
    return [(paragraph, mention) for paragraph in source.paragraphs
            for mention in _outside_link_lines(paragraph.text,
                                               find_mentions(paragraph.text, registry))]


def source_actors(source: Source, registry: Registry,
                  mentions: Sequence[tuple[Paragraph, Mention]] | None = None
                  ) -> list[ActorFinding]:
    """Count each registry actor's mentions in a source (`source_mentions`, found here unless
    given), most mentioned first. A person's family name alone counts for him once the source
    has named him in full (`mentions.surname_actors`, as a brief counts him): عادل الجبير, then
    وأكد الجبير, as his candidate was counted before `actors add` put him in the registry."""
    mentions = source_mentions(source, registry) if mentions is None else mentions
    people = {mention.actor_id: actor for _, mention in mentions
              if (actor := registry.get(mention.actor_id)) is not None and actor.kind == "person"}
    surnames = surname_actors(list(people.values()), registry)
    if surnames:  # read again with the family names beside the registry's names
        mentions = source_mentions(source, registry_with(registry, surnames))
    counts: dict[str, int] = {}
    where: dict[str, list[Paragraph]] = {}
    for paragraph, mention in mentions:
        actor_id = mention.actor_id.removesuffix(SURNAME)
        if actor_id != mention.actor_id and (actor_id not in counts or not family_name_alone(
                paragraph.text, mention.start, mention.end)):
            continue  # the family name before the whole name (maybe another's), or inside a
            # name or after a noun it describes
        counts[actor_id] = counts.get(actor_id, 0) + 1
        paragraphs = where.setdefault(actor_id, [])
        if not paragraphs or paragraphs[-1] is not paragraph:
            paragraphs.append(paragraph)
    ranked = sorted(counts, key=lambda actor_id: -counts[actor_id])  # ties: first seen first
    # Every mention names a registry actor, so `get` finds each one.
    return [ActorFinding(actor, counts[a], tuple(where[a]))
            for a in ranked if (actor := registry.get(a)) is not None]


_ALIAS_BETWEEN = re.compile(r"\s*[(«\"“]\s*")
_ALIAS_AFTER = re.compile(r"\s*[)»\"”]")


# English names of one place under two names, each kept as printed (بورما Burma, ميانمار
# Myanmar): one entity where a source writes both (round 64's fourhundredfortythree).
_ONE_PLACE = {"Burma": "Myanmar"}


def source_candidates(source: Source, registry: Registry, learnt: bool = True
                      ) -> list[Candidate]:
    """List likely names the registry lacks, most frequent first.

    A person named later by part of the name (the surname alone, الرئيس هادي after عبد ربه
    منصور هادي) is folded into the fullest form, and the surname's bare mentions count too.
    With `learnt`, the names the learnt model proposes where the rules found none are added
    (`with_learnt`); scripts/train-names reads the rules' alone.
    """
    sports = is_sports(p.text for p in source.paragraphs)
    story = "\n".join(p.text for p in source.paragraphs)
    found = [(paragraph, c) for paragraph in source.paragraphs
             for c in _outside_link_lines(paragraph.text, find_named_candidates(
                 paragraph.text, registry, sports, story))]
    groups: dict[str, list[tuple[Paragraph, NamedCandidate]]] = {}
    for paragraph, candidate in found:
        groups.setdefault(_fold_key(candidate.ar), []).append((paragraph, candidate))
    people = sorted((k for k, g in groups.items() if g[0][1].kind == "person"),
                    key=lambda k: -len(k.split()))
    # Each longer name by its first words, its last words, and its given and family name:
    # the names a shorter one can be part of (_part_of_name), found without comparing every
    # pair (thousands of men named محمد in a long source).
    by_words: dict[tuple[str, ...], list[str]] = {}
    for person in people:
        words = person.split()
        for k in range(1, len(words)):
            by_words.setdefault(("<", *words[:k]), []).append(person)
            by_words.setdefault((">", *words[-k:]), []).append(person)
        if len(words) > 2:
            by_words.setdefault(("<>", words[0], words[-1]), []).append(person)
    order = {person: n for n, person in enumerate(people)}
    for key in people:
        words = key.split()
        near = sorted(set(by_words.get(("<", *words), []) + by_words.get((">", *words), [])
                          + (by_words.get(("<>", *words), []) if len(words) == 2 else [])
                          + (by_words.get((">", key[1:]), []) if len(words) == 1
                             and key[0] in "لبوفك" and len(key) > 4 else [])),
                      key=order.__getitem__)  # لبلاتر: "to Blatter", سيب بلاتر's surname
        owner = next((full for full in near if full != key and full in groups
                      and (_part_of_name(words, full.split())
                           or len(words) == 1 and full.split()[-1] == key[1:])), None)
        if owner is not None:
            groups[owner] += groups.pop(key)
    # One known English name is one entity: المملكة, السعودية and المملكة العربية السعودية.
    by_english: dict[tuple[str, str], str] = {}
    for key in sorted(groups, key=lambda k: -len(k.split())):
        first = groups[key][0][1]
        if first.guess:
            continue
        owner = by_english.setdefault((first.kind, _ONE_PLACE.get(first.en, first.en)), key)
        if owner != key:
            groups[owner] += groups.pop(key)
    # An organisation named once in full and once without its last words: a newspaper with
    # and without its nationality, مؤسسة الملك عبدالعزيز and the same للموهبة والإبداع.
    # (each found by its first words through an index: a search of every group for each was
    # quadratic, 176 s for 26,000 bodies)
    by_first_words: dict[str, list[str]] = {}  # each body under every start of it a space ends
    for key, group in groups.items():
        if group[0][1].kind == "organisation":
            for start in {key[:at] for at, char in enumerate(key) if char == " "}:
                by_first_words.setdefault(start, []).append(key)
    for key in sorted(groups, key=lambda k: len(k.split())):
        first = groups[key][0][1]
        if first.kind != "organisation":
            continue
        longer = next((k for k in by_first_words.get(key, ()) if k != key and k in groups),
                      None)
        if longer is not None:
            groups[longer] += groups.pop(key)
    # A body's other name in brackets or quotes right after it (وكالة الأنباء الصينية
    # (شينخوا), شركة اتحاد اتصالات «موبايلي»): one entity.
    for (paragraph, candidate), (next_paragraph, alias) in itertools.pairwise(found):
        if not (next_paragraph is paragraph and candidate.kind == alias.kind == "organisation"
                and alias.start > candidate.end
                and _ALIAS_BETWEEN.fullmatch(paragraph.text, candidate.end, alias.start)
                and _ALIAS_AFTER.match(paragraph.text, alias.end)):
            continue
        owner, other = _fold_key(candidate.ar), _fold_key(alias.ar)
        if owner in groups and other in groups and owner != other:
            groups[owner] += groups.pop(other)
    # A place named once with its kind of place and once without (قطاع غزة, غزة), and a city
    # that names a club found in the same source (نادي برشلونة, then برشلونة): one entity.
    after_a_head: dict[str, list[str]] = {}  # غزة → قطاع غزة, نادي برشلونة → برشلونة
    for key in groups:
        head = re.match(r"(\S+)\s*(?<= )(?=\S)", key)  # the words after it, a space before
        if head and head[1] in _PLACE_AND_CLUB_HEADS:
            after_a_head.setdefault(key[head.end():], []).append(key)
    for key in list(groups):
        first = groups[key][0][1]
        if first.kind != "place":
            continue
        owner = next((k for k in after_a_head.get(key, ()) if k != key and k in groups
                      and not (k.split()[0] in _CLUB_HEADS and _country_named_as_place(
                          key, groups[key]))), None)
        if owner is not None:
            groups[owner] += groups.pop(key)
    # A known name the registry already found in this source is that actor, not a candidate.
    mentions = source_mentions(source, registry)  # read once: the model reads them too
    actors = source_actors(source, registry, mentions)
    found_english = {_plain(f.actor.en) for f in actors}
    # a registry person's family name alone, which `source_actors` counts for him
    family_names = {_fold_key(surname.ar) for surname in surname_actors(
        [f.actor for f in actors], registry)}
    for key in list(groups):
        first = groups[key][0][1]
        if not first.guess and _plain(first.en) in found_english or (
                first.kind == "person" and key in family_names):
            del groups[key]
    surnames = {
        key: key.split()[-1] for key, group in groups.items()
        if group[0][1].kind == "person" and len(key.split()) > 1
        and key.split()[-2] != normalize("آل")  # آل الشيخ: الشيخ alone is a title
        and key.split()[-2] not in NASAB  # بن عبدالعزيز: a father's name, no surname
        and can_be_a_surname(key.split())}  # عبيد الله: every الله of the text is no mention
    shared = {name for name, n in Counter(surnames.values()).items() if n > 1}
    # (وأضاف صالح after علي عبدالله صالح and his son: neither's, not both men's)
    extra = _surname_mentions(source, found, {key: name for key, name in surnames.items()
                                              if name not in shared})
    candidates = []
    for key, group in groups.items():
        lone = (group[0][1].kind == "person" and len(key.split()) == 1
                and not is_famous_alone(key))  # كاميرون, كيري: a public figure
        crown = next(filter(None, (crown_before(p.text, c.start, c.end) for p, c in group)),
                     None) if lone else None
        if lone and (_alone_no_name(key) or group[0][1].guess and _common_noun(key)) and (
                key not in extra and not any(c.quoted or c.listed for _, c in group)
                and not crown):
            continue  # one common word after a title (وزير مفوض), or a given name alone
            # (عبدالعزيز, the rest of his name lost): not a name by itself; but a word that is
            # no common noun, or a name only learnt from the corpus, is a surname (المدرب
            # ريجيكامب, مهاجمه البرازيلي سيسيرو, السويسري غروس), and a king by his given
            # name (الملك سلمان)
        full = max((c for _, c in group), key=lambda c: (len(c.ar.split()), len(c.ar)))
        # Each paragraph once, in order: keyed by its number, not compared with every other.
        by_number = {p.number: p for p in [p for p, _ in group] + extra.get(key, [])}
        paragraphs = [by_number[n] for n in sorted(by_number)]
        # The forms written for the name, each once however spelt (الأمير, الامير); a title
        # only before the full name itself: سلمان after الملك, folded into محمد بن سلمان,
        # is his father.
        forms = {_fold_key(full.ar): full.ar}
        after_li = [_after_li_al(paragraph.text, c) for paragraph, c in group]
        for (paragraph, c), written in zip(group, after_li, strict=True):
            for form in (c.ar, _titled(paragraph.text, c) if c.ar == full.ar else None,
                         _in_quotes(paragraph.text, c), _without_club_head(c),
                         written if all(after_li) else None):  # only ever after ل
                if form and (len(form.split()) > 1 or c.kind != "person"):
                    forms.setdefault(_fold_key(form), form)
        variants = tuple(forms.values())[1:]
        # A body's known other name gives its English (a person's known surname is no
        # English for his whole name)
        known = next((c for _, c in group if not c.guess), full) if (
            full.kind == "organisation") else full
        english = f"{crown} {known.en}" if crown else known.en  # King Salman
        candidates.append(Candidate(full.ar, len(group) + len(extra.get(key, [])),
                                    tuple(paragraphs), english, full.kind, known.guess,
                                    variants))  # وكالة الأنباء الصينية (شينخوا): Xinhua
    if learnt:
        candidates = with_learnt(source, candidates, registry, mentions)
    return sorted(candidates, key=lambda c: -c.count)  # stable: ties keep text order


def found_forms(candidates: Sequence[Candidate], mentions: Iterable[tuple[Paragraph, Mention]]
                ) -> list[tuple[list[str], str]]:
    """What the rules and the registry found in a source, as the learnt model reads it: each
    candidate's forms with its kind, each registry actor's mentions (`source_mentions`) as
    written."""
    forms = [(learned.form_words(form), learned.KINDS[c.kind])
             for c in candidates for form in (c.name, *c.variants)]
    written = {mention.text for _, mention in mentions}
    return forms + [(learned.form_words(text), "ACT") for text in sorted(written)]


# Persian letters pasted into Arabic text (ی ک), read as their Arabic letters for the English.
_PERSIAN_LETTERS = str.maketrans({"\u06CC": "ي", "\u06A9": "ك"})


class _WordSets:
    """The word sets of the names found so far, indexed by word, so that whether one of them
    holds every word of a name (لفوتشيتش inside الكسندر فوتشيتش) is read from the name's words'
    postings, not by comparing it with every set (a source of thousands of names)."""

    def __init__(self) -> None:
        self._count = 0
        self._by_word: dict[str, set[int]] = {}

    def add(self, words: set[str]) -> None:
        for word in words:
            self._by_word.setdefault(word, set()).add(self._count)
        self._count += 1

    def hold(self, name: str) -> bool:
        """Say whether one set holds a reading of each of the name's words."""
        common: set[int] | None = None
        for word in learned.form_words(name):
            sets = set().union(*(self._by_word.get(learned.without_article(r), set())
                                 for r, _ in learned.readings(word)))
            common = sets if common is None else common & sets
            if not common:
                return False
        return common is not None or self._count > 0  # (no words: any set holds them)


def with_learnt(source: Source, candidates: list[Candidate], registry: Registry,
                mentions: Sequence[tuple[Paragraph, Mention]]) -> list[Candidate]:
    """Add the names the learnt model proposes where the rules found none, held to the
    rules' own verdicts (`learnt_name`): a name whose words all lie inside one found already
    (a surname alone) or inside a registry actor's mention adds nothing, nor does a person
    named by one word a table knows (a given name, a common word, a public figure: the rules'
    to list or not), nor a registry actor the source names (by its known English); any other
    is a candidate of its own, its English a romanisation, counted once a mention. `mentions`
    are the registry's in the source (`source_mentions`)."""
    forms = found_forms(candidates, mentions)
    found = learned.Found(forms)  # indexed once for every paragraph
    found_english = {_plain(f.actor.en) for f in source_actors(source, registry, mentions)}

    def words(name: str) -> set[str]:  # عبد ربه: one word, as the model writes عبدربه
        return {learned.without_article(w)
                for w in learned.form_words(re.sub(r"(?<!\w)عبد\s+", "عبد", name))}

    known = _WordSets()  # each name found, and each registry actor's mention as written
    for c in candidates:
        known.add(set().union(*(words(f) for f in (c.name, *c.variants))))
    for form, label in forms:
        if label == "ACT":
            known.add({learned.without_article(w) for w in form})
    proposed = [(paragraph, learned.Proposal(ar, proposal.kind))
                for paragraph in source.paragraphs
                for proposal in learned.propose(
                    _LINK_LINE.sub(" ", paragraph.text), found)
                if (ar := learnt_name(proposal.ar, proposal.kind))
                and (ar := with_its_ordinal(ar, proposal.kind, paragraph.text))]
    new: dict[str, Candidate] = {}
    # the longest first, so that a surname alone finds the whole name the model proposed, and
    # of one length the shortest first, so that بفوتشيتش finds فوتشيتش, the name without ب
    for paragraph, proposal in sorted(proposed, key=lambda pp: (-len(pp[1].ar.split()),
                                                                len(pp[1].ar))):
        key = learned.fold(proposal.ar)
        if key not in new:
            mine = words(proposal.ar)
            english, guess = learnt_english(proposal.ar.translate(_PERSIAN_LETTERS),
                                            proposal.kind)
            lone = len(_fold_key(proposal.ar).split()) == 1  # عبد الرحمن: one given name
            if known.hold(proposal.ar) or not guess and (
                    _plain(english) in found_english) or proposal.kind == "person" and lone and (
                    not guess or _alone_no_name(_fold_key(proposal.ar))):
                continue  # one word a table knows: the rules' to list or not (روحاني)
            known.add(mine)
            new[key] = Candidate(proposal.ar, 0, (), english, proposal.kind, guess, learnt=True)
        c = new[key]
        paragraphs = c.paragraphs if paragraph in c.paragraphs else tuple(sorted(
            (*c.paragraphs, paragraph), key=lambda p: p.number))
        new[key] = replace(c, count=c.count + 1, paragraphs=paragraphs)
    return [*candidates, *new.values()]


# An outlet's own link line under its article (رابط الخبر بصحيفة الوئام: the headline again):
# furniture, whose outlet is no actor of the article and whose headline the article repeats.
# Pasted text may run it on after the article's last sentence, on the same line or the next
# (… المقبل. رابط الخبر بصحيفة الوئام: …): from its first word to the end of the line.
_LINK_LINE = re.compile(r"(?<!\S)رابط\s+الخبر\b[^\n]*")
_Spanned = TypeVar("_Spanned", NamedCandidate, Mention)


def _outside_link_lines(text: str, found: list[_Spanned]) -> list[_Spanned]:
    """The names found in `text` (candidates or mentions) that stand in none of its link
    lines."""
    lines = [line.span() for line in _LINK_LINE.finditer(text)]
    return [c for c in found if not any(start <= c.start < end for start, end in lines)]
# A surname after these words names a group, not the man: جماعة الحوثي, مليشيات الحوثي.
_GROUP_BEFORE = re.compile(
    r"(?:جماعة|جماعه|مليشيات|ميليشيات|مليشيا|ميليشيا|حركة|حركه|أنصار|انصار|قوات|عناصر|مسلحي|"
    r"مسلحو|تنظيم|أتباع|اتباع)\s+$")
# Words before a place's name that make a longer name of the same thing.
_PLACE_AND_CLUB_HEADS = {normalize(w) for w in (
    "قطاع مدينة منطقة محافظة ولاية إقليم جزيرة مقاطعة بلدة قرية نادي النادي فريق".split())}


# A royal title is written with the name (الأمير محمد بن سلمان), and a place's kind before its
# name (منطقة عسير, ولاية جونقلي): forms of the same name, kept as its variants.
_NAME_TITLES = {"person": {normalize(w) for w in "الملك الأمير الملكة الأميرة".split()},
                "place": {normalize(w) for w in (
                    "منطقة مدينة محافظة ولاية إقليم مقاطعة قطاع جزيرة بلدة قرية مركز".split())}}
_WORD_BEFORE = re.compile(r"(?:^|\s)([^\W\d_](?:[^\W\d_]|[\u064B-\u065F\u0670\u0640])*)\s+$")
_MARKS = re.compile(r"[\u064B-\u065F\u0670\u0640]")


def _titled(text: str, candidate: NamedCandidate) -> str | None:
    """The candidate with the royal title or the place's kind written just before it, as
    written but for a particle (للأمير → الأمير, بمنطقة → منطقة); else None."""
    titles = _NAME_TITLES.get(candidate.kind)
    before = _WORD_BEFORE.search(text, max(0, candidate.start - 40), candidate.start)
    if not titles or before is None:
        return None
    word = _MARKS.sub("", before.group(1))  # الأَمِيرُ, الأميـر: the title as a word
    for bare in (word, _without_particles(word)):
        if normalize(bare) in titles:
            return f"{bare} {candidate.ar}"
    return None


_CLUB_HEADS = {normalize(w) for w in "فريق الفريق نادي النادي".split()}
# A preposition of place just before a name: في الكويت is the country, not نادي الكويت.
_IN_PLACE = re.compile(r"(?:^|\s)(?:في|إلى|الى|من|داخل|خارج)\s+$")


def _country_named_as_place(key: str, group: list[tuple[Paragraph, NamedCandidate]]) -> bool:
    """Say whether a country a club is named after is also named as the place it is, after a
    preposition of place (اجتماع عقد أمس في الكويت, beside نادي الكويت): then two entities."""
    return key in countries() and any(
        _IN_PLACE.search(paragraph.text[max(0, c.start - 8):c.start]) for paragraph, c in group)


def _without_club_head(candidate: NamedCandidate) -> str | None:
    """A club's name without the head it was found with (فريق نجران → نجران, as the source
    writes it elsewhere); else None."""
    words = candidate.ar.split()
    if candidate.kind == "organisation" and len(words) > 1 and normalize(words[0]) in _CLUB_HEADS:
        return " ".join(words[1:])
    return None


_QUOTED_NAME = re.compile(r"[«\"“(]\s*([^«»\"“”()]+?)\s*$")


def _after_li_al(text: str, candidate: NamedCandidate) -> str | None:
    """The name as the source writes it after ل, which swallows the article's alif (للحلف
    الاطلسي → حلف الاطلسي, beside the candidate's الحلف الاطلسي), or None: where the source
    never writes it otherwise, the only form of it the text holds verbatim."""
    written = text[candidate.start:candidate.end]
    if (candidate.kind == "person" or not candidate.ar.startswith("ال")
            or not written.startswith("ل") or written.startswith("ال")):
        return None
    return _MARKS.sub("", written[1:]) if len(written) > 3 else None


def _in_quotes(text: str, candidate: NamedCandidate) -> str | None:
    """The name an organisation's candidate sets in quotes after its head (شركة «نيسان موتور»
    → نيسان موتور): the source writes it so, apart from its kind; else None."""
    if candidate.kind != "organisation":
        return None
    found = _QUOTED_NAME.search(text, candidate.start, candidate.end)
    return _MARKS.sub("", found.group(1)) if found and len(found.group(1)) > 1 else None


def _alone_no_name(key: str) -> bool:
    """Say whether a word alone is no one's name by itself: a given name (عبدالعزيز, the rest
    of his name lost) that is no surname too, or a word as often common."""
    return is_listed_given(key) and not (is_surname(key) and not is_common_word(
        "ال" + key)) or is_also_common_word(key)


def _common_noun(word: str) -> bool:
    """Say whether one word is a common noun of the corpus, or shaped like one or like a
    verb: with the article or a preposition, in -ة, -ات or -اء, short, يفعل (يحرز), أفعل
    (ارسل) or a nisba of four letters (مظلي)."""
    bare = word[2:] if word.startswith("ال") else word
    return (len(bare) < 4 or word.startswith("ال") or word.endswith(("ة", "ه", "ات", "اء"))
            or re.fullmatch(r"[يت]\w{3,4}|[اأ]\w{3}|\w{3}ي", word) is not None
            or is_common_word("ال" + bare)
            or word[0] in "بلك" and is_common_word("ال" + word[1:]))


def _part_of_name(short: list[str], full: list[str]) -> bool:
    """Say whether a shorter person's name is a later mention of the fuller one: its first
    words (the given name on), its given and family name, or its last one or two words
    without a بن chain (هادي, منصور هادي). A بن chain at the end is the father (سلمان بن عبد
    العزيز in محمد بن سلمان بن عبد العزيز), and so is the one word after a بن (الملك سلمان
    is not محمد بن سلمان) and three or more words without the given name (علي عبدالله صالح
    is the father of أحمد علي عبدالله صالح)."""
    if len(short) >= len(full):
        return False
    if full[:len(short)] == short:
        return True
    if len(short) == 2 and short[0] == full[0] and short[1] == full[-1]:
        return True  # عبدالعزيز الشعيل: the given and the family name of the fuller one
    return (full[-len(short):] == short and not NASAB & set(short) and len(short) < 3
            and not (len(short) == 1 and full[-2] in NASAB))


def _surname_mentions(source: Source, found: list[tuple[Paragraph, NamedCandidate]],
                      surnames: dict[str, str]) -> dict[str, list[Paragraph]]:
    """For each person (key → surname), the paragraphs naming the surname alone: outside
    every candidate and not after a group's word (جماعة الحوثي). Each word is read once."""
    wanted = set(surnames.values())
    spans: dict[int, list[tuple[int, int]]] = {}
    for paragraph, candidate in found:
        spans.setdefault(id(paragraph), []).append((candidate.start, candidate.end))
    places: dict[str, list[Paragraph]] = {}
    for paragraph in source.paragraphs:
        covered = sorted(spans.get(id(paragraph), []))
        starts = [start for start, _ in covered]
        for match in _WORD.finditer(paragraph.text):
            core = _without_particles(normalize(match.group()))
            if core not in wanted or match.group().endswith("على"):
                continue  # على, "on", is علي once normalised: a preposition, not the surname
            k = bisect.bisect_right(starts, match.end() - 1) - 1
            if k >= 0 and covered[k][1] > match.start():
                continue  # inside a candidate, or holding one (لبلاتر: بلاتر after its ل;
                # candidates of a paragraph never overlap)
            if _GROUP_BEFORE.search(paragraph.text, max(0, match.start() - 20), match.start()):
                continue
            if core in FAMILY_TITLES and not _title_as_surname(core, paragraph.text, match):
                continue  # السيد محمد, الشيخ: a title, not عدنان السيد or حسان الشيخ
            places.setdefault(core, []).append(paragraph)
    return {key: places[surname] for key, surname in surnames.items() if surname in places}


def _title_as_surname(core: str, text: str, match: re.Match[str]) -> bool:
    """Say whether السيد, a family name that is also a title, stands as the family name here:
    after another title and before a word of the corpus or a pause, no name (وأوضح المهندس
    السيد أنه; not السفير السيد كروكر). الشيخ and الملا alone stay titles (الدكتور الشيخ في
    خطبته)."""
    if core != normalize("السيد"):
        return False
    before = text[max(0, match.start() - 24):match.start()].split()
    after = text[match.end():match.end() + 24].split()
    return bool(before and is_title(before[-1]) and (
        not after or not after[0][0].isalpha()
        or normalize(after[0]) in _SAID_AFTER_A_NAME
        or is_common_bare_word(after[0]) and not is_listed_given(after[0])))


# Words after a man's name that go on with what he said or did (أنه, إن, في); not على or بأن,
# which read as the names علي and بان once normalised.
_SAID_AFTER_A_NAME = frozenset(normalize(w) for w in "أن أنه إن إنه في إلى عن من خلال".split())


def _fold_key(name: str) -> str:
    """A name compared loosely: normalised, and عبد joined to the word after it."""
    return re.sub(r"\bعبد ", "عبد", normalize(name))


def _plain(english: str) -> str:
    """English name without a bracketed gloss or case: 'Houthis (Ansar Allah)' → 'houthis'."""
    return re.sub(r"\s*\(.*\)$", "", english).strip().lower()


def _without_particles(word: str) -> str:
    for prefix in ("وال", "فال", "بال", "لل", "و", "ف", "ب", "ل"):
        if word.startswith(prefix) and len(word) > len(prefix) + 2:
            return ("ال" + word[2:]) if prefix == "لل" else (
                word[len(prefix) - 2:] if prefix.endswith("ال") else word[len(prefix):])
    return word


def actors_table(findings: Sequence[ActorFinding]) -> str:
    rows = [[f.actor.id, str(f.count), f.actor.en, f.actor.ar, paragraph_ranges(f.paragraphs)]
            for f in findings]
    return table(["id", "count", "en", "ar", "paragraphs"], rows, right={1})


def candidates_table(candidates: Sequence[Candidate]) -> str:
    rows = [[str(c.count), paragraph_ranges(c.paragraphs), c.kind + ("+" if c.learnt else ""),
             c.en + ("?" if c.guess else ""), c.name] for c in candidates]
    text = table(["count", "paragraphs", "kind", "en", "name"], rows, right={0})
    if any(c.guess for c in candidates):
        text += f"\n? {GUESSED_ENGLISH}, not a known English form"
    if any(c.learnt for c in candidates):
        text += "\n+ proposed by the learnt name model where the rules found nothing"
    return text


def to_json(items: Iterable) -> str:
    return json.dumps([item.as_json() for item in items], ensure_ascii=False, indent=2)


def actors_json(found: Sequence[ActorFinding], candidates: Sequence[Candidate] | None) -> str:
    """Return the actors as one JSON array, or with candidates an object holding both."""
    if candidates is None:
        return to_json(found)
    return json.dumps({"actors": [f.as_json() for f in found],
                       "candidates": [c.as_json() for c in candidates]},
                      ensure_ascii=False, indent=2)


# --- Layout ----------------------------------------------------------------------------------

def paragraph_ranges(paragraphs: Sequence[Paragraph]) -> str:
    return number_ranges([p.number for p in paragraphs], prefix="p")


def _width(text: str) -> int:
    # Combining marks (Arabic harakat) take no column in a terminal.
    return sum(0 if unicodedata.combining(c) else 1 for c in text)


def table(headers: list[str], rows: list[list[str]],
          right: AbstractSet[int] = frozenset()) -> str:
    """Lay rows out in columns padded to their widest cell; the last column is not padded."""
    widths = [max(_width(r[i]) for r in [headers, *rows]) for i in range(len(headers))]
    lines = []
    for row in [headers, *rows]:
        cells = []
        for i, cell in enumerate(row):
            pad = " " * (widths[i] - _width(cell))
            if i == len(row) - 1:
                cells.append(cell)
            else:
                cells.append(pad + cell if i in right else cell + pad)
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)
