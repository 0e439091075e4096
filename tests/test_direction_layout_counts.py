"""What a reader sees (issue 12): Arabic runs with their numbers, no doubled punctuation, excerpt
rows that break across pages under a repeated header, mention counts of actors given by name,
and "read more" lines cleaned away. Built from tests/projects/france24, whose outlet is
"France 24 (فرانس 24)" and whose titles end in "?" and "؟"; read back with pdftotext,
LibreOffice and the DOCX XML."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from briefgen.arabic.text import script_runs
from briefgen.build import build
from briefgen.project import Project
from briefgen.sources import clean_paragraphs

from conftest import pdftotext

FIXTURE = Path(__file__).parent / "projects" / "france24"
BRIEF = "border-talks"
LONG_ROW_SUMMARY = "Why the visit matters"
# pdftotext marks the direction of each run it reconstructs; the tests compare words.
BIDI_MARKS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e"))


@pytest.fixture(scope="module")
def france24(tmp_path_factory) -> Path:
    """The fixture project built once in every format; return the output folder."""
    root = tmp_path_factory.mktemp("france24")
    shutil.copytree(FIXTURE, root, dirs_exist_ok=True)
    out = root / "dist"
    build(Project.at(root), [root / "briefs"], out, ("pdf", "docx", "html"), jobs=1)
    return out


def pdf_pages(path: Path) -> list[str]:
    """The text of each page of a PDF, as pdftotext gives it."""
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    count = int(re.search(r"Pages:\s+(\d+)", info.stdout)[1])
    return [pdftotext(path, "-f", str(n), "-l", str(n)).translate(BIDI_MARKS)
            for n in range(1, count + 1)]


def bbox_lines(path: Path) -> list[list[str]]:
    """The words of each line of a PDF as laid out, left to right (pdftotext -bbox)."""
    bbox = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    lines: list[list[tuple[float, str]]] = []
    for page in bbox.split("<page ")[1:]:
        words = sorted(
            (float(y), float(x), word) for x, y, word in re.findall(
                r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<',
                page))
        line_y = None
        for y, x, word in words:  # Arabic and Latin faces sit a little apart on one line
            if line_y is None or y - line_y > 8:
                lines.append([])
                line_y = y
            lines[-1].append((x, word))
    return [[word for _, word in sorted(line)] for line in lines]


def source_line(lines: list[list[str]]) -> list[str]:
    return next(line for line in lines if line[:2] == ["S1", "France"])


# --- Direction -------------------------------------------------------------------------------

def test_script_runs_take_the_numbers_and_marks_of_an_arabic_stretch():
    assert script_runs("France 24 (فرانس 24), 2018-05-31.") == [
        ("France 24 (", False), ("فرانس 24", True), ("), 2018-05-31.", False)]
    assert script_runs("(24 ساعة) news") == [("(", False), ("24 ساعة", True), (") news", False)]
    assert script_runs("He said «كفى!» loudly")[1] == ("كفى!", True)
    # A number before English words, or after them, stays English.
    assert script_runs("فرانس 24 hours") == [("فرانس", True), (" 24 hours", False)]
    assert script_runs("In 2018 طالبان") == [("In 2018 ", False), ("طالبان", True)]
    assert script_runs("فرانس 24.5% x") == [("فرانس", True), (" 24.5% x", False)]


def test_html_isolates_the_outlet_name_with_its_number(france24):
    page = (france24 / f"{BRIEF}.html").read_text("utf-8")
    assert 'France 24 (<bdi dir="rtl" lang="ar">فرانس 24</bdi>), 2018-05-31.' in page
    assert '<bdi dir="rtl" lang="ar">فرانس</bdi> 24' not in page
    assert '(<bdi dir="rtl" lang="ar">مكتب الاختبار 2</bdi>)' in page


def test_pdf_shows_the_number_after_the_arabic_outlet_name(france24):
    # Laid out right to left, "فرانس 24" puts the 24 at the left of the name; drawn in the
    # English line's order it would stand at the right, where an Arabic reader reads it first.
    line = source_line(bbox_lines(france24 / f"{BRIEF}.pdf"))
    name = next(i for i, word in enumerate(line) if "سنارف" in word)  # glyphs right to left
    assert line[name - 1:name + 2] == ["24", "سنارف", "),"], line
    assert "2018-05-31." in line


def test_docx_fences_the_arabic_run_so_the_date_stays_in_order(france24):
    with zipfile.ZipFile(france24 / f"{BRIEF}.docx") as package:
        xml = package.read("word/document.xml").decode("utf-8")
    runs = re.findall(r"<w:r>(.*?)</w:r>", xml)
    arabic = next(run for run in runs if "فرانس" in run)
    assert "<w:rtl/>" in arabic and ">فرانس 24</w:t>" in arabic
    after = runs[runs.index(arabic) + 1]
    assert ">\u200e), 2018-05-31. </w:t>" in after


@pytest.fixture(scope="module")
def libreoffice_pdf(france24, tmp_path_factory) -> Path:
    """The fixture's DOCX as LibreOffice lays it out, with briefgen's fonts visible to it."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.fail("LibreOffice is missing: install libreoffice-writer-nogui (.ci/run does)")
    from briefgen.render.fonts import font_dirs

    work = tmp_path_factory.mktemp("lo-france24")
    conf = work / "fonts.conf"
    dirs = "".join(f"<dir>{d}</dir>" for d in font_dirs())
    conf.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
                    f'<include ignore_missing="yes">/etc/fonts/fonts.conf</include>{dirs}'
                    f"<cachedir>{work}/cache</cachedir></fontconfig>")
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{work}/profile", "--headless",
         "--convert-to", "pdf", "--outdir", str(work), str(france24 / f"{BRIEF}.docx")],
        check=True, capture_output=True, timeout=300,
        env={**os.environ, "FONTCONFIG_FILE": str(conf)})
    pdf = work / f"{BRIEF}.pdf"
    assert pdf.exists(), "LibreOffice exits 0 even when it cannot load a file"
    return pdf


