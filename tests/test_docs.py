"""Docs that cannot rot: every command, setting and input format is documented."""

from __future__ import annotations

from pathlib import Path

import click

from himaya.cli import cli
from himaya.ingest import formats
from himaya.settings import SETTINGS

ROOT = Path(__file__).resolve().parents[1]


def _docs() -> str:
    return (ROOT / "README.md").read_text() + "".join(p.read_text() for p in sorted((ROOT / "docs").glob("*.md")))


def _commands(group: click.Group, prefix: str = "") -> list[str]:
    names = []
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            names.extend(_commands(command, f"{prefix}{name} "))
        else:
            names.append(prefix + name)
    return names


def test_every_command_is_documented() -> None:
    text = _docs()
    missing = [name for name in _commands(cli) if f"himaya {name}" not in text]
    assert not missing, f"undocumented commands: {missing}"


def test_every_setting_is_documented() -> None:
    text = (ROOT / "docs" / "settings.md").read_text()
    missing = [s.flag for s in SETTINGS if f"`{s.flag}`" not in text]
    assert not missing, f"undocumented settings: {missing}"


def test_every_format_is_documented() -> None:
    text = (ROOT / "docs" / "formats.md").read_text()
    missing = [name for name in formats() if f"`{name}`" not in text]
    assert not missing, f"undocumented formats: {missing}"


def test_readme_leads_with_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text()
    assert readme.index("make demo") < readme.index("## Use")
    assert "make test" in readme
    ci = (ROOT / ".ci" / "run").read_text()
    assert "make test" in ci
