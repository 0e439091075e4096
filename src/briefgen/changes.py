"""What changed between two releases: a model the pack's PDF and DOCX both render.

Briefs are compared by id. Inside a brief, key dates are compared by date and event, actors
by registry id (or English name), excerpts by the paragraphs they cite. Open questions are
followed across every release in between (`track_questions`): a question with an `id:`
keeps it; one without is matched to the previous release's question of the same brief
whose text is closest, if the texts are at least QUESTION_SIMILARITY alike (difflib's
ratio), so a small rewording is the same question. A question is *answered* in the release
whose spec first gives it an `answer:`; *dropped* when it leaves the spec unanswered.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Literal

from .model import Actor, Brief, Question

# Ratio of difflib.SequenceMatcher over the casefolded texts at which two question
# wordings are one question: "Will Iran reopen its consulate?" and "Will Iran reopen its
# consulate this year?" score 0.90; two different questions of a brief score under 0.5.
QUESTION_SIMILARITY = 0.75

QuestionKind = Literal["added", "dropped", "answered", "reopened"]


@dataclass(frozen=True)
class BriefRef:
    """A brief as a list of changes names it."""

    id: str
    title: str
    classification: str


@dataclass(frozen=True)
class QuestionChange:
    """An open question added, dropped, answered or reopened; `since` is the release that
    first asked it."""

    kind: QuestionKind
    text: str
    since: int
    answer: str | None = None


@dataclass(frozen=True)
class BriefChanges:
    """What changed inside one brief present in both releases."""

    brief: BriefRef
    old_title: str | None = None  # when retitled
    old_classification: str | None = None  # when re-marked
    summary: str | None = None  # the new summary, when it changed
    dates_added: tuple[str, ...] = ()
    dates_removed: tuple[str, ...] = ()
    actors_added: tuple[str, ...] = ()
    actors_removed: tuple[str, ...] = ()
    excerpts_added: tuple[str, ...] = ()
    excerpts_removed: tuple[str, ...] = ()
    questions: tuple[QuestionChange, ...] = ()

    @property
    def empty(self) -> bool:
        return not any((self.old_title, self.old_classification, self.summary,
                        self.dates_added, self.dates_removed, self.actors_added,
                        self.actors_removed, self.excerpts_added, self.excerpts_removed,
                        self.questions))

    def lines(self) -> list[str]:
        """Each change as one line of text: what the PDF, DOCX and `diff` all print."""
        return change_lines(self)


@dataclass(frozen=True)
class WhatChanged:
    """The changes from release `since` to release `release`."""

    since: int
    release: int
    added: tuple[BriefRef, ...]
    removed: tuple[BriefRef, ...]
    changed: tuple[BriefChanges, ...]

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)

    def to_json(self) -> bytes:
        """changes.json: this model as JSON."""
        return (json.dumps(asdict(self), indent=2, ensure_ascii=False) + "\n").encode()

    def lines(self) -> list[str]:
        """The changes as plain lines of text, for `briefgen diff`."""
        out = [f"What changed from release {self.since} to release {self.release}"]
        if self.empty:
            out.append("  nothing")
        out += [f"  brief added: {b.title} ({b.id}, {b.classification})" for b in self.added]
        out += [f"  brief removed: {b.title} ({b.id}, {b.classification})"
                for b in self.removed]
        for change in self.changed:
            out.append(f"  {change.brief.title} ({change.brief.id}):")
            out += [f"    {line}" for line in change.lines()]
        return out


def change_lines(change: BriefChanges) -> list[str]:
    """Each change inside a brief as one line of text."""
    lines = []
    if change.old_title is not None:
        lines.append(f"retitled from “{change.old_title}”")
    if change.old_classification is not None:
        lines.append(f"re-marked {change.old_classification} → {change.brief.classification}")
    if change.summary is not None:
        lines.append(f"summary changed: {change.summary}")
    for label, items in (("key date added", change.dates_added),
                         ("key date removed", change.dates_removed),
                         ("actor added", change.actors_added),
                         ("actor removed", change.actors_removed),
                         ("excerpt added", change.excerpts_added),
                         ("excerpt removed", change.excerpts_removed)):
        lines += [f"{label}: {item}" for item in items]
    for question in change.questions:
        lines.append(question_line(question))
    return lines


def question_line(question: QuestionChange) -> str:
    """An open question's change as one line: what, the question, since when, the answer."""
    line = f"open question {question.kind}: {question.text} (asked since release {question.since})"
    if question.kind == "answered" and question.answer:
        line += f"; answer: {question.answer}"
    return line


Release = tuple[int, Mapping[str, Brief]]  # a release's number and its briefs by id


def what_changed(releases: Sequence[Release], old: int, new: int) -> WhatChanged:
    """The changes from release `old` to release `new`, both among `releases`, which run
    from the first release in order (the questions' history needs every one)."""
    by_number = dict(releases)
    keys = track_questions(releases)
    since: dict[str, int] = {}
    for number, _ in releases:
        for entries in keys[number].values():
            for key, _question in entries:
                since.setdefault(key, number)
    before, after = by_number[old], by_number[new]
    added = tuple(_ref(after[i]) for i in after if i not in before)
    removed = tuple(_ref(before[i]) for i in before if i not in after)
    changed = []
    for brief_id in after:
        if brief_id in before:
            change = brief_changes(before[brief_id], after[brief_id],
                                   keys[old].get(brief_id, []), keys[new].get(brief_id, []),
                                   since)
            if not change.empty:
                changed.append(change)
    return WhatChanged(old, new, added, removed, tuple(changed))


