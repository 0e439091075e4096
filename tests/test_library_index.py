"""The library index: Arabic-aware terms, search results, snippets, incremental sync, repair."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from pathlib import Path

import pytest

from briefgen.arabic.search import query_terms, term_of, term_text, terms
from briefgen.library import index as index_module
from briefgen.library.adapters import catalog_of, corpus_catalog
from briefgen.library.index import MARK, Index, Query
from briefgen.sources import Source, SourceMeta, clean_paragraphs

EXCERPT = Path(__file__).parent / "library" / "saudinewsnet-excerpt.jsonl"


@pytest.fixture(scope="module")
def corpus_index(tmp_path_factory):
    listing, load = corpus_catalog(EXCERPT)
    index = Index.open(tmp_path_factory.mktemp("index") / "index.sqlite")
    index.sync(listing, load)
    yield index
    index.close()


def ids(hits):
    return [hit.id for hit in hits]


# --- terms ---------------------------------------------------------------------------------

@pytest.mark.parametrize("word", ["أمريكية", "الأمريكية", "والأمريكية", "للأمريكية",
                                  "بالأمريكية", "فالأمريكية", "وبالأمريكية", "أميركية",
                                  "الأميركية", "الأَمْرِيكِيَّة", "الأمـــريكية", "امريكيه"])
def test_spellings_and_prefixes_of_one_word_are_one_term(word):
    assert term_of(word) == term_of("أمريكية") == "امريكيه"


@pytest.mark.parametrize(("written", "other"), [
    ("مصطفى", "مصطفي"), ("إيران", "ايران"), ("آسيا", "اسيا"), ("٢٠١٥", "2015"),
    ("۲۰۱۵", "2015"), ("Twitter", "twitter"), ("بأمريكا", "أمريكا"), ("وإيران", "إيران"),
])
def test_folded_forms(written, other):
    assert term_of(written) == term_of(other)


def test_a_query_word_finds_it_with_a_real_particle_before_it():
    # لبنان is indexed as ل + بنان; بلبنان as ب + لبنان: a query for either finds both.
    assert {term_of("بلبنان"), term_of("ولبنان"), term_of("لبنان")} <= query_terms("لبنان")
    assert term_of("لبنان") in query_terms("بلبنان")


def test_different_words_stay_apart():
    assert term_of("إيران") != term_of("الإيراني")
    assert term_of("ولد") == "ولد"  # two letters left would not be a word: no particle taken


# --- search on the corpus excerpt ----------------------------------------------------------

def test_search_brings_spellings_and_prefixes_together(corpus_index):
    found = ids(corpus_index.search("أمريكية"))
    assert "aljazirah-00011#p1" in found  # written الأميركي/أميركية
    assert "okaz-00015#p1" in found  # written والأمريكية
    assert "3alyoum-00016#p5" in found
    assert ids(corpus_index.search("والأميركية")) == found


def test_arabic_indic_digits_and_english_words(corpus_index):
    found = ids(corpus_index.search("2015 السوبر"))
    assert set(found) == {"almadina-00013#p1", "almadina-00014#p1"}  # written ٢٠١٥
    # an English hashtag in Arabic text, any case
    assert ids(corpus_index.search("founderOfTwitterUnderstands")) == ["3alyoum-00017#p5"]


def test_every_word_must_match_and_phrases_keep_order(corpus_index):
    both = ids(corpus_index.search("الحوثيين عدن"))
    assert {"aawsat-00001#p1", "aawsat-00001#p4"} <= set(both)  # لعدن in p1
    assert "aawsat-00001#p2" not in both  # عدن without الحوثيين
    assert ids(corpus_index.search('"العهد ولي"')) == []
    assert "aljazirah-00009#p1" in ids(corpus_index.search('"ولي العهد"'))


def test_titles_and_outlet_are_searchable(corpus_index):
    # The word is in the title of article 3 only: the hit is its first paragraph, and the
    # snippet shows the title with the hit marked before the paragraph.
    [hit] = corpus_index.search("يتحدى")
    assert hit.id == "aawsat-00003#p1"
    assert hit.snippet.startswith("أوباما **يتحدى** الكونغرس ويذهب بالاتفاق النووي إلى مجلس "
                                  "الأمن · aawsat — ")
    assert {hit.outlet for hit in corpus_index.search("okaz")} == {"okaz"}


def test_filters_by_outlet_and_dates(corpus_index):
    hits = corpus_index.search("أمريكية", outlet="OKAZ")
    assert ids(hits) == ["okaz-00015#p1"] and hits[0].date == "2015-07-21"
    later = corpus_index.search("أمريكية", since=_day(2015, 7, 25))
    assert later and {hit.source.split("-")[0] for hit in later} == {"3alyoum"}
    earlier = corpus_index.search("أمريكية", until=_day(2015, 7, 24))
    assert earlier and "3alyoum" not in {hit.source.split("-")[0] for hit in earlier}


def _day(year, month, day):
    import datetime as dt

    return dt.date(year, month, day)


def test_ranking_puts_the_denser_paragraph_first(corpus_index):
    hits = corpus_index.search("داعش")
    assert hits == sorted(hits, key=lambda hit: -hit.score)
    assert len({hit.id for hit in hits}) == len(hits)


def test_snippets_mark_the_original_text(corpus_index):
    for query in ("أمريكية", "2015", "تويتر", '"ولي العهد"'):
        for hit in corpus_index.search(query):
            marked = re.findall(re.escape(MARK[0]) + "(.+?)" + re.escape(MARK[1]), hit.snippet)
            assert marked, (query, hit.snippet)
            plain = hit.snippet.replace(MARK[0], "").replace(MARK[1], "")
            text = _paragraph_text(hit.id)
            title, _, body = plain.rpartition(" — ")  # a hit in the title shows the title
            assert body.strip("…") in text
            text += title
            assert all(stretch in text for stretch in marked)
    hit = corpus_index.search("2015 السوبر")[0]
    assert "**٢٠١٥**" in hit.snippet  # the digits as written, not folded


def test_snippet_keeps_marks_and_tatweel_of_the_original(tmp_path):
    text = "قالت الخارجيـة الأَمْرِيكِيَّة إن الاتفاق لم يُوقَّع بعد."
    sources = {"s1": _source("s1", text)}
    with Index.open(tmp_path / "i.sqlite") as index:
        index.sync(*_catalog(sources))
        [hit] = index.search("الامريكيه الخارجية")
    assert hit.snippet == "قالت **الخارجيـة الأَمْرِيكِيَّة** إن الاتفاق لم يُوقَّع بعد."


def _paragraph_text(paragraph_id):
    source_id, _, number = paragraph_id.partition("#p")
    _, load = corpus_catalog(EXCERPT)
    return load(source_id).paragraphs[int(number) - 1].text


# --- the seeds ------------------------------------------------------------------------------

def test_search_the_seeds_for_known_articles(project, tmp_path):
    with Index.open(tmp_path / "i.sqlite") as index:
        index.sync(*catalog_of(project))
        assert ids(index.search("شمخاني")) == ["000_9adeab1d9a5ac9f6#p2"]
        assert "000_9adeab1d9a5ac9f6#p2" in ids(index.search("telegraph"))
        irgc = index.search(Query.any_of(["الحرس الثوري", "فيلق القدس"]))
        assert "002_391d8a1f97ba5804#p3" in ids(irgc)


# --- incremental sync and repair ------------------------------------------------------------

def _source(source_id, text, outlet=None):
    paragraphs, dropped, notes = clean_paragraphs(text, source_id)
    return Source(source_id, Path(f"{source_id}.txt"), SourceMeta(outlet=outlet), paragraphs,
                  dropped, notes, hashlib.sha256(text.encode()).hexdigest())


def _catalog(sources, loaded=None):
    def listing():
        return [(s.id, s.sha256) for s in sources.values()]

    def load(source_id):
        if loaded is not None:
            loaded.append(source_id)
        return sources[source_id]

    return listing, load


def _rowids(index, source_id):
    return index.db.execute("SELECT p.rowid FROM paragraphs p JOIN sources s ON s.rowid = "
                            "p.source WHERE s.id = ?", (source_id,)).fetchall()


def test_sync_adds_changes_and_removes_only_what_changed(tmp_path):
    sources = {"a": _source("a", "زار الوزير طهران أمس."),
               "b": _source("b", "ناقش المجلس ميزانية العام.\nوافق الأعضاء على الميزانية.")}
    loaded: list[str] = []
    with Index.open(tmp_path / "i.sqlite") as index:
        assert index.sync(*_catalog(sources, loaded)) == 2
        b_rows = _rowids(index, "b")
        assert index.sync(*_catalog(sources, loaded)) == 0 and loaded == ["a", "b"]

        sources["c"] = _source("c", "أعلنت كابول إغلاق المعبر.")
        assert index.sync(*_catalog(sources, loaded)) == 1 and loaded[2:] == ["c"]
        assert ids(index.search("كابول")) == ["c#p1"]

        sources["a"] = _source("a", "زار الوزير موسكو أمس.")
        assert index.sync(*_catalog(sources, loaded)) == 1 and loaded[3:] == ["a"]
        assert ids(index.search("طهران")) == [] and ids(index.search("موسكو")) == ["a#p1"]

        del sources["c"]
        assert index.sync(*_catalog(sources, loaded)) == 1 and loaded[4:] == []
        assert ids(index.search("كابول")) == []
        assert _rowids(index, "b") == b_rows  # untouched
        assert index.db.execute("SELECT count(*) FROM paragraph_terms").fetchone()[0] == 3


def test_a_killed_sync_leaves_an_index_the_next_sync_completes(tmp_path, monkeypatch):
    monkeypatch.setattr(index_module, "_BATCH", 1)
    sources = {f"s{n}": _source(f"s{n}", f"خبر رقم {n} عن طهران.") for n in range(5)}
    listing, load = _catalog(sources)

    def dying(source_id):
        if source_id == "s3":
            raise KeyboardInterrupt
        return load(source_id)

    with Index.open(tmp_path / "i.sqlite") as index, pytest.raises(KeyboardInterrupt):
        index.sync(listing, dying)
    with Index.open(tmp_path / "i.sqlite") as index:
        assert sorted(ids(index.search("طهران"))) == ["s0#p1", "s1#p1", "s2#p1"]
        assert index.sync(listing, load) == 2
        assert len(index.search("طهران")) == 5


@pytest.mark.parametrize("damage", ["garbage", "truncated", "other schema", "empty"])
def test_a_damaged_index_file_is_rebuilt(tmp_path, damage):
    sources = {"a": _source("a", "أعلنت كابول إغلاق المعبر الحدودي.")}
    path = tmp_path / "i.sqlite"
    with Index.open(path) as index:
        index.sync(*_catalog({f"x{n}": _source(f"x{n}", "نص " * 500 + str(n))
                              for n in range(40)}))
    if damage == "garbage":
        path.write_bytes(b"\x00not a database at all\xff" * 1000)
    elif damage == "truncated":
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 3])
    elif damage == "other schema":
        path.unlink()
        with sqlite3.connect(path) as other:
            other.execute("CREATE TABLE sources (id TEXT)")
    else:
        path.write_bytes(b"")
    with Index.open(path) as index:
        index.sync(*_catalog(sources))
        assert ids(index.search("كابول")) == ["a#p1"]
        assert ids(index.search("نص")) == []


def test_indexed_terms_are_the_terms_snippets_find(project):
    # term_text folds whole paragraphs at once for speed; terms() folds word by word to keep
    # each word's span: both must give the same terms, or a hit could not be marked.
    tricky = ("قالت الخارجيـة الأَمْرِيكِيَّة إن ﻻ اتفاق\u200cبعد في ٢٠١٥ (Twitter_X) İstanbul "
              "AL-Qaeda والـ5 لـ«داعش»")
    texts = [tricky]
    for listing, load in (corpus_catalog(EXCERPT), catalog_of(project)):
        texts += [p.text for source_id, _ in listing() for p in load(source_id).paragraphs]
    for text in texts:
        assert term_text(text) == " ".join(term.term for term in terms(text)), text


def test_a_link_in_place_of_the_index_is_not_followed(tmp_path):
    elsewhere = tmp_path / "elsewhere.sqlite"
    with Index.open(elsewhere) as other:
        other.sync(*_catalog({"x": _source("x", "نص في ملف آخر.")}))
    before = elsewhere.read_bytes()
    path = tmp_path / "cache" / "i.sqlite"
    path.parent.mkdir()
    path.symlink_to(elsewhere)
    with Index.open(path) as index:
        index.sync(*_catalog({"a": _source("a", "أعلنت كابول إغلاق المعبر.")}))
        assert ids(index.search("ملف")) == [] and ids(index.search("كابول")) == ["a#p1"]
    assert not path.is_symlink() and elsewhere.read_bytes() == before


def test_a_stamped_sync_reads_no_listing_until_the_stamp_changes(tmp_path):
    """The CLI's fast path: a listing is read only when its files' stamp differs."""
    from briefgen.library.index import Index

    calls = []

    def listing():
        calls.append(1)
        return []

    with Index.open(tmp_path / "index.sqlite") as index:
        index.sync(listing, lambda _: None, stamp="a")
        index.sync(listing, lambda _: None, stamp="a")
        assert len(calls) == 1
        index.sync(listing, lambda _: None, stamp="b")
        assert len(calls) == 2
        index.sync(listing, lambda _: None)  # no stamp: always read
        assert len(calls) == 3
        index.sync(listing, lambda _: None, stamp="b")  # an unstamped sync forgets the stamp
        assert len(calls) == 4
