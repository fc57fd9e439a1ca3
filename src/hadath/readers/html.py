"""HTML article pages, through trafilatura (title, date, author, body)."""

from __future__ import annotations

from typing import Any

from hadath.doc.model import Document
from hadath.errors import FormatError
from hadath.readers.base import ReadOptions, make_document, parse_datetime


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
