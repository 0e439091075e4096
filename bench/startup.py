"""Start-up: what a user waits for at the prompt, measured as whole processes.

    python bench/startup.py              # 7 turns
    python bench/startup.py --turns 11

Each turn runs, one after the other as fresh processes, `briefgen --version` (the floor:
Python, click and briefgen's own modules), a one-brief build served wholly from the cache,
a cold `--format docx` one-brief build, a cold PDF one-brief build, and bare WeasyPrint
writing the same brief's HTML with the same styles (a fresh process too, so it pays its own
import). Ratios are taken within each turn, against that turn's `--version`, and the
medians are reported, so a machine that gets busier part-way slows both sides alike.

Targets (issue "One pipeline"): cached one-brief build ≤ 0.35 s, cold DOCX ≤ 0.5 s.
The last line printed is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BRIEFGEN = [sys.executable, "-m", "briefgen.cli"]
SPEC = ROOT / "briefs" / "iran-pakistan.yaml"

BARE_WEASYPRINT = """
import sys, weasyprint
from weasyprint.text.fonts import FontConfiguration
html, css = open(sys.argv[1]).read(), open(sys.argv[2]).read()
fonts = FontConfiguration()
weasyprint.HTML(string=html, base_url=sys.argv[3]).write_pdf(
    sys.argv[4], stylesheets=[weasyprint.CSS(string=css, font_config=fonts)],
    font_config=fonts, pdf_variant="pdf/ua-1")
"""


def timed(command: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def project_copy(folder: Path) -> Path:
    for name in ("seeds", "briefs"):
        shutil.copytree(ROOT / name, folder / name)
    return folder


def bare_inputs(folder: Path) -> list[str]:
    """The brief's HTML and styles as briefgen sets them, written for bare WeasyPrint."""
    sys.path.insert(0, str(ROOT / "src"))
    from briefgen.inputs import find_specs, load_briefs, load_registry
    from briefgen.project import Project
    from briefgen.render.engine import base_url, environment, stylesheets
    from briefgen.render.html import render_html
    from briefgen.sources import load_library

    project = Project.at(folder)
    brief = load_briefs(find_specs([folder / "briefs" / SPEC.name]), load_library(project),
                        load_registry(project))[0]
    (folder / "brief.html").write_text(render_html(brief, environment(project.template_dirs)))
    (folder / "brief.css").write_text("\n".join(stylesheets(project)))
    return [str(folder / "brief.html"), str(folder / "brief.css"), base_url(project),
            str(folder / "bare.pdf")]


def turn(folder: Path, bare: list[str]) -> dict[str, float]:
    spec = str(folder / "briefs" / SPEC.name)
    cache = folder / ".briefgen-cache"
    out = str(folder / "dist")
    times = {"version": timed([*BRIEFGEN, "--version"], folder)}
    timed([*BRIEFGEN, "build", spec, "-o", out], folder)  # fills the cache
    times["cached"] = timed([*BRIEFGEN, "build", spec, "-o", out], folder)
    shutil.rmtree(cache)
    times["cold_docx"] = timed([*BRIEFGEN, "build", spec, "-o", out, "--format", "docx"], folder)
    shutil.rmtree(cache)
    times["cold_pdf"] = timed([*BRIEFGEN, "build", spec, "-o", out, "--format", "pdf"], folder)
    times["bare_weasyprint"] = timed([sys.executable, "-c", BARE_WEASYPRINT, *bare], folder)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = project_copy(Path(tmp))
        bare = bare_inputs(folder)
        turns = [turn(folder, bare) for _ in range(args.turns)]
    result: dict[str, float] = {}
    for name in turns[0]:
        result[f"{name}_s"] = round(statistics.median(t[name] for t in turns), 3)
        if name != "version":
            result[f"{name}_ratio"] = round(
                statistics.median(t[name] / t["version"] for t in turns), 2)
    result["cold_pdf_vs_bare_weasyprint"] = round(
        statistics.median(t["cold_pdf"] / t["bare_weasyprint"] for t in turns), 2)
    targets = {"cached_s": 0.35, "cold_docx_s": 0.5}
    print(f"{args.turns} turns, medians of whole processes")
    for key, value in result.items():
        target = targets.get(key)
        mark = "" if target is None else ("ok" if value <= target else "OVER") + f" (≤ {target})"
        print(f"{key:<30} {value:>8}  {mark}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
