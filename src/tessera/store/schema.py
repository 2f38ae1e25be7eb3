"""The store's tables, written once with SQLAlchemy Core so SQLite and PostgreSQL share them.

The migrations under `migrations/versions/` create exactly these tables; a test checks that the
migrated database and this metadata agree, so a change here needs a new migration.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

# Named constraints keep migrations reproducible on both backends.
metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

REVIEW_STATES = ("unreviewed", "confirmed", "rejected", "edited")

# One row per distinct content (raw bytes' SHA-256): re-ingesting the same bytes adds nothing.
documents = Table(
    "documents",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("doc_key", String(200), nullable=False),  # Document.id, what evidence spans name
    Column("sha256", String(64), nullable=False, unique=True),
    Column("text", Text, nullable=False),
    Column("title", Text),
    Column("outlet", String(200)),
    Column("url", Text),
    Column("published", String(10)),  # "YYYY-MM-DD", "YYYY-MM" or "YYYY", as the report gave it
    Column("path", Text),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)
Index("ix_documents_doc_key", documents.c.doc_key)

# One row per event as one report told it (the extractor's output, before merging).
mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("event_key", String(40), nullable=False),  # the extractor's stable Event.id
    Column("type", String(40), nullable=False),
    Column("status", String(20), nullable=False),
    Column("when_start", Date),
    Column("when_end", Date),
    Column("country", String(2)),
    Column("admin1", String(120)),
    Column("confidence", Float, nullable=False),
    Column("record", JSON, nullable=False),  # the event JSON of the contract
    # A hash of the values the merged record is chosen from (records.telling, migration 0007):
    # reports that told an event alike are combined as one telling and a count.
    Column("telling", String(64)),
    UniqueConstraint("document_id", "event_key", name="uq_mentions_document_event"),
)
Index("ix_mentions_document_id", mentions.c.document_id)

# One row per real-world event: the merged record of its mentions, and its review state.
events = Table(
    "events",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("type", String(40), nullable=False),
    Column("status", String(20), nullable=False),
    Column("summary", Text, nullable=False),
    Column("when_start", Date),
    Column("when_end", Date),
    Column("when_precision", String(20), nullable=False),
    # The main place (where, else destination, else origin); all places are in event_places.
    Column("country", String(2)),
    Column("admin1", String(120)),
    Column("admin2", String(120)),
    Column("lat", Float),
    Column("lon", Float),
    Column("victims_min", Integer),
    Column("victims_max", Integer),
    Column("confidence", Float, nullable=False),
    # Queryable facts of the record, as columns for plain SQL (migration 0006).
    Column("place_name", Text),
    Column("place_precision", String(20)),
    Column("victims_group", String(20)),
    Column("perpetrator_kinds", String(200)),  # ";"-joined, sorted
    Column("source_count", Integer, nullable=False, server_default="0"),
    Column("review_state", String(20), nullable=False, server_default="unreviewed"),
    Column("search_text", Text, nullable=False),  # lower-cased words for --text
    Column("record", JSON, nullable=False),
    Column("explanation", JSON),  # why its mentions were merged, as the merge stage said
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)
Index("ix_events_type_start", events.c.type, events.c.when_start)
Index("ix_events_review_state", events.c.review_state)

# Every place an event names, by role, so --country/--admin1/--near match origin and destination too.
event_places = Table(
    "event_places",
    metadata,
    Column("event_id", String(40), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("role", String(12), primary_key=True),  # where | origin | destination
    Column("name", Text),
    Column("precision", String(20)),
    Column("country", String(2)),
    Column("admin1", String(120)),
    Column("admin2", String(120)),
    Column("lat", Float),
    Column("lon", Float),
)
Index("ix_event_places_country_admin1", event_places.c.country, event_places.c.admin1)
Index("ix_event_places_lat_lon", event_places.c.lat, event_places.c.lon)

# Lookup keys of each merged event (type with month or year, as the merge stage defines them):
# a new event is compared only with stored events sharing a key.
event_keys = Table(
    "event_keys",
    metadata,
    Column("event_id", String(40), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("key", String(60), primary_key=True),
)
Index("ix_event_keys_key", event_keys.c.key)

# Which mentions make up each merged event (a mention belongs to exactly one event).
event_mentions = Table(
    "event_mentions",
    metadata,
    Column("mention_id", Integer, ForeignKey("mentions.id", ondelete="CASCADE"), primary_key=True),
    Column("event_id", String(40), ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
)
Index("ix_event_mentions_event_id", event_mentions.c.event_id)

# Pairs of events a person has split apart: merging never joins them again.
kept_apart = Table(
    "kept_apart",
    metadata,
    Column("event_a", String(40), primary_key=True),
    Column("event_b", String(40), primary_key=True),
)

# Everything that changed an event, by whom, and what changed (tessera.store.history): `before` and
# `after` hold the fields that changed, a list that only grew holds its new items under `after`
# as {"added": [...]} (migration 0007; earlier rows hold whole records).
event_history = Table(
    "event_history",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("event_id", String(40), nullable=False),  # no FK: history outlives fused events
    Column("at", DateTime(timezone=True), nullable=False),
    Column("actor", String(120), nullable=False),
    Column("action", String(40), nullable=False),
    Column("note", Text),
    Column("before", JSON),
    Column("after", JSON),
)
Index("ix_event_history_event_id", event_history.c.event_id)

# Further copies of a stored document's content: the same text from another outlet, address, date
# or file (a wire story syndicated by several papers). The first copy is the documents row; each
# other is kept here once, and is a source of every event read in that text.
document_copies = Table(
    "document_copies",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("copy_key", String(64), nullable=False),  # SHA-256 of the copy's id, outlet, URL and date
    Column("doc_key", String(200), nullable=False),
    Column("title", Text),
    Column("outlet", String(200)),
    Column("url", Text),
    Column("published", String(10)),
    Column("path", Text),
    Column("added_at", DateTime(timezone=True), nullable=False),
    # A near copy (migration 0007): its own text's SHA-256, and how alike the two texts are.
    Column("sha256", String(64)),
    Column("similarity", Float),
    UniqueConstraint("document_id", "copy_key", name="uq_document_copies_document_copy"),
)
Index("ix_document_copies_sha256", document_copies.c.sha256)

# The LSH index of the documents' texts (tessera.store.near_copies): each band hash of a document's
# MinHash signature, so a new text's candidate near copies are found by SQL in any later run.
document_bands = Table(
    "document_bands",
    metadata,
    Column("band", BigInteger, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
)


# The full-text index (migration 0006) is the database's own machinery, not a table SQLAlchemy
# reads or writes: SQLite's FTS5 table `events_fts` (and the shadow tables FTS5 makes for it),
# PostgreSQL's generated column `events.search_tsv` and its GIN index.
FULL_TEXT_PREFIX = "events_fts"
FULL_TEXT_NAMES = frozenset({"search_tsv", "ix_events_search_tsv"})


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """For Alembic's comparisons: everything but the full-text index's own objects."""
    return not (name and (name.startswith(FULL_TEXT_PREFIX) or name in FULL_TEXT_NAMES))


# Pairs of events the merge found close but not sure enough to join: kept for a person to accept
# (`tessera merge A B`) or dismiss (`--dismiss`, after which they are kept apart). event_a < event_b.
CANDIDATE_STATES = ("open", "accepted", "dismissed")
merge_candidates = Table(
    "merge_candidates",
    metadata,
    Column("event_a", String(40), primary_key=True),
    Column("event_b", String(40), primary_key=True),
    Column("score", Float, nullable=False),
    Column("reasons", JSON),  # the comparison's reasons, as the merge stage said them
    Column("state", String(12), nullable=False, server_default="open"),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("decided_at", DateTime(timezone=True)),
    Column("actor", String(120)),
)
Index("ix_merge_candidates_event_b", merge_candidates.c.event_b)
# The review application's tables (accounts, sessions, audit log) join this metadata.
from tessera.store import accounts_schema as _accounts_schema  # noqa: E402,F401
