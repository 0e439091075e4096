"""The source library: init, add (pages, DOCX, text, feeds, dumps), sources, storage."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.cli import cli
from briefgen.library.store import Catalog, read_catalog
from briefgen.project import Project
from briefgen.sources import load_library

FIXTURES = Path(__file__).resolve().parent / "library"
EXCERPT = FIXTURES / "saudinewsnet-excerpt.jsonl.gz"


def run(root: Path, *args: str):
    return CliRunner().invoke(cli, ["--project", str(root), *args], catch_exceptions=False)


@pytest.fixture
def desk(tmp_path) -> Path:
    root = tmp_path / "desk"
    result = CliRunner().invoke(cli, ["init", str(root)])
    assert result.exit_code == 0, result.output
    return root


def added(root: Path, *args: str) -> list[dict]:
    result = run(root, "add", "--json", *args)
    assert result.exit_code in (0, 2), result.output
    return json.loads(result.stdout)


def library_state(root: Path) -> dict[str, bytes]:
    """Every file under library/ but the lock, with its bytes."""
    folder = root / "library"
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != ".briefgen.lock"}


# -- init -------------------------------------------------------------------------------


def test_init_makes_a_project_that_validates(desk):
    assert sorted(p.name for p in desk.iterdir()) == [".gitignore", "briefs", "seeds"]
    assert "/.briefgen-cache/" in (desk / ".gitignore").read_text()
    result = run(desk, "validate")
    assert result.exit_code == 0, result.output
    assert "ok example" in result.output


def test_init_refuses_a_folder_with_files(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    result = CliRunner().invoke(cli, ["init", str(tmp_path)])
    assert result.exit_code == 2
    assert result.output.strip() == (f"error: {tmp_path}: is not empty; name a new or empty "
                                     "folder (briefgen init never writes into an existing "
                                     "project)")
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


# -- web pages --------------------------------------------------------------------------

PAGES = {
    "site-wordpress.html": {
        "title": "الحكومة تعلن خطة لتطوير النقل العام في المدن الكبرى",
        "outlet": "صحيفة المدينة", "date": "2015-07-23",
        "url": "https://www.al-madina.example/article/88231", "paragraphs": 4,
        "first": "أعلنت وزارة النقل أمس عن خطة شاملة لتطوير شبكات النقل العام",
        "furniture": ["اقرأ أيضا", "افتتاح جسر جديد", "الأكثر قراءة", "أبو خالد", "نتمنى أن",
                      "جميع الحقوق", "الرئيسية", "فيسبوك", "عاجل", "الوسوم"]},
    "site-jsonld.html": {
        "title": "مجلس الأمن يناقش الأزمة الإنسانية في اليمن", "outlet": "الشرق اليوم",
        "date": "2015-07-28", "url": "https://sharq-today.example/home/article/412233",
        "paragraphs": 3, "first": "عقد مجلس الأمن الدولي جلسة مغلقة أمس",
        "furniture": ["جانب من جلسة", "مواضيع ذات صلة", "الأمم المتحدة تحذر", "الأكثر قراءة",
                      "سعر الذهب", "شروط الاستخدام", "مشاركة", "العالم العربي"]},
    "site-divs.html": {
        "title": "افتتاح معرض الكتاب الدولي بمشاركة ٥٠٠ دار نشر", "outlet": "أخبار عكاظ",
        "date": "2015-08-02", "url": "https://okaz-news.example/news/culture/2015/08/02/1234",
        "paragraphs": 3, "first": "افتتح أمير المنطقة مساء أمس معرض الكتاب الدولي",
        "furniture": ["صورة: الأمير", "إقرأ المزيد", "جائزة الرواية", "الأكثر مشاهدة",
                      "مباراة القمة", "تصميم وتطوير", "تابعونا", "فيديو"]},
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_a_saved_page_gives_the_article_without_its_furniture(desk, name):
    want = PAGES[name]
    [row] = added(desk, str(FIXTURES / name))
    assert row["status"] == "added"
    assert {k: row[k] for k in ("title", "outlet", "date", "url", "paragraphs")} == {
        k: want[k] for k in ("title", "outlet", "date", "url", "paragraphs")}
    source = json.loads(run(desk, "sources", row["id"], "--json").stdout)
    texts = [p["text"] for p in source["paragraphs"]]
    assert texts[0].startswith(want["first"])
    assert [p["id"] for p in source["paragraphs"]] == [
        f"{row['id']}#p{n}" for n in range(1, len(texts) + 1)]
    for furniture in want["furniture"]:
        assert not any(furniture in text for text in texts), furniture
    assert want["title"] not in texts  # the headline is the title, not a paragraph
    html = (FIXTURES / name).read_bytes()
    [original] = (desk / "library" / "originals").rglob("*.html")
    assert original.read_bytes() == html


def test_a_page_with_no_article_text_is_refused(desk, tmp_path):
    page = tmp_path / "menu.html"
    page.write_text('<html lang="ar"><body><nav><a href="/">الرئيسية</a> <a>رياضة</a></nav>'
                    "<footer>جميع الحقوق محفوظة</footer></body></html>", encoding="utf-8")
    result = run(desk, "add", str(page))
    assert result.exit_code == 2
    assert result.stdout.strip() == (
        f"skipped   {page}: no article text found in this page (only navigation or "
        "furniture); save the article's own page, or add its text as .txt")
    assert not (desk / "library" / "originals").exists()


def test_binary_junk_named_html_is_refused(desk, tmp_path):
    junk = tmp_path / "article.html"
    junk.write_bytes(bytes(range(256)) * 40)
    result = run(desk, "add", str(junk))
    assert result.exit_code == 2
    assert "is binary data, not a page, PDF, DOCX, feed, dump or text" in result.stdout
    assert Catalog(Project.at(desk)).catalogs() == []


# -- dumps ------------------------------------------------------------------------------


def corpus_rows() -> list[dict]:
    with gzip.open(EXCERPT, "rt", encoding="utf-8") as file:
        return [json.loads(line) for line in file]


def test_a_corpus_excerpt_is_added_with_its_fields(desk):
    rows = added(desk, str(EXCERPT))
    articles = corpus_rows()
    assert [r["status"] for r in rows] == ["added"] * 3 + ["skipped"] + ["added"] * 3
    assert rows[3]["reason"] == "empty article: no 'content'"
    for row, article in zip(rows, articles, strict=True):
        if row["status"] == "skipped":
            continue
        assert row["title"] == article["title"]
        assert row["outlet"] == article["source"]
        assert row["date"] == article["date_extracted"][:10]
        assert row["url"] == article["url"]
        assert row["id"].startswith(f"{article['source']}-{article['date_extracted'][:10]}-")
    library = load_library(Project.at(desk))
    first = library.find(rows[0]["id"])
    assert first is not None
    want = [" ".join(line.split()) for line in articles[0]["content"].split("\n")]
    assert [p.text for p in first.paragraphs] == [line for line in want if line]
    record = Catalog(Project.at(desk)).record(rows[0]["id"])
    assert record is not None and record.author == articles[0]["author"]
    assert record.original == f"originals/{record.original_sha256[:2]}/" \
                              f"{record.original_sha256}.jsonl.gz"
    assert (desk / "library" / record.original).read_bytes() == EXCERPT.read_bytes()


def test_adding_again_changes_nothing(desk):
    added(desk, str(EXCERPT))
    before = library_state(desk)
    rows = added(desk, str(EXCERPT))
    assert [r["status"] for r in rows] == ["unchanged"] * 3 + ["skipped"] + ["unchanged"] * 3
    assert library_state(desk) == before


def test_a_changed_article_at_a_known_url_is_a_new_version(desk, tmp_path):
    article = corpus_rows()[0]
    first = added(desk, str(_jsonl(tmp_path / "v1.jsonl", [article])))[0]
    changed = {**article, "content": article["content"] + "\nوأضاف المتحدث أن المحادثات مستمرة."}
    second = added(desk, str(_jsonl(tmp_path / "v2.jsonl", [changed])))[0]
    assert (first["status"], second["status"]) == ("added", "updated")
    assert second["id"] != first["id"]
    assert second["paragraphs"] == first["paragraphs"] + 1
    catalog = Catalog(Project.at(desk))
    assert catalog.record(second["id"]).previous == first["id"]
    old = catalog.load(first["id"])  # citations of the old version keep working
    assert len(old.paragraphs) == first["paragraphs"]


def test_a_broken_line_is_named_and_the_rest_added(desk, tmp_path):
    articles = corpus_rows()[:3]
    dump = tmp_path / "dump.jsonl"
    lines = [json.dumps(a, ensure_ascii=False) for a in articles]
    lines.insert(1, '{"title": "half a line", "content": ')
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run(desk, "add", str(dump))
    assert result.exit_code == 2
    [skipped] = [line for line in result.stdout.splitlines() if line.startswith("skipped")]
    assert skipped.startswith(f"skipped   {dump}:2: line 2 is not a JSON object (Expecting value")
    assert skipped.endswith("); the other lines are read")
    assert "4 articles: 3 added, 0 updated, 0 unchanged, 1 skipped" in result.stdout


def test_json_nested_past_pythons_depth_is_skipped_and_the_rest_added(desk, tmp_path):
    # the hostile review of round 30: a file of 100,000 nested brackets raised RecursionError
    # out of json, a traceback, and the good file of the same batch was not added either
    good = _jsonl(tmp_path / "good.jsonl", corpus_rows()[:2])
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    deep_line = tmp_path / "deep.jsonl"
    deep_line.write_text('{"a":' * 100_000 + "1" + "}" * 100_000 + "\n")
    result = run(desk, "add", str(good), str(deep), str(deep_line))
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    skipped = [line for line in result.stdout.splitlines() if line.startswith("skipped")]
    assert skipped[0].startswith(f"skipped   {deep}: is not a JSON array of articles"), skipped
    assert skipped[1].startswith(f"skipped   {deep_line}:1: line 1 is not a JSON object"), skipped
    assert "2 added" in result.stdout, result.stdout


def test_a_dump_in_utf16_is_refused_not_added_as_one_text(desk, tmp_path):
    # the hostile review of round 30: a UTF-16 .jsonl was added as one article whose
    # paragraphs were its JSON lines
    dump = tmp_path / "utf16.jsonl"
    dump.write_bytes("".join(json.dumps(a, ensure_ascii=False) + "\n"
                             for a in corpus_rows()[:2]).encode("utf-16"))
    result = run(desk, "add", str(dump))
    assert result.exit_code == 2, result.output
    assert "is a JSON dump in UTF-16, not UTF-8" in result.output
    assert not [line for line in result.stdout.splitlines() if line.startswith("added")]
    # nor in UTF-32 (the second hostile review: its BOM begins as UTF-16's does)
    dump.write_bytes(dump.read_bytes().decode("utf-16").encode("utf-32"))
    result = run(desk, "add", str(dump))
    assert result.exit_code == 2 and "is UTF-32, not UTF-8" in result.output, result.output
    assert not [line for line in result.stdout.splitlines() if line.startswith("added")]


def test_a_json_array_with_other_field_names(desk, tmp_path):
    dump = tmp_path / "export.json"
    dump.write_text(json.dumps([{"headline": "عنوان", "body": "نص الخبر الأول.\nنص ثان.",
                                 "site": "Al Hayat", "link": "https://x.example/1",
                                 "date_extracted": "2020-01-02"}], ensure_ascii=False))
    [row] = added(desk, str(dump), "--map", "title=headline", "--map", "content=body",
                  "--map", "source=site", "--map", "url=link")
    assert row == {"id": row["id"], "title": "عنوان", "outlet": "Al Hayat", "date": "2020-01-02",
                   "url": "https://x.example/1", "paragraphs": 2, "status": "added",
                   "input": f"{dump}: item 1"}
    assert row["id"].startswith("al-hayat-2020-01-02-")


def test_a_date_that_is_no_date_is_said_and_the_article_added_undated(desk, tmp_path):
    rows = [{"source": "x", "url": f"https://x.example/{n}", "date_extracted": said,
             "title": f"خبر {n}", "content": f"نص الخبر رقم {n} عن الاجتماع."}
            for n, said in enumerate(["2015-13-45 10:00", "yesterday", "2015-07-30 10:00"])]
    dump = _jsonl(tmp_path / "dates.jsonl", rows)
    result = run(desk, "add", str(dump))
    assert result.exit_code == 0, result.output
    notes = [line.strip() for line in result.stdout.splitlines() if "note:" in line]
    assert notes == ["note: its date '2015-13-45' is no date: added undated (give --date "
                     "YYYY-MM-DD, or mend the input)",
                     "note: its date 'yesterday' is no date: added undated (give --date "
                     "YYYY-MM-DD, or mend the input)"], result.stdout
    listed = json.loads(run(desk, "sources", "--json").stdout)
    assert sorted(row["date"] or "-" for row in listed if row["outlet"] == "x") == [
        "-", "-", "2015-07-30"]


def test_a_duplicate_inside_one_batch_is_skipped(desk, tmp_path):
    article = corpus_rows()[0]
    dump = _jsonl(tmp_path / "twice.jsonl", [article, article])
    rows = added(desk, str(dump))
    assert [r["status"] for r in rows] == ["added", "skipped"]
    assert rows[1]["reason"] == f"duplicate of {dump}:1"


def _jsonl(path: Path, articles: list[dict]) -> Path:
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles),
                    encoding="utf-8")
    return path


# -- feeds, DOCX, text --------------------------------------------------------------------

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>وكالة الأنباء</title><link>https://wire.example/</link>
<item><title>وصول وفد التفاوض إلى الدوحة</title><link>https://wire.example/1</link>
<pubDate>Tue, 21 Jul 2015 08:00:00 GMT</pubDate>
<description><![CDATA[<p>وصل وفد التفاوض إلى الدوحة مساء أمس.</p>
<p>وتستمر المباحثات ثلاثة أيام.</p>]]></description></item>
<item><title>بلا نص</title><link>https://wire.example/2</link><description></description></item>
<item><title>ارتفاع أسعار النفط</title><link>https://wire.example/3</link>
<pubDate>Wed, 22 Jul 2015 10:00:00 GMT</pubDate>
<description>ارتفعت أسعار النفط اليوم بنسبة اثنين في المئة.</description></item>
</channel></rss>
"""


