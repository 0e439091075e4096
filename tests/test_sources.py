"""Source cleaning: boilerplate and repeats go, every real paragraph stays, verbatim."""

from __future__ import annotations

import pytest

from briefgen.errors import SourceError
from briefgen.model import Text
from briefgen.resolve import _source_entry
from briefgen.sources import clean_paragraphs, load_metadata, load_source

SEED_000 = "000_9adeab1d9a5ac9f6"


def test_seed_000_loses_its_duplicated_article(library):
    source = library.find(SEED_000)
    raw_lines = [line for line in source.path.read_text("utf-8").splitlines() if line.strip()]
    assert len(raw_lines) == 33
    assert len(source.paragraphs) == 17
    repeats = [d for d in source.dropped if d.reason.startswith("repeats")]
    assert len(repeats) == 16
    assert repeats[0].reason == "repeats p2" and repeats[0].line == 18
    assert len({p.text for p in source.paragraphs}) == 17


def test_a_copy_with_marks_of_direction_is_a_repeat_and_the_first_print_stays_verbatim():
    # Round 40's hostile review (#16): an article pasted twice, the copy with U+200F marks
    # and a doubled space (from a right-to-left editor), kept both prints
    first = "قال الرئيس إن الاتفاق سيوقع."
    text = (f"{first}\nوأضاف أن الوفد وصل.\n"
            "\u200fقال الرئيس  إن الاتفاق سيوقع.\u200f\nوأضاف أن الوفد وصل.")
    paragraphs, dropped, _ = clean_paragraphs(text, "twice")
    assert [p.text for p in paragraphs] == [first, "وأضاف أن الوفد وصل."]
    assert [(d.line, d.reason) for d in dropped] == [(3, "repeats p1"), (4, "repeats p2")]


def test_boilerplate_lines_are_dropped_with_reasons(library):
    reasons = {
        "002_391d8a1f97ba5804": {"related topics", "comment form", "back to top"},
        "003_46c3cfe90f7b128f": {"comment form"},
        "004_bc0966837ce6fdc6": {"share/follow line", "source credit", "related topics",
                                  "comment form", "captcha", "back to top"},
        "001_4624def60af5ef08": {"disclaimer"},
    }
    for source_id, expected in reasons.items():
        source = library.find(source_id)
        assert expected <= {d.reason for d in source.dropped}, source_id
        texts = " ".join(p.text for p in source.paragraphs)
        for marker in ("اترك تعليق", "زر الذهاب إلى الأعلى", "9 + سبعة", "telegram",
                       "لن يتم نشر عنوان بريدك", "تنويه:"):
            assert marker not in texts, (source_id, marker)


def test_no_real_paragraph_is_lost(library):
    expected_counts = {
        "000_9adeab1d9a5ac9f6": 17, "001_4624def60af5ef08": 25, "002_391d8a1f97ba5804": 10,
        "003_46c3cfe90f7b128f": 17, "004_bc0966837ce6fdc6": 27,
    }
    assert {s.id: len(s.paragraphs) for s in library} == expected_counts
    # Spot checks: first and last real paragraphs, verbatim.
    s004 = library.find("004_bc0966837ce6fdc6")
    assert s004.paragraph(1).text.startswith("تعمل إيران وباكستان على تعزيز العلاقات")
    assert s004.paragraph(27).text.startswith("في حين ذكرت وكالة أنباء إيرنا")
    s002 = library.find("002_391d8a1f97ba5804")
    assert s002.paragraph(1).text.startswith("تعاون سري بين إيران وتنظيم القاعدة")
    s000 = library.find(SEED_000)
    assert "ISAF" in s000.paragraph(6).text


def test_every_kept_paragraph_is_a_raw_line_verbatim(library):
    for source in library:
        raw = {" ".join(line.split()) for line in source.path.read_text("utf-8").splitlines()}
        for paragraph in source.paragraphs:
            assert paragraph.text in raw, paragraph.id


def test_paragraph_ids_are_stable_and_one_based(library):
    source = library.find("iran-taliban-ties")
    assert source.id == SEED_000
    assert source.paragraphs[0].id == f"{SEED_000}#p1"
    assert [p.number for p in source.paragraphs] == list(range(1, 18))


