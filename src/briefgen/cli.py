"""The briefgen command: parse arguments, call the library, turn errors into messages."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__
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
              default=Path("dist"), show_default=True, help="Folder to write into.")
@click.option("--format", "formats", default="pdf,docx", show_default=True,
              help="Comma-separated formats: pdf, docx, html.")
@click.pass_context
def build(ctx, paths, out_dir, formats):
    """Build briefs from spec files or folders (default: briefs/).

    \b
    Example:
      briefgen build                         # every spec in briefs/ → dist/
      briefgen build briefs/iran-taliban.yaml --format pdf,html -o out/
    """
    from .build import build as run_build

    project = _project(ctx)
    paths = list(paths) or [project.root / "briefs"]
    wanted = tuple(f.strip() for f in formats.split(",") if f.strip())

    def progress(result):
        names = ", ".join(result.files)
        click.echo(f"built {result.brief.id}: {names} ({result.seconds:.1f} s)", err=True)

    built = run_build(project, paths, out_dir, wanted, progress=progress)
    click.echo(f"{len(built)} brief(s) written to {out_dir}/", err=True)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.pass_context
def validate(ctx, paths):
    """Check specs and their citations without rendering (default: briefs/).

    \b
    Example:
      briefgen validate briefs/iran-taliban.yaml
    """
    from .build import find_specs, load_briefs, load_registry
    from .sources import load_library

    project = _project(ctx)
    specs = find_specs(list(paths) or [project.root / "briefs"])
    briefs = load_briefs(specs, load_library(project), load_registry(project))
    for brief in briefs:
        click.echo(f"ok {brief.id}: {len(brief.excerpts)} excerpts, "
                   f"{len(brief.sources)} sources")


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
            click.echo(f"note: {note}")


def main() -> None:
    cli(prog_name="briefgen")


if __name__ == "__main__":
    sys.exit(main())
