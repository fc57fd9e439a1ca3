"""Readers: files, folders and stdin into Documents.

``read_paths`` yields one ``ReadResult`` per article: a Document, or the typed error that
stopped that article. A bad article never stops the others.

Formats by extension: ``.txt`` plain text; ``.html``/``.htm`` pages; ``.xml``/``.rss``/
``.atom`` feeds; ``.jsonl``/``.ndjson`` (optionally ``.gz``) and ``.json`` archives. Folders
are read recursively (hidden files skipped, sorted by path). ``-`` reads stdin and sniffs its
format from the first bytes.
"""

from __future__ import annotations

import gzip
import io
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from hadath.errors import FormatError, HadathError, InputError
from hadath.readers.base import ReadOptions, ReadResult, check_size, decode
from hadath.readers.feed import parse_feed
from hadath.readers.html import parse_html
from hadath.readers.jsonl import parse_jsonl, parse_record
from hadath.readers.text import parse_text

__all__ = ["EXTENSIONS", "ReadOptions", "ReadResult", "read_bytes", "read_path", "read_paths"]

EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
}


def detect_format(name: str) -> str | None:
    lower = name.lower()
    if lower.endswith(".gz"):
        inner = detect_format(lower[:-3])
        return inner if inner in ("jsonl", "json") else None
    return EXTENSIONS.get(Path(lower).suffix)


def sniff_format(data: bytes) -> str:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith(b"["):
        return "json"
    if head.startswith((b"<rss", b"<feed")) or (head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head)):
        return "feed"
    if head.startswith((b"<!doctype", b"<html", b"<?xml", b"<head", b"<body")):
        return "html"
    return "text"


def read_bytes(data: bytes, fmt: str, *, path: str, opts: ReadOptions) -> Iterator[ReadResult]:
    """Read the articles in ``data`` given its format (text, html, feed, jsonl, json)."""
    try:
        check_size(len(data), path, opts)
        if fmt == "feed":
            yield from parse_feed(data, path=path, opts=opts)
            return
        text, encoding = decode(data, path)
        if fmt == "text":
            doc = parse_text(text, path=path, opts=opts, id=Path(path).stem if path != "-" else None)
            doc.metadata.setdefault("encoding", encoding)
            doc.metadata.setdefault("format", "text")
            yield ReadResult(path, doc=doc)
        elif fmt == "html":
            doc = parse_html(text, path=path, opts=opts)
            doc.metadata.setdefault("encoding", encoding)
            yield ReadResult(path, doc=doc)
        elif fmt == "jsonl":
            yield from parse_jsonl(io.StringIO(text), path=path, opts=opts)
        elif fmt == "json":
            try:
                obj = json.loads(text)
            except json.JSONDecodeError as exc:
                raise FormatError(f"invalid JSON ({exc.msg} at line {exc.lineno})", path=path) from None
            items = obj if isinstance(obj, list) else [obj]
            for n, rec in enumerate(items, 1):
                origin = f"{path}[{n}]"
                try:
                    yield parse_record(rec, origin=origin, opts=opts)
                except HadathError as exc:
                    yield ReadResult(origin, error=exc)
        else:
            raise InputError(f"unknown format {fmt!r}", path=path)
    except HadathError as exc:
        yield ReadResult(path, error=exc)


def _read_file(path: Path, opts: ReadOptions) -> Iterator[ReadResult]:
    p = str(path)
    fmt = detect_format(path.name)
    try:
        size = path.stat().st_size
        if not path.name.endswith(".gz"):
            check_size(size, p, opts)
        if path.name.endswith(".gz"):
            # a compressed archive is streamed line by line: its size limit applies per article
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                yield from parse_jsonl(fh, path=p, opts=opts)
            return
        if fmt == "jsonl" and size > 1024 * 1024:
            with open(path, encoding="utf-8") as fh:
                yield from parse_jsonl(fh, path=p, opts=opts)
            return
        data = path.read_bytes()
    except HadathError as exc:
        yield ReadResult(p, error=exc)
        return
    except UnicodeDecodeError as exc:
        yield ReadResult(p, error=InputError(f"not UTF-8 ({exc.reason})", hint="convert to UTF-8", path=p))
        return
    except OSError as exc:
        yield ReadResult(p, error=InputError(f"cannot read file: {exc.strerror}", path=p))
        return
    yield from read_bytes(data, fmt or sniff_format(data), path=p, opts=opts)


def read_path(path: str | Path, opts: ReadOptions | None = None) -> Iterator[ReadResult]:
    """Articles from one path: a file, a folder (recursively) or ``-`` for stdin."""
    opts = opts or ReadOptions()
    if str(path) == "-":
        data = sys.stdin.buffer.read()
        yield from read_bytes(data, sniff_format(data), path="-", opts=opts)
        return
    p = Path(path)
    if p.is_dir():
        files = sorted(
            f
            for f in p.rglob("*")
            if f.is_file()
            and not any(part.startswith(".") for part in f.relative_to(p).parts)
            and detect_format(f.name)
        )
        for f in files:
            yield from _read_file(f, opts)
        return
    if not p.exists():
        yield ReadResult(
            str(p), error=InputError("no such file or folder", hint="check the path", path=str(p))
        )
        return
    yield from _read_file(p, opts)


def read_paths(paths: Iterable[str | Path], opts: ReadOptions | None = None) -> Iterator[ReadResult]:
    """Articles from several paths, in order."""
    opts = opts or ReadOptions()
    for path in paths:
        yield from read_path(path, opts)
