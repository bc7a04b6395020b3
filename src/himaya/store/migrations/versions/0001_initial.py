"""Records (with their indicator hits), selector occurrences, MinHash signatures, networks and their links.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("started_at", sa.String(32), nullable=False),
        sa.Column("finished_at", sa.String(32)),
        sa.Column("command", sa.String(32), nullable=False),
        sa.Column("inputs", sa.JSON, nullable=False),
        sa.Column("counts", sa.JSON),
        sa.Column("status", sa.String(16), nullable=False),
    )
    op.create_table(
        "records",
        sa.Column("uid", sa.String(64), primary_key=True),
        sa.Column("id", sa.Text, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("locator", sa.Text, nullable=False),
        sa.Column("ingested_at", sa.String(32), nullable=False),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id"), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("platform", sa.Text),
        sa.Column("author", sa.Text),
        sa.Column("posted_at", sa.String(40)),
        sa.Column("location", sa.Text),
        sa.Column("country", sa.String(2)),
        sa.Column("images", sa.JSON),
        sa.Column("attrs", sa.JSON),
        sa.Column("language", sa.String(8)),
        sa.Column("risk", sa.Float, nullable=False),
        sa.Column("typology", sa.String(40)),
        sa.Column("hits", sa.JSON),
    )
    op.create_index("ix_records_id", "records", ["id"])
    op.create_index("ix_records_risk", "records", ["risk"])
    op.create_table(
        "occurrences",
        sa.Column("record_uid", sa.String(64), sa.ForeignKey("records.uid", ondelete="CASCADE"), primary_key=True),
        sa.Column("type", sa.String(16), primary_key=True),
        sa.Column("value", sa.Text, primary_key=True),
        sa.Column("start", sa.Integer, primary_key=True),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("raw", sa.Text, nullable=False),
        sa.Column("hidden", sa.Boolean, nullable=False),
        sa.Column("detail", sa.Text),
    )
    op.create_index("ix_occurrences_value", "occurrences", ["type", "value"])
    op.create_table(
        "minhashes",
        sa.Column("record_uid", sa.String(64), sa.ForeignKey("records.uid", ondelete="CASCADE"), primary_key=True),
        sa.Column("bands", sa.LargeBinary, nullable=False),
        sa.Column("signature", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "problems",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id"), nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("locator", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
    )
    op.create_table(
        "selectors",
        sa.Column("type", sa.String(16), primary_key=True),
        sa.Column("value", sa.Text, primary_key=True),
        sa.Column("records", sa.Integer, nullable=False),
        sa.Column("hub", sa.Boolean, nullable=False),
        sa.Column("hub_reason", sa.Text),
        sa.Column("country", sa.String(2)),
    )
    op.create_table(
        "networks",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("risk", sa.Float, nullable=False),
        sa.Column("typology", sa.String(40)),
        sa.Column("typologies", sa.JSON, nullable=False),
        sa.Column("countries", sa.JSON, nullable=False),
        sa.Column("key_selectors", sa.JSON, nullable=False),
        sa.Column("first_seen", sa.String(40)),
        sa.Column("last_seen", sa.String(40)),
    )
    op.create_index("ix_networks_risk", "networks", ["risk"])
    op.create_table(
        "members",
        sa.Column("record_uid", sa.String(64), primary_key=True),
        sa.Column("network_id", sa.String(40), sa.ForeignKey("networks.id", ondelete="CASCADE"), nullable=False),
    )
    op.create_index("ix_members_network", "members", ["network_id"])
    op.create_table(
        "links",
        sa.Column("network_id", sa.String(40), sa.ForeignKey("networks.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("record_uid", sa.String(64), primary_key=True),
        sa.Column("kind", sa.String(16), primary_key=True),
        sa.Column("key", sa.Text, primary_key=True),
    )
    op.create_index("ix_links_record", "links", ["record_uid"])


def downgrade() -> None:
    for name in (
        "links",
        "members",
        "networks",
        "selectors",
        "problems",
        "minhashes",
        "occurrences",
        "records",
        "runs",
    ):
        op.drop_table(name)
