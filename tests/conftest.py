"""Shared fixtures: a store on SQLite and, where a server answers, on PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from himaya.store import Store

PG_ADMIN = os.environ.get("HIMAYA_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")


def _postgres_available() -> bool:
    try:
        import psycopg

        with psycopg.connect(PG_ADMIN.replace("postgresql://", "postgresql://", 1), connect_timeout=2):
            return True
    except Exception:
        return False


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    if not _postgres_available():
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is not reachable at {PG_ADMIN} (CI must test it)")
        pytest.skip(f"PostgreSQL is not reachable at {PG_ADMIN}")
    import psycopg

    name = f"himaya_test_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN.rsplit("/", 1)[0]
    yield f"{base}/{name}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        s = Store.open(tmp_path / "test.db")
        yield s
        s.close()
    else:
        url = request.getfixturevalue("postgres_url")
        s = Store.open(url)
        s.drop_all()
        s.close()
        s = Store.open(url)
        yield s
        s.drop_all()
        s.close()