def test_cleaning_normalises_unicode_and_reports_it():
    text = "إيران\u200b و\u202eطالبان\n\n\ufe8d\ufedf\ufeb4\ufefc\ufee1\n"
    paragraphs, dropped, notes = clean_paragraphs(text, "x")
    assert paragraphs[0].text == "إيران وطالبان"
    assert paragraphs[1].text == "السلام"
    assert any("bidi" in n for n in notes) and any("zero-width" in n for n in notes)
    assert any("presentation forms" in n for n in notes)
    assert dropped == ()


def test_nfc_and_whitespace(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("  كلمة\u00a0\u00a0أخرى\t2021  \n", "utf-8")
    source = load_source(path)
    assert source.paragraphs[0].text == "كلمة أخرى 2021"


def write_metadata(tmp_path, text: str):
    path = tmp_path / "sources.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_plain_title_is_the_arabic_or_the_english_title(tmp_path):
    path = write_metadata(tmp_path, (
        "a:\n  title: علاقات إيران مع طالبان\n"
        "b:\n  title: Iran and the Taliban\n"
        "c:\n  title: {ar: إيران وطالبان, en: Iran and the Taliban}\n"
    ))
    meta = load_metadata(path)
    assert (meta["a"].title_ar, meta["a"].title_en) == ("علاقات إيران مع طالبان", None)
    assert (meta["b"].title_ar, meta["b"].title_en) == (None, "Iran and the Taliban")
    assert (meta["c"].title_ar, meta["c"].title_en) == ("إيران وطالبان", "Iran and the Taliban")


def test_a_plain_title_reaches_the_sources_list(tmp_path, library):
    path = write_metadata(tmp_path, f"{SEED_000}:\n  title: علاقات إيران مع طالبان\n")
    source = load_source(library.find(SEED_000).path, load_metadata(path)[SEED_000])
    entry = _source_entry(source, 1, {3})
    assert entry.title_ar == Text("علاقات إيران مع طالبان", "ar") and entry.title_en is None


def test_sources_yaml_gets_the_spec_errors(tmp_path):
    path = write_metadata(tmp_path, (
        "a:\n  titel: Iran\n"
        "b:\n  outlet: \"Akhbar\\x07\"\n  boilerplate: Masthead\n"
        "c:\n  outlet: \"\u202eAkhbar\"\n  published: 2024-02-30\n  language: arabic\n"
    ))
    with pytest.raises(SourceError) as error:
        load_metadata(path)
    assert str(error.value).splitlines() == [
        f"{path}:2: a.titel: unknown key; did you mean 'title'?",
        f"{path}:4: b.outlet: contains control or invalid characters (U+0007); delete them",
        f"{path}:5: b.boilerplate: expected a list, found a value",
        f"{path}:7: c.outlet: contains bidi control characters (U+202E) that can disguise "
        "text; delete them",
        f"{path}:8: c.published: '2024-02-30': February 2024 has no day 30 (it has 29 days)",
        f"{path}:9: c.language: 'arabic' is not one of ar, en",
    ]


def test_an_alias_used_twice_is_refused_at_its_line(tmp_path):
    path = write_metadata(tmp_path, "a:\n  alias: x\nb:\n  outlet: O\n  alias: x\n")
    with pytest.raises(SourceError) as error:
        load_metadata(path)
    assert str(error.value) == f"{path}:5: b.alias: alias 'x' is also used by a"


def test_a_share_widget_glued_before_a_paragraph_drops_its_words_not_the_paragraph():
    # (round 29's second new-user review: 128 Okaz paragraphs of SaudiNewsNet open so, and the
    # whole article was dropped as a share line)
    text = ("شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك في أي نشاط خارجي دبلوماسي تضع المملكة "
            "القضايا العربية في أولوياتها، وعندما يزور وزير الخارجية عادل الجبير روسيا اليوم.\n"
            "شارك عبر تويتر\n")
    paragraphs, dropped, _ = clean_paragraphs(text, "okaz")
    assert [p.text for p in paragraphs] == [text.split("\n")[0][len(
        "شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك "):]]
    assert [(d.line, d.reason) for d in dropped] == [
        (1, "share/follow line (before the text on its line)"), (2, "share/follow line")]
