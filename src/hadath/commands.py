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

    @eval_app.command("events")
    def eval_events(
        gold: Annotated[Path, typer.Argument(help="Gold events JSONL (format: gold/README.md).")],
        articles: Annotated[
            Path | None, typer.Option("--articles", help="Articles JSONL the gold refers to (default: ANT dev).")
        ] = None,
        as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    ) -> None:
        """P/R/F1 of (source country, target country, CAMEO root) per article, and accuracies on matches."""
        from hadath.evaluation.events import eval_events_cli

        raise typer.Exit(eval_events_cli(gold, articles, as_json))

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

    @app.command()
    def events(
        files: Annotated[
            list[str] | None, typer.Argument(help="Articles to analyze (files, folders, -). Without them: the store.")
        ] = None,
        db: Annotated[str | None, typer.Option("--db", help="Store to query (SQLite path or postgresql:// URL).")] = None,
        published: Annotated[
            str | None, typer.Option("--published", help="Publication date for articles without one.")
        ] = None,
        actor: Annotated[str | None, typer.Option("--actor", help="Source or target: code, id or name.")] = None,
        source: Annotated[str | None, typer.Option("--source", help="Source actor code, id or name.")] = None,
        target: Annotated[str | None, typer.Option("--target", help="Target actor code, id or name.")] = None,
        country: Annotated[str | None, typer.Option("--country", help="ISO3 of source, target or place.")] = None,
        cameo: Annotated[str | None, typer.Option("--cameo", help="CAMEO code (prefix match).")] = None,
        root: Annotated[str | None, typer.Option("--root", help="CAMEO root (01-20).")] = None,
        plover: Annotated[str | None, typer.Option("--plover", help="PLOVER type, e.g. ASSAULT.")] = None,
        quad_class: Annotated[int | None, typer.Option("--quad-class", help="QuadClass 1-4.")] = None,
        since: Annotated[str | None, typer.Option("--since", help="Events on or after YYYY-MM-DD.")] = None,
        until: Annotated[str | None, typer.Option("--until", help="Events on or before YYYY-MM-DD.")] = None,
        place: Annotated[str | None, typer.Option("--place", help="Place name or id.")] = None,
        modality: Annotated[
            str | None, typer.Option("--modality", help="asserted, negated, future, hypothetical, reported_claim.")
        ] = None,
        min_confidence: Annotated[float | None, typer.Option("--min-confidence", help="Lowest confidence.")] = None,
        min_mentions: Annotated[int | None, typer.Option("--min-mentions", help="Store: fewest mentions.")] = None,
        limit: Annotated[int, typer.Option("--limit", help="Store: rows per page.")] = 50,
        offset: Annotated[int, typer.Option("--offset", help="Store: rows to skip.")] = 0,
        sort: Annotated[str, typer.Option("--sort", help="Store: sort key, '-' for descending.")] = "-day",
        as_json: Annotated[bool, typer.Option("--json", help="JSON instead of a table.")] = False,
    ) -> None:
        """Events as a compact table: of the given articles (analyzed now), or from the store."""
        if files:
            from hadath.cli import BatchSummary, analyzed_documents, err, finish
            from hadath.events.render import render_table

            summary = BatchSummary()
            docs = list(analyzed_documents(files, published=published, summary=summary, progress=False))
            filt = _EventFilter(actor=actor, source=source, target=target, country=country, cameo=cameo,
                                root=root, plover=plover, quad_class=quad_class, since=since, until=until,
                                place=place, modality=modality, min_confidence=min_confidence)
            for doc in docs:
                doc.events = [e for e in doc.events if filt(e)]
            if as_json:
                from dataclasses import asdict

                _print_json([{"doc_id": d.id, **asdict(e)} for d in docs for e in d.events])
            else:
                typer.echo(render_table(docs))
            if summary.failed:
                err(summary.line())
            finish(summary)
            return
        from hadath.store.commands import query_events_cli

        raise typer.Exit(
            query_events_cli(
                db, actor=actor, source=source, target=target, country=country, cameo=cameo, root=root,
                plover=plover, quad_class=quad_class, since=since, until=until, place=place, modality=modality,
                min_confidence=min_confidence, min_mentions=min_mentions, limit=limit, offset=offset, sort=sort,
                as_json=as_json,
            )
        )


class _EventFilter:
    """The store's event filters, applied to events of freshly analyzed articles."""

    def __init__(self, **kw: object) -> None:
        self.kw = {k: v for k, v in kw.items() if v is not None}

    def __call__(self, ev: object) -> bool:
        kw = self.kw
        src = getattr(ev, "source", None)
        tgt = getattr(ev, "target", None)
        loc = getattr(ev, "location", None)

        def names(arg: object) -> set[str]:
            if arg is None:
                return set()
            vals = (getattr(arg, "code", None), getattr(arg, "name_en", None), getattr(arg, "actor_id", None),
                    getattr(arg, "text", None))
            return {str(v).lower() for v in vals if v}

        def has(arg: object, want: object) -> bool:
            w = str(want).lower()
            return any(w == n or (len(w) >= 3 and n.startswith(w)) for n in names(arg))

        if "actor" in kw and not (has(src, kw["actor"]) or has(tgt, kw["actor"])):
            return False
        if "source" in kw and not has(src, kw["source"]):
            return False
        if "target" in kw and not has(tgt, kw["target"]):
            return False
        if "country" in kw:
            countries = {getattr(x, "country", None) for x in (src, tgt, loc)}
            if kw["country"] not in countries:
                return False
        if "cameo" in kw and not str(getattr(ev, "cameo", "")).startswith(str(kw["cameo"])):
            return False
        if "root" in kw and getattr(ev, "cameo_root", None) != str(kw["root"]).zfill(2):
            return False
        if "plover" in kw and str(getattr(ev, "plover", "")).upper() != str(kw["plover"]).upper():
            return False
        if "quad_class" in kw and getattr(ev, "quad_class", None) != kw["quad_class"]:
            return False
        day = getattr(ev, "date", None)
        if "since" in kw and (day is None or day < str(kw["since"])):
            return False
        if "until" in kw and (day is None or day[: len(str(kw["until"]))] > str(kw["until"])):
            return False
        if "place" in kw and not (loc is not None and has(loc, kw["place"])):
            return False
        if "modality" in kw and getattr(ev, "modality", None) != kw["modality"]:
            return False
        return not ("min_confidence" in kw and float(getattr(ev, "confidence", 0.0)) < float(kw["min_confidence"]))  # type: ignore[arg-type]
