"""Actor candidates with kinds and English names (issue 15), read from the command's JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.arabic.romanize import romanize_name
from briefgen.cli import cli

ROOT = Path(__file__).resolve().parent.parent
# Written for this test in the style of Saudi and Levantine news.
ARTICLE = (
    "وقال الرئيس اليمني عبد ربه منصور هادي إن قواته دخلت مدينة عدن.\n"
    "وأكد هادي أن وزارة الداخلية في صنعاء ستعمل مع البنك المركزي اليمني.\n"
    "وقال مارك روته لصحافيين إن المحكمة الجنائية الدولية والأونروا تتابعان الوضع.\n"
    "وشيع أهالي محافظة القنفذة والد الأستاذ محمد بن عبدالله العتيبي، ونقلت صحيفة حرييت الخبر.\n"
)


def candidates(tmp_path: Path, text: str = ARTICLE) -> dict[str, dict]:
    path = tmp_path / "article.txt"
    path.write_text(text, "utf-8")
    result = CliRunner().invoke(cli, ["--project", str(ROOT), "actors", str(path),
                                      "--candidates", "--json"])
    assert result.exit_code == 0, result.output
    return {c["ar"]: c for c in json.loads(result.output)["candidates"]}


def test_kinds_and_english(tmp_path):
    found = candidates(tmp_path)
    expected = {
        "عبد ربه منصور هادي": ("person", "Abd Rabbuh Mansour Hadi", 2),
        "عدن": ("place", "Aden", 1),
        "صنعاء": ("place", "Sanaa", 1),
        "وزارة الداخلية": ("organisation", "Ministry of Interior", 1),
        "المحكمة الجنائية الدولية": ("organisation", "International Criminal Court", 1),
        "الأونروا": ("organisation", "UNRWA", 1),
        "مارك روته": ("person", "Mark Rutte", 1),
        "القنفذة": ("place", None, 1),
        "محمد بن عبدالله العتيبي": ("person", None, 1),
        "صحيفة حرييت": ("organisation", None, 1),
    }
    for ar, (kind, en, count) in expected.items():
        assert ar in found, (ar, sorted(found))
        assert found[ar]["kind"] == kind
        assert found[ar]["count"] == count
        if en is not None:
            assert found[ar]["en"] == en
    assert found["عدن"]["guess"] is False and found["صحيفة حرييت"]["guess"] is True
    assert found["محمد بن عبدالله العتيبي"]["en"].startswith("Mohammed bin Abdullah al-")


def test_no_fragments(tmp_path):
    found = candidates(tmp_path)
    # No preposition glued on, no surname alone beside the full name, no conjunction.
    assert not any(name.endswith("لصحافيين") or name.startswith("وال") for name in found)
    assert "الخبر" not in found and "صحيفة حرييت الخبر" not in found  # "the news": not Khobar
    assert "هادي" not in found and "منصور هادي" not in found


def test_registry_hits_are_not_candidates(tmp_path):
    found = candidates(tmp_path, "وقال المسؤول إن إيران وطالبان اتفقتا في طهران.\n")
    assert not {"إيران", "طهران", "طالبان"} & set(found)


@pytest.mark.parametrize("arabic, english", [
    ("محمد بن عبدالله", "Mohammed bin Abdullah"),
    ("أبو بكر البغدادي", "Abu Bakr al-Baghdadi"),
    ("الحربي", "al-Harbi"),
    ("مارك روته", "Mark Rutte"),
    ("أنتوني بلينكن", "Antony Blinken"),
])
def test_romanisation(arabic, english):
    assert romanize_name(arabic)[0] == english
