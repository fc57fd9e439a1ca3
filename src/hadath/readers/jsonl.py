"""JSONL archives: one article per line.

Fields: ``id``, ``title``, ``text``, ``published`` (ISO 8601 or RFC 2822), ``source``, ``url``;
the aliases ``docno`` (id), ``body`` (text), ``time``/``date`` (published) and ``src`` (source)
that real archives use are accepted. Other fields go to ``metadata``. A line that is already a
hadath Document (``"schema": "hadath.document/1"``) is read back as it is.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from hadath.errors import FormatError, HadathError, InputError
from hadath.readers.base import ReadOptions, ReadResult, make_document, parse_datetime

ALIASES = {
    "id": ("id", "docno", "doc_id"),
    "title": ("title", "headline"),
    "text": ("text", "body", "content"),
    "published": ("published", "time", "date", "pubdate"),
    "source": ("source", "src", "outlet"),
    "url": ("url", "link"),
}
_KNOWN = {k for names in ALIASES.values() for k in names}


def _pick(rec: dict[str, Any], field: str) -> Any:
    for name in ALIASES[field]:
        v = rec.get(name)
        if v not in (None, ""):
            return v
    return None


def parse_record(rec: dict[str, Any], *, origin: str, opts: ReadOptions) -> ReadResult:
    if not isinstance(rec, dict):
        raise FormatError("line is not a JSON object", hint="each line must be one article object", path=origin)
    if rec.get("schema") == "hadath.document/1":
        from hadath.doc.serialize import from_json

        return ReadResult(origin, doc=from_json(rec))
    body = _pick(rec, "text")
    title = _pick(rec, "title")
    if body is None and title is None:
        raise FormatError(
            "article has neither 'text' nor 'title'",
            hint="give the body as 'text' (or 'body') and the headline as 'title'",
            path=origin,
        )
    published = parse_datetime(_pick(rec, "published"), origin)
    metadata = {k: v for k, v in rec.items() if k not in _KNOWN}
    metadata["format"] = "jsonl"
    doc = make_document(
        body=str(body or ""),
        title=str(title) if title else None,
        path=origin,
        opts=opts,
        id=str(_pick(rec, "id") or "") or None,
        source=_pick(rec, "source"),
        url=_pick(rec, "url"),
        published=published,
        metadata=metadata,
    )
    return ReadResult(origin, doc=doc)


def parse_jsonl(lines: Iterable[str], *, path: str, opts: ReadOptions) -> Iterator[ReadResult]:
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        origin = f"{path}:{n}"
        try:
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise FormatError(
                    f"invalid JSON ({exc.msg} at column {exc.colno})",
                    hint="each line must be one JSON object",
                    path=origin,
                ) from None
            if len(line.encode("utf-8")) > opts.max_bytes:
                raise InputError(
                    f"article line is over the limit of {opts.max_bytes} bytes",
                    hint="raise the limit with --max-bytes",
                    path=origin,
                )
            yield parse_record(rec, origin=origin, opts=opts)
        except HadathError as exc:
            yield ReadResult(origin, error=exc)
