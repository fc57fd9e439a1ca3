"""Plain functions behind ``hadath actors validate|lookup|find`` (the CLI only parses and prints)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from hadath.doc.model import Document
from hadath.errors import UsageError
from hadath.resolve.dictionary import ActorDictionary, ValidationReport, validate
from hadath.resolve.finder import ActorFinder, Mention
from hadath.resolve.records import as_date
from hadath.resolve.tables import agent_table, nisba_table


def validate_report() -> tuple[bool, str]:
    """(ok, text) for ``hadath actors validate``: actor files, nisba table and agent nouns."""
    report: ValidationReport = validate()
    lines = [report.as_text()]
    ok = report.ok
    try:
        lines.append(f"{len(nisba_table()):6d}  countries in nisba.jsonl")
        lines.append(f"{len(agent_table()):6d}  agent nouns in agents.jsonl")
    except Exception as exc:  # DataValidationError: report it with the rest
        ok = False
        lines.append(str(exc))
    return ok, "\n".join(lines)


def parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return as_date(value)
    except ValueError as exc:
        raise UsageError(f"--date {value!r} is not a date", hint="use YYYY, YYYY-MM or YYYY-MM-DD") from exc


def lookup_rows(name: str, on: str | date | None = None) -> list[dict[str, object]]:
    """Actors named ``name`` and the role each holds on ``on`` (``hadath actors lookup``)."""
    when = parse_date(on) if isinstance(on, str) or on is None else on
    out: list[dict[str, object]] = []
    for m in ActorDictionary.load().lookup(name, when):
        rec, choice = m.record, m.choice
        out.append(
            {
                "id": rec.id,
                "kind": rec.kind,
                "name_en": rec.name_en,
                "matched": m.hit,
                "code": choice.code,
                "position": choice.role.position if choice.role else None,
                "title_en": choice.role.title_en if choice.role else None,
                "reason": choice.note,
                "confidence": choice.confidence,
                "file": rec.origin,
            }
        )
    return out


def mentions_in_text(
    text: str,
    on: date | None = None,
    finder: ActorFinder | None = None,
    entities: Sequence[tuple[int, int, str]] = (),
) -> list[Mention]:
    """Actor mentions in a raw text (tokenized and segmented here), without NER unless given."""
    from hadath.resolve.index import token_forms
    from hadath.text.stage import TextStage

    doc = TextStage()(Document(text))
    toks = [
        token_forms(t.start, t.end, t.text, [(w.start, w.end, w.norm) for w in t.words]) for t in doc.tokens
    ]
    f = finder if finder is not None else ActorFinder()
    return f.find(toks, on, entities, [(s.start, s.end) for s in doc.sentences])
