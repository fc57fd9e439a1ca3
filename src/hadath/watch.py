"""Watch RSS/Atom feeds: poll on an interval, ingest new items only, back off on failing feeds.

Per-feed state lives in the store (``feeds``: ETag / Last-Modified, last poll, last success,
failures, next poll; ``feed_items``: the items already handled), so a restarted watcher carries on
where it stopped and sends conditional requests. When an item carries only a summary (or a short
text), the article page it links to is fetched and its body extracted with trafilatura.

A failing feed (network error, HTTP error, unreadable XML) is retried after ``every * 2**failures``
(at most ``max_backoff``) while the other feeds go on. Each poll logs one line on the
``hadath.watch`` logger.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from hadath.errors import HadathError, StoreError, UsageError
from hadath.store.db import Store, open_store
from hadath.store.ingest import (
    Analyzer,
    RunSummary,
    StoreSettings,
    default_analyzer,
    finish_run,
    start_run,
    store_batch,
)
from hadath.store.schema import feed_items, feeds

log = logging.getLogger("hadath.watch")

USER_AGENT = "hadath-watch/0.1 (feed reader)"
_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.IGNORECASE)
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(value: str | float | int) -> float:
    """Seconds in an interval such as ``90``, ``30s``, ``15m``, ``2h`` or ``1d``."""
    if isinstance(value, int | float):
        seconds = float(value)
    else:
        m = _INTERVAL.match(value)
        if not m:
            raise UsageError(f"cannot read the interval {value!r}", hint="use e.g. 30s, 15m, 2h or 1d")
        seconds = float(m[1]) * _UNITS[m[2].lower()]
    if seconds <= 0:
        raise UsageError(f"the interval must be positive, not {value!r}", hint="use e.g. --every 15m")
    return seconds


def read_feed_list(feeds_arg: str | os.PathLike[str] | Sequence[str]) -> list[str]:
    """Feed URLs from URLs and/or files holding one URL a line (``#`` starts a comment)."""
    items = [feeds_arg] if isinstance(feeds_arg, str | os.PathLike) else list(feeds_arg)
    out: list[str] = []
    for item in items:
        s = os.fspath(item).strip()
        if s.startswith(("http://", "https://")):
            out.append(s)
            continue
        p = Path(s)
        if not p.is_file():
            raise UsageError(
                f"{s!r} is neither a feed URL nor a file of feed URLs",
                hint="give http(s) URLs or a text file with one URL a line",
            )
        for line in p.read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0].strip()
            if line:
                if not line.startswith(("http://", "https://")):
                    raise UsageError(f"{p}: {line!r} is not an http(s) URL", hint="one feed URL a line")
                out.append(line)
    if not out:
        raise UsageError("no feeds to watch", hint="give feed URLs or a file listing them")
    return list(dict.fromkeys(out))


@dataclass
class FeedPoll:
    """What one poll of one feed did."""

    url: str
    status: str  # ok | not-modified | error | backoff
    http_status: int | None = None
    items: int = 0
    new: int = 0
    duplicates: int = 0
    errors: int = 0
    next_poll_at: datetime | None = None
    message: str = ""
    error_samples: list[str] = field(default_factory=list)

    def line(self) -> str:
        nxt = self.next_poll_at.strftime("%Y-%m-%dT%H:%M:%SZ") if self.next_poll_at else "-"
        tail = f" ({self.message})" if self.message else ""
        return (
            f"poll {self.url} {self.status} http={self.http_status or '-'} items={self.items} "
            f"new={self.new} dup={self.duplicates} errors={self.errors} next={nxt}{tail}"
        )


@dataclass(frozen=True)
class WatchSettings:
    every: float = 900.0
    max_backoff: float = 6 * 3600.0
    timeout: float = 30.0
    fetch_pages: bool = True
    min_chars: int = 300  # a description shorter than this (and no full content) is a summary
    batch_size: int = 50


def _now() -> datetime:
    return datetime.now(UTC)


def _aware(t: datetime | None) -> datetime | None:
    if t is not None and t.tzinfo is None:
        return t.replace(tzinfo=UTC)  # SQLite returns naive datetimes
    return t


def _state(conn: sa.Connection, url: str) -> dict[str, Any] | None:
    row = conn.execute(sa.select(feeds).where(feeds.c.url == url)).first()
    return dict(row._mapping) if row else None


def _save_state(store: Store, url: str, values: dict[str, Any]) -> None:
    with store.begin() as conn:
        if _state(conn, url) is None:
            conn.execute(sa.insert(feeds).values(url=url, **values))
        else:
            conn.execute(sa.update(feeds).where(feeds.c.url == url).values(**values))


def _entry_key(entry: Any, n: int) -> str:
    key = entry.get("id") or entry.get("link")
    if not key:
        key = "sha1:" + hashlib.sha1(f"{entry.get('title')}|{n}".encode()).hexdigest()
    return str(key)


class _Transient(Exception):
    """A page could not be fetched now: the item is retried at the next poll."""