def test_libreoffice_shows_the_date_after_an_arabic_outlet_in_order(libreoffice_pdf):
    # Without the marks the bidi algorithm reads the date as Arabic numbers: "31 - 05 - 2018".
    line = source_line(bbox_lines(libreoffice_pdf))
    assert "2018-05-31." in line, line
    name = next(i for i, word in enumerate(line) if "سنارف" in word)
    assert line[name - 1] == "24", line


# --- No doubled punctuation ------------------------------------------------------------------

@pytest.mark.parametrize("text, stop", [
    ("Is Iran moving closer to the Taliban?", ""), ("Enough!", ""), ("هل تقترب إيران؟", ""),
    ("Reuters Inc.", ""), ("Why “now?”", ""), ("Wait…", ""), ("France 24 (فرانس 24)", "."),
    ("2018-05-31", "."), (None, "."),
])
def test_full_stop_only_where_the_text_ends_no_sentence(text, stop):
    from briefgen.model import full_stop

    assert full_stop(text) == stop


def test_no_format_puts_a_full_stop_after_a_question_mark(france24, libreoffice_pdf):
    with zipfile.ZipFile(france24 / f"{BRIEF}.docx") as package:
        docx_text = "".join(re.findall(r"<w:t[^>]*>([^<]*)<",
                                       package.read("word/document.xml").decode("utf-8")))
    html = (france24 / f"{BRIEF}.html").read_text("utf-8")
    # The PDFs' words as laid out: pdftotext's own reading of a mixed line moves the "?".
    texts = {"html": html, "docx": docx_text,
             "pdf": " ".join(source_line(bbox_lines(france24 / f"{BRIEF}.pdf"))),
             "docx in LibreOffice": " ".join(source_line(bbox_lines(libreoffice_pdf)))}
    for name, text in texts.items():
        assert "Is Iran moving closer to the Taliban?" in text, name
        assert not re.search(r"[?!؟]\s*(</em>)?\.", text), name
    assert "<em>Is Iran moving closer to the Taliban?</em> " in html


# --- Layout of the excerpts ------------------------------------------------------------------

