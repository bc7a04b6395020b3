"""The command line: ``himaya run``, ``networks``, ``show``, ``search``, ``explain``, ``export``, ``report`` ...

Each command imports the library it calls (``himaya.app``, the store, the report) inside its function: every
invocation pays for the one command it runs, so ``himaya --help`` starts in about 0.2 s instead of loading
SQLAlchemy, numpy and the lexicons. These are the only imports left inside functions besides the few that
say why where they stand (``python tools/architecture_table.py --inside-functions`` lists them all).
"""

from himaya.cli import commands, db, explain, images, series, views
from himaya.cli.main import cli, main

__all__ = ["cli", "commands", "db", "explain", "images", "main", "series", "views"]
