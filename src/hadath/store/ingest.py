"""Ingest: read articles, analyze them, and store them in batches (one transaction per batch).

Idempotent: an article whose URL or content hash (SHA-256 of its normalized text) is already
stored adds nothing, and is not even analyzed again. Resumable: every committed batch is complete
(articles, entities, mentions, merged events, near-duplicate links and the run's counters in one
transaction), so a run killed midway loses at most its open batch, and the rerun stores the rest.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime
from functools import lru_cache
from itertools import islice
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql as pg_dialect
from sqlalchemy.dialects import sqlite as sqlite_dialect

from hadath.errors import HadathError, PipelineError, StoreError
from hadath.store import dedup, fts, merge
from hadath.store.db import Store, open_store
from hadath.store.schema import (
    actors,
    article_bands,
    articles,
    clusters,
    entities,
    event_mentions,
    events,
    places,
    runs,
)
from hadath.text.normalize import normalize

Analyzer = Callable[[Any], Any]
Reader = Callable[[Sequence[str]], Iterable[Any]]
Progress = Callable[["RunSummary"], None]

MAX_ERRORS_KEPT = 200


@dataclass(frozen=True)
class StoreSettings:
    """Settings of storing: near-duplicate detection and event merge."""

    dedup: dedup.DedupSettings = field(default_factory=dedup.DedupSettings)
    merge: merge.MergeSettings = field(default_factory=merge.MergeSettings)


@dataclass
class RunSummary:
    """What a run did. Counters are cumulative over the run's committed batches."""

    run_id: int
    kind: str = "ingest"
    status: str = "running"
    read: int = 0  # articles read (documents and read errors)
    new: int = 0  # articles stored
    skipped: int = 0  # already stored (same URL or content hash)
    near_duplicates: int = 0  # stored articles linked into a near-duplicate cluster
    errors: int = 0  # articles that could not be read or analyzed
    mentions: int = 0  # event mentions stored
    events_new: int = 0  # events created
    events_merged: int = 0  # mentions merged into an existing event
    batches: int = 0
    started_at: datetime | None = None
    finished_at: datetime | None = None
    error_samples: list[dict[str, str]] = field(default_factory=list)

    @property
    def elapsed(self) -> float:
        end = self.finished_at or datetime.now(UTC)
        return (end - self.started_at).total_seconds() if self.started_at else 0.0

    @property
    def articles_per_second(self) -> float:
        return (self.new + self.skipped) / self.elapsed if self.elapsed > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for k in ("started_at", "finished_at"):
            d[k] = d[k].isoformat() if d[k] else None
        d["elapsed"] = round(self.elapsed, 3)
        return d


# ---------------------------------------------------------------- document helpers


def as_dict(doc: Any) -> dict[str, Any]:
    """A document as a ``hadath.document/1`` dict (dicts pass through, Documents via ``to_json``)."""
    if isinstance(doc, dict):
        return doc
    doc_mod = _doc_module()
    if doc_mod is not None and isinstance(doc, doc_mod.Document):
        return dict(doc_mod.to_json(doc))
    to_json = getattr(doc, "to_json", None)
    if callable(to_json):
        d = to_json()
        if isinstance(d, str):
            d = json.loads(d)
        return dict(d)
    raise TypeError(f"not a document: {type(doc).__name__}")


def _doc_module() -> Any:
    try:
        import hadath.doc as doc_mod
    except ImportError:  # pragma: no cover - the document model ships with hadath
        return None
    return doc_mod


def _is_document(x: Any) -> bool:
    doc_mod = _doc_module()
    return (
        isinstance(x, dict)
        or hasattr(x, "to_json")
        or (doc_mod is not None and isinstance(x, doc_mod.Document))
    )


def _field(doc: Any, name: str) -> Any:
    if isinstance(doc, dict):
        return doc.get(name)
    if hasattr(doc, name):
        return getattr(doc, name)
    if hasattr(doc, "to_json"):
        return as_dict(doc).get(name)
    return None


