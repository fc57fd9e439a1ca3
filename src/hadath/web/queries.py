"""Queries the web UI needs beyond :mod:`hadath.store.query`: lists of actors and places, event
locations for the map, the latest articles, and which stored event each mention of an article became.

They reuse the query layer's filters (:class:`~hadath.store.query.EventFilter` and
:func:`~hadath.store.query.event_conditions`), so every page filters events the same way, and build
only parameterized SQL through SQLAlchemy Core.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa

from hadath.errors import UsageError
from hadath.store.db import opened
from hadath.store.query import MAX_LIMIT, Db, EventFilter, Page, event_conditions
from hadath.store.schema import articles, event_mentions, events

MAX_POINTS = 5000


def _check_page(limit: int, offset: int, max_limit: int = MAX_LIMIT) -> None:
    if not 1 <= limit <= max_limit:
        raise UsageError(f"limit must be between 1 and {max_limit}, not {limit}", hint="page with offset")
    if offset < 0:
        raise UsageError(f"offset must not be negative, not {offset}")


def _coop_conf() -> tuple[Any, Any]:
    e = events.c
    coop = sa.func.sum(sa.case((e.quad_class.in_([1, 2]), 1), else_=0))
    conf = sa.func.sum(sa.case((e.quad_class.in_([3, 4]), 1), else_=0))
    return coop, conf


def list_actors(
    db: Db, filt: EventFilter | Mapping[str, Any] | None = None, *, limit: int = 50, offset: int = 0
) -> Page:
    """Actors of the matching events (by code, or English name without a code), most active first.

    Each item: ``actor`` (the key the other queries accept), ``code``, ``name_en``, ``country``,
    ``events``, ``as_source``, ``as_target``.
    """
    f = EventFilter.of(filt)
    _check_page(limit, offset)
    e = events.c
    conds = event_conditions(f)
    sides = []
    for role, src, tgt in (("source", 1, 0), ("target", 0, 1)):
        code, name, country = e[f"{role}_code"], e[f"{role}_name"], e[f"{role}_country"]
        key = sa.func.coalesce(code, name)
        sides.append(
            sa.select(
                key.label("k"),
                code.label("code"),
                name.label("name"),
                country.label("country"),
                sa.literal(src).label("as_src"),
                sa.literal(tgt).label("as_tgt"),
            ).where(key.is_not(None), *conds)
        )
    u = sa.union_all(*sides).subquery("u")
    n = sa.func.count().label("n")
    grouped = sa.select(
        u.c.k,
        sa.func.max(u.c.code).label("code"),
        sa.func.max(u.c.name).label("name"),
        sa.func.max(u.c.country).label("country"),
        n,
        sa.func.sum(u.c.as_src).label("n_src"),
        sa.func.sum(u.c.as_tgt).label("n_tgt"),
    ).group_by(u.c.k)
    with opened(db) as store, store.connect() as conn:
        total = conn.execute(sa.select(sa.func.count()).select_from(grouped.subquery())).scalar_one()
        rows = conn.execute(grouped.order_by(n.desc(), u.c.k).limit(limit).offset(offset)).all()
    items = [
        {
            "actor": r.k,
            "code": r.code,
            "name_en": r.name,
            "country": r.country,
            "events": int(r.n),
            "as_source": int(r.n_src or 0),
            "as_target": int(r.n_tgt or 0),
        }
        for r in rows
    ]
    return Page(items=items, total=int(total), limit=limit, offset=offset, sort="-events")


def list_places(
    db: Db,
    filt: EventFilter | Mapping[str, Any] | None = None,
    *,
    limit: int = 50,
    offset: int = 0,
    located: bool = False,
) -> Page:
    """Where the matching events happened: one item per (name, country, lat, lon), most events first.

    Each item: ``name_en``, ``country``, ``lat``, ``lon``, ``events``, ``cooperation``, ``conflict``,
    ``mentions``. ``located`` keeps only places with coordinates (the map); ``extra`` then says how many
    matching events have no coordinates. The map may ask for up to ``MAX_POINTS`` places.
    """
    f = EventFilter.of(filt)
    _check_page(limit, offset, MAX_POINTS if located else MAX_LIMIT)
    e = events.c
    conds = event_conditions(f)
    where = [sa.or_(e.location_name.is_not(None), e.location_country.is_not(None)), *conds]
    if located:
        where += [e.location_lat.is_not(None), e.location_lon.is_not(None)]
    coop, conf = _coop_conf()
    n = sa.func.count().label("n")
    cols = (e.location_name, e.location_country, e.location_lat, e.location_lon)
    grouped = (
        sa.select(*cols, n, coop.label("coop"), conf.label("conf"), sa.func.sum(e.num_mentions).label("m"))
        .where(*where)
        .group_by(*cols)
    )
    with opened(db) as store, store.connect() as conn:
        total = conn.execute(sa.select(sa.func.count()).select_from(grouped.subquery())).scalar_one()
        rows = conn.execute(
            grouped.order_by(n.desc(), e.location_name, e.location_country).limit(limit).offset(offset)
        ).all()
        extra: dict[str, Any] = {}
        if located:
            extra["events_located"] = int(
                conn.execute(sa.select(sa.func.count()).select_from(events).where(*where)).scalar_one()
            )
            extra["events_total"] = int(
                conn.execute(sa.select(sa.func.count()).select_from(events).where(*conds)).scalar_one()
            )
    items = [
        {
            "name_en": r.location_name,
            "country": r.location_country,
            "lat": r.location_lat,
            "lon": r.location_lon,
            "events": int(r.n),
            "cooperation": int(r.coop or 0),
            "conflict": int(r.conf or 0),
            "mentions": int(r.m or 0),
        }
        for r in rows
    ]
    return Page(items=items, total=int(total), limit=limit, offset=offset, sort="-events", extra=extra)


def latest_articles(db: Db, *, limit: int = 20, offset: int = 0) -> Page:
    """The stored articles, newest publication day first."""
    _check_page(limit, offset)
    a = articles.c
    with opened(db) as store, store.connect() as conn:
        total = conn.execute(sa.select(sa.func.count()).select_from(articles)).scalar_one()
        rows = conn.execute(
            sa.select(a.id, a.title, a.url, a.source, a.published, a.published_day)
            .order_by(a.published_day.desc().nulls_last(), a.id.desc())
            .limit(limit)
            .offset(offset)
        ).all()
    items = [
        {"id": r.id, "title": r.title, "url": r.url, "source": r.source, "published": r.published}
        for r in rows
    ]
    return Page(items=items, total=int(total), limit=limit, offset=offset, sort="-published")


def article_event_ids(db: Db, article_id: int) -> list[dict[str, Any]]:
    """The stored event of each event mention of an article: ``event_id``, ``cameo``, trigger offsets."""
    m = event_mentions.c
    with opened(db) as store, store.connect() as conn:
        rows = conn.execute(
            sa.select(m.event_id, m.cameo, m.trigger_start, m.trigger_end)
            .where(m.article_id == article_id)
            .order_by(m.id)
        ).all()
    return [
        {
            "event_id": r.event_id,
            "cameo": r.cameo,
            "trigger_start": r.trigger_start,
            "trigger_end": r.trigger_end,
        }
        for r in rows
    ]


def find_article_id(db: Db, *, url: str | None, content_hash: str) -> int | None:
    """The id of the stored article with this URL or content hash (how the store tells articles apart)."""
    a = articles.c
    cond = a.content_hash == content_hash
    if url:
        cond = sa.or_(cond, a.url == url)
    with opened(db) as store, store.connect() as conn:
        row = conn.execute(sa.select(a.id).where(cond).order_by(a.id).limit(1)).first()
    return None if row is None else int(row.id)
