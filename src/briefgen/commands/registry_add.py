"""`briefgen actors add`: put a candidate into seeds/actors.yaml so later runs find it.

The entry is appended as YAML text, so the file's comments and layout stay as they were; the
new file is loaded and checked (ids, names owned by one actor) before it replaces the old one
in one rename, so a refused or failed add leaves the registry untouched.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path

import click
import yaml

from ..arabic.actors import Registry, load_registry
from ..arabic.normalize import normalize
from ..arabic.romanize import (
    GUESSED_ENGLISH,
    is_common_bare_word,
    is_known_name,
    romanize_name,
)
from ..arabic.text import normalise_presentation_forms
from ..errors import BriefgenError, SourceError
from ..output import staged_file

_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_KINDS = {"person": "person", "organisation": "organisation", "place": "place",
          "state": "state"}


class ActorsGroup(click.Group):
    """`actors SOURCE` lists a source's actors; `actors add NAME` adds one to the registry."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("-h", "--help"):
            ctx.meta["briefgen.actors_listed"] = list(args)
            args = ["list", *args]
        return super().parse_args(ctx, args)

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The group's options, then those of `actors SOURCE`, which most readers came for
        (round 42's new-user review found `actors --help` gave only the group's)."""
        super().format_options(ctx, formatter)
        listed = self.commands["list"]
        records = [r for p in listed.get_params(ctx)
                   if isinstance(p, click.Option) and not p.is_eager  # not -h, --help
                   if (r := p.get_help_record(ctx))]
        with formatter.section("Options of `actors SOURCE`"):
            formatter.write_dl(records)

    def invoke(self, ctx: click.Context):
        listed_args = ctx.meta.get("briefgen.actors_listed")
        if listed_args is None:
            return super().invoke(ctx)
        command = self.commands["list"]  # `actors SOURCE`: its usage and errors say so, not
        # `actors list` (round 41's new-user review)
        with command.make_context(ctx.info_name, listed_args, parent=ctx.parent) as listed:
            return command.invoke(listed)


@dataclass(frozen=True)
class NewActor:
    """What `actors add` writes: one registry entry."""

    id: str
    en: str
    ar: str
    kind: str
    variants: tuple[str, ...] = ()
    notes: str | None = None
    guess: bool = False  # the English is briefgen's romanisation, not one given or known

    def yaml(self) -> str:
        # an id YAML reads as other than text (no, on, null, 123) is written in quotes, and
        # one opening with a figure (1e3, 0o17: numbers to YAML 1.2 readers) too
        plain = isinstance(yaml.safe_load(self.id), str) and not self.id[:1].isdigit()
        lines = [f"- id: {self.id if plain else json.dumps(self.id)}",
                 f"  en: {json.dumps(self.en, ensure_ascii=False)}",
                 f"  ar: {json.dumps(self.ar, ensure_ascii=False)}", f"  kind: {self.kind}"]
        if self.variants:
            variants = ", ".join(json.dumps(v, ensure_ascii=False) for v in self.variants)
            lines.append(f"  variants: [{variants}]")
        if self.notes:
            lines.append(f"  notes: {json.dumps(self.notes, ensure_ascii=False)}")
        return "\n".join(lines) + "\n"


_ARABIC_LETTER = re.compile(r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3]")  # no tatweel
_MAX_NAME_WORDS, _MAX_NAME_CHARACTERS = 10, 200


# Words of grammar no name is (the registry would match them in every sentence; round 40's
# hostile review, #13): prepositions, pronouns, particles, relatives, demonstratives and the
# verbs of being and saying. A name that is also a common noun (الهلال, الأمل) is added, with
# a note (`common_word_uses`).
_FUNCTION_WORDS = frozenset(normalize(w) for w in """
    في من على إلى الى عن مع بعد قبل عند حتى منذ بين ضد نحو لدى أن إن ان أو او ثم لا لم لن ما
    قد لقد هل بل لكن إذا اذا كل بعض غير التي الذي الذين اللذين اللتين اللواتي هذا هذه ذلك تلك
    هؤلاء هو هي هم هما هن أنا نحن أنت كان كانت يكون قال قالت وقال وقالت وفي ومن وعلى وإلى
    أمس بالأمس اليوم غدا الآن أيضا
