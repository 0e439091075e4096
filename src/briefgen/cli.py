"""The briefgen command: parse arguments, call the library, turn errors into messages."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import click

from . import __version__
from .commands.registry_add import ActorsGroup
from .errors import BriefgenError
from .terminal import say, shown

EXIT_USER_ERROR = 2


class BriefgenGroup(click.Group):
    """A click group that reports BriefgenError as a message and exit status 2."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except BriefgenError as exc:
            for problem in exc.problems:
                say(f"error: {problem}")
            ctx.exit(EXIT_USER_ERROR)


def _project(ctx: click.Context):
    from .project import Project

    return Project.at(ctx.obj["project"], ctx.obj.get("templates"))


@click.group(cls=BriefgenGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefgen")
@click.option("--project", "project_dir", type=click.Path(file_okay=False, path_type=Path),
              default=".", show_default=True, help="Project folder holding seeds/ and templates/.")
@click.option("--templates", type=click.Path(file_okay=False, path_type=Path),
              help="Folder of templates that override ./templates and the defaults.")
@click.pass_context
def cli(ctx, project_dir, templates):
    """Turn Arabic news sources into bilingual briefing packs (PDF and DOCX; HTML on request).

    \b
    Example:
      briefgen sources                      # list the articles in seeds/
      briefgen validate briefs/             # check specs and citations
      briefgen build briefs/ -o dist/       # write dist/<id>.pdf and .docx
    """
    ctx.obj = {"project": project_dir, "templates": templates}


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              default=None, help="Folder to write into  [default: the project's dist/]")
@click.option("--format", "formats", default="pdf,docx", show_default=True,
              help="Comma-separated formats: pdf, docx, html.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes rendering briefs  [default: the number of cores]")
@click.option("--no-cache", is_flag=True, help="Render every brief, even unchanged ones.")
@click.option("--pack/--no-pack", "pack", default=None,
              help="Write pack.pdf/pack.docx  [default: when building a folder]")
@click.pass_context
def build(ctx, paths, out_dir, formats, jobs, no_cache, pack):
    """Build briefs from spec files or folders (default: briefs/).

    A folder also gives a pack: pack.pdf and pack.docx with a cover, contents, every
    brief and a sources appendix (briefs/pack.yaml sets the cover). dist/manifest.json
    lists the SHA-256 of every input and output.

    \b
    Example:
      briefgen build                         # every spec in briefs/ → dist/, with the pack
      briefgen build briefs/iran-taliban.yaml --format pdf,html -o out/
      briefgen build --jobs 1 --no-cache     # render everything again, in one process
    """
    from .build import build as run_build
    from .build import default_jobs
    from .progress import progress_for

    project = _project(ctx)
    paths = list(paths) or [project.root / "briefs"]
    out_dir = out_dir or project.root / "dist"
    wanted = tuple(f.strip() for f in formats.split(",") if f.strip())
    run_build(project, paths, out_dir, wanted, progress=progress_for(out_dir),
              jobs=jobs or default_jobs(), use_cache=not no_cache, pack=pack)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.pass_context
def validate(ctx, paths):
    """Check specs and their citations without rendering (default: briefs/).

    A folder's pack.yaml is checked too.

    \b
    Example:
      briefgen validate briefs/iran-taliban.yaml
      briefgen validate                      # every spec in briefs/ and briefs/pack.yaml
    """
    from .commands.validate import validate_specs

    project = _project(ctx)
    briefs, specs, pack_spec = validate_specs(project, list(paths) or [project.root / "briefs"])
    for brief in briefs:
        click.echo(f"ok {brief.id}: {_count(len(brief.excerpts), 'excerpt')}, "
                   f"{_count(len(brief.sources), 'source')}")
    if pack_spec is not None:
        click.echo(f"ok pack: {pack_spec.path}")
    from .build import font_warnings
    from .commands.scaffold import find_placeholders

    for line in font_warnings(briefs):
        say(f"warning: {line}")

    for path in specs:  # a warning, not an error: a draft with TODOs left still builds
        for problem in find_placeholders(path):
            say(f"warning: {problem}")


