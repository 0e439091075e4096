"""The gazetteer's tables: places, organisations and football clubs with their English."""

from __future__ import annotations

import unicodedata

import pytest

from briefgen.arabic.gazetteer import clubs, organisations, places
from briefgen.arabic.normalize import normalize


@pytest.mark.parametrize(("ar", "en"), [
    ("حفر الباطن", "Hafr al-Batin"),
    ("الخفجي", "Khafji"),
    ("جيزان", "Jazan"),
    ("أورلاندو", "Orlando"),
    ("إسطنبول", "Istanbul"),
    ("المحيط الهادئ", "Pacific Ocean"),
    ("البحر الأبيض المتوسط", "Mediterranean"),
    ("غرب أفريقيا", "West Africa"),
    ("أمريكا اللاتينية", "Latin America"),
    ("أميركا اللاتينية", "Latin America"),
    ("الشرق الأوسط", "Middle East"),  # the region, not the newspaper
    ("مصر", "Egypt"),
])
def test_places(ar, en):
    assert places()[normalize(ar)][1] == en


@pytest.mark.parametrize(("ar", "en"), [
    ("وزارة الداخلية", "Ministry of Interior"),
    ("مؤسسة النقد العربي السعودي", "Saudi Arabian Monetary Agency"),
    ("هيئة الأمر بالمعروف", "Commission for the Promotion of Virtue and Prevention of Vice"),
    ("الدفاع المدني", "Civil Defense"),
    ("واشنطن بوست", "The Washington Post"),
    ("واشنطون بوست", "The Washington Post"),
    ("فرانس برس", "AFP"),
    ("الاتحاد الآسيوي لكرة القدم", "Asian Football Confederation"),
    ("الحشد الشعبي", "Popular Mobilization Forces"),
    ("الاحتياطي الفيدرالي", "Federal Reserve"),
    ("بوينغ", "Boeing"),
    ("صحيفة الشرق الأوسط", "Asharq Al-Awsat"),
])
def test_organisations(ar, en):
    assert organisations()[normalize(ar)][1] == en


@pytest.mark.parametrize(("ar", "en"), [
    ("الهلال", "Al-Hilal"),
    ("النصر", "Al-Nassr"),
    ("الاتحاد", "Al-Ittihad"),
    ("الرياض", "Al-Riyadh"),
    ("الأهلي المصري", "Al Ahly"),
    ("الترجي", "Esperance de Tunis"),
    ("ريال مدريد", "Real Madrid"),
    ("مانشستر يونايتد", "Manchester United"),
])
def test_clubs(ar, en):
    assert clubs()[normalize(ar)][1] == en


def test_clubs_are_not_organisations():
    """Club names that are common words (الاتحاد، الشباب) stay out of the organisations."""
    for name in ("الاتحاد", "الشباب", "التعاون", "الهلال", "النصر", "الوحدة"):
        assert normalize(name) not in organisations()


def test_places_and_organisations_do_not_collide():
    assert not places().keys() & organisations().keys()


def _latin(text: str) -> bool:
    """Non-empty, and only Latin letters (CLDR's Côte d’Ivoire too), digits and punctuation."""
    return bool(text.strip()) and all(
        char.isascii() or "LATIN" in unicodedata.name(char, "") or char in "\u2019"
        for char in text)


@pytest.mark.parametrize("table", [places, organisations, clubs])
def test_every_english_name_is_latin(table):
    bad = [(ar, en) for ar, en in table().values() if not _latin(en)]
    assert not bad
