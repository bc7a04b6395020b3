"""Stable network ids and what explains links: related networks, record-pivot ties, the history of network
ids, and the strength of each link.

Revision ID: 0004_network_ids
Revises: 0003_audit
Create Date: 2026-12-09
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_network_ids"
down_revision = "0003_audit"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("links", sa.Column("strength", sa.Float))  # None for the links of earlier runs
    op.create_table(
        "relations",
        sa.Column("network_a", sa.String(40), primary_key=True),
        sa.Column("network_b", sa.String(40), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("key", sa.Text, primary_key=True),
        sa.Column("records_a", sa.Integer, nullable=False),
        sa.Column("records_b", sa.Integer, nullable=False),
        sa.Column("strength", sa.Float, nullable=False),
        sa.Column("example_a", sa.String(64)),
        sa.Column("example_b", sa.String(64)),
    )
    op.create_index("ix_relations_a", "relations", ["network_a"])
    op.create_index("ix_relations_b", "relations", ["network_b"])
    op.create_table(
        "ties",
        sa.Column("record_uid", sa.String(64), primary_key=True),
        sa.Column("key", sa.Text, primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("strength", sa.Float, nullable=False),
        sa.Column("hub", sa.Boolean, nullable=False),
    )
    op.create_index("ix_ties_key", "ties", ["key"])
    op.create_table(
        "network_history",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("old_id", sa.String(40), nullable=False),
        sa.Column("new_id", sa.String(40)),
        sa.Column("records", sa.Integer, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_network_history_old", "network_history", ["old_id"])


def downgrade() -> None:
    op.drop_index("ix_network_history_old", "network_history")
    op.drop_table("network_history")
    op.drop_index("ix_ties_key", "ties")
    op.drop_table("ties")
    op.drop_index("ix_relations_b", "relations")
    op.drop_index("ix_relations_a", "relations")
    op.drop_table("relations")
    with op.batch_alter_table("links") as batch:  # SQLite drops a column by copying the table
        batch.drop_column("strength")