def _document_for(entry: Any, feed_title: str | None, feed_url: str, client: Any, ws: WatchSettings) -> Any:
    from hadath.readers.base import ReadOptions, make_document
    from hadath.readers.feed import _entry_date, html_to_text

    opts = ReadOptions()
    link = entry.get("link")
    content = ""
    if entry.get("content"):
        content = "\n\n".join(c.get("value", "") for c in entry["content"])
    summary_only = not content
    if not content:
        content = entry.get("summary") or entry.get("description") or ""
    body = html_to_text(content)
    origin = link or feed_url
    ident = hashlib.sha1(_entry_key(entry, 0).encode("utf-8")).hexdigest()[:16]
    # no full content, and a description too short to be the article: fetch the page it links to
    if ws.fetch_pages and link and summary_only and len(body) < ws.min_chars:
        from hadath.readers.html import parse_html

        try:
            r = client.get(link)
        except Exception as exc:
            raise _Transient(f"{link}: {type(exc).__name__}: {exc}") from exc
        if r.status_code >= 400:
            raise _Transient(f"{link}: HTTP {r.status_code}")
        page = parse_html(r.text, path=link, opts=opts, url=link)
        page.id = ident
        page.url = link
        page.source = feed_title or page.source
        if page.published is None:
            page.published = _entry_date(entry)
        page.metadata.update({"format": "feed+html", "feed": feed_url, "guid": entry.get("id")})
        return page
    return make_document(
        body=body,
        title=entry.get("title"),
        path=origin,
        opts=opts,
        id=ident,
        source=feed_title,
        url=link,
        published=_entry_date(entry),
        metadata={"format": "feed", "feed": feed_url, "guid": entry.get("id"), "summary_only": summary_only},
    )


def poll_feed(
    store: Store,
    url: str,
    *,
    client: Any,
    analyze: Analyzer | None,
    summary: RunSummary,
    ws: WatchSettings,
    settings: StoreSettings,
    force: bool = False,
) -> FeedPoll:
    """Poll one feed now (unless it is backing off and ``force`` is false) and store its new items."""
    import feedparser

    now = _now()
    with store.connect() as conn:
        state = _state(conn, url) or {}
    if not state:
        _save_state(store, url, {"failures": 0})
    due = _aware(state.get("next_poll_at"))
    if due is not None and due > now and not force and state.get("failures"):
        poll = FeedPoll(url, "backoff", next_poll_at=due, message=f"{state.get('failures')} failure(s)")
        log.info(poll.line())
        return poll
    headers = {}
    if state.get("etag"):
        headers["If-None-Match"] = state["etag"]
    if state.get("last_modified"):
        headers["If-Modified-Since"] = state["last_modified"]
    failures = int(state.get("failures") or 0)
    poll = FeedPoll(url, "ok")
    try:
        r = client.get(url, headers=headers)
        poll.http_status = r.status_code
        if r.status_code == 304:
            poll.status = "not-modified"
        elif r.status_code >= 400:
            raise _Transient(f"HTTP {r.status_code}")
        else:
            parsed = feedparser.parse(r.content)
            entries = parsed.get("entries") or []
            if not entries and parsed.get("bozo"):
                raise _Transient(f"not a readable RSS/Atom feed ({parsed.get('bozo_exception')})")
            poll.items = len(entries)
            _store_entries(
                store,
                url,
                entries,
                (parsed.get("feed") or {}).get("title"),
                poll,
                client=client,
                analyze=analyze,
                summary=summary,
                ws=ws,
                settings=settings,
            )
    except Exception as exc:  # a failing feed never stops the others
        if isinstance(exc, StoreError | sa.exc.SQLAlchemyError):
            raise  # the store itself fails: stop; the rerun resumes
        failures += 1
        delay = min(ws.every * 2**failures, ws.max_backoff)
        poll.status = "error"
        poll.message = str(exc) if isinstance(exc, _Transient) else f"{type(exc).__name__}: {exc}"
        poll.next_poll_at = now + timedelta(seconds=delay)
        _save_state(
            store,
            url,
            {
                "last_polled_at": now,
                "failures": failures,
                "next_poll_at": poll.next_poll_at,
                "last_status": poll.status,
                "last_error": poll.message[:1000],
            },
        )
        log.warning(poll.line())
        return poll
    poll.next_poll_at = now + timedelta(seconds=ws.every)
    values: dict[str, Any] = {
        "last_polled_at": now,
        "last_ok_at": now,
        "failures": 0,
        "next_poll_at": poll.next_poll_at,
        "last_status": poll.status,
        "last_error": None,
    }
    if poll.status == "ok":
        values["etag"] = r.headers.get("etag")
        values["last_modified"] = r.headers.get("last-modified")
        values["n_items"] = int(state.get("n_items") or 0) + poll.new
        if poll.new:
            values["last_new_at"] = now
    _save_state(store, url, values)
    log.info(poll.line())
    return poll


