"""Spec loading: every problem reported with file:line and key path; exit status 2."""

from __future__ import annotations

import textwrap

import pytest
from click.testing import CliRunner

from briefgen.cli import cli
from briefgen.errors import SpecError
from briefgen.resolve import resolve
from briefgen.spec import PartialDate, load_spec

GOOD = """\
title: {en: "Test brief", ar: "اختبار"}
date: 2026-11-22
classification: UNCLASSIFIED
summary: "Bottom line."
background:
  - text: "Background."
    cite: [000_9adeab1d9a5ac9f6#p3]
key_dates:
  - date: 1998-09
    event: "An event."
    cite: [iran-taliban-ties#p4]
excerpts:
  - cite: 000_9adeab1d9a5ac9f6#p4-p5
    summary: "Summary."
"""


def write(tmp_path, text, name="t.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), "utf-8")
    return path


def problems(path, library=None):
    with pytest.raises(SpecError) as info:
        spec = load_spec(path)
        if library is not None:
            resolve(spec, library)
    return [str(p) for p in info.value.problems]


def test_good_spec_loads_and_resolves(tmp_path, library):
    spec = load_spec(write(tmp_path, GOOD))
    assert spec.id == "t"
    assert spec.key_dates[0].date == PartialDate(1998, 9)
    brief = resolve(spec, library)
    assert brief.excerpts[0].paragraphs[0].text.lang == "ar"
    assert brief.excerpts[0].paragraphs[1].text.value == library.find(
        "000_9adeab1d9a5ac9f6").paragraph(5).text
    assert brief.sources[0].cited_paragraphs == (3, 4, 5)


def test_syntax_error_names_line(tmp_path):
    path = write(tmp_path, GOOD.replace('summary: "Bottom line."', 'summary: "Bottom line.'))
    (message,) = problems(path)
    assert message.startswith(f"{path}:")
    assert "YAML syntax" in message


def test_unknown_key_has_did_you_mean_and_line(tmp_path):
    path = write(tmp_path, GOOD.replace("summary:", "sumary:", 1))
    messages = problems(path)
    # One message for one mistake: the did-you-mean already says `summary` is not there.
    assert messages == [f"{path}:4: sumary: unknown key; did you mean 'summary'?"]


def test_an_id_too_long_for_a_file_name_is_refused_at_its_line(tmp_path):
    # round 28's hostile review: 300 letters passed validate and crashed build (errno 36)
    path = write(tmp_path, "id: " + "a" * 300 + "\n" + GOOD)
    assert problems(path) == [f"{path}:1: id: '{'a' * 60}…' cannot name a file; use lower-case "
                              "letters, digits, - and _, 100 at most"]
    assert CliRunner().invoke(cli, ["validate", str(path)]).exit_code == 2


def test_wrong_type_and_bad_date(tmp_path):
    text = GOOD.replace("date: 1998-09", "date: 1998-13").replace(
        "classification: UNCLASSIFIED", "classification: [x]")
    messages = problems(write(tmp_path, text))
    assert any(":3: classification: 'None' is not one of" in m or ":3: classification:" in m
               for m in messages)
    assert any(":9: key_dates[0].date: '1998-13': there is no month 13" in m for m in messages)


def test_impossible_day(tmp_path):
    messages = problems(write(tmp_path, GOOD.replace("date: 1998-09", "date: 2024-02-30")))
    assert any("key_dates[0].date" in m and "February 2024 has no day 30" in m for m in messages)


def test_unknown_source_and_out_of_range(tmp_path, library):
    text = GOOD.replace("000_9adeab1d9a5ac9f6#p4-p5", "002_391d8a1f97ba5804#p40").replace(
        "[000_9adeab1d9a5ac9f6#p3]", "[ahram-0412#p3]")
    path = write(tmp_path, text)
    messages = problems(path, library)
    assert f"{path}:13: excerpts[0].cite: no paragraph p40 in 002_391d8a1f97ba5804 (it has 10); " \
           "list them with `briefgen sources iran-alqaeda`" in messages
    assert f"{path}:7: background[0].cite[0]: no source 'ahram-0412'; `briefgen sources` " \
           f"lists the {len(library.sources)} ids and aliases to cite" in messages


def test_malformed_and_reversed_cites(tmp_path):
    text = GOOD.replace("000_9adeab1d9a5ac9f6#p4-p5", "000_9adeab1d9a5ac9f6#p5-p4").replace(
        "[000_9adeab1d9a5ac9f6#p3]", "[000_9adeab1d9a5ac9f6:3]")
    messages = problems(write(tmp_path, text))
    assert any("runs backwards; write p4-p5" in m for m in messages)
    assert any("is not a paragraph id" in m for m in messages)


def test_missing_required_keys(tmp_path):
    messages = problems(write(tmp_path, 'title: {en: "x"}\n'))
    for key in ("date", "classification", "summary", "excerpts"):
        assert any(f":1: {key}: missing;" in m for m in messages), key


def test_validate_cli_exit_2_and_no_traceback(tmp_path):
    path = write(tmp_path, GOOD.replace("summary:", "sumary:", 1))
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert f"error: {path}:4: sumary: unknown key; did you mean 'summary'?" in result.output


def test_validate_sample_briefs_ok():
    result = CliRunner().invoke(cli, ["validate"])
    assert result.exit_code == 0, result.output
    assert result.output.count("ok ") >= 3


def test_an_actor_whose_ref_is_null_is_an_error_at_its_line(tmp_path):
    # Round 36's hostile review: `ref: null` (or ~) named no actor, and the brief was built
    # without it, with no word; a key given as null is now a key not given
    for null in ("null", "~"):
        spec = write(tmp_path, GOOD + f"actors:\n  - ref: {null}\n    role: \"A role.\"\n"
                                      "    cite: [000_9adeab1d9a5ac9f6#p3]\n")
        assert problems(spec) == [f"{spec}:16: actors[0]: give the actor either `name: "
                                  "{en: ..., ar: ...}` or `ref:` an id from seeds/actors.yaml, "
                                  "not both"], null
