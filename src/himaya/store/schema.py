"""The tables, as SQLAlchemy Core objects used by queries.

The migrations in ``himaya/store/migrations/versions`` create and change these tables; a test checks that
the two agree (``tests/test_store.py::test_migrations_match_schema``).
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", String(32), nullable=False),
    Column("finished_at", String(32)),
    Column("command", String(32), nullable=False),
    Column("inputs", JSON, nullable=False),
    Column("counts", JSON),
    Column("status", String(16), nullable=False),
)

records = Table(
    "records",
    metadata,
    Column("uid", String(64), primary_key=True),  # sha256 of the raw bytes: the content address
    Column("id", Text, nullable=False),  # the id the source gave
    Column("source", Text, nullable=False),
    Column("locator", Text, nullable=False),
    Column("ingested_at", String(32), nullable=False),
    Column("run_id", Integer, ForeignKey("runs.id"), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("title", Text),
    Column("text", Text, nullable=False),
    Column("url", Text),
    Column("platform", Text),
    Column("author", Text),
    Column("posted_at", String(40)),
    Column("location", Text),
    Column("country", String(2)),
    Column("images", JSON),
    Column("attrs", JSON),
    Column("language", String(8)),
    Column("risk", Float, nullable=False),
    Column("typology", String(40)),
    Column("hits", JSON),  # the indicator hits behind risk and typology (see himaya.store.rows.HIT_FIELDS)
    Index("ix_records_id", "id"),
    Index("ix_records_risk", "risk"),
)

occurrences = Table(
    "occurrences",
    metadata,
    Column("record_uid", String(64), ForeignKey("records.uid", ondelete="CASCADE"), primary_key=True),
    Column("type", String(16), primary_key=True),
    Column("value", Text, primary_key=True),
    Column("start", Integer, primary_key=True),
    Column("end", Integer, nullable=False),
    Column("raw", Text, nullable=False),
    Column("hidden", Boolean, nullable=False),
    Column("detail", Text),
    Index("ix_occurrences_value", "type", "value"),
)

minhashes = Table(
    "minhashes",
    metadata,
    Column("record_uid", String(64), ForeignKey("records.uid", ondelete="CASCADE"), primary_key=True),
    Column("bands", LargeBinary, nullable=False),  # int64 LSH band keys
    Column("signature", LargeBinary, nullable=False),  # uint32 MinHash values
)

problems = Table(
    "problems",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer, ForeignKey("runs.id"), nullable=False),
    Column("source", Text, nullable=False),
    Column("locator", Text, nullable=False),
    Column("reason", Text, nullable=False),
)

selectors = Table(  # rebuilt by the link stage from occurrences
    "selectors",
    metadata,
    Column("type", String(16), primary_key=True),
    Column("value", Text, primary_key=True),
    Column("records", Integer, nullable=False),
    Column("hub", Boolean, nullable=False),
    Column("hub_reason", Text),
    Column("country", String(2)),
)

networks = Table(
    "networks",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("size", Integer, nullable=False),
    Column("risk", Float, nullable=False),
    Column("typology", String(40)),
    Column("typologies", JSON, nullable=False),
    Column("countries", JSON, nullable=False),
    Column("key_selectors", JSON, nullable=False),
    Column("first_seen", String(40)),
    Column("last_seen", String(40)),
    Index("ix_networks_risk", "risk"),
)

members = Table(  # which network each networked record belongs to (narrow: relinking rewrites no record row)
    "members",
    metadata,
    Column("record_uid", String(64), primary_key=True),
    Column("network_id", String(40), ForeignKey("networks.id", ondelete="CASCADE"), nullable=False),
    Index("ix_members_network", "network_id"),
)

links = Table(  # why each member is in its network: the selector or near-duplicate group it shares
    "links",
    metadata,
    Column("network_id", String(40), ForeignKey("networks.id", ondelete="CASCADE"), primary_key=True),
    Column("record_uid", String(64), primary_key=True),
    Column("kind", String(16), primary_key=True),  # "selector" or "text"
    Column("key", Text, primary_key=True),  # "phone:+12015550123" or "text:<group>"
    Column("strength", Float),  # how much the shared pivot says (the link stage's tie model); None before 0004
    Index("ix_links_record", "record_uid"),
)

relations = Table(  # two networks that share weak evidence (near-duplicate wording ...) too weak to merge them
    "relations",
    metadata,
    Column("network_a", String(40), primary_key=True),  # network_a < network_b
    Column("network_b", String(40), primary_key=True),
    Column("kind", String(16), nullable=False),  # "text", "handle-name", "selector" ...
    Column("key", Text, primary_key=True),  # the shared pivot
    Column("records_a", Integer, nullable=False),  # records of each side that carry it
    Column("records_b", Integer, nullable=False),
    Column("strength", Float, nullable=False),
    Column("example_a", String(64)),  # a record uid on each side that carries it
    Column("example_b", String(64)),
    Index("ix_relations_a", "network_a"),
    Index("ix_relations_b", "network_b"),
)

ties = Table(  # every record-pivot edge of a pivot two or more records share (``himaya explain``)
    "ties",
    metadata,
    Column("record_uid", String(64), primary_key=True),
    Column("key", Text, primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("strength", Float, nullable=False),
    Column("hub", Boolean, nullable=False),  # held back from linking as a hub
    Index("ix_ties_key", "key"),
)

network_history = Table(  # where the records of a network id went when a link did not keep it whole; appended
    "network_history",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("old_id", String(40), nullable=False),
    Column("new_id", String(40)),  # None: the records are in no network now
    Column("records", Integer, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Index("ix_network_history_old", "old_id"),
)

hash_lists = Table(  # lists of hashes of known images (see himaya.images.lists), by name
    "hash_lists",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("format", String(32), nullable=False),
    Column("source", Text, nullable=False),  # the file last imported
    Column("imported_at", String(32), nullable=False),
    Column("updated_at", String(32), nullable=False),
    Column("entries", Integer, nullable=False),
)

hash_entries = Table(  # one hash of one known image, with what its list says about the image
    "hash_entries",
    metadata,
    Column("list_id", Integer, ForeignKey("hash_lists.id", ondelete="CASCADE"), primary_key=True),
    Column("kind", String(8), primary_key=True),  # md5, sha1, sha256, pdq
    Column("value", String(64), primary_key=True),  # lower-case hex
    Column("quality", Integer),
    Column("category", String(40)),
    Column("source_category", Text),
    Column("series", Text),
    Column("victim_identified", Boolean),
    Column("first_seen", String(40)),
    Column("last_seen", String(40)),
    Column("tlp", String(16)),
    Column("entry_id", Text),
    Column("grp", Text),  # entries read from one row (one image) share it
    Column("attrs", JSON),
    Index("ix_hash_entries_value", "kind", "value"),
)

image_matches = Table(  # stored images that matched a hash-list entry (himaya match, himaya run)
    "image_matches",
    metadata,
    Column("record_uid", String(64), primary_key=True),
    Column("list", String(200), primary_key=True),
    Column("kind", String(8), primary_key=True),
    Column("hash", String(64), primary_key=True),
    Column("distance", Integer, nullable=False),
    Column("category", String(40)),
    Column("series", Text),
    Column("prior_risk", Float, nullable=False),  # the record's risk and typology before its first match,
    Column("prior_typology", String(40)),  # restored when a newer list no longer matches it
)

audit = Table(  # who read or changed what (himaya.store.audit); written in the transaction it records
    "audit",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("actor", String(200), nullable=False),  # "cli:alice", later "web:<user>"
    Column("action", String(40), nullable=False),  # "search", "show.network", "hashlist.import" ...
    Column("target", Text, nullable=False),  # what it was done to: a query, a network id, a list name
    Column("details", JSON, nullable=False),
    Index("ix_audit_at", "at"),
)