def test_a_long_excerpt_row_starts_on_the_page_of_the_row_before_it(france24):
    pages = pdf_pages(france24 / f"{BRIEF}.pdf")
    start = next(n for n, text in enumerate(pages) if LONG_ROW_SUMMARY in text)
    # The first row's page: the long row starts beside it instead of leaving it half empty,
    # and its Arabic starts there too.
    assert "Source excerpts" in pages[start]
    assert "محللون" in pages[start]


def test_every_page_an_excerpt_row_runs_on_repeats_the_table_header(france24):
    pages = pdf_pages(france24 / f"{BRIEF}.pdf")
    start = next(n for n, text in enumerate(pages) if LONG_ROW_SUMMARY in text)
    end = next(n for n, text in enumerate(pages) if "Sources" in text.splitlines())
    assert end - start >= 2, "the long row should run over at least two pages"
    for text in pages[start + 1:end + 1]:
        assert "English summary" in text and "النص الأصلي" in text


@pytest.mark.parametrize("fillers, long_row_first, moved", [
    (1, False, f"{BRIEF}-excerpt-2"),  # the long row's English fits at page 1's foot, no Arabic
    (6, True, f"{BRIEF}-excerpts"),  # the same for the table's first row: the section moves
])
def test_a_row_never_starts_with_one_cell_empty(tmp_path, monkeypatch, fillers,
                                                long_row_first, moved):
    # Background paragraphs push the excerpts down until a row, laid out as it comes, would
    # start with its English summary at the foot of a page and its Arabic cell empty. The
    # row (or, for a first row, its section) starts on the next page, both cells together.
    import briefgen.render.pdf as pdf

    shutil.copytree(FIXTURE, tmp_path, dirs_exist_ok=True)
    spec = tmp_path / "briefs" / f"{BRIEF}.yaml"
    text = spec.read_text("utf-8")
    filler = ('  - text: "Filler paragraph about the border, written to push the excerpts down the '
              'page by a line or two each time the sweep runs."\n    cite: [f24#p1]\n')
    text = text.replace("actors:\n", filler * fillers + "actors:\n", 1)
    if long_row_first:
        short, long = text.index("  - cite: f24#p2-p3"), text.index("  - cite: f24#p4-p11")
        text = text[:short] + text[long:] + text[short:long]
    spec.write_text(text, "utf-8")
    found: list[list[str]] = []

    def stranded_rows(document):
        found.append(pdf.stranded_rows.__wrapped__(document))
        return found[-1]

    stranded_rows.__wrapped__ = pdf.stranded_rows  # type: ignore[attr-defined]
    monkeypatch.setattr(pdf, "stranded_rows", stranded_rows)
    build(Project.at(tmp_path), [spec], tmp_path / "dist", ("pdf",), jobs=1)
    assert [moved] in found, "the case this test is about no longer arises: adjust `fillers`"
    pages = pdf_pages(tmp_path / "dist" / f"{BRIEF}.pdf")
    english = next(n for n, text in enumerate(pages) if LONG_ROW_SUMMARY in text)
    arabic = next(n for n, text in enumerate(pages) if "محللون" in text)
    assert english == arabic


def test_no_page_of_a_sample_brief_is_left_mostly_empty(sample_build):
    # Each page but a brief's last is filled to near its foot: a row that does not fit is
    # broken, not moved whole to the next page.
    out, built = sample_build
    for result in built:
        bbox = subprocess.run(["pdftotext", "-bbox", str(out / f"{result.brief.id}.pdf"), "-"],
                              capture_output=True, text=True, check=True).stdout
        pages = bbox.split("<page ")[1:]
        for number, page in enumerate(pages[:-1], start=1):
            height = float(re.search(r'height="([\d.]+)"', page)[1])
            bottoms = [float(y) for y in re.findall(r'yMax="([\d.]+)"', page)]
            body = [y for y in bottoms if y < height * 0.88]  # not the running footer
            assert max(body) > height * 0.78, f"{result.brief.id} page {number}"


# --- Mention counts --------------------------------------------------------------------------