def _reading(source):
    """A spinner while a long source is read (round 36's hostile review: half a minute of
    nothing on a 2 MB file)."""
    import contextlib

    from .terminal import LONG_SOURCE_CHARACTERS, LONG_SOURCE_PARAGRAPHS, working

    characters = sum(len(p.text) for p in source.paragraphs)
    if len(source.paragraphs) < LONG_SOURCE_PARAGRAPHS and characters < LONG_SOURCE_CHARACTERS:
        return contextlib.nullcontext()  # (round 37's hostile review: 485 long paragraphs, 26 s)
    count = len(source.paragraphs)
    return working(f"reading {count:,} paragraph{'' if count == 1 else 's'} ({characters:,} "
                   f"characters) of {source.id}")


def _partial_date_option(ctx, param, value):
    """A --since/--until value, YYYY[-MM[-DD]], as its ISO text (as `add --date` reads it)."""
    if value is None:
        return None
    from .spec import PartialDate

    try:
        return PartialDate.parse(value).iso
    except ValueError as exc:
        raise BriefgenError(f"--{param.name} {value}: {exc}") from None


def _warn_seeds_outside(project) -> None:
    """Say which seeds/*.txt a listing or a search leaves out (links outside the project, which
    `build` refuses; folders, pipes, broken links), rather than leave them out unsaid."""
    from .library.store import Catalog

    for path, why in Catalog(project).seeds_left_out():
        say(f"warning: {path}: {why}")


@cli.command()
@click.argument("source", required=False)
@click.option("--dropped", is_flag=True, help="Also show what cleaning dropped and why.")
@click.option("--json", "as_json", is_flag=True,
              help="Print JSON: the list, or the source with its paragraphs.")
@click.option("--outlet", help="Only sources of this outlet.")
@click.option("--since", callback=_partial_date_option,
              help="Only sources published on or after YYYY[-MM[-DD]].")
@click.option("--until", callback=_partial_date_option,
              help="Only sources published on or before YYYY[-MM[-DD]] (a month or year "
                   "includes all of it).")
@click.option("--limit", type=click.IntRange(min=0), help="At most this many sources.")
@click.pass_context
def sources(ctx, source, dropped, as_json, outlet, since, until, limit):
    """List the sources, or print one source's numbered paragraphs to cite (by id, alias or
    the path of any UTF-8 text file, as `dates` and `actors` take it).

    \b
    Example:
      briefgen sources
      briefgen sources --outlet aawsat --since 2015-07-25 --limit 20 --json
      briefgen sources iran-taliban-ties --dropped
      briefgen sources ~/new-article.txt
    """
    import json

    from .library.store import Catalog
    from .sources import load_library, load_source

    project = _project(ctx)
    if source is None:
        _warn_seeds_outside(project)
        rows = list(Catalog(project).records(outlet, since, until, limit))
        if not rows and outlet and next(Catalog(project).records(outlet), None) is None:
            raise BriefgenError(f"--outlet {outlet}: no source from this outlet; "
                                "`briefgen sources --json` gives each source's outlet")
        if as_json:
            click.echo(json.dumps([r.row() for r in rows], ensure_ascii=False, indent=1))
            return
        for row in rows:
            alias = row.alias or "-"
            title = row.title_en or row.title or ""
            click.echo(shown(f"{row.id}  {alias:<20} {row.paragraphs:>3} paragraphs  {title}"))
        return
    if Path(source).exists():
        from .commands.findings import open_source

        item = open_source(source, project)  # a file anywhere, read as `dates FILE` reads it
        # (one unreadable seed beside it stops nothing, as for `dates`)
    elif Path(source).suffix or "/" in source:
        item = load_source(Path(source))  # names the missing file
    else:
        library = load_library(project)
        found = library.find(source)
        if found is None:
            raise BriefgenError(f"no source '{source}'; {library.unknown(source)}")
        item = found
    if as_json:
        from .commands.library import source_json

        click.echo(source_json(item))
        return
    header = " · ".join(x for x in (item.meta.outlet, item.meta.title_en) if x)
    click.echo(shown(f"{item.id}" + (f" ({item.meta.alias})" if item.meta.alias else "")
                     + (f"  {header}" if header else "")))
    for paragraph in item.paragraphs:
        click.echo(f"p{paragraph.number}\t{paragraph.text}")
    if dropped:
        for entry in item.dropped:
            click.echo(f"dropped line {entry.line} ({entry.reason}): {entry.text}")
        for note in item.notes:
            click.echo(shown(f"note: {item.path.name} {note}"))


