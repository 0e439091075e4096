"""Briefs resolved by an earlier build come back from the cache only while their inputs stand."""

from __future__ import annotations

import json

import pytest

from briefgen.build import build
from briefgen.errors import SpecError
from briefgen.inputs import find_specs, load_briefs, load_registry
from briefgen.model import decode_brief, encode_brief
from briefgen.sources import load_library

from conftest import ROOT


def test_a_brief_survives_the_cache_format(project):
    briefs = load_briefs(find_specs([ROOT / "briefs"]), load_library(project),
                         load_registry(project))
    for brief in briefs:
        again = decode_brief(encode_brief(brief))
        assert again == brief
        assert repr(again) == repr(brief)  # what it renders and what its digest says


@pytest.mark.parametrize("entry", [
    {"@": "Popen", "args": ["true"]},
    {"@": "Text", "value": "x"},
    {"@": "Text", "value": "x", "lang": "en", "extra": 1},
    {"@": "Brief", "id": "fields missing"},
    {"id": "untagged"},
    [1, 2],
])
def test_the_cache_builds_nothing_but_a_brief(entry):
    with pytest.raises((ValueError, TypeError)):
        decode_brief(json.dumps(entry).encode())


def _build(project, out):
    return build(project, [project.root / "briefs"], out, ("docx",), jobs=1)


def test_an_edited_source_is_read_again(scratch):
    out = scratch.root / "dist"
    first = _build(scratch, out)
    cited = first[0].brief.excerpts[0].paragraphs[0]
    source = scratch.seeds / f"{first[0].brief.excerpts[0].citation.source_id}.txt"
    old_word = cited.text.value.split()[1]
    source.write_text(source.read_text("utf-8").replace(old_word, "تعديل", 1), "utf-8")
    second = _build(scratch, out)
    assert "تعديل" in second[0].brief.excerpts[0].paragraphs[0].text.value
    assert not second[0].cached


def test_a_spec_broken_after_a_good_build_still_fails(scratch):
    out = scratch.root / "dist"
    _build(scratch, out)
    spec = scratch.root / "briefs" / "iran-pakistan.yaml"
    spec.write_text(spec.read_text("utf-8").replace("title:", "titel:", 1), "utf-8")
    with pytest.raises(SpecError) as raised:
        _build(scratch, out)
    assert "iran-pakistan.yaml" in str(raised.value)


def test_unchanged_specs_are_not_parsed_again(scratch, monkeypatch):
    out = scratch.root / "dist"
    first = _build(scratch, out)
    import briefgen.inputs

    def refuse(*args, **kwargs):
        raise AssertionError("a spec was resolved again")

    monkeypatch.setattr(briefgen.inputs, "check_briefs", refuse)
    second = _build(scratch, out)
    assert [b.brief for b in second] == [b.brief for b in first]


def test_a_comment_edit_resolves_again_but_lays_nothing_out(scratch):
    out = scratch.root / "dist"
    _build(scratch, out)
    spec = scratch.root / "briefs" / "iran-pakistan.yaml"
    spec.write_text(spec.read_text("utf-8") + "# a note to self\n", "utf-8")
    again = _build(scratch, out)
    assert again.cache_hits == len(again)  # the brief says the same: its rendering stands