def content_hash(text: str | None) -> str:
    """SHA-256 of the normalized text with whitespace collapsed (the article's identity)."""
    norm = " ".join(normalize(text or "").split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def canonical_url(url: str | None) -> str | None:
    """The URL as stored for identity: trimmed, without fragment; None when empty."""
    if not url:
        return None
    u = url.strip().split("#", 1)[0]
    return u or None


_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def published_day(published: str | None) -> str | None:
    """YYYY-MM-DD of an ISO 8601 or RFC 822 publication date, or None."""
    if not published:
        return None
    s = str(published).strip()
    m = _ISO_DAY.match(s)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(s).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def unpack(item: Any) -> tuple[Any | None, BaseException | None, str | None]:
    """(document, error, where) of an item from a reader: a Document, a dict, or a ReadResult."""
    if _is_document(item):
        return item, None, None
    if isinstance(item, BaseException):
        return None, item, getattr(item, "path", None)
    err = getattr(item, "error", None)
    doc = getattr(item, "document", None)
    if doc is None:
        doc = getattr(item, "doc", None)
    where = None
    for attr in ("origin", "where", "path", "location"):
        v = getattr(item, attr, None)
        if isinstance(v, str | os.PathLike):
            where = str(v)
            break
    if err is not None:
        if not isinstance(err, BaseException):
            err = HadathError(str(err))
        return None, err, where or getattr(err, "path", None)
    if doc is not None:
        return doc, None, where
    raise TypeError(f"reader yielded {type(item).__name__}, neither a document nor an error")


def _error_record(where: str | None, err: BaseException) -> dict[str, str]:
    kind = err.kind if isinstance(err, HadathError) else type(err).__name__
    return {"where": where or "", "kind": kind, "message": str(err)[:500]}


def _now() -> datetime:
    return datetime.now(UTC)


def _dumps(x: Any) -> str:
    return json.dumps(x, ensure_ascii=False, separators=(",", ":"))


# ---------------------------------------------------------------- runs


def start_run(store: Store, kind: str, label: str | None, pipeline_version: str | None) -> RunSummary:
    started = _now()
    with store.begin() as conn:
        run_id = conn.execute(
            sa.insert(runs)
            .values(
                kind=kind,
                label=(label or "")[:2000],
                pipeline_version=pipeline_version,
                status="running",
                started_at=started,
            )
            .returning(runs.c.id)
        ).scalar_one()
    return RunSummary(run_id=run_id, kind=kind, started_at=started)


def _save_run(conn: sa.Connection, s: RunSummary) -> None:
    conn.execute(
        sa.update(runs)
        .where(runs.c.id == s.run_id)
        .values(
            status=s.status,
            finished_at=s.finished_at,
            n_read=s.read,
            n_new=s.new,
            n_skipped=s.skipped,
            n_near_duplicates=s.near_duplicates,
            n_errors=s.errors,
            n_mentions=s.mentions,
            n_events_new=s.events_new,
            n_events_merged=s.events_merged,
            errors=_dumps(s.error_samples) if s.error_samples else None,
        )
    )


def finish_run(store: Store, s: RunSummary, status: str = "finished") -> RunSummary:
    s.status = status
    s.finished_at = _now()
    with store.begin() as conn:
        _save_run(conn, s)
    return s


# ---------------------------------------------------------------- storing one batch


def _insert_ignore(store_dialect: str, table: sa.Table) -> Any:
    if store_dialect == "postgresql":
        return pg_dialect.insert(table).on_conflict_do_nothing()
    return sqlite_dialect.insert(table).on_conflict_do_nothing()


_INSERT_EVENT = sa.insert(events).returning(events.c.id)
_INSERT_MENTION = sa.insert(event_mentions)
_CANDIDATE_COLUMNS = [
    events.c[n]
    for n in (
        "id",
        "cameo",
        "cameo_root",
        "day",
        "date_granularity",
        "source_code",
        "source_name",
        "source_country",
        "target_code",
        "target_name",
        "target_country",
        "location_name",
        "location_country",
        "location_lat",
        "location_lon",
    )
]


@lru_cache(maxsize=4)
def _insert_article(dialect: str) -> Any:
    return _insert_ignore(dialect, articles).returning(articles.c.id)


@lru_cache(maxsize=8)
def _candidate_queries(limit: int) -> tuple[Any, Any]:
    """Stored events that may be the same as a mention: compatible roots and (1) a day in a range,
    (2) a month- or year-level date whose period holds the mention's day. Both use ix_events_root_day."""
    e = events.c
    roots: Any = sa.bindparam("roots", expanding=True)
    in_range = (
        sa.select(*_CANDIDATE_COLUMNS)
        .where(e.cameo_root.in_(roots), e.day.between(sa.bindparam("lo"), sa.bindparam("hi")))
        .order_by(e.id.desc())
        .limit(limit)
    )
    coarse = (
        sa.select(*_CANDIDATE_COLUMNS)
        .where(
            e.cameo_root.in_(roots),
            e.day.in_(sa.bindparam("days", expanding=True)),
            e.date_granularity.in_(["month", "year"]),
        )
        .order_by(e.id.desc())
        .limit(limit)
    )
    return in_range, coarse


class _Writer:
    """Writes analyzed documents inside one transaction."""

    def __init__(
        self, conn: sa.Connection, dialect: str, settings: StoreSettings, run_id: int | None
    ) -> None:
        self.conn = conn
        self.dialect = dialect
        self.settings = settings
        self.run_id = run_id
        self.actor_ids: dict[str, int] = {}
        self.place_ids: dict[str, int] = {}

    # -- article
    def article(self, d: dict[str, Any], now: datetime) -> tuple[int, bool] | None:
        """Insert the article; (id, is_near_duplicate) or None when it is already stored."""
        text = d.get("text") or ""
        url = canonical_url(d.get("url"))
        sig = dedup.signature(text, self.settings.dedup)
        values = dict(
            doc_id=d.get("id"),
            url=url,
            content_hash=content_hash(text),
            source=d.get("source"),
            title=d.get("title"),
            published=_str_or_none(d.get("published")),
            published_day=published_day(_str_or_none(d.get("published"))),
            language=d.get("language"),
            n_chars=len(text),
            doc_json=_dumps(d),
            minhash=dedup.to_bytes(sig),
            run_id=self.run_id,
            added_at=now,
        )
        stmt = _insert_article(self.dialect)
        aid = self.conn.execute(stmt, values).scalar_one_or_none()
        if aid is None:
            return None
        self._index_text(aid, d)
        near = self._near_duplicate(aid, text, sig, now)
        return aid, near

    def _index_text(self, aid: int, d: dict[str, Any]) -> None:
        it = fts.index_text(d.get("title"), d.get("text"))
        if self.dialect == "postgresql":
            self.conn.execute(
                sa.text(
                    "UPDATE articles SET tsv_arabic = to_tsvector('arabic', :body), "
                    "tsv_simple = to_tsvector('simple', :body || ' ' || :stems) WHERE id = :id"
                ),
                {"body": it.body, "stems": it.stems, "id": aid},
            )
        else:
            self.conn.execute(
                sa.text("INSERT INTO articles_fts(rowid, body, stems) VALUES (:id, :body, :stems)"),
                {"body": it.body, "stems": it.stems, "id": aid},
            )

    def _near_duplicate(self, aid: int, text: str, sig: Any, now: datetime) -> bool:
        ds = self.settings.dedup
        if dedup.n_words(text) < ds.min_words:
            return False
        keys = dedup.band_keys(sig, ds)
        cands = self.conn.execute(
            sa.select(articles.c.id, articles.c.minhash, articles.c.cluster_id).where(
                articles.c.id.in_(
                    sa.select(article_bands.c.article_id).where(article_bands.c.band_key.in_(keys)).distinct()
                )
            )
        ).all()
        best: tuple[float, int, int | None] | None = None
        for cid, mh, cluster in cands:
            if mh is None or cid == aid:
                continue
            sim = dedup.similarity(sig, dedup.from_bytes(mh))
            if sim >= ds.threshold and (best is None or sim > best[0]):
                best = (sim, cid, cluster)
        self.conn.execute(sa.insert(article_bands), [{"band_key": k, "article_id": aid} for k in keys])
        if best is None:
            return False
        sim, other, cluster = best
        if cluster is None:
            cluster = self.conn.execute(
                sa.insert(clusters)
                .values(first_article_id=other, size=1, created_at=now)
                .returning(clusters.c.id)
            ).scalar_one()
            self.conn.execute(sa.update(articles).where(articles.c.id == other).values(cluster_id=cluster))
        self.conn.execute(
            sa.update(clusters).where(clusters.c.id == cluster).values(size=clusters.c.size + 1)
        )
        self.conn.execute(
            sa.update(articles)
            .where(articles.c.id == aid)
            .values(cluster_id=cluster, dup_of=other, dup_similarity=round(sim, 4))
        )
        return True

    # -- entities, actors, places
    def _upsert(self, table: sa.Table, cache: dict[str, int], key: str, values: dict[str, Any]) -> int:
        if key in cache:
            return cache[key]
        found = self.conn.execute(sa.select(table.c.id).where(table.c.key == key)).scalar_one_or_none()
        if found is None:
            self.conn.execute(_insert_ignore(self.dialect, table).values(key=key, **values))
            found = self.conn.execute(sa.select(table.c.id).where(table.c.key == key)).scalar_one()
        cache[key] = int(found)
        return int(found)

    def entities(self, aid: int, d: dict[str, Any]) -> None:
        rows = []
        for e in d.get("entities") or []:
            actor_id = place_id = None
            a = e.get("actor")
            if a:
                key = "id:" + str(a["id"]) if a.get("id") else f"code:{a.get('code')}|{a.get('name_en')}"
                actor_id = self._upsert(
                    actors,
                    self.actor_ids,
                    key,
                    dict(
                        ext_id=_str_or_none(a.get("id")),
                        code=a.get("code"),
                        name_en=a.get("name_en"),
                        country=a.get("country"),
                    ),
                )
            p = e.get("place")
            if p:
                key = "id:" + str(p["id"]) if p.get("id") else f"name:{p.get('name_en')}|{p.get('country')}"
                place_id = self._upsert(
                    places,
                    self.place_ids,
                    key,
                    dict(
                        ext_id=_str_or_none(p.get("id")),
                        name_en=p.get("name_en"),
                        country=p.get("country"),
                        admin1=p.get("admin1"),
                        lat=p.get("lat"),
                        lon=p.get("lon"),
                    ),
                )
            rows.append(
                dict(
                    article_id=aid,
                    start_char=e.get("start", 0),
                    end_char=e.get("end", 0),
                    text=e.get("text") or "",
                    norm=normalize(e.get("text") or ""),
                    type=e.get("type"),
                    actor_id=actor_id,
                    place_id=place_id,
                    actor_reason=(a or {}).get("reason"),
                    place_reason=(p or {}).get("reason"),
                )
            )
        if rows:
            self.conn.execute(sa.insert(entities), rows)

    # -- events
    def events(self, aid: int, d: dict[str, Any], now: datetime) -> tuple[int, int, int]:
        """Store the document's event mentions; (mentions, new events, merged mentions)."""
        n_mentions = n_new = n_merged = 0
        text = d.get("text") or ""
        pday = published_day(_str_or_none(d.get("published")))
        sentences = d.get("sentences") or []
        first_sentence_end = sentences[0].get("end", 0) if sentences else None
        seen: set[tuple[int, int, int, str]] = set()
        for ev in d.get("events") or []:
            cameo = str(ev.get("cameo") or "").strip()
            if not cameo:
                continue
            key = mention_key(ev, pday)
            trig = ev.get("trigger") or {}
            sent = ev.get("sentence") or None
            if sent:
                evidence = text[sent.get("start", 0) : sent.get("end", 0)]
            else:
                s0 = max(0, trig.get("start", 0) - 120)
                evidence = text[s0 : trig.get("end", 0) + 120]
            # GDELT's IsRootEvent: the event is told in the lead (here: the first sentence)
            where = (sent or trig).get("start", 0)
            is_root = int(first_sentence_end is not None and where < first_sentence_end)
            match = self._find_event(key)
            if match is None:
                event_id = self._new_event(ev, key, aid, is_root, now)
                score, reason = None, None
                n_new += 1
            else:
                event_id, decision = match
                score, reason = round(decision.score, 4), _dumps(decision.explanation())
            ident = (event_id, trig.get("start", 0), trig.get("end", 0), cameo)
            if ident in seen:
                continue
            seen.add(ident)
            self.conn.execute(
                _INSERT_MENTION,
                dict(
                    event_id=event_id,
                    article_id=aid,
                    source=d.get("source"),
                    cameo=cameo,
                    rule=ev.get("rule"),
                    confidence=ev.get("confidence"),
                    modality=ev.get("modality"),
                    trigger_start=trig.get("start", 0),
                    trigger_end=trig.get("end", 0),
                    trigger_text=trig.get("text"),
                    sentence_start=(sent or {}).get("start"),
                    sentence_end=(sent or {}).get("end"),
                    evidence=evidence,
                    mention_json=_dumps(ev),
                    merge_score=score,
                    merge_reason=reason,
                    added_at=now,
                ),
            )
            n_mentions += 1
            if match is not None:
                self._merge_into(event_id, ev, is_root, now)
                n_merged += 1
        return n_mentions, n_new, n_merged

    def _find_event(self, key: merge.EventKey) -> tuple[int, merge.Decision] | None:
        if not key.day:
            return None
        ms = self.settings.merge
        roots = sorted(merge.compatible_roots(key.root, ms))
        lo, hi = merge._period(key.day, key.granularity)
        lo -= timedelta(days=ms.date_tolerance_days)
        hi += timedelta(days=ms.date_tolerance_days)
        d = date.fromisoformat(key.day)
        range_q, coarse_q = _candidate_queries(ms.max_candidates)
        rows = list(self.conn.execute(range_q, {"roots": roots, "lo": lo.isoformat(), "hi": hi.isoformat()}))
        coarse_days = [date(d.year, d.month, 1).isoformat(), date(d.year, 1, 1).isoformat()]
        have = {r.id for r in rows}
        rows += [
            r for r in self.conn.execute(coarse_q, {"roots": roots, "days": coarse_days}) if r.id not in have
        ]
        cands = [(r.id, stored_key(r)) for r in rows]
        return merge.best_match(key, cands, ms)

    def _new_event(
        self, ev: dict[str, Any], key: merge.EventKey, aid: int, is_root: int, now: datetime
    ) -> int:
        src, tgt, loc = ev.get("source") or {}, ev.get("target") or {}, ev.get("location") or {}
        return int(
            self.conn.execute(
                _INSERT_EVENT,
                dict(
                    cameo=key.cameo,
                    cameo_root=key.root,
                    plover=ev.get("plover"),
                    quad_class=ev.get("quad_class"),
                    goldstein=ev.get("goldstein"),
                    modality=ev.get("modality"),
                    confidence=ev.get("confidence"),
                    source_code=src.get("code"),
                    source_name=src.get("name_en"),
                    source_country=src.get("country"),
                    target_code=tgt.get("code"),
                    target_name=tgt.get("name_en"),
                    target_country=tgt.get("country"),
                    location_name=loc.get("name_en"),
                    location_country=loc.get("country"),
                    location_lat=loc.get("lat"),
                    location_lon=loc.get("lon"),
                    date=_str_or_none(ev.get("date")),
                    date_granularity=key.granularity,
                    day=key.day,
                    num_mentions=1,
                    num_sources=1,
                    num_articles=1,
                    is_root=is_root,
                    first_article_id=aid,
                    text_en=ev.get("text_en"),
                    text_ar=ev.get("text_ar"),
                    added_at=now,
                    updated_at=now,
                ),
            ).scalar_one()
        )

    def _merge_into(self, event_id: int, ev: dict[str, Any], is_root: int, now: datetime) -> None:
        m = event_mentions.c
        n_mentions, n_articles, n_sources = self.conn.execute(
            sa.select(
                sa.func.count(),
                sa.func.count(sa.distinct(m.article_id)),
                sa.func.count(sa.distinct(sa.func.coalesce(m.source, ""))),
            ).where(m.event_id == event_id)
        ).one()
        e = events.c
        src, tgt, loc = ev.get("source") or {}, ev.get("target") or {}, ev.get("location") or {}
        fill = {
            "source_code": src.get("code"),
            "source_name": src.get("name_en"),
            "source_country": src.get("country"),
            "target_code": tgt.get("code"),
            "target_name": tgt.get("name_en"),
            "target_country": tgt.get("country"),
            "location_name": loc.get("name_en"),
            "location_country": loc.get("country"),
            "location_lat": loc.get("lat"),
            "location_lon": loc.get("lon"),
            "plover": ev.get("plover"),
            "text_en": ev.get("text_en"),
            "text_ar": ev.get("text_ar"),
        }
        values: dict[str, Any] = {k: sa.func.coalesce(e[k], v) for k, v in fill.items() if v is not None}
        conf = ev.get("confidence")
        if conf is not None:
            values["confidence"] = sa.case(
                (sa.or_(e.confidence.is_(None), e.confidence < conf), conf), else_=e.confidence
            )
        if is_root:
            values["is_root"] = 1
        self.conn.execute(
            sa.update(events)
            .where(e.id == event_id)
            .values(
                num_mentions=n_mentions,
                num_articles=n_articles,
                num_sources=n_sources,
                updated_at=now,
                **values,
            )
        )


def _str_or_none(x: Any) -> str | None:
    return None if x is None or x == "" else str(x)


def _actor(x: dict[str, Any] | None) -> merge.Actor:
    x = x or {}
    return merge.Actor(code=x.get("code"), name=x.get("name_en"), country=x.get("country"))


def event_day(value: str | None, pday: str | None) -> tuple[str | None, str | None]:
    """(day, granularity) of an event date (YYYY, YYYY-MM, YYYY-MM-DD) with the publication day as fallback."""
    v = (value or "").strip()
    try:
        if len(v) == 10:
            return date.fromisoformat(v).isoformat(), "day"
        if len(v) == 7:
            return date(int(v[:4]), int(v[5:7]), 1).isoformat(), "month"
        if len(v) == 4:
            return date(int(v), 1, 1).isoformat(), "year"
    except ValueError:
        pass
    if pday:
        return pday, "published"
    return None, None


def mention_key(ev: dict[str, Any], pday: str | None) -> merge.EventKey:
    cameo = str(ev.get("cameo") or "").strip()
    root = str(ev.get("cameo_root") or cameo[:2])
    day, gran = event_day(_str_or_none(ev.get("date")), pday)
    loc = ev.get("location") or {}
    return merge.EventKey(
        cameo=cameo,
        root=root,
        day=day,
        granularity=gran,
        source=_actor(ev.get("source")),
        target=_actor(ev.get("target")),
        place=merge.Place(
            name=loc.get("name_en"), country=loc.get("country"), lat=loc.get("lat"), lon=loc.get("lon")
        ),
    )


def stored_key(r: Any) -> merge.EventKey:
    return merge.EventKey(
        cameo=r.cameo,
        root=r.cameo_root,
        day=r.day,
        granularity=r.date_granularity,
        source=merge.Actor(r.source_code, r.source_name, r.source_country),
        target=merge.Actor(r.target_code, r.target_name, r.target_country),
        place=merge.Place(r.location_name, r.location_country, r.location_lat, r.location_lon),
    )


# ---------------------------------------------------------------- public API


def _existing(conn: sa.Connection, urls: list[str], hashes: list[str]) -> tuple[set[str], set[str]]:
    found_urls: set[str] = set()
    found_hashes: set[str] = set()
    if urls:
        found_urls = set(conn.execute(sa.select(articles.c.url).where(articles.c.url.in_(urls))).scalars())
    if hashes:
        found_hashes = set(
            conn.execute(
                sa.select(articles.c.content_hash).where(articles.c.content_hash.in_(hashes))
            ).scalars()
        )
    return found_urls, found_hashes


def _chunks(it: Iterable[Any], n: int) -> Iterator[list[Any]]:
    it = iter(it)
    while chunk := list(islice(it, n)):
        yield chunk


def store_batch(
    store: Store, items: list[Any], summary: RunSummary, *, analyze: Analyzer | None, settings: StoreSettings
) -> list[tuple[str, int | None]]:
    """Analyze and store one batch in one transaction; updates ``summary``.

    Returns, for each item, ``("stored", article_id)``, ``("skipped", None)`` (already stored) or
    ``("error", None)``.
    """
    out: list[tuple[str, int | None]] = [("error", None)] * len(items)
    pending: list[tuple[int, Any, str | None]] = []
    for i, item in enumerate(items):
        summary.read += 1
        doc, err, where = unpack(item)
        if err is not None:
            _record_error(summary, where, err)
        else:
            pending.append((i, doc, where))
    # Skip what is stored already (before the costly analysis) and repeats inside the batch.
    keyed = []
    for i, doc, where in pending:
        keyed.append((i, doc, where, canonical_url(_field(doc, "url")), content_hash(_field(doc, "text"))))
    with store.connect() as conn:
        have_urls, have_hashes = _existing(conn, [k[3] for k in keyed if k[3]], [k[4] for k in keyed])
    todo = []
    for i, doc, where, url, h in keyed:
        if (url and url in have_urls) or h in have_hashes:
            summary.skipped += 1
            out[i] = ("skipped", None)
            continue
        if url:
            have_urls.add(url)
        have_hashes.add(h)
        todo.append((i, doc, where))
    analyzed: list[tuple[int, dict[str, Any]]] = []
    for i, doc, where in todo:
        try:
            result = analyze(doc) if analyze is not None else doc
            analyzed.append((i, as_dict(result)))
        except Exception as exc:  # one bad article must not stop the run
            _record_error(summary, where or _field(doc, "url") or _field(doc, "id"), exc)
    now = _now()
    try:
        with store.begin() as conn:
            w = _Writer(conn, store.dialect, settings, summary.run_id)
            for i, d in analyzed:
                got = w.article(d, now)
                if got is None:
                    summary.skipped += 1
                    out[i] = ("skipped", None)
                    continue
                aid, near = got
                out[i] = ("stored", aid)
                summary.new += 1
                summary.near_duplicates += int(near)
                w.entities(aid, d)
                m, n, g = w.events(aid, d, now)
                summary.mentions += m
                summary.events_new += n
                summary.events_merged += g
            summary.batches += 1
            _save_run(conn, summary)
    except sa.exc.SQLAlchemyError as exc:
        raise StoreError(
            f"storing a batch failed: {_first_line(exc)}",
            hint="the batch was rolled back; rerun the same command to resume",
        ) from exc
    return out


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).strip()
    return text.splitlines()[0] if text else type(orig).__name__


