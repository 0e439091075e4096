"""Score the date finder on the dev gold (tests/gold/dev/), printing each miss and wrong find.

The articles are SaudiNewsNet lines ≡ 7 (mod 100); dates.yaml's header says how they were
chosen and annotated. Dates come from `find_dates` given each article's publication date and are
scored with the held-out test's own rule (tests/test_heldout.py, score_dates).

Run: .venv/bin/python bench/dev_dates.py
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

import yaml

from briefgen.arabic.dates import find_dates
from briefgen.sources import clean_paragraphs

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "tests" / "gold" / "dev"
sys.path.insert(0, str(ROOT / "tests"))
from test_heldout import _locate, score_dates  # noqa: E402  (the held-out test's own rules)


def main() -> None:
    articles = yaml.safe_load((DEV / "dates.yaml").read_text(encoding="utf-8"))["articles"]
    gold, found, texts = [], [], {}
    for article, entry in articles.items():
        text = (DEV / f"{article}.txt").read_text(encoding="utf-8")
        paragraphs = clean_paragraphs(text, article)[0]
        published = datetime.date.fromisoformat(str(entry["published"]))
        texts.update({p.id: p.text for p in paragraphs})
        gold += [_locate(paragraphs, item) for item in entry["dates"]]
        found += [(p.id, d.start, d.end, d.value, d.qualifier, d.text)
                  for p in paragraphs for d in find_dates(p.text, published=published)]
    precision, recall, f1, missed, wrong = score_dates(gold, found)
    correct = len(gold) - len(missed)
    print(f"P {precision:.3f} R {recall:.3f} F1 {f1:.3f}  "
          f"(gold {len(gold)}, found {len(found)}, correct {correct})")
    for paragraph, start, end, value, qualifier in missed:
        print(f"MISSED {paragraph}: {texts[paragraph][start:end]!r} {value} {qualifier}")
    for paragraph, text, value, qualifier in wrong:
        print(f"WRONG  {paragraph}: {text!r} {value} {qualifier}")


if __name__ == "__main__":
    main()
