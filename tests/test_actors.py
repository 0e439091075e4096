"""The actor registry and matcher: normalisation, particles, word ends, longest match, gold."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import pytest
import yaml

from briefgen.arabic.actors import (
    Actor,
    Registry,
    find_mentions,
    load_registry,
)
from briefgen.arabic.normalize import fold, normalize
from briefgen.errors import SourceError

ROOT = Path(__file__).resolve().parents[1]
GOLD = Path(__file__).resolve().parent / "gold" / "actors.yaml"


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry(ROOT / "seeds" / "actors.yaml")


def found(text: str, registry: Registry) -> list[tuple[str, str]]:
    return [(m.actor_id, m.text) for m in find_mentions(text, registry)]


# --- Normalisation ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("أحمد إسلام آباد ٱلله", "احمد اسلام اباد الله"),  # hamza and madda alefs, alef wasla
    ("مصطفى", "مصطفي"),  # alef maqsura
    ("القاعدة", "القاعده"),  # ta marbuta
    ("طـــالبان", "طالبان"),  # tatweel
    ("إِيرَانُ", "ايران"),  # harakat
    ("الشّيْخ", "الشيخ"),  # shadda, sukun
    ("الرحمٰن", "الرحمن"),  # superscript alef
    ("خطيب\u200cزاده", "خطيبزاده"),  # ZWNJ
    ("ISAF NATO", "isaf nato"),
])
def test_normalize(text, expected):
    assert normalize(text) == expected


def test_fold_maps_every_character_back_to_the_original():
    text = "قال إِيرَانُ ـ"
    folded = fold(text)
    assert folded.text == "قال ايران "
    start = folded.text.index("ايران")
    assert folded.span(start, start + 5) == (4, 12)  # the trailing damma is part of the word
    assert text[4:12] == "إِيرَانُ"


def test_arabic_indic_digits_are_untouched(registry):
    text = "في ٢٠١٩ زار بوتين طهران ٣ مرات"
    assert normalize(text) == "في ٢٠١٩ زار بوتين طهران ٣ مرات"
    mentions = find_mentions(text, registry)
    assert [(m.actor_id, m.text) for m in mentions] == [("putin", "بوتين"), ("tehran", "طهران")]
    assert all(text[m.start:m.end] == m.text for m in mentions)


def test_mention_spans_are_in_the_original_text(registry):
    text = "أكّد الحرسُ الثوريُّ الإيرانيّ أنّ طـهـران لن تتراجع"
    mentions = find_mentions(text, registry)
    assert [(m.actor_id, m.text) for m in mentions] == [
        ("irgc", "الحرسُ الثوريُّ الإيرانيّ"),
        ("tehran", "طـهـران"),
    ]
    assert all(text[m.start:m.end] == m.text for m in mentions)


# --- Attached particles ----------------------------------------------------------------------

@pytest.mark.parametrize("word, actor_id, name", [
    ("إيران", "iran", "إيران"),
    ("وإيران", "iran", "إيران"),
    ("فإيران", "iran", "إيران"),
    ("بإيران", "iran", "إيران"),
    ("لإيران", "iran", "إيران"),
    ("كإيران", "iran", "إيران"),
    ("وبإيران", "iran", "إيران"),
    ("ولإيران", "iran", "إيران"),
    ("وكإيران", "iran", "إيران"),
    ("فبإيران", "iran", "إيران"),
    ("فلإيران", "iran", "إيران"),
    ("لطالبان", "taliban", "طالبان"),
    ("القاعدة", "al-qaeda", "القاعدة"),
    ("والقاعدة", "al-qaeda", "القاعدة"),
    ("فالقاعدة", "al-qaeda", "القاعدة"),
    ("بالقاعدة", "al-qaeda", "القاعدة"),
    ("كالقاعدة", "al-qaeda", "القاعدة"),
    ("وبالقاعدة", "al-qaeda", "القاعدة"),
    ("فبالقاعدة", "al-qaeda", "القاعدة"),
    ("وكالقاعدة", "al-qaeda", "القاعدة"),
    ("للقاعدة", "al-qaeda", "لقاعدة"),  # ل + ال: the span starts at the article's lam
    ("وللقاعدة", "al-qaeda", "لقاعدة"),
    ("فللقاعدة", "al-qaeda", "لقاعدة"),
    ("بالولايات المتحدة", "usa", "الولايات المتحدة"),
    ("للولايات المتحدة", "usa", "لولايات المتحدة"),
    ("ولحركة طالبان", "taliban", "حركة طالبان"),
    ("وبواشنطن", "washington", "واشنطن"),
    ("لتنظيم القاعدة", "al-qaeda", "تنظيم القاعدة"),
])
def test_attached_particles(registry, word, actor_id, name):
    assert found(f"قال المسؤول إن {word} اليوم", registry) == [(actor_id, name)]


def test_name_that_starts_like_a_particle(registry):
    assert found("وصل باقري إلى واشنطن ثم فيلق القدس", registry) == [
        ("mohammad-bagheri", "باقري"), ("washington", "واشنطن"), ("quds-force", "فيلق القدس"),
    ]


# --- Word ends -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "الوفد الإيراني",  # nisba adjective
    "دبلوماسيين إيرانيين",
    "القوات الأمريكية والأمريكيين",
    "المكافآت الروسية",
    "الحدود الباكستانية",
    "هما يطالبان بالحل",  # the verb يطالبان holds طالبان
    "مطالبان اثنان",
    "قاعدة جوية",  # قاعدة without the article is not القاعدة
    "الطالبانية",
])
def test_no_match_inside_a_longer_word(registry, text):
    assert found(text, registry) == []


def test_kabulov_is_not_kabul(registry):
    assert found("المبعوث كابولوف في كابول", registry) == [
        ("kabulov", "كابولوف"), ("kabul", "كابول"),
    ]


def test_words_of_a_name_are_not_split_by_punctuation(registry):
    assert found("ضد داعش، خراسان", registry) == [("isis", "داعش")]
    assert found("ضد داعش - خراسان", registry) == [("isis-k", "داعش - خراسان")]


# --- Longest match ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("الحرس الثوري الإيراني", [("irgc", "الحرس الثوري الإيراني")]),
    ("تنظيم داعش في خراسان", [("isis-k", "تنظيم داعش في خراسان")]),
    ("تنظيم داعش في أفغانستان", [("isis", "تنظيم داعش"), ("afghanistan", "أفغانستان")]),
    ("لتنظيم داعش خراسان", [("isis-k", "تنظيم داعش خراسان")]),
    ("علي باقري كني", [("ali-bagheri-kani", "علي باقري كني")]),
    ("اللواء محمد حسين باقري", [("mohammad-bagheri", "محمد حسين باقري")]),
    ("ولاية خراسان الجنوبية", [("south-khorasan", "ولاية خراسان الجنوبية")]),
    ("ولاية خراسان", [("isis-k", "ولاية خراسان")]),
    ("حركة طالبان الباكستانية", [("ttp", "حركة طالبان الباكستانية")]),
    ("حركة طالبان الأفغانية", [("taliban", "حركة طالبان")]),
    ("مجلس الأمن القومي الأعلى الإيراني", [("snsc", "مجلس الأمن القومي الأعلى الإيراني")]),
])
def test_longest_match_wins(registry, text, expected):
    assert found(text, registry) == expected


def test_exclude_phrase_yields_no_mention(registry):
    assert found("هبطت الطائرة في القاعدة الجوية", registry) == []
    assert found("وكالة أنباء الجمهورية الإسلامية الإيرانية", registry) == []
    assert found("الجمهورية الإسلامية الإيرانية", registry) == [
        ("iran", "الجمهورية الإسلامية الإيرانية"),
    ]


# --- Variants --------------------------------------------------------------------------------

@pytest.mark.parametrize("name, actor_id", [
    ("أمريكا", "usa"),
    ("أميركا", "usa"),
    ("امريكا", "usa"),
    ("الولايات المتحدة", "usa"),
    ("الولايات المتحدة الأميركية", "usa"),
    ("واشنطن", "washington"),
    ("داعش", "isis"),
    ("تنظيم الدولة", "isis"),
    ("تنظيم الدولة الإسلامية", "isis"),
    ("داعش خراسان", "isis-k"),
    ("تنظيم الدولة الإسلامية في خراسان", "isis-k"),
    ("الحرس الثوري", "irgc"),
    ("فيلق القدس", "quds-force"),
    ("قوة القدس", "quds-force"),
    ("إسلام أباد", "islamabad"),
    ("إسلام آباد", "islamabad"),
    ("اسلام اباد", "islamabad"),
    ("كابل", "kabul"),
    ("قاآني", "ismail-qaani"),
    ("قاءاني", "ismail-qaani"),
    ("ترمب", "trump"),
    ("ترامب", "trump"),
    ("ISAF", "isaf"),
    ("isaf", "isaf"),
    ("الحوثيين", "houthis"),
])
def test_variant_spellings(registry, name, actor_id):
    assert found(f"ذكر التقرير {name} مرة", registry) == [(actor_id, name)]


# --- The registry ----------------------------------------------------------------------------

def test_registry_get(registry):
    irgc = registry.get("irgc")
    assert isinstance(irgc, Actor)
    assert irgc.kind == "organisation" and irgc.en.startswith("Islamic Revolutionary Guard")
    assert registry.get("nobody") is None


def test_registry_ids_are_unique_and_kinds_known(registry):
    ids = [a.id for a in registry.actors]
    assert len(ids) == len(set(ids))
    assert {a.kind for a in registry.actors} <= {"state", "organisation", "person", "place"}


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "actors.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_load_registry_names_the_file_on_bad_yaml(tmp_path):
    path = write(tmp_path, "- id: iran\n  en: [Iran\n")
    with pytest.raises(SourceError) as error:
        load_registry(path)
    assert str(path) in str(error.value)
    assert "YAML syntax" in str(error.value)


def test_load_registry_reports_every_problem_with_its_line(tmp_path):
    path = write(tmp_path, (
        "- id: Iran\n  en: Iran\n  ar: إيران\n  kind: country\n"
        "- id: tehran\n  en: Tehran\n  kind: place\n  variants: طهران\n"
    ))
    with pytest.raises(SourceError) as error:
        load_registry(path)
    lines = str(error.value).splitlines()
    # The spec's walker: each problem at the line of its value, in the spec's words,
    # sorted by line.
    assert lines == [
        f"{path}:1: [0].id: 'Iran' is not an id; use lower-case letters, digits, - and _, 100 "
        "at most (e.g. quds-force)",
        f"{path}:4: [0].kind: 'country' is not one of state, organisation, person, place",
        f"{path}:5: [1].ar: missing; [1] needs `ar`: The usual Arabic name.",
        f"{path}:8: [1].variants: expected a list, found a value",
    ]


def test_load_registry_refuses_a_name_of_two_actors(tmp_path):
    path = write(tmp_path, (
        "- {id: iran, en: Iran, ar: إيران, kind: state}\n"
        "- {id: persia, en: Persia, ar: ايران, kind: state}\n"
    ))
    with pytest.raises(SourceError, match="name 'ايران' is also a name of iran"):
        load_registry(path)


def test_load_registry_refuses_an_id_given_twice(tmp_path):
    path = write(tmp_path, (
        "- {id: iran, en: Iran, ar: إيران, kind: state}\n"
        "- {id: iran, en: Persia, ar: فارس, kind: state}\n"
    ))
    with pytest.raises(SourceError) as error:
        load_registry(path)
    assert str(error.value) == f"{path}:2: iran: id is already used on line 1"


def test_load_registry_wants_a_list(tmp_path):
    with pytest.raises(SourceError, match="expected a list for the actor registry"):
        load_registry(write(tmp_path, "iran: Iran\n"))
    with pytest.raises(SourceError, match="not found"):
        load_registry(tmp_path / "missing.yaml")


# --- Held to the gold ------------------------------------------------------------------------

def score(registry: Registry, library) -> tuple[float, float]:
    """Mention precision and recall over every (seed, actor): tp = min(found, gold)."""
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    tp = fp = fn = 0
    for source_id, expected in gold.items():
        source = library.find(source_id)
        assert source is not None, f"gold names unknown source {source_id}"
        got = Counter(
            m.actor_id for p in source.paragraphs for m in find_mentions(p.text, registry)
        )
        for actor_id in set(got) | set(expected):
            assert registry.get(actor_id) is not None, f"gold names unknown actor {actor_id}"
            hit = min(got[actor_id], expected.get(actor_id, 0))
            tp += hit
            fp += got[actor_id] - hit
            fn += expected.get(actor_id, 0) - hit
    return tp / (tp + fp), tp / (tp + fn)


def test_matcher_against_gold(registry, library):
    precision, recall = score(registry, library)
    assert precision >= 0.95, f"precision {precision:.3f}"
    assert recall >= 0.95, f"recall {recall:.3f}"


def test_matching_the_seeds_takes_milliseconds(registry, library):
    texts = [p.text for source in library for p in source.paragraphs]
    find_mentions(texts[0], registry)  # builds the index once
    started = time.perf_counter()
    for text in texts:
        find_mentions(text, registry)
    assert time.perf_counter() - started < 0.5  # about 10 ms on a developer machine


# --- Unseen text -----------------------------------------------------------------------------

UNSEEN = (
    "وقال المتحدث باسم الخارجية الأميركية إن واشنطن تتابع عن كثب تحركات فيلق القدس في "
    "العراق، فيما أكدت موسكو أن وفداً من طالبان سيزور العاصمة الروسية الشهر المقبل. وفي "
    "إسلام آباد، حذّر مسؤولون باكستانيون من أن تنظيم الدولة الإسلامية في خراسان صعّد "
    "هجماته ضد حركة طالبان الباكستانية، بينما نفى الحرسُ الثوريُّ الإيرانيّ أي صلة بالهجوم. "
    "وقالت أميركا وإيران إنهما لن تسمحا بعودة القاعدة إلى أفغانستان، واعتبر الرئيس "
    "الأمريكي جو بايدن أن القاعدة الجوية في باغرام لم تعد ضرورية لقوات الناتو."
)


def test_unseen_paragraph(registry):
    assert found(UNSEEN, registry) == [
        ("us-state-department", "الخارجية الأميركية"),
        ("washington", "واشنطن"),
        ("quds-force", "فيلق القدس"),
        ("moscow", "موسكو"),
        ("taliban", "طالبان"),
        ("islamabad", "إسلام آباد"),
        ("isis-k", "تنظيم الدولة الإسلامية في خراسان"),
        ("ttp", "حركة طالبان الباكستانية"),
        ("irgc", "الحرسُ الثوريُّ الإيرانيّ"),
        ("usa", "أميركا"),
        ("iran", "إيران"),
        ("al-qaeda", "القاعدة"),
        ("afghanistan", "أفغانستان"),
        ("biden", "جو بايدن"),
        ("nato", "الناتو"),
    ]


