"""`briefgen init` and `briefgen add`, and the listing `briefgen sources` prints."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import click

from ..errors import BriefgenError, ProjectError
from ..terminal import say

EXAMPLE_SPEC = """\
# An example brief over the example article in seeds/example.txt; delete both, and the
# `example:` entry of seeds/sources.yaml, once your own sources are in. Every key is
# described in briefgen's spec reference (docs/spec.md).
# `briefgen validate` checks this file; `briefgen build` writes dist/example.pdf and .docx.
#
# Add articles, then find the paragraphs to cite:
#   briefgen add ~/Downloads/article.html report.pdf https://example.com/news/1
#   briefgen sources                    # the library: ids, titles, outlets, dates
#   briefgen sources SOURCE-ID          # one article's numbered paragraphs
# and cite them as SOURCE-ID#p3 (one paragraph) or SOURCE-ID#p3-p5 (a range).

title: {en: "Example brief", ar: "موجز تجريبي"}
date: 2026-01-01
classification: UNCLASSIFIED   # UNCLASSIFIED, OFFICIAL, CONFIDENTIAL, SECRET
topics: [example]
summary: "Bottom line up front, in English."
background:
  - text: "An English paragraph of background, citing what it rests on."
    cite: [example#p1]
excerpts:
  - cite: example#p1-p2
    summary: "English summary of exactly these paragraphs."
open_questions:
  - "What do we not know yet?"
"""

EXAMPLE_SOURCE = """\
هذا مقال تجريبي وضعه briefgen في مشروع جديد ليبين كيف يستشهد الموجز بفقرات مصادره.
احذف هذا الملف وملف briefs/example.yaml بعد إضافة مصادرك بالأمر briefgen add.
"""

EXAMPLE_METADATA = """\
# Per-source metadata of seeds/*.txt; sources added with `briefgen add` live in library/.
example:
  outlet: briefgen
  title: {ar: "مقال تجريبي", en: "Example article (delete once you have sources)"}
"""

GITIGNORE = """\
# Made by briefgen; deleting them loses nothing.
/dist/
/.briefgen-cache/
/.briefgen-index/
/library/.staging/
.briefgen.lock
library/.briefgen.lock
"""


def init_project(folder: Path) -> list[Path]:
    """Make a new project in `folder` (new or empty); return the files written."""
    if folder.exists() and not folder.is_dir():
        raise ProjectError(f"{folder}: is a file; name a new or empty folder")
    if folder.is_dir() and any(folder.iterdir()):
        raise ProjectError(f"{folder}: is not empty; name a new or empty folder "
                           "(briefgen init never writes into an existing project)")
    (folder / "seeds").mkdir(parents=True, exist_ok=True)
    (folder / "briefs").mkdir()
    files = {folder / "briefs" / "example.yaml": EXAMPLE_SPEC,
             folder / "seeds" / "example.txt": EXAMPLE_SOURCE,
             folder / "seeds" / "sources.yaml": EXAMPLE_METADATA,
             folder / ".gitignore": GITIGNORE}
    for path, text in files.items():
        path.write_text(text, encoding="utf-8")
    return list(files)


@click.command()
@click.argument("folder", type=click.Path(path_type=Path))
def init(folder):
    """Start a project: seeds/ and briefs/ with an example article and spec, and a .gitignore.

    The folder must be new or empty.

    \b
    Example:
      briefgen init iran-desk && cd iran-desk
      briefgen add ~/Downloads/*.html
    """
    init_project(folder)
    say(f"made a project in {folder}: add sources with "
        f"`briefgen --project {folder} add FILE|URL...`")


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--outlet", help="Outlet of every article (wins over the page's site name).")
@click.option("--date", "date", help="Publication date of every article, YYYY[-MM[-DD]].")
@click.option("--alias", help="Short name to cite the (one) article by.")
@click.option("--map", "mapping", multiple=True, metavar="FIELD=NAME",
              help="For JSON dumps: read FIELD (title, content, source, url, date_extracted, "
                   "author) from the key NAME; repeat for more.")
@click.option("--allow-private", is_flag=True,
              help="Fetch URLs on loopback or private addresses too (a local server).")
@click.option("--json", "as_json", is_flag=True,
              help="Print a JSON array, one object per article, with its status.")
@click.pass_context
def add(ctx, inputs, outlet, date, alias, mapping, allow_private, as_json):
    """Add articles to the library: saved web pages, PDFs, DOCX, text, feeds, dumps, URLs.

    Each file is read by what its bytes are. The same article again adds nothing
    (unchanged); a changed article at a known URL is a new version (updated), the old one
    kept for its citations. Inputs that give no article are skipped with the reason, and
    the exit status is then 2; the rest is added. A killed add adds nothing.

    \b
    Example:
      briefgen add page.html report.pdf notes.docx --outlet "Asharq Al-Awsat"
      briefgen add https://example.com/news/1 --alias un-report
      briefgen add articles.jsonl.gz --json > added.json
      briefgen add dump.json --map content=body --map source=site
    """
    from .. import cli
    from ..library.add import Overrides
    from ..library.add import add as add_articles

    if alias is not None and not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.\-]*", alias):
        # What a spec cites: an alias it cannot write (a space, a slash, "..") is no use.
        raise BriefgenError(f"--alias {alias!r}: write letters, digits, '-', '_' or '.', "
                            "starting with a letter or digit (it is cited as ALIAS#p1)")
    field_map = {}
    for item in mapping:
        field, _, name = item.partition("=")
        if not name or field not in ("title", "content", "source", "url", "date_extracted",
                                     "author"):
            raise BriefgenError(f"--map {item}: write FIELD=NAME, FIELD one of title, "
                                "content, source, url, date_extracted, author")
        field_map[field] = name
    if date is not None:
        from ..spec import PartialDate

        try:
            date = PartialDate.parse(date).iso
        except ValueError as exc:
            raise BriefgenError(f"--date {date}: {exc}") from None
    project = cli._project(ctx)
    progress = _Progress(sys.stderr)
    try:
        outcomes = add_articles(project, inputs, Overrides(outlet, date, alias,
                                                           field_map, allow_private),
                                step=progress.step)
    finally:
        progress.stop()
    if as_json:
        click.echo(json.dumps([o.row() for o in outcomes], ensure_ascii=False, indent=1))
    else:
        for line in summary_lines(outcomes):
            click.echo(line)
    if any(o.status == "skipped" for o in outcomes):
        ctx.exit(2)


def summary_lines(outcomes, shown: int = 20) -> list[str]:
    """Each article's status while few; counts and the skipped ones when many."""
    lines = []
    counts: dict[str, int] = {}
    for outcome in outcomes:
        counts[outcome.status] = counts.get(outcome.status, 0) + 1
    skipped = [o for o in outcomes if o.status == "skipped"]
    listed = outcomes if len(outcomes) <= shown else skipped[:shown]
    for outcome in listed:
        if outcome.record is not None:
            title = outcome.record.title or outcome.record.title_en or ""
            lines.append(f"{outcome.status:<9} {outcome.record.id}  {title}")
            if outcome.note:
                lines.append(f"{'':<9} note: {outcome.note}")
        else:
            lines.append(f"{outcome.status:<9} {outcome.where}: {outcome.reason}")
    if len(skipped) > len([o for o in listed if o.status == "skipped"]):
        lines.append(f"... and {len(skipped) - shown} more skipped (--json lists them all)")
    shown_ids = {id(o) for o in listed}
    noted = [o for o in outcomes if o.note and id(o) not in shown_ids]
    if noted:
        lines.append(f"note: {len(noted)} more with a note, as {noted[0].where}: "
                     f"{noted[0].note} (--json gives each its note)")
    if len(outcomes) > 1:
        order = ("added", "updated", "unchanged", "skipped")
        lines.append(f"{len(outcomes)} articles: "
                     + ", ".join(f"{counts.get(s, 0)} {s}" for s in order))
    return lines


class _Progress:
    """A bar with the count of articles read, on a terminal; nothing otherwise."""

    def __init__(self, stream):
        self.bar = None
        if stream.isatty():
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self.bar = Progress(SpinnerColumn(), TextColumn("{task.description}", markup=False),
                                TextColumn("{task.completed} articles"), TimeElapsedColumn(),
                                console=Console(file=stream), transient=True)
            self.bar.start()
            self.task = self.bar.add_task("adding", total=None)

    def step(self, outcome) -> None:
        if self.bar is not None:
            self.bar.update(self.task, advance=1, description=f"adding {outcome.where[:50]}")

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()


def source_json(source) -> str:
    """One source as `sources ID --json` prints it."""
    meta = source.meta
    return json.dumps({
        "id": source.id, "title": meta.title_ar or meta.title_en,
        "title_en": meta.title_en, "outlet": meta.outlet,
        "date": meta.published.iso if meta.published else None, "url": meta.url,
        "alias": meta.alias,
        "paragraphs": [{"id": p.id, "text": p.text} for p in source.paragraphs],
    }, ensure_ascii=False, indent=1)