def test_each_feed_entry_is_an_article(desk, tmp_path):
    feed = tmp_path / "wire.xml"
    feed.write_text(FEED, encoding="utf-8")
    rows = added(desk, str(feed))
    assert [(r["status"], r["title"], r["date"], r["url"], r["paragraphs"]) for r in rows] == [
        ("added", "وصول وفد التفاوض إلى الدوحة", "2015-07-21", "https://wire.example/1", 2),
        ("skipped", "بلا نص", None, "https://wire.example/2", 0),
        ("added", "ارتفاع أسعار النفط", "2015-07-22", "https://wire.example/3", 1)]
    assert rows[0]["outlet"] == "وكالة الأنباء"
    source = Catalog(Project.at(desk)).load(rows[0]["id"])
    assert [p.text for p in source.paragraphs] == ["وصل وفد التفاوض إلى الدوحة مساء أمس.",
                                                   "وتستمر المباحثات ثلاثة أيام."]


def test_a_feed_with_no_entries_is_refused(desk, tmp_path):
    feed = tmp_path / "empty.rss"
    feed.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
                    "</channel></rss>")
    result = run(desk, "add", str(feed))
    assert result.exit_code == 2
    assert result.stdout.strip() == f"skipped   {feed}: the feed has no entries; nothing to add"


