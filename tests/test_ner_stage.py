"""NerStage writes entities with raw offsets on clitic-word boundaries."""

from __future__ import annotations

import pytest

from hadath.doc import Document, Entity, Token, Word
from hadath.ner.stage import NerStage, entity_span
from hadath.ner.tagger import NerTagger
from hadath.text.stage import TextStage


@pytest.fixture(scope="module")
def stage() -> NerStage:
    return NerStage(NerTagger.load())


def _run(stage: NerStage, text: str) -> Document:
    return stage(TextStage()(Document(text)))


def test_stage_contract() -> None:
    assert NerStage.name == "ner"
    assert NerStage.requires == ("sentences", "tokens")
    assert NerStage.provides == ("entities",)


def test_proclitic_is_left_out_of_the_entity(stage: NerStage) -> None:
    doc = _run(stage, "وصل الوفد إلى دمشق وبيروت أمس.")
    texts = {(e.type, e.text) for e in doc.entities}
    assert ("GPE", "بيروت") in texts
    for e in doc.entities:
        assert doc.text[e.start : e.end] == e.text
        assert e.origin == "ner"
        assert e.score is not None and 0.0 < e.score <= 1.0


def test_article_stays_in_the_name(stage: NerStage) -> None:
    doc = _run(stage, "واجتمع الوزراء بالقاهرة أمس.")
    texts = [e.text for e in doc.entities]
    assert "القاهرة" in texts


def test_person_across_sentences(stage: NerStage) -> None:
    doc = _run(stage, "قال الأمين العام كوفي أنان إن الوضع خطير. وأضاف أن الحل سياسي.")
    pers = [e for e in doc.entities if e.type == "PER"]
    assert [e.text for e in pers] == ["كوفي أنان"]
    first_sentence_end = doc.sentences[0].end
    assert pers[0].end <= first_sentence_end


def test_other_stages_entities_are_kept_and_ner_replaced(stage: NerStage) -> None:
    doc = TextStage()(Document("زار أوباما القاهرة."))
    doc.entities.append(Entity(0, 3, "زار", "MISC", origin="gazetteer"))
    stage(doc)
    n = len(doc.entities)
    stage(doc)
    assert len(doc.entities) == n
    assert any(e.origin == "gazetteer" for e in doc.entities)
    assert [e.start for e in doc.entities] == sorted(e.start for e in doc.entities)


def test_entity_span_drops_clitic_words() -> None:
    # "وبيروت" = و + بيروت ; "بلادهم" = بلاد + هم
    first = Token(10, 16, "وبيروت", [Word(10, 11, "و", "و"), Word(11, 16, "بيروت", "بيروت")])
    assert entity_span(first, first) == (11, 16)
    last = Token(20, 26, "بلادهم", [Word(20, 24, "بلاد", "بلاد"), Word(24, 26, "هم", "هم")])
    assert entity_span(first, last) == (11, 24)
    # a segmenter may read the first letter of a name as ك: it stays in the name
    kofi = Token(0, 4, "كوفي", [Word(0, 1, "ك", "ك"), Word(1, 4, "وفي", "وفي")])
    assert entity_span(kofi, kofi) == (0, 4)
    kal = Token(0, 7, "كالعادة", [Word(0, 1, "ك", "ك"), Word(1, 3, "ال", "ال"), Word(3, 7, "عادة", "عاده")])
    assert entity_span(kal, kal) == (1, 7)
    only_clitic = Token(0, 1, "و", [Word(0, 1, "و", "و")])
    assert entity_span(only_clitic, only_clitic) == (0, 1)


def test_pipe_tags_each_document(stage: NerStage) -> None:
    docs = [TextStage()(Document(t)) for t in ("زار بوتين موسكو.", "لا أسماء هنا.")]
    out = list(stage.pipe(docs))
    assert len(out) == 2
    assert any(e.type == "PER" for e in out[0].entities)


def test_names_that_look_like_clitic_plus_word_stay_whole(stage: NerStage) -> None:
    # the clitic segmenter may read وليد as و + ل + يد; the name is kept whole
    walid = Token(0, 4, "وليد", [Word(0, 1, "و", "و"), Word(1, 2, "ل", "ل"), Word(2, 4, "يد", "يد")])
    assert entity_span(walid, walid, stage.keep_whole) == (0, 4)
    wbeirut = Token(0, 6, "وبيروت", [Word(0, 1, "و", "و"), Word(1, 6, "بيروت", "بيروت")])
    assert entity_span(wbeirut, wbeirut, stage.keep_whole) == (1, 6)
    doc = _run(stage, "وقال وليد جنبلاط رئيس الحزب التقدمي الاشتراكي إن الحوار ضروري.")
    assert "وليد جنبلاط" in [e.text for e in doc.entities if e.type == "PER"]


def test_in_a_pipeline_after_the_text_stage() -> None:
    from hadath.pipeline import build_pipeline

    pipe = build_pipeline(["text", "ner"])
    doc = pipe(Document("أعلن المتحدث باسم وزارة الخارجية الروسية في موسكو أن لافروف سيزور طهران."))
    assert "entities" in doc.layers
    gpes = [e.text for e in doc.entities if e.type == "GPE"]
    assert "موسكو" in gpes and "طهران" in gpes
