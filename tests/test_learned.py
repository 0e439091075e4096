"""The learnt name model (briefgen/arabic/learned.py): what it adds to the rules' candidates,
and the model refused when it is not the one its card describes."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.arabic import learned
from briefgen.cli import cli
from briefgen.commands.findings import source_candidates, source_mentions, with_learnt
from briefgen.errors import BriefgenError
from briefgen.inputs import load_registry
from briefgen.project import Project
from briefgen.sources import load_source

ROOT = Path(__file__).resolve().parent.parent


def _source(tmp_path: Path, text: str):
    path = tmp_path / "article.txt"
    path.write_text(text, "utf-8")
    return load_source(path)


@pytest.fixture
def registry():
    return load_registry(Project.at(ROOT))


@pytest.fixture
def model_copy(monkeypatch, tmp_path):
    """The installed model and its card copied to a folder the test may damage."""
    data = tmp_path / "data"
    data.mkdir()
    for name in (learned.MODEL, learned.MODEL_CARD):
        shutil.copy(learned.model_dir() / name, data / name)
    monkeypatch.setattr(learned, "model_dir", lambda: data)
    learned._tagger.cache_clear()
    yield data
    learned._tagger.cache_clear()


def test_the_model_proposes_a_place_the_rules_miss(tmp_path, registry):
    # Written for this test: Cushing, the oil hub, is in no table; the rules read Oklahoma.
    source = _source(tmp_path, "وتراجعت المخزونات في كاشينج بولاية أوكلاهوما "
                               "الأسبوع الماضي.\n")
    rules = {c.name for c in source_candidates(source, registry, learnt=False)}
    found = {c.name: c for c in source_candidates(source, registry)}
    assert "كاشينج" not in rules and "أوكلاهوما" in rules
    assert found["كاشينج"].kind == "place" and found["كاشينج"].guess
    assert found["كاشينج"].en.lower().startswith("ka")  # a romanisation, marked a guess
    assert [p.number for p in found["كاشينج"].paragraphs] == [1]


def test_proposals_are_held_to_the_rules_verdicts(monkeypatch, tmp_path, registry):
    # A proposal whose words all lie in a candidate found (a surname alone) adds nothing, nor
    # a given name alone, nor a registry actor by its known English; another is a candidate of
    # its own, counted once a mention, in the paragraphs it is in.
    source = _source(tmp_path, "وقال المدرب خالد العطوي إن الفريق جاهز.\n"
                               "وأضاف العطوي أن تشاكو زامبرا عاد مع عبدالعزيز ووزير "
                               "الخارجية الروسي سيرجي لافروف.\n"
                               "ولعب تشاكو زامبرا أمس.\n")
    rules = source_candidates(source, registry, learnt=False)
    assert "تشاكو زامبرا" not in {c.name for c in rules}  # written so that the rules miss him

    def propose(paragraph, found):
        return [learned.Proposal(name, "person") for name in (
            "العطوي", "تشاكو زامبرا", "عبدالعزيز", "سيرجي لافروف", "زامبرا") if name in paragraph]

    monkeypatch.setattr(learned, "propose", propose)
    mentions = source_mentions(source, registry)
    found = {c.name: c for c in with_learnt(source, rules, registry, mentions)}
    assert set(found) - {c.name for c in rules} == {"تشاكو زامبرا"}
    assert found["تشاكو زامبرا"].count == 2 and found["تشاكو زامبرا"].kind == "person"
    assert [p.number for p in found["تشاكو زامبرا"].paragraphs] == [2, 3]
    assert found["خالد العطوي"] == next(c for c in rules if c.name == "خالد العطوي")


def test_a_damaged_model_is_refused_with_what_to_do(model_copy, tmp_path, registry):
    model = model_copy / learned.MODEL
    data = bytearray(model.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one byte changed: CRFsuite would read it all the same
    model.write_bytes(bytes(data))
    source = _source(tmp_path, "وقال الرئيس إن الحكومة ستعلن خطتها.\n")
    with pytest.raises(BriefgenError, match=r"not the one names\.json describes.*train-names"):
        source_candidates(source, registry)
    assert source_candidates(source, registry, learnt=False) is not None  # the rules alone


def test_a_model_beside_other_tables_or_no_file_is_refused(model_copy, tmp_path, registry):
    source = _source(tmp_path, "وقال الرئيس إن الحكومة ستعلن خطتها.\n")
    card = model_copy / learned.MODEL_CARD
    said = json.loads(card.read_text("utf-8"))
    card.write_text(json.dumps({**said, "tables": "0123456789abcdef"}), "utf-8")
    with pytest.raises(BriefgenError, match=r"trained beside other name tables.*mine-given"):
        source_candidates(source, registry)
    learned._tagger.cache_clear()
    card.write_text("{not json", "utf-8")  # the card is named, not the model
    with pytest.raises(BriefgenError, match=r"names\.json: the card of .* cannot be read"):
        source_candidates(source, registry)
    learned._tagger.cache_clear()
    card.unlink()
    os.mkfifo(card)  # a FIFO would block a reader: refused before it is opened
    with pytest.raises(BriefgenError, match=r"not a regular file"):
        source_candidates(source, registry)


def test_the_command_says_so_and_exits_2_without_a_traceback(model_copy, tmp_path):
    (model_copy / learned.MODEL).write_bytes(b"not a model")
    path = tmp_path / "article.txt"
    path.write_text("وقال الرئيس إن الحكومة ستعلن خطتها.\n", "utf-8")
    result = CliRunner().invoke(cli, ["--project", str(ROOT), "actors", str(path),
                                      "--candidates"])
    assert result.exit_code == 2, result.output
    assert "learnt name model" in result.output and "Traceback" not in result.output
    plain = CliRunner().invoke(cli, ["--project", str(ROOT), "actors", str(path)])
    assert plain.exit_code == 0, plain.output  # without --candidates the model is not read


def test_the_installed_model_is_the_one_its_card_describes():
    card = json.loads((learned.model_dir() / learned.MODEL_CARD).read_text("utf-8"))
    data = (learned.model_dir() / learned.MODEL).read_bytes()
    assert card["model_sha256"] == learned.model_digest(data)
    assert not set(card["sets"]) & set(card["held_out"])  # sets being scored are not learnt
    script = (ROOT / "scripts" / "train-names").read_text("utf-8")
    assert all(f'"{name}"' in script for name in card["held_out"])



def test_what_round_22_s_reviews_found_the_model_proposing(tmp_path, registry):
    # The hostile and new-user reviews' sentences: a byline's outlet (عين, "eye"), a verb and
    # its accusative, a title or a nationality alone, a surname after ل, a verbal noun read as
    # the Nile: the model adds none of them.
    text = ("عين اليوم – متابعات\n"
            "وقد عُيِّن نائباً لرئيس الهيئة، ثم عُيِّن وكيلاً للوزارة.\n"
            "وقال سماحة إن الأمر انتهى، وقال بريطاني إنه شاهد الحادث، ثم عين مستشارا.\n"
            "وقال الكسندر فوتشيتش إن بلاده مستعدة. ونقل عن مكتب رئيس الوزراء لفوتشيتش قوله.\n"
            "ولن يتمكن أحد من النيل من البلد الأمين.\n")
    added = {c.name for c in source_candidates(_source(tmp_path, text), registry) if c.learnt}
    assert not added & {"عين", "عين نائبا", "عين وكيلا", "سماحة", "بريطاني", "لفوتشيتش",
                        "النيل", "عين مستشارا"}, added


def test_a_name_the_model_reads_with_and_without_a_clitic_is_one(monkeypatch, tmp_path,
                                                                   registry):
    # The hostile re-check: بفوتشيتش, كفوتشيتش and فوتشيتش were three people; and a Persian ی
    # came through into the English.
    source = _source(tmp_path, "واجتمع الوزير بفوتشيتش أمس.\nوقال كفوتشيتش إن.\n"
                               "وقال فوتشيتش إن الأمر انتهى. وقال تشاکو زامبرای إن.\n")

    def propose(paragraph, found):
        return [learned.Proposal(w, "person") for w in ("بفوتشيتش", "كفوتشيتش", "فوتشيتش",
                                                          "تشاکو زامبرای") if w in paragraph]

    monkeypatch.setattr(learned, "propose", propose)
    mentions = source_mentions(source, registry)
    added = {c.name: c for c in with_learnt(source, [], registry, mentions)}  # as if the rules
    # had none
    assert set(added) == {"فوتشيتش", "تشاکو زامبرای"} and added["فوتشيتش"].count == 3, added
    assert added["تشاکو زامبرای"].en.isascii(), added["تشاکو زامبرای"].en


def test_a_long_paragraph_is_read_in_windows(monkeypatch):
    # A paragraph of 100,000 words took 8 GB when tagged whole (round 22's hostile review).
    words = ["كلمة"] * 450 + ["."] + ["كلمة"] * 300
    windows = list(learned._windows(words))
    assert windows[0][0] == 0 and windows[-1][1] == len(words)
    assert all(b - a <= learned._WINDOW for a, b in windows)
    assert all(windows[k][1] == windows[k + 1][0] for k in range(len(windows) - 1))
    assert list(learned._windows(["."] * 5000)) == []  # no Arabic letter: nothing to tag
    seen = []
    monkeypatch.setattr(learned, "features", lambda part, around: seen.append(len(part)) or [
        {"bias": 1.0}] * len(part))
    learned.propose(" ".join(["محمد"] * 5000), learned.Found([]))
    assert seen and max(seen) <= learned._WINDOW


def test_a_model_damaged_with_its_card_to_match_is_refused_not_run(model_copy, tmp_path,
                                                                    registry):
    # CRFsuite trusts its file: a model cut short whose card was written to match crashed it.
    model, card = model_copy / learned.MODEL, model_copy / learned.MODEL_CARD
    data = model.read_bytes()[:100_000]
    model.write_bytes(data)
    said = json.loads(card.read_text("utf-8"))
    card.write_text(json.dumps({**said, "model_sha256": learned.model_digest(data)}), "utf-8")
    source = _source(tmp_path, "وقال الرئيس إن الحكومة ستعلن خطتها.\n")
    with pytest.raises(BriefgenError, match=r"cut short or damaged"):
        source_candidates(source, registry)
    learned._tagger.cache_clear()
    card.write_text("[" * 50_000 + "]" * 50_000, "utf-8")  # too large, and nested too deep
    with pytest.raises(BriefgenError, match=r"larger than"):
        source_candidates(source, registry)
    learned._tagger.cache_clear()
    card.write_text("[" * 30_000 + "]" * 30_000, "utf-8")
    with pytest.raises(BriefgenError, match=r"cannot be read"):
        source_candidates(source, registry)


def test_the_table_marks_what_the_model_added(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("وتراجعت المخزونات في كاشينج بولاية أوكلاهوما الأسبوع الماضي.\n",
                    "utf-8")
    table = CliRunner().invoke(cli, ["--project", str(ROOT), "actors", str(path),
                                     "--candidates"]).output
    assert "place+" in table and "+ proposed by the learnt name model" in table, table
    found = json.loads(CliRunner().invoke(cli, ["--project", str(ROOT), "actors", str(path),
                                                "--candidates", "--json"]).output)
    assert {c["ar"]: c["learnt"] for c in found["candidates"]} == {"كاشينج": True,
                                                                   "أوكلاهوما": False}
