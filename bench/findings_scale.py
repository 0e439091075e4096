"""How `actors --candidates` and `dates` grow with their input: ratios, not seconds.

Each measure runs the finder on a text of size N and of size 4N in the same process and
prints the ratio of the median times (of 3 runs). A linear finder gives about 4; the hostile
review of issue 15 found 9-16 (quadratic) for many names, one long paragraph of names, many
dates in one paragraph and long runs of combining marks; a second one, weekdays in a paragraph
with no full stop (each read the whole paragraph for its sentence). A run of tatweel read as a
dash was quadratic when first written (each tatweel walked its whole run). Round 4's hostile
reviews found two more: Hijri months listed with dashes (each join searched the list of dates)
and registry names in one long paragraph (each kept match was compared with all kept before).
Round 37's: distinct names no table knows, each name the learnt model proposed compared with
every name found before it. Round 38's: a list of weekdays joined by و in one paragraph (each
join read the list joined so far, and each weekday the rest of the list for a week after it),
and names in one paragraph, each the learnt model proposed searched for in the whole paragraph.
Round 39's: distinct companies, each body and each place searched for among every group of
names for a longer body or a place with its head (176 s for 26,000 before, 33 s after; this
measure's ratio 6.8 before, 4.4 after). Round 44's second: runs of line ends between dates,
read through the Python API (the command line reads a line at a time).

Run: .venv/bin/python bench/findings_scale.py
"""

from __future__ import annotations

import datetime
import itertools
import statistics
import time
from functools import partial
from pathlib import Path
from types import SimpleNamespace

from briefgen.arabic.actors import Registry, find_mentions, load_registry
from briefgen.arabic.dates import find_dates
from briefgen.arabic.text import clean_line
from briefgen.commands.findings import source_candidates
from briefgen.sources import Paragraph

ROOT = Path(__file__).resolve().parents[1]
GIVEN = "محمد خالد سعد فهد ناصر سلطان بندر تركي ماجد فيصل".split()
FAMILY = "العتيبي القحطاني الغامدي الزهراني الشهري الدوسري المطيري الحربي العنزي الشمري".split()


def people(n: int) -> list[str]:
    names = itertools.islice(itertools.cycle(itertools.product(GIVEN, FAMILY)), n)
    return [f"قال الأمير {g} بن {f[2:]} {f} إن الاجتماع ناجح." for g, f in names]


SYLLABLES = "كا لو مي را تي سو نا بي دو فا زي غو".split()


def _unknown_pairs(n: int, syllables: int) -> itertools.islice:
    """n pairs of made-up words no table knows, no two pairs alike (up to 12 ** syllables)."""
    words = ["".join(s) for s in itertools.product(SYLLABLES, repeat=syllables)]
    return itertools.islice(zip(words, reversed(words), strict=True), n)


def strangers(n: int) -> list[str]:
    """n paragraphs, each naming a man no table knows, no two alike (the learnt model's)."""
    return [f"وقال السيد {a} {b} إن الاجتماع كان ناجحا." for a, b in _unknown_pairs(n, 3)]


def companies(n: int) -> list[str]:
    """n paragraphs (up to 20,736), each naming a company no table knows, no two alike."""
    return [f"وقالت شركة {a} {b} إن الأرباح ارتفعت." for a, b in _unknown_pairs(n, 4)]


def _source(paragraphs: list[str]) -> SimpleNamespace:
    """What the finders read of a source: its id and paragraphs."""
    items = tuple(Paragraph("bench", i, text) for i, text in enumerate(paragraphs, 1))
    return SimpleNamespace(id="bench", paragraphs=items)


def median_time(run) -> float:
    times = []
    for _ in range(3):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def ratio(name: str, make, n: int) -> None:
    small, large = make(n), make(4 * n)
    a, b = median_time(small), median_time(large)
    print(f"{name:<44} N={n:<6} {a:6.3f} s  4N {b:6.3f} s  ratio {b / a:4.1f}")


def main() -> None:
    registry = Registry(())
    ratio("candidates, one name a paragraph",
          lambda n: partial(source_candidates, _source(people(n)), registry), 500)
    ratio("candidates, distinct unknown names",  # round 37's hostile review: quadratic
          lambda n: partial(source_candidates, _source(strangers(n)), registry), 300)
    ratio("candidates, distinct companies",  # round 39's hostile review: quadratic
          lambda n: partial(source_candidates, _source(companies(n)), registry), 1500)
    ratio("candidates, names in one paragraph",
          lambda n: partial(source_candidates, _source([" ".join(people(n))]), registry), 500)
    day = datetime.date(2015, 7, 21)
    ratio("dates in one paragraph",
          lambda n: partial(find_dates, "عام 2020 و" * n, published=day), 5000)
    ratio("a list of weekdays joined by و",  # round 38's hostile review: quadratic
          lambda n: partial(find_dates, "أيام " + " و".join(itertools.islice(itertools.cycle(
              ["الأحد", "الاثنين", "الثلاثاء"]), n)), published=datetime.date(2015, 7, 10)),
          2000)
    ratio("weekdays in one paragraph with no full stop",
          lambda n: partial(find_dates, "الأربعاء " * n, published=day), 2000)
    ratio("a run of combining marks",
          lambda n: partial(clean_line, "\u064e\u0650\u0651" * n), 20000)
    ratio("runs of spaces in a list of days",  # round 43's hostile review: quadratic
          lambda n: partial(find_dates, ("7" + " " * n + "و") * 50 + "14 أكتوبر",
                            published=day), 2000)
    ratio("runs of line ends between days",  # round 44's second hostile pass: quadratic
          lambda n: partial(find_dates, ("7 و14 أكتوبر" + "\n" * n) * 50, published=day), 1000)
    ratio("a run of tatweel between two years",
          lambda n: partial(find_dates, "عام 2012 " + "\u0640" * n + " 2014"), 20000)
    ratio("Hijri months listed with dashes",
          lambda n: partial(find_dates, "خلال أشهر (رجب - شعبان - رمضان) ارتفعت. " * n,
                            published=day), 1000)
    seeds = load_registry(ROOT / "seeds" / "actors.yaml")
    ratio("registry names in one long paragraph",
          lambda n: partial(find_mentions, "وقال مسؤول في طالبان إن إيران وباكستان وسورية "
                                           "تدعم الحوار في كابل. " * n, seeds), 500)
    ratio("lists of years and natural features",
          lambda n: partial(source_candidates, _source(
              ["في الأعوام 2005 و2006 بركان جبل رونغ وجزيرتي جمبر وبانيوانغي. " * n]),
              registry), 200)


if __name__ == "__main__":
    main()