ARABIC = ["أعلنت الولايات المتحدة الأمريكية اليوم عن إطلاق مبادرة جديدة للسلام في المنطقة.",
          "وقال المتحدث باسم الخارجية إن الاتفاق لا يزال قيد الدراسة، وإن الأطراف كلها مدعوة.",
          "Reuters reported the talks in English, with 2024 figures."]


def rtl_docx(path: Path, paragraphs=ARABIC) -> Path:
    """A DOCX whose paragraphs are right to left (w:bidi, w:rtl), as Word writes Arabic."""
    from docx import Document
    from docx.oxml import OxmlElement

    document = Document()
    document.core_properties.title = "مبادرة السلام"
    for text in paragraphs:
        paragraph = document.add_paragraph()
        paragraph._p.get_or_add_pPr().append(OxmlElement("w:bidi"))
        run_ = paragraph.add_run(text)
        run_._r.get_or_add_rPr().append(OxmlElement("w:rtl"))
    document.save(path)
    return path


def test_a_docx_gives_its_paragraphs_in_order(desk, tmp_path):
    [row] = added(desk, str(rtl_docx(tmp_path / "note.docx")), "--outlet", "desk",
                  "--date", "2024-03-05", "--alias", "peace-note")
    assert (row["title"], row["outlet"], row["date"]) == ("مبادرة السلام", "desk", "2024-03-05")
    source = load_library(Project.at(desk)).find("peace-note")
    assert source is not None and [p.text for p in source.paragraphs] == ARABIC


