"""Initial store: articles, entities, actors, places, events, mentions, clusters, runs, feeds.

Revision ID: 0001
Revises:
Create Date: 2024-06-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("label", sa.Text),
        sa.Column("pipeline_version", sa.Text),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("started_at", TS, nullable=False),
        sa.Column("finished_at", TS),
        sa.Column("n_read", sa.Integer, nullable=False, server_default="0"),
        sa.Column("n_new", sa.Integer, nullable=False, server_default="0"),
        sa.Column("n_skipped", sa.Integer, nullable=False, server_default="0"),
        sa.Column("n_near_duplicates", sa.Integer, nullable=False, server_default="0"),
        sa.Column("n_errors", sa.Integer, nullable=False, server_default="0"),
        sa.Column("n_mentions", sa.Integer, nullable=False, server_default="0"),
        sa.Column("n_events_new", sa.Integer, nullable=False, server_default="0"),
        sa.Column("n_events_merged", sa.Integer, nullable=False, server_default="0"),
        sa.Column("errors", sa.Text),
    )
    op.create_table(
        "clusters",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("first_article_id", sa.Integer),
        sa.Column("size", sa.Integer, nullable=False, server_default="1"),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("doc_id", sa.Text),
        sa.Column("url", sa.Text, unique=True),
        sa.Column("content_hash", sa.Text, nullable=False, unique=True),
        sa.Column("source", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.Text),
        sa.Column("published_day", sa.Text),
        sa.Column("language", sa.Text),
        sa.Column("n_chars", sa.Integer, nullable=False, server_default="0"),
        sa.Column("doc_json", sa.Text, nullable=False),
        sa.Column("minhash", sa.LargeBinary),
        sa.Column("cluster_id", sa.Integer, sa.ForeignKey("clusters.id")),
        sa.Column("dup_of", sa.Integer, sa.ForeignKey("articles.id")),
        sa.Column("dup_similarity", sa.Float),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id")),
        sa.Column("added_at", TS, nullable=False),
    )
    op.create_index("ix_articles_published_day", "articles", ["published_day"])
    op.create_index("ix_articles_cluster_id", "articles", ["cluster_id"])
    op.create_index("ix_articles_source", "articles", ["source"])
    op.create_table(
        "article_bands",
        sa.Column("band_key", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column(
            "article_id", sa.Integer, sa.ForeignKey("articles.id"), primary_key=True, autoincrement=False
        ),
    )
    op.create_table(
        "actors",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("key", sa.Text, nullable=False, unique=True),
        sa.Column("ext_id", sa.Text),
        sa.Column("code", sa.Text),
        sa.Column("name_en", sa.Text),
        sa.Column("country", sa.Text),
    )
    op.create_index("ix_actors_code", "actors", ["code"])
    op.create_table(
        "places",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("key", sa.Text, nullable=False, unique=True),
        sa.Column("ext_id", sa.Text),
        sa.Column("name_en", sa.Text),
        sa.Column("country", sa.Text),
        sa.Column("admin1", sa.Text),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
    )
    op.create_table(
        "entities",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id"), nullable=False),
        sa.Column("start_char", sa.Integer, nullable=False),
        sa.Column("end_char", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("norm", sa.Text),
        sa.Column("type", sa.Text),
        sa.Column("actor_id", sa.Integer, sa.ForeignKey("actors.id")),
        sa.Column("place_id", sa.Integer, sa.ForeignKey("places.id")),
        sa.Column("actor_reason", sa.Text),
        sa.Column("place_reason", sa.Text),
    )
    op.create_index("ix_entities_article_id", "entities", ["article_id"])
    op.create_index("ix_entities_actor_id", "entities", ["actor_id"])
    op.create_index("ix_entities_place_id", "entities", ["place_id"])
    op.create_index("ix_entities_norm", "entities", ["norm"])
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("cameo", sa.Text, nullable=False),
        sa.Column("cameo_root", sa.Text, nullable=False),
        sa.Column("plover", sa.Text),
        sa.Column("quad_class", sa.Integer),
        sa.Column("goldstein", sa.Float),
        sa.Column("modality", sa.Text),
        sa.Column("confidence", sa.Float),
        sa.Column("source_code", sa.Text),
        sa.Column("source_name", sa.Text),
        sa.Column("source_country", sa.Text),
        sa.Column("target_code", sa.Text),
        sa.Column("target_name", sa.Text),
        sa.Column("target_country", sa.Text),
        sa.Column("location_name", sa.Text),
        sa.Column("location_country", sa.Text),
        sa.Column("location_lat", sa.Float),
        sa.Column("location_lon", sa.Float),
        sa.Column("date", sa.Text),
        sa.Column("date_granularity", sa.Text),
        sa.Column("day", sa.Text),
        sa.Column("num_mentions", sa.Integer, nullable=False, server_default="1"),
        sa.Column("num_sources", sa.Integer, nullable=False, server_default="1"),
        sa.Column("num_articles", sa.Integer, nullable=False, server_default="1"),
        sa.Column("is_root", sa.Integer, nullable=False, server_default="0"),
        sa.Column("first_article_id", sa.Integer, sa.ForeignKey("articles.id")),
        sa.Column("text_en", sa.Text),
        sa.Column("text_ar", sa.Text),
        sa.Column("added_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
    )
    for name, cols in [
        ("ix_events_day", ["day"]),
        ("ix_events_root_day", ["cameo_root", "day"]),
        ("ix_events_cameo", ["cameo"]),
        ("ix_events_plover", ["plover"]),
        ("ix_events_source_code", ["source_code"]),
        ("ix_events_target_code", ["target_code"]),
        ("ix_events_source_country", ["source_country"]),
        ("ix_events_target_country", ["target_country"]),
        ("ix_events_location_country", ["location_country"]),
        ("ix_events_location_name", ["location_name"]),
        ("ix_events_confidence", ["confidence"]),
    ]:
        op.create_index(name, "events", cols)
    op.create_table(
        "event_mentions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id"), nullable=False),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id"), nullable=False),
        sa.Column("source", sa.Text),
        sa.Column("cameo", sa.Text, nullable=False),
        sa.Column("rule", sa.Text),
        sa.Column("confidence", sa.Float),
        sa.Column("modality", sa.Text),
        sa.Column("trigger_start", sa.Integer, nullable=False),
        sa.Column("trigger_end", sa.Integer, nullable=False),
        sa.Column("trigger_text", sa.Text),
        sa.Column("sentence_start", sa.Integer),
        sa.Column("sentence_end", sa.Integer),
        sa.Column("evidence", sa.Text),
        sa.Column("mention_json", sa.Text, nullable=False),
        sa.Column("merge_score", sa.Float),
        sa.Column("merge_reason", sa.Text),
        sa.Column("added_at", TS, nullable=False),
        sa.UniqueConstraint(
            "event_id", "article_id", "trigger_start", "trigger_end", "cameo", name="uq_mention_in_article"
        ),
    )
    op.create_index("ix_event_mentions_event_id", "event_mentions", ["event_id"])
    op.create_index("ix_event_mentions_article_id", "event_mentions", ["article_id"])
    op.create_table(
        "feeds",
        sa.Column("url", sa.Text, primary_key=True),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("last_polled_at", TS),
        sa.Column("last_ok_at", TS),
        sa.Column("last_new_at", TS),
        sa.Column("next_poll_at", TS),
        sa.Column("failures", sa.Integer, nullable=False, server_default="0"),
        sa.Column("last_status", sa.Text),
        sa.Column("last_error", sa.Text),
        sa.Column("n_items", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_table(
        "feed_items",
        sa.Column("feed_url", sa.Text, sa.ForeignKey("feeds.url"), primary_key=True),
        sa.Column("item_key", sa.Text, primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id")),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("seen_at", TS, nullable=False),
    )

    # Arabic full-text search over normalized text (see hadath.store.fts).
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE articles ADD COLUMN tsv_arabic tsvector")
        op.execute("ALTER TABLE articles ADD COLUMN tsv_simple tsvector")
        op.execute("CREATE INDEX ix_articles_tsv_arabic ON articles USING gin (tsv_arabic)")
        op.execute("CREATE INDEX ix_articles_tsv_simple ON articles USING gin (tsv_simple)")
        # newest first, as the event list sorts by default (day DESC NULLS LAST, id DESC)
        op.execute("CREATE INDEX ix_events_day_desc ON events (day DESC NULLS LAST, id DESC)")
    else:
        op.execute(
            "CREATE VIRTUAL TABLE articles_fts USING fts5("
            "body, stems, tokenize = 'unicode61 remove_diacritics 2')"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_events_day_desc")
        op.execute("DROP INDEX IF EXISTS ix_articles_tsv_simple")
        op.execute("DROP INDEX IF EXISTS ix_articles_tsv_arabic")
    else:
        op.execute("DROP TABLE IF EXISTS articles_fts")
    for table in [
        "feed_items",
        "feeds",
        "event_mentions",
        "events",
        "entities",
        "places",
        "actors",
        "article_bands",
        "articles",
        "clusters",
        "runs",
    ]:
        op.drop_table(table)
