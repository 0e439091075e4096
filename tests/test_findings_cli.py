"""`briefgen dates`, `actors` and `suggest`, spec actors by registry ref, and mention counts."""

from __future__ import annotations

import contextlib
import json
import re
import textwrap
import zipfile
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from briefgen.arabic.actors import find_mentions, load_registry
from briefgen.cli import cli
from briefgen.resolve import resolve
from briefgen.spec import Cite, load_spec

from conftest import pdftotext

ROOT = Path(__file__).resolve().parent.parent
SEED = "000_9adeab1d9a5ac9f6"
ALIAS = "iran-taliban-ties"
ARTICLE = ("وقال الرئيس الفرنسي إيمانويل ماكرون إن طهران تدعم الحوار مع حركة طالبان.\n"
           "والتقى ماكرون بوزير الخارجية الإيراني في 3 مارس 2024، بعد زيارة في أوائل سبتمبر.\n"
           "وأكد الجنرال كينيث ماكنزي أن 140 شخصا قتلوا منذ عام 2009.\n")


def run(*args: str, project: Path = ROOT):
    return CliRunner().invoke(cli, ["--project", str(project), *args], prog_name="briefgen")


def error_lines(result) -> list[str]:
    return [line for line in result.output.splitlines() if line.startswith("error: ")]


@pytest.fixture(scope="module")
def registry():
    return load_registry(ROOT / "seeds" / "actors.yaml")


@pytest.fixture
def article(tmp_path_factory) -> Path:
    """A new article in a folder outside the project."""
    path = tmp_path_factory.mktemp("elsewhere") / "macron-visit.txt"
    path.write_text(ARTICLE, "utf-8")
    return path


# --- dates -----------------------------------------------------------------------------------

def test_dates_json_shape(library):
    result = run("dates", SEED, "--json")
    assert result.exit_code == 0, result.output
    dates = json.loads(result.output)
    assert isinstance(dates, list) and dates
    source = library.find(SEED)
    for date in dates:
        assert {"text", "value", "qualifier", "paragraph", "english", "calendar",
                "year_inferred"} <= date.keys()
        assert re.fullmatch(r"(\d{4}|--\d{2})(-\d{2}){0,2}(/.+)?", date["value"])
        number = int(date["paragraph"].split("#p")[1])
        assert date["paragraph"].startswith(f"{SEED}#p")
        assert date["text"] in source.paragraph(number).text
    assert {"text": "سبتمبر 1998", "value": "1998-09", "paragraph": f"{SEED}#p4",
            "english": "September 1998"}.items() <= dates[1].items()


def test_dates_by_id_alias_and_seed_path_agree():
    outputs = {run("dates", key, "--json").output
               for key in (SEED, ALIAS, str(ROOT / "seeds" / f"{SEED}.txt"))}
    assert len(outputs) == 1


def test_dates_of_a_file_outside_the_project(article):
    result = run("dates", str(article), "--json")
    assert result.exit_code == 0, result.output
    dates = json.loads(result.output)
    assert [(d["value"], d["qualifier"], d["paragraph"], d["english"]) for d in dates] == [
        ("2024-03-03", None, "macron-visit#p2", "3 March 2024"),
        ("--09", "early", "macron-visit#p2", "early September"),
        ("2009", "since", "macron-visit#p3", "since 2009"),  # منذ عام 2009
    ]
    assert not any(d["year_inferred"] for d in dates)


def test_dates_of_a_file_work_outside_any_project(article, tmp_path):
    result = run("dates", str(article), project=tmp_path)  # tmp_path has no seeds/
    assert result.exit_code == 0, result.output
    assert "3 March 2024" in result.output


def test_dates_table_is_aligned():
    result = run("dates", ALIAS)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["para", "value", "qualifier", "english", "text"]
    column = lines[0].index("english")
    assert lines[2].startswith("p4")
    assert lines[2][column:].startswith("September 1998")


# --- actors ----------------------------------------------------------------------------------

def test_actors_json_shape(library, registry):
    result = run("actors", "iran-alqaeda", "--json")
    assert result.exit_code == 0, result.output
    actors = json.loads(result.output)
    assert isinstance(actors, list) and actors
    for actor in actors:
        assert actor.keys() == {"id", "en", "ar", "count", "paragraphs"}
        assert actor["count"] >= len(actor["paragraphs"]) >= 1
    by_id = {a["id"]: a for a in actors}
    assert by_id["saif-al-adel"]["paragraphs"] == [
        "002_391d8a1f97ba5804#p3", "002_391d8a1f97ba5804#p9"]
    source = library.find("iran-alqaeda")
    total = sum(len(find_mentions(p.text, registry)) for p in source.paragraphs)
    assert sum(a["count"] for a in actors) == total
    counts = [a["count"] for a in actors]
    assert counts == sorted(counts, reverse=True)


def test_actors_by_id_alias_and_path_agree():
    outputs = {run("actors", key, "--json").output
               for key in ("002_391d8a1f97ba5804", "iran-alqaeda",
                           str(ROOT / "seeds" / "002_391d8a1f97ba5804.txt"))}
    assert len(outputs) == 1


