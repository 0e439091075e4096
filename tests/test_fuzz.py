"""Random YAML-like documents and random Unicode: only briefgen's own errors may come out."""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefgen.errors import BriefgenError
from briefgen.resolve import resolve
from briefgen.sources import clean_paragraphs, load_source
from briefgen.spec import load_spec

FUZZ = settings(max_examples=200, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

ARABIC = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
PRESENTATION = st.characters(min_codepoint=0xFB50, max_codepoint=0xFEFF)
INVISIBLE = st.sampled_from(list("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
                                 "\u200b\u200c\u200d\u2060\ufeff\u00ad\x00\x07\t\r\x85\u2028"))
SYNTAX = st.sampled_from(list(":-[]{},#&*!|>'\"%@`?\n ") + ["  ", "- ", ": ", "---\n", "...\n"])
TEXT = st.lists(st.one_of(ARABIC, PRESENTATION, INVISIBLE, SYNTAX, st.characters()),
                max_size=120).map("".join)

KEYS = st.sampled_from(["title", "date", "classification", "summary", "excerpts", "id", "author",
                        "topics", "background", "actors", "key_dates", "open_questions", "cite",
                        "text", "en", "ar", "name", "role", "ref", "event", "sumary", "<<"])
CITES = st.builds(lambda s, a, b: f"{s}#p{a}-p{b}",
                  st.sampled_from(["000_9adeab1d9a5ac9f6", "iran-taliban-ties", "nope", "../x"]),
                  st.integers(-1, 40), st.integers(-1, 40))
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.dates(),
                    TEXT, CITES, st.sampled_from(["2024-02-30", "2021-13", "UNCLASSIFIED", ""]))
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(KEYS, inner, max_size=6)), max_leaves=25)
DOCUMENTS = st.dictionaries(KEYS, VALUES, max_size=12)


def _dump(document) -> str:
    return yaml.safe_dump(document, allow_unicode=True, sort_keys=False)


def _splice(text: str, data) -> str:
    """Damage a valid YAML text by inserting random characters at a random place."""
    at = data.draw(st.integers(0, len(text)))
    return text[:at] + data.draw(TEXT) + text[at:]


def _load_and_resolve(raw: bytes, library) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.yaml"
        path.write_bytes(raw)
        with contextlib.suppress(BriefgenError):
            resolve(load_spec(path), library)


@FUZZ
@given(DOCUMENTS)
def test_spec_loader_structured(library, document):
    _load_and_resolve(_dump(document).encode("utf-8"), library)


@FUZZ
@given(DOCUMENTS, st.data())
def test_spec_loader_damaged_yaml(library, document, data):
    _load_and_resolve(_splice(_dump(document), data).encode("utf-8", "surrogatepass"), library)


@FUZZ
@given(st.one_of(TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")), st.binary(max_size=300)))
def test_spec_loader_raw(library, raw):
    _load_and_resolve(raw, library)


@FUZZ
@given(TEXT)
def test_clean_paragraphs(text):
    paragraphs, dropped, notes = clean_paragraphs(text, "fuzz")
    for paragraph in paragraphs:
        assert paragraph.text and paragraph.text == paragraph.text.strip()
        assert not set(paragraph.text) & set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068"
                                              "\u2069\u200b\x00\x07")


@FUZZ
@given(st.one_of(TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")), st.binary(max_size=300)))
def test_load_source(raw):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.txt"
        path.write_bytes(raw)
        with contextlib.suppress(BriefgenError):
            load_source(path)
