"""Queries over a store, for the CLI, the API and the web UI. Everything returns plain dicts.

Every function takes ``db``: an open :class:`~hadath.store.db.Store`, a path or URL (opened and
closed around the call), or None for the default database.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields
from typing import Any

import sqlalchemy as sa

from hadath.errors import UsageError
from hadath.store import fts
from hadath.store.db import Store, opened
from hadath.store.schema import articles, event_mentions, events, runs
from hadath.text.normalize import NormalizedView

Db = Store | str | os.PathLike[str] | None

EVENT_SORTS = {
    "day": (events.c.day, events.c.id),
    "confidence": (events.c.confidence, events.c.id),
    "mentions": (events.c.num_mentions, events.c.id),
    "sources": (events.c.num_sources, events.c.id),
    "goldstein": (events.c.goldstein, events.c.id),
    "id": (events.c.id,),
}
MAX_LIMIT = 1000


@dataclass(frozen=True)
class EventFilter:
    """Filters of :func:`events` and the aggregate queries; unset fields do not filter.

    ``actor`` matches the source or the target by CAMEO code prefix (``ISR`` finds ``ISRMIL``) or by
    English name (substring, any case); ``source`` / ``target`` do the same on one side only.
    ``country`` matches the source's, the target's or the location's country. ``cameo`` is a code
    prefix (``19``, ``190``, ``1901``). ``since`` / ``until`` are inclusive YYYY-MM-DD days.
    """

    actor: str | None = None
    source: str | None = None
    target: str | None = None
    country: str | None = None
    cameo: str | None = None
    root: str | None = None
    plover: str | None = None
    quad_class: int | None = None
    since: str | None = None
    until: str | None = None
    place: str | None = None
    modality: str | None = None
    min_confidence: float | None = None
    min_mentions: int | None = None

    @classmethod
    def of(cls, filt: EventFilter | Mapping[str, Any] | None = None, **kw: Any) -> EventFilter:
        base = asdict(filt) if isinstance(filt, EventFilter) else dict(filt or {})
        base.update({k: v for k, v in kw.items() if v is not None})
        known = {f.name for f in fields(cls)}
        unknown = set(base) - known
        if unknown:
            raise UsageError(
                f"unknown event filter(s): {', '.join(sorted(unknown))}",
                hint=f"use one of: {', '.join(sorted(known))}",
            )
        return cls(**{k: v for k, v in base.items() if v not in (None, "")})


@dataclass
class Page:
    """One page of results and the total number of matches."""

    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int
    sort: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


_CODE = re.compile(r"[A-Z0-9]{3,}")


def _code_prefix(col: Any, code: str) -> Any:
    """``col`` starts with ``code``, as a range so that the column's index is used."""
    upper = code[:-1] + chr(ord(code[-1]) + 1)
    return sa.and_(col >= code, col < upper)


def _actor_clause(code_col: Any, name_col: Any, value: str) -> Any:
    """An actor by CAMEO code prefix (upper-case input: ``SYR``, ``SYRMIL``) or by code or English name."""
    if _CODE.fullmatch(value):
        return _code_prefix(code_col, value)
    return sa.or_(
        code_col.startswith(value.upper(), autoescape=True),
        sa.func.lower(name_col).contains(value.lower(), autoescape=True),
    )


