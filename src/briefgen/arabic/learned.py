"""Names the rules miss, proposed by a model learnt from the hand-made gold sets.

The candidate finder's rules read titles, heads, tables and lists; what they miss on new text
is names no rule reads (a footballer in a lineup, a village in a war report, a company cut
short). A linear-chain CRF (CRFsuite, through python-crfsuite) trained by
scripts/train-names on the gold sets' articles tags each word of a paragraph as the start or
the inside of a person, an organisation or a place, or none, from the word itself (its
clitics, article, endings), the name tables' verdicts on it, its neighbours, and what the
rules found around it. Spans it tags where the rules found nothing, confidently
(`THRESHOLD`), are offered as candidates; those whose words all lie inside a name already
found are that name's other forms (a surname alone).

The model is data briefgen did not just write: its digest and the digest of the name tables
it was trained beside are checked before it is read, and a mismatch is refused with what to
do, as a damaged table is.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import BriefgenError
from .gazetteer import places
from .romanize import (
    is_common_bare_word,
    is_common_word,
    is_family_name,
    is_known_given,
    is_listed_given,
    is_western_given,
    is_western_surname,
    table_set,
)
from .text import BIDI_CONTROLS

MODEL = "names.crfsuite"
MODEL_CARD = "names.json"  # the model's digest, the tables' digest, what it was trained on
THRESHOLD = 0.85  # the least marginal probability of each word of a span proposed
_MODEL_LIMIT = 32 * 1024 * 1024  # the model is about 2 MB
_CARD_LIMIT = 64 * 1024  # its card about 2 KB
KINDS = {"person": "PER", "organisation": "ORG", "place": "LOC"}
_KIND_OF = {label: kind for kind, label in KINDS.items()}

_MARKS = re.compile(r"[\u064B-\u065F\u0670\u0640]")
# A word's letters: Arabic, its marks and tatweel, the Persian letters news writes (ی ک گ پ چ ژ)
# and the joiners and direction marks pasted text carries inside a word (which would cut it).
_WORD = re.compile(r"[\u0621-\u064A\u0640\u064B-\u065F\u0670\u067E\u0686\u0698\u06A9\u06AF"
                   r"\u06CC]+|[A-Za-z]+"
                   r"|[0-9٠-٩]+(?:[.,][0-9]+)?|[^\s\w]")
# Direction marks and joiners pasted web text carries (هادي followed by U+200F, a joiner inside
# a word) are dropped before the words are read, in training as in use: with one kept, the
# model proposed a name the rules had found.
_FORMAT_MARKS = re.compile("[\u061c\u200b-\u200f\ufeff" + "".join(sorted(BIDI_CONTROLS)) + "]")
_QUOTES = re.compile(r"[«»\"“”'‘’]")


def fold(text: str) -> str:
    """Arabic compared loosely: no marks or tatweel, one alef, ه for ة, ي for ى."""
    text = re.sub("[أإآٱ]", "ا", _MARKS.sub("", text))
    return text.replace("ة", "ه").replace("ى", "ي")


def words_of(text: str) -> list[str]:
    """The words and marks of punctuation of a paragraph, quotes and direction marks dropped."""
    return _WORD.findall(_QUOTES.sub(" ", _FORMAT_MARKS.sub("", text)))


def readings(word: str) -> list[tuple[str, str]]:
    """A folded word with its clitics taken off, each reading with what was taken: "0"
    nothing, "1" or "2" letters (و, ب, وب), "L" لل read as ال, "WL" ولل."""
    out = [(word, "0")]
    if len(word) > 3 and word[0] in "وف":
        out.append((word[1:], "1"))
    for core, taken in list(out):
        if len(core) > 3 and core[0] in "بلك":
            out.append((core[1:], str(int(taken) + 1)))
        if core.startswith("لل") and len(core) > 3:
            out.append(("ال" + core[2:], "L" if taken == "0" else "WL"))
    return out


class Found:
    """What the rules and the registry found in a source, indexed once for all its paragraphs:
    each name's folded words (`form_words`) and its label, by its first word, longest first."""

    def __init__(self, forms: Iterable[tuple[Sequence[str], str]]):
        unique = dict.fromkeys((tuple(form), label) for form, label in forms if form)
        # each name looked up whole, by its length: thousands of names opening with محمد أحمد
        # are not each compared where محمد أحمد is written
        self.names: dict[tuple[str, ...], list[tuple[int, str]]] = {}
        for rank, (form, label) in enumerate(sorted(unique, key=lambda f: -len(f[0]))):
            self.names.setdefault(form, []).append((rank, label))
        self.lengths = sorted({len(form) for form in self.names})