@cli.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write instead of printing.")
@click.option("--markdown", is_flag=True, help="Write the spec reference (docs/spec.md) instead.")
def schema(output, markdown):
    """Print the JSON Schema of a brief spec, generated from the spec model.

    \b
    Example:
      briefgen schema -o schema/brief.schema.json
      briefgen schema --markdown -o docs/spec.md
    """
    if markdown:
        from .docs import spec_markdown as generate
    else:
        from .schema import schema_json as generate
    text = generate()
    if output is None:
        click.echo(text, nl=False)
        return
    from .output import write_atomic

    output.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(output, text.encode("utf-8"))
    say(f"wrote {output}")


@cli.command()
@click.argument("slug")
@click.option("--source", "source_keys", multiple=True, required=True,
              help="Source id or alias to cite; repeat for more.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (default: briefs/SLUG.yaml).")
@click.pass_context
def new(ctx, slug, source_keys, output):
    """Start a spec with every section, laid out over the sources' paragraphs.

    Suggested actors and key dates found in the sources are written as comments.
    An existing file is never overwritten.

    \b
    Example:
      briefgen new iran-alqaeda --source iran-alqaeda --source 000_9adeab1d9a5ac9f6
      briefgen validate briefs/iran-alqaeda.yaml   # lists the TODOs left
    """
    from .commands.scaffold import new_spec
    from .inputs import load_registry

    project = _project(ctx)
    path = new_spec(project, slug, source_keys, output, load_registry(project))
    say(f"wrote {path}; fill in the TODOs, then: briefgen watch {path}")


