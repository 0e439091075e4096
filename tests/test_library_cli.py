"""`briefgen search`, seeds/topics.yaml against specs' topics, and suggest's library section."""

from __future__ import annotations

import json
import os
import re
import textwrap

import yaml
from click.testing import CliRunner

from briefgen.cli import cli
from briefgen.sources import load_library


def run(project, *args: str):
    return CliRunner().invoke(cli, ["--project", str(project.root), *args], prog_name="briefgen")


def errors(result) -> list[str]:
    return [line for line in result.output.splitlines() if line.startswith("error: ")]


# --- search ---------------------------------------------------------------------------------

def test_search_prints_citable_paragraphs_with_the_hit_marked(scratch_project):
    result = run(scratch_project, "search", "شمخاني")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("000_9adeab1d9a5ac9f6#p2  ")
    assert "علي **شمخاني** أخيرا" in lines[1]
    assert (scratch_project.root / ".briefgen-cache" / "library-index.sqlite").is_file()


def test_search_json(scratch_project):
    result = run(scratch_project, "search", "الحرس الثوري", "--json", "--limit", "3")
    assert result.exit_code == 0, result.output
    hits = json.loads(result.output)
    assert 0 < len(hits) <= 3
    library = load_library(scratch_project)
    for hit in hits:
        assert set(hit) == {"id", "source", "score", "snippet", "outlet", "date"}
        source = library.sources[hit["source"]]
        assert hit["id"].startswith(f"{source.id}#p") and hit["outlet"] == source.meta.outlet
        assert "**" in hit["snippet"]
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)


def test_search_by_actor_finds_its_other_names(scratch_project):
    # quds-force is also فيلق القدس; the paragraph names it without the query's word.
    result = run(scratch_project, "search", "--actor", "quds-force", "--json")
    assert result.exit_code == 0, result.output
    hits = json.loads(result.output)
    assert "002_391d8a1f97ba5804#p3" in [hit["id"] for hit in hits]
    both = json.loads(run(scratch_project, "search", "سيف", "--actor", "quds-force",
                          "--json").output)
    assert both and all("سيف" in hit["snippet"] for hit in both)


def test_search_sees_an_edited_source(scratch_project):
    assert run(scratch_project, "search", "كوكبالمريخ").output.strip() == "no paragraph matches"
    path = scratch_project.seeds / "003_46c3cfe90f7b128f.txt"
    path.write_text(path.read_text("utf-8") + "\nوصلت بعثة جديدة إلى كوكبالمريخ.\n", "utf-8")
    assert "**كوكبالمريخ**" in run(scratch_project, "search", "كوكبالمريخ").output


def test_a_seed_linked_outside_is_named_not_left_out_unsaid(scratch_project, tmp_path_factory):
    # build refuses such a link; sources and search leave it out and say so
    outside = tmp_path_factory.mktemp("elsewhere") / "outside.txt"
    outside.write_text("نص خارج المشروع عن كوكبالزهرة.\n", "utf-8")
    (scratch_project.seeds / "linked.txt").symlink_to(outside)
    for args in (["sources"], ["search", "كوكبالزهرة"]):
        result = run(scratch_project, *args)
        assert result.exit_code == 0, result.output
        assert "linked.txt: is a link to a file outside the project, left out" in result.output
        assert "كوكبالزهرة**" not in result.output and "\nlinked " not in result.output


def test_a_seed_that_is_no_file_is_named_not_a_traceback(scratch_project):
    # round 28's second hostile review: a link to itself or a folder named *.txt made search
    # print a traceback, and a pipe made it hang
    seeds = scratch_project.seeds
    (seeds / "loop.txt").symlink_to(seeds / "loop.txt")
    (seeds / "dir.txt").mkdir()
    os.mkfifo(seeds / "fifo.txt")
    result = run(scratch_project, "search", "شمخاني")
    assert result.exit_code == 0 and "Traceback" not in result.output, result.output
    for name in ("loop.txt", "dir.txt", "fifo.txt"):
        assert f"{name}: is no regular file" in result.output


def test_search_filters_by_outlet(scratch_project):
    outlet = "Akhbar Al Aan (أخبار الآن)"
    hits = json.loads(run(scratch_project, "search", "طالبان", "--outlet", outlet,
                          "--json").output)
    assert hits and {hit["outlet"] for hit in hits} == {outlet}


def test_search_refuses_what_it_cannot_do(scratch_project):
    result = run(scratch_project, "search", "طالبان", "--outlet", "Akhbar")
    assert result.exit_code == 2
    assert errors(result)[0].startswith("error: --outlet Akhbar: no source from this outlet")
    result = run(scratch_project, "search", "--actor", "irgx")
    assert result.exit_code == 2
    assert errors(result) == ["error: --actor irgx: no such actor in seeds/actors.yaml; "
                              "did you mean irgc?"]
    result = run(scratch_project, "search", "…")
    assert result.exit_code == 2 and errors(result) == [
        "error: give words to search for, or --actor REF"]


def test_a_huge_query_is_refused_not_run_for_minutes(scratch_project):
    """100 KB of one word took over two minutes (a clause a word); a word twice is one."""
    result = run(scratch_project, "search", " ".join(["طالبان"] * 12_000))
    assert result.exit_code == 0, result.output
    words = " ".join(f"كلمة{n}" for n in range(65))
    for query in (words, f'"{words}"'):
        result = run(scratch_project, "search", query)
        assert result.exit_code == 2
        assert errors(result) == ["error: the query has 65 words; search for at most 64 at once"]