def mark(words: Sequence[str], found: Found) -> tuple[list[str], list[str]]:
    """Label each word B-KIND, I-KIND or O where one of the names `found` is written, longest
    names first, the first word with a clitic or not; and say for each first word which
    clitics were taken off. Linear in the words (times the names' lengths) and the names
    written there."""
    folded = [fold(w) for w in words]
    labels, taken = ["O"] * len(words), ["0"] * len(words)
    matches = []  # (rank, start, form, label, clitics), each a name written at start
    for i, word in enumerate(folded):
        for core, how in readings(word):
            for n in found.lengths:
                if i + n > len(words):
                    break
                form = (core, *folded[i + 1:i + n])
                matches += [(rank, i, form, label, how) for rank, label in found.names.get(
                    form, ())]
    for _, i, form, label, how in sorted(matches, key=lambda m: (m[0], m[1])):
        n = len(form)
        if any(x != "O" for x in labels[i:i + n]):
            continue
        labels[i], taken[i] = "B-" + label, how
        labels[i + 1:i + n] = ["I-" + label] * (n - 1)
    return labels, taken


def form_words(form: str) -> list[str]:
    """A name's folded words, as `mark` compares them."""
    return [fold(w) for w in words_of(form) if re.match(r"\w", w)]


def without_article(word: str) -> str:
    """A folded word without its article; a short one keeps it (الله, الف)."""
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def _bare(word: str) -> str:
    if len(word) > 3 and word[0] in "وف":
        word = word[1:]
    if len(word) > 3 and word[0] in "بلك" and not word.startswith("لل"):
        word = word[1:]
    return "ال" + word[2:] if word.startswith("لل") else word


@functools.cache
def _word_features(word: str) -> dict:
    """What a folded word says by itself: its forms, endings, and the tables' verdicts."""
    bare = _bare(word)
    stem = without_article(bare)
    features = {"w": word, "b": bare, "na": stem, "s2": stem[-2:], "s3": stem[-3:],
                "p2": stem[:2], "al": bare.startswith("ال"),
                "cl": word[:len(word) - len(bare)] if len(bare) < len(word) else "",
                "len": min(len(stem), 8), "lat": bool(re.match("[A-Za-z]", word)),
                "dig": bool(re.match("[0-9٠-٩]", word)), "pun": not re.match(r"\w", word)}
    if not (features["pun"] or features["dig"] or features["lat"]):
        features.update({
            "given": is_known_given(stem), "lgiven": is_listed_given(stem),
            "fam": is_family_name(bare) or is_family_name(stem),
            "com": is_common_word(bare if bare.startswith("ال") else "ال" + bare),
            "cbare": is_common_bare_word(stem), "place": bare in places() or stem in places(),
            "wsur": is_western_surname(stem), "wgiv": is_western_given(stem)})
    return features


def features(words: Sequence[str], found: Sequence[str]) -> list[dict[str, float]]:
    """Each word's features: its own, its neighbours' two either side, and the labels of
    what the rules found (`found`, from `mark`) on it and around it."""
    own = [_word_features(fold(w)) for w in words]
    rows = []
    for i in range(len(words)):
        row = {"bias": 1.0}
        for key, value in own[i].items():
            if isinstance(value, bool):
                if value:
                    row[key] = 1.0
            else:
                row[f"{key}={value}"] = 1.0
        row["r=" + found[i]] = 1.0
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if not 0 <= j < len(words):
                row[f"{offset}:edge"] = 1.0
                continue
            row[f"{offset}:b=" + own[j]["b"]] = 1.0
            row[f"{offset}:r=" + found[j]] = 1.0
            for key in ("given", "fam", "com", "cbare", "place", "al", "pun"):
                if own[j].get(key):
                    row[f"{offset}:{key}"] = 1.0
        row["r-1r"] = 1.0 if i and found[i - 1] != "O" and found[i] == "O" else 0.0
        rows.append(row)
    return rows


def gold_labels(labels: Sequence[str], taken: Sequence[str]) -> list[str]:
    """The labels the model learns: a first word's label says which clitics to take off."""
    return [label if not label.startswith("B-") else label.replace("B-", f"B{how}-")
            for label, how in zip(labels, taken, strict=True)]


@dataclass(frozen=True)
class Proposal:
    """A name the model proposes: its Arabic without clitics and its kind."""

    ar: str
    kind: str


def _spans(words: Sequence[str], labels: Sequence[str]):
    i = 0
    while i < len(labels):
        if not labels[i].startswith("B"):
            i += 1
            continue
        how, label = labels[i][1:].split("-")
        j = i + 1
        while j < len(labels) and labels[j] == "I-" + label:
            j += 1
        first = words[i]
        if how in ("1", "2"):
            first = first[int(how):]
        elif how in ("L", "WL"):
            first = "ال" + first[len(how) + 1:]
        yield i, j, " ".join([first, *words[i + 1:j]]), _KIND_OF[label]
        i = j


_WINDOW = 200  # words the model reads at once: a paragraph of 100,000 words in bounded memory
_ARABIC = re.compile(r"[\u0621-\u064A]")


