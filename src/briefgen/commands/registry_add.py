"""`briefgen actors add`: put a candidate into seeds/actors.yaml so later runs find it.

The entry is appended as YAML text, so the file's comments and layout stay as they were; the
new file is loaded and checked (ids, names owned by one actor) before it replaces the old one
in one rename, so a refused or failed add leaves the registry untouched.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import click

from ..arabic.actors import Registry, load_registry
from ..arabic.normalize import normalize
from ..arabic.romanize import romanize_name
from ..errors import BriefgenError
from ..output import write_atomic

_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_KINDS = {"person": "person", "organisation": "organisation", "place": "place",
          "state": "state"}


class ActorsGroup(click.Group):
    """`actors SOURCE` lists a source's actors; `actors add NAME` adds one to the registry."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("-h", "--help"):
            args = ["list", *args]
        return super().parse_args(ctx, args)


@dataclass(frozen=True)
class NewActor:
    """What `actors add` writes: one registry entry."""

    id: str
    en: str
    ar: str
    kind: str
    variants: tuple[str, ...] = ()
    notes: str | None = None

    def yaml(self) -> str:
        lines = [f"- id: {self.id}", f"  en: {json.dumps(self.en, ensure_ascii=False)}",
                 f"  ar: {json.dumps(self.ar, ensure_ascii=False)}", f"  kind: {self.kind}"]
        if self.variants:
            variants = ", ".join(json.dumps(v, ensure_ascii=False) for v in self.variants)
            lines.append(f"  variants: [{variants}]")
        if self.notes:
            lines.append(f"  notes: {json.dumps(self.notes, ensure_ascii=False)}")
        return "\n".join(lines) + "\n"


def new_actor(name: str, actor_id: str, registry: Registry, en: str | None,
              kind: str | None, found: dict | None, source_label: str | None) -> NewActor:
    """Build the entry for `name`, refusing an id or a name the registry already has."""
    if not _ID.fullmatch(actor_id):
        raise BriefgenError(f"--id '{actor_id}': an id is kebab-case (letters a-z, digits and "
                            "hyphens), e.g. abdulaziz-al-otaibi")
    if registry.get(actor_id) is not None:
        raise BriefgenError(f"--id '{actor_id}': the registry already has this id; "
                            "choose another")
    variants = tuple(v for v in (found or {}).get("variants", ())
                     if normalize(v) != normalize(name))
    for form in (name, *variants):
        owner = _owner(form, registry)
        if owner is not None:
            raise BriefgenError(f"'{form}' is already a name of {owner} in the registry; "
                                f"`briefgen actors` finds it as {owner}")
    english = en or (found or {}).get("en") or romanize_name(name)[0]
    chosen = kind or (found or {}).get("kind") or "person"
    if chosen not in _KINDS:
        raise BriefgenError(f"--kind '{chosen}': choose person, organisation, place or state")
    notes = f"Added by `briefgen actors add` from {source_label}." if source_label else None
    return NewActor(actor_id, english, name, _KINDS[chosen], variants, notes)


def _owner(form: str, registry: Registry) -> str | None:
    words = normalize(form).split()
    for actor in registry.actors:
        for other in (*actor.names, *actor.exclude):
            if normalize(other).split() == words:
                return actor.id
    return None


def add_to_registry(path: Path, actor: NewActor) -> None:
    """Append `actor` to the registry file at `path`, keeping its text, and check the result."""
    old = path.read_text(encoding="utf-8")
    new = old if old.endswith("\n") or not old else old + "\n"
    new += "\n" + actor.yaml()
    staged = path.with_name(f".{path.name}.add-check")
    try:
        staged.write_text(new, encoding="utf-8")
        load_registry(staged)  # the same checks as every run: the entry must load
    finally:
        staged.unlink(missing_ok=True)
    write_atomic(path, new.encode("utf-8"))
