"""CLI commands that expose single stages on a text: ``dates``, ``geocode``, ``ner``, ``eval``,
``train``, ``actors``. Each parses its options and calls a library function."""

from __future__ import annotations

import json
import sys
from pathlib import Path
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

    @app.command()
    def ner(
        conll: Annotated[Path, typer.Option("--conll", help="CoNLL input: one token per line (first column).")],
        output: Annotated[Path | None, typer.Option("-o", "--output", help="Write here instead of stdout.")] = None,
    ) -> None:
        """Tag a CoNLL file: each line becomes token<TAB>BIO tag over PER/ORG/GPE/LOC/MISC."""
        from hadath.ner.conll import tag_conll

        n = tag_conll(conll, output)
        if output is not None:
            typer.echo(f"hadath: tagged {n} tokens -> {output}", err=True)

    eval_app = typer.Typer(help="Score hadath against gold annotations.", no_args_is_help=True)
    app.add_typer(eval_app, name="eval")

    @eval_app.command("ner")
    def eval_ner(
        gold: Annotated[Path, typer.Argument(help="Gold CoNLL: token and BIO tag columns.")],
        as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    ) -> None:
        """Per-type and micro precision, recall and F1 (entity-level exact match, conlleval semantics)."""
        from hadath.ner.conll import evaluate_conll

        report = evaluate_conll(gold, out=None if as_json else sys.stdout)
        if as_json:
            _print_json(report.as_dict())

    train_app = typer.Typer(help="Train hadath's models.", no_args_is_help=True)
    app.add_typer(train_app, name="train")

    @train_app.command("ner")
    def train_ner(
        data: Annotated[Path, typer.Option("--data", help="ANERcorp-style training data (token TAB BIO).")],
        out: Annotated[Path, typer.Option("--out", help="Output model folder.")],
        unlabeled: Annotated[
            Path | None, typer.Option("--unlabeled", help="Unlabeled news JSONL(.gz) for clusters and gazetteers.")
        ] = None,
        seed: Annotated[int, typer.Option("--seed", help="Random seed.")] = 13,
    ) -> None:
        """Train the NER model (reproducible: fixed seed) into OUT."""
        from hadath.ner.train import train

        report = train(data, unlabeled, out, seed=seed)
        typer.echo(str(report), err=True)

    actors_app = typer.Typer(help="The actor dictionary: validate it, look names up.", no_args_is_help=True)
    app.add_typer(actors_app, name="actors")

    @actors_app.command("validate")
    def actors_validate() -> None:
        """Validate the packaged actor dictionary, nisba table and agent nouns (exit 7 when invalid)."""
        from hadath.resolve.commands import validate_report

        ok, text = validate_report()
        typer.echo(text)
        if not ok:
            raise typer.Exit(7)

    @actors_app.command("lookup")
    def actors_lookup(
        name: Annotated[str, typer.Argument(help="An Arabic name, e.g. بوتين or \"وزير الخارجية الروسي\".")],
        date: Annotated[str | None, typer.Option("--date", help="The role in force on this date (YYYY-MM-DD).")] = None,
    ) -> None:
        """Actors named NAME and the role (CAMEO code) each holds on --date, as JSON."""
        from hadath.resolve.commands import lookup_rows

        rows = lookup_rows(name, date)
        _print_json(rows)
        if not rows:
            raise typer.Exit(1)

    @actors_app.command("find")
    def actors_find(
        text: Annotated[str, typer.Argument(help="Arabic text, or - for stdin.")],
        date: Annotated[str | None, typer.Option("--date", help="The article's date (YYYY-MM-DD).")] = None,
    ) -> None:
        """Actor mentions in TEXT (dictionary, titles, nisba, coreference) with codes and reasons, as JSON."""
        from dataclasses import asdict, is_dataclass

        from hadath.resolve.commands import mentions_in_text, parse_date

        found = mentions_in_text(_text_arg(text), parse_date(date))
        _print_json([asdict(m) if is_dataclass(m) else vars(m) for m in found])
