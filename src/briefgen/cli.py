"""The briefgen command: parse arguments, call the library, turn errors into messages."""

from __future__ import annotations

from pathlib import Path

import click

from . import __version__
from .commands.registry_add import ActorsGroup
from .errors import BriefgenError

EXIT_USER_ERROR = 2


class BriefgenGroup(click.Group):
    """A click group that reports BriefgenError as a message and exit status 2."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except BriefgenError as exc:
            for problem in exc.problems:
                click.echo(f"error: {problem}", err=True)
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
    """Turn Arabic news sources into bilingual briefing packs (PDF and DOCX).

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
    from .inputs import check_pack_ids, find_specs, load_briefs, load_registry
    from .pack import order_briefs, pack_spec_of
    from .sources import load_library

    project = _project(ctx)
    paths = list(paths) or [project.root / "briefs"]
    specs = find_specs(paths)
    briefs = load_briefs(specs, load_library(project), load_registry(project))
    check_pack_ids(briefs, specs)  # before any "ok": a brief called `pack` is not ok
    for brief in briefs:
        click.echo(f"ok {brief.id}: {_count(len(brief.excerpts), 'excerpt')}, "
                   f"{_count(len(brief.sources), 'source')}")
    folders = [p for p in paths if p.is_dir()]
    if folders:
        pack_spec = pack_spec_of(folders)
        order_briefs(briefs, pack_spec)
        if pack_spec is not None:
            click.echo(f"ok pack: {pack_spec.path}")
    from .build import font_warnings
    from .commands.scaffold import find_placeholders

    for line in font_warnings(briefs):
        click.echo(f"warning: {line}", err=True)

    for path in specs:  # a warning, not an error: a draft with TODOs left still builds
        for problem in find_placeholders(path):
            click.echo(f"warning: {problem}", err=True)


@cli.command()
@click.argument("source", required=False)
@click.option("--dropped", is_flag=True, help="Also show what cleaning dropped and why.")
@click.pass_context
def sources(ctx, source, dropped):
    """List the sources, or print one source's numbered paragraphs to cite.

    \b
    Example:
      briefgen sources
      briefgen sources iran-taliban-ties --dropped
    """
    from .sources import load_library

    library = load_library(_project(ctx))
    if source is None:
        for item in library:
            alias = item.meta.alias or "-"
            title = item.meta.title_en or item.meta.title_ar or ""
            click.echo(f"{item.id}  {alias:<20} {len(item.paragraphs):>3} paragraphs  {title}")
        return
    item = library.find(source)
    if item is None:
        raise BriefgenError(f"no source '{source}' (known: {library.known()})")
    header = " · ".join(x for x in (item.meta.outlet, item.meta.title_en) if x)
    click.echo(f"{item.id}" + (f" ({item.meta.alias})" if item.meta.alias else "")
               + (f"  {header}" if header else ""))
    for paragraph in item.paragraphs:
        click.echo(f"p{paragraph.number}\t{paragraph.text}")
    if dropped:
        for entry in item.dropped:
            click.echo(f"dropped line {entry.line} ({entry.reason}): {entry.text}")
        for note in item.notes:
            click.echo(f"note: {item.path.name} {note}")


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
    click.echo(f"wrote {output}", err=True)


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
    click.echo(f"wrote {path}; fill in the TODOs, then: briefgen watch {path}", err=True)


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
    preview = Preview(project, spec, port, report=lambda line: click.echo(line, err=True))
    url = preview.start()
    click.echo(f"watching {spec}; preview at {url} (Ctrl-C stops)", err=True)
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


@cli.command()
@click.argument("source")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON array, one object per date.")
@click.pass_context
def dates(ctx, source, as_json):
    """List the dates in a source (id, alias or path of any UTF-8 text file).

    Each date keeps the precision the text gives: 2016, 2018-07, --05-04 (no year), a range
    as START/END. A year taken from the source's published date is flagged, never silent.

    \b
    Example:
      briefgen dates iran-taliban-ties
      briefgen dates ~/new-article.txt --json
    """
    from .commands.findings import dates_table, open_source, source_dates, to_json

    findings = source_dates(open_source(source, _project_if_any(ctx)))
    click.echo(to_json(findings) if as_json else dates_table(findings))


