"""Every command of `python -m loaders` and `python -m bench`, found by walking the click groups
(a new command is covered without editing this file), has help text and answers `--help`."""
from __future__ import annotations

import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from bench.__main__ import bench
from conftest import PROJECT
from loaders.cli import cli

ROOTS = {"loaders": cli, "bench": bench}


def walk(command: click.Command, path: tuple[str, ...] = ()):
    """(path, command) for `command` and, when it is a group, every command under it."""
    yield path, command
    if isinstance(command, click.Group):
        for name, sub in sorted(command.commands.items()):
            yield from walk(sub, (*path, name))


COMMANDS = [(root, path, command) for root, group in ROOTS.items() for path, command in walk(group)]


def test_the_walk_finds_the_commands_we_know():
    found = {(root, " ".join(path)) for root, path, _ in COMMANDS}
    assert {("loaders", "build"), ("loaders", "check"), ("loaders", "schema"), ("loaders", "score"),
            ("bench", "generate"), ("bench", "run")} <= found


@pytest.mark.parametrize("root, path, command", COMMANDS,
                         ids=[" ".join((root, *path)) for root, path, _ in COMMANDS])
def test_every_command_has_help(root, path, command):
    text = (command.help or "").strip()
    assert len(text) > 20, f"{root} {' '.join(path)}: no help text"
    result = CliRunner().invoke(ROOTS[root], [*path, "--help"], prog_name=f"python -m {root}")
    assert result.exit_code == 0, result.output
    assert text.split()[0] in result.output


@pytest.mark.parametrize("root", ROOTS)
def test_the_module_answers_help(root):
    result = subprocess.run([sys.executable, "-m", root, "--help"], cwd=PROJECT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert all(name in result.stdout for name in ROOTS[root].commands)