def test_an_actor_given_by_name_is_counted_like_a_registry_actor(france24):
    # محمد كريم نوروزي in full once (p2), then نوروزي (p3, p10, p11), لنوروزي (p4), بنوروزي (p9)
    # and the spec's variant أبو كريم (p10); رضا نوروزي in p1, before the general is named,
    # is someone else and does not count.
    page = (france24 / f"{BRIEF}.html").read_text("utf-8")
    assert "Mentioned 7× in cited sources (S1 ¶2–4, 9–11)." in page
    with zipfile.ZipFile(france24 / f"{BRIEF}.docx") as package:
        xml = package.read("word/document.xml").decode("utf-8")
    assert "Mentioned 7× in cited sources (S1 ¶2–4, 9–11)." in xml


def test_a_surname_is_not_counted_for_an_organisation_or_before_the_full_name(scratch_project):
    from briefgen.mentions import ActorNames, count_mentions
    from briefgen.sources import Source, SourceMeta

    paragraphs, _, _ = clean_paragraphs(
        "قال نوروزي إن الحدود آمنة.\n"
        "وزار محمد كريم نوروزي مدينة القدس.\n"
        "وأكد نوروزي أن جيش العدل يهدد القدس.\n", "s")
    source = Source("s", Path("s.txt"), SourceMeta(), paragraphs, (), (), "0")
    (general, force), = [count_mentions(
        [ActorNames(None, "محمد كريم نوروزي"), ActorNames(None, "قوة القدس")], [source], None)]
    assert general == (2, {"s": [2, 3]})
    assert force == (0, {})


def test_a_registry_persons_family_name_counts_after_his_whole_name(scratch_project):
    # Round 36's new user: a person `actors add` put in the registry lost the mentions of his
    # family name alone that his candidate had counted; a brief's ref and `actors` count them
    # now as a spec's name does, after the whole name, and not الله of حسن نصر الله
    from briefgen.arabic.actors import Actor, Registry
    from briefgen.mentions import ActorNames, count_mentions
    from briefgen.sources import Source, SourceMeta
    from briefgen.yamlspec import Id

    registry = Registry((Actor(Id("amri"), "Nabil al-Amri", "نبيل العمري", "person"),
                         Actor(Id("nasrallah"), "Hassan Nasrallah", "حسن نصر الله", "person"),
                         Actor(Id("amri-body"), "Amri Council", "مجلس العمري", "organisation")))
    paragraphs, _, _ = clean_paragraphs(
        "قال العمري إن الحدود آمنة.\n"
        "وزار نبيل العمري مدينة القدس، وقال حسن نصر الله إن الحزب جاهز.\n"
        "وأكد العمري أن الله معهم.\n", "s")
    source = Source("s", Path("s.txt"), SourceMeta(), paragraphs, (), (), "0")
    (amri, nasrallah), = [count_mentions(
        [ActorNames("amri"), ActorNames("nasrallah")], [source], registry)]
    assert amri == (2, {"s": [2, 3]})
    assert nasrallah == (1, {"s": [2]})


def test_variants_are_checked_like_other_keys(scratch_project):
    from briefgen.errors import SpecError
    from briefgen.spec import load_spec

    spec = scratch_project.root / "briefs" / "v.yaml"
    spec.write_text(
        'title: {en: "T"}\ndate: 2026-11-30\nclassification: UNCLASSIFIED\nsummary: "S"\n'
        'excerpts: [{cite: "iran-pakistan#p1", summary: "S"}]\n'
        'actors:\n  - ref: iran\n    variants: ["إيران الإسلامية"]\n'
        '    role: "R"\n    cite: [iran-pakistan#p1]\n', "utf-8")
    with pytest.raises(SpecError) as error:
        load_spec(spec)
    assert "`variants` are for an actor given by `name`" in str(error.value)
    assert "v.yaml:7" in str(error.value)