def test_actors_of_a_file_outside_the_project(article):
    result = run("actors", str(article), "--json")
    assert result.exit_code == 0, result.output
    by_id = {a["id"]: a for a in json.loads(result.output)}
    assert by_id["tehran"]["paragraphs"] == ["macron-visit#p1"]
    assert by_id["taliban"]["count"] == 1


def test_actors_table():
    result = run("actors", "iran-alqaeda")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["id", "count", "en", "ar", "paragraphs"]
    assert re.match(r"al-qaeda\s+12\s+al-Qaeda\s+القاعدة\s+p1-p9$", lines[1])


def test_actors_candidates(article):
    result = run("actors", str(article), "--candidates")
    assert result.exit_code == 0, result.output
    table = result.output.split("names the registry lacks (2):\n", 1)[1]
    assert table.splitlines()[0].split() == ["count", "paragraphs", "kind", "en", "name"]
    # The later surname-only mention (p2) is folded into the full name.
    assert re.search(r"^\s*2\s+p1-p2\s+person\s+Emmanuel Macron\s+إيمانويل ماكرون$", table, re.M)
    assert re.search(r"^\s*1\s+p3\s+person\s+\S+ \S+\?\s+كينيث ماكنزي$", table, re.M)


def test_actors_help_gives_the_options_of_actors_source():
    # round 42's new-user review: `actors --help` gave the group's options only, and the
    # reader who wanted --candidates had to find `actors list --help`
    result = run("actors", "--help")
    assert result.exit_code == 0, result.output
    listed = result.output.split("Options of `actors SOURCE`:\n", 1)[1]
    assert re.search(r"^\s+--candidates\s+Also list likely names", listed, re.M)
    assert re.search(r"^\s+--json\s+Print one JSON", listed, re.M)
    assert "--help" not in listed


def test_actors_candidates_json(article):
    result = run("actors", str(article), "--candidates", "--json")
    assert result.exit_code == 0, result.output
    found = json.loads(result.output)
    assert found.keys() == {"actors", "candidates"}
    assert {"ar": "إيمانويل ماكرون", "name": "إيمانويل ماكرون", "en": "Emmanuel Macron",
            "kind": "person", "guess": False, "learnt": False, "count": 2, "variants": [],
            "paragraphs": ["macron-visit#p1", "macron-visit#p2"]} in found["candidates"]
    assert all(a["id"] != "tehran" or a["count"] == 1 for a in found["actors"])


def test_candidate_variants_are_the_forms_the_source_writes(tmp_path):
    """A royal title and a place's kind written before a name are forms of it (the gold sets
    write الأمير فيصل بن الحسين and منطقة عسير); a person's surname alone is not listed."""
    article = tmp_path / "royal.txt"
    article.write_text("استقبل الأمير فيصل بن الحسين وفدا من منطقة زهران الجنوبية.\n\n"
                       "وقال فيصل بن الحسين إن الوفد زار زهران أمس، وحضر اللقاء "
                       "الدكتور سالم الزهراني.\n\nوأضاف الزهراني أن الزيارة ناجحة.\n\n"
                       "ووصل الوفد إلى منطقة عسير، وقال مسؤول في عسير إن الأمطار غزيرة.\n",
                       "utf-8")
    result = run("actors", str(article), "--candidates", "--json")
    assert result.exit_code == 0, result.output
    found = {c["ar"]: c for c in json.loads(result.output)["candidates"]}
    assert found["فيصل بن الحسين"]["variants"] == ["الأمير فيصل بن الحسين"]
    assert found["فيصل بن الحسين"]["count"] == 2
    assert "سالم الزهراني" in found and found["سالم الزهراني"]["variants"] == []
    assert found["سالم الزهراني"]["count"] == 2  # the surname alone is counted, not a variant
    assert found["عسير"]["variants"] == ["منطقة عسير"] and found["عسير"]["kind"] == "place"


def test_an_organisation_named_in_quotes_has_the_quoted_name_as_a_variant(tmp_path):
    article = tmp_path / "quoted.txt"
    article.write_text("وذكرت مجلة متخصصة أن شركة «نيسان موتور» اليابانية زادت مبيعاتها.\n\n"
                       "ونقلت وكالة أنباء \"الأناضول\" عن مصادر أن الاتفاق قريب.\n", "utf-8")
    result = run("actors", str(article), "--candidates", "--json")
    found = {c["ar"]: c["variants"] for c in json.loads(result.output)["candidates"]}
    assert found["شركة نيسان موتور"] == ["نيسان موتور"]
    assert found["وكالة أنباء الأناضول"] == ["الأناضول"]


