"""Evaluation of hadath's output against hand-annotated gold (``docs/evaluation.md``)."""

from hadath.evaluation.events import (
    EventEvalReport,
    check_floors,
    check_gold,
    eval_events_cli,
    evaluate_events,
    load_gold,
)

__all__ = ["EventEvalReport", "check_floors", "check_gold", "eval_events_cli", "evaluate_events", "load_gold"]
