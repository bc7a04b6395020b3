"""The command line: ``himaya run``, ``networks``, ``show``, ``search``, ``export``, ``report``, ``hash`` ..."""

from himaya.cli import commands, images, series, views
from himaya.cli.main import cli, main

__all__ = ["cli", "commands", "images", "main", "series", "views"]