def _record_error(summary: RunSummary, where: Any, err: BaseException) -> None:
    summary.errors += 1
    if len(summary.error_samples) < MAX_ERRORS_KEPT:
        summary.error_samples.append(_error_record(str(where) if where else None, err))


def ingest_items(
    items: Iterable[Any],
    db: Store | str | os.PathLike[str] | None = None,
    *,
    analyze: Analyzer | None = None,
    batch_size: int = 50,
    progress: Progress | None = None,
    kind: str = "ingest",
    label: str | None = None,
    settings: StoreSettings | None = None,
) -> RunSummary:
    """Store documents (or reader results) from any iterable; ``analyze=None`` stores them as they are."""
    if batch_size < 1:
        raise StoreError(f"batch size must be at least 1, not {batch_size}", hint="pass --batch-size 50")
    settings = settings or StoreSettings()
    own = not isinstance(db, Store)
    store = open_store(db)
    try:
        version = _pipeline_version(analyze)
        summary = start_run(store, kind, label, version)
        try:
            for chunk in _chunks(items, batch_size):
                store_batch(store, chunk, summary, analyze=analyze, settings=settings)
                if progress is not None:
                    progress(summary)
        except KeyboardInterrupt:
            finish_run(store, summary, "interrupted")
            raise
        except BaseException:
            finish_run(store, summary, "failed")
            raise
        return finish_run(store, summary, "finished")
    finally:
        if own:
            store.close()


