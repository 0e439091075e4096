"""Shared fixtures: the project, its sources, and the sample briefs built once per session."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from briefgen.build import build
from briefgen.project import Project
from briefgen.sources import load_library

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def project() -> Project:
    return Project.at(ROOT)


@pytest.fixture(scope="session")
def library(project):
    return load_library(project)


@pytest.fixture(scope="session")
def sample_build(project, tmp_path_factory):
    """Build every sample brief (PDF, DOCX, HTML) once; return (out_dir, built briefs)."""
    out = tmp_path_factory.mktemp("dist")
    built = build(project, [ROOT / "briefs"], out, ("pdf", "docx", "html"))
    return out, built


@pytest.fixture
def scratch_project(tmp_path) -> Project:
    """A copy of the project's seeds in a temporary folder, for tests that edit files."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (tmp_path / "briefs").mkdir()
    return Project.at(tmp_path)


@pytest.fixture
def scratch(tmp_path) -> Project:
    """A copy of the project's seeds and sample briefs, for tests that edit them."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copytree(ROOT / "briefs", tmp_path / "briefs")
    return Project.at(tmp_path)


@pytest.fixture
def two_briefs(scratch_project) -> tuple[Project, Path]:
    """A project with two of the sample briefs in briefs/: the smallest folder build with a pack
    and two worker processes."""
    briefs = scratch_project.root / "briefs"
    for name in ("iran-pakistan.yaml", "iran-taliban.yaml"):
        shutil.copy(ROOT / "briefs" / name, briefs / name)
    return scratch_project, briefs

def pdftotext(path: Path, *args: str) -> str:
    """Return the text of a PDF as poppler's pdftotext gives it (UTF-8)."""
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext is missing: install poppler-utils (.ci/run does)")
    result = subprocess.run(["pdftotext", *args, str(path), "-"], check=True,
                            capture_output=True, env={**os.environ, "LC_ALL": "C.UTF-8"})
    return result.stdout.decode("utf-8")


def struct_elements(pdf):
    """Yield every structure element of a tagged PDF (pikepdf.Pdf)."""
    import pikepdf

    stack = list(pdf.Root.StructTreeRoot.K)
    while stack:
        element = stack.pop()
        if not isinstance(element, pikepdf.Dictionary) or element.get("/Type") != "/StructElem":
            continue
        yield element
        kids = element.get("/K")
        if isinstance(kids, pikepdf.Array):
            stack.extend(kids)
        elif kids is not None:
            stack.append(kids)


# The system tools tests run, and the package that has each (scripts/system-packages installs
# them): a test that runs one that is missing fails saying what to install, not with a bare
# FileNotFoundError.
_TOOL_PACKAGES = {"pdftotext": "poppler-utils", "pdffonts": "poppler-utils",
                  "pdfinfo": "poppler-utils", "pdfsig": "poppler-utils",
                  "pdftoppm": "poppler-utils", "soffice": "libreoffice-writer-nogui",
                  "libreoffice": "libreoffice-writer-nogui"}


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    try:
        return (yield)
    except FileNotFoundError as error:
        tool = Path(str(error.filename or "")).name
        if tool in _TOOL_PACKAGES:
            pytest.fail(f"{tool} is missing: install {_TOOL_PACKAGES[tool]} "
                        "(./scripts/system-packages does)")
        raise