@cli.command()
@click.argument("spec", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--port", default=8000, show_default=True, help="Port on 127.0.0.1 (0: any free).")
@click.pass_context
def watch(ctx, spec, port):
    """Preview a spec as HTML, rebuilt whenever it, a source or a template changes.

    The page reloads itself; errors show on it over the last version that built.
    Without SPEC, the spec in briefs/ changed most recently.

    \b
    Example:
      briefgen watch briefs/iran-taliban.yaml --port 8001
    """
    from .commands.watch import Preview, default_spec

    project = _project(ctx)
    spec = spec or default_spec(project)
    if not spec.is_file():
        raise BriefgenError(f"{spec}: no such spec file")
    preview = Preview(project, spec, port, report=lambda line: say(line))
    url = preview.start()
    say(f"watching {spec}; preview at {url} (Ctrl-C stops)")
    try:
        while True:
            preview.stopping.wait(3600)
    except KeyboardInterrupt:
        pass
    finally:
        preview.stop()



def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def _project_if_any(ctx: click.Context):
    from .errors import ProjectError

    try:
        return _project(ctx)
    except ProjectError:
        return None  # a file path still works outside a project


class _Day(click.ParamType):
    """A calendar day written YYYY-MM-DD: a real one, or an error that says which is wrong."""

    name = "day"

    def convert(self, value, param, ctx):
        if isinstance(value, datetime.date):
            return datetime.datetime(value.year, value.month, value.day)
        # ASCII figures only (not ٢٠١٥); a time after the day, as SaudiNewsNet's date_extracted
        # has one (2015-07-22 09:47:20), is dropped
        written = re.fullmatch(r"([0-9]{4}-[0-9]{2}-[0-9]{2})(?:[ T][0-9]{2}:[0-9]{2}"
                               r"(?::[0-9]{2})?)?", str(value))
        if not written:
            self.fail(f"{value!r} is not written YYYY-MM-DD in ASCII figures (2015-07-21)",
                      param, ctx)
        year, month, day = (int(part) for part in written.group(1).split("-"))
        if not 1 <= month <= 12:
            self.fail(f"{value!r} is no day of the calendar: there is no month {month}", param,
                      ctx)
        try:
            return datetime.datetime(year, month, day)
        except ValueError:
            self.fail(f"{value!r} is no day of the calendar: {year}-{month:02d} has no day "
                      f"{day}" if year else f"{value!r} is no day of the calendar: no year 0",
                      param, ctx)


_DAY = _Day()


@cli.command()
@click.argument("source")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON array, one object per date.")
@click.option("--published", type=_DAY, metavar="YYYY-MM-DD",
              help="The source's publication day, YYYY-MM-DD (a plain file has none): weekday "
                   "pegs (الأربعاء, صباح الإثنين) resolve against it.")
@click.pass_context
def dates(ctx, source, as_json, published):
    """List the dates in a source (id, alias or path of any UTF-8 text file).

    Each date keeps the precision the text gives: 2016, 2018-07, --05-04 (no year), a range
    as START/END. A year not in the date itself (taken from a year before it in its sentence,
    else from the source's published date) is flagged, never silent.
    Weekdays are dates only when the publication day is known (the source's own, or
    --published).

    \b
    Example:
      briefgen dates iran-taliban-ties
      briefgen dates ~/new-article.txt --published 2015-07-21 --json
    """
    from .commands.findings import (
        cleaning_notes,
        dates_table,
        nothing_left,
        open_source,
        source_dates,
        to_json,
        weekdays_left,
    )

    item = open_source(source, _project_if_any(ctx))
    if note := nothing_left(item):
        say(note)
    for note in cleaning_notes(item):
        say(note)
    day = published.date() if published else None
    with _reading(item):
        findings = source_dates(item, day)
    if as_json:
        click.echo(to_json(findings))
    elif findings:
        click.echo(dates_table(findings))
    else:
        click.echo(shown(f"no dates in {item.id}"))
    left = weekdays_left(item, findings, day)
    if left:
        why = (f"the calendars do not reach {day} (the Hijri one covers 1 August 1924 to 16 "
               "November 2077); give the source's real day of publication" if day else
               f"{item.id} gives no day of publication to resolve them against; give "
               "--published YYYY-MM-DD")
        say(f"note: {left} date{'s' if left > 1 else ''} left out (weekdays, Hijri "
            f"months or days without a year): {why}")


@cli.group(cls=ActorsGroup)
def actors():
    """List a source's actors (`actors SOURCE`), or add a candidate (`actors add NAME`).

    `actors SOURCE` takes --candidates (also the names seeds/actors.yaml lacks) and --json;
    `briefgen actors list --help` gives them in full.

    \b
    Example:
      briefgen actors ~/new-article.txt --candidates
      briefgen actors add "عبد ربه منصور هادي" --id hadi --source ~/new-article.txt
    """


@actors.command("list")
@click.argument("source")
@click.option("--json", "as_json", is_flag=True,
              help="Print one JSON array, one object per actor "
                   "(with --candidates: an object with `actors` and `candidates`).")
@click.option("--candidates", is_flag=True, help="Also list likely names seeds/actors.yaml lacks.")
@click.pass_context
def actors_list(ctx, source, as_json, candidates):
    """List the actors of seeds/actors.yaml a source mentions (what `actors SOURCE` does).

    SOURCE is a source id, an alias or the path of any UTF-8 text file. Each actor comes with
    its count and paragraphs; --candidates adds the names the registry lacks.

    \b
    Example:
      briefgen actors iran-alqaeda
      briefgen actors ~/new-article.txt --candidates   # names to add to seeds/actors.yaml
    """
    from .arabic.actors import Registry
    from .commands.findings import (
        actors_json,
        actors_table,
        candidates_table,
        cleaning_notes,
        nothing_left,
        open_source,
        source_actors,
        source_candidates,
    )
    from .inputs import load_registry

    project = _project(ctx)
    registry = load_registry(project)
    if registry is None and not candidates:
        raise BriefgenError(f"{project.seeds / 'actors.yaml'}: no actor registry; list actors "
                            "there first, or ask for the source's names with --candidates")
    registry = registry or Registry(())  # a new project: every name is a candidate
    item = open_source(source, project)
    if note := nothing_left(item):
        say(note)
    for note in cleaning_notes(item):
        say(note)
    with _reading(item):
        found = source_actors(item, registry)
        lacking = source_candidates(item, registry) if candidates else None
    if as_json:
        click.echo(actors_json(found, lacking))
        return
    click.echo(actors_table(found) if found else shown(f"no actor of the registry in {item.id}" + (
        "" if candidates else " (add --candidates for the names the registry lacks)")))
    if lacking is not None:
        click.echo("")
        click.echo(f"names the registry lacks ({len(lacking)}):" if lacking
                   else "no names the registry lacks")
        if lacking:
            click.echo(candidates_table(lacking))



@actors.command("add")
@click.argument("candidate")
@click.option("--id", "actor_id", required=True, help="Registry id, kebab-case.")
@click.option("--en", help="English name (default: the candidate's, or a romanisation).")
@click.option("--kind", type=click.Choice(["person", "organisation", "place", "state"]),
              help="Kind (default: the candidate's, or person).")
@click.option("--source", help="Source the candidate was found in: its English name, kind and "
                               "Arabic forms come from there.")
@click.pass_context
def actors_add(ctx, candidate, actor_id, en, kind, source):
    """Add CANDIDATE (a name `actors --candidates` lists) to seeds/actors.yaml.

    Refuses an id or a name the registry already has (exit status 2); the file's comments
    are kept and it is replaced in one rename.

    \b
    Example:
      briefgen actors add "عبد ربه منصور هادي" --id hadi --source ~/new-article.txt
      briefgen actors add "مارك روته" --id mark-rutte --en "Mark Rutte" --kind person
    """
    from .commands.findings import open_source, source_candidates
    from .commands.registry_add import (
        add_to_registry,
        check_name,
        new_actor,
        read_alone,
        refuse_taken,
        tidy,
    )
    from .inputs import load_registry
    from .lock import output_lock

    project = _project(ctx)
    path = project.seeds / "actors.yaml"
    check_name(candidate, en)
    candidate, en = tidy(candidate, en)
    if project.seeds.is_symlink() or not project.contains(project.seeds):
        raise BriefgenError(f"{project.seeds} is a symbolic link or lies outside the project; "
                            "`actors add` writes only in the project's own seeds/ folder: make "
                            "it a plain folder")  # (the lock and its sweep would write there)
    with output_lock(project.seeds):  # one add at a time; each reads what the last wrote
        registry = load_registry(project)
        if registry is None:
            raise BriefgenError(f"{path}: no actor registry; create it first (an empty file "
                                f"will do: touch {path}), then run this again")
        found = None
        label = None
        refuse_taken(actor_id, (candidate,), registry)  # before the --source match
        if source is not None:
            item = open_source(source, project)
            label = item.id
            with _reading(item):  # (round 40's hostile review, #15: no spinner here)
                match = [c for c in source_candidates(item, registry)
                         if normalize_name(c.name) == normalize_name(candidate)]
            if not match:
                raise BriefgenError(f"'{candidate}' is not a candidate of {item.id}; "
                                    f"`briefgen actors {source} --candidates` lists them; "
                                    "to add a name the finder missed, leave out --source "
                                    "and give --kind and --en")
            found = {"en": match[0].en, "kind": match[0].kind, "variants": match[0].variants,
                     "guess": match[0].guess}
        else:
            found = read_alone(candidate, registry)  # رويترز: Reuters, not Ruytrz, a person
        actor = new_actor(candidate, actor_id, registry, en, kind, found, label)
        add_to_registry(path, actor)
    click.echo(shown(f"added {actor.id} ({actor.en}, {actor.kind}) to {path}"))
    if kind is None and found is None:
        say(f"note: kind '{actor.kind}' taken by default (no --source to take it "
            f"from, and the name alone tells none); give --kind, or edit {path}")
    elif kind is None and found is not None and found.get("by_head"):
        say(f"note: kind '{actor.kind}' taken from the name's first word (no --source to "
            f"take it from); give --kind, or edit {path}")
    if actor.guess:
        say(f"note: '{actor.en}' is briefgen's guess, romanised or translated word by word "
            f"(its notes say so); set the English with --en or by editing {path}")
    from .arabic.gazetteer import outlets
    from .arabic.romanize import common_word_uses

    if normalize_name(candidate) in outlets():
        say(f"note: '{candidate}' is also a common word or a place, found as an outlet "
            "only in quotes or a dateline; the registry counts every use of it, so "
            f"give it a longer form (صحيفة {candidate}) or edit {path}")
    elif len(candidate.split()) == 1 and (uses := common_word_uses(candidate)) >= 100:
        say(f"note: '{candidate}' is also a common word of Arabic news (met {uses:,} times in "
            "SaudiNewsNet); the registry counts every use of it as this actor: check what "
            f"`briefgen actors SOURCE` finds, or give a longer form, or edit {path}")


def normalize_name(name: str) -> str:
    from .arabic.normalize import normalize

    return normalize(name)

@cli.command()
@click.argument("spec", type=click.Path(dir_okay=False, path_type=Path))
@click.pass_context
def suggest(ctx, spec):
    """Print, as YAML to paste, key dates and actors in the spec's cited paragraphs it lacks.

    Each suggestion cites its paragraph and quotes the Arabic sentence as a comment; the
    English event or role is left as a TODO for the analyst. Then excerpts: the library's
    paragraphs on the spec's topics (seeds/topics.yaml) and actors that it does not cite,
    from sources dated up to the brief's date.

    \b
    Example:
      briefgen suggest briefs/iran-taliban.yaml
      briefgen suggest briefs/iran-taliban.yaml > /tmp/more.yaml
    """
    from .commands.search import with_index
    from .commands.suggest import suggest_text
    from .inputs import load_registry
    from .sources import load_library
    from .topics import load_topics

    project = _project(ctx)
    registry = load_registry(project)
    library, topics = load_library(project), load_topics(project, registry)
    click.echo(with_index(project, lambda index, load: suggest_text(
        spec, library, registry, index, topics, load)), nl=False)

@cli.command()
@click.argument("query", required=False)
@click.option("--outlet", help="Only sources from this outlet.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]),
              help="Only sources dated from this day (YYYY-MM-DD).")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]),
              help="Only sources dated up to this day (YYYY-MM-DD).")