def ingest(
    paths: Sequence[str | os.PathLike[str]],
    db: Store | str | os.PathLike[str] | None = None,
    *,
    batch_size: int = 50,
    progress: Progress | None = None,
    analyze: Analyzer | None = None,
    read: Reader | None = None,
    settings: StoreSettings | None = None,
) -> RunSummary:
    """Read the articles in ``paths``, analyze them and store them; returns the run's summary.

    ``read`` defaults to :func:`hadath.readers.read_paths` and ``analyze`` to
    :func:`hadath.pipeline.default_pipeline` (both injectable, e.g. for tests).
    """
    spaths = [os.fspath(p) for p in paths]
    if read is None:
        read = _default_reader()
    if analyze is None:
        analyze = default_analyzer()
    return ingest_items(
        read(spaths),
        db,
        analyze=analyze,
        batch_size=batch_size,
        progress=progress,
        kind="ingest",
        label=" ".join(spaths),
        settings=settings,
    )


def _default_reader() -> Reader:
    try:
        from hadath.readers import read_paths
    except ImportError as exc:  # pragma: no cover - until the readers land
        raise PipelineError("hadath.readers is not available", hint="install hadath completely") from exc
    return read_paths


def default_analyzer() -> Analyzer:
    """hadath's default analysis pipeline."""
    try:
        from hadath.pipeline import default_pipeline
    except ImportError as exc:  # pragma: no cover - until the pipeline lands
        raise PipelineError("hadath.pipeline is not available", hint="install hadath completely") from exc
    return default_pipeline()