def _store_entries(
    store: Store,
    url: str,
    entries: list[Any],
    feed_title: str | None,
    poll: FeedPoll,
    *,
    client: Any,
    analyze: Analyzer | None,
    summary: RunSummary,
    ws: WatchSettings,
    settings: StoreSettings,
) -> None:
    keys = [_entry_key(e, n) for n, e in enumerate(entries)]
    with store.connect() as conn:
        seen = set(
            conn.execute(
                sa.select(feed_items.c.item_key).where(
                    feed_items.c.feed_url == url, feed_items.c.item_key.in_(keys)
                )
            ).scalars()
        )
    fresh = [(k, e) for k, e in zip(keys, entries, strict=True) if k not in seen]
    fresh = list(dict(fresh).items())  # a key repeated inside one feed counts once
    done: list[tuple[str, str, int | None]] = []
    docs: list[tuple[str, Any]] = []
    for key, entry in fresh:
        try:
            docs.append((key, _document_for(entry, feed_title, url, client, ws)))
        except _Transient as exc:
            poll.errors += 1
            poll.error_samples.append(str(exc))
        except HadathError as exc:  # empty, not Arabic, no article text: do not retry
            poll.errors += 1
            poll.error_samples.append(str(exc))
            done.append((key, "error", None))
    for i in range(0, len(docs), ws.batch_size):
        chunk = docs[i : i + ws.batch_size]
        errors_before = summary.errors
        statuses = store_batch(store, [d for _, d in chunk], summary, analyze=analyze, settings=settings)
        poll.errors += summary.errors - errors_before
        for (key, _), (status, aid) in zip(chunk, statuses, strict=True):
            if status == "stored":
                poll.new += 1
            elif status == "skipped":
                poll.duplicates += 1
            done.append((key, {"skipped": "duplicate"}.get(status, status), aid))
    if done:
        now = _now()
        with store.begin() as conn:
            conn.execute(
                sa.insert(feed_items),
                [
                    {"feed_url": url, "item_key": k, "status": s, "article_id": a, "seen_at": now}
                    for k, s, a in done
                ],
            )


def poll_round(
    feed_urls: Iterable[str],
    store: Store,
    *,
    client: Any,
    analyze: Analyzer | None,
    ws: WatchSettings,
    settings: StoreSettings,
) -> list[FeedPoll]:
    """Poll every feed once (those backing off are skipped), one run for the round."""
    urls = list(feed_urls)
    summary = start_run(store, "watch", " ".join(urls), getattr(analyze, "version", None))
    polls = []
    try:
        for url in urls:
            polls.append(
                poll_feed(
                    store, url, client=client, analyze=analyze, summary=summary, ws=ws, settings=settings
                )
            )
    except BaseException:
        finish_run(store, summary, "interrupted")
        raise
    finish_run(store, summary, "finished")
    return polls


def watch(
    feeds_arg: str | os.PathLike[str] | Sequence[str],
    every: str | float = "15m",
    db: Store | str | os.PathLike[str] | None = None,
    *,
    once: bool = False,
    analyze: Analyzer | None = None,
    max_rounds: int | None = None,
    client: Any = None,
    settings: StoreSettings | None = None,
    watch_settings: WatchSettings | None = None,
    sleep: Callable[[float], None] = time.sleep,
    on_round: Callable[[list[FeedPoll]], None] | None = None,
) -> list[FeedPoll]:
    """Poll ``feeds_arg`` (URLs or files of URLs) every ``every`` and ingest new items into ``db``.

    ``once=True`` polls one round and returns; otherwise rounds go on until ``max_rounds`` (or
    forever). Returns the polls of the last round.
    """
    urls = read_feed_list(feeds_arg)
    ws = watch_settings or WatchSettings()
    ws = WatchSettings(**{**ws.__dict__, "every": parse_interval(every)})
    settings = settings or StoreSettings()
    if analyze is None:
        analyze = default_analyzer()
    own_store = not isinstance(db, Store)
    store = open_store(db)
    own_client = client is None
    if client is None:
        import httpx

        client = httpx.Client(timeout=ws.timeout, follow_redirects=True, headers={"User-Agent": USER_AGENT})
    rounds = 0
    polls: list[FeedPoll] = []
    try:
        while True:
            polls = poll_round(urls, store, client=client, analyze=analyze, ws=ws, settings=settings)
            rounds += 1
            if on_round is not None:
                on_round(polls)
            if once or (max_rounds is not None and rounds >= max_rounds):
                return polls
            sleep(_until_next(store, urls, ws))
    finally:
        if own_client:
            client.close()
        if own_store:
            store.close()


def _until_next(store: Store, urls: list[str], ws: WatchSettings) -> float:
    """Seconds until the next feed is due (at least 1, at most ``every``)."""
    with store.connect() as conn:
        times = [
            _aware(t)
            for t in conn.execute(sa.select(feeds.c.next_poll_at).where(feeds.c.url.in_(urls))).scalars()
            if t is not None
        ]
    if not times:
        return ws.every
    wait = (min(t for t in times if t is not None) - _now()).total_seconds()
    return max(1.0, min(ws.every, wait))
