"""Benchmark what embedding the fonts costs a brief's DOCX: time and size, with and without.

    python bench/docx_fonts.py              # the sample briefs, medians of 9 turns
    python bench/docx_fonts.py --repeat 15

Each turn renders every sample brief's DOCX both ways in one process (render_docx, and the same
with embed_faces made to leave the package as it is), after a first turn that fills the
per-process caches (the subset faces and their deflated bytes, as in a build). It also cuts
the faces down to one brief's own characters and not at all, for the sizes only. The last line
printed is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from briefgen.inputs import find_specs, load_briefs, load_registry  # noqa: E402
from briefgen.project import Project  # noqa: E402
from briefgen.render import docx as docx_renderer  # noqa: E402
from briefgen.render.docxfonts import _drawn_by, subset_face  # noqa: E402
from briefgen.render.fonts import font_files  # noqa: E402
from briefgen.sources import load_library  # noqa: E402


def render_all(briefs, embed: bool) -> tuple[float, int]:
    original = docx_renderer.embed_faces
    if not embed:
        docx_renderer.embed_faces = lambda members, faces: members  # type: ignore[assignment]
    try:
        start = time.perf_counter()
        size = sum(len(docx_renderer.render_docx(brief)) for brief in briefs)
        return time.perf_counter() - start, size
    finally:
        docx_renderer.embed_faces = original


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    project = Project.at(ROOT)
    briefs = load_briefs(find_specs([ROOT / "briefs"]), load_library(project),
                         load_registry(project))
    render_all(briefs, True)  # fill the per-process caches
    times: dict[bool, list[float]] = {True: [], False: []}
    sizes = {}
    for _ in range(args.repeat):
        for embed in (False, True):
            seconds, sizes[embed] = render_all(briefs, embed)
            times[embed].append(seconds)
    per_brief = {embed: statistics.median(t) / len(briefs) * 1000 for embed, t in times.items()}
    first = briefs[0]
    writer = docx_renderer._DocxBrief(first)
    writer.build()
    own = frozenset(writer.characters()) | frozenset(" 0123456789")
    whole = sum(len(zlib.compress(font.path.read_bytes())) for font in font_files())
    own_subset = sum(len(zlib.compress(subset_face(font, _drawn_by(font, own))))
                     for font in font_files())
    result = {
        "briefs": len(briefs),
        "ms_per_brief_without_fonts": round(per_brief[False], 1),
        "ms_per_brief_with_fonts": round(per_brief[True], 1),
        "ratio": round(per_brief[True] / per_brief[False], 2),
        "kb_per_brief_without_fonts": round(sizes[False] / len(briefs) / 1024, 1),
        "kb_per_brief_with_fonts": round(sizes[True] / len(briefs) / 1024, 1),
        "kb_fonts_whole_deflated": round(whole / 1024, 1),
        "kb_fonts_cut_to_one_briefs_characters_deflated": round(own_subset / 1024, 1),
    }
    for key, value in result.items():
        print(f"{key}: {value}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
