"""Actor candidates with kinds and English names (issue 15), read from the command's JSON."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from briefgen.arabic.candidates import is_sports, learnt_english, learnt_name
from briefgen.arabic.romanize import is_known_given, romanize_name
from briefgen.cli import cli

ROOT = Path(__file__).resolve().parent.parent
# Written for this test in the style of Saudi and Levantine news.
ARTICLE = (
    "وقال الرئيس اليمني عبد ربه منصور هادي إن قواته دخلت مدينة عدن.\n"
    "وأكد هادي أن وزارة الداخلية في صنعاء ستعمل مع البنك المركزي اليمني.\n"
    "وقال مارك روته لصحافيين إن المحكمة الجنائية الدولية والأونروا تتابعان الوضع.\n"
    "وشيع أهالي محافظة القنفذة والد الأستاذ محمد بن عبدالله العتيبي، ونقلت صحيفة حرييت الخبر.\n"
)


def actors_json(tmp_path: Path, text: str = ARTICLE) -> dict:
    """What `actors FILE --candidates --json` prints for `text`: the actors and candidates."""
    path = tmp_path / "article.txt"
    path.write_text(text, "utf-8")
    result = CliRunner().invoke(cli, ["--project", str(ROOT), "actors", str(path),
                                      "--candidates", "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)  # (notes on what cleaning changed go to stderr)


def candidates(tmp_path: Path, text: str = ARTICLE) -> dict[str, dict]:
    return {c["ar"]: c for c in actors_json(tmp_path, text)["candidates"]}


def test_kinds_and_english(tmp_path):
    found = candidates(tmp_path)
    expected = {
        "عبد ربه منصور هادي": ("person", "Abd Rabbuh Mansour Hadi", 2),
        "عدن": ("place", "Aden", 1),
        "صنعاء": ("place", "Sanaa", 1),
        "وزارة الداخلية": ("organisation", "Ministry of Interior", 1),
        "المحكمة الجنائية الدولية": ("organisation", "International Criminal Court", 1),
        "الأونروا": ("organisation", "UNRWA", 1),
        "مارك روته": ("person", "Mark Rutte", 1),
        "القنفذة": ("place", None, 1),
        "محمد بن عبدالله العتيبي": ("person", None, 1),
        "صحيفة حرييت": ("organisation", None, 1),
    }
    for ar, (kind, en, count) in expected.items():
        assert ar in found, (ar, sorted(found))
        assert found[ar]["kind"] == kind
        assert found[ar]["count"] == count
        if en is not None:
            assert found[ar]["en"] == en
    assert found["عدن"]["guess"] is False
    assert found["محمد بن عبدالله العتيبي"]["guess"] is True
    assert found["صحيفة حرييت"]["en"] == "Hurriyet"  # a listed paper: its English, no guess
    assert found["صحيفة حرييت"]["guess"] is False
    assert found["محمد بن عبدالله العتيبي"]["en"].startswith("Mohammed bin Abdullah al-")


def test_no_fragments(tmp_path):
    found = candidates(tmp_path)
    # No preposition glued on, no surname alone beside the full name, no conjunction.
    assert not any(name.endswith("لصحافيين") or name.startswith("وال") for name in found)
    assert "الخبر" not in found and "صحيفة حرييت الخبر" not in found  # "the news": not Khobar
    assert "هادي" not in found and "منصور هادي" not in found


def test_registry_hits_are_not_candidates(tmp_path):
    found = candidates(tmp_path, "وقال المسؤول إن إيران وطالبان اتفقتا في طهران.\n")
    assert not {"إيران", "طهران", "طالبان"} & set(found)


@pytest.mark.parametrize("arabic, english", [
    ("محمد بن عبدالله", "Mohammed bin Abdullah"),
    ("أبو بكر البغدادي", "Abu Bakr al-Baghdadi"),
    ("الحربي", "al-Harbi"),
    ("مارك روته", "Mark Rutte"),
    ("أنتوني بلينكن", "Antony Blinken"),
    # A given name of the shape فعيل no table knows is faʿīl; a family name of it fuʿayl.
    ("سليم الجبوري", "Salim al-Jaburi"),
    ("صديق العتيبي", "Sadiq al-Otaibi"),
    ("ربيع سفياني", "Rabia Safiyani"),
    # faʿil with its ʿayn last: the i before it written, the ʿayn not.
    ("محمد المانع", "Mohammed al-Mani"),
    ("فهد رافع", "Fahad Rafi"),
    # Family names with و: فوعلي, -وي and فويعل (al-Dawsari, al-Balawi, al-Ruwaili).
    ("سعود الدوسري", "Saud al-Dawsari"),
    ("منصور البلوي", "Mansour al-Balawi"),
    ("محمد بن عوض الرويلي", "Mohammed bin Awad al-Ruwaili"),
    ("خالد السويلمي", "Khalid al-Suwailmi"),
    ("علي العولقي", "Ali al-Awlaqi"),
    ("محمد التونسي", "Mohammed al-Tunsi"),  # a place's nisba keeps its o
    # ة written ه ends in a; a name ending in الله; endings of foreign names
    ("أحمد خواجه", "Ahmed Khuaja"),
    ("إبراهيم نصرالله", "Ibrahim Nasrallah"),
    ("ليوبكو بتروفيتش", "Liwbko Petrovic"),
    ("تشونج مونج جون", "Chung Mung John"),
    ("خليفة بن زايد آل نهيان", "Khalifa bin Zayed Al Nahyan"),
    # A ruler's ordinal, before بن too; famous Western surnames after a foreign given name
    ("محمد السادس", "Mohammed VI"),
    ("عبدالله الثاني بن الحسين", "Abdullah II bin al-Hussein"),
    ("بنديكتوس السادس عشر", "Benedict XVI"),  # the pope's English name (round 36)
    ("سعد الثاني", "Saad al-Thani"),  # not a king's name: a family's
    ("ليونيل ميسي", "Lionel Messi"),
    ("فابيو كانافارو", "Fabio Cannavaro"),
    # Public figures' family names after any given name, as the English press writes them
    ("سعد الحريري", "Saad Hariri"),
    ("ميشال عون", "Michel Aoun"),
    ("نوري المالكي", "Nouri al-Maliki"),
    ("تيبو كورتوا", "Thibaut Courtois"),
])
def test_romanisation(arabic, english):
    assert romanize_name(arabic)[0] == english


# --- actors add ------------------------------------------------------------------------------

@pytest.fixture
def project(tmp_path) -> Path:
    """A copy of the project's seeds, with the test article beside them."""
    import shutil

    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (tmp_path / "new.txt").write_text(ARTICLE, "utf-8")
    return tmp_path


def run_in(project: Path, *args: str):
    return CliRunner().invoke(cli, ["--project", str(project), *args])


def test_actors_add_makes_the_candidate_a_registry_actor(project):
    registry = project / "seeds" / "actors.yaml"
    before = registry.read_text("utf-8")
    result = run_in(project, "actors", "add", "عبد ربه منصور هادي", "--id", "hadi",
                    "--source", str(project / "new.txt"))
    assert result.exit_code == 0, result.output
    after = registry.read_text("utf-8")
    assert after.startswith(before)  # comments and every earlier entry kept as written
    assert '- id: hadi\n  en: "Abd Rabbuh Mansour Hadi"\n  ar: "عبد ربه منصور هادي"\n' \
           "  kind: person\n" in after
    result = run_in(project, "actors", str(project / "new.txt"), "--candidates", "--json")
    found = json.loads(result.output)
    # his surname alone (وأكد هادي) counts as the candidate counted it (round 36's new user)
    assert {"id": "hadi", "en": "Abd Rabbuh Mansour Hadi", "ar": "عبد ربه منصور هادي",
            "count": 2, "paragraphs": ["new#p1", "new#p2"]} in found["actors"]
    assert "عبد ربه منصور هادي" not in {c["ar"] for c in found["candidates"]}


def test_actors_add_writes_the_forms_the_source_writes(project):
    """The royal title written before the name goes into the registry as a variant."""
    (project / "royal.txt").write_text("استقبل الأمير فيصل بن الحسين وفدا.\n\n"
                                       "وقال فيصل بن الحسين إن الوفد زار المدينة.\n", "utf-8")
    result = run_in(project, "actors", "add", "فيصل بن الحسين", "--id", "faisal",
                    "--source", str(project / "royal.txt"))
    assert result.exit_code == 0, result.output
    entry = (project / "seeds" / "actors.yaml").read_text("utf-8").split("- id: faisal\n")[1]
    assert '  variants: ["الأمير فيصل بن الحسين"]\n' in entry
    found = json.loads(run_in(project, "actors", str(project / "royal.txt"), "--json").output)
    assert [(a["id"], a["count"]) for a in found] == [("faisal", 2)]


def test_actors_add_leaves_out_a_fathers_name_as_a_variant(project):
    """Round 43's new-user review: the owner عبدالإله عبدالعزيز الموسى was added with the
    jockey عبدالعزيز الموسى (his father's given name and the family's) as a variant."""
    (project / "race.txt").write_text(
        "وفاز الجواد لمالكه عبدالإله عبدالعزيز الموسى بالشوط.\n\n"
        "وقاده الخيال عبدالعزيز الموسى إلى الفوز.\n", "utf-8")
    result = run_in(project, "actors", "add", "عبدالإله عبدالعزيز الموسى", "--id",
                    "abdulilah-almousa", "--source", str(project / "race.txt"))
    assert result.exit_code == 0, result.output
    entry = (project / "seeds" / "actors.yaml").read_text("utf-8").split(
        "- id: abdulilah-almousa\n")[1].split("- id:")[0]
    assert "عبدالعزيز الموسى\"" not in entry.replace('ar: "عبدالإله عبدالعزيز الموسى"', "")
    found = json.loads(run_in(project, "actors", str(project / "race.txt"), "--json").output)
    assert [(a["id"], a["count"]) for a in found] == [("abdulilah-almousa", 1)]


def test_actors_add_keeps_a_western_surname_with_its_particle(project):
    """The session of round 62's new-user review: فرانكو دي سانتو was added without دي سانتو,
    read as his father's name and the family's, so the next run offered دي سانتو again."""
    (project / "striker.txt").write_text(
        "قال المهاجم فرانكو دي سانتو إن الفريق جاهز.\n\nوأضاف دي سانتو أن المباراة صعبة.\n",
        "utf-8")
    result = run_in(project, "actors", "add", "فرانكو دي سانتو", "--id", "di-santo", "--en",
                    "Franco Di Santo", "--source", str(project / "striker.txt"))
    assert result.exit_code == 0, result.output
    entry = (project / "seeds" / "actors.yaml").read_text("utf-8").split("- id: di-santo\n")[1]
    assert '  variants: ["دي سانتو"]\n' in entry
    found = json.loads(run_in(project, "actors", str(project / "striker.txt"), "--json").output)
    assert [(a["id"], a["count"]) for a in found] == [("di-santo", 2)]


def test_actors_add_leaves_out_a_variant_another_actor_keeps_out(project):
    """ولاية خراسان الشمالية is in ISIS-K's `exclude:`: the province is added without it."""
    (project / "kn.txt").write_text("قال مسؤول في ولاية خراسان الشمالية إن الوضع هادئ.\n\n"
                                    "وتقع خراسان الشمالية في الشرق.\n", "utf-8")
    result = run_in(project, "actors", "add", "خراسان الشمالية", "--id", "north-khorasan",
                    "--source", str(project / "kn.txt"))
    assert result.exit_code == 0, result.output
    entry = (project / "seeds" / "actors.yaml").read_text("utf-8").split(
        "- id: north-khorasan\n")[1]
    assert "variants" not in entry and '  ar: "خراسان الشمالية"\n' in entry


def test_a_name_written_after_li_gives_its_verbatim_form_which_actors_add_leaves_out(project):
    """للحلف الاطلسي: ل swallows the article's alif, so the text holds حلف الاطلسي verbatim."""
    # Written for this test in the style of a wire report.
    (project / "nato.txt").write_text("أصيب جنود بصاروخ أطلقته قوة تابعة للحلف الاطلسي أمس.\n",
                                      "utf-8")
    found = json.loads(run_in(project, "actors", str(project / "nato.txt"), "--candidates",
                              "--json").output)
    nato = next(c for c in found["candidates"] if c["ar"] == "الحلف الاطلسي")
    assert nato["variants"] == ["حلف الاطلسي"], nato
    result = run_in(project, "actors", "add", "الحلف الاطلسي", "--id", "nato-alliance",
                    "--source", str(project / "nato.txt"))
    assert result.exit_code == 0, result.output
    entry = (project / "seeds" / "actors.yaml").read_text("utf-8").split(
        "- id: nato-alliance\n")[1]
    assert "variants" not in entry.split("- id:")[0], entry  # the matcher reads للحلف already
    found = json.loads(run_in(project, "actors", str(project / "nato.txt"), "--json").output)
    assert [(a["id"], a["count"]) for a in found] == [("nato-alliance", 1)]


@pytest.mark.parametrize("args, message", [
    (["إيران", "--id", "iran-again"], "already a name of iran"),
    (["صنعاء", "--id", "iran"], "already has this id"),
    (["صنعاء", "--id", "Not An Id"], "kebab-case"),
    (["اسم غير موجود", "--id", "x", "--source", "new.txt"], "is not a candidate"),
    (["إيران", "--id", "iran-again", "--source", "new.txt"], "already a name of iran"),
    (["  ", "--id", "x"], "CANDIDATE is empty"),
    (["مارك روته\n- id: evil", "--id", "x"], "line break"),
    (["Mark Rutte", "--id", "x"], "fewer than two Arabic letters"),
    (["ء", "--id", "x"], "fewer than two Arabic letters"),
    (["سالم\u2028القحطاني", "--id", "x"], "line break"),
    (["سا\u200dلم القحطاني", "--id", "x"], "invisible format character"),
    (["سالم القحطاني", "--id", "x", "--en", "Salem\nX"], "--en holds a line break"),
    (["ــــ", "--id", "x"], "fewer than two Arabic letters"),
    (["اسم " * 40, "--id", "x"], "at most 10 words"),
    (["<b>فهد العتيبي</b>", "--id", "x"], "HTML or a web address"),
    (["https://example.com/فهد", "--id", "x"], "HTML or a web address"),
    (["فهد العتيبي", "--id", "x", "--en", "<i>Fahd</i>"], "HTML or a web address"),
    (["فهد العتيبي", "--id", "x", "--en", "F" * 5000], "--en is 5000 characters"),
    (["فهد العتيبي", "--id", "x", "--en", "زيد"], "holds Arabic letters"),  # round 35's hostile
    (["وإيران", "--id", "x"], "already a name of iran"),  # و glued to a registry name
    (["بإيران", "--id", "x"], "already a name of iran"),  # and ب, ك, لل (round 35's hostile
    (["كإيران", "--id", "x"], "already a name of iran"),  # review)
    (["فلإيران", "--id", "x"], "already a name of iran"),  # two particles stacked, and before
    (["وللسودان", "--id", "x"], "give the name without them: briefgen actors add 'السودان'"),
    (["وبالرياض", "--id", "x"], "begins with the particles 'وب'"),  # a name not in the
    # registry (round 37's hostile review, #12)
    (["محمد العلي: #x", "--id", "x"], "holds ':', which no name has"),
    (["محمد العلي؟", "--id", "x"], "holds '؟', which no name has"),
    (["سعد الحربي：", "--id", "x"], "holds '：', which no name has"),  # full-width
    (["سعد الحربي &", "--id", "x"], "holds '&', which no name has"),
    (["سعد الحربي،", "--id", "x"], "holds '،', which no name has"),
])
def test_actors_add_refuses_and_leaves_the_registry(project, args, message):
    registry = project / "seeds" / "actors.yaml"
    before = registry.read_bytes()
    args = [str(project / a) if a == "new.txt" else a for a in args]
    result = run_in(project, "actors", "add", *args)
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output
    assert registry.read_bytes() == before
    assert [p.name for p in registry.parent.glob(".*")] in ([], [".briefgen.lock"])  # no
    # staged file left behind; the lock file stays, as in every folder briefgen writes in


@pytest.mark.parametrize("name", ["فلسطين", "فلاديمير زيلينسكي", "وليد الغامدي", "بكير",
                                  "وكالة أنباء الأناضول"])  # وكالة: a word, not و, ك and الة
def test_actors_add_takes_a_name_whose_first_letters_are_also_particles(project, name):
    result = run_in(project, "actors", "add", name, "--id", "x", "--kind", "place", "--en", "X")
    assert result.exit_code == 0, result.output


def test_actors_add_without_a_source_reads_the_name_alone(project):
    # Round 39's new-user review: actors add "رويترز" wrote en "Ruytrz", kind person, though
    # --candidates lists the same name as Reuters, an organisation; the finder's reading of
    # the name alone, where it reads it whole, gives both (a name it cannot read: the default)
    registry = project / "seeds" / "actors.yaml"
    result = run_in(project, "actors", "add", "رويترز", "--id", "reuters")
    assert result.exit_code == 0, result.output
    assert "added reuters (Reuters, organisation)" in result.output
    assert 'id: reuters\n  en: "Reuters"\n  ar: "رويترز"\n  kind: organisation' in (
        registry.read_text("utf-8"))
    result = run_in(project, "actors", "add", "محمد المخرج", "--id", "mukhrij")
    assert result.exit_code == 0 and "kind 'person' taken by default" in result.output
    # Round 71's new-user review: a company's name the finder cannot read whole took the
    # default, a person; its head says it is an organisation.
    result = run_in(project, "actors", "add", "شركة ترفيه الخليج", "--id", "gulf-ent-co")
    assert result.exit_code == 0, result.output
    assert ", organisation) to" in result.output and "by default" not in result.output
    assert "taken from the name's first word" in result.output
    # The hostile pass: قضاء ("justice" too) and حي ("alive") open no place here.
    result = run_in(project, "actors", "add", "حي بن يقظان", "--id", "hayy")
    assert "kind 'person' taken by default" in result.output, result.output


def test_actors_add_writes_nothing_through_a_seeds_folder_that_is_a_link(tmp_path):
    # Round 38's hostile review (#21): with seeds/ a link to a folder outside the project,
    # actors add refused only after making its lock file (and sweeping) out there
    import shutil

    outside, project = tmp_path / "elsewhere", tmp_path / "project"
    shutil.copytree(ROOT / "seeds", outside)
    project.mkdir()
    (project / "seeds").symlink_to(outside)
    before = sorted(p.name for p in outside.iterdir())
    result = run_in(project, "actors", "add", "مارك روته", "--id", "mark-rutte")
    assert result.exit_code == 2 and "symbolic link" in result.output, result.output
    assert sorted(p.name for p in outside.iterdir()) == before


def test_actors_add_writes_no_file_it_does_not_own(project, tmp_path):
    registry = project / "seeds" / "actors.yaml"
    # the old fixed check file, planted as a link: nothing is written through it
    victim = tmp_path / "victim.txt"
    victim.write_text("mine\n", "utf-8")
    (project / "seeds" / ".actors.yaml.add-check").symlink_to(victim)
    registry.chmod(0o600)
    os.chown(registry, 65534, 65534)  # nobody: the owner stays (as root, which may give away)
    result = run_in(project, "actors", "add", "مارك روته", "--id", "mark-rutte")
    assert result.exit_code == 0, result.output
    assert victim.read_text("utf-8") == "mine\n"
    assert registry.stat().st_mode & 0o777 == 0o600  # its permissions kept
    if os.getuid() == 0:
        assert (registry.stat().st_uid, registry.stat().st_gid) == (65534, 65534)
    # a registry that is a link is refused, the file it points to untouched
    (project / "shared.yaml").write_bytes(registry.read_bytes())
    registry.unlink()
    registry.symlink_to(project / "shared.yaml")
    result = run_in(project, "actors", "add", "سمير جعجع", "--id", "samir-geagea")
    assert result.exit_code == 2 and "symbolic link" in result.output
    # a read-only registry is left as it is, even by root (round 35's hostile review)
    registry.unlink()
    registry.write_bytes((project / "shared.yaml").read_bytes())
    registry.chmod(0o444)
    result = run_in(project, "actors", "add", "سمير جعجع", "--id", "samir-geagea")
    assert result.exit_code == 2 and "is read-only" in result.output
    assert registry.read_bytes() == (project / "shared.yaml").read_bytes()
    assert "samir-geagea" not in (project / "shared.yaml").read_text("utf-8")


def test_a_refused_entry_is_named_as_the_one_add_would_write(project):
    from briefgen.commands.registry_add import NewActor, add_to_registry
    from briefgen.errors import SourceError

    registry = project / "seeds" / "actors.yaml"
    before = registry.read_bytes()
    with pytest.raises(SourceError) as refused:
        add_to_registry(registry, NewActor("x", "X", "ــــ", "person"))  # no letters
    message = str(refused.value)
    assert "the entry `actors add` would append is refused" in message
    assert ".tmp" not in message and registry.read_bytes() == before


def test_actors_add_at_once_lose_nothing(project):
    import subprocess
    import sys

    runs = [subprocess.Popen([sys.executable, "-c", "from briefgen.cli import main; main()",
                              "--project", str(project), "actors", "add", f"اسم{n} شخص{n}",
                              "--id", f"c{n}", "--en", f"C {n}"],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            for n in range(6)]
    outputs = [run.communicate()[0].decode() for run in runs]
    assert all(run.returncode == 0 for run in runs), outputs
    text = (project / "seeds" / "actors.yaml").read_text("utf-8")
    assert all(f"- id: c{n}\n" in text for n in range(6))
    assert not [p for p in (project / "seeds").iterdir() if p.name.endswith(".tmp")]


def test_actors_add_says_when_the_english_is_a_guess(project):
    result = CliRunner().invoke(cli, ["--project", str(project), "actors", "add",
                                      "سمير قصير", "--id", "samir-kassir"])
    assert result.exit_code == 0, result.output
    assert "briefgen's guess, romanised or translated word by word" in result.output
    result = run_in(project, "actors", "add", "كيم جونغ", "--id", "kim", "--en", "Kim Jong")
    assert "a guess" not in result.output


def test_actors_add_warns_that_an_outlets_name_is_a_common_word(project):
    result = CliRunner().invoke(cli, ["--project", str(project), "actors", "add", "الوطن",
                                      "--id", "al-watan", "--kind", "organisation",
                                      "--en", "Al-Watan"])
    assert result.exit_code == 0, result.output
    assert "also a common word" in result.output


def test_dates_of_a_plain_file_take_a_publication_day(tmp_path):
    path = tmp_path / "peg.txt"
    path.write_text("وقال الوزير الأربعاء الماضي إن الاتفاق قريب.\n", "utf-8")
    result = CliRunner().invoke(cli, ["dates", str(path)])
    assert result.exit_code == 0 and "no dates in peg" in result.output
    result = CliRunner().invoke(cli, ["dates", str(path), "--published", "2015-07-21", "--json"])
    assert [d["value"] for d in json.loads(result.output)] == ["2015-07-15"]


# --- سورية: the country or the adjective, by context -----------------------------------------

@pytest.mark.parametrize("text, country", [
    ("وصل الوفد إلى سورية أمس", True),
    ("الأوضاع في سورية.", True),
    ("سورية والعراق تواجهان التنظيم", True),
    ("قدمت مساعدات لسورية", True),
    ("أكدت الحكومة السورية", False),
    ("هاجمت قوات سورية معارضة المدينة", False),
])
def test_syria_by_context(tmp_path, text, country):
    path = tmp_path / "syria.txt"
    path.write_text(text + "\n", "utf-8")
    result = CliRunner().invoke(cli, ["--project", str(ROOT), "actors", str(path), "--json"])
    assert result.exit_code == 0, result.output
    assert any(a["id"] == "syria" for a in json.loads(result.output)) == country


@pytest.mark.parametrize("text, mali", [
    ("قتل جنود في مالي أمس", True),
    ("وصلت القوات إلى وسط مالي", True),
    ("تضم المجموعة السنغال ومالي والنيجر", True),
    ("وأعلنت حكومة مالي الحداد", True),
    ("تبرعات لمالي وللنيجر", True),
    ("قدمت المملكة دعم مالي كبير", False),
    ("وقال مسؤول مالي إن العجز كبير", False),
    ("دفعت من مالي الخاص", False),
    ("تبرع بمالي كله للفقراء", False),  # round 38's hostile review: "my money"
    ("وهذا فساد مالي ضد القانون", False),  # an adjective before ضد
    ("مالي ضد السنغال في التصفيات", True),
])
def test_mali_by_context(tmp_path, text, mali):
    # Round 38's held-out twohundredsixty (a World Cup draw): مالي, "financial" as often as
    # Mali, was no place at all; ten earlier sets hold the country too
    found = candidates(tmp_path, text + "\n")
    assert (found.get("مالي", {}).get("en") == "Mali") == mali, found


def test_countries_as_a_draw_spells_them(tmp_path):
    # twohundredsixty's qualifying groups: spellings beside CLDR's, and الكونغو alone
    found = candidates(tmp_path, "موريشوس ضد كينيا، وبتسوانا ضد إريتريا، والكونغو ضد ليبيريا، "
                                 "وترينداد وتوباغو مع غواتيمالا، وسان تومي وبرينسيبي ضد ليبيا.\n")
    assert {ar: found[ar]["en"] for ar in ("موريشوس", "بتسوانا", "الكونغو", "ترينداد وتوباغو",
                                            "سان تومي وبرينسيبي")} == {
        "موريشوس": "Mauritius", "بتسوانا": "Botswana", "الكونغو": "Congo",
        "ترينداد وتوباغو": "Trinidad & Tobago", "سان تومي وبرينسيبي": "São Tomé & Príncipe"}


def test_an_outlet_named_after_a_registry_city_a_mauritanian_name_and_thanks_to(tmp_path):
    # Round 38's held-out sets: «واشنطن بوست» was the registry's Washington, no outlet (the
    # registry name claimed the word first); إسماعيل ولد الشيخ أحمد التقى was read as أحمد التقى
    # ("met"); بفضل ساكي ("thanks to" Psaki) as a man named فضل
    found = actors_json(tmp_path, "كان عنوان «واشنطن بوست» هو «اتفاق تاريخي»، وكتبت شيكاغو "
                        "تريبيون أن واشنطن تدرس. وقال المبعوث الأممي إسماعيل ولد الشيخ أحمد "
                        "التقى خلال زيارته وزير الخارجية. وهكذا، بفضل ساكي، صار الموقع أكثر "
                        "قراءة.\n")
    assert [(a["id"], a["count"]) for a in found["actors"]] == [("washington", 1)]
    names = {c["ar"]: c["en"] for c in found["candidates"]}
    assert names["واشنطن بوست"] == "The Washington Post"
    assert names["شيكاغو تريبيون"] == "Chicago Tribune"
    assert names["إسماعيل ولد الشيخ أحمد"] == "Ismail Ould Sheikh Ahmed"
    assert not any("التقى" in ar or "فضل" in ar for ar in names), names


def test_names_before_a_title_and_after_a_verb_of_saying(tmp_path):
    found = candidates(tmp_path, "يعتقد مارك هيوز مدرب ستوك سيتي أن فريقه لعب جيدا.\n"
                                 "وكشف باناجيوتس لافازانيس، الذي شغل منصب وزير الطاقة، الخطة.\n")
    assert found["مارك هيوز"]["kind"] == "person"
    assert found["ستوك سيتي"]["kind"] == "organisation"
    assert found["باناجيوتس لافازانيس"]["kind"] == "person"
    assert "شغل منصب" not in found and "يعتقد مارك هيوز" not in found


def test_one_known_english_name_is_one_candidate(tmp_path):
    found = candidates(tmp_path, "زار المسؤول اليمن ثم الجمهورية اليمنية، وقال إن المملكة "
                                 "العربية السعودية تدعم المملكة والسعودية.\n")
    # المملكة alone is an anaphor ("the kingdom"), not the name: the annotation's convention
    assert found["المملكة العربية السعودية"]["count"] == 2
    assert found["المملكة العربية السعودية"]["en"] == "Saudi Arabia"
    assert not {"المملكة", "السعودية", "الجمهورية اليمنية"} & set(found)  # Yemen: a registry hit


# Two sentences of SaudiNewsNet (alyaum, http://www.alyaum.com/article/4079512, 2015-07-21),
# CC BY-NC-SA 4.0 (see tests/library/ATTRIBUTION.md); the third line is written for this test.
DRUGS = (
    "وأكد الأمين العام للجنة الوطنية لمكافحة المخدرات خبير الأمم المتحدة عبد الإله بن محمد "
    "الشريف لـ «اليوم» ذلك.\n"
    "ومن بينها وزارة الثقافة والإعلام لمواجهة خطر هذه الآفة.\n"
    "أعلنت الهيئة العامة للسياحة والتراث الوطني أن جامعة الملك سعود ستستضيف المؤتمر.\n"
)


def test_organisations_after_institutional_heads(tmp_path):
    found = candidates(tmp_path, DRUGS)
    expected = {
        "اللجنة الوطنية لمكافحة المخدرات": "National Committee for Combating Narcotics",
        "وزارة الثقافة والإعلام": "Ministry of Culture and Information",
        "الهيئة العامة للسياحة والتراث الوطني": None,
        "جامعة الملك سعود": "King Saud University",
    }
    for ar, en in expected.items():
        assert ar in found, (ar, sorted(found))
        assert found[ar]["kind"] == "organisation"
        if en is not None:
            assert found[ar]["en"] == en
    # A listed body takes its official English name, not the word-by-word one.
    assert found["الهيئة العامة للسياحة والتراث الوطني"]["en"] == (
        "Saudi Commission for Tourism and National Heritage")
    # The name stops before the verb and the clause: no ستستضيف, no لمواجهة, no خبير.
    assert not any(w in name for name in found for w in ("ستستضيف", "لمواجهة", "خبير"))


# Each sentence was written for this test; each holds one shape the finder reads (issue 15,
# second round), and the exact candidate it must give, not a fragment of it.
SHAPES = [
    # names in quotes or brackets after a head or a title
    ("ونشرت صحيفة «لوفيغارو» الفرنسية التقرير.", "صحيفة لوفيغارو", "organisation"),
    ("ورفعت منظمة (غرينبيس) دعوى.", "منظمة غرينبيس", "organisation"),
    ("وقال مدرب الشباب «ماركوس» إن الفريق جاهز.", "ماركوس", "person"),
    ("وسكن في مقاطعة \"ديفون\" سنوات.", "ديفون", "place"),
    # a ل complement after a nisba adjective, after a royal name, after an adjective pair
    ("ونظم الاتحاد السعودي للشطرنج والبولينج البطولة.", "الاتحاد السعودي للشطرنج والبولينج",
     "organisation"),
    ("وأعلنت مؤسسة الملك خالد للتنمية والتطوير النتائج.", "مؤسسة الملك خالد للتنمية والتطوير",
     "organisation"),
    ("وزار وفد من شركة جدة الوطنية للألبان المعرض.", "شركة جدة الوطنية للألبان",
     "organisation"),
    # a proper name of two words, a company's Holding, a verbal noun and its object
    ("ووقعت شركة وارنر ميوزك العقد.", "شركة وارنر ميوزك", "organisation"),
    ("وقال رئيس مجموعة الفلك القابضة إن الأرباح زادت.", "مجموعة الفلك القابضة",
     "organisation"),
    ("بالتعاون مع معهد تأهيل المدربين في جدة.", "معهد تأهيل المدربين", "organisation"),
    # a team or an airline only with a proper name
    ("وتعاقد النادي مع لاعب فريق نجران حتى 2018.", "فريق نجران", "organisation"),
    # a learnt given name, and a learnt family name after an ambiguous given name
    ("وقال عساف الزهراني إن الطريق مغلق.", "عساف الزهراني", "person"),
    ("وحضر الحفل نبيل المهنا وعدد من الحكام.", "نبيل المهنا", "person"),
    # a family name after a nasab chain; بن before a word that is also a known surname
    ("وأوضح الأستاذ خالد بن محمد العمود أن البرنامج بدأ.", "خالد بن محمد العمود", "person"),
    ("وأكد العقيد فهد بن مبارك الحربي أن الحادث وقع ليلا.", "فهد بن مبارك الحربي", "person"),
    # وعبد opens a compound name; a word with tanween or كـ + a title ends a name
    ("واجتمع بالوزير وعبد الرحيم الآنسي أمس.", "عبد الرحيم الآنسي", "person"),
    ("وأشرك المدرب سعيد الغامدي مدافعاً في الشوط الثاني.", "سعيد الغامدي", "person"),
    ("ولعب ماجد عسيري كلاعب وسط.", "ماجد عسيري", "person"),
    # a counterpart is a title: the name after its nationality
    ("والتقى الوزير نظيره المصري سامح شكري في القاهرة.", "سامح شكري", "person"),
    # a part of a continent or country is a place; a part of a city is the city
    ("وانتشر الوباء في شرق أفريقيا سريعا.", "شرق أفريقيا", "place"),
    ("ويسكن في غرب لندن منذ سنوات.", "لندن", "place"),
    ("وهاجم مسلحون منشأة في جنوب الجزائر.", "الجزائر", "place"),
    ("وتقع الشركة في منطقة هامرسميث بلندن.", "هامرسميث", "place"),
    # venues and bodies named after a man, with their adjective or ل complement
    ("وهبطت الطائرة في مطار الملك فهد الدولي فجرا.", "مطار الملك فهد الدولي", "organisation"),
    ("ونقل المصاب إلى مشفى سليمان الحبيب في الرياض.", "مشفى سليمان الحبيب", "organisation"),
    ("وزار الوفد مستشفى الملك فيصل لأمراض القلب أمس.", "مستشفى الملك فيصل لأمراض القلب",
     "organisation"),
    ("وهبطت الطائرة في مطار القاهرة فجرا.", "القاهرة", "place"),
    # و before a name after a title's complement is not part of the name; a Western name
    ("وتشاجر لاعب الهلال ويوسف العتيبي أمس.", "يوسف العتيبي", "person"),
    ("وقالت الممثلة إيما طومسون إن الدور صعب.", "إيما طومسون", "person"),
    # after بن, على is the name علي; a street named after a king is a place, not the king
    ("وأوضح مدير المشروع سعد بن على الدوسري أن العمل بدأ.", "سعد بن على الدوسري", "person"),
    ("وأغلق المرور طريق الملك عبدالله لما حدث.", "طريق الملك عبدالله", "place"),
    # clubs: a name of two words anywhere, of one word after a word of the game, with its head
    ("وتعاقد لاعب الهلال مع ريال مدريد أمس.", "ريال مدريد", "organisation"),
    ("وقال مدرب النصر إن الفريق جاهز.", "النصر", "organisation"),
    ("وانتقل إلى نادي الشباب الموسم الماضي.", "نادي الشباب", "organisation"),
    ("وعبرت السفينة قناة السويس فجرا.", "قناة السويس", "place"),  # a place, not a channel
    # a past verb ends a name
    ("وكان الرئيس عبد ربه منصور هادي انتزعت قواته المدينة.", "عبد ربه منصور هادي", "person"),
    # nothing glued on: و opens the next words, a noun in -ة or ب and a noun is no name word
    ("وقتل من حركة حماس واثنتان من الجهاد.", "حركة حماس", "organisation"),
    ("وسار وزير الدفاع آش كارتر بطول نقطة مراقبة قريبة.", "آش كارتر", "person"),
    ("وأمر الملك سلمان بن عبد العزيز بتشكيل الحكومة.", "سلمان بن عبد العزيز", "person"),
    # a بن chain after a title keeps its family name with the article; a listed name of five
    # words; a club that is no common word and no city needs no cue
    ("وأطاحت الانتفاضة بالرئيس زين العابدين بن علي سريعا.", "زين العابدين بن علي", "person"),
    ("وعقد مجلس التعاون لدول الخليج العربية قمته.", "مجلس التعاون لدول الخليج العربية",
     "organisation"),
    ("وحل الفريق ثانيا خلف تشيلسي البطل.", "تشيلسي", "organisation"),
    ("ونقلت وكالة الأنباء المركزية الرسمية الخبر.", "وكالة الأنباء المركزية", "organisation"),
    # علي after a title is the name; a body named after a man with his nasab
    ("ووافق النادي على انتقال مهاجم الفريق علي مبخوت لمدة عام.", "علي مبخوت", "person"),
    ("وتبنت جماعة عقبة بن نافع الهجوم.", "جماعة عقبة بن نافع", "organisation"),
    # an airline named by its nationality; a university named by its city
    ("ونقلت الخطوط التركية الركاب إلى إسطنبول.", "الخطوط التركية", "organisation"),
    ("وأعلنت جامعة حائل نتائج القبول.", "جامعة حائل", "organisation"),
    # a name ends before a title in the accusative or a verb in the past
    ("وعين الرئيس عبدالعزيز جباري مستشارا له.", "عبدالعزيز جباري", "person"),
    ("ووصف رئيس الحكومة خالد بحاح الوضع بالصعب.", "خالد بحاح", "person"),
    # a list after a comma: و, a name and a learnt family name; علي with ي before a name
    ("وكرم النادي عبدالله الشهري، وشيبان العنزي على جهودهما.", "شيبان العنزي", "person"),
    ("وبين اللجنة من جهة، وعلي أكبر صالحي من جهة أخرى.", "علي أكبر صالحي", "person"),
    ("وأكد البرلمان الإيراني للإعلان عن موقفه.", "البرلمان الإيراني", "organisation"),
    # Western names with a particle; a complement of four letters; a society of two nouns
    ("وقال لوكا دي ميو إن المبيعات تراجعت.", "لوكا دي ميو", "person"),
    ("وأعلن الاتحاد الكويتي لكرة القدم قراره.", "الاتحاد الكويتي لكرة القدم", "organisation"),
    ("ونظمت جمعية الثقافة والفنون أمسية شعرية.", "جمعية الثقافة والفنون", "organisation"),
    ("وفاز نادي حراء بفوز كبير.", "نادي حراء", "organisation"),  # بفوز: no second name word
    # an accusative after a full name, a verb, ل and a noun end it; a family name in -ة after
    # a nasab; a hyphen inside a name; a Latin or listed name before its nationality
    ("وعين المدير إسماعيل كتبي مشرفا على البرنامج.", "إسماعيل كتبي", "person"),
    ("وأصدر الرئيس المعزول محمد مرسي عفوا عن السجناء.", "محمد مرسي", "person"),
    ("منذ عزل الرئيس السابق محمد مرسي المنتمي لجماعة الإخوان.", "محمد مرسي", "person"),
    ("وقال المدرب خالد سعد العربي من جهته إن الفريق جاهز.", "خالد سعد العربي", "person"),
    ("وضم الوفد مدير مكتب عبد الملك الحوثي إلى جانب عضوين.", "عبد الملك الحوثي", "person"),
    ("وأكد هاني حجازي يعد الخطة.", "هاني حجازي", "person"),
    ("وشارك الأمير فيصل بن خالد لاستثمار الفرص.", "فيصل بن خالد", "person"),
    ("وكرم المدير علي بن موسى زعلة أمس.", "علي بن موسى زعلة", "person"),
    ("والتقى الرئيس كيم كي-جونغ في سيول.", "كيم كي-جونغ", "person"),
    ("وافتتحت جامعة نايف العربية للعلوم الأمنية الدورة.",
     "جامعة نايف العربية للعلوم الأمنية", "organisation"),
    # a name unknown as a given name before a learnt tribal family name (women's names)
    ("وقدمت المدربة عالية الغامدي ورشة للخياطة.", "عالية الغامدي", "person"),
    ("وتحدثت ندى الشهراني عن مشروعها.", "ندى الشهراني", "person"),
    # a son named before his father's بن chain; طيران with a nationality
    ("وقال الشاعر لبيد بن ربيعة العامري في معلقته.", "لبيد بن ربيعة العامري", "person"),
    ("وسافر الوفد عبر طيران العربية إلى القاهرة.", "طيران العربية", "organisation"),
    # a list of people after a name, joined by و or a comma
    ("وشارك خالد المطيري وقصي الخيبري في التدريب.", "قصي الخيبري", "person"),
    ("وحضر محمد الشهري، وسلطان القحطاني الاجتماع.", "سلطان القحطاني", "person"),
    # an unnamed man described after a title: the name after him is someone else
    ("واتهم نائب فرنسي معارض ديفيد كاميرون بالإخفاق.", "ديفيد كاميرون", "person"),
    # round 4: a foreign given name (arabic/foreign_given.py) and a surname, with no title
    ("وقال المتحدث باسم الصندوق جيري رايس في بيان إن المحادثات مستمرة.", "جيري رايس",
     "person"),
    ("وحضر المبعوث الروسي للشرق الأوسط ميخائيل بوجدانوف اللقاء.", "ميخائيل بوجدانوف", "person"),
    ("ونفى ماركوس بيكيدال مشغل الموقع التهمة.", "ماركوس بيكيدال", "person"),
    # round 4: names after a title that the title rules cut short
    ("وقال اللواء علي العزازي إن الوضع هادئ.", "علي العزازي", "person"),
    ("ثم ألقى الدكتور مساعد الشراري كلمة.", "مساعد الشراري", "person"),
    ("وأقام المدرب حسين الحسنية دورة تدريبية.", "حسين الحسنية", "person"),
    ("وحضر الشيخ صالح بن عبدالعزيز آل الشيخ الحفل.", "صالح بن عبدالعزيز آل الشيخ", "person"),
    ("وقالت الدكتورة نهى بكر إن الانتخابات نزيهة.", "نهى بكر", "person"),
    # round 4: a foreign company's name of three or four rare words
    ("واستحوذت مجموعة بوكوم انترناشيونال هولدينغز على حصة.",
     "مجموعة بوكوم انترناشيونال هولدينغز", "organisation"),
    # round 4: a known surname alone after a title is the man (not a given name alone)
    ("وقال الرئيس الأمريكي أوباما إن الاتفاق جيد.", "أوباما", "person"),
    # round 4: a foreign region's name after ولاية, in -ي or of two rare words
    ("واندلعت اشتباكات في ولاية جونقلي أمس.", "جونقلي", "place"),
    ("وولدت في ولاية نورث داكوتا الأمريكية.", "نورث داكوتا", "place"),
    ("وقع الهجوم في إقليم شرناق بجنوب البلاد.", "شرناق", "place"),
    # round 4: a body named by a genitive and an adjective, or by an article head and one
    ("وقال رئيس جهاز الأمن القومي إن الوضع مستقر.", "جهاز الأمن القومي", "organisation"),
    ("واشتبكت قوات الدفاع الوطني مع المسلحين.", "قوات الدفاع الوطني", "organisation"),
    ("وسيطرت المقاومة الشعبية على المدينة.", "المقاومة الشعبية", "organisation"),
    ("وأعدت المقاومة الشعبية لتجهيز المقاتلين خطة.", "المقاومة الشعبية", "organisation"),
    ("وقالت حركة المقاومة الشعبية في بيان إن القتال توقف.", "حركة المقاومة الشعبية",
     "organisation"),
    ("وأعلن المرصد السوري لحقوق الإنسان أن القصف استمر.", "المرصد السوري لحقوق الإنسان",
     "organisation"),
    ("واعتقل قادة الحزب الشيوعي في المدينة.", "الحزب الشيوعي", "organisation"),
    ("وتبرعت جمعية الأطفال المعوقين بالأجهزة.", "جمعية الأطفال المعوقين", "organisation"),
    ("وذكرت مجلة «أوتوموتيف نيوز» أن المبيعات زادت.", "مجلة أوتوموتيف نيوز", "organisation"),
    # round 5: Arab given names the learnt table misses (arabic/arab_given.py)
    ("وتحدثت مشرفة التوجيه هيلة الجطيلي عن البرنامج.", "هيلة الجطيلي", "person"),
    ("وقالت السفيرة رغد الشويهى إنها فخورة.", "رغد الشويهى", "person"),
    ("وشارك لطفي العمري في الندوة.", "لطفي العمري", "person"),
    # round 5: a surname that opens with و, a family name in -ة after a title
    ("وقال الدكتور مصطفى وزيري المدير العام للآثار إن العمل مستمر.", "مصطفى وزيري", "person"),
    ("وكتب حاكم الولاية سكوت ووكر على موقعه.", "سكوت ووكر", "person"),
    ("وقال الدكتور فايز الطراونة إن الزيارة مهمة.", "فايز الطراونة", "person"),
    # round 5: a newspaper whose name is a common word, in quotes or in a dateline
    ('وقال مصدر لـ"الوطن" إن القرار صدر.', "الوطن", "organisation"),
    ("وعلمت «الشرق الأوسط» أن الإدارة تدرس العرض.", "الشرق الأوسط", "organisation"),
    ("فهد كاملي- سبق- جازان: أنقذت فرق الدفاع المدني محتجزين.", "سبق", "organisation"),
    ("وشدد البقعاوي حسبما نقلت عنه صحيفة «الرياض» على الأمر.", "صحيفة الرياض", "organisation"),
    ("وسافر الوفد إلى الرياض اليوم.", "الرياض", "place"),  # unquoted: the city
    # round 5: a country that is also an adjective, after a verb and its object pronoun
    ("وتشارك مصر في تحالف تقوده السعودية ضد المتمردين.", "السعودية", "place"),
    # round 5: a state's institution by a common noun and the state's nisba
    ("وأعلنت الجمارك الصينية أمس أن الفائض ارتفع.", "الجمارك الصينية", "organisation"),
    ("وقالت القوات الجوية الأميركية إن الصور حقيقية.", "القوات الجوية الأميركية", "organisation"),
    ("واعتبرتها المعارضة والكنيسة الكاثوليكية مخالفة.", "الكنيسة الكاثوليكية", "organisation"),
]


@pytest.mark.parametrize(("text", "ar", "kind"), SHAPES, ids=[s[1] for s in SHAPES])
def test_shapes_read_whole(tmp_path, text, ar, kind):
    found = candidates(tmp_path, text)
    assert ar in found, sorted(found)
    assert found[ar]["kind"] == kind
    # never a fragment beside it: no other candidate overlaps the name's words
    words = set(ar.split())
    assert not [other for other in found if other != ar and words & set(other.split())
                and other not in ("الشباب",)], sorted(found)


@pytest.mark.parametrize("text", [
    "وقالت شركة تسويق إن الأسعار ارتفعت.",       # a verbal noun alone: marketing, not a name
    "وتعمل غرفة عمليات على مدار الساعة.",        # a plural noun after a head
    "وأدى الانقسام إلى خسائر.",                  # أدى is no Eddie
    "ووصلت إلى منطقة عازلة قرب الحدود.",         # an adjective after منطقة
    "وطالب الثنائي بالاعتذار عن الدخول.",          # و and a verb, not a listed name
    "وفاز الهلال على ضيفه بهدفين.",               # the crescent: no word of the game before it
    "وطالب زعيم المتمردين بسحب قيادات الجيش.",      # a verbal noun after a title
    "وقصفت الطائرات مدرجا في القاعدة الجوية.",      # an air base, not al-Qaeda
    "وسافر للقتال الدائر هناك دون إذن ولي الأمر.",   # ولي الأمر is a guardian, no title
    "وعرفت عنه باسم إيه فقط.",                     # إيه is no آية (الله)
    "وقال المدرب سنثبت جدارتنا في المباراة.",        # a verb in the future after a title
    "ووجه وزير الخارجية (الروسي) الدعوة للحركة.",     # an adjective in brackets
    "وتحمي الأمانة الغذاء المقدم لسكان المدينة.",      # المقدم: presented, not the rank
    "ويسلك المواطن خط رحلته عبر المحطات.",            # a weak title wants a given name
    "وهاجمت القوات الموقع وصد نافع الهجوم.",         # a given name and a noun: no name
    "وقالت الشركة المالية إن الأرباح زادت.",          # the article's company, not a name
    "وأعلنت الشركة الكورية خطتها.",
    "ونشرت الخبر عبر تويتر وسناب شات.",              # websites are no names
    "ونقل الضويلع لهم تحيات الوزير.",                # و and a verb before a surname
    "وقال رئيس مجلس الإدارة إن الأرباح زادت.",        # every company's board: no name
    "وقال مدير العيادة عبدالعزيز إن المرضى بخير.",     # a given name alone: no name
    "وأكد المدرب مبارك أن الفريق جاهز.",              # a known name alone, even a surname
    "فان مشاورات تجري بين الطرفين.",                  # فان: so that, not van
    "وافتتح المعرض بحضور عدد من المسؤولين.",          # ب and a verbal noun
    "وزار الوفد السفارة الأمريكية أمس.",              # the article's embassy
    "وناقش المجلس البلدي الخطة.",                     # every town's council
    "وأشاد القحطاني بالجهود المبذولة.",               # a verb before a surname
    "وقال اللاعب أنا رهن إشارة النادي.",              # a pronoun after a title
    "وقالت الشركة البريطانية الهولندية إن الصفقة تمت.",  # the article's company
    "وقصفت طائرات طيران التحالف المواقع.",            # aviation, not an airline
    "ويرفع الحساب في شرطة أبيض إلى الإدارة.",         # an adjective after a head
    "وبذلوا أكبر قدر ممكن من الجهد.",                # أكبر goes on a name, opens none
    "وقال مسؤول إن وزير الخارجية الروسي سيرجي لافروف اجتمع مع الوفد.",  # the registry's
    "وانتشرت قوات الأمن في الشوارع.",                 # forces with no adjective of a name
    "ووقف اللواء على الحدود ساعة.",                    # على, not علي, before a common noun
    "وتلقت غرفة العمليات بلاغا صباح اليوم.",            # every emergency service's room
    "وشكلت هيئة محلفين للنظر في القضية.",               # a jury: a plural noun after a head
    "ووقع المساعد على العقد أمس.",
    "وأصدرت الوزارة بيان صدر عنها أمس.",              # يان in بيان is no given name
    "ووصلها الأطباء بجهاز التنفس الاصطناعي.",          # a device
    "وغير الطريق حركة التجارة العالمية.",               # trade moving, not a movement
    "وقال إن الحزب اليساري الراديكالي فاز.",             # a party described, not named

    "وكان الإنجاز كبيرا إذا ما قيس بحجم الدمار.",       # قيس: measured, not Qais
    "وقال وزير الخارجية السعودي إن الموقف ثابت.",      # the minister's nisba, not a ministry
    # round 5 review: و and a noun with "my" is no surname; a noun's possessive is no verb;
    # a word in brackets or between dashes outside a dateline is no outlet
    "قال أحمد وزملائي إن العمل مستمر.",
    "جاء خالد وصديقي إلى الحفل.",
    "وصل فهد وعائلتي إلى المطار.",
    "زار محمد ووزيري المدينة.",
    "نقلت الشركة تجربتها السعودية إلى الخارج.",
    "صدر القرار (اليوم) عن المجلس.",
    "وأضاف أحمد - المواطن - أنه لم يتلق ردا.",
])
def test_no_name_in(tmp_path, text):
    assert candidates(tmp_path, text) == {}


def test_one_name_spelt_two_ways_is_one_candidate(tmp_path):
    text = ("وأطلقت مؤسسة الملك عبدالعزيز للموهبة والإبداع برنامجا جديدا.\n"
            "وقال مسؤول في مؤسسة الملك عبد العزيز إن البرنامج مجاني.\n")
    found = candidates(tmp_path, text)
    assert list(found) == ["مؤسسة الملك عبدالعزيز للموهبة والإبداع"], sorted(found)
    assert found["مؤسسة الملك عبدالعزيز للموهبة والإبداع"]["count"] == 2


@pytest.mark.parametrize(("text", "ar", "en"), [
    ("وقال مجلس التنمية السياحية إن الموسم بدأ.", "مجلس التنمية السياحية",
     "Tourism Development Council"),                    # nouns before the head in English
    ("وأعلنت وزارة الصحة أن الحالات تراجعت.", "وزارة الصحة", "Ministry of Health"),
])
def test_english_of_organisations(tmp_path, text, ar, en):
    assert candidates(tmp_path, text)[ar]["en"] == en


def test_a_quoted_name_is_never_read_as_a_complement(tmp_path):
    found = candidates(tmp_path, "ونشرت صحيفة «ذا لانسيت» المقال.")
    assert " for " not in found["صحيفة ذا لانسيت"]["en"]  # لانسيت: a name, not ل + انسيت


def test_foreign_ch():
    assert romanize_name("تشارلز")[0].startswith("Ch")


def test_a_father_and_a_group_are_not_folded_into_a_man(tmp_path):
    text = ("وأمر الملك سلمان بن عبد العزيز بتشكيل الحكومة.\n"
            "واستقبل الأمير محمد بن سلمان بن عبد العزيز الوفد.\n"
            "وقال زعيم الجماعة عبدالملك الحوثي إن جماعة الحوثي لن تنسحب وإن مليشيات الحوثي باقية.\n"
            "وكرر الحوثي تهديده.\n")
    found = candidates(tmp_path, text)
    assert found["سلمان بن عبد العزيز"]["count"] == 1          # the father, on his own
    assert found["محمد بن سلمان بن عبد العزيز"]["count"] == 1
    houthi = found["عبدالملك الحوثي"]
    assert houthi["count"] == 2  # the group named twice in p3 is left out
    assert houthi["paragraphs"] == ["article#p3", "article#p4"]


def test_a_place_with_and_without_its_kind_is_one_candidate(tmp_path):
    text = ("وقصفت الطائرات قطاع غزة أمس.\nوقال سكان في غزة إن القصف استمر.\n"
            "ولعب نادي برشلونة أمس.\nوفاز برشلونة بهدفين.\n")
    found = candidates(tmp_path, text)
    assert found["قطاع غزة"]["count"] == 2 and "غزة" not in found, sorted(found)
    assert found["نادي برشلونة"]["count"] == 2 and "برشلونة" not in found, sorted(found)


def test_a_company_named_with_and_without_its_head_is_one(tmp_path):
    found = candidates(tmp_path, "وقالت شركة أمازون إن المبيعات زادت.\nوأعلنت أمازون خطة.\n")
    assert found["شركة أمازون"]["en"] == "Amazon" and found["شركة أمازون"]["count"] == 2
    assert "أمازون" not in found


def test_invisible_marks_inside_a_name_and_latin_names(tmp_path):
    found = candidates(tmp_path, "وقال مح\u200dمد العتيبي إن الأمر انتهى.\n"
                                 "وقال الوزير خالد\u200f بن سلطان الحربي إن الخطة جاهزة.\n"
                                 "وقال الرئيس Joe Biden إن الاتفاق قريب.\n")
    assert "محمد العتيبي" in found and "خالد بن سلطان الحربي" in found, sorted(found)
    assert found["Joe Biden"]["en"] == "Joe Biden" and found["Joe Biden"]["guess"] is False


def test_the_learnt_name_tables_load_whole():
    from briefgen.arabic.romanize import _learnt, learnt_bodies, normalize

    given, family = _learnt("given_names.tsv"), _learnt("family_names.tsv")
    for table, name in ((given, "given_names.tsv"), (family, "family_names.tsv")):
        rows = (ROOT / "src/briefgen/arabic/data" / name).read_text(encoding="utf-8").splitlines()
        words = {normalize(row.split("\t")[0]) for row in rows if row and not row.startswith("#")}
        assert len(table) == len(words) > 200  # every row, spellings that normalize alike as one
    assert all(0 < share <= 1 and article >= 0 for share, article in given.values())
    assert given["هشام"][1] == 0  # never written with the article: a name, not a word
    assert all(0.3 <= share <= 1 for share, _ in family.values())
    common = _learnt("common_words.tsv")
    assert len(common) > 5000 and all(0 <= share < 0.2 for share, _ in common.values())
    assert "المشروع" in common and "الكريع" not in common  # a noun; a name met twice
    bare = _learnt("common_bare_words.tsv")
    assert len(bare) > 5000 and all(0 <= share < 0.06 for share, _ in bare.values())
    assert "قام" in bare and "مرسي" not in bare and "سيلفا" not in bare  # a verb; two names
    towns = _learnt("towns.tsv")
    assert len(towns) > 200 and all(0.2 <= share <= 1 for share, _ in towns.values())
    assert "صامطه" in towns and "محمد" not in towns  # a town of Jazan; a name
    bodies, starts = learnt_bodies()  # folded: ه for ة, ا for أ
    assert len(bodies) > 150 and all(len(name.split()) >= 3 for name in bodies)
    assert "وزاره الشؤون الاسلاميه والاوقاف والدعوه والارشاد" in bodies
    assert "وزاره الشؤون الاسلاميه" in starts and "وزاره الشؤون الاسلاميه" not in bodies
    # A man named after a body, or a second body after و, is no part of its name.
    assert not any(" الدكتور " in f" {name} " or " والرئيس " in f" {name} " for name in bodies)
    assert not any(word.startswith("الدكتور") and word != "الدكتور"  # الدكتورعبدالله: glued
                   or word == "الامير" and name.startswith("ال")  # رئيس النادي الأمير فيصل
                   for name in bodies for word in name.split())


def test_a_body_s_long_name_is_read_to_its_end_where_the_corpus_writes_it_whole(tmp_path):
    # (مؤسسة الملك عبدالله بن عبدالعزيز العالمية للأعمال الإنسانية left the table when round 25's
    # slices were left out of the mining: fewer than five articles write it whole now.)
    cases = (("اختتم فرع وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد في منطقة الباحة أمس.",
              "وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد"),
             ("يرافقها فريق إغاثي من مركز الملك سلمان للإغاثة والأعمال الإنسانية. وأوضح",
              "مركز الملك سلمان للإغاثة والأعمال الإنسانية"),
             # Where the text stops short of the learnt name, the finder's own reading stands.
             ("وقال مدير فرع وزارة الشؤون الإسلامية بالمنطقة إن الفرع يعمل.",
              "وزارة الشؤون الإسلامية"))
    for text, body in cases:
        found = [ar for ar, c in candidates(tmp_path, text).items()
                 if c["kind"] == "organisation"]
        assert found == [body], text


@pytest.mark.parametrize(("table", "text", "message"), [
    ("given_names.tsv", "# header\nمحمد\t5\t0\n", r"given_names.tsv:2: .* damaged"),
    ("common_bare_words.tsv", "# word\tcounts; 0 rows\n", r"common_bare_words.tsv: .* cut short"),
])
def test_a_damaged_or_emptied_name_table_is_named(monkeypatch, tmp_path, table, text, message):
    from briefgen.arabic import romanize
    from briefgen.errors import BriefgenError

    data = tmp_path / "data"
    data.mkdir()
    (data / table).write_text(text, "utf-8")
    monkeypatch.setattr(romanize.resources, "files", lambda _: tmp_path)
    romanize._learnt.cache_clear()
    try:
        with pytest.raises(BriefgenError, match=message):
            romanize._learnt(table)
    finally:
        romanize._learnt.cache_clear()


def test_a_mark_or_an_invisible_mark_alone_is_no_word(tmp_path):
    found = candidates(tmp_path, "وقال \u200f محمد العتيبي \u200f إن الأمر انتهى. \u064b\n")
    assert list(found) == ["محمد العتيبي"]


def test_a_man_named_by_his_given_and_family_name_is_the_fuller_one(tmp_path):
    found = candidates(tmp_path, "وكرم النادي عبدالعزيز بن عبدالرحمن الشعيل أمس.\n"
                                 "وقال عبدالعزيز الشعيل إن التكريم مستحق.\n")
    assert found["عبدالعزيز بن عبدالرحمن الشعيل"]["count"] == 2, sorted(found)
    assert "عبدالعزيز الشعيل" not in found


@pytest.mark.parametrize("text", [
    "وتقع مدينة الملك عبدالله الاقتصادية شمال جدة.",  # it raised KeyError: مدينه
    "ويسكن في حي الأمير سلطان منذ سنوات.",
    "وزار قرية الشيخ زايد أمس.",
])
def test_a_region_named_after_a_king_or_prince(tmp_path, text):
    found = candidates(tmp_path, text)
    assert any(c["kind"] == "place" for c in found.values()), found


def test_a_club_whose_name_is_a_common_word_in_a_match_report(tmp_path):
    report = ("وفاز الهلال على النصر بهدفين في مباراة الدوري أمس.\n"
              "وسجل اللاعب الهدف الأول في الشوط الثاني، وأنقذ الحارس ركلة جزاء.\n"
              "وقدم الاتحاد السعودي لكرة القدم التهنئة للفريق.\n")
    found = candidates(tmp_path, report)
    assert {"الهلال", "النصر", "الاتحاد السعودي لكرة القدم"} <= set(found), sorted(found)
    news = "وظهر الهلال في السماء إيذانا بنهاية الشهر.\nوقال النصر قريب.\n"
    assert not {"الهلال", "النصر"} & set(candidates(tmp_path, news))  # no words of the game


def test_a_rare_word_after_a_given_name_is_a_family_name_and_a_common_one_is_not(tmp_path):
    # Written for this test: a family name no table has met, after a role and a comma.
    found = candidates(tmp_path, "وبين المتحدث الرسمي بصحة الجوف، فهد الكريع، أن الحريق صغير.\n"
                                 "وافتتح الأمير فيصل بن سلمان المشروع أمس.\n"
                                 "والتقى رئيس مؤتمر الرؤساء الجديد الوفد.\n")
    assert found["فهد الكريع"]["kind"] == "person", sorted(found)
    assert "فيصل بن سلمان" in found and "فيصل بن سلمان المشروع" not in found, sorted(found)
    assert not [ar for ar in found if "مؤتمر" in ar], sorted(found)  # a noun phrase


def test_natural_features_with_their_heads_and_two_places_after_a_dual(tmp_path):
    # Written for this test in the style of wire reports.
    found = candidates(tmp_path, "وأغلق المطار في جزيرة بالي بسبب البركان.\n"
                                 "وجفت مياه بحيرة تشاد في شمال شرقي نيجيريا.\n"
                                 "وأقيم السباق بين مدينتي سان موريتز ولوزان.\n"
                                 "وأغلق مطاران في جزيرتي جمبر وبانيوانغي.\n"
                                 "ورسا القارب قرب جزيرة صغيرة، وشعر بنهر الحياة.\n")
    assert found["جزيرة بالي"]["en"] == "Bali Island", sorted(found)
    assert found["بحيرة تشاد"]["en"] == "Lake Chad" and "تشاد" not in found  # not the country
    for place in ("سان موريتز", "لوزان", "جمبر", "بانيوانغي"):
        assert found[place]["kind"] == "place", sorted(found)
    assert not [ar for ar in found if "صغيرة" in ar or "الحياة" in ar], sorted(found)


def test_words_before_a_title_are_a_name_only_when_they_can_be_one(tmp_path):
    found = candidates(tmp_path, "وقال رامون دياز مدرب باراغواي إن فريقه جاهز.\n"
                                 "وعلى صعيد متصل أشرف مساعد مدرب الفريق على التمرين.\n"
                                 "وبقي الأمر معلقا إلى حين انتخاب رئيس للنادي.\n")
    assert found["رامون دياز"]["kind"] == "person", sorted(found)
    assert not [ar for ar in found if "صعيد" in ar or "انتخاب" in ar], sorted(found)


def test_foreign_players_after_a_nationality_or_an_owned_role(tmp_path):
    # Written for this test in the style of sports pages.
    found = candidates(tmp_path, "وفسخ النادي عقد مهاجمه البرازيلي سيسيرو بالتراضي.\n"
                                 "وأكد السويسري غروس مدرب الفريق أنه جاهز.\n"
                                 "وتعاقد مع الكاميروني صامويل إيتو والإيطالي فابيو كانافارو.\n"
                                 "وقالت إن دولنا العربية تتردد في الاستثمار.\n"
                                 "وأكد الدكتور عبدالله الشدادي أن الخطة جاهزة.\n")
    for person in ("سيسيرو", "غروس", "فابيو كانافارو", "صامويل إيتو", "عبدالله الشدادي"):
        assert found[person]["kind"] == "person", sorted(found)
    assert not [ar for ar in found if "تتردد" in ar], sorted(found)  # an adjective, a verb


def test_a_local_body_keeps_its_seat_after_ba(tmp_path):
    # Written for this test in the style of Saudi regional news.
    found = candidates(tmp_path, "وأوضحت مديرية الدفاع المدني بجازان أن الحريق محدود.\n"
                                 "وزار الوفد الغرفة التجارية الصناعية بمكة المكرمة أمس.\n"
                                 "وقالت اللجنة الإعلامية للانتخابات البلدية بمنطقة الجوف إن.\n"
                                 "وقالت وزارة الشؤون الإسلامية بالدمام إن الخطة جاهزة.\n")
    for body in ("مديرية الدفاع المدني بجازان", "الغرفة التجارية الصناعية بمكة المكرمة",
                 "اللجنة الإعلامية للانتخابات البلدية بمنطقة الجوف"):
        assert found[body]["kind"] == "organisation", sorted(found)
    assert found["مديرية الدفاع المدني بجازان"]["en"].endswith(" in Jazan")
    assert "وزارة الشؤون الإسلامية" in found and "الدمام" in found  # a ministry is no branch


def test_a_compound_name_in_allah_and_a_common_noun_after_a_name(tmp_path):
    found = candidates(tmp_path, "وقال إبراهيم غرم الله إن الخطة جاهزة.\n"
                                 "وقال عبد الله ذات مرة إن الصبر مفتاح.\n")
    assert found["إبراهيم غرم الله"]["kind"] == "person", sorted(found)
    assert not [ar for ar in found if "ذات" in ar], sorted(found)


def test_offices_municipalities_and_a_nationality_after_a_name(tmp_path):
    # Written for this test in the style of wire reports.
    found = candidates(tmp_path, "وقال المكتب الوطني للإحصاءات إن النمو تباطأ.\n"
                                 "وأعلنت أمانة عسير أن المشروع اكتمل.\n"
                                 "وذكرت وكالة دوغان التركية أن الحادث وقع ليلا.\n"
                                 "وأعلن البريد السعودي خدمة جديدة.\n"
                                 "وأرسل السيرة إلى البريد الإلكتروني.\n"
                                 "وراجع مكتب عمل والمكتب التنفيذي.\n"
                                 "وقالت أمانة اللجنة إن الموعد تأجل.\n")
    for body in ("المكتب الوطني للإحصاءات", "أمانة عسير", "وكالة دوغان", "البريد السعودي"):
        assert found[body]["kind"] == "organisation", sorted(found)
    assert not [ar for ar in found if ar.startswith((
        "البريد الإلكتروني", "مكتب عمل", "المكتب التنفيذي", "أمانة اللجنة", "وكالة دوغان التركية"))]


def test_a_long_chain_of_feature_heads_is_read_without_recursion(tmp_path):
    found = candidates(tmp_path, "بركان " + "جبل " * 3000 + "رونغ.\n")
    assert all(c["kind"] == "place" for c in found.values()), sorted(found)


def test_one_word_clubs_on_a_sports_page_but_not_a_body_s_seat_or_a_common_word(tmp_path):
    # Written for this test: a sports page (words of the game) naming clubs by one word.
    found = candidates(tmp_path, "تلقى لخويا ضربة قوية قبل مواجهته الهلال في ذهاب ربع نهائي "
                                 "دوري أبطال آسيا، بعد إصابة المدافع الإسباني.\n"
                                 "وفسخ الغرافة عقد المهاجم، وأكد اللاعبين جاهزية الأندية.\n"
                                 "وقالت الهيئة العامة للشباب والرياضة إن المباريات تقام.\n"
                                 "ويعد اللاعب أحد أبرز المدافعين بعد الاتفاق مع إدارة النادي.\n")
    assert found["الهلال"]["kind"] == "organisation", sorted(found)
    assert found["الغرافة"]["kind"] == "organisation", sorted(found)
    assert "الهيئة العامة للشباب والرياضة" in found and "الشباب" not in found, sorted(found)
    assert "أحد" not in found and "الاتفاق" not in found, sorted(found)


@pytest.mark.parametrize(("make", "message"), [
    (lambda path: path.write_text("# header; 3 rows\nالمشروع\t1\t2255\n", "utf-8"),
     r"cut short or damaged \(1 rows, its header says 3\)"),        # a table cut short
    (lambda path: path.write_text("# header\nالمشروع\t1\t2255\n", "utf-8"),
     r"cut short or damaged"),                                        # no count at all
    (lambda path: path.write_text("# header; 1 rows\nالكلمة\t²\t³\n", "utf-8"),
     r"common_words.tsv:2: .* damaged"),                              # not a decimal count
    (lambda path: path.symlink_to("/dev/zero"), r"not a regular file"),  # would never end
    (lambda path: os.mkfifo(path), r"not a regular file"),               # would block
])
def test_a_damaged_or_hostile_table_is_refused_with_its_name(monkeypatch, tmp_path, make,
                                                               message):
    from briefgen.arabic import romanize
    from briefgen.errors import BriefgenError

    data = tmp_path / "data"
    data.mkdir()
    make(data / "common_words.tsv")
    monkeypatch.setattr(romanize.resources, "files", lambda _: tmp_path)
    romanize._learnt.cache_clear()
    try:
        with pytest.raises(BriefgenError, match=message):
            romanize._learnt("common_words.tsv")
    finally:
        romanize._learnt.cache_clear()


def _miner():
    """scripts/mine-given-names as a module (its file name has no .py)."""
    import importlib.machinery
    import importlib.util

    loader = importlib.machinery.SourceFileLoader("mine", str(ROOT / "scripts" /
                                                             "mine-given-names"))
    spec = importlib.util.spec_from_loader("mine", loader)
    assert spec is not None
    mine = importlib.util.module_from_spec(spec)
    loader.exec_module(mine)
    return mine


def test_the_miner_keeps_the_tables_when_a_corpus_gives_far_fewer_words(monkeypatch, tmp_path,
                                                                          capsys):
    import sys

    mine = _miner()
    names = ("given_names.tsv", "family_names.tsv", "common_words.tsv", "common_bare_words.tsv",
             "towns.tsv")
    for name in names:
        (tmp_path / name).write_text("".join(f"w{i}\t1\t2\n" for i in range(1000)), "utf-8")
    corpus = tmp_path / "part.jsonl.gz"
    corpus.write_bytes(b"")
    small = {name: "# header; 300 rows\n" + "".join(f"w{i}\t1\t2\n" for i in range(300))
             for name in names}
    monkeypatch.setattr(mine, "DATA", tmp_path)
    monkeypatch.setattr(mine, "ROOT", tmp_path.parent)
    monkeypatch.setattr(mine, "learn", lambda _: small)
    monkeypatch.setattr(sys, "argv", ["mine-given-names", str(corpus)])
    monkeypatch.setattr(mine, "DISTINCT", set(range(10)))  # a few articles pasted over and over
    assert mine.main() == 2
    assert "10 different articles" in capsys.readouterr().err
    monkeypatch.setattr(mine, "DISTINCT", set(range(9000)))
    assert mine.main() == 2
    assert "far fewer words" in capsys.readouterr().err
    assert all((tmp_path / n).read_text("utf-8").count("\n") == 1000 for n in names)
    monkeypatch.setattr(mine, "learn", lambda _: {n: "# h\n" + "".join(
        f"w{i}\t1\t2\n" for i in range(1000)) for n in names})
    monkeypatch.setattr(mine, "LINES", [31_026])  # a line added: the gold slices shift
    assert mine.main() == 2
    assert "31,026 lines, SaudiNewsNet 31,025" in capsys.readouterr().err
    assert all((tmp_path / n).read_text("utf-8").count("\n") == 1000 for n in names)
    monkeypatch.setattr(mine, "learn", lambda _: small)
    monkeypatch.setattr(sys, "argv", ["mine-given-names", str(corpus), "--force"])
    assert mine.main() == 0
    assert all((tmp_path / n).read_text("utf-8") == small[n] for n in names)


def test_blessings_verbs_and_offices_found_by_the_hostile_review(tmp_path):
    # The shapes of corpus sentences the review found read wrongly; written for this test.
    found = candidates(tmp_path, "قال رسول الله محمد صلى الله عليه وسلم إن الدين يسر.\n"
                                 "وبخصوص اللاعب الآسيوي اقتربت إدارة النادي من الحسم.\n"
                                 "وقال الشيخ مهنا بن عبدالرحمن بن مهنا أبا الخيل إن.\n"
                                 "وتعيش قبائل تركمان صحراء تعتبرها مناطق ملتهبة.\n"
                                 "وراجع مكتب الوزير ومكتب المبيعات.\n")
    assert "مهنا بن عبدالرحمن بن مهنا أبا الخيل" in found, sorted(found)
    assert not [ar for ar in found if any(w in ar for w in ("صلى", "اقتربت", "تعتبرها",
                                                            "الوزير", "المبيعات"))]


def test_actors_add_says_how_to_add_a_missed_name_and_when_its_kind_is_a_default(project):
    result = run_in(project, "actors", "add", "مجموعة اليورو", "--id", "eurogroup",
                    "--source", str(project / "new.txt"))
    assert result.exit_code == 2 and "leave out --source and give --kind" in result.output
    result = run_in(project, "actors", "add", "مجموعة اليورو", "--id", "eurogroup")
    assert result.exit_code == 0, result.output  # its head says it: an organisation
    assert ", organisation) to" in result.output and "by default" not in result.output
    result = run_in(project, "actors", "add", "سعد المخرج", "--id", "saad")
    assert result.exit_code == 0, result.output
    assert "kind 'person' taken by default" in result.output and "--kind" in result.output
    result = run_in(project, "actors", "add", "مارك روته", "--id", "rutte", "--kind", "person")
    assert result.exit_code == 0 and "by default" not in result.output


def test_a_list_of_people_goes_on_through_rare_family_names(tmp_path):
    # Written for this test in the style of a squad list.
    found = candidates(tmp_path, "وأبلغت الإدارة المهاجمين فواز تركستاني وعادل المشيط بالقرار.\n"
                                 "والحارس داوود السعيد وفيصل مسرحي ومحمود الصايغ.\n"
                                 "وبطولة الفنان أحمد عز وكلمات مجدي عز الدين.\n")
    for person in ("عادل المشيط", "فيصل مسرحي", "محمود الصايغ", "أحمد عز"):
        assert found[person]["kind"] == "person", sorted(found)


def test_a_name_in_ba_la_or_ka_after_wa_is_read_whole(tmp_path):
    # و then بلجيكا, لبنان, كرواتيا: the و alone is the particle, not و and ب/ل/ك
    found = candidates(tmp_path, "وتأهلت ألمانيا وبلجيكا وهولندا وكرواتيا إلى النهائيات.\n"
                                 "وسنواصل دعم الشعوب في فلسطين ولبنان والعراق.\n")
    for place in ("بلجيكا", "كرواتيا", "لبنان"):
        assert found[place]["kind"] == "place", sorted(found)


def test_a_foreign_given_name_in_alif_before_a_surname(tmp_path):
    found = candidates(tmp_path, "وكان رئيس الوزراء الهندي نارندرا مودي في زيارة.\n"
                                 "وقال المدرب حاليا إن الفريق جاهز، وحوكم رئيس تحريرها منصور "
                                 "الجمري.\n")
    assert found["نارندرا مودي"]["kind"] == "person", sorted(found)
    assert "منصور الجمري" in found, sorted(found)
    assert not [ar for ar in found if "حاليا" in ar or "تحريرها" in ar], sorted(found)


def test_an_outlets_link_line_names_no_actor_even_run_on(tmp_path):
    # the outlet's link line repeats the headline; pasted text may run it on after the last
    # sentence of the article, on the same line
    text = ("وقال الدكتور فايز الطراونة إن الزيارة مهمة. رابط الخبر بصحيفة الوئام: "
            "الأمير خالد الفيصل يزور جدة\n")
    found = candidates(tmp_path, text)
    assert "فايز الطراونة" in found
    assert not [ar for ar in found if "الوئام" in ar or "الفيصل" in ar], sorted(found)


def test_an_outlets_link_line_counts_no_registry_actor(tmp_path):
    # nor a registry actor's mention (the first new-user review of round 30: Washington in
    # the headline only, ISIS counted in its paragraph)
    path = tmp_path / "article.txt"
    path.write_text("وقالت الشرطة إن نسرين سلمت إلى السلطات في أربيل بعد مقتل زوجها في "
                    "عملية ضد تنظيم داعش.\n\nرابط الخبر بصحيفة الوئام: واشنطن تسلم أرملة "
                    "زعيم في تنظيم داعش\n", "utf-8")
    result = CliRunner().invoke(cli, ["--project", str(ROOT), "actors", str(path), "--json"])
    assert result.exit_code == 0, result.output
    actors = {a["id"]: a for a in json.loads(result.output)}
    assert "washington" not in actors, sorted(actors)
    assert actors["isis"]["count"] == 1, actors
    assert actors["isis"]["paragraphs"] == ["article#p1"], actors


def test_a_speaker_between_a_verb_of_saying_and_what_was_said(tmp_path):
    # Written for this test in the style of wire copy: the speaker's surname is shaped like a
    # verb (يلين) or opens with و (والتون), and only its place says it is a name.
    found = candidates(tmp_path, "وأكدت جانيت يلين رئيسة المجلس أن الفائدة ثابتة.\n"
                                 "وقال ريتشارد والتون إن التحقيق مستمر.\n"
                                 "وقال أحمد وعلي إن العمل مستمر.\n"
                                 "وأشار إلى أن البرازيلي لوكاس سيلفا بات قريبا من الرحيل.\n")
    for person in ("جانيت يلين", "ريتشارد والتون", "لوكاس سيلفا"):
        assert found[person]["kind"] == "person", sorted(found)
    assert not [ar for ar in found if "وعلي" in ar], sorted(found)  # two men


def test_a_given_name_in_al_din_a_second_nisba_and_a_club_in_a_description(tmp_path):
    found = candidates(tmp_path, "وأعلن أن نائبه محيي الدين ياسين، الذي انتقده، أقيل.\n"
                                 "ودعا السيد علي الحسيني السيستاني إلى الإصلاح.\n"
                                 "وجاء برغبة من المدرب السويسري للأهلي كريستيان غروس نفسه.\n"
                                 "وكانت بحوزة قس يدعى ألفونس مينجانا في لندن.\n"
                                 "وقال محمد العتيبي السعودي إن الخطة جاهزة.\n")
    for person in ("محيي الدين ياسين", "علي الحسيني السيستاني", "كريستيان غروس",
                   "ألفونس مينجانا", "محمد العتيبي"):
        assert found[person]["kind"] == "person", sorted(found)
    assert "محمد العتيبي السعودي" not in found  # a Saudi, not a second family name


def test_a_speaker_no_table_knows_between_a_verb_of_saying_and_a_cue(tmp_path):
    # Written for this test: neither word of the speaker's name is in a table.
    found = candidates(tmp_path, "وقال هارتشاران باينس أحد مستشاري رئيس الوزراء إن الوضع هادئ.\n"
                                 "وقالت وزارة الداخلية إن الوضع هادئ.\n"
                                 "وقال مصدر أمني إن الوضع هادئ.\n")
    assert found["هارتشاران باينس"]["kind"] == "person", sorted(found)
    assert not [ar for ar in found if "مصدر" in ar or ar == "وزارة"], sorted(found)


def test_a_club_no_table_knows_before_a_masculine_nationality_in_a_match_report(tmp_path):
    # Written for this test in the style of sports pages.
    found = candidates(tmp_path, "وخسر الفريق في المباراة أمام سامبدوريا الإيطالي بهدف.\n"
                                 "وفاز الفريق على أخيستار التركي والعين الإماراتي في مباراة ودية.\n"
                                 "وانتقل المهاجم إلى الريفر بلايت الأرجنتيني بعد المباراة.\n"
                                 "وقال المدرب إن اللاعب نيمار البرازيلي جاهز.\n"
                                 "وزار الفريق زوريخ السويسرية.\n")
    for club in ("سامبدوريا", "أخيستار", "الريفر بلايت"):
        assert found[club]["kind"] == "organisation", sorted(found)
    assert not [ar for ar in found if "زوريخ" in ar and found[ar]["kind"] == "organisation"]
    assert not [ar for ar in found if "نيمار" in ar and found[ar]["kind"] == "organisation"]


def test_a_company_goes_on_with_its_trade_after_lil(tmp_path):
    found = candidates(tmp_path, "وقال المحلل في شركة سامسونج للأوراق المالية إن السوق هادئة.\n"
                                 "وأفادت شركة نيسان للسيارات عن مدخول صاف كبير.\n")
    for company in ("شركة سامسونج للأوراق المالية", "شركة نيسان للسيارات"):
        assert found[company]["kind"] == "organisation", sorted(found)
    assert "شركة سامسونج" not in found and "شركة نيسان" not in found


def test_saudi_after_a_feminine_or_plural_noun_is_its_adjective(tmp_path):
    found = candidates(tmp_path, "وقالت الحكومة السعودية إن الخطة جاهزة.\n\n"
                                 "وتشكل العلاقات السعودية المصرية ركيزة.\n\n"
                                 "وغادر الوفد السعودية أمس إلى القاهرة.\n")
    saudi = found["السعودية"]
    assert saudi["count"] == 1 and saudi["paragraphs"][0].endswith("#p3"), saudi


def test_a_common_verb_or_noun_of_the_corpus_ends_a_name(tmp_path):
    # Written for this test: each name is followed by a frequent word that seldom follows a
    # given name in SaudiNewsNet, shaped like a verb or a noun with a particle or pronoun.
    found = candidates(tmp_path, "ويعتقد ان النبي محمد عاش بين عامي 570 و632.\n"
                                 "وأخبرتني بأن الملك فيصل استشهد في ذلك اليوم.\n"
                                 "وقد صرح الفنان مصطفى لوسائل الإعلام بأن العمل جاهز.\n"
                                 "وقال وزير الخارجية المصري سامح شكري إن الحل سياسي.\n")
    assert not [ar for ar in found if ar.endswith(("عاش", "استشهد", "لوسائل"))], sorted(found)
    assert found["سامح شكري"]["kind"] == "person", sorted(found)  # a name, common or not


def test_review_of_round_6_on_unlabelled_articles(tmp_path):
    # The shapes an unlabelled read of 1,200 corpus articles found; written for this test.
    found = candidates(tmp_path, "وأثار الدكتور عيد اليحيى موضوع الضرب في المدارس.\n"
                                 "وحضر الفريق أول فيصل الشوبكي الحفل.\n"
                                 "ولا شيء يدعى \"كنافة رمضان\" في الكتب القديمة.\n"
                                 "وبطلة الفيلم فتاة تدعى كوميكو تحصل على شريط.\n"
                                 "وكما قال صالح لرجاله فقد كتب مذكرة طويلة.\n"
                                 "ودب خلاف بين المدرب واللاعب مع المالك الروسي للنادي.\n"
                                 "وفي المباراة سجل اللاعب هدفا.\n")
    for person in ("عيد اليحيى", "فيصل الشوبكي", "كوميكو"):
        assert found[person]["kind"] == "person", sorted(found)
    assert not [ar for ar in found if ar.startswith(("أول", "كنافة", "المالك"))
                or ar.endswith(("تحصل", "لرجاله"))], sorted(found)


def test_a_bodys_name_goes_on_with_wa_and_a_noun_but_not_after_a_nationality(tmp_path):
    found = candidates(tmp_path, "وعقد اجتماع بين لجنة الأمن القومي والسياسة الخارجية أمس.\n"
                                 "وصوتت هيئة الأوراق المالية والبورصات الأمريكية على القرار.\n"
                                 "وتتولى هيئة الري والصرف الإشراف على العيون.\n"
                                 "وأغلق المتحف وسط خلاف بين وزارة الثقافة الإيطالية والعاملين.\n")
    for body in ("لجنة الأمن القومي والسياسة الخارجية", "هيئة الري والصرف",
                 "هيئة الأوراق المالية والبورصات الأمريكية"):
        assert found[body]["kind"] == "organisation", sorted(found)
    assert not [ar for ar in found if ar.endswith("والعاملين")], sorted(found)


def test_a_club_found_with_its_head_is_also_its_bare_name(tmp_path):
    found = candidates(tmp_path, "وتغلب فريق نجران على ضيفه في المباراة.\n"
                                 "وقال مدرب الفريق إن اللاعبين قدموا مباراة جيدة أمام الحارس.\n")
    club = next(c for ar, c in found.items() if "نجران" in ar)
    assert club["kind"] == "organisation" and "نجران" in [club["ar"], *club["variants"]], club


def test_names_and_bodies_the_reviews_of_round_6_found(tmp_path):
    # Written for this test after the new-user and hostile reviews of round 6.
    found = candidates(tmp_path, "وقال المهندس زين العابدين الحسيني إن المشروع بدأ.\n"
                                 "وقال نور الدين بوشكوج إن القمة ستعقد.\n"
                                 "وقال صلاح الدين الموصلي إن الطريق مفتوح.\n"
                                 "ونقلت وكالة رويترز عن محمد بن نايف قوله إن الأمن مستتب.\n"
                                 "وأعلنت وزارة الداخلية والشرطة أن الطرق آمنة.\n"
                                 "وقدمت شركة جوجل للحكومة معلومات عن المستخدمين.\n")
    assert found["زين العابدين الحسيني"]["en"] == "Zain al-Abidin al-Husaini", sorted(found)
    assert found["نور الدين بوشكوج"]["en"].startswith("Nur al-Din"), sorted(found)
    assert found["صلاح الدين الموصلي"]["kind"] == "person", sorted(found)
    assert found["محمد بن نايف"]["kind"] == "person", sorted(found)
    assert not [ar for ar in found if ar.endswith(("قوله", "والشرطة", "للحكومة"))], sorted(found)


def test_a_verb_after_a_nasab_chain_ends_the_name(tmp_path):
    # Written for this test in the style of Saudi news, after round 16's start.
    found = candidates(tmp_path, "وأكد الأمير سلطان بن سلمان بن عبدالعزيز قام بزيارة المعرض.\n"
                                 "وقال إن الأمير فيصل بن مشعل وصل إلى بريدة.\n"
                                 "وقال مدرب الشباب إن الفريق جاهز.\n"
                                 "وقال فرانك غاردنر مراسل الشؤون الأمنية إن الخطر قائم.\n")
    assert found["سلطان بن سلمان بن عبدالعزيز"]["kind"] == "person", sorted(found)
    assert found["فيصل بن مشعل"]["kind"] == "person", sorted(found)
    assert found["فرانك غاردنر"]["kind"] == "person", sorted(found)
    assert not [ar for ar in found if ar.endswith(("قام", "وصل", "جاهز", "مراسل"))], sorted(found)
    # the hostile review's: a rare man's name of two words after الفريق, a company named by an
    # adjective
    found = candidates(tmp_path, "وقال الفريق ضاحي خلفان إن الشرطة جاهزة.\n"
                                 "وقالت شركة مرافق إن الأرباح ارتفعت.\n"
                                 "وكان الأمير سلطان بن سلمان بن عبدالعزيز ترأس الاجتماع.\n"
                                 "وكان الأمير فيصل بن سلمان دشن المشروع.\n")
    assert not [ar for ar in found if ar.endswith(("ترأس", "دشن"))], sorted(found)
    assert found["ضاحي خلفان"]["kind"] == "person", sorted(found)
    assert found["شركة مرافق"]["kind"] == "organisation", sorted(found)


def test_no_name_of_an_owned_noun_an_adjective_or_an_accusative(tmp_path):
    # Written for this test in the style of news reports, after round 16's start.
    found = candidates(tmp_path, "ولم تعلن أي جماعة مسؤوليتها عن الهجوم.\n"
                                 "وأعلن حزب معارض مقاطعة الانتخابات، وشكلت لجنة عليا للتحقيق.\n"
                                 "ونقل المصاب إلى مستشفى قريب بينما كانت الشرطة تحقق.\n"
                                 "وتحيي الفنانة اليمنية بلقيس حفلا غنائيا في جدة.\n"
                                 "ووصل المدرب الروماني أمس، وسيوقع الروماني عقده الرسمي غدا.\n"
                                 "وأعلنت شركة معادن نتائجها.\n"
                                 "وقال إن حزب حليفكم خرب البلاد.\n"
                                 "وأعلنت شركة سابك ارتفاع أرباحها.\n"
                                 "وتراجعت أسهم 20 شركة واستقرار أسعار أسهم 6 شركات.\n")
    assert found["بلقيس"]["kind"] == "person", sorted(found)
    assert found["شركة معادن"]["kind"] == "organisation", sorted(found)  # listed
    assert not {"جماعة مسؤوليتها", "حزب معارض", "لجنة عليا", "مستشفى قريب", "مستشفى بينما",
                "بلقيس حفلا", "عقده", "حزب حليفكم", "شركة سابك ارتفاع",
                "شركة واستقرار"} & set(found), sorted(found)


def test_l_and_a_common_noun_after_a_title_is_no_name(tmp_path):
    # Written for this test after round 16's held-out scoring (a paper's typo, لوزراء).
    found = candidates(tmp_path, "وقرر رئيس لوزراء الياباني شينزو آبي إلغاء الشعار.\n"
                                 "ودعا الرئيس عبدربه منصور هادي بإنقاذ البلاد.\n")
    assert found["عبدربه منصور هادي"]["kind"] == "person", sorted(found)
    assert not [ar for ar in found if "لوزراء" in ar or "بإنقاذ" in ar], sorted(found)


def test_an_outlet_in_quotes_after_a_media_head_even_over_a_registry_place(tmp_path):
    found = candidates(tmp_path, 'ونشرت صحيفة "واشنطن بوست" وشبكة "اي بي سي نيوز" الاستطلاع.\n'
                                 "وكشف موقع “فيتو” الخبر، وزار الوفد موقع الحادث.\n")
    assert found["صحيفة واشنطن بوست"]["en"] == "The Washington Post", sorted(found)
    assert found["شبكة اي بي سي نيوز"]["en"] == "ABC News", sorted(found)
    assert found["موقع فيتو"]["kind"] == "organisation", sorted(found)
    assert not [ar for ar in found if "الحادث" in ar], sorted(found)  # a site, unquoted


def test_a_role_holder_after_what_the_role_is_of(tmp_path):
    # Written for this test in the style of local news: the office runs over several words
    # (a department, a preposition, a sector) before the name that holds it.
    found = candidates(tmp_path,
                       "وأوضح مدير العلاقات العامة بالقطاع الصحي، رامز خشيمي، أن الجناح جاهز.\n"
                       "وكشف سكرتير الاتحاد الكويتي لكرة القدم يوهان بيرغمان أنه تقدم بطلب.\n"
                       "وأكد المدير العام للتعليم بمنطقة الباحة سعيد بن محمد مخايش أهمية"
                       " التطبيق.\n"
                       "وقال مدير العلاقات العامة في الشركة إن العمل مستمر.\n")
    assert found["رامز خشيمي"]["kind"] == "person", sorted(found)
    assert found["يوهان بيرغمان"]["kind"] == "person", sorted(found)
    assert "سعيد بن محمد مخايش" in found, sorted(found)  # the chain whole, not محمد مخايش
    assert not [ar for ar in found if "مستمر" in ar or ar == "العمل"], sorted(found)


def test_foreign_names_no_table_knows_listed_after_a_name(tmp_path):
    # Written for this test in the style of a sports report's list of staff.
    found = candidates(tmp_path, "وضم الجهاز الفني المدرب روبن كوسياس وتشابيير مانسيسيدور وليسا"
                                 " دوبريسكي.\n")
    for person in ("تشابيير مانسيسيدور", "ليسا دوبريسكي"):
        assert found[person]["kind"] == "person", sorted(found)
    assert "يسا دوبريسكي" not in found, sorted(found)  # only و is the list's


def test_a_party_in_quotes_after_a_leader_and_women_by_their_titles(tmp_path):
    # Written for this test in the style of wire copy.
    found = candidates(tmp_path, "وقال زعيم «حزب الأمة» الليبي إن الوضع هادئ.\n"
                                 "وقالت القاضية جاين باتريك متوجهة إلى المتهمة إن الحكم نهائي.\n"
                                 "وكان من رغبتهم أن يكون للملكة نصيب من ذلك.\n")
    assert found["حزب الأمة"]["kind"] == "organisation", sorted(found)
    assert found["جاين باتريك"]["kind"] == "person", sorted(found)
    assert "نصيب" not in found, sorted(found)  # الملكة is a weak title: a given name after it


def test_companies_known_abroad_and_an_agency_after_la(tmp_path):
    # Written for this test in the style of business wires.
    found = candidates(tmp_path, "وقالت فيات كرايسلر ونيسان موتور إن مبيعاتهما ارتفعت.\n"
                                 "وقال مدير البنك الأهلي الكويتي لرويترز إن الصفقة ماضية.\n"
                                 "وتضم الجمعية العمومية للفيفا 209 اتحادات.\n")
    assert found["فيات كرايسلر"]["en"] == "Fiat Chrysler", sorted(found)
    assert found["نيسان موتور"]["kind"] == "organisation", sorted(found)
    assert "البنك الأهلي الكويتي" in found and "رويترز" in found, sorted(found)
    assert "الجمعية العمومية للفيفا" in found, sorted(found)  # of FIFA: the body's own name


def test_a_body_named_after_a_registry_state_or_body(tmp_path):
    # Written for this test in the style of wire copy; the UN and the US are registry actors.
    found = candidates(tmp_path, "وأعلنت سفارة الولايات المتحدة في بيان أن الرحلات ستعود.\n"
                                 "وقال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية إن الوضع صعب.\n"
                                 "وقالت الأمم المتحدة إن الوضع صعب.\n")
    assert found["سفارة الولايات المتحدة"]["en"] == "United States Embassy", sorted(found)
    assert found["مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"]["kind"] == "organisation"
    assert "الأمم المتحدة" not in found, sorted(found)  # the registry's own, no candidate


def test_a_federation_is_no_club_of_the_same_name(tmp_path):
    # Written for this test in the style of sports pages.
    found = candidates(tmp_path, "وقال نائب رئيس الاتحاد السعودي لكرة القدم إن الموسم سيبدأ.\n"
                                 "وغادرت بعثة فريق النصر الكروي لملاقاة الهلال.\n")
    assert "الاتحاد السعودي لكرة القدم" in found and "الاتحاد" not in found, sorted(found)
    assert found["فريق النصر"]["kind"] == "organisation", sorted(found)


def test_a_listed_name_after_a_head_and_a_head_at_the_end_of_a_text(tmp_path):
    # Written for this test in the style of wire copy.
    found = candidates(tmp_path, "وقالت صحيفة وول ستريت جورنال الخميس إن الصفقة تمت.\n"
                                 "وقتل 903 من جماعة حزب الله الشيعية في المعارك.\n"
                                 "وافتتح المشروع في وزارة الحرس الوطني بالرياض.\n"
                                 "وأعلنت ذلك الشركة\n")
    assert found["صحيفة وول ستريت جورنال"]["kind"] == "organisation", sorted(found)
    assert found["حزب الله"]["en"] == "Hezbollah", sorted(found)  # the party, not a group of it
    assert "وزارة الحرس الوطني" in found, sorted(found)


def test_no_embassy_of_a_group_and_no_verb_in_a_list_of_names(tmp_path):
    # Inputs of the hostile review of round 7.
    found = candidates(tmp_path, "وقالت سفارة داعش في الموصل إن الوضع هادئ.\n"
                                 "التقى جون كيربي ونتناول غداءنا.\n")
    assert not [ar for ar in found if "سفارة" in ar or "غداءنا" in ar], sorted(found)


def test_a_speaker_whose_given_name_no_table_knows_before_a_known_one(tmp_path):
    # Written for this test in the style of Saudi local news: three names, the first rare.
    found = candidates(tmp_path, "وقال رئيس لجنة التنمية بالظفير مجثل صالح الغامدي إن اللجنة"
                                 " ساعدت الشباب.\n")
    assert found["مجثل صالح الغامدي"]["kind"] == "person", sorted(found)


def test_a_regions_emirate_is_its_administration(tmp_path):
    found = candidates(tmp_path, "وأوضح المتحدث الرسمي لإمارة منطقة جازان أن الحملة مستمرة.\n"
                                 "وأعلنت إمارة دبي عن مهرجان.\n"
                                 "وأعلنت إمارة منطقة\n")
    assert found["إمارة منطقة جازان"]["en"] == "Emirate of Jazan Region", sorted(found)
    assert found["دبي"]["kind"] == "place", sorted(found)  # إمارة دبي: the emirate itself


def test_a_body_ends_in_general_or_the_states_not_in_the_year(tmp_path):
    found = candidates(tmp_path, "وأعلنت مديرية الأمن العام أن التحقيق مستمر.\n"
                                 "وأصدرت محكمة أمن الدولة حكما بالسجن.\n"
                                 "وقال مجلس الأمن العام الماضي إن الوضع خطير.\n")
    assert "مديرية الأمن العام" in found and "محكمة أمن الدولة" in found, sorted(found)
    assert found["مجلس الأمن"]["en"] == "Security Council", sorted(found)  # last year


def test_a_list_of_players_with_a_given_name_alone_and_a_surname_that_is_a_word(tmp_path):
    # Written for this test in the style of a sports report's line-up.
    found = candidates(tmp_path, "وفي الوسط رياض البراهيم وعبدالفتاح وفهد المولد، وفي الهجوم "
                                 "مختار.\nيتقدمهم قائد الفريق حسين عبدالغني ومحمد عيد وحسن "
                                 "الراهب.\n")
    assert {"عبدالفتاح", "محمد عيد", "فهد المولد", "حسن الراهب"} <= set(found), sorted(found)
    # A given name alone after و ends the list only before another name or a pause.
    found = candidates(tmp_path, "وقال محمد العتيبي وأحمد في البيت إن الأمر انتهى.\n")
    assert "أحمد" not in found, sorted(found)


def test_a_speakers_surname_that_is_also_a_word(tmp_path):
    # Written for this test in the style of wire reports.
    found = candidates(tmp_path, "وقال عاصم جهاد المتحدث باسم وزارة النفط إن الصادرات ارتفعت.\n"
                                 "وقال محمد كذلك إن الخطة جاهزة.\nوقال أحمد مجددا إن الخطة "
                                 "جاهزة.\n")
    assert found["عاصم جهاد"]["kind"] == "person", sorted(found)
    assert not [ar for ar in found if "كذلك" in ar or "مجددا" in ar], sorted(found)


def test_a_country_named_as_a_place_beside_a_club_named_after_it(tmp_path):
    # Written for this test in the style of a sports report.
    found = candidates(tmp_path, "فاز نادي الكويت على القادسية.\nوعقد الاجتماع أمس في الكويت "
                                 "بحضور الأعضاء.\nوتعاقد نادي برشلونة مع لاعب جديد، وقال "
                                 "برشلونة إن الصفقة تمت.\n")
    assert found["الكويت"]["kind"] == "place" and "نادي الكويت" in found, sorted(found)
    assert "برشلونة" not in found and "نادي برشلونة" in found, sorted(found)


def test_a_bodys_name_goes_on_with_its_nouns_and_stops_at_another_body(tmp_path):
    # Written for this test in the style of Saudi news.
    found = candidates(tmp_path, "وشاركت الهيئة العامة للأرصاد وحماية البيئة بمعرض.\n"
                                 "وقالت شركة مربع الفعاليات إن الحفل يبدأ مساء.\n"
                                 "وأعلنت وزارة التعليم والهيئة العامة للرياضة برنامجا.\n"
                                 "وقال الاتحاد السعودي لكرة السلة ورئيس الوفد إن الفريق جاهز.\n"
                                 "وقالت المنظمة العربية للسياحة ومحافظة الطائف إن الموسم بدأ.\n")
    for name in ("الهيئة العامة للأرصاد وحماية البيئة", "شركة مربع الفعاليات", "وزارة التعليم",
                 "الهيئة العامة للرياضة", "الاتحاد السعودي لكرة السلة",
                 "المنظمة العربية للسياحة"):
        assert found[name]["kind"] == "organisation", (name, sorted(found))
    assert not [ar for ar in found if "ورئيس" in ar or "ومحافظة" in ar], sorted(found)


def test_a_foreign_name_no_table_knows_after_a_nationality(tmp_path):
    # Written for this test in the style of sports news.
    found = candidates(tmp_path, "وكان الغرافة تعاقد مع الكونغولي اليان ديوكو هداف الدوري.\n"
                                 "وتفاوض الاتحاد مع المدرب الأرجنتيني اليخاندرو سابيلا أمس.\n"
                                 "وسيتولى الفرنسي ميشال دوسوييه مهمة الإشراف على المنتخب.\n"
                                 "واستعد اللاعب الإيطالي روحيا وعقليا للمباراة.\n"
                                 "وطالب الشعب الليبي دستورا سلميا للبلاد.\n")
    for name in ("اليان ديوكو", "اليخاندرو سابيلا", "ميشال دوسوييه"):
        assert found[name]["kind"] == "person", (name, sorted(found))
    assert not [ar for ar in found if "روحيا" in ar or "دستورا" in ar], sorted(found)


def test_districts_and_towns_whose_names_the_tables_do_not_know(tmp_path):
    # Written for this test in the style of Saudi and wire news.
    found = candidates(tmp_path, "وتقام الأمسية في مقر النادي بحي الملز مساء اليوم.\n"
                                 "وولدت المغنية في مدينة أرومية شمال غرب إيران.\n"
                                 "ووضعت الأسماك في منطقة محاطة بالشباك.\n"
                                 "وكتب مقالا من وحي الذكرى عن الوطن.\n")
    assert found["الملز"]["kind"] == "place" and found["أرومية"]["kind"] == "place", sorted(found)
    assert not [ar for ar in found if "محاطة" in ar or "الذكرى" in ar], sorted(found)


def test_a_family_name_no_table_knows_after_a_man_and_his_father(tmp_path):
    # Written for this test in the style of Yemeni and Saudi news.
    found = candidates(tmp_path, "وعين الرئيس مستشارين منهم المهندس حيدر أبوبكر المحضار، وآخرين.\n"
                                 "وقال الدكتور طاهر عمار الدباغ إن المشروع جاهز.\n"
                                 "وقام مدير العلاقات العامة في الشركة وضاح عمران، بمرافقة الوفد.\n"
                                 "وقال المفتي شوقي علام التفجير عمل إرهابي.\n")
    for name in ("حيدر أبوبكر المحضار", "طاهر عمار الدباغ", "وضاح عمران"):
        assert found[name]["kind"] == "person", (name, sorted(found))
    assert "عمران" not in found and not [ar for ar in found if "التفجير" in ar], sorted(found)


def test_a_foreign_club_whose_name_starts_like_a_verb(tmp_path):
    # Written for this test in the style of a sports report.
    found = candidates(tmp_path, "وأنهى الأهلي معسكره في سويسرا، وكان الفريق قد تعادل في المباراة "
                                 "الودية مع نيوشاتل السويسري بهدف لمثله.\nويلعب الفريق أمام "
                                 "الهلال في الدوري، وسجل المهاجم هدفا في الشوط الثاني.\n")
    assert found["نيوشاتل"]["kind"] == "organisation", sorted(found)


def test_what_the_hostile_review_of_round_8_tried(tmp_path):
    # Adjectives after بحي and منطقة, a plural noun after a man and his father, and a known
    # name with و after a comma; written for this test.
    found = candidates(tmp_path, "وقتل رجل بحي قريب من وسط المدينة، وتسكن أسرته بحي راق.\n"
                                 "وضرب الزلزال منطقة زلزالية ويقع الموقع في منطقة قطبية.\n"
                                 "وهنأ خالد سعد المتفوقات في الحفل.\n"
                                 "ووقع النادي مع الكونغولي اليان ديوكو، ويليام ساليبا.\n")
    assert not {"قريب", "راق", "زلزالية", "قطبية", "خالد سعد المتفوقات"} & set(found), sorted(found)
    assert "ويليام ساليبا" in found and "يليام ساليبا" not in found, sorted(found)


def test_a_city_that_names_a_club_is_the_city_after_a_place_word_in_a_sports_report(tmp_path):
    # Written for this test; found by the new-user review of round 8.
    found = candidates(tmp_path, "أبها - واس\nفاز الهلال على النصر في الدوري، وسجل المهاجم "
                                 "هدفين في الشوط الثاني من المباراة.\nووقع الحادث في حي "
                                 "النسيم بمدينة الرياض أمس.\n")
    assert found["الرياض"]["kind"] == "place" and found["أبها"]["kind"] == "place", found
    assert "هدفين" not in found, sorted(found)


def test_how_a_speaker_spoke_is_not_his_surname(tmp_path):
    # Found by the hostile review of round 8; written for this test.
    found = candidates(tmp_path, "وقال محمد مبتسماً: إن الأمر انتهى.\nوقال علي ممازحا إن الفريق "
                                 "جاهز.\nوقال خالد حينئذ، إن القرار نهائي.\nوكتب فرانز كافكا "
                                 "رسالة إلى أبيه.\n")
    assert not [ar for ar in found if "مبتسما" in ar or "ممازحا" in ar or "حينئذ" in ar], found
    assert "فرانز كافكا" in found, sorted(found)


def test_a_proper_name_goes_on_with_its_trade_after_lil(tmp_path):
    # Written for this test in the style of economic and science news.
    found = candidates(tmp_path, "ونظمت جامعة فيينا للتكنولوجيا المؤتمر.\nوقالت وكالة بلومبرج "
                                 "للأنباء الاقتصادية إن الأسعار ارتفعت.\nوقدمت جامعة الملك "
                                 "سعود للطلاب منحا، ووزعت وزارة الصحة للمواطنين لقاحات.\n")
    assert "جامعة فيينا للتكنولوجيا" in found, sorted(found)
    assert "وكالة بلومبرج للأنباء الاقتصادية" in found, sorted(found)
    assert "جامعة الملك سعود" in found and "وزارة الصحة" in found, sorted(found)
    assert not [ar for ar in found if "للطلاب" in ar or "للمواطنين" in ar], sorted(found)


def test_a_surname_that_starts_like_a_preposition_and_a_noun(tmp_path):
    # Written for this test.
    found = candidates(tmp_path, "وكان البريطاني جون باركينسون، قد كتب عن النباتات.\n"
                                 "وقال محمد لصحافيين إن الفريق جاهز، ورحب خالد بضيوفه.\n")
    assert found["جون باركينسون"]["kind"] == "person", sorted(found)
    assert not [ar for ar in found if "لصحافيين" in ar or "بضيوفه" in ar], sorted(found)


def test_a_country_after_a_verb_or_a_bare_noun_is_the_country(tmp_path):
    # Written for this test: a bare noun takes no adjective with the article, so السعودية
    # after a verb or in construct is the country; after a name it is the name's nisba.
    found = candidates(tmp_path, "أعلنت السعودية ومصر دعمهما للاتفاق.\nوالتعاقد معه لاعباً من "
                                 "مواليد السعودية.\nوقالت أرامكو السعودية إن الإنتاج ارتفع.\n"
                                 "وزار السفارة السعودية في لندن.\n")
    assert found["السعودية"]["kind"] == "place", sorted(found)
    assert found["أرامكو السعودية"]["kind"] == "organisation", sorted(found)
    assert "السفارة السعودية" not in found or found["السفارة السعودية"]["kind"] != "place"


def test_a_foreign_name_in_i_after_a_head_is_no_adjective(tmp_path):
    # Written for this test in the style of market and sports news.
    found = candidates(tmp_path, "وارتفع سهم مجموعة ميتسوبيشي أمس.\nوقالت محكمة محلية إن الحكم "
                                 "نهائي، وقال فريق طبي إنه بخير.\nوطالبت جمعية صيادي الأسماك "
                                 "بالدعم.\nوقالت صحيفة شيكاغو تريبيون إن الحادث وقع.\n")
    assert found["مجموعة ميتسوبيشي"]["kind"] == "organisation", sorted(found)
    assert found["صحيفة شيكاغو تريبيون"]["en"] == "Chicago Tribune", found
    assert not [ar for ar in found if "محلية" in ar or "طبي" in ar or "صيادي" in ar], sorted(found)


def test_a_town_the_corpus_names_after_a_kind_of_place(tmp_path):
    # Written for this test in the style of Saudi local news; the towns are learnt from
    # SaudiNewsNet (towns.tsv), no gazetteer lists them.
    found = candidates(tmp_path, "وشملت الأمطار محافظات منطقة جازان، ومنها أبو عريش والطوال "
                                 "وصامطة.\nونظمت اللجنة الأهلية ببلجرشي الحفل أمس.\n"
                                 "ويحتوي التمر على الكثير من الأملاح المعدنية.\n"
                                 "ووصل الوفد إلى حفر الباطن مساء.\n")
    # الطوال, a town of Jazan, is read as "the long" in most of the whole corpus's 116 uses
    # (round 20's tables): a list of places names it, the table no longer does.
    for town in ("صامطة", "بلجرشي"):
        assert found[town]["kind"] == "place", (town, sorted(found))
    assert "الأملاح" not in found and "حفر" not in found, sorted(found)
    assert found["حفر الباطن"]["kind"] == "place", sorted(found)


def test_the_americas_are_places_not_the_united_states(tmp_path):
    # Written for this test: أمريكا alone is the registry's United States, أمريكا اللاتينية is
    # a place of its own (an exclude of the registry), and a body named for it keeps its ل
    # phrase.
    path = tmp_path / "article.txt"
    path.write_text("وطرحت الشركة هاتفها في أسواق أميركا اللاتينية وأمريكا الشمالية.\n"
                    "وقال رئيس اتحاد أميركا الجنوبية لكرة القدم، إن البطولة ستقام.\n"
                    "وزار الوزير أمريكا الأسبوع الماضي.\n", "utf-8")
    result = CliRunner().invoke(cli, ["--project", str(ROOT), "actors", str(path),
                                      "--candidates", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    found = {c["ar"]: c for c in data["candidates"]}
    assert found["أميركا اللاتينية"]["en"] == "Latin America", sorted(found)
    assert found["أمريكا الشمالية"]["en"] == "North America", sorted(found)
    assert "اتحاد أميركا الجنوبية لكرة القدم" in found, sorted(found)
    assert [a["count"] for a in data["actors"] if a["id"] == "usa"] == [1], data["actors"]


def test_clubs_listed_with_waw_before_a_nationality_in_a_sports_report(tmp_path):
    # Written for this test in the style of a transfer report.
    found = candidates(tmp_path, "ومثل اللاعب في مسيرته عدة أندية أوروبية هي أودينيزي الإيطالي "
                                 "وبورتسموث الإنجليزي، وسجل للفريق أهدافا كثيرة في المباراة.\n"
                                 "وتأهل الفريق بعد فوزه على غروني البارغوياني.\n"
                                 "وقال المدرب كارينيو البرتغالي إن الفريق جاهز.\n")
    for club in ("أودينيزي", "بورتسموث", "غروني"):
        assert found[club]["kind"] == "organisation", (club, sorted(found))
    assert not [ar for ar in found if "كارينيو" in ar and found[ar]["kind"] == "organisation"]


def test_ali_written_with_ya_before_a_family_name_is_the_name(tmp_path):
    # Written for this test: علي before a learnt family name is the man; على, written with
    # ى, is "on", and علي before a common noun stays the preposition.
    found = candidates(tmp_path, "وأبان مسؤول الخدمة بالفعاليات علي القحطاني أنه تم توفير 50 "
                                 "سيارة.\nوركز علي العمل الجماعي في الموسم.\n")
    assert found["علي القحطاني"]["kind"] == "person", sorted(found)
    assert not [ar for ar in found if "العمل" in ar], sorted(found)


def test_a_force_of_two_words_after_a_title_is_the_force(tmp_path):
    # Written for this test: after a title a one-word institution's nisba is the man's
    # (وزير الخارجية السعودي), a two-word force's is the force's.
    found = candidates(tmp_path, "وانتقد قائد القوة البرية الإيرانية الاتفاق.\nوقال وزير "
                                 "الخارجية السعودي إن الاجتماع مثمر.\n")
    assert found["القوة البرية الإيرانية"]["en"] == "Iranian Ground Force", sorted(found)
    assert not [ar for ar in found if ar.startswith("الخارجية")], sorted(found)


def test_an_office_is_a_body_with_an_adjective_or_its_seat_and_never_a_man(tmp_path):
    # Written for this test in the style of Saudi local news: مكتب (an office) names a body
    # only with an adjective (الأمن العام) or a town's seat; alone it is no man's name, and
    # before a listed body the body is found by itself.
    found = candidates(tmp_path, "وباشر مفتشو مكتب العمل بمنطقة الرياض عددا من البلاغات.\n"
                                 "وقال مكتب الأمن العام إن التحقيق جار.\nوزار مكتب كاميرون "
                                 "الوفد، ووصل مكتب الخطوط السعودية في المطار.\n")
    assert found["مكتب العمل بمنطقة الرياض"]["kind"] == "organisation", sorted(found)
    assert found["مكتب الأمن العام"]["en"] == "General Security Office", found
    assert not [ar for ar in found if ar.startswith("مكتب") and found[ar]["kind"] == "person"]
    assert "الخطوط السعودية" in found and "مكتب الخطوط السعودية" not in found, sorted(found)


def test_what_the_hostile_review_of_round_9_tried(tmp_path):
    # Common nouns the corpus also names districts by, after ب or في or in a list that starts
    # with no place; a receiver after لل; a verb after a group; the UN named anaphorically.
    found = candidates(tmp_path, "شعر اللاعب بالنشوة بعد الفوز، واصطدمت الكرة بالعارضة.\n"
                                 "وجلس الرجل في الحجرة المظلمة، وتوجد ثروات في الجرف القاري.\n"
                                 "واهتمت البلدية بالحدائق والبساتين والبرك والملاهي.\n"
                                 "ويعيش الحيوان في جوف الأرض.\nوقدمت جامعة القاهرة للطلاب الجدد "
                                 "هدايا.\nووضعت مجموعة ضمت 118 خبيرا توصيات، وقالت بعثة الأمم "
                                 "المتحدة إن المنظمة الدولية ستعقد جولة جديدة.\n")
    assert not [ar for ar, c in found.items() if c["kind"] == "place"], sorted(found)
    assert "جامعة القاهرة" in found and "مجموعة ضمت" not in found, sorted(found)
    assert "المنظمة الدولية" not in found, sorted(found)


def test_an_agency_and_its_news(tmp_path):
    # Written for this test; thirtyfive's held-out set has the shape.
    found = candidates(tmp_path, "وفق ما أعلنته وكالة الأناضول للأنباء الرسمية أمس.\n")
    assert found["وكالة الأناضول للأنباء"]["en"] == "Anadolu News Agency", found
    found = candidates(tmp_path, "قالت وكالة فارس للأنباء إن الاتفاق قريب.\n")
    assert found["وكالة فارس للأنباء"]["en"] == "Fars News Agency", found


def test_a_name_before_a_title_with_the_article_and_a_foreign_given_name_s_surname(tmp_path):
    people = {
        # A given name of the tables and a word with the article before a title with the
        # article: the man and his family name.
        "وامتنع علي الصادق المتحدث باسم وزارة الخارجية عن التعليق.": "علي الصادق",
        "وقال فهد العتيبي الرئيس التنفيذي للشركة إن الأرباح زادت.": "فهد العتيبي",
        # A foreign given name's surname, though shaped like a verb or met nowhere else.
        "سمح وزير الدفاع الاسرائيلي موشيه يعالون، اليوم، باستخدام القوة.": "موشيه يعالون",
        "ويواجه هارالد رانجه المدعي العام الألماني انتقادات.": "هارالد رانجه",
        "وتعاقد برشلونة مع صانع اللعب التركي أردا توران والمدافع الإسباني.": "أردا توران",
        # الدين after a name's second word ends a compound (his father's, زهر الدين).
        "يذكر الكاتب صالح زهر الدين في كتابه أن الحركات نشأت.": "صالح زهر الدين",
        # A foreign given name in و after a nationality; a woman's office before her name.
        "في منتجع يملكه طبيب الأسنان الأمريكي والتر بالمر الذي أطلق النار.": "والتر بالمر",
        "وقالت مندوبة بريطانيا لدى الأمم المتحدة سمانثا باور إن القلق بالغ.": "سمانثا باور",
    }
    # تنظيم before an event is organising it, not a group (the new-user review); a group
    # named after it stays (the hostile re-check).
    assert candidates(tmp_path, "وأشاد بحسن تنظيم المباراة وتنظيم الأمسيات الشعرية.") == {}
    assert list(candidates(tmp_path, "وقال تنظيم الشباب المجاهدين إن الهجوم نفذ.")) == [
        "تنظيم الشباب المجاهدين"]
    # A weekday between a king's name and a title is the day he received (not his name).
    found = candidates(tmp_path, "استقبل خادم الحرمين الشريفين الملك سلمان الخميس رئيس وزراء "
                                 "باكستان.")
    assert not any("الخميس" in ar for ar in found), found
    # ل and a noun after a foreign given name is no surname (the hostile review).
    assert candidates(tmp_path, "وصرح روبن للصفحة الرئيسية للنادي.") == {}
    for text, person in people.items():
        found = [ar for ar, c in candidates(tmp_path, text).items() if c["kind"] == "person"]
        assert found == [person], text
    # The end of a longer name stays whole, and a conjunction is no surname.
    for text, person in (("وقال الأمير سعود بن عبدالرحمن المهنا المتحدث باسم الإمارة.",
                          "سعود بن عبدالرحمن المهنا"),
                         ("وغنت ريهانا ولورين في الحفل.", None)):
        found = [ar for ar, c in candidates(tmp_path, text).items() if c["kind"] == "person"]
        assert found == ([person] if person else []), text
    # Television and radio named by their state's nisba are bodies, as the army is.
    for text, body in (("وقال التلفزيون السوري اليوم إن الجيش تقدم.", "التلفزيون السوري"),
                       ("ونقلت الإذاعة الإسرائيلية عن مصدر أمني.", "الإذاعة الإسرائيلية"),
                       # An exchange named for its city is the exchange (not the city alone).
                       ("بسبب استمرار إغلاق بورصة أثينا.", "بورصة أثينا")):
        found = [ar for ar, c in candidates(tmp_path, text).items()
                 if c["kind"] == "organisation"]
        assert found == [body], text


def test_a_public_figure_named_by_his_family_name_alone(tmp_path):
    found = candidates(tmp_path, "وأكد كيري، في مصر قبل مغادرته، أن حكومة تسيبراس ستوقع. "
                                 "وقال الرئيس المصري، عبدالفتاح السيسي، إن الاتفاق جيد.")
    people = {ar: c["en"] for ar, c in found.items() if c["kind"] == "person"}
    assert people == {"كيري": "Kerry", "تسيبراس": "Tsipras",
                      "عبدالفتاح السيسي": "Abdel Fattah Sisi"}
    # A later mention folds into the full name; على ("on") before one is no given name; a
    # word that is also a common one (مبارك "blessed", الأسد "the lion") is left alone.
    found = candidates(tmp_path, "قال جون كيري إن الاتفاق جيد. وأكد كيري أن إيران ستلتزم. "
                                 "وغضب البريطانيون على كاميرون. ورأى الأسد في الغابة عيدا مبارك.")
    people = {ar: c["count"] for ar, c in found.items() if c["kind"] == "person"}
    assert people == {"جون كيري": 2, "كاميرون": 1}
    # A surname that is also a word (روحاني "spiritual") or a county's name is left alone;
    # لدينا after one is "we have", not ل + دينا (round 5's review).
    assert candidates(tmp_path, "وله مرشد روحاني يرافقه، وتقع مقاطعة كيري في أيرلندا.") == {
        "أيرلندا": candidates(tmp_path, "في أيرلندا.")["أيرلندا"]}
    assert list(candidates(tmp_path, "وقال كيري لدينا خياران أمام العالم.")) == ["كيري"]


def test_an_acronym_spelt_with_dots_is_a_body_but_initials_before_a_name_are_not(tmp_path):
    found = candidates(tmp_path, "وقال في مقابلة مع بي.بي.سي إن سوق الطرود تتقاسمه "
                                 "يو.بي.إس الأمريكية ودي.إتش.إل الألمانية، وقال بنك "
                                 "إتش.إس.بي.سي إن الأرباح زادت. وكتبت جي. كيه. رولينج رواية.")
    bodies = {ar: c["en"] for ar, c in found.items() if c["kind"] == "organisation"}
    assert bodies == {"بي.بي.سي": "BBC", "يو.بي.إس": "UBS", "دي.إتش.إل": "DHL",
                      "إتش.إس.بي.سي": "HSBC"}  # بي is B or P: UPS reads as UBS
    assert "جي. كيه" not in " ".join(found)
    # في after a full stop is "in", not V (the hostile re-check).
    assert list(candidates(tmp_path, "ذكرت شبكة سي.إن.إن. في تقرير لها أن الوضع سيئ.")) == [
        "سي.إن.إن"]
    # A company's form after a space goes on it; a device's acronym is no body.
    found = candidates(tmp_path, "وارتفع سهم أو.سي.آي إن.في للكيماويات عبر نظام جي. بي. إس.")
    assert {ar: c["en"] for ar, c in found.items()} == {"أو.سي.آي إن.في": "OCINV"}


def test_a_report_of_a_cup_match_is_a_sports_page_and_youth_is_no_club(tmp_path):
    found = candidates(tmp_path, "أعلن الاتحاد السعودي لكرة القدم عن تعيين طاقم تحكيم لقيادة "
                                 "مباراة كأس "
                                 "السوبر السعودي والذي سيجمع النصر والهلال يوم الأربعاء، بعد "
                                 "تصفيات كأس أمم أوروبا وبطولة الدوري الأوروبي، دعما لرياضة "
                                 "الشباب.")
    bodies = {ar for ar, c in found.items() if c["kind"] == "organisation"}
    assert {"الهلال", "النصر"} <= bodies and "الشباب" not in bodies, bodies



def test_a_club_the_table_knows_is_claimed_once_and_his_team_is_no_club():
    from briefgen.arabic.actors import load_registry
    from briefgen.arabic.candidates import find_named_candidates

    registry = load_registry(ROOT / "seeds" / "actors.yaml")
    text = ("فاز أمام موناكو الفرنسي في مباراة الدوري، وانشغل لاعب الفريق مع فريقه الروسي زينيت "
            "سان بطرسبرج في الشوط والهدف.")
    found = [(c.ar, c.start) for c in find_named_candidates(text, registry, sports=True)]
    assert found == [("موناكو", text.index("موناكو")),
                     ("زينيت سان بطرسبرج", text.index("زينيت"))], found


def test_a_name_before_a_role_in_construct_is_a_person_and_the_role_is_not(tmp_path):
    # Written for this test in the style of wire reports.
    found = candidates(tmp_path, "وقال عبدالرضا عباسيان كبير الخبراء الاقتصاديين في المنظمة.\n"
                                 "وقالت هلال إلفر مقررة الأمم المتحدة الخاصة إن الوضع صعب.\n"
                                 "وقال احمد امين حاكم ولاية هلمند إن الهجوم وقع ليلا.\n"
                                 "وسقط 12 جريح بحسب مسؤول الوزارة.\n")
    assert found["عبدالرضا عباسيان"]["kind"] == "person"
    assert found["هلال إلفر"]["kind"] == "person"
    assert not {"حاكم", "جريح بحسب", "كبير"} & set(found), sorted(found)


def test_kin_and_lists_name_people_by_given_name_alone(tmp_path):
    # Written for this test in the style of a death notice and a gift.
    found = candidates(tmp_path, "وتخص بالعزاء إخوان الفقيد: اللواء متقاعد عبد الله الفالح - "
                                 "سليمان - إبراهيم - عبد العزيز - سالم - شيء. والعزاء موصول "
                                 "لأبناء الفقيد صالح - فراس - سطام وبنات الفقيد.\n"
                                 "وتكفل بالصفقة أبناء الشيخ حسن العفالق أسامة وهاني وعبد "
                                 "العزيز، وهم من الداعمين.\n"
                                 "وأكد أبناء الوطن محمد وأحمد أن الحملة نجحت.\n")
    for person in ("عبد الله الفالح", "سليمان", "إبراهيم", "عبد العزيز", "سالم", "صالح", "فراس",
                   "سطام", "أسامة", "هاني", "عبد العزيز"):
        assert found[person]["kind"] == "person", sorted(found)
    assert not {"متقاعد عبد الله الفالح", "محمد", "أحمد"} & set(found), sorted(found)


def test_a_short_surname_in_ba_after_a_given_name_is_read(tmp_path):
    # Written for this test in the style of wire reports.
    found = candidates(tmp_path, "في ذكرى مقتل الشاب الأعزل مايكل براون برصاص ضابط.\n"
                                 "وقال النائب العام هشام بركات إن التحقيق مستمر.\n"
                                 "ووصل محمد بالأمس إلى الرياض.\n")
    assert found["مايكل براون"]["kind"] == "person", sorted(found)
    assert found["هشام بركات"]["kind"] == "person", sorted(found)
    assert "محمد بالأمس" not in found, sorted(found)


def test_a_foreign_paper_is_named_after_the_english_article_or_before_its_nisba(tmp_path):
    # Written for this test in the style of press reviews.
    found = candidates(tmp_path, "وعنونت صحيفة ذي ستاندارد الخبر بصورة كبيرة.\n"
                                 "وذكرت صحيفة دايلي ميل البريطانية أن المفاوضات تعثرت.\n"
                                 "وذكرت صحيفة وول ستريت جورنال الأمريكية أن الشركة تعثرت.\n"
                                 "وذكرت جريدة ذي قار تنشر الخبر.\n"
                                 "وذكرت صحيفة عكاظ بينت أن الأسعار ارتفعت.\n"
                                 "ونقلت صحيفة يومية بريطانية عن مصادر.\n")
    assert found["ذي ستاندارد"]["kind"] == "organisation", sorted(found)
    assert found["صحيفة دايلي ميل"]["en"] == "Daily Mail", sorted(found)  # known, with its
    # head, as صحيفة ديلي ميل (round 47's new-user review)
    assert not {"عكاظ بينت", "يومية", "صحيفة يومية", "وول ستريت جورنال", "ذي قار تنشر"} & set(
        found), sorted(found)  # the body pass knows the Journal; ذي قار is a province


def test_clubs_listed_with_commas_after_a_club_or_a_colon_are_clubs(tmp_path):
    # Written for this test in the style of league news.
    found = candidates(tmp_path, "فيما تبقت ثلاثة أندية: الأهلي، الوحدة، ونجران لم تف بما "
                                 "عليها من التزامات.\n")
    for club in ("الأهلي", "الوحدة", "نجران"):
        assert found[club]["kind"] == "organisation", sorted(found)


def test_the_first_clubs_of_a_list_are_clubs_and_youth_on_a_sports_page_is_no_club(tmp_path):
    # Written for this test in the style of league news (round 66's fourhundredfiftysix): a
    # sports page by لاعب, لاعبي and بطولة too, which were read without their first letter.
    found = candidates(tmp_path, "قدمت الفرق حوالاتها وهي التعاون، الشباب، الاتحاد، الفيصلي.\n"
                                 "وقال لاعب الفيصلي إن لاعبي الفريق جاهزون لبطولة الصيف، وإن "
                                 "بطولة الناشئين لاعب فيها كثير من الشباب.\n")
    assert is_sports(["وقال لاعب إن لاعبي الفريق جاهزون لبطولة، وإن بطولة لاعب"])
    assert not is_sports(["بهدف دعم المباراة والفريق بهدف تطوير الدوري"])
    for club in ("التعاون", "الشباب", "الاتحاد", "الفيصلي"):
        assert found[club]["kind"] == "organisation", sorted(found)
    assert found["الشباب"]["count"] == 1, found["الشباب"]  # من الشباب: youth


def test_a_name_before_its_title_leaves_a_particle_before_its_given_name_out(tmp_path):
    # Written for this test in the style of court news (round 66's fourhundredfiftyfour).
    found = candidates(tmp_path, "والتقى ولي العهد البارحة بسمير جعجع رئيس حزب القوات.\n"
                                 "ووصلت رسالة من رايان لانس رئيس شركة النفط.\n")
    assert "سمير جعجع" in found and "بسمير جعجع" not in found, sorted(found)
    assert "رايان لانس" in found, sorted(found)  # لانس: no ل and أنس after a name


def test_a_given_name_and_his_father_s_after_a_title_and_before_another_are_one_man(tmp_path):
    # Written for this test in the style of court news (rounds 66 and 67: رمضان أحمد قاديروف
    # was split into رمضان and أحمد قاديروف).
    found = candidates(tmp_path, "واستقبل ولي العهد الرئيس رمضان أحمد قاديروف رئيس جمهورية "
                                 "الشيشان.\nووصل الرئيس محمد أحمد سالم رئيس المجلس.\n")
    people = {ar for ar, c in found.items() if c["kind"] == "person"}
    assert {"رمضان أحمد قاديروف", "محمد أحمد سالم"} <= people, people
    assert not {"رمضان", "أحمد قاديروف", "محمد", "أحمد سالم"} & people, people


def test_hostile_pass_over_round_66_to_68_s_names(tmp_path):
    # Written for this test from the hostile pass: a weather report's list of cities is no list
    # of clubs; لحسن is a Maghrebi given name, no ل before حسن; بهدف نظيف is a match's goal; من
    # بطولة is "starring", no championship.
    found = candidates(tmp_path, "وتوقعت الأرصاد هطول أمطار على مناطق الرياض ونجران وأبها "
                                 "والباحة.\nوحضر اللقاء لحسن حداد وزير السياحة المغربي.\n")
    assert {found[c]["kind"] for c in ("الرياض", "نجران", "أبها", "الباحة")} == {"place"}, found
    assert "لحسن حداد" in found, sorted(found)
    assert is_sports(["فاز الهلال على النصر بهدف نظيف في مباراة الدوري على الملعب، وأشاد المدرب"])
    assert not is_sports(["الفيلم من بطولة الفنان، وبطولة الفنانة، وفي الملعب مباراة ولاعب"])


def test_a_western_given_name_takes_its_surname_whatever_its_shape(tmp_path):
    # Written for this test in the style of wire reports.
    found = candidates(tmp_path, "وافقت حكومة رئيس الوزراء توني أبوت على الخفض.\n"
                                 "ووصل المهاجم كيفن برانس بواتينغ إلى لشبونة.\n"
                                 "وقال فرانك غاردنر مراسل الشؤون الأمنية إن الخطر قائم.\n"
                                 "وعندما ارتبطت كيت بالأمير وليم تغيرت حياتها.\n"
                                 "ثم مات مغموما بعد الحرب.\n"
                                 "وأحرز مايكل فيلبس لقبا جديدا.\n")
    for person in ("توني أبوت", "كيفن برانس بواتينغ", "فرانك غاردنر", "مايكل فيلبس"):
        assert found[person]["kind"] == "person", sorted(found)
    assert not {"كيت بالأمير", "مات مغموما", "فرانك غاردنر مراسل"} & set(found), sorted(found)


def test_an_age_in_brackets_after_words_no_table_knows_makes_them_a_person(tmp_path):
    # Written for this test in the style of wire and sports reports.
    found = candidates(tmp_path, "وذكرت السجلات أن كورتيس جونز (29 عاما) أكمل مدة عقوبته.\n"
                                 "ووقع فان بيرسي (31 عاما) عقدا مع فنربخشة.\n"
                                 "وأصيب طالباً سعودياً (22 عاماً) في الحادث.\n"
                                 "والإصابة الثالثة لامرأة وافدة (29 سنة) في جدة.\n"
                                 "وأوصى على ابنتيه مارلينا (21 عاما)، وفيكتوريا (17 عاما).\n"
                                 "وأظهرت الفحوص التي خضع لها الغاني مبارك واكاسو (25 عامًا) "
                                 "لياقته.\n")
    assert found["كورتيس جونز"]["kind"] == "person", sorted(found)
    assert found["فان بيرسي"]["en"].startswith("Van "), found["فان بيرسي"]
    for person in ("مارلينا", "فيكتوريا", "مبارك واكاسو"):
        assert found[person]["kind"] == "person", sorted(found)
    assert not {"طالباً سعودياً", "سعودياً", "وافدة", "امرأة وافدة", "ابنتيه مارلينا",
                "وفيكتوريا", "واكاسو"} & set(found), sorted(found)


def test_a_particle_name_leaves_out_a_word_of_the_corpus_before_it(tmp_path):
    # Written for this test in the style of sports and wire reports.
    found = candidates(tmp_path, "وقال احترم فان بينغ وقراراته.\n"
                                 "وقال المدرب خوسيه أنطونيو ريس لاعب اشبيلية إنه متفائل.\n"
                                 "لذا فإن خصخصة الشركة ضرورية.\n")
    assert found["فان بينغ"]["en"].startswith("Van "), sorted(found)
    assert found["خوسيه أنطونيو ريس"]["kind"] == "person", sorted(found)
    assert not any("احترم" in ar or "فإن" in ar for ar in found), sorted(found)


def test_an_education_directorate_is_named_by_its_city_or_region(tmp_path):
    # Written for this test in the style of Saudi school news.
    found = candidates(tmp_path, "دعت إدارة تعليم الطائف المعلمين إلى الاجتماع.\n"
                                 "وأودع تعليم حائل المكافآت في حسابات الطلاب.\n"
                                 "وقال مدير تعليم منطقة نجران إن الدراسة تبدأ قريبا.\n"
                                 "ويهدف تعليم الأطفال إلى تنمية مهاراتهم.\n")
    assert found["إدارة تعليم الطائف"]["en"] == "Taif Education Department"
    assert found["تعليم حائل"]["kind"] == "organisation"
    assert found["تعليم منطقة نجران"]["en"] == "Najran Education Department"
    assert not any("الأطفال" in ar for ar in found), sorted(found)


def test_what_the_hostile_review_of_round_11_tried_on_names(tmp_path):
    # Written for this test: verbs after a Western name, relatives and suspects before an age,
    # a compound given name before an age.
    found = candidates(tmp_path, "وقال إن توني بلير سيزور غزة.\n"
                                 "وقال إن بيتر ماير يحذر من الانهيار.\n"
                                 "وأصيب حفيدها (12 عاما) بجروح.\n"
                                 "واعتقلت الشرطة مشتبها (29 عاما).\n"
                                 "وقال عبد الرحمن هارون (40 عاما) إن الوضع صعب.\n")
    assert found["توني بلير"]["kind"] == "person" and found["بيتر ماير"]["kind"] == "person"
    assert found["عبد الرحمن هارون"]["kind"] == "person", sorted(found)
    assert not {"توني بلير سيزور", "بيتر ماير يحذر", "حفيدها", "مشتبها", "هارون"} & set(found)
    # and what its re-check tried: names in ف and و before an age, a surname in س, a family
    # name in ه, an accusative with و.
    found = candidates(tmp_path, "وأصيب فيصل (30 عاما) بجروح.\n"
                                 "وأصيب أحمد وديع (22 عاما) بجروح.\n"
                                 "وقال إدوارد سنودن إن المراقبة مستمرة.\n"
                                 "وتوفي محمد علاونه (37 عاما) متأثرا بجروحه.\n"
                                 "وأصيب وافدا (39 عاما) في الحادث.\n")
    for person in ("أحمد وديع", "إدوارد سنودن", "محمد علاونه"):
        assert found[person]["kind"] == "person", sorted(found)
    assert not {"وافدا", "افدا"} & set(found), sorted(found)
    # A name with a hyphen before an age stays whole (five's sn-09055).
    assert "كيم كي-جونغ" in candidates(tmp_path, "ووجهت تهمة محاولة الاغتيال لكيم كي-جونغ "
                                                 "(56 عامًا) بعد الهجوم.\n")
    from briefgen.arabic.romanize import romanize_name
    assert romanize_name("أحمد لامي")[0] != "Ahmed Lammy"  # an Arab's name keeps its guess


def test_common_western_surnames_have_their_english_after_a_given_name():
    from briefgen.arabic.romanize import romanize_name
    assert romanize_name("توني أبوت") == ("Tony Abbott", False)
    assert romanize_name("كورتيس جونز")[0] == "Kurtis Jones"
    assert romanize_name("جونز")[0] != "Jones"  # alone, a word may be something else


def test_a_surname_after_a_western_given_name_is_spelt_as_western_names_are():
    from briefgen.arabic.romanize import romanize_name
    # o for a و between consonants, g for غ, no short vowel guessed, as Western names are spelt
    assert romanize_name("نيكولا ساركوزي")[0] == "Nicolas Sarkozi"  # not Sarkuzi
    assert romanize_name("تشيكو فلوريس")[0] == "Chico Floris"  # not Faluris
    assert romanize_name("ماريو سواريز")[0] == "Mario Suariz"  # و before ا stays u
    assert romanize_name("فيديريكا غويدي")[0].startswith("Federica G")
    # an Arab's name keeps the Arab spelling: the فعيل and the guessed short vowels
    assert romanize_name("محمد العتيبي")[0] == "Mohammed al-Otaibi"
    assert romanize_name("سعد حرب")[0].endswith("Harb")
    # and an Arab family's name after a foreign given name (a hostile review's: Smaha, Hna)
    assert romanize_name("ميشال سماحة")[0] == "Michel Samaha"
    assert romanize_name("طوني حنا")[0] == "Tony Hana"
    assert romanize_name("بيار الجميل")[0] == "Pierre al-Jumail"
    assert romanize_name("بول غريفيث")[0] == "Paul Grifith"  # ث is a Western th too


def test_a_western_surname_of_the_table_opening_with_waw_follows_a_western_given_name(tmp_path):
    # Written for this test in the style of an entertainment page (fortyfive's Hollywood list).
    found = candidates(tmp_path, "كما شملت قائمة نجوم هوليوود إيما واتسون ومايكل فاسبندر.\n")
    assert found["إيما واتسون"]["en"] == "Emma Watson", sorted(found)


def test_people_listed_after_kull_min_take_the_word_after_their_given_name(tmp_path):
    # Written for this test in the style of an opposition body's news.
    found = candidates(tmp_path, "وتضم الهيئة نواب الرئيس كل من هشام مروة ومصطفى أوسو.\n"
                                 "وزار الوفد كل من الرياض وجدة.\n"
                                 "وشارك كل من يرغب في ذلك.\n"
                                 "وشارك كل من أحمد الشهر الماضي ويعاقب كل من هاني زوجته.\n")
    assert found["هشام مروة"]["kind"] == "person" and found["مصطفى أوسو"]["kind"] == "person"
    assert not any("يرغب" in ar or "الشهر" in ar or "زوجته" in ar for ar in found), sorted(found)


def test_a_body_named_after_a_man_keeps_its_adjective(tmp_path):
    # Written for this test in the style of a Saudi local report.
    found = candidates(tmp_path, "وقدمت مؤسسة سالم بن محفوظ الخيرية دعما للبرنامج.\n"
                                 "وتخرج من كلية محمد المانع الطبية في العام الماضي.\n")
    assert found["مؤسسة سالم بن محفوظ الخيرية"]["en"] == "Salem bin Mahfuz Charitable Foundation"
    assert found["كلية محمد المانع الطبية"]["kind"] == "organisation", sorted(found)
    assert "كلية محمد المانع" not in found


def test_a_place_whose_name_starts_with_lam_after_li(tmp_path):
    # Written for this test in the style of a sports report.
    found = candidates(tmp_path, "وأكد المدرب لدى عودته للندن أنه باق، وأرسل تحية لليبيا.\n")
    assert found["لندن"]["en"] == "London" and found["ليبيا"]["en"] == "Libya", sorted(found)


def test_belarus_is_no_mention_of_russia(tmp_path):
    # Written for this test in the style of a sports brief.
    text = "وتعاقد باتي بوريسوف حامل لقب دوري روسيا البيضاء مع لاعب وسط.\n"
    found = candidates(tmp_path, text)
    assert found["روسيا البيضاء"]["en"] == "Belarus", sorted(found)
    (tmp_path / "by.txt").write_text(text, "utf-8")
    result = CliRunner().invoke(cli, ["--project", str(ROOT), "actors", str(tmp_path / "by.txt"),
                                      "--json"])
    assert "russia" not in [a["id"] for a in json.loads(result.output)], result.output


def test_one_word_after_a_title_and_a_nationality(tmp_path):
    # Written for this test in the style of a sports page and of headlines.
    found = candidates(tmp_path, "وسجل المهاجم الإنجليزي روني هدفا.\n"
                                 "وأكد الوزير المصري تطابق رؤية الجانبين.\n"
                                 "وكان الوزير الأمريكي يزور المنطقة أمس.\n"
                                 "وقال المهندس فيصل شاهين إن المشروع جاهز.\n"
                                 "وعين الاتحاد القطري هاني بلان مقيما للحكام.\n")
    assert not [name for name in found if name.startswith("روني ")], sorted(found)
    assert not {"تطابق", "يزور", "هاني"} & set(found)  # a verbal noun, a verb, half a name
    assert found["فيصل شاهين"]["kind"] == "person"  # شاهين is no dual of شاه
    duals = candidates(tmp_path, "وسجل المهاجم نايف هزازي هدفين في مرمى الاتحاد.\n"
                                 "وأمضى محمد نور عامين في صفوف الاتحاد.\n")
    assert "نايف هزازي" in duals and "محمد نور" in duals, sorted(duals)


def test_a_known_body_after_li_is_no_complement_of_the_body_before_it(tmp_path):
    # Written for this test in the style of a wire report.
    found = candidates(tmp_path, "حسبما قال مسؤول في الشركة الهندية لوكالة الصحافة الفرنسية.\n")
    assert found["وكالة الصحافة الفرنسية"]["en"] == "AFP", sorted(found)
    assert not [name for name in found if name.startswith("الشركة الهندية ل")], sorted(found)


def test_bodies_of_the_united_nations_named_in_full(tmp_path):
    # Written for this test in the style of wire reports.
    found = candidates(tmp_path, "وقالت منظمة الأمم المتحدة للأغذية والزراعة إن الإنتاج تراجع.\n"
                                 "وقال برنامج الأمم المتحدة الإنمائي إن التمويل تراجع.\n"
                                 "وقالت بعثة الأمم المتحدة للدعم في ليبيا إن الحوار مستمر.\n"
                                 "وأقره المؤتمر لمنظمة الأمم المتحدة للتربية والعلم والثقافة.\n"
                                 "وانتقد برنامج إيران النووي.\n")
    assert found["منظمة الأمم المتحدة للأغذية والزراعة"]["en"] == (
        "Food and Agriculture Organization"), sorted(found)
    assert found["برنامج الأمم المتحدة الإنمائي"]["en"] == "UNDP"
    assert found["بعثة الأمم المتحدة للدعم في ليبيا"]["en"] == "UNSMIL"
    more = candidates(tmp_path, "وقالت المفوضية السامية للأمم المتحدة لشؤون اللاجئين إنه زاد.\n"
                                "وقال صندوق الأمم المتحدة للسكان إن العدد ارتفع.\n")
    assert more["المفوضية السامية للأمم المتحدة لشؤون اللاجئين"]["en"] == "UNHCR", sorted(more)
    assert more["صندوق الأمم المتحدة للسكان"]["en"] == "UNFPA"
    assert found["منظمة الأمم المتحدة للتربية والعلم والثقافة"]["en"] == "UNESCO"
    assert "برنامج إيران" not in found  # a state's programme, no body
    groups = candidates(tmp_path, "وانتقد برنامج طالبان السياسي وصندوق داعش المالي.\n"
                                  "وقدمت مؤسسة سالم بن محفوظ العام الماضي منحا.\n")
    assert not [name for name in groups if name.startswith(("برنامج", "صندوق"))], sorted(groups)
    assert "مؤسسة سالم بن محفوظ العام" not in groups  # العام of العام الماضي


def test_a_city_police_is_an_organisation(tmp_path):
    # Written for this test in the style of a crime report.
    found = candidates(tmp_path, "وقالت شرطة دبي إن المتهم اعتقل.\nوقالت الشرطة إن لندن هادئة.\n")
    assert found["شرطة دبي"]["en"] == "Dubai Police", sorted(found)
    assert found["شرطة دبي"]["guess"] is False  # a translation, not a romanisation
    assert found["لندن"]["kind"] == "place"


def test_surnames_in_ta_marbuta_and_titles_of_trade_and_age(tmp_path):
    # Written for this test in the style of Saudi and wire reports.
    found = candidates(tmp_path, (
        "وتضم الهيئة الرئيس خالد خوجة ونائبه. وأصيبت الأم ريهام دوابشة بحروق بالغة، "
        "وأشاد المنشد إبراهيم السعيد بالحفل. وتوفي الطفل الرضيع علي دوابشة متأثرا بجراحه. "
        "وكرم المحافظ عبدالمحسن عاضة الحارثي الفائزين في مستشفى الملك فهد بجدة. "
        "وبعد رحيل الصربي ليوبكو بتروفيتش تعاقد النادي مع مدرب جديد.\n\n"
        "الطفل يحتاج إلى رعاية، وفي المؤتمرات الصحفية يتسابق زملاء المهنة. "
        "وتورطت الشركة الأم لقناة «بول تي في» في فضيحة."))
    # رحيل (a departure, and a given name) before a nationality that opens a foreign name
    # (round 28's new-user review: بعد رحيل الهولندي روبن فان بيرسي)
    more = candidates(tmp_path, "وبعد رحيل الهولندي روبن فان بيرسي إلى فنربخشة، بحث النادي "
                                "عن مهاجم. وقال محمد المصري إن الفريق جاهز.\n")
    assert "رحيل الهولندي" not in more and more["روبن فان بيرسي"]["kind"] == "person", sorted(more)
    assert more["محمد المصري"]["kind"] == "person"  # al-Masri, a surname
    for name in ("خالد خوجة", "ريهام دوابشة", "إبراهيم السعيد", "علي دوابشة",
                 "عبدالمحسن عاضة الحارثي", "ليوبكو بتروفيتش"):
        assert found.get(name, {}).get("kind") == "person", (name, sorted(found))
    assert found["مستشفى الملك فهد"]["kind"] == "organisation"  # بجدة is the city, no name
    assert found["ليوبكو بتروفيتش"]["en"] == "Liwbko Petrovic"
    assert not any(name.startswith(("يتسابق", "بحروق")) or name.endswith("بحروق")
                   for name in found), sorted(found)


def test_no_verb_or_noun_with_a_pronoun_or_plural_nouns_opens_a_name(tmp_path):
    # Written for this test in the style of wire and sports reports.
    found = candidates(tmp_path, (
        "وتنص الاصلاحات التي اعلنها العبادي على الغاء مناصب نواب رئيس الجمهورية. "
        "ويريد المدرب إبعادهم من قائمة الفريق، ودفع النادي مبلغا كبيرا لقدوم دي ماريا. "
        "وهنأ الأمير جلوي بن عبدالعزيز بن مساعد أمير منطقة نجران الفائزين."))
    assert "جلوي بن عبدالعزيز بن مساعد" in found, sorted(found)  # مساعد after بن: a name
    assert "دي ماريا" in found, sorted(found)
    for wrong in ("اعلنها العبادي", "مناصب نواب", "إبعادهم", "لقدوم دي ماريا"):
        assert wrong not in found, sorted(found)


def test_a_club_gives_way_to_a_listed_body_it_opens(tmp_path):
    found = candidates(tmp_path, "وقال رئيس الاتحاد الدولي لكرة القدم إن اللعبة تتغير.")
    assert found["الاتحاد الدولي لكرة القدم"]["en"] == "FIFA"
    assert [c["en"] for c in found.values()] == ["FIFA"]  # not the club Al-Ittihad


def test_nationalities_in_a_bodys_english(tmp_path):
    found = candidates(tmp_path, "وقالت وزارة الخارجية السويدية إن الاتحاد الجزائري لكرة القدم "
                                 "والبحرية النرويجية والشرطة النمساوية تعاونت.")
    assert found["وزارة الخارجية السويدية"]["en"] == "Swedish Ministry of Foreign Affairs"
    assert found["الاتحاد الجزائري لكرة القدم"]["en"] == "Algerian Football Federation"
    assert found["الشرطة النمساوية"]["en"] == "Austrian Police"


def test_a_noun_with_his_an_adverb_or_a_title_after_bin_is_no_surname(tmp_path):
    # hostile review: "given name + his X" and adverbs in ة
    found = candidates(tmp_path, (
        "وأعلن خالد جاهزيته للمباراة، وأكد فيصل أحقيته باللقب، وأبدى عبدالله استغرابه. "
        "وعاد سلمان خلسة، وسافر خالد كعادته إلى لندن. واستقبل سلمان بن ملك البحرين الوفد."))
    assert not any(len(name.split()) > 1 and name.split()[0] in ("خالد", "فيصل", "عبدالله",
                                                               "سلمان") for name in found), (
        sorted(found))


def test_a_body_named_by_its_task(tmp_path):
    # Written for this test in the style of wire reports: head + a noun of its task + object.
    found = candidates(tmp_path, (
        "وقالت وكالة حماية البيئة إن الانبعاثات زادت، ورحب مجلس مكافحة الفساد بالقرار، وأعلنت "
        "لجنة مبادرة السلام العربية موقفها، وحذرت وكالة مكافحة المخدرات الأميركية من التهريب. "
        "وقال رئيس مجلس إدارة الشركة إن الأرباح زادت، وتشارك مصر في تحالف تقوده السعودية، "
        "وتنظيم راحة الجسم مهم. وأسست شركة صناعة السيارات مجموعة متنوعة الحرف، وشكلت لجنة "
        "دراسة الملف. وقالت هيئة تنمية المنطقة الشرقية إن المشروع بدأ."))
    assert found["وكالة حماية البيئة"]["en"] == "Environment Protection Agency"
    assert found["وكالة حماية البيئة"]["kind"] == "organisation"
    assert found["مجلس مكافحة الفساد"]["en"] == "Anti-Corruption Council"
    assert found["لجنة مبادرة السلام العربية"]["en"].startswith("Arab ")
    assert found["وكالة مكافحة المخدرات الأميركية"]["en"].startswith("US Anti-")
    assert found["المنطقة الشرقية"]["kind"] == "place"  # hostile review: the place, not cut
    for wrong in ("مجلس إدارة الشركة", "تحالف تقوده السعودية", "تنظيم راحة الجسم",
                  "شركة صناعة السيارات", "مجموعة متنوعة الحرف", "لجنة دراسة الملف",
                  "هيئة تنمية المنطقة"):
        assert wrong not in found, sorted(found)  # a board, a verb, descriptions, a place cut


def test_a_foreign_club_is_no_coach_or_adjective_after_farik(tmp_path):
    # hostile review: the club alone after فريق read coaches and adjectives (taken back)
    found = candidates(tmp_path, (
        "وفاز الهلال على النصر في مباراة الدوري بهدفين، وأحرز الفريق هدف المباراة الأول. "
        "لكن فريق كلوب كان الأفضل، وتجمد رصيد فريق مورينيو أمام فريق متماسك."))
    assert not any(name.startswith("فريق") for name in found), sorted(found)


@pytest.mark.parametrize(("text", "ar", "en"), [
    ("وقال ألكسندر مدفيديف إن الوضع خطير.", "ألكسندر مدفيديف", "Alexander"),
    ("وأكد رالف فينيس أن الفيلم جاهز.", "رالف فينيس", "Ralph"),
    ("وغنت تيلور سويفت في الحفل.", "تيلور سويفت", "Taylor"),
])
def test_more_western_given_names_open_a_name(tmp_path, text, ar, en):
    found = candidates(tmp_path, text)
    assert found[ar]["kind"] == "person", sorted(found)
    assert found[ar]["en"].startswith(en)


def test_a_foreign_club_by_its_last_word(tmp_path):
    found = candidates(tmp_path, (
        "وفاز سوانزي سيتي على ستوك سيتي في مباراة الدوري بهدفين، وتعادل وست بروميتش ألبيون مع "
        "سوانسي ونيوكاسل يونايتد. وخسر غازينتاب سبور أمام جاره مانشستر يونايتد في المباراة، "
        "وفاز ليستر سيتي. وزار الوفد مدينة نيويورك سيتي ومكسيكو سيتي وسولت ليك سيتي."))
    for club in ("سوانزي سيتي", "ستوك سيتي", "وست بروميتش ألبيون", "نيوكاسل يونايتد",
                 "غازينتاب سبور", "مانشستر يونايتد"):
        assert found[club]["kind"] == "organisation", (club, sorted(found))
    assert found["نيوكاسل يونايتد"]["en"] == "Newcastle United"
    assert found["ليستر سيتي"]["en"] == "Leicester City"  # the club the table knows
    assert found["مكسيكو سيتي"]["kind"] == "place"  # a city so named
    assert found["سولت ليك سيتي"]["kind"] == "place"
    assert not any("سيتي" in name for name in found if "نيويورك" in name), sorted(found)


def test_a_club_suffix_outside_a_sports_report_is_no_club(tmp_path):
    # hostile review: الكويت سيتي, دبي ميديا سيتي in any report
    found = candidates(tmp_path, "وافتتح الأمير المعرض في الكويت سيتي وزار دبي ميديا سيتي.")
    assert not any(c["kind"] == "organisation" and "سيتي" in name
                   for name, c in found.items()), sorted(found)


def test_the_eurozone(tmp_path):
    assert candidates(tmp_path, "وتعاني منطقة اليورو من أزمة.")["منطقة اليورو"]["en"] == (
        "Eurozone")


def test_a_foreign_name_in_i_after_a_title_is_no_nisba(tmp_path):
    # Written for this test in the style of sports and wire reports.
    found = candidates(tmp_path, (
        "وتوصل النادي إلى اتفاق حول انتقال اللاعب مونتاري إلى صفوف الفريق. وقال الرئيس "
        "الإيراني حسن روحاني إن الاتفاق مهم، وقال نائب فرنسي معارض إن الأمر خطير، "
        "وطالب قائد ميداني بتفادي المواجهة."))
    assert found["مونتاري"]["kind"] == "person", sorted(found)
    for wrong in ("معارض", "فرنسي معارض", "ميداني", "بتفادي"):
        assert wrong not in found, sorted(found)


def test_an_institute_or_centre_named_by_its_nisba(tmp_path):
    found = candidates(tmp_path, (
        "وقال المعهد القومي الأميركي للصحة إن الدراسة مهمة، وأعلن المركز الوطني للقياس والتقويم "
        "نتائجه. واحتل الفريق المركز الثالث، وقال المركز الإعلامي إن العروض تقام في ساحات "
        "المركز (المول حسب التسمية الأجنبية)."))
    assert found["المعهد القومي الأميركي للصحة"]["en"] == "US National Institute for Health"
    assert found["المركز الوطني للقياس والتقويم"]["kind"] == "organisation"
    assert not any(name.startswith(("المركز الثالث", "المركز الإعلامي", "المركز المول"))
                   for name in found), sorted(found)


def test_a_foreign_given_name_in_al_after_a_title_is_the_name(tmp_path):
    found = candidates(tmp_path, "وقال رئيس الوزراء اليوناني الكسيس تسيبراس إن الاتفاق صعب.")
    assert found["الكسيس تسيبراس"]["en"] == "Alexis Tsipras", sorted(found)


def test_li_and_a_verb_or_my_noun_is_no_name_after_a_title(tmp_path):
    found = candidates(tmp_path, (
        "وسافر الحارس للالتحاق ببعثة الفريق لينضم إلى بقية الحراس. وقال الطالب جامعتي جميلة."))
    assert not any(name.startswith(("لينضم", "جامعتي")) for name in found), sorted(found)


def test_an_area_of_an_event_a_word_of_its_own_after_a_body_and_long_listed_bodies(tmp_path):
    found = candidates(tmp_path, (
        "وتم اغلاق المدخل في منطقة الحادث، وعمل التجهيزات المطلوبة لمنطقة الحفل. وأجرى المركز "
        "الإعلامي لقاء مع المدير. وقالت هيئة الأمر بالمعروف والنهي عن المنكر إن العمل مستمر، "
        "وقال بروفيسور ساجد مير إن الجمعية قائمة."))
    assert not any(name in ("الحادث", "الحفل") or "لقاء" in name for name in found), sorted(found)
    assert found["هيئة الأمر بالمعروف والنهي عن المنكر"]["kind"] == "organisation"
    assert "ساجد مير" in found, sorted(found)


def test_companies_listed_by_short_name_in_a_market_report(tmp_path):
    # Written for this test in the style of Saudi market reports.
    found = candidates(tmp_path, (
        "وتصدر سهم شركة العالمية للتأمين قائمة الأسهم المرتفعة بنسبة 5%،و ميدغلف للتأمين "
        "والمتحدة للتأمين,وبروج ,والدرع للتأمين،والحمادي الأكثر ارتفاعاً اليوم. وجاءت أسهم "
        "شركات سابك والإنماء ,والخدمات الأرضية والراجحي ,وملاذ للتأمين الأكثر نشاطاً. "
        "ويقارن الكاتب النظام الصحي البريطاني والألماني والسويسري والهولندي والفرنسي."))
    for company in ("ميدغلف للتأمين", "المتحدة للتأمين", "بروج", "الدرع للتأمين", "الحمادي",
                    "الراجحي", "ملاذ للتأمين"):
        assert found[company]["kind"] == "organisation", (company, sorted(found))
    assert not any(name.startswith(("و", "الأكثر", "الألماني", "السويسري")) for name in found), (
        sorted(found))


def test_sectors_goods_and_verbs_in_a_market_report_are_no_companies(tmp_path):
    # hostile re-check
    found = candidates(tmp_path, (
        "وارتفعت أسهم قطاعات الخدمات المالية، والصناعات الغذائية، والرعاية الصحية، والمواد "
        "الأساسية. وارتفعت مؤشرات البتروكيماويات، والمصارف، والتأمين، والاتصالات، والعقارات. "
        "تأثرت أسهم الخليج بتراجع الذهب، والفضة، والنفط، والنحاس، والبلاتين. وهبطت أسهم وفرة، "
        "والدار، وجرير، والجزيرة، وديار بنسبة 8%. وارتفع سهم أرامكو، وسابك، والراجحي، ومعادن، "
        "والاتصالات بنسبة طفيفة."))
    organisations = {name for name, c in found.items() if c["kind"] == "organisation"}
    assert {"وفرة", "جرير", "ديار", "الراجحي", "معادن"} <= organisations, sorted(found)
    for wrong in ("الصناعات الغذائية", "الرعاية الصحية", "التأمين", "العقارات", "الفضة",
                  "النفط", "هبطت", "فرة", "طفيفة"):
        assert wrong not in found, sorted(found)


def test_nisbas_of_their_own_shape_and_jadin_are_no_names(tmp_path):
    # hostile review
    found = candidates(tmp_path, "وقال خبير جيولوجي إن الأرض تتحرك، وقال قائد حمساوي إن الطلاب "
                                 "جادين مجتهدين.")
    assert not any(name.startswith(("جيولوجي", "حمساوي", "جادين")) for name in found), (
        sorted(found))


def test_forests_parks_resorts_and_subdistricts_are_places_with_their_head(tmp_path):
    # Written for this test in the style of local and foreign reports.
    found = candidates(tmp_path, (
        "واندلع حريق في غابة رغدان بالباحة. وزار منتجع صبنجة وبحيرة طبرية. وشهد قضاء بلدروز "
        "اشتباكات. ومن ناحية أخرى قرر قضاء رمضان وقضاء مناسك العمرة في غابة كثيفة."))
    assert found["غابة رغدان"]["en"] == "Raghdan Forest", sorted(found)
    for place in ("منتجع صبنجة", "بحيرة طبرية", "قضاء بلدروز"):
        assert found[place]["kind"] == "place", (place, sorted(found))
    assert not any(name.startswith(("ناحية", "قضاء رمضان", "قضاء مناسك", "غابة كثيفة"))
                   for name in found), sorted(found)


def test_a_side_listed_in_its_line_up_is_its_players():
    from briefgen.arabic.actors import load_registry
    from briefgen.arabic.candidates import find_named_candidates

    registry = load_registry(ROOT / "seeds" / "actors.yaml")
    # Written for this test in the style of a friendly's report; the last lines list goods.
    text = ("ودخل الفريق المباراة بتشكيلة مكونة من شراحيلي، ديقاو، جحفلي، كواك، الزوري، القرني، "
            "فيصل درويش، الكعبي، فقد فرض سيطرته. وعرض المتجر تشكيلة من المنتجات، العطور، "
            "الأزياء، الساعات، الحقائب، الأحذية. وبتشكيلة من مادو، مكبش، شتيوي.")
    found = {c.ar: c.kind for c in find_named_candidates(text, registry, sports=True)}
    for player in ("شراحيلي", "ديقاو", "كواك", "الزوري", "فيصل درويش", "الكعبي"):
        assert found.get(player) == "person", (player, found)
    assert not any(name in ("فقد", "العطور", "الأزياء") for name in found), found
    assert "مكبش" not in found, found  # three words are no line-up


def test_a_country_told_after_a_club_or_an_outlet_is_no_part_of_its_name(tmp_path):
    # sixty's sn-06486 (read after its scoring) and the new-user review's Telegraph
    found = candidates(tmp_path, (
        "وسبق له أن درّب نادي الجزيرة الإماراتي ونادي الخور القطري. وقالت صحيفة التلغراف "
        "البريطانية إن الهجوم وقع. وفاز العين الإماراتي على السد القطري. وتعادل فريق القادسية "
        "الكويتي مع النادي الأهلي المصري."))
    for other in ("فريق القادسية الكويتي", "النادي الأهلي المصري"):  # not القادسية, الأهلي
        assert found[other]["kind"] == "organisation", (other, sorted(found))
    for name in ("نادي الجزيرة", "نادي الخور", "صحيفة التلغراف", "العين", "السد"):
        assert found[name]["kind"] == "organisation", (name, sorted(found))
    assert not any(name.endswith(("الإماراتي", "القطري", "البريطانية")) for name in found)
    assert not found["صحيفة التلغراف"]["en"].startswith("British")
    found = candidates(tmp_path, "وقالت صحيفة الوطن الكويتية وصحيفة الوطن السعودية.")
    assert "صحيفة الوطن الكويتية" in found and "صحيفة الوطن السعودية" in found  # two papers
    assert "صحيفة الرياض" in candidates(tmp_path, "وقالت صحيفة الرياض السعودية إن.")


def test_an_outlet_named_in_latin_letters_after_its_head(tmp_path):
    found = candidates(tmp_path, ("بحسب موقع Tolo News الأفغاني. وفقا لتقرير من موقع BuzzFeed، "
                                  "وقال لموقع Telegraph إن الملف موجود على موقع PDF."))
    for outlet in ("Tolo News", "BuzzFeed", "Telegraph"):
        assert found[outlet] == {**found[outlet], "kind": "organisation", "en": outlet}
    assert "PDF" not in found, sorted(found)
    found = candidates(tmp_path, "وقالت صحيفة El País الإسبانية ونقل موقع Al-Monitor وقناة A "
                                 "ووكالة AP وموقع OK.")
    assert "El País" in found and "Al-Monitor" in found and "AP" in found, sorted(found)
    assert "A" not in found and "OK" not in found, sorted(found)


def test_a_judiciary_a_direction_a_need_or_a_description_is_no_district(tmp_path):
    # The hostile review's cases, written in the style of Saudi news.
    found = candidates(tmp_path, (
        "وحكم عليه بقضاء محكوميته في السجن وتمكن من قضاء دينه. وأشاد المحامي بنزاهة قضاء "
        "لبنان وتسللت العناصر من ناحية لبنان. وتوافدت الأسر على منتجع شاطئي وتحيط بالقرية "
        "غابة صنوبرية. وتوسع منطقة نفوذها."))
    assert found["لبنان"]["kind"] == "place", sorted(found)
    assert not any(name.startswith(("قضاء", "ناحية", "منتجع", "غابة")) or "نفوذ" in name
                   for name in found), sorted(found)
    # the re-check's: a man's name, a verb, a possessive, a participle, a country after them
    found = candidates(tmp_path, (
        "وزار ولي العهد غابة محمد بن زايد. وقال مدير متنزه سلمان الحربي إن. وفي غابة تقع "
        "شمالا ومتنزه مساحته كبيرة ومنتجع مملوك لرجل أعمال. وفي محمية جنوب أفريقيا."))
    assert found["محمد بن زايد"]["kind"] == found["سلمان الحربي"]["kind"] == "person"
    assert found["جنوب أفريقيا"]["kind"] == "place", sorted(found)
    assert not any(name.startswith(("غابة", "متنزه", "منتجع", "محمية")) for name in found), (
        sorted(found))


def test_a_squad_list_after_a_city_left_and_a_man_without_a_comma(tmp_path):
    # sixtyone's sn-02087, read after its scoring, and the hostile re-check's cases
    from briefgen.arabic.actors import load_registry
    from briefgen.arabic.candidates import find_named_candidates

    registry = load_registry(ROOT / "seeds" / "actors.yaml")
    text = ("تغادر الرياض مساء غد بعثة الفريق بنادي النصر، وتضم طلال النجار وفرحان الشلوي عبد "
            "العزيز النومان وسعد الرفدان. ويزور الرياض الهلال في ملعبه. وأشاد سعود الفيصل عبد "
            "الله الثاني. وتنقل الوفد بين سانتياغو وليما وزار بغداد والكوت.")
    found = {c.ar: c.kind for c in find_named_candidates(text, registry, sports=True)}
    assert found["فرحان الشلوي"] == found["عبد العزيز النومان"] == "person", found
    assert found["سعود الفيصل عبد الله"] == "person", found  # out of a list, not split
    walcott = {c.ar: c.en for c in find_named_candidates(
        "وسجل ثيو والكوت هدفا. وغادر الرياض متجها إلى جدة.", registry, sports=True)}
    assert walcott["ثيو والكوت"] == "Theo Walcott" and walcott["الرياض"] == "Riyadh", walcott
    places = [c.ar for c in find_named_candidates(text, registry, sports=True)
              if c.kind == "place"]
    assert places == ["الرياض", "سانتياغو", "ليما", "بغداد", "الكوت"], places  # not the
    # club's visit, يزور الرياض الهلال


def test_a_troupe_is_a_body_but_a_unit_at_work_is_not_one(tmp_path):
    # Written for this test in the style of festival reports (the development sets name eleven
    # troupes).
    found = candidates(tmp_path, (
        "وأحيت فرقة الباحة الشعبية الحفل مع فرقة أمواج الترفيهية. وشاركت فرقة الإطفاء "
        "وفرقة الدفاع المدني. وقال قائد فرقة الحرس الجمهوري إن. وقالت فرقة العمل المالي إن "
        "التقرير جاهز، ودعا إلى نبذ فرقة المسلمين."))
    for troupe in ("فرقة الباحة الشعبية", "فرقة أمواج"):
        assert found[troupe]["kind"] == "organisation", (troupe, sorted(found))
    assert "الدفاع المدني" in found and "الحرس الجمهوري" in found, sorted(found)
    assert not [name for name in found if name.startswith("فرقة") and name not in (
        "فرقة الباحة الشعبية", "فرقة أمواج")], sorted(found)  # a troupe is told by its art



def test_nahiya_is_a_subdistrict_only_where_a_place_is_expected(tmp_path):
    # Written for this test after round 16's held-out scoring (sixtyfive: towards a player).
    found = candidates(tmp_path, "وركض الجهاز الطبي ناحية هازارد رغم أنه بدا سليما.\n"
                                 "ووقعت الاشتباكات في ناحية بلدروز وبناحية جلولاء.\n")
    assert found["ناحية بلدروز"]["kind"] == "place", sorted(found)
    # Hazard is no subdistrict; the learnt model may read the player (round 22)
    assert not [ar for ar in found if "هازارد" in ar and found[ar]["kind"] != "person"], sorted(
        found)


def test_amman_where_the_story_is_in_jordan_and_oman_elsewhere(tmp_path):
    # Written for this test in the style of the corpus's reports.
    jordan = candidates(tmp_path, "وصل الوفد إلى عمان أمس في زيارة للحكومة الأردنية.\n")
    assert jordan["عمان"]["en"] == "Amman"
    oman = candidates(tmp_path, "وصل الوفد إلى عمان أمس في زيارة للحكومة العمانية.\n")
    assert oman["عمان"]["en"] == "Oman"
    # Both countries in one list: no story of Jordan's
    both = candidates(tmp_path, "ويشارك بها السعودية وقطر وعمان والبحرين والأردن.\n")
    assert both["عمان"]["en"] == "Oman"


def test_names_whose_words_are_particles_too(tmp_path):
    # Written for this test after round 16's sets became development data.
    found = candidates(tmp_path, "أطلق الامين العام للامم المتحدة بان كي مون نداء ملحا.\n"
                                 "وقال رئيس الوزراء الياباني شينزو آبي إن الألعاب ستقام.\n"
                                 "وأكد بان أن الوضع صعب.\n")
    assert found["بان كي مون"]["en"] == "Ban Ki-moon", sorted(found)  # بأن, كي
    assert found["شينزو آبي"]["en"] == "Shinzo Abe", sorted(found)  # not أبي, Abi
    assert "بان" not in found and not [ar for ar in found if "نداء" in ar], sorted(found)


def test_palestine_and_zurich_by_the_names_the_press_uses(tmp_path):
    found = candidates(tmp_path, "كي يتسنى لأطفال فلسطين أن يبدأوا سنتهم في الأراضي الفلسطينية.\n"
                                 "وعقد الاجتماع في زوريخ أمس.\n")
    assert found["فلسطين"]["en"] == "Palestine"
    assert found["الأراضي الفلسطينية"]["en"] == "Palestinian Territories"
    assert found["زوريخ"]["en"] == "Zurich"


def test_a_body_s_name_runs_through_the_noun_in_construct_or_stops_before_it(tmp_path):
    # Written for this test in the style of the corpus's reports (round 17).
    found = candidates(tmp_path, "وقدمت اللجنة العليا لمهرجان أبها يجمعنا عروضها.\n"
                                 "وأعلنت اللجنة العليا لمعرض جدة الدولي للكتاب، عن إقامة المعرض.\n"
                                 "وكان الاتحاد العاجي لمدة عامين بلا مدرب.\n")
    assert "اللجنة العليا لمهرجان أبها" in found, sorted(found)
    assert "اللجنة العليا لمعرض جدة الدولي للكتاب" in found, sorted(found)
    assert not [ar for ar in found if ar.endswith(("لمهرجان", "لمدة"))], sorted(found)


def test_a_club_told_by_its_country_and_an_airline_named_by_a_noun_are_no_names(tmp_path):
    found = candidates(tmp_path, "وانتقل إلى النادي الإنجليزي في الصيف، وقرر الاتحاد القاري "
                                 "معاقبة النادي الكتالوني.\n"
                                 "وستقوم دلتا ثاني أكبر شركة طيران في الولايات المتحدة برحلات.\n"
                                 "وأعلنت شركة طيران ناس وشركة اتحاد اتصالات (موبايلي) نتائجهما.\n")
    assert not {"النادي الإنجليزي", "الاتحاد القاري", "النادي الكتالوني",
                "شركة طيران"} & set(found), sorted(found)
    assert found["شركة طيران ناس"]["en"] == "flynas", sorted(found)
    assert "موبايلي" in found["شركة اتحاد اتصالات"]["variants"], sorted(found)  # one company


def test_a_compound_name_in_allah_whose_first_word_is_a_noun(tmp_path):
    # Written for this test in the style of wire reports (round 17).
    found = candidates(tmp_path, "وقال زعيم الحزب اللبناني حسن نصر الله امس إن الحزب مستعد.\n"
                                 "والتقى الوزير لوران فابيوس نظيره.\n"
                                 "وقال الشيخ محمد رحمه الله إن العلم نور.\n")
    assert found["حسن نصر الله"]["en"] == "Hassan Nasrallah", sorted(found)
    assert found["لوران فابيوس"]["en"] == "Laurent Fabius", sorted(found)
    assert not [ar for ar in found if "رحمه" in ar], sorted(found)  # a blessing, no name


def test_a_queen_s_ordinal_and_well_known_bodies_and_clubs(tmp_path):
    # Written for this test in the style of the corpus's reports (round 17).
    found = candidates(tmp_path, "وقالت الملكة إليزابيث الثانية إن المملكة المتحدة بخير.\n"
                                 "وتواصل الطلاب عبر تطبيق واتساب، وفاز فيورنتينا على انتر ميلانو.\n"
                                 "وأعلنت مصلحة الإحصاءات العامة والمعلومات النتائج.\n")
    assert found["إليزابيث الثانية"]["en"] == "Elizabeth II", sorted(found)
    assert found["واتساب"]["en"] == "WhatsApp" and found["انتر ميلانو"]["en"] == "Inter Milan"
    assert found["فيورنتينا"]["kind"] == "organisation", sorted(found)
    assert "مصلحة الإحصاءات العامة والمعلومات" in found, sorted(found)


def test_mubarak_opens_a_name_and_ends_one(tmp_path):
    found = candidates(tmp_path, "وقال مبارك العصيمي إن الموسم طويل.\n"
                                 "وقال الرئيس المصري الأسبق حسني مبارك إن مصر بخير.\n"
                                 "وتبادل الناس التهاني بعيد مبارك.\n")
    assert found["مبارك العصيمي"]["kind"] == "person", sorted(found)
    assert found["حسني مبارك"]["en"] == "Hosni Mubarak", sorted(found)
    assert not [ar for ar in found if "عيد" in ar], sorted(found)


def test_a_body_s_other_name_in_brackets_is_the_same_body(tmp_path):
    # Written for this test in the style of wire reports (round 17).
    found = candidates(tmp_path, "ونقلت وكالة الأنباء الصينية (شينخوا) عن مسؤول قوله إن.\n"
                                 "وقالت شينخوا إن الاجتماع انتهى.\n")
    assert "شينخوا" not in found, sorted(found)
    body = found["وكالة الأنباء الصينية"]
    assert body["en"] == "Xinhua" and not body["guess"] and "شينخوا" in body["variants"]
    assert body["count"] == 3, body  # its own mention and both of the other name


def test_a_cast_and_a_list_of_villages_are_read_whole(tmp_path):
    # Written for this test in the style of the corpus's reports (round 17).
    found = candidates(tmp_path, "المسرحية من إخراج فهد العلي، وتمثيل: سليمان النزهة، يزيد "
                                 "الخميس، شبيب الخليفة، ناصر البريدي، محمد إدريس، وعبدالعزيز "
                                 "القدير، ويدير الإنتاج بندر العمري.\n"
                                 "وتدرب العاملون في سبع بلديات مرتبطة، وهي كلاً من: سميراء "
                                 "والحليفة وانبوان وجبة وتربة.\n")
    for name in ("سليمان النزهة", "يزيد الخميس", "شبيب الخليفة", "عبدالعزيز القدير"):
        assert found[name]["kind"] == "person", (name, sorted(found))
    assert not [ar for ar in found if "يدير" in ar], sorted(found)
    for name in ("الحليفة", "انبوان", "جبة", "تربة"):
        assert found[name]["kind"] == "place", (name, sorted(found))



def test_tables_of_two_runs_or_edited_by_hand_are_refused(monkeypatch, tmp_path):
    # A run of the miner killed between its renames leaves a set of two runs: refused.
    import shutil

    from briefgen.arabic import romanize
    from briefgen.errors import BriefgenError

    data = tmp_path / "data"
    shutil.copytree(ROOT / "src/briefgen/arabic/data", data)
    towns = data / "towns.tsv"
    header, rest = towns.read_text("utf-8").split("\n", 1)
    word, counts = rest.split("\t", 1)
    towns.write_text(f"{header}\n{word}x\t{counts}", "utf-8")  # one word changed, rows the same
    monkeypatch.setattr(romanize.resources, "files", lambda _: tmp_path)
    romanize._learnt.cache_clear()
    romanize.table_set.cache_clear()
    try:
        with pytest.raises(BriefgenError, match=r"not the set one run wrote \(the headers say"):
            romanize._learnt("given_names.tsv")
    finally:
        romanize._learnt.cache_clear()
        romanize.table_set.cache_clear()


def test_what_round_17_s_reviews_found_read_wrongly(tmp_path):
    # The shapes the new-user and hostile reviews tried; written for this test.
    found = candidates(tmp_path, "وكان المشهد مجرد مشهد أخ وأخت، وفاز المنتخب بكأس كوبا أمريكا.\n"
                                 "وسقطت زنجبار، عاصمة محافظة ابين، في يد المسلحين.\n"
                                 "وقال حزب الله اللبناني إن الحرب طويلة.\n"
                                 "وحل العداء محمد الثاني في السباق.\n")
    assert not {"مشهد", "كوبا", "محمد الثاني"} & set(found), sorted(found)
    assert found["زنجبار"]["en"] == "Zinjibar" and found["حزب الله اللبناني"]["en"] == "Hezbollah"
    jordan = candidates(tmp_path, "زار ملك الأردن عبدالله الثاني العاصمة عمان أمس.\n")
    assert jordan["عمان"]["en"] == "Amman" and "عبدالله الثاني" in jordan, sorted(jordan)
    gulf = candidates(tmp_path, "ويشارك بها السعودية وقطر وعمان والبحرين والأردن.\n")
    assert gulf["عمان"]["en"] == "Oman"
    quoted = candidates(tmp_path, "وأعلنت شركة «معادن» أرباحها.\n")
    assert quoted["شركة معادن"]["en"] == "Ma'aden" and not quoted["شركة معادن"]["guess"]


def test_a_word_between_a_title_s_given_name_and_what_he_said_is_his_family_name(tmp_path):
    # What round 17's new-user review found; written for this test.
    found = candidates(tmp_path, "وقال وزير الدفاع سمير مقبل إن الجيش جاهز.\n"
                                 "وأشاد الحضور بالملك سلمان وشهامته، وكرمه.\n"
                                 "وقال المدرب خالد أمس إن الفريق جاهز.\n")
    assert found["سمير مقبل"]["kind"] == "person", sorted(found)
    assert not [ar for ar in found if "وشهامته" in ar or "أمس" in ar], sorted(found)


def test_a_film_s_cast_after_its_starring_word(tmp_path):
    # Written for this test in the style of the corpus's box-office reports (round 17).
    found = candidates(tmp_path, "يقوم ببطولة الفيلم كريس برات وبرايس دالاس هاوارد ويخرجه "
                                 "كولين تريفورو.\n"
                                 "وأخرج الفيلم كايل بولدا وبيير كوفين وشارك في بطولته آخرون.\n"
                                 "وشارك في بطولة الفيلم جيسون كلارك وإيمليا كلارك، أخرجه "
                                 "ألان تيلور.\n")
    for name in ("كريس برات", "برايس دالاس هاوارد", "كايل بولدا", "بيير كوفين"):
        assert found[name]["kind"] == "person", (name, sorted(found))
    assert "دالاس" not in found and not [ar for ar in found if "يخرجه" in ar
                                          or "أخرجه" in ar], sorted(found)


def test_nasrallah_written_as_one_word(tmp_path):
    # What round 17's hostile review found lost; written for this test.
    found = candidates(tmp_path, "وقال الأمين العام لحزب الله حسن نصرالله إن الحرب طويلة.\n")
    assert found["حسن نصرالله"]["en"] == "Hassan Nasrallah", sorted(found)


def test_a_weak_verb_or_like_after_a_name_ends_it(tmp_path):
    # What round 17's hostile review found glued; written for this test.
    found = candidates(tmp_path, "وقال محمد عبده يغني في الحفل إن الجمهور رائع.\n"
                                 "ولاعب مثل رونالدو لا يعوض.\n"
                                 "وقال الشيخ عبدالله يمني إن الأمر انتهى.\n")
    assert "محمد عبده" in found and "عبدالله يمني" in found, sorted(found)  # يمني: a nisba
    assert not [ar for ar in found if "يغني" in ar or "مثل" in ar], sorted(found)


def test_a_nationality_in_construct_after_a_noun_stands_for_the_man(tmp_path):
    # Round 17's held-out sets, read after their scoring; sentences written for this test.
    found = candidates(tmp_path, "سجل الهلال هدفه الأول بواسطة البرازيلي كارلوس إدواردو في "
                                 "الدقيقة العاشرة.\n"
                                 "ويأمل النادي استمرار الكولومبي فيكتور ايبارغو مع الفريق.\n"
                                 "وقالت الحكومة المصرية إن دولنا العربية تعمل معا.\n")
    assert found["كارلوس إدواردو"]["kind"] == "person", sorted(found)
    assert not [ar for ar in found if "العربية" in ar or "دولنا" in ar], sorted(found)


def test_a_list_of_foreign_names_joined_by_and(tmp_path):
    # Round 17's held-out sets, read after their scoring; sentences written for this test.
    found = candidates(tmp_path, "وتعاقد النادي مع ممفيس ديباي وباستيان شفاينشتايجر ومورجان "
                                 "شنيدرلين هذا الصيف.\n"
                                 "وضم الفريق روبرت هوث وكريستيان بينتيكي وشينجي اوكازاكي.\n"
                                 "والتقى محمد علي وأحمد سعيد في الرياض.\n")
    # (كريستيان فوكس until round 19, whose tables learnt فوكس as a word: فوكس نيوز)
    for name in ("باستيان شفاينشتايجر", "مورجان شنيدرلين", "كريستيان بينتيكي", "شينجي اوكازاكي"):
        assert found[name]["kind"] == "person", (name, sorted(found))
    assert "وباستيان شفاينشتايجر" not in found and "محمد علي وأحمد سعيد" not in found


def test_names_with_portuguese_and_spanish_particles(tmp_path):
    # Round 17's held-out sets, read after their scoring; sentences written for this test.
    found = candidates(tmp_path, "ومن بين المدانين دالتون دوس سانتوس أفانسيني الرئيس التنفيذي "
                                 "للشركة.\n"
                                 "وأخرج الفيلم بيت دكتور ورونالدو ديل كارمن العام الماضي.\n"
                                 "وقال لوكا دي ميو إن الشركة رابحة.\n")
    assert found["دالتون دوس سانتوس أفانسيني"]["en"].startswith("Daltun dos "), sorted(found)
    assert found["رونالدو ديل كارمن"]["kind"] == "person", sorted(found)
    assert "لوكا دي ميو" in found and "ورونالدو ديل كارمن" not in found, sorted(found)


def test_clubs_of_other_first_divisions_named_alone(tmp_path):
    # Round 17's held-out sets, read after their scoring; sentences written for this test.
    found = candidates(tmp_path, "وفاز اتالانتا على بارما بهدفين في مباراة الدوري الإيطالي "
                                 "لكرة القدم، وسجل المهاجم الهدف الأول في الشوط الثاني. وتعادل "
                                 "سانت اتيان مع بوردو، وخسر بشيكتاش أمام طرابزون سبور.\n")
    assert {found[ar]["en"] for ar in ("اتالانتا", "بارما", "سانت اتيان", "بشيكتاش",
                                       "طرابزون سبور")} == {
        "Atalanta", "Parma", "Saint-Etienne", "Besiktas", "Trabzonspor"}, sorted(found)
    town = candidates(tmp_path, "وشهدت جنوى انهيار جسر، وتعرضت ملقا لموجة حر.\n")
    assert not [c for c in town.values() if c["kind"] == "organisation"], town


def test_abd_al_malik_is_a_given_name_not_a_king(tmp_path):
    # Round 17's development reading; sentences written for this test.
    found = candidates(tmp_path, "وقال زعيم التمرد عبد الملك الحوثي إن الحرب مستمرة.\n"
                                 "واستقبل الملك سلمان الوفد.\n")
    assert found["عبد الملك الحوثي"]["en"].startswith("Abdulmalik "), sorted(found)
    assert "الملك الحوثي" not in found, sorted(found)


def test_a_foreign_given_name_in_the_accusative_shape_before_a_surname(tmp_path):
    # سلفا ("in advance") before كير; written for this test.
    found = candidates(tmp_path, "بين القوات الموالية للرئيس سلفا كير ونائبه السابق.\n"
                                 "ودفع المواطن سلفا مبلغا كبيرا.\n"
                                 "وسجل اللاعب هدفا رائعا في المباراة.\n")
    assert found["سلفا كير"]["en"].endswith("Kiir"), sorted(found)
    assert not [ar for ar in found if "مبلغا" in ar or "هدفا" in ar], sorted(found)


def test_a_city_after_a_university_is_no_club(tmp_path):
    # Written for this test; the club tables hold Lyon (ليون) and Mallorca.
    found = candidates(tmp_path, "ودرس في جامعة ليون وجامعة السوربون.\n"
                                 "وأمضى موسمين في ريال مايوركا، ثم أعلن اتليتيكو مدريد ضمه.\n")
    assert found["جامعة ليون"]["kind"] == "organisation" and "ليون" not in found, sorted(found)
    assert found["ريال مايوركا"]["en"] == "Mallorca", sorted(found)
    assert found["اتليتيكو مدريد"]["en"] == "Atletico Madrid", sorted(found)


def test_a_family_name_between_a_title_s_name_and_where_he_did_it(tmp_path):
    # What round 17's new-user review left; written for this test.
    found = candidates(tmp_path, "وغنى الفنان راغب علامة في الحفل الختامي.\n"
                                 "وقال الشاعر زاهي وهبي إن القصيدة جديدة.\n"
                                 "وقال الوزير سمير وزملاؤه في المؤتمر إن الاتفاق قريب.\n"
                                 "وأخبرتني بأن الملك فيصل استشهد في ذلك اليوم.\n")
    assert "راغب علامة" in found and "زاهي وهبي" in found, sorted(found)
    assert not [ar for ar in found if "وزملاؤه" in ar or "استشهد" in ar], sorted(found)


def test_places_listed_with_commas_among_known_ones(tmp_path):
    # Written for this test in the style of the corpus's reports from Aden (round 18).
    found = candidates(tmp_path, "وتشمل المساعدات مناطق المنصورة، والبريقة، ودار سعد، وخور مكسر، "
                                 "والمعلا، والتواهي، وكريتر، مشيرا إلى ذلك.\n"
                                 "وحضر الاجتماع محمد، وأحمد، وخالد، والرياض، وجدة.\n"
                                 "وزار الوفد الرياض، وجدة، والدمام، والمدن الأخرى، وقال.\n")
    for place in ("خور مكسر", "المعلا", "كريتر"):
        assert found[place]["kind"] == "place", (place, sorted(found))
    assert not {"محمد", "أحمد", "خالد", "المدن الأخرى", "مشيرا"} & set(found), sorted(found)


def test_a_place_s_nisba_before_a_verb_stands_for_no_man(tmp_path):
    # Read on unlabelled articles (round 18); written for this test.
    found = candidates(tmp_path, "وقالت المقاومة الشعبية بمحافظة إب اليمنية تثمن جهود التحالف.\n")
    assert "تثمن" not in found and not [ar for ar in found if "اليمنية" in ar], sorted(found)


def test_what_round_18_s_new_user_review_found_glued_or_misread(tmp_path):
    # Sentences written for this test after the review's articles (lines ≡ 80-85 mod 100).
    found = candidates(tmp_path, "وقتل عناصر من جبهة النصرة والقيادي أبو عمر في الهجوم.\n\n"
                                 "وحل لويس هاميلتون متصدر الترتيب أولا، واستخدم كريس كريستي "
                                 "تكنيكا مختلفا.\n\n"
                                 "وبعد حادثه المأساوي في اليابان، يضم الاتحاد 2700 عضو يعملون في "
                                 "القطاع، وغرد اللاعب صاحب الـ3 أهداف.\n\n"
                                 "وقالت أمانة عمان الكبرى إن السوق الأردنية تتراجع.\n\n"
                                 "وبحث البنك المركزي في عمان الأمر.\n")
    assert "جبهة النصرة" in found and "أبو عمر" in found, sorted(found)
    assert found["لويس هاميلتون"]["en"].endswith("Hamilton"), sorted(found)
    assert "كريس كريستي" in found, sorted(found)
    assert not [ar for ar in found if ar.endswith(("والقيادي", "متصدر", "تكنيكا"))
                or ar in ("يعملون", "صاحب") or "حادثه" in ar], sorted(found)
    assert found["أمانة عمان الكبرى"]["en"] == "Greater Amman Municipality"
    assert found["عمان"]["en"] == "Amman", found["عمان"]  # Jordan two paragraphs before


def test_companies_in_quotes_after_their_share(tmp_path):
    # Round 18's held-out sets, read after their scoring; sentences written for this test.
    found = candidates(tmp_path, 'وتصدر سهم "سبكيم" قائمة الأسهم الأكثر انخفاضا، تلاه سهم "إعمار" '
                                 'و"كيان" و "سابك"، وارتفع سهم الشركة 5 في المائة.\n')
    assert {ar for ar, c in found.items() if c["kind"] == "organisation"} >= {
        "سبكيم", "إعمار", "كيان", "سابك"}, sorted(found)
    assert found["سابك"]["en"] == "SABIC" and "الشركة" not in found, sorted(found)


def test_a_western_surname_in_waw_and_a_rare_family_name_after_a_given_name_that_is_a_word(
        tmp_path):
    # Round 18's held-out sets, read after their scoring; sentences written for this test.
    found = candidates(tmp_path, "وقال كريس وليامسون كبير الخبراء الاقتصاديين إن النمو بطيء.\n"
                                 "وسدد حسن الهيدوس ضربة الجزاء في الشباك.\n"
                                 "وكان حسن التعامل واضحا، وقدم كامل الفريق أداء جيدا.\n")
    assert "كريس وليامسون" in found and "حسن الهيدوس" in found, sorted(found)
    assert not [ar for ar in found if "التعامل" in ar or "الفريق" in ar], sorted(found)


def test_what_round_18_s_hostile_review_found_read_as_names(tmp_path):
    # The review's sentences: verbs after a nationality, nouns with pronouns or dishes in a
    # list, an adverb after a particle's name, a company and tribes among places.
    found = candidates(tmp_path, "وقال إن جمهور المصري غاضب من النتيجة.\n"
                                 "وأوضح أن رحلات اليمنية أقلعت من عدن.\n"
                                 "وظهر بجانب والده ورفيق كفاحه عبدالله السالم.\n"
                                 "وتضمنت القائمة بيتزا مارغريتا وسباغيتي بولونيز.\n"
                                 "وقال روبن فان بيرسي ممازحا إن الفريق جاهز.\n"
                                 "وزار الوفد الرياض، وجدة، والدمام، وكاوست، وموبايلي، ونون.\n"
                                 "وشارك في الفيلم كايرا نايتلي وروبرتو دي نيرو وجايك جيلنهال "
                                 "وروبين رايت.\n")
    assert not {"غاضب", "أقلعت", "رفيق كفاحه", "بيتزا مارغريتا", "نون"} & set(found), sorted(found)
    assert "روبن فان بيرسي" in found and "روبين رايت" in found, sorted(found)


def test_given_names_the_learnt_table_lost_in_round_19(tmp_path):
    # Sentences written for this test; the names are listed by hand since round 19's tables.
    found = candidates(tmp_path, "وقال جاسم النبهان إن العرض بدأ.\n"
                                 "وأكد شايع شراحيلي أن الفريق جاهز.\n"
                                 "وقال الحارس إيكر كاسياس إن الرحيل صعب.\n")
    for name in ("جاسم النبهان", "شايع شراحيلي", "إيكر كاسياس"):
        assert found[name]["kind"] == "person", (name, sorted(found))
    assert found["جاسم النبهان"]["en"].startswith("Jassim")
    found = candidates(tmp_path, "ورجل الأعمال الشيخ صالح كامل، بتكلفة كبيرة.\n"
                                 "ويغني حسام كامل أغنيتي الجديدة، وسيطروا على كامل الملعب.\n")
    assert "صالح كامل" in found and "حسام كامل" in found, sorted(found)
    assert not any("أغنيتي" in name or name == "كامل" for name in found), sorted(found)


def test_a_market_reports_companies_by_their_trade_and_a_short_row(tmp_path):
    # Round 18's held-out seventyone, read after its scoring; sentences written for this test.
    found = candidates(tmp_path, (
        "وكانت أسهم شركات الصقر للتأمين، وأنعام، وبترورابغ، الأكثر ارتفاعاً اليوم.\n"
        "وجاءت أسهم شركات سابك, والسعودية للتموين والإنماء, وزين على رأس القائمة.\n"
        "وارتفع مؤشر السوق 20 نقطة، تلاه سهم الحياة للصناعات الدوائية، وارتفع سهم ودبي "
        "للاستثمار ووفاء للتأمين.\n"
        "وقد أسهم ذلك في توجه مصر للاستثمار، وارتفع سهم مصر للطيران في مؤشر السوق.\n"
        "وكانت أسهم شركات صينية، وهندية، وكورية الأكثر ارتفاعا.\n"
        "وتأتي قابلية للتطوير في خطة الشركة، وهي فرصة للاستثمار.\n"))
    for company, english in (("الصقر للتأمين", "Insurance"), ("أنعام", ""),
                             ("السعودية للتموين", "Saudi Catering"),
                             ("الحياة للصناعات الدوائية", "Industries"),
                             ("دبي للاستثمار", "Dubai Investment"),
                             ("وفاء للتأمين", "Insurance")):
        assert found[company]["kind"] == "organisation", (company, sorted(found))
        assert english in found[company]["en"], found[company]
    assert "السعودية" not in found and "دبي" not in found, sorted(found)
    assert found["مصر للطيران"]["en"] == "EgyptAir" and found["مصر"]["kind"] == "place"
    assert not any(name.endswith(("صينية", "هندية", "كورية")) for name in found), sorted(found)
    assert not any("قابلية" in name or "فرصة" in name for name in found), sorted(found)


def test_no_family_name_is_guessed_after_a_title_and_a_given_name(tmp_path):
    # Round 19 read any word after a title and a known given name as his family name; the
    # hostile review found it wrong 13 times in 14 over 3,102 articles, and it is gone.
    found = candidates(tmp_path, (
        "وافتتح الأمير فيصل المعرض، واستقبل الملك سلمان الوفد.\n"
        "وأكد الدكتور خالد المسؤول عن الملف أن العمل جار.\n"
        "وقال المدرب سامي الأسبوع الماضي إن الفريق جاهز.\n"
        "وقال الرئيس محمد السابق إن الخطة جاهزة، وافتتح الأمير فيصل الخميس المعرض.\n"
        "وأضاف أن المدرب بولوني أضفى متعة على التدريبات.\n"
        "وقال المطران هيلاريون كبوجي إن الكنيسة مفتوحة.\n"))
    assert found["هيلاريون كبوجي"]["kind"] == "person", sorted(found)
    assert not any(name.endswith(("المعرض", "الوفد", "المسؤول", "الأسبوع", "السابق",
                                  "الخميس", "أضفى")) for name in found), sorted(found)


def test_a_knees_ligament_and_saudi_after_a_broken_plural_are_no_places(tmp_path):
    # Development sets' false finds; sentences written for this test.
    found = candidates(tmp_path, "وأصيب المدافع بقطع جزئي في الرباط الداخلي للركبة.\n"
                                 "وتوجه إلى قرية قريبة من الحدود السعودية سعيا للعمل.\n"
                                 "وشاركت مصممة الأزياء السعودية في المعرض.\n"
                                 "ووصل الملك إلى الرباط الخميس، وغادر الوفد السعودية أمس.\n")
    assert found["الرباط"]["paragraphs"] == ["article#p4"], found["الرباط"]
    assert found["السعودية"]["paragraphs"] == ["article#p4"], found["السعودية"]


def test_a_bodys_adjective_in_english_by_its_agreement_and_a_second_body_itself(tmp_path):
    # Round 18's sets' English misses, read after their scoring; sentences written for this test.
    found = candidates(tmp_path, "وقالت وزارة الطيران المدني إن الرحلات عادت.\n"
                                 "وقالت وزارة الأوقاف الإسلامية إن المساجد جاهزة.\n"
                                 "بحسب ما ذكر المرصد السوري لحقوق الانسان والفرقة نفسها.\n")
    assert found["وزارة الطيران المدني"]["en"] == "Ministry of Civil Aviation"
    assert found["وزارة الأوقاف الإسلامية"]["en"] == "Ministry of Islamic Endowments"
    assert found["المرصد السوري لحقوق الانسان"]["en"] == "Syrian Observatory for Human Rights"
    assert not any("والفرقة" in name for name in found), sorted(found)


def test_what_the_round_19_new_user_review_found(tmp_path):
    # Sentences of SaudiNewsNet articles a new user tried (lines ≡ 80-85 mod 100, no gold).
    found = candidates(tmp_path, (
        "في شارع عبدالله بن خميس بحي الروضة، وشارع خالد بن الوليد وشارع المهندس عمر قاضي.\n"
        "وحسب تصنيف درجة كل منطقة ألزمت قطاع الإسكان الشركات.\n"
        "أي جهة اتصال أو مجموعة سيظهر خيار جديد، والقضية منظورة لدى هيئة التحكيم.\n"
        "وشملت الجولة محافظة صامطة وأبي عريش.\n"
        "وأكد المستثمر في قطاع الإسكان نضال داود أن الأسعار ارتفعت، من أجل نضال الشعب.\n"))
    assert found["نضال داود"]["kind"] == "person", sorted(found)
    del found["نضال داود"]
    for street in ("شارع عبدالله بن خميس", "شارع خالد بن الوليد", "شارع المهندس عمر قاضي"):
        assert found[street]["kind"] == "place", (street, sorted(found))
    assert found["شارع خالد بن الوليد"]["en"] == "Khalid bin al-Walid Street"
    assert found["أبي عريش"]["en"] == "Abu Arish", sorted(found)
    assert not any(found[name]["kind"] == "person" for name in found), sorted(found)
    assert not any(word in name for name in found
                   for word in ("بحي", "ألزمت", "سيظهر", "التحكيم")), sorted(found)


def test_what_the_round_19_hostile_review_found(tmp_path):
    # Sentences the hostile review wrote.
    found = candidates(tmp_path, (
        "التقى الزعيم الكوري الشمالي كيم جونغ-أون بالوفد، وقال كيم جونغ أون إن.\n"
        "وقال بان كي-مون إن الحل سياسي.\n"
        "وقال اللاعب حمد الصقور\0إن الفريق جاهز.\n"
        "وكانت أسهم شركات صينية، وهندية، وكورية الأكثر ارتفاعا.\n"))
    assert found["كيم جونغ-أون"]["en"] == "Kim Jung-Aun", sorted(found)
    assert "كيم جونغ أون" in found, sorted(found)
    assert found["بان كي-مون"]["en"] == "Ban Ki-moon"
    assert not any(name.endswith(("إن", "صينية", "هندية")) or "الصقورإن" in name
                   for name in found), sorted(found)


def test_places_bodies_and_first_names_added_for_issue_15(tmp_path):
    # Sentences written for this test in the style of 2015 news: names the gazetteer and the
    # foreign given names lacked until issue 15, found with their English.
    found = candidates(tmp_path, (
        "وقال مصدر في جهاز مكافحة الإرهاب إن قواته تقدمت نحو الحبانية وطوز خورماتو.\n"
        "وأغلق مؤشر سوق دبي المالي مرتفعا، فيما أجرت إبسوس استطلاعا في كارولاينا الجنوبية.\n"
        "وسيطرت المقاومة الشعبية على العند ثم على خور مكسر وكريتر في عدن.\n"
        "ووصل الوفد إلى سيئول قادما من لارناكا.\n"
        "وأعلنت جماعة كو كلوكس كلان تنظيم مسيرة أمام مبنى مجلس أوروبا.\n"
        "وقال المدرب رودي غارسيا إن المهاجم راداميل فالكاو لن يلعب.\n"))
    expected = {
        "جهاز مكافحة الإرهاب": ("organisation", "Counter Terrorism Service"),
        "سوق دبي المالي": ("organisation", "Dubai Financial Market"),
        "إبسوس": ("organisation", "Ipsos"),
        "مجلس أوروبا": ("organisation", "Council of Europe"),
        "الحبانية": ("place", "Habbaniyah"),
        "طوز خورماتو": ("place", "Tuz Khurmatu"),
        "كارولاينا الجنوبية": ("place", "South Carolina"),
        "العند": ("place", "Al Anad"),
        "خور مكسر": ("place", "Khormaksar"),
        "كريتر": ("place", "Crater"),
        "سيئول": ("place", "Seoul"),
        "لارناكا": ("place", "Larnaca"),
    }
    for ar, (kind, english) in expected.items():
        assert (found[ar]["kind"], found[ar]["en"]) == (kind, english), (ar, sorted(found))
    klan = next(name for name in found if name.endswith("كو كلوكس كلان"))
    assert found[klan]["en"] == "Ku Klux Klan", found[klan]
    assert found["رودي غارسيا"]["en"].startswith("Rudi "), found["رودي غارسيا"]
    assert found["راداميل فالكاو"]["en"].startswith("Radamel "), found["راداميل فالكاو"]


def test_a_word_of_100000_letters_is_romanised_by_its_first_letters_only():
    # The round 19 hostile review: one such word after a title took 235 s in romanize_word,
    # whose guess grows with the square of the length; no name's word is over 40 letters.
    from briefgen.arabic.romanize import romanize_word

    assert romanize_word("بتل" * 33334) == romanize_word(("بتل" * 33334)[:40])
    assert len(romanize_word("بتل" * 33334)) < 120


def test_bodies_the_round_19_new_user_review_missed(tmp_path):
    # Sentences of the articles the review read (lines ≡ 80-85 mod 100, no gold).
    found = candidates(tmp_path, "ووقعت مذكرة مع مدينة الملك عبد العزيز للعلوم والتقنية.\n"
                                 "وذكر تقرير للجهاز المركزي للتعبئة العامة والإحصاء في مصر ذلك.\n"
                                 "وهي نسما للطيران والطيران الملكي الأردني.\n")
    for body, english in (("مدينة الملك عبد العزيز للعلوم والتقنية",
                           "King Abdulaziz City for Science and Technology"),
                          ("الجهاز المركزي للتعبئة العامة والإحصاء", "CAPMAS"),
                          ("نسما للطيران", "Nesma Airlines"),
                          ("الطيران الملكي الأردني", "Royal Jordanian")):
        assert (found[body]["kind"], found[body]["en"]) == ("organisation", english), (
            body, sorted(found))


def test_a_list_goes_on_past_one_item_it_cannot_read(tmp_path):
    # Round 19's held-out seventysix, read after its scoring; the sentence written for this
    # test: وفريد الأطرش (a given name that is a word, a family name that is one too) is left,
    # the names after it are read, and a cast's items the list skipped are read by the cast.
    found = candidates(tmp_path, (
        "وضم المجلس رياض السنباطي، وزكريا أحمد، وفريد الأطرش، وعزيز عثمان، وإبراهيم حجاج.\n"
        "المسرحية من إخراج فهد العلي، وتمثيل: سليمان النزهة، يزيد الخميس، شبيب الخليفة، "
        "ناصر البريدي، محمد إدريس، وعبدالعزيز القدير، ويدير الإنتاج بندر العمري.\n"))
    for name in ("رياض السنباطي", "زكريا أحمد", "عزيز عثمان", "إبراهيم حجاج", "محمد إدريس",
                 "سليمان النزهة", "عبدالعزيز القدير"):
        assert found[name]["kind"] == "person", (name, sorted(found))


def test_given_names_added_for_issue_15_in_round_20(tmp_path):
    # Sentences written for this test: Arab women's and men's given names and foreign first
    # names the hand lists lacked open a person, with their English; one that is also a word
    # (مطر "rain", in AMBIGUOUS) opens none before a word that is no name.
    found = candidates(tmp_path, "وأكدت نادين نجيم أن المسلسل سيعرض في رمضان.\n"
                                 "وأعلنت نهلة الفهد أن الفيلم سيعرض الشهر المقبل.\n"
                                 "وقال صدقي صبحي إن الجيش مستعد.\n"
                                 "وحضر سيب بلاتر المباراة النهائية أمس.\n"
                                 "وفاز أوساين بولت بالسباق بعد أن تفوق على منافسيه.\n"
                                 "وكشف كريستوفر نولان عن فيلمه الجديد.\n"
                                 "ووصل سولي مونتاري إلى جدة، وهطل مطر غزير على المدينة.\n")
    for ar, english in (("نادين نجيم", "Nadine "), ("نهلة الفهد", "Nahla "),
                        ("صدقي صبحي", "Sedki Sobhi"), ("سيب بلاتر", "Sepp Blatter"),
                        ("أوساين بولت", "Usain "), ("كريستوفر نولان", "Christopher "),
                        ("سولي مونتاري", "Sulley ")):
        assert found[ar]["kind"] == "person", (ar, sorted(found))
        assert found[ar]["en"].startswith(english), (ar, found[ar])
    assert not [ar for ar in found if "مطر" in ar], sorted(found)


def test_the_miner_leaves_out_gold_articles_their_copies_and_the_slices_being_annotated(
        tmp_path):
    mine = _miner()
    report = ("وقال وزير الخارجية في مؤتمر صحفي عقده في العاصمة اليوم إن المحادثات مع الوفد "
              "الزائر تناولت التعاون الاقتصادي والأمن في المنطقة وسبل دعم الاستقرار فيها")
    (tmp_path / "someset").mkdir()
    (tmp_path / "someset" / "sn-00205.txt").write_text(report + "\n", "utf-8")
    (tmp_path / "someset" / "notes.txt").write_text("not an article", "utf-8")
    gold = mine.GoldArticles(tmp_path)
    assert gold.lines == {205}
    assert gold.left_out(205, "anything")  # the gold article itself, by its line
    copy = "نقلا عن وكالة الأنباء: " + report + " وأضاف أن الزيارة تستمر يومين."
    assert gold.left_out(1007, copy) and 1007 in gold.copies  # another paper's copy
    assert not gold.left_out(1010, "وقال وزير الخارجية إن المحادثات تناولت التعاون الاقتصادي")
    assert all(gold.left_out(100 * k + line, "نص آخر تماما")  # the slices being annotated
               for k in range(3) for line in mine.HELD_OUT_LINES)
    (tmp_path / "someset" / "sn-00305.txt").write_bytes(b"\xff\xfe\x00broken")
    with pytest.raises(mine.GoldError, match="sn-00305.txt"):
        mine.GoldArticles(tmp_path)


def test_companies_named_before_their_capital(tmp_path):
    # Round 20's held-out eighty, read after its scoring; lines written for this test in its
    # style.
    found = candidates(tmp_path, "ووافق الوزير على تأسيس شركة مصنع الخليج لمواد التغليف برأسمال "
                                 "2 مليون ريال, وشركة سالم عبد الله الحربي وأولاده القابضة "
                                 "برأسمال 3 ملايين ريال, وشركة أعناب دانية القابضة برأس مال "
                                 "مليوني ريال.\n")
    for company in ("شركة مصنع الخليج لمواد التغليف", "شركة سالم عبد الله الحربي وأولاده القابضة",
                    "شركة أعناب دانية القابضة"):
        assert found[company]["kind"] == "organisation", sorted(found)
    assert found["شركة سالم عبد الله الحربي وأولاده القابضة"]["en"].endswith(
        "and Sons Holding"), found
    assert not [ar for ar in found if "برأسمال" in ar or ar == "شركة مصنع الخليج"], sorted(found)


def test_a_turkish_surname_in_oglu_and_exchanges_named_by_their_city(tmp_path):
    # Round 20's held-out eighty and seventynine, read after their scoring; lines written for
    # this test in their style.
    found = candidates(tmp_path, "وقال مكتب رئيس الوزراء التركي احمد داود اوغلو إن الغارات "
                                 "مستمرة.\nوزاد مؤشر سوق دبي 0.4 في المائة وهبط سهم أملاك "
                                 "للتمويل بين الأسهم.\n")
    assert found["احمد داود اوغلو"]["kind"] == "person", sorted(found)
    assert found["سوق دبي"]["en"] == "Dubai Financial Market", sorted(found)
    assert found["أملاك للتمويل"]["en"] == "Amlak Finance", sorted(found)


def test_camels_an_email_and_a_speaker_named_like_a_province(tmp_path):
    # What round 20's new-user review found; written for this test.
    found = candidates(tmp_path, "ويقال إن الموقع كانت تحمل منه إبل الملكة الهدايا.\n"
                                 "وأرسل الطلب عبر بريده الإلكتروني إلى الشركة.\n"
                                 "وقال صلاح الدين دمرداش زعيم الحزب إن الحوار متوقف.\n"
                                 "وارتفع سهم آبل أمس، وزار الوفد محافظة صلاح الدين.\n")
    assert "إبل" not in found and "بريده" not in found, sorted(found)
    assert found["صلاح الدين دمرداش"]["kind"] == "person", sorted(found)
    assert found["آبل"]["en"] == "Apple" and found["صلاح الدين"]["kind"] == "place", found


def test_the_miner_refuses_misnamed_gold_files_and_a_line_makes_no_copies(tmp_path):
    # The round 20 hostile review: misnamed gold files were skipped (their articles learnt),
    # and a gold file of one line made hundreds of copies.
    mine = _miner()
    (tmp_path / "someset").mkdir()
    line = "خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود حفظه الله"
    (tmp_path / "someset" / "sn-00303.txt").write_text(line + "\n", "utf-8")
    gold = mine.GoldArticles(tmp_path)
    assert not gold.left_out(1007, "وقال " + line + " في كلمته إن المملكة ماضية في الإصلاح.")
    for wrong in ("sn-3.txt", "SN-00005.txt", "sn-00006.TXT"):
        (tmp_path / "someset" / wrong).write_text(line, "utf-8")
        with pytest.raises(mine.GoldError, match="rename or move it"):
            mine.GoldArticles(tmp_path)
        (tmp_path / "someset" / wrong).unlink()
    (tmp_path / "sn-00203.txt").write_text(line, "utf-8")  # not in a set's folder
    with pytest.raises(mine.GoldError, match="sn-00203.txt"):
        mine.GoldArticles(tmp_path)


def test_a_company_named_with_the_article_and_its_trade_and_names_after_a_nationality(
        tmp_path):
    # Round 21, read on the older sets' misses; lines written for this test in their style.
    found = candidates(tmp_path, "وقالت مؤسسة الجزيرة للصحافة والنشر إن أرباحها تراجعت.\n"
                                 "ووقعت مجموعة الطيار للسفر القابضة عقدا مع الهيئة.\n"
                                 "وغاب الألماني سامي خضيرة عن المباراة، وسجل البرازيلي زيكو "
                                 "هدفا في الدقيقة 30 قبل أن يقرر المدرب تغييره، وخسر الفريق "
                                 "اللقاء في الدوري أمام النادي.\n"
                                 "وارتفع الريال السعودي مقابل الدولار، ووقع الجانب السعودي "
                                 "اتفاقية.\n")
    assert found["مؤسسة الجزيرة للصحافة والنشر"]["kind"] == "organisation", sorted(found)
    assert "مجموعة الطيار للسفر القابضة" in found, sorted(found)
    assert found["سامي خضيرة"]["kind"] == "person", sorted(found)
    assert found["زيكو"]["kind"] == "person", sorted(found)  # one word: a sports story
    assert not {"مقابل", "اتفاقية", "الجانب السعودي"} & set(found), sorted(found)
    # one word after a nationality is no name outside sports
    assert "يوهاندري" not in candidates(tmp_path, "وقال الفنزويلي يوهاندري إن الحكومة "
                                                  "ستدعم الشركات.\n"), "not sports"


def test_a_king_by_his_given_name_and_a_name_before_a_preposition(tmp_path):
    # Round 21, read on the older sets' misses; lines written for this test in their style.
    found = candidates(tmp_path, "ووجه الشكر لخادم الحرمين الشريفين الملك سلمان والحكومة.\n"
                                 "والتقى الوفد بالعاهل الأردني الملك عبدالله الثاني بحسب بيان.\n"
                                 "وبتوجيه من الأمير فهد بن سلطان بعمل دراسات حول الحاجة.\n"
                                 "وقال المتحدث عبدالعزيز إن الوزارة تتابع.\n")
    assert found["سلمان"]["en"] == "King Salman", sorted(found)  # a king's given name alone
    assert "الملك سلمان" in found["سلمان"]["variants"], found["سلمان"]
    assert "عبدالعزيز" not in found, sorted(found)  # but no other given name alone
    assert "فهد بن سلطان" in found and not [ar for ar in found if "بعمل" in ar or "بحسب" in ar]


def test_a_name_alone_on_its_line_a_channel_of_a_place_and_a_supreme_court(tmp_path):
    # Round 21's held-out eightysix, eightyfour and eightythree, read after their scoring;
    # lines written for this test in their style.
    found = candidates(tmp_path, "وتضم لجنة التحكيم كلا من:\nشمه جابر المري\nراجح نواف المطيري\n"
                                 "مجلس الشورى\nقررت قناة أبو ظبي الرياضية نقل المباراة.\n"
                                 "وقال رئيس محكمة أمن الدولة العليا الأسبق إن القرار صائب.\n")
    assert found["شمه جابر المري"]["kind"] == "person", sorted(found)
    assert found["راجح نواف المطيري"]["kind"] == "person", sorted(found)
    assert found["مجلس الشورى"]["kind"] == "organisation", sorted(found)
    assert "قناة أبو ظبي الرياضية" in found, sorted(found)
    assert found["محكمة أمن الدولة العليا"]["kind"] == "organisation", sorted(found)


def test_al_sheikh_as_a_family_name_among_them_and_a_surname_after_li(tmp_path):
    # Round 21's held-out eightyfive and eightyfour, read after their scoring; lines written
    # for this test in their style.
    found = candidates(tmp_path, "وقال شقيق العقيد حسان الشيخ إنه أودع شكوى لدى الشرطة.\n"
                                 "وتمنى السويسري سيب بلاتر التوفيق لجميع المرشحين بمن فيهم رئيس "
                                 "الاتحاد الأوروبي.\nوقال مصدر مقرب لبلاتر إن القرار نهائي.\n"
                                 "واستقبل الأمير فيصل الشيخ عبدالله بن زايد.\n")
    assert found["حسان الشيخ"]["kind"] == "person", sorted(found)
    assert "بمن فيهم" not in found and "لبلاتر" not in found, sorted(found)
    assert found["سيب بلاتر"]["count"] == 2, found["سيب بلاتر"]  # لبلاتر: "to Blatter"
    assert "عبدالله بن زايد" in found, sorted(found)  # الشيخ before a name is his title


def test_al_sayyid_ends_a_name_as_a_family_name_but_titles_the_name_after_it(tmp_path):
    # Round 24's held-out ninetyseven (عدنان بن أحمد السيد, cut before السيد), read after
    # its scoring; lines written for this test.
    found = candidates(tmp_path, "وأكد الدكتور عدنان بن أحمد السيد أن الجامعة ستفتح أبوابها.\n"
                                 "وقال الرئيس السيد علي خامنئي إن الاتفاق لن يمر.\n")
    assert found["عدنان بن أحمد السيد"]["kind"] == "person", sorted(found)
    assert "علي خامنئي" in found, sorted(found)  # السيد before a name is his title
    # The round 25 new-user review: السيد alone before another man is his title, no mention
    # of عدنان السيد.
    assert found["عدنان بن أحمد السيد"]["count"] == 1, found["عدنان بن أحمد السيد"]


def test_a_present_verb_of_five_letters_after_a_nasab_and_other_bodies_after_wa(tmp_path):
    # Round 25's held-out onehundred (فيصل بن فهد يتولى, وزارة التجارة والجهات), read after
    # its scoring; lines written for this test.
    found = candidates(tmp_path, "عندما كان الراحل فيصل بن فهد يتولى هذا المنصب.\n"
                                 "وتم الربط مع وزارة التجارة والجهات ذات العلاقة.\n"
                                 "وأعلنت وزارة التجارة والصناعة أمس القرار.\n")
    assert "فيصل بن فهد" in found, sorted(found)
    assert not [ar for ar in found if "الجهات" in ar], sorted(found)  # the other bodies
    assert "وزارة التجارة والصناعة" in found, sorted(found)  # a name's own و stays


def test_football_federations_named_by_common_nouns_and_two_short_family_names(tmp_path):
    # Round 25's held-out onehundredtwo ("Egyptian al-Kara Union") and onehundred (إبراهيم معلا
    # read as "Ibrahim, smiling"; صالح الملا cut at the Mullah's title), read after their
    # scoring; lines written for this test.
    found = candidates(tmp_path, "وأبلغ مجلس إدارة اتحاد الكرة المصري المدرب بالقرار.\n"
                                 "وقرر اتحاد كرة اليد الكويتي تأجيل المباراة.\n"
                                 "وقال إبراهيم معلا : هل نحمي الوطن؟\n"
                                 "وقال صالح الملا : الإرهاب لا دين له.\n"
                                 "وقال محمد مجيبا على سؤال إن الفريق جاهز.\n")
    assert found["اتحاد الكرة المصري"]["en"] == "Egyptian Football Federation", sorted(found)
    assert found["اتحاد كرة اليد"]["en"] == "Handball Federation", sorted(found)
    assert found["إبراهيم معلا"]["kind"] == "person", sorted(found)
    assert found["صالح الملا"]["kind"] == "person", sorted(found)
    assert not [ar for ar in found if "مجيبا" in ar], sorted(found)  # how he answered


def test_a_prayer_for_the_dead_and_a_deputy_s_title_after_a_name(tmp_path):
    # The round 25 new-user review: غفر الله له glued onto King Abdullah's name, النائب الثاني
    # onto Prince Mohammed bin Salman's; lines written for this test.
    found = candidates(tmp_path, "وكان الملك عبدالله بن عبدالعزيز غفر الله له قد أمر بذلك.\n"
                                 "وقال الأمير محمد بن سلمان بن عبدالعزيز النائب الثاني لرئيس "
                                 "مجلس الوزراء إن المشروع مهم.\n")
    assert "عبدالله بن عبدالعزيز" in found, sorted(found)
    assert "محمد بن سلمان بن عبدالعزيز" in found, sorted(found)
    assert not [ar for ar in found if "غفر" in ar or "النائب" in ar], sorted(found)


def test_no_telegram_verb_or_past_verb_after_a_name_and_one_club_of_three_words(tmp_path):
    # What round 21's new-user review found; lines written for this test in the style of
    # SPA's greetings and a sports report.
    found = candidates(tmp_path, "بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود "
                                 "برقية تهنئة لفخامة الرئيس.\nوقال الأمير محمد بن نايف نطمئن "
                                 "عليكم.\nواحتفظ التشيكي توماس ليدنك احتفظ بلقب البطولة، وانتقل "
                                 "اللاعب لنادي كوينز بارك رينجرز الإنجليزي بعد المباراة في "
                                 "الدوري أمام الفريق.\n")
    assert "سلمان بن عبدالعزيز آل سعود" in found, sorted(found)
    assert "محمد بن نايف" in found, sorted(found)
    assert not [ar for ar in found if ar.endswith(("برقية", "عليكم", "احتفظ"))], sorted(found)
    assert found["نادي كوينز بارك رينجرز"]["en"] == "Queens Park Rangers", sorted(found)


def test_what_round_21s_hostile_review_found(tmp_path):
    # Sentences of the round 21 hostile review: a king's title before words that are no
    # name, a company before whom it serves, a nationality describing a noun, a spaced hyphen.
    found = candidates(tmp_path, "وهذه الأرض ملك خالد وحده.\nتصوير: عبد الملك سرور\n"
                                 "وبدا الملك سعيد بالزيارة.\nوصل الوفد من الملك خالد الدولي.\n"
                                 "وقدمت شركة الكهرباء للمناطق النائية خدمات جديدة.\n"
                                 "وقال إن الاقتصاد الصيني يتباطأ بشكل واضح.\n"
                                 "وقال بان كي -مون إن الوضع خطير.\n")
    assert not [c for c in found.values() if c["en"].startswith(("King", "Prince"))], found
    assert "شركة الكهرباء" in found and not [ar for ar in found if "للمناطق" in ar], found
    assert not [ar for ar in found if "يتباطأ" in ar], sorted(found)
    assert "بان كي -مون" in found, sorted(found)  # once a traceback (RecursionError)


def test_a_fathers_name_at_a_nasab_s_end_is_no_surname_to_count(tmp_path):
    # Round 22's new-user review: every prince named once was counted twice, each bare
    # عبدالعزيز of the article (a street, an airport, a king) taken for his surname. Written
    # for this test.
    found = candidates(tmp_path, "وحضر الحفل الأمير مشعل بن ماجد بن عبدالعزيز محافظ جدة.\n"
                                 "وتحدث عن عهد المؤسس عبدالعزيز وما تحقق فيه.\n"
                                 "وقال الوزير خالد العطوي إن الحفل نجح. وأضاف العطوي أن "
                                 "الضيوف كثر.\n")
    prince = found["مشعل بن ماجد بن عبدالعزيز"]
    assert (prince["count"], prince["paragraphs"]) == (1, ["article#p1"]), found
    assert found["خالد العطوي"]["count"] == 2, found  # a family name alone still counts


def test_a_news_agency_named_with_the_article_and_its_nationality(tmp_path):
    # Round 23's held-out ninetytwo, read after its scoring (وكالة أنباء alone was offered);
    # written for this test in its style.
    found = candidates(tmp_path, "ونقلت وكالة أنباء الجمهورية الإيرانية عن الوزير قوله إن "
                                 "الاتفاق مهم. وقالت وكالة أنباء الأناضول الرسمية إن الوفد "
                                 "وصل، ووافقت مجموعة خمسة زائد واحد على النص.\n")
    assert found["وكالة أنباء الجمهورية الإيرانية"]["en"] == "IRNA", sorted(found)
    assert "وكالة أنباء" not in found, sorted(found)
    assert "وكالة أنباء الأناضول" in found, sorted(found)  # not الرسمية: official, no name
    assert found["مجموعة خمسة زائد واحد"]["en"] == "P5+1", sorted(found)
    # The hostile review: Syria's agency was cut after العربية (its two nationalities)
    found = candidates(tmp_path, "ونقلت وكالة أنباء الجمهورية العربية السورية (سانا) عن الوزير "
                                 "قوله إن الوفد وصل.\n")
    assert found["وكالة أنباء الجمهورية العربية السورية"]["en"] == "SANA", sorted(found)


def test_a_future_verb_after_a_name_is_no_part_of_it(tmp_path):
    # Round 23's new-user review (Mullah Omar came out as "Omar Satkhr", 13 times); written
    # for this test. ست and three letters is a verb to come, not a foreign surname
    # (ستالين, ستيفن are names).
    found = candidates(tmp_path, "وقال مسؤولون إن وفاة الملا عمر ستؤخر محادثات السلام.\n"
                                 "وقال الزعيم جوزيف ستالين إن الحرب انتهت.\n")
    assert not [ar for ar in found if "ستؤخر" in ar], sorted(found)
    assert "جوزيف ستالين" in found, sorted(found)


def test_games_of_a_ball_and_a_rulers_name_in_an_organisations(tmp_path):
    # Round 24's held-out ninetyseven and ninetyeight, read after their scoring; written for
    # this test. لكرة اليد is Handball (not "Football al-Yd"); a given name after a king's in a
    # hospital's name starts the next person, its director.
    found = candidates(tmp_path, "وأعلن الاتحاد السعودي لكرة اليد والاتحاد المصري لكرة السلة "
                                 "واللجنة الأولمبية عن البطولة.\n\nوعقد المحافظ اجتماعا مع مدير "
                                 "مستشفى الملك خالد محمد النشمي، وزار جامعة الملك فهد بن "
                                 "عبدالعزيز ومؤسسة الملك عبدالله الثاني.\n")
    assert found["الاتحاد السعودي لكرة اليد"]["en"] == "Saudi Handball Federation"
    assert found["الاتحاد المصري لكرة السلة"]["en"] == "Egyptian Basketball Federation"
    assert found["مستشفى الملك خالد"]["kind"] == "organisation"
    assert found["محمد النشمي"]["kind"] == "person"
    assert "جامعة الملك فهد بن عبدالعزيز" in found
    assert "مؤسسة الملك عبدالله الثاني" in found


def test_a_verb_of_purpose_after_a_name_ends_it(tmp_path):
    # Round 24's new-user review: الملا عمر ليجند ("to recruit") gave "Omar Laijnd"; written
    # for this test. Names that begin with لي stay whole.
    found = candidates(tmp_path, "وكان الملا عمر ليجند أعدادا من المقاتلين.\n\n"
                                 "وقالت تسيبي ليفني للصحافيين إن فلاديمير لينين كتب ذلك.\n")
    assert not any("ليجند" in name for name in found)
    assert "تسيبي ليفني" in found and "فلاديمير لينين" in found


def test_a_princes_fathers_name_and_more_games_of_a_ball(tmp_path):
    # Round 24's hostile review (corpus lines ≡ 10-69); written for this test. A king's name
    # after a prince's without بن is his father's, inside the centre's name; للكرة الطائرة,
    # لكرة المضرب are Volleyball and Tennis.
    found = candidates(tmp_path, "وعولج في مركز الأمير سلطان عبدالعزيز للعلوم.\n\n"
                                 "وأعلن الاتحاد السعودي للكرة الطائرة والاتحاد المصري لكرة المضرب "
                                 "عن البطولة.\n")
    assert "مركز الأمير سلطان عبدالعزيز للعلوم" in found
    assert found["الاتحاد السعودي للكرة الطائرة"]["en"] == "Saudi Volleyball Federation"
    assert found["الاتحاد المصري لكرة المضرب"]["en"] == "Egyptian Tennis Federation"


def test_what_round_25s_recheck_found_in_names(tmp_path):
    # The round 25 re-check of the review fixes: السيد after another title and before no name
    # is the man (المهندس السيد أنه), مهلا an adverb,
    # اتحاد الكرة الطائرة (not Football), a family name the corpus also meets as a word
    # (السيف) after a man and his father; lines written for this test.
    found = candidates(tmp_path, "وقال المهندس عدنان السيد إن المشروع سيبدأ قريبا.\n"
                                 "وأوضح المهندس السيد أنه سيتم الانتهاء منه.\n"
                                 "وحضر السيد محمد العلي الاجتماع.\n"
                                 "وقال سعد مهلا يا أخي.\n"
                                 "وعقد الاتحاد العربي للمصارف والمؤسسات المالية مؤتمره.\n"
                                 "وأعلن اتحاد الكرة الطائرة السعودي عن البطولة.\n"
                                 "وقرر اتحاد الكرة الشاطئية تأجيل المباراة.\n"
                                 "وقال محمد عبدالله السيف إن المشروع مهم.\n")
    assert found["عدنان السيد"]["paragraphs"] == ["article#p1", "article#p2"], found
    assert "محمد العلي" in found, sorted(found)
    assert not [ar for ar in found if "مهلا" in ar], sorted(found)
    assert found["اتحاد الكرة الطائرة السعودي"]["en"] == "Saudi Volleyball Federation", found
    assert "Football" not in found["اتحاد الكرة الشاطئية"]["en"], found  # beach: not listed
    assert "محمد عبدالله السيف" in found, sorted(found)


def test_a_verb_the_corpus_knows_opens_no_name_and_no_body(tmp_path):
    # Round 25's held-out onehundredsix (سيخلفه العنزي, شركة ساعدت), read after its scoring;
    # lines written for this test. عيد is a name though يعيد is a verb.
    found = candidates(tmp_path, "على أن سيخلفه العنزي في المنصب.\n"
                                 "وذكرت شركة ساعدت في بناء المشروع أن العمل انتهى.\n"
                                 "وقالت شركة سيتيلينك خرجت من السوق.\n"
                                 "وقال عيد العتيبي إن الفريق جاهز.\n")
    assert not [ar for ar in found if ar.split()[-1] in ("سيخلفه", "ساعدت", "خرجت")
                or ar.split()[0] == "سيخلفه"], sorted(found)
    assert "شركة سيتيلينك" in found and "عيد العتيبي" in found, sorted(found)


def test_what_round_26s_held_out_sets_found_wrongly(tmp_path):
    # onehundredseven's and onehundredten's candidates, read after their scoring: عبد ربه
    # (a compound given name whose second word ends like "his") cut off after a comma, بنك
    # واحد ("one bank") and مسقط رأسه (his birthplace, not Muscat); lines written for this
    # test in their style.
    found = candidates(tmp_path, "وكانت القوات الموالية للرئيس اليمني، عبد ربه منصور هادي، "
                                 "قد تقدمت.\nوأدين بالسطو على بنك واحد في مسقط رأسه بلدة "
                                 "رانكو.\nووصل الوزير إلى مسقط أمس.\n")
    assert "عبد ربه منصور هادي" in found and "منصور هادي" not in found, sorted(found)
    assert not [ar for ar in found if "واحد" in ar], sorted(found)
    assert found["مسقط"]["paragraphs"] == ["article#p3"], found


def test_what_round_26s_hostile_review_found_in_names(tmp_path):
    # Sentences of the round 26 hostile review: السيد after a title before a foreign name is
    # "Mr", النائب after a prince's one name is his office, other bodies after a body's ل
    # phrase, the Asian football union, and a charity named by a verb.
    found = candidates(tmp_path, "قال عدنان السيد رئيس النادي إن الفريق جاهز.\n"
                                 "والتقى السفير السيد كروكر بالوزير أمس.\n"
                                 "وشرف الحفل الأمير فيصل النائب العام لجلالة الملك.\n"
                                 "وتعاونت الهيئة العامة للسياحة والجهات المعنية.\n"
                                 "وأعلن اتحاد الكرة الآسيوي عن البطولة.\n"
                                 "وقدمت جمعية ساعد الخيرية المساعدات.\n")
    assert found["عدنان السيد"]["count"] == 1, found["عدنان السيد"]
    assert not [ar for ar in found if "النائب" in ar or "الجهات" in ar], sorted(found)
    assert found["اتحاد الكرة الآسيوي"]["en"] == "Asian Football Federation", found
    assert [ar for ar in found if ar.startswith("جمعية ساعد")], sorted(found)


# round 27's held-out sets named them "US Ministry of Finance", "Saudi Company for al-Asmak" and
# "Saudi Authority for al-Hiya al-Fatriya": the United States' departments take their English,
# a company its one trade before Company, and a trade of a noun and its adjective is one.
@pytest.mark.parametrize(("text", "name", "english"), [
    ("وقالت وزارة المالية الأمريكية إن العجز تراجع.", "وزارة المالية الأمريكية",
     "US Department of the Treasury"),
    ("وأعلنت وزارة العمل الأميركية أن البطالة انخفضت.", "وزارة العمل الأميركية",
     "US Department of Labor"),
    ("وقالت وزارة العمل السعودية إن البطالة انخفضت.", "وزارة العمل السعودية",
     "Saudi Ministry of Labour"),
    ("وأعلنت الشركة السعودية للأسماك عن خسائر.", "الشركة السعودية للأسماك",
     "Saudi Fisheries Company"),
    ("وقالت الشركة السعودية للخطوط الحديدية إن القطار وصل.", "الشركة السعودية للخطوط الحديدية",
     "Saudi Railways Company"),
    ("وقالت الهيئة السعودية للحياة الفطرية إن الصيد ممنوع.", "الهيئة السعودية للحياة الفطرية",
     "Saudi Authority for Wildlife"),
    ("وقالت هيئة البحرين للثقافة والآثار إن المهرجان بدأ.", "هيئة البحرين للثقافة والآثار",
     "Bahrain Authority for Culture and Antiquities"),
])
def test_english_of_departments_and_trades(tmp_path, text, name, english):
    assert candidates(tmp_path, text + "\n")[name]["en"] == english


def test_a_role_already_held_does_not_take_the_next_man_of_a_list(tmp_path):
    # The round's own new-user run (a line of lines ≡ 3-7): وزير الخارجية's holder is named
    # before it; the next man of the list, after a comma and و, is no holder (and is not read
    # with its و).
    found = candidates(tmp_path, "حضر الاستقبال وعادل الجبير وزير الخارجية، وعفيفي عبد الوهاب "
                                 "سفير مصر لدى السعودية.\n")
    assert "وعفيفي عبد الوهاب" not in found and "عادل الجبير" in found, sorted(found)
    # a role after the comma still opens its own holder
    found = candidates(tmp_path, "وبين أن المدرب جهاد الزيد، والمشرف التربوي سهيان السهيان، "
                                 "قاما بتدريب مدربات.\n")
    assert "سهيان السهيان" in found, sorted(found)


def test_what_round_27s_new_user_review_found(tmp_path):
    # a cousin (ابن عم) and a plural adjective (الشخصيين) are no part of a name
    found = candidates(tmp_path, "وقتل العقيد حسان الشيخ على يد سليمان هلال الأسد نجل ابن عم "
                                 "بشار الأسد.\nوقال أحد حراس سليمان الشخصيين إن الحادث وقع.\n")
    assert "بشار الأسد" in found and "عم بشار الأسد" not in found, sorted(found)
    assert "سليمان الشخصيين" not in found, sorted(found)


def test_a_family_name_after_three_given_names(tmp_path):
    # Built after scoring round 28's onehundredtwentyseven (a board's committees), in its
    # style: after a man's, his father's and his grandfather's names, a word of the corpus is
    # his family's (المشعل); not a participle, a common noun (round 28's second hostile
    # review) or a noun with its pronoun after them (فقيه, as فقي and ه, is lost so).
    found = candidates(tmp_path, (
        "ترشيح الدكتور/عبدالله حمد إبراهيم المشعل نائباً لرئيس مجلس الإدارة\n"
        "وقاتلت قوات الرئيس السابق علي عبدالله صالح المتحالف مع الحوثيين.\n"
        "وتسلم سعد فهد ناصر الدرع التذكاري من الأمير. وكرم المدير فهد سعد ناصر زملاءه.\n"))
    assert {"عبدالله حمد إبراهيم المشعل", "سعد فهد ناصر", "فهد سعد ناصر"} <= set(found), sorted(
        found)
    assert not [name for name in found if name.endswith(("المتحالف", "الدرع", "زملاءه"))], (
        sorted(found))


def test_a_cousin_is_no_name_and_khal_a_surname(tmp_path):
    # round 28's hostile review: عبده خال (a novelist) was lost to the cousin rule, and
    # ابن عمه, ابن خاله were glued to the name before them
    found = candidates(tmp_path, (
        "وقال الروائي عبده خال إن الرواية تعيش أزمة. والتقى محمد بن راشد آل مكتوم ابن عمه "
        "في دبي. وزار سعد الحريري ابن خاله في بيروت. وقال ابن خال بشار الأسد إن الوضع صعب.\n"))
    assert {"عبده خال", "محمد بن راشد آل مكتوم", "سعد الحريري", "بشار الأسد"} <= set(found), (
        sorted(found))
    assert not [name for name in found if "ابن" in name or name.startswith("خال ")], sorted(found)


def test_the_preposition_ala_is_no_later_mention_of_the_surname_ali(tmp_path):
    # round 28's new-user review: محمد علي counted 9 in an article naming him twice, على
    # ("on") read as علي once normalised
    found = candidates(tmp_path, "أما المخرج محمد علي فهو إنسان طيب جدا.\n\nوحصل الفيلم على "
                                 "جائزة. وركز المخرج على الأداء. وأضاف علي أن التصوير انتهى.\n")
    assert (found["محمد علي"]["count"], found["محمد علي"]["paragraphs"]) == (
        2, ["article#p1", "article#p2"]), found["محمد علي"]


def test_ali_before_what_follows_a_name_is_the_name(tmp_path):
    # found while mending the count above: محمد علي إن was no candidate (علي read as على)
    found = candidates(tmp_path, "وقال الممثل محمد علي إن الفيلم جاهز. وحصل سعيد على جائزة.\n")
    assert "محمد علي" in found and not [n for n in found if n.startswith("سعيد")], sorted(found)


def test_musaed_before_bin_is_a_given_name(tmp_path):
    # round 28's second new-user review: الدكتور مساعد بن محمد العيبان gave محمد العيبان
    found = candidates(tmp_path, "وقال الدكتور مساعد بن محمد العيبان إن الخطة جاهزة.\n")
    assert "مساعد بن محمد العيبان" in found, sorted(found)


def test_what_round_29s_held_out_sets_found_wrongly(tmp_path):
    # Written after the scoring of round 29's sets (onehundredthirty, onehundredtwentynine),
    # in their words.
    # a noun rarely a name (رحيل, "departure") before a whole name
    found = candidates(tmp_path, "ويشمل الحل رحيل بشار الأسد عن السلطة.\n")
    assert "بشار الأسد" in found and "رحيل بشار الأسد" not in found, sorted(found)
    # (but a given name as rare in names stays: كريم, رياض, a hostile review's)
    for name in ("طاهر عمار الدباغ", "كريم محمد العتيبي", "رياض نواف الراضي"):
        found = candidates(tmp_path, f"وحضر الحفل {name} ومسؤولون آخرون.\n")
        assert name in found, sorted(found)
    # a present verb after a comma and و is no given name of a list (، وشيبان العنزي)
    found = candidates(tmp_path, "وكان صالح الزهراني قد حضر البطولة، ويعتبر الزهراني من أكبر "
                                 "الداعمين لفرق الأحياء.\n")
    assert sorted(found) == ["صالح الزهراني"] and found["صالح الزهراني"]["count"] == 2
    found = candidates(tmp_path, "وحضر سعد البلوي الحفل، وقدم البلوي الشكر للحضور.\n")
    assert sorted(found) == ["سعد البلوي"], sorted(found)  # قدم, a past, likewise
    # ل with a verbal noun before a particle (لضم, "to sign"), and ل before a name the text
    # writes without it, are not the name's
    found = candidates(tmp_path, "وسعى ريال جاهدا لضم دي خيا. ووصل فرانسيسكو كاسيا الذي انتقل "
                                 "قبل أيام. وسبق لكاسيا (28 عاما) أن لعب في الدوري.\n")
    assert "دي خيا" in found and "لضم دي خيا" not in found, sorted(found)
    assert "لكاسيا" not in found, sorted(found)
    # but لبنى is a name, though بنى is a verb the text writes (a hostile review's)
    found = candidates(tmp_path, "بنى الزوج منزلا. وتوفيت المواطنة لبنى محمد (25 عاما).\n")
    assert "لبنى محمد" in found, sorted(found)


def test_clubs_of_a_draw_after_a_verb_of_meeting_or_the_last_clubs_nationality(tmp_path):
    # Written for this test in the style of a draw report (round 29's onehundredtwentynine):
    # a club no table knows before its masculine nationality, after a verb of meeting or
    # right after the nationality of the club before it; ملاعب and الإياب are words of the game.
    found = candidates(tmp_path, (
        "أوقعت قرعة دوري الأبطال لاتسيو الإيطالي مع باير ليفركوزن الألماني، فيما سيلعب "
        "شاختار دونيتسك الأوكراني أمام أبويل نيقوسيا القبرصي، فيما سيواجه بارتيزان بلغراد الصربي "
        "دينامو زغرب الكرواتي. وتقام مباريات الذهاب على ملاعب الأندية، ولقاءات الإياب بعد "
        "أسبوع.\n"))
    for club in ("شاختار دونيتسك", "أبويل نيقوسيا", "بارتيزان بلغراد", "دينامو زغرب"):
        assert found.get(club, {}).get("kind") == "organisation", sorted(found)


def test_a_title_without_its_article_after_a_whole_name_ends_it(tmp_path):
    # (round 29's new-user review, 19607) شيخ قبائل: the sheikh of tribes, no family name;
    # but قاضي after a nasab is the family name (onehundredsixteen's حاتم بن حسن قاضي)
    found = candidates(tmp_path, "وعزى أسرة الشيخ سعيد بن عبدالله آل عطيان شيخ قبائل أكلب.\n")
    assert "سعيد بن عبدالله آل عطيان" in found, sorted(found)
    found = candidates(tmp_path, "وقال مدير المستشفى حاتم بن حسن قاضي إن الخطة اعتمدت.\n")
    assert "حاتم بن حسن قاضي" in found, sorted(found)
    # nor a title with nothing after it to be the title of (a hostile review's, SaudiNewsNet)
    found = candidates(tmp_path, 'وقال: زرت شاعر العامية الكبير "أحمد فؤاد نجم" في بيته.\n')
    assert "أحمد فؤاد نجم" in found, sorted(found)


def test_districts_listed_after_ahyaa_are_places(tmp_path):
    # Written for this test in the style of a municipal notice (round 29's onehundredthirtyfive):
    # the districts after أحياء, with the article and their side, are places whatever the
    # words mean (السلام "peace", السوق "the market"); an item read already is passed over.
    found = candidates(tmp_path, (
        "وشملت التعديلات أحياء النسيم ، والخالدية الشمالية ، والربيع ، والسوق ، والسلام "
        "إلى الدائرة الثانية.\n"))
    for district in ("النسيم", "الخالدية الشمالية", "الربيع", "السوق", "السلام"):
        assert found.get(district, {}).get("kind") == "place", sorted(found)
    # (two are no list)
    found = candidates(tmp_path, "وزار الوفد أحياء السلام والسوق القديمة.\n")
    assert "السلام" not in found, sorted(found)
    # nor إحياء ("reviving", a hostile review's, from SaudiNewsNet), a list of sides, or a list
    # that runs into a verb
    for text in ("يعلمهم حضورها إحياء السنن وآداب المسجد ويكسبهم عادات النظافة والتطيب "
                 "والطهارة لدخوله.\n",
                 "زار الأمير أحياء الشرقية والغربية والشمالية والجنوبية من المدينة.\n",
                 "نقل أحياء العدامة والسوق ويكسبهم عادات النظافة والتطيب والطهارة.\n",
                 "ووزعت الهدايا في أحياء المدينة والقرى والهجر.\n"):
        found = candidates(tmp_path, text)
        assert not {"السنن", "التطيب", "الشرقية", "الطهارة", "القرى"} & set(found), sorted(found)
    # a district without the article is one too, single (SaudiNewsNet's Khartoum protests)
    found = candidates(tmp_path, "أغلق متظاهرون في أحياء «الصحافة وجبرة والسلمة والأزهري "
                                 "والكلاكلات» جنوبي المدينة.\n")
    assert {"جبرة", "الكلاكلات"} <= set(found), sorted(found)


def test_a_second_title_without_its_article_opens_no_name(tmp_path):
    # (round 29's onehundredthirtyfour and onehundredtwentyeight: the same spokesman)
    found = candidates(tmp_path, "أوضح الناطق الإعلامي العقيد دكتور عاطي بن عطية القرشي أن "
                                 "الجهات الأمنية باشرت.\n")
    assert "عاطي بن عطية القرشي" in found, sorted(found)
    assert not [name for name in found if name.startswith("دكتور")], sorted(found)


def test_a_learnt_place_by_its_centre_is_named_in_english_after_it():
    # the first new-user review of round 30: the model's مركز المسيال came out Markz
    # al-Masiyal, where the gold accepts Al Masyal Centre
    assert learnt_english("مركز نخال", "place") == ("Nakhal Centre", True)
    assert learnt_english("مركز المسيال", "place")[0].endswith(" Centre")
    assert not learnt_english("مركز المسيال", "place")[0].startswith("Markz")
    # (a person or a single word keeps its romanisation)
    assert learnt_english("مركز", "place") == romanize_name("مركز")
    assert learnt_english("نخال", "place") == romanize_name("نخال")
    # an area, a district, a village: the name alone, as the gold gives منطقة أبحر (Obhur),
    # not Mantqa al-Bald (round 31: English up on seven sets, none down)
    assert learnt_english("منطقة البلد", "place") == romanize_name("البلد")
    assert learnt_english("حي الروضة", "place") == romanize_name("الروضة")
    assert learnt_english("منطقة البلد", "organisation") == romanize_name("منطقة البلد")


def test_a_body_named_by_its_task_with_the_article_and_a_company_after_what_it_is(tmp_path):
    # the first new-user review of round 30 (an IATA report): للنقل is ل and the article's
    # noun, no verb (لنقل), so the name goes on; the short name in brackets is the body's;
    # and the airline is named by its name, not by what it is
    found = candidates(tmp_path, "قال الاتحاد الدولي للنقل الجوي (اياتا) أمس الأربعاء إن "
                                 "الطلب ارتفع.\nوقالت شركة الطيران الألمانية لوفتهانزا إنها "
                                 "ستلغي الرحلات.\n")
    iata = found["الاتحاد الدولي للنقل الجوي"]
    assert "IATA" in iata["en"] and iata["count"] == 2, iata
    assert found["لوفتهانزا"]["en"] == "Lufthansa", sorted(found)
    assert not [ar for ar in found if ar in ("الاتحاد الدولي", "اياتا")
                or ar.startswith("شركة")], sorted(found)
    # (a company named with the article, with no listed name after it, stays one)
    assert "الشركة السعودية للكهرباء" in candidates(tmp_path, "وقالت الشركة السعودية "
                                                              "للكهرباء إنها ستقطع التيار.\n")


def test_a_father_named_alone_is_not_a_later_mention_of_his_son(tmp_path):
    # the hostile review of round 30: الملك سلمان was counted as محمد بن سلمان, and علي
    # عبدالله صالح folded into his son's name as its variant
    found = candidates(tmp_path, "وقال ولي ولي العهد الأمير محمد بن سلمان إن المملكة ماضية.\n"
                                 "واستقبل الملك سلمان الوفد في جدة.\n"
                                 "وقال الرئيس اليمني السابق علي عبدالله صالح إن نجله أحمد علي "
                                 "عبدالله صالح سيعود.\n")
    assert found["محمد بن سلمان"]["count"] == 1, found["محمد بن سلمان"]
    assert found["سلمان"]["en"] == "King Salman", sorted(found)
    assert "علي عبدالله صالح" in found, sorted(found)
    assert "علي عبدالله صالح" not in found["أحمد علي عبدالله صالح"].get("variants", [])
    # (a man's last two words are still his: منصور هادي, هادي)
    hadi = candidates(tmp_path, "وقال عبد ربه منصور هادي إن الحرب ستنتهي. وأكد منصور هادي "
                                "ذلك.\n")
    assert hadi["عبد ربه منصور هادي"]["count"] == 2, hadi


def test_by_way_of_is_no_road_and_a_listed_company_is_whole(tmp_path):
    # round 30's held-out sets (onehundredfortytwo, onehundredfortyfive): عن طريق is "by way
    # of" (the scorer), no road named after him; إيلي ليلي is listed whole, its last word not
    # read as a noun in construct
    found = candidates(tmp_path, "وأضاف الفريق الإنجليزي هدفين في الشوط الثاني عن طريق جيسي "
                                 "لينجارد وعدنان يانوزاي.\nوقالت شركة إيلي ليلي: \"نحن "
                                 "متحمسون\".\nووقع الحادث على طريق الملك فهد.\n")
    assert found["جيسي لينجارد"]["kind"] == "person", sorted(found)
    assert not [ar for ar in found if ar.startswith("طريق جيسي")], sorted(found)
    assert found["طريق الملك فهد"]["kind"] == "place", sorted(found)
    assert found["شركة إيلي ليلي"]["en"] == "Eli Lilly", sorted(found)


def test_leaders_whose_names_are_no_arabs_keep_their_english():
    # round 30's first new-user review: "Shi Jainbinigh?" for the Chinese president
    assert romanize_name("شي جينبينغ") == ("Xi Jinping", False)
    assert romanize_name("شينزو آبي") == ("Shinzo Abe", False)
    assert romanize_name("توماس باخ") == ("Thomas Bach", False)
    # a woman's kunya as a man's: Umm Sayyaf beside Abu Sayyaf (not Am Siyaf), and words
    # spelt so that open no name by themselves (أم is "or" too, عيد a feast)
    assert romanize_name("أم سياف")[0].startswith("Umm ")
    assert romanize_name("عواد بن عيد البلوي")[0] == "Awwad bin Eid al-Balawi"
    assert not is_known_given("أم") and not is_known_given("عيد")


def test_a_news_agency_credited_by_its_initials(tmp_path):
    # the gold gives أ.ف.ب of a dateline as AFP (21 times; round 30's onehundredfortyone and
    # first new-user review found none of them taken)
    found = candidates(tmp_path, "* جنيف - أ.ف.ب: أعلنت منظمة الهجرة الدولية أن العدد ارتفع.\n"
                                 "وقع الهجوم أمس. (أ ف ب)\nبرلين - د ب أ: قالت الحكومة إن.\n"
                                 "جانب من الحفل (أ ب)\n")
    by_english = {c["en"]: c for c in found.values()}
    assert by_english["AFP"]["count"] == 2, sorted(found)  # أ.ف.ب and (أ ف ب): one agency
    assert by_english["AFP"]["ar"] in ("أ.ف.ب", "أ ف ب"), sorted(found)
    assert found["د ب أ"]["en"] == "DPA", sorted(found)
    assert found["أ ب"]["en"] == "Associated Press", sorted(found)
    assert found["منظمة الهجرة الدولية"]["en"] == "International Organization for Migration"
    # (AP's two letters only as a credit in brackets; a word's letters are none)
    assert not candidates(tmp_path, "وقال أ ب إن الأمر انتهى، وكان ابو ف بكر هناك.\n").get("أ ب")
    # (nor words of the letters with nothing between them: دبا, a town; أشأ)
    assert not [c for c in candidates(tmp_path, "وصل الوفد إلى دبا أمس وقال أشأ الله.\n"
                                      ).values() if c["en"] in ("DPA", "MENA")]


def test_a_stadium_named_after_a_prince_is_the_venue_not_the_man(tmp_path):
    # the second new-user review of round 30: فيصل بن فهد, a person, out of a stadium's name
    found = candidates(tmp_path, "تقام المباراة على ملعب الأمير فيصل بن فهد بالنادي مساء "
                                 "اليوم.\nوفي استاد الملك فهد الدولي بالرياض.\nمن خمس دول "
                                 "-نيجيريا والنيجر وتشاد والكاميرون وبينين- للقتال.\n")
    stadium = found["ملعب الأمير فيصل بن فهد"]
    assert (stadium["kind"], stadium["en"]) == ("place", "Prince Faisal bin Fahad Stadium")
    assert found["استاد الملك فهد الدولي"]["en"] == "King Fahad International Stadium"
    assert "فيصل بن فهد" not in found, sorted(found)
    assert found["بينين"]["en"] == "Benin", sorted(found)
    # and schools and parks named after men (onehundredfifty's polling schools)
    venues = candidates(tmp_path, "وثانوية الأمير سعود بن عبدالمحسن حي الزهراء، وابتدائية "
                                  "عمرو بن العاص حي العزيزية، وحديقة الأمير محمد بن سعود.\n")
    assert venues["ابتدائية عمرو بن العاص"]["kind"] == "place", sorted(venues)
    assert venues["ثانوية الأمير سعود بن عبدالمحسن"]["en"] == (
        "Prince Saud bin Abdulmohsen Secondary School")
    assert not [ar for ar in venues if ar in ("عمرو بن العاص", "سعود بن عبدالمحسن",
                                               "محمد بن سعود")], sorted(venues)
    # (the prince by himself is a person still)
    assert candidates(tmp_path, "وقال الأمير فيصل بن فهد إن الفريق جاهز.\n")[
        "فيصل بن فهد"]["kind"] == "person"


def test_what_round_30s_second_hostile_review_found_in_names(tmp_path):
    # a ministry before another body in a verb-subject-object sentence keeps its name (only
    # a company's description gives way to the listed company after it)
    found = candidates(tmp_path, "وطلبت وزارة الداخلية الكويتية الإنتربول القبض على المتهم.\n"
                                 "وعن طريق جيسي لينجارد جاء الهدف الثالث.\n"
                                 "ووصل الوفد إلى المطار عن طريق الملك فهد.\n")
    assert "وزارة الداخلية الكويتية" in found, sorted(found)
    # (و)عن طريق before a man is "by way of"; before a king, the road
    assert "جيسي لينجارد" in found and "طريق الملك فهد" in found, sorted(found)


def test_saudi_as_a_nisba_is_no_place(tmp_path):
    # round 30's third batch: السعودية after a plural it agrees with, or after a name in
    # quotes, is the nisba "Saudi" (three sets counted it as the country)
    found = candidates(tmp_path, "خسر مؤشر سوق الأسهم السعودية خلال شهر رمضان.\nصدر مع مجلة "
                                 "“العربية” السعودية كتاب جديد.\n")
    assert "السعودية" not in found, sorted(found)
    # (the country after a preposition is the country)
    assert candidates(tmp_path, "وصل الرئيس إلى السعودية أمس.\n")["السعودية"]["kind"] == "place"


def test_a_paper_named_by_a_nisba_in_quotes_and_a_surname_two_men_share(tmp_path):
    # onehundredfiftyseven's مجلة “العربية” and onehundredfiftyfour's صحيفة "الاقتصادية": a
    # paper so named in quotes (an adjective in brackets stays none)
    found = candidates(tmp_path, "صدر مع مجلة “العربية” السعودية كتاب.\nونشرت صحيفة "
                                 "\"الاقتصادية\" تقريرا.\nوقال وزير الخارجية (الروسي) إن.\n")
    assert found["مجلة العربية"]["kind"] == "organisation", sorted(found)
    assert "صحيفة الاقتصادية" in found, sorted(found)
    assert not [ar for ar in found if "الروسي" in ar], sorted(found)
    # a surname alone after two men who share it is neither's (the second hostile review)
    men = candidates(tmp_path, "وقال الرئيس اليمني السابق علي عبدالله صالح إن نجله أحمد علي "
                               "عبدالله صالح سيعود. وأضاف صالح أن الحرب ستنتهي.\n")
    assert men["علي عبدالله صالح"]["count"] == men["أحمد علي عبدالله صالح"]["count"] == 1


def test_a_company_named_after_what_it_is_and_its_nationality(tmp_path):
    # onehundredsixty's (round 30's fourth batch): Israeli start-ups, each after a description
    # and a nationality; the name is the company, the description none (it had given شركة أمن
    # المعلومات and missed أدالوم). Invented names here: the model learnt onehundredsixty's.
    found = candidates(tmp_path, "واستحوذت شركة الأمن الإلكتروني الأمريكية كرونتيكس على شركة "
                                 "أمن المعلومات الإسرائيلية زيفالوم مقابل 320 مليون دولار.\n")
    assert found["كرونتيكس"]["kind"] == found["زيفالوم"]["kind"] == "organisation", sorted(found)
    assert not [ar for ar in found if ar.startswith("شركة")], sorted(found)
    # a listed company after its description and السعودية: the nisba is no place
    found = candidates(tmp_path, "وقالت شركة النفط السعودية أرامكو إن الإنتاج ارتفع.\n")
    assert sorted(found) == ["أرامكو"], sorted(found)
    # (a company of common words with its nationality stays one name)
    assert "شركة الكهرباء السعودية" in candidates(
        tmp_path, "وقالت شركة الكهرباء السعودية إن التيار عاد.\n")


def test_a_place_in_quotes_after_its_kind_takes_the_gazetteers_english(tmp_path):
    # round 43's new-user review: محافظة «الحديدة» gave the guess al-Hudaida? where the bare
    # name gives Hodeidah
    found = candidates(tmp_path, "وقصفت الطائرات مواقع في محافظة «الحديدة» أمس.\n")
    assert found["الحديدة"]["en"] == "Hodeidah" and not found["الحديدة"]["guess"], found


def test_a_kunya_after_a_preposition_keeps_its_abi(tmp_path):
    # round 43's threehundredthirteen: بزعامة أبي بكر البغدادي gave بكر البغدادي, the kunya's
    # genitive أبي cut as a link (threehundredtwo's أبي مصعب الزرقاوي too)
    found = candidates(tmp_path, "وبايع المقاتلون بزعامة أبي بكر البغدادي التنظيم.\n")
    assert "أبي بكر البغدادي" in found, sorted(found)
    assert found["أبي بكر البغدادي"]["kind"] == "person"
    assert found["أبي بكر البغدادي"]["en"] == "Abu Bakr al-Baghdadi"  # (round 43's hostile #7)


def test_a_word_before_a_particle_name_or_after_a_company_that_is_none(tmp_path):
    # round 43's threehundredthirteen and threehundredten: معاون دي ميستورا ("de Mistura's
    # deputy") and سيغيب دي ميستورا ("de Mistura will be away") took the word before the
    # particle; شركة بيكر هيوز جهازا قطره took the counted noun after the name
    found = candidates(tmp_path, "وقال رمزي معاون دي ميستورا إن الاجتماع تأجل. وبعدها سيغيب "
                                 "دي ميستورا عن الجلسة.\n")
    assert "دي ميستورا" in found and not [a for a in found if a.endswith(" دي ميستورا")], (
        sorted(found))
    found = candidates(tmp_path, "وتعاقدت مع شركة بيكر هيوز جهازا قطره 12 بوصة.\n")
    assert sorted(found) == ["شركة بيكر هيوز"], sorted(found)


def test_a_company_named_after_what_it_does(tmp_path):
    # round 42's twohundredninetyseven: شركة الأبحاث غارتنر gave "Research Company" beside the
    # firm; and شركة أبحاث ماركيت gave "Abhath Markit". Invented names here.
    for text, name in (("وبحسب تقرير لشركة الأبحاث زانتريكس نشر في مايو.\n", "زانتريكس"),
                       ("وقالت شركة أبحاث فولترام إن المؤشر ارتفع.\n", "فولترام"),
                       ("وقالت شركة الاستشارات كورنبيل إن النمو تباطأ.\n", "كورنبيل")):
        found = candidates(tmp_path, text)
        assert sorted(found) == [name], (text, sorted(found))
        assert found[name]["kind"] == "organisation"
    # research on a common noun with the article is no company's name
    assert "الصداع" not in candidates(tmp_path, "وأكدت مؤسسة أبحاث الصداع أن الدواء فعال.\n")


def test_what_round_31s_new_user_review_found(tmp_path):
    # Round 31's new-user review, in its articles' words.
    found = candidates(tmp_path, "وأثار الاعلان بأن نائب عمر الملا محمد أختر منصور سيصبح "
                                 "الزعيم الجديد.\nومنذ تنصيب منصور زعيما للحركة والذي أعلنه "
                                 "مجلس قيادة طالبان ومقره كويتا في باكستان.\nواليوم أعلن مسؤول "
                                 "طالبان سيد محمد طيب أغا استقالته. وقال أغا إنه اعتبر القرار "
                                 "خطأ.\n")
    # the registry's man named with a given name his variant leaves out: no man of its own,
    # and not counted to another محمد
    agha = next(c for ar, c in found.items() if ar.endswith("طيب أغا"))
    assert agha["count"] == 2 and len(agha["paragraphs"]) == 1, agha
    # the council of a registered body's leadership, whole
    assert found["مجلس قيادة طالبان"]["en"] == "Taliban Leadership Council", sorted(found)
    # a complement's adjective, before its nouns in English; a city's channel; an outlet
    # opening the article before a dash and its city
    found = candidates(tmp_path, "عين اليوم – أبوظبي\nوشارك في تطوير مركز الملك عبدالله "
                                 "للدراسات والأبحاث البترولية.\nاختار برنامج يعرض على قناة "
                                 "أبوظبي كأفضل برنامج.\n")
    assert found["عين اليوم"]["kind"] == "organisation", sorted(found)
    assert found["قناة أبوظبي"]["en"] == "Abu Dhabi TV", sorted(found)
    centre = found["مركز الملك عبدالله للدراسات والأبحاث البترولية"]
    assert centre["en"] == "King Abdullah Centre for Petroleum Studies and Research", centre
    # (a canal of a country is a place; a line opening with a sentence is no dateline)
    found = candidates(tmp_path, "عين اليوم تراقب الوضع - الرياض\nوعبرت السفن قناة بنما أمس.\n")
    assert "عين اليوم" not in found and found["قناة بنما"]["kind"] == "place", sorted(found)
    # places listed among known ones, one of three words, the last after a comma
    found = candidates(tmp_path, "وتشمل المواقع التي سيزورها الفريق وهي: \"وادي الديسة، ضبا، "
                                 "المويلح، رأس الشيخ حميد، مقنا، طيب اسم، حقل، تبوك\".\n")
    assert found["ضبا"]["kind"] == "place", sorted(found)
    assert "حقل" not in found  # a common word ("field") stays out, even in the list
    # in a sports report, a country's union by its nisba is its football federation; a verb
    # after a nationality is no player
    found = candidates(tmp_path, "أرسل الاتحاد السعودي خطابا إلى نظيره الاتحاد الإنجليزي بشأن "
                                 "اللاعب. وقال المدرب إن الفريق سيلعب المباراة في الدوري وسجل "
                                 "الهدف الأول للمنتخب في الملعب. وسئل مدرب المنتخب السعودي "
                                 "فأجاب: لا أعرف.\n")
    assert found["الاتحاد السعودي"]["en"] == "Saudi Football Federation", sorted(found)
    assert found["الاتحاد الإنجليزي"]["en"] == "The Football Association", sorted(found)
    assert "فأجاب" not in found, sorted(found)


def test_what_round_31s_held_out_sets_missed(tmp_path):
    # onehundredsixtyfour's and onehundredsixtysix's, in their words: a family name after a
    # father's given name in الله (spaced or compound), and a body's oversight with its object
    found = candidates(tmp_path, "وأوضح العميد سليمان بن عبد الله العمرو أن الفرق باشرت.\nوقال "
                                 "رئيس النادي عبدالرحمن بن رجاء الله السلمي إن الجمعية ستعقد.\n"
                                 "وأعلنت اللجنة السعودية للرقابة على المنشطات نتائج الفحوص.\n")
    assert "سليمان بن عبد الله العمرو" in found, sorted(found)
    assert "عبدالرحمن بن رجاء الله السلمي" in found, sorted(found)
    assert "اللجنة السعودية للرقابة على المنشطات" in found, sorted(found)
    # (a surname in الله with no nasab before it ends the name: حسن نصر الله, no nisba)
    assert "حسن نصر الله" in candidates(tmp_path, "وقال حسن نصر الله اللبناني إن الحزب.\n")
    # onehundredsixtyfive's: an agency by one word between a verb of reporting and "the
    # government's"; a common noun so placed is none
    found = candidates(tmp_path, "وذكرت الأناضول الحكومية التركية أمس أن نحو 390 مقاتلا قتلوا."
                                 "\nوقالت الحكومة الرسمية إن الوضع هادئ.\n")
    assert found["الأناضول"]["en"] == "Anadolu Agency" and "الحكومة" not in found, sorted(found)


def test_what_round_31s_hostile_review_found(tmp_path):
    # a whole name before a registry person's is the subject, not his given name
    found = candidates(tmp_path, "والتقى جون كيري محمد جواد ظريف في فيينا.\n")
    assert "جون كيري" in found, sorted(found)
    # قناة and a city that names no channel is water; a line opening with words, a dash and
    # no place is no outlet's dateline
    found = candidates(tmp_path, "الشرق الأوسط – أزمات متلاحقة\nوحفرت البلدية قناة جدة لتصريف "
                                 "مياه الأمطار.\n")
    assert found["الشرق الأوسط"]["kind"] == "place" and "قناة جدة" not in found, sorted(found)
    # a union in a basketball report stays a union
    found = candidates(tmp_path, "وقال المدرب إن المنتخب اللبناني لكرة السلة سيلعب المباراة في "
                                 "الملعب وسجل الهدف الأول في الدوري. وقال الاتحاد اللبناني إن "
                                 "الفريق جاهز.\n")
    assert found["الاتحاد اللبناني"]["en"] == "Lebanese Union", found["الاتحاد اللبناني"]
    # السعودية after a company's description of two words is its nisba; a name after an
    # officer's title and a company is no company
    found = candidates(tmp_path, "وأشارت شركة النقل الجماعي السعودية سابتكو إلى زيادة.\nوأوضح "
                                 "الرئيس التنفيذي لشركة السيارات اليابانية أكيو تويودا أن "
                                 "المبيعات ارتفعت.\n")
    assert "السعودية" not in found and "سابتكو" in found, sorted(found)
    assert found.get("أكيو تويودا", {}).get("kind") != "organisation", sorted(found)


def test_what_round_31s_second_new_user_review_found(tmp_path):
    # a father's name علي before a family name; common words ending in a verb are no one
    # (يرى before a name was tried and left: the second hostile review found يرى نشطاء
    # حقوقيون read as a man)
    found = candidates(tmp_path, "وقال اللواء الركن محمد علي المقدشي، خلال زيارة هي الأولى له "
                                 "إن القوات جاهزة.\nما إذا كان الوقت قد حان ليتولى لاعب سابق شارك "
                                 "في أعلى المستويات رئاسة الفيفا.\nويرى نشطاء حقوقيون أن القرار "
                                 "خاطئ.\nوكان أبرزهم الملحن السعودي “سهم” الذي لحن.\n")
    assert "محمد علي المقدشي" in found and "سهم" in found, sorted(found)
    assert not [ar for ar in found if "نشطاء" in ar], sorted(found)
    assert not [ar for ar in found if "حان" in ar or "شارك" in ar], sorted(found)
    # (common words that end in no verb may be a name: سامح شكري)
    assert "سامح شكري" in candidates(tmp_path, "وقال وزير الخارجية المصري سامح شكري إن.\n")
    # (علي before a noun is "on": no name goes on)
    assert "محمد علي الطاولة" not in candidates(tmp_path, "ووضع محمد علي الطاولة كتابا.\n")


def test_what_round_32_met_a_nickname_and_a_state_named_like_a_time(tmp_path):
    # Written for this test in the style of the round's held-out batch and new-user review.
    found = candidates(tmp_path, "يؤدي الممثل شخصية الطبيب جاك كيفوركيان الملقب بملاك الموت.\n"
                                 "وقال مسؤول الحياة البرية في ولاية صباح إن الفيلة نفقت.\n"
                                 "وزار الوفد المدينة صباح الأحد.\n")
    assert "جاك كيفوركيان" in found and not [ar for ar in found if "الملقب" in ar], sorted(found)
    assert found["صباح"]["kind"] == "place" and found["صباح"]["en"] == "Sabah", found["صباح"]
    assert found["صباح"]["count"] == 1  # صباح الأحد: morning


def test_what_round_32s_hostile_review_found(tmp_path):
    # Written for this test from the review's inputs: a place a man left after a comma or a
    # bracket stays a place (only أن/إن after it make it his family name); ولاية before a
    # man's name is a reign, no state
    found = candidates(tmp_path, "وغادر الملك سلمان الرياض، متوجها إلى طنجة.\n"
                                 "وصل الرئيس عبدالفتاح القاهرة (قادما من جدة).\n"
                                 "وأكد الدكتور عبدالله الشدادي أن الخطة جاهزة.\n"
                                 "وتحقق ذلك خلال ولاية صباح الأحمد الجابر الصباح.\n")
    assert found["الرياض"]["kind"] == found["القاهرة"]["kind"] == "place", sorted(found)
    assert found["عبدالله الشدادي"]["kind"] == "person", sorted(found)
    assert "صباح" not in found or found["صباح"]["kind"] != "place", found.get("صباح")


def test_a_compound_given_name_written_apart_takes_its_joined_spelling():
    # عبد المنعم as عبدالمنعم is (round 32's held-out batch: "Abd al-Manm" before)
    assert romanize_name("عبد المنعم عبدالله") == ("Abdelmonem Abdullah", False)
    assert romanize_name("عبدالمنعم عبدالله") == ("Abdelmonem Abdullah", False)



def test_what_round_32s_second_hostile_review_found(tmp_path):
    # Written for this test from the review's inputs: a title's man before a comma and his post
    # keeps his family name, though it is a place too; ولاية صباح before a weekday or a
    # participle is still the state
    found = candidates(tmp_path, "وقال الدكتور عبدالله الشدادي، مدير الجامعة، إن الخطة جاهزة.\n"
                                 "وضرب زلزال ولاية صباح الاثنين الماضي.\n")
    assert found["عبدالله الشدادي"]["kind"] == "person", sorted(found)
    assert found["صباح"]["kind"] == "place", sorted(found)


def test_a_rank_a_fathers_name_before_a_tribal_one_and_a_surname_before_what_was_said(tmp_path):
    # Written for this test (round 32's third batch had such names cut short): a corporal's
    # name after his rank and its degree; a father's name that is a common word (معتاد
    # "usual") before a tribal family name; a one-word surname after a man's given name and
    # his father's, before أن; but not an accusative after them, nor و and the next word
    found = candidates(tmp_path, "وشيعت الجنازة العريف أول جمعة جوهر جمعة الحمادي.\n"
                                 "وقال الشيخ حامد معتاد الرفاعي إن الفرقة شاركت.\n"
                                 "وأكد رئيس الوزراء خالد محفوظ بحاح أن الحكومة ستعود.\n"
                                 "وقال اللاعب محمد أحمد مرتاحا إن الفوز مهم.\n"
                                 "وقال الرئيس شينزو آبي وممثلون عن الحكومة إن الاتفاق قريب.\n"
                                 "وتابعت الفنانة نادية الجندي العرض.\n")
    for person in ("جمعة جوهر جمعة الحمادي", "حامد معتاد الرفاعي", "خالد محفوظ بحاح",
                   "محمد أحمد", "شينزو آبي", "نادية الجندي"):
        assert found[person]["kind"] == "person", sorted(found)
    assert not any(ar.endswith(("مرتاحا", "وممثلون")) for ar in found), sorted(found)


def test_a_lists_waw_before_a_name_and_his_father_and_a_verb_in_alif_maqsura(tmp_path):
    # Written for this test (round 33's first batch): a list's و before a name that opens with
    # بن after it is the list's, not the name's (but وليد بن طلال keeps his و); a verb of a weak
    # root written with ى after a foreign name is no surname (بيليه يتعافى)
    found = candidates(tmp_path, "وكرم الحفل سلمان الفراج، وعلوش بن عبدالله ابوثنين، ووليد بن "
                                 "طلال.\nوأكد الطبيب أن بيليه يتعافى جيدا.\n")
    assert found["علوش بن عبدالله ابوثنين"]["kind"] == "person", sorted(found)
    assert found["وليد بن طلال"]["kind"] == "person", sorted(found)
    assert not any(ar.startswith("وعلوش") or ar.endswith("يتعافى") for ar in found), sorted(found)


def test_what_round_33s_hostile_review_found(tmp_path):
    # Written for this test from the review's inputs: a rank after a given name is his family
    # name; a given name after a verb is the verb's subject, not the first of a name whose
    # father's name is a common word (وشكر فهد جهود العتيبي); ب and a town after two given
    # names is where, not a surname; فخامة is an honorific, no name; OPEC by its other name
    found = candidates(tmp_path, "قال سعد العريف إن الفريق جاهز للمباراة.\n"
                                 "وتسلم سعد كتاب الشهري الجديد أمس.\n"
                                 "وأكد اللواء خالد محمد بجدة أن الأمن مستتب.\n"
                                 "واستقبل الملك أخاه فخامة الرئيس عبدالفتاح السيسي.\n"
                                 "وأعلنت منظمة الدول المصدرة للبترول خفض الإنتاج.\n")
    assert found["سعد العريف"]["kind"] == "person", sorted(found)
    assert not any(ar.startswith("سعد كتاب") for ar in found), sorted(found)
    assert "خالد محمد" in found and "خالد محمد بجدة" not in found, sorted(found)
    assert "عبدالفتاح السيسي" in found and not any("فخامة" in ar for ar in found), sorted(found)
    assert found["منظمة الدول المصدرة للبترول"]["en"] == "OPEC", sorted(found)


def test_a_market_reports_list_framed_by_its_words_names_companies(tmp_path):
    # Written for this test (round 33's new-user review: a list of companies between أسهم
    # شركات and الأكثر or على رأس, printed with " ,و"): every item is a company, though a
    # common noun (سلامة) or a town's name inside a company's (أسمنت حائل); not a list of
    # towns after في
    found = candidates(tmp_path, "فيما جاءت أسهم شركات سلامة ,ورعاية ,وبتروكيم ,واسمنت الجنوب "
                                 ",وساسكو على رأس الشركات الأكثر انخفاضا.\n"
                                 "وكانت أسهم شركات فيبكو وموبايلي, وأسمنت حائل الأكثر ارتفاعا.\n"
                                 "وتراجعت أسهم شركات في الرياض وجدة والدمام على رأس القائمة.\n")
    for company in ("سلامة", "رعاية", "بتروكيم", "اسمنت الجنوب", "ساسكو", "فيبكو", "موبايلي",
                    "أسمنت حائل"):
        assert found[company]["kind"] == "organisation", (company, sorted(found))
    assert found["موبايلي"]["en"] == "Mobily"
    assert found["الرياض"]["kind"] == "place", sorted(found)



def test_what_round_33s_second_hostile_review_found(tmp_path):
    # Written for this test from the review's inputs: a framed list of countries, towns, men,
    # sectors or common words is no list of companies; a listed short name passes the verb
    # filter (ينساب); a company's own و after a lone و stays (،و وفرة)
    found = candidates(tmp_path, "وارتفعت أسهم شركات السعودية، والإمارات، والكويت، وقطر على رأس "
                                 "الأسواق الأكثر ربحا.\n"
                                 "وارتفعت أسهم شركات محمد العتيبي، وسعد القحطاني، وخالد الشهري "
                                 "على رأس المستثمرين.\n"
                                 "وتراجعت أسهم شركات الطيران، والسياحة، والفنادق على رأس "
                                 "المتضررين.\n"
                                 "وكانت أسهم شركات سلامة وأمان وصحة المواطنين على رأس أولويات "
                                 "الوزارة.\n"
                                 "وارتفعت أسهم شركات كيان، ونادك، وينساب، وسافكو على رأس الشركات "
                                 "الأكثر ارتفاعا.\n"
                                 "وارتفعت أسهم شركات الدريس ،و وفرة ،والاتصالات الأكثر ارتفاعا.\n")
    assert found["الإمارات"]["kind"] == found["قطر"]["kind"] == "place", sorted(found)
    assert found["محمد العتيبي"]["kind"] == "person", sorted(found)
    assert "الطيران" not in found and "أمان" not in found, sorted(found)
    assert found["ينساب"]["en"] == "Yansab" and found["نادك"]["en"] == "NADEC", sorted(found)
    assert "وفرة" in found and "فرة" not in found, sorted(found)


def test_a_municipality_named_by_a_region_or_a_place_of_two_words(tmp_path):
    # Written for this test (round 33's first new-user review: أمانة المنطقة الشرقية gave only
    # the place): a municipality is named by a place of two words, or by a region's head and its
    # place, as by one word (أمانة عسير), with the place's English; not أمانة اللجنة
    found = candidates(tmp_path, "عزت أمانة المنطقة الشرقية كثرة التحويلات إلى المشاريع.\n"
                                 "وأوضحت أمانة منطقة الرياض أن العمل مستمر.\n"
                                 "وأعلنت أمانة اللجنة عن موعد الاجتماع.\n")
    assert found["أمانة المنطقة الشرقية"]["en"] == "Eastern Province Municipality", sorted(found)
    assert found["أمانة منطقة الرياض"]["kind"] == "organisation", sorted(found)
    assert not any(ar.startswith("أمانة اللجنة") for ar in found), sorted(found)


def test_a_family_of_al_al_sheikh_and_a_ruler_after_his_name(tmp_path):
    # Written for this test (round 34's first held-out batch: عبداللطيف آل الشيخ lost its
    # الشيخ, read as a title; a nasab of nine words cut at seven; قابوس بن سعيد سلطان عمان
    # took the ruler's title as a grandfather): الشيخ after آل is the family, a long nasab
    # runs to its family name, a ruler's title before his land ends the name
    found = candidates(tmp_path, "وقال عبداللطيف آل الشيخ إن المشروع يسير.\n"
                                 "وشكر الشيخ عبد اللطيف بن عبد الملك بن عمر آل الشيخ على "
                                 "جهوده.\n"
                                 "وشكر البيان السلطان قابوس بن سعيد سلطان عمان على جهوده.\n")
    assert "عبداللطيف آل الشيخ" in found, sorted(found)
    assert "عبد اللطيف بن عبد الملك بن عمر آل الشيخ" in found, sorted(found)
    assert "قابوس بن سعيد" in found, sorted(found)
    assert not any(ar.endswith((" آل", "سلطان")) for ar in found), sorted(found)


def test_a_birth_year_or_a_manner_after_a_name_and_a_western_surname_third(tmp_path):
    # Written for this test (round 34's second held-out batch: فهد حمد مواليد 1990 took
    # "born", نجيب عبدالرزاق قائلة took "saying", كلير روكاسل براون lost Brown, read as ب and a
    # word): مواليد and قائلا end a name; a Western surname of the table is a third word
    found = candidates(tmp_path, "2- فهد حمد مواليد 1990 وقد عثر في منزله على كتب.\n"
                                 "ورد نجيب عبدالرزاق قائلة إن الموقع يكذب.\n"
                                 "وقالت رئيسة الموقع كلير روكاسل براون إنها محاولة للرقابة.\n")
    assert "فهد حمد" in found and not any("مواليد" in ar for ar in found), sorted(found)
    assert not any("قائلة" in ar for ar in found), sorted(found)
    assert found["كلير روكاسل براون"]["kind"] == "person", sorted(found)


def test_what_round_34s_hostile_review_found(tmp_path):
    # Written for this test from the review's inputs: a ruler's title right after بن is the
    # father's name (فهد بن سلطان جدة: Sultan, then the town); a long nasab ends on no link
    found = candidates(tmp_path, "وزار فهد بن سلطان جدة الأسبوع الماضي.\n"
                                 "وقال محمد بن عبدالله بن سعد بن فهد آل بن علي إن الوضع هادئ.\n")
    assert "فهد بن سلطان" in found, sorted(found)
    assert not any(ar.endswith((" بن", " آل")) for ar in found), sorted(found)


def test_bodies_adjectives_in_english(tmp_path):
    # Written for this test (round 34's first new-user review: "Greek al-Juya Airlines",
    # "General Directorate for Affairs al-Sahiya"): a body's common adjectives are translated
    # and go before its noun; الخطوط الجوية is Airlines once
    found = candidates(tmp_path, "وأعلنت الخطوط الجوية اليونانية إلغاء رحلاتها.\n"
                                 "وقالت المديرية العامة للشؤون الصحية بمنطقة عسير إن الحالة "
                                 "مستقرة.\n"
                                 "وأعلنت المحكمة العسكرية العليا حكمها.\n"
                                 "وأعلن المجلس التشريعي الفلسطيني أن الجلسة تأجلت.\n")
    assert found["الخطوط الجوية اليونانية"]["en"] == "Greek Airlines", found
    assert "Health Affairs" in found["المديرية العامة للشؤون الصحية بمنطقة عسير"]["en"], found
    assert found["المحكمة العسكرية العليا"]["en"] == "Supreme Military Court", found
    assert found["المجلس التشريعي الفلسطيني"]["en"] == "Palestinian Legislative Council", found


def test_what_round_34s_second_new_user_review_found(tmp_path):
    # Written for this test from the review's sentences: a noun with "his" after a foreign
    # name is no surname (مورينيو ثقته); و and a noun after حزب الله is no part of it; الخليج
    # in كأس الخليج is the cup's, no place
    found = candidates(tmp_path, "يضع جوزيه مورينيو ثقته فيه.\n"
                                 "بنزع سلاح حزب الله والحديث عن قرار السلم والحرب.\n"
                                 "أعلن الاتحاد الكويتي لكرة القدم تأجيل كأس الخليج في الكويت.\n")
    assert "جوزيه مورينيو" in found and not any("ثقته" in ar for ar in found), sorted(found)
    assert "حزب الله" in found and not any("والحديث" in ar for ar in found), sorted(found)
    assert "الخليج" not in found and "الكويت" in found, sorted(found)


def test_what_round_34s_second_hostile_review_found(tmp_path):
    # Written for this test from the review's inputs: a Western surname third is the object
    # of a verb-first sentence unless what he said follows; اتحاد and a place before a verbal
    # noun of purpose is "unity", no body; a footballer's one name after a shop's head is the
    # shop's; a past plural verb after a nationality's foreign name
    found = candidates(tmp_path, "وانتقد جيرمي كوربن بلير في خطابه.\n"
                                 "وقال اتحاد مصر لمواجهة الإرهاب ضروري.\n"
                                 "افتتح مطعم نيمار في جدة فرعه الجديد.\n"
                                 "والتقى المدرب البرازيلي بيليه مروا بالمطار.\n")
    assert not any(ar.endswith("بلير") and len(ar.split()) == 3 for ar in found), sorted(found)
    assert not any(ar.startswith("اتحاد مصر") for ar in found), sorted(found)
    assert "نيمار" not in found, sorted(found)
    assert "بيليه" in found and not any("مروا" in ar for ar in found), sorted(found)


def test_a_listed_national_body_takes_its_country(tmp_path):
    # Written for this test in the style of round 35's misses (الصليب الأحمر الأميركي): a
    # listed national society or body and the nationality after it are that country's body,
    # its English too; a listed Saudi body's own nationality changes nothing
    found = candidates(tmp_path, "وقال متحدث باسم الصليب الأحمر الأميركي إن الفرق وصلت.\n"
                                 "وأرسل الهلال الأحمر المصري قوافل إلى غزة.\n"
                                 "وقال الهلال الأحمر السعودي إنه نقل المصابين.\n")
    assert found["الصليب الأحمر الأميركي"]["en"] == "American Red Cross", sorted(found)
    assert found["الهلال الأحمر المصري"]["en"] == "Egyptian Red Crescent", sorted(found)
    assert found["الهلال الأحمر السعودي"]["en"] == "Saudi Red Crescent Authority", sorted(found)
    assert "الصليب الأحمر" not in found and "الهلال الأحمر" not in found, sorted(found)


def test_a_direction_mark_after_a_name_makes_no_second_candidate(tmp_path):
    # Round 35's hostile review: U+200F after a name, as pasted web text carries it, made the
    # learnt model propose the name the rules had found, listed twice
    path = tmp_path / "article.txt"
    path.write_text("وقال الرئيس اليمني عبد ربه منصور هادي\u200f إن الحكومة ستعود قريبا.\n",
                    "utf-8")
    result = CliRunner().invoke(cli, ["--project", str(ROOT), "actors", str(path),
                                      "--candidates", "--json"])
    listed = [c for c in json.loads(result.output)["candidates"] if "هادي" in c["ar"]]
    assert len(listed) == 1 and not listed[0]["learnt"], listed


def test_a_crowned_name_of_two_words_takes_its_ordinal_and_titles_read_in_english(tmp_path):
    # From round 36's held-out twohundredfortyseven (ملك السويد كارل جوستاف السادس عشر, cut
    # before its ordinal) and a second read of eleven's and onehundredsixtyone's misses: a
    # king's or pope's ordinal ends his name after two names too, and البابا, الملك before a
    # name are Pope and King in English; الكونكاكاف is CONCACAF
    found = candidates(tmp_path, "وقلد ملك السويد كارل جوستاف السادس عشر الأمير الجائزة.\n"
                                 "وقال البابا بنديكتوس السادس عشر إن الكنيسة تصلي.\n"
                                 "وقال البابا فرنسيس إن السلام ممكن.\n"
                                 "وأعلن الكونكاكاف أمس دعمه للمرشح.\n")
    assert found["كارل جوستاف السادس عشر"]["en"] == "Karl Gustave XVI", sorted(found)
    assert found["بنديكتوس السادس عشر"]["en"] == "Benedict XVI", sorted(found)
    assert found["البابا فرنسيس"]["en"] == "Pope Francis", sorted(found)
    assert found["الكونكاكاف"]["en"] == "CONCACAF", sorted(found)
    assert not {"كارل جوستاف", "بنديكتوس السادس"} & set(found), sorted(found)


def test_a_listed_body_and_a_nationality_and_a_nisba_that_is_not_the_bodys(tmp_path):
    # From round 36's held-out twohundredfortyfive (دول مجلس التعاون الخليجية: the states'
    # adjective, read as the council's) and the English of listed bodies with a country's
    # nisba after them, met in earlier sets (مجلس النواب الأردني, مجلس الشيوخ البرازيلي)
    found = candidates(tmp_path, "وأكد التقرير أداء اقتصاديات دول مجلس التعاون الخليجية.\n"
                                 "وقال مجلس النواب الأردني إن الجلسة تأجلت.\n"
                                 "وأعلنت هيئة الأركان التركية أن الطائرات عادت.\n"
                                 "وقال مجلس التنمية السياحية إن الموسم بدأ.\n")
    assert found["مجلس التعاون"]["en"] == "Gulf Cooperation Council", sorted(found)
    assert found["مجلس النواب الأردني"]["en"] == "Jordanian House of Representatives"
    assert found["هيئة الأركان التركية"]["en"] == "Turkish General Staff", sorted(found)
    assert "مجلس التنمية السياحية" in found, sorted(found)  # التنمية takes a feminine one
    assert "مجلس التعاون الخليجية" not in found, sorted(found)


def test_a_name_ends_before_during(tmp_path):
    # Round 36's held-out twohundredfiftyone: مهاب مميش أثناء, عثمان جاران أثناء and شرطة
    # أثناء took "during" into the name (and onehundredsixtynine's فيصل بن خالد أثناء)
    found = candidates(tmp_path, "وقال الفريق مهاب مميش أثناء زيارته للقناة إن العمل مستمر.\n"
                                 "وقال عثمان جاران أثناء المؤتمر إن الحزب سيشارك.\n")
    assert {"مهاب مميش", "عثمان جاران"} <= set(found), sorted(found)
    assert not any("أثناء" in name for name in found), sorted(found)


def test_a_word_explained_in_brackets_and_the_faculty_and_others_are_no_bodies(tmp_path):
    # Round 36's new-user review: الدرجة الجامعة (بكالوريوس) gave "Bakaluriwis University",
    # and أعضاء هيئة التدريس والموظفين "Authority of al-Tadris and al-Muzfin" (fourteen such
    # fragments in the earlier sets: مجلس الإدارة والرئيس التنفيذي, الشركة bahri sa)
    found = candidates(tmp_path, "حصل على الدرجة الجامعة (بكالوريوس) في الهندسة.\n"
                                 "ويشارك أعضاء هيئة التدريس والموظفين في البرنامج.\n"
                                 "وقالت الشركة «أرامكو» إن الإنتاج ارتفع.\n")
    assert not any("بكالوريوس" in name or "التدريس" in name for name in found), sorted(found)
    assert found["الشركة أرامكو"]["en"] == "Aramco", sorted(found)


def test_a_king_or_pope_between_his_crown_and_his_ordinal_in_the_english_he_is_known_by(
        tmp_path):
    # Round 36's hostile review (#3): البابا يوحنا بولس الثاني lost its ordinal (Pope Ywahna
    # Bulis) and البابا بولس السادس was not found; لويس الرابع عشر was Luis XIV
    found = candidates(tmp_path, "وصل البابا يوحنا بولس الثاني إلى دمشق.\n"
                                 "وقال البابا بولس السادس إن السلام ممكن.\n"
                                 "وبنى الملك لويس الرابع عشر القصر.\n"
                                 "والتقى الملك عبدالله الثاني بن الحسين الوفد.\n"
                                 "وقال بطرس غالي إن المنظمة تعمل.\n")
    assert found["يوحنا بولس الثاني"]["en"] == "John Paul II", sorted(found)
    assert found["بولس السادس"]["en"] == "Paul VI", sorted(found)
    assert found["لويس الرابع عشر"]["en"] == "Louis XIV", sorted(found)
    assert found["عبدالله الثاني بن الحسين"]["en"].startswith("Abdullah II"), sorted(found)
    # an Arab's بطرس without a crown keeps his own spelling, not Peter
    assert not any("Peter" in c["en"] for c in found.values()), found


def test_saudi_names_of_three_words_whose_middle_or_last_word_is_something_else_too(tmp_path):
    # Round 37's held-out twohundredfiftyfive (a list of wanted men, two fallen soldiers): الحسين
    # after a man's and his father's given names is his family's; عمران (a Yemeni town) and
    # خلف ("behind") between a given name and a tribe's are fathers' names; علي after محمد
    found = candidates(tmp_path, "وهم: خالد عبدالكريم الحسين - سلطان عبدالله الحسين.\n"
                                 "واستشهاد الجندي أول ثامر عمران المطيري والجندي أول عبدالمحسن"
                                 " خلف المطيري.\n"
                                 "والمستخدم من قبل الموقوف علي محمد علي العتيق الذي ضبط.\n"
                                 "ووصل الوفد إلى عمران اليمنية ووقف محمد خلف الباب.\n")
    for name in ("خالد عبدالكريم الحسين", "سلطان عبدالله الحسين", "ثامر عمران المطيري",
                 "عبدالمحسن خلف المطيري", "علي محمد علي العتيق"):
        assert found[name]["kind"] == "person", sorted(found)
    assert found["عمران"]["kind"] == "place", sorted(found)  # the town, named alone
    assert not any("الباب" in name for name in found), sorted(found)


def test_a_place_of_two_words_after_wa_and_the_oecd_in_its_french_order(tmp_path):
    # Round 37's held-out sets: وتل أبيب was missed (و before a two-letter first word, which no
    # reading stripped); the OECD's name in its French order (منظمة التعاون والتنمية في الميدان
    # الاقتصادي) was cut before في; بقم (ب and a two-letter town) is still found
    found = candidates(tmp_path, "أقدس العلاقات بين واشنطن وتل أبيب: الأولى.\n"
                                 "ووصل الوفد إلى بقم أمس.\n"
                                 "وقالت منظمة التعاون والتنمية في الميدان الاقتصادي إن النمو"
                                 " تراجع.\n")
    assert found["تل أبيب"]["en"] == "Tel Aviv", sorted(found)
    assert found["منظمة التعاون والتنمية في الميدان الاقتصادي"]["en"] == "OECD", sorted(found)


def test_saudi_football_and_a_registry_persons_family_name_after_actors_add(project):
    # Round 37's new user: السعودية in كرة القدم السعودية is "Saudi", not the country; after
    # `actors add` put أليكسيس تسيبراس in the registry, تسيبراس alone became a candidate of its
    # own, though the registry actor counted it
    text = ("وقال رئيس الوزراء اليوناني أليكسيس تسيبراس إن بلاده ستفي بالتزاماتها.\n"
            "وأضاف تسيبراس أن كرة القدم السعودية تطورت كثيرا.\n")
    (project / "new.txt").write_text(text, "utf-8")
    result = run_in(project, "actors", "add", "أليكسيس تسيبراس", "--id", "tsipras",
                    "--source", str(project / "new.txt"))
    assert result.exit_code == 0, result.output
    found = json.loads(run_in(project, "actors", str(project / "new.txt"), "--candidates",
                              "--json").output)
    assert [(a["id"], a["count"]) for a in found["actors"]] == [("tsipras", 2)], found
    assert not {c["ar"] for c in found["candidates"]} & {"تسيبراس", "السعودية"}, found


def test_the_p5_plus_1_by_its_figures_and_a_western_middle_initial(tmp_path):
    # Round 37's held-out sets: مجموعة 5+1 (ten gold forms over the sets, no candidate: the
    # figures are no words) and جاكوب جيه. ليو (cut at the initial's full stop)
    found = candidates(tmp_path, "وقالت مجموعة 5+1 إن الاتفاق قريب.\n"
                                 "والتقى وزير الخارجية الإيراني مع مجموعة (5+1) أمس.\n"
                                 "وقال وزير الخزانة جاكوب جيه. ليو إن الأزمة تتفاقم.\n"
                                 "وذكرت بي بي سي. وقال الوزير إن الوضع هادئ.\n")
    group = [c for c in found.values() if c["en"] == "P5+1"]  # both forms, one entity
    assert [(c["kind"], c["count"]) for c in group] == [("organisation", 2)], sorted(found)
    assert {group[0]["ar"], *group[0]["variants"]} == {"مجموعة 5+1", "مجموعة (5+1)"}
    assert found["جاكوب جيه. ليو"]["en"] == "Jacob J. Liw", sorted(found)
    assert not any("وقال" in name for name in found), sorted(found)  # BBC's full stop ends it


def test_a_kings_name_ends_before_a_verbal_noun_after_his_fathers(tmp_path):
    # Round 37's hostile review: الملك سلمان بن عبدالعزيز بصرف راتب was one name (Salman bin
    # Abdulaziz Basrf Ratib), in the most common phrase of Saudi news
    found = candidates(tmp_path, "وأمر الملك سلمان بن عبدالعزيز بصرف راتب شهرين للموظفين.\n"
                                 "ووجه الملك سلمان بن عبدالعزيز بتشكيل لجنة عليا.\n")
    assert found["سلمان بن عبدالعزيز"]["count"] == 2, sorted(found)
    assert not any("بصرف" in name or "بتشكيل" in name for name in found), sorted(found)


def test_an_arab_christians_boutros_and_a_popes_peter(tmp_path):
    # Round 37's hostile review (#16): بطرس بطرس غالي was not found and بطرس غالي was
    # "Batrs Ghali"; a pope's بطرس stays Peter
    found = candidates(tmp_path, "وقال الأمين العام الأسبق بطرس بطرس غالي إن المنظمة تعمل.\n"
                                 "وزار فؤاد بطرس الوزارة أمس.\n"
                                 "وقال البابا بطرس الثاني إن السلام ممكن.\n")
    assert found["بطرس بطرس غالي"]["en"] == "Boutros Boutros Ghali", sorted(found)
    assert found["فؤاد بطرس"]["en"] == "Fouad Boutros", sorted(found)
    assert found["بطرس الثاني"]["en"] == "Peter II", sorted(found)


def test_the_english_of_industries_television_and_the_g8(tmp_path):
    # Round 39's held-out twohundredsixtythree (and eighteen's in-sample): a company's and a
    # fund's words romanised (al-Zajajiya al-Sanaat, al-Sanai Development Fund), تلفزيون as
    # "Talfziwin", the G8 by its long name; a port named after a king keeps its adjective
    found = candidates(tmp_path, "وقالت شركة الصناعات الزجاجية الوطنية إن صندوق التنمية الصناعي "
                                 "مول المشروع، ونقل تلفزيون «غلوبو» وتلفزيون دويتشه فيلي عن قمة "
                                 "مجموعة الدول الصناعية الثماني، وعن ميناء الملك فهد الصناعي "
                                 "بالجبيل، والشركة السعودية الوطنية للإنارة والكهرباء.\n")
    assert {ar: found[ar]["en"] for ar in (
        "شركة الصناعات الزجاجية الوطنية", "صندوق التنمية الصناعي", "تلفزيون غلوبو",
        "تلفزيون دويتشه فيلي", "مجموعة الدول الصناعية الثماني", "ميناء الملك فهد الصناعي",
        "الشركة السعودية الوطنية للإنارة والكهرباء")} == {
        "شركة الصناعات الزجاجية الوطنية": "National Glass Industries Company",
        "صندوق التنمية الصناعي": "Saudi Industrial Development Fund",
        "تلفزيون غلوبو": "Ghalubo TV", "تلفزيون دويتشه فيلي": "Deutsche Welle",
        "مجموعة الدول الصناعية الثماني": "G8",
        "ميناء الملك فهد الصناعي": "King Fahd Industrial Port",
        "الشركة السعودية الوطنية للإنارة والكهرباء":
            "Saudi National Company for Lighting and Electricity"}


def test_a_family_name_that_is_also_an_adjective_and_television(tmp_path):
    # Round 39's hostile review: الصناعي, taken as "Industrial", cut a man's family name
    # (عبدالله بن محمد الصناعي became عبدالله بن محمد and was folded into another man: #1, high);
    # تلفزيون «العربية» was "Talfziwin", تلفزيون «الجزيرة» not Al Jazeera and «الواقع» (reality
    # television) a station (#4); اليونيسيف, another spelling of UNICEF (#12)
    found = candidates(tmp_path, "وقال المهندس عبدالله بن محمد الصناعي إن المصنع جاهز.\n"
                                 "وقال المهندس عبدالله بن محمد الزهراني إن المصنع جاهز.\n"
                                 "وقال رجل الأعمال فهد الصناعي إن السوق مستقرة.\n"
                                 "وأفاد تلفزيون «الجزيرة» بأن الوفد وصل.\n"
                                 "وذكر تلفزيون «العربية» أن الوفد وصل.\n"
                                 "وشاهد الملايين برنامج تلفزيون «الواقع» الشهير.\n"
                                 "وتبرع لليونيسيف.\n")
    assert {"عبدالله بن محمد الصناعي", "عبدالله بن محمد الزهراني", "فهد الصناعي"} <= set(found)
    assert found["تلفزيون الجزيرة"]["en"] == "Al Jazeera"
    assert found["تلفزيون العربية"]["en"] == "Al Arabiya"
    assert "تلفزيون الواقع" not in found
    assert found["اليونيسيف"]["en"] == "UNICEF"


def test_actors_add_keeps_crlf_trims_spaces_and_reads_presentation_forms(project):
    # Round 39's hostile review: a registry saved with CRLF got an entry in LF (#16); a name
    # and --en typed with stray spaces were kept so (#18); a name in Arabic presentation forms
    # was refused as having "fewer than two Arabic letters" (#19)
    registry = project / "seeds" / "actors.yaml"
    registry.write_bytes(registry.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
    result = run_in(project, "actors", "add", "  عبد   ربه منصور هادي  ", "--id", "hadi",
                    "--en", "  Abd Rabbuh   Mansur Hadi ", "--kind", "person")
    assert result.exit_code == 0, result.output
    data = registry.read_bytes()
    assert data.count(b"\n") == data.count(b"\r\n") and b"\r\r" not in data
    assert 'en: "Abd Rabbuh Mansur Hadi"\r\n  ar: "عبد ربه منصور هادي"'.encode() in data
    shaped = "".join(map(chr, (0xFEDF, 0xFE92, 0xFEE8, 0xFE8E, 0xFEE5)))  # لبنان, pre-shaped
    result = run_in(project, "actors", "add", shaped, "--id", "lebanon-x", "--kind", "place",
                    "--en", "Lebanon")
    assert result.exit_code == 0, result.output
    assert 'ar: "لبنان"'.encode() in registry.read_bytes()


def test_actors_add_to_a_registry_written_as_an_empty_list(project):
    # Round 39's hostile review (#17): a registry of `[]` (no actor yet) refused every add,
    # with a YAML syntax error about the file's first line; round 40's (#21): `--- []` too, and
    # round 41's (#17) after a byte-order mark
    registry = project / "seeds" / "actors.yaml"

    def add_to(registry_text: str):
        registry.write_text(registry_text, encoding="utf-8")
        return run_in(project, "actors", "add", "عبد ربه منصور هادي", "--id", "hadi",
                      "--en", "Abd Rabbuh Mansur Hadi", "--kind", "person")

    for written, kept in (("# none yet\n[]  # the analysts' own\n",
                           "# none yet\n# the analysts' own\n"),
                          ("--- []  # none yet\n", "--- # none yet\n"),
                          ("\ufeff--- []\n", "\ufeff---\n")):  # (round 41's, #17: a BOM)
        result = add_to(written)
        assert result.exit_code == 0, result.output
        text = registry.read_text(encoding="utf-8")
        assert text.startswith(kept) and "[]" not in text
        assert [actor["id"] for actor in yaml.safe_load(text)] == ["hadi"]
    result = add_to("[]\n[]\n")  # not YAML: refused, left as it was
    assert result.exit_code == 2 and registry.read_text(encoding="utf-8") == "[]\n[]\n"


def test_the_new_suez_canal_a_spokesman_after_a_ministry_and_a_future_verb(tmp_path):
    # Round 39's second batch (held out): قناة السويس الجديدة was cut to the old canal (in
    # twenty-one sets), لقناة السويس read as a television channel ("Suez channel"), وزارة
    # الزراعة والمتحدث باسمها took the spokesman into the ministry's name
    found = candidates(tmp_path, "بعد مرور قناة السويس الجديدة أمس. يشارك في الافتتاح الرسمي "
                                 "لقناة السويس الخميس. وقالت وزارة الزراعة والمتحدث باسمها إن.\n")
    assert found["قناة السويس الجديدة"]["en"] == "New Suez Canal"
    assert (found["قناة السويس"]["en"], found["قناة السويس"]["kind"]) == ("Suez Canal", "place")
    assert "وزارة الزراعة" in found and "وزارة الزراعة والمتحدث" not in found
    assert learnt_name("سيلتقي كيري", "person") == "كيري"  # "will meet Kerry"


def test_what_round_40s_held_out_sets_found_wrongly(tmp_path):
    # Round 40's first batch (held out): a word of time glued to a name (الملكة إليزابيث مطلع
    # الشهر: "Elizabeth Matl"), a verb glued to one (وينوه البقمي: "notes"), a body's place of
    # two words romanised word by word, its ل read as "for" (بنك سانت لويس: "Sanit Bank for
    # Wys"), and Saint Petersburg spelt بيترسبرج
    found = candidates(tmp_path, "وقالت الملكة إليزابيث مطلع الشهر إن. وينوه البقمي أن السوق. "
                                 "وقال رئيس بنك سانت لويس الاحتياطي جيمس بولارد إن. ووصل الوفد "
                                 "إلى سانت بيترسبرج.\n")
    assert "إليزابيث" in found and not any("مطلع" in name or "ينوه" in name for name in found)
    assert found["بنك سانت لويس الاحتياطي"]["en"].startswith("St. Louis ")
    assert found["سانت بيترسبرج"]["en"] == "Saint Petersburg"


def test_actors_add_refuses_an_english_name_that_is_not_utf8(project):
    # Round 40's hostile review (#5): --en of bytes no character has ended in a traceback
    registry = project / "seeds" / "actors.yaml"
    before = registry.read_bytes()
    result = run_in(project, "actors", "add", "مارك روته", "--id", "rutte", "--kind", "person",
                    "--en", "Mark\udcff")
    assert result.exit_code == 2 and "not UTF-8" in result.output
    assert "Traceback" not in result.output and registry.read_bytes() == before


def test_actors_add_refuses_a_word_of_grammar_and_warns_of_a_common_word(project):
    # Round 40's hostile review (#13): `actors add في` wrote an actor the registry then found
    # in every sentence; (#24) a name copied with its quotes kept them in the registry
    registry = project / "seeds" / "actors.yaml"
    before = registry.read_bytes()
    for word in ("في", "«الذي»", "وقال"):
        result = run_in(project, "actors", "add", word, "--id", "grammar", "--kind", "person")
        assert result.exit_code == 2 and "a word of grammar" in result.output, result.output
        assert registry.read_bytes() == before
    result = run_in(project, "actors", "add", "«الهلال»", "--id", "hilal", "--kind",
                    "organisation", "--en", "Al Hilal")
    assert result.exit_code == 0, result.output
    assert "also a common word of Arabic news (met 1,563 times" in result.output
    assert 'ar: "الهلال"' in registry.read_text("utf-8")  # without its quotes


def test_actors_add_from_a_long_source_reads_it_under_the_spinner(project, monkeypatch):
    # Round 40's hostile review (#15): `actors add --source` read a long source with nothing
    # shown, as `actors SOURCE` no longer does
    import contextlib

    import briefgen.cli

    read = []

    def reading(source):
        read.append(len(source.paragraphs))
        return contextlib.nullcontext()

    monkeypatch.setattr(briefgen.cli, "_reading", reading)
    article = project / "long.txt"
    article.write_text("وقال وزير الإعلام رمزي جريج إن الحكومة ستجتمع.\n\n" * 3
                       + "\n\n".join(f"الفقرة رقم {n} عن الاجتماع." for n in range(400)) + "\n",
                       "utf-8")
    result = run_in(project, "actors", "add", "رمزي جريج", "--id", "jreij", "--source",
                    str(article))
    assert result.exit_code == 0, result.output
    assert read and read[0] > 400


def test_what_round_41s_first_batch_found_wrongly(tmp_path):
    # Round 41's first batch (held out): بالأمس and the verb after it read as a man ("Balams
    # Qablt"), and جون سميث spelt as an Arab's name (John Sumaith); لويس ميخيا بصده ("by his
    # blocking") is left, a word of four letters in ه being as often a name's (محمد بركه)
    found = candidates(tmp_path, "تألق فيها الحارس البنمي الاحتياطي لويس ميخيا بصده محاولتي. "
                                 "وقال الأمير: بالأمس قابلت وزير الخارجية. وقال جون سميث إن "
                                 "المفاوضات مستمرة.\n")
    assert "لويس ميخيا بصده" in found  # (left: four letters, as محمد بركه, a name)
    assert not any("بالأمس" in name or "قابلت" in name for name in found)
    assert found["جون سميث"]["en"] == "John Smith"
    # (the same batch's English) a ground-services company and a civil administration word by
    # word, customs and the audiovisual commission unknown; مصلحة alone stays a common noun
    found = candidates(tmp_path, "وقالت الشركة السعودية للخدمات الأرضية إن. وقالت الإدارة "
                                 "المدنية الإسرائيلية إن. وأعلنت مصلحة الجمارك العامة أن. وقالت "
                                 "هيئة الإعلام المرئي والمسموع إن. وذلك لمصلحة اللاعب.\n")
    english = {"الشركة السعودية للخدمات الأرضية": "Saudi Ground Services Company",
               "الإدارة المدنية الإسرائيلية": "Israeli Civil Administration",
               "مصلحة الجمارك العامة": "Saudi Customs",
               "هيئة الإعلام المرئي والمسموع": "General Commission for Audiovisual Media"}
    assert {name: found[name]["en"] for name in english} == english
    assert not any("اللاعب" in name for name in found)


def test_what_round_42s_first_batch_found_unnamed(tmp_path):
    # Round 42's first batch (held out): Emirates NBD cut to "United Arab Emirates Bank" and
    # Dubai, the organiser Dhahran Expo to "Dhahran Company"
    found = candidates(tmp_path, "وأظهر مسح أجراه بنك الإمارات دبي الوطني أن النمو تباطأ. "
                                 "ونظمته شركة الظهران اكسبو في الخبر.\n")
    english = {"بنك الإمارات دبي الوطني": "Emirates NBD", "شركة الظهران اكسبو": "Dhahran Expo"}
    assert {name: found[name]["en"] for name in english} == english
    assert "بنك الإمارات" not in found and "شركة الظهران" not in found
    found = candidates(tmp_path, "وأظهر مسح الإمارات دبي الوطني أن النمو تباطأ.\n")
    assert [(ar, c["en"]) for ar, c in found.items()] == [
        ("الإمارات دبي الوطني", "Emirates NBD")]  # its short name (the hostile review's #13)
    # (the second batch) Ban Ki-moon spelt with جي, as with كي (six corpus articles)
    found = candidates(tmp_path, "وقال الأمين العام بان جي مون إن الوضع خطير.\n")
    assert found["بان جي مون"]["en"] == "Ban Ki-moon"
    # (its new-user review) كامل after و is a given name, not و, ك and "Amal"; the Fed by two
    # more names, one candidate
    found = candidates(tmp_path, "سجلت عن طريق محمد أمان وكامل الموسى وعمر السومة.\n")
    assert "كامل الموسى" in found and "امل الموسى" not in found
    found = candidates(tmp_path, "وقال مجلس الاحتياطي الأمريكي إن. وأكد المجلس الفيدرالي "
                                 "الأمريكي أن.\n")
    assert [entry["en"] for entry in found.values()] == ["Federal Reserve"]


def test_what_round_41s_new_user_review_found_in_actors(project, tmp_path):
    # Round 41's new-user review: `actors add الهلال` wrote "al-Halal", a person, where the
    # finder reads the club after فريق; `actors --candidates` without a source named the
    # hidden `actors list`; al-Jazirah's box of a columnist's other columns, titles glued,
    # gave names (Zarif, حصن المالكي) no gold set reads there
    result = run_in(project, "actors", "add", "الهلال", "--id", "hilal")
    assert result.exit_code == 0, result.output
    assert "added hilal (Al-Hilal, organisation)" in result.output
    result = run_in(project, "actors", "--candidates")
    assert result.exit_code == 2 and " actors [OPTIONS] SOURCE" in result.output
    assert "actors list" not in result.output
    found = candidates(tmp_path, "قال الكاتب إن الحوار مستمر.\nمقالات أخرى للكاتبرسائل ظريف "
                                 "الإرهابيةالغطاء الدولي الذي حصَّن المالكي من العقاب\n")
    assert not found, found


def test_what_round_41s_hostile_review_found_in_names(project, tmp_path):
    # Round 41's hostile review: محمد بركه cut to nothing by the four-letter pronoun rule (#2),
    # جورج بوش spelt Bosh (#15), بالأمس and an --en of no letter taken by `actors add` (#16)
    found = candidates(tmp_path, "وقال محمد بركه إن الاجتماع انتهى. وزار جورج بوش بغداد.\n")
    assert "محمد بركه" in found and found["جورج بوش"]["en"] == "George Bush"
    for args in (("بالأمس", "--id", "yesterday", "--kind", "person"),
                 ("مارك روته", "--id", "rutte", "--kind", "person", "--en", "---")):
        result = run_in(project, "actors", "add", *args)
        assert result.exit_code == 2 and "Traceback" not in result.output, result.output


def test_a_name_ends_before_shortly_before_or_the_author_of(tmp_path):
    # round 44's threehundredtwenty and threehundredtwentytwo: ديفيد مويز قبيل نهاية موسم gave
    # "David Moyz Qabil", ديفيد كيناستون صاحب كتاب "... Sahib"
    found = candidates(tmp_path, "منذ رحيل المدرب ديفيد مويز قبيل نهاية الموسم.\n"
                                 "وقال ديفيد كيناستون صاحب كتاب عن المدينة إن الحي تغير.\n")
    assert "ديفيد مويز" in found and "ديفيد كيناستون" in found, sorted(found)
    assert not any(name.endswith(("قبيل", "صاحب")) for name in found), sorted(found)


def test_jeddah_spelt_with_ha_only_after_a_word_of_place(tmp_path):
    # round 44's new-user review: وأورثه جده ("his grandfather") was Jeddah
    found = candidates(tmp_path, "وأورثه جده ملامحه الأفريقية.\n"
                                 "وتستضيف مدينة جده المهرجان في المنطقة التاريخية.\n")
    assert found.get("جده", {}).get("count") == 1, sorted(found)
    # round 45's hostile review, #8: after a word of the city's offices or people, or before a
    # verb in the feminine, جده is Jeddah
    found = candidates(tmp_path, "قال محافظ جده إن المشروع جاهز.\n"
                                 "جده تستضيف المهرجان هذا العام.\n"
                                 "وقال إن جده كان تاجرا.\n")
    assert found.get("جده", {}).get("count") == 2, sorted(found)


def test_iraqi_districts_and_settlements_after_their_word(tmp_path):
    # round 45's threehundredtwentyseven (ناحية الخالدية, قضاء حديثة in Anbar) and
    # threehundredtwentyeight (مستوطنة ...); the words are common nouns too (من ناحية أخرى,
    # قضاء الوقت: spending time), which name no place
    found = candidates(tmp_path, "وسيطر التنظيم على ناحية الخالدية وناحية البغدادي في الأنبار.\n"
                                 "وتمت السيطرة على قضاء سنجار وقضاء تلعفر.\n"
                                 "ومن ناحية أخرى قال الوزير إن قضاء الإجازة مكلف وإن قضاء الوقت "
                                 "مع الأسرة مهم، واتجهوا ناحية الشرق.\n")
    assert {"الخالدية", "البغدادي", "سنجار", "تلعفر"} <= set(found), sorted(found)
    assert not {"الإجازة", "الوقت", "الشرق", "أخرى"} & set(found), sorted(found)


def test_what_round_45s_new_user_review_found(tmp_path):
    # the regulator is no stock exchange; a count of areas and a verb after its و name no
    # place; a learnt street's head word in English
    found = candidates(tmp_path, "وأكد رئيس مجلس هيئة السوق المالية السعودية أن السوق المالية "
                                 "السعودية تشهد نموا.\n"
                                 "واستهدفت المرحلة الأولى 13 منطقة وتضمنت تقديم 13 ورشة في كل "
                                 "مدينة وقرية وتجمع سكاني.\n")
    assert found["هيئة السوق المالية السعودية"]["en"] == "Capital Market Authority", found
    assert found["السوق المالية السعودية"]["en"] == "Saudi Stock Exchange", found
    assert not {"وتضمنت", "تضمنت", "وتجمع", "تجمع"} & set(found), sorted(found)
    from briefgen.arabic.candidates import learnt_english
    assert learnt_english("شارع صاري", "place") == ("Sari Street", True)
    assert learnt_english("جسر أبحر", "place")[0].endswith("Bridge")
    assert learnt_english("جسر الملك فهد", "place")[0] == "King Fahd Causeway"  # the table's


def test_classical_scholars_by_their_nisba_alone(tmp_path):
    # round 45's threehundredtwentyseven (a text on the rebab citing al-Khalil, al-Jahiz, al-Farabi
    # and al-Asmai); a publisher named after one is no person, a living family's nisba is left to
    # the other passes
    found = candidates(tmp_path, "ونجد لدى الجاحظ في كتابه الحيوان ما يؤكد ذلك، كما ذهب "
                                 "الفراهيدي والأصمعي إلى القول.\n"
                                 "صدرت الرواية عن دار الفارابي في بيروت.\n")
    assert found["الجاحظ"]["en"] == "al-Jahiz" and found["الجاحظ"]["kind"] == "person", found
    assert found["الأصمعي"]["en"] == "al-Asmai", sorted(found)
    assert "الفارابي" not in found, sorted(found)


def test_what_round_46s_hostile_pass_found_in_classical_names(tmp_path):
    # a mosque, a museum or a team named after a scholar is no scholar; a kunya or a laqab
    # before the nisba stays with it; the nisba after a noun with the article is an adjective
    # or a living man's family name
    found = candidates(tmp_path, "وصلى المصلون في جامع الطبري وزار متحف البيروني.\n"
                                 "وقال جلال الدين السيوطي في كتابه إن أبو نصر الفارابي سبقه.\n"
                                 "وقال الفيلسوف القرطبي ابن رشد إن النائب المعري حضر.\n")
    assert found["جلال الدين السيوطي"]["kind"] == "person", sorted(found)
    assert found["أبو نصر الفارابي"]["en"] == "Abu Nasr al-Farabi", sorted(found)
    assert not {"الطبري", "البيروني", "القرطبي", "المعري", "السيوطي"} & {
        name for name, c in found.items() if c["kind"] == "person"}, sorted(found)


def test_what_round_47_found_in_known_names(tmp_path):
    # Round 47's held-out scoring and its reviews: UNHCR with عليا and للاجئين alone, not the
    # United Nations inside it; Gibraltar, not Mount Tariq; Oceania and the Daily Mail as
    # spelt; Winston Churchill
    found = candidates(tmp_path, "وأوضحت المفوضية العليا للأمم المتحدة للاجئين أن الأعداد زادت.\n"
                                 "وعبر المهاجرون جبل طارق قادمين من اوقيانيا.\n"
                                 "وقالت صحيفة دايلي ميل إن ونستون تشرشل كتب ذلك.\n")
    assert found["المفوضية العليا للأمم المتحدة للاجئين"]["en"] == "UNHCR", sorted(found)
    assert found["جبل طارق"]["en"] == "Gibraltar", sorted(found)
    assert found["اوقيانيا"]["en"] == "Oceania", sorted(found)
    assert found["صحيفة دايلي ميل"]["en"] == "Daily Mail", sorted(found)
    assert found["ونستون تشرشل"]["en"] == "Winston Churchill", sorted(found)
    # and the second hostile pass: UNHCR's السامية with لشئون, the Telegraph and the Mirror
    found = candidates(tmp_path, "وأوضحت مفوضية الأمم المتحدة السامية لشئون اللاجئين أن "
                                 "الأعداد زادت.\nوقالت صحيفة دايلي تلغراف إن دايلي ميرور نشرت "
                                 "الصور.\n")
    assert found["مفوضية الأمم المتحدة السامية لشئون اللاجئين"]["en"] == "UNHCR", sorted(found)
    assert found["صحيفة دايلي تلغراف"]["en"] == "The Daily Telegraph", sorted(found)
    assert found["دايلي ميرور"]["en"] == "Daily Mirror", sorted(found)


def test_what_round_48_found_in_known_names(tmp_path):
    # Round 48's held-out scoring: the Financial Times spelt فاينانشيال; drug makers named in
    # full, not cut at آند nor read in two
    found = candidates(tmp_path, "وقالت صحيفة فاينانشيال تايمز إن شركة جونسون آند جونسون اشترت.\n"
                                 "وقالت شركة جلاكسو سميث كلاين إن إيلاي ليلي وسانوفي تنافسان.\n")
    assert found["صحيفة فاينانشيال تايمز"]["en"] == "Financial Times", sorted(found)
    assert found["شركة جونسون آند جونسون"]["en"] == "Johnson & Johnson", sorted(found)
    assert found["شركة جلاكسو سميث كلاين"]["en"] == "GlaxoSmithKline", sorted(found)
    assert "سميث كلاين" not in found, sorted(found)
    # and its hostile pass: فايزر alone is a man's name too; the company needs its head
    found = candidates(tmp_path, "وقال أحمد فايزر إن الأمر انتهى، وقالت شركة فايزر إنها تعمل.\n")
    assert found["أحمد فايزر"]["kind"] == "person", sorted(found)
    assert found["شركة فايزر"]["en"] == "Pfizer", sorted(found)


def test_round_49s_companies(tmp_path):
    # a count before شركة, and the accusative after it, are no company (34 شركة نموًا, حققت
    # شركة فائضًا); a firm named after a man keeps its trade
    assert candidates(tmp_path, "وحققت 28 شركة من أصل 34 شركة نموًا في إجمالي أقساط التأمين.\n"
                      "كما حققت شركة فائضًا في عملياتها التأمينية.\n") == {}
    found = candidates(tmp_path, "وظائف لدى شركة محمد الراشد للمقاولات في جدة.\n"
                                 "أعلنت شركة جوجل عن هاتف.\n")
    assert found["شركة محمد الراشد للمقاولات"]["kind"] == "organisation"
    assert found["شركة جوجل"]["en"] == "Google"
    # a year before شركة is no count (round 49's hostile pass)
    assert candidates(tmp_path, "أنشأت الحكومة في عام 1976 شركة سابك.\n")["شركة سابك"][
        "kind"] == "organisation"


def test_a_verb_after_a_titled_given_name_is_no_part_of_the_name(tmp_path):
    # Round 50's threehundredfiftysix: a verb with the ending of a plural or an object glued
    # to the name before it (سلمان اكتبوا, كريم يستقبلني) is cut off; a family name is not
    found = candidates(tmp_path, "وقال الملك سلمان اكتبوا التاريخ بأيديكم.\n")
    assert "سلمان اكتبوا" not in found and "سلمان" in found
    assert candidates(tmp_path, "وقال الفنان كريم يستقبلني الناس بالترحاب.\n").keys().isdisjoint(
        {"كريم يستقبلني"})
    assert "خالد الفيصل" in candidates(tmp_path, "وقال الأمير خالد الفيصل إن المشروع بدأ.\n")
    assert "أحمد رشيد" in candidates(tmp_path, "وأكد أحمد رشيد يعطيني الحق.\n")
    # family names in -اني are no verbs (round 51's hostile pass)
    assert "خالد نبهاني" in candidates(tmp_path, "وقال الشيخ خالد نبهاني إن المشروع بدأ.\n")
    assert "علاء أسواني" in candidates(tmp_path,
                                      "وقال الروائي المصري علاء أسواني إن الرواية صدرت.\n")


def test_an_adverb_after_a_name_is_no_part_of_it(tmp_path):
    # Round 51's new-user review: مجموعة MBC مقدما ("in advance") had been one name
    found = candidates(tmp_path, "وقدمت مجموعة MBC مقدما عرضا جديدا للمشاهدين.\n")
    assert "مجموعة MBC" in found and "مجموعة MBC مقدما" not in found
    assert "محمد مرسي" in candidates(tmp_path, "وقال الرئيس محمد مرسي مرارا إن البلاد بخير.\n")


def test_a_family_name_in_a_common_word_before_its_man_speaks(tmp_path):
    # Round 52's threehundredsixtytwo: a given name, a father's and a family name that is a
    # common word too, before a colon or a verb of saying (فارس عبدالله الجبل قال:) are one
    # man; elsewhere the common word stays out (محمد عبدالله الوفد: the delegation)
    assert "فارس عبدالله الجبل" in candidates(
        tmp_path, " فارس عبدالله الجبل قال: مخرجات عيد طيبة لهذا العام رائعة.\n")
    assert "زكريا عبدالهادي المدني" in candidates(
        tmp_path, "من جانبه أضاف زكريا عبدالهادي المدني قائلاً: هناك مساحات بيضاء.\n")
    found = candidates(tmp_path, "واستقبل محمد عبدالله الوفد، ثم غادر القاعة.\n")
    assert "محمد عبدالله الوفد" not in found
    # (its hostile pass) not the object of a verb that is no verb of saying, nor a plural
    assert "محمد صلاح الجماهير" not in candidates(
        tmp_path, "وشكر محمد صلاح الجماهير قائلا إنه سعيد بالفوز.\n")
    assert "عمرو موسى الحضور" not in candidates(tmp_path, "وحيا عمرو موسى الحضور قائلا: شكرا.\n")
    # (its second hostile pass) a family name in -ات, and a man after a comma
    assert "سعد محمد العبيدات" in candidates(tmp_path, "وأضاف سعد محمد العبيدات قائلا: إن الأمر.\n")
    assert "فارس عبدالله الجبل" in candidates(
        tmp_path, "وبعد الاجتماع، فارس عبدالله الجبل قال: إن الأمر انتهى.\n")


def test_a_blessing_of_the_dead_ends_a_name(tmp_path):
    # Round 56's threehundredninety and threehundredeightyfive: الملك عبدالعزيز طيب الله ثراه
    # ("may God bless his resting place") had been read as one name; طيب before another word
    # is still a given name (رجب طيب أردوغان)
    found = candidates(tmp_path, "أسسها الملك عبدالعزيز طيب الله ثراه عام 1932.\n")
    assert "عبدالعزيز" in found and "عبدالعزيز طيب الله" not in found
    assert "رجب طيب أردوغان" in candidates(tmp_path,
                                          "وقال الرئيس رجب طيب أردوغان إن البلاد بخير.\n")
    # (its hostile pass) طيب الله without ثراه is a name, Tayyebullah
    assert "عبدالرحيم طيب الله" in candidates(
        tmp_path, "وقال عبدالرحيم طيب الله الأفغاني إن البلاد بخير.\n")


def test_round_57s_new_user_review(tmp_path):
    # the sunset prayer is no Morocco; a kinship word opens no name; Netanyahu in either
    # spelling; the tribe's nisba al-Tamimi
    found = candidates(tmp_path, "صلى المصلون بعد صلاة المغرب في الحي.\n")
    assert "المغرب" not in found
    assert "المغرب" in candidates(tmp_path, "وزار الوزير المغرب أمس.\n")
    # (round 58's session) its time and the evening's two prayers named together; but في وقت X
    # is "at a time when X" and العشاء a dinner too (its hostile passes)
    for text in ("ويقرأ القرآن بين المغرب والعشاء.", "وبعد أذان المغرب بدقائق وصل الوفد.",
                 "وصل الوفد في وقت المغرب إلى المسجد.", "وعند وقت المغرب أفطر الصائمون.",
                 "صلى المغرب و العشاء جمعا."):
        assert "المغرب" not in candidates(tmp_path, text + "\n"), text
    for text in ("يأتي ذلك في وقت المغرب أحوج ما يكون إلى المال.",
                 "تحدث عن العلاقات مع المغرب والعشاء الذي أقامه.",
                 "العلاقات بين المغرب والعشاء الرسمي الذي أقامه."):
        assert "المغرب" in candidates(tmp_path, text + "\n"), text
    assert "المغرب" in candidates(tmp_path, "وزار الرئيس المغرب والجزائر.\n")
    # (round 58) a verb in the present after ف is no part of the name before it
    found = candidates(tmp_path, "ولم يكن فيها من يمثل دور موسى فيتلقى الإلهام.\n")
    assert "موسى فيتلقى" not in found  # (موسى alone, a given name, is no candidate)
    assert "تيبو كورتوا" in candidates(tmp_path, "وقال الحارس تيبو كورتوا إن الفريق جاهز.\n")
    assert "المغرب" in candidates(tmp_path, "حدد الاتحاد موعد المغرب والسنغال في ربع النهائي.\n")
    found = candidates(tmp_path, "وكان الراحل فهد العتيبي مذيعا. وقال ابن أخت فهد العتيبي إنه"
                                 " طيب.\n")
    assert "فهد العتيبي" in found and "أخت فهد العتيبي" not in found
    assert candidates(tmp_path, "وقال بنيامين نتانياهو إن الأمر مهم.\n")[
        "بنيامين نتانياهو"]["en"] == "Benjamin Netanyahu"
    assert candidates(tmp_path, "وقال الشيخ محمد التميمي إن الأمر مهم.\n")[
        "محمد التميمي"]["en"] == "Mohammed al-Tamimi"


def test_round_58s_new_user_review(tmp_path):
    # The second half of a compound given name (الله of عبيد الله, الدين of صلاح الدين) is no
    # family name: its every use in the text is no mention of the man; a family name still is
    found = candidates(tmp_path, "وقال محمد بن عبيد الله إن رسول الله صلى الله عليه وسلم قال"
                                 " ذلك، رحمه الله.\n")
    assert found["محمد بن عبيد الله"]["count"] == 1
    found = candidates(tmp_path, "قال صلاح الدين الأيوبي إن الدين لله. وأضاف الأيوبي أن الدين"
                                 " معاملة.\n")
    assert found["صلاح الدين الأيوبي"]["count"] == 2
    found = candidates(tmp_path, "قال عادل الجبير إن الأمر مهم. وأكد الجبير ذلك.\n")
    assert found["عادل الجبير"]["count"] == 2
    # (its hostile pass) عبيد a father's name before a family name; a name of God after عبد
    found = candidates(tmp_path, "قال علي عبيد الظاهري إن الأمر مهم. وأضاف الظاهري ذلك.\n")
    assert found["علي عبيد الظاهري"]["count"] == 2
    found = candidates(tmp_path, "قال محمد عبد الكريم إن الكريم يعطي. وأضاف الكريم ذلك.\n")
    assert found["محمد عبد الكريم"]["count"] == 1
    assert "المغرب" not in candidates(tmp_path, "صلينا المغرب والعشاء الآخرة جماعة.\n")
    assert "المغرب" in candidates(tmp_path, "ففي وقت المغرب يستعد لاستضافة كأس العالم.\n")


def test_round_60s_forms(tmp_path):
    # From round 60 (held out, scored at heldout-r60): the dual فريقي before two clubs names
    # them both; عاهل after a name opens his role, no part of the name
    found = candidates(tmp_path, "مباراة كأس السوبر بين فريقي الهلال والنصر في لندن.\n")
    assert found["الهلال"]["kind"] == "organisation" and found["النصر"]["en"] == "Al-Nassr"
    found = candidates(tmp_path, "تحت رعاية الملك حمد بن عيسى آل خليفة عاهل البحرين.\n")
    assert "حمد بن عيسى آل خليفة" in found and "حمد بن عيسى آل خليفة عاهل" not in found
    # المركزية is "Central" in a body's English; المالزية, so printed, Malaysian
    assert candidates(tmp_path, "نقلت وكالة الأنباء المركزية في تايوان الخبر.\n")[
        "وكالة الأنباء المركزية"]["en"] == "Central News Agency"
    assert candidates(tmp_path, "قالت لجنة الحج المركزية إن الأمر مهم.\n")[
        "لجنة الحج المركزية"]["en"] == "Central Hajj Committee"


def test_round_61s_forms(tmp_path):
    # From round 61: CLDR's "Myanmar (Burma)" names one country twice; each Arabic name its own
    assert candidates(tmp_path, "قالت حكومة ميانمار إن الفيضانات شردت الآلاف.\n")[
        "ميانمار"]["en"] == "Myanmar"
    assert candidates(tmp_path, "قتل عشرات في بورما أمس.\n")["بورما"]["en"] == "Burma"


def test_round_60s_hostile_pass(tmp_path):
    # فريقي before a body's longer name is two bodies' teams; a feminine nisba after a royal
    # name describes no masculine street; عاهل after a name takes no two words before it as a man
    found = candidates(tmp_path, "ونسق فريقي الاتحاد الأوروبي والأمم المتحدة جهودهما.\n")
    assert "الاتحاد الأوروبي" in found and "الاتحاد" not in found
    found = candidates(tmp_path, "وتم إنشاء محطة طريق الملك عبدالعزيز المركزية للمسار.\n")
    assert "طريق الملك عبدالعزيز" in found
    found = candidates(tmp_path, "وتلقى الرئيس التركي رجب طيب أردوغان عاهل البحرين في أنقرة.\n")
    assert "رجب طيب أردوغان" in found and "طيب أردوغان" not in found
    assert "اللجنة الزواج الجماعي" not in candidates(
        tmp_path, "عين رئيسا للجنة الزواج الجماعي في المحافظة.\n")


def test_round_62s_forms(tmp_path):
    # From round 62: countries and a capital as printed
    found = candidates(tmp_path, "زار الوفد قرقيزيا والفيليبين ثم جاكارتا، وتعادل مع البارغواي.\n")
    assert [found[k]["en"] for k in ("قرقيزيا", "الفيليبين", "جاكارتا", "البارغواي")] == [
        "Kyrgyzstan", "Philippines", "Jakarta", "Paraguay"]


def test_the_second_hostile_pass_over_rounds_60_to_62(tmp_path):
    # فريقي before a club and its country is still two clubs; عاهل after a king's name without
    # a title before it still ends the name
    found = candidates(tmp_path, "وتقام غدا مباراة فريقي النصر السعودي والعين الإماراتي.\n")
    assert found["النصر"]["en"] == "Al-Nassr" and found["العين"]["en"] == "Al Ain"
    found = candidates(tmp_path, "وصل إلى عمان عبدالله الثاني عاهل الأردن قادما من باريس.\n")
    assert found["عبدالله الثاني"]["en"] == "Abdullah II"


def test_zeal_is_no_hamas(tmp_path):
    # round 62's new-user review: حماس is also "zeal"; بحماس and بكل حماس read so (all 33
    # of ≡ 10-69 do), but where the story names Hamas without them
    for text in ("لعب الفريق بحماس كبير أمام جماهيره.\n", "شارك الطلاب بكل حماس، وبحماس أكبر.\n"):
        assert "حماس" not in candidates(tmp_path, text)
    found = candidates(tmp_path, "قال المسؤول بحماس إن الوفد وصل. وكانت حماس قد أعلنت ذلك.\n")
    assert found["حماس"]["en"] == "Hamas" and found["حماس"]["count"] == 2
    assert candidates(tmp_path, "اتهم الجيش حماس بإطلاق الصواريخ.\n")["حماس"]["en"] == "Hamas"
    for text in ("قال قيادي بحماس إن الحركة ترفض ذلك.\n", "لا تربطها أي علاقة بحماس.\n"):
        assert candidates(tmp_path, text)["حماس"]["en"] == "Hamas"  # (its hostile pass)


def test_round_63s_forms(tmp_path):
    # From round 63 (held out, scored at heldout-r63): Iran's leaders by their family names
    # alone, but not a place named after one; a cup's other name in brackets after الملك is no
    # man; Olympique's clubs whole; a cup's semi-final report is a sports page
    found = candidates(tmp_path, "نما الاقتصاد في عهد رفسنجاني ثم في عهد خلفه خاتمي.\n")
    assert found["رفسنجاني"]["en"] == "Rafsanjani" and found["خاتمي"]["kind"] == "person"
    found = candidates(tmp_path, "صلى في ساحة الإمام الخميني وفي مصلى الخميني بطهران.\n")
    assert "الخميني" not in found
    assert "وفريق خامنئي" not in candidates(tmp_path, "وفريق خامنئي ينتقد الاتفاق.\n")
    assert candidates(tmp_path, "وفريق خامنئي ينتقد الاتفاق.\n")["خامنئي"]["kind"] == "person"
    found = candidates(tmp_path, "في نصف نهائي كأس الملك (كأس خادم الحرمين الشريفين) لكرة"
                                 " القدم.\n")
    assert not [c for c in found.values() if c["kind"] == "person"]
    assert candidates(tmp_path, "أعلن نادي اولمبيك ليون الفرنسي تجديد عقده.\n")[
        "نادي اولمبيك ليون"]["en"] == "Olympique Lyonnais"
    found = candidates(tmp_path, "ضرب الاتحاد موعدا مع غريمه الهلال في نصف نهائي كأس الملك"
                                 " (كأس خادم الحرمين الشريفين) لكرة القدم بعد فوزه على ضيفه"
                                 " القادسية 2-1 على استاد مدينة"
                                 " الملك عبدالله. وسجل محمد الخبراني هدفي الاتحاد، وماجد"
                                 " النجراني هدف القادسية.\n")
    assert {"الاتحاد", "الهلال", "القادسية"} <= set(found)


def test_round_64s_forms(tmp_path):
    # From round 64 (held out, scored at heldout-r64): a public figure's family name ends his
    # name (the verb after it is none of it); "X like X" is a likeness, no name; بورما and
    # ميانمار in one source are one place
    found = candidates(tmp_path, "فإن الرئيس أردوغان أبلغ نظيره الإيراني باستحالة ذلك.\n")
    assert "أردوغان" in found and "أردوغان أبلغ" not in found
    assert candidates(tmp_path, "والتقى جون كيري نظيره الروسي.\n")["جون كيري"]["en"] == "John Kerry"
    found = candidates(tmp_path, "فيها آدم كآدم وموسى كموسى وعيسى كعيسى ومحمد كمحمد.\n")
    assert not [name for name in found if " ك" in name]
    found = candidates(tmp_path, "ذهب بي الذهن إلى بورما. وقال إعلاميون في ميانمار ذلك.\n")
    assert [(c["en"], sorted([c["ar"], *c["variants"]])) for c in found.values()] == [
        ("Myanmar", ["بورما", "ميانمار"])]
    # العبد and a name of God is one family name (وليد العبد الله: al-Abdullah); a second name
    # of ك and the first's letters that is a name of its own stays (أمل كامل; the hostile pass)
    found = candidates(tmp_path, "ويقول وليد العبد الله إن العلاج ناجح.\n")
    assert found["وليد العبد الله"]["en"] == "Walid al-Abdullah"
    found = candidates(tmp_path, "بحضور الدكتور عدنان العبد الكريم مديرعام صحة الرياض.\n")
    assert "عدنان العبد الكريم" in found
    assert "أمل كامل الشهري" in candidates(tmp_path, "وقالت الدكتورة أمل كامل الشهري إن ذلك مهم.\n")


def test_round_68s_new_user_and_round_70s_forms(tmp_path):
    # Written for this test in the style of wire and sports reports: a foreign name before a
    # past verb of the fourth form or the surname ليون (no club), a name before بصحبة
    # ("accompanied by"), a weak title before ب and a verbal noun, a village's name that is
    # also a verb.
    found = candidates(tmp_path, "وقال المدرب إن رونالدينيو أخطأ في تنفيذ الركلة.\n"
                                 "وقال المدرب إن رونالدينيو أحرز هدفا.\n"
                                 "وقال المبعوث الأممي إلى ليبيا برناردينو ليون إن الحوار مستمر.\n"
                                 "وزار الملك سلمان بن عبدالعزيز بصحبة أخيه المعرض.\n"
                                 "واتهم ذوو الطفلة المستشفى بارتكاب خطأ طبي.\n"
                                 "وقال إن التمييز ضد السنة يعري الادعاءات الزائفة.\n")
    assert found["رونالدينيو"]["kind"] == "person", sorted(found)
    assert found["برناردينو ليون"]["en"] == "Bernardino Leon", sorted(found)
    assert "سلمان بن عبدالعزيز" in found, sorted(found)
    assert not {"رونالدينيو أخطأ", "رونالدينيو أحرز", "ليون", "سلمان بن عبدالعزيز بصحبة",
                "بارتكاب", "يعري"} & set(found), sorted(found)


def test_round_70s_english_names(tmp_path):
    # Written for this test in the style of wire and sports reports: a town left out of the
    # gazetteer as a common word keeps its English after its head; surnames of the table.
    found = candidates(tmp_path, "ونقلت المياه من محافظة الخبر إلى الأحساء.\n"
                                 "وقال المدرب مانويل بيليغريني إن الفريق جاهز.\n"
                                 "والتقى رئيس الوزراء الهندي ناريندرا مودي نظيره.\n")
    assert found["الخبر"]["en"] == "Al Khobar", found.get("الخبر")
    assert found["مانويل بيليغريني"]["en"] == "Manuel Pellegrini", sorted(found)
    assert found["ناريندرا مودي"]["en"] == "Narendra Modi", sorted(found)


def test_what_round_71s_new_user_review_found(tmp_path):
    # Written for this test in the style of the reviewer's articles: a colour after the noun it
    # describes is no town (Ramadi), while the town after a head or a preposition is; a count
    # after مجموعة is no group's name.
    found = candidates(tmp_path, "وشوهد الذئب الرمادي في كاليفورنيا للمرة الأولى.\n"
                                 "وتتأهل من كل مجموعة اربع فرق إلى الدور الثاني.\n")
    assert not {"الرمادي", "مجموعة اربع"} & set(found), sorted(found)
    found = candidates(tmp_path, "وسيطر التنظيم على مدينة الرمادي وتقدم نحو الرمادي.\n")
    assert found["الرمادي"]["kind"] == "place", sorted(found)
    found = candidates(tmp_path, "وحاصر التنظيم الرمادي.\n")  # the object (the hostile pass)
    assert found["الرمادي"]["kind"] == "place", sorted(found)
    found = candidates(tmp_path, "وأنفقت الأندية في سوق الانتقالات: الإسباني بيدرو تشيلسي 30 مليون "
                                 "يورو، البرازيلي ويليان تشيلسي 35 مليون يورو.\nوسجل اللاعب هدفا "
                                 "في المباراة على الملعب، وفاز الفريق في الدوري بعد تألق لاعبي "
                                 "الفريق ومدرب الفريق.\n")
    assert "بيدرو تشيلسي" not in found, sorted(found)  # on a sports page a player and his club
    found = candidates(tmp_path, "وقالت مستشارة الأمن الداخلي ليزا موناكو إن الخطر قائم.\n")
    assert found["ليزا موناكو"]["kind"] == "person", sorted(found)  # elsewhere a surname


def test_round_71s_forms(tmp_path):
    # Written for this test in the style of round 71's reports: a blessing in quotes after a
    # name, "the so-called" after a title, a dual adjective after a foreign name, and a club the
    # table knows by three words on a sports page.
    found = candidates(tmp_path, 'وحضر النجم السابق مساعد السويلم "شفاه الله" الحفل.\n'
                                 "وقتل أبو حمزة السنحاني قائد ماتسمى بكتائب الحسين.\n"
                                 "وأكد المدرب أن دييجو كوستا جاهزان للمباراة أمام الفريق.\n"
                                 "وكتب المدرب الذي رحل عن تدريب كوينز بارك رينجرز أن اللاعب سجل "
                                 "هدفا في المباراة والدوري.\n")
    assert {"مساعد السويلم", "دييجو كوستا", "كوينز بارك رينجرز"} <= set(found), sorted(found)
    assert not {"شفاه الله", "ماتسمى", "دييجو كوستا جاهزان", "بارك رينجرز"} & set(found), (
        sorted(found))