def test_al_sheikh_is_not_counted_by_every_sheikh(tmp_path):
    article = tmp_path / "sheikhs.txt"
    article.write_text("وقال الشيخ محمد إن الخطبة جاهزة. وقال الشيخ أحمد إن الدرس غدا.\n\n"
                       "وقال الوزير صالح آل الشيخ إن الخطة جاهزة.\n\n"
                       "وفي ولاية بشمال الهند وقع حادث.\n", "utf-8")
    result = run("actors", str(article), "--candidates", "--json")
    found = {c["ar"]: c["count"] for c in json.loads(result.output)["candidates"]}
    assert found == {"صالح آل الشيخ": 1}  # no بشمال after ولاية either


def test_a_listed_organisation_in_quotes_takes_its_english():
    from briefgen.arabic.actors import Registry
    from briefgen.arabic.candidates import find_named_candidates

    (found,) = find_named_candidates("ونقلت وكالة (رويترز) للأنباء عن مصادر.", Registry(()))
    assert (found.ar, found.en, found.guess) == ("وكالة رويترز", "Reuters", False)


def test_candidate_variants_hold_no_other_man_and_each_form_once(tmp_path):
    """سلمان after الملك, folded into محمد بن سلمان, is his father: his title is no variant of
    the son; الأمير, الامير, الأميـر and الأَمِيرُ are one form."""
    article = tmp_path / "two-kings.txt"
    article.write_text("قال الأمير محمد بن سلمان إن القمة مهمة.\n\n"
                       "وكان الملك سلمان قد استقبل الوفد أمس.\n\n"
                       "وقال الامير محمد بن سلمان والأميـر محمد بن سلمان كذلك.\n\n"
                       "قال الأَمِيرُ فيصل بن خالد في مَنْطِقَةِ عَسِيرٍ اليوم.\n", "utf-8")
    result = run("actors", str(article), "--candidates", "--json")
    found = {c["ar"]: c["variants"] for c in json.loads(result.output)["candidates"]}
    assert found["محمد بن سلمان"] == ["الأمير محمد بن سلمان"]
    assert found["فيصل بن خالد"] == ["الأمير فيصل بن خالد"]
    assert found["عسير"] == ["منطقة عسير"]


# --- errors ----------------------------------------------------------------------------------

@pytest.mark.parametrize("command", ["dates", "actors"])
def test_missing_file(command, tmp_path):
    path = tmp_path / "gone.txt"
    result = run(command, str(path))
    assert result.exit_code == 2
    assert error_lines(result) == [f"error: {path}: source file not found"]
    assert "Traceback" not in result.output


@pytest.mark.parametrize("command", ["dates", "actors"])
def test_file_not_utf8(command, tmp_path):
    path = tmp_path / "cp1256.txt"
    path.write_bytes("سطر أول\nإيران".encode("cp1256"))
    result = run(command, str(path))
    assert result.exit_code == 2
    assert error_lines(result) == [
        f"error: {path}:1: source is not UTF-8 (byte 0xd3); "
        "if it is text, convert it, e.g. iconv -f WINDOWS-1256 -t UTF-8"]


@pytest.mark.parametrize(("data", "advice"), [
    ("إيران".encode("utf-16"), "it is UTF-16 (it opens with a byte-order mark)"),
    (b"%PDF-1.4\n\x80\x81", "it is a PDF: `briefgen add FILE.pdf`"),
    (b"\x89PNG\r\n\x1a\n\0\0", "it holds NUL bytes, so it is not text"),
    # round 28's hostile review: UTF-8 with stray bytes, or cut short, was told to be
    # converted from Windows-1256, which turns its Arabic into garbage
    (("أعلنت الوزارة اليوم عن خطة جديدة للنقل العام في المدن.\n" * 5).encode() + b"\xff\xfe"
     + "ثم خبر آخر.\n".encode(), "it is UTF-8 Arabic with 2 stray bytes (not another"),
    (("أعلنت الوزارة اليوم عن خطة جديدة للنقل العام في المدن.\n" * 5).encode()
     + "إيران".encode()[:-1], "it is UTF-8 cut short in the middle of a character"),
])
def test_what_a_file_that_is_not_utf8_is(data, advice, tmp_path):
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    result = run("dates", str(path))
    assert result.exit_code == 2 and advice in result.output, result.output
    assert "WINDOWS-1256" not in result.output


@pytest.mark.parametrize("command", ["dates", "actors"])
def test_a_folder_is_not_a_source(command, tmp_path):
    result = run(command, str(tmp_path))
    assert result.exit_code == 2
    assert error_lines(result) == [f"error: {tmp_path}: is a folder, not a text file"]


def test_unknown_source_id_suggests_the_closest():
    result = run("dates", "iran-talibann")
    assert result.exit_code == 2
    assert error_lines(result) == [
        "error: no source 'iran-talibann': not a source id or alias, and no such file; "
        f"did you mean '{ALIAS}' ({SEED})?"]


# --- spec actors by registry ref -------------------------------------------------------------