def brief_changes(old: Brief, new: Brief, old_questions: Sequence[tuple[str, Question]],
                  new_questions: Sequence[tuple[str, Question]],
                  since: Mapping[str, int]) -> BriefChanges:
    """What changed inside one brief; questions come keyed by track_questions."""
    def dates(brief: Brief) -> list[str]:
        return [f"{d.date.english}: {d.event.value}" for d in brief.key_dates]

    def excerpts(brief: Brief) -> dict[str, str]:
        return {e.citation.label: f"{e.citation.label}: {e.summary.value}"
                for e in brief.excerpts}

    def actors(brief: Brief) -> dict[str, str]:
        return {_actor_key(a): a.name.value for a in brief.actors}

    old_excerpts, new_excerpts = excerpts(old), excerpts(new)
    old_actors, new_actors = actors(old), actors(new)
    return BriefChanges(
        brief=_ref(new),
        old_title=old.title.value if old.title != new.title else None,
        old_classification=(old.classification if old.classification != new.classification
                            else None),
        summary=new.summary.value if old.summary != new.summary else None,
        dates_added=_missing_from(dates(new), dates(old)),
        dates_removed=_missing_from(dates(old), dates(new)),
        actors_added=tuple(n for k, n in new_actors.items() if k not in old_actors),
        actors_removed=tuple(n for k, n in old_actors.items() if k not in new_actors),
        excerpts_added=tuple(t for k, t in new_excerpts.items() if k not in old_excerpts),
        excerpts_removed=tuple(t for k, t in old_excerpts.items() if k not in new_excerpts),
        questions=_question_changes(old_questions, new_questions, since),
    )


def _question_changes(old: Sequence[tuple[str, Question]], new: Sequence[tuple[str, Question]],
                      since: Mapping[str, int]) -> tuple[QuestionChange, ...]:
    before, after = dict(old), dict(new)
    changes = []
    for key, question in after.items():
        was = before.get(key)
        if was is None:
            changes.append(QuestionChange("added", question.text.value, since[key],
                                          _answer(question)))
        elif was.answer is None and question.answer is not None:
            changes.append(QuestionChange("answered", question.text.value, since[key],
                                          _answer(question)))
        elif was.answer is not None and question.answer is None:
            changes.append(QuestionChange("reopened", question.text.value, since[key]))
    for key, question in before.items():
        if key not in after and question.answer is None:
            changes.append(QuestionChange("dropped", question.text.value, since[key]))
    return tuple(changes)


def track_questions(releases: Sequence[Release]
                    ) -> dict[int, dict[str, list[tuple[str, Question]]]]:
    """Give every open question of every release a key that stays the same across releases:
    `id:<id>` for a question with an id, else the key of the previous release's question it
    matches (same brief, text at least QUESTION_SIMILARITY alike), else a new key."""
    keyed: dict[int, dict[str, list[tuple[str, Question]]]] = {}
    previous: dict[str, list[tuple[str, Question]]] = {}
    for number, briefs in releases:
        keyed[number] = {}
        for brief_id, brief in briefs.items():
            keyed[number][brief_id] = _match(brief.open_questions, previous.get(brief_id, []),
                                             f"r{number}:{brief_id}:")
        previous = keyed[number]
    return keyed


def _match(questions: Sequence[Question], previous: Sequence[tuple[str, Question]],
           new_prefix: str) -> list[tuple[str, Question]]:
    keys: list[str | None] = [f"id:{q.id}" if q.id else None for q in questions]
    taken = {key for key in keys if key}
    candidates = [(key, q) for key, q in previous if key not in taken]
    pairs = sorted(
        ((similarity(q.text.value, old.text.value), index, key)
         for index, q in enumerate(questions) if keys[index] is None
         for key, old in candidates),
        key=lambda pair: (-pair[0], pair[1], pair[2]))
    for ratio, index, key in pairs:
        if ratio < QUESTION_SIMILARITY:
            break
        if keys[index] is None and key not in taken:
            keys[index] = key
            taken.add(key)
    return [(key or f"{new_prefix}{index}", q)
            for index, (key, q) in enumerate(zip(keys, questions, strict=True))]


def similarity(a: str, b: str) -> float:
    """How alike two question texts are, 0 to 1 (difflib's ratio, case and spaces aside)."""
    return difflib.SequenceMatcher(None, " ".join(a.casefold().split()),
                                   " ".join(b.casefold().split()), autojunk=False).ratio()


def _missing_from(items: Sequence[str], other: Sequence[str]) -> tuple[str, ...]:
    present = set(other)
    return tuple(item for item in items if item not in present)


def _actor_key(actor: Actor) -> str:
    return f"ref:{actor.registry_id}" if actor.registry_id else f"name:{actor.name.value}"


def _answer(question: Question) -> str | None:
    return question.answer.value if question.answer else None


def _ref(brief: Brief) -> BriefRef:
    return BriefRef(brief.id, brief.title.value, brief.classification)