""".split())
_BREAKS = re.compile(r"[\n\r\t\v\f\x85\u2028\u2029]")


def _keep_owner(temporary: Path, registry: Path) -> None:
    """Give the new file the registry's owner and group, where this user may."""
    owner = registry.stat()
    with contextlib.suppress(PermissionError):  # one who may not give files away keeps it
        os.chown(temporary, owner.st_uid, owner.st_gid)


_MARKUP = re.compile(r"<[^>]*>|&[a-z]+;|&#\d+;|[a-z][a-z0-9+.-]*://|\bwww\.", re.IGNORECASE)
# A name's words are letters, marks and digits; among the rest, a name printed in quotes, with
# a bracket, a slash, a hyphen, a dot or + (مجموعة 5+1) may hold these, and nothing else.
_NAME_PUNCTUATION = frozenset(" '\"«»“”‘’()[]/-.+ـ")


def _stray_in_name(name: str) -> str | None:
    """The first character no name holds (: # ； ？ & <), or None."""
    return next((c for c in name if c not in _NAME_PUNCTUATION
                 and unicodedata.category(c)[0] not in "LMN"), None)


def check_name(name: str, en: str | None = None) -> None:
    """Refuse a CANDIDATE that cannot be one: empty, on several lines, with tabs, invisible
    format characters, HTML or a web address, punctuation no name has (: # ; ? !), with fewer
    than two Arabic letters, or longer than any name (ten words, 200 characters); and an --en
    so made or so long. Presentation forms count as the letters they show (`tidy`)."""
    name = normalise_presentation_forms(name)
    if not name.strip():
        raise BriefgenError("CANDIDATE is empty: give the Arabic name to add, as "
                            "`briefgen actors SOURCE --candidates` lists it")
    for what, value in (("CANDIDATE", name), ("--en", en or "")):
        if any(unicodedata.category(c) == "Cs" for c in value):
            raise BriefgenError(f"{what} is not UTF-8 text (the shell passed bytes no "
                                "character has): type the name again, or save it as UTF-8")
        if _BREAKS.search(value):
            raise BriefgenError(f"{what} holds a line break or a tab: give the name on one "
                                "line, its words separated by single spaces")
        if any(unicodedata.category(c) == "Cf" for c in value):
            raise BriefgenError(f"{what} holds an invisible format character (a joiner or a "
                                "direction mark): type the name again without it")
    for what, value in (("CANDIDATE", name), ("--en", en or "")):
        if _MARKUP.search(value):
            raise BriefgenError(f"{what} '{value[:60]}' holds HTML or a web address: give the "
                                "name alone, as the text writes it")
    if stray := _stray_in_name(name):
        raise BriefgenError(f"CANDIDATE '{name[:60]}' holds '{stray}', which no name has: "
                            "give the name alone, as the text writes it")
    if en is not None and not en.strip():
        raise BriefgenError("--en is empty: give the name in English, or leave --en out to "
                            "take the English `actors SOURCE --candidates` gives")
    if len(en or "") > _MAX_NAME_CHARACTERS:
        raise BriefgenError(f"--en is {len(en or '')} characters: a name has at most "
                            f"{_MAX_NAME_CHARACTERS}")
    if en is not None and not any(c.isalpha() for c in en):
        raise BriefgenError(f"--en '{en}' holds no letter: give the name in English (Latin "
                            "letters), or leave --en out to take the English briefgen gives")
    if en and _ARABIC_LETTER.search(en):
        raise BriefgenError(f"--en '{en}' holds Arabic letters: --en is the name in English "
                            "(Latin letters), the Arabic goes in CANDIDATE")
    if normalize(name.strip().strip(_QUOTE_MARKS + " ")) in _FUNCTION_WORDS:
        raise BriefgenError(f"CANDIDATE '{name.strip()}' is a word of grammar (a preposition, a "
                            "pronoun, a particle), no name: the registry would find it in every "
                            "sentence; give the name as the text writes it")
    if len(_ARABIC_LETTER.findall(name)) < 2:
        raise BriefgenError(f"CANDIDATE '{name}' has fewer than two Arabic letters: give the "
                            "name as the Arabic text writes it (its English goes in --en)")
    if len(name) > _MAX_NAME_CHARACTERS or len(name.split()) > _MAX_NAME_WORDS:
        raise BriefgenError(f"CANDIDATE is {len(name.split())} words, {len(name)} characters: "
                            f"a name has at most {_MAX_NAME_WORDS} words and "
                            f"{_MAX_NAME_CHARACTERS} characters")


