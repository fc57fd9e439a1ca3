"""What every reader shares: decoding, checks, and building the Document."""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from hadath.doc.model import Document
from hadath.errors import (
    DecodeError,
    EmptyArticleError,
    FileTooLargeError,
    HadathError,
    InputError,
    NotArabicError,
)

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


def max_bytes_setting() -> int:
    """The file size limit: ``HADATH_MAX_BYTES`` or 20 MiB."""
    raw = os.environ.get("HADATH_MAX_BYTES")
    if raw:
        try:
            return int(raw)
        except ValueError:
            pass
    return DEFAULT_MAX_BYTES


@dataclass(slots=True)
class ReadOptions:
    """Options shared by all readers."""

    published: date | datetime | None = None  # used when the article carries no date
    max_bytes: int = field(default_factory=max_bytes_setting)
    check_language: bool = True


@dataclass(slots=True)
class ReadResult:
    """One article read from an input: a Document, or the error that stopped it."""

    origin: str  # file path (and item number) the article came from
    doc: Document | None = None
    error: HadathError | None = None


_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3\ufb50-\ufdff\ufe70-\ufefc]")
_CORE_ARABIC = re.compile(r"[\u0621-\u063a\u0641-\u064a]")
_ANY_LETTER = re.compile(r"[^\W\d_]")


def check_size(data_len: int, path: str, opts: ReadOptions) -> None:
    if data_len > opts.max_bytes:
        raise FileTooLargeError(
            f"file is {data_len} bytes, over the limit of {opts.max_bytes}",
            hint="split it, or raise the limit with --max-bytes or HADATH_MAX_BYTES",
            path=path,
        )


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16 with BOM, or CP1256.

    Returns (text, encoding used). CP1256 decodes any byte string, so it is accepted only
    when it gives mostly Arabic letters.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            pass
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        text = ""
    letters = len(_ANY_LETTER.findall(text[:20000]))
    arabic = len(_CORE_ARABIC.findall(text[:20000]))
    if text and letters and arabic / letters >= 0.5:
        return text, "cp1256"
    raise DecodeError(
        f"bytes are not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) and not Arabic CP1256",
        hint="convert the file to UTF-8 (e.g. iconv -f WINDOWS-1256 -t UTF-8)",
        path=path,
    )


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


_ARABIC_LEADS = (b"\xd8", b"\xd9", b"\xda", b"\xdb")
_OTHER_LEADS = tuple(bytes([b]) for b in range(0xC2, 0xF5) if b not in (0xD8, 0xD9, 0xDA, 0xDB))
_ASCII_LETTERS = tuple(bytes([b]) for b in [*range(0x41, 0x5B), *range(0x61, 0x7B)])
_PERSIAN_CHARS = "پچژگکیۀ"


def script_counts(sample: str) -> tuple[int, int]:
    """(Arabic-block characters, other letters) in ``sample``, counted on its UTF-8 bytes.

    Counting lead bytes with ``bytes.count`` is far cheaper than a regex over the text; the
    Arabic block includes a few non-letters (digits, marks), which is fine for a ratio.
    """
    enc = sample.encode("utf-8")
    arabic = sum(enc.count(b) for b in _ARABIC_LEADS)
    other = sum(enc.count(b) for b in _OTHER_LEADS) + sum(enc.count(b) for b in _ASCII_LETTERS)
    return arabic, other


def check_arabic(text: str, path: str) -> None:
    """Raise NotArabicError unless ``text`` is Arabic.

    Arabic script must make at least half of the letters (of the first 3,000 characters); a
    text with many Persian or Urdu letters is then checked by the language identifier packaged
    with py3langid.
    """
    sample = text[:3000]
    arabic, other = script_counts(sample)
    if arabic + other == 0:
        raise NotArabicError("article has no letters", hint="check that the file holds an article", path=path)
    if arabic / (arabic + other) < 0.5:
        raise NotArabicError(
            f"article is not Arabic ({arabic} of {arabic + other} letters are Arabic script)",
            hint="hadath reads Arabic news; leave other languages out of the batch",
            path=path,
        )
    persian = sum(sample.count(c) for c in _PERSIAN_CHARS)
    if persian > max(3, arabic // 50):
        lang = identify_language(sample)
        if not lang.startswith("ar"):
            raise NotArabicError(
                f"article is in Arabic script but the language looks like {lang!r}",
                hint="hadath reads Arabic news; leave Persian, Urdu and Kurdish articles out",
                path=path,
            )


def identify_language(text: str) -> str:
    import py3langid

    lang, _ = py3langid.classify(text)
    return str(lang)


def parse_datetime(value: str | None, path: str = "") -> date | datetime | None:
    """Parse ISO 8601 or RFC 2822 dates; None for empty values."""
    if value is None:
        return None
    value = str(value).strip()
    if not value:
        return None
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        pass
    raise InputError(
        f"cannot parse date {value!r}",
        hint="use ISO 8601 (2017-11-21 or 2017-11-21T10:00:00+03:00) or RFC 2822",
        path=path or None,
    )


def make_document(
    *,
    body: str,
    title: str | None,
    path: str,
    opts: ReadOptions,
    id: str | None = None,
    source: str | None = None,
    url: str | None = None,
    published: date | datetime | None = None,
    metadata: dict[str, Any] | None = None,
) -> Document:
    """Assemble ``text`` (title, blank line, body), check it, and build the Document."""
    body = normalize_newlines(body).strip("\n")
    title = normalize_newlines(title).strip() if title else None
    if title:
        title = " ".join(title.split("\n"))
    if not body.strip() and not (title or "").strip():
        raise EmptyArticleError("article is empty", hint="check the input; nothing to analyze", path=path)
    text = f"{title}\n\n{body}" if title and body else (title or body)
    if opts.check_language:
        check_arabic(text, path)
    if not id:
        id = hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
    return Document(
        text,
        id=id,
        source=source,
        title=title,
        url=url,
        published=published if published is not None else opts.published,
        language="ar",
        metadata=metadata or {},
    )
