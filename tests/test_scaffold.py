"""`briefgen new`: a spec that validates at once, with suggestions, and never overwrites."""

from __future__ import annotations

import re

import yaml
from click.testing import CliRunner

from briefgen.cli import cli
from briefgen.commands.scaffold import excerpt_groups, find_placeholders
from briefgen.sources import load_library
from briefgen.spec import load_spec

SOURCE = "000_9adeab1d9a5ac9f6"


def run(project, *args):
    return CliRunner().invoke(cli, ["--project", str(project.root), *args], prog_name="briefgen")


def test_new_writes_a_spec_that_validates_with_todo_warnings(scratch_project):
    result = run(scratch_project, "new", "iran-note", "--source", SOURCE,
                 "--source", "iran-alqaeda")
    assert result.exit_code == 0, result.output
    path = scratch_project.root / "briefs" / "iran-note.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "# yaml-language-server: $schema=../schema/brief.schema.json"
    data = yaml.safe_load(text)
    assert list(data) == ["id", "title", "date", "classification", "author", "topics", "summary",
                          "background", "actors", "key_dates", "excerpts", "open_questions"]

    checked = run(scratch_project, "validate", str(path))
    assert checked.exit_code == 0, checked.output
    assert "ok iran-note: " in checked.output
    assert re.search(r"warning: .*iran-note\.yaml:\d+: summary: still a placeholder: TODO",
                     checked.output)


def test_new_lays_excerpts_over_every_paragraph_with_the_arabic_as_comments(
        scratch_project, library):
    run(scratch_project, "new", "x", "--source", SOURCE)
    path = scratch_project.root / "briefs" / "x.yaml"
    spec = load_spec(path)
    covered = [n for e in spec.excerpts for n in range(e.cite.first, e.cite.last + 1)]
    source = library.find(SOURCE)
    assert covered == [p.number for p in source.paragraphs]
    assert len(spec.excerpts) == len(excerpt_groups(source))
    first_words = " ".join(source.paragraphs[0].text.split()[:4])
    assert f"# p1: {first_words}" in path.read_text(encoding="utf-8")


def test_new_suggests_dates_and_actors_as_comments(scratch_project):
    run(scratch_project, "new", "x", "--source", SOURCE)
    text = (scratch_project.root / "briefs" / "x.yaml").read_text(encoding="utf-8")
    # The date finder reads «سبتمبر 1998» in p4; the actor registry knows the IRGC.
    assert re.search(r"  # - date: 1998-09  # «[^»]*سبتمبر 1998", text)
    assert f"#   cite: [{SOURCE}#p4]" in text
    assert "# - ref: irgc  #" in text


def test_suggestions_uncommented_still_validate(scratch_project):
    run(scratch_project, "new", "x", "--source", SOURCE)
    path = scratch_project.root / "briefs" / "x.yaml"
    # Uncomment every suggestion and fill every placeholder, as an analyst would.
    text = re.sub(r"^  # (-|  )", r"  \1", path.read_text(encoding="utf-8"), flags=re.M)
    text = text.replace("TODO: ", "Filled: ")
    path.write_text(text, encoding="utf-8")
    result = run(scratch_project, "validate", str(path))
    assert result.exit_code == 0, result.output
    assert "warning" not in result.output
    assert find_placeholders(path) == []


def test_new_refuses_to_overwrite(scratch_project):
    path = scratch_project.root / "briefs" / "taken.yaml"
    path.write_text("keep me\n", encoding="utf-8")
    result = run(scratch_project, "new", "taken", "--source", SOURCE)
    assert result.exit_code == 2
    assert result.output.strip() == (f"error: {path} already exists; briefgen new never "
                                     "overwrites a spec (choose another SLUG or -o FILE)")
    assert path.read_text(encoding="utf-8") == "keep me\n"


def test_new_writes_elsewhere_with_a_modeline_that_still_finds_the_schema(scratch_project):
    out = scratch_project.root / "drafts" / "deep" / "x.yaml"
    result = run(scratch_project, "new", "x", "--source", SOURCE, "-o", str(out))
    assert result.exit_code == 0, result.output
    first = out.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../../schema/brief.schema.json"


def test_new_names_unknown_sources_and_bad_slugs(scratch_project):
    result = run(scratch_project, "new", "x", "--source", "nope")
    assert result.exit_code == 2
    shown = len(load_library(scratch_project).sources)  # the five seeds, and any a user added
    assert result.output.startswith("error: --source nope: no such source; `briefgen sources` "
                                    f"lists the {shown} ids and aliases to cite")
    result = run(scratch_project, "new", "Not A Slug", "--source", SOURCE)
    assert result.exit_code == 2
    assert "cannot name a brief" in result.output