def tidy(name: str, en: str | None) -> tuple[str, str | None]:
    """CANDIDATE and --en as the registry keeps them: Arabic presentation forms (pre-shaped
    glyphs a PDF gives) mapped back to letters, as every source's text is, and the words
    separated by single spaces (a name typed "  عبد   ربه  " is عبد ربه), and the quotes or
    brackets a whole name was copied with taken off («الأهلي» is الأهلي)."""
    name = " ".join(normalise_presentation_forms(name).split())
    if len(name) > 2 and (name[0], name[-1]) in _QUOTES:
        name = name[1:-1].strip()  # «الأهلي», "حماس": the name the quotes hold
    return name, " ".join(en.split()) if en is not None else None


_QUOTES = {("«", "»"), ('"', '"'), ("“", "”"), ("'", "'"), ("‘", "’"), ("(", ")")}
_QUOTE_MARKS = "".join(sorted({mark for pair in _QUOTES for mark in pair}))


def read_alone(name: str, registry: Registry) -> dict | None:
    """What the candidate finder makes of `name` written alone, where it reads the whole of it
    as one name (رويترز: Reuters, an organisation; أنتوني بلينكن: Antony Blinken), or a
    football club's name (الهلال: Al-Hilal), which it reads only after فريق or نادي: its
    English, kind and whether the English is a guess, for an `actors add` without --source;
    the kind alone where the name opens with an organisation's or a region's head (شركة,
    محافظة); None where it reads nothing whole (a name it knows only from its context)."""
    from ..arabic.candidates import find_named_candidates, kind_by_head
    from ..arabic.gazetteer import clubs

    whole = [c for c in find_named_candidates(name, registry)
             if normalize(c.ar) == normalize(name)]
    if len(whole) != 1:
        if club := clubs().get(normalize(name)):  # الهلال: Al-Hilal, the club the finder
            # reads after فريق or نادي (round 41's new-user review: "al-Halal", a person)
            return {"en": club[1], "kind": "organisation", "variants": (), "guess": False}
        if kind := kind_by_head(name):  # شركة ترفيه الخليج: a company, whatever its words
            # (round 71's new-user review: a person, by default)
            return {"en": None, "kind": kind, "variants": (), "guess": True, "by_head": True}
        return None
    return {"en": whole[0].en, "kind": whole[0].kind, "variants": (), "guess": whole[0].guess}


def _fathers_name(variant: str, name: str) -> bool:
    """Say whether a variant is the last two words of a man's three, his father's given name
    and the family's (عبدالعزيز الموسى of عبدالإله عبدالعزيز الموسى), which the registry would
    match as him wherever his father or a brother is named (round 43's new-user review); not a
    family name of two words (داود أوغلو of أحمد داود أوغلو), nor a Western surname with its
    particle (دي سانتو of فرانكو دي سانتو: the session of round 62's new-user review)."""
    words, short = name.split(), variant.split()
    return (len(words) == 3 and len(short) == 2 and short == words[1:]
            and not words[-1].endswith(("أوغلو", "اوغلو", "زاده"))
            and normalize(words[1]) not in _WESTERN_PARTICLES)