def test_plain_text_is_added_and_an_empty_file_skipped(desk, tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("سطر أول.\n\nسطر ثان.\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("\n \n")
    rows = added(desk, str(note), str(empty), "--outlet", "Desk Notes")
    assert [(r["status"], r["paragraphs"]) for r in rows] == [("added", 2), ("skipped", 0)]
    assert rows[1]["reason"] == "empty: no text to add"


def test_a_file_over_the_size_limit_is_refused_before_reading(desk, tmp_path):
    big = tmp_path / "huge.html"
    with open(big, "wb") as file:
        file.truncate(500 * 2**20)  # sparse: 500 MB that take no disk
    result = run(desk, "add", str(big))
    assert result.exit_code == 2
    assert result.stdout.strip() == (f"skipped   {big}: is 524,288,000 bytes, over the limit "
                                     "of 200,000,000; split it into smaller files")


def test_an_article_larger_than_a_source_may_be_is_skipped_not_added(desk, tmp_path):
    # round 28's hostile review: a 20 MB text was added, then every reader refused it, and
    # search and suggest stopped for the whole project
    big = tmp_path / "joined.txt"
    big.write_text("".join(f"أعلنت الوزارة اليوم خطتها رقم {n} للنقل العام في المدن.\n"
                           for n in range(24_000)), "utf-8")  # no paragraph twice
    rows = added(desk, str(big))
    assert [r["status"] for r in rows] == ["skipped"]
    assert "over the 2,000,000 a source may hold: is this one article?" in rows[0]["reason"]
    assert run(desk, "search", "الوزارة").exit_code == 0
    # round 28's second hostile review: the size that counts is the stored text's, a final
    # newline added and ﷺ written out in letters
    edge = tmp_path / "edge.txt"
    edge.write_text("كلمة " * 222_220 + "ﷺ" * 3 + "\n", "utf-8")  # 1,999,989 bytes
    rows = added(desk, str(edge))
    assert [r["status"] for r in rows] == ["skipped"] and "over the 2,000,000" in rows[0]["reason"]


# -- sources ----------------------------------------------------------------------------


def test_sources_lists_and_filters(desk, tmp_path):
    added(desk, str(EXCERPT))
    rows = json.loads(run(desk, "sources", "--json").stdout)
    assert rows[0]["id"] == "example"  # seeds/ first
    rows = rows[1:]
    assert len(rows) == 6
    assert set(rows[0]) == {"id", "title", "outlet", "date", "url", "paragraphs"}
    okaz = json.loads(run(desk, "sources", "--outlet", "okaz", "--json").stdout)
    assert [r["outlet"] for r in okaz] == ["okaz", "okaz"]
    dates = sorted(r["date"] for r in rows)
    since = json.loads(run(desk, "sources", "--since", dates[-1], "--json").stdout)
    assert {r["date"] for r in since} == {dates[-1]}
    until = json.loads(run(desk, "sources", "--until", dates[0], "--json").stdout)
    assert {r["date"] for r in until} == {dates[0]}
    assert len(json.loads(run(desk, "sources", "--limit", "2", "--json").stdout)) == 2
    text = run(desk, "sources", "--outlet", "okaz").stdout.splitlines()
    assert [line.split()[0] for line in text] == [r["id"] for r in okaz]


def test_an_unknown_source_names_the_closest_library_id_not_all(desk):
    added(desk, str(EXCERPT))
    result = run(desk, "sources", "nope")
    assert result.exit_code == 2
    assert result.output.strip() == (
        "error: no source 'nope'; `briefgen sources` lists the 7 ids and aliases to cite")
    some_id = json.loads(run(desk, "sources", "--json").stdout)[0]["id"]
    typo = some_id[:-1] + ("0" if some_id[-1] != "0" else "1")
    result = run(desk, "sources", typo)
    assert result.exit_code == 2
    assert f"did you mean '{some_id}'" in result.output


def test_the_catalog_lists_seeds_and_library(scratch_project):
    shutil.copy(EXCERPT, scratch_project.root / "dump.jsonl.gz")
    from briefgen.library.add import add

    add(scratch_project, [str(scratch_project.root / "dump.jsonl.gz")])
    listing = dict(Catalog(scratch_project).listing())
    assert "000_9adeab1d9a5ac9f6" in listing and len(listing) == 5 + 6
    for source_id, digest in listing.items():
        assert Catalog(scratch_project).load(source_id).sha256 == digest


def test_a_hand_edited_text_is_refused_when_loaded(desk):
    rows = added(desk, str(EXCERPT))
    catalog = Catalog(Project.at(desk))
    path = catalog.load(rows[0]["id"]).path
    path.write_text(path.read_text(encoding="utf-8") + "سطر زائد\n", encoding="utf-8")
    result = run(desk, "sources", rows[0]["id"])
    assert result.exit_code == 2
    assert result.output.strip() == (
        f"error: {path}: was changed after it was added (its SHA-256 is not the catalog's); "
        "restore it from git, or add the changed article again")


def test_a_brief_cites_a_library_source_and_builds(desk):
    [row] = [r for r in added(desk, str(EXCERPT)) if r["status"] == "added"][:1]
    spec = desk / "briefs" / "example.yaml"
    text = spec.read_text(encoding="utf-8")
    assert "  - cite: example#p1-p2\n" in text
    spec.write_text(text.replace("  - cite: example#p1-p2\n", f"  - cite: {row['id']}#p1\n"),
                    encoding="utf-8")
    result = run(desk, "build", "--format", "html", "--no-pack")
    assert result.exit_code == 0, result.output
    html = (desk / "dist" / "example.html").read_text(encoding="utf-8")
    first = load_library(Project.at(desk)).find(row["id"]).paragraphs[0].text
    assert first in html


# -- a killed add --------------------------------------------------------------------------


def test_a_killed_add_leaves_the_library_as_it_was(desk, tmp_path):
    added(desk, str(EXCERPT))
    before = library_state(desk)
    many = [{"source": "wire", "url": f"https://wire.example/{n}",
             "date_extracted": "2015-07-30 10:00:00", "title": f"خبر {n}",
             "content": f"نص الخبر رقم {n} عن الاقتصاد.\nفقرة ثانية {n}."} for n in range(40000)]
    dump = _jsonl(tmp_path / "many.jsonl", many)
    process = subprocess.Popen([sys.executable, "-m", "briefgen.cli", "--project", str(desk),
                                "add", str(dump)], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    staging = desk / "library" / ".staging"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # kill it once it has staged a few hundred texts
        if staging.is_dir() and sum(1 for _ in staging.rglob("*.txt")) > 300:
            break
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert Catalog(Project.at(desk)).catalogs() == sorted(
        Catalog(Project.at(desk)).catalogs())  # readable
    state = {k: v for k, v in library_state(desk).items() if not k.startswith(".staging")}
    assert state == before
    rows = added(desk, str(EXCERPT))  # the next add sweeps the killed batch away
    assert {r["status"] for r in rows} == {"unchanged", "skipped"}
    assert not any(staging.iterdir())
    assert sum(1 for _ in read_catalog(next((desk / "library").glob("okaz/*/catalog.jsonl"))))


def test_a_batch_killed_after_its_commit_is_finished_by_the_next_reader(desk, monkeypatch):
    """Killed between the COMMITTED marker and the last move: whole, on the next read."""
    from briefgen.library import store
    from briefgen.library.add import add

    moved: list[Path] = []

    def killed(batch, root):  # the marker is written; nothing is moved yet
        moved.append(batch)

    monkeypatch.setattr(store, "_move_into_place", killed)
    outcomes = add(Project.at(desk), [str(EXCERPT)])
    monkeypatch.undo()
    [batch] = moved
    assert (batch / store.COMMITTED).is_file()
    assert Catalog(Project.at(desk)).record(outcomes[0].record.id) is not None
    assert not batch.exists()
    assert len(list(Catalog(Project.at(desk)).library_records())) == 6


def test_a_gzip_bomb_of_one_endless_line_is_refused(desk, tmp_path, monkeypatch):
    from briefgen.library import intake

    monkeypatch.setattr(intake, "MAX_LINE_BYTES", 100_000)
    good = json.dumps(corpus_rows()[0], ensure_ascii=False).encode() + b"\n"
    bomb = tmp_path / "bomb.jsonl.gz"
    with gzip.open(bomb, "wb") as file:
        file.write(good + b"{" + b" " * 1_000_000)
    rows = added(desk, str(bomb))
    assert [r["status"] for r in rows] == ["added", "skipped"]
    assert rows[1]["reason"] == (f"{bomb}:2: line is over 100,000 bytes; is this JSON Lines, "
                                 "one article a line?; the articles before it were read")


def test_a_gzip_dump_cut_short_is_skipped_by_name_and_the_rest_is_added(desk, tmp_path):
    # (a hostile review's: a cut .jsonl.gz printed only click's "Aborted!" and added nothing)
    rows = b"".join(json.dumps(row, ensure_ascii=False).encode() + b"\n"
                    for row in corpus_rows())
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(gzip.compress(rows)[:-40])
    note = tmp_path / "note.txt"
    note.write_text("نص جديد لم يضف من قبل إلى المكتبة.\n", encoding="utf-8")
    result = run(desk, "add", str(note), str(cut))
    assert result.exit_code == 2, result.output
    assert "Aborted" not in result.output and "Traceback" not in result.output
    assert f"{cut}: is a damaged gzip file, cut short or corrupt" in result.output
    assert "1 added" in result.output
    # and one whose check value fails (a letter changed in a stored block) adds nothing of it
    stored = bytearray(gzip.compress(rows, compresslevel=0))
    stored[stored.index("ال".encode()) + 1] ^= 1
    flipped = tmp_path / "flipped.jsonl.gz"
    flipped.write_bytes(bytes(stored))
    result = run(desk, "add", str(flipped))
    assert result.exit_code == 2, result.output
    assert "CRC check failed" in result.output and "nothing of it was added" in result.output
    assert "added" not in result.output.replace("nothing of it was added", "")


def test_an_article_already_in_seeds_is_not_added_again(scratch_project, tmp_path):
    seed = scratch_project.seeds / "001_4624def60af5ef08.txt"
    copy = tmp_path / "same.txt"
    copy.write_bytes(seed.read_bytes())
    rows = added(scratch_project.root, str(copy))
    assert [(r["status"], r["id"]) for r in rows] == [("unchanged", "001_4624def60af5ef08")]


def test_an_alias_in_use_is_refused_and_nothing_added(scratch_project, tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("نص جديد لم يضف من قبل إلى المكتبة.\n", encoding="utf-8")
    result = run(scratch_project.root, "add", str(note), "--alias", "iran-taliban-ties")
    assert result.exit_code == 2
    assert result.output.strip() == ("error: --alias iran-taliban-ties: already names "
                                     "000_9adeab1d9a5ac9f6; choose another")
    assert not list((scratch_project.root / "library").glob("*/*/catalog.jsonl"))


def test_sources_until_a_month_includes_it_and_a_bad_date_is_refused(desk):
    added(desk, str(EXCERPT))
    rows = json.loads(run(desk, "sources", "--json").stdout)[1:]
    month = sorted(r["date"] for r in rows)[0][:7]
    until = json.loads(run(desk, "sources", "--until", month, "--json").stdout)
    assert {r["date"][:7] for r in until} == {month}
    for bad in ("yesterday", "2015-13", "2015-02-30"):
        result = run(desk, "sources", "--since", bad)
        assert result.exit_code == 2
        assert result.output.startswith(f"error: --since {bad}: ")


def test_sources_of_an_unknown_outlet_is_an_error_not_silence(desk):
    added(desk, str(EXCERPT))
    result = run(desk, "sources", "--outlet", "nonesuch")
    assert result.exit_code == 2
    assert result.output.startswith("error: --outlet nonesuch: no source from this outlet")
    assert run(desk, "sources", "--outlet", "okaz", "--since", "2099").output == ""


def test_fields_of_the_wrong_type_are_skipped_not_kept_as_python_text(desk, tmp_path):
    dump = tmp_path / "dump.jsonl"
    text = corpus_rows()[0]["content"]
    dump.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in [
        {"content": 12345, "title": 5},
        {"content": [text], "source": {"name": "okaz"}},
    ]) + "\n", encoding="utf-8")
    result = run(desk, "add", str(dump))
    assert result.exit_code == 2
    assert result.stdout.splitlines()[:2] == [
        f"skipped   {dump}:1: 'title' is int, not text; 'content' is int, not text",
        f"skipped   {dump}:2: 'content' is list, not text; 'source' is dict, not text"]
    assert not list((desk / "library").glob("*/*/catalog.jsonl"))


def test_control_characters_of_a_dump_never_reach_the_catalog_or_a_brief(desk, tmp_path):
    """A title or outlet with a NUL, a newline or a terminal escape: a DOCX cannot hold them
    (the build failed with a traceback), a terminal would obey them."""
    dump = tmp_path / "dump.jsonl"
    row = {**corpus_rows()[0], "title": "عنوان\x00 خبيث\x1b[2J\nسطر", "source": "okaz\x07\u202e"}
    dump.write_text(json.dumps(row) + "\n", encoding="utf-8")
    [added_row] = added(desk, str(dump))
    assert (added_row["title"], added_row["outlet"]) == ("عنوان خبيث[2J سطر", "okaz")
    # A catalog edited by hand to hold them again: what the brief gets is cleaned all the same.
    [catalog] = (desk / "library").glob("*/*/catalog.jsonl")
    catalog.write_text(catalog.read_text(encoding="utf-8").replace(
        "خبيث", "خبيث\\u0000\\u000b"), encoding="utf-8")
    spec = desk / "briefs" / "example.yaml"
    spec.write_text(spec.read_text(encoding="utf-8").replace(
        "  - cite: example#p1-p2\n", f"  - cite: {added_row['id']}#p1\n"), encoding="utf-8")
    result = run(desk, "build", "--format", "docx", "--no-pack")
    assert result.exit_code == 0, result.output
    assert (desk / "dist" / "example.docx").is_file()


def test_a_docx_that_unpacks_to_too_much_is_refused_before_reading(desk, tmp_path, monkeypatch):
    """A zip bomb: 425 KB unpacking to 400 MB took 816 MB of memory to read; gigabytes fit in
    a few megabytes."""
    import zipfile

    from briefgen.library import documents

    monkeypatch.setattr(documents, "MAX_DOCX_UNPACKED_BYTES", 1_000_000, raising=False)
    plain = rtl_docx(tmp_path / "plain.docx")
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(plain) as source, \
            zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body><!--" + b" " * 2_000_000 + b"-->")
            target.writestr(name, data)
    result = run(desk, "add", str(bomb))
    assert result.exit_code == 2
    assert result.stdout.startswith(f"skipped   {bomb}: unpacks to ")
    assert "over the limit of 1,000,000 for a document" in result.stdout


@pytest.mark.parametrize("alias", ["../../x", "", "a b", "a/b", "x#p1"])
def test_an_alias_no_spec_could_cite_is_refused(desk, tmp_path, alias):
    article = tmp_path / "a.txt"
    article.write_text("نص عربي طويل بما فيه الكفاية للمقال هنا وهناك في مكة\n", encoding="utf-8")
    result = run(desk, "add", str(article), "--alias", alias)
    assert result.exit_code == 2
    assert result.output.startswith(f"error: --alias {alias!r}: write letters, digits")
    assert not (desk / "library" / "aliases.yaml").exists()


def test_adding_again_restores_a_deleted_text(desk, tmp_path):
    """A source's text deleted (by hand, a bad merge): adding its article again said
    'unchanged' and left the library broken; the text is put back, its catalog line kept."""
    page = tmp_path / "a.txt"
    page.write_text("نص عربي طويل بما فيه الكفاية للمقال هنا وهناك في مكة\n", encoding="utf-8")
    rows = [r for r in added(desk, str(EXCERPT), str(page)) if r["status"] == "added"]
    catalog = Catalog(Project.at(desk))
    paths = [catalog.load(row["id"]).path for row in (rows[0], rows[-1])]
    before = [path.read_bytes() for path in paths]
    catalog_lines = {p: p.read_bytes() for p in (desk / "library").glob("*/*/catalog.jsonl")}
    for path in paths:
        path.unlink()
    again = added(desk, str(EXCERPT), str(page))
    assert {r["status"] for r in again} <= {"unchanged", "skipped"}
    assert [path.read_bytes() for path in paths] == before
    assert {p: p.read_bytes() for p in catalog_lines} == catalog_lines
    assert not list((desk / "library" / ".staging").iterdir())


def test_a_date_field_that_is_no_text_is_said_shortened_and_not_on_readding(desk, tmp_path):
    # round 31's hostile review: a number or true for a date had skipped the article; a
    # field of megabytes was echoed whole; a re-added article got the note again
    rows = [{"source": "x", "url": f"https://x.example/{n}", "date_extracted": said,
             "title": f"خبر {n}", "content": f"نص الخبر رقم {n} عن الاجتماع."}
            for n, said in enumerate([20150721, True, "z" * 5000])]
    dump = _jsonl(tmp_path / "dates.jsonl", rows)
    result = run(desk, "add", str(dump))
    assert result.exit_code == 0, result.output
    notes = [line.strip() for line in result.stdout.splitlines() if "note:" in line]
    assert notes[0].startswith("note: its date '20150721' is no date") and len(notes) == 3
    assert notes[2].startswith("note: its date '" + "z" * 40 + "…' is no date"), notes[2]
    again = run(desk, "add", str(dump))
    assert "note:" not in again.stdout and again.stdout.count("unchanged") == 4, again.stdout
