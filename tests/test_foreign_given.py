"""The foreign given-name table: single Arabic words, no clash with romanize's names."""

from __future__ import annotations

import re

from briefgen.arabic import romanize
from briefgen.arabic.foreign_given import FOREIGN_GIVEN
from briefgen.arabic.normalize import normalize


def test_keys_are_single_arabic_words() -> None:
    bad = [key for key in FOREIGN_GIVEN if not re.fullmatch("[\u0621-\u064a]+", key)]
    assert not bad


def test_no_key_repeats_a_romanize_given_name() -> None:
    known = {normalize(key) for key in romanize._GIVEN}
    clashes = [key for key in FOREIGN_GIVEN if normalize(key) in known]
    assert not clashes


def test_values_are_plain_latin() -> None:
    bad = [v for v in FOREIGN_GIVEN.values() if not re.fullmatch(r"[A-Za-z][A-Za-z' -]*", v)]
    assert not bad


def test_the_arab_table_is_single_words_in_no_other_table() -> None:
    from briefgen.arabic.arab_given import AMBIGUOUS, ARAB_GIVEN
    assert all(re.fullmatch("[\u0621-\u064a]+", key) for key in ARAB_GIVEN)
    others = {normalize(key) for key in (*romanize._GIVEN, *FOREIGN_GIVEN)}
    assert not [key for key in ARAB_GIVEN if normalize(key) in others]
    assert set(ARAB_GIVEN) >= AMBIGUOUS
    assert all(re.fullmatch(r"[A-Z][A-Za-z' -]*", v) for v in ARAB_GIVEN.values())


def test_a_foreign_given_name_after_an_arab_given_name_is_a_family_name():
    # Round 40's new-user review: رمزي جريج, Lebanon's minister Ramzi Jreij, came out as
    # "Ramzi Greg", the foreign given name's English, given as known. After an Arab given
    # name the word is his family's: guessed, and said to be a guess.
    english, guess = romanize.romanize_name("رمزي جريج")
    assert english.startswith("Ramzi ") and "Greg" not in english and guess
    assert romanize.romanize_name("جريج هاريس") == ("Greg Harris", False)  # foreign given first
