"""The functions behind ``hadath actors validate`` and ``hadath actors lookup``."""

from __future__ import annotations

import pytest

from hadath.errors import UsageError
from hadath.resolve.commands import lookup_rows, parse_date, validate_report


def test_validate_report_lists_files_and_totals() -> None:
    ok, text = validate_report()
    assert ok, text
    assert "actors/orgs.jsonl" in text and "actors in total" in text and "countries in nisba.jsonl" in text


def test_lookup_with_and_without_a_date() -> None:
    (row,) = lookup_rows("طالبان", "2018-05-01")
    assert (row["id"], row["code"]) == ("taliban", "AFGINS")
    (row,) = lookup_rows("حركة طالبان")
    assert row["code"] == "AFGGOV" and "no date" in str(row["reason"])


def test_lookup_normalizes_spelling() -> None:
    assert [r["id"] for r in lookup_rows("الكِرملين")] == ["kremlin"]


def test_lookup_unknown_name() -> None:
    assert lookup_rows("اسم لا وجود له") == []


def test_bad_date_is_a_usage_error() -> None:
    with pytest.raises(UsageError):
        parse_date("21/11/2017")
