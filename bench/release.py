"""What freezing a release costs over a build of the same pack, and what reading releases costs.

Run from the repository root: `python bench/release.py [--runs N]`.

In a scratch copy of the project with every sample brief, one build fills the cache; then,
alternately in the same process, a build into dist/ (the baseline) and a release (the same
build into a temporary folder, the resolved specs, changes.json, hashes, release.json, the
rename). Both come from the cache, so the ratio is the release's own work. Then it times
`read_releases` (every file of every release hashed) and `diff_releases` between the first
and the last release.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from briefgen.build import build
from briefgen.project import Project
from briefgen.release import RELEASES_DIR, diff_releases, make_release, read_releases

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        shutil.copytree(ROOT / "seeds", root / "seeds")
        shutil.copytree(ROOT / "briefs", root / "briefs")
        project = Project.at(root)
        briefs = [root / "briefs"]
        build(project, briefs, root / "dist", jobs=2)  # fills the cache
        built, released = [], []
        for _ in range(runs):
            started = time.perf_counter()
            build(project, briefs, root / "dist")
            built.append(time.perf_counter() - started)
            started = time.perf_counter()
            make_release(project, briefs)
            released.append(time.perf_counter() - started)
        releases_dir = root / RELEASES_DIR
        started = time.perf_counter()
        found = read_releases(releases_dir)
        reading = time.perf_counter() - started
        started = time.perf_counter()
        diff_releases(releases_dir, 1, found[-1].number)
        diffing = time.perf_counter() - started
        size = sum(p.stat().st_size for p in found[-1].folder.rglob("*") if p.is_file())
    build_s, release_s = statistics.median(built), statistics.median(released)
    print(f"build from cache   {build_s:6.2f} s (median of {runs})")
    print(f"release from cache {release_s:6.2f} s  ratio {release_s / build_s:.2f}")
    print(f"read_releases      {reading:6.2f} s for {len(found)} releases, "
          f"{size / 1e6:.1f} MB each")
    print(f"diff 1 {found[-1].number}           {diffing:6.2f} s")


if __name__ == "__main__":
    main()
