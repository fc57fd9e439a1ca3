"""CLI commands that expose single stages on a text: ``dates``, ``geocode``, ``ner``, ``eval``,
``train``, ``actors``. Each parses its options and calls a library function."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer


def _print_json(obj: object) -> None:
    typer.echo(json.dumps(obj, ensure_ascii=False, indent=2))


def _text_arg(text: str) -> str:
    """The text argument, or stdin when it is ``-``."""
    return sys.stdin.read() if text == "-" else text


def register(app: typer.Typer) -> None:
    @app.command()
    def dates(
        text: Annotated[str, typer.Argument(help="Arabic text, or - for stdin.")],
        published: Annotated[
            str | None, typer.Option("--published", help="Publication date YYYY-MM-DD (anchors relative dates).")
        ] = None,
        tense: Annotated[
            str | None, typer.Option("--tense", help="past, present or future (for bare weekdays and months).")
        ] = None,
    ) -> None:
        """Print the date expressions of TEXT as JSON (start, end, text, value, granularity, reason)."""
        from hadath.dates import dates_json

        _print_json(dates_json(_text_arg(text), published, tense_hint=tense))

    @app.command()
    def geocode(
        text: Annotated[str, typer.Argument(help="Arabic text, or - for stdin.")],
        country: Annotated[
            list[str] | None, typer.Option("--country", help="ISO3 country the text is about (repeatable).")
        ] = None,
    ) -> None:
        """Print the places found in TEXT with coordinates, confidence and reasons, as JSON."""
        from hadath.geo import geocode as run

        _print_json(run(_text_arg(text), countries_hint=tuple(country or ())))