def _windows(words: Sequence[str]):
    """A paragraph's words in stretches of at most _WINDOW words, cut after a full stop or a
    comma where one falls in the second half; stretches with no Arabic letter left out."""
    start = 0
    while start < len(words):
        end = min(start + _WINDOW, len(words))
        if end < len(words):
            stop = next((k + 1 for k in range(end - 1, start + _WINDOW // 2, -1)
                         if words[k] in (".", "،", ",", "؛", "!", "؟")), end)
            end = stop
        if any(_ARABIC.search(w) for w in words[start:end]):
            yield start, end
        start = end


def propose(paragraph: str, found: Found) -> list[Proposal]:
    """The names the model tags in a paragraph, confidently, where the rules found none.

    `found` holds what the rules and the registry found in the source: each name's folded
    words and its label (PER, ORG, LOC, or ACT for a registry actor's mention).
    """
    tagger = _tagger()  # checked even where there is nothing to tag
    if not _ARABIC.search(paragraph):
        return []
    words = words_of(paragraph)
    rules, _ = mark(words, found)
    proposals = []
    for start, end in _windows(words):
        part, around = words[start:end], rules[start:end]
        labels = tagger.tag(features(part, around))
        proposals += [Proposal(ar, kind) for i, j, ar, kind in _spans(part, labels)
                      if all(r == "O" for r in around[i:j])
                      and min(tagger.marginal(labels[k], k) for k in range(i, j)) >= THRESHOLD]
    return proposals


def model_dir() -> Path:
    """Where the model and its card are installed."""
    return Path(str(resources.files(__package__).joinpath("data")))


def model_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@functools.cache
def _tagger() -> _Model:
    """The model, checked against its card: its own digest and the name tables'; and its
    header, which CRFsuite trusts (a damaged file with a card to match would crash it)."""
    try:
        import pycrfsuite  # only when candidates are asked for
    except ImportError:
        raise BriefgenError("python-crfsuite is not installed, which `actors --candidates` "
                            "needs for its learnt name model: run ./scripts/setup, or "
                            "pip install 'python-crfsuite>=0.9.10,<0.10'") from None

    where, card_where = model_dir() / MODEL, model_dir() / MODEL_CARD
    redo = "reinstall briefgen, or run scripts/train-names"
    try:
        card = json.loads(_read_regular(card_where, _CARD_LIMIT).decode("utf-8"))
        said, tables = card["model_sha256"], card["tables"]
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError,
            RecursionError) as exc:
        raise BriefgenError(f"{card_where}: the card of briefgen's learnt name model cannot be "
                            f"read ({type(exc).__name__}: {exc}); {redo}") from None
    try:
        data = _read_regular(where, _MODEL_LIMIT)
        _check_header(data)
    except (OSError, ValueError) as exc:
        raise BriefgenError(f"{where}: briefgen's learnt name model cannot be read ({exc}); "
                            f"{redo}") from None
    if model_digest(data) != said:
        raise BriefgenError(f"{where}: briefgen's learnt name model is not the one "
                            f"{MODEL_CARD} describes (damaged or replaced); {redo}")
    if tables != table_set():
        raise BriefgenError(f"{where}: briefgen's learnt name model was trained beside other "
                            f"name tables (set {tables}, installed {table_set()}); run "
                            "scripts/train-names after scripts/mine-given-names")
    tagger = pycrfsuite.Tagger()
    try:
        tagger.open_inmemory(data)  # CRFsuite reads the bytes in place: `_Model` keeps them
    except (ValueError, OSError) as exc:
        raise BriefgenError(f"{where}: briefgen's learnt name model cannot be read ({exc}); "
                            f"{redo}") from None
    return _Model(tagger, data)


def _read_regular(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; ValueError otherwise."""
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise ValueError(f"{path} is not a regular file")
    with open(path, "rb") as file:
        data = file.read(limit + 1)
    if len(data) > limit:
        raise ValueError(f"{path.name} is larger than {limit // 1024} KB")
    return data


def _check_header(data: bytes) -> None:
    """CRFsuite's header: "lCRF", the file's size, "FOMC", then the offsets of its five
    chunks (features, labels, attributes and their references), each inside the file."""
    if len(data) < 48 or data[:4] != b"lCRF" or data[8:12] != b"FOMC":
        raise ValueError("not a CRFsuite model")
    size = int.from_bytes(data[4:8], "little")
    offsets = [int.from_bytes(data[k:k + 4], "little") for k in range(28, 48, 4)]
    if size != len(data) or not all(48 <= offset < size for offset in offsets):
        raise ValueError("a CRFsuite model cut short or damaged")


@dataclass(frozen=True)
class _Model:
    """A tagger and the bytes it reads in place, alive as long as it is."""

    tagger: Any  # pycrfsuite.Tagger
    data: bytes

    def tag(self, rows):
        return self.tagger.tag(rows)

    def marginal(self, label: str, position: int) -> float:
        return self.tagger.marginal(label, position)