SPEC = """\
title: {en: "Test brief", ar: "اختبار"}
date: 2026-11-22
classification: UNCLASSIFIED
summary: "Bottom line."
actors:
  - name: {en: "Quds Force", ar: "قوة القدس"}
    role: "Arm of the IRGC."
    cite: [000_9adeab1d9a5ac9f6#p10]
  - role: "Revenge vowed in 1998."
    ref: %s
    cite: [000_9adeab1d9a5ac9f6#p5]
  - name: {en: "Gholam Reza Baghbani (spelled our way)", ar: "الجنرال غلام رضا باغباني"}
    role: "Commander in Zahedan."
    cite: [000_9adeab1d9a5ac9f6#p10]
  - name: {en: "No Arabic"}
    role: "Not counted."
    cite: [000_9adeab1d9a5ac9f6#p10]
key_dates:
  - date: 1998-09
    event: "An event."
    cite: [iran-taliban-ties#p4]
excerpts:
  - cite: 000_9adeab1d9a5ac9f6#p4-p5
    summary: "Summary."
  - cite: 002_391d8a1f97ba5804#p3
    summary: "Summary."
"""


def write_spec(tmp_path, ref: str = "irgc") -> Path:
    path = tmp_path / "refs.yaml"
    path.write_text(SPEC % ref, "utf-8")
    return path


def test_ref_actor_takes_names_from_the_registry(tmp_path, library, registry):
    brief = resolve(load_spec(write_spec(tmp_path)), library, registry)
    irgc = brief.actors[1]
    assert (irgc.name.value, irgc.name_ar.value, irgc.registry_id) == (
        "Islamic Revolutionary Guard Corps (IRGC)", "الحرس الثوري", "irgc")
    assert irgc.name_ar.rtl and irgc.role.value == "Revenge vowed in 1998."
    assert [c.label for c in irgc.cites] == [f"{SEED}#p5"]


def test_unknown_ref_is_located_with_did_you_mean(tmp_path):
    path = write_spec(tmp_path, "irgcc")
    result = run("validate", str(path))
    assert result.exit_code == 2
    assert error_lines(result) == [
        f"error: {path}:10: actors[1].ref: no actor 'irgcc' in seeds/actors.yaml; "
        "did you mean 'irgc' (Islamic Revolutionary Guard Corps (IRGC))? add it there or give "
        "a `name` "
        "(`briefgen actors SOURCE` lists the ids found in a source)"]


def test_unknown_ref_did_you_mean_by_english_name(tmp_path):
    result = run("validate", str(write_spec(tmp_path, "Quds Forc")))
    assert "did you mean 'quds-force'?" in result.output


def test_mention_counts_over_the_cited_sources(tmp_path, library, registry):
    brief = resolve(load_spec(write_spec(tmp_path)), library, registry)
    quds, irgc, baghbani, no_arabic = brief.actors
    assert [s.id for s in brief.sources] == [SEED, "002_391d8a1f97ba5804"]

    def count(actor_id):
        found = [(source.number, p.number) for source in brief.sources
                 for p in library.find(source.id).paragraphs
                 for m in find_mentions(p.text, registry) if m.actor_id == actor_id]
        return len(found), found

    # A name that is a registry variant (قوة القدس) counts as that actor.
    assert quds.registry_id is None
    assert quds.mention_count == count("quds-force")[0] == 5
    assert quds.mentioned_in == ("S1 ¶10", "S2 ¶3, 10")
    assert irgc.mention_count == count("irgc")[0] == 7
    assert irgc.mentioned_in == ("S1 ¶5, 9, 14", "S2 ¶3–4, 6")
    # A name the registry lacks is matched as written, with the matcher's rules.
    assert baghbani.mention_count == 1 and baghbani.mentioned_in == ("S1 ¶10",)
    assert no_arabic.mention_count is None and no_arabic.mentioned_in == ()


def test_sample_brief_uses_refs():
    spec = load_spec(ROOT / "briefs" / "isisk-shared-threat.yaml")
    assert [a.ref for a in spec.actors if a.ref] == [
        "isis-k", "taliban", "bismillah-taban", "putin", "irgc", "jaish-al-adl"]


def test_mentions_shown_in_pdf_and_docx(sample_build):
    out, built = sample_build
    brief = next(b.brief for b in built if b.brief.id == "isisk-shared-threat")
    putin = next(a for a in brief.actors if a.registry_id == "putin")
    assert putin.mention_count and putin.mentioned_in
    line = (f"Mentioned {putin.mention_count}× in cited sources "
            f"({', '.join(putin.mentioned_in)}).")
    pdf_text = re.sub(r"\s+", " ", pdftotext(out / "isisk-shared-threat.pdf"))
    assert line in pdf_text
    with zipfile.ZipFile(out / "isisk-shared-threat.docx") as docx:
        xml = docx.read("word/document.xml").decode("utf-8")
    assert line in re.sub(r"<[^>]+>", "", xml)
    assert all(a.mention_count for a in brief.actors)


# --- suggest ---------------------------------------------------------------------------------

