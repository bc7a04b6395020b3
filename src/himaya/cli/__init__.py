"""The command line: ``himaya run``, ``networks``, ``show``, ``search``, ``export``, ``report``, ``hash`` ..."""

from himaya.cli import commands, db, images, series, views
from himaya.cli.main import cli, main

__all__ = ["cli", "commands", "db", "images", "main", "series", "views"]
