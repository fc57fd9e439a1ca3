"""The packaged NER model tags hand-written news sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from hadath.errors import ModelError
from hadath.ner.conll import entities
from hadath.ner.tagger import NerTagger


@pytest.fixture(scope="module")
def tagger() -> NerTagger:
    return NerTagger.load()


def _ents(tagger: NerTagger, sentence: str) -> set[tuple[str, str]]:
    toks = sentence.split()
    tags = tagger.tag([toks])[0]
    assert len(tags) == len(toks)
    return {(t, " ".join(toks[s:e])) for t, s, e in entities(tags)}


def test_person_after_title_and_city(tagger: NerTagger) -> None:
    ents = _ents(tagger, "وقال الرئيس الأمريكي جورج بوش في واشنطن إن المحادثات كانت مثمرة .")
    assert ("PER", "جورج بوش") in ents
    assert ("GPE", "واشنطن") in ents


def test_country_with_attached_conjunction(tagger: NerTagger) -> None:
    ents = _ents(tagger, "وتبادلت فرنسا وألمانيا الاتهامات بشأن الأزمة .")
    assert ("GPE", "فرنسا") in ents
    assert ("GPE", "وألمانيا") in ents


def test_organization(tagger: NerTagger) -> None:
    ents = _ents(tagger, "وطالب مجلس الأمن الدولي بوقف إطلاق النار في غزة .")
    assert any(t == "ORG" and text.startswith("مجلس الأمن") for t, text in ents)
    assert ("GPE", "غزة") in ents


def test_geographic_feature_is_loc(tagger: NerTagger) -> None:
    ents = _ents(tagger, "وتقع القرية على ضفاف نهر النيل جنوب القاهرة .")
    assert ("LOC", "نهر النيل") in ents or ("LOC", "النيل") in ents
    assert ("GPE", "القاهرة") in ents


def test_sentence_without_names(tagger: NerTagger) -> None:
    tags = tagger.tag([["ارتفعت", "الأسعار", "في", "الأسبوع", "الماضي", "."]])[0]
    assert tags == ["O"] * 6


def test_empty_input(tagger: NerTagger) -> None:
    assert tagger.tag([]) == []
    assert tagger.tag([[]]) == [[]]


def test_labels_are_hadath_types(tagger: NerTagger) -> None:
    tags = tagger.tag([["التقى", "كوفي", "أنان", "في", "بيروت", "مع", "وفد", "حزب", "الله"]])[0]
    allowed = {"O"} | {f"{p}-{t}" for p in "BI" for t in ("PER", "ORG", "GPE", "LOC", "MISC")}
    assert set(tags) <= allowed
    assert "B-PER" in tags


def test_missing_model_is_a_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError) as exc:
        NerTagger.load(tmp_path / "nowhere")
    assert "hadath train ner" in str(exc.value)


def test_invalid_model_file_is_a_model_error(tmp_path: Path) -> None:
    (tmp_path / "ner.crfsuite").write_bytes(b"not a model")
    with pytest.raises(ModelError):
        NerTagger.load(tmp_path)
