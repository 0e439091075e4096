"""The date finder and actor matcher on held-out articles they were not written against.

Issue 3 judges both on Arabic articles they have never seen: date F1 >= 0.95, actor mention
precision and recall >= 0.95. The articles and their hand-made gold are in tests/gold/heldout*;
the matching rules are those of the seed gold tests (test_dates.py, test_actors.py).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from briefgen.arabic.actors import Registry, find_mentions, load_registry
from briefgen.arabic.dates import find_dates
from briefgen.sources import Paragraph, clean_paragraphs

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = Path(__file__).resolve().parent / "gold" / "heldout"
GOLD = yaml.safe_load((ARTICLES.parent / "heldout.yaml").read_text(encoding="utf-8"))


def paragraphs(article: str) -> tuple[Paragraph, ...]:
    """Return the cleaned paragraphs of a held-out article, as sources.py cleans a seed."""
    text = (ARTICLES / f"{article}.txt").read_text(encoding="utf-8")
    return clean_paragraphs(text, article)[0]


def test_gold_covers_every_article():
    articles = {path.stem for path in ARTICLES.glob("*.txt")}
    assert len(articles) >= 3
    assert set(GOLD["dates"]) == articles
    assert set(GOLD["actors"]) == articles


# --- Dates -----------------------------------------------------------------------------------

def _locate(article_paragraphs: tuple[Paragraph, ...], entry: dict) -> tuple:
    """Return the gold entry placed at the nth occurrence of its text in its article, its
    white space read as the cleaned paragraphs write it: one space (يونيو \xa02014)."""
    seen = 0
    text = re.sub(r"\s+", " ", entry["text"])
    for paragraph in article_paragraphs:
        start = paragraph.text.find(text)
        while start != -1:
            seen += 1
            if seen == entry.get("nth", 1):
                return (paragraph.id, start, start + len(text), entry["value"],
                        entry["qualifier"])
            start = paragraph.text.find(text, start + 1)
    raise AssertionError(f"gold {entry} not found in its article")


def date_score() -> tuple[float, float, float, list, list]:
    """Return precision, recall, F1, the gold missed and the dates found wrongly."""
    gold, found = [], []
    for article, entries in GOLD["dates"].items():
        article_paragraphs = paragraphs(article)
        gold += [_locate(article_paragraphs, entry) for entry in entries]
        found += [(p.id, date.start, date.end, date.value, date.qualifier, date.text)
                  for p in article_paragraphs for date in find_dates(p.text)]
    return score_dates(gold, found)


def score_dates(gold: list, found: list) -> tuple[float, float, float, list, list]:
    """Precision, recall, F1, the gold missed and the dates found wrongly, of `found`
    (paragraph, start, end, value, qualifier, text) against `gold` (paragraph, start, end,
    value, qualifier). bench/unseen.py scores the unseen articles with it too."""
    # A found date is right when it overlaps a gold date of its paragraph with the same value
    # and qualifier, as in test_dates.test_finder_meets_the_gold_on_the_seeds.
    unmatched, wrong = list(gold), []
    for paragraph, start, end, value, qualifier, text in found:
        match = next((g for g in unmatched if g[0] == paragraph and start < g[2]
                      and g[1] < end and g[3:] == (value, qualifier)), None)
        if match:
            unmatched.remove(match)
        else:
            wrong.append((paragraph, text, value, qualifier))
    correct = len(gold) - len(unmatched)
    precision = correct / len(found) if found else 0.0
    recall = correct / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if correct else 0.0
    return precision, recall, f1, unmatched, wrong


def test_date_finder_on_heldout_articles():
    precision, recall, f1, missed, wrong = date_score()
    assert f1 >= 0.95, (f"dates P {precision:.3f} R {recall:.3f} F1 {f1:.3f}; "
                        f"missed {missed}; wrong {wrong}")


# --- Actors ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry(ROOT / "seeds" / "actors.yaml")


def actor_score(registry: Registry) -> tuple[float, float, list]:
    """Mention precision and recall over every (article, actor): tp = min(found, gold)."""
    tp = fp = fn = 0
    off = []
    for article, expected in GOLD["actors"].items():
        got = Counter(m.actor_id for p in paragraphs(article)
                      for m in find_mentions(p.text, registry))
        for actor_id in set(got) | set(expected):
            assert registry.get(actor_id) is not None, f"gold names unknown actor {actor_id}"
            hit = min(got[actor_id], expected.get(actor_id, 0))
            tp += hit
            fp += got[actor_id] - hit
            fn += expected.get(actor_id, 0) - hit
            if got[actor_id] != expected.get(actor_id, 0):
                off.append((article, actor_id, f"found {got[actor_id]}",
                            f"gold {expected.get(actor_id, 0)}"))
    return tp / (tp + fp), tp / (tp + fn), off


def test_actor_matcher_on_heldout_articles(registry):
    precision, recall, off = actor_score(registry)
    message = f"actors P {precision:.3f} R {recall:.3f}; off {off}"
    assert precision >= 0.95 and recall >= 0.95, message
