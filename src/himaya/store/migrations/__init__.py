"""Alembic migrations: named, transactional steps from an empty database to the current schema."""
