"""Import the SaudiNewsNet corpus (31,025 articles) into a fresh project and time the library.

    python bench/library.py [--repeat N] [--corpus PATH]

Wall and CPU seconds are both given: on a shared machine the wall time follows the load.
Measures, each in a fresh temporary project: the import (`briefgen add` of the whole
.jsonl.gz, in-process), the same import again with nothing new, `sources --outlet X`
through the CLI (start-up included), a build's source loading for one brief citing one
library source (against the same with five seeds), peak RSS, and size on disk per 1,000
articles. Medians over --repeat runs. Skips, saying why, without the corpus.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet" / "articles.jsonl.gz"
TARGETS = {"import_s": 120, "readd_s": 10, "sources_outlet_s": 1, "peak_rss_mib": 1024}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    if not args.corpus.is_file():
        print(f"skipped: no corpus at {args.corpus} (see shared/corpora/saudinewsnet/README.md)")
        return 0
    sys.path.insert(0, str(ROOT / "src"))
    from briefgen.library.add import add
    from briefgen.library.store import Catalog
    from briefgen.project import Project

    names = ("import_s", "import_cpu_s", "readd_s", "readd_cpu_s", "sources_outlet_s",
             "sources_outlet_cpu_s",
             "listing_s", "listing_cpu_s", "load_one_s", "load_seeds_s")
    runs: dict[str, list[float]] = {name: [] for name in names}
    counts: dict[str, int] = {}
    _load_seeds()  # once first: the code fingerprint and font digests are taken once a process
    per_thousand_mib = 0.0
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder) / "desk"
            (root / "seeds").mkdir(parents=True)
            project = Project.at(root)
            started, cpu = time.perf_counter(), _cpu()
            outcomes = add(project, [str(args.corpus)])
            runs["import_s"].append(time.perf_counter() - started)
            runs["import_cpu_s"].append(_cpu() - cpu)
            counts = {}
            for outcome in outcomes:
                counts[outcome.status] = counts.get(outcome.status, 0) + 1
            started, cpu = time.perf_counter(), _cpu()
            again = add(project, [str(args.corpus)])
            runs["readd_s"].append(time.perf_counter() - started)
            runs["readd_cpu_s"].append(_cpu() - cpu)
            assert not any(o.status in ("added", "updated") for o in again)
            started = time.perf_counter()
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            listed = subprocess.run(
                [sys.executable, "-m", "briefgen.cli", "--project", str(root), "sources",
                 "--outlet", "alriyadh", "--json"], capture_output=True, check=True,
                env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
            runs["sources_outlet_s"].append(time.perf_counter() - started)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            runs["sources_outlet_cpu_s"].append(after.ru_utime + after.ru_stime
                                                - before.ru_utime - before.ru_stime)
            counts["alriyadh_listed"] = len(json.loads(listed.stdout))
            started, cpu = time.perf_counter(), _cpu()
            listing = sum(1 for _ in Catalog(project).listing())
            runs["listing_s"].append(time.perf_counter() - started)
            runs["listing_cpu_s"].append(_cpu() - cpu)
            counts["listing"] = listing
            runs["load_one_s"].append(_load_cited(project, outcomes))
            runs["load_seeds_s"].append(_load_seeds())
            size = sum(p.stat().st_size for p in (root / "library").rglob("*") if p.is_file())
            originals = sum(p.stat().st_size for p in (root / "library" / "originals").rglob("*")
                            if p.is_file())
            added = counts.get("added", 0)
            per_thousand_mib = (size - originals) / added * 1000 / 2**20
            files = sum(1 for p in (root / "library").rglob("*") if p.is_file())
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {name: round(statistics.median(values), 3) for name, values in runs.items()}
    result.update(peak_rss_mib=round(peak), mib_per_1000_articles_without_original=round(
        per_thousand_mib, 2), files=files, counts=counts, runs=args.repeat,
        machine=f"{platform.machine()}, {os.cpu_count()} cores, Python "
                f"{platform.python_version()}, load average at the end "
                f"{os.getloadavg()[0]:.1f}")
    for name, value in result.items():
        target = TARGETS.get(name)
        mark = "" if target is None else (" ok" if value <= target else f" OVER {target}")
        print(f"{name:>40}: {value}{mark}")
    print(json.dumps(result))
    return 0


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _load_cited(project, outcomes) -> float:
    """What a build pays for its sources when it cites one library source: the inputs and
    their cache keys (which hash the catalogs), load_library, and finding the source."""
    from briefgen.inputs import gather_inputs
    from briefgen.sources import load_library

    source_id = next(o.record.id for o in outcomes if o.record is not None)
    (project.root / "briefs").mkdir(exist_ok=True)
    spec = project.root / "briefs" / "one.yaml"
    spec.write_text("title: {en: One}\n", encoding="utf-8")
    started = time.perf_counter()
    gather_inputs(project, [spec]).keys()
    library = load_library(project)
    assert library.find(source_id) is not None
    return time.perf_counter() - started


def _load_seeds() -> float:
    """The same with the repository's five seeds and no library: the baseline."""
    from briefgen.inputs import gather_inputs
    from briefgen.project import Project
    from briefgen.sources import load_library

    project = Project.at(ROOT)
    started = time.perf_counter()
    gather_inputs(project, [ROOT / "briefs" / "iran-taliban.yaml"]).keys()
    library = load_library(project)
    assert library.find("000_9adeab1d9a5ac9f6") is not None
    return time.perf_counter() - started


if __name__ == "__main__":
    sys.exit(main())