def event_conditions(f: EventFilter) -> list[Any]:
    """SQL conditions on ``events`` for a filter."""
    e = events.c
    out: list[Any] = []
    if f.actor:
        out.append(
            sa.or_(
                _actor_clause(e.source_code, e.source_name, f.actor),
                _actor_clause(e.target_code, e.target_name, f.actor),
            )
        )
    if f.source:
        out.append(_actor_clause(e.source_code, e.source_name, f.source))
    if f.target:
        out.append(_actor_clause(e.target_code, e.target_name, f.target))
    if f.country:
        c = f.country.upper()
        out.append(sa.or_(e.source_country == c, e.target_country == c, e.location_country == c))
    if f.cameo:
        out.append(e.cameo.startswith(f.cameo, autoescape=True))
    if f.root:
        out.append(e.cameo_root == str(f.root).zfill(2))
    if f.plover:
        out.append(sa.func.upper(e.plover) == f.plover.upper())
    if f.quad_class is not None:
        out.append(e.quad_class == int(f.quad_class))
    if f.since:
        out.append(e.day >= _day(f.since, "since"))
    if f.until:
        out.append(e.day <= _day(f.until, "until"))
    if f.place:
        out.append(sa.func.lower(e.location_name).contains(f.place.lower(), autoescape=True))
    if f.modality:
        out.append(e.modality == f.modality)
    if f.min_confidence is not None:
        out.append(e.confidence >= float(f.min_confidence))
    if f.min_mentions is not None:
        out.append(e.num_mentions >= int(f.min_mentions))
    return out


def _day(value: str, name: str) -> str:
    from datetime import date

    v = str(value).strip()
    try:
        if len(v) == 4:
            return f"{int(v):04d}-01-01" if name == "since" else f"{int(v):04d}-12-31"
        if len(v) == 7:
            y, m = int(v[:4]), int(v[5:7])
            if name == "since":
                return date(y, m, 1).isoformat()
            nxt = date(y + (m == 12), m % 12 + 1, 1)
            return date.fromordinal(nxt.toordinal() - 1).isoformat()
        return date.fromisoformat(v).isoformat()
    except ValueError as exc:
        raise UsageError(f"--{name} {value!r} is not a date", hint="use YYYY-MM-DD, YYYY-MM or YYYY") from exc