# --- "Read more" lines ----------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "للمزيد: إيران وطالبان.. من العداء إلى الشراكة الحذرة",
    "لمزيد من التفاصيل: اضغط هنا",
    "اقرأ المزيد: هل تنجح طهران في احتواء تنظيم داعش خراسان؟",
    "طالع أيضا: طالبان تعين سفيرا جديدا في طهران",
    "للمزيد اقرأ - تقرير: الحدود الإيرانية الأفغانية",
    "للمزيد",
])
def test_a_read_more_line_is_dropped_with_its_reason(line):
    paragraphs, dropped, _ = clean_paragraphs(f"نص الخبر.\n{line}\nتتمة الخبر.", "s")
    assert [p.text for p in paragraphs] == ["نص الخبر.", "تتمة الخبر."]
    assert [(d.line, d.reason) for d in dropped] == [(2, "read more link")]


@pytest.mark.parametrize("line", [
    "للمزيد من الضغط على طالبان، ربطت طهران أي تعاون اقتصادي واسع بحصتها من مياه نهر هلمند.",
    "لمزيد من التفاصيل حول الاتفاق، أجرى وزير الخارجية الإيراني اتصالا هاتفيا بنظيره.",
    "لمزيد من الوضوح: قال المتحدث إن الوفد سيزور كابول الأسبوع المقبل.",
])
def test_a_sentence_that_opens_with_the_same_words_is_kept(line):
    paragraphs, dropped, _ = clean_paragraphs(f"نص الخبر.\n{line}", "s")
    assert [p.text for p in paragraphs] == ["نص الخبر.", line] and not dropped


def test_sources_dropped_names_the_read_more_lines():
    from click.testing import CliRunner

    from briefgen.cli import cli

    result = CliRunner().invoke(cli, ["--project", str(FIXTURE), "sources", "f24", "--dropped"])
    assert result.exit_code == 0, result.output
    dropped = [line for line in result.output.splitlines() if line.startswith("dropped")]
    assert [line.split(":", 1)[0] for line in dropped] == [
        "dropped line 4 (read more link)", "dropped line 13 (read more link)",
        "dropped line 14 (read more link)", "dropped line 16 (read more link)"]


def test_a_variant_without_arabic_letters_is_an_error_naming_its_line(tmp_path):
    from click.testing import CliRunner

    from briefgen.cli import cli

    shutil.copytree(FIXTURE, tmp_path, dirs_exist_ok=True)
    spec = tmp_path / "briefs" / f"{BRIEF}.yaml"
    spec.write_text(spec.read_text("utf-8").replace('["أبو كريم"]', '["Abu Karim"]'), "utf-8")
    result = CliRunner().invoke(cli, ["--project", str(tmp_path), "validate"])
    assert result.exit_code == 2
    assert (f"{spec}:12: actors[0].variants[0]: 'Abu Karim' has no Arabic letters; "
            "a variant is another Arabic name the sources use") in result.output


def test_a_family_name_inside_another_name_or_as_an_adjective_counts_for_nobody(scratch_project):
    # Round 37's hostile review: غني ("rich") after البلد and منصور inside عبد ربه منصور هادي
    # were counted for Ashraf Ghani and Akhtar Mansour
    from briefgen.arabic.actors import Actor, Registry
    from briefgen.mentions import ActorNames, count_mentions
    from briefgen.sources import Source, SourceMeta
    from briefgen.yamlspec import Id

    registry = Registry((Actor(Id("ghani"), "Ashraf Ghani", "أشرف غني", "person"),
                         Actor(Id("mansour"), "Akhtar Mansour", "أختر منصور", "person")))
    paragraphs, _, _ = clean_paragraphs(
        "وقال الرئيس الأفغاني أشرف غني إن الحكومة مستعدة.\n"
        "وأضاف أن البلد غني بالموارد.\n"
        "وكان زعيم طالبان أختر منصور قد قتل.\n"
        "وقال الرئيس اليمني عبد ربه منصور هادي إن الحرب مستمرة.\n"
        "وأكد غني أن الحوار قائم.\n", "s")
    source = Source("s", Path("s.txt"), SourceMeta(), paragraphs, (), (), "0")
    (ghani, mansour), = [count_mentions(
        [ActorNames("ghani"), ActorNames("mansour")], [source], registry)]
    assert ghani == (2, {"s": [1, 5]})
    assert mansour == (1, {"s": [3]})
