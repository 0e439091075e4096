"""Inputs at the edges that briefgen takes or refuses on purpose (README: "Bad input")."""

from __future__ import annotations

import pytest

from briefgen.build import build
from briefgen.errors import SourceError, SpecError
from briefgen.inputs import find_specs, load_briefs, load_registry
from briefgen.sources import clean_paragraphs, load_library


def _brief(project, spec):
    return load_briefs([spec], load_library(project), load_registry(project))[0]


def test_arabic_indic_digits_in_citations_and_dates_read_as_their_values(scratch):
    spec = scratch.root / "briefs/iran-pakistan.yaml"
    before = _brief(scratch, spec)
    text = spec.read_text("utf-8")
    source = "004_bc0966837ce6fdc6"
    text = text.replace(f"  - cite: {source}#p3\n", f"  - cite: {source}#p٣\n", 1)
    text = text.replace("  - date: 2017-11\n", "  - date: ٢٠١٧-١١\n", 1)
    spec.write_text(text, "utf-8")
    after = _brief(scratch, spec)
    assert after.excerpts[0].paragraphs == before.excerpts[0].paragraphs
    assert [d.date for d in after.key_dates] == [d.date for d in before.key_dates]


def test_yml_specs_are_specs_and_pack_yml_is_a_pack_spec(scratch):
    briefs = scratch.root / "briefs"
    (briefs / "iran-pakistan.yaml").rename(briefs / "iran-pakistan.yml")
    assert briefs / "iran-pakistan.yml" in find_specs([briefs])
    (briefs / "pack.yaml").rename(briefs / "pack.yml")
    assert all(p.name != "pack.yml" for p in find_specs([briefs]))


def test_two_pack_specs_in_one_build_are_refused(scratch, tmp_path):
    other = scratch.root / "more"
    other.mkdir()
    (other / "pack.yaml").write_text((scratch.root / "briefs/pack.yaml").read_text())
    (scratch.root / "briefs/iran-pakistan.yaml").rename(other / "iran-pakistan.yaml")
    with pytest.raises(SpecError, match="a build makes one pack"):
        build(scratch, [scratch.root / "briefs", other], tmp_path, ("docx",))
    (scratch.root / "briefs/pack.yml").write_text("title: {en: x}\n")
    with pytest.raises(SpecError, match="are both pack specs"):
        build(scratch, [scratch.root / "briefs"], tmp_path, ("docx",))


def test_a_single_spec_with_the_id_pack_is_refused(scratch, tmp_path):
    spec = scratch.root / "briefs/iran-pakistan.yaml"
    spec.write_text(spec.read_text().replace("id: iran-pakistan", "id: pack"))
    with pytest.raises(SpecError, match="names the pack's own files"):
        build(scratch, [spec], tmp_path, ("pdf",))
    assert not (tmp_path / "pack.pdf").exists()


def test_an_alias_that_is_another_sources_id_is_refused(scratch):
    metadata = scratch.seeds / "sources.yaml"
    text = metadata.read_text("utf-8")
    first_alias = next(line for line in text.splitlines() if line.strip().startswith("alias:"))
    metadata.write_text(text.replace(first_alias, "  alias: 004_bc0966837ce6fdc6", 1), "utf-8")
    with pytest.raises(SourceError, match="is the id of another source"):
        load_library(scratch)


def test_line_and_paragraph_separators_do_not_split_a_paragraph():
    paragraphs, _, notes = clean_paragraphs("أول سطر\u2028تكملة\nثاني\vسطر\fهنا\r\nثالث", "x")
    assert [p.text for p in paragraphs] == ["أول سطر تكملة", "ثاني سطر هنا", "ثالث"]
    assert notes == ("line 1: U+2028 read as a space (not a paragraph break)",
                     "line 2: U+000B, U+000C read as a space (not a paragraph break)")


def test_characters_no_bundled_font_draws_are_named_with_where_they_are(scratch):
    from click.testing import CliRunner

    from briefgen.cli import cli

    spec = scratch.root / "briefs/iran-pakistan.yaml"
    spec.write_text(spec.read_text("utf-8").replace(
        'role: "Iran\'s military chief;', 'role: "Iran\'s military chief (中文);', 1), "utf-8")
    result = CliRunner().invoke(cli, ["--project", str(scratch.root), "validate", str(spec)])
    assert result.exit_code == 0
    assert ("warning: iran-pakistan: actors[0].role: no bundled font draws '中文' "
            "(U+4E2D, U+6587)") in result.output
