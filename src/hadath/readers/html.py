"""HTML article pages, through trafilatura (title, date, author, body)."""

from __future__ import annotations

from typing import Any

from hadath.doc.model import Document
from hadath.errors import FormatError
from hadath.readers.base import ReadOptions, make_document, parse_datetime


def _meta_author(html: str) -> str | None:
    """The author from <meta name="author"> when trafilatura found none."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except Exception:
        return None
    for sel in ('//meta[@name="author"]/@content', '//meta[@property="article:author"]/@content'):
        found = root.xpath(sel)
        if found and str(found[0]).strip():
            return str(found[0]).strip()
    return None


def parse_html(html: str, *, path: str, opts: ReadOptions, url: str | None = None) -> Document:
    import trafilatura

    result: Any = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, favor_precision=True
    )
    if result is None:
        raise FormatError(
            "no article text found in the HTML page",
            hint="check that the page holds an article body, not only navigation",
            path=path,
        )
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    body = data.get("text") or ""
    title = data.get("title")
    if title and body.startswith(title + "\n"):
        body = body[len(title) + 1 :]  # the page's headline repeated at the top of the body
    if not data.get("author"):
        data["author"] = _meta_author(html)
    published = None
    if data.get("date"):
        try:
            published = parse_datetime(data["date"], path)
        except Exception:
            published = None
    meta = {k: data.get(k) for k in ("author", "sitename", "hostname", "description") if data.get(k)}
    meta["format"] = "html"
    return make_document(
        body=body,
        title=title,
        path=path,
        opts=opts,
        source=data.get("sitename") or data.get("hostname"),
        url=data.get("url") or url,
        published=published,
        metadata=meta,
    )