@cli.group(cls=ActorsGroup)
def actors():
    """List a source's actors (`actors SOURCE`), or add a candidate (`actors add NAME`).

    \b
    Example:
      briefgen actors ~/new-article.txt --candidates
      briefgen actors add "عبد ربه منصور هادي" --id hadi --source ~/new-article.txt
    """


@actors.command("list", hidden=True)
@click.argument("source")
@click.option("--json", "as_json", is_flag=True,
              help="Print one JSON array, one object per actor "
                   "(with --candidates: an object with `actors` and `candidates`).")
@click.option("--candidates", is_flag=True, help="Also list likely names seeds/actors.yaml lacks.")
@click.pass_context
def actors_list(ctx, source, as_json, candidates):
    """List the actors of seeds/actors.yaml a source mentions, with counts and paragraphs.

    SOURCE is a source id, an alias or the path of any UTF-8 text file.

    \b
    Example:
      briefgen actors iran-alqaeda
      briefgen actors ~/new-article.txt --candidates   # names to add to seeds/actors.yaml
    """
    from .commands.findings import (
        actors_json,
        actors_table,
        candidates_table,
        open_source,
        source_actors,
        source_candidates,
    )
    from .inputs import load_registry

    project = _project(ctx)
    registry = load_registry(project)
    if registry is None:
        raise BriefgenError(f"{project.seeds / 'actors.yaml'}: no actor registry; "
                            "list actors there first")
    item = open_source(source, project)
    found = source_actors(item, registry)
    lacking = source_candidates(item, registry) if candidates else None
    if as_json:
        click.echo(actors_json(found, lacking))
        return
    click.echo(actors_table(found) if found else f"no actor of the registry in {item.id}")
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
    from .commands.registry_add import add_to_registry, new_actor
    from .inputs import load_registry

    project = _project(ctx)
    path = project.seeds / "actors.yaml"
    registry = load_registry(project)
    if registry is None:
        raise BriefgenError(f"{path}: no actor registry; create it first")
    found = None
    label = None
    if source is not None:
        item = open_source(source, project)
        label = item.id
        match = [c for c in source_candidates(item, registry)
                 if normalize_name(c.name) == normalize_name(candidate)]
        if not match:
            raise BriefgenError(f"'{candidate}' is not a candidate of {item.id}; "
                                f"`briefgen actors {source} --candidates` lists them")
        found = {"en": match[0].en, "kind": match[0].kind, "variants": match[0].variants}
    actor = new_actor(candidate, actor_id, registry, en, kind, found, label)
    add_to_registry(path, actor)
    click.echo(f"added {actor.id} ({actor.en}, {actor.kind}) to {path}")


def normalize_name(name: str) -> str:
    from .arabic.normalize import normalize

    return normalize(name)

@cli.command()
@click.argument("spec", type=click.Path(dir_okay=False, path_type=Path))
@click.pass_context
def suggest(ctx, spec):
    """Print, as YAML to paste, key dates and actors in the spec's cited paragraphs it lacks.

    Each suggestion cites its paragraph and quotes the Arabic sentence as a comment; the
    English event or role is left as a TODO for the analyst.

    \b
    Example:
      briefgen suggest briefs/iran-taliban.yaml
      briefgen suggest briefs/iran-taliban.yaml > /tmp/more.yaml
    """
    from .commands.suggest import suggest_text
    from .inputs import load_registry
    from .sources import load_library

    project = _project(ctx)
    click.echo(suggest_text(spec, load_library(project), load_registry(project)), nl=False)

def main() -> None:
    cli(prog_name="briefgen")


if __name__ == "__main__":
    main()