def _pipeline_version(analyze: Analyzer | None) -> str:
    import hadath

    v = getattr(analyze, "version", None) if analyze is not None else "stored-as-is"
    base = getattr(hadath, "__version__", None) or "0"
    return str(v) if isinstance(v, str) else f"hadath {base}"


def read_documents_jsonl(paths: Sequence[str]) -> Iterator[Any]:
    """Already-analyzed documents: JSONL files of ``hadath.document/1`` objects (``hadath analyze`` output).

    Yields dicts, or an :class:`~hadath.errors.InputError` for a line that is not such a document.
    """
    from hadath.errors import FormatError, InputError

    for p in paths:
        try:
            f = open(p, encoding="utf-8")
        except OSError as exc:
            yield InputError(f"cannot read: {exc.strerror}", hint="check the path", path=str(p))
            continue
        with f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                where = f"{p}:{n}"
                try:
                    d = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield FormatError(f"not JSON ({exc.msg})", hint="one JSON document a line", path=where)
                    continue
                if not isinstance(d, dict) or d.get("schema") != "hadath.document/1" or "text" not in d:
                    yield FormatError(
                        "not a hadath.document/1 object",
                        path=where,
                        hint="store raw articles without --analyzed; they are analyzed first",
                    )
                    continue
                yield d