def _check_page(limit: int, offset: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise UsageError(f"limit must be between 1 and {MAX_LIMIT}, not {limit}", hint="page with --offset")
    if offset < 0:
        raise UsageError(f"offset must not be negative, not {offset}")


def _order(sort: str) -> list[Any]:
    desc = sort.startswith("-")
    key = sort.lstrip("-+")
    if key not in EVENT_SORTS:
        raise UsageError(
            f"cannot sort events by {key!r}", hint=f"use one of: {', '.join(EVENT_SORTS)} (- for descending)"
        )
    cols = EVENT_SORTS[key]
    if desc:
        return [c.desc().nulls_last() if i == 0 else c.desc() for i, c in enumerate(cols)]
    return [c.asc().nulls_last() if i == 0 else c.asc() for i, c in enumerate(cols)]


def _event_row(r: Any) -> dict[str, Any]:
    d = dict(r._mapping)
    for k in ("added_at", "updated_at"):
        if d.get(k) is not None:
            d[k] = d[k].isoformat()
    d["source"] = _side(d, "source")
    d["target"] = _side(d, "target")
    d["location"] = (
        None
        if not (d.get("location_name") or d.get("location_country"))
        else {
            "name_en": d.pop("location_name"),
            "country": d.pop("location_country"),
            "lat": d.pop("location_lat"),
            "lon": d.pop("location_lon"),
        }
    )
    for k in ("location_name", "location_country", "location_lat", "location_lon"):
        d.pop(k, None)
    return d


def _side(d: dict[str, Any], role: str) -> dict[str, Any] | None:
    code, name, country = d.pop(f"{role}_code"), d.pop(f"{role}_name"), d.pop(f"{role}_country")
    if not (code or name or country):
        return None
    return {"code": code, "name_en": name, "country": country}


def find_events(
    db: Db = None,
    filt: EventFilter | Mapping[str, Any] | None = None,
    *,
    limit: int = 50,
    offset: int = 0,
    sort: str = "-day",
    **filters: Any,
) -> Page:
    """Events matching the filters (keyword arguments or an :class:`EventFilter`), one page."""
    f = EventFilter.of(filt, **filters)
    _check_page(limit, offset)
    order = _order(sort)
    conds = event_conditions(f)
    with opened(db) as store, store.connect() as conn:
        total = conn.execute(sa.select(sa.func.count()).select_from(events).where(*conds)).scalar_one()
        rows = conn.execute(
            sa.select(events).where(*conds).order_by(*order).limit(limit).offset(offset)
        ).all()
    return Page(items=[_event_row(r) for r in rows], total=int(total), limit=limit, offset=offset, sort=sort)


def event(db: Db, event_id: int) -> dict[str, Any] | None:
    """One event with its mentions: the articles, the evidence sentences and each merge's explanation."""
    m, a = event_mentions.c, articles.c
    with opened(db) as store, store.connect() as conn:
        row = conn.execute(sa.select(events).where(events.c.id == event_id)).first()
        if row is None:
            return None
        ms = conn.execute(
            sa.select(
                m.id,
                m.article_id,
                m.source,
                m.cameo,
                m.rule,
                m.confidence,
                m.modality,
                m.trigger_start,
                m.trigger_end,
                m.trigger_text,
                m.sentence_start,
                m.sentence_end,
                m.evidence,
                m.merge_score,
                m.merge_reason,
                m.mention_json,
                a.title,
                a.url,
                a.published,
            )
            .join(articles, articles.c.id == m.article_id)
            .where(m.event_id == event_id)
            .order_by(m.id)
        ).all()
    out = _event_row(row)
    out["mentions"] = [
        {
            "id": r.id,
            "article_id": r.article_id,
            "title": r.title,
            "url": r.url,
            "source": r.source,
            "published": r.published,
            "cameo": r.cameo,
            "rule": r.rule,
            "confidence": r.confidence,
            "modality": r.modality,
            "trigger": {"start": r.trigger_start, "end": r.trigger_end, "text": r.trigger_text},
            "sentence": None
            if r.sentence_start is None
            else {"start": r.sentence_start, "end": r.sentence_end},
            "evidence": r.evidence,
            "merge_score": r.merge_score,
            "merge": json.loads(r.merge_reason) if r.merge_reason else None,
            "extracted": json.loads(r.mention_json),
        }
        for r in ms
    ]
    return out


def article(db: Db, article_id: int) -> dict[str, Any] | None:
    """One article: its metadata, the full Document JSON, its near-duplicates and its events."""
    a = articles.c
    with opened(db) as store, store.connect() as conn:
        row = conn.execute(
            sa.select(
                a.id,
                a.doc_id,
                a.url,
                a.source,
                a.title,
                a.published,
                a.language,
                a.content_hash,
                a.cluster_id,
                a.dup_of,
                a.dup_similarity,
                a.run_id,
                a.added_at,
                a.doc_json,
            ).where(a.id == article_id)
        ).first()
        if row is None:
            return None
        dups: list[int] = []
        if row.cluster_id is not None:
            dups = list(
                conn.execute(
                    sa.select(a.id).where(a.cluster_id == row.cluster_id, a.id != row.id).order_by(a.id)
                ).scalars()
            )
        ev_ids = list(
            conn.execute(
                sa.select(event_mentions.c.event_id)
                .where(event_mentions.c.article_id == row.id)
                .distinct()
                .order_by(event_mentions.c.event_id)
            ).scalars()
        )
    d = dict(row._mapping)
    d["document"] = json.loads(d.pop("doc_json"))
    d["added_at"] = d["added_at"].isoformat() if d["added_at"] else None
    d["near_duplicates"] = dups
    d["event_ids"] = ev_ids
    return d


def _snippet(title: str | None, text: str, pq: fts.ParsedQuery, width: int = 160) -> str:
    view = NormalizedView(text)
    low = view.text.lower()
    pos = -1
    for w in pq.words + pq.stems:
        pos = low.find(w)
        if pos >= 0:
            break
    if pos < 0:
        return (text[:width] + "…") if len(text) > width else text
    start, _ = view.to_raw_span(pos, pos + 1)
    s = max(0, start - width // 3)
    e = min(len(text), s + width)
    return ("…" if s > 0 else "") + text[s:e].replace("\n", " ") + ("…" if e < len(text) else "")


def search_articles(db: Db, q: str, *, limit: int = 20, offset: int = 0) -> Page:
    """Articles matching an Arabic text query, best first (normalized at index and query time)."""
    _check_page(limit, offset)
    pq = fts.parse_query(q)
    if pq.empty:
        raise UsageError(
            f"the search text {q!r} has no words", hint='give a word or a phrase, e.g. "وقف إطلاق النار"'
        )
    with opened(db) as store, store.connect() as conn:
        if store.is_postgres:
            words, stems = " ".join(pq.words), " ".join(pq.stems)
            if pq.phrase:
                cond = "a.tsv_simple @@ phraseto_tsquery('simple', :w)"
                rank = "ts_rank(a.tsv_simple, phraseto_tsquery('simple', :w))"
            else:
                cond = (
                    "(a.tsv_simple @@ (plainto_tsquery('simple', :w) || plainto_tsquery('simple', :s)) "
                    "OR a.tsv_arabic @@ plainto_tsquery('arabic', :w))"
                )
                rank = (
                    "ts_rank(a.tsv_simple, plainto_tsquery('simple', :w)) + "
                    "0.5 * ts_rank(a.tsv_simple, plainto_tsquery('simple', :s)) + "
                    "0.25 * ts_rank(a.tsv_arabic, plainto_tsquery('arabic', :w))"
                )
            params: dict[str, Any] = {"w": words, "s": stems, "l": limit, "o": offset}
            total = conn.execute(
                sa.text(f"SELECT count(*) FROM articles a WHERE {cond}"), params
            ).scalar_one()
            rows = conn.execute(
                sa.text(
                    f"SELECT a.id, a.title, a.url, a.source, a.published, a.doc_json, {rank} AS score "
                    f"FROM articles a WHERE {cond} ORDER BY score DESC, a.id LIMIT :l OFFSET :o"
                ),
                params,
            ).all()
        else:
            params = {"q": fts.fts5_match(pq), "l": limit, "o": offset}
            total = conn.execute(
                sa.text("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH :q"), params
            ).scalar_one()
            rows = conn.execute(
                sa.text(
                    "SELECT a.id, a.title, a.url, a.source, a.published, a.doc_json, -f.rank AS score "
                    "FROM (SELECT rowid, rank FROM articles_fts WHERE articles_fts MATCH :q "
                    "      ORDER BY rank LIMIT :l OFFSET :o) f JOIN articles a ON a.id = f.rowid "
                    "ORDER BY f.rank, a.id"
                ),
                params,
            ).all()
    items = []
    for r in rows:
        text = json.loads(r.doc_json).get("text") or ""
        items.append(
            {
                "id": r.id,
                "title": r.title,
                "url": r.url,
                "source": r.source,
                "published": r.published,
                "score": round(float(r.score), 6),
                "snippet": _snippet(r.title, text, pq),
            }
        )
    return Page(items=items, total=int(total), limit=limit, offset=offset, extra={"query": q})


def _counts(conn: sa.Connection, col: Any, conds: list[Any], limit: int | None = None) -> dict[str, int]:
    q = sa.select(col, sa.func.count()).where(*conds).group_by(col).order_by(sa.func.count().desc(), col)
    if limit:
        q = q.limit(limit)
    return {str(k): int(n) for k, n in conn.execute(q).all() if k is not None}


def actor_summary(db: Db, actor: str, *, top: int = 10) -> dict[str, Any]:
    """An actor (code prefix or English name): events as source and as target, dates, roots, partners."""
    e = events.c
    as_src = _actor_clause(e.source_code, e.source_name, actor)
    as_tgt = _actor_clause(e.target_code, e.target_name, actor)
    either = sa.or_(as_src, as_tgt)
    with opened(db) as store, store.connect() as conn:
        n_src = conn.execute(sa.select(sa.func.count()).select_from(events).where(as_src)).scalar_one()
        n_tgt = conn.execute(sa.select(sa.func.count()).select_from(events).where(as_tgt)).scalar_one()
        first, last, n, mentions = conn.execute(
            sa.select(
                sa.func.min(e.day), sa.func.max(e.day), sa.func.count(), sa.func.sum(e.num_mentions)
            ).where(either)
        ).one()
        names = _counts(conn, sa.func.coalesce(e.source_name, e.source_code), [as_src], 5)
        for k, v in _counts(conn, sa.func.coalesce(e.target_name, e.target_code), [as_tgt], 5).items():
            names[k] = names.get(k, 0) + v
        codes = _counts(conn, e.source_code, [as_src], 5)
        for k, v in _counts(conn, e.target_code, [as_tgt], 5).items():
            codes[k] = codes.get(k, 0) + v
        partners = _counts(conn, sa.func.coalesce(e.target_code, e.target_name), [as_src], top)
        for k, v in _counts(conn, sa.func.coalesce(e.source_code, e.source_name), [as_tgt], top).items():
            partners[k] = partners.get(k, 0) + v
        by_root = _counts(conn, e.cameo_root, [either])
        by_quad = _counts(conn, e.quad_class, [either])
    return {
        "actor": actor,
        "events": int(n),
        "as_source": int(n_src),
        "as_target": int(n_tgt),
        "mentions": int(mentions or 0),
        "first_day": first,
        "last_day": last,
        "codes": dict(sorted(codes.items(), key=lambda kv: -kv[1])),
        "names": dict(sorted(names.items(), key=lambda kv: -kv[1])),
        "by_root": by_root,
        "by_quad_class": by_quad,
        "partners": [
            {"actor": k, "events": v} for k, v in sorted(partners.items(), key=lambda kv: -kv[1])[:top]
        ],
    }


def place_summary(db: Db, place: str, *, top: int = 10) -> dict[str, Any]:
    """A place (English name, substring, any case): events there, dates, roots, most active actors."""
    e = events.c
    cond = sa.func.lower(e.location_name).contains(place.lower(), autoescape=True)
    with opened(db) as store, store.connect() as conn:
        first, last, n, mentions = conn.execute(
            sa.select(
                sa.func.min(e.day), sa.func.max(e.day), sa.func.count(), sa.func.sum(e.num_mentions)
            ).where(cond)
        ).one()
        loc = conn.execute(
            sa.select(e.location_name, e.location_country, e.location_lat, e.location_lon, sa.func.count())
            .where(cond)
            .group_by(e.location_name, e.location_country, e.location_lat, e.location_lon)
            .order_by(sa.func.count().desc())
            .limit(5)
        ).all()
        actors_ = _counts(conn, sa.func.coalesce(e.source_code, e.source_name), [cond], top)
        for k, v in _counts(conn, sa.func.coalesce(e.target_code, e.target_name), [cond], top).items():
            actors_[k] = actors_.get(k, 0) + v
        by_root = _counts(conn, e.cameo_root, [cond])
        by_quad = _counts(conn, e.quad_class, [cond])
    return {
        "place": place,
        "events": int(n),
        "mentions": int(mentions or 0),
        "first_day": first,
        "last_day": last,
        "locations": [
            {"name_en": r[0], "country": r[1], "lat": r[2], "lon": r[3], "events": int(r[4])} for r in loc
        ],
        "by_root": by_root,
        "by_quad_class": by_quad,
        "actors": [
            {"actor": k, "events": v} for k, v in sorted(actors_.items(), key=lambda kv: -kv[1])[:top]
        ],
    }


def counts_by_day(
    db: Db,
    filt: EventFilter | Mapping[str, Any] | None = None,
    *,
    by: str | None = None,
    weight: str = "events",
    **filters: Any,
) -> list[dict[str, Any]]:
    """Events per day, optionally split ``by`` ``"root"`` or ``"quad_class"``.

    ``weight="mentions"`` sums NumMentions instead of counting events.
    Returns ``[{"day", "key", "count"}]`` ordered by day then key (key is None without ``by``).
    """
    f = EventFilter.of(filt, **filters)
    e = events.c
    keys = {None: None, "root": e.cameo_root, "quad_class": e.quad_class, "plover": e.plover}
    if by not in keys:
        raise UsageError(f"cannot split counts by {by!r}", hint="use root, quad_class or plover")
    if weight not in ("events", "mentions"):
        raise UsageError(f"unknown weight {weight!r}", hint="use events or mentions")
    measure = sa.func.count() if weight == "events" else sa.func.sum(e.num_mentions)
    key_col = keys[by]
    cols = [e.day] + ([key_col] if key_col is not None else [])
    q = (
        sa.select(*cols, measure)
        .where(e.day.is_not(None), *event_conditions(f))
        .group_by(*cols)
        .order_by(*cols)
    )
    with opened(db) as store, store.connect() as conn:
        rows = conn.execute(q).all()
    if key_col is None:
        return [{"day": r[0], "key": None, "count": int(r[1])} for r in rows]
    return [{"day": r[0], "key": r[1], "count": int(r[2])} for r in rows]


def actor_network(
    db: Db,
    filt: EventFilter | Mapping[str, Any] | None = None,
    *,
    limit: int = 200,
    min_weight: int = 1,
    **filters: Any,
) -> list[dict[str, Any]]:
    """Source → target edges with event counts, split into cooperation (QuadClass 1-2) and conflict (3-4).

    Actors are identified by code, or by English name when they have no code.
    """
    f = EventFilter.of(filt, **filters)
    e = events.c
    src = sa.func.coalesce(e.source_code, e.source_name).label("src")
    tgt = sa.func.coalesce(e.target_code, e.target_name).label("tgt")
    coop = sa.func.sum(sa.case((e.quad_class.in_([1, 2]), 1), else_=0))
    conf = sa.func.sum(sa.case((e.quad_class.in_([3, 4]), 1), else_=0))
    q = (
        sa.select(
            src,
            tgt,
            sa.func.count().label("w"),
            coop.label("coop"),
            conf.label("conf"),
            sa.func.avg(e.goldstein).label("g"),
            sa.func.sum(e.num_mentions).label("m"),
        )
        .where(src.is_not(None), tgt.is_not(None), *event_conditions(f))
        .group_by(src, tgt)
        .having(sa.func.count() >= min_weight)
        .order_by(sa.func.count().desc(), src, tgt)
        .limit(limit)
    )
    with opened(db) as store, store.connect() as conn:
        rows = conn.execute(q).all()
    return [
        {
            "source": r.src,
            "target": r.tgt,
            "weight": int(r.w),
            "cooperation": int(r.coop or 0),
            "conflict": int(r.conf or 0),
            "mentions": int(r.m or 0),
            "goldstein_mean": None if r.g is None else round(float(r.g), 3),
        }
        for r in rows
    ]


def stats(db: Db = None) -> dict[str, Any]:
    """Row counts of the main tables and the date range of events."""
    from hadath.store.schema import actors, clusters, entities, places

    with opened(db) as store, store.connect() as conn:
        out: dict[str, Any] = {
            t.name: int(conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one())
            for t in (articles, events, event_mentions, entities, actors, places, clusters, runs)
        }
        lo, hi = conn.execute(sa.select(sa.func.min(events.c.day), sa.func.max(events.c.day))).one()
        out["near_duplicate_articles"] = int(
            conn.execute(
                sa.select(sa.func.count()).select_from(articles).where(articles.c.dup_of.is_not(None))
            ).scalar_one()
        )
        out["backend"] = store.dialect
    out["first_day"], out["last_day"] = lo, hi
    return out


def list_runs(db: Db = None, *, limit: int = 20) -> list[dict[str, Any]]:
    """The latest runs, newest first. A run still "running" whose process died reads as interrupted."""
    with opened(db) as store, store.connect() as conn:
        rows = conn.execute(sa.select(runs).order_by(runs.c.id.desc()).limit(limit)).all()
    out = []
    for r in rows:
        d = dict(r._mapping)
        for k in ("started_at", "finished_at"):
            d[k] = d[k].isoformat() if d[k] else None
        d["errors"] = json.loads(d["errors"]) if d["errors"] else []
        out.append(d)
    return out
