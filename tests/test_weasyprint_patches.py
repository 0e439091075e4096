"""The WeasyPrint patches check the version they were written for before touching it."""

from __future__ import annotations

from importlib import metadata

import pytest

from briefgen.errors import RenderError
from briefgen.pdfpack import glyphwidths, pdftags, tounicode
from briefgen.pdfpack.weasyprint_version import require


def _installed_weasyprint(monkeypatch, version: str) -> None:
    real = metadata.version
    monkeypatch.setattr(metadata, "version",
                        lambda name: version if name == "weasyprint" else real(name))


@pytest.mark.parametrize("patch, wrapped", [
    (tounicode, [("weasyprint.draw.text", "draw_first_line")]),
    (glyphwidths, [("weasyprint.draw.text", "draw_first_line"),
                   ("weasyprint.pdf.fonts", "Font.subset"),
                   ("weasyprint.pdf.fonts", "_build_vector_font_dictionary")]),
    (pdftags, [("weasyprint.pdf.tags", "_build_box_tree")]),
])
def test_a_patch_refuses_another_weasyprint_and_leaves_it_alone(monkeypatch, patch, wrapped):
    import importlib
    from operator import attrgetter

    def current():
        return [attrgetter(name)(importlib.import_module(module)) for module, name in wrapped]

    before = current()
    monkeypatch.setattr(patch, "_installed", False)
    _installed_weasyprint(monkeypatch, "71.0")
    name = patch.__name__.rsplit(".", 1)[1]
    with pytest.raises(RenderError) as caught:
        patch.install()
    assert str(caught.value) == (
        f"briefgen's {name} patch was written for WeasyPrint 70.x; found 71.0: pin "
        f"weasyprint==70.0 or update pdfpack/{name}.py")
    assert all(now is then for now, then in zip(current(), before, strict=True))
    assert patch._installed is False


def test_any_release_of_the_same_major_version_is_accepted(monkeypatch):
    _installed_weasyprint(monkeypatch, "70.2")
    require("tounicode", "70")
    _installed_weasyprint(monkeypatch, "7.0")
    with pytest.raises(RenderError, match="found 7.0"):
        require("tounicode", "70")


def test_the_installed_weasyprint_is_the_one_the_patches_were_written_for():
    assert metadata.version("weasyprint").split(".")[0] == tounicode.WEASYPRINT
    assert pdftags.WEASYPRINT == glyphwidths.WEASYPRINT == tounicode.WEASYPRINT
