"""What the learnt name model costs `actors --candidates`: a ratio, not seconds.

The candidates of the first articles of the gold sets are found with the rules alone and with
the model (briefgen/arabic/learned.py) in the same process, three times each after a warm-up
(the model loaded, the tables read); the ratio of the median times is printed, and the model's
share of a long source (all the articles as one source).

Run: .venv/bin/python bench/learned_cost.py [ARTICLES]   (default 120)
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from briefgen.commands.findings import source_candidates
from briefgen.inputs import load_registry
from briefgen.project import Project
from briefgen.sources import load_source

ROOT = Path(__file__).resolve().parents[1]


def median_time(run, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 120
    registry = load_registry(Project.at(ROOT))
    paths = sorted((ROOT / "tests" / "gold").glob("*/sn-*.txt"))[:count]
    sources = [load_source(path) for path in paths]
    for learnt in (False, True):  # warm-up: tables, registry, model
        source_candidates(sources[0], registry, learnt=learnt)

    def each(learnt: bool):
        return lambda: [source_candidates(s, registry, learnt=learnt) for s in sources]

    rules, both = median_time(each(False)), median_time(each(True))
    print(f"{len(sources)} articles: rules {rules:.2f} s, with the model {both:.2f} s, "
          f"ratio {both / rules:.2f}")
    with tempfile.TemporaryDirectory() as scratch:
        long = Path(scratch) / "all.txt"
        long.write_text("\n\n".join(p.read_text("utf-8") for p in paths), "utf-8")
        whole = load_source(long)
    rules = median_time(lambda: source_candidates(whole, registry, learnt=False))
    both = median_time(lambda: source_candidates(whole, registry, learnt=True))
    print(f"one source of {len(whole.paragraphs)} paragraphs: rules {rules:.2f} s, with the "
          f"model {both:.2f} s, ratio {both / rules:.2f}")


if __name__ == "__main__":
    main()
