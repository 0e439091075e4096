"""The WeasyPrint a patch was written for, checked before the patch touches WeasyPrint."""

from __future__ import annotations

from importlib import metadata

from ..errors import RenderError


def require(patch: str, written_for: str) -> None:
    """Raise RenderError unless WeasyPrint `written_for`.x is installed (a major version).

    WeasyPrint changes its internals from one major version to the next, and keeps them
    within one; the version is read from the installed metadata, not by importing WeasyPrint.
    """
    try:
        found = metadata.version("weasyprint")
    except metadata.PackageNotFoundError:
        found = "none"
    if found.split(".")[0] != written_for:
        raise RenderError(f"briefgen's {patch} patch was written for WeasyPrint {written_for}.x; "
                          f"found {found}: pin weasyprint=={written_for}.0 or update "
                          f"pdfpack/{patch}.py")