def test_suggest_prints_yaml_with_valid_cites_and_nothing_present(library):
    path = ROOT / "briefs" / "iran-taliban.yaml"
    result = run("suggest", str(path))
    assert result.exit_code == 0, result.output
    suggested = yaml.safe_load(result.output)
    spec = load_spec(path)
    registry = load_registry(ROOT / "seeds" / "actors.yaml")
    cited = {(library.find(c.source).id, n)
             for c in _all_cites(spec) for n in range(c.first, c.last + 1)}

    assert suggested["key_dates"] and suggested["actors"]
    present_dates = {item.date.iso for item in spec.key_dates}
    for item in suggested["key_dates"]:
        assert str(item["date"]) not in present_dates
        assert item["event"].startswith("TODO: ")
    present_actors = {a.ref for a in spec.actors if a.ref} | {"quds-force", "irgc", "taliban"}
    for item in suggested["actors"]:
        assert item["ref"] not in present_actors and registry.get(item["ref"])
        assert item["role"].startswith("TODO: ")
    for item in suggested["key_dates"] + suggested["actors"]:
        for text in item["cite"]:
            cite = Cite.parse(text)
            source = library.find(cite.source)
            assert source is not None and cite.last <= len(source.paragraphs)
            assert all((source.id, n) in cited for n in range(cite.first, cite.last + 1))
    assert "2002" in {str(item["date"]) for item in suggested["key_dates"]}
    # The Arabic sentence stands above each suggestion as a comment.
    assert re.search(r"^  # 000_9adeab1d9a5ac9f6#p7: «2002» .*الأمم المتحدة في 2002", result.output,
                     re.M)


def _all_cites(spec):
    for group in (spec.background, spec.actors, spec.key_dates):
        for item in group:
            yield from item.cite
    for excerpt in spec.excerpts:
        yield excerpt.cite


def test_suggest_output_pastes_into_the_spec(tmp_path, library):
    """Each section's lines, pasted under the spec's own key, give a spec that validates,
    and suggesting again finds nothing more."""
    path = write_spec(tmp_path)
    first = run("suggest", str(path))
    assert first.exit_code == 0, first.output
    sections = {}
    for block in first.output.split("\n\n"):
        head, _, body = block.partition("\n")
        if head in ("key_dates:", "actors:"):
            sections[head] = body.rstrip("\n") + "\n"
    assert sections.keys() == {"key_dates:", "actors:"}
    text = path.read_text("utf-8")
    for head, body in sections.items():
        text = text.replace(f"\n{head}\n", f"\n{head}\n{body}", 1)
    path.write_text(text, "utf-8")
    spec = load_spec(path)  # pasted as is, it loads
    assert len(spec.actors) > 4 and len(spec.key_dates) > 1
    second = run("suggest", str(path))
    assert second.exit_code == 0, second.output
    # Nothing more from the cited paragraphs (the library's uncited paragraphs remain).
    assert set(yaml.safe_load(second.output) or {}) <= {"excerpts"}
    assert "# Nothing to add" in second.output


