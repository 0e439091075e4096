"""Tests for the Arabic date finder: each form on its own, then the finder against the gold."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest
import yaml

from briefgen.arabic.dates import DateMention, date_words_as_names, day_of_writing, find_dates
from briefgen.project import Project
from briefgen.sources import load_library

ROOT = Path(__file__).resolve().parent.parent
GOLD_FILE = Path(__file__).parent / "gold" / "dates.yaml"


def found(text: str, **options) -> list[tuple[str, str, str | None]]:
    """Return (span, value, qualifier) for every date found in `text`."""
    return [(date.text, date.value, date.qualifier) for date in find_dates(text, **options)]


def only(text: str, **options) -> DateMention:
    """Return the one date found in `text`, failing if there is not exactly one."""
    dates = find_dates(text, **options)
    assert len(dates) == 1, dates
    return dates[0]


# --- forms ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("قتل في 23 يونيو 2024 ثلاثة", ("23 يونيو 2024", "2024-06-23", None)),
    ("نشرت تقريرًا في 4 مايو يشير", ("4 مايو", "--05-04", None)),
    ("في سبتمبر 1998، عندما", ("سبتمبر 1998", "1998-09", None)),
    ("في سبتمبر من عام 1998", ("سبتمبر من عام 1998", "1998-09", None)),
    ("و في فبراير ، خلال محادثات", ("فبراير", "--02", None)),
    ("منذ سبتمبر الماضي", ("سبتمبر", "--09", "since")),
    ("خلال يناير", ("يناير", "--01", None)),
    ("حدث عام 2016 أن", ("عام 2016", "2016", None)),
    ("الغزو في 2001، والخوف", ("2001", "2001", None)),
    ("منذ عام 2009، مما", ("عام 2009", "2009", "since")),
    ("خلال العام 2020 تضاعف", ("العام 2020", "2020", None)),
    ("بحلول 2030 ستكون", ("2030", "2030", None)),
    ("في الخامس عشر من أكتوبر 2021", ("الخامس عشر من أكتوبر 2021", "2021-10-15", None)),
    ("في الحادي والعشرين من مارس", ("الحادي والعشرين من مارس", "--03-21", None)),
    ("بتاريخ 10/11/2020 أعلن", ("10/11/2020", "2020-11-10", None)),
    ("صدر في 2020-11-10 بيان", ("2020-11-10", "2020-11-10", None)),
])
def test_single_forms(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("في كانون الثاني 2020", ("كانون الثاني 2020", "2020-01", None)),
    ("في شباط 2011", ("شباط 2011", "2011-02", None)),
    ("في 15 آذار 2011", ("15 آذار 2011", "2011-03-15", None)),
    ("في نيسان 2003", ("نيسان 2003", "2003-04", None)),
    ("في أيار 2000", ("أيار 2000", "2000-05", None)),
    ("في 5 حزيران 1967", ("5 حزيران 1967", "1967-06-05", None)),
    ("في تموز 2006", ("تموز 2006", "2006-07", None)),
    ("في آب 2014", ("آب 2014", "2014-08", None)),
    ("في أيلول 2001", ("أيلول 2001", "2001-09", None)),
    ("في تشرين الأول 1973", ("تشرين الأول 1973", "1973-10", None)),
    ("في تشرين الثاني 2019", ("تشرين الثاني 2019", "2019-11", None)),
    ("في كانون الأول 2010", ("كانون الأول 2010", "2010-12", None)),
])
def test_levantine_month_names(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("name, month", [
    ("إبريل", "04"), ("أبريل", "04"), ("ابريل", "04"), ("أغسطس", "08"), ("اغسطس", "08"),
    ("يونيو", "06"), ("يونيه", "06"), ("يوليو", "07"), ("يوليه", "07"), ("نوفمبر", "11"),
    ("أكتوبر", "10"), ("اكتوبر", "10"), ("ديسمبر", "12"), ("مارس", "03"), ("آذار", "03"),
])
def test_month_spelling_variants(name, month):
    assert found(f"في {name} 2020") == [(f"{name} 2020", f"2020-{month}", None)]


@pytest.mark.parametrize("text, expected", [
    ("في مارس/آذار على قاعة", ("مارس/آذار", "--03", None)),
    ("في آب / أغسطس 2020 ، قدرت", ("آب / أغسطس 2020", "2020-08", None)),
    ("وفي أواخر مايو/أيار، صرح", ("أواخر مايو/أيار", "--05", "late")),
    ("في آذار (مارس) 2011", ("آذار (مارس) 2011", "2011-03", None)),
    ("في 2 حزيران/يونيو 1967", ("2 حزيران/يونيو 1967", "1967-06-02", None)),
    # Reuters' style: the other name after a space, only when it names the same month.
    ("في ديسمبر كانون الأول 2016 أو", ("ديسمبر كانون الأول 2016", "2016-12", None)),
    ("في فبراير شباط الماضي", ("فبراير شباط", "--02", None)),
    ("منذ 20 يوليو تموز قتل", ("20 يوليو تموز", "--07-20", "since")),
    ("في يناير مارس الضغط", ("يناير", "--01", None)),
])
def test_paired_month_names(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("زيارة ظريف إلى إسلام أباد في 10-11 نوفمبر 2020",
     ("10-11 نوفمبر 2020", "2020-11-10/2020-11-11", None)),
    ("يومي 4 و5 مايو", ("4 و5 مايو", "--05-04/--05-05", None)),
    ("بين 2014 و2018 تضاعف", ("بين 2014 و2018", "2014/2018", None)),
    ("من 2014 إلى 2018 تضاعف", ("من 2014 إلى 2018", "2014/2018", None)),
    ("من عام 2014 إلى عام 2018", ("من عام 2014 إلى عام 2018", "2014/2018", None)),
    ("بين عامي 2014 و 2018", ("بين عامي 2014 و 2018", "2014/2018", None)),
    ("خلال الفترة 2014-2018 شهدت", ("2014-2018", "2014/2018", None)),
    ("من يناير إلى مارس 2020", ("من يناير إلى مارس 2020", "2020-01/2020-03", None)),
    ("بين 5 يناير و10 فبراير 2021", ("بين 5 يناير و10 فبراير 2021", "2021-01-05/2021-02-10", None)),
    ("من ديسمبر إلى فبراير 2016", ("من ديسمبر إلى فبراير 2016", "2015-12/2016-02", None)),
    ("بين 22 ديسمبر المقبل والرابع من يناير 2016.",
     ("بين 22 ديسمبر المقبل والرابع من يناير 2016", "2015-12-22/2016-01-04", None)),
])
def test_ranges(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("في أوائل سبتمبر ، استأنفت", ("أوائل سبتمبر", "--09", "early")),
    ("مطلع العام 2020", ("مطلع العام 2020", "2020", "early")),
    ("في بداية 2022 ثم", ("بداية 2022", "2022", "early")),
    ("في منتصف شهر يوليو", ("منتصف شهر يوليو", "--07", "mid")),
    ("في أواخر 2019", ("أواخر 2019", "2019", "late")),
    ("بنهاية عام 2021", ("نهاية عام 2021", "2021", "late")),
    ("في وقت مبكر من عام 2016 ، كانت", ("في وقت مبكر من عام 2016", "2016", "early")),
])
def test_qualifiers_keep_the_precision_of_the_date(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("text, english", [
    ("تصادما في سبتمبر 1998", "September 1998"),
    ("في أوائل سبتمبر", "early September"),
    ("في منتصف 2020", "mid-2020"),
    ("في أواخر مايو", "late May"),
    ("في 10-11 نوفمبر 2020", "10–11 November 2020"),
    ("في 4 مايو", "4 May"),
    ("عام 2016", "2016"),
    ("بين 2014 و2018", "2014–2018"),
    ("من يناير إلى مارس 2020", "January–March 2020"),
    ("بين 30 أكتوبر و2 نوفمبر 2021", "30 October – 2 November 2021"),
])
def test_english_rendering(text, english):
    assert only(text).english == english


# --- digits, clitics, spans ----------------------------------------------------------------

def test_arabic_indic_digits_are_read_and_kept_in_the_span():
    assert found("في ١٥ آذار ٢٠٢٠ وفي ٢٠١٩") == [
        ("١٥ آذار ٢٠٢٠", "2020-03-15", None),
        ("٢٠١٩", "2019", None),
    ]


def test_persian_digits_are_read():
    assert found("في ۲۰۱۹ قال")[0][1] == "2019"


@pytest.mark.parametrize("text, span, value", [
    ("وفي 23 يونيو أيضًا", "23 يونيو", "--06-23"),
    ("زار بيناير الماضي", "يناير", "--01"),
    ("يعود لسبتمبر 2001", "سبتمبر 2001", "2001-09"),
    ("في أغسطس ونوفمبر", "نوفمبر", "--11"),
    ("والعام 2020 كان", "العام 2020", "2020"),
    ("وبنهاية 2019", "نهاية 2019", "2019"),
])
def test_clitics_on_date_words_are_left_out_of_the_span(text, span, value):
    assert (span, value) in [(date.text, date.value) for date in find_dates(text)]


def test_span_is_the_exact_original_text_despite_diacritics_and_tatweel():
    text = "حدث ذلك في عامِ ٢٠١٦ وفي رمضان ١٤٤٥ هـ"
    for date in find_dates(text):
        assert text[date.start:date.end] == date.text
    assert [date.text for date in find_dates(text)] == ["عامِ ٢٠١٦", "رمضان ١٤٤٥ هـ"]


def test_results_are_sorted_by_start():
    dates = find_dates("عام 2016 ثم في 4 مايو وفي 1445هـ ثم بين 2014 و2018 وفي سبتمبر")
    assert [date.start for date in dates] == sorted(date.start for date in dates)
    assert len(dates) == 5


# --- Hijri ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value, english", [
    ("وفي 15 رمضان 1445 هـ أعلن", "2024-03-25", "25 March 2024"),
    ("في 5 ذي الحجة 1444 هـ", "2023-06-23", "23 June 2023"),
    ("في 1 محرم 1446هـ", "2024-07-07", "7 July 2024"),
    ("في رمضان 1445 هـ", "2024-03/2024-04", "Ramadan 1445 AH (11 March – 9 April 2024)"),
    ("عام 1445هـ", "2023/2024", "2023–2024"),
    ("عام 1390 للهجرة", "1970/1971", "1970–1971"),
])
def test_hijri_dates_are_converted_to_gregorian(text, value, english):
    date = only(text)
    assert (date.value, date.english, date.calendar) == (value, english, "hijri")


def test_hijri_out_of_the_converters_range_takes_the_arithmetic_calendar():
    # Umm al-Qura (hijridate) covers 1343-1500 AH; before it, the civil tabular calendar of
    # the standard tables, which may stray by a day or two from the months as sighted: 5
    # Shawwal 1319, the day Riyadh was taken, is 15 January 1902 in the histories and here.
    assert [(d.text, d.value) for d in find_dates("توفي عام 1200هـ")] == [
        ("عام 1200هـ", "1785/1786")]
    assert [(d.text, d.value) for d in find_dates(
        "في الخامس من شوال عام 1319 للهجرة، دخل الرياض")] == [
        ("الخامس من شوال عام 1319 للهجرة", "1902-01-15")]
    assert [(d.text, d.value) for d in find_dates(
        "دخوله المصمك كان في شهر شوال من العام (1319 هـ).")] == [
        ("شهر شوال من العام (1319 هـ)", "1902-01/1902-02")]
    # a tabular Shawwal has 29 days: its 30th and 31st are the month, with a note to check
    assert [(d.value, d.note) for d in find_dates("في 30 شوال 1319هـ")] == [
        ("1902-01/1902-02", "no day 30 in that Hijri month: the month is given")]
    with_ummalqura = find_dates("في 1 شوال 1436هـ")[0].value
    assert with_ummalqura == "2015-07-17"


def test_hijri_month_without_a_marked_year_is_not_a_date():
    assert find_dates("في شهر رمضان المبارك") == []


# --- not dates -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "على طول الحدود التي يبلغ طولها 1000 كيلومتر (621 ميلًا)",
    "مقتل أكثر من 140 شخصا وإصابة نحو 200 آخرين",
    "يعيش ما يقرب من 3 ملايين لاجئ أفغاني",
    "غيرت سياستها المتبعة قبل 20 عامًا",
    "مما أسفر عن مقتل 19 من قوات الأمن",
    "قتل 2000 شخص وأصيب 1950 جنديا",
    "حتى 2021 قتيلا",
    "أكثر من 1900 مقاتل",
    "قبل 2000 عام",
    "القرار 1973، وقرار 2254",
    "على بعد 3500 كيلومتر",
    "في 1750",  # before 1800: a number, even after a cue (في 1850 is a year since round 7)
    "عام 2200",
    "الذي مارس الضغط على الحكومة",
    "قالت تيريزا ماي إن",
    "يوم 31 فبراير",
    "في تشرين",
    "في مارسيليا",
    "الأول من نوعه",
    "منذ ذلك الحين، وفي هذا العام والأسبوع الماضي",
    "ذكرت يوم الأربعاء",
    "وصل سعر البرميل إلى 12.2020 دولار",
])
def test_numbers_and_words_that_are_not_dates(text):
    assert find_dates(text) == []


def test_a_first_day_before_a_month_without_a_day_is_no_range():
    # "from the 5th to March 2020": nothing to end the range on (this raised TypeError).
    assert all("/" not in date.value for date in find_dates("من 5 إلى مارس 2020"))


def test_precision_is_never_padded():
    assert [date.value for date in find_dates("في 2016 وفي سبتمبر وفي سبتمبر 1998")] == [
        "2016", "--09", "1998-09"]


# --- year from context ---------------------------------------------------------------------

def test_yearless_dates_stay_yearless_without_context():
    date = only("في 4 مايو")
    assert (date.value, date.year_inferred) == ("--05-04", False)


def test_context_year_is_proposed_with_a_flag():
    dates = find_dates("في أوائل سبتمبر وفي 10-11 نوفمبر وفي 2001", context_year=2021)
    assert [(date.value, date.english, date.year_inferred) for date in dates] == [
        ("2021-09", "early September 2021", True),
        ("2021-11-10/2021-11-11", "10–11 November 2021", True),
        ("2001", "2001", False),
    ]
    assert dates[0].qualifier == "early"


# --- gold ----------------------------------------------------------------------------------

def _gold_and_found() -> tuple[list[tuple], list[tuple]]:
    """Return (paragraph, start, end, value, qualifier) for the gold and for the finder."""
    library = load_library(Project.at(ROOT))
    paragraphs = {source.id: [(p.id, p.text) for p in source.paragraphs] for source in library}
    gold = [_locate(paragraphs[entry["source"]], entry) for entry in
            yaml.safe_load(GOLD_FILE.read_text(encoding="utf-8"))]
    mentions = [(pid, date.start, date.end, date.value, date.qualifier)
                for pairs in paragraphs.values() for pid, text in pairs
                for date in find_dates(text)]
    return gold, mentions


def _locate(paragraphs: list[tuple[str, str]], entry: dict) -> tuple:
    """Return the gold entry placed at the nth occurrence of its text in its source."""
    seen = 0
    for paragraph_id, text in paragraphs:
        start = text.find(entry["text"])
        while start != -1:
            seen += 1
            if seen == entry.get("nth", 1):
                return (paragraph_id, start, start + len(entry["text"]), entry["value"],
                        entry["qualifier"])
            start = text.find(entry["text"], start + 1)
    raise AssertionError(f"gold {entry} not found in its source")


def test_finder_meets_the_gold_on_the_seeds():
    gold, mentions = _gold_and_found()
    unmatched = list(gold)
    for paragraph, start, end, value, qualifier in mentions:
        match = next((g for g in unmatched if g[0] == paragraph and start < g[2]
                      and g[1] < end and g[3:] == (value, qualifier)), None)
        if match:
            unmatched.remove(match)
    correct = len(gold) - len(unmatched)
    precision, recall = correct / len(mentions), correct / len(gold)
    assert len(gold) >= 30
    assert precision >= 0.95, f"precision {precision:.3f}"
    assert recall >= 0.95, f"recall {recall:.3f}; missed {unmatched}"


# --- forms found on articles the finder had not seen ------------------------------------------

@pytest.mark.parametrize("text, span, value, calendar", [
    ("في العام 1402 هـ.ش شهدت البلاد", "العام 1402 هـ.ش", "2023/2024", "solar-hijri"),
    ("عام ١٤٠٢ هجري شمسي", "عام ١٤٠٢ هجري شمسي", "2023/2024", "solar-hijri"),
    ("سنة 1402 ش", "سنة 1402 ش", "2023/2024", "solar-hijri"),
    ("في 1445 هـ", "1445 هـ", "2023/2024", "hijri"),
])
def test_solar_hijri_years_are_not_read_as_lunar(text, span, value, calendar):
    (found,) = find_dates(text)
    assert (found.text, found.value, found.calendar) == (span, value, calendar)


@pytest.mark.parametrize("text, span, value", [
    ("خلال عامي 2022 و2023 تراجعت", "عامي 2022 و2023", "2022/2023"),
    ("في عامي ٢٠١٩ و٢٠٢٠.", "عامي ٢٠١٩ و٢٠٢٠", "2019/2020"),
])
def test_the_dual_two_years_is_a_range(text, span, value):
    (found,) = find_dates(text)
    assert (found.text, found.value) == (span, value)


# --- issue 15: forms still missed on new text ---------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("زار الرياض في صيف 2019 مع", ("صيف 2019", "2019", "summer")),
    ("في شتاء عام 2017", ("شتاء عام 2017", "2017", "winter")),
    ("في ثمانينات القرن الماضي كان", ("ثمانينات القرن الماضي", "1980/1989", None)),
    ("خلال التسعينيات تغير", ("التسعينيات", "1990/1999", None)),
    ("منذ عام 2011 والبلاد", ("عام 2011", "2011", "since")),
    ("في أواخر يوليو الماضي", ("أواخر يوليو", "--07", "late")),
    ("في الأيام الأخيرة من ديسمبر", ("الأيام الأخيرة من ديسمبر", "--12", "late")),
    ("في مطلع 2020 عاد", ("مطلع 2020", "2020", "early")),
    ("يوم يوليو (تموز) 15، 2019 وصل", ("يوليو (تموز) 15، 2019", "2019-07-15", None)),
    ("في فبراير - شباط 2020", ("فبراير - شباط 2020", "2020-02", None)),
    ("بتاريخ 15 / 7 / 2019 صدر", ("15 / 7 / 2019", "2019-07-15", None)),
    ("من 2010 لغاية 2015", ("من 2010 لغاية 2015", "2010/2015", None)),
    ("من 2010 إلى غاية 2015", ("من 2010 إلى غاية 2015", "2010/2015", None)),

    # round 5: two months that follow one another, with no year, are one range; a quarter of
    # a year after لعام
    ("على عدن في مارس آذار وأبريل نيسان في بداية الحرب",
     ("مارس آذار وأبريل نيسان", "--03/--04", None)),
    ("احصائيات الربع الثاني لعام 2015م", ("الربع الثاني لعام 2015م", "2015-04/2015-06", None)),
    # round 6: a quarter or the first months of a fiscal or coming year, the count before
    # أشهر, a Hijri day by its ordinal, and أب (father) as August before its other name
    ("بلغت الخسارة للربع الثاني من السنة المالية 2015م، مبلغ",
     ("للربع الثاني من السنة المالية 2015م", "2015-04/2015-06", None)),
    ("في الستة أشهر الأولى من السنة المالية 2015، مبلغ",
     ("الستة أشهر الأولى من السنة المالية 2015", "2015-01/2015-06", None)),
    ("تطبق في الربع الثاني من العام المقبل 2016، وتشمل",
     ("الربع الثاني من العام المقبل 2016", "2016-04/2016-06", None)),
    ("خلال التسعة أشهر الأولى من العام المالي 2014-2015 بلغ", ("2014-2015", "2014/2015", None)),
    ("في نهاية شهر أب/أغسطس المقبل", ("نهاية شهر أب/أغسطس", "--08", "late")),

])

def test_issue15_forms(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("التي عانت منذ السبعينات، وعلى", ("السبعينات", "1970/1979", "since", "since the 1970s")),
    ("كانت في أواخر أربعينات القرن الماضي، إلى",
     ("أواخر أربعينات القرن الماضي", "1940/1949", "late", "the late 1940s")),
    ("ترتفع الحرارة إلى الخمسينات المئوية خلال", None),  # a temperature
])
def test_a_decade_takes_since_and_late_but_not_degrees(text, expected):
    found = [(d.text, d.value, d.qualifier, d.english) for d in find_dates(text)]
    assert found == ([expected] if expected else [])


def test_a_decade_is_its_years_in_english_without_a_qualifier():
    (decade,) = find_dates("في ثمانينات القرن الماضي كان")
    (season,) = find_dates("زار الرياض في صيف 2019 مع")
    assert (decade.qualifier, decade.english) == (None, "the 1980s")
    assert (season.qualifier, season.english) == ("summer", "summer 2019")


@pytest.mark.parametrize(("text", "values"), [
    # round 5 review: months across the year's end stay apart without a year, as do two
    # weekdays of a night that do not follow one another; a quarter keeps a dual's two years
    # and never cuts a number
    ("في ديسمبر ويناير", ["--12", "--01"]),
    ("في نوفمبر وديسمبر ويناير وفبراير", ["--11", "--12", "--01", "--02"]),
    ("الربع الثاني لعامي 2014 و2015", ["2014/2015"]),
    ("للربع الثاني لعام 20155", []),
])
def test_yearless_runs_and_quarters_do_not_overreach(text, values):
    assert [d.value for d in find_dates(text)] == values


def test_a_night_joins_only_a_weekday_and_the_next():
    published = datetime.date(2015, 7, 21)
    assert [d.value for d in find_dates("ليل الاثنين- الأحد", published=published)] == [
        "2015-07-20", "2015-07-19"]


@pytest.mark.parametrize("text", [
    "بعد صلاة الجمعة", "سجل اللاعب وائل جمعة هدفا", "وسجل رمضان صبحي", "في هذا الخريف",
    "القرار 2254", "وصل أمس إلى جدة", "الأحد عشر لاعبا",
])
def test_issue15_not_dates(text):
    assert find_dates(text, published=datetime.date(2019, 7, 17)) == []


@pytest.mark.parametrize("text, expected", [
    # Published Wednesday 17 July 2019.
    ("التقى الوزير الأربعاء الماضي بنظيره", "2019-07-10"),
    ("وقال صباح الإثنين إن", "2019-07-15"),
    ("وأعلنت الوزارة الثلاثاء أن", "2019-07-16"),
    ("ومن المنتظر أن يصل الخميس إلى الرياض", "2019-07-18"),
    ("سيزور الملك القاهرة السبت", "2019-07-20"),
    ("يعقد الاجتماع الأحد المقبل", "2019-07-21"),
    ("وقالت اليوم (الأربعاء) إن", "2019-07-17"),
    ("وقضت المحكمة بسجنه خمس سنوات الأربعاء", "2019-07-17"),
    ("وقالت أمس الأربعاء", "2019-07-10"),
    ("ستنعقد الجلسة غدا الخميس", "2019-07-18"),
])
def test_weekday_pegs_resolve_from_the_publication_date(text, expected):
    (date,) = find_dates(text, published=datetime.date(2019, 7, 17))
    assert date.value == expected


def test_weekday_before_a_date_is_one_mention_and_no_peg_without_publication():
    text = "وصل الخميس 18 يوليو 2019 ثم غادر الأربعاء"
    assert [d.value for d in find_dates(text, published=datetime.date(2019, 7, 20))] == [
        "2019-07-18", "2019-07-17"]
    assert [d.value for d in find_dates(text)] == ["2019-07-18"]


@pytest.mark.parametrize("text, expected", [
    ("اليوم الاثنين 11/ 10/ 1436هـ على", ("11/ 10/ 1436هـ", "2015-07-27", None)),
    ("وتاريخ 17 / 4 / 1430هـ ، وذلك", ("17 / 4 / 1430هـ", "2009-04-13", None)),
    ("الموافق 30 / 7 / 2015م. وعقد", ("30 / 7 / 2015م", "2015-07-30", None)),
    ("بالأمر رقم أ/ 28 في 20/ 3/ 1432 صدر", ("20/ 3/ 1432", "2011-02-23", None)),
])
def test_numeric_dates_hijri_and_with_era(text, expected):
    assert found(text, published=datetime.date(2015, 7, 27)) == [expected]


# --- dev gold (SaudiNewsNet): forms the finder missed ---------------------------------------

@pytest.mark.parametrize("text, expected", [
    # Published Friday 31 July 2015, 15 Shawwal 1436.
    ("يبدأ القيد في 7 ذي القعدة المقبل", [("7 ذي القعدة", "2015-08-22", None)]),
    ("ويبدأ يوم الأحد 15 ذي القعدة المقبل", [("15 ذي القعدة", "2015-08-30", None)]),
    ("وتنتهي الإثنين أول ذي الحجة، ولمدة", [("أول ذي الحجة", "2015-09-14", None)]),
    ("وقعت في 10 رمضان الماضي", [("10 رمضان", "2015-06-27", None)]),
    ("فاز الفريق 2 صفر على ضيفه", []),
    ("يبدأ في الـ8 من شهر ذي القعدة المقبل", [("الـ8 من شهر ذي القعدة", "2015-08-23", None)]),
    ("حتى 6 ذوالقعدة من العام الحالي", [("6 ذوالقعدة", "2015-08-21", None)]),
])
def test_yearless_hijri_days_resolve_from_the_publication_date(text, expected):
    assert found(text, published=datetime.date(2015, 7, 31)) == expected


@pytest.mark.parametrize("text, expected", [
    ("وارتفع الخام في العقود الآجلة تسليم سبتمبر 12 سنتا", ("سبتمبر", "--09", None)),
    ("وزاد الذهب في العقود الآجلة لتسليم أغسطس واحدا بالمئة", ("أغسطس", "--08", None)),
])
def test_futures_delivery_months(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("من عام 1436 إلى 1437 هـ تضاعف", ("من عام 1436 إلى 1437 هـ", "2014/2016", None)),
    ("العام الدراسي 1436/1437هـ", ("1436/1437هـ", "2014/2016", None)),
    ("بين عامي 1435 و1436هـ", ("بين عامي 1435 و1436هـ", "2013/2015", None)),
    ("في منتصف شعبان 1436هـ", ("منتصف شعبان 1436هـ", "2015-05/2015-06", "mid")),
    ("في أواخر عام 1436هـ", ("أواخر عام 1436هـ", "2014/2015", "late")),
    ("في 8 من شهر ذي القعدة 1436هـ", ("8 من شهر ذي القعدة 1436هـ", "2015-08-23", None)),
    ("في التاسع من شهر رمضان 1436هـ", ("التاسع من شهر رمضان 1436هـ", "2015-06-26", None)),
])
def test_hijri_year_ranges_and_qualifiers(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("استشهدوا يوم الجمعة 1436/10/15هـ بعد", [("1436/10/15هـ", "2015-07-31", None)]),
    ("في العام الماضي 2014 لتبلغ", [("العام الماضي 2014", "2014", None)]),  # as عام 2015
    ("يزور المملكة خلال شهر سبتمبر أو اكتوبر المقبلين",
     [("شهر سبتمبر", "--09", None), ("اكتوبر", "--10", None)]),
    ("ويرى أو مارس الضغط", []),
])
def test_year_first_hijri_figures_and_cued_years_and_months(text, expected):
    assert found(text) == expected


def test_yearless_hijri_days_need_the_publication_date():
    assert find_dates("يبدأ القيد في 7 ذي القعدة المقبل") == []


def test_hijri_month_name_with_a_year_needs_no_mark():
    found = find_dates("وقعت حالتا غرق يوم الأحد الثالث من شوال 1436 بمنطقة الواجهة.")
    assert [(d.text, d.value) for d in found] == [("الثالث من شوال 1436", "2015-07-19")]
    assert [d.value for d in find_dates("ارتفعت الأسعار في رمضان 1436 كثيرا.")] == [
        "2015-06/2015-07"]


def test_a_street_named_after_a_day_is_no_date():
    assert find_dates("وتجمع المحتجون في شارع 26 سبتمبر بصنعاء.") == []
    assert [d.value for d in find_dates("ودخلوا صنعاء في 26 سبتمبر 2014.")] == ["2014-09-26"]


@pytest.mark.parametrize(("text", "published", "value"), [
    # a weekday beside اليوم/غدا/أمس is beside the day of writing, which the source's date may
    # trail: the latest such weekday on or before that date (a day later for غدا, earlier for أمس)
    ("أعلن النادي اليوم الخميس أن مدافعه سيغيب.", datetime.date(2015, 8, 7), "2015-08-06"),
    ("ويخوض الفريق غدا الأربعاء آخر مبارياته.", datetime.date(2015, 8, 6), "2015-08-05"),
    ("وقال أمس الثلاثاء إن الاتفاق قريب.", datetime.date(2015, 8, 6), "2015-08-04"),
    # round 5: غد without its accusative, and بعد غد two days on
    ("ويخوض الفريق مباراته مساء غد السبت أمام الرائد.", datetime.date(2015, 7, 31),
     "2015-08-01"),
    ("خلال تصويت يوم غد (الاربعاء) في البرلمان.", datetime.date(2015, 7, 21), "2015-07-22"),
    ("وتبدأ اللجنة بعد غدٍ الخميس عملها.", datetime.date(2015, 8, 4), "2015-08-06"),
    # المقبل joined by و after the weekday goes with another noun: the news is past
    ("وخفضت «تسلا» يوم الأربعاء إنتاجها للعامين الحالي والمقبل.", datetime.date(2015, 8, 10),
     "2015-08-05"),
    ("ويصل الوفد بعد الغد الخميس.", datetime.date(2015, 7, 21), "2015-07-23"),
    ("وأمس الثلاثاء قال الوزير إن الاتفاق قريب.", datetime.date(2015, 8, 6), "2015-08-04"),
    ("سيطبق القرار يوم الأحد.", datetime.date(2015, 7, 22), "2015-07-26"),
    # the night of one weekday into the next is one range
    ("وتعرضت المدينة بعد منتصف ليل الاحد- الاثنين لقصف.", datetime.date(2015, 8, 11),
     "2015-08-09/2015-08-10"),
    # the weekday of publication itself, whatever the tense of the news
    ("ذكرت الصحيفة الأحد أن رئيس الوزراء يعتزم زيارة الهند.", datetime.date(2015, 7, 26),
     "2015-07-26"),
])
def test_weekday_beside_the_day_of_writing(text, published, value):
    assert [d.value for d in find_dates(text, published=published)] == [value]


@pytest.mark.parametrize(("text", "value"), [
    ("وقاده للقب في موسم 2015-2014 بجدارة.", "2014/2015"),     # a season written right to left
    ("وتوج بلقب الدوري موسم -2013 2014، ثم رحل.", "2013/2014"),  # its hyphen misplaced
    ("وفي الموسم 2014/2015 حل ثانيا.", "2014/2015"),
    ("بعد انتفاضة 2011 التي أطاحت بالرئيس.", "2011"),          # an event named by its year
    ("منذ حرب 1967 والأرض محتلة.", "1967"),
])
def test_seasons_and_years_that_name_events(text, value):
    assert [d.value for d in find_dates(text)] == [value]


def test_a_slashed_pair_of_years_is_a_season_only_when_they_follow():
    assert [d.value for d in find_dates("صدر القرار 2014/2015 أمس.")] == []


@pytest.mark.parametrize(("text", "value"), [
    ("وزاد الإقبال خلال شهر رمضان المبارك.", "2015-06/2015-07"),   # the one around publication
    ("وتصرف المكافأة في شهر شوال المقبل.", "2015-07/2015-08"),     # we are in Shawwal 1436:
    # written before it began (round 32: the corpus's stale reports all mean this one)
    ("وانتهى شهر رمضان الماضي بلا حوادث.", "2015-06/2015-07"),
])
def test_a_hijri_month_after_shahr_resolves_from_the_publication_date(text, value):
    assert [d.value for d in find_dates(text, published=datetime.date(2015, 7, 21))] == [value]
    assert find_dates(text) == []  # without the day of publication, no year to give it
    assert find_dates("وقال رمضان صبحي إن", published=datetime.date(2015, 7, 21)) == []


def test_a_long_run_of_combining_marks_is_cut_before_nfc():
    from briefgen.arabic.text import clean_line

    text, notes = clean_line("كتب" + "\u064e\u0650\u0651" * 40000 + " الوزير")
    assert text.startswith("كتب") and text.endswith(" الوزير")
    assert len(text) == len("كتب") + 8 + len(" الوزير")  # the run cut to eight marks
    assert notes == ["cut runs of more than eight combining marks to eight"]
    shadda_fatha = "بِسْمِ اللَّهِ"  # real stacking, two marks a letter, untouched
    assert clean_line(shadda_fatha) == (shadda_fatha, [])


def test_dates_glued_to_words_and_hijri_months_listed():
    day = datetime.date(2015, 7, 22)
    found = find_dates("ويقام الحفل مساء الأحد10شوال 1436هـ (26يوليو 2015م) بالنادي.",
                       published=day)
    assert [d.value for d in found] == ["2015-07-26", "2015-07-26"]
    found = find_dates("وشملت المكافآت أشهر ربيع أول وربيع ثان ورجب ورمضان.", published=day)
    assert [d.value for d in found] == ["2014-12/2015-01", "2015-01/2015-02",
                                        "2015-04/2015-05", "2015-06/2015-07"]  # of 1436
    assert [d.value for d in find_dates("في الـ8 من ذي القعدة", published=day)] == ["2015-08-23"]


@pytest.mark.parametrize(("text", "expected"), [
    ("وتصفيات كأس العالم 2018 وكأس آسيا 2019 على أرضه.", [("2018", None), ("2019", None)]),
    ("ويرتفع المعروض بداية من ديسمبر القادم.", [("--12", None)]),  # starting from December
    ("ويرتفع المعروض في بداية ديسمبر.", [("--12", "early")]),
    ("ويتسع المدرج لجلوس ( 2000 ) شخص.", []),                     # a count in brackets
])
def test_event_years_starting_from_and_bracketed_counts(text, expected):
    assert [(d.value, d.qualifier) for d in find_dates(text)] == expected


def test_two_weekdays_after_yawmay_are_one_range():
    found = find_dates("وفي يومي الجمعة والسبت المقبلين تنطلق الجولة الثانية.",
                       published=datetime.date(2015, 7, 29))
    assert [d.value for d in found] == ["2015-07-31/2015-08-01"]


def test_a_past_verb_before_a_weekday_keeps_it_in_the_past():
    day = datetime.date(2015, 8, 4)  # a Tuesday
    text = "وذلك في بيان صدر الاثنين في ختام زيارة، وسيتم المشروع في ديسمبر."
    assert [d.value for d in find_dates(text, published=day)][0] == "2015-08-03"
    text = "ومن المقرر أن يصل الوفد الخميس إلى الرياض."  # the future before it: next Thursday
    assert [d.value for d in find_dates(text, published=day)] == ["2015-08-06"]


def test_a_range_of_hijri_days_without_a_year():
    found = find_dates("ويعقد الملتقى في الفترة من 19 - 21 شوال الحالي في الطائف.",
                       published=datetime.date(2015, 7, 26))
    assert [d.value for d in found] == ["2015-08-04/2015-08-06"]


@pytest.mark.parametrize(("text", "expected"), [
    ("إذا تم إبرام الصفقة في أوائل 2016 كما هو مقرر.", [("2016", "early")]),  # كما: no km
    ("وتقلصت النفقات في ميزانية 2015 إلى 30 مليارا.", [("2015", None)]),
    ("خلال الفترة من فبراير وحتى إبريل الماضيين.", [("--02/--04", None)]),
    ("وحصلت الجامعة على شهادة الآيزو 2008:9001 أمس.", []),  # a standard's number
])
def test_budgets_standards_and_ranges_with_wa_hatta(text, expected):
    assert [(d.value, d.qualifier) for d in find_dates(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وبلغت القروض بنهاية الربع الأول من عام 2015 نحو تريليون.", [("2015-01/2015-03", "late")]),
    ("وتراجعت خلال الفترة من الربع الأول من عام 2014م إلى الربع الأول من عام 2015.",
     [("2014-01/2015-03", None)]),
    ("ونمت الأرباح في الربع الثالث من 2015.", [("2015-07/2015-09", None)]),
])
def test_quarters_of_a_year(text, expected):
    assert [(d.value, d.qualifier) for d in find_dates(text)] == expected


def test_since_the_night_of_a_weekday_and_early_in_a_hijri_month():
    day = datetime.date(2015, 8, 1)
    found = find_dates("وفقدوا الاتصال به منذ ليل الجمعة.", published=day)
    assert [(d.value, d.qualifier) for d in found] == [("2015-07-31", "since")]
    found = find_dates("وتنطلق المراحل مطلع شهر ذي القعدة القادم.", published=day)
    assert [(d.value, d.qualifier) for d in found] == [("2015-08/2015-09", "early")]


@pytest.mark.parametrize("published", ["0001-01-01", "0001-01-03", "9999-12-31", "1900-01-01",
                                       "2100-01-01"])
def test_days_of_publication_at_the_ends_of_the_calendar(published):
    day = datetime.date.fromisoformat(published)
    text = ("وقال يوم الأربعاء المقبل إن الخطة جاهزة، ومنذ ليل الجمعة، وفي 10 شوال، "
            "ومطلع شهر ذي القعدة، وفي يومي الجمعة والسبت.")
    find_dates(text, published=day)  # no OverflowError: what cannot be resolved is left out


# Written for this test; the forms were found missing by reading the finder's uncovered years
# and months in corpus articles outside every gold slice.
@pytest.mark.parametrize(("text", "expected"), [
    ("وبلغت ذروتها في الأعوام 2005 و2006 و2007.",             # a list named by its unit
     [("2005", None), ("2006", None), ("2007", None)]),
    ("وتوج بالبطولة في 2005 و2008 و2013.", [("2005", None), ("2008", None), ("2013", None)]),
    ("والموازنة لعام 2016 وفترة تخطيط 2017 و2018 في الجزء.",     # a pair of years
     [("2016", None), ("2017", None), ("2018", None)]),
    ("طيلة أشهر أغسطس (آب) وأكتوبر (تشرين الأول) وسبتمبر.",       # months with their aliases
     [("--08", None), ("--10", None), ("--09", None)]),
    ("وقدمت الدولة خلال الأعوام 2012 ــ 2014 دعما.", [("2012/2014", None)]),  # tatweel dash
    ("في عام 1418 هجرية / 1998 ميلادية.", [("1997/1998", None), ("1998", None)]),
    ("خلال عام 2014 مقارنة بـ2013 جاءت.", [("2014", None), ("2013", None)]),
    ("انخفضت المناقصة للعام الحالي 2015 بنسبة.", [("2015", None)]),
    ("وتنص القرارات 1737 و1835 و1929 و2224 على الحظر.", []),  # numbers, not a list of years
    ("وبلغ العدد 2000 و3000 شخص.", []),
    ("وشاركت في معرض إكسبو 2020 دبي.", [("2020", None)]),
])
def test_lists_of_years_and_months_and_tatweel_dashes(text, expected):
    assert [(d.value, d.qualifier) for d in find_dates(text)] == expected


def test_a_hijri_month_without_shahr_after_a_qualifier_or_a_cue():
    day = datetime.date(2015, 8, 1)  # 16 Shawwal 1436
    found = find_dates("ولن تخف الحرارة إلا في منتصف ذي القعدة.", published=day)
    assert [(d.text, d.value, d.qualifier) for d in found] == [
        ("ذي القعدة", "2015-08/2015-09", "mid")]
    assert [d.value for d in find_dates("سيعود الجمع في رمضان القادم.", published=day)] == [
        "2016-06/2016-07"]
    for text in ("وقال الرئيس رجب طيب أردوغان", "في صفر المونديال", "كان رمضان شهرا عاديا"):
        assert find_dates(text, published=day) == []  # a name, a word, no cue


@pytest.mark.parametrize(("text", "value"), [
    ("وحول تقييمها لمسلسلات رمضان الماضي، أثنت", "2015-06/2015-07"),  # a placing word after it
    ("أواخر أيام رمضان المنصرم", "2015-06/2015-07"),
    ("قبل حلول رمضان المقبل، إلا في حالة", "2016-06/2016-07"),  # the time of it before it
    ("خلال موسم رمضان وعيد الفطر", "2015-06/2015-07"),
    ("كان رمضان المبارك فرصة مواتية", "2015-06/2015-07"),  # an epithet after it
    ("وعلاج الأسنان في نهار رمضان لا بأس به", "2015-06/2015-07"),
])
def test_a_hijri_month_without_shahr_by_its_placing_its_epithet_or_its_season(text, value):
    day = datetime.date(2015, 8, 1)  # 16 Shawwal 1436
    assert [(d.text, d.value) for d in find_dates(text, published=day)] == [("رمضان", value)]
    for text in ("وأدى دخول رمضان صبحي إلى استعادة الأهلي", "برنامج «ليالي رمضان» الجديد",
                 "وعبر رمضان الزهراني عن سعادته"):
        assert find_dates(text, published=day) == []  # a player, a programme's title, a man


@pytest.mark.parametrize(("text", "expected"), [
    ("في موازنة العام 1435/1436، تم توزيعها", [("1435/1436", "2013/2015")]),  # two Hijri years
    ("للعام الجامعي 1436 - 1437 يوم", [("1436 - 1437", "2014/2016")]),       # after any word
    ("مطلع العام الدراسي الجديد 1436 / 1437 في", [("1436 / 1437", "2014/2016")]),
    ("حددت العام الدراسي 1437/1436هـ بدايةً", [("1437/1436هـ", "2014/2016")]),  # turned round
    ("القضية رقم 1435/1436 في", []),                                        # a number's
    ("اندريه جروميكو (1957 إلى 1985)، ولقد", [("1957 إلى 1985", "1957/1985")]),  # a bracket's span
    ("كؤوس عالم (2006 و2010 و2014) وأخيرا", [("2006", "2006"), ("2010", "2010"),
                                            ("2014", "2014")]),            # a bracket's list
    ("ثم عمل أستاذا متفرغا من 1978 حتى وفاته.", [("1978", "1978")]),  # a year to an event
    ("وتراوحت الأسعار من 1500 إلى ألفي ريال", []),                           # a count
    ("والمتهم مبارك ملفي مواليد 1986 انضم", [("1986", "1986")]),
    ("منذ إطلاقه فى 2009 أكثر من", [("2009", "2009")]),                      # في as Egypt writes it
])
def test_hijri_year_pairs_after_a_word_bracketed_spans_and_cues(text, expected):
    found = find_dates(text, published=datetime.date(2015, 8, 10))
    assert [(d.text, d.value) for d in found] == expected


def test_what_round_25s_hostile_review_found():
    # Sentences of the round 25 hostile review: رمضان a man's name before his family name or
    # after بن, a programme's title, two 14xx numbers that are no Hijri years, counts after
    # من YEAR إلى, counted births and cars after a year.
    day = datetime.date(2015, 8, 1)
    for text in ("وأكد الأهلي رحيل رمضان صبحي عن النادي.", "وكان موسم رمضان صبحي الأول صعبا.",
                 "وقال الشيخ محمد بن رمضان المبارك إن", "برنامج « ليالي رمضان » الجديد",
                 "عرض مسلسل ليالي رمضان", "وصدر القانون 1435/1436 بشأن العمل.",
                 "وحملت القضية 1436/1437", "بلغت الصادرات 1436/1437 مليون ريال.",
                 "وشارك 1405 - 1406 متسابقين", "في شتاء 1452-1453 قبل فتحها",
                 "وارتفع عدد الحالات من 1990 إلى نحو 2500 حالة.",
                 "من 1920 حتى تجاوز 3000 عامل", "سجلت مواليد 1999 مولودا.",
                 "(1950 إلى 2010) سيارة"):
        assert find_dates(text, published=day) == [], text
    for text, expected in (("في رمضان على روتانا", "2015-06/2015-07"),
                           ("للعام الجامعي 1436 - 1437 يوم الأحد", "2014/2016"),
                           ("بالدورة الثالثة للانتخابات 1436/1437. وأوضح", "2014/2016"),
                           ("ومحمد حاج، من 2003 إلى نحو 2008.", "2003/2008"),
                           ("والثانية من 2010 حتى شباط/فبراير 2015، كما", "2010/2015-02")):
        assert [d.value for d in find_dates(text, published=day)][:1] == [expected], text


def test_what_round_25s_second_held_out_sets_missed():
    # onehundredthree's sn-03599, onehundredfour's sn-20700 and onehundredfive's sn-21901 and
    # sn-01701, read after their scoring.
    day = datetime.date(2015, 8, 10)
    cases = [("هذا من أجل كوريا الشمالية .2026 أنا كسفير", [("2026", "2026", None)]),
             ("بلغ المؤشر 0.2026 نقطة", []),  # a decimal's tail, no full stop before a year
             ("شغلها منصب وزيرة الخارجية بين عامين 2009 و2013.",
              [("عامين 2009 و2013", "2009/2013", None)]),
             ("خلال سنتين 1990 و2010", [("1990", "1990", None), ("2010", "2010", None)]),
             ("وسيضع حدا لمسيرته في نهاية 2015-2016، لكن",
              [("نهاية 2015-2016", "2015/2016", "late")]),
             ("لانتخابات رئاسية جديدة بين نهاية 2015 ومطلع 2016.",
              [("بين نهاية 2015 ومطلع 2016", "2015/2016", None)])]
    for text, expected in cases:
        found = find_dates(text, published=day)
        assert [(d.text, d.value, d.qualifier) for d in found] == expected, text


def test_what_round_25s_new_user_review_found():
    # Sentences of the round 25 new-user review: a man named رمضان after his title, a
    # decision's number, a hospital named after Khamis Mushait, a span of points in brackets.
    day = datetime.date(2015, 8, 6)
    for text in ("وقال اللاعب رمضان المقبل إن", "وقال المدرب رمضان المبارك إن",
                 "نقل المصاب إلى مستشفى الخميس العام", "وارتفع المؤشر (1957 إلى 1985) نقطة"):
        assert find_dates(text, published=day) == [], text
    assert [d.text for d in find_dates("القرار رقم 36/1437هـ", published=day)] == ["1437هـ"]
    found = find_dates("وقال إنه عاد أمه بالمستشفى الخميس الماضي.", published=day)
    assert [d.value for d in found] == ["2015-07-30"]  # with the article the day is its own
    found = find_dates("خلال موسم رمضان المبارك", published=day)
    assert [d.value for d in found] == ["2015-06/2015-07"]


def test_what_round_25s_held_out_sets_missed():
    # onehundredone's sn-11401 and onehundredtwo's sn-28002, read after their scoring.
    day = datetime.date(2015, 8, 10)
    found = find_dates("ودوري الدرجة الأولى للموسم الرياضي 36/1437هـ، للمشاركة", published=day)
    assert [(d.text, d.value) for d in found] == [("36/1437هـ", "2014/2016")]  # 1436/1437
    assert [d.text for d in find_dates("في 35/1437هـ", published=day)] == ["1437هـ"]  # no pair
    found = find_dates("وكانت النيابة قد جددت حبسه السبت الماضي 15 يومًا على ذمة التحقيقات",
                       published=day)  # a length of time after the weekday, not its day
    assert [(d.text, d.value) for d in found] == [("السبت الماضي", "2015-08-08")]
    assert [d.value for d in find_dates("ويبدأ المعرض الخميس 13 أغسطس", published=day)] == [
        "--08-13"]


@pytest.mark.parametrize(("text", "expected"), [
    ("ونمت الودائع خلال النصف الأول من عام 2015م.", [("2015-01/2015-06", None)]),
    ("وتراجعت في النصف الثاني من 2014.", [("2014-07/2014-12", None)]),
    ("وارتفع الإنفاق في الأشهر السبعة الأولى من عام 2015.", [("2015-01/2015-07", None)]),
    ("وفي الأشهر الثلاثة الأخيرة من 2014 هبط.", [("2014-10/2014-12", None)]),
    ("بزيادة عن مستوى يونيو (حزيران) البالغ 1.4.", [("--06", None)]),  # a month named twice
    ("بزيادة عن مستوى يونيو - حزيران البالغ 1.4.", [("--06", None)]),
    ("من شباط/فبراير حتى تشرين ثان/نوفمبر 1940.", [("1940-02/1940-11", None)]),
])
def test_halves_first_months_and_a_month_named_twice(text, expected):
    assert [(d.value, d.qualifier) for d in find_dates(text)] == expected


def test_a_hijri_day_of_safar_and_of_the_current_year():
    day = datetime.date(2015, 8, 1)  # 16 Shawwal 1436
    found = find_dates("ففي ٢٠ من شهر صفر من العام الحالي قضى شاب.", published=day)
    assert [(d.text, d.value) for d in found] == [("٢٠ من شهر صفر", "2014-12-12")]  # of 1436
    assert find_dates("وانتهت المباراة بنتيجة 20 صفر.", published=day) == []  # zero


def test_last_and_next_month_take_their_year_from_the_day_of_publication():
    day = datetime.date(2015, 7, 21)
    text = "وزار الوفد الرياض في أغسطس الماضي، ويعود في مارس المقبل، وكان هنا في مارس."
    found = find_dates(text, context_year=2015, published=day)
    assert [d.value for d in found] == ["2014-08", "2016-03", "2015-03"]


def test_digits_of_other_scripts_are_no_years_and_a_street_is_looked_for_nearby():
    assert [d.value for d in find_dates("و߂߀߁߈ و২০১৯ وفي عام ٢٠١٥")] == ["2015"]
    assert find_dates("في شارع 26 سبتمبر بصنعاء") == []


def test_dates_says_how_many_weekdays_it_left_out_without_a_day(tmp_path):
    from click.testing import CliRunner

    from briefgen.cli import cli

    path = tmp_path / "new.txt"
    path.write_text("وقال الوزير الأربعاء إن الاجتماع عقد صباح الإثنين في عام 2015.\n", "utf-8")
    result = CliRunner().invoke(cli, ["--project", str(ROOT), "dates", str(path)])
    assert result.exit_code == 0 and "2015" in result.output
    assert "note: 2 dates left out (weekdays" in result.output and "--published" in result.output
    assert "(الأربعاء" not in result.output  # no example taken for what the text holds
    result = CliRunner().invoke(cli, ["--project", str(ROOT), "dates", str(path),
                                      "--published", "2015-07-22"])
    assert "note:" not in result.output and "2015-07-22" in result.output
    # SaudiNewsNet's date_extracted as it is, with its time (round 21's new-user review)
    timed = CliRunner().invoke(cli, ["--project", str(ROOT), "dates", str(path),
                                     "--published", "2015-07-22 09:47:20"])
    assert timed.exit_code == 0 and timed.output == result.output
    half = CliRunner().invoke(cli, ["--project", str(ROOT), "dates", str(path),
                                    "--published", "2015-07-22 9"])
    assert half.exit_code == 2 and "YYYY-MM-DD" in half.output


@pytest.mark.parametrize(("text", "expected"), [
    ("in a market downtown in Tunis, Tunisia June 18, 2015. REUTERS", [("2015-06-18", None)]),
    ("وصورة التقطت في 18 June 2015 وفي June 2015.", [("2015-06-18", None), ("2015-06", None)]),
    ("في شهري أكتوبر ونوفمبر المقبلين.", [("--10/--11", None)]),     # one range, as عامي
    ("قبل الانتخابات في 6 اب/اغسطس على شبكة فوكس.", [("--08-06", None)]),
    ("وقال اب الطفل إن ابنه بخير.", []),                          # a father, not August
])
def test_english_dates_two_months_after_shahray_and_ab(text, expected):
    assert [(d.value, d.qualifier) for d in find_dates(text)] == expected


def test_a_range_of_two_weekdays_after_min_and_of_two_hijri_months():
    day = datetime.date(2015, 7, 20)  # a Monday
    found = find_dates("لكن الاستطلاع اجري من الخميس الى الاحد، واوضحت الصحيفة.", published=day)
    assert [(d.text, d.value) for d in found] == [("الخميس الى الاحد", "2015-07-16/2015-07-19")]
    found = find_dates("خلال شهري رجب وشعبان بلغت الكميات.", published=day)
    assert [d.value for d in found] == ["2015-04/2015-06"]  # of 1436, one range as عامي
    found = find_dates("من 28 ذي الحجة إلى 1 محرم 1437هـ.", published=day)
    assert [d.value for d in found] == ["2015-10-11/2015-10-14"]  # days (one range), not
    # weekdays


def test_the_years_of_an_on_this_day_list_and_an_ordinal_after_la():
    text = ("في مثل هذا اليوم الموافق للحادي والعشرين من شهر يوليو (تموز) على النحو التالي : "
            "1923 - عرض أول فيلم. 1937 - اتفاق ينهي الحرب التي اندلعت في 1931.")
    assert [d.value for d in find_dates(text)] == ["--07-21", "1923", "1937", "1931"]
    assert find_dates("بلغ العدد. 2000 - 3000 شخص") == []  # a range of counts


@pytest.mark.parametrize(("text", "values"), [
    # a weekday after a given name is his family name, not Thursday
    ("وغرد الكاتب عبدالعزيز الخميس قائلا إن القرار صائب.", []),
    ("ويشارك أحمد بن عبدالرحمن الخميس في الاجتماع.", []),
    ("وقال عبد العزيز الخميس إن القرار صائب.", []),
    # but after a surname it is the day: محمود عباس الجمعة
    ("وأعلن محمود عباس الجمعة أنه سيتوجه إلى المحكمة.", ["2015-07-31"]),
    ("وقال ترامب السبت إنه سيفوز.", ["2015-08-01"]),
    # a weekday before الموافق and its date belongs to that date: one mention, the date's
    ("وتنتهي المرحلة يوم الأربعاء الموافق 20-10-1436هـ.", ["2015-08-05"]),
    # and with the date in quotes (round 66's fourhundredfiftyeight)
    ('وتنتهي المرحلة يوم الأربعاء الموافق "20-10-1436هـ".', ["2015-08-05"]),
    ("وتنتهي المرحلة يوم الأربعاء الموافق «20-10-1436هـ».", ["2015-08-05"]),
    # the nearer of a past verb and a word of the future decides: the statement came out on
    # Monday, whatever it foresees for December
    ("وسيتم التنفيذ في ديسمبر المقبل، وذلك في بيان صدر الاثنين في ختام الزيارة.",
     ["--12", "2015-08-03"]),
])
def test_weekday_pegs_round_4(text, values):
    found = find_dates(text, published=datetime.date(2015, 8, 4))
    assert [d.value for d in found] == values


@pytest.mark.parametrize(("text", "values"), [
    # a list of months with the year after the last: one range when they follow one another
    ("وارتفعت المبيعات خلال أشهر إبريل ومايو ويونيو 2015م.", ["2015-04/2015-06"]),
    ("ووقعت الأحداث في مايو أيار ويونيو 1999.", ["1999-05/1999-06"]),
    ("وتمتد الفترة من ديسمبر ويناير 2015.", ["2014-12/2015-01"]),
    ("وزار البلاد في يناير ومارس 2015.", ["2015-01", "2015-03"]),  # not following: each
    ("وذلك في شهري يوليو وأغسطس 2014.", ["2014-07/2014-08"]),      # the year is both months'
    # a year word and a year of 1340-1449 without هـ is Hijri
    ("وتأسست الجمعية عام 1394 في الرياض.", ["1974/1975"]),
    ("وسقطت المدينة في عام 1453 بعد حصار.", ["1453"]),
])
def test_month_lists_and_hijri_years_round_4(text, values):
    assert [d.value for d in find_dates(text)] == values


def test_hijri_months_written_with_dashes_are_one_range():
    found = find_dates("وارتفعت الأسعار خلال أشهر رجب - شعبان - رمضان الماضية.",
                       published=datetime.date(2015, 8, 10))
    assert [(d.text, d.value) for d in found] == [("رجب - شعبان - رمضان", "2015-04/2015-07")]


def test_months_in_brackets_after_a_quarter_and_a_score_of_nil():
    day = datetime.date(2015, 8, 10)
    found = find_dates("خلال الربع الثالث من العام الهجري الجاري (رجب - شعبان - رمضان) والذي",
                       published=day)
    assert [d.value for d in found] == ["2015-04/2015-07"]
    assert find_dates("وانتهت المباراة بنتيجة صفر - صفر.", published=day) == []


def test_a_hijri_month_an_english_caption_names():
    caption = "A vendor on the first day of the Muslim holy fasting month of Ramadan, in Tunis."
    found = find_dates(caption, published=datetime.date(2015, 7, 20))
    assert [(d.text, d.value) for d in found] == [("month of Ramadan", "2015-06/2015-07")]
    assert find_dates(caption) == []  # no day of publication, no Hijri year to give it


@pytest.mark.parametrize(("text", "text_found", "value"), [
    ("وبلغت الأرباح للربع الأول من 2015م نحو مليار.", "للربع الأول من 2015م", "2015-01/2015-03"),
    ("وفقا للنصف الأول من العام الحالي 2015م.", "للنصف الأول من العام الحالي 2015م",
     "2015-01/2015-06"),
])
def test_a_quarter_or_half_after_lil_and_the_current_year(text, text_found, value):
    assert [(d.text, d.value) for d in find_dates(text)] == [(text_found, value)]


@pytest.mark.parametrize(("text", "found"), [
    # a qualifier reaches its year across الحالي/الماضي: بداية العام الحالي
    ("منذ بداية العام الحالي 1436هـ تراجعت الأسعار.",
     ("بداية العام الحالي 1436هـ", "2014/2015", "early")),
    ("في نهاية العام الماضي 2014 ارتفعت.", ("نهاية العام الماضي 2014", "2014", "late")),
    ("وتوالت العروض حتى العام الماضي 1435 لتشمل الشعراء.",
     ("العام الماضي 1435", "2013/2014", None)),
])
def test_a_year_word_placed_by_halī_or_mādī(text, found):
    assert [(d.text, d.value, d.qualifier) for d in find_dates(text)] == [found]


@pytest.mark.parametrize(("text", "values"), [
    ("خلال الأشهر (ذو الحجة - محرم - صفر) المقبلة", ["2015-09/2015-10"]),  # no year to wrap to
    ("(شعبان - رمضان - شوال) 1435هـ", ["2013/2014"]),   # the list has its own year
    ("تأسست عام 1400م في المدينة", ["1400"]),            # م: Gregorian, whatever its size
    ("وذلك عام 1420 الميلادي", ["1420"]),
    ("The month of Ramadan 2014 was hot.", []),          # a year of its own, not publication's
    ("في يونيو ومايو 2015", ["2015-06", "2015-05"]),     # not following: each takes the year
])
def test_review_round_4_dates(text, values):
    assert [d.value for d in find_dates(text, published=datetime.date(2015, 8, 1))] == values


def test_a_city_named_after_a_day_is_no_date():
    assert [d.value for d in find_dates("في مدينة 6 أكتوبر بالقاهرة وفي 6 أكتوبر 2014")] == [
        "2014-10-06"]
    # with a particle too (بمدينة السادس من أكتوبر), but المدينة (Medina) before a date is
    # no such city
    assert find_dates("وأقيم المعرض بمدينة السادس من أكتوبر.") == []
    assert [d.value for d in find_dates("وصل الوفد إلى المدينة 12 مارس 2015")] == ["2015-03-12"]
    assert [d.value for d in find_dates("وعاد الحجاج بالمدينة 12 مارس 2015")] == ["2015-03-12"]


def test_a_year_heading_an_entry_with_its_dash_glued():
    text = "1921- لينين يوجه نداء للحصول على مساعدة دولية."
    assert [(d.text, d.value) for d in find_dates(text)] == [("1921", "1921")]


@pytest.mark.parametrize(("text", "expected"), [
    ("إلى السادس من رمضان القادم .", ("السادس من رمضان", "2016-06-11")),
    ("في العاشر من شوال", ("العاشر من شوال", "2015-07-26")),
    ("الحادي والعشرين من ذي القعدة", ("الحادي والعشرين من ذي القعدة", "2015-09-05")),
])
def test_a_hijri_day_by_its_ordinal_is_resolved_from_publication(text, expected):
    (date,) = find_dates(text, published=datetime.date(2015, 8, 1))
    assert (date.text, date.value) == expected


def test_father_is_no_month():
    assert find_dates("ينتمي إلى أب سعودي", published=datetime.date(2015, 8, 1)) == []


@pytest.mark.parametrize(("text", "expected"), [
    # round 6: a weekday beside a month (not a day) is a day of its own; a night's two
    # weekdays with only a space between them are one range
    ("يوم السبت المقبل مطلع آب (أغسطس).",
     [("السبت المقبل", "2015-08-01"), ("مطلع آب (أغسطس)", "--08")]),
    ("أنهى الجيش ليل الجمعة السبت عملية احتجاز", [("الجمعة السبت", "2015-07-24/2015-07-25")]),
    ("وصل الخميس 15 يوليو", [("15 يوليو", "--07-15")]),  # the weekday of the date beside it
])
def test_weekdays_beside_months_and_nights(text, expected):
    found = find_dates(text, published=datetime.date(2015, 7, 26))
    assert [(d.text, d.value) for d in found] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 6: a city named by a date, تشرين before its other name, the year before last
    ("في العاصمة ومدينتي أبوحماد والعاشر من رمضان بالمحافظة", []),
    ("وتستمر حتى العاشر من تشرين/ أكتوبر 2017. وتتأهل",
     [("العاشر من تشرين/ أكتوبر 2017", "2017-10-10")]),
    ("مقارنة بالعام قبل الماضي 2013 البالغة", [("العام قبل الماضي 2013", "2013")]),
    ("أقفل مرتين بين التاسع والثاني عشر من يوليو (تموز)، على",
     [("بين التاسع والثاني عشر من يوليو (تموز)", "--07-09/--07-12")]),
    ("من العاشر إلى الخامس عشر من مارس 2015",
     [("من العاشر إلى الخامس عشر من مارس 2015", "2015-03-10/2015-03-15")]),
    ("قررت في الثاني والعشرين من يوليو تحرير", [("الثاني والعشرين من يوليو", "--07-22")]),
])
def test_a_city_named_by_a_date_and_more_month_and_year_forms(text, expected):
    found = find_dates(text, published=datetime.date(2015, 8, 10))
    assert [(d.text, d.value) for d in found] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 6, from the held-out sets once scored: a future verb no list holds puts the
    # weekday ahead when the corpus knows its present; a noun in س- does not (the hostile
    # review: سياسي, سيناء); a future in the next clause does not either; a decade after ل;
    # a prize's year
    ("وسيلعب الفريق السبت مباراته الأخيرة", [("السبت", "2015-08-08")]),
    ("قال مصدر سياسي الخميس إن المفاوضات فشلت", [("الخميس", "2015-08-06")]),
    ("قتل خمسة جنود في سيناء الخميس", [("الخميس", "2015-08-06")]),
    ("وكانت السيارة قد انطلقت الخميس", [("الخميس", "2015-08-06")]),
    ("وعاد الوزير إلى الرياض الأربعاء، وسيزور فرنسا الأسبوع المقبل.",
     [("الأربعاء", "2015-08-05")]),
    ("نرى بأننا عدنا للستينات لكن", [("للستينات", "1960/1969")]),
    ("القائمة الطويلة لجائزة مان بوكر 2015 للرواية", [("2015", "2015")]),
    # the hostile review of round 6
    ("يبدأ الصيام في الحادي  عشر من رمضان المقبل", [("الحادي  عشر من رمضان", "2016-06-16")]),
    # (a range from an ordinal to a figure after من, as the gold gives onehundredsixtynine's
    # من الرابع إلى 15 أغسطس; round 6 had made it one day)
    ("من العاشر إلى 15 يوليو 2015", [("من العاشر إلى 15 يوليو 2015", "2015-07-10/2015-07-15")]),
    ("العاشر إلى 15 يوليو 2015", [("15 يوليو 2015", "2015-07-15")]),
    ("حصل على المركز الأول و 3 يوليو 2015", [("3 يوليو 2015", "2015-07-03")]),
    ("في النصف الثاني من رمضان", []),
    ("احتفل المصريون بذكرى حرب العاشر من رمضان", []),
    ("الربع الأول من العام المالي 2014/15", []),
    ("بين العشرين والثلاثين من يونيو 2015",
     [("بين العشرين والثلاثين من يونيو 2015", "2015-06-20/2015-06-30")]),
])
def test_round_6_future_verbs_decades_prizes_and_what_the_hostile_review_found(text, expected):
    found = find_dates(text, published=datetime.date(2015, 8, 7))
    assert [(d.text, d.value) for d in found] == expected


def test_published_must_be_a_real_day_and_says_which_is_wrong(tmp_path):
    from click.testing import CliRunner

    from briefgen.cli import cli

    path = tmp_path / "w.txt"
    path.write_text("وصل الوفد الأربعاء\n", "utf-8")
    for value, message in (("2015-02-30", "2015-02 has no day 30"),
                           ("2015-13-01", "there is no month 13"),  # not strptime's words
                           ("٢٠١٥-٠٧-٢١", "in ASCII figures"),
                           ("2015-2-3", "is not written YYYY-MM-DD")):
        result = CliRunner().invoke(cli, ["dates", str(path), "--published", value])
        assert result.exit_code == 2 and message in result.output, result.output
    result = CliRunner().invoke(cli, ["dates", str(path), "--published", "2015-08-07"])
    assert result.exit_code == 0 and "2015-08-05" in result.output, result.output


def test_other_weekdays_count_from_the_day_of_writing_a_deictic_weekday_gives():
    # Written for this test: published (crawled) on Tuesday 21 July 2015, written the Saturday
    # before, as أمس الجمعة says; the coming Tuesday is then the 21st, not the 28th.
    published = datetime.date(2015, 7, 21)
    text = "أغلق المدرب مساء أمس الجمعة الملعب، تحضيرا للقاء يوم الثلاثاء المقبل."
    assert [(d.text, d.value) for d in find_dates(text, published=published)] == [
        ("الجمعة", "2015-07-17"), ("الثلاثاء المقبل", "2015-07-21")]
    # بعد غد الأربعاء: written on the Monday; the Wednesday after is the 22nd.
    text = "اجتماع يعقده الوزير الأربعاء المقبل، وأكد عقد الاجتماع بعد غد الأربعاء."
    assert [d.value for d in find_dates(text, published=datetime.date(2015, 7, 22))] == [
        "2015-07-22", "2015-07-22"]
    # No weekday beside the day of writing: the publication date is the day of writing.
    assert [d.value for d in find_dates("يوم الثلاثاء المقبل", published=published)] == [
        "2015-07-28"]


def test_the_day_of_writing_in_a_lead_dates_the_weekdays_of_later_paragraphs(tmp_path):
    from click.testing import CliRunner

    from briefgen.cli import cli

    # Written for this test in the style of a wire report crawled on Friday 31 July 2015 and
    # written on the Tuesday, as its lead says; the Friday of its last paragraph is the 24th.
    path = tmp_path / "gold.txt"
    path.write_text("ارتفع الذهب اليوم الثلاثاء مع تركيز المستثمرين على الاجتماع.\n\n"
                    "وكان الذهب انخفض يوم الجمعة إلى أقل سعر له منذ سنوات.\n", "utf-8")
    result = CliRunner().invoke(cli, ["--project", str(ROOT), "dates", str(path),
                                      "--published", "2015-07-31", "--json"])
    assert result.exit_code == 0, result.output
    assert [d["value"] for d in json.loads(result.output)] == ["2015-07-28", "2015-07-24"]


@pytest.mark.parametrize(("text", "expected"), [
    ("مسلسل عرض في شهر رمضان 2014.", [("رمضان 2014", "2014-06/2014-07")]),
    ("في رمضان من عام 2015م", [("رمضان من عام 2015م", "2015-06/2015-07")]),
    ("في شهر ذي الحجة 2008", [("2008", "2008")]),  # two of them fall in 2008: the year alone
    ("في رجب 2015", [("2015", "2015")]),  # رجب without شهر may be a name
])
def test_a_hijri_month_with_a_gregorian_year(text, expected):
    assert [(d.text, d.value) for d in find_dates(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("في العشر الأواخر من شهر رمضان الماضي", [("2015-06/2015-07", "late")]),
    ("خلال الأيام الأولى من أغسطس 2015", [("2015-08", "early")]),
    ("في الأسبوع الأخير من يوليو", [("--07", "late")]),
])
def test_the_last_ten_days_and_the_first_days_of_a_month(text, expected):
    published = datetime.date(2015, 8, 9)
    assert [(d.value, d.qualifier) for d in find_dates(text, published=published)] == expected


def test_a_cue_makes_a_year_of_the_nineteenth_century():
    assert [d.value for d in find_dates("فريتز لانغ (ولد في 1890).")] == ["1890"]
    assert find_dates("وصل عدد الزوار 1890 زائرا") == []
    assert find_dates("وبلغ الرصيد 1890 في نهاية اليوم") == []  # no cue: an amount


def test_the_day_of_writing_holds_against_what_the_hostile_review_tried():
    published = datetime.date(2015, 7, 21)  # a Tuesday
    # أول أمس: two days back, so the Tuesday is the day of publication.
    assert [d.value for d in find_dates("قال أول أمس الأحد إن الاتفاق سيوقع. وقال الوزير"
                                        " الثلاثاء إنه", published=published)] == [
        "2015-07-19", "2015-07-21"]
    # Marks and direction marks change nothing; eleven, a newspaper, هذا and a quote date
    # nothing.
    for lead in ("قال أمسِ الأحد", "قال أمس\u200f الأحد"):
        assert day_of_writing(lead, published) == datetime.date(2015, 7, 20)
    for text in ("قتل اليوم الأحد عشر جنديا.", "ذكرت صحيفة الغد الأحد أن", "في هذا الخميس الأسود",
                 "وقال «سنجتمع غدا الخميس» ثم"):
        assert day_of_writing(text, published) == published, text
    # The ends of the calendar: no crash, the day of publication.
    assert day_of_writing("قال أمس الأحد", datetime.date(1, 1, 1)) == datetime.date(1, 1, 1)
    assert day_of_writing("غدا الأحد", datetime.date(9999, 12, 31)) == datetime.date(9999, 12, 31)


@pytest.mark.parametrize(("text", "expected"), [
    ("شارك في 1850 عملية", []),  # a count, not a year of the century before
    ("سقط في 1899 هجوما", []),
    ("ثورة مييجي في 1868 التي غيرت البلاد", [("1868", None)]),
    ("في العشر الأواخر من شهر رمضان 2015", [("2015-06/2015-07", "late")]),
    ("أواخر من شهر رمضان 2015", [("2015-06/2015-07", "late")]),
    ("وتنتهي المهلة أواخر من شهر رمضان.", [("2015-06/2015-07", "late")]),  # was a KeyError
])
def test_old_years_want_a_pause_and_qualifiers_reach_a_hijri_month(text, expected):
    found = find_dates(text, 2015, published=datetime.date(2015, 7, 21))
    assert [(d.value, d.qualifier) for d in found] == expected


def test_a_quoted_deictic_weekday_at_odds_with_the_day_of_writing_takes_the_nearest():
    # Written for this test after a wire report crawled on Tuesday 21 July 2015: written on
    # the Saturday (أمس الجمعة), it quotes a statement of that Saturday (مساء أمس السبت).
    text = ("وأعلن المكتب أمس (الجمعة) أن الشاب كان مسلحا، وقال البيان إن عنصرا «توفي"
            " مساء أمس (السبت) متأثرا بإصابته».")
    found = find_dates(text, published=datetime.date(2015, 7, 21))
    assert [(d.text, d.value) for d in found] == [("الجمعة", "2015-07-17"),
                                                  ("السبت", "2015-07-18")]


def test_a_weekday_after_this_or_after_what_is_scheduled_is_the_coming_one():
    # Written for this test in the style of sports and business news.
    sunday = datetime.date(2015, 8, 9)
    assert [d.value for d in find_dates(
        "تغادر اليوم الأحد بعثة النصر لملاقاة الهلال هذا الأربعاء في لندن.", published=sunday)] == [
        "2015-08-09", "2015-08-12"]
    friday = datetime.date(2015, 7, 31)
    assert [d.value for d in find_dates("قبل الموعد النهائي المقرر يوم الاربعاء لتسجيل الأسهم.",
                                        published=friday)] == ["2015-08-05"]
    assert [d.value for d in find_dates("قبل المباراة المقررة الخميس بين الفريقين.",
                                        published=friday)] == ["2015-08-06"]
    # What was scheduled and is past keeps its word: كان مقررا يوم الجمعة الماضي.
    assert [d.value for d in find_dates("المحادثات التي كان انعقادها مقررا يوم الجمعة الماضي.",
                                        published=friday)] == ["2015-07-24"]
    # The day of writing itself, after هذا, is that day; and هذا still dates no source.
    assert [d.value for d in find_dates("يلتقي الفريقان هذا الجمعة.", published=friday)] == [
        "2015-07-31"]


def test_the_first_of_a_month_and_more_cues_of_a_weekdays_tense():
    # Written for this test in the style of wire reports.
    found = find_dates("ويسري الحظر اعتبارا من أول ابريل نيسان 2016 .")
    assert [(d.text, d.value) for d in found] == [("أول ابريل نيسان 2016", "2016-04-01")]
    wednesday, thursday = datetime.date(2015, 7, 22), datetime.date(2015, 7, 23)
    # In the wake of a Monday is past, whatever months ahead the sentence foresees.
    assert [d.value for d in find_dates("توقعات بمزيد الخسائر في الأشهر المقبلة في أعقاب موجة بيع "
                                        "يوم الاثنين.", published=wednesday)] == ["2015-07-20"]
    # What is supposed to happen, and what may, is ahead; قد and a past verb is not.
    for text, value in (("ويفترض اقرار القانون الجمعة.", "2015-07-24"),
                        ("أو قد يصادق عليه الوزراء الجمعة.", "2015-07-24"),
                        ("وقال إنه قد تم الاتفاق الثلاثاء.", "2015-07-21")):
        assert [d.value for d in find_dates(text, published=thursday)] == [value], text


def test_a_month_of_next_year_with_the_year_written_is_one_date():
    # Written for this test in the style of a sports report.
    found = find_dates("احتراما لعقده الذي ينتهي في يونيو من العام المقبل 2016م، وذكرت الصحيفة.")
    assert [(d.text, d.value) for d in found] == [("يونيو من العام المقبل 2016م", "2016-06")]
    # Without the year, the month alone, as the gold's conventions say.
    assert [d.value for d in find_dates("في يونيو من العام المقبل")] == ["--06"]


def test_what_the_hostile_review_of_round_8_tried_on_weekdays():
    tuesday = datetime.date(2016, 3, 15)
    for text, value in (
            # قد and يتوقع after the weekday describe something else; the meeting was Sunday.
            ("ناقش المجلس يوم الأحد مشروعا قد يغير وجه المدينة.", "2016-03-13"),
            ("وبحث الاجتماع يوم الاثنين الأزمة التي يتوقع أن تتفاقم.", "2016-03-14"),
            # A verb of the past before هذا; a match that was scheduled.
            ("وأكد الوزير في كلمته هذا الأحد أن الوضع مستقر.", "2016-03-13"),
            ("وألغيت المباراة التي كانت مقررة يوم الخميس.", "2016-03-10"),
            # A verb of the future before إثر keeps the weekday ahead.
            ("سيجتمع المجلس إثر الأزمة يوم الأحد.", "2016-03-20")):
        assert [d.value for d in find_dates(text, published=tuesday)] == [value], text


def test_a_month_of_last_or_next_year_takes_its_year_from_the_day_of_publication():
    # Written for this test; found by the new-user review of round 8.
    published = datetime.date(2015, 8, 9)
    for text, value in (("في مارس من العام الماضي", "2014-03"),
                        ("اعتبارا من أول ابريل من العام المقبل", "2016-04-01"),
                        ("خلال مايو من العام الحالي", "2015-05")):
        found = find_dates(text, context_year=2015, published=published)
        assert [(d.value, d.year_inferred) for d in found] == [(value, True)], text


def test_the_first_of_a_hijri_month_a_quarter_of_lil_aam_and_between_the_two():
    # Written for this test in the style of Saudi and wire news.
    found = find_dates("بدءًا من غرة ذي القعدة 1436هـ للمنشآت.")
    assert [(d.text, d.value) for d in found] == [("غرة ذي القعدة 1436هـ", "2015-08-16")]
    found = find_dates("دون المستوى في الربع الثالث للعام 2015. وقال البنك")
    assert [(d.text, d.value) for d in found] == [("الربع الثالث للعام 2015", "2015-07/2015-09")]
    friday = datetime.date(2015, 7, 24)
    # A weekday in brackets before الموافق belongs to the date after it.
    found = find_dates("ستقام يوم (الاثنين ) الموافق للتاسع من شهر ذي القعدة المقبل.",
                       published=friday)
    assert [(d.text, d.value) for d in found] == [("للتاسع من شهر ذي القعدة", "2015-08-24")]
    # بين الاثنين is "between the two", unless another weekday follows.
    assert find_dates("بالقدرة على التنقل بين الاثنين (السينما والمسرح).", published=friday) == []
    # (and the two, listed with و, are one span from the first to the second)
    assert [d.text for d in find_dates("بين الاثنين والخميس", published=friday)] == [
        "الاثنين والخميس"]


def test_what_the_hostile_recheck_of_round_8_tried():
    monday = datetime.date(2015, 7, 20)
    # What a verb of saying said keeps its own time: هذا and المقرر after إن/أن.
    for text, value in (("وقال المدرب إن مباراة هذا الأربعاء مهمة", "2015-07-22"),
                        ("وأعلن النادي أن المباراة المقررة الأربعاء ستقام بدون جمهور",
                         "2015-07-22"),
                        # A bracketed weekday before a number is still the weekday.
                        ("وقتل يوم (الاثنين) 5 أشخاص", "2015-07-20")):
        assert [d.value for d in find_dates(text, published=monday)] == [value], text
    # A count after من العام الماضي is no year; الأول before a Hijri year is no day.
    assert [d.value for d in find_dates("قتل في مارس من العام الماضي 3000 شخص",
                                        context_year=2015, published=monday)] == ["2014-03"]
    assert [d.text for d in find_dates("اختبارات الفصل الدراسي الأول 1436هـ")] == ["1436هـ"]
    # At the ends of the calendar the year stays in it.
    found = find_dates("في مارس من العام الماضي", context_year=1,
                       published=datetime.date(1, 1, 1))
    assert [d.value for d in found] == ["0001-03"]


def test_a_clause_that_opens_with_a_verb_in_the_present_puts_its_weekday_ahead():
    # Written for this test; the last four read as before (the past, a report, a relative
    # clause, ت opening a verb of the past).
    tuesday = datetime.date(2015, 7, 21)
    for text, value in (("يلتقي الهلال والنصر الجمعة في الرياض.", "2015-07-24"),
                        ("وتنطلق الفعاليات يوم الأحد بمشاركة واسعة.", "2015-07-26"),
                        ("ويقام الحفل الجمعة في جدة.", "2015-07-24"),
                        ("وقتل ثلاثة أشخاص الجمعة في هجوم.", "2015-07-17"),
                        ("يذكر أن الهلال فاز الجمعة على النصر.", "2015-07-17"),
                        ("ويقضي القانون الذي تم الإعلان عنه يوم الإثنين بمكافحة الكراهية.",
                         "2015-07-20"),
                        ("وتعرضت القوات للنيران يوم الجمعة.", "2015-07-17")):
        assert [d.value for d in find_dates(text, published=tuesday)] == [value], text


def test_a_list_of_days_after_tomorrow_or_a_day_ahead_stays_ahead():
    # In the style of a programme (five's sn-03755); written for this test.
    wednesday = datetime.date(2015, 7, 22)
    text = ("حيث تحاضر فاطمة الألمعي غدا بعنوان \"أنا والموهوبة\"، والمدربة ألاء النهاري "
            "الجمعة بعنوان \"مشروعك\"، وبشاير أبودبيل السبت، وندى الشهراني الأحد.")
    assert [d.value for d in find_dates(text, published=wednesday)] == [
        "2015-07-24", "2015-07-25", "2015-07-26"]
    # A verb of the past, أمس or a full stop ends the list.
    for text, values in (("يلتقي الهلال الجمعة، وأعلن النادي السبت قائمته.",
                          ["2015-07-24", "2015-07-18"]),
                         ("يلتقي الهلال الجمعة. وفاز النصر السبت.",
                          ["2015-07-24", "2015-07-18"])):
        assert [d.value for d in find_dates(text, published=wednesday)] == values, text


def test_what_the_hostile_review_of_round_9_tried():
    wednesday = datetime.date(2024, 5, 15)
    # An event named by its day is past whatever the present verb (هجوم الأحد); a day after
    # بعد in a list of days ahead is past too.
    for text, values in (("يشير التقرير إلى هجوم الأحد على القاعدة.", ["2024-05-12"]),
                         ("تتواصل التحقيقات في حادث الاثنين.", ["2024-05-13"]),
                         ("ويعود البرلمان للانعقاد الخميس بعد جلسة عاصفة الاثنين.",
                          ["2024-05-16", "2024-05-13"])):
        assert [d.value for d in find_dates(text, published=wednesday)] == values, text


def test_half_a_month_a_season_s_year_and_what_thirtyfive_to_thirtyeight_showed():
    thursday = datetime.date(2015, 8, 6)
    cases = (("جرت الزيارة في النصف الثاني من يوليو.", [("النصف الثاني من يوليو",
                                                          "--07-16/--07-31")]),
             ("في النصف الأول من شهر مارس 2015.", [("النصف الأول من شهر مارس 2015",
                                                     "2015-03-01/2015-03-15")]),
             ("احترف في موسم 2008 في نادي فينتفوريت.", [("2008", "2008")]),
             ("التي ستبدأ مطلع شهر ذى القعدة القادم.", [("ذى القعدة", "2015-08/2015-09")]),
             ("سجل الفرنك خلال تعاملات اليوم الخميس 0721ر1 مقابل اليورو.",
              [("الخميس", "2015-08-06")]))
    for text, expected in cases:
        assert [(d.text, d.value) for d in find_dates(text, published=thursday)] == expected, text


def test_what_the_hostile_recheck_of_round_9_tried():
    thursday = datetime.date(2016, 3, 10)
    # A meeting or a match named by its day is still to come; an incident is past.
    for text, value in (("يعقد مجلس الوزراء جلسة الأحد.", "2016-03-13"),
                        ("تنطلق مباراة الأحد في الثامنة.", "2016-03-13"),
                        ("يكشف الرئيس باراك اوباما الاثنين خطة.", "2016-03-14"),
                        ("تتواصل التحقيقات في حادث الاثنين.", "2016-03-07")):
        assert [d.value for d in find_dates(text, published=thursday)] == [value], text
    # Half a month of last year takes that year.
    found = find_dates("خلال النصف الثاني من يوليو الماضي.", context_year=2016,
                       published=thursday)
    assert [(d.value, d.year_inferred) for d in found] == [("2015-07-16/2015-07-31", True)]


def test_days_listed_with_wa_are_one_span_in_the_week_they_are_said_to_fall_in():
    saturday, friday, monday = (datetime.date(2015, 8, 1), datetime.date(2015, 8, 7),
                                datetime.date(2015, 8, 3))
    cases = (
        # A Saudi week runs from Sunday: next week begins the next Sunday, the week after
        # next seven days later, whatever the day of publication.
        ("ستحيي تنومة الأحد والاثنين في الأسبوع المقبل، يتبعها طريب الأحد والاثنين والأربعاء"
         " والخميس في الأسبوع بعد المقبل.", saturday,
         [("الأحد والاثنين", "2015-08-02/2015-08-03"),
          ("الأحد والاثنين والأربعاء والخميس", "2015-08-09/2015-08-13")]),
        ("ثم سراة عبيدة وطريب الأحد والاثنين والثلاثاء الأسبوع ما بعد المقبل.", friday,
         [("الأحد والاثنين والثلاثاء", "2015-08-16/2015-08-18")]),
        ("يجتمع المجلس الأربعاء من الأسبوع المقبل.", monday, [("الأربعاء", "2015-08-12")]),
        # Without a week named, the days are the nearest as before, and one span.
        ("قتل أربعة مدنيين بنيران هندية الأربعاء والخميس.", friday,
         [("الأربعاء والخميس", "2015-08-05/2015-08-06")]),
        ("موعد لقاء الفريقين الجمعة والسبت المقبلين في القدم والسلة.", monday,
         [("الجمعة والسبت المقبلين", "2015-08-07/2015-08-08")]),
        # A list the week after it ends places, whatever day it starts on (the hostile review).
        ("يبدأ المهرجان السبت والأحد والاثنين الأسبوع المقبل.", datetime.date(2015, 7, 21),
         [("السبت والأحد والاثنين", "2015-07-25/2015-07-27")]),
        # الماضية and المقبلة, as news writes them after a weekday too, are read whole.
        ("استهدفت قاعدة في كابول مساء الجمعة الماضية وفقا للناتو.", monday,
         [("الجمعة الماضية", "2015-07-31")]),
        # أن الاثنين before a word in the dual is "the two".
        ("لافتا إلى أن الاثنين معروفان بمحو الخطوط بين أعمالهما.", monday, []),
        # Days of different weeks are not one span.
        ("وصل الخميس الماضي ويغادر الخميس المقبل.", monday,
         [("الخميس الماضي", "2015-07-30"), ("الخميس المقبل", "2015-08-06")]))
    for text, published, expected in cases:
        assert [(d.text, d.value) for d in find_dates(text, published=published)] == expected, text


def test_ranges_of_hijri_days_and_what_thirtynine_to_fortytwo_showed():
    saturday = datetime.date(2015, 7, 25)
    cases = (
        # A range of Hijri days with حتى or a dash, written left to right or right to left.
        ("خلال الفترة من 9 حتى 17شوال 1436هـ.", [("9 حتى 17شوال 1436هـ",
                                                   "2015-07-25/2015-08-02")]),
        ("خلال الفترة 17-11 رمضان 1436هـ الموافق 28 يونيو– 4 يوليو 2015م.",
         [("17-11 رمضان 1436هـ", "2015-06-28/2015-07-04"),
          ("28 يونيو– 4 يوليو 2015م", "2015-06-28/2015-07-04")]),
        # Two days after من (تاريخ) and before إلى/حتى are one range, across months.
        ("خلال الفترة من 15 شوال إلى 25 من شهر ذي القعدة 1436هـ.",
         [("15 شوال إلى 25 من شهر ذي القعدة 1436هـ", "2015-07-31/2015-09-09")]),
        ("خلال الفترة من تاريخ 1 رمضان حتى 1 شوال بلغ عدد المركبات.",
         [("1 رمضان حتى 1 شوال", "2015-06-18/2015-07-17")]),
        # منذ شهر رجب: since; a year after الجاري belongs to the month.
        ("لم تتوقف الاستعدادات منذ شهر رجب الماضي.", [("رجب", "2015-04/2015-05")]),
        ("في عددها لشهر أغسطس الجاري 2015 والذي شمل 17 شركة.",
         [("شهر أغسطس الجاري 2015", "2015-08")]),
        # A year is no day: no range from a bare year (عام 1436هـ stays itself).
        ("بدأ الموسم لعام 1436هـ في بريدة.", [("عام 1436هـ", "2014/2015")]))
    for text, expected in cases:
        assert [(d.text, d.value) for d in find_dates(text, published=saturday)] == expected, text
    since = find_dates("لم تتوقف الاستعدادات منذ شهر رجب الماضي.", published=saturday)
    assert [d.qualifier for d in since] == ["since"]


def test_what_the_hostile_recheck_of_round_10_tried():
    tuesday = datetime.date(2015, 7, 21)
    cases = (
        # A count after الجاري is no year; a court's postponement from one day to another is
        # two days; a dash after a year's mark joins nothing; a list against its own order
        # with no week named is two days; a score before a Hijri month is no range.
        ("وسجلت الوزارة خلال شهر يوليو الجاري 1950 حالة إصابة.", [("شهر يوليو", "--07")]),
        ("وأرجأت المحكمة الجلسة من 15 شوال إلى 25 ذي القعدة 1436هـ.",
         [("15 شوال", "2015-07-31"), ("25 ذي القعدة 1436هـ", "2015-09-09")]),
        ("وقع الهجوم في 28 يونيو 2015م – 4 يوليو قتل.",
         [("28 يونيو 2015م", "2015-06-28"), ("4 يوليو", "--07-04")]),
        ("زار الوفد المدينة الاثنين والأحد الماضي.",
         [("الاثنين", "2015-07-20"), ("الأحد الماضي", "2015-07-19")]),
        ("وفاز الفريق 3-1 رمضان 1436هـ.", [("1 رمضان 1436", "2015-06-18")]))
    for text, expected in cases:
        assert [(d.text, d.value) for d in find_dates(text, published=tuesday)] == expected, text


def test_a_weekday_after_ala_an_or_lan_and_a_present_verb_is_to_come():
    thursday = datetime.date(2015, 8, 6)
    cases = (  # written for this test in the style of club news
        ("ومنح الجهاز الفني اللاعبين راحة لمدة يومين الأحد والاثنين على أن يستأنف الفريق "
         "تدريباته الثلاثاء.", [("الأحد والاثنين", "2015-08-09/2015-08-10"),
                               ("الثلاثاء", "2015-08-11")]),
        ("وحددت الإدارة موعد استقبال المستجدين، على أن يكون يوم السبت.",
         [("السبت", "2015-08-08")]),
        ("ووقع الطرفان الاتفاق الأحد على أن يبدأ تطبيقه لاحقا.", [("الأحد", "2015-08-02")]),
        ("وقال المدرب إن الحارس لن يلعب مباراة السبت.", [("السبت", "2015-08-08")]))
    for text, expected in cases:
        assert [(d.text, d.value) for d in find_dates(text, published=thursday)] == expected, text


def test_centuries_are_the_years_they_span_and_not_before_the_common_era():
    friday = datetime.date(2015, 8, 7)
    cases = (  # written for this test in the style of culture pages
        ("عاش المجتمع قلقا في القرنين الخامس عشر والسادس عشر.",
         [("القرنين الخامس عشر والسادس عشر", "1401/1600", None,
           "the 15th–16th centuries")]),
        ("كمأساة الأرمن مع بداية القرن العشرين.",
         [("بداية القرن العشرين", "1901/2000", "early", "the early 20th century")]),
        ("ترجع الوثيقة لنهايات القرن السابع.",
         [("نهايات القرن السابع", "0601/0700", "late", "the late 7th century")]),
        ("كان ذلك في القرن الـ19 وفي القرن الحادي والعشرين.",
         [("القرن الـ19", "1801/1900", None, "the 19th century"),
          ("القرن الحادي والعشرين", "2001/2100", None, "the 21st century")]),
        ("بنيت المدينة في القرن الثالث عشر قبل الميلاد.", []))
    for text, expected in cases:
        found = [(d.text, d.value, d.qualifier, d.english)
                 for d in find_dates(text, published=friday)]
        assert found == expected, text


def test_hijri_centuries_and_their_decades_are_the_gregorian_years_they_span():
    # Round 44's threehundredtwentytwo (a text on early Qur'an manuscripts) and its hostile
    # review (ثمانينيات القرن الرابع عشر الهجري was cut at الرابع); the other sentences written
    # for this test. The years are the Hijri ones' Gregorian span (201-300 AH: 816-913).
    friday = datetime.date(2015, 8, 7)
    cases = (
        ("اكتمل ظهوره في القرن الثالث الهجري!",
         [("القرن الثالث الهجري", "0816/0913", None, "the 3rd century AH (816–913)")]),
        ("يعود أقدمها للقرنين الثاني والثالث للهجرة.",
         [("للقرنين الثاني والثالث للهجرة", "0719/0913", None,
           "the 2nd–3rd centuries AH (719–913)")]),
        ("آيات وسور تعود لستينات القرن الهجري الأول.",
         [("ستينات القرن الهجري الأول", "0679/0689", None, "the 60s AH (679–689)")]),
        ("في النصف الثاني من القرن الثاني الهجري",
         [("النصف الثاني من القرن الثاني الهجري", "0768/0816", None,
           "the second half of the 2nd century AH (768–816)")]),
        ("في ثمانينيات القرن الرابع عشر الهجري كانت القرية",
         [("ثمانينيات القرن الرابع عشر الهجري", "1960/1970", None,
           "the 1380s AH (1960–1970)")]),
        ("نهاية الثمانينيات الهجرية",  # the decade named by its calendar alone
         [("نهاية الثمانينيات الهجرية", "1960/1970", "late", "the late 1380s AH (1960–1970)")]),
        ("منذ أواخر القرن الرابع عشر الهجري",  # one qualifier, as القرن التاسع عشر's
         [("أواخر القرن الرابع عشر الهجري", "1883/1980", "late",
           "the late 14th century AH (1883–1980)")]),
        ("في القرن السادس عشر الهجري", []),  # after 1500 AH: no century of the news
        ("في القرن الرابع عشر", [("القرن الرابع عشر", "1301/1400", None, "the 14th century")]))
    for text, expected in cases:
        found = [(d.text, d.value, d.qualifier, d.english)
                 for d in find_dates(text, published=friday)]
        assert found == expected, text


def test_a_month_compared_with_after_an_is_a_date():
    friday = datetime.date(2015, 8, 7)
    # Written for this test in the style of a commodities report.
    text = "وتراجع المؤشر 5.5 في المئة عن يونيو مسجلا أدنى مستوياته."
    assert [(d.text, d.value) for d in find_dates(text, published=friday)] == [("يونيو", "--06")]


def test_a_month_in_brackets_before_its_other_name_is_one_month():
    friday = datetime.date(2015, 8, 7)
    # Written for this test in the style of a wire report.
    text = "وأغلقت المصارف في 28 (يونيو) حزيران وفرضت قيودا."
    assert [(d.text, d.value) for d in find_dates(text, published=friday)] == [
        ("28 (يونيو) حزيران", "--06-28")]


def test_what_the_hostile_review_of_round_11_tried_on_dates():
    wednesday = datetime.date(2015, 8, 12)
    cases = (  # written for this test: stock wording after a past verb, matches already
        # played, Hijri centuries and millennia, Levantine months that are names, a frequency
        ("شدد الرئيس الثلاثاء على أن تكون الانتخابات نزيهة.", [("الثلاثاء", "2015-08-11")]),
        ("اتفق الطرفان يوم الأحد على أن يتم تسليم الأسرى.", [("الأحد", "2015-08-09")]),
        ("الوزير لم يقل الأحد إن المفاوضات لن تستمر.", [("الأحد", "2015-08-09")]),
        ("أصيب اللاعب في مباراة الأحد وسيغيب شهرا.", [("الأحد", "2015-08-09")]),
        # (a Hijri century is no Gregorian one; since round 45 its own Gregorian years)
        ("ازدهرت المدينة في القرن الرابع عشر الهجري.", [("القرن الرابع عشر الهجري", "1883/1980")]),
        ("بنيت في القرن الحادي عشر قبل ميلاد المسيح.", []),
        ("نحن في القرن الأول من الألفية الثالثة.", []),
        ("نقلا عن شباط قال الحزب. وتخلت رينو عن نيسان.", []),
        ("يفتح السوق أيام الخميس والجمعة من كل أسبوع.", []),
        ("ارتفع المؤشر منذ يونيو حتى يوليو 2015.", [("يونيو حتى يوليو 2015", "2015-06/2015-07")]),
        # and its re-check: عن before ابريل (not آب), لم before a verb that is no saying
        ("تراجع المؤشر 5 في المئة عن ابريل.", [("ابريل", "--04")]),
        ("لم يتبق أمام الوفد سوى الخميس على أن يغادر بعده.", [("الخميس", "2015-08-13")]))
    for text, expected in cases:
        assert [(d.text, d.value) for d in find_dates(text, published=wednesday)] == expected, text

def test_from_one_month_or_day_of_no_year_to_another_is_one_range():
    monday = datetime.date(2015, 8, 3)
    cases = (  # written for this test in the style of market and weather reports
        ("انخفض المؤشر منذ نهاية حزيران (يونيو) وحتى نهاية تموز (يوليو) بنسبة 2 في المائة.",
         [("نهاية حزيران (يونيو) وحتى نهاية تموز (يوليو)", "--06/--07", "late")]),
        ("كانت الفترة من أول حزيران (يونيو) حتى منتصف تموز (يوليو) الأكثر جفافا.",
         [("أول حزيران (يونيو) حتى منتصف تموز (يوليو)", "--06-01/--07", None)]),
        ("كانت الألعاب موجودة منذ عام 1930 حتى عام 1940.",
         [("عام 1930 حتى عام 1940", "1930/1940", None)]),
        ("أرجأ المنظمون الحفل من 5 يوليو إلى أغسطس.",
         [("5 يوليو", "--07-05", None), ("أغسطس", "--08", None)]),
        ("ضبط مواطن بحوزته 1982 حبة من حبوب الكبتاجون خلال 1947 جولة.", []))
    for text, expected in cases:
        found = [(d.text, d.value, d.qualifier) for d in find_dates(text, published=monday)]
        assert found == expected, text


def test_a_vowelled_poem_has_no_weekday_pegs():
    wednesday = datetime.date(2015, 7, 22)
    # Written for this test in the manner of a poem printed with its vowels.
    poem = ("كَأنَّ مَساءَ الثُّلاثاءِ مَرَّ وَلَمْ يَتَفَرَّسْ في راحَتَيْهِ نَهارُ الأحَدْ، "
            "يَقولُ لَهُ إنَّ ما بَيْنَنا يَوْمُ اثْنَيْنِ وَقَلْبٌ يَعُدُّ الخَميسَ.")
    assert find_dates(poem, published=wednesday) == []
    news = ("وقال الوزير الثلاثاء إن الاجتماع يعقد نهاية الأسبوع لبحث الملفات العالقة كلها. "
            "قال تعالى: ﴿إِنَّ اللَّهَ مَعَ الصَّابِرِينَ﴾")  # a verse in its brackets: still news
    assert [(d.text, d.value) for d in find_dates(news, published=wednesday)] == [
        ("الثلاثاء", "2015-07-21")]


def test_the_beginning_and_end_of_a_month_are_the_month():
    monday = datetime.date(2015, 8, 10)
    # Written for this test in the style of a market report.
    text = "وحدثت أكبر الانخفاضات في بداية ونهاية شهر يوليو، نتيجة للبيع."
    assert [(d.text, d.value, d.qualifier) for d in find_dates(text, published=monday)] == [
        ("بداية ونهاية شهر يوليو", "--07", None)]


def test_a_birth_year_after_mawalid_is_a_year_hijri_when_it_reads_so():
    saturday = datetime.date(2015, 8, 8)
    cases = (  # written for this test in the style of Saudi obituaries and profiles
        ("يذكر أن الشهيد من مواليد 1402بقرية الرهوة.", [("1402", "1981/1982")]),
        ("واللاعب من مواليد 1985 في جدة.", [("1985", "1985")]),
        ("وبلغ عدد المواليد 1420 طفلا.", []))  # a count of births
    for text, expected in cases:
        assert [(d.text, d.value) for d in find_dates(text, published=saturday)] == expected, text


def test_a_range_of_hijri_days_in_figures_with_one_year_at_its_end():
    friday = datetime.date(2015, 7, 24)
    cases = (  # written for this test in the style of a statistics notice
        ("خلال الفترة من 23 / 4 إلى 26 / 6 1436هـ. وبينت النتائج",
         [("23 / 4 إلى 26 / 6 1436هـ", "2015-02-12/2015-04-15")]),
        ("من 26/6 إلى 23/4/1436هـ", [("23/4/1436هـ", "2015-02-12")]))  # against its order
    for text, expected in cases:
        assert [(d.text, d.value) for d in find_dates(text, published=friday)] == expected, text


def test_a_hijri_date_before_a_dash_and_its_gregorian_equivalent():
    friday = datetime.date(2015, 7, 24)
    cases = (  # written for this test in the style of Saudi profiles
        ("ولد الأمير في الخامس من شوال 1354- 31 ديسمبر 1935 في الرياض.",
         [("الخامس من شوال 1354", "1935-12-31"), ("31 ديسمبر 1935", "1935-12-31")]),
        ("ومنذ تأسيسها في 16 رمضان عام 1395- 1975 والجمعية تعمل.",
         [("16 رمضان عام 1395", "1975-09-21"), ("1975", "1975")]),
        ("وعين وزيرا في عام 1382-1962.", [("عام 1382", "1962/1963"), ("1962", "1962")]),
        # Hijri years of a range: no Gregorian 1436, but a school year with or without its هـ
        ("للعام الدراسي 1436-1437 عبر الموقع.", [("1436-1437", "2014/2016")]),
        ("ابتداء من شوال 1436-10-05 للجميع.", []))  # a date in figures after its month
    for text, expected in cases:
        assert [(d.text, d.value) for d in find_dates(text, published=friday)] == expected, text


def test_a_day_joined_to_a_month_by_a_word_needs_min_to_be_a_range():
    friday = datetime.date(2015, 7, 24)
    cases = (  # written for this test in the style of a sports report
        ("وتقام البطولة في نسختها 31 حتى فبراير شباط 2016.", [("فبراير شباط 2016", "2016-02")]),
        ("والموافق 30إلى 31 يناير 2016م.", [("30إلى 31 يناير 2016م", "2016-01-30/2016-01-31")]),
        ("من 9 حتى 17 يوليو", [("من 9 حتى 17 يوليو", "--07-09/--07-17")]),
        ("في 5 و6 يوليو", [("5 و6 يوليو", "--07-05/--07-06")]))
    for text, expected in cases:
        assert [(d.text, d.value) for d in find_dates(text, published=friday)] == expected, text


def test_a_month_with_its_other_name_in_quotes_and_contests_named_by_their_year():
    friday = datetime.date(2015, 7, 24)
    cases = (  # written for this test in the style of a market report and a sports page
        ('وبلغت الصفقات 166 ألفا بنهاية تموز "يوليو" 2015، مقارنة بالعام الماضي.',
         [('نهاية تموز "يوليو" 2015', "2015-07", "late")]),
        ("خاض كأس العالم 2014 ثم بطولة كوبا أميركا 2015 مع المنتخب.",
         [("2014", "2014", None), ("2015", "2015", None)]),
        ("واستقبلت كوبا 1980 سائحا.", []),  # Cuba, a count
        ("وحققت بطولة آسيا 2019 نجاحا كبيرا.", [("2019", "2019", None)]),
        ("ظروف استضافة مونديالي 2018 في روسيا.", [("2018", "2018", None)]),
        ("وفاز في سباق 1500 متر.", []))
    for text, expected in cases:
        found = [(d.text, d.value, d.qualifier) for d in find_dates(text, published=friday)]
        assert found == expected, text


def test_a_weekday_after_scheduled_told_of_in_the_past_is_the_last_one():
    tuesday = datetime.date(2015, 8, 11)
    # Written for this test in the style of a local report (the hostile review's case).
    text = "وعقدت اللجنة اجتماعها المقرر الأحد برئاسة الأمير."
    assert [(d.text, d.value) for d in find_dates(text, published=tuesday)] == [
        ("الأحد", "2015-08-09")]
    text = "وكانت المباراة المقررة الأربعاء قد أقيمت بلا جمهور."  # was scheduled: the last one
    assert [(d.text, d.value) for d in find_dates(text, published=tuesday)] == [
        ("الأربعاء", "2015-08-05")]


def test_a_future_verb_with_an_object_pronoun_puts_its_weekday_ahead():
    tuesday = datetime.date(2015, 8, 11)
    # Written for this test in the style of a local report.
    text = "وقال المدرب إن المباراة سيلعبها الفريق يوم الخميس بلا جمهور."
    assert [(d.text, d.value) for d in find_dates(text, published=tuesday)] == [
        ("الخميس", "2015-08-13")]


def test_a_hijri_date_written_year_first_without_its_mark_after_a_word_of_date():
    friday = datetime.date(2015, 7, 24)
    cases = (  # written for this test in the style of an official notice
        ("ويبدأ العمل اعتبارا من تاريخ 1436/11/8 وذلك للمعاينة.", [("1436/11/8", "2015-08-23")]),
        ("وصدر القرار رقم 1436/11/8 أمس.", []),  # a reference number
        ("وينتهي التسجيل في 1436/10/15هـ.", [("1436/10/15هـ", "2015-07-31")]))
    for text, expected in cases:
        assert [(d.text, d.value) for d in find_dates(text, published=friday)] == expected, text


def test_a_day_and_its_month_in_brackets():
    friday = datetime.date(2015, 7, 24)
    # Written for this test in the style of a sports page.
    text = "وتقام مباراة السوبر في الـ 12 (أغسطس) المقبل في لندن."
    assert [(d.text, d.value) for d in find_dates(text, published=friday)] == [
        ("12 (أغسطس)", "--08-12")]


def test_fiscal_and_earlier_years_a_gregorian_year_after_a_hijri_one_and_the_first_day():
    friday = datetime.date(2015, 7, 24)
    cases = (  # written for this test in the style of financial and historical reports
        ("وبلغ عدد المتقاعدين حتى نهاية العام المالي 2013 نحو 617 ألفا.",
         [("نهاية العام المالي 2013", "2013", "late")]),
        ("مقارنة بالفترة المماثلة من العام السابق 2014 والتي بلغت 21 مليارا.",
         [("العام السابق 2014", "2014", None)]),
        ('ونشر عدد من جريدة "أم القرى" عام 1351هـ/ 1932 خبرا.',
         [("عام 1351هـ", "1932/1933", None), ("1932", "1932", None)]),
        ("وتنطلق العملية الانتخابية في أول يوم من ذي القعدة المقبل.",
         [("أول يوم من ذي القعدة", "2015-08-16", None)]),
        ("وقف لإطلاق النار من الساعة 11.59 (2059 بتوقيت جرينتش).", []),  # a time
        ("وقالت اللجنة المنظمة لكأس العالم لكرة القدم 2018 إن الملاعب جاهزة.",
         [("2018", "2018", None)]))
    for text, expected in cases:
        found = [(d.text, d.value, d.qualifier) for d in find_dates(text, published=friday)]
        assert found == expected, text


def test_a_half_or_quarter_of_a_year_with_its_year_alone():
    thursday = datetime.date(2015, 8, 6)
    cases = (  # written for this test in the style of a market report
        ("أما باحتساب نتائج الشركات للنصف الأول 2015 فإن المكرر يرتفع.",
         [("للنصف الأول 2015", "2015-01/2015-06")]),
        ("وأوصت بتوزيع أرباح عن الربع الثاني 2015م.", [("الربع الثاني 2015م", "2015-04/2015-06")]),
        ("نتائج الربع الأول 2014/15 للشركة.", []))  # a fiscal year over two
    for text, expected in cases:
        assert [(d.text, d.value) for d in find_dates(text, published=thursday)] == expected, text


def test_a_hijri_day_or_month_whose_year_publication_gave_is_flagged():
    thursday = datetime.date(2015, 8, 20)
    for text, value in (("في أول يوم من ذي القعدة", "2015-08-16"), ("في 20 رمضان", "2015-07-07"),
                        ("خلال شهر رمضان", "2015-06/2015-07")):
        found = find_dates(text, published=thursday)
        assert [(d.value, d.year_inferred) for d in found] == [(value, True)], text
    found = find_dates("في 20 رمضان 1436هـ", published=thursday)  # its year written
    assert [(d.value, d.year_inferred) for d in found] == [("2015-07-07", False)]



def test_what_the_round_12_hostile_review_found():
    tuesday = datetime.date(2015, 7, 21)
    cases = (  # written for this test in the review's words
        ("افتتح المشروع في عام 2015 / 1436هـ", [("عام 2015", "2015"), ("1436هـ", "2014/2015")]),
        ("وسجل الربع الأول 2000 مخالفة مرورية", []),
        ("وبلغت مبيعات النصف الأول 1999 ريالا", []),
        ("خلال الفترة 5 إلى 9 يوليو", [("5 إلى 9 يوليو", "--07-05/--07-09")]),
        ("وقال مسؤول في (نيسان) إن الشركة", []),
        ("المركز 3 (نيسان)", []),
        ("شوال 1430- 1987 نسخة مطبوعة", [("شوال 1430", "2009-09/2009-10")]),
        ("وسجلت المبيعات خلال الربع الثاني 2015 نموا ملحوظا.",
         [("الربع الثاني 2015", "2015-04/2015-06")]),
        ("ويتسع الملعب لما بين 1400 - 2000 متفرج", []),
        ("نسخة جديدة وزعت منها 1950 على المدارس", []))
    for text, expected in cases:
        assert [(d.text, d.value) for d in find_dates(text, published=tuesday)] == expected, text


def _read(text, published=datetime.date(2015, 7, 24)):
    return [(d.text, d.value, d.qualifier) for d in find_dates(text, published=published)]


def test_a_day_and_month_in_figures_without_a_year():
    # Written for this test in the style of Saudi notices. After a weekday the one reading
    # (day or month first, Hijri or Gregorian) near publication that falls on it: 17 Shawwal
    # 1436 is Sunday 2 August 2015; days that follow one another, each after its weekday,
    # are one range.
    assert _read("تبدأ المقابلات يوم الأحد 10/17 والاثنين 10/18 في مقر الإدارة") == [
        ("10/17 والاثنين 10/18", "2015-08-02/2015-08-03", None)]
    assert _read("تبدأ المقابلات يوم الأحد 17/10 في مقر الإدارة") == [
        ("17/10", "2015-08-02", None)]
    # After a word announcing a date, in a text that writes its Hijri year: day first, Hijri
    assert _read("ويقام المعرض خلال الفترة ١٧/ ١٠ إلى ٢٦ / ١٠ من هذا العام ١٤٣٦هـ")[0] == (
        "١٧/ ١٠ إلى ٢٦ / ١٠", "2015-08-02/2015-08-11", None)
    assert _read("وتقام الحملة في الفترة من الإثنين 11/9 إلى الأحد 15/11/1436هـ في المول") == [
        ("11/9 إلى الأحد 15/11/1436هـ", "2015-08-24/2015-08-30", None)]
    # No reading, or no cue: no date
    assert _read("يوم الأحد 3/4 في الملعب") == []
    assert _read("فاز الفريق 2/1 مساء الجمعة") == [("الجمعة", "2015-07-24", None)]
    assert _read("بنسبة 24/7 في العام 1436هـ") == [("العام 1436هـ", "2014/2015", None)]
    assert _read("الفترة 3/4 إلى 5/6 دون ذكر السنة") == []  # no Hijri year in the text
    # Days with their year listed after their weekdays stay three dates
    assert [v for _, v, _ in _read("يوم الأحد 10-10-1436هـ والاثنين 11-10-1436هـ")] == [
        "2015-07-26", "2015-07-27"]


def test_the_first_months_of_a_hijri_year_a_backslash_and_festival_years():
    assert _read("خلال الـ 9 أشهر الأولى من العام الجاري 1436هـ ارتفعت") == [
        ("الـ 9 أشهر الأولى من العام الجاري 1436هـ", "2014-10/2015-07", None)]
    assert _read("في الأشهر الستة الأولى من عام 1436هـ") == [
        ("الأشهر الستة الأولى من عام 1436هـ", "2014-10/2015-04", None)]
    assert _read("وقعت الحادثة في شباط\\فبراير 2014 قرب الحدود") == [
        ("شباط\\فبراير 2014", "2014-02", None)]
    # a year in a festival's name is no date (eighteen's convention); a season's year is,
    # the Gregorian season inside that Hijri year (onehundredthirtyfour's gold; until round
    # 29 the Hijri year alone)
    assert _read("ضمن فعاليات مهرجان صيف الباحة 1436هـ وعيد وصيف الشرقية 1436هـ") == []
    assert _read("كان صيف 1436هـ حارا") == [("صيف 1436هـ", "2015", "summer")]


def test_since_reaches_a_season_not_a_start_and_years_after_the_same_period():
    # منذ and a noun before the year: since the founding or the discovery, the year its own
    # (two gold sets so, one the other way: منذ بداية عمله 1997م)
    assert _read("تنشط الجماعة منذ تأسيسها في عام 2000.") == [("عام 2000", "2000", None)]
    assert _read("انتشر منذ بدء اكتشافه عام 2012 .") == [("عام 2012", "2012", None)]
    assert _read("الغائب عنه منذ موسم 2008 /2009 .") == [("2008 /2009", "2008/2009", "since")]
    assert _read("مراجعي حسابات الشركة للعامين 2015 و2016 والربع") == [
        ("لعامين 2015 و2016", "2015/2016", None)]
    assert _read("يرد الجيش منذ 2012 كلما أطلقت النار") == [("2012", "2012", "since")]
    assert _read("ارتفعت بنسبة 5% عن الفترة نفسها من 2014 حين") == [("2014", "2014", None)]


def test_weekdays_beside_names_and_verbs_of_the_future():
    tuesday = datetime.date(2015, 8, 4)
    # no family is named الثلاثاء: a name and the day; الخميس after a given name is a family
    assert _read("وينتظر أن يغادر عبدالغني الثلاثاء إلى لندن", tuesday) == [
        ("الثلاثاء", "2015-08-04", None)]
    assert _read("وقال عبدالعزيز الخميس إن الفريق جاهز", tuesday) == []
    # a verb with س- that opens a clause or follows الذي, and is no noun: ahead
    assert _read("وستلتئم المحكمة الخميس لمواصلة المحاكمة", tuesday) == [
        ("الخميس", "2015-08-06", None)]
    assert _read("المشروع الذي سيدشنه الأمير يوم الخميس يعد الأكبر", tuesday) == [
        ("الخميس", "2015-08-06", None)]
    assert _read("سيارة الإسعاف وصلت الخميس إلى الموقع", tuesday) == [
        ("الخميس", "2015-07-30", None)]


def test_a_range_of_hijri_days_month_first_or_from_a_bare_day():
    monday = datetime.date(2015, 8, 3)
    # no month 25: the only reading is month first (25 - 29 Shawwal 1436)
    assert _read("يقام الملتقى خلال الفترة ما بين 10 / 25 وحتى 10 / 29 من العام 1436هـ، حيث",
                 monday)[0] == ("10 / 25 وحتى 10 / 29", "2015-08-10/2015-08-14", None)
    assert _read("يستقبل الطلبات من تاريخ 5 إلى 15/ 11/ 1436هـ خلال الدوام", monday) == [
        ("5 إلى 15/ 11/ 1436هـ", "2015-08-20/2015-08-30", None)]


def test_a_range_to_the_end_of_a_working_day_and_weekdays_as_a_habit():
    monday = datetime.date(2015, 8, 10)
    assert _read("المراجعة ابتداءً من يوم الثلاثاء 26- 10- 1436هـ, حتى نهاية دوام يوم الأحد "
                 "1- 11-1436هـ لاستكمال المطابقة", monday) == [
        ("26- 10- 1436هـ, حتى نهاية دوام يوم الأحد 1- 11-1436هـ", "2015-08-11/2015-08-16", None)]
    assert _read("يكون المطعم مزدحما مساء أيام الجمعة ولذلك", monday) == []
    assert [v for _, v, _ in _read("وحددت أيام الأحد والاثنين للمراجعة", monday)] == [
        "2015-08-09/2015-08-10"]


def test_weekdays_that_follow_one_another_listed_with_commas_are_one_range():
    tuesday = datetime.date(2015, 8, 11)
    assert _read("انطلقت العروض أمس ولمدة ثلاثة أيام الإثنين، الثلاثاء، الأربعاء، في المول",
                 tuesday) == [("الإثنين، الثلاثاء، الأربعاء", "2015-08-10/2015-08-12", None)]
    # not one after another: each its own day
    assert len(_read("تقام المباريات أيام الخميس، السبت، الاثنين", tuesday)) == 3


def test_yearless_ranges_with_a_dash_or_from_one_day_to_another():
    friday = datetime.date(2015, 7, 24)
    assert _read("يقام المعرض خلال الفترة 10/20 - 10/25 من العام الجاري 1436هـ", friday)[0] == (
        "10/20 - 10/25", "2015-08-05/2015-08-10", None)
    assert _read("في الفترة من 20 إلى 25 شوال", friday) == [
        ("20 إلى 25 شوال", "2015-08-05/2015-08-10", None)]
    assert _read("فاز بنتيجة 3 إلى 2 رمضان", friday) == [("2 رمضان", "2015-06-19", None)]


@pytest.mark.parametrize("text", [  # hostile review: fractions, scores, Gregorian days
    "ارتفعت الحصة من 1/8 إلى 3/8 من السوق، وبلغ السعر 1450 ريالا.",
    "وافق أكثر من 2/3 من الأعضاء على الميزانية في 1436هـ",
    "وصلت نسبة الإنجاز حتى 9/10 من المشروع في عام 1436هـ",
    "فاز الهلال على النصر الخميس 2/1 في الدوري.",
    "صلاة الجمعة 3/1 في المسجد",
    "تبدأ الإجازة من 16/7 حتى 20/7 بعد انتهاء شهر رمضان المبارك.",
    "التسجيل يبدأ بتاريخ 2/8 ويستمر حتى 20/8، بحسب التقويم الميلادي، للعام 1436هـ.",
    "ارتفع المؤشر الثلاثاء 10/12 ٪ في التداولات",
])
def test_no_yearless_figures_read_as_a_date_where_they_are_something_else(text):
    found = _read(text, datetime.date(2015, 7, 28))
    assert not any("/" in span and not span.endswith(("هـ", "1436")) for span, _, _ in found), (
        found)


def test_a_yearless_range_takes_a_hijri_year_written_after_it():
    assert _read("الفترة 1/1 إلى 3/1 في عام 1436هـ", datetime.date(2015, 7, 28))[0] == (
        "1/1 إلى 3/1", "2014-10-25/2014-10-27", None)


def test_hostile_edges_of_the_rounds_forms():
    tuesday = datetime.date(2015, 8, 4)
    assert _read("انطلق المهرجان في 1436هـ", tuesday) == [("1436هـ", "2014/2015", None)]
    assert _read("وزنه 900 هـ واشترى 1600 ه من الأسهم", tuesday) == []
    assert _read("سنة 676هـ", tuesday) == [("سنة 676هـ", "1277/1278", None)]
    assert _read("ينطلق المعرض قبل أيام الخميس الماضي", tuesday) == [
        ("الخميس الماضي", "2015-07-30", None)]
    assert [v for _, v, _ in _read("خلال سنتين 1990 و2010", tuesday)] == ["1990", "2010"]
    assert _read("وارتفع عدد المصابين من 3 إلى 7/11/1436هـ", tuesday) == [
        ("7/11/1436هـ", "2015-08-22", None)]
    assert _read("العام الدراسي 1436/1437م", tuesday) == []
    assert _read("ستيفن جيرارد سجل الخميس هدفا", tuesday) == [("الخميس", "2015-07-30", None)]


def test_a_yearless_range_reads_both_ends_in_one_order():
    # hostile re-check: 10/12 إلى 10/20 is month first at both ends (20 can be no month)
    for text in ("خلال الفترة من 10/12 إلى 10/20 لعام ١٤٣٦هـ",
                 "خلال الفترة 10/12 - 10/20 في عام ١٤٣٦هـ",
                 "الفترة 12/10 إلى 20/10 لعام ١٤٣٦هـ"):
        assert _read(text, datetime.date(2015, 7, 28))[0][1] == "2015-07-28/2015-08-05", text
    # a Gregorian year written with its م: the figures are no Hijri day
    assert [v for _, v, _ in _read("بتاريخ 10/12 في عام 1436هـ الموافق 2015م",
                                   datetime.date(2015, 7, 28))] == ["2014/2015", "2015"]


def test_days_listed_with_wa_are_one_range_and_their_weekdays_go_with_them():
    # Written for this test in the style of Saudi notices.
    saturday = datetime.date(2015, 8, 1)
    assert _read("في يومي الأربعاء والخميس الموافق 20 و21 شوال، ويشارك", saturday) == [
        ("20 و21 شوال", "2015-08-05/2015-08-06", None)]
    assert _read("وحددت الكلية أيام الثلاثاء والأربعاء والخميس 12 و13 و14 شوال الجاري",
                 saturday) == [("12 و13 و14 شوال", "2015-07-28/2015-07-30", None)]
    assert _read("يومي 20 و21 شوال 1436هـ", saturday) == [
        ("20 و21 شوال 1436هـ", "2015-08-05/2015-08-06", None)]
    assert _read("تقام في 12 و13 و14 أغسطس", saturday) == [
        ("12 و13 و14 أغسطس", "--08-12/--08-14", None)]
    # weekdays listed with no date after them stay a range of their own
    assert _read("وصل الوفد الأربعاء والخميس الماضيين", saturday)[0][1] == (
        "2015-07-29/2015-07-30")


def test_a_weekday_a_week_before_the_last_or_after_the_next():
    thursday = datetime.date(2015, 8, 6)
    assert _read("انعقد المؤتمر الخميس قبل الماضي في الرياض", thursday) == [
        ("الخميس قبل الماضي", "2015-07-23", None)]
    assert _read("تقام المباراة الأحد بعد المقبل", thursday) == [
        ("الأحد بعد المقبل", "2015-08-16", None)]
    assert _read("تقام المباراة الأحد المقبل", thursday) == [("الأحد المقبل", "2015-08-09", None)]


def test_min_before_a_past_month_with_no_end_is_since_and_bayna_am_opens_a_range():
    # round 14's held-out sets, development data since (fiftyfive, fiftysix)
    saturday = datetime.date(2015, 8, 1)
    assert _read("اللاعب الغائب عن الملاعب من أبريل الماضي بسبب الإصابة", saturday) == [
        ("أبريل", "--04", "since")]
    assert _read("ارتفعت الأسعار من أبريل الماضي إلى يوليو الجاري", saturday)[0][2] is None
    assert _read("اعتبارا من أبريل الماضي بدأ العمل", saturday)[0][2] is None
    assert _read("في فترة سابقة من حزيران (يونيو) الفائت", saturday)[0][2] is None
    assert _read("ما بين عام 8 يونيو 1998 ولغاية 2 يونيو 2015", saturday) == [
        ("بين عام 8 يونيو 1998 ولغاية 2 يونيو 2015", "1998-06-08/2015-06-02", None)]


def test_a_range_from_a_weekday_to_a_date_puts_the_weekday_before_its_end():
    # round 14's held-out fiftyseven, development data since
    sunday = datetime.date(2015, 8, 2)
    assert _read("ابتداء من يوم الأحد المقبل حتى الثلاثاء 19شوال", sunday) == [
        ("الأحد المقبل حتى الثلاثاء 19شوال", "2015-08-02/2015-08-04", None)]


def test_a_weekday_and_a_day_of_this_month_is_that_weekday():
    # round 14's held-out fiftyeight, development data since: 26 Shawwal 1436 is Tuesday 11
    # August; 26 August 2015 is a Wednesday
    tuesday = datetime.date(2015, 8, 4)
    assert _read("يوم الثلاثاء 26 الشهر الجاري «برنامج التأصيل»", tuesday) == [
        ("الثلاثاء", "2015-08-11", None)]
    assert _read("يوم الأربعاء 26 من الشهر الجاري", tuesday) == [
        ("الأربعاء", "2015-08-26", None)]
    assert _read("يوم الخميس 26 الشهر الجاري", tuesday) == []  # no reading falls on it
    assert _read("يوم الثلاثاء 26 الشهر الجاري", datetime.date(1800, 1, 7)) == []
    # the day of the month with the article (round 26's new-user review): 28 Shawwal 1436
    thursday = datetime.date(2015, 8, 6)
    for text in ("يختتم البرنامج يوم الخميس ال 28 من الشهر الجاري بورشة عمل",
                 "يختتم البرنامج يوم الخميس الـ 28 من الشهر الجاري", "الخميس الـ28 الجاري"):
        assert _read(text, thursday) == [("الخميس", "2015-08-13", None)], text


def test_friday_sermons_in_the_plural_are_no_date():
    assert _read("بتوزيع (موسوعة خطب الجمعة) على خطباء الجوامع", datetime.date(2015, 7, 20)) == []


def test_days_each_after_its_weekday_are_one_range():
    # new-user review: the first day was lost
    saturday = datetime.date(2015, 8, 1)
    assert _read("ويقام الحفل يوم الثلاثاء 11 والأربعاء 12 أغسطس.", saturday) == [
        ("11 والأربعاء 12 أغسطس", "--08-11/--08-12", None)]


def test_days_listed_with_a_gap_are_no_range():
    # new-user review: أيام 5 و6 و8 أغسطس covered the 7th; each day its own date since round
    # 23 (ninetyone's 27 و31 يوليو), a Hijri month's days too
    saturday = datetime.date(2015, 8, 1)
    assert _read("أيام 5 و6 و8 أغسطس", saturday) == [
        ("5", "--08-05", None), ("6", "--08-06", None), ("8 أغسطس", "--08-08", None)]
    assert _read("أيام 5 و6 و8 شوال 1436هـ", saturday) == [
        ("5", "2015-07-21", None), ("6", "2015-07-22", None),
        ("8 شوال 1436هـ", "2015-07-24", None)]
    assert _read("أيام 5 و6 و8 شوال", saturday)[-1] == ("8 شوال", "2015-07-24", None)


def test_hostile_edges_of_days_listed_with_wa():
    saturday = datetime.date(2015, 8, 1)
    assert _read("في 3 و21 شوال", saturday) == [  # two days
        ("3", "2015-07-19", None), ("21 شوال", "2015-08-06", None)]
    assert _read("بين 5 و20 أغسطس", saturday)[0][1] == "--08-05/--08-20"  # بين: a range
    # a weekday list before a count keeps its weekdays (not swallowed by the figures)
    assert _read("ونفذ التحالف يومي السبت والأحد 40 غارة", saturday)[0][:2] == (
        "السبت والأحد", "2015-07-25/2015-07-26")


def test_bayna_before_days_or_weekdays_opens_a_range():
    # hostile re-check
    saturday = datetime.date(2015, 8, 1)
    assert _read("ودارت المعارك بين يومي 2 و5 أغسطس.", saturday)[0][1] == "--08-02/--08-05"
    assert _read("وتمتد فترة التسجيل بين الأحد 9 والخميس 13 أغسطس.", saturday)[0][1] == (
        "--08-09/--08-13")


def test_the_days_of_a_programme_follow_the_day_it_opens():
    # Written for this test after fiftyeight's notice: a programme opening Tuesday 26 Shawwal
    # (11 August 2015) goes on that week, not the week of publication (Sunday 2 August).
    sunday = datetime.date(2015, 8, 2)
    text = ("تنظم الوزارة يوم الثلاثاء 26 الشهر الجاري برنامجا لمدة ثلاثة أيام. وأوضح أن البرنامج "
            "سينطلق بمحاضرة، وفي يوم الأربعاء تنظم محاضرتان، ويختتم البرنامج يوم الخميس بمحاضرتين.")
    assert [value for _, value, _ in _read(text, sunday)] == [
        "2015-08-11", "2015-08-12", "2015-08-13"]
    # A day six days after a day written out is another matter: the coming Tuesday.
    text = ("سينضم اللاعب إلى الفريق في 22 يوليو 2015، وسيخوض فريقه الثلاثاء مباراة الإياب.")
    assert _read(text, datetime.date(2015, 7, 20))[-1][1] == "2015-07-21"


def test_a_weekday_near_an_other_day_written_out_keeps_its_own_week():
    # The hostile review's cases: a past weekday after a date of the same weekday weeks
    # before, a weekday to come after a day that opens no days, a scheduled event told of in
    # the past after a verb of intent.
    sunday = datetime.date(2015, 8, 2)
    for text, value in (
            ("وكان التفجير وقع يوم 26 يونيو 2015. وأعلنت الوزارة يوم الجمعة القبض على خلية.",
             "2015-07-31"),
            ("وحل عيد الفطر يوم 1 شوال 1436هـ. وقالت الشرطة الجمعة إنها ضبطت المتهمين.",
             "2015-07-31"),
            ("ويفتتح المعرض يوم الثلاثاء 26 الشهر الجاري. ويلتقي الهلال النصر الأربعاء في "
             "الجولة الأولى.", "2015-08-05"),
            # the re-check's: a length in another sentence, after the weekday, or too short
            ("تنطلق يوم الثلاثاء 18 الشهر الجاري فعاليات المهرجان. وكان الوزير قد زار المنطقة "
             "لمدة ثلاثة أيام. ويلتقي الهلال مع النصر يوم الخميس.", "2015-08-06"),
            ("يبدأ يوم الثلاثاء 18 الشهر الجاري تنفيذ الحكم. وأكد أن المنتخب سيغادر الأربعاء "
             "إلى الدوحة لمدة ثلاثة أيام.", "2015-08-05"),
            ("تنطلق يوم الثلاثاء 18 الشهر الجاري ولمدة يومين فعاليات الملتقى، فيما يبدأ "
             "التسجيل الخميس.", "2015-08-06"),
            # the latest day that opens days is the one before the weekday
            ("يبدأ المعسكر يوم الثلاثاء 11 الشهر الجاري ولمدة ثلاثة أيام. ويفتتح المؤتمر في 25 "
             "أغسطس 2015 ولمدة ثلاثة أيام، ويختتم أعماله الخميس.", "2015-08-27"),
            ("وحرص سمو الأمير على حضور حفل التخرج المقرر الأربعاء، وسلم الخريجين شهاداتهم.",
             "2015-07-29")):
        assert _read(text, sunday)[-1][1] == value, text


def test_a_weekday_before_next_or_last_is_a_date_after_a_given_name():
    # round 15's held-out sixtyone and sixtytwo, read after their scoring
    friday = datetime.date(2015, 8, 7)
    assert _read("بمشاركة الفنان رابح صقر السبت المقبل.", friday) == [
        ("السبت المقبل", "2015-08-08", None)]
    assert _read("وقال الكاتب عبدالعزيز الخميس إن", friday) == []


def test_a_count_of_months_written_with_ha():
    assert _read("خلال السته أشهر الأولى من العام الجاري 2015 مقارنة",
                 datetime.date(2015, 7, 23)) == [
        ("السته أشهر الأولى من العام الجاري 2015", "2015-01/2015-06", None)]


def test_many_weekdays_in_one_paragraph_read_alike():
    # The hostile review's one-paragraph file: each weekday looked back to the text's start
    # for غدا (now found once, by bisection; timed by hand, 400 KB in 1.8 s against 29 s).
    # Here: every repetition of the sentence still reads as the first does.
    sentence = ("ويفتتح المعرض غدا الثلاثاء ولمدة ثلاثة أيام. وفي يوم الأربعاء تنظم محاضرة، "
                "والخميس ندوة. ")
    found = find_dates(sentence * 200, published=datetime.date(2015, 8, 2))
    first = [d.value for d in find_dates(sentence, published=datetime.date(2015, 8, 2))]
    assert len(first) == 3 and [d.value for d in found] == first * 200


def test_a_range_from_a_day_to_the_end_of_a_month():
    # sixty's sn-05786, read after its scoring
    thursday = datetime.date(2015, 7, 23)
    text = "في الفترة الممتدة من الأول من شهر يناير 2015 وحتى نهاية شهر يونيو الماضي."
    assert [value for _, value, _ in _read(text, thursday)] == ["2015-01-01/2015-06-30"]
    assert _read("وارتفعت الأسعار حتى نهاية يونيو.", thursday) == [("نهاية يونيو", "--06", "late")]
    assert "2015-01-01/2015-06-30" not in [value for _, value, _ in _read(
        "من 1 يناير 2015 حتى نهاية يونيو من العام المقبل.", thursday)]  # another year's June


def test_a_year_after_a_listed_place_is_its_events_year():
    # sixty's sn-10286, read after its scoring
    found = _read("مقاعد المونديال في نسختيه المقبلتين في روسيا 2018 وقطر 2022 مثلما كان.",
                  datetime.date(2015, 7, 26))
    assert [value for _, value, _ in found] == ["2018", "2022"]
    for count in ("وبلغ عدد السكان في الرياض 2015 نسمة.", "وبلغ مؤشر سوق دبي 1980 نقطة.",
                  "قرار مجلس الأمن بشأن ليبيا 1973 الذي أجاز التدخل.",
                  "وحضر المباراة بالرياض 2000 مشجع."):  # the re-check's: no event before
        assert _read(count, datetime.date(2015, 7, 26)) == [], count


def test_spellings_of_a_weekday_in_ha_and_of_hatta_in_ya():
    # Written for this test after round 16's held-out scoring (sixtythree, sixtyfive).
    friday = datetime.date(2015, 7, 31)
    assert _read("تفتتح مساء اليوم الجمعه بطولة صيف الشرقية.", friday) == [
        ("الجمعه", "2015-07-31", None)]
    assert _read("بدءا من كانون ثان/يناير وحتي حزيران/يونيو الماضي تجاوز المتوسط.", friday) == [
        ("من كانون ثان/يناير وحتي حزيران/يونيو", "--01/--06", None)]
    assert _read("وقال محمد الجمعه إن الفريق جاهز.", friday) == []  # a family name


def test_a_month_after_a_noun_in_construct_and_in_brackets_before_a_relative_word():
    # Written for this test after round 16's sets became development data.
    for text, value in (("وقال إن قراءة يوليو للمؤشر تعد الأدنى.", "--07"),
                        ("وارتفعت مبيعات أغسطس بنسبة 5%.", "--08"),
                        ("لزراعة محصول الحبوب في (اكتوبر) المقبل.", "--10")):
        assert [d.value for d in find_dates(text)] == [value], text
    # A Levantine month in brackets is still a name (نيسان, Nissan), and a day wants a month
    for text in ("في (نيسان) المقبل.", "وعقد الاجتماع في المدينة أمس."):
        assert find_dates(text) == [], text


def test_hijri_days_in_figures_with_dashes_and_no_decade_of_degrees():
    # Written for this test after round 17's held-out scoring (development data since).
    for text, value in (("تقام خلال الفترة من 20 – 30 /10/1436هـ، كما", "2015-08-05/2015-08-15"),
                        ("خلال الفترة 29 – 30 / 10 / 1436 هـ، داعيا", "2015-08-14/2015-08-15"),
                        ("المعلنة بتاريخ 4 – 9 - 1436هـ ويمثلن", "2015-06-21")):
        assert [d.value for d in find_dates(text)] == [value], text
    assert find_dates("وترتفع درجات الحرارة وتستمر معدلاتها في الخمسينات بالأحساء.") == []
    assert [d.value for d in find_dates("ولد في الخمسينات من القرن الماضي.")] == ["1950/1959"]


def test_a_day_and_month_across_the_year_s_end_from_the_publication():
    # What round 17's hostile review found: the paper's year, whatever the distance.
    cases = (("وقع الحادث الخميس 31 ديسمبر.", datetime.date(2016, 1, 2), "2015-12-31"),
             ("ويعقد الاجتماع الأحد 3 يناير.", datetime.date(2015, 12, 31), "2016-01-03"),
             ("ويعقد الاجتماع في 30 ديسمبر.", datetime.date(2015, 8, 2), "2015-12-30"))
    for text, published, value in cases:
        found = find_dates(text, published.year, published=published)
        assert [d.value for d in found] == [value], text
        assert found[0].year_inferred


def test_lebanon_s_blocs_named_after_a_day_are_no_dates():
    # What round 17's new-user review found; written for this test.
    for text in ("وقال مرشح فريق «8 مارس» للرئاسة إن.", "وقالت قوى 14 آذار إن الحكومة عاجزة."):
        assert find_dates(text) == [], text
    assert [d.value for d in find_dates("ووصل فريق الهلال في 8 مارس.")] == ["--03-08"]


def test_dashed_hijri_days_after_the_two_days_and_a_bracketed_month_after_shahr():
    # Written for this test after round 17's development reading and hostile review.
    for text, value in (("ويقام الحفل يومي 24-25/10/1436هـ في الرياض.", "2015-08-09/2015-08-10"),
                        ("وتقام العروض، ويومي 24-25/10/1436هـ أيضا.", "2015-08-09/2015-08-10"),
                        ("وتقام الفعاليات أيام 20 - 22 /10/1436هـ في الحديقة.",
                         "2015-08-05/2015-08-07"),
                        ("وفي شهر (نيسان) 2015 وقع الحادث.", "2015-04")):
        assert [d.value for d in find_dates(text)] == [value], text
    assert [d.value for d in find_dates("عدد المصابين من 3 إلى 7/11/1436هـ.")] == ["2015-08-22"]


def test_a_hijri_timetable_and_ranges_of_full_hijri_dates():
    # Written for this test after reading round 17's sets (development data since).
    found = find_dates("الاثنين 1436/10/25-24 العلوم الإسلامية، الثلاثاء 1436/10/26 اللغة "
                       "العربية.")
    assert [d.value for d in found if d.text.startswith("1436")] == [
        "2015-08-09/2015-08-10", "2015-08-11"]
    assert [d.value for d in find_dates("المعلنة بتاريخ 4 – 9 - 1436هـ إلى 15- 9 - 1436هـ، "
                                        "ويمثلن")] == ["2015-06-21/2015-07-02"]
    text = ("وذلك ابتداء من يوم الأحد القادم الموافق 24- 10 - 1436هـ وحتى نهاية دوام يوم "
            "الثلاثاء الموافق 3 – 11 - 1436هـ، خلال فترة الدوام.")
    assert "2015-08-09/2015-08-18" in [d.value for d in find_dates(text)]
    assert find_dates("صدر القرار رقم 1436/11/8 بشأن التعيين.") == []
    assert find_dates("صدر القرار رقم 1436/10/5-25 بشأن التعيين.") == []


def test_a_month_s_name_between_slashes_a_hijri_year_before_its_gregorian_and_since_a_month():
    # Round 18's held-out sets, read after their scoring, and its new-user review; sentences
    # written for this test.
    for text, value in (("أشير إلى كتابي بتاريخ 7 / يوليو /2015 م والذي طلبت فيه", "2015-07-07"),
                        ("اعتبارا من يوم (10/شوال / 1436هـ) ولمدة", "2015-07-26")):
        assert value in [d.value for d in find_dates(text)], text
    found = find_dates("تأسست المجالس عام 1343/ 1924، ثم مجلس الوكلاء عام 1350/ 1931.")
    assert [(d.text, d.value) for d in found] == [
        ("عام 1343", "1924/1925"), ("1924", "1924"), ("عام 1350", "1931/1932"), ("1931", "1931")]
    assert [d.value for d in find_dates("صدر القرار رقم 1343/ 1924 أمس.")] == ["1924"]
    since = find_dates("سحب 40 مليار يورو من المصارف منذ ديسمبر.", 2015,
                       published=datetime.date(2015, 7, 22))
    assert [(d.value, d.qualifier) for d in since] == [("2014-12", "since")]


def test_what_round_18_s_hostile_review_found_in_hijri_days_and_far_years():
    # Zero days crashed the finder; "the two days" over a month; a year past 9999.
    for text in ("يقام الحفل يومي 0-5/10/1436هـ", "أيام 0-0/10/1436هـ",
                 "الفترة من 0 - 0/10/1436هـ", "الاثنين 1436/10/00 التاريخ.",
                 "الاثنين 1436/10/0-1 التاريخ.", "يومي 1-30/10/1436هـ"):
        assert all(d.value in ("1436", "2014/2015") for d in find_dates(text)), text
    far = find_dates("في شهر (نيسان) المقبل.", 9999, published=datetime.date(9999, 12, 31))
    assert [d.value for d in far] == ["--04"]


def test_the_first_or_last_three_quarters_of_a_year():
    # Round 18's seventythree, read after its scoring; sentences written for this test.
    for text, value in (("ارتفعت الأرباح في الأرباع الثلاثة الأولى لسنة 2014.", "2014-01/2014-09"),
                        ("وفي الأرباع الثلاثة الأخيرة من عام 2013 تراجعت.", "2013-04/2013-12")):
        assert [d.value for d in find_dates(text)] == [value], text


def test_a_hijri_day_or_month_of_zero_is_no_date():
    # Round 18's second read: _hijri_bounds read a day or month of 0 as "not given", so
    # 00 شوال 1436هـ came out as the whole month; an impossible day is now no date at all.
    from briefgen.arabic.dates import _hijri_bounds

    for year, month, day in ((1436, 10, 0), (1436, 0, None), (1436, 0, 12), (1436, 13, None)):
        with pytest.raises(ValueError):
            _hijri_bounds(year, month, day)
    first = _hijri_bounds(1436, 10, None)[0]
    assert (first.year, first.month, first.day) == (2015, 7, None)
    published = datetime.date(2015, 8, 1)
    for text in ("في 00 شوال 1436هـ.", "في 0 شوال 1436هـ.", "في 1436/10/00هـ."):
        assert find_dates(text, published=published) == [], text
    assert [d.value for d in find_dates("في 12 شوال 1436هـ.", published=published)] == [
        "2015-07-28"]


def test_a_yearless_29_february_takes_no_year_that_has_none():
    # The round 19 hostile review: من 29 فبراير إلى 3 مارس in a paper of 2015 came out as
    # 2015-02-29/2015-03-03, a day that never was.
    text = "من 29 فبراير إلى 3 مارس."
    assert [d.value for d in find_dates(text, context_year=2015,
                                        published=datetime.date(2015, 7, 21))] == [
        "--02-29/--03-03"]
    leap = find_dates(text, context_year=2016, published=datetime.date(2016, 7, 21))
    assert [(d.value, d.year_inferred) for d in leap] == [("2016-02-29/2016-03-03", True)]


def test_a_cvs_years_and_a_range_of_days_with_wa_before_its_end():
    # Round 19's held-out seventyseven and seventyeight, read after their scoring; lines
    # written for this test in their style.
    published = datetime.date(2015, 8, 1)
    cases = {
        "مستشار غير متفرغ، بالحرس الوطني 99 - 2000م.": [("99 - 2000م", "1999/2000")],
        "عضو فريق الدراسات 94 - 1995م.": [("94 - 1995م", "1994/1995")],
        "في 10 - 2015م.": [("2015م", "2015")],  # 10: October's, perhaps; no range
        "عضو اللجنة، 2001 حتى تاريخه.": [("2001", "2001")],
        "عضو الجمعية الدولية للاتصال 1990 – تاريخه.": [("1990", "1990")],
        "وسيعقد المؤتمر من 25 ولغاية 27 سبتمبر.": [("من 25 ولغاية 27 سبتمبر", "--09-25/--09-27")],
        "من 25 وحتى 27 سبتمبر 2015.": [("من 25 وحتى 27 سبتمبر 2015", "2015-09-25/2015-09-27")],
        # (round 67's fourhundredsixtysix: وإلى, and تاريخ after من)
        "يبدأ من تاريخ 17 وإلى 27 من شهر شوال الحالي.": [
            ("17 وإلى 27 من شهر شوال", "2015-08-02/2015-08-12")],
        "يبدأ من 17 يوليو وإلى 27 أغسطس.": [("من 17 يوليو وإلى 27 أغسطس", "--07-17/--08-27")],
        "أيام 5 و6 و8 أغسطس.": [("5", "--08-05"), ("6", "--08-06"), ("8 أغسطس", "--08-08")],
    }
    for text, expected in cases.items():
        assert [(d.text, d.value) for d in find_dates(text, published=published)] == expected


def test_a_range_written_backwards_with_both_years_is_no_span():
    # The round 19 hostile review: these came out as 2015-01-01/2014-01-01 and 2016-01/2015-12;
    # then as nothing, which round 37's hostile review (#11) found as silent: now the start,
    # noted (test_a_range_of_day_figures_each_after_its_weekday_and_a_range_written_backwards)
    published = datetime.date(2015, 7, 21)
    for text, start, end in (("من 1 يناير 2015 إلى 1 يناير 2014.", "2015-01-01", "1 January 2014"),
                             ("من يناير 2016 حتى ديسمبر 2015.", "2016-01", "December 2015")):
        [found] = find_dates(text, published=published)
        assert (found.value, found.note) == (start, f"written as a range ending on {end}, before "
                                                    "it starts: only its start is given"), text
    assert [d.value for d in find_dates("موسم 2015-2014", published=published)] == ["2014/2015"]


def test_since_a_time_of_day_a_festivals_edition_and_a_weekday_before_a_time():
    # Round 20's held-out seventynine and eighty, read after their scoring; lines written for
    # this test in their style.
    cases = {
        "وقد خلت الشوارع منذ بعد ظهر الجمعة الذي يكون مزدحما.": [
            ("الجمعة", "2015-07-24", "since")],
        "وافتتح المحافظ مهرجان الدمام الصيفي للعام 1436، الذي يقام في الحديقة.": [],
        "وافتتح مهرجان الجنادرية للعام 2015 في الرياض.": [],
        "وتبدأ الدراسة للعام 1436 في المدارس.": [("لعام 1436", "2014/2015", None)],
        "قرعت الأجراس صباح اليوم (الاربعاء 23,15 تغ) في ذكرى القنبلة.": [
            ("الاربعاء", "2015-07-22", None)],
        "وصل الوفد يوم الأربعاء 22.7.2015 إلى المدينة.": [("22.7.2015", "2015-07-22", None)],
    }
    for text, expected in cases.items():
        found = find_dates(text, published=datetime.date(2015, 7, 25))
        assert [(d.text, d.value, d.qualifier) for d in found] == expected, text


def test_a_long_list_of_weekdays_before_every_week_is_still_no_date():
    # The round 20 hostile review: each weekday of a list read the list to its end (10,000
    # weekdays took 69 s, now 3 s; the time is measured outside the tests: here, what is read).
    days = "الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت".split()
    text = "تقام الدروس أيام " + " و".join(days * 5) + " من كل أسبوع."
    assert find_dates(text, published=datetime.date(2015, 7, 21)) == []
    assert find_dates("تقام الدروس أيام الخميس والجمعة من كل أسبوع.",
                      published=datetime.date(2015, 7, 21)) == []


def test_a_present_verb_a_festivals_year_of_a_win_and_a_range_started_on_a_day():
    # Round 21, read on the older sets' misses; lines written for this test in their style.
    # Published Thursday 6 August 2015.
    cases = {
        # a clause opening with a present verb the tables do not list is still to come
        "على الصعيد الفني، يعاود لاعبو الفريق تدريباتهم يوم الجمعة على فترتين.": [
            ("الجمعة", "2015-08-07", None)],
        "وتتشكل السحب وتبلغ الساحل مساء يومي الخميس والجمعة.": [
            ("الخميس والجمعة", "2015-08-06/2015-08-07", None)],
        # but a clause opening with a noun is not (تقرير, a verbal noun, as before)
        "تقرير اللجنة صدر يوم الجمعة في الرياض.": [("الجمعة", "2015-07-31", None)],
        # the year a film won at a festival is a date; للعام after a festival its edition
        "وفاز الفيلم بجائزتين في مهرجان البندقية عام 1999، كما عرض في برلين.": [
            ("عام 1999", "1999", None)],
        "وافتتح مهرجان الجنادرية للعام 2015 في الرياض.": [],
        # a range started on a day (تبدأ يوم السبت X) or on a day (في X) until another (وحتى)
        "مواعيد القيد التي تبدأ يوم السبت السابع من شهر ذي القعدة المقبل وحتى اليوم الأول من "
        "شهر ذي الحجة.": [
            ("السابع من شهر ذي القعدة المقبل وحتى اليوم الأول من شهر ذي الحجة",
             "2015-08-22/2015-09-14", None)],
        # في X إلى Y stays two days (a move from one to the other)
        "نقلت الجلسة في 5 أغسطس إلى 9 أغسطس.": [
            ("5 أغسطس", "--08-05", None), ("9 أغسطس", "--08-09", None)],
    }
    for text, expected in cases.items():
        assert _read(text, datetime.date(2015, 8, 6)) == expected, text


def test_a_stray_full_stop_before_a_year_a_range_from_tomorrow_and_last_years_ramadan():
    # Round 21's held-out eightythree and eightyfive, read after their scoring; lines written
    # for this test in their style. Published Monday 10 August 2015 (25 Shawwal 1436).
    published = datetime.date(2015, 8, 10)
    cases = {
        "مقارنة بالدراسة المنشورة في تموز/يوليو من عام .2014 وقالت الشركة": [
            ("تموز/يوليو من عام .2014", "2014-07", None)],
        "ارتفع المؤشر 2.2014 نقطة.": [],  # a figure, not a year after a stray stop
        "مراجعة الفروع اعتبارًا من يوم غد الثلاثاء 26/10/1436هـ وحتى نهاية دوام يوم الأحد "
        "1/11/1436هـ.": [("26/10/1436هـ وحتى نهاية دوام يوم الأحد 1/11/1436هـ",
                          "2015-08-11/2015-08-16", None)],
        "خلال شهر رمضان المبارك من العام الماضي.": [("رمضان", "2014-06/2014-07", None)],
        "خلال شهر رمضان من العام المقبل.": [("رمضان", "2016-06/2016-07", None)],
        "خلال شهر رمضان المبارك.": [("رمضان", "2015-06/2015-07", None)],
    }
    for text, expected in cases.items():
        assert _read(text, published) == expected, text


def test_a_present_verb_that_reports_the_past_and_a_name_before_a_past_verb():
    # The round 21 hostile review; published Tuesday 21 July 2015: the Friday before.
    for text in ("يستنكر المجلس الهجوم الإرهابي يوم الجمعة.", "يوكوهاما شهدت الحدث يوم الجمعة.",
                 "تظاهرة حاشدة في المدينة يوم الجمعة."):
        assert _read(text, datetime.date(2015, 7, 21)) == [("الجمعة", "2015-07-17", None)], text


def test_days_listed_with_commas_after_their_weekdays_and_a_futures_month_in_quotes():
    # Round 22's held-out eightyseven, read after its scoring; sentences written for this test.
    # Published Monday 27 July 2015 (11 Shawwal 1436).
    monday = datetime.date(2015, 7, 27)
    assert _read("وتستقبل الجامعة الطلاب أيام السبت والأحد والاثنين (16، 17، 18 شوال "
                 "الحالي) لاستكمال التسجيل.", monday) == [
        ("16، 17، 18 شوال", "2015-08-01/2015-08-03", None)]
    assert _read("وتقام المباريات أيام 12، 13، 14 أغسطس.", monday) == [
        ("12، 13، 14 أغسطس", "--08-12/--08-14", None)]
    assert _read("وتقام المباريات يومي 3، 14 أغسطس.", monday) == [  # two days, no range
        ("3", "--08-03", None), ("14 أغسطس", "--08-14", None)]
    assert _read("وقصفت الطائرات يومي السبت والأحد (40 غارة) المواقع.", monday) == [
        ("السبت والأحد", "2015-07-25/2015-07-26", None)]  # a count in brackets: no date
    assert _read("وارتفع الخام الأمريكي تسليم “أكتوبر” 20 سنتا.", monday) == [
        ("أكتوبر", "--10", None)]


def test_days_listed_apart_a_films_year_a_year_listed_on_and_a_screens_size():
    # Round 23's held-out ninetyone and ninetythree, read after their scoring; sentences
    # written for this test in their style. Published Friday 31 July 2015.
    friday = datetime.date(2015, 7, 31)
    # two days a few apart joined by و: one span, as later gold gives them (onehundredfifteen's
    # 27 و31 يوليو تموز, the three prints of 7 و14 أكتوبر, round 43's 14 و17 أغسطس), where
    # ninetyone and onehundredsixteen gave each day; three days with gaps are each their own
    assert _read("ويخوض الفريق مباراتين في 27 و31 يوليو مع فريقين أوروبيين.", friday) == [
        ("27 و31 يوليو", "--07-27/--07-31", None)]
    assert _read("ويخوض الفريق مباريات في 20 و24 و31 يوليو.", friday) == [
        ("20", "--07-20", None), ("24", "--07-24", None), ("31 يوليو", "--07-31", None)]
    assert _read("في 3 و21 يوليو", friday) == [
        ("3", "--07-03", None), ("21 يوليو", "--07-21", None)]
    assert _read("ويخوض الفريق مباراتين يومي 27 و28 يوليو.", friday) == [
        ("27 و28 يوليو", "--07-27/--07-28", None)]  # one after the other: a range
    assert _read('ويبقى فيلم "أفاتار" 2009 متصدرا، يليه "تايتانيك" 1997 الذي حقق.', friday) == [
        ("2009", "2009", None), ("1997", "1997", None)]
    assert _read("ووصل الفريق إلى النهائي موسم 2010 بالنسبة للهلال، و2012 للنصر.", friday) == [
        ("2010", "2010", None), ("2012", "2012", None)]
    assert _read("زار المعرض عام 2014 نحو مليون، و2000 منهم أطفال.", friday) == [
        ("عام 2014", "2014", None)]  # a count goes on, not a year
    assert _read("تصل دقة الشاشة إلى 1920 في 1080 بيكسل.", friday) == []
    assert _read("وتبلغ دقتها 1920x1080.", friday) == []


def test_a_weekday_in_a_programmes_name_and_a_visit_hoped_for():
    friday = datetime.date(2015, 7, 31)
    assert _read('يستضيف برنامج "لقاء الخميس" غدا السبت الضيف في لندن.', friday) == [
        ("السبت", "2015-08-01", None)]
    assert _read("ومن المؤمل ان يزور الوزير القاهرة يوم الاحد لاجراء محادثات.", friday) == [
        ("الاحد", "2015-08-02", None)]
    assert _read('وقال "يوم الخميس" إن الاجتماع انتهى.', friday) == [
        ("الخميس", "2015-07-30", None)]  # a day in quotes is still a day


def _source_dates(path, published):
    """`briefgen dates FILE --published DAY --json` on the source at `path`: what it lists."""
    from click.testing import CliRunner

    from briefgen.cli import cli

    result = CliRunner().invoke(cli, ["--project", str(ROOT), "dates", str(path),
                                      "--published", published, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_a_weekday_a_source_writes_as_a_family_name_is_the_person_after_a_verb(tmp_path):
    # Round 23's held-out ninetyfour, read after its scoring; written for this test in its
    # style. The lead names أحمد الخميس: قال الخميس later is he, not Thursday; يوم الخميس is.
    path = tmp_path / "gold.txt"
    path.write_text("أكد أمين عام الاتحاد أحمد الخميس أن قرار التأجيل نهائي.\n\n"
                    "وقال الخميس في تصريح اليوم الاثنين إن البطولة تقام يوم الخميس المقبل.\n",
                    "utf-8")
    found = _source_dates(path, "2015-08-03")
    assert [(d["text"], d["value"]) for d in found] == [
        ("الاثنين", "2015-08-03"), ("الخميس المقبل", "2015-08-06")]
    # Round 23's new-user review: a compound given name (عبد الله السبت), and a count after a
    # quoted name, which is no title's year. وكان السبت قد may be he or the day (its re-check:
    # وكان الخميس قد شهد اشتباكات): a day.
    path.write_text("قال رئيس النادي عبد الله السبت إن الفريق جاهز.\n\n"
                    "وكان السبت قد اجتمع باللاعبين، وقال السبت إن المباراة يوم السبت المقبل.\n"
                    'ووزعت صحيفة "الأيام" 2000 نسخة، وجمع "الهلال" 2012 نقطة.\n', "utf-8")
    found = _source_dates(path, "2015-08-03")
    assert [(d["text"], d["value"]) for d in found] == [
        ("السبت", "2015-08-01"), ("السبت المقبل", "2015-08-08")]
    # Without the name in the source, قال الخميس is a day.
    assert _read("وقال الخميس في تصريح إن البطولة تقام.", datetime.date(2015, 8, 3)) == [
        ("الخميس", "2015-07-30", None)]


def test_the_hostile_review_of_round_23s_date_rules():
    # Each a sentence of the review, which the new rules got wrong at c292f67.
    monday = datetime.date(2015, 8, 3)
    cases = {
        'وكتبت مشاهداتي "ظهر الخميس" في المستشفى.': [("الخميس", "2015-07-30", None)],
        'ووصف الهجوم بأنه "إرهابي" وقال الخميس "لن نسكت".': [("الخميس", "2015-07-30", None)],
        'ويضم نادي "الهلال" 2000 عضو.': [],
        'وحصل حزب "العدالة والتنمية" 1950 صوتا.': [],  # a count, though accusative
        'ويبقى فيلم "أفاتار" 2009 متصدرا.': [("2009", "2009", None)],  # a film's, named so
        "ووزعت الجمعية عام 2014 سلالا على الأسر، و2000 للأيتام.": [("عام 2014", "2014", None)],
        "وأقيمت البطولة في 2010 في 1200 ملعب.": [("2010", "2010", None)],
        "وكان من المؤمل أن يصل الوفد الخميس لكنه تأخر.": [("الخميس", "2015-07-30", None)],
        "تقام المباريات يومي 30 و2 أغسطس.": [("2 أغسطس", "--08-02", None)],
        # its re-check
        "مثل «الأفوكاتو» 1984 مع عادل إمام.": [("1984", "1984", None)],
        "روايته «الطريق» 2003 انتشارا.": [("2003", "2003", None)],
        "وفاز بالذهبية في 2012 في 1500 متر.": [("2012", "2012", None)],
        "تحدث في «حوار الأربعاء» عن الكتاب.": [],
    }
    for text, expected in cases.items():
        assert _read(text, monday) == expected, text


def test_a_family_name_weekday_stays_a_day_with_its_when_or_its_subject_after(tmp_path):
    # The hostile review of round 23: with أحمد الخميس in the source, الخميس الماضي and
    # وأعلن الخميس وزير الرياضة (the day, then the subject) are days still.
    path = tmp_path / "gold.txt"
    path.write_text("وأعلن الخميس وزير الرياضة أن البطولة تأجلت، وأيده أحمد الخميس.\n\n"
                    "وقال الخميس الماضي إن الفريق جاهز.\n\nوقال الخميس إن القرار نهائي.\n\n"
                    "وكشف الخميس عن حزمة. وأعلن الخميس لاعب الهلال اعتزاله.\n", "utf-8")
    found = _source_dates(path, "2015-08-03")
    assert [(d["text"], d["value"]) for d in found] == [
        ("الخميس", "2015-07-30"), ("الخميس الماضي", "2015-07-30"), ("الخميس", "2015-07-30")]
    # The re-check: a king's name before a weekday is no family (الملك عبد الله الخميس إلى).
    path.write_text("وصل الملك عبد الله الخميس إلى جدة.\n\nوأعلن الخميس أن الوزارة جاهزة.\n",
                    "utf-8")
    found = _source_dates(path, "2015-08-03")
    assert [(d["paragraph"], d["value"]) for d in found][-1:] == [
        ("gold#p2", "2015-07-30")]  # (the first, after a given name, was never a date)


def test_an_ordinal_day_with_its_tens_in_the_nominative():
    # Round 23's new-user review: الثاني والعشرون من شهر ديسمبر gave the month alone (the
    # tens were read in the genitive only, والعشرين). Written for this test.
    saturday = datetime.date(2015, 8, 1)
    assert _read("وذلك في الثاني والعشرون من شهر ديسمبر 2014.", saturday) == [
        ("الثاني والعشرون من شهر ديسمبر 2014", "2014-12-22", None)]
    assert _read("وكان اليوم الحادي والثلاثون من ديسمبر 2014 آخر أيامه.", saturday) == [
        ("الحادي والثلاثون من ديسمبر 2014", "2014-12-31", None)]
    assert _read("بين العشرين والخامس والعشرين من يوليو 2015.", saturday) == [
        ("بين العشرين والخامس والعشرين من يوليو 2015", "2015-07-20/2015-07-25", None)]


def test_date_words_the_corpus_left_uncovered():
    # Round 24: date words of SaudiNewsNet articles (lines ≡ 10-69 mod 100) no date covered.
    # Sentences written for this test after them.
    monday = datetime.date(2015, 8, 3)
    # A weekday before a count is a day (the count is no day of a month).
    assert _read("الهجوم الذي أوقع الثلاثاء 32 قتيلا في سوروتش.", monday) == [
        ("الثلاثاء", "2015-07-28", None)]
    assert _read("باشرت الفرق أمس السبت، 4 حوادث مختلفة.", monday) == [
        ("السبت", "2015-08-01", None)]
    assert all(text != "الأحد" for text, *_ in _read("تبدأ يوم الأحد 16 /12 في المقر.", monday))
    assert _read("يقام الحفل الخميس 6 أغسطس في جدة.", monday) == [
        ("6 أغسطس", "--08-06", None)]  # (the weekday belongs to its date)
    # A day, a dash, its month; a range of days still a range.
    assert _read("انطلقت في يوم 27 - يوليو 2015م وتستمر أسبوعين.", monday) == [
        ("27 - يوليو 2015م", "2015-07-27", None)]
    assert _read("الفترة 25-30 يوليو 2015.", monday) == [
        ("25-30 يوليو 2015", "2015-07-25/2015-07-30", None)]
    # آخر before a month is its end.
    assert _read("بحلول آخر سبتمبر 2014 اتسعت الحملة.", monday) == [
        ("آخر سبتمبر 2014", "2014-09", "late")]
    # إلي as papers spell إلى; the year after العام التالي; a film's year after its title in
    # brackets; a date in figures after an ellipsis.
    assert _read("رئيسا في الفترة من 1977 إلي 1981 بعد فوزه.", monday) == [
        ("من 1977 إلي 1981", "1977/1981", None)]
    assert _read("وفي العام التالي 2014 شارك الفريق.", monday) == [
        ("العام التالي 2014", "2014", None)]
    assert _read("ومن أفلامه (المواطن مصري) 1991 مع عزت العلايلي.", monday) == [
        ("1991", "1991", None)]
    assert _read("حق لا يضيع..6-8-2015 الرئيس يفتتح القناة.", monday) == [
        ("6-8-2015", "2015-08-06", None)]
    assert _read("ارتفع بنسبة 3.6-8 في المئة.", monday) == []
    # Years listed each with its place, in parallel; not a count listed after a year.
    assert [v for _, v, _ in _read("استضافة مونديالي 2018 في روسيا و2022 في قطر.", monday)] == [
        "2018", "2022"]
    assert [v for _, v, _ in _read("مشاركات الفريق في مسابقات 2004 في كوريا الجنوبية و2005 في "
                                   "إسبانيا و2006 في الصين", monday)] == ["2004", "2005", "2006"]
    assert [v for _, v, _ in _read("وزع عام 2014 مبلغ 3000 للأسر و2000 للأيتام", monday)] == [
        "2014"]
    assert [v for _, v, _ in _read("وصل 2000 في الرياض و1500 في جدة", monday)] == []


def test_round_24s_held_out_date_forms(tmp_path):
    # Round 24's held-out ninetyfive, ninetysix and ninetyeight, read after their scoring;
    # sentences written for this test in their style.
    thursday = datetime.date(2015, 8, 6)
    assert _read("يقام المعرض من الأحد 11 أكتوبر 2015 وحتى الأربعاء 14 من الشهر نفسه.",
                 thursday) == [("11 أكتوبر 2015 وحتى الأربعاء 14 من الشهر نفسه",
                                "2015-10-11/2015-10-14", None)]
    assert _read("يعرض الفيلم مطلع الشهر القادم سبتمبر (أيلول) في الصالات.", thursday) == [
        ("مطلع الشهر القادم سبتمبر (أيلول)", "--09", "early")]
    assert _read("تبدأ الورشة في الأول من سبتمبر المقبل لعام 2015 في عمان.", thursday) == [
        ("الأول من سبتمبر المقبل لعام 2015", "2015-09-01", None)]
    assert _read("وكان يصوم الست من شوال كل عام.", thursday) == [
        ("شوال", "2015-07/2015-08", None)]
    # A Levantine month the source writes as a name elsewhere is that name alone too: نيسان
    # the company, not April (the whole source is read, as `briefgen dates` reads it).
    path = tmp_path / "gold.txt"
    path.write_text("شارك السائق على متن نيسان باترول في الرالي.\n\n"
                    "وقال المدير: جميعنا في نيسان فخورون بالنتيجة.\n", "utf-8")
    found = _source_dates(path, "2015-08-08")
    assert found == []
    path.write_text("وقعت الحادثة في نيسان الماضي.\n\nوقال المدير: كنا في نيسان هناك.\n", "utf-8")
    found = _source_dates(path, "2015-08-08")
    assert [d["value"] for d in found] == ["2015-04", "2015-04"]


def test_round_24s_new_user_review_of_its_dates(tmp_path):
    # Round 24's new-user review; sentences written for this test. A weekday before a day of
    # "the current" month (الخميس 13 الجاري) is that day, not the day of publication.
    thursday = datetime.date(2015, 8, 6)
    assert _read("يقام الحفل الخميس 13 الجاري في جدة.", thursday) == [
        ("الخميس", "2015-08-13", None)]
    # A month a source writes as a name elsewhere is still the month with الماضي after it.
    path = tmp_path / "gold.txt"
    path.write_text("شارك على متن نيسان باترول.\n\n"
                    "وقعت الحادثة في نيسان الماضي، وقال: جميعنا في نيسان فخورون.\n", "utf-8")
    found = _source_dates(path, "2015-08-08")
    assert [(d["text"], d["value"]) for d in found] == [
        ("نيسان", "2015-04")]


def test_round_24s_hostile_review_of_its_dates():
    # Round 24's hostile review; sentences written for this test. A weekday before a day whose
    # month comes later is that date's, not a day of its own; a count after it is a count.
    saturday = datetime.date(2015, 8, 1)
    assert all(text != "الثلاثاء" for text, *_ in _read(
        "الثلاثاء 11 حتى الخميس 13 أغسطس", saturday))
    assert all(text != "الخميس" for text, *_ in _read("يوم الخميس 13 لشهر أغسطس", saturday))
    assert all(text != "الأحد" for text, *_ in _read("يوم الأحد 13 أو 20 أيلول (سبتمبر)",
                                                     saturday))
    assert all(text != "الأربعاء" for text, *_ in _read("يوم الأربعاء 34 رجب 1436هـ", saturday))
    assert _read("أمس الجمعة، 320 شخصاً", saturday)[0][:2] == ("الجمعة", "2015-07-31")
    # منذ يوم أمس: since that day.
    assert _read("وناقش النواب منذ يوم أمس الاربعاء، 33 من اصل 139 مادة", saturday) == [
        ("الاربعاء", "2015-07-29", "since")]
    # A list's number before a dash is no day; آخر after a noun is "another".
    assert [v for _, v, _ in _read("1- يناير 2016 ، 2- فبراير 2016", saturday)] == [
        "2016-01", "2016-02"]
    assert _read("وقع هجوم آخر يوليو الماضي في المدينة.", saturday) == [("يوليو", "--07", None)]
    # الست من is a cue before a Hijri month only.
    assert _read("باعت الشركة ست من نيسان باترول", saturday) == []


def test_a_month_range_spaced_with_invisibles_is_read_in_linear_time():
    # Round 24's hostile review: a date and then a long run of spaces and marks the reader
    # drops (a right-to-left mark after each) was read in quadratic time (57 s for 160 KB).
    # The counts keep it exact: 40,000 pairs take well under a second when linear.
    text = "11 أكتوبر 2015" + " \u200f" * 40_000 + " وحتى 14 من الشهر نفسه"
    assert [d.value for d in find_dates(text, published=datetime.date(2015, 8, 1))] == [
        "2015-10-11/2015-10-14"]


def test_round_24s_re_check_of_its_review_fixes():
    # The re-check of round 24's review fixes; sentences written for this test.
    saturday = datetime.date(2015, 8, 1)
    assert all(text != "الثلاثاء" for text, *_ in _read(
        "الثلاثاء 11 حتي الخميس 13 أغسطس", saturday))  # حتي as papers spell it
    assert all(text != "الثلاثاء" for text, *_ in _read(
        "الثلاثاء 11 ثم الخميس 13 أغسطس", saturday))
    assert _read("الخميس 13 الجارى", saturday) == [("الخميس", "2015-08-13", None)]
    assert _read("من 11 أكتوبر 2015 حتى 14 من نفس الشهر", saturday)[0][1] == (
        "2015-10-11/2015-10-14")
    assert _read("انطلقت في 27 – يوليو 2015", saturday) == [
        ("27 – يوليو 2015", "2015-07-27", None)]  # an en dash


def test_what_round_25s_recheck_found_in_dates():
    # The round 25 re-check of the review fixes: رمضان after a cue before a word that is also a
    # name, a closing quote or a bracket before its time, a term word of two Hijri years, a
    # span to an event or a time, counts after a misplaced full stop, حي (live)
    # and a hospital's day with its placing word, a turning point and one car after a year.
    day = datetime.date(2015, 6, 10)
    month = "2015-06/2015-07"
    for text, expected in (
            ("وقال خلال رمضان بأن الأسعار سترتفع", [("رمضان", month)]),
            ("وذلك في رمضان مبارك على الجميع", [("رمضان", month)]),
            ('وأطلقت حملة "خير" أيام رمضان في الرياض', [("رمضان", month)]),
            ("وتعرض الأسواق (موسم رمضان) عروضا كثيرة", [("رمضان", month)]),
            ("وذلك خلال عامي 1435 - 1436 في المملكة", [("1435 - 1436", "2013/2015")]),
            ("وذلك وللعام 1435 - 1436 في المملكة", [("1435 - 1436", "2013/2015")]),
            ("وارتفع الفصل الدراسي 1436 - 1437 في المملكة", [("1436 - 1437", "2014/2016")]),
            ("وعمل من 2011 حتى العام الماضي في الشركة", [("2011", "2011")]),
            ("وعمل من 2011 حتى إقالته من منصبه", [("2011", "2011")]),
            ("وعمل من 1990 إلى أن توفي في المدينة", [("1990", "1990")]),
            ("وعمل من 2009 إلى .2011 في الشركة", [("من 2009 إلى .2011", "2009/2011")]),
            ("ويبث بث حي الخميس المقبل على القناة", [("الخميس المقبل", "2015-06-11")]),
            ("ونقل إلى مستشفى الخميس الماضي بعد الحادث", [("الخميس الماضي", "2015-06-04")]),
            ("وكانت ثورة 2011 نقطة فاصلة في تاريخ البلاد", [("2011", "2011")]),
            ("وقال إنه في 2014 سيارة واحدة فقط", [("2014", "2014")]),
            ("وحصل الحزب على .2020 مقعدا في البرلمان", []),
            ("وارتفع العدد من 1500 إلى .2000 وقال", []),
            ("واتصل على رقم الهاتف .2015 للاستفسار", []),
            ('وعرض برنامج " ليالي رمضان " الجديد', []),  # a spaced quote opens: a title
            ("وارتفع المؤشر 1957 نقطة", []),
            ("لن تقوم بتسريح العمال حتى .2020 في الوقت نفسه", [("2020", "2020")])):
        found = find_dates(text, published=day)
        assert [(d.text, d.value) for d in found] == expected, text


def test_what_round_26s_held_out_sets_missed():
    # onehundredten's sn-23002 and sn-11102, read after their scoring: a festival's Hijri year
    # written whole with its mark (not a season's festival, whose year names its edition), and
    # two days in brackets before their month.
    day = datetime.date(2015, 8, 9)
    found = find_dates("في مهرجان أبها يجمعنا 1436هـ.", published=day)
    assert [(d.text, d.value) for d in found] == [("1436هـ", "2014/2015")]
    assert find_dates("في مهرجان صيف الباحة 1436هـ.", published=day) == []
    found = find_dates("خلال الفترة (16-21 ) من شهر أبريل 2016، لافتًا", published=day)
    assert [d.value for d in found] == ["2016-04-16/2016-04-21"]
    found = find_dates("الموافق (23-27) من أغسطس 2015 م، بقاعة", published=day)
    assert [d.value for d in found] == ["2015-08-23/2015-08-27"]


def test_a_present_verb_after_haythu_or_baynama_puts_its_weekday_ahead():
    # onehundredseven's sn-02899, read after its scoring: a programme whose clause opens with
    # بينما and a verb in the present; a past verb (توفى) or an ongoing one (يسعى) after حيث
    # does not put its weekday ahead. Published on Tuesday 21 July 2015.
    day = datetime.date(2015, 7, 21)
    cases = [('بينما تشمل ورش العمل فن الكروشيه للمدربة عالية الغامدي "الخميس"، وفن الرسم '
              'للمدربة حنان الشهراني "الجمعة".', ["2015-07-23", "2015-07-24"]),
             ("عبر الموقع، حيث يبدأ التقديم يوم الأحد، ويستمر لمدة خمسة أيام.", ["2015-07-26"]),
             ("مؤسس البرنامج النووي، حيث توفى الاثنين، عن عمر يناهز 84 عاماً.", ["2015-07-20"]),
             ("وكان أطلق النار، حيث يسعى المحققون إلى معرفة دوافعه في مهاجمة مركزين في "
              "تشاتانوغا الخميس، فيما طلب المكتب.", ["2015-07-16"])]
    for text, expected in cases:
        assert [d.value for d in find_dates(text, published=day)] == expected, text


def test_what_round_26s_reviews_found_in_dates():
    # Sentences of the round 26 new-user and hostile reviews: a past or a reporting verb after
    # حيث or فيما, رمضان a man after a cue, a span with an accusative after it, a year after a
    # misplaced full stop before the next sentence, amounts after إلى هذه or إلى أن بلغ, a
    # season's festival, a score in brackets, a district named after a weekday.
    day = datetime.date(2015, 8, 1)
    for text, expected in (
            ("وزار الوزير المنطقة، حيث تفقد المشاريع يوم الأحد.", ["2015-07-26"]),
            ("قتل خمسة أشخاص، حيث تشير التقارير إلى وقوع الحادث يوم الخميس.", ["2015-07-30"]),
            ("وأوضح المتحدث، فيما يتعلق بهجوم الخميس، أن التحقيقات مستمرة.", ["2015-07-30"]),
            ("وأعرب المدرب عن ثقته في رمضان صبحي قبل المباراة.", []),
            ("عمل في الشركة من 2005 إلى نحو 2010 مديرا لها.", ["2005/2010"]),
            ("وستستمر الخطة حتى .2020 فيما أعلنت الوزارة أرقامها.", ["2020"]),
            ("تراجع عدد الحالات من 2000 إلى هذه الأرقام.", []),
            ("ارتفع العدد من 2000 إلى أن بلغ 3000 حالة.", []),
            ("انطلق مهرجان الطائف الصيفي 1436هـ", []),
            ("وتعادل الفريقان (1-1 ) من شهر أبريل 2016.", ["2016-04"]),
            ("ووقع الحريق في حي الخميس بالرياض", []),
            # and what the re-check of those fixes found
            ("عمل في الوزارة من 1990 إلى أن أصبح وزيرا.", ["1990"]),
            ("عمل في الوزارة من 2000 إلى هذا العام.", ["2000"]),
            ("من 1990 إلى بداية الأزمة", ["1990"]),
            ("…، حيث تلعب المباراة يوم الأحد.", ["2015-08-02"]),
            ("وفي رمضان سعيد يكثر الخير.", ["2015-06/2015-07"]),
            ("مهرجان ربيعة 1436هـ", ["2014/2015"])):
        assert [d.value for d in find_dates(text, published=day)] == expected, text
    quoted = "قال " + "x" * 500 + '"' + "y" * 500 + '" وأطلقت حملة "خير" أيام رمضان في الرياض'
    assert [d.value for d in find_dates(quoted, published=day)] == ["2015-06/2015-07"]


def test_a_present_only_a_verb_is_shaped_as_puts_its_weekday_ahead():
    # Presents of the tenth, fifth and sixth forms the corpus meets too seldom to list
    # (round 26's new-user review: ويستكمل البرنامج يوم الأربعاء); a programme's تحاضر after حيث.
    thursday = datetime.date(2015, 8, 6)
    for text, value in (("ويستكمل البرنامج يوم السبت بمحاضرتين.", "2015-08-08"),
                        ("وتستأنف المحادثات يوم الثلاثاء في جنيف.", "2015-08-11"),
                        ("وتتواصل الفعاليات يوم السبت.", "2015-08-08"),
                        ("حيث تحاضر فاطمة الألمعي \"الجمعة\" بعنوان (أنا والموهوبة).",
                         "2015-08-07")):
        assert [d.value for d in find_dates(text, published=thursday)] == [value], text
    # a verbal noun of the same letters is no verb: what it names is past
    for text, value in (("وتحدث عن تتويج الفريق يوم الثلاثاء.", "2015-08-04"),
                        ("تحاضر الطالبات يوم الثلاثاء.", "2015-08-04")):
        assert [d.value for d in find_dates(text, published=thursday)] == [value], text


def test_what_round_27s_held_out_sets_missed():
    # Written after the scoring of round 27's sets (onehundredfifteen, onehundredfourteen,
    # onehundredseventeen), in their words.
    sunday = datetime.date(2015, 7, 26)
    assert _read("الفترة المحددة من تاريخ 25 / 10 / 1436 هـ إلى تاريخ 7 / 11 / 1436 هـ.",
                 sunday) == [("25 / 10 / 1436 هـ إلى تاريخ 7 / 11 / 1436 هـ",
                              "2015-08-10/2015-08-22", None)]
    # a full stop a paste put before the year after a month, as after عام
    assert _read("التي حددها البنك المركزي في أبريل .2013 وذكر البنك", sunday) == [
        ("أبريل .2013", "2013-04", None)]
    assert _read("وصل عدد الزوار في أبريل .200 زائر", sunday) == [("أبريل", "--04", None)]
    # a league's year, as a cup's
    assert _read("وكان بطل الدوري السعودي 2011 قد اختتم تجاربه", sunday) == [
        ("2011", "2011", None)]
    # a verb of what took place after a verb of the future: the weekday is past
    tuesday = datetime.date(2015, 7, 21)
    assert [d.value for d in find_dates(
        "قال الفيفا يوم السبت إنه سيطلب تفاصيل عن واقعة شهدتها المباراة يوم الجمعة.",
        published=tuesday)] == ["2015-07-18", "2015-07-17"]


def test_what_happened_what_was_issued_and_since_a_weekday_are_past():
    # The round's own attack on its present-verb rule, published Thursday 6 August 2015.
    thursday = datetime.date(2015, 8, 6)
    for text, value in (("ويستعرض التقرير ما حدث يوم الأحد في الملعب.", "2015-08-02"),
                        ("يستذكر الأهالي ما جرى يوم الجمعة من أحداث.", "2015-07-31"),
                        ("يستغرب المواطنون من قرار الوزارة الصادر يوم الأحد.", "2015-08-02"),
                        ("لكن التأثير لم يكن متوقعا كما حدث خلال جلسة الأحد.", "2015-08-02"),
                        ("وتستمر الاحتجاجات منذ يوم الجمعة.", "2015-07-31")):
        assert [d.value for d in find_dates(text, published=thursday)] == [value], text


def test_what_round_27s_hostile_review_tried():
    tuesday = datetime.date(2015, 7, 21)
    # A verb known by its shape alone reacts to what it names: past (the Friday before).
    for text, value in (("يستنكر المجلس إعدام الناشط يوم الجمعة.", "2015-07-17"),
                        ("يستنكر المجلس تعرض السفارة للهجوم يوم الجمعة.", "2015-07-17"),
                        ("يتحسر الجمهور على خسارة الفريق يوم الأحد.", "2015-07-19"),
                        ("يستعيد السوق توازنه بعد تراجعه الحاد يوم الأحد.", "2015-07-19"),
                        ("يتساءل المراقبون عن انسحاب الوفد يوم الأحد.", "2015-07-19"),
                        # شهد is a woman's name; كما جرت العادة "as is the custom"
                        ("ستشارك الطالبة شهد الغامدي في المسابقة يوم الخميس.", "2015-07-23"),
                        ("سيعقد المجلس كما جرت العادة اجتماعه الأسبوعي يوم الأحد.", "2015-07-26"),
                        # but a short clause, or a verb of waiting, is ahead
                        ("وتستكمل مباريات الجولة الاميركية-الاوروبية الجمعة.", "2015-07-24"),
                        ("ويترقب المستثمرون صدور تقرير الوظائف في القطاعات غير الزراعية "
                         "الأمريكية يوم الجمعة.", "2015-07-24")):
        assert [d.value for d in find_dates(text, published=tuesday)] == [value], text
    # a count after a month and a full stop is no year; periodic (الدوري) names no league
    assert _read("افتتح المعرض في مارس .1500 زائر حضروا اليوم الأول.", tuesday) == [
        ("مارس", "--03", None)]
    assert _read("وتنتهي المهلة في أبريل.2000 شخص تقدموا", tuesday) == [("أبريل", "--04", None)]
    assert _read("خضعت للفحص الدوري 1999 منشأة صحية.", tuesday) == []


def test_what_round_27s_second_batch_missed():
    # Built after its scoring (onehundredtwentyone), in its words.
    sunday = datetime.date(2015, 8, 9)
    assert _read("فتح باب التسجيل للناشئين من مواليد عام 2000م وحتى عام 2005م.", sunday) == [
        ("عام 2000م وحتى عام 2005م", "2000/2005", None)]
    assert _read("حفل للفنان محمد عبده السبت المقبل الموافق ليوم 14 أغسطس (آب) الحالي.",
                 sunday) == [("14 أغسطس (آب)", "--08-14", None)]
    assert _read("بحفلة للفنان رابح صقر ليل الاثنين الموافق لـ17 من الشهر الحالي.", sunday) == [
        ("الاثنين", "2015-08-17", None)]


def test_a_price_or_a_share_is_no_year():
    # round 27's new-user review: للصعود من مستويات 681$ وحتى 1920$ gave the year 1920.
    assert _read("للصعود من مستويات 681$ وحتى 1920$ خلال العام.", datetime.date(2015, 7, 21)) == []
    assert _read("ارتفع المؤشر 2015% في عام 2015.", datetime.date(2015, 7, 21)) == [
        ("عام 2015", "2015", None)]


def test_two_hijri_years_in_brackets_with_a_space_for_the_dash():
    # round 27's onehundrednineteen, after its scoring: (1437 1441ه), final's 1437ـ1441هـ
    assert _read("في السنوات الخمس المقبلة (1437 1441ه)؛ تفعيلاً", datetime.date(2015, 8, 1)) == [
        ("1437 1441ه", "2015/2020", None)]
    assert _read("عدد (1437 1441) شخصا", datetime.date(2015, 8, 1)) == []


def test_what_round_27s_scorings_left_today_and_a_relative_present():
    # Left after scoring onehundredeighteen and onehundredtwenty, built in round 28 in their
    # words: a weekday with و close after today's (اليوم الأربعاء) goes on a list of days to
    # come; a relative clause's own present in a clause opening with one is ahead.
    wednesday, friday = datetime.date(2015, 7, 22), datetime.date(2015, 7, 24)
    for text, published, values in (
            ("وسوف تستمر ثلاثة أيام، بدئ امس بسباق القوارب، واليوم الأربعاء سباق قوارب النزهة "
             "والخميس مسابقة صيد الأسماك.", wednesday, ["2015-07-22", "2015-07-23"]),
            ("ويشارك في حفل الافتتاح الذي يقام مساء السبت، وزير الآثار.", friday,
             ["2015-07-25"]),
            ("ويشارك في الحفل الذي تقام فعالياته السبت.", friday, ["2015-07-25"]),
            # but not after a past, nor a relative clause's past in ت, nor a list ended by
            # a verb of the past
            ("وجرت الموافقة على مشروع القانون الذي يطرح الأربعاء خلال اجتماع.", friday,
             ["2015-07-22"]),
            ("فيما يجري محاصرة الحوثيين في مديرية الرضمة التي تعرضت مواقع الحوثيين فيها "
             "مساء السبت الى غارات.", friday, ["2015-07-18"]),
            ("وقال اليوم الأربعاء إن الاجتماع الذي عقد والثلاثاء كان ناجحا.", wednesday,
             ["2015-07-22", "2015-07-21"])):
        assert [d.value for d in find_dates(text, published=published)] == values, text


def test_what_round_28s_first_scoring_missed_of_weekdays():
    # Built after scoring onehundredtwentyfive to onehundredtwentyseven, in their words.
    sunday, monday, saturday = (datetime.date(2015, 8, 9), datetime.date(2015, 8, 10),
                                datetime.date(2015, 7, 25))
    for text, published, values in (
            # غد الاثنين, then اليوم الاثنين: the paper's own day; a clause opening with its
            # day and a present (وفي يوم الخميس تطرح), but not a past in ت (تعرض)
            ("تستأنف الغرفة ابتداء من يوم غد الاثنين جهودها. وينطلق البرنامج صباح اليوم "
             "الاثنين في مقر الغرفة. وفي يوم الخميس تطرح شركة تناغم 50 وظيفة.", sunday,
             ["2015-08-10", "2015-08-10", "2015-08-13"]),
            ("وفي يوم الخميس تعرض المبنى لحريق.", sunday, ["2015-08-06"]),
            # a day ahead would fall after the coming one the sentence names
            ("أجرى الفريق مساء الأحد مرانه استعدادًا لملاقاة النصر مساء يوم الأربعاء المقبل.",
             monday, ["2015-08-09", "2015-08-12"]),
            # what is said to come (إن glued to the article, as printed); not a subjunctive
            ("وقال مسؤولون في النادي إنالفريق يلتقي مساء الأحد مع فريق لوكوموتيف.", saturday,
             ["2015-07-26"]),
            ("وذهب بمفرده وتم استجوابه لعدة ساعات قبل ان يطلق سراحه يوم الجمعة.", saturday,
             ["2015-07-24"])):
        assert [d.value for d in find_dates(text, published=published)] == values, text
    assert _read('بعد مباراة السوبر "12/أغسطس" في حفل بتاريخ "14/أغسطس" بفندق.', sunday) == [
        ("12/أغسطس", "--08-12", None), ("14/أغسطس", "--08-14", None)]


def test_what_round_28s_first_scoring_missed_of_written_dates():
    # Built after scoring onehundredtwentytwo, -twentyfour and -twentyseven, in their words.
    wednesday = datetime.date(2015, 8, 5)
    for text, expected in (
            ("من 1436/10/23هـ الموافق 2015/8/8م إلى", [("1436/10/23هـ", "2015-08-08", None),
                                                      ("2015/8/8م", "2015-08-08", None)]),
            ("الانتهاء من المشروع مطلع العام الهجري المقبل 1437هـ تمهيدا.",
             [("مطلع العام الهجري المقبل 1437هـ", "2015/2016", "early")]),
            ("خلال الأيام العشرة الأولى من رمضان تم نقل 8 ملايين معتمر.",
             [("رمضان", "2015-06/2015-07", "early")]),
            ("في الفترة من السابع عشر وحتى عشرين من سبتمبر هذا العام.",
             [("من السابع عشر وحتى عشرين من سبتمبر", "--09-17/--09-20", None)]),
            ("وتجرى قرعة التصفيات المؤهلة لمونديال 2018 يوم السبت المقبل.",
             [("2018", "2018", None), ("السبت المقبل", "2015-08-08", None)]),
            ("يشارك في البطولة الدولية بالدمام من 16 الى 23 /12 /1436.",
             [("16 الى 23 /12 /1436", "2015-09-29/2015-10-06", None)]),
            ("خلال الفترة من ال25 من شهر ذي الحجة المقبل حتى الأول من شهر المحرم 1437ه ووقع.",
             [("ال25 من شهر ذي الحجة المقبل حتى الأول من شهر المحرم 1437ه",
               "2015-10-08/2015-10-14", None)]),
            # not a compound cardinal's tens, a count, the forbidden, a week, the two
            ("خاصة ليلة سبعة وعشرين من رمضان حيث كان التفويج.", []),
            ("ارتفع عدد المصابين من 3 إلى 7/11/1436هـ.", [("7/11/1436هـ", "2015-08-22", None)]),
            ("استمر الحصار 2018 يوم.", []),
            ("بقوة السلاح حتى المحرم منه. وهذه", []),
            ("يبدأ في الأسبوع الأول من شهر محرم المقبل.", [("محرم", "2015-10/2015-11", "early")]),
            ("تبرز مقدار الحب الذي يجمع الاثنين، إذ لم يتسبب.", []),
            ("فيما رفض الاثنين الآخرين النقل.", [])):
        assert _read(text, wednesday) == expected, text


def test_what_round_28s_hostile_review_tried():
    # A present that remembers or follows what happened puts no weekday ahead; a length in
    # metres or an area is no year.
    monday = datetime.date(2015, 8, 10)
    for text, value in (("يستذكر الجمهور مباراة الأحد.", "2015-08-09"),
                        ("يستعيد الفريق ذكريات فوز الخميس.", "2015-08-06"),
                        ("تتراجع البورصة عقب قرار البنك المركزي الأحد.", "2015-08-09"),
                        ("يلتقي الهلال والنصر الجمعة في الرياض.", "2015-08-14")):
        assert [d.value for d in find_dates(text, published=monday)] == [value], text
    for text in ("أقيم المشروع على مساحة 2000م2.", "أقيم المشروع على 2000م2 من الأرض.",
                 "حفرت البئر بعمق 1900م.", "على مسافة 1950م من الشاطئ.",
                 "على ارتفاع 2000م فوق سطح البحر."):
        assert _read(text, monday) == [], text
    assert _read("في عام 2000م افتتح.", monday) == [("عام 2000م", "2000", None)]


def test_what_round_28s_second_hostile_review_tried():
    # Against this round's own rules: a future of its own before a later المقبل; a reported
    # or relative present about what happened; today's list after a relative clause or a
    # weekday; a bare tens with no range; تجمع الاثنين before its object (Monday).
    wednesday = datetime.date(2015, 8, 12)
    for text, values in (
            ("سيلتقي الهلال مع الشباب يوم الاثنين ضمن الجولة الثانية التي تبدأ الجمعة المقبل.",
             ["2015-08-17", "2015-08-14"]),
            ("ويبدأ الفريق معسكره مساء السبت استعدادا لمباراة الجمعة المقبل.",
             ["2015-08-15", "2015-08-14"]),
            ("وقال المدرب إن الفريق يعاني من آثار مباراة الأحد.", ["2015-08-09"]),
            ("وأوضح أن الحريق يعود إلى مساء الاثنين.", ["2015-08-10"]),
            ("ويحقق الأمن في الحريق الذي يعود إلى مساء السبت.", ["2015-08-08"]),
            ("أعلنت وزارة الداخلية اليوم الأربعاء حصيلة الاشتباكات التي اندلعت مساء الأحد "
             "والاثنين في المدينة.", ["2015-08-12", "2015-08-09/2015-08-10"]),
            ("يتذكر اللاعب هدفه الأحد وهو يستعد لمواجهة الجمعة.", ["2015-08-09", "2015-08-14"]),
            ("صام عشرين من رمضان وأفطر عشرة.", []),
            ("تجمع الاثنين مئات المحتجين أمام مقر الأمم المتحدة.", ["2015-08-10"])):
        assert [d.value for d in find_dates(text, published=wednesday)] == values, text


def test_what_round_29s_held_out_sets_missed():
    # Written after the scoring of round 29's sets (onehundredtwentyeight,
    # onehundredthirtythree), in their words.
    wednesday = datetime.date(2015, 7, 29)
    # a season's two years joined by a low line, as by a hyphen
    assert _read("في الموسم الكروي الجديد 2015 _ 2016.", wednesday) == [
        ("2015 _ 2016", "2015/2016", None)]
    # the relative year word printed with ى for ي
    assert _read("ومن المقرر إزالة الأسوار بنهاية العام الحالى 1436هـ، حيث", wednesday) == [
        ("نهاية العام الحالى 1436هـ", "2014/2015", "late")]
    # two weekdays given as alternatives (أو): one span, as 30 أو 31 يوليو
    assert _read("وسيكون موجودا في باريس يوم الإثنين أو الثلاثاء من الأسبوع المقبل.",
                 wednesday) == [("الإثنين أو الثلاثاء", "2015-08-03/2015-08-04", None)]
    # but two days apart are two dates (a hostile review's), not the days between
    tuesday = datetime.date(2015, 7, 21)
    assert _read("تقام المباراة الأربعاء أو الجمعة.", tuesday) == [
        ("الأربعاء", "2015-07-15", None), ("الجمعة", "2015-07-17", None)]
    # ى for ي in every relative word, as ي reads it
    for relative in ("في مارس من العام الماضى", "خلال النصف الأول من العام الحالى 2015",
                     "الربع الأول من العام الماضى 2014"):
        assert [d.value for d in find_dates(relative, published=tuesday)] == [
            d.value for d in find_dates(relative.replace("ى", "ي"), published=tuesday)]
    # (numbers given as alternatives are no dates)
    assert [d.value for d in find_dates("اختار 3 أو 4 لاعبين", published=wednesday)] == []


def test_what_round_29s_second_held_out_sets_missed():
    # Written after the scoring of round 29's second batch (onehundredthirtyfour,
    # onehundredthirtysix, onehundredthirtyeight, onehundredthirtynine), in their words.
    wednesday = datetime.date(2015, 8, 5)
    # a season of a Hijri year: the Gregorian year of that season inside it
    assert _read("ضمن فعاليات الأندية الموسمية لصيف 1436هـ، وفق جدول", wednesday) == [
        ("صيف 1436هـ", "2015", "summer")]
    # (an autumn the Hijri year holds no middle of stays the Hijri year)
    assert [d.value for d in find_dates("خريف 1436هـ", published=wednesday)] == ["2014/2015"]
    # months with their Levantine names from one to the other in brackets, as (1957 إلى 1985)
    assert _read("وزير الإعلام (فبراير/شباط 2009 حتى نوفمبر/تشرين الثاني 2014)، و",
                 wednesday) == [("فبراير/شباط 2009 حتى نوفمبر/تشرين الثاني 2014",
                                 "2009-02/2014-11", None)]
    # غرة, the first day, before a Gregorian month as before a Hijri one
    assert _read("الذي شغل ذلك المنصب غرة مارس 2008م، ولم يكمل", wednesday) == [
        ("غرة مارس 2008م", "2008-03-01", None)]
    # the first ten days as printed (العشرة أيام الأولى)
    assert [(d.value, d.qualifier) for d in find_dates(
        "كانت الحركة جيدة في العشرة أيام الأولى من شهر رمضان المبارك", published=wednesday)] == [
        ("2015-06/2015-07", "early")]
    # days in brackets before their month with no من: a range, not a score
    assert [d.value for d in find_dates("معرضا في الفترة من (16 -30) أغسطس 2015، بمشاركة",
                                        published=wednesday)] == ["2015-08-16/2015-08-30"]
    assert find_dates("فاز الفريق (2-1) أمس", published=wednesday) == []
    # (nor days its month has not: the month kept, a hostile review's)
    assert [d.value for d in find_dates("تقام الدورة (1-31) فبراير 2015",
                                        published=wednesday)] == ["2015-02"]



def test_what_the_developer_slices_still_missed_in_round_30():
    # Found by reading the date words of lines ≡ 10–69 that no date held (round 30), in
    # their words.
    saturday = datetime.date(2015, 8, 1)
    # an election or a war named by its year after words that describe it, as the gold gives
    # انتخابات 2016 a date; but a count after the year is none
    assert _read("وتقدّم في الانتخابات البرلمانية 2014 باسم تيار", saturday) == [
        ("2014", "2014", None)]
    assert _read("مرشحي انتخابات الرئاسة الأمريكية 2016 قد يتنفسون", saturday) == [
        ("2016", "2016", None)]
    assert _read("حيث أسهم في لم شمل العرب بعد هزيمة 1967، أجول", saturday) == [
        ("1967", "1967", None)]
    assert _read("انتخابات المجلس البلدي 2000 مرشح", saturday) == []
    # two years given as alternatives: both (a count after them makes neither)
    assert _read("أن يكون الشعير من محصول 2014 أو 2015 بحسب ما قاله التجار", saturday) == [
        ("2014", "2014", None), ("2015", "2015", None)]
    assert _read("تصوير المقطع خلال عام 1933 أو 1934 في قلعة بالمورال", saturday) == [
        ("عام 1933", "1933", None), ("1934", "1934", None)]
    assert _read("تتراوح بين 2000 أو 2500 ريال", saturday) == []
    # a Hijri range whose end a count in thousands follows (Arabic-Indic digits)
    assert _read("خلال عيد الفطر المبارك في الفترة من ٢٣ رمضان وحتى ٥ شوال ١,٦٧٣,٠٨٣ شخصاً.",
                 saturday) == [("٢٣ رمضان وحتى ٥ شوال", "2015-07-10/2015-07-21", None)]
    # three weekdays that follow one another given as alternatives: one span
    sunday = datetime.date(2015, 5, 10)
    assert _read("سيعقد الاجتماع يوم الاثنين أو الثلاثاء أو الأربعاء المقبل.", sunday) == [
        ("الاثنين أو الثلاثاء أو الأربعاء المقبل", "2015-05-11/2015-05-13", None)]
    assert _read("سيعقد الاجتماع الاثنين أو الثلاثاء أو الخميس المقبل.", sunday) == [
        ("الاثنين أو الثلاثاء", "2015-05-11/2015-05-12", None),
        ("الخميس المقبل", "2015-05-14", None)]
    # a decade said to be Hijri: the Gregorian years of that decade of the Hijri century (the
    # first new-user review of round 30: it was read as the late 1980s)
    assert _read("لأحد المهرجانات الرياضية بالمنطقة نهاية الثمانينيات الهجرية", saturday) == [
        ("نهاية الثمانينيات الهجرية", "1960/1970", "late")]


def test_what_round_30s_held_out_sets_missed():
    # Written after the scoring of round 30's first six sets (onehundredforty to
    # onehundredfortyfive), in their words.
    saturday = datetime.date(2015, 8, 1)
    # a season of two years joined by و, as by a hyphen (two years apart are two dates)
    assert _read("وكان دجيكو هداف مانشستر سيتي في موسم 2012 و2013 إذ سجل 15 هدفا",
                 saturday) == [("2012 و2013", "2012/2013", None)]
    assert [d.value for d in find_dates("في موسم 2012 و2014", published=saturday)] == [
        "2012", "2014"]
    # a year after a treaty's word (as nineteen's and thirtythree's)
    assert _read("فإن توسيع اتفاقية 1997 يمكن أن يقلل تكاليف تجارة", saturday) == [
        ("1997", "1997", None)]
    # years before the common era are none, nor the first of two that are
    assert _read("حكم البلاد بين عامي 1971 و1928 قبل الميلاد، إضافة إلى", saturday) == []
    assert _read("تعرضت لفترة من التدهور بين عامي 2181 و2050 قبل الميلاد ثم", saturday) == []
    assert _read("في عام 300 ق.م وفي عام 2015 م", saturday) == [("عام 2015 م", "2015", None)]
    # Hijri days in figures from one to another written with dashes, and over a year's end
    assert _read("خلال الفترة من 10 إلى 29 - 11 -1436 على أن", saturday) == [
        ("10 إلى 29 - 11 -1436", "2015-08-25/2015-09-13", None)]
    assert _read("وبطولة كأس الاتحاد لأندية الممتاز من 26-4 إلى 11-5 -1437 ثم", saturday) == [
        ("26-4 إلى 11-5 -1437", "2016-02-05/2016-02-20", None)]
    assert _read("في انديتهم الجديدة من 30/12 وحتى 2/1 / 1437 , وأضاف", saturday) == [
        ("30/12 وحتى 2/1 / 1437", "2015-10-13/2015-10-15", None)]
    # an ordinal week of a month: the month with early (the second week too), mid, late
    assert _read("سيبدأ الدوري الممتاز من الأسبوع الثاني من شهر صفر 1437 , على", saturday) == [
        ("الأسبوع الثاني من شهر صفر 1437", "2015-11/2015-12", "early")]
    assert _read("في الأسبوع الثالث من أغسطس 2015", saturday) == [
        ("الأسبوع الثالث من أغسطس 2015", "2015-08", "mid")]
    # months from one to the other after الفترة, which stands for من
    assert _read("تحقيق إنجاز غير مسبوق خلال الفترة حزيران (يونيو) إلى تموز (يوليو) 2015 ، "
                 "والتي", saturday) == [
        ("حزيران (يونيو) إلى تموز (يوليو) 2015", "2015-06/2015-07", None)]
    # from today's weekday to another: one span
    monday = datetime.date(2015, 7, 20)
    assert _read("إن مفاوضات العمل ستجري في الفترة من اليوم الاثنين إلى الجمعة المقبل وستركز",
                 monday) == [("الاثنين إلى الجمعة المقبل", "2015-07-20/2015-07-24", None)]
    # the end of a Hijri range with نهاية يوم before its figure
    assert _read("ابتداءً من يوم 1 ذي الحجة 1436هـ، وحتى نهاية يوم 15 ذي الحجة 1436هـ، بإشراف",
                 saturday) == [("1 ذي الحجة 1436هـ، وحتى نهاية يوم 15 ذي الحجة 1436هـ",
                                "2015-09-14/2015-09-28", None)]
    # a comma a right-to-left paste put before the year
    assert _read("فقد زار تونس في عام ،2013 قرابة 300 ألف سائح روسي.", saturday) == [
        ("عام ،2013", "2013", None)]
    # a weekday printed without its hamza (the second new-user review of round 30)
    sunday = datetime.date(2015, 8, 2)
    assert _read("في التقرير الذي نشره يوم الأربعا الماضي", sunday) == [
        ("الأربعا الماضي", "2015-07-29", None)]


def test_what_round_30s_second_hostile_review_found():
    tuesday = datetime.date(2015, 10, 20)
    # from today's weekday to another: the span runs on from the day of writing (it had
    # gone back a week)
    assert _read("بدءا من اليوم الثلاثاء الى الخميس", tuesday) == [
        ("الثلاثاء الى الخميس", "2015-10-20/2015-10-22", None)]
    assert [d.value for d in find_dates("تبدأ الدراسة من اليوم الخميس حتى الأحد",
                                        published=datetime.date(2015, 10, 22))] == [
        "2015-10-22/2015-10-25"]
    # a count after an event's year is no year (تشمل الاتفاقية 1990 بندا)
    for count in ("تشمل الاتفاقية 1990 بندا", "وقعت الاتفاقية 2001 دولة",
                  "أفرزت الثورة 1960 شهيدا", "خاض الانتخابات 2015 متنافسا",
                  "في عام ،1500 شخص"):
        assert _read(count, tuesday) == [], count
    # before the era: only a year, and ق.م with its full stop (قم is the city; قبل الميلاد
    # المجيد, Christmas)
    assert [d.value for d in find_dates("زار الرئيس في 12 مارس 2015 قم ومشهد",
                                        published=tuesday)] == ["2015-03-12"]
    assert [d.value for d in find_dates("في 24 ديسمبر 2015 قبل الميلاد المجيد بيوم",
                                        published=tuesday)] == ["2015-12-24"]
    # the Winter and Summer Games and a model year, by their years (onehundredfortysix's,
    # onehundredfifty's)
    assert [d.value for d in find_dates(
        "(الشتوية 2018 في كوريا الجنوبية والصيفية 2020 في اليابان والشتوية 2022 في الصين)",
        published=tuesday)] == ["2018", "2020", "2022"]
    assert _read("وهي من نوع هايلوكس موديل 2011 في أثناء توقفها", tuesday) == [
        ("2011", "2011", None)]
    # fasting on weekdays is a habit, no day (onehundredfifty's)
    assert _read("يصوم الست على حدة، وصيام الاثنين والخميس سنة", tuesday) == []
    # (a word with و or a pronoun after the year is no count: هزيمة 1967 ومعها)
    assert _read("جاءت هزيمة 1967 ومعها وأثناءها نزار قباني", tuesday) == [
        ("1967", "1967", None)]


def test_a_family_name_after_a_given_name_with_and_in_a_list_of_men():
    # onehundredfortyeight's: the family الخميس after the second man's given name, with و
    saturday = datetime.date(2015, 7, 25)
    assert _read("وهم: سليمان النزهة ويزيد الخميس وشبيب الخليفة وعبدالعزيز الخميس وناصر "
                 "الفلاح", saturday) == []
    # but a verb with و opening its sentence is no given name (وأكرم الخميس الفائزين)
    assert [d.value for d in find_dates("وأكرم الخميس الفائزين", published=saturday)] == [
        "2015-07-23"]


def test_what_round_30s_third_held_out_sets_missed():
    # Written after the scoring of round 30's third batch (onehundredfiftytwo to
    # onehundredfiftyseven), in their words.
    sunday = datetime.date(2015, 8, 9)
    # the evening of two days with a dash: the night between, one span
    assert _read("قام الجيش المالي بتسيير دوريات عسكرية مساء السبت - الأحد في وسط مالي",
                 sunday) == [("السبت - الأحد", "2015-08-08/2015-08-09", None)]
    # a year closing a work's title in quotes is the title's, no date
    assert _read("ويحمل الألبوم عنوان \"القضية 2015\" ويغني فيه", sunday) == []
    # a month after إنهاء ("to end July")
    assert _read("واتجه المعدن الأصفر أيضا إلى إنهاء يوليو على أكبر خسائره", sunday) == [
        ("يوليو", "--07", None)]


def test_two_decades_joined_by_and_are_two_dates_but_after_between():
    # Five sets give two decades joined by و two dates, as two years so joined (threehundredfive,
    # threehundredsix, twohundredfiftyseven, twohundredseventy, round 50's threehundredfiftyseven);
    # onehundredsixtyone and twohundredfortyseven gave one range. After بين they are one range
    # (threehundredthirtyfour), and so are the first without ال and the century words after
    # the second (twohundredninetyeight)
    saturday = datetime.date(2015, 8, 1)
    assert _read("يعود إلى فترة الخمسينيات والستينيات. ويتوقع", saturday) == [
        ("الخمسينيات", "1950/1959", None), ("الستينيات", "1960/1969", None)]
    assert _read("بعد تجاربها في السبعينات والثمانينات أن السياسة", saturday) == [
        ("السبعينات", "1970/1979", None), ("الثمانينات", "1980/1989", None)]
    assert _read("تلك الفترة بين الستينات والسبعينات", saturday) == [
        ("الستينات والسبعينات", "1960/1979", None)]
    assert [v for _, v, _ in _read("ستينيات وسبعينيات وثمانينيات القرن الماضي", saturday)] == [
        "1960/1969", "1970/1979", "1980/1989"]  # a list of three: each (its hostile pass)
    assert [d.value for d in find_dates("في الخمسينيات والسبعينيات", published=saturday)] == [
        "1950/1959", "1970/1979"]
    # Hijri days in figures after the weekdays they fall on (onehundredsixtytwo's): one
    # range, the weekdays out of it, and the first weekday no date of its own
    sunday = datetime.date(2015, 7, 26)
    assert _read("تقام يومي الخميس والجمعة 14 - 15 / 10 /1436هـ في الرياض", sunday) == [
        ("14 - 15 / 10 /1436هـ", "2015-07-30/2015-07-31", None)]


def test_what_round_30s_fourth_held_out_sets_missed():
    # Written after the scoring of round 30's fourth batch, in their words.
    tuesday = datetime.date(2015, 7, 21)
    # onehundredsixtyone's: a name's figure before a weekday and its day is no day of a list
    # (it had given --07-01); days listed each after its weekday stay one range
    assert _read("سائق فريق (ماروسيا) للفورمولا 1، السبت 18 يوليو أنه توفي", tuesday) == [
        ("18 يوليو", "--07-18", None)]
    assert _read("للفورمولا 17، السبت 18 يوليو", tuesday) == [("18 يوليو", "--07-18", None)]
    assert _read("للفورمولا 1، السبت 18 شوال 1436هـ", tuesday) == [
        ("18 شوال 1436هـ", "2015-08-03", None)]
    assert _read("يومي الثلاثاء 11 والأربعاء 12 أغسطس", tuesday) == [
        ("11 والأربعاء 12 أغسطس", "--08-11/--08-12", None)]
    # onehundredfiftyeight's: Hijri months in brackets after الأشهر, each its own month of the
    # Hijri year of writing (Muharram and Rabi' al-Awwal 1436)
    monday = datetime.date(2015, 8, 10)
    assert _read("مكافآت الطلاب للأشهر (محرم وربيع الأول) للعام الدراسي 1435 / 1436هـ",
                 monday) == [("محرم", "2014-10/2014-11", None),
                             ("ربيع الأول", "2014-12/2015-01", None),
                             ("1435 / 1436هـ", "2013/2015", None)]
    # the second hostile review's: a Hijri decade is the latest begun by the year of writing
    # (1436): العشرينيات الهجرية the 1420s, not the 1320s; الثمانينيات الهجرية the 1380s
    assert _read("منذ العشرينيات الهجرية", monday) == [
        ("العشرينيات الهجرية", "1999/2008", "since")]
    assert _read("منذ الثمانينيات الهجرية", monday) == [
        ("الثمانينيات الهجرية", "1960/1970", "since")]


def test_dates_says_what_a_day_the_calendars_do_not_reach_left_out(tmp_path):
    from click.testing import CliRunner

    from briefgen.cli import cli

    path = tmp_path / "new.txt"
    path.write_text("وقال الوزير الأربعاء الماضي إن الاجتماع عقد في 5 يوليو 2015.\n", "utf-8")
    result = CliRunner().invoke(cli, ["--project", str(ROOT), "dates", str(path),
                                      "--published", "0001-01-01"])
    assert result.exit_code == 0 and "2015-07-05" in result.stdout
    assert ("note: 1 date left out (weekdays, Hijri months or days without a year): the "
            "calendars do not reach 0001-01-01") in result.stderr
    result = CliRunner().invoke(cli, ["--project", str(ROOT), "dates", str(path),
                                      "--published", "2015-07-22"])
    assert "note:" not in result.output and "2015-07-15" in result.stdout


def test_what_round_31s_held_out_sets_missed():
    # Written after the scoring of round 31's sets (onehundredsixtyfour to
    # onehundredsixtynine), in their words.
    saturday = datetime.date(2015, 8, 1)
    # onehundredsixtyseven's: اثنين before a tens is a number (twenty-two offices), and a
    # figure after رقم with its bracket apart is a room's number; neither a date
    assert _read("كما عقدت لقاءات مماثلة في جميع مكاتب المؤسسة الاثنين والعشرين بمختلف "
                 "مناطق المملكة.", saturday) == []
    assert _read("بمبنى رقم (90 ) غرفة رقم ( 2022) ، أو على العنوان البريدي", saturday) == []
    assert _read("وصل الوفد الاثنين والثلاثاء", saturday) == [
        ("الاثنين والثلاثاء", "2015-07-27/2015-07-28", None)]
    # onehundredsixtyeight's: عامى, the year word with a final alif maqsura
    assert _read("خضعوا لجراحات استبدال الركبة بين عامى 1999 و2012، من بين", saturday) == [
        ("بين عامى 1999 و2012", "1999/2012", None)]
    # onehundredsixtynine's: from an ordinal to a figure after من, one range
    assert _read("التي ستقام خلال الفترة من الرابع إلى 15 أغسطس المقبل في المغرب",
                 saturday) == [("من الرابع إلى 15 أغسطس", "--08-04/--08-15", None)]


def test_what_round_31s_hostile_review_found():
    monday = datetime.date(2015, 8, 10)
    # months in brackets after الأشهر: two or more, and not when a year follows for them;
    # a list of them with commas
    assert _read("وكان النمو خلال الأشهر (صفر) بالمئة", monday) == []
    assert [d[0] for d in _read("الأشهر (شعبان ورمضان) من عام 1437هـ", monday)] == [
        "من عام 1437هـ"]
    assert [d[0] for d in _read("الأشهر (رمضان، شوال، ذو القعدة)", monday)] == [
        "رمضان", "شوال", "ذو القعدة"]
    # a Hijri decade of the century the text names
    assert _read("العشرينيات الهجرية من القرن الرابع عشر", monday)[0] == (
        "العشرينيات الهجرية", "1902/1911", None)
    # a figure after يوم or أيام is a day of the list, before a weekday too
    friday = datetime.date(2015, 7, 10)
    assert _read("تقام المباريات أيام 16، 17، السبت 18 يوليو.", friday) == [
        ("16، 17، السبت 18 يوليو", "--07-16/--07-18", None)]
    # from an ordinal to a smaller figure: the last day stands (it had given nothing)
    assert _read("من الخامس والعشرين إلى 3 سبتمبر", friday) == [("3 سبتمبر", "--09-03", None)]


def test_what_round_31s_second_batch_missed():
    # Written after the scoring of round 31's second batch (onehundredseventy to
    # onehundredseventyfive, heldout-r31b), in their words.
    saturday = datetime.date(2015, 8, 1)
    # onehundredseventy's: a range after يوم over a year's end; منبر الجمعة a pulpit, no day
    assert _read("بعد أن كان مقررا أن تنطلق يوم 22 ديسمبر المقبل حتى 4 يناير 2016.",
                 saturday) == [("22 ديسمبر المقبل حتى 4 يناير 2016", "2015-12-22/2016-01-04",
                                None)]
    assert _read("يوم 5 يوليو و6 أغسطس", saturday) == [("5 يوليو", "--07-05", None),
                                                      ("6 أغسطس", "--08-06", None)]
    assert _read("أن يتخلى بعض الخطباء عن تحويل منبر الجمعة المقدس إلى قناة", saturday) == []
    # onehundredseventyone's: a season before the year word and its placing word
    assert _read("لبرنامج إعداد القادة في جامعة هارفارد لصيف العام الحالي 2015 الذي يأتي",
                 saturday) == [("صيف العام الحالي 2015", "2015", "summer")]
    # onehundredseventytwo's: a Hijri month after شهر before a count is the month
    assert _read("بلغ عدد المحلات التي تمت زيارتها خلال شهر رمضان 852 محلا", saturday) == [
        ("رمضان", "2015-06/2015-07", None)]
    # onehundredseventyfour's: a yearly range to the end of its last day (met twice now),
    # and days after يوم that follow a day with its month, the month's
    assert _read("خلال الفترة الواقعة ما بين 15 من شهر يونيو إلى نهاية اليوم الـ 15 من شهر "
                 "سبتمبر من كل عام", saturday)[0][1:] == ("--06-15/--09-15", None)
    assert [d[:2] for d in _read("يفتتحها بلقاء بني ياس يوم 23 يوليو، فيما ستكون المواجهة "
                                 "الثانية أمام الوصل يوم 27، أما اللقاء الثالث فسيكون أمام نيس "
                                 "يوم 31 بينما يختتم", saturday)] == [
        ("23 يوليو", "--07-23"), ("27", "--07-27"), ("31", "--07-31")]
    # (a smaller day after يوم is no day of that month: بعد يوم 5, "after day 5")
    assert _read("وصل يوم 23 يوليو 2015، وغادر بعد يوم 5.", saturday) == [
        ("23 يوليو 2015", "2015-07-23", None)]


def test_what_round_31s_second_new_user_review_found():
    saturday = datetime.date(2015, 8, 8)
    # a boat that set sail on a Wednesday, to be back on the Thursday: both past; أمس الأول
    # before a weekday is the day before yesterday
    assert [d[1] for d in _read("وكان القارب المفقود قد أبحر مساء الأربعاء على أن يعود مساء "
                                "يوم أمس الأول الخميس", saturday)] == ["2015-08-05", "2015-08-06"]
    assert [d[1] for d in _read("أبحر مساء يوم الأربعاء على أن يعود مساء يوم الخميس، إلا أنه "
                                "تأخر عن العودة", saturday)] == ["2015-08-05", "2015-08-06"]
    # (أمس الأول of a text crawled on a Friday: the nearest Thursday before, as the gold gives
    # it, the text written for the Saturday paper: onehundredseventyone's)
    assert _read("وقعت إدارة مطار الملك فهد الدولي أمس الأول الخميس عقد بناء",
                 datetime.date(2015, 7, 24)) == [("الخميس", "2015-07-23", None)]
    # the day after setting off is counted from that day (the second hostile review: the
    # first cut had put it before the departure)
    monday = datetime.date(2015, 8, 10)
    assert [d[1] for d in _read("غادر الرئيس الرياض أمس الأحد على أن يعود الخميس.", monday)] == [
        "2015-08-09", "2015-08-13"]
    assert [d[1] for d in _read("انطلقت السبت منافسات البطولة على أن تختتم الجمعة.",
                                monday)] == ["2015-08-08", "2015-08-14"]
    # (a plan after a departure with no day of its own, or after a future, is to come)
    assert [d[1] for d in _read("غادر الوفد الرياض على أن يعود الخميس", saturday)] == [
        "2015-08-13"]
    assert [d[1] for d in _read("وسيغادر الوفد يوم الأربعاء على أن يعود الخميس", saturday)] == [
        "2015-08-12", "2015-08-13"]


def test_what_round_31s_second_hostile_review_found():
    monday = datetime.date(2015, 8, 10)
    # a day put off from one date to another is no range; a range after يوم runs forward
    assert [d[1] for d in _read("تأجلت الجلسة المقررة يوم 5 يوليو إلى 20 أغسطس.", monday)] == [
        "--07-05", "--08-20"]
    assert [d[1] for d in _read("تم تقديم موعد الامتحانات المقرر يوم 20 مايو حتى 10 مايو 2015.",
                                monday)] == ["--05-20", "2015-05-10"]
    # a day after يوم of another month, a count of days or a full stop after it
    assert _read("قتل الجندي يوم 5 أغسطس، بعد أن أصيب يوم 20 من الشهر الماضي.", monday) == [
        ("5 أغسطس", "--08-05", None)]
    assert [d[1] for d in _read("بدأت المفاوضات يوم 10 يونيو. وفي الشهر التالي، اجتمع الطرفان "
                                "يوم 14 في جدة.", monday)] == ["--06-10"]
    assert [d[1] for d in _read("انطلقت البطولة يوم 23 يوليو، واستمرت حتى يوم 27، وتختتم يوم 31.",
                                monday)] == ["--07-23", "--07-27", "--07-31"]
    # the pulpit with its article and a Friday with its placing word: the Friday stays
    assert _read("صعد الإمام إلى المنبر الجمعة الماضية وهاجم الحوثيين.", monday) == [
        ("الجمعة الماضية", "2015-08-07", None)]


def test_what_round_32s_first_held_out_batch_missed():
    # Written for this test in the style of the batch's misses.
    sunday, saturday = datetime.date(2015, 7, 26), datetime.date(2015, 8, 8)
    # a statement printed with vowels around an unvowelled peg: the peg stands; a poem's
    # vowelled weekday stays none
    vowelled = ("أعلنت وزارة الداخلية، أمس السبت، أن السلطات أحبطت محاولة لتهريب أسلحة إلى داخل "
                "البلاد عبر البحر. وقال البيان إن دوريات خَفَرِ السواحلِ نفذت خُطةَ انتشارٍ بحري، "
                "بإسنادٍ من طيرانِ الشرطة، وبالتنسيقِ مع سلاحِ البحريةِ، وتحركَ قاربُ المقبوضِ "
                "عليهما باتجاهِ المياهِ الإقليميةِ.")
    assert _read(vowelled, sunday) == [("السبت", "2015-07-25", None)]
    poem = "يا ليلةَ الخميسِ تعودُ بنا، وقلوبُنا تهفو إليكِ بلا انتهاءِ، وتبقى الذكرى لنا دوماً."
    assert _read(poem, sunday) == []
    # الاثنين before a participle and its pronoun of two: "the two", no Monday
    assert _read("وقال إن الاثنين المقبوض عليهما اعترفا بالتهمة.", sunday) == []
    # a Hijri range after يوم and the weekday its first day falls on (7/11/1436 is a
    # Saturday); not with another weekday, nor after a putting off
    assert _read("يبدأ قيد الناخبين يوم السبت 7 /11 الى 1 /12 /1436هـ.", saturday) == [
        ("7 /11 الى 1 /12 /1436هـ", "2015-08-22/2015-09-14", None)]
    assert [d[1] for d in _read("يبدأ قيد الناخبين يوم الأحد 7 /11 الى 1 /12 /1436هـ.",
                                saturday)] == ["2015-09-14"]
    assert [d[1] for d in _read("تقرر تأجيل الاختبار يوم السبت 7 /11 إلى 1 /12 /1436هـ.",
                                saturday)] == ["2015-09-14"]
    # a month glued to the "to" after it
    assert [d[1] for d in _read("استوردت البحرين من ينايرحتى مايو 2015 سجائر.", saturday)] == [
        "2015-01/2015-05"]
    # a year after a name in Latin letters, before a pause or a word of the sentence; not
    # before a counted noun
    assert _read("فاز الطلاب في المعرض الدولي ITEX 2015 الذي أقيم في ماليزيا.", saturday) == [
        ("2015", "2015", None)]
    assert _read("بلغ عدد زوار ITEX 2015 زائرا.", saturday) == []
    # a page's tag line holds keywords, no days
    assert _read("وصلى السكان الظهر أربعا. سمات الجمعة الصلاة الظهر تربة", saturday) == []


def test_a_month_named_as_coming_in_the_month_of_publication():
    # Written for this test in the style of the round 32 batch's stale reports: a text crawled
    # inside the month it calls coming was written before the month began, so it is this
    # year's (26 Shawwal 1436 is 11 August 2015); a month after publication stays next.
    crawled = datetime.date(2015, 8, 11)
    assert _read("البطولة المقامة خلال الفترة من 2 - 11 شوال المقبل في سيؤول.", crawled) == [
        ("2 - 11 شوال", "2015-07-18/2015-07-27", None)]
    assert [d[1] for d in _read("وتوقعت أن تتم الموافقة خلال شوال المقبل.", crawled)] == [
        "2015-07/2015-08"]
    assert [d[1] for d in _read("الحفل في 10 ذي القعدة المقبل.", crawled)] == ["2015-08-25"]
    # (a year after the month says which: رمضان المقبل 1437هـ; and a Gregorian month keeps
    # the next year's, with no stale report in the corpus to say otherwise)
    assert [d.value for d in find_dates("يعرض المسلسل في رمضان المقبل 1437هـ",
                                        published=datetime.date(2015, 6, 25))][0] == (
        "2016-06/2016-07")
    assert [d.value for d in find_dates("تجري الانتخابات في نوفمبر المقبل.", context_year=2015,
                                        published=datetime.date(2015, 11, 20))] == ["2016-11"]


def test_what_round_32s_hostile_review_found():
    # Written for this test from the review's inputs. A Monday before a verbal noun and its
    # pronoun of two stays a Monday (only a participle makes الاثنين "the two")
    monday = datetime.date(2015, 7, 20)
    for text in ("أعلنت الشرطة الاثنين القبض عليهما في الرياض.",
                 "وأصدرت المحكمة يوم الاثنين الحكم عليهما بالسجن.",
                 "وأعلنت النيابة صباح الاثنين القبض عليهما."):
        assert [d[1] for d in _read(text, monday)] == ["2015-07-20"], text
    # سمات in a sentence is "the features of"; only a line that opens with it is a tag line
    assert [d[1] for d in _read("وأكد أن سمات المرحلة المقبلة ستتضح بعد اجتماع الخميس المقبل.",
                                monday)] == ["2015-07-23"]
    assert _read("وصلى السكان الظهر. سمات: الجمعة، الصلاة، الظهر", monday) == []
    # a price or a model in Latin letters before a figure is no year
    for text in ("سيارة Peugeot 2008 الجديدة", "SAR 1999 للنسخة", "الهاتف Nokia 2100 على"):
        assert _read(text, monday) == [], text
    # a putting off anywhere in the sentence before, in any of its forms
    for text in ("أعلنت إدارة التعليم تأجيل اختبارات الدور الثاني لطلاب المرحلة الثانوية من "
                 "يوم السبت 7 /11 الى 1 /12 /1436هـ", "ستؤجل يوم السبت 7 /11 الى 1 /12 /1436هـ"):
        assert [d[1] for d in _read(text, monday)] == ["2015-09-14"], text
    # a vowelled verse's weekday is none, though plain prose follows on the next line; a
    # plain line's peg stands, though a vowelled verse follows
    assert _read("يا ليلُ طُلْ فالقلبُ يشكو هَجْرَها، وجئتُ إليكِ يا ليلى نهار الأحد\n"
                 "وقال الشاعر إن القصيدة كتبت في الرياض قبل سنوات طويلة ونشرت في ديوانه.",
                 monday) == []
    assert [d[1] for d in _read(
        "أقام النادي الأدبي أمس الثلاثاء أمسية شعرية كبيرة حضرها جمهور من المثقفين.\n"
        "يا ليلةَ الخميسِ تعودُ بنا، وقلوبُنا تهفو إليكِ بلا انتهاءِ، وتبقى الذكرى لنا.",
        datetime.date(2015, 7, 15))] == ["2015-07-14"]



def test_what_round_32s_second_hostile_review_found():
    # Written for this test from the review's inputs. "Reported" (نقلت), handing in (تقديم)
    # and an extension (تمديد) move no day: the range stands; a putting off in an earlier
    # clause does not reach it
    saturday = datetime.date(2015, 8, 8)
    for text in ("ونقلت الوكالة عن الوزارة أن الاختبارات تبدأ يوم السبت 7 /11 الى 1 /12 /1436هـ",
                 "وتقرر تمديد فترة التسجيل لتكون من يوم السبت 7 /11 الى 1 /12 /1436هـ",
                 "وتم تأجيل الحفل، وتبدأ الاختبارات يوم السبت 7 /11 الى 1 /12 /1436هـ"):
        assert [d[1] for d in _read(text, saturday)] == ["2015-08-22/2015-09-14"], text
    # a sentence of prose that opens with سمات keeps its weekday; other tag labels are tags
    monday = datetime.date(2015, 7, 20)
    assert [d[1] for d in _read("سمات المرحلة المقبلة سيعلنها الرئيس الخميس المقبل في خطاب.",
                                monday)] == ["2015-07-23"]
    assert _read("وصلى السكان الظهر. الوسوم: الجمعة، الصلاة، الظهر", monday) == []
    # two capitals are an airline's code or a currency; a known model is no event
    for text in ("الرحلة SV 2015 المتجهة إلى جدة", "بسعر SR 1999 للجهاز",
                 "سيارة BMW 2002 الكلاسيكية"):
        assert _read(text, monday) == [], text


def test_what_round_32s_third_held_out_batch_missed():
    # Written for this test in the style of the batch's misses: the mosque with its article
    # is where it happened, the day with its placing word its own; a range to the end of a
    # day's work (نهاية عمل يوم) as to the end of its hours (نهاية دوام يوم)
    monday = datetime.date(2015, 8, 10)
    assert _read("بعد حادثة التفجير التي شهدها المسجد الخميس الماضي وأدت إلى.", monday) == [
        ("الخميس الماضي", "2015-08-06", None)]
    assert _read("أدى صلاة الجمعة في مسجد الخميس بالرياض.", monday) == []
    assert [d[1] for d in _read("ويبدأ التقديم من يوم الأحد الموافق 1436/10/17هـ إلى نهاية عمل "
                                "يوم الخميس الموافق 1436/10/21هـ", monday)] == [
        "2015-08-02/2015-08-06"]


def test_what_round_33s_first_held_out_batch_missed():
    # Written for this test in the style of the batch's misses: a weekday before a rate of a
    # market is a peg, no day of a month (اليوم الثلاثاء 1.3 في المائة); a feast's year is a
    # date, as a season's; a weekday and a day of "the same month" after a day with its month
    # is that month's day, in its calendar, the weekday giving a yearless one its year; such a
    # day alone stays out, and so does a weekday at odds with its day
    thursday = datetime.date(2015, 8, 6)
    assert _read("وتراجع المؤشر اليوم الثلاثاء 1.3 في المائة.", thursday) == [
        ("الثلاثاء", "2015-08-04", None)]
    assert _read("وكان قد سجل يوم الجمعة 98.334 نقطة.", thursday) == [
        ("الجمعة", "2015-07-31", None)]
    assert _read("وانخفضت أسعار عيد 2015 بنسبة 15 في المائة.", thursday) == [
        ("2015", "2015", None)]
    assert _read("أمام نجران يوم الخميس الخامس من شهر ذي القعدة، وأمام الرائد يوم الخميس 12 "
                 "من الشهر ذاته.", thursday)[1] == ("الخميس 12 من الشهر ذاته", "2015-08-27", None)
    assert _read("يلتقي الهلال في 2 أغسطس ثم يلاقي فيرونا مساء الأربعاء الخامس من الشهر ذاته.",
                 thursday)[1] == ("الأربعاء الخامس من الشهر ذاته", "2015-08-05", None)
    assert [d[0] for d in _read("يلعب يوم 5 أغسطس، ثم في العشرين من الشهر نفسه.", thursday)] == [
        "5 أغسطس"]
    assert [d[0] for d in _read("يلعب في 2 أغسطس ثم يوم الخميس الخامس من الشهر ذاته.",
                                thursday)] == ["2 أغسطس"]


def test_what_round_33s_hostile_review_found():
    # Written for this test from the review's inputs: a weekday before a day and month with a
    # full stop (الأحد 9.8) is no peg of the week before; العيد before a count is no year; a
    # yearless day of the same month whose weekday is not its own in the year of publication
    # is no date, and a weekday at a day its month lacks none either
    thursday = datetime.date(2015, 8, 20)
    assert all(d[1] != "2015-08-16" for d in _read(
        "وزار الأمير المعرض يوم الأحد 9.8 وافتتح الجناح.", thursday))
    assert _read("وسجل المرور خلال العيد 1995 حادثا.", thursday) == []
    assert _read("وانخفضت أسعار عيد 2015 مقارنة مع عيد 2014، وذلك.", thursday) == [
        ("2015", "2015", None), ("2014", "2014", None)]
    assert [d[0] for d in _read("وعقد الاجتماع الأول في 3 مارس، والثاني يوم الخميس 10 من "
                                "الشهر ذاته.", thursday)] == ["3 مارس"]


def test_what_round_33s_second_held_out_batch_missed():
    # Written for this test in the style of the batch's misses: بعد غداً with its tanween
    # before a weekday is the day after tomorrow; the last day of a named month is that day
    # (a Hijri month's by its length); a range to a day "of it" (وحتى 29 منه)
    saturday = datetime.date(2015, 8, 8)
    assert _read("وسيغلق باب الترشح بعد غداً الاثنين.", saturday) == [
        ("الاثنين", "2015-08-10", None)]
    assert _read("بعد التفجير الذي حدث في اليوم الأخير من شهر رمضان.", saturday) == [
        ("اليوم الأخير من شهر رمضان", "2015-07-16", None)]
    assert _read("ويستمر العرض حتى آخر يوم من يوليو 2015.", saturday) == [
        ("آخر يوم من يوليو 2015", "2015-07-31", None)]
    assert _read("يقام المعسكر خلال الفترة من 22 يوليو وحتى 29 منه.", saturday) == [
        ("22 يوليو وحتى 29 منه", "--07-22/--07-29", None)]


def test_what_round_33s_third_held_out_batch_missed():
    # Written for this test in the style of the batch's misses: a futures contract's month
    # after عقود (contracts) is a date, as after تسليم; عقود alone (decades) none
    assert _read("ونزل الخام الأمريكي في عقود سبتمبر ثلاثة سنتات.") == [("سبتمبر", "--09", None)]
    assert _read("منذ عقود طويلة لم يحدث ذلك.") == []


def test_what_round_34s_first_held_out_batch_missed():
    # Written for this test in the style of the batch's misses: آخر before شهر and a month is
    # its end (but after a noun without the article, "another", as the hostile review showed;
    # آخر before the month alone still wants a word of time); بين with the word for two months,
    # and a placing word and
    # a comma before the و of the range's end; the 30th of a Hijri month Umm al-Qura gives 29
    # days is the day after its 29th
    thursday = datetime.date(2015, 7, 23)
    assert _read("وتنتهي المرحلة الأولى آخر شهر شوال الجاري.", thursday) == [
        ("شوال", "2015-07/2015-08", "late")]
    assert _read("ووقع هجوم آخر يوليو الماضي.", thursday) == [("يوليو", "--07", None)]
    assert _read("تقع تواريخ التوزيع بين شهري يوليو الحالي وأغسطس المقبل.", thursday) == [
        ("بين شهري يوليو الحالي وأغسطس", "--07/--08", None)]
    assert _read("تراوحت مدة الأحقية بين 25 يونيو الماضي، و 20 أغسطس المقبل، وكانت.",
                 thursday) == [("بين 25 يونيو الماضي، و 20 أغسطس", "--06-25/--08-20", None)]
    assert _read("تستقبل الطلبات بدءًا من تاريخ 1 إلى 30 /11 / 1436هـ خلال الدوام.",
                 thursday) == [("1 إلى 30 /11 / 1436هـ", "2015-08-16/2015-09-14", None)]
    assert _read("تستقبل الطلبات حتى 31/11/1436هـ خلال الدوام.", thursday) == [
        ("1436هـ", "2014/2015", None)]


def test_what_round_34s_second_held_out_batch_missed():
    # Written for this test in the style of the batch's misses: two years each with its word
    # joined by حتى are one range without من (Hijri with their marks too); a Hijri month in
    # figures after its year (not a number's); a month's year after لهذا العام; a range after
    # بتاريخ with حتى; the first week of a month without من; a weekday after a verb of lasting
    # and حتى is ahead; موسمي رمضان
    thursday = datetime.date(2015, 8, 6)
    assert _read("منذ تأسيسه عام 1425هـ حتى عام 1435هـ بلغ العدد.", thursday) == [
        ("عام 1425هـ حتى عام 1435هـ", "2004/2014", None)]
    assert _read("منذ تأسيسه عام 2004 حتى عام 2014 بلغ.", thursday) == [
        ("عام 2004 حتى عام 2014", "2004/2014", None)]
    assert _read("تقدمت إلى الوظيفة بتاريخ 1435/7هـ، ثم القرار رقم 1436/7هـ.", thursday) == [
        ("1435/7هـ", "2014-04/2014-05", None)]
    assert _read("في الثاني عشر من شهر أبريل لهذا العام 2015 كتب المؤلف.", thursday) == [
        ("الثاني عشر من شهر أبريل لهذا العام 2015", "2015-04-12", None)]
    assert _read("منذ الافتتاح الذي كان بتاريخ 14 أبريل وحتى 5 يونيو بلغ العدد.", thursday) == [
        ("14 أبريل وحتى 5 يونيو", "--04-14/--06-05", None)]
    assert _read("ويبدأ الموسم في الاسبوع الاول اغسطس.", thursday) == [
        ("الاسبوع الاول اغسطس", "--08", "early")]
    assert _read("أمطار رعدية تستمر حتى السبت بجازان.", thursday) == [
        ("السبت", "2015-08-08", None)]
    assert _read("واستمرت الأمطار حتى الأربعاء في جازان.", thursday) == [
        ("الأربعاء", "2015-08-05", None)]
    assert _read("ضمن برامج موسمي رمضان والحج.", thursday) == [
        ("رمضان", "2015-06/2015-07", None)]


def test_what_round_34s_hostile_review_found():
    # Written for this test from the review's inputs: آخر شهر after a noun is "another" unless
    # a word of time stands before it or the month is the current or coming one; a Hijri month
    # with its year and آخر شهر after a word of time is its end; the comma before a range's و
    # only after بين; a list of three after بين is no range of its first two
    thursday = datetime.date(2015, 7, 23)
    assert _read("وأكد أن هجوما آخر شهر يوليو الماضي استهدف المدينة.", thursday) == [
        ("شهر يوليو", "--07", None)]
    assert [d[2] for d in _read("وأصيب شخص آخر شهر رمضان الماضي في حادث.", thursday)] == [None]
    assert [d[2] for d in _read("وينتهي التسجيل في آخر شهر ذي الحجة 1436هـ.", thursday)] == [
        "late"]
    assert _read("وبدأ التطبيق اعتبارا من 1 يوليو الماضي، و 20 أغسطس موعد انتهاء المهلة.",
                 thursday) == [("1 يوليو", "--07-01", None), ("20 أغسطس", "--08-20", None)]
    assert _read("وتتوزع بين شهري يوليو وأغسطس وسبتمبر.", thursday) == [
        ("يوليو وأغسطس وسبتمبر", "--07/--09", None)]
    assert [d[1] for d in _read("وتوزعت بين 25 يونيو الماضي، و 15 يوليو، و 20 أغسطس.",
                                thursday)] == ["--06-25", "--07-15", "--08-20"]


def test_what_round_34s_second_hostile_review_found():
    # Written for this test from the review's inputs: a past auxiliary before the verb of
    # lasting keeps the weekday in the past; a count after لهذا العام is no year of the month;
    # a Hijri year's second half cut short, a case's number; years moved from one to another;
    # بتاريخ ... وحتى ... then a negation; a list of days after بين; آخر شهر after a verb or
    # a figure is the month's end, after a noun without the article "another"
    monday = datetime.date(2015, 8, 10)
    assert _read("وكانت الاحتجاجات تتواصل حتى الخميس حين تدخلت الشرطة.", monday) == [
        ("الخميس", "2015-08-06", None)]
    assert ("أبريل", "--04", None) in _read("سجلت الوزارة في أبريل لهذا العام 1500 إصابة.",
                                             monday)
    assert not any(d[1].startswith(("2014-", "2015-")) for d in _read(
        "ميزانية العام المالي 1436/7هـ والقضية 1435/7هـ.", monday))
    assert _read("أجل المؤتمر الذي كان مقررا عام 2014 إلى عام 2016.", monday) == [
        ("عام 2014", "2014", None), ("عام 2016", "2016", None)]
    assert len(_read("وقع الحادث بتاريخ 14 أبريل وحتى 5 يونيو لم تعلن النتائج.", monday)) == 2
    assert [d[1] for d in _read("تقام المباريات بين 5 يوليو و10 يوليو و15 يوليو.", monday)] == [
        "--07-05", "--07-10", "--07-15"]
    assert [d[2] for d in _read("ويزداد الإقبال آخر شهر رمضان.", monday)] == ["late"]
    assert [d[2] for d in _read("انتقل لاعب آخر شهر رمضان الجاري.", monday)] == [None]


def test_what_round_34s_third_held_out_batch_missed():
    # Written for this test in the style of the batch's misses: two weekdays to come on the day
    # of the first are the next week's; منذ before a weekday and its date, and before the date
    # it is the same day as, is "since" (not when a range's end follows); الاثنين after a dual
    # with "our" is "the two"
    sunday = datetime.date(2015, 8, 2)
    assert _read("وعليها مراجعة الإدارة يومي الأحد والاثنين المقبلين.", sunday) == [
        ("الأحد والاثنين المقبلين", "2015-08-09/2015-08-10", None)]
    wednesday = datetime.date(2015, 7, 22)  # المقبل after a range's end is the end's alone
    assert [d[1] for d in _read("في الفترة من اليوم الاثنين إلى الجمعة المقبل.", wednesday)] == [
        "2015-07-20/2015-07-24"]
    assert _read("نقل المقر منذ يوم الأحد 18/9/1436ه الموافق 5/7/2015.", sunday) == [
        ("18/9/1436ه", "2015-07-05", "since"), ("5/7/2015", "2015-07-05", "since")]
    assert [d[2] for d in _read("منذ الأحد 5 يوليو وحتى الخميس 9 يوليو.", sunday)] == [
        None, None]
    assert _read("وتعمل بلدينا الاثنين على مكافحة الإرهاب.", sunday) == []


def test_what_round_35s_held_out_batch_missed():
    # Written for this test in the style of the batch's misses: آخر before a Hijri month
    # without شهر is its end after a word placing a time, not "the last" one; the year after
    # next, printed, with its month
    tuesday = datetime.date(2015, 7, 21)
    assert _read("ليخرج من السجن في آخر رمضان بعد سبعة أشهر.", tuesday) == [
        ("رمضان", "2015-06/2015-07", "late")]
    assert _read("وهو آخر رمضان يقضيه مع أسرته.", tuesday) == []
    assert [d[1:] for d in _read("ينتهي المشروع في رجب من العام بعد القادم 1438هـ.", tuesday)] == [
        ("2017-03/2017-04", None)]


def test_what_round_35s_second_held_out_batch_missed():
    # Written for this test in the style of the batch's misses: a model year before a
    # conjunction in ا; the first months counted in the feminine; a range from tomorrow's
    # weekday in quotes to a Hijri day of this month
    friday = datetime.date(2015, 7, 31)
    assert [d[1] for d in _read("علق مثبت السرعة في سيارته موديل 2014 عندما انطلق.", friday)] == [
        "2014"]
    assert [d[1] for d in _read("تراجعت خلال الأشهر الست الأولى من عام 2015.", friday)] == [
        "2015-01/2015-06"]
    assert [d[1] for d in _read('تقام الفعاليات من غد "السبت" إلى 30 من شوال الجاري.', friday)] == [
        "2015-08-01/2015-08-15"]


def test_what_round_35s_hostile_review_found():
    # The review's inputs: a Hijri day without its year opening a range to a Hijri day with
    # one is in the end's year (or the one before, over the year's turn), whatever the day
    # of publication, and not marked as inferred
    for published in (datetime.date(2015, 7, 21), datetime.date(2016, 7, 21),
                      datetime.date(2010, 1, 1)):
        assert [d[1] for d in _read("من 15 شوال إلى 25 من شهر ذي القعدة 1437هـ", published)] == [
            "2016-07-20/2016-08-28"]
        assert [d[1] for d in _read("من 20 ذي الحجة إلى 10 محرم 1437هـ", published)] == [
            "2015-10-03/2015-10-23"]
    # and a Gregorian month of the year after next with its figures
    assert [d[1] for d in _read("في يوليو من العام بعد القادم 2017", published)] == ["2017-07"]
    found = find_dates("من 15 شوال إلى 25 من شهر ذي القعدة 1436هـ",
                       published=datetime.date(2016, 7, 21))
    assert [d.year_inferred for d in found] == [False]


def test_a_weekday_that_does_not_fit_a_day_without_its_year_leaves_the_year_alone():
    # Round 35's hostile review (#4) asked that الأحد 5 يوليو in a paper of June 2016 be 5 July
    # 2015, a Sunday. Built and read on the 18,411 articles of ≡ 10-69, it moved three dates,
    # each a slip of the paper, not a report a year old: السبت 12 يوليو (the Skhirat accord,
    # Saturday 11 July 2015), الاثنين 20 يونيو (Sarkozy in Tunis on Monday 20 July 2015), الخميس
    # 31 يوليو of 2015 ("للعام الجاري 1436هـ/ 2015م"). So the year of publication stays.
    def values(text, published):
        return [d.value for d in find_dates(text, context_year=published.year,
                                            published=published)]

    assert values("تم التوقيع عليه في مدينة الصخيرات المغربية السبت 12 يوليو.",
                  datetime.date(2015, 7, 21)) == ["2015-07-12"]
    assert values("أعلن الخميس31 يوليو موعدا لإغلاق باب التسجيل.",
                  datetime.date(2015, 8, 7)) == ["2015-07-31"]


def test_round_36_first_months_after_awwal_a_bloc_after_li_and_since_on_both_calendars():
    # Round 36's held-out twohundredfortysix and twohundredfortyeight (scored at heldout-r36):
    # أول ستة أشهر من عام 2015 is the first half; لفريق 14 آذار the Lebanese bloc (as قوى 14
    # آذار was), no day; منذ 15 شوال الجاري الموافق الأول من أغسطس 2015م "since" both days
    published = datetime.date(2015, 8, 13)

    def found(text):
        return [(d.text, d.value, d.qualifier)
                for d in find_dates(text, context_year=2015, published=published)]

    assert found("نمت المبيعات في أول ستة أشهر من عام 2015، وقال") == [
        ("أول ستة أشهر من عام 2015", "2015-01/2015-06", None)]
    assert found("خلال آخر ثلاثة أشهر من 2014.") == [
        ("آخر ثلاثة أشهر من 2014", "2014-10/2014-12", None)]
    assert found("منسّق الأمانة العامة لفريق 14 آذار فارس سعيد") == []
    assert found("بدأت أعمالها منذ 15 شوال الجاري الموافق الأول من أغسطس 2015م، وذلك") == [
        ("15 شوال", "2015-07-31", "since"), ("الأول من أغسطس 2015م", "2015-08-01", "since")]
    # "late" stays with its own calendar: the end of Ramadan is mid-July, not late July
    assert found("أواخر شهر رمضان الموافق يوليو 2015")[-1] == ("يوليو 2015", "2015-07", None)


def test_round_36_second_batch_half_a_century_a_programme_weekday_and_so_much_that():
    # Round 36's second held-out batch (scored at heldout-r36b): النصف الثاني من القرن العشرين
    # is 1951-2000; a weekday alone after a programme's day ahead is the one after that day
    # (twohundredfifty's Tabuk course: Tuesday 18 August, then Wednesday the 19th, not the
    # 12th); لدرجة أن ("so much that") before a decade is no temperature's degree
    published = datetime.date(2015, 8, 6)

    def found(text):
        return [(d.text, d.value, d.english) for d in find_dates(
            text, context_year=2015, published=published)]

    assert found("في النصف الثاني من القرن العشرين، حيث") == [
        ("النصف الثاني من القرن العشرين", "1951/2000", "the second half of the 20th century")]
    # and "since" it (round 36's hostile review: the English had lost it)
    assert found("منذ النصف الثاني من القرن العشرين")[0][2] == (
        "since the second half of the 20th century")
    assert [v for _, v, _ in found(
        "تنطلق يوم الثلاثاء 26 / 10 / 1436 هـ ويستكمل البرنامج يوم الأربعاء، ثم في تبوك يوم "
        "الثلاثاء 3 / 11 / 1436 هـ، فيما يستكمل البرنامج يوم الأربعاء")] == [
        "2015-08-11", "2015-08-12", "2015-08-18", "2015-08-19"]
    # a weekday told in the past stays in the past
    assert [v for _, v, _ in found("سيقام الحفل يوم 20 أغسطس 2015، وقال الوزير الاثنين")] == [
        "2015-08-20", "2015-08-03"]
    assert [v for _, v, _ in found("لدرجة أن الجدات الفرنسيات حتى السبعينات كن")] == [
        "1970/1979"]


def test_a_text_that_contradicts_itself_gets_a_note_and_a_quarter_of_a_century():
    # Round 36's hostile review (#5, #12, #13, #14): a weekday the day was not, a pair after
    # الموافق days apart and a day past its month's end were read without a word (the last
    # not at all); each is now read with a note for the reader to check the source
    published = datetime.date(2015, 8, 10)

    def found(text):
        return [(d.text, d.value, d.note) for d in find_dates(text, published=published)]

    assert found("اجتمع الوزراء يوم الأحد 13 يوليو 2015 في جدة") == [
        ("13 يوليو 2015", "2015-07-13", "the text's Sunday, but 13 July 2015 was a Monday")]
    assert found("اجتمع الوزراء يوم الأحد 12 يوليو 2015 في جدة")[0][2] is None
    assert found("وقع الحادث في 31 فبراير 2015 في الرياض") == [
        ("31 فبراير 2015", "2015-02", "no 31 February in 2015: the month is given")]
    assert found("في 29 فبراير 2016")[0][1:] == ("2016-02-29", None)
    pair = found("منذ 15 شوال الجاري الموافق 5 أغسطس 2015م")
    assert [note for _, _, note in pair] == [
        "given as the same day as «5 أغسطس 2015م» (2015-08-05), 5 days apart",
        "given as the same day as «15 شوال» (2015-07-31), 5 days apart"]
    # Umm al-Qura and the moon's sighting may differ by a day: no note
    assert [note for _, _, note in found("يوم الأحد 18/9/1436ه الموافق 5/7/2015")] == [None, None]
    quarter = find_dates("في الربع الأخير من القرن الثاني عشر")[0]
    assert (quarter.text, quarter.value, quarter.english) == (
        "الربع الأخير من القرن الثاني عشر", "1176/1200", "the last quarter of the 12th century")


def test_round_37_a_night_after_wa_a_first_week_a_decade_by_its_place_and_a_working_week():
    # Round 37's held-out sets (scored at heldout-r37): وليل الثلاثاء/الاربعاء is one night
    # (as ليلة الثلاثاء/الأربعاء was); أول أسبوع من شهر أغسطس is early August; العقد الأول من
    # القرن الحالي is the 2000s; a centre open من السبت حتى الأربعاء five hours a day keeps a
    # weekly schedule, no date (twohundredeight's serial من الأحد إلى الخميس at 07:00 too)
    published = datetime.date(2015, 7, 30)

    def found(text):
        return [(d.text, d.value, d.qualifier) for d in find_dates(text, published=published)]

    assert found("وليل الثلاثاء/الاربعاء سجلت حوالى 1500 محاولة") == [
        ("الثلاثاء/الاربعاء", "2015-07-28/2015-07-29", None)]
    assert found("ستصبح عملانية اعتبارا من أول أسبوع من شهر أغسطس (آب).") == [
        ("أول أسبوع من شهر أغسطس (آب)", "--08", "early")]
    assert found("ولاسيما منذ أوائل العقد الأول من القرن الحالي، ونظرة") == [
        ("أوائل العقد الأول من القرن الحالي", "2000/2009", "early")]
    assert found("في العقد الأخير من القرن الماضي") == [
        ("العقد الأخير من القرن الماضي", "1990/1999", None)]
    assert found("ويعمل خمس ساعات يوميا من (4) إلى (9) مساءً، من السبت حتى الأربعاء، كما") == []
    assert found("يعرض على قناة MBC1 من الأحد إلى الخميس في تمام الساعة 07:00 مساءً") == []
    # a schedule that starts tomorrow keeps that day
    assert [(d.text, d.value) for d in find_dates(
        "وتعرض الدراما على MBC1، اعتباراً من يوم غد الأحد إلى الخميس في الثامنة مساءً.",
        published=datetime.date(2015, 7, 25))] == [("الأحد", "2015-07-26")]
    # a working week placed in a week, or with no hours near, is that week's days
    assert found("تستمر الفعاليات من الأحد إلى الخميس المقبل")[0][1] == "2015-08-02/2015-08-06"
    assert found("لمدة خمسة أيام تبدأ من يوم الأحد إلى الخميس")[0][1] == "2015-07-26/2015-07-30"


def test_round_37_second_batch_a_name_in_al_ahad_a_hijri_range_dashed_by_tatweel_and_brackets():
    # Round 37's second batch (scored at heldout-r37b): عبد الأحد is a given name, no Sunday;
    # 1400هـ ـــ 1405هـ is one range of Hijri years (a run of tatweel for the dash); a year in
    # brackets after منذ's Hijri year is "since" too; a weekday before a Hijri day more than a
    # day from Umm al-Qura's is noted (the new-user review's يوم الخميس 14 شوال ...)
    published = datetime.date(2015, 8, 10)

    def found(text):
        return [(d.text, d.value, d.qualifier, d.note)
                for d in find_dates(text, published=published)]

    assert found("أفاد عبد الأحد اسطيفو، مدير الإدارة السياسية") == []
    assert [v for _, v, _, _ in found(
        "خطة التنمية الثالثة (1400هـ ـــ 1405هـ الموافق 1980 ـــ 1985) هي")] == [
        "1979/1985", "1980/1985"]
    assert [(v, q) for _, v, q, _ in found("رغم ما بذل من جهود منذ عام 1400هـ (1980)، ورغم")] == [
        ("1979/1980", "since"), ("1980", "since")]
    assert found("يوم الاثنين 14 شوال 1436")[0][3] == (
        "the text's Monday, but by Umm al-Qura the day is 30 July 2015, a Thursday")
    assert found("يوم الأربعاء 14 شوال 1436")[0][3] is None  # a day from Umm al-Qura's


def test_round_37_hostile_notes_do_not_blame_the_text_for_a_year_or_a_weekday_it_never_gave():
    # Round 37's hostile review: a year taken from publication clashed with a printed weekday
    # (Iraq's invasion on Thursday 2 August, 1990) and was blamed on the text; a yearless Hijri
    # day after الموافق, or a weekday resolved from publication, was noted as days apart
    published = datetime.date(2015, 7, 31)

    def notes(text):
        return [d.note for d in find_dates(text, context_year=2015, published=published)]

    assert notes("استيقظت في فجر يوم الخميس الثاني من أغسطس على أصوات الانفجارات") == [
        "the text's Thursday, but 2 August 2015, its year taken from publication, was a "
        "Sunday: the year may be another"]
    assert notes("التي وقعت في 6 أغسطس (آب) 2012، الموافق 17 رمضان، حين") == [None, None]
    assert notes("على أن تعقد الجمعية يوم الأحد الموافق غرة ذي القعدة المقبل.") == [None, None]


def test_a_decade_of_a_century_named_by_its_ordinal():
    # Round 37's hostile review (#8): ستينيات القرن التاسع عشر was the 1960s beside the 19th
    # century; it is the 1860s
    def found(text):
        return [(d.text, d.value, d.english) for d in find_dates(text)]

    assert found("في ستينيات القرن التاسع عشر") == [
        ("ستينيات القرن التاسع عشر", "1860/1869", "the 1860s")]
    assert found("في ثمانينات القرن الماضي")[0][1] == "1980/1989"
    assert found("في عشرينيات القرن الحادي والعشرين")[0][1] == "2020/2029"


def test_a_half_or_a_quarter_of_this_century_or_the_last():
    # Round 37's hostile review (#18): الربع الأخير من القرن الماضي was not read, though the
    # decades of القرن الماضي are (the century taken as a decade of it is: the 20th)
    def found(text):
        return [(d.text, d.value, d.qualifier) for d in find_dates(text)]

    assert found("في النصف الثاني من القرن الماضي") == [
        ("النصف الثاني من القرن الماضي", "1951/2000", None)]
    assert found("منذ الربع الأخير من القرن الماضي") == [
        ("الربع الأخير من القرن الماضي", "1976/2000", "since")]
    assert found("في القرن الماضي") == []  # the century alone: relative, left to the reader


def test_a_range_of_days_with_their_weekdays_and_the_year_at_its_end():
    # Round 37's hostile review (#10): من يوم الأحد 12 يوليو إلى يوم الخميس 16 يوليو 2015 gave two
    # dates, the first with a year taken from publication; one range, as the gold gives 17 شوال
    # حتى يوم الثلاثاء 19شوال (the first weekday out, the later one inside)
    found = find_dates("من يوم الأحد 12 يوليو إلى يوم الخميس 16 يوليو 2015",
                       published=datetime.date(2015, 7, 20))
    assert [(d.text, d.value) for d in found] == [
        ("12 يوليو إلى يوم الخميس 16 يوليو 2015", "2015-07-12/2015-07-16")]


def test_a_range_of_day_figures_each_after_its_weekday_and_a_range_written_backwards():
    # Round 37's hostile review: من الأحد 12 إلى الخميس 16 يوليو 2015 lost its start (#10's
    # second form), and a range written ending before it starts vanished without a word
    # (#11: من عام 2015 إلى عام 2010); its start is now given, with a note to check the text
    published = datetime.date(2015, 7, 10)

    def found(text):
        return [(d.text, d.value, d.note) for d in find_dates(text, published=published)]

    assert found("تقام الفعاليات من الأحد 12 إلى الخميس 16 يوليو 2015 في الرياض") == [
        ("من الأحد 12 إلى الخميس 16 يوليو 2015", "2015-07-12/2015-07-16", None)]
    assert found("بين السبت 11 والاثنين 13 يوليو 2015")[0][1] == "2015-07-11/2015-07-13"
    assert found("من 1 يناير 2015 إلى 1 يناير 2014") == [(
        "من 1 يناير 2015 إلى 1 يناير 2014", "2015-01-01",
        "written as a range ending on 1 January 2014, before it starts: only its start is given")]
    assert found("خلال الفترة من عام 2015 إلى عام 2010") == [(
        "من عام 2015 إلى عام 2010", "2015",
        "written as a range ending on 2010, before it starts: only its start is given")]
    assert [d[1] for d in found("بين 2018 و2012")] == ["2018", "2012"]  # two years, no span
    # days over a month's end, or a slip: the last day, written with its month, stands, noted
    assert found("من 28 إلى 3 سبتمبر 2015") == [("3 سبتمبر 2015", "2015-09-03", (
        "written as a range from day 28, after its end: only the end is given (the start may "
        "be in the month before)"))]


def test_round_38_new_user_backward_ranges_of_days_and_a_weekday_inside_a_range_are_noted():
    # Round 38's new-user review: من 20 إلى 12 يوليو 2015 gave 12 July without a word; من 20
    # يوليو إلى 12 يوليو 2015 a year from 20 July 2014; من الاثنين 12 إلى الخميس 16 يوليو 2015
    # no note, though 12 July 2015 was a Sunday (a day alone after its weekday had one)
    published = datetime.date(2015, 7, 22)

    def found(text):
        return [(d.value, d.note) for d in find_dates(text, published=published)]

    assert found("من 20 إلى 12 يوليو 2015") == [("2015-07-12", (
        "written as a range from day 20, after its end: only the end is given (the start may "
        "be in the month before)"))]
    assert found("من 20 يوليو إلى 12 يوليو 2015") == [("2015-07-20", (
        "written as a range ending on 12 July 2015, before it starts: only its start is given"))]
    assert found("من 20 ديسمبر إلى 5 يناير 2016") == [("2015-12-20/2016-01-05", None)]
    assert found("من الاثنين 12 إلى الخميس 16 يوليو 2015") == [("2015-07-12/2015-07-16", (
        "the text's Monday, but 12 July 2015 was a Sunday"))]
    assert found("من الأحد 12 إلى الخميس 16 يوليو 2015") == [("2015-07-12/2015-07-16", None)]


def test_round_38_years_before_1000_the_second_of_two_years_a_range_after_fi_and_a_start():
    # Round 38's held-out sets (scored at heldout-r38): a year before 1000 (في 692 ميلادي, عام
    # 968, بين عامي 568 و645: the gold's years zero-padded) was never read; the second year of
    # عامي 2006 (...) و2014 was lost behind its bracket; في 14 من يونيو إلى 15 من يوليو عام 2018
    # was two dates; بدأت ... من شهر يونيو الماضي was "since" June
    published = datetime.date(2015, 7, 22)

    def found(text):
        return [(d.text, d.value, d.qualifier) for d in find_dates(text, published=published)]

    assert found("حيث بني في عهد الخليفة عمر بن عبدالعزيز في 692 ميلادي، ويتميز") == [
        ("692 ميلادي", "0692", None)]
    assert found("ولد الحسن بن الهيثم في العراق عام 968") == [("عام 968", "0968", None)]
    assert found("ترجع الوثيقة للفترة بين عامي 568 و645. ويعتقد") == [
        ("بين عامي 568 و645", "0568/0645", None)]
    assert found("عصر النبي محمد (حوالي 570 - 632 ميلادي)")[0][1] == "0570/0632"
    assert found("عام 642م. ونتج")[0][:2] == ("عام 642م", "0642")
    # not a count, not before the era, not a misprint among this century's years, not Hijri
    assert found("بين 200 و300 تقريبا") == []
    assert found("ففي عام 100 قبل الميلاد، كانت") == []
    assert found("بلغ 54.3 ألف مشترك في 2013 وزيادة عما كان عليه عام 201م والذي")[1:] == []
    assert [v for _, v, _ in found("من سنة 922 إلى سنة 928هـ")] == ["1521/1522"]
    assert found("بعد عامي 2006 (فاز إشبيلية على برشلونة 3 - صفر) و2014 (خسر إشبيلية)، كما") == [
        ("عامي 2006", "2006", None), ("2014", "2014", None)]
    assert found("بلقب كأس انكلترا عامي 2007 مع تشلسي و2008 مع بورتسموث")[1][1] == "2008"
    assert found("عامي 2007 و2008")[0][1] == "2007/2008"  # together, one range, as before
    assert found("أن تنطلق النهائيات في 14 من يونيو إلى 15 من يوليو عام 2018.") == [
        ("14 من يونيو إلى 15 من يوليو عام 2018", "2018-06-14/2018-07-15", None)]
    assert found("بدأت فعلياً التصفيات الآسيوية من شهر يونيو الماضي، وستنتهي")[0][2] is None
    assert found("غاب عن الملاعب من شهر يونيو الماضي")[0][2] == "since"
    assert found("وبدا غائبا عن الملاعب من أبريل الماضي")[0][2] == "since"  # بدا: "seemed"


def test_round_38_hostile_early_years_ranges_that_run_back_or_move_and_late_last_month():
    # Round 38's hostile review: Hijri years in words, BC without dots and the solar calendar
    # were read as early years (#3), so were counts and a misprint after عام (#4), and a count
    # before an era word hid one (#12); بين عامي 1850 و1890 lost its end (#5), 1453م was missed
    # (#11); في 15 يوليو إلى 14 يونيو 2018 and a moved date were a year-long range (#2, #10); a
    # weekday before a range's start went unnoted (#9); أواخر يوليو الماضي in July was ahead (#13)
    published = datetime.date(2015, 7, 10)

    def found(text):
        return [(d.value, d.note) for d in find_dates(text, context_year=2015,
                                                      published=published)]

    for text in ("عام 150 من الهجرة", "بين عامي 132 و656 من الهجرة", "عام 753 ق م",
                 "عام 700 شمسي", "خلال عام 300 حادثة", "خلال عام 201 بلغت 5 ملايين ريال",
                 "طوله 700م"):
        assert found(text) == [], text
    assert found("زار المسجد 2000 زائر وقد بني عام 692 ميلادي") == [("0692", None)]
    assert found("ولد في العراق عام 968 وكان من رواد") == [("0968", None)]
    assert found("بين عامي 1850 و1890") == [("1850/1890", None)]
    assert found("سقطت القسطنطينية في 1453م") == [("1453", None)]
    assert [v for v, _ in found("في 15 يوليو إلى 14 يونيو 2018")] == ["2015-07-15", "2018-06-14"]
    assert [v for v, _ in found("تم تقديم موعد الانتخابات من 15 يوليو إلى 14 يونيو 2018")] == [
        "2015-07-15", "2018-06-14"]
    assert [v for v, _ in found("في 20 ديسمبر حتى 5 يناير 2016")] == ["2015-12-20/2016-01-05"]
    # a move's verb inside another word is none: لتقديم العروض ("to submit bids"), seventytwo's
    assert found("إن الموعد النهائي لتقديم العروض اليوم، مضيفة أنها تريد شحن الكميات خلال "
                 "الفترة من سبتمبر إلى نوفمبر.") == [("2015-09/2015-11", None)]
    assert found("من الاثنين 12 يوليو إلى الخميس 16 يوليو 2015") == [(
        "2015-07-12/2015-07-16", "the text's Monday, but 12 July 2015 was a Sunday")]
    assert [d.value for d in find_dates("منذ أواخر يوليو الماضي", context_year=2015,
                                        published=published)] == ["2014-07"]
    assert [d.value for d in find_dates("منذ أوائل يوليو الماضي", context_year=2015,
                                        published=published)] == ["2015-07"]


def test_years_written_the_later_first_and_hijri_ranges_written_backwards():
    # Round 38's hostile review (#6): (2015 - 2013) gave 2013 alone, 2015 - 2013 nothing, and
    # من 1436 إلى 1434 هـ its end; a dash between years, the later first, is a span pasted
    # right to left (a corpus show's "(2015-2013)"), and من ... إلى a slip whose start is given
    published = datetime.date(2015, 7, 20)

    def found(text):
        return [(d.text, d.value, d.note) for d in find_dates(text, published=published)]

    assert found("شهدت الفترة (2015 - 2013) تراجعا كبيرا") == [(
        "2015 - 2013", "2013/2015",
        "written 2015 - 2013, the later year first: read as the span 2013–2015")]
    assert found("للموسم الرياضي 2016 - 2015م، التي") == [("2016 - 2015م", "2015/2016", None)]
    assert found("ارتفع العدد 2015 - 2013 شخصا") == []  # a count, not years
    assert found("خلال الفترة من 1436 إلى 1434 هـ") == [(
        "من 1436 إلى 1434 هـ", "2014/2015",
        "written as a range from 1436 AH ending on 1434 AH, before it starts: only its start, "
        "1436 AH, is given")]
    assert found("خلال الفترة 1436 - 1434 هـ")[0][1:] == (
        "2012/2015", "written 1436 - 1434 AH, the later year first: read as the span 1434–1436 AH")
    assert found("خلال الفترة من 1434 إلى 1436 هـ") == [("من 1434 إلى 1436 هـ", "2012/2015", None)]


def test_a_hijri_day_past_any_month_and_the_weekday_after_next():
    # Round 38's hostile review: 31 رمضان 1436 هـ vanished (#18), and يوم الأحد ما بعد القادم
    # was next Sunday (#16); the month with a note, and the Sunday a week after the next
    published = datetime.date(2015, 7, 20)  # a Monday

    def found(text):
        return [(d.text, d.value, d.note) for d in find_dates(text, published=published)]

    assert found("في 31 رمضان 1436 هـ أعلنت") == [(
        "31 رمضان 1436 هـ", "2015-06/2015-07", "no day 31 in that Hijri month: the month is given")]
    assert found("يوم 29 رمضان 1436 هـ")[0][1:] == ("2015-07-16", None)
    assert found("يقام الحفل يوم الأحد ما بعد القادم") == [
        ("الأحد ما بعد القادم", "2015-08-02", None)]
    assert found("يقام الحفل يوم الأحد القادم") == [("الأحد القادم", "2015-07-26", None)]


def test_a_count_after_a_listed_year_in_the_accusative():
    # Round 38's hostile review (#17): و2050 مشجعا after عام 2014 was read as a year, listed
    # after it; a counted noun after the figure counts (but adverbs: معا, تحديدا)
    published = datetime.date(2015, 7, 20)

    def values(text):
        return [d.value for d in find_dates(text, published=published)]

    assert values("حضر المباراة في عام 2014 و2050 مشجعا") == ["2014"]
    assert values("في 2014 و2015 شهدت") == ["2014", "2015"]
    assert values("موسمي 2013 و2014 معا") == ["2013", "2014"]
    assert values("في 2013 و2014 تحديدا") == ["2013", "2014"]


def test_the_end_of_a_month_after_a_place():
    # Round 39's held-out twohundredsixtythree: غادر كوبا آخر يوليو (تموز) من عام 1715 lost its
    # "late": آخر before a month without شهر was its end only after a word of time, since after
    # a noun it may be "another" (هجوم آخر يوليو); after a listed place it is the month's end
    def found(text):
        return [(d.text, d.value, d.qualifier)
                for d in find_dates(text, published=datetime.date(2015, 7, 31))]

    assert found("أسطول غادر كوبا آخر يوليو (تموز) من عام 1715 ودخل") == [
        ("آخر يوليو (تموز) من عام 1715", "1715-07", "late")]
    assert found("هجوم آخر يوليو الماضي")[0][2] is None


def test_the_attacks_of_september_printed_with_another_year():
    # Round 39's held-out twohundredsixtythree and round 37's twohundredfiftyseven: هجمات 11
    # سبتمبر عام 2011, a misprint both annotators dated 2001 from the text's account; the day of
    # the attacks with a note, but another year's attack (Benghazi, 2012) and a plain day stay
    def found(text):
        return [(d.value, d.note) for d in find_dates(text, published=datetime.date(2015, 8, 2))]

    assert found("وأطيح بها في أعقاب هجمات 11 سبتمبر عام 2011 على نيويورك") == [
        ("2001-09-11", "the attacks of 11 September 2001, printed with the year 2011")]
    assert found("هجمات 11 سبتمبر 2012 في بنغازي") == [("2012-09-11", None)]
    assert found("في 11 سبتمبر 2011 أحيت البلاد الذكرى") == [("2011-09-11", None)]


def test_two_days_given_as_alternatives_and_a_poll_that_showed():
    # Round 39's held-out twohundredsixtysix (الخامس أو السادس من شهر أغسطس) and dev's thirtyone
    # (في 30 أو 31 يوليو (تموز)): two days as alternatives are one entry, as the gold gives them;
    # it gave the second day alone. Round 39's new-user review: وأظهر استطلاع ... يوم الاثنين أن
    # ... من المتوقع أنها انخفضت put the Monday a week ahead; أظهر ("showed") is past
    def found(text, published=datetime.date(2015, 7, 29)):
        return [(d.text, d.value) for d in find_dates(text, published=published)]

    assert found("في الخامس أو السادس من شهر أغسطس إذ") == [
        ("الخامس أو السادس من شهر أغسطس", "--08-05/--08-06")]
    assert found("في 30 أو 31 يوليو (تموز) الحالي") == [
        ("30 أو 31 يوليو (تموز)", "--07-30/--07-31")]
    assert found("في 6 أو 5 أغسطس") == [("6 أو 5 أغسطس", "--08-05/--08-06")]
    assert found("في الخامس أو العاشر من شهر أغسطس") == [  # days apart: no span
        ("العاشر من شهر أغسطس", "--08-10")]
    assert found("وأظهر استطلاع لرويترز يوم الاثنين أن المخزونات من المتوقع أنها انخفضت.",
                 datetime.date(2015, 7, 31)) == [("الاثنين", "2015-07-27")]


def test_round_39s_hostile_review_of_the_date_forms():
    # Round 39's hostile review: adverbs after a listed year lost it (ميلاديا, فصاعدا: #2, a
    # regression of this round's accusative count, now a counted noun only: مشجعا); pages and
    # a score read as a span written the later year first (#3); الأحد بعد القادمين من جدة
    # ("after those who came") the Sunday after next (#9); 1436 - 1435 هـ noted where 2016 -
    # 2015 is not (#22); من 12 يوليو إلى 10 يونيو 2015 an eleven-month span (#7); 30 رمضان 1436
    # هـ, a 29-day month, the next day without a word (#6)
    published = datetime.date(2015, 7, 21)

    def found(text):
        return [(d.value, d.note) for d in find_dates(text, published=published)]

    assert [v for v, _ in found("أقيمت البطولة عام 2014 و2016 ميلاديا.")] == ["2014", "2016"]
    assert [v for v, _ in found("تطبق القواعد عام 2014 و2016 فصاعدا.")] == ["2014", "2016"]
    assert [v for v, _ in found("حضر المباراة في عام 2014 و2050 مشجعا")] == ["2014"]
    assert found("انظر الصفحات 2010 - 1999 من التقرير.") == []
    assert found("سجّل الفريق 2015 - 2013 في الشوط الأول.") == []
    assert found("وصل الوفد الأحد بعد القادمين من جدة.") == [("2015-07-19", None)]
    assert found("الموسم 1436 - 1435 هـ") == [("2013/2015", None)]
    assert found("من 12 يوليو إلى 10 يونيو 2015") == [("2015-07-12", (
        "written as a range ending on 10 June 2015, before it starts: only its start is given"))]
    assert found("بين شهري أغسطس ويوليو 2015") == [("2014-08/2015-07", (
        "read as running over the new year, from August 2014: a range written backwards?"))]
    assert found("من سبتمبر إلى يونيو 2015") == [("2014-09/2015-06", None)]  # a school year
    assert found("في 30 رمضان 1436 هـ") == [("2015-07-17", (
        "Umm al-Qura gives that Hijri month 29 days: its 30th is read as the day after the "
        "29th"))]


def test_a_range_of_months_to_the_end_of_the_last():
    # Round 39's held-out twohundredsixtyeight: للفترة من أبريل إلى نهاية يونيو من العام الحالي
    # gave late June alone; one range, April to June, as the gold gives it
    found = [(d.text, d.value, d.qualifier) for d in find_dates(
        "ارتفعت 12% للفترة من أبريل إلى نهاية يونيو من العام الحالي",
        published=datetime.date(2015, 7, 22))]
    assert found == [("من أبريل إلى نهاية يونيو", "--04/--06", None)]


def test_a_season_over_two_years():
    # Round 39's hostile review (#15): شتاء 2015 - 2016 lost its winter (the season alone
    # before a single year keeps it: شتاء 2015, winter)
    found = [(d.text, d.value, d.qualifier) for d in find_dates("في شتاء 2015 - 2016 انخفضت")]
    assert found == [("شتاء 2015 - 2016", "2015/2016", "winter")]


def test_impossible_days_in_ranges_and_a_yearless_30th_of_a_29_day_month():
    # Round 39's hostile review (#8, #10, #11): a range's last day past its month's end gave
    # the year alone (من 1 إلى 31 يونيو 2015: 2015) or nothing; 30 رمضان without its year,
    # crawled in Ramadan 1436 (29 days by Umm al-Qura), was 1435's 30th, a year back
    def found(text: str) -> list[tuple[str, str, str | None]]:
        return [(d.text, d.value, d.note) for d in find_dates(
            text, published=datetime.date(2015, 7, 10))]

    assert found("من 1 إلى 31 يونيو 2015") == [("من 1 إلى 31 يونيو 2015", "2015-06-01/2015-06-30",
                                               "no 31 June in 2015: the range is given to the "
                                               "month's last day, the 30th")]
    assert found("من 30 إلى 31 فبراير 2015") == [("من 30 إلى 31 فبراير 2015", "2015-02",
                                                 "no 30 or 31 February in 2015: the month is "
                                                 "given")]
    assert [value for _, value, _ in found("في الفترة من 10 إلى 31 سبتمبر")] == [
        "--09-10/--09-30"]
    assert found("يصرف الراتب يوم 30 رمضان") == [("30 رمضان", "2015-07-17", (
        "Umm al-Qura gives that Hijri month 29 days: its 30th is read as the day after the "
        "29th"))]
    assert [value for _, value, _ in found("من 30 رمضان إلى 5 شوال")] == [
        "2015-07-17/2015-07-21"]
    assert [value for _, value, _ in found("من 10 إلى 30 رمضان الجاري")] == [
        "2015-06-27/2015-07-17"]
    assert found("يوم 30 شعبان") == [("30 شعبان", "2015-06-17", None)]  # 30 days: no note


def test_what_round_40s_held_out_sets_missed():
    # Round 40's first batch (held out): a decade of a century and the next named by its
    # pronoun (ستينات القرن العشرين وسبعيناته) was the first alone; decades closing the titles
    # listed after عناوين were read as dates; a year of the 1800s before a verb in the past;
    # رمضان after اجازة (a break's time, as موسم رمضان) and before الحالي; الأخيرة من شهر
    # شعبان (the days named before) lost its late; يلعب السبت ...، والأحد ...: the Sunday
    # after the Saturday of writing, on its list of days to come
    def found(text: str, published=datetime.date(2015, 8, 8)) -> list[tuple[str, str, str | None]]:
        return [(d.text, d.value, d.qualifier) for d in find_dates(text, published=published)]

    assert [(d.value, d.english) for d in find_dates("في ستينات القرن العشرين وسبعيناته.")] == [
        ("1960/1979", "the 1960s and 1970s")]
    assert found("ستينات القرن الماضي وخمسيناته") == [
        ("ستينات القرن الماضي وخمسيناته", "1950/1969", None)]
    assert found("تحت عناوين: «حوارات الستينات»، و«حوارات السبعينات»، و«الثمانينات: حصاد "
                 "مسيرة». ويضم ندوة عام 1980") == [("عام 1980", "1980", None)]
    assert found("عاش في الستينات «في بيروت»") == [("الستينات", "1960/1969", None)]
    assert found("وفي 1861 انطلقت منها شرارة الحرب الاهلية") == [("1861", "1861", None)]
    assert found("شارك في 1850 عملية") == []
    assert found("بدأ مرحلة العودة بعد اجازة رمضان التي") == [("رمضان", "2015-06/2015-07", None)]
    assert found("واحتساب عشر سنوات إجازة رمضان، وأنها") == []  # every year's
    assert found("وعلى الرغم من أن رمضان الحالي صادف الإجازة", datetime.date(2015, 7, 10)) == [
        ("رمضان", "2015-06/2015-07", None)]
    assert found("في فترة لا تتجاوز 13 يوما، وهي الأخيرة من شهر شعبان.") == [
        ("شعبان", "2015-05/2015-06", "late")]
    assert found("وفي المباريات الأخرى، يلعب السبت ليستر سيتي مع سندرلاند، والأحد نيوكاسل مع "
                 "ساوثمبتون.") == [("السبت", "2015-08-08", None), ("الأحد", "2015-08-09", None)]
    assert found("قتل السبت ثلاثة جنود، والأحد جرح اثنان.")[1][1] == "2015-08-02"  # the past


def test_what_round_40s_second_batch_missed():
    # Round 40's second batch (held out): the half of a year after من هذا العام; two years
    # each with the era's mark joined by وحتى; a range from a year or a part of one to a part
    # of a year (بين منتصف 2014 والربع الأول من عام 2015, منذ عام 2000 وحتى النصف الأول من
    # عام 2014: round 40's first batch too); نهاية before a month in brackets; Good Friday's
    # and Bloody Sunday's weekdays, and أي من الاثنين ("either of the two"), no dates; the
    # Friday before yesterday's, where the text calls yesterday أمس الجمعة
    def found(text: str) -> list[tuple[str, str, str | None]]:
        return [(d.text, d.value, d.qualifier) for d in find_dates(
            text, published=datetime.date(2015, 8, 8))]

    assert found("في النصف الثاني من هذا العام 2015.") == [
        ("النصف الثاني من هذا العام 2015", "2015-07/2015-12", None)]
    assert found("تعود إلى العام 1948م وحتى 1952م عندما") == [
        ("العام 1948م وحتى 1952م", "1948/1952", None)]
    assert found("بين منتصف 2014 والربع الأول من عام 2015، أضرت") == [
        ("منتصف 2014 والربع الأول من عام 2015", "2014/2015-03", None)]
    assert [value for _, value, _ in found("منذ عام 2000 وحتى النصف الاول من عام 2014، يتضح")] == [
        "2000/2014-06"]
    assert [value for _, value, _ in found("بين عامي 2001 و2007")] == ["2001/2007"]
    assert found("التي أرادت في نهاية (يونيو) عند توقف") == [("نهاية (يونيو)", "--06", "late")]
    assert found("في (نيسان)") == []
    assert found('باتفاق "الجمعة العظيمة" في بلفاست، وهو "الأحد الدموي".') == []
    assert found("أن يقدم دعمه لأي من الاثنين.") == []
    assert found("مظاهرة أمس الجمعة هي الأكبر بالقياس إلى مظاهرة الجمعة الماضي") == [
        ("الجمعة", "2015-08-07", None), ("الجمعة الماضي", "2015-07-31", None)]
    assert found("خرجت الجمعة الماضي") == [("الجمعة الماضي", "2015-08-07", None)]


def test_what_round_40s_third_batch_found_wrongly():
    # Round 40's third batch (held out): a weekly column's headings (مقتطفات السبت رقم 563,
    # * كتاب السبت:) read as the day; لقد تدربوا (الأربعاء) وسوف ...: the future after it won; أمس
    # الاثنين عشرة فلسطينيين read as twelve; العام قبل الماضي 1536 قضية, a count, as a year
    # (a relative clause's present, الذي تنتهي مدة خدمته يوم الجمعة, read as the past, is not
    # built: on the corpus such a clause's weekday is as often past, القانون الذي يطرح الأربعاء)
    def found(text: str, published: datetime.date) -> list[tuple[str, str]]:
        return [(d.text, d.value) for d in find_dates(text, published=published)]

    saturday = datetime.date(2015, 7, 25)
    assert found("* أهلا بكم في مقتطفات السبت رقم 563\n* كتاب السبت:\nنص", saturday) == []
    assert found("قال الرئيس السبت: إن", saturday) == [("السبت", "2015-07-25")]
    assert found("قوله “لقد تدربوا (الأربعاء) وسوف يتحدد مصير مشاركتهم”.", datetime.date(
        2015, 7, 31)) == [("الأربعاء", "2015-07-29")]
    assert found("اعتقل جيش الاحتلال صباح أمس الاثنين عشرة فلسطينيين", datetime.date(
        2015, 8, 11)) == [("الاثنين", "2015-08-10")]
    assert found("في الأحد عشر يوما", saturday) == []
    assert found("بلغت خلال العام قبل الماضي 1536 قضية", saturday) == []
    assert found("ولد عام 1850 في", saturday) == [("عام 1850", "1850")]


def test_what_round_40s_fourth_batch_missed():
    # Round 40's fourth batch (held out) and its new-user review: a range opened by a time of
    # day (اعتبارا من صباح يوم الأحد 1/11/1436هـ وحتى ..., منذ مساء الخميس حتى فجر الجمعة) was
    # two dates; منذ منتصف ليل الأحد lost its "since"; يورو 2016 and نهائيات 2010 are events
    # by their years; the day of writing listed after a day ahead (يلعب السبت ...، والأحد ...
    # in a Sunday's paper) fell before it
    def found(text: str, published: datetime.date) -> list[tuple[str, str, str | None]]:
        return [(d.text, d.value, d.qualifier) for d in find_dates(text, published=published)]

    saturday = datetime.date(2015, 7, 25)
    assert [value for _, value, _ in found(
        "اعتبارا من صباح يوم الأحد 1/11/1436هـ وحتى يوم الاثنين 1/12/1436هـ، وسيتاح",
        saturday)] == ["2015-08-16/2015-09-14"]
    assert found("ظلت تتفجر منذ مساء الخميس حتى فجر الجمعة.", saturday) == [
        ("الخميس حتى فجر الجمعة", "2015-07-23/2015-07-24", None)]
    assert found("سقطت منذ منتصف ليل الأحد على بلدتي", datetime.date(2015, 8, 11)) == [
        ("الأحد", "2015-08-09", "since")]
    assert [value for _, value, _ in found("تجاوزنا يورو 2016 (كأس الأمم) ونهائيات 2010 في "
                                           "جنوب إفريقيا", saturday)] == ["2016", "2010"]
    sunday, tuesday = datetime.date(2015, 7, 5), datetime.date(2015, 7, 7)
    assert found("يلعب السبت ليستر سيتي مع سندرلاند، والأحد نيوكاسل مع ساوثمبتون.", tuesday) == [
        ("السبت", "2015-07-11", None), ("الأحد", "2015-07-12", None)]
    assert found("يلعب السبت ليستر، واليوم الأحد نيوكاسل.", sunday)[1][1] == "2015-07-05"
    assert found("التي ستغادر غدا (الاحد) الى لندن، وتقرر عودة اللاعبين مساء اليوم (السبت)",
                 saturday.replace(day=8, month=8))[1][1] == "2015-08-08"  # today, bracketed


def test_what_round_40s_hostile_review_found():
    # Round 40's hostile review: a count after a year's placing words read as a year, Hijri
    # or Gregorian (#1); 30 رمضان المقبل a year back, its day after the 29th being in Shawwal
    # (#2); a range from the month's last day collapsed to the month (#3); ٣١ فبراير without
    # its note (#4); the column rules took sentences (#6, #7); a count before كان read as a
    # year of the 1800s (#8); decades far apart or "his twenties" joined (#11)
    def found(text: str, published=datetime.date(2015, 7, 22)) -> list[tuple[str, str]]:
        return [(d.text, d.value) for d in find_dates(text, published=published)]

    assert found("سجلت المحاكم خلال العام الماضي 1400 قضية.") == []
    assert found("خلال العام الماضي 1950 قضية") == []
    assert found("العام الماضي 1435 لتشمل") == [("العام الماضي 1435", "2013/2014")]
    assert found("يوم 30 رمضان المقبل.", datetime.date(2015, 8, 1)) == [("30 رمضان", "2016-07-05")]
    assert found("من 28 إلى 31 فبراير 2015") == [("من 28 إلى 31 فبراير 2015", "2015-02-28")]
    assert [d.note for d in find_dates("في ٣١ فبراير ٢٠١٥.")] == [
        "no 31 February in 2015: the month is given"]
    assert found("* قال الرئيس السبت: سنواصل") == [("السبت", "2015-07-18")]
    assert found("وأطلقت الهيئة الأحد رقم 940 لاستقبال البلاغات.") == [("الأحد", "2015-07-19")]
    assert found("وارتفع عدد المصابين إلى 1850 كان بينهم 300 طفل.") == []
    assert found("ستينيات القرن العشرين وثمانيناته") == [
        ("ستينيات القرن العشرين وثمانيناته", "1960/1969")]
    assert found("ولد الكاتب في أربعينات القرن الماضي وعشريناته قضاها في القاهرة")[0][1] == (
        "1940/1949")
    # (#12) a Hijri range whose year has no هـ kept its end alone
    assert found("في الفترة من 1 إلى 10 رمضان 1436.") == [
        ("1 إلى 10 رمضان 1436", "2015-06-18/2015-06-27")]
    assert [value for _, value in found("5 و6 و8 شوال 1436")] == [
        "2015-07-21", "2015-07-22", "2015-07-24"]


def test_round_41s_date_forms():
    # From round 40's misses and its hostile review (#9): a year before يوم and a day is no
    # count of days; an edition's years in brackets are its name; Ramadan by its shows and
    # its passing; three days joined by dashes before their month; a month before the last or
    # after the next
    def said(text: str, published=datetime.date(2015, 7, 20)) -> list[tuple[str, str]]:
        return [(d.text, d.value) for d in find_dates(text, published.year, published=published)]

    assert said("الفائز بكأس العالم في 2010 يوم الخامس من سبتمبر مع ضيفه")[0] == ("2010", "2010")
    assert said("في 2010 يوم حتى") == []  # a count of days: 2010 of them
    assert said("لسوق عكاظ في نسخته التاسعة ( 1436هـ  2015م) يشتمل") == []
    assert said("بنسخته التاسعة (1436هـ ـ 2015م) سيكون") == []
    assert [v for _, v in said("الدورة الأولى (2005)، والثانية (2011)")] == ["2005", "2011"]
    assert [v for _, v in said("للعام (1432هـ 2011م)")] == ["2010/2011", "2011"]
    assert said("يتناولون مسلسلات رمضان هو البحث") == [("رمضان", "2015-06/2015-07")]
    assert said("لم يهتد - ورمضان يقترب من نهايته -") == [("رمضان", "2015-06/2015-07")]
    assert said("وكمعظم مسلسلات رمضان المط والتطويل") == []
    assert said("تم عقد لقاءات (20 - 21 - 22) رمضان لعرض") == [
        ("(20 - 21 - 22) رمضان", "2015-07-07/2015-07-09")]
    assert said("أيام 20 - 21 - 22 يوليو") == [("20 - 21 - 22 يوليو", "2015-07-20/2015-07-22")]
    assert said("النتيجة 3-1-2 يوليو") == [("1-2 يوليو", "2015-07-01/2015-07-02")]  # no run
    # days listed with dashes and gaps between them: each its own day, not the last two's range
    # (round 41's hostile review, #13); decreasing figures are no list of days
    assert said("أيام 3 - 5 - 9 يوليو") == [
        ("3", "2015-07-03"), ("5", "2015-07-05"), ("9 يوليو", "2015-07-09")]
    assert said("أيام 3-5-9 يوليو") == said("أيام 3 - 5 - 9 يوليو")
    assert said("أيام 9 - 5 - 3 يوليو") == []
    # with tatweel or an em dash for the dashes (round 42's hostile #5); a dash beside و or a
    # comma joins a range inside a list, no list of its own (round 43's hostile #4)
    listed = said("أيام 3 - 5 - 9 يوليو")
    for written in ("أيام 3 ـ 5 ـ 9 يوليو", "أيام 3 ـــ 5 ـــ 9 يوليو", "أيام 3 — 5 — 9 يوليو"):
        assert [v for _, v in said(written)] == [v for _, v in listed], written
    assert "2015-07-09/2015-07-12" in [v for _, v in said("أيام 3 - 5 و 9 - 12 يوليو")]
    assert [v for _, v in said("أيام 3، 5 - 9 يوليو")][-1] == "2015-07-05/2015-07-09"
    # days listed each after its weekday (round 42's hostile #7: the last two alone, a range)
    assert said("أيام الأحد 2 والثلاثاء 4 والخميس 6 أغسطس") == [
        ("2", "2015-08-02"), ("4", "2015-08-04"), ("6 أغسطس", "2015-08-06")]
    assert said("أيام الأحد 2 والاثنين 3 والثلاثاء 4 أغسطس") == [
        ("2 والاثنين 3 والثلاثاء 4 أغسطس", "2015-08-02/2015-08-04")]
    assert said("خلال الفترة (16-21 ) من شهر أبريل 2016")[0][0] == "(16-21 ) من شهر أبريل 2016"
    assert said("في يونيو قبل الماضي") == [("يونيو", "2014-06")]
    assert said("في أغسطس قبل الماضي") == [("أغسطس", "2013-08")]
    assert said("في ديسمبر بعد المقبل") == [("ديسمبر", "2016-12")]
    assert said("في رمضان قبل الماضي") == [("رمضان", "2014-06/2014-07")]
    assert said("شوال بعد المقبل") == [("شوال", "2017-06/2017-07")]
    assert said("شهر شوال قبل الماضي") == [("شوال", "2013-08/2013-09")]
    # the weekdays of a range's ends written before its days: neither a day of its own, each
    # checked against its end (round 41's check on the corpus, line 13930)
    sunday = datetime.date(2015, 8, 6)
    assert said("تبدأ من يوم الأحد إلى الخميس (8-12) ذو القعدة 1436ه الموافق (23-27) من "
                "أغسطس 2015 م، بقاعة", sunday) == [
        ("(8-12) ذو القعدة 1436ه", "2015-08-23/2015-08-27"),
        ("(23-27) من أغسطس 2015 م", "2015-08-23/2015-08-27")]
    assert [d.note for d in find_dates("تبدأ من يوم الأحد إلى الخميس 23-27 أغسطس 2015")] == [None]
    assert [d.note for d in find_dates("من الاثنين إلى الخميس (24-28) أغسطس 2015")] == [
        "the text's Thursday, but 28 August 2015 was a Friday"]
    # a Hijri month by its name in English, with the days it covers
    assert [d.english for d in find_dates("في منتصف رمضان 1436هـ")] == [
        "mid-Ramadan 1436 AH (18 June – 16 July 2015)"]


def test_round_41s_first_batch_forms():
    # From round 41's first batch (held out, twohundredeightysix to twohundredeightynine) and
    # round 40's hostile review (#19): آخر before a year's word after في is its end; the first
    # weeks of a month; أواخر misspelt آوخر; بين two years with a comma before و, but a list
    # of three no span; a month after من that another month ends; منذ نهار; days of a
    # schedule kept every week, each with its own noun
    def said(text: str, published=datetime.date(2015, 7, 29)) -> list[tuple[str, str, str | None]]:
        return [(d.text, d.value, d.qualifier)
                for d in find_dates(text, published.year, published=published)]

    assert said("قامت في آخر العام 2014م بمنح") == [("آخر العام 2014م", "2014", "late")]
    assert said("كان آخر عام 2014 صعبا") == [("عام 2014", "2014", None)]
    assert said("في الأسابيع الأولى من يوليو") == [
        ("الأسابيع الأولى من يوليو", "2015-07", "early")]
    assert said("وضع الخطة في آوخر الستينات") == [("آوخر الستينات", "1960/1969", "late")]
    assert said("في الفترة بين 2003، و2010. أما")[0][1:] == ("2003/2010", None)
    assert [v for _, v, _ in said("بين 2003 و2010 و2014")] == ["2003", "2010", "2014"]
    assert [v for _, v, _ in said("عامي 2010 و2012 و2014")] == ["2010", "2012", "2014"]
    assert said("من 2003 إلى 2010 و2014")[0][1] == "2003/2010"
    assert said("الفترة الممتدة من يونيو وحتى أواخر سبتمبر، حيث") == [
        ("يونيو وحتى أواخر سبتمبر", "2015-06/2015-09", None)]
    assert said("زيارة العبيدي إلى روسيا منذ نهار الاثنين.") == [
        ("الاثنين", "2015-07-27", "since")]
    assert said("دوري الشباب يوم الجمعة والناشئين يوم السبت من كل أسبوع.") == []
    assert said("لتنزل بوتيرة أكبر من يونيو. وزادت") == [("يونيو", "2015-06", None)]
    # (round 40's hostile review, #20) a Hijri range from a later day to an earlier one was
    # read forward (من 20 إلى 10 رمضان: 10th to 20th); as a Gregorian one, its end with a note
    backward = find_dates("من 20 إلى 10 رمضان 1436هـ")
    assert [(d.text, d.value) for d in backward] == [("10 رمضان 1436هـ", "2015-06-27")]
    assert backward[0].note.startswith("written as a range from day 20, after its end")
    assert [(d.text, d.value) for d in find_dates("من 25 إلى 3 شوال", published=datetime.date(
        2015, 7, 29))] == [("3 شوال", "2015-07-19")]
    assert said("17-11 رمضان 1436هـ")[0][1] == "2015-06-28/2015-07-04"  # a dash: right to left


def test_what_round_41s_new_user_review_found():
    # Round 41's new-user review: a comparison read as "since" (أكبر من يونيو الماضي), a
    # Hijri range's weekdays not checked against its ends, Friday's prayer listed after
    # another read as a Friday
    def said(text: str, published=datetime.date(2015, 8, 5)) -> list[tuple[str, str, str | None]]:
        return [(d.text, d.value, d.qualifier)
                for d in find_dates(text, published.year, published=published)]

    assert said("لتنزل بوتيرة أكبر من يونيو الماضي.") == [("يونيو", "2015-06", None)]
    assert said("الغائب عن الملاعب من أبريل الماضي") == [("أبريل", "2015-04", "since")]
    notes = [d.note for d in find_dates("من يوم الأحد إلى الجمعة (8-12) رمضان 1436هـ")]
    assert notes == ["the text's Sunday, but by Umm al-Qura the day is 25 June 2015, a "
                     "Thursday; the text's Friday, but by Umm al-Qura the day is 29 June 2015, "
                     "a Monday"]
    assert [d.note for d in find_dates("من يوم الأحد إلى الخميس (8-12) ذو القعدة 1436هـ")] == [
        None]
    assert said("يحرصون على صلاة الجماعة والجمعة في المسجد") == []
    assert said("صلاتي الظهر والجمعة") == []
    assert said("لم تسمح للسنة بإقامة صلاتي الجمعة والعيد فيه") == []  # round 70
    assert said("اليوم الجمعة الموافق ٨/ /١٠ /١٤٣٦هـ") == [  # round 71: a slash printed twice
        ("٨/ /١٠ /١٤٣٦هـ", "2015-07-24", None)]
    assert said("خلال الفترة 10-13 صفر المقبل انطلاق فعاليات المنتدى") == [  # round 72
        ("10-13 صفر", "2015-11-22/2015-11-25", None)]
    assert said("وقت صلاة الظهر الجمعة")[0][1] == "2015-07-31"  # the Friday, at noon prayer


def test_what_round_41s_hostile_review_found():
    # Round 41's hostile review, of this round's rules: a comparative before نيسان (Nissan),
    # a man named رمضان before يقترب, a show's habit every year, an edition held in its year
    # (في (1436هـ 2015م)), the next Friday before a weekly schedule, two weekdays before a
    # count of days, آخر عام "his last year"
    def said(text: str, published=datetime.date(2015, 8, 10)) -> list[tuple[str, str]]:
        return [(d.text, d.value) for d in find_dates(text, published.year, published=published)]

    assert said("مبيعات أكبر من نيسان") == []
    assert said("محمد رمضان يقترب من نهاية تصوير مسلسله") == []
    assert said("متابعة مسلسلات رمضان كل عام") == []
    assert said("دراما رمضان في السنوات الأخيرة") == []
    assert [v for _, v in said("أقيمت النسخة الأولى من المهرجان في (1436هـ 2015م)")] == [
        "2014/2015", "2015"]
    assert said("مباراة الهلال يوم الجمعة المقبل والنصر يوم السبت من كل أسبوع") == [
        ("الجمعة المقبل", "2015-08-14")]
    assert said("من الأحد المقبل إلى الخميس، 4-5 أيام") == [("الأحد المقبل", "2015-08-16")]
    assert said("في آخر عام 2013 له مع الفريق") == [("عام 2013", "2013")]


def test_round_41s_second_batch_forms():
    # From round 41's second batch (held out, scored at heldout-r41b): a range of seasons, a
    # quarter's year after لـ, a year of the 1800s after a verb of founding and في, and the
    # attacks of 11 September without a year
    def said(text: str, published=datetime.date(2015, 8, 1)) -> list[tuple[str, str]]:
        return [(d.text, d.value) for d in find_dates(text, published.year, published=published)]

    assert said("من موسم 2010/2011 إلى 2014/2015.") == [("2010/2011 إلى 2014/2015", "2010/2015")]
    assert said("في موسمين متتاليين 2013/2014 - 2014/2015 لدوري") == [
        ("2013/2014 - 2014/2015", "2013/2015")]
    assert said("في الربع الأول لـ2015، وعلى") == [("الربع الأول لـ2015", "2015-01/2015-03")]
    assert said("التي أسست في 1888 شهدت نجاحا") == [("1888", "1888")]
    assert said("وقعت في 1850 حالة") == []
    assert said("في أعقاب هجمات الحادي عشر من سبتمبر فإن") == [
        ("الحادي عشر من سبتمبر", "2001-09-11")]  # the year inferred: the attacks', not 2015
    # (but with none inferred, no year: round 52's threehundredsixtyfive, nine gold entries)
    assert [(d.value, d.note) for d in find_dates("في أعقاب هجمات الحادي عشر من سبتمبر فإن",
                                                  published=datetime.date(2015, 8, 1))] == [
        ("--09-11", "the attacks of 11 September 2001")]
    # (round 41's hostile review, #9-#11) half a Hijri month, Hijri months from one to
    # another, a Hijri range past its month's end
    assert said("النصف الأول من شوال 1436هـ") == [
        ("النصف الأول من شوال 1436هـ", "2015-07-17/2015-07-31")]
    assert said("من رجب إلى شعبان 1436هـ") == [("رجب إلى شعبان 1436هـ", "2015-04/2015-06")]
    assert said("من ذي الحجة إلى محرم 1437هـ")[0][1] == "2015-09/2015-11"
    assert said("بين 1990، و2000 مشارك") == []  # (#22) two counts
    past_the_end = find_dates("من 25 إلى 31 رمضان 1436هـ")
    assert [(d.value, d.note) for d in past_the_end] == [(
        "2015-07-12/2015-07-16", "no day 31 in that Hijri month: the range runs to its last, "
        "the 29th")]


def test_round_42s_first_batch_forms():
    # From round 42's first batch (held out, scored at heldout-r42): a weekday named as a
    # feast's day, the night of one day to the morning of the next, a weekday after عشية, a
    # weekday a schedule leaves out, a fair named by its year, two spellings
    def said(text: str, published=datetime.date(2015, 7, 21)) -> list[tuple[str, str]]:
        return [(d.text, d.value) for d in find_dates(text, published.year, published=published)]

    # printed on Tuesday 21 July 2015; Eid al-Fitr 1436 was Friday 17 July (not the 24th)
    assert said("ليعلن أن يوم غد الجمعة هو يوم العيد لتبدأ") == [("الجمعة", "2015-07-17")]
    assert said("أن غدا الجمعة هو أول أيام عيد الفطر بينما") == [("الجمعة", "2015-07-17")]
    assert said("يوم الأحد هو يوم العيد") == [("الأحد", "2015-07-19")]  # no feast fits
    assert said("ما بين ليل الجمعة وصباح يوم السبت أثناء") == [
        ("الجمعة وصباح يوم السبت", "2015-07-17/2015-07-18")]
    assert said("زار الجمعة وصباح السبت") == [("الجمعة", "2015-07-17"), ("السبت", "2015-07-18")]
    assert said("بين صباح يوم الجمعة وصباح يوم السبت") == [  # (its hostile review, #10)
        ("الجمعة وصباح يوم السبت", "2015-07-17/2015-07-18")]
    friday = datetime.date(2015, 8, 7)
    assert said("في مؤتمر صحافي عشية مباراة الكأس السوبر الايطالية السبت بين", friday) == [
        ("السبت", "2015-08-08")]
    assert said("وصل السبت", friday) == [("السبت", "2015-08-01")]
    assert said("يوميا عدا الجمعة والسبت. أما", friday) == []
    assert said("منع مشاهدة التلفاز باستثناء الجمعة، وذلك", friday) == []
    assert said("باستثناء يوم الجمعة الماضي", friday) == [("الجمعة الماضي", "2015-07-31")]
    assert said("معرض وظائف 2015 المزمع إقامته") == [("2015", "2015")]
    assert said("في المعرض باعت ٢٠٠٠ شقة سكنية") == []  # a count
    assert said("قبل أن يصل إلى باريس (الإربعاء) لإكمال", friday) == [("الإربعاء", "2015-08-05")]
    assert said("روسيا في 7 آب (آغسطس) 2014 بحظر") == [("7 آب (آغسطس) 2014", "2014-08-07")]


def test_round_42s_second_batch_forms():
    # From round 42's second batch (held out, scored at heldout-r42b): two decades of the last
    # century the second names, منذ before a year in brackets in both calendars, the two years
    # of العامين joined by إلى
    def said(text: str, published=datetime.date(2015, 8, 7)) -> list[tuple[str, str, str | None]]:
        return [(d.text, d.value, d.qualifier)
                for d in find_dates(text, published.year, published=published)]

    assert said("في عشرينات وثلاثينات القرن الماضي، إلى") == [
        ("عشرينات وثلاثينات القرن الماضي", "1920/1939", None)]
    assert said("في العشرينات من عمره") == []  # an age, as before
    assert said("منذ العام (1428هـ 2007م) ـ لا") == [
        ("1428هـ", "2007/2008", "since"), ("2007م", "2007", "since")]
    # (round 57's new-user review) the same year after a dash
    assert said("منذ العام (1428هـ - 2007م) حتى الآن") == [
        ("1428هـ", "2007/2008", "since"), ("2007م", "2007", "since")]
    assert said("منذ 2007 - 2010 وهو") == [("2007 - 2010", "2007/2010", "since")]
    assert said("التي تمتد بين العامين 2017 إلى 2020 فتشمل") == [
        ("العامين 2017 إلى 2020", "2017/2020", None)]
    # (its new-user review) a Hijri range whose first day is an ordinal, as a Gregorian one's
    assert said("من الأول وحتى الخامس من ذي القعدة المقبل") == [
        ("من الأول وحتى الخامس من ذي القعدة", "2015-08-16/2015-08-20", None)]
    assert said("بين العاشر والخامس عشر من شوال 1436هـ") == [
        ("بين العاشر والخامس عشر من شوال 1436هـ", "2015-07-26/2015-07-31", None)]
    assert said("من الأول والخامس من ذي القعدة") == [("الخامس من ذي القعدة", "2015-08-20", None)]


def test_round_42s_third_batch_forms():
    # From round 42's third batch (held out, scored at heldout-r42c): a life's span of old
    # years, أخر العام (its hamza misplaced), a month's range with its year at the start only,
    # a range of centuries, an edition's years in quotes, a family name after عبد رب ...
    def said(text: str, published=datetime.date(2015, 8, 7)) -> list[tuple[str, str, str | None]]:
        return [(d.text, d.value, d.qualifier)
                for d in find_dates(text, published.year, published=published)]

    assert said("عاش في الفترة ما بين “1162 – 1227″، ولم") == [("1162 – 1227", "1162/1227", None)]
    assert said("ارتفع من 1200 إلى 1500.") == []  # no life or period: figures
    assert said("في أخر العام 2014م بمنح") == [("أخر العام 2014م", "2014", "late")]
    assert said("امتدت منذ يناير (كانون الثاني) 2015، حتى مايو (أيار) الماضي.") == [
        ("يناير (كانون الثاني) 2015، حتى مايو (أيار)", "2015-01/2015-05", None)]
    assert said("من نوفمبر 2014 حتى فبراير") == [
        ("من نوفمبر 2014 حتى فبراير", "2014-11/2015-02", None)]
    assert said("من 20 مايو 2015 حتى 3 مايو") == [  # written backwards: its start, not a year
        ("من 20 مايو 2015 حتى 3 مايو", "2015-05-20", None)]
    assert said("من القرن السابع عشر وحتى القرن العشرين وبدايات") == [
        ("القرن السابع عشر وحتى القرن العشرين", "1601/2000", None)]
    assert said('في النسخة التاسعة لسوق عكاظ "1436هـ 2015م". أوضح') == []
    assert said("ألقى رئيس المهرجان عبد رب الرسول الخميس كلمة هنأ") == []


def test_round_42s_hostile_review():
    # Round 42's hostile review: عشية without an event, or the event told past, is no day ahead
    # (#3); a fair's figure before a counted noun is a count (#4); no list of days past its
    # month's end (#6); a range over New Year whose year publication gives ends in the next
    # year (#2); a weekday named as a feast none fits is read as a weekday, with a note (#9)
    def said(text: str, published=datetime.date(2015, 8, 11)) -> list[tuple[str, str]]:
        return [(d.text, d.value) for d in find_dates(text, published.year, published=published)]

    assert said("اعتقلت الشرطة ثلاثة أشخاص عشية الانتخابات التي جرت يوم الأحد.") == [
        ("الأحد", "2015-08-09")]
    assert said("وصل الرئيس إلى الرياض عشية السبت.") == [("السبت", "2015-08-08")]
    assert said("تحدثت عشية الحربي للصحيفة يوم الخميس.") == [("الخميس", "2015-08-06")]
    assert said("يضم معرض الكتاب 2000 عارض.") == []
    assert said("وفر معرض التوظيف 2010 وظائف للشباب.") == []
    assert said("في معرض ايتكس 2015 بماليزيا") == [("2015", "2015")]
    assert said("تقام المباريات أيام 3 - 5 - 31 يونيو.")[0][1] == "2015-06-05/2015-06-30"
    december = datetime.date(2015, 12, 20)
    assert said("من 30 ديسمبر إلى 2 يناير", december) == [
        ("من 30 ديسمبر إلى 2 يناير", "2015-12-30/2016-01-02")]
    assert said("من أكتوبر إلى فبراير", datetime.date(2015, 7, 21)) == [
        ("من أكتوبر إلى فبراير", "2015-10/2016-02")]
    assert said("بين سبتمبر ويناير الماضيين.", datetime.date(2015, 7, 21)) == [
        ("بين سبتمبر ويناير", "2014-09/2015-01")]  # the last ones: back a year
    sunday = find_dates("الأحد هو أول أيام عيد الفطر", published=datetime.date(2015, 7, 21))
    assert [(d.value, d.note) for d in sunday] == [(
        "2015-07-19", "named as Eid al-Fitr, which falls on no Sunday within three weeks of the "
        "paper's date: read as a weekday")]


def test_what_round_43s_held_out_sets_missed():
    # Written for this test in the style of round 43's misses (threehundredsix to
    # threehundredthirteen), scored at heldout-r43.
    thursday = datetime.date(2015, 8, 6)
    assert _read("ابتعاد سعر العقود الآجلة حتى عشرينيات القرن الحالي عن 70 دولارا.", thursday) == [
        ("عشرينيات القرن الحالي", "2020/2029", None)]
    assert _read("كانت الشركات في أوائل العقد الأول من الألفية تقلل الخسائر.", thursday) == [
        ("أوائل العقد الأول من الألفية", "2000/2009", "early")]
    assert _read("وقعت 87 حالة خلال شهري حزيران وتموز (يونيو ويوليو) 2015.", thursday) == [
        ("حزيران وتموز (يونيو ويوليو) 2015", "2015-06/2015-07", None)]
    assert _read("التسجيل من صباح الأول من ذي القعدة، حتى مساء اليوم الأول من ذي الحجة.",
                 thursday) == [("الأول من ذي القعدة، حتى مساء اليوم الأول من ذي الحجة",
                                "2015-08-16/2015-09-14", None)]
    assert _read("الدورة خلال الفترة من 25 يوليو/16 أغسطس 2015 في موستار.", thursday) == [
        ("25 يوليو/16 أغسطس 2015", "2015-07-25/2015-08-16", None)]
    assert len(_read("من 16 أغسطس/25 يوليو 2015", thursday)) == 2  # a slash joins no range back
    assert _read("أعلنوا عن أنفسهم في بداية شهر رمضان العام الماضي، وتوعدوا.", thursday) == [
        ("رمضان", "2014-06/2014-07", "early")]
    assert _read("خصوصا أن الاثنين كانا متنافسين.", thursday) == []  # "the two"
    assert _read("وتبدأ المباراتان يومي 7 و14 أكتوبر المقبل.", thursday) == [
        ("7 و14 أكتوبر", "--10-07/--10-14", None)]
    # a year of the last century by its last two figures after عام (threehundrednine's عام 56)
    assert _read("وفي أثناء العدوان الثلاثي على بورسعيد عام 56 كان الهدف.", thursday) == [
        ("عام 56", "1956", None)]
    assert _read("وإسقاط حكم الشاه عام 79م عندما صرح.", thursday) == [("عام 79م", "1979", None)]
    for not_a_year in ("وكانت النسبة قبل عام 40 بالمئة.", "فأنشأ عام 64 مكتبا مضادا.",
                       "وتبعه عثمان بن العاص عام 56 هـ ففتح سمرقند.",
                       "ارتفع الربح هذا العام 56 في المائة.",
                       "في القرن الأول قبل الميلاد، وهدم الهيكل عام 70م."):
        assert all(d[1] not in ("1940", "1964", "1956", "1970") for d in _read(
            not_a_year, thursday)), not_a_year
    # a team's feat named by its year (threehundredeight's تكرار إنجاز 2009), not a count
    assert _read("يأمل عن تكرار إنجاز 2009 الذي حققه مع مدربه.", thursday) == [
        ("2009", "2009", None)]
    assert _read("سجل ثلاثية 2009 هدفا.", thursday) == []
    # a month after what its figures are (threehundredeleven's أسعار عروض أغسطس)
    assert _read("بعد إعلانه أسعار عروض أغسطس التي تضمنت تخفيضا.", thursday) == [
        ("أغسطس", "--08", None)]


def test_what_round_43s_second_batch_missed():
    # Written for this test in the style of round 43's second batch (threehundredfourteen to
    # threehundredseventeen), scored at heldout-r43b.
    sunday = datetime.date(2015, 7, 26)
    assert _read("مبادرة سوق عكاظ منذ العام (1428 2007) لا تنطلق من الحرص.", sunday) == [
        ("العام (1428", "2007/2008", "since"), ("2007", "2007", "since")]
    assert _read("كما في عمله البحث اليائس عن الفردوس 2007/2011، والذي.", sunday) == [
        ("2007/2011", "2007/2011", None)]
    assert _read("أن يسلك مسلك الرئيس ابراهام لينكولن (1860 - 1865)، أو.", sunday) == [
        ("1860 - 1865", "1860/1865", None)]
    assert _read("المبنى قصر تاريخي تم بناؤه بين 1864 و1868 ويعتبر.", sunday) == [
        ("بين 1864 و1868", "1864/1868", None)]
    assert _read("تم إنشاء الصندوق في 28 يناير في عام 1976 من قبل الدول.", sunday) == [
        ("28 يناير في عام 1976", "1976-01-28", None)]
    assert _read("قائد الهلال ابان حقبة ثمانينيات القرن الهجري الماضي الكابتن.", sunday) == [
        ("ثمانينيات القرن الهجري الماضي", "1960/1970", None)]
    assert _read("الأسعار بين (1200 - 1500 ريال) للمتر.", sunday) == []  # a price, no span
    assert [v for _, v, _ in _read("حق استضافة كأسي العالم 2018 /2022 وكأني.", sunday)] != [
        "2018/2022"]  # two cups, no span


def test_what_round_43s_hostile_review_found():
    # Written for this test from the review's inputs (published 20 August 2015).
    day = datetime.date(2015, 8, 20)
    assert _read("العقد الأخير من الألفية الماضية", day) == []  # not 2090-2099 (#1)
    assert _read("العقد الأول من الألفية الثانية", day) == []
    for count in ("يولد كل عام 60 ألف طفل.", "بحلول عام 50 يتضاعف.", "حتى عام 30 من الهجرة.",
                  "بنى قبة الصخرة عام 72 الخليفة.", "في عام 60 من عمره."):  # (#2)
        assert _read(count, day) == [], count
    assert _read("سعر الغرام (1180 – 1225) ريال", day) == []  # (#3)
    assert _read("عدد المصابين (1200 - 1300)", day) == []
    assert [v for _, v, _ in _read("على مرحلتين يومي الأحد 11 والأحد 18 أكتوبر", day)] == [
        "--10-11", "--10-18"]  # (#5)
    assert [v for _, v, _ in _read("في 7 و14 أكتوبر 2015 على التوالي", day)] == [
        "2015-10-07", "2015-10-14"]
    assert "2014-07/2015-06" not in [v for _, v, _ in _read(
        "شهري تموز وحزيران (يوليو ويونيو) 2015", day)]  # (#6)
    for count in ("خفض أسعار 2000 سلعة", "رواتب 1995 معلما", "تم إنجاز 2000 مشروع"):  # (#8)
        assert _read(count, day) == [], count


def test_what_round_43s_hostile_review_left():
    # The forms round 43's hostile review left (written for this test, published 1 August
    # 2015 but the text of 1998).
    day = datetime.date(2015, 8, 1)
    # a Hijri month with a year after the year's placing words: one date, that year's month
    assert _read("وفي رمضان العام الماضي 2014 ارتفعت", day) == [
        ("رمضان العام الماضي 2014", "2014-06/2014-07", None)]
    assert _read("في رمضان من العام الحالي 1436 ارتفعت", day) == [
        ("رمضان من العام الحالي 1436", "2015-06/2015-07", None)]
    assert _read("في رمضان الماضي 1435 ارتفعت", day) == [
        ("رمضان الماضي 1435", "2014-06/2014-07", None)]
    assert _read("في رمضان المقبل 1437هـ", day) == [
        ("رمضان المقبل 1437هـ", "2016-06/2016-07", None)]
    assert "1400" not in str(_read("في رمضان الماضي 1400 حالة", day))  # a count
    # a range in figures over New Year, its first day without the year
    assert _read("تمتد الإجازة من 28/12 إلى 3/1/2016", day) == [
        ("28/12 إلى 3/1/2016", "2015-12-28/2016-01-03", None)]
    assert _read("من 5/1 إلى 25/3/2016", day) == [
        ("5/1 إلى 25/3/2016", "2016-01-05/2016-03-25", None)]
    assert _read("ارتفع المؤشر من 18 إلى 23/7/2015", day) == [("23/7/2015", "2015-07-23", None)]
    # a century named from the day of writing, in a text of 1998
    old = datetime.date(1998, 5, 1)
    assert _read("في ستينيات القرن الحالي كانت", old) == [
        ("ستينيات القرن الحالي", "1960/1969", None)]
    assert _read("النصف الثاني من القرن الماضي", old) == [
        ("النصف الثاني من القرن الماضي", "1851/1900", None)]
    assert _read("العقد الأول من القرن الحالي", old)[0][1] == "1900/1909"
    assert _read("في ستينيات القرن العشرين", old)[0][1] == "1960/1969"  # named by its number
    assert _read("في التسعينيات", old)[0][1] == "1990/1999"
    assert _read("في ستينيات القرن الماضي كانت", day)[0][1] == "1960/1969"
    # long runs of spaces are read as one (bench/findings_scale.py times them); the span is
    # the text's own
    spaces = " " * 10_000
    assert _read("في 7" + spaces + "و14 أكتوبر", day) == [
        ("7" + spaces + "و14 أكتوبر", "--10-07/--10-14", None)]
    assert _read("في   12    مارس  2015", day) == [("12    مارس  2015", "2015-03-12", None)]


def test_round_44s_forms():
    # From round 44's held-out sets (threehundredeighteen to threehundredtwentythree), after
    # their scoring; published Monday 10 August 2015.
    day = datetime.date(2015, 8, 10)
    # God willing: a forecast's days are to come
    assert _read("قد تصل الحرارة عتبة الخمسين درجة يومي الثلاثاء والأربعاء إن شاء الله، وفي",
                 day) == [("الثلاثاء والأربعاء", "2015-08-11/2015-08-12", None)]
    assert _read("وقد تجددت المعارك العنيفة الخميس في مدينة درعا", day) == [
        ("الخميس", "2015-08-06", None)]  # قد and a past verb: "has"
    # since the first hours of a weekday's morning
    assert _read("ودارت اشتباكات عنيفة منذ ساعات فجر الأحد، بين", day) == [
        ("الأحد", "2015-08-09", "since")]
    assert _read("منذ الساعات الأولى من صباح الأحد، وأدى", day)[0][2] == "since"
    # a weekday before a decimal: an index's close, no day of the month
    assert _read("وسجلت تراجعات إقفال بنهاية جلسة الخميس ٩٦.٧٥ مرتدا", day) == [
        ("الخميس", "2015-08-06", None)]
    # Ramadan after ب; not محرم, a guardian
    assert _read("طيلة الصيف مرورا برمضان والعيد.", day) == [("رمضان", "2015-06/2015-07", None)]
    assert _read("لا تسافر إلا بمحرم.", day) == []
    # the end of a season of two years; a month pair with من and its year; a contest's edition
    assert _read("قبيل نهاية موسم 2013-2014.", day) == [
        ("نهاية موسم 2013-2014", "2013/2014", "late")]
    assert _read("في أكتوبر/ تشرين الأول من 2014 مجتبى", day) == [
        ("أكتوبر/ تشرين الأول من 2014", "2014-10", None)]
    assert _read("ارتفع في أكتوبر من 2000 إلى 3000 سهم", day)[0][1] == "--10"
    assert _read("وعلى صعيد البطولة الآسيوية بلغ الفريق الدور ربع النهائي. وسبق أن التقيا في دور "
                 "الستة عشر لنسخة 2013 حيث خطف", day) == [("2013", "2013", None)]
    # ذي العقدة, the letters of ذي القعدة swapped
    assert _read("تبدأ في الأول من شهر ذي العقدة وتستمر", day) == [
        ("الأول من شهر ذي العقدة", "2015-08-16", None)]
    # a decade of a Hijri century is no decade of the twentieth (it is read as its own since:
    # test_hijri_centuries_and_their_decades_are_the_gregorian_years_they_span)
    assert _read("تعود لستينات القرن الهجري الأول. لكن", day) == [
        ("ستينات القرن الهجري الأول", "0679/0689", None)]
    assert _read("في الثمانينيات من القرن الميلادي الماضي", day)[0][1] == "1980/1989"


def test_what_round_44s_new_user_review_found():
    # a range whose ends each follow their weekday was read as two days (an election
    # timetable); the span starts at the day, the weekday before it out, as the gold gives it
    day = datetime.date(2015, 8, 10)
    assert _read("تبدأ من السبت 22 اغسطس الى الاثنين 14 سبتمبر المقبل", day) == [
        ("22 اغسطس الى الاثنين 14 سبتمبر", "--08-22/--09-14", None)]
    assert _read("من يوم السبت 22 أغسطس إلى يوم الاثنين 24 أغسطس", day)[0][1] == (
        "--08-22/--08-24")
    assert _read("تبدأ من 22 اغسطس الى 14 سبتمبر المقبل", day) == [
        ("من 22 اغسطس الى 14 سبتمبر", "--08-22/--09-14", None)]
    # a day and its month with a dot after a weekday is no decimal (round 33's hostile review)
    assert _read("وزار الأمير المعرض يوم الأحد 9.8 وافتتح الجناح.", day) == []


def test_a_day_or_a_year_named_by_an_anaphor_stays_out():
    # round 44's new-user review asked for 29 من الشهر ذاته after 27 ايار/مايو and for the year
    # of يونيو من العام ذاته after 25 أكتوبر 2011; the gold's convention (thirteen, fiftytwo
    # and later) leaves such a day out and such a month yearless, its anaphor out of the span
    day = datetime.date(2015, 8, 10)
    assert _read("في 27 مايو 2014 وصل، ثم في 29 من الشهر ذاته غادر", day) == [
        ("27 مايو 2014", "2014-05-27", None)]
    assert _read("في مارس 2012 ثم في يونيو من العام نفسه", day)[1] == ("يونيو", "--06", None)


def test_what_round_44s_hostile_review_found():
    # Written for this test from the review's inputs (published 5 August 2015).
    day = datetime.date(2015, 8, 5)
    # God willing in a clause of its own after a past verb: the weekday stays past (#1)
    assert _read("فاز الهلال على النصر يوم السبت وقال المدرب إن شاء الله نواصل", day) == [
        ("السبت", "2015-08-01", None)]
    assert _read("توفي الشيخ يوم الجمعة رحمه الله وتغمده بإذن الله بواسع رحمته", day) == [
        ("الجمعة", "2015-07-31", None)]
    # a count after a Hijri month and الماضي, or a year at odds with the word (#2)
    assert _read("سجلت المستشفيات في رمضان الماضي 1420 حالة", day) == [
        ("رمضان", "2015-06/2015-07", None)]
    assert "1450" not in str(_read("في رمضان الماضي 1450 ارتفعت", day))
    # (within a year of the day of writing the year stands: a notice saved weeks after it was
    # written; the second hostile pass)
    assert _read("رمضان المقبل 1436", datetime.date(2015, 8, 20))[0][1] == "2015-06/2015-07"
    # a month, من and a count (#3), the month read alone (the second hostile pass: it was
    # lost with the count); a range in figures backwards, not over New Year (#4)
    assert _read("انخفض عدد الحالات في يناير من 2000 حالة إلى 1500", day) == [
        ("يناير", "--01", None)]
    assert _read("انخفض سعر السهم من 12/5 إلى 3/4/2015", day) == [("3/4/2015", "2015-04-03", None)]
    assert _read("ارتفعت النسبة من 1/4 إلى 1/2/2016", day) == [("1/2/2016", "2016-02-01", None)]
    # a copy's number after نسخة is no year; a contest's edition is (#7)
    assert _read("توزيع نسخة 2000 من المصحف", day) == []
    # a day of writing of the first millennium reads no century from it (#9)
    assert _read("في النصف الثاني من القرن الماضي", datetime.date(50, 5, 1))[0][1] == "1951/2000"
    # runs of white space with marks or invisibles between, and other spaces, read as one (#6)
    for unit in (" \u064e", " \u200f", "\u00a0", "\r"):
        text = "في 7" + unit * 50 + "و14 أكتوبر"
        assert [d.text for d in find_dates(text, published=day)] == [
            "7" + unit * 50 + "و14 أكتوبر"], repr(unit)
    # the second pass over these mends: God willing after a comma or a word that opens a clause
    # of its own leaves the weekday past; a range's start with its month is a date, over New
    # Year by six months at most; an edition's year with its contest after it
    june = datetime.date(2015, 6, 10)
    assert _read("فاز الفريق يوم السبت، إن شاء الله", june) == [("السبت", "2015-06-06", None)]
    assert _read("بدأ المهرجان يوم الأحد ويستمر بإذن الله حتى الخميس", june)[0] == (
        "الأحد", "2015-06-07", None)
    assert _read("ارتفع عدد الزوار من 1/6 إلى 15/6/2015 بنسبة 20%", june) == [
        ("1/6 إلى 15/6/2015", "2015-06-01/2015-06-15", None)]
    assert _read("يمتد الفصل الدراسي الأول من 20/9 إلى 15/1/2016", june)[0][1] == (
        "2015-09-20/2016-01-15")
    assert _read("في النسخة 2016 من كأس العالم", june)[0][1] == "2016"
    assert _read("تأهل المنتخب إلى كأس العالم، ووزعت الوزارة نسخة 2000 من المصحف", june) == []


def test_what_round_45s_hostile_review_found():
    # Sentences written for the review. #1: a month, من and its year before an adverb or a
    # verb keeps its year (only a count to another number takes the number from it)
    day = datetime.date(2015, 7, 21)
    assert _read("خرج المتظاهرون في مارس من 2011 احتجاجا على الفساد.", day) == [
        ("مارس من 2011", "2011-03", None)]
    assert _read("في 15 مارس من 2011 خرجنا إلى الشوارع.", day)[0][1] == "2011-03-15"
    assert _read("ارتفع الإنتاج في يناير من 2000 طنا إلى 3000 طن", day) == [
        ("يناير", "--01", None)]
    # #2 and #5: هجرة alone is a migration, no Hijri century; هـ after a century makes it one;
    # before the Hijra no date
    assert _read("شهدت الأندلس في القرن الخامس عشر هجرة جماعية نحو المغرب", day) == []
    assert _read("في القرن ١٤ هـ", day) == [("القرن ١٤ هـ", "1883/1980", None)]
    assert _read("القرن الثالث قبل الهجرة", day) == []
    # #3: since in the English of a Hijri century
    assert [d.english for d in find_dates("انتشر المذهب منذ القرن الثالث الهجري", published=day)
            ] == ["since the 3rd century AH (816–913)"]
    # #4: a decade joined to the next takes the century the next names
    assert _read("في ثمانينات وتسعينات القرن الرابع عشر الهجري", day) == [
        ("ثمانينات", "1960/1970", None), ("تسعينات القرن الرابع عشر الهجري", "1970/1979", None)]
    assert [v for _, v, _ in _read("الستينات والسبعينات من القرن التاسع عشر", day)] == [
        "1860/1869", "1870/1879"]  # each its own date, as two years so joined
    # #6 (left: فاز الفريق يوم السبت إن شاء الله نواصل, told apart only by its past verb): God
    # willing before a verb in the present is a forecast's (the second hostile pass)
    assert _read("المباراة يوم السبت إن شاء الله نتمنى التوفيق", day) == [
        ("السبت", "2015-07-25", None)]
    assert _read("يقام الحفل يوم السبت إن شاء الله تعالى", day) == [("السبت", "2015-07-25", None)]
    # the second hostile pass: a year after the accusative, not a count; للهجره; a migration
    # after بعد الهجرة; a decade joined to a later one keeps its own century; ت: and وتوفي
    assert _read("في سبتمبر من 2015 وصولا إلى 2016", day)[0] == ("سبتمبر من 2015", "2015-09", None)
    assert _read("ارتفع الإنتاج في يناير من 2000 طنا إلى نحو 3000 طن", day) == [
        ("يناير", "--01", None)]
    assert _read("في القرن الثالث للهجره", day)[0][1] == "0816/0913"
    assert _read("في القرن العشرين بعد الهجرة إلى أمريكا", day)[0][1] == "1901/2000"
    assert _read("منذ التسعينات حتى عشرينيات القرن الحادي والعشرين", day)[0][1] == "1990/2029"
    # (the two decades one range since round 57, the first still of its own century)
    assert [v for _, v, _ in _read("ولد في 570هـ وتوفي في 630هـ (ت: 728هـ)", day)] == [
        "1174/1175", "1232/1233", "1327/1328"]
    # #7: a weekday after a full stop or a line's end is no weekday of the date before it
    for text in ("من 3 إلى 9 مارس\n\n\nالأربعاء المقبل", "في 5 يناير 2015. الأربعاء المقبل"):
        assert _read(text, day)[-1] == ("الأربعاء المقبل", "2015-07-22", None), repr(text)
    assert _read("يوم الأربعاء 5 يناير 2015", day) == [("5 يناير 2015", "2015-01-05", None)]


def test_round_45s_forms():
    # Round 45's held-out sets, after their scoring (threehundredtwentyfour, -seven, -eight,
    # -five): a scholar's year of death in Hijri figures, a Hijri month of the new Hijri year,
    # since an hour of a night or the afternoon of a weekday
    day = datetime.date(2015, 8, 3)
    assert _read("الخليل بن أحمد المتوفى 175هـ 935، الذي ذكر", day)[0] == (
        "175هـ", "0791/0792", None)
    assert _read("الحسين بن زين (ت 440هـ) ذكرها", day) == [("440هـ", "1048/1049", None)]
    assert _read("وزنه 900 هـ", day) == []
    assert _read("في شهر المحرم من العام الهجري الجديد 1437هـ، والتي", day) == [
        ("شهر المحرم من العام الهجري الجديد 1437هـ", "2015-10/2015-11", None)]
    assert _read("بدأت تتوافد منذ عصر السبت على متن شاحنات", day) == [
        ("السبت", "2015-08-01", "since")]
    assert _read("أعلنت حالة الطوارئ منذ العاشرة من ليلة أمس الأحد.", day) == [
        ("الأحد", "2015-08-02", "since")]


def test_round_46s_forms():
    # round 46's threehundredthirtyfour and threehundredthirtyfive, after their scoring: since
    # after منذ ظهر أول من أمس; a half of a century after ل
    day = datetime.date(2015, 8, 8)
    assert _read("منحها للاعبين منذ ظهر أول من أمس الخميس لإنهاء", day) == [
        ("الخميس", "2015-08-06", "since")]
    assert _read("تعود إلى النصف الأول للقرن العشرين، حين", day) == [
        ("النصف الأول للقرن العشرين", "1901/1950", None)]
    # and the short hostile pass after it: اول without hamza, أول أمس without من, the weekday
    # in brackets; a part of this century or the last after ل
    for text in ("منذ ظهر اول من امس الخميس", "منذ ظهر أول أمس الخميس",
                 "منذ ظهر أول من أمس (الخميس)"):
        assert _read(text, day)[0][1:] == ("2015-08-06", "since"), text
    assert _read("في الربع الأخير للقرن الماضي", day) == [
        ("الربع الأخير للقرن الماضي", "1976/2000", None)]


def test_forms_left_by_rounds_45_and_46():
    # Round 45's and 46's leftovers, mended before round 47's scoring: the seven months of a
    # year with the article and no الأولى; a year in brackets after its month; a Gregorian year
    # of death glued to ت in brackets; the week before the last of a month after ل; a life span
    # of Hijri years in brackets; a call to an event before its weekday; كان من المفترض
    day = datetime.date(2015, 8, 2)
    assert _read("خلال السبعة شهور من عام 2015 وبقيمة 338 مليار ريال", day) == [
        ("السبعة شهور من عام 2015", "2015-01/2015-07", None)]
    assert _read("خلال الستة أشهر من بداية 2015", day) == [("بداية 2015", "2015", "early")]
    assert _read("يعالج الخلل من 25 يناير (2011) إلى 30 يونيو (2013) مشيرا", day) == [
        ("من 25 يناير (2011) إلى 30 يونيو (2013)", "2011-01-25/2013-06-30", None)]
    assert _read("صدر المعيار في يناير (2015) ليصبح", day) == [
        ("يناير (2015)", "2015-01", None)]
    assert _read("لبلينوس الأصغر (ت112م)، وهو المحامي", day) == [("112م", "0112", None)]
    assert _read("بلغ طوله 700م", day) == []
    assert _read("أضافوا 21 منصة في الأسبوع قبل الاخير لشهر يوليو، وتعتبر", day) == [
        ("الأسبوع قبل الاخير لشهر يوليو", "--07", "late")]
    assert _read("قال ابن خلدون (732-808هـ) في المقدمة", day) == [
        ("732-808هـ", "1331/1406", None)]
    assert _read("في الفترة (1430-1436هـ) تم", day) == [("1430-1436هـ", "2008/2015", None)]
    friday = datetime.date(2015, 7, 24)
    assert _read("ودعا اكبر حزب كردي تركي الى تجمع ضخم الاحد في اسطنبول.", friday) == [
        ("الاحد", "2015-07-26", None)]
    assert _read("ودعا الرئيس إلى الهدوء بعد هجوم الخميس", friday) == [
        ("الخميس", "2015-07-23", None)]
    assert _read("وكان من المفترض، أن يصدر القضاء، الخميس، حكمه", friday) == [
        ("الخميس", "2015-07-23", None)]
    assert _read("ومن المفترض أن يصدر القضاء السبت حكمه", friday) == [
        ("السبت", "2015-07-25", None)]


def test_round_47s_forms():
    # Round 47's held-out sets, after their scoring: an early year before ميلاديا, the first
    # months of a year, a Hijri month before من العام الماضي with no cue before it, a meeting
    # named by its month
    day = datetime.date(2015, 8, 5)
    assert _read("تاريخه يعود إلى نحو عام 600 ميلاديا.", day) == [
        ("عام 600 ميلاديا", "0600", None)]
    assert _read("(نحو 570 - 632 ميلاديا)، ليكون", day) == [
        ("570 - 632 ميلاديا", "0570/0632", None)]
    assert _read("في الأشهر الأولى من عام 2014، شرعت", day) == [
        ("الأشهر الأولى من عام 2014", "2014", "early")]
    assert _read("ارتفاعا عن رمضان من العام الماضي.", day) == [
        ("رمضان", "2014-06/2014-07", None)]
    assert _read("قال رمضان العام الماضي إنه", day) == []  # a man, and last year
    assert _read("أحد الحاضرين في اجتماع يوليو، فإن", day) == [("يوليو", "--07", None)]
    # and its hostile pass: a call to calm, an inquiry or a meeting was made that day, and a
    # gathering the text tells as past or after قد is past; a man named Ramadan; the year's
    # adjective in the feminine after سنة; a count in brackets; a bracketed year with م; a
    # Hijri life span before its Gregorian years; the week before the last after ما
    friday = datetime.date(2015, 7, 24)
    for text in ("دعا الرئيس الفرنسي إلى التهدئة الخميس", "ودعا الرئيس إلى التحقيق في أحداث الخميس",
                 "ودعا رئيس الوزراء الى اجتماع طارئ الخميس حضره الوزراء"):
        assert _read(text, friday)[0][1] == "2015-07-23", text
    assert _read("ودعا الحزب إلى تجمع ضخم الأحد، وشارك فيه الآلاف.", friday)[0][1] == (
        "2015-07-19")
    for text in ("دعت المعارضة لمظاهرات يوم الأحد في العاصمة",
                 "وكان الحزب قد دعا إلى تجمع ضخم الأحد",  # (the second hostile pass: قد
                 "دعت المعارضة إلى تنظيم مظاهرات يوم الأحد",  # makes the call past, not the
                 "دعت المعارضة إلى مظاهرة الأحد بعد أن خرج الآلاف أمس"):  # gathering)
        assert _read(text, friday)[0][1] == "2015-07-26", text
    assert _read("شهدت البلاد في يناير (2011) حالة من الفوضى", day) == [
        ("يناير (2011)", "2011-01", None)]  # a year before a counted noun all the same
    assert _read("في الاسبوع الأول من يوليو", day) == [
        ("الاسبوع الأول من يوليو", "--07", "early")]  # no 1 July
    assert _read("وأكد محمد رمضان من العام الماضي أنه سيعود", day) == []
    assert _read("في شوال من السنة الماضية", day) == [("شوال", "2014-07/2014-08", None)]
    found = find_dates("في يوليو من السنة الماضية", context_year=2015, published=day)
    assert [(d.text, d.value) for d in found] == [("يوليو", "2014-07")]
    assert _read("سجل المؤشر في يونيو (2000) نقطة", day) == [("يونيو", "--06", None)]
    assert _read("في يناير (2011م) خرج", day) == [("يناير (2011م)", "2011-01", None)]
    assert _read("(732-808هـ/1332-1406م)", day)[0] == ("732-808هـ", "1331/1406", None)
    assert _read("في الأسبوع ما قبل الأخير من يوليو", day) == [
        ("الأسبوع ما قبل الأخير من يوليو", "--07", "late")]


def test_round_47s_leftovers_mended_before_round_48():
    # left by round 47's first hostile pass: a qualifier before ل and شهر of a Hijri month;
    # the last day of a month after ل
    day = datetime.date(2015, 8, 2)
    assert _read("في الأسبوع الأخير لشهر رمضان", day) == [("رمضان", "2015-06/2015-07", "late")]
    found = find_dates("في اليوم الأخير لشهر يوليو", context_year=2015, published=day)
    assert [(d.text, d.value) for d in found] == [("اليوم الأخير لشهر يوليو", "2015-07-31")]


def test_round_48s_forms():
    # Round 48's held-out sets, after their scoring: a decade with its plural's ي doubled; a
    # qualifier before two Hijri years, and a fiscal year's word before them; Ramadan and other
    # times, a habit
    day = datetime.date(2015, 8, 2)
    assert _read("قبل التسعينييات كان لدينا", day) == [("التسعينييات", "1990/1999", None)]
    assert _read("في نهاية عام 1378هـ ـ 1379هـ، وقدر", day) == [
        ("نهاية عام 1378هـ ـ 1379هـ", "1958/1960", "late")]
    assert _read("بنهاية العام المالي 1435/ 1436ه بلغ", day) == [
        ("نهاية العام المالي 1435/ 1436ه", "2013/2015", "late")]
    assert _read("وعبادة وتقرب لله في رمضان وغيره، وهي ما", day) == []
    assert _read("في رمضان الماضي وغيره", day) == [("رمضان", "2015-06/2015-07", None)]
    # and its hostile pass: a Ramadan whose year is named after وغيره stays a date
    assert [v for _, v, _ in _read("اعتقل في رمضان وغيره من عام 2014", day)][-1] == "2014"
    assert _read("اعتقل في رمضان وغيره من عام 2014", day)[0][0] == "رمضان"


def test_round_48s_leftovers_mended_before_round_49():
    # a weekday of last week, or the week before it (round 48's threehundredfortyfive: يوم
    # الإثنين من الأسبوع الماضي in a text dated Monday 27 July 2015 is Monday 20 July)
    monday, thursday = datetime.date(2015, 7, 27), datetime.date(2015, 8, 6)
    assert _read("بعد عمليات بيع مكثفة يوم الإثنين من الأسبوع الماضي، لم يرتد", monday) == [
        ("الإثنين", "2015-07-20", None)]
    assert _read("يوم الثلاثاء من الأسبوع الماضي، ألمح", thursday) == [
        ("الثلاثاء", "2015-07-28", None)]
    assert _read("اجتمعوا الأحد والاثنين في الأسبوع قبل الماضي", thursday) == [
        ("الأحد والاثنين", "2015-07-19/2015-07-20", None)]
    # a qualifier of more than one word before ل and شهر, as before من
    assert _read("يعتكفون في العشر الأواخر لشهر رمضان", monday) == [
        ("رمضان", "2015-06/2015-07", "late")]
    assert _read("خلال الأيام الأخيرة لشهر يونيو", monday)[0][1:] == ("--06", "late")
    assert _read("الجولة الأخيرة لشهر يونيو", monday)[0][2] is None  # one word: no qualifier
    # the days a place opens every week: no date
    assert _read("يعمل المعرض من الثلاثاء إلى السبت من كل أسبوع", monday) == []
    # a qualifier and its year word before two years with no mark
    assert _read("بنهاية عام 1435 - 1436 صدر", monday) == [
        ("نهاية عام 1435 - 1436", "2013/2015", "late")]
    assert _read("في منتصف عام 2014-2015 صدر", monday) == [
        ("منتصف عام 2014-2015", "2014/2015", "mid")]
    # a year ending a decision's number; a Hijri day in brackets beside its Gregorian one
    assert _read("قرار مجلس الهيئة رقم (3-40-2012) وتاريخ 30/12/2012م.", monday) == [
        ("30/12/2012م", "2012-12-30", None)]
    assert _read("في 3-4-2012 وقع", monday) == [("3-4-2012", "2012-04-03", None)]
    assert _read("2015-08-10 (1436/10/25) 16:09:03", monday) == [
        ("2015-08-10", "2015-08-10", None), ("1436/10/25", "2015-08-10", None)]
    assert _read("صدر القرار رقم 1436/10/25 أمس", monday) == []


def test_a_day_worded_ahead_six_days_on_is_the_day_before_the_paper():
    # A weekday worded ahead with no المقبل whose next is six days on is the day before the
    # paper's date, which a text written before that date calls ahead (on the gold sets from
    # twohundredthirtyseven nine such days are the day before, two six days on; on ≡ 10-69,
    # 14 of 17 changed days right, e.g. Chelsea against the Red Bulls on Wednesday 22 July)
    thursday = datetime.date(2015, 8, 6)
    assert _read("يُفتح الأربعاء الصندوق الذي يحتوي على جناح", thursday) == [
        ("الأربعاء", "2015-08-05", None)]
    assert _read("وتستكمل مباريات الجولة الأربعاء، حيث يلتقي تشلسي",
                 datetime.date(2015, 7, 23)) == [("الأربعاء", "2015-07-22", None)]
    # with المقبل it is the next; a day nearer ahead stays ahead
    assert _read("تبدأ الفعاليات الأربعاء القادم", thursday) == [
        ("الأربعاء القادم", "2015-08-12", None)]
    assert _read("سيصل الوزير الجمعة", thursday) == [("الجمعة", "2015-08-07", None)]
    # after a dated day, the days after it follow it
    assert [d.value for d in find_dates(
        "تنطلق يوم الثلاثاء 26 / 10 / 1436 هـ ويستكمل البرنامج يوم الأربعاء", published=thursday)
    ] == ["2015-08-11", "2015-08-12"]


def test_round_49s_forms():
    # Round 49's held-out sets, after their scoring: صائفة, the Maghrebi summer; two parts of
    # a span between بين, the whole; فاتح, the first of a month
    day = datetime.date(2015, 8, 2)
    assert _read("في جريمة معركة طرابلس في صائفة 2014.", day) == [("صائفة 2014", "2014", "summer")]
    assert _read("شتاء 2014م", day) == [("شتاء 2014م", "2014", "winter")]
    assert _read("بين منتصف وأواخر العقد الأول من القرن الحالي", day) == [
        ("منتصف وأواخر العقد الأول من القرن الحالي", "2000/2009", None)]
    assert _read("تنفيذ 246 حكم إعدام بين فاتح يناير (كانون الثاني) حتى 15 يوليو (تموز) 2015، "
                 "فيما", day) == [("بين فاتح يناير (كانون الثاني) حتى 15 يوليو (تموز) 2015",
                                  "2015-01-01/2015-07-15", None)]
    assert _read("قال فاتح تريم إن", day) == []


def test_round_49s_hostile_pass_and_new_user_review():
    thursday = datetime.date(2015, 8, 6)
    # the six-day rule gives way where the sentence places the day by the day of writing
    for text in ("يلتقي الفريقان الأسبوع المقبل، وتحديداً يوم الأربعاء.",
                 "وتستأنف المفاوضات في جولتها المقبلة يوم الأربعاء في جنيف.",
                 "أعلن الاتحاد أمس أن المباراة ستقام يوم الأربعاء"):
        assert _read(text, thursday) == [("الأربعاء", "2015-08-12", None)], text
    # فاتح before a Hijri month is a man (رمضان, شعبان are given names too)
    assert _read("وقال فاتح رمضان مدير المكتب", thursday) == []
    assert _read("منذ فاتح يناير 2015", thursday) == [("فاتح يناير 2015", "2015-01-01", "since")]
    # a yearless month takes a year before it in its sentence, where the caller infers one
    found = find_dates("اطلقوا في 2014 حملة وسيطروا على صنعاء في سبتمبر. ووقع الهجوم في أكتوبر",
                       context_year=2015, published=thursday)
    assert [(d.value, d.year_inferred) for d in found] == [
        ("2014", False), ("2014-09", True), ("2015-10", True)]
    # but not a year past a comma, a relative or أن, nor one behind a range (its second pass)
    for text in ("الشركة التي تأسست عام 1976، ستعقد اجتماعها في سبتمبر",
                 "قال المولود عام 1950 إنه سيسافر في سبتمبر",
                 "في 2020 ولد، ويحتفل كل عام في سبتمبر بعيد ميلاده",
                 "في 2009 وبين 2010 و2012 ارتفعت الأسعار، ثم انخفضت في سبتمبر"):
        found = find_dates(text, context_year=2015, published=thursday)
        assert found[-1].value == "2015-09", text
    assert _read("يلتقي الفريقان في الأسبوعين المقبلين، وتحديداً يوم الأربعاء", thursday)[-1] == (
        "الأربعاء", "2015-08-12", None)


def test_round_50s_forms():
    # Round 50's held-out sets, after their scoring: a Hijri day with no year after a Gregorian
    # day with its year and الموافق is of that year; منذ تاريخ; a qualifier with في for من; a
    # weekday that names a magazine; Cairo's 6 أكتوبر after قسم ثان; a weekday the source
    # writes as a family name, after a title or a given name
    day = datetime.date(2015, 7, 20)
    assert _read("التي وقعت في 6 أغسطس (آب) 2012، الموافق 17 رمضان، حين كان", day) == [
        ("6 أغسطس (آب) 2012", "2012-08-06", None), ("17 رمضان", "2012-08-05", None)]
    assert _read("تشكل منذ تاريخ 2 أغسطس (آب) عام 1990 إلى اليوم", day) == [
        ("2 أغسطس (آب) عام 1990", "1990-08-02", "since")]
    assert _read("صدرت في أول أسبوع في شهر نوفمبر الماضي", day) == [
        ("أول أسبوع في شهر نوفمبر", "--11", "early")]
    assert _read("قرأ في مجلة «الاثنين» عن مسابقة", day) == []
    assert _read("انفجرت قبيل وصولها إلى قسم ثان 6 أكتوبر، إلا أن", day) == []
    assert _read("في 6 أكتوبر 1973 عبر الجيش", day) == [("6 أكتوبر 1973", "1973-10-06", None)]
    text = "قدمها الدكتور عبدالرحمن الخميس. وقدم الدكتور الخميس المحاضرة"
    names = date_words_as_names(text)
    assert find_dates(text, published=day, as_names=names) == []
    text = "وكتب عبدالله الجمعة مقالا. واعلن الرئيس الفلسطيني محمود عباس الجمعة انه ينوي"
    assert [d.value for d in find_dates(text, published=day,
                                        as_names=date_words_as_names(text))] == ["2015-07-17"]
    assert [d.value for d in find_dates("وصل الدكتور الخميس إلى جدة", published=day)] == [
        "2015-07-16"]  # no such family named in the source: the day
    # and not after الجامعة or المحور with the article, nor a paper's quoted words, nor a rank
    # (its hostile pass)
    assert _read("اقتحمت قوات الأمن الجامعة 14 أغسطس 2013 وقتلت طلابا", day) == [
        ("14 أغسطس 2013", "2013-08-14", None)]
    assert _read('قالت الصحيفة "الخميس المقبل سيكون حاسما"', day) == [
        ("الخميس المقبل", "2015-07-23", None)]
    text = "وكتب محمد الخميس مقالا. وأعلن الناطق باسم الجيش العميد الخميس بدء العملية"
    assert [d.value for d in find_dates(text, published=day,
                                        as_names=date_words_as_names(text))] == ["2015-07-16"]


def test_two_months_after_the_dual_are_one_span_over_the_months_between():
    # Round 50's threehundredfiftyfour: شهري يناير (كانون الثاني) وإبريل (نيسان) one span, as
    # twohundredninetyeight's ما بين شهري نوفمبر ... ويناير; months out of order stay two
    day = datetime.date(2015, 7, 20)
    assert _read("تمديد القرار مرتين في شهري يناير (كانون الثاني) وإبريل (نيسان) الماضيين.",
                 day) == [("يناير (كانون الثاني) وإبريل (نيسان)", "--01/--04", None)]
    assert [v for _, v, _ in _read("في شهري آذار وحزيران 2014", day)] == [
        "2014-03/2014-06"]
    assert "2014-07/2015-06" not in [v for _, v, _ in _read("في شهري تموز وحزيران 2015", day)]
    # but not in two years, nor months far apart, each in turn or three (its hostile pass)
    for text in ("خلال شهري يناير 2021 وإبريل 2020 ارتفعت", "شهري يناير 2020 وإبريل 2021",
                 "شهري يناير وديسمبر الماضيين", "في شهري فبراير ونوفمبر على التوالي",
                 "في شهري يناير ومارس على التوالي", "شهري يناير ومارس ومايو"):
        assert all("/" not in v for _, v, _ in _read(text, day)), text


def test_a_hijri_month_in_a_question_close_after_it_is_no_date():
    # The gold leaves 12 of 13 Ramadans without a year or placing word undated where a question
    # mark follows within its clause (interviews: ماذا تفضل في رمضان؟); a question asked
    # further on, after a quote or a colon, leaves it a date
    day = datetime.date(2015, 7, 20)
    assert _read("* ماذا تفضل في رمضان؟ التلفاز أم النت", day) == []
    assert _read("* لماذا يحدث اضطراب النوم بعد رمضان؟", day) == []
    assert [v for _, v, _ in _read("وقد كنت في رمضان استمع إلى أحد «النخب» وهو يصرخ: «مستحيل؟»",
                                   day)] == ["2015-06/2015-07"]
    # nor past a comma or a bracket, with a year or a day before the mark, or in the month
    # itself (round 51's hostile pass)
    for text in ("كيف ستكون ساعات العمل في رمضان هذا العام؟",
                 "قال الوزير إن الأسعار ستنخفض في رمضان، فهل يصدقه المواطنون؟",
                 "وتبدأ الامتحانات في رمضان (هل هذا معقول؟) بحسب الجدول.",
                 "هل يبدأ الصيام في رمضان يوم الاثنين؟"):
        assert "2015-06/2015-07" in [v for _, v, _ in _read(text, day)], text
    for text in ("هل يجوز في رمضان إطعام المساكين؟", "ما ساعات الدوام في رمضان في القطاع العام؟",
                 "ما هي أفضل العبادات في رمضان يوما بيوم؟"):  # no year in إطعام, العام public
        assert _read(text, day) == [], text  # (its second hostile pass)
    assert _read("ما هي مواعيد عمل المترو في رمضان؟", datetime.date(2015, 7, 1)) == [
        ("رمضان", "2015-06/2015-07", None)]
    assert [v for _, v, _ in _read("دشن في العشر الأواخر من رمضان المنصرم 5 مشروعات، هل ستنهي؟",
                                   day)] == ["2015-06/2015-07"]



def test_round_51s_forms():
    # Round 51's held-out sets, after their scoring: a range from a day after الـ, its months
    # Levantine with their Gregorian names in brackets; مند, منذ with its ذ printed as د
    day = datetime.date(2015, 8, 5)
    assert _read("خلال الفترة من الـ 25 من تموز (يوليو) إلى الثاني من آب (أغسطس) الماضيين",
                 day) == [("من الـ 25 من تموز (يوليو) إلى الثاني من آب (أغسطس)", "--07-25/--08-02",
                           None)]
    assert _read("فقد 600 منصب شغل مند 2011، منها", day) == [("2011", "2011", "since")]
    assert _read("ومند مارس 2014 فرضت الحكومة", day) == [("مارس 2014", "2014-03", "since")]
    assert _read("في الـ 25 من يوليو", day) == [("25 من يوليو", "--07-25", None)]
    # earlier in a month, no since (its new-user review)
    assert _read("وجهت إليها تهمة الإدلاء في وقت سابق من يوليو الماضي بتصريحات.", day) == [
        ("يوليو", "--07", None)]


def test_round_51s_forms_left_at_its_close():
    # Round 51's forms left at its close, built in the next session: a range after تبدأ with
    # its subject and a weekday between (threehundredfiftyeight); months each in turn
    # (its hostile pass); منذ نحو عام (its new-user review)
    day = datetime.date(2015, 8, 10)
    assert _read("ومن المقرر أن تبدأ عملية القيد يوم السبت السابع من ذي القعدة المقبل وحتى الأول"
                 " من ذي الحجة المقبل", day) == [
        ("السابع من ذي القعدة المقبل وحتى الأول من ذي الحجة", "2015-08-22/2015-09-14", None)]
    assert [v for _, v, _ in _read("وقع الحادث يوم السبت 14 أبريل وحتى 5 يونيو لم تعلن", day)] == [
        "--04-14", "--06-05"]  # no verb of starting: a day, then "until"
    assert [v for _, v, _ in _read("ارتفعت في شهري يناير وفبراير على التوالي بنسبة 5 و6", day)] == [
        "--01", "--02"]
    assert [v for _, v, _ in _read("ارتفعت في يناير وفبراير 2015 على التوالي بنسبة 5 و6", day)] == [
        "2015-01", "2015-02"]
    assert [v for _, v, _ in _read("ارتفعت في يناير وفبراير 2015 بنسبة 5", day)] == [
        "2015-01/2015-02"]
    assert _read("ارتفعت الأسعار منذ نحو عام 1830 في المنطقة", day) == [
        ("عام 1830", "1830", "since")]
    assert _read("منذ حوالي العام 2011 والبلاد", day) == [("العام 2011", "2011", "since")]


def test_round_53s_forms():
    # Round 53's held-out sets, after their scoring: a Hijri month in the idiom تخلط شعبان
    # برمضان; the Friday prayer held (إقامة الجمعة); months so misprinted (يوينو, سبمبر); a
    # weekday the source writes as a family name, after مع (with the man)
    day = datetime.date(2015, 7, 22)
    assert _read("من تلك التي تخلط شعبان برمضان، فتكون النتيجة", day) == []
    assert [v for _, v, _ in _read("خلال شهر شعبان وشهر رمضان المبارك، إنفاذاً", day)] == [
        "2015-05/2015-06", "2015-06/2015-07"]
    assert _read("ومنع إقامة الجمعة وصلاة العيد فيها", day) == []
    assert _read("الذي اعتمد في 10 يوينو 2015 من خلال", day) == [
        ("10 يوينو 2015", "2015-06-10", None)]
    assert _read("بعد اجتياح صنعاء في 21 سبمبر الفائت.", day) == [("21 سبمبر", "--09-21", None)]
    text = "هاجما احمد الخميس وتبادلا الاتهامات. ولماذا لم يوضح مع الخميس الصورة منذ البداية"
    by = {"written": day, "as_names": date_words_as_names(text)}
    assert find_dates(text, published=day, **by) == []
    assert [d.value for d in find_dates("وسيلتقي الوفد مع الخميس المقبل. " + text,
                                        published=day, **by)] == ["2015-07-23"]
    # (its hostile pass) the Friday held with a placing word, another weekday after إقامة, a
    # day after مع where the source names a man so, if no noun follows it
    assert [v for _, v, _ in _read("وتقرر إقامة الجمعة المقبلة وقفة احتجاجية", day)] == [
        "2015-07-24"]
    assert [v for _, v, _ in _read("وقررت اللجنة إقامة السبت المقبل مباراة ودية", day)] == [
        "2015-07-25"]
    text = "وقال الشيخ عبدالرحيم الجمعة إن المسجد مفتوح. وتنتهي المهلة مع الخميس."
    assert "2015-07-23" in [d.value for d in find_dates(text, published=day, written=day,
                                                        as_names=date_words_as_names(text))]


def test_round_53s_hostile_pass_over_the_ranges_and_the_attacks():
    day = datetime.date(2015, 7, 21)
    # على التوالي after "the second month", "two months", "the second time": in a row, a span
    assert [v for _, v, _ in _read("وتراجع المؤشر في فبراير ومارس لشهرين على التوالي", day)] == [
        "--02/--03"]
    assert [v for _, v, _ in _read("ارتفع التضخم في مارس وأبريل 2015 للمرة الثانية على التوالي",
                                   day)] == ["2015-03/2015-04"]
    # a start after تبدأ and its subject joins no end past a comma, nor a move (إرجاء)
    assert [v for _, v, _ in _read("في حين تبدأ القوات انسحابها يوم الأحد 5 مارس 2017، وحتى 20"
                                   " مارس 2017 ستبقى الحواجز", day)] == ["2017-03-05", "2017-03-20"]
    assert [v for _, v, _ in _read("وقررت الوزارة إرجاء الدراسة التي تبدأ يوم الأحد 5 مارس 2017"
                                   " إلى 20 مارس 2017", day)] == ["2017-03-05", "2017-03-20"]
    # the attacks' note only on a bare 11 September, not on next September's
    assert [(d.value, d.note) for d in find_dates("أحداث 11 سبتمبر المقبل", published=day)] == [
        ("--09-11", None)]


def test_round_54s_the_two_named_after_them():
    # Round 54's threehundredseventysix: المرشحين الاثنين with the two men named after it is
    # "the two candidates"; a plural before the weekday with no names after it keeps Monday
    day = datetime.date(2015, 8, 5)
    assert _read("مشددا على أن المرشحين الاثنين عبدالعزيز الدوسري وخالد الدبل بالنسبة له",
                 day) == []
    assert [v for _, v, _ in _read("اعتقلت القوات عددا من الفلسطينيين الاثنين في الخليل", day)] == [
        "2015-08-03"]


def test_round_54s_hostile_pass_over_the_mends():
    day = datetime.date(2024, 5, 1)
    # a king or a speaker, then Monday, then his guest: Monday (not "the two")
    assert [v for _, v, _ in _read("استقبل ملك البحرين الاثنين محمد بن زايد", day)] == [
        "2024-04-29"]
    assert [v for _, v, _ in _read("واستقبل رئيس البرلمان الاثنين علي لاريجاني", day)] == [
        "2024-04-29"]
    # nouns of delay or deportation move no date: the range stays
    assert [v for _, v, _ in _read("حملة ترحيل العمال من 1 يونيو 2024 حتى 20 يونيو 2024", day)] == [
        "2024-06-01/2024-06-20"]
    # a word in لل that is not "in a row" keeps the months each in turn
    assert [v for _, v, _ in _read("في فبراير ومارس للعاملين على التوالي", day)] == ["--02", "--03"]
    # the end's weekday with its comma is no second clause
    assert [v for _, v, _ in _read("تبدأ الدورة يوم السبت 1 يونيو 2024 حتى الخميس، 20 يونيو 2024",
                                   day)] == ["2024-06-01/2024-06-20"]
    assert [(d.value, d.note) for d in find_dates("منذ هجمات 11 سبتمبر من العام الماضي",
                                                  published=day)] == [("--09-11", None)]


def test_a_yearless_day_takes_the_year_of_its_own_month_past_a_comma():
    # Round 54's new-user review: حرب أكتوبر 1973 ...، وبالتحديد في يومي 24 و25 أكتوبر took the
    # paper's year; its own month, in its sentence, past a comma gives the year; another month
    # past a comma still does not (round 49's second hostile pass)
    pub = datetime.date(2015, 8, 6)

    def inferred(text):
        return [d.value for d in find_dates(text, 2015, published=pub)]

    assert inferred("في أكتوبر 1973، وبالتحديد في 24 أكتوبر") == ["1973-10", "1973-10-24"]
    assert inferred("الشركة التي تأسست عام 1976، ستعقد اجتماعها في سبتمبر") == ["1976", "2015-09"]
    assert inferred("صدر القرار في أكتوبر 2014. وسيطبق في أكتوبر") == ["2014-10", "2015-10"]


def test_rounds_52_to_54s_leftovers():
    # Forms rounds 52-54 missed and left, built before round 55: a gathering named by its year
    # after a longer name; a title a city holds for a year (not a festival's edition); the last
    # day of Ramadan without شهر, and a Ramadan with الفائت; a week's ordinal shared with a
    # second after أو; a month of a habit (غالبا ما, عادة ما)
    day = datetime.date(2015, 9, 20)
    assert _read("فعاليات المنتدى الوطني لسيدات الاعمال 2015 الذي بدوره", day) == [
        ("2015", "2015", None)]
    assert _read("فعاليات معرض سكيب سيتي لتطوير المدن والاستثمار العقاري 2015 المقام في جدة",
                 day) == [("2015", "2015", None)]
    assert _read("وحضر المؤتمر الصحفي 2000 من المهتمين", day) == []
    assert _read("أن تكون مدينة المهرجانات النموذجية لعام 2015م، ليس على مستوى", day) == [
        ("عام 2015م", "2015", None)]
    assert _read("افتتح مهرجان الجنادرية للعام 2015 امس", day) == []
    day = datetime.date(2015, 7, 20)
    assert _read("سجلت الحالة الاخيرة اليوم الاخير من رمضان الفائت لمصاب", day) == [
        ("اليوم الاخير من رمضان", "2015-07-16", None)]
    assert [v for _, v, _ in _read("وزارنا في رمضان الفائت", day)] == ["2015-06/2015-07"]
    assert _read("في الأسبوع الثالث أو الرابع من شهر رمضان", day) == [
        ("رمضان", "2015-06/2015-07", None)]
    assert [v for _, v, _ in _read("زارنا الأمير في الرابع من رمضان", day)] == ["2015-06-21"]
    assert _read("غالبًا ما تبدأ الاستعدادات في الأسبوع الثالث أو الرابع من شهر رمضان", day) == []
    assert _read("التي عادة ما تهبط الى أدنى مستوياتها خلال شهر رمضان المبارك", day) == []
    assert [v for _, v, _ in _read("عادة ما تهبط السيولة، لكنها ارتفعت في رمضان الماضي",
                                   day)] == ["2015-06/2015-07"]


def test_round_55s_forms():
    # Round 55's held-out sets, after their scoring: Hijri days and months of every year (من
    # كل عام later in the clause), not the greeting كل عام وأنتم بخير; مذ for منذ; a screen's
    # size with *; a sum written again in words after its figure
    day = datetime.date(2015, 8, 1)
    assert _read("خلال فترتين سنويا، الأولى في ٣٠ محرم والثانية في ٣٠ رجب من كل عام.", day) == []
    assert _read("خلال أيام شهر رمضان المبارك من كل عام يزور", day) == []
    assert [v for _, v, _ in _read("عاد في 15 شوال وكل عام وأنتم بخير", day)] == ["2015-07-31"]
    assert _read("ومشهد الصراع هذا قائم مذ 11 سبتمبر الشهيرة، فيما", day) == [
        ("11 سبتمبر", "--09-11", "since")]
    assert _read("سترتفع من (1280 * 960) إلى 1920 * 1080)، وهذا", day) == []
    assert _read("الحكومية بمبلغ ( 2000 ) ألفي ريال عن كل جلسة", day) == []
    assert _read("وفي عام 2000 ألف المؤلف كتابه", day) == [("عام 2000", "2000", None)]


def test_round_56s_forms():
    # Round 56's held-out sets, after their scoring: a Hijri year to a month of it without its
    # year, one range; الاثنين "both" after a pronoun of two or of us; a weekday of a habit
    # (كان من عادة), not of اعتاد ("got used to") nor past a comma after غالبا ما; صمنا رمضان;
    # a dash between a Hijri day and its month
    day = datetime.date(2015, 8, 1)
    assert _read("وذلك بدءًا من العام الجاري 1436هـ حتى منتصف شهر شوال. وأعطت", day) == [
        ("من العام الجاري 1436هـ حتى منتصف شهر شوال", "2014-10/2015-07", None)]
    assert _read("وفي عام 1436 هـ حتى شهر رمضان 260 فعالية.", day) == [
        ("عام 1436 هـ حتى شهر رمضان", "2014-10/2015-07", None)]
    assert [v for _, v, _ in _read("في عام 1436هـ إلى رمضان", day)] == [
        "2014/2015", "2015-06/2015-07"]  # في ... إلى: a move, no range
    monday = datetime.date(2015, 8, 10)
    assert _read("فرددت على الفور: إحنا الاثنين.", monday) == []
    # (a word in -هما before it is a Monday still: a verb as often as a noun; its hostile pass)
    assert [v for _, v, _ in _read("للجهة التي ترعى إرهابهما الاثنين كانت مبرراً", monday)] == [
        "2015-08-10"]
    assert [v for _, v, _ in _read("وقبض عليهما الاثنين في الرياض", monday)] == ["2015-08-10"]
    day = datetime.date(2015, 7, 20)
    assert _read("كان من عادة نادية الصغيرة أن تقضي يوم الأحد، إجازتها الأسبوعية", day) == []
    assert [v for _, v, _ in _read("والمساهمون غالبا ما تساءلوا عما لخصه المحلل، كين دوكتور،"
                                   " يوم الخميس بقوله", day)] == ["2015-07-16"]
    assert [v for _, v, _ in _read("كان قد اعتاد على الصيام لساعات طويلة خلال شهر رمضان",
                                   day)] == ["2015-06/2015-07"]
    assert [v for _, v, _ in _read("صمنا رمضان وقمناه، وفرحنا بالعيد", day)] == [
        "2015-06/2015-07"]
    assert _read("من صام رمضان إيمانا واحتسابا", day) == []
    assert _read("المنشور بتاريخ 29 - شعبان 1436هـ، المتضمن", day) == [
        ("29 - شعبان 1436هـ", "2015-06-16", None)]
    assert [v for _, v, _ in _read("من 25 - 29 شعبان 1436هـ", day)] == ["2015-06-12/2015-06-16"]


def test_the_hostile_pass_over_rounds_55_and_56s_fixes():
    day = datetime.date(2015, 7, 21)
    # a Hijri year joins no month of another year, nor across a move
    assert [v for _, v, _ in _read("منذ عام 1430هـ حتى شهر رمضان الماضي", day)] == [
        "2008/2009", "2015-06/2015-07"]
    assert len(_read("من عام 1436هـ حتى شهر محرم القادم", day)) == 2
    assert len(_read("قررت الوزارة تأجيل موعد بدء الاختبارات النهائية للطلاب من عام 1436هـ حتى"
                     " شهر شوال", day)) == 2
    # a habit ends with its clause (لكن, a question mark), and من كل عام needs its من
    assert [v for _, v, _ in _read("عادة ما يجتمع المجلس يوم الأحد لكنه اجتمع يوم الخميس.",
                                   day)] == ["2015-07-16"]
    assert [v for _, v, _ in _read("هل تسافر عادة ما بين رمضان وشوال؟ سافرنا يوم الخميس.",
                                   day)] == ["2015-07-16"]
    assert [v for _, v, _ in _read("في رمضان هذا العام ارتفعت الأسعار أكثر من كل عام.", day)] == [
        "2015-06/2015-07"]
    assert [v for _, v, _ in _read("وصل الوفد في 15 شعبان لزيارة المدينة التي يزورها كل عام.",
                                   day)] == ["2015-06-02"]
    # a year before thousands in words that are not its own figure; two years by *
    assert [v for _, v, _ in _read("منذ 2012 آلاف اللاجئين يعبرون الحدود", day)] == ["2012"]
    assert [v for _, v, _ in _read("موسم 2014*2015 كان", day)][:1] == ["2014"]
    # a second ordinal a part cannot take is a day; a verb with هما before a Monday
    assert [v for _, v, _ in _read("حددت اللجنة الأسبوع الأول والخامس عشر من رمضان موعدين",
                                   day)] == ["2015-07-02"]
    assert [v for _, v, _ in _read("زارهما الاثنين وزير الخارجية", day)] == ["2015-07-20"]
    # a hypothesis of fasting; a gathering before a count; مذ before a bare year; a round's
    # number before a month
    assert _read("إذا صمنا رمضان إيمانا واحتسابا", day) == []
    assert _read("استقطب المعرض الدولي للكتاب 2000 الزائرين", day) == []
    assert _read("مذ 2005 والبلاد تنتظر", day) == [("2005", "2005", "since")]
    assert _read("الجولة 12 - شوال 1436هـ", day) == [("شوال 1436هـ", "2015-07/2015-08", None)]


def test_round_57s_forms():
    # Round 57's held-out sets, after their scoring: a telephone number after اتصل على; the
    # year of a Hijri day written after it (لهذا العام (1436هـ)); a part of the last century
    # (not the last century alone); farewell to Ramadan; آخر أيام; a weekday "or another";
    # two decades from one to the other
    day = datetime.date(2015, 8, 5)
    assert _read("اتصل على 1909، وسيصل المنقذون", day) == []
    assert [t for t, _, _ in _read("بتاريخ الثامن عشر من شهر شوال لهذا العام (1436هـ) تحت عنوان",
                                   day)] == ["الثامن عشر من شهر شوال"]
    assert _read("ظهرت السينما في أوائل القرن الميلادي المنصرم وكانت", day) == [
        ("أوائل القرن الميلادي المنصرم", "1901/2000", "early")]
    assert _read("وقد تغيرت خلال القرن الماضي كثيرا", day) == []
    assert [v for _, v, _ in _read("يستعد الناس فيه لتوديع رمضان واستقبال عيد الفطر", day)] == [
        "2015-06/2015-07"]
    assert [(v, q) for _, v, q in _read("ففي آخر أيام شهر رمضان المبارك طرق", day)] == [
        ("2015-06/2015-07", "late")]
    assert _read("تغيير موعد التفجيرات من الجمعة إلى غيرها", day) == []
    assert _read("في أواخر السبعينيات الميلادية حتى أوائل الثمانينيات، وظهور", day) == [
        ("أواخر السبعينيات الميلادية حتى أوائل الثمانينيات", "1970/1989", None)]


def test_the_second_hostile_pass_over_round_57s_fixes():
    day = datetime.date(2015, 7, 21)
    # only a word of putting off in the clause makes a move (not نقلت, "reported", nor قدمت)
    assert _read("نقلت الصحيفة عن مصدر مسؤول أن الدراسة تمتد من عام 1436هـ حتى شهر ذي الحجة",
                 day)[0][1] == "2014-10/2015-10"
    assert _read("قدمت الفرقة أغاني مختارة من السبعينيات إلى التسعينيات", day)[0][1] == "1970/1999"
    # the month of this Hijri year after it, placed or not, joins; another year's does not
    assert _read("منذ عام 1436هـ حتى شهر رمضان من هذا العام", day)[0][1] == "2014-10/2015-07"
    # كل عام close after a Hijri day is every year's
    assert _read("تقام الفعالية في 15 شعبان كل عام", day) == []
    assert _read("في العاشر من محرم كل عام", day) == []
    # a habit goes on past ثم or بينما before a verb in the present
    assert _read("عادة ما تبدأ الإجازة بعد رمضان ثم تمتد حتى شوال", day) == []
    # a Hijri century; a part's ordinal after الأخير; a day moved to "another of the days"
    assert _read("في أواخر القرن الماضي الهجري", day) == []
    assert _read("الأسبوع الأخير والثاني من رمضان", day) == []
    assert [v for _, v, _ in _read("نقلت المباراة من الأحد إلى غيره من الأيام", day)] == [
        "2015-07-19"]
    assert _read("أغنية وداع رمضان الشهيرة", day) == []
    # من أجل ("for the sake of") is no putting off
    assert _read("من أجل الحصول على الترخيص من عام 1436هـ حتى شهر شوال", day)[0][1] == (
        "2014-10/2015-08")


def test_the_third_hostile_pass_over_the_mends():
    day = datetime.date(2015, 7, 21)
    # an unplaced month takes the Hijri year named before it; a placed one must be of it
    assert _read("عاش من عام 1430هـ حتى شهر رمضان.", day)[0][1] == "2008-12/2009-09"
    assert _read("من عام 1435هـ حتى شهر رمضان من العام نفسه", day)[0][1] == "2013-11/2014-07"
    # putting off with its endings, and a date's move
    assert len(_read("تم تأجيلها من عام 1436هـ إلى شهر شوال.", day)) == 2
    assert len(_read("نقل موعد الامتحانات من عام 1436هـ إلى شهر شوال", day)) == 2
    # a migration after the last century is no Hijri word
    assert _read("شهدت البلاد في منتصف القرن الماضي هجرة واسعة", day) == [
        ("منتصف القرن الماضي", "1901/2000", "mid")]
    # "more than every year" close after a day; وقد or ثم before a verb in the past ends a habit
    assert [v for _, v, _ in _read("قتل في 3 محرم أكثر من كل عام.", day)] == ["2015-10-16"]
    assert [v for _, v, _ in _read("عادة ما يجتمع المجلس يوم الأحد وقد اجتمع أمس الخميس.",
                                   day)] == ["2015-07-16"]
    assert [v for _, v, _ in _read("كان من عادة الرئيس أن يزور المدينة في رمضان ثم توفي في"
                                   " شوال.", day)] == ["2015-07/2015-08"]


def test_round_58s_forms():
    # From round 58 (held out, scored at heldout-r58): a Hijri month of a yearly habit (سنوياً,
    # كل عام, غالبا before it); "the dawn of" a century; a year of three figures
    # after في عام with a verb in the past
    day = datetime.date(2015, 7, 22)
    assert _read("يهنئ سنوياً أسر الشهداء في كل عام بشهر رمضان والعيدين", day) == []
    assert _read("وأوضح أن الحجوزات تتم غالبا في بداية شهر رمضان، وذلك لقلتها", day) == []
    assert [v for _, v, _ in _read("وأقيم الحفل في رمضان وسط حضور كبير", day)] == [
        "2015-06/2015-07"]
    assert [v for _, v, _ in _read("كل عام وأنتم بخير، وقد صمنا رمضان", day)] == [
        "2015-06/2015-07"]  # the greeting is no habit
    assert _read("بدأ الشباب في فجر القرن العشرين يتوسعون", day) == [
        ("فجر القرن العشرين", "1901/2000", "early")]
    assert [t for t, _, _ in _read("صلى فجر الأحد في المسجد", day)] == ["الأحد"]
    assert _read("في عام 452 شهدت أوروبا معركة شهيرة", day) == [("عام 452", "0452", None)]
    assert _read("في عام 300 حادثة", day) == []
    assert _read("وفي عام 201 بلغت المبيعات 300 مليون مقارنة بالعام 2013", day) == [
        ("العام 2013", "2013", None)]
    # (its hostile pass) a misprint of our years with no modern year near; an older year after
    # في is a number (an index, an address); a future makes غالبا "most likely"; the greeting
    # with another noun; مثلا makes no habit; a different year after the dash is no "since";
    # a Hijri decade of the last Hijri century
    assert _read("تأسست الشركة قبل عقد. وفي عام 201 بلغت مبيعاتها ذروتها.", day) == []
    assert _read("انخفض المؤشر إلى 1650 نقطة، بعد أن كان في 1700.", day) == []
    assert _read("يقع المقر الرئيسي للشركة في 1450، شارع الملك فهد", day) == []
    assert [v for _, v, _ in _read("ستصرف غالبا في شهر شعبان", day)] == ["2015-05/2015-06"]
    assert [v for _, v, _ in _read("الشركة التي تعلن أرباحها سنويا ستعلن نتائجها في رمضان",
                                   day)] == ["2015-06/2015-07"]
    assert _read("يركب سيارته غالبا في رمضان", day) == []  # (سيارته: no future)
    assert [v for _, v, _ in _read("كل عام ومصر بخير بمناسبة حلول شهر رمضان", day)] == [
        "2015-06/2015-07"]
    assert [v for _, v, _ in _read("زار الرئيس القاهرة في رمضان مثلا ليلتقي الوزير", day)] == [
        "2015-06/2015-07"]
    assert [q for _, _, q in _read("منذ 1428هـ - 2010م", day)] == ["since", None]
    # (its second hostile pass) س before no present is no future; a future's other forms; a
    # misprint of 2014 without its 0; a century before another's dual era word only
    assert _read("يزور سنويا سيناء في رمضان", day) == []
    assert _read("يذهب سنويا إلى السينما في رمضان", day) == []
    for text in ("سيتم صرفها غالبا في شهر شعبان", "من المقرر أن تصرف غالبا في شعبان",
                 "ستصرف الأسر غالبا في شهر شعبان", "سيحتفلون غالبا في شعبان"):
        assert [v for _, v, _ in _read(text, day)] == ["2015-05/2015-06"], text
    assert _read("تقيم سيدة الأعمال مأدبة سنويا في شهر شوال", day) == []
    assert _read("وفي عام 214 بلغت المبيعات", day) == []
    assert [v for _, v, _ in _read("عاش في القرن التاسع عشر وشهد المهاجرين الهجريين", day)] == [
        "1801/1900"]
    assert [v for _, v, _ in _read("في القرن الثالث عشر والرابع عشر الهجريين", day)] == [
        "1786/1980"]
    assert [v for _, v, _ in _read("في الأربعينيات الهجرية من القرن الماضي", day)] == [
        "1921/1931"]


def test_round_59s_forms():
    # From round 59 (held out, scored at heldout-r59): a Hijri month whose name is a word too,
    # qualified and placed (اواخر صفر للعام المقبل); two centuries before the dual of the Hijri
    # word, both Hijri
    day = datetime.date(2015, 8, 2)
    assert _read("الملتقى الذي ينظمه المرور اواخر صفر للعام المقبل.", day) == [
        ("صفر", "2015-11/2015-12", "late")]
    assert _read("أواخر صفر المقبل", day) == [("صفر", "2015-11/2015-12", "late")]
    assert _read("فاز الفريق 2 صفر المقبل", day) == []  # (a score, as before)
    assert _read("نهاية صفر", day) == []
    assert [(v, q) for _, v, q in _read(
        "أحد التجار أواخر القرن الثالث عشر وأوائل القرن الرابع عشر الهجريين حينما", day)] == [
        ("1786/1883", "late"), ("1883/1980", "early")]
    assert [v for _, v, _ in _read("في القرن التاسع عشر والقرن العشرين", day)] == [
        "1801/1900", "1901/2000"]


def test_a_hijri_day_and_its_year_after_fi():
    # Round 58-59's new-user review: a Hijri day or month whose year follows after في and a
    # year word is one date (ولد في العشرين من شهر شعبان في السنة الهجرية 1395: 27 August 1975),
    # as after من; a year alone keeps في out
    day = datetime.date(2015, 8, 11)
    assert _read("ولد في العشرين من شهر شعبان في السنة الهجرية 1395 بمحافظة الاحساء.", day) == [
        ("العشرين من شهر شعبان في السنة الهجرية 1395", "1975-08-27", None)]
    assert _read("ولد في 20 شعبان في عام 1395هـ", day) == [
        ("20 شعبان في عام 1395هـ", "1975-08-27", None)]
    assert _read("وقع ذلك في عام 1395هـ", day) == [("عام 1395هـ", "1975/1976", None)]


def test_round_60s_forms():
    # From round 60 (held out, scored at heldout-r60): a night named by two weekdays joined by
    # إلى; جمادى printed without its ى; weekdays listed with و before a programme's dated day
    # ahead fall in the week leading up to it; a year right after القادم
    assert _read("أجبرت ليل الخميس إلى الجمعة نحو 1400 شخص", datetime.date(2015, 8, 10)) == [
        ("الخميس إلى الجمعة", "2015-08-06/2015-08-07", None)]
    assert [t for t, _, _ in _read("التقى الخميس إلى جانب الجمعة", datetime.date(2015, 8, 10))
            ] == ["الخميس", "الجمعة"]  # no night: two days
    day = datetime.date(2015, 7, 21)
    assert _read("شملت أشهر ربيع ثان وجماد الاخر ورجب لعام 1436ه.", day) == [
        ("ربيع ثان", "2015-01/2015-02", None), ("جماد الاخر", "2015-03/2015-04", None),
        ("رجب لعام 1436ه", "2015-04/2015-05", None)]
    programme = ("والليلة مسرحية «قال الراوي»، والأربعاء «شقة من وسط البلد»، والخميس مسرحية "
                 "«النجم العالمي»، وتختتم العروض الأحد 10 شوال بعرض لفرقة «خواطر الظلام».")
    assert [v for _, v, _ in _read(programme, day)] == ["2015-07-22", "2015-07-23", "2015-07-26"]
    # a weekday not listed with و keeps its own reading (قال الأربعاء: the day it was said)
    assert [v for _, v, _ in _read("وقال الأربعاء إن المباراة ستقام الأحد 10 شوال", day)] == [
        "2015-07-15", "2015-07-26"]
    assert _read("إلى إبراز المعرض القادم 2016 بأفضل مما سبق", datetime.date(2015, 8, 4)) == [
        ("2016", "2016", None)]
    assert _read("في الأسبوع المقبل 2000 شخص", datetime.date(2015, 8, 4)) == []  # a count


def test_round_61s_stale_page():
    # From round 61 (held out, scored at heldout-r61): a page saved seven weeks after it was
    # written names its day of writing (اليوم الأربعاء) and writes that Wednesday with its date
    # (يوم الأربعاء 16 /08 / 1436هـ): the day of writing is that Wednesday, not the crawl's
    from briefgen.arabic.dates import day_of_writing
    page = ("طرح أرض الرس للبيع المباشر، وذلك يوم الأربعاء 16 /08 / 1436هـ، وهو الموعد الأخير.\n"
            "وأوضحت اللجنة في بيان لها، اليوم الأربعاء، أن اللجنة تقيم هذا الشهر ثلاثة مزادات.")
    assert day_of_writing(page, datetime.date(2015, 7, 22)) == datetime.date(2015, 6, 3)
    # a dated Wednesday of another weekday's page, or one after the crawl, moves nothing
    assert day_of_writing(page.replace("اليوم الأربعاء", "اليوم الخميس"),
                          datetime.date(2015, 7, 22)) == datetime.date(2015, 7, 16)
    assert day_of_writing(page.replace("1436", "1437"),
                          datetime.date(2015, 7, 22)) == datetime.date(2015, 7, 22)


def test_round_60s_hostile_pass():
    # A count after the next one is no year; a move from one night to the next day is two days;
    # a day's deed told after it, or a last day more than a week ahead, keeps a listed weekday
    # in its own week
    day = datetime.date(2015, 7, 21)
    assert _read("وستوفر المرحلة المقبلة 2000 وظيفة للمواطنين.", day) == []
    assert _read("الدفعة القادمة 2010 وحدات سكنية", day) == []
    assert [t for t, _, _ in _read("وتأجلت مباراة ليلة الخميس إلى الجمعة بسبب الأمطار.", day)
            ] == ["الخميس", "الجمعة"]
    assert [v for _, v, _ in _read(
        "والخميس افتتح الأمير المعرض الذي يستمر حتى السبت 9 شوال.", day)] == [
        "2015-07-16", "2015-07-25"]
    assert [v for _, v, _ in _read(
        "والخميس مسرحية «النجم العالمي»، والجمعة مسرحية «أصلا عادي»، وتختتم العروض الأحد"
        " 10 شوال.", day)] == ["2015-07-23", "2015-07-24", "2015-07-26"]
    assert [v for _, v, _ in _read(
        "والخميس مسرحية «النجم»، وتختتم العروض الجمعة 14 أغسطس 2015.", day)] == [
        "2015-07-16", "2015-08-14"]


def test_round_62s_forms():
    # From round 62 (held out, scored at heldout-r62): a Hijri month and the Gregorian month a
    # paper glosses it with in brackets are one date, the Hijri month's
    day = datetime.date(2015, 7, 21)
    assert _read("عقد اجتماعه في شهر شعبان (يونيو) الماضي.", day) == [
        ("شعبان (يونيو)", "2015-05/2015-06", None)]
    assert [v for _, v, _ in _read("في شهر شعبان ثم في يونيو الماضي.", day)] == [
        "2015-05/2015-06", "--06"]


def test_round_63s_forms():
    # From round 63 (held out, scored at heldout-r63): a range from a weekday to a day dated
    # weeks before the crawl (a stale page) puts the weekday in the week before that day; a
    # range from yesterday's weekday to one ahead; a year after في نسخة, an edition's
    day = datetime.date(2015, 7, 21)
    assert _read("اعتباراً من يوم الأحد القادم وحتى نهاية دوام يوم الخميس الموافق 22 / 9 / 1436هـ"
                 "، مشيرة إلى ذلك.", day) == [
        ("الأحد القادم وحتى نهاية دوام يوم الخميس الموافق 22 / 9 / 1436هـ",
         "2015-07-05/2015-07-09", None)]
    for published in (datetime.date(2015, 8, 10), datetime.date(2015, 8, 12)):
        assert [v for _, v, _ in _read("للتبرع ابتداءً من أمس الأحد وحتى يوم الخميس المقبل.",
                                       published)] == ["2015-08-09/2015-08-13"]
    assert [v for _, v, _ in _read("النسخة الأولى في 2013، وفي نسخة 2014 كان لاعب الأهلي.",
                                   day)] == ["2013", "2014"]
    assert _read("وتم توزيع نسخة 2000 من المصحف.", day) == []


def test_round_64s_forms():
    # From round 64 (held out, scored at heldout-r64): السنة's words feminine before its year;
    # a Hijri day in brackets after الـ; the last two days of a month; a decade after أي درجة
    # ("how far"), which is no temperature
    day = datetime.date(2015, 7, 21)
    assert _read("سيتم حجبها اعتبارا من مطلع السنة الهجرية القادمة 1437هـ.", day) == [
        ("مطلع السنة الهجرية القادمة 1437هـ", "2015/2016", "early")]
    assert _read("في السنة الماضية 2014 كان النمو أعلى.", day) == [
        ("السنة الماضية 2014", "2014", None)]
    assert _read("حيث سيقام اللقاء في الـ(30) من شهر شوال الحالي.", day) == [
        ("الـ(30) من شهر شوال", "2015-08-15", None)]
    assert [(v, q) for _, v, q in _read("نشرت في اليومين الأخيرين لشهر رمضان تقريرا.", day)
            ] == [("2015-06/2015-07", "late")]
    assert [v for _, v, _ in _read("لا يمكن تصور إلى أي درجة كانت سنغافورة الستينيات بائسة.",
                                   day)] == ["1960/1969"]
    assert _read("ارتفعت درجة الحرارة إلى الخمسينات.", day) == []


def test_round_65s_forms():
    # From round 65 (held out, scored at heldout-r65): a festival edition's label with both
    # years marked, bare as in brackets, is no date; الله الأحد is God "the One"; خواتيم, late
    day = datetime.date(2015, 8, 1)
    for text in ("لانطلاق سوق عكاظ في نسخته التاسعة 1436هـ 2015م، بمشاركة الجهات.",
                 "لانطلاق سوق عكاظ في نسخته التاسعة (1436هـ 2015م) بمشاركة الجهات.",
                 "وضعوا أمام أعينهم الله الأحد، ثم الوطن."):
        assert _read(text, day) == []
    assert [v for _, v, _ in _read("في الدورة الأولى 2005 كانت المشاركة قليلة.", day)] == [
        "2005"]
    assert [v for _, v, _ in _read("وصل الوفد الأحد الماضي.", day)] == ["2015-07-26"]
    assert [(v, q) for _, v, q in _read("قبل أذان المغرب في خواتيم رمضان.", day)] == [
        ("2015-06/2015-07", "late")]


def test_the_hostile_pass_over_rounds_63_to_65():
    # الله الأحد is a Sunday after رحمة الله and إن شاء الله; a year after the ordinal's other
    # words is no edition's label; a postponement from yesterday to a day ahead is two days
    day = datetime.date(2015, 7, 21)
    for text in ("انتقل إلى رحمة الله الأحد الفقيد.", "إن شاء الله الأحد نلتقي."):
        assert [v for _, v, _ in _read(text, day)] == ["2015-07-19"]
    assert [v for _, v, _ in _read("انطلقت الدورة الأولى للعام الدراسي 1436هـ 2015م.", day)
            ] == ["2014/2015", "2015"]
    assert [v for _, v, _ in _read("أجلت المحكمة الجلسة من أمس الأحد إلى يوم الخميس المقبل.",
                                   day)] == ["2015-07-19", "2015-07-23"]


def test_the_second_hostile_pass_over_rounds_60_to_62():
    # A glossed month placed by الماضي in another year than the Hijri month read alone keeps both
    # dates; a night carried to the next day (نقل الجرحى) is the night; a programme's items that
    # are nouns (عرض, فعاليات) and a title's ! keep the week ahead; a year the next edition will
    # be; a dated weekday a week before is no stale page's day of writing
    from briefgen.arabic.dates import day_of_writing
    assert [t for t, _, _ in _read("عقد اجتماعه في شهر شعبان (يونيو) الماضي.",
                                   datetime.date(2015, 12, 20))] == ["شعبان", "(يونيو)"]
    assert [v for _, v, _ in _read("ونقل الجرحى ليل الخميس إلى الجمعة إلى المستشفى.",
                                   datetime.date(2015, 8, 10))] == ["2015-08-06/2015-08-07"]
    day = datetime.date(2015, 7, 21)
    assert [v for _, v, _ in _read(
        "والخميس عرض مسرحي لفرقة «الأمل»، والجمعة مسرحية «هيا خليك!»، وتختتم العروض الأحد"
        " 10 شوال.", day)] == ["2015-07-23", "2015-07-24", "2015-07-26"]
    assert _read("وأكد أن النسخة المقبلة 2016 ستكون أكبر.", day) == [("2016", "2016", None)]
    assert day_of_writing("قالت الوزارة اليوم الأربعاء إن المهلة التي انتهت يوم الأربعاء "
                          "8/4/2015 لن تمدد.", datetime.date(2015, 4, 17)) == datetime.date(
        2015, 4, 15)


def test_a_year_after_a_gathering_s_place_a_hijri_day_of_a_named_year_and_of_the_hijra():
    # Written for this test in the style of rounds 67's and 68's held-out sets (read after
    # their scoring): a gathering named by its place and year; a Hijri day of last year or
    # next; a day of a year of the Hijra in words, which the finder does not date.
    published = datetime.date(2015, 7, 20)
    cases = {
        "عاد المنتخب المشارك في الملتقى العلمي العالمي بدولة بلجيكا 2015 إلى الوطن.": [
            ("2015", "2015")],
        "حضر القمة في الرياض 2000 مشارك من الدول.": [],  # a count after the place
        "بدأ التطبيق غرة ذي القعدة العام الماضي.": [("غرة ذي القعدة", "2014-08-27")],
        "وتقام في 7 شوال من العام المقبل.": [("7 شوال", "2016-07-12")],
        "ووقعت في السابع من شوال في السنة الثالثة من الهجرة.": [],
    }
    for text, expected in cases.items():
        assert [(d.text, d.value) for d in find_dates(text, published=published)] == expected


def test_a_car_s_model_year_and_no_count_after_a_gathering_s_place_or_a_quoted_day():
    # Written for this test in the style of rounds 68's and 69's police briefs (read after their
    # scoring) and of the hostile pass over rounds 66-68's fixes.
    published = datetime.date(2015, 7, 15)
    cases = {
        "تمكنوا من استيقاف سيارة جي إم سي 2007 بقيادة مواطن.": [("2007", "2007")],
        "وتم ضبط سيارة نقل مياه 2000 لتر.": [],  # a count
        "وقال خلال مؤتمر صحفي إن عدد المدارس في الرياض 2010 مدرسة.": [],  # a count
        "يوم الأحد الموافق “19” يوليو الجاري.": [("الأحد", "2015-07-12")],  # the day alone
        # in quotes is not read, nor takes its weekday
    }
    for text, expected in cases.items():
        assert [(d.text, d.value) for d in find_dates(text, published=published)] == expected
