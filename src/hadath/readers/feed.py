"""RSS and Atom feeds (feedparser): one Document per item, with its link and date."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from hadath.errors import FormatError, HadathError
from hadath.readers.base import ReadOptions, ReadResult, make_document


def html_to_text(fragment: str) -> str:
    """Text of an HTML fragment (feed summaries and contents), paragraphs on their own lines."""
    if "<" not in fragment:
        return fragment
    import lxml.html

    try:
        root = lxml.html.fromstring(f"<div>{fragment}</div>")
    except Exception:
        return fragment
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for p in root.iter("p", "div", "li", "h1", "h2", "h3"):
        p.tail = "\n\n" + (p.tail or "")
    text: str = root.text_content()
    lines = [line.strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def _entry_date(entry: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed"):
        t = entry.get(key)
        if t:
            y, mo, d, h, mi, sec = t[:6]
            return datetime(y, mo, d, h, mi, sec, tzinfo=UTC)
    return None


def parse_feed(data: bytes | str, *, path: str, opts: ReadOptions) -> Iterator[ReadResult]:
    import feedparser

    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            raise FormatError(
                f"not a readable RSS/Atom feed ({parsed.get('bozo_exception')})",
                hint="check the file is RSS or Atom XML",
                path=path,
            )
        raise FormatError("feed has no items", hint="nothing to analyze in this feed", path=path)
    feed_title = (parsed.get("feed") or {}).get("title")
    for n, entry in enumerate(entries, 1):
        origin = f"{path}#item{n}"
        try:
            content = ""
            if entry.get("content"):
                content = "\n\n".join(c.get("value", "") for c in entry["content"])
            if not content:
                content = entry.get("summary") or entry.get("description") or ""
            body = html_to_text(content)
            link = entry.get("link")
            ident = entry.get("id") or link or f"{path}#{n}"
            doc = make_document(
                body=body,
                title=entry.get("title"),
                path=origin,
                opts=opts,
                id=hashlib.sha1(str(ident).encode("utf-8")).hexdigest()[:16],
                source=feed_title,
                url=link,
                published=_entry_date(entry),
                metadata={"format": "feed", "guid": entry.get("id"), "summary_only": not entry.get("content")},
            )
            yield ReadResult(origin, doc=doc)
        except HadathError as exc:
            yield ReadResult(origin, error=exc)