def test_suggest_reports_a_bad_spec(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text(textwrap.dedent("""\
        title: {en: "T"}
        date: 2026-11-22
        classification: UNCLASSIFIED
        summary: "S."
        excerpts:
          - cite: 000_9adeab1d9a5ac9f6#p99
            summary: "S."
        """), "utf-8")
    result = run("suggest", str(path))
    assert result.exit_code == 2
    [line] = error_lines(result)
    assert line.startswith(f"error: {path}:6: excerpts[0].cite: no paragraph p99")


def _both_say(path: Path, note: str) -> None:
    """Assert that `dates` and `actors --candidates` on `path` succeed with `note` on stderr."""
    for args in (["dates", str(path)], ["actors", str(path), "--candidates"]):
        result = CliRunner().invoke(cli, ["--project", str(ROOT), *args])
        assert result.exit_code == 0, result.output
        assert note in result.stderr, result.output


def test_a_file_whose_every_line_is_site_furniture_says_so(tmp_path):
    # (round 29's second new-user review: an Okaz article dropped whole said only "no dates")
    path = tmp_path / "only.txt"
    path.write_text("شارك عبر تويتر\nتابعونا على فيسبوك وتويتر\n", "utf-8")
    _both_say(path, "every line of only was dropped as site furniture (share/follow line)")


def test_an_empty_source_says_so_and_actors_point_to_candidates(tmp_path):
    # (round 35's new-user review: an empty file said only "no names"; an article with no
    # registry actor gave no hint that --candidates lists its names)
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", "utf-8")
    _both_say(empty, "empty holds no text")
    article = tmp_path / "article.txt"
    article.write_text("قالت الشرطة إن المتهمين نقلوا إلى سجن في أربيل.\n", "utf-8")
    result = CliRunner().invoke(cli, ["--project", str(ROOT), "actors", str(article)])
    assert result.exit_code == 0, result.output
    assert "add --candidates for the names the registry lacks" in result.output


def test_a_source_with_no_arabic_says_so(tmp_path):
    # round 62's new-user review: an English file said only "no names" and "no dates"
    english = tmp_path / "english.txt"
    english.write_text("The minister met the ambassador in Riyadh on Tuesday.\n", "utf-8")
    _both_say(english, "english holds no Arabic")
    mixed = tmp_path / "mixed.txt"
    mixed.write_text("The minister met the ambassador.\nقال الوزير إن الاجتماع مثمر.\n", "utf-8")
    result = CliRunner().invoke(cli, ["--project", str(ROOT), "dates", str(mixed)])
    assert result.exit_code == 0, result.output
    assert "no Arabic" not in result.stderr, result.output


def test_actors_add_in_a_new_project_says_how_to_start_a_registry(tmp_path):
    # round 35's hostile review: "create it first" gave no way to do it; an empty file does
    runner = CliRunner()
    project = tmp_path / "desk"
    assert runner.invoke(cli, ["init", str(project)]).exit_code == 0
    result = runner.invoke(cli, ["--project", str(project), "actors", "add", "فهد العتيبي",
                                 "--id", "fahd", "--kind", "person", "--en", "Fahd al-Otaibi"])
    assert result.exit_code == 2 and "an empty file will do: touch" in result.output
    (project / "seeds" / "actors.yaml").write_text("", "utf-8")
    result = runner.invoke(cli, ["--project", str(project), "actors", "add", "فهد العتيبي",
                                 "--id", "fahd", "--kind", "person", "--en", "Fahd al-Otaibi"])
    assert result.exit_code == 0, result.output
    assert "id: fahd" in (project / "seeds" / "actors.yaml").read_text("utf-8")


def test_candidates_need_no_registry_in_a_new_project(tmp_path):
    # the hostile review of round 30: in a project `briefgen init` had just made, actors
    # --candidates refused to run for want of seeds/actors.yaml
    runner = CliRunner()
    project = tmp_path / "desk"
    assert runner.invoke(cli, ["init", str(project)]).exit_code == 0
    article = tmp_path / "article.txt"
    article.write_text("قالت الشرطة إن المتهمين نقلوا إلى سجن في أربيل.\n", "utf-8")
    result = runner.invoke(cli, ["--project", str(project), "actors", str(article),
                                 "--candidates", "--json"])
    assert result.exit_code == 0, result.output
    assert "أربيل" in [c["ar"] for c in json.loads(result.output)["candidates"]]
    # without --candidates there is nothing to list: a clear error that says what to do
    result = runner.invoke(cli, ["--project", str(project), "actors", str(article)])
    assert result.exit_code == 2 and "--candidates" in result.output, result.output


def test_an_id_yaml_reads_as_other_than_text_is_written_in_quotes(tmp_path):
    # round 35's hostile review (#11): --id no, on or 123 was refused with "put it in quotes",
    # advice for the YAML file the user had not written
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "actors.yaml").write_text("", "utf-8")
    (tmp_path / "seeds" / "oman.txt").write_text("زار الوفد سلطنة عمان أمس.\n", "utf-8")
    for actor_id, ar in (("no", "سلطنة عمان"), ("1e3", "الوفد")):
        result = run("actors", "add", ar, "--id", actor_id, "--en", "X", "--kind", "place",
                     project=tmp_path)
        assert result.exit_code == 0, result.output
    written = (tmp_path / "seeds" / "actors.yaml").read_text("utf-8")
    assert '- id: "no"' in written and '- id: "1e3"' in written
    result = run("actors", "oman", "--json", project=tmp_path)
    assert result.exit_code == 0, result.output
    assert {a["id"] for a in json.loads(result.output)} == {"no", "1e3"}


def test_a_registry_linked_from_outside_the_project_is_refused(tmp_path):
    # round 35's hostile review (#14): seeds/actors.yaml, a link to a file elsewhere, was read
    outside = tmp_path / "elsewhere.yaml"
    outside.write_text("- id: nato\n  en: NATO\n  ar: الناتو\n  kind: organisation\n", "utf-8")
    project = tmp_path / "desk"
    (project / "seeds").mkdir(parents=True)
    (project / "seeds" / "actors.yaml").symlink_to(outside)
    (project / "seeds" / "s.txt").write_text("قال الناتو أمس إنه مستعد.\n", "utf-8")
    result = run("actors", "s", project=project)
    assert result.exit_code == 2
    assert error_lines(result) == [f"error: {project / 'seeds' / 'actors.yaml'}: is a link to "
                                   "a file outside the project; copy the file in"]


def test_another_seed_that_cannot_be_read_does_not_stop_dates_or_actors(tmp_path):
    # round 35's hostile review (#15): one seed in UTF-16 stopped `dates` on every other one
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "good.txt").write_text("وصل الوفد في 5 يوليو 2015.\n", "utf-8")
    (tmp_path / "seeds" / "bad.txt").write_bytes("نص".encode("utf-16"))
    result = run("dates", "good", project=tmp_path)
    assert result.exit_code == 0, result.output
    assert "2015-07-05" in result.output
    result = run("dates", "bad", project=tmp_path)  # the one that cannot be read says why
    assert result.exit_code == 2
    assert [line.split(": ", 2)[1] for line in error_lines(result)] == [
        str(tmp_path / "seeds" / "bad.txt:1")]
    assert "no source 'nosuch'" in run("dates", "nosuch", project=tmp_path).output