# A Western surname's particle (دي سانتو, فان بيرسي, دا سيلفا): with it the surname is two words.
_WESTERN_PARTICLES = frozenset(normalize(w) for w in "دي دا دو دوس ديل فان فون".split())


def new_actor(name: str, actor_id: str, registry: Registry, en: str | None,
              kind: str | None, found: dict | None, source_label: str | None) -> NewActor:
    """Build the entry for `name`, refusing an id or a name the registry already has."""
    # A form another actor has, or keeps out with `exclude:` (ولاية خراسان الشمالية of
    # ISIS-K), is left out of the variants rather than refusing the name.
    # The form written after ل (للحلف → حلف) is left out too: the matcher reads للحلف as
    # ل and الحلف already, and a bare حلف would match where the name is not.
    variants = tuple(v for v in (found or {}).get("variants", ())
                     if normalize(v) != normalize(name) and normalize("ال" + v) != normalize(name)
                     and _owner(v, registry) is None and not _fathers_name(v, name))
    refuse_taken(actor_id, (name, *variants), registry)
    if en:
        english, guess = en, False
    elif found and found.get("en"):
        english, guess = found["en"], bool(found.get("guess"))
    else:
        english, guess = romanize_name(name)  # romanised once, the English and its mark
    chosen = kind or (found or {}).get("kind") or "person"
    if chosen not in _KINDS:
        raise BriefgenError(f"--kind '{chosen}': choose person, organisation, place or state")
    said = [f"Added by `briefgen actors add` from {source_label}."] if source_label else []
    if guess:
        said.append(f"{GUESSED_ENGLISH}: check it and set `en`.")  # kept
        # in the entry, where a reader of the registry sees it (round 47's new-user review)
    return NewActor(actor_id, english, name, _KINDS[chosen], variants, " ".join(said) or None,
                    guess)


def refuse_taken(actor_id: str, names: tuple[str, ...], registry: Registry) -> None:
    """Refuse an id that is not kebab-case or that the registry has, and a name it has."""
    if not _ID.fullmatch(actor_id):
        raise BriefgenError(f"--id '{actor_id}': an id is kebab-case (letters a-z, digits and "
                            "hyphens), e.g. abdulaziz-al-otaibi")
    if registry.get(actor_id) is not None:
        raise BriefgenError(f"--id '{actor_id}': the registry already has this id; "
                            "choose another")
    for form in names:
        owner = _owner(form, registry)
        if owner is not None:
            raise BriefgenError(f"'{form}' is already a name of {owner} in the registry; "
                                f"`briefgen actors` finds it as {owner}")
        for clitic in _CLITICS:
            rest = form[len(clitic):]
            if not form.startswith(clitic) or len(rest) <= (2 if clitic in ("و", "ف") else 3):
                continue  # (not كندا: ك and ندا, a name too short to be sure of)
            glued = _owner(rest, registry) or (
                _owner("ال" + rest, registry) if clitic.endswith("لل") else None)
            if glued is not None:  # وفهد العتيبي, بإيران, للطالبان: a particle glued to a
                # name the registry has, which `actors` reads as that name
                raise BriefgenError(f"'{form}' is '{clitic}' and '{rest}', already a name of "
                                    f"{glued} in the registry; `briefgen actors` reads it so")
        stacked = _STACKED_PARTICLES.match(form)
        first_word = (form.split() or [form])[0]
        if stacked and not (is_common_bare_word(first_word) or is_known_name(first_word)):
            # فلإيران, وللسودان: a name after two particles, as no name begins (but وكالة
            # الأنباء السعودية: "agency", a word of its own, not و, ك and الة)
            bare = ("ال" if stacked["particles"].endswith("لل") else "") + stacked["rest"]
            raise BriefgenError(f"'{form}' begins with the particles '{stacked['particles']}', "
                                f"which a name takes in a sentence; give the name without "
                                f"them: briefgen actors add '{bare}' ...")


