"""`briefgen release`, `releases` and `diff`: freeze the pack, list releases, compare two."""

from __future__ import annotations

import json
from pathlib import Path

import click


def _project(ctx: click.Context):
    from ..project import Project

    return Project.at(ctx.obj["project"], ctx.obj.get("templates"))


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes rendering briefs  [default: the number of cores]")
@click.option("--no-cache", is_flag=True, help="Render every brief, even unchanged ones.")
@click.pass_context
def release(ctx, paths, jobs, no_cache):
    """Build the pack (default: briefs/) and freeze it as the next release.

    Writes releases/NNNN/: what `build` makes, the resolved specs, changes.json (from
    the second release on; the pack then opens with a What changed page) and
    release.json with the SHA-256 of every file. A release is never changed afterwards.

    \b
    Example:
      briefgen release                       # briefs/ → releases/0001/, then 0002/, …
      briefgen releases                      # list them
    """
    from ..build import default_jobs
    from ..progress import progress_for
    from ..release import RELEASES_DIR, make_release

    project = _project(ctx)
    paths = list(paths) or [project.root / "briefs"]
    made, report = make_release(project, paths, progress_for(project.root / RELEASES_DIR),
                                jobs or default_jobs(), not no_cache)
    click.echo(f"release {made.number}: {made.folder} ({made.marking}, "
               f"{_briefs(len(made.briefs))})")
    if report.changes is not None:
        for line in report.changes.lines():
            click.echo(line)


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print the list as JSON.")
@click.pass_context
def releases(ctx, as_json):
    """List the releases in releases/: number, date, marking and brief count.

    Each release is checked against its release.json first; a damaged one is an error.

    \b
    Example:
      briefgen releases
      briefgen releases --json
    """
    from ..release import RELEASES_DIR, read_releases

    found = read_releases(_project(ctx).root / RELEASES_DIR)
    if as_json:
        click.echo(json.dumps([{"release": r.number, "created": r.created, "marking": r.marking,
                                "briefs": len(r.briefs)} for r in found], indent=2))
        return
    if not found:
        click.echo("no releases yet; make one with `briefgen release`")
    for r in found:
        click.echo(f"{r.number:04d}  {r.created}  {r.marking:<12}  {_briefs(len(r.briefs))}")


@click.command()
@click.argument("old", type=click.IntRange(min=1))
@click.argument("new", type=click.IntRange(min=1))
@click.option("--json", "as_json", is_flag=True, help="Print the changes as JSON "
              "(the form of changes.json).")
@click.pass_context
def diff(ctx, old, new, as_json):
    """Print what changed between two releases, as the What changed page says it.

    \b
    Example:
      briefgen diff 1 3                      # what changed from release 1 to 3
      briefgen diff 2 3 --json
    """
    from ..release import RELEASES_DIR, diff_releases

    changes = diff_releases(_project(ctx).root / RELEASES_DIR, old, new)
    if as_json:
        click.echo(changes.to_json().decode(), nl=False)
    else:
        click.echo("\n".join(changes.lines()))


def _briefs(count: int) -> str:
    return f"{count} brief" if count == 1 else f"{count} briefs"
