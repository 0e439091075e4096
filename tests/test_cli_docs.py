"""Every command documents itself with an example; shell completion comes from click."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from briefgen.cli import cli


def all_commands(group: click.Group, prefix: str = "briefgen"):
    """Yield (name, command) for the group and every command under it, at any depth."""
    yield prefix, group
    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        if isinstance(command, click.Group):
            yield from all_commands(command, f"{prefix} {name}")
        else:
            yield f"{prefix} {name}", command


@pytest.mark.parametrize("name, command", list(all_commands(cli)), ids=lambda x: str(x))
def test_every_command_help_has_an_example(name, command):
    args = name.split()[1:] + ["--help"]
    result = CliRunner().invoke(cli, args, prog_name="briefgen")
    assert result.exit_code == 0, result.output
    assert "Example" in result.output, f"`{name} --help` shows no example"
    assert "briefgen " in result.output.split("Example", 1)[1], "the example shows no command"


def test_expected_commands_exist():
    names = {name for name, _ in all_commands(cli)}
    assert {"briefgen schema", "briefgen new", "briefgen watch", "briefgen validate"} <= names


@pytest.mark.parametrize("shell, marker", [("bash", "complete -o nosort -F"),
                                           ("zsh", "#compdef briefgen")])
def test_shell_completion_script(shell, marker):
    result = CliRunner().invoke(cli, [], prog_name="briefgen",
                                env={"_BRIEFGEN_COMPLETE": f"{shell}_source"})
    assert result.exit_code == 0
    assert marker in result.output


def test_completion_offers_commands():
    result = CliRunner().invoke(cli, [], prog_name="briefgen",
                                env={"_BRIEFGEN_COMPLETE": "bash_complete",
                                     "COMP_WORDS": "briefgen sch", "COMP_CWORD": "1"})
    assert result.exit_code == 0
    assert "plain,schema" in result.output.splitlines()
