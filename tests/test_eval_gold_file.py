"""The events dev gold is valid: schema, codebook, PLOVER types, dates; evidence in the articles."""

from __future__ import annotations

from collections import Counter

from hadath.evaluation.events import DEFAULT_GOLD, check_gold, load_gold


def test_eval_gold_file_is_valid_without_the_articles():
    assert check_gold(DEFAULT_GOLD) == []


def test_eval_gold_file_evidence_occurs_in_the_articles(ant_dev):
    assert check_gold(DEFAULT_GOLD, ant_dev) == []


def test_eval_gold_file_covers_enough_articles_outlets_and_roots():
    gold = load_gold(DEFAULT_GOLD)
    assert len(gold) >= 35
    outlets = Counter(g["docno"].split("-")[0] for g in gold)
    assert len(outlets) == 5, outlets
    roots = {e["cameo"][:2] for g in gold for e in g["events"]}
    assert len(roots) >= 12, sorted(roots)