def test_control_codes_in_a_file_name_are_shown_not_obeyed(tmp_path):
    # round 35's hostile review (#18): an escape sequence in a file name reached the terminal
    result = run("dates", str(tmp_path / "a\x1b[2Jb\u202e.txt"), project=tmp_path)
    assert result.exit_code == 2
    assert "\x1b" not in result.output and "\u202e" not in result.output
    assert "a\\x1b[2Jb\\u202e.txt" in result.output


def test_actors_add_refuses_an_empty_en(tmp_path):
    # round 36's hostile review: --en "" took the candidate's English without a word, and
    # --en "   " was refused as "[85].en: ... is empty", a place in a file the user never saw
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "actors.yaml").write_text("", "utf-8")
    for empty in ("", "   "):
        result = run("actors", "add", "سلطنة عمان", "--id", "oman", "--en", empty,
                     "--kind", "place", project=tmp_path)
        assert result.exit_code == 2
        assert error_lines(result) == ["error: --en is empty: give the name in English, or "
                                       "leave --en out to take the English `actors SOURCE "
                                       "--candidates` gives"]
    assert (tmp_path / "seeds" / "actors.yaml").read_text("utf-8") == ""


def test_a_long_source_shows_a_spinner_on_a_terminal_only(tmp_path):
    # round 36's hostile review: half a minute of nothing on a 2 MB file; a pipe or a file
    # (as CliRunner's stderr) gets nothing, so that output read by a program stays clean
    import io
    import time

    from briefgen.terminal import working

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    shown_on = Terminal()
    with working("reading 8,000 paragraphs of big\x1b[2J", shown_on):
        time.sleep(0.2)
    assert "reading 8,000 paragraphs of big\\x1b[2J" in shown_on.getvalue()
    piped = io.StringIO()
    with working("reading", piped):
        pass
    assert piped.getvalue() == ""
    article = tmp_path / "long.txt"
    article.write_text("قال الرئيس يوم الأحد إن الاجتماع انتهى.\n\n" * 600, "utf-8")
    result = run("dates", str(article), "--published", "2015-08-03")
    assert result.exit_code == 0 and "reading" not in result.output


def test_sources_prints_a_file_anywhere_and_dates_note_what_contradicts_itself(tmp_path):
    # Round 36's new user: `sources FILE` took no path, as `dates FILE` and `actors FILE` do;
    # round 36's hostile review: a weekday the day was not, or 31 February, passed unsaid
    path = tmp_path / "new.txt"
    path.write_text("وقع الحادث في 31 فبراير 2015 في الرياض.\n\n"
                    "اجتمع الوزراء يوم الأحد 13 يوليو 2015 في جدة.\n", "utf-8")
    root = ROOT
    result = CliRunner().invoke(cli, ["--project", str(root), "sources", str(path)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1:] == [
        "p1\tوقع الحادث في 31 فبراير 2015 في الرياض.",
        "p2\tاجتمع الوزراء يوم الأحد 13 يوليو 2015 في جدة."]
    result = CliRunner().invoke(cli, ["--project", str(root), "sources",
                                      str(tmp_path / "missing.txt")])
    assert result.exit_code == 2 and "missing.txt" in result.output, result.output
    result = CliRunner().invoke(cli, ["--project", str(root), "dates", str(path)])
    assert result.exit_code == 0, result.output
    assert "2015-02!" in result.output and "2015-07-13!" in result.output, result.output
    assert "! p1 31 فبراير 2015: no 31 February in 2015: the month is given" in result.output
    assert "! p2 13 يوليو 2015: the text's Sunday, but 13 July 2015 was a Monday" in (
        result.output)
    found = json.loads(CliRunner().invoke(cli, ["--project", str(root), "dates", str(path),
                                                "--json"]).output)
    assert [d["note"] is not None for d in found] == [True, True]


def test_sources_of_a_file_beside_an_unreadable_seed_and_a_seed_named_like_an_alias(tmp_path):
    # Round 37's hostile review: `sources FILE` failed on any unreadable seed (`dates FILE` did
    # not); a file in seeds/ whose name's stem was an alias printed that alias's source
    import shutil

    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (tmp_path / "seeds" / "zz_bad.txt").write_bytes(b"caf\xe9\n")
    article = tmp_path / "new.txt"
    article.write_text("قال الوزير إن الاتفاق قريب.\n", "utf-8")
    result = CliRunner().invoke(cli, ["--project", str(tmp_path), "sources", str(article)])
    assert result.exit_code == 0 and "p1\tقال الوزير إن الاتفاق قريب." in result.output
    (tmp_path / "seeds" / "zz_bad.txt").unlink()
    draft = tmp_path / "seeds" / "iran-alqaeda.draft"
    draft.write_text("قال الرئيس عبد ربه منصور هادي في 21 يوليو 2015.\n", "utf-8")
    result = CliRunner().invoke(cli, ["--project", str(tmp_path), "sources", str(draft)])
    assert result.exit_code == 0, result.output
    assert "p1\tقال الرئيس عبد ربه منصور هادي في 21 يوليو 2015." in result.output


def test_a_long_source_of_few_paragraphs_shows_a_spinner_too():
    # Round 37's hostile review (#20): 485 paragraphs of 2 MB, or one paragraph of 20,000
    # names, took 20-26 s with nothing shown: the spinner reads characters as well
    import contextlib
    from types import SimpleNamespace

    from briefgen.cli import _reading
    from briefgen.sources import Paragraph

    def source(*texts):
        return SimpleNamespace(id="s", paragraphs=tuple(
            Paragraph("s", n, text) for n, text in enumerate(texts, 1)))

    assert isinstance(_reading(source("قال الرئيس إن الاجتماع انتهى.")),
                      contextlib.nullcontext)
    assert not isinstance(_reading(source("محمد العتيبي، " * 10_000)), contextlib.nullcontext)


def test_a_terminated_spinner_gives_the_cursor_back(tmp_path):
    # Round 41's hostile review (#19): SIGTERM while the spinner ran left the terminal's
    # cursor hidden; it now exits through the spinner's clean-up, which shows it again
    import os
    import pty
    import signal
    import subprocess
    import sys
    import time

    article = tmp_path / "long.txt"
    article.write_text("".join(f"قال الرئيس يوم الأحد إن الاجتماع {n} انتهى في 5 يوليو 2015."
                               "\n\n" for n in range(3000)), "utf-8")
    leader, follower = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "briefgen.cli", "dates", str(article),
                                "--published", "2015-08-03"], stdin=follower, stdout=follower,
                               stderr=follower, close_fds=True)
    os.close(follower)
    shown, began = b"", time.monotonic()
    with contextlib.suppress(OSError):  # (the end of the output, were it to end first)
        while b"reading" not in shown and time.monotonic() - began < 60:
            shown += os.read(leader, 4096)
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=60)
    with contextlib.suppress(OSError):
        while chunk := os.read(leader, 4096):
            shown += chunk
    os.close(leader)
    assert b"reading" in shown and b"\x1b[?25l" in shown  # the spinner hid the cursor
    assert shown.rindex(b"\x1b[?25h") > shown.rindex(b"\x1b[?25l")  # and showed it again


