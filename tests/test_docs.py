"""Every command and option is documented: in its `--help`, and in the README.

In the manner of sqlite-utils' `tests/test_docs.py`: the commands are walked
from the typer app itself, so a new command or option without help fails here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from vnextract.cli import app, common

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
GROUP = get_command(app)
COMMANDS = sorted(GROUP.commands)  # type: ignore[attr-defined]


def test_the_commands_are_the_ones_documented():
    assert COMMANDS == ["eval", "metrics", "report", "run", "schema", "timeline"]


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help(name):
    command = GROUP.commands[name]  # type: ignore[attr-defined]
    assert command.help and command.help.strip(), f"{name} has no help"
    assert command.get_short_help_str().strip()
    result = CliRunner().invoke(app, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage: vnextract " + name in " ".join(result.output.split())


@pytest.mark.parametrize("name", COMMANDS)
def test_every_option_and_argument_has_help(name):
    command = GROUP.commands[name]  # type: ignore[attr-defined]
    for param in command.params:
        assert getattr(param, "help", None), f"{name}: {param.name} has no help"


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_is_in_the_readme(name):
    assert re.search(rf"vnextract {name}\b", README), f"README never shows `vnextract {name}`"


def test_the_exit_codes_in_the_readme_are_the_code_s():
    codes = {
        common.EXIT_OK,
        common.EXIT_INPUT_FAILED,
        common.EXIT_USAGE,
        common.EXIT_BUSY,
        common.EXIT_INTERRUPTED,
        common.EXIT_TERMINATED,
    }
    section = README.split("## Exit codes", 1)[1].split("\n## ", 1)[0]
    documented = {int(c) for c in re.findall(r"^\| `(\d+)` \|", section, re.MULTILINE)}
    assert documented == codes


def test_the_top_level_help_lists_every_command():
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0
    for name in COMMANDS:
        assert name in result.output
