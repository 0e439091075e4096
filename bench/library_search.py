"""The library index on the real corpus: build, re-sync, search, CLI, size, memory.

    python bench/library_search.py             # 3 rounds of the 50 queries
    python bench/library_search.py --rounds 5

Reads ../shared/corpora/saudinewsnet/articles.jsonl.gz (31,025 articles; skips with a message
when it is absent) into memory with the index's stand-in loader (library/adapters.py), then:

- builds the index from nothing, against a baseline in the same process: computing every
  paragraph's terms alone (the Python share of the build);
- syncs again with nothing new (a search does this first), median of 3;
- runs 50 realistic queries (Arabic words, phrases, names, an English word) in-process, each
  query's median over the rounds, and reports the median and p95 of those;
- times, as fresh processes in turns, `briefgen --version`, `briefgen search` in a copy of the
  sample project, and a process that opens the corpus index and searches it (the CLI's work on
  a 31k library, but for listing the sources, which the store's Catalog will do), ratios
  within each turn;
- index size per 1,000 articles and the process's peak RSS (corpus in memory included).

Targets (issue 11): search median ≤ 30 ms, p95 ≤ 100 ms; re-sync with nothing new ≤ a few s;
peak memory ≤ 1 GiB. The last line printed is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from briefgen.arabic.search import term_text  # noqa: E402
from briefgen.library.adapters import corpus_catalog  # noqa: E402
from briefgen.library.index import Index  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet" / "articles.jsonl.gz"
BRIEFGEN = [sys.executable, "-m", "briefgen.cli"]

QUERIES = [
    # words, with and without the article and particles
    "السعودية", "الرياض", "إيران", "اليمن", "الحوثيين", "داعش", "النفط", "الأسهم", "الهلال",
    "النصر", "المملكة", "والأمريكية", "أميركا", "بالإرهاب", "الإرهابية", "للطاقة", "الصحة",
    "التعليم", "الحج", "رمضان", "عيد الفطر", "الاتفاق النووي", "مجلس الأمن", "الأمم المتحدة",
    "سوق الأسهم", "أسعار النفط", "وزارة الداخلية", "التحالف العربي", "عاصفة الحزم",
    "المنتخب السعودي", "كرة القدم", "الشرق الأوسط",
    # phrases in quotes
    '"ولي العهد"', '"خادم الحرمين الشريفين"', '"الأمير محمد بن سلمان"', '"مجلس التعاون"',
    '"هيئة السوق المالية"', '"الدولار الأمريكي"',
    # names
    "أوباما", "كيري", "ظريف", "بوتين", "عبدربه منصور هادي", "الملك سلمان", "الأسد", "أردوغان",
    "السيسي", "نتنياهو",
    # English words in the text
    "Twitter", "ISIS",
]
assert len(QUERIES) == 50


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--turns", type=int, default=5, help="turns of the process timings")
    args = parser.parse_args()
    if not CORPUS.is_file():
        print(f"skipped: no corpus at {CORPUS} (see issue 11)")
        return
    results: dict[str, object] = {"machine": f"{platform.machine()}, {os.cpu_count()} cores, "
                                             f"load {os.getloadavg()[0]:.1f}"}
    started = time.perf_counter()
    listing, load = corpus_catalog(CORPUS)
    articles = len(list(listing()))
    results["articles"] = articles
    results["corpus_read_s"] = round(time.perf_counter() - started, 1)

    started, cpu = time.perf_counter(), time.process_time()
    for source_id, _ in listing():
        for paragraph in load(source_id).paragraphs:
            term_text(paragraph.text)
    results["terms_only_s"] = round(time.perf_counter() - started, 1)
    results["terms_only_cpu_s"] = round(time.process_time() - cpu, 1)

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "index.sqlite"
        with Index.open(path) as index:
            started, cpu = time.perf_counter(), time.process_time()
            index.sync(listing, load)
            results["build_s"] = round(time.perf_counter() - started, 1)
            # The machine is shared: CPU time says what the build costs whatever the load.
            results["build_cpu_s"] = round(time.process_time() - cpu, 1)
            results["build_vs_terms_only"] = round(results["build_s"] / results["terms_only_s"], 2)
            resync = []
            for _ in range(3):
                started = time.perf_counter()
                assert index.sync(listing, load) == 0
                resync.append(time.perf_counter() - started)
            results["resync_s"] = round(statistics.median(resync), 2)
            results.update(search_times(index, args.rounds))
        size = path.stat().st_size
        results["index_mb"] = round(size / 1e6, 1)
        results["index_mb_per_1000_articles"] = round(size / 1e6 / articles * 1000, 2)
        results.update(process_times(path, args.turns))
    results["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    for key, value in results.items():
        print(f"{key:>28}: {value}")
    print(json.dumps(results))


def search_times(index: Index, rounds: int) -> dict[str, object]:
    per_query: dict[str, list[float]] = {query: [] for query in QUERIES}
    cpu = time.process_time()
    hits: dict[str, int] = {}
    for _ in range(rounds):
        for query in QUERIES:
            started = time.perf_counter()
            found = index.search(query, limit=20)
            per_query[query].append(time.perf_counter() - started)
            hits[query] = len(found)
    cpu_per_search = (time.process_time() - cpu) / rounds / len(QUERIES) * 1000
    medians = sorted(statistics.median(times) * 1000 for times in per_query.values())
    slowest = max(per_query, key=lambda q: statistics.median(per_query[q]))
    return {"search_median_ms": round(statistics.median(medians), 1),
            "search_p95_ms": round(medians[int(0.95 * len(medians)) - 1], 1),
            "search_max_ms": round(medians[-1], 1), "search_mean_cpu_ms": round(cpu_per_search, 1),
            "slowest_query": slowest,
            "queries_without_hits": [q for q, n in hits.items() if n == 0]}


_OPEN_AND_SEARCH = """
import sys
from briefgen.library.index import Index
with Index.open(sys.argv[1]) as index:
    print(len(index.search(sys.argv[2])))
"""


def process_times(index_path: Path, turns: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder)
        for name in ("seeds", "briefs"):
            shutil.copytree(ROOT / name, project / name)
        timed([*BRIEFGEN, "search", "طالبان"], project)  # builds the sample's index
        rows = []
        for _ in range(turns):
            version = timed([*BRIEFGEN, "--version"], project)
            cli = timed([*BRIEFGEN, "search", "طالبان"], project)
            corpus = timed([sys.executable, "-c", _OPEN_AND_SEARCH, str(index_path),
                            "السعودية"], project)
            rows.append((version, cli, corpus))
    return {
        "version_s": round(statistics.median(r[0] for r in rows), 3),
        "cli_search_sample_s": round(statistics.median(r[1] for r in rows), 3),
        "cli_search_sample_vs_version": round(statistics.median(r[1] / r[0] for r in rows), 2),
        "process_search_corpus_s": round(statistics.median(r[2] for r in rows), 3),
        "process_search_corpus_vs_version": round(statistics.median(r[2] / r[0] for r in rows),
                                                  2),
    }


def timed(command: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL,
                   env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