@click.option("--actor", "actor_ref", metavar="REF",
              help="Only paragraphs naming this actor of seeds/actors.yaml (any of its names).")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True,
              help="Print a JSON array of {id, source, score, snippet, outlet, date}.")
@click.pass_context
def search(ctx, query, outlet, since, until, actor_ref, limit, as_json):
    """Find the library's paragraphs that hold every word of QUERY, best first.

    Words match whatever their prefixes (و، ف، ب، ل، ال، وال، بال، لل), hamza and alef forms,
    ة/ه, ى/ي and marks; "quoted words" match as a phrase. Each hit is a citable paragraph id.

    \b
    Example:
      briefgen search "الحرس الثوري" --limit 5
      briefgen search طالبان --actor iran --since 2020-01-01 --json
    """
    from .commands.search import actor_query, hits_json, hits_text, with_index
    from .commands.search import search as run_search
    from .inputs import load_registry

    project = _project(ctx)
    _warn_seeds_outside(project)
    actor = actor_query(actor_ref, load_registry(project)) if actor_ref else None
    hits = with_index(project, lambda index, load: run_search(
        index, load, query, outlet=outlet, since=since and since.date(),
        until=until and until.date(), actor=actor, limit=limit))
    click.echo(hits_json(hits) if as_json else hits_text(hits))


from .commands.library import add, init  # noqa: E402 - the group must exist first

cli.add_command(init)
cli.add_command(add)



def _add_release_commands() -> None:
    from .commands.releases import diff, release, releases

    for command in (release, releases, diff):
        cli.add_command(command)


_add_release_commands()



from .commands.distribution import distribute, keys, verify  # noqa: E402

cli.add_command(distribute)
cli.add_command(keys)
cli.add_command(verify)


def main() -> None:
    cli(prog_name="briefgen")


if __name__ == "__main__":
    main()