def test_an_empty_source_is_named_as_empty():
    # Round 41's hostile review (#25): `dates ''` said ".: is a folder"
    for command in (["dates", ""], ["actors", " ", "--candidates"]):
        result = run(*command)
        assert result.exit_code == 2 and "SOURCE is empty" in result.output, result.output


def test_dates_and_actors_say_what_cleaning_changed(tmp_path):
    # round 43's hostile review: a control character was read as a space without a word
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "actors.yaml").write_text("", "utf-8")
    path = tmp_path / "ctl.txt"
    path.write_text("قال الوزير\x01 إن الاجتماع في 12 مارس 2015.\n", "utf-8")
    for command in (("dates", str(path)), ("actors", str(path), "--candidates", "--json")):
        result = CliRunner().invoke(cli, ["--project", str(tmp_path), *command])
        assert result.exit_code == 0, result.output
        assert result.stderr == ("note: ctl.txt line 1: replaced control characters U+0001 "
                                 "with spaces\n"), command
    path.write_text("".join(f"سطر {i}\x01 في 12 مارس 2015\n" for i in range(9)), "utf-8")
    result = CliRunner().invoke(cli, ["--project", str(tmp_path), "dates",
                                                      str(path)])
    assert result.stderr.count("\n") == 6 and "4 more notes on what cleaning" in result.stderr


def test_actors_add_keeps_a_guessed_english_marked_in_the_entry(tmp_path):
    # round 47's new-user review: an English name romanised by briefgen lost its mark once
    # added, and every brief then printed it as known
    runner = CliRunner()
    project = tmp_path / "desk"
    assert runner.invoke(cli, ["init", str(project)]).exit_code == 0
    (project / "seeds" / "actors.yaml").write_text("", "utf-8")
    result = runner.invoke(cli, ["--project", str(project), "actors", "add", "ستيف مكلارين",
                                 "--id", "steve-mcclaren", "--kind", "person"])
    assert result.exit_code == 0, result.output
    registry = (project / "seeds" / "actors.yaml").read_text("utf-8")
    assert "a guess: check it and set `en`" in registry, registry
    result = runner.invoke(cli, ["--project", str(project), "actors", "add", "فهد العتيبي",
                                 "--id", "fahd", "--kind", "person", "--en", "Fahd al-Otaibi"])
    assert result.exit_code == 0, result.output
    entry = (project / "seeds" / "actors.yaml").read_text("utf-8").split("id: fahd")[1]
    assert "a guess" not in entry, entry  # the English given with --en is no guess
    assert runner.invoke(cli, ["--project", str(project), "validate"]).exit_code == 0