def test_a_garbage_index_file_is_rebuilt_by_the_command(scratch_project):
    cache = scratch_project.root / ".briefgen-cache"
    cache.mkdir()
    (cache / "library-index.sqlite").write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    result = run(scratch_project, "search", "شمخاني")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("000_9adeab1d9a5ac9f6#p2")


# --- topics ---------------------------------------------------------------------------------

def test_unknown_topic_is_an_error_at_its_line(scratch):
    spec = scratch.root / "briefs" / "iran-pakistan.yaml"
    text = spec.read_text("utf-8")
    spec.write_text(text.replace("topics: [iran, pakistan, afghanistan, border-security, isis-k]",
                                 "topics:\n  - iran\n  - pakstan\n  - afghanistan"), "utf-8")
    result = run(scratch, "validate", str(spec))
    assert result.exit_code == 2, result.output
    assert errors(result) == [
        f"error: {spec}:9: topics: no topic 'pakstan' in seeds/topics.yaml; did you mean "
        "'pakistan'? add it there or use one of its ids"]


def test_topics_are_free_without_a_topics_file(scratch):
    spec = scratch.root / "briefs" / "iran-pakistan.yaml"
    spec.write_text(spec.read_text("utf-8").replace("border-security", "anything"), "utf-8")
    assert run(scratch, "validate", str(spec)).exit_code == 2
    (scratch.seeds / "topics.yaml").unlink()
    assert run(scratch, "validate", str(spec)).exit_code == 0


def test_topics_file_problems_are_located(scratch):
    (scratch.seeds / "topics.yaml").write_text(textwrap.dedent("""\
        iran:
          en: Iran
          actors: [iran, irann]
        Bad Id:
          en: Nothing
        """), "utf-8")
    result = run(scratch, "validate")
    assert result.exit_code == 2
    topics = scratch.seeds / "topics.yaml"
    assert errors(result) == [
        f"error: {topics}:3: iran.actors: no actor 'irann' in seeds/actors.yaml",
        f"error: {topics}:5: Bad Id: a topic id is written in lower-case letters, digits, "
        "- and _, 100 at most",
        f"error: {topics}:5: Bad Id: give keywords or actors: a topic with neither finds "
        "nothing"]


# --- suggest --------------------------------------------------------------------------------

def _library_section(output: str) -> str:
    return output.split("# From the library:", 1)[1].split("\n\n", 1)[0]


def test_suggest_proposes_uncited_library_paragraphs_to_paste(scratch):
    spec = scratch.root / "briefs" / "iran-pakistan.yaml"
    result = run(scratch, "suggest", str(spec))
    assert result.exit_code == 0, result.output
    section = _library_section(result.output)
    items = yaml.safe_load(section.split("\n", 1)[1])["excerpts"]
    assert items
    cited = set(re.findall(r"004_bc0966837ce6fdc6#p\d+", spec.read_text("utf-8")))
    library = load_library(scratch)
    for item in items:
        assert set(item) == {"cite", "summary"} and item["summary"].startswith("TODO")
        assert item["cite"] not in cited
    # Each item is preceded by its Arabic, verbatim, in a comment.
    matches = list(re.finditer(r"  # (\S+#p\d+).*\n  # (.+)\n  - cite: (\S+)", section))
    assert len(matches) == len(items)
    for match in matches:
        paragraph_id, quote, cite = match.groups()
        assert paragraph_id == cite
        source_id, _, number = cite.partition("#p")
        text = library.sources[source_id].paragraphs[int(number) - 1].text
        assert quote.strip("…") in text


def test_suggest_keeps_to_the_brief_date(scratch):
    spec = scratch.root / "briefs" / "iran-pakistan.yaml"
    before = _library_section(run(scratch, "suggest", str(spec)).output)
    later = re.findall(r"- cite: (\w+)#", before)[0]
    metadata = scratch.seeds / "sources.yaml"
    metadata.write_text(metadata.read_text("utf-8").replace(
        f"{later}:\n", f"{later}:\n  published: 2099-01-01\n", 1), "utf-8")
    after = _library_section(run(scratch, "suggest", str(spec)).output)
    assert f"{later}#" in before and f"{later}#" not in after


def test_a_big_sync_says_so_before_searching(scratch_project, monkeypatch):
    from briefgen.commands import search as search_command

    monkeypatch.setattr(search_command, "PROGRESS_FROM", 5)  # the seeds are five sources
    result = CliRunner().invoke(cli, ["--project", str(scratch_project.root), "search",
                                      "شمخاني"], prog_name="briefgen")
    assert result.exit_code == 0, result.output
    assert "indexing 5 sources…" in result.output
    again = run(scratch_project, "search", "شمخاني")  # nothing new: nothing said
    assert "indexing" not in again.output


def test_a_forged_index_row_is_not_shown(scratch_project):
    import sqlite3

    assert run(scratch_project, "search", "شمخاني").exit_code == 0
    path = scratch_project.root / ".briefgen-cache" / "library-index.sqlite"
    with sqlite3.connect(path) as db:  # same digest, other words: only the text is checked
        db.execute("UPDATE paragraphs SET text = 'قال شمخاني ما لم يقله' WHERE text LIKE "
                   "'%شمخاني%'")
    assert run(scratch_project, "search", "شمخاني").output.strip() == "no paragraph matches"


def test_search_in_a_project_whose_cache_cannot_be_written(scratch_project):
    (scratch_project.root / ".briefgen-cache").write_text("a file, not a folder")
    result = run(scratch_project, "search", "شمخاني")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("000_9adeab1d9a5ac9f6#p2")
