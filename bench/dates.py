"""Score briefgen's date finder against the hand gold, side by side with dateparser.

Run from the repository root: `python bench/dates.py [--runs N] [--show-errors]`.
Needs the bench extra (`pip install -e .[bench]`) for dateparser.

Matching rule. Each finder's output is a list of (paragraph, span, value). A found date is
correct when it lies in the same paragraph as a gold date, its span overlaps the gold span,
and its value equals the gold value; each gold date can be matched once. For briefgen the
value is `DateMention.value` as is. dateparser returns a full datetime (filling missing parts
from today), so its datetime is truncated to the gold value's precision before comparing:
'YYYY' compares the year, 'YYYY-MM' year and month, '--MM' the month only, '--MM-DD' month
and day. A gold range 'START/END' is matched by a dateparser datetime equal to its START at
START's precision, since dateparser has no ranges. dateparser's span is the first occurrence
of its returned substring in the paragraph at or after the end of its previous hit.

Precision = correct / found, recall = correct / gold, F1 their harmonic mean. Time per
paragraph is the median over several runs of one pass over all seed paragraphs, divided by
the number of paragraphs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

import yaml

from briefgen.arabic.dates import find_dates
from briefgen.project import Project
from briefgen.sources import load_library

ROOT = Path(__file__).resolve().parent.parent
GOLD_FILE = ROOT / "tests" / "gold" / "dates.yaml"


@dataclass(frozen=True)
class Hit:
    """A date in a paragraph: where it is and what value it has or was parsed to."""

    paragraph: str
    start: int
    end: int
    value: object  # str (gold, briefgen) or datetime (dateparser)


def load_paragraphs() -> dict[str, list[tuple[str, str]]]:
    """Return each seed's (paragraph id, text) pairs, in order, by source id."""
    library = load_library(Project.at(ROOT))
    return {source.id: [(p.id, p.text) for p in source.paragraphs] for source in library}


def load_gold(paragraphs: dict[str, list[tuple[str, str]]]) -> list[Hit]:
    """Return the gold dates, each located in its paragraph by its text and occurrence."""
    gold = []
    for entry in yaml.safe_load(GOLD_FILE.read_text(encoding="utf-8")):
        gold.append(_locate(paragraphs[entry["source"]], entry["text"], entry.get("nth", 1),
                            entry["value"]))
    return gold


def _locate(paragraphs: list[tuple[str, str]], text: str, nth: int, value: str) -> Hit:
    """Return the `nth` occurrence of `text` in `paragraphs`, read in order."""
    seen = 0
    for paragraph_id, paragraph in paragraphs:
        start = paragraph.find(text)
        while start != -1:
            seen += 1
            if seen == nth:
                return Hit(paragraph_id, start, start + len(text), value)
            start = paragraph.find(text, start + 1)
    raise LookupError(f"gold span {text!r} (occurrence {nth}) is not in the source")


def run_briefgen(paragraphs: dict[str, list[tuple[str, str]]]) -> list[Hit]:
    """Return briefgen's dates in every seed paragraph."""
    return [
        Hit(paragraph_id, date.start, date.end, date.value)
        for pairs in paragraphs.values()
        for paragraph_id, text in pairs
        for date in find_dates(text)
    ]


def run_dateparser(paragraphs: dict[str, list[tuple[str, str]]]) -> list[Hit]:
    """Return dateparser's search_dates(languages=['ar']) hits in every seed paragraph."""
    from dateparser.search import search_dates

    hits = []
    for pairs in paragraphs.values():
        for paragraph_id, text in pairs:
            cursor = 0
            for substring, parsed in search_dates(text, languages=["ar"]) or []:
                start = text.find(substring, cursor)
                if start == -1:
                    start = text.find(substring)
                cursor = start + len(substring)
                hits.append(Hit(paragraph_id, start, cursor, parsed))
    return hits


def same_value(found: object, gold: str) -> bool:
    """Say whether a found value equals a gold value, truncating datetimes to its precision."""
    if isinstance(found, str):
        return found == gold
    start = gold.split("/")[0]
    if start.startswith("--"):
        return found.strftime("--%m-%d")[: len(start)] == start
    return found.strftime("%Y-%m-%d")[: len(start)] == start


def score(found: list[Hit], gold: list[Hit]) -> tuple[float, float, float, list[Hit], list[Hit]]:
    """Return precision, recall, F1, the wrong hits and the missed gold dates."""
    unmatched = list(gold)
    wrong = []
    for hit in found:
        match = next((g for g in unmatched if g.paragraph == hit.paragraph
                      and hit.start < g.end and g.start < hit.end
                      and same_value(hit.value, g.value)), None)
        if match is None:
            wrong.append(hit)
        else:
            unmatched.remove(match)
    correct = len(found) - len(wrong)
    precision = correct / len(found) if found else 0.0
    recall = correct / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, wrong, unmatched


def time_per_paragraph(run, paragraphs: dict[str, list[tuple[str, str]]], runs: int) -> float:
    """Return the median seconds per paragraph of `run` over `runs` passes."""
    count = sum(len(pairs) for pairs in paragraphs.values())
    timings = []
    for _ in range(runs):
        began = time.perf_counter()
        run(paragraphs)
        timings.append(time.perf_counter() - began)
    return statistics.median(timings) / count


def main(argv: list[str] | None = None) -> int:
    """Print precision, recall, F1 and time per paragraph for both finders."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs per finder (median)")
    parser.add_argument("--show-errors", action="store_true", help="list wrong and missed dates")
    args = parser.parse_args(argv)
    # dateparser warns about pytz/zoneinfo on every call; the noise says nothing about dates.
    warnings.filterwarnings("ignore")

    paragraphs = load_paragraphs()
    gold = load_gold(paragraphs)
    count = sum(len(pairs) for pairs in paragraphs.values())
    print(f"gold: {len(gold)} dates in {count} paragraphs of {len(paragraphs)} seeds\n")
    run_dateparser({"warm": [("warm#p1", "في 4 مايو 2020")]})  # load its language data once

    rows = []
    for name, run in (("briefgen", run_briefgen), ("dateparser", run_dateparser)):
        precision, recall, f1, wrong, missed = score(run(paragraphs), gold)
        seconds = time_per_paragraph(run, paragraphs, args.runs)
        rows.append((name, precision, recall, f1, seconds))
        if args.show_errors:
            _print_errors(name, wrong, missed, paragraphs)

    print(f"{'finder':<11} {'precision':>9} {'recall':>7} {'F1':>6} {'ms/paragraph':>13}")
    for name, precision, recall, f1, seconds in rows:
        print(f"{name:<11} {precision:>9.3f} {recall:>7.3f} {f1:>6.3f} {seconds * 1000:>13.3f}")
    ratio = rows[0][4] / rows[1][4]
    print(f"\ntime ratio briefgen/dateparser: {ratio:.4f} (median of {args.runs} runs)")
    return 0


def _print_errors(name: str, wrong: list[Hit], missed: list[Hit],
                  paragraphs: dict[str, list[tuple[str, str]]]) -> None:
    """Print the spans a finder got wrong and the gold dates it missed."""
    text_of = {pid: text for pairs in paragraphs.values() for pid, text in pairs}
    print(f"{name}: {len(wrong)} wrong, {len(missed)} missed")
    for label, hits in (("wrong", wrong), ("missed", missed)):
        for hit in hits:
            span = text_of[hit.paragraph][hit.start:hit.end]
            print(f"  {label:<6} {hit.paragraph} {span!r} {hit.value}")
    print()


if __name__ == "__main__":
    sys.exit(main())
