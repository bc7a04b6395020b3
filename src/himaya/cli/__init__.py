"""The command line: ``himaya run``, ``networks``, ``show``, ``search``, ``export``, ``report`` ..."""

from himaya.cli import commands, views
from himaya.cli.main import cli, main

__all__ = ["cli", "commands", "main", "views"]
