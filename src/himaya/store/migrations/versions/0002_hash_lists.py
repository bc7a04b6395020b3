"""Hash lists of known images, their entries, and the stored images that matched them.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hash_lists",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("format", sa.String(32), nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("imported_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
        sa.Column("entries", sa.Integer, nullable=False),
    )
    op.create_table(
        "hash_entries",
        sa.Column("list_id", sa.Integer, sa.ForeignKey("hash_lists.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("kind", sa.String(8), primary_key=True),
        sa.Column("value", sa.String(64), primary_key=True),
        sa.Column("quality", sa.Integer),
        sa.Column("category", sa.String(40)),
        sa.Column("source_category", sa.Text),
        sa.Column("series", sa.Text),
        sa.Column("victim_identified", sa.Boolean),
        sa.Column("first_seen", sa.String(40)),
        sa.Column("last_seen", sa.String(40)),
        sa.Column("tlp", sa.String(16)),
        sa.Column("entry_id", sa.Text),
        sa.Column("grp", sa.Text),
        sa.Column("attrs", sa.JSON),
    )
    op.create_index("ix_hash_entries_value", "hash_entries", ["kind", "value"])
    op.create_table(
        "image_matches",
        sa.Column("record_uid", sa.String(64), primary_key=True),
        sa.Column("list", sa.String(200), primary_key=True),
        sa.Column("kind", sa.String(8), primary_key=True),
        sa.Column("hash", sa.String(64), primary_key=True),
        sa.Column("distance", sa.Integer, nullable=False),
        sa.Column("category", sa.String(40)),
        sa.Column("series", sa.Text),
        sa.Column("prior_risk", sa.Float, nullable=False),
        sa.Column("prior_typology", sa.String(40)),
    )


def downgrade() -> None:
    op.drop_table("image_matches")
    op.drop_index("ix_hash_entries_value", "hash_entries")
    op.drop_table("hash_entries")
    op.drop_table("hash_lists")
