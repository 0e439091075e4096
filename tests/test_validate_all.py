"""Every mistake of every stage reported in one run, sorted by file and line, with did-you-means
that point at the right thing (issue 12, "Errors")."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.cli import cli
from briefgen.closest import closest
from briefgen.inputs import load_registry
from briefgen.sources import load_library

SEED = "000_9adeab1d9a5ac9f6"

# Three different mistakes, each of a different stage: a key typo (reading the spec), an
# unknown source and a paragraph out of range (resolving it against seeds/).
THREE_MISTAKES = f"""\
title: {{en: "Iran and the Taliban", ar: "إيران وطالبان"}}
date: 2024-01-15
classification: UNCLASSIFIED
sumary: "Bottom line up front."
background:
  - text: "Background."
    cite: [ahram-0412#p3]
excerpts:
  - cite: {SEED}#p3
    summary: "What this paragraph says."
  - cite: iran-alqaeda#p99
    summary: "Out of range."
"""


def run(project: Path, *args: str):
    result = CliRunner().invoke(cli, ["--project", str(project), *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        repr(result.exception)
    assert "Traceback" not in result.output
    return result


def errors(result) -> list[str]:
    return [line for line in result.output.splitlines() if line.startswith("error: ")]


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, "utf-8")
    return path


def test_a_key_typo_an_unknown_source_and_a_paragraph_out_of_range_in_one_run(scratch_project):
    spec = write(scratch_project.root / "briefs", "three.yaml", THREE_MISTAKES)
    result = run(scratch_project.root, "validate", str(spec))
    assert result.exit_code == 2
    shown = len(load_library(scratch_project).sources)  # the five seeds, and any a user added
    assert errors(result) == [
        f"error: {spec}:4: sumary: unknown key; did you mean 'summary'?",
        f"error: {spec}:7: background[0].cite[0]: no source 'ahram-0412'; "
        f"`briefgen sources` lists the {shown} ids and aliases to cite",
        f"error: {spec}:11: excerpts[1].cite: no paragraph p99 in 002_391d8a1f97ba5804 "
        "(it has 10); list them with `briefgen sources iran-alqaeda`",
    ]
    assert "ok " not in result.output


def test_two_broken_specs_are_reported_together_sorted_by_file_and_line(scratch_project):
    briefs = scratch_project.root / "briefs"
    second = write(briefs, "b-second.yaml", f"""\
title: {{en: "B", ar: "ب"}}
date: 2024-02-30
classification: SECRETT
summary: "Bottom line."
excerpts:
  - cite: {SEED}#p2
    summary: "Fine."
  - cite: iran-alqaida#p1
    summary: "An alias typo."
""")
    first = write(briefs, "a-first.yaml", THREE_MISTAKES)
    result = run(scratch_project.root, "validate", str(briefs))
    assert result.exit_code == 2
    lines = errors(result)
    assert [line.split(": ")[1] for line in lines] == [
        f"{first}:4", f"{first}:7", f"{first}:11", f"{second}:2", f"{second}:3", f"{second}:8"]
    # A wrong date gets a stand-in, so the excerpts after it are still checked.
    assert lines[3].endswith("date: '2024-02-30': February 2024 has no day 30 (it has 29 days)")
    assert lines[4].endswith("did you mean 'SECRET'?")
    assert lines[5] == (f"error: {second}:8: excerpts[1].cite: no source 'iran-alqaida'; "
                        "did you mean 'iran-alqaeda' (002_391d8a1f97ba5804)?")


def test_a_typo_in_a_key_and_in_an_id_typed_as_id_suggest_the_right_thing(scratch_project):
    spec = write(scratch_project.root / "briefs", "ids.yaml", """\
title: {en: "T", ar: "ت"}
date: 2024-01-15
classification: UNCLASSIFIED
summary: "S."
excerpts:
  - cite: 000_9adeab1d9a5ac9f7#p3
    summry: "A typo in a nested key: the cite is still checked."
""")
    result = run(scratch_project.root, "validate", str(spec))
    assert errors(result) == [
        f"error: {spec}:6: excerpts[0].cite: no source '000_9adeab1d9a5ac9f7'; "
        f"did you mean '{SEED}' (iran-taliban-ties)?",
        f"error: {spec}:7: excerpts[0].summry: unknown key; did you mean 'summary'?",
    ]


def test_ref_ghani_suggests_ashraf_ghani_not_afghanistan(scratch_project):
    spec = write(scratch_project.root / "briefs", "ghani.yaml", f"""\
title: {{en: "T", ar: "ت"}}
date: 2024-01-15
classification: UNCLASSIFIED
summary: "S."
actors:
  - ref: ghani
    role: "President."
    cite: [{SEED}#p3]
excerpts:
  - cite: {SEED}#p3
    summary: "S."
""")
    result = run(scratch_project.root, "validate", str(spec))
    assert result.exit_code == 2
    assert errors(result) == [
        f"error: {spec}:6: actors[0].ref: no actor 'ghani' in seeds/actors.yaml; "
        "did you mean 'ashraf-ghani'? add it there or give a `name` "
        "(`briefgen actors SOURCE` lists the ids found in a source)"]


@pytest.mark.parametrize(("typed", "meant"), [
    ("ghani", ["ashraf-ghani"]),  # a word of the id, though afghanistan contains it
    ("Ashraf Ghani", ["ashraf-ghani"]),  # the English name
    ("أشرف غني", ["ashraf-ghani"]),  # the Arabic name
    ("اشرف غنى", ["ashraf-ghani"]),  # spelled without hamza and with alef maqsura
    ("irgcc", ["irgc"]),
    ("Quds Forc", ["quds-force"]),
    ("bagheri", ["ali-bagheri-kani", "mohammad-bagheri"]),  # a surname two actors share
    ("rusia", ["russia"]),
    ("الحرس", ["irgc"]),  # a word of the Arabic name (الحرس الثوري)
    ("khamenei", []),  # not in the registry, and nothing alike enough
])
def test_closest_actor_ids(project, typed, meant):
    registry = load_registry(project)
    names = {actor.id: (actor.en, *actor.names) for actor in registry.actors}
    assert closest(typed, names) == meant


def test_closest_gives_at_most_three():
    names = {f"iran-{n}": () for n in ("a", "b", "c", "d", "e")}
    assert len(closest("iran", names)) == 3


def test_a_source_alias_typo_and_nothing_close(scratch_project):
    root = str(scratch_project.root)
    result = run(scratch_project.root, "sources", "iran-russia-talban")
    assert errors(result) == [
        "error: no source 'iran-russia-talban'; did you mean 'iran-russia-taliban' "
        "(001_4624def60af5ef08)?"]
    result = run(scratch_project.root, "sources", "ahram-0412")
    shown = len(load_library(scratch_project).sources)
    assert errors(result) == [
        f"error: no source 'ahram-0412'; `briefgen sources` lists the {shown} ids and aliases "
        "to cite"]
    assert root not in result.output


def test_an_unquoted_colon_in_a_value_says_to_quote_it(scratch_project):
    spec = write(scratch_project.root / "briefs", "colon.yaml", f"""\
title: {{en: "T", ar: "ت"}}
date: 2024-01-15
classification: UNCLASSIFIED
summary: Iran: the ties
excerpts:
  - cite: {SEED}#p3
    summary: "S."
""")
    result = run(scratch_project.root, "validate", str(spec))
    assert result.exit_code == 2
    assert errors(result) == [
        f"error: {spec}:4: YAML syntax: mapping values are not allowed here; the value holds "
        "': ', which YAML reads as another key; put the value in quotes: "
        'summary: "Iran: the ties"']


def test_a_pack_spec_and_a_spec_are_reported_together(scratch_project):
    briefs = scratch_project.root / "briefs"
    spec = write(briefs, "three.yaml", THREE_MISTAKES)
    pack = write(briefs, "pack.yaml", 'title: {en: "Pack"}\nbriefs: [three, thre]\n')
    result = run(scratch_project.root, "validate", str(briefs))
    lines = errors(result)
    # `three` is a brief of the build, though a broken one: only `thre` is unknown.
    assert [line.split(": ")[1] for line in lines] == [
        f"{pack}:2", f"{spec}:4", f"{spec}:7", f"{spec}:11"]
    assert "no brief 'thre' among the specs built (known: three)" in lines[0]


def test_two_specs_with_one_id_and_other_problems(scratch_project):
    briefs = scratch_project.root / "briefs"
    first = write(briefs, "one.yaml", "id: same\n" + THREE_MISTAKES)
    second = write(briefs, "two.yaml", "id: same\n" + THREE_MISTAKES.replace("sumary", "summary"))
    lines = errors(run(scratch_project.root, "validate", str(briefs)))
    assert f"error: {second}:1: id: 'same' is also the id of {first}; each brief needs its " \
           "own id" in lines
    assert len(lines) == 1 + 3 + 2


def test_build_with_the_same_mistakes_writes_nothing(scratch_project):
    briefs = scratch_project.root / "briefs"
    write(briefs, "three.yaml", THREE_MISTAKES)
    out = scratch_project.root / "dist"
    out.mkdir()
    earlier = {"three.pdf": b"an earlier good build", "manifest.json": b"{}"}
    for name, data in earlier.items():
        (out / name).write_bytes(data)
    result = run(scratch_project.root, "build", str(briefs), "-o", str(out))
    assert result.exit_code == 2
    validated = run(scratch_project.root, "validate", str(briefs))
    assert errors(result) == errors(validated) and len(errors(result)) == 3
    assert {p.name: p.read_bytes() for p in out.iterdir()} == earlier


def test_problems_in_seeds_do_not_hide_the_specs_problems(scratch_project):
    seeds = scratch_project.seeds
    with open(seeds / "sources.yaml", "a", encoding="utf-8") as metadata:
        metadata.write("\nnot-here:\n  outlet: x\n")
    broken = seeds / "003_46c3cfe90f7b128f.txt"
    broken.write_bytes(b"\xff not UTF-8\n")
    spec = write(scratch_project.root / "briefs", "three.yaml", THREE_MISTAKES.replace(
        f"{SEED}#p3", "003_46c3cfe90f7b128f#p3"))  # cites the unreadable source
    result = run(scratch_project.root, "validate", str(spec))
    assert result.exit_code == 2
    lines = errors(result)
    assert [line.split(": ")[1] for line in lines] == [
        f"{spec}:4", f"{spec}:7", f"{spec}:11", f"{broken}:1", str(seeds / "sources.yaml")]
    assert "003_46c3cfe90f7b128f" not in "".join(lines[:3])  # its problem is the file's own
    assert lines[-1].endswith("not-here: no seeds/not-here.txt for this entry")


def test_a_broken_registry_leaves_refs_unchecked_but_citations_checked(scratch_project):
    registry = scratch_project.seeds / "actors.yaml"
    with open(registry, "a", encoding="utf-8") as actors:
        actors.write("\n- id: new-actor\n  en: New\n  ar: جديد\n  kind: country\n")
    spec = write(scratch_project.root / "briefs", "refs.yaml", THREE_MISTAKES.replace(
        "excerpts:", f"actors:\n  - ref: ghani\n    role: R.\n    cite: [{SEED}#p3]\nexcerpts:"))
    lines = errors(run(scratch_project.root, "validate", str(spec)))
    kind_line = len(registry.read_text("utf-8").splitlines())
    assert [line.split(": ")[1] for line in lines] == [
        f"{spec}:4", f"{spec}:7", f"{spec}:15", f"{registry}:{kind_line}"]
    assert "'country' is not one of state" in lines[-1]


def test_a_spec_in_briefs_linked_outside_the_project_is_refused(scratch_project,
                                                                  tmp_path_factory):
    # round 28's hostile review: it was read and built, its absolute path in the manifest
    outside = tmp_path_factory.mktemp("elsewhere") / "spec.yaml"
    outside.write_text("title: {en: x}\n", "utf-8")
    link = scratch_project.root / "briefs" / "linked.yaml"
    link.symlink_to(outside)
    for command in ("validate", "build"):
        result = run(scratch_project.root, command)
        assert result.exit_code == 2, result.output
        assert errors(result) == [f"error: {link}: is a link to a file outside the project; "
                                  "copy the file in"]
    assert not (scratch_project.root / "dist").exists()