# Particles a name takes in a sentence, longest first: و or ف, then ب, ل, ك or لل (ل and ال).
_CLITICS = ("ولل", "فلل", "وب", "ول", "وك", "فب", "فل", "فك", "لل", "و", "ف", "ب", "ك", "ل")
# Two of them stacked before a name that opens with a hamza's alif or the article (فلإيران,
# وبالسودان), or لل before any (وللسودان): no name begins so, where one particle may be the
# name's own letter (وليد, فلسطين, بكين, فلاديمير: a bare alif after فل is left alone).
_STACKED_PARTICLES = re.compile(
    r"(?P<particles>[وف]?لل|[وف][بلك](?=[أإآ]|ال[\u0621-\u064a]{3}))"
    r"(?P<rest>[\u0621-\u064a]{3,}.*)", re.DOTALL)


def _owner(form: str, registry: Registry) -> str | None:
    words = normalize(form).split()
    for actor in registry.actors:
        for other in (*actor.names, *actor.exclude):
            if normalize(other).split() == words:
                return actor.id
    return None


# A registry of no actor written as a flow list, `[]` on a line of its own (a comment may follow)
_EMPTY_FLOW_LIST = re.compile(r"^[ \t]*(?P<start>---[ \t]+)?\[[ \t]*\][ \t]*(?P<comment>#[^\r\n]*)?"
                              r"(?=\r?\n|\Z)", re.MULTILINE)  # (--- []: a document of one)


def _without_empty_flow_list(text: str) -> str:
    """The registry's text ready for a block entry: `[]`, the empty list, can take none after it
    (hostile review of round 39, #17), so its line gives way to the entry and keeps its comment;
    a byte-order mark before it stays where it is (round 41's, #17)."""
    mark = "\ufeff" if text.startswith("\ufeff") else ""
    body = text[len(mark):]
    if len(_EMPTY_FLOW_LIST.findall(body)) != 1:
        return text
    try:
        if yaml.safe_load(body) != []:
            return text
    except yaml.YAMLError:
        return text  # the checks after the append name the fault
    return mark + _EMPTY_FLOW_LIST.sub(lambda match: " ".join(filter(None, (
        (match["start"] or "").strip(), match["comment"]))), body)


def add_to_registry(path: Path, actor: NewActor) -> None:
    """Append `actor` to the registry file at `path`, keeping its text, and check the result.

    Call it holding the seeds folder's lock (`output_lock`). The new text is written to a
    temporary file of its own beside the registry (never a fixed name another run or a planted
    link could share), loaded with the checks of every run, given the registry's permissions
    and renamed over it; a refused or failed add leaves the registry as it was."""
    if path.is_symlink():
        raise BriefgenError(f"{path} is a symbolic link; `actors add` replaces only a plain "
                            "file: add the entry by hand to the file it points to")
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
        if not mode & 0o222:  # (root may write it anyway: the mode says what its owner meant)
            raise BriefgenError(f"{path} is read-only; make it writable (chmod u+w) to add to "
                                "it, or add the entry by hand")
        with path.open(encoding="utf-8", newline="") as registry:
            old = registry.read()  # as written: a registry saved with CRLF keeps them
        ending = "\r\n" if "\r\n" in old else "\n"
        new = _without_empty_flow_list(old)
        new = new if new.endswith("\n") or not new else new + ending
        new += ("\n" + actor.yaml()).replace("\n", ending)
        temporary = Path(staged_file(path, new.encode("utf-8")))
        try:
            os.chmod(temporary, mode)
            try:
                load_registry(temporary)  # the same checks as every run: the entry must load
            except SourceError as exc:
                raise SourceError([replace(p, path=path, line=None,
                                           message=f"the entry `actors add` would append is "
                                                   f"refused: {p.message}")
                                   if p.path == temporary else p
                                   for p in exc.problems]) from None
            _keep_owner(temporary, path)
            os.replace(temporary, path)
        finally:
            temporary.unlink(missing_ok=True)
    except PermissionError as exc:
        raise BriefgenError(f"{path}: cannot write the registry ({exc.strerror}); give this "
                            "user write access to the file and its folder") from None
