"""Entity extraction with conlleval semantics and scoring with label mapping."""

from __future__ import annotations

from pathlib import Path

import pytest

from hadath.errors import InputError
from hadath.ner.conll import entities, read_tagged, score


def test_i_after_o_starts_an_entity() -> None:
    assert entities(["O", "I-PER", "I-PER", "O"]) == [("PER", 1, 3)]


def test_i_of_another_type_starts_a_new_entity() -> None:
    assert entities(["B-PER", "I-ORG", "I-ORG"]) == [("PER", 0, 1), ("ORG", 1, 3)]


def test_b_splits_adjacent_entities_of_one_type() -> None:
    assert entities(["B-LOC", "B-LOC", "I-LOC"]) == [("LOC", 0, 1), ("LOC", 1, 3)]


def test_entity_at_end_of_sentence() -> None:
    assert entities(["O", "B-MISC"]) == [("MISC", 1, 2)]


def test_score_maps_hadath_labels_to_anercorp() -> None:
    gold = [["B-PERS", "I-PERS", "O", "B-LOC", "O", "B-LOC"]]
    pred = [["B-PER", "I-PER", "O", "B-GPE", "O", "B-LOC"]]
    rep = score(gold, pred)
    assert rep.per_type["PERS"].f1 == 1.0
    assert rep.per_type["LOC"].tp == 2
    assert rep.micro_f1 == 1.0


def test_score_exact_match_only() -> None:
    gold = [["B-ORG", "I-ORG", "I-ORG", "O"]]
    pred = [["B-ORG", "I-ORG", "O", "O"]]
    rep = score(gold, pred)
    assert rep.per_type["ORG"].tp == 0
    assert rep.per_type["ORG"].n_pred == 1 and rep.per_type["ORG"].n_gold == 1
    assert rep.micro_f1 == 0.0


def test_micro_with_and_without_misc() -> None:
    gold = [["B-PERS", "O", "B-MISC"]]
    pred = [["B-PER", "O", "O"]]
    rep = score(gold, pred)
    assert rep.micro_f1 == 1.0
    assert rep.micro().recall == 0.5
    text = rep.format()
    assert "micro PERS/LOC/ORG" in text and "MISC" in text


def test_read_tagged_space_and_tab_columns(tmp_path: Path) -> None:
    f = tmp_path / "g.conll"
    f.write_text("زار\tx\tO\nبوش NNP B-PERS\n\nلبنان\tB-LOC\n", encoding="utf-8")
    assert read_tagged(f) == [(["زار", "بوش"], ["O", "B-PERS"]), (["لبنان"], ["B-LOC"])]


def test_read_tagged_missing_tag_is_an_input_error(tmp_path: Path) -> None:
    f = tmp_path / "g.conll"
    f.write_text("زار\nلبنان\tB-LOC\n", encoding="utf-8")
    with pytest.raises(InputError):
        read_tagged(f)
