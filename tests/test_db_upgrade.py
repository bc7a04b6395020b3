"""Schema versions: commands refuse an older or newer schema; ``himaya db upgrade`` brings it up to date;
``run`` creates the schema in an empty database (and upgrades the embedded SQLite file) itself."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import inspect, text

from himaya.cli import cli
from himaya.errors import UsageError
from himaya.store import Store
from himaya.store.upgrade import newest_revision

POSTS = '{"id": "p1", "text": "room to rent, call +1 201 555 0123"}\n'


def _at_revision(target: str, revision: str) -> None:
    """Bring a database made by this code down to ``revision`` (as an older himaya left it)."""
    from alembic import command
    from alembic.config import Config

    with Store.open(target) as store:
        config = Config()
        config.set_main_option("script_location", str(Path(__file__).parents[1] / "src/himaya/store/migrations"))
        with store.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, revision)


def _stamp(target: str, revision: str) -> None:
    """Mark a database as written by a newer himaya."""
    with Store.open(target) as store, store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :rev"), {"rev": revision})


def _tables(target: str) -> set[str]:
    with Store.open(target, check=False) as store:
        return set(inspect(store.engine).get_table_names())


@pytest.fixture()
def posts(tmp_path: Path) -> Path:
    path = tmp_path / "posts.jsonl"
    path.write_text(POSTS, encoding="utf-8")
    return path


def test_an_older_schema_is_refused_until_upgraded(tmp_path: Path, posts: Path) -> None:
    db = str(tmp_path / "old.db")
    _at_revision(db, "0002")
    assert "audit" not in _tables(db)
    with pytest.raises(UsageError, match="older than") as raised:
        Store.open(db)  # opening does not migrate
    assert "himaya db upgrade" in raised.value.message and "audit" not in _tables(db)
    runner = CliRunner()
    for args in (["networks"], ["search", "+12015550123"], ["export", "records"], ["audit"]):
        result = runner.invoke(cli, [*args, "--db", db])
        assert result.exit_code == 2, args
        assert f"run `himaya db upgrade --db {db}` first" in result.stderr
    status = runner.invoke(cli, ["db", "status", "--db", db])
    assert status.exit_code == 0 and "schema:   0002" in status.stdout and "older" in status.stdout
    upgraded = runner.invoke(cli, ["db", "upgrade", "--db", db])
    assert upgraded.exit_code == 0 and f"from 0002 to {newest_revision()}" in upgraded.stdout
    assert "audit" in _tables(db)
    assert "up to date" in runner.invoke(cli, ["db", "status", "--db", db]).stdout
    assert "nothing to do" in runner.invoke(cli, ["db", "upgrade", "--db", db]).stdout
    assert runner.invoke(cli, ["run", str(posts), "--db", db, "--quiet"]).exit_code == 0


def test_a_newer_schema_is_refused_by_every_command(tmp_path: Path, posts: Path) -> None:
    db = str(tmp_path / "new.db")
    _stamp(db, "9999_from_the_future")
    for upgrade in ("never", "empty", "embedded", "always"):
        with pytest.raises(UsageError, match="newer than this himaya knows"):
            Store.open(db, upgrade=upgrade)
    runner = CliRunner()
    for args in (["networks"], ["run", str(posts), "--quiet"], ["db", "upgrade"]):
        result = runner.invoke(cli, [*args, "--db", db])
        assert result.exit_code == 2, args
        assert "newer than this himaya knows" in result.stderr
    status = runner.invoke(cli, ["db", "status", "--db", db])
    assert status.exit_code == 0 and "9999_from_the_future" in status.stdout


def test_run_upgrades_the_embedded_sqlite_file_itself(tmp_path: Path, posts: Path) -> None:
    db = str(tmp_path / "embedded.db")
    _at_revision(db, "0002")
    result = CliRunner().invoke(cli, ["run", str(posts), "--db", db, "--quiet"])
    assert result.exit_code == 0, result.output
    with Store.open(db, upgrade="never") as store:
        assert store.schema().up_to_date


def test_run_and_hashlist_import_create_the_schema_in_a_new_database(tmp_path: Path, posts: Path) -> None:
    runner = CliRunner()
    listed = tmp_path / "list.txt"
    listed.write_text("0" * 32 + "\n")
    db = str(tmp_path / "fresh.db")
    result = runner.invoke(cli, ["hashlist", "import", str(listed), "--name", "demo", "--db", db])
    assert result.exit_code == 0, result.output
    db = str(tmp_path / "fresh-run.db")
    assert runner.invoke(cli, ["run", str(posts), "--db", db, "--quiet"]).exit_code == 0
    audit = runner.invoke(cli, ["audit", "--db", db, "--json"])
    actions = [json.loads(line)["action"] for line in audit.stdout.splitlines()]
    assert actions == ["link", "run"]  # newest first


@pytest.mark.postgres
def test_postgres_an_empty_database_gets_the_schema_from_run_and_an_older_one_is_refused(
    postgres_url: str, posts: Path
) -> None:
    with Store.open(postgres_url) as store:
        store.drop_all()
        assert store.schema().empty
    runner = CliRunner()
    result = runner.invoke(cli, ["run", str(posts), "--db", postgres_url, "--quiet"])
    assert result.exit_code == 0, result.output
    _at_revision(postgres_url, "0002")
    result = runner.invoke(cli, ["run", str(posts), "--db", postgres_url, "--quiet"])
    assert result.exit_code == 2 and "himaya db upgrade" in result.stderr  # a shared database: never silently
    assert runner.invoke(cli, ["db", "upgrade", "--db", postgres_url]).exit_code == 0
    with Store.open(postgres_url, upgrade="never") as store:
        assert store.schema().up_to_date
        store.drop_all()
