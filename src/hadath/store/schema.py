"""Tables of the hadath store, as SQLAlchemy Core objects.

The database itself is created and upgraded by the Alembic migrations in
``hadath/store/migrations`` (run on open); this module describes the same tables for the code that
reads and writes them. ``tests/test_store_migrations.py`` checks that both agree.

Backend-specific parts live only in the migrations: the SQLite FTS5 table ``articles_fts`` and the
PostgreSQL ``tsvector`` columns ``articles.tsv_arabic`` / ``articles.tsv_simple``.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

TS = sa.DateTime(timezone=True)

runs = sa.Table(
    "runs",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("kind", sa.Text, nullable=False),  # ingest | watch
    sa.Column("label", sa.Text),
    sa.Column("pipeline_version", sa.Text),
    sa.Column("status", sa.Text, nullable=False),  # running | finished | failed | interrupted
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
    sa.Column("errors", sa.Text),  # JSON list of {"where", "kind", "message"}, capped
)

clusters = sa.Table(
    "clusters",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("first_article_id", sa.Integer),
    sa.Column("size", sa.Integer, nullable=False, server_default="1"),
    sa.Column("created_at", TS, nullable=False),
)

articles = sa.Table(
    "articles",
    metadata,
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
    sa.Index("ix_articles_published_day", "published_day"),
    sa.Index("ix_articles_cluster_id", "cluster_id"),
    sa.Index("ix_articles_source", "source"),
)

article_bands = sa.Table(
    "article_bands",
    metadata,
    sa.Column("band_key", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id"), primary_key=True, autoincrement=False),
)

actors = sa.Table(
    "actors",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("key", sa.Text, nullable=False, unique=True),
    sa.Column("ext_id", sa.Text),
    sa.Column("code", sa.Text),
    sa.Column("name_en", sa.Text),
    sa.Column("country", sa.Text),
    sa.Index("ix_actors_code", "code"),
)

places = sa.Table(
    "places",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("key", sa.Text, nullable=False, unique=True),
    sa.Column("ext_id", sa.Text),
    sa.Column("name_en", sa.Text),
    sa.Column("country", sa.Text),
    sa.Column("admin1", sa.Text),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
)

entities = sa.Table(
    "entities",
    metadata,
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
    sa.Index("ix_entities_article_id", "article_id"),
    sa.Index("ix_entities_actor_id", "actor_id"),
    sa.Index("ix_entities_place_id", "place_id"),
    sa.Index("ix_entities_norm", "norm"),
)

events = sa.Table(
    "events",
    metadata,
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
    sa.Column("date", sa.Text),  # as extracted: YYYY | YYYY-MM | YYYY-MM-DD
    sa.Column("date_granularity", sa.Text),  # day | month | year | published
    sa.Column("day", sa.Text),  # YYYY-MM-DD used for ranges and merging
    sa.Column("num_mentions", sa.Integer, nullable=False, server_default="1"),
    sa.Column("num_sources", sa.Integer, nullable=False, server_default="1"),
    sa.Column("num_articles", sa.Integer, nullable=False, server_default="1"),
    sa.Column("is_root", sa.Integer, nullable=False, server_default="0"),
    sa.Column("first_article_id", sa.Integer, sa.ForeignKey("articles.id")),
    sa.Column("text_en", sa.Text),
    sa.Column("text_ar", sa.Text),
    sa.Column("added_at", TS, nullable=False),
    sa.Column("updated_at", TS, nullable=False),
    sa.Index("ix_events_day", "day"),
    sa.Index("ix_events_root_day", "cameo_root", "day"),
    sa.Index("ix_events_cameo", "cameo"),
    sa.Index("ix_events_plover", "plover"),
    sa.Index("ix_events_source_code", "source_code"),
    sa.Index("ix_events_target_code", "target_code"),
    sa.Index("ix_events_source_country", "source_country"),
    sa.Index("ix_events_target_country", "target_country"),
    sa.Index("ix_events_location_country", "location_country"),
    sa.Index("ix_events_location_name", "location_name"),
    sa.Index("ix_events_confidence", "confidence"),
)

event_mentions = sa.Table(
    "event_mentions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id"), nullable=False),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id"), nullable=False),
    sa.Column("source", sa.Text),  # the article's source (outlet), for NumSources
    sa.Column("cameo", sa.Text, nullable=False),
    sa.Column("rule", sa.Text),
    sa.Column("confidence", sa.Float),
    sa.Column("modality", sa.Text),
    sa.Column("trigger_start", sa.Integer, nullable=False),
    sa.Column("trigger_end", sa.Integer, nullable=False),
    sa.Column("trigger_text", sa.Text),
    sa.Column("sentence_start", sa.Integer),
    sa.Column("sentence_end", sa.Integer),
    sa.Column("evidence", sa.Text),  # the sentence that carries the event
    sa.Column("mention_json", sa.Text, nullable=False),  # the event as extracted from this article
    sa.Column("merge_score", sa.Float),  # null: this mention founded the event
    sa.Column("merge_reason", sa.Text),  # JSON explanation of the merge
    sa.Column("added_at", TS, nullable=False),
    sa.UniqueConstraint(
        "event_id", "article_id", "trigger_start", "trigger_end", "cameo", name="uq_mention_in_article"
    ),
    sa.Index("ix_event_mentions_event_id", "event_id"),
    sa.Index("ix_event_mentions_article_id", "article_id"),
)

feeds = sa.Table(
    "feeds",
    metadata,
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

feed_items = sa.Table(
    "feed_items",
    metadata,
    sa.Column("feed_url", sa.Text, sa.ForeignKey("feeds.url"), primary_key=True),
    sa.Column("item_key", sa.Text, primary_key=True),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id")),
    sa.Column("status", sa.Text, nullable=False),  # stored | duplicate | error
    sa.Column("seen_at", TS, nullable=False),
)
