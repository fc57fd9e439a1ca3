"""Scoring of the events evaluator on hand-made gold/system pairs (exact numbers, no pipeline)."""

from __future__ import annotations

import json
import math

import pytest

from hadath.doc.model import Argument, Document, Event, Location, Sentence, TextSpan
from hadath.errors import DataValidationError, UsageError
from hadath.evaluation.events import (
    Ev,
    EventEvalReport,
    actor_key,
    check_floors,
    eval_events_cli,
    evaluate_events,
    floor_margin,
    gold_event,
    load_gold,
    match_events,
    pin_floors,
    place_name_key,
    score_article,
    system_event,
)


def ev(src, tgt, cameo, **kw) -> Ev:
    return Ev(src, tgt, cameo, **kw)


def two_articles() -> EventEvalReport:
    # article A: gold has two (SYR, RUS, 04) and one (USA, None, 11); the system finds one of the 04s,
    # gets the 11's target wrong and adds a stray fight
    gold_a = [
        ev("SYR", "RUS", "042", plover="CONSULT", date="2017-11-20", span=(0, 10)),
        ev("SYR", "RUS", "043", plover="CONSULT", date="2017-11-21", span=(20, 30)),
        ev("USA", None, "111", plover="ACCUSE", span=(40, 50)),
    ]
    sys_a = [
        ev("SYR", "RUS", "042", plover="CONSULT", date="2017-11-21", span=(18, 35)),
        ev("USA", "IRN", "112", plover="ACCUSE", span=(40, 50)),
        ev(None, None, "190", plover="ASSAULT", span=(60, 70)),
    ]
    # article B: one gold event, nothing found
    gold_b = [ev("IGO", "ISR", "1122", plover="ACCUSE")]
    return EventEvalReport(articles=[score_article("A", gold_a, sys_a), score_article("B", gold_b, [])])


def test_eval_triples_are_micro_averaged_over_articles():
    r = two_articles()
    assert (r.gold_events, r.system_events, r.matched) == (4, 3, 1)
    assert r.triple["precision"] == pytest.approx(1 / 3)
    assert r.triple["recall"] == pytest.approx(1 / 4)
    assert r.triple["f1"] == pytest.approx(2 / 7)


def test_eval_pairs_ignore_the_target():
    r = two_articles()  # (SYR, 04) and (USA, 11) match
    assert r.pair["precision"] == pytest.approx(2 / 3)
    assert r.pair["recall"] == pytest.approx(1 / 2)
    assert r.pair["f1"] == pytest.approx(4 / 7)


def test_eval_matched_pairs_prefer_the_same_sentence():
    r = two_articles()
    (g, s) = r.articles[0].pairs[0]
    assert g.cameo == "043" and s.cameo == "042"  # the system event's sentence overlaps the 043 evidence
    acc = r.accuracy()
    assert acc == {"cameo": 0.0, "plover": 1.0, "place": 1.0, "date": 1.0, "modality": 1.0}


def test_eval_matching_falls_back_to_text_order():
    gold = [ev("A", "B", "010"), ev("A", "B", "011"), ev("A", "B", "012")]
    system = [ev("A", "B", "012"), ev("A", "B", "010")]
    pairs = match_events(gold, system)
    assert [(g.cameo, s.cameo) for g, s in pairs] == [("010", "012"), ("011", "010")]


def test_eval_multisets_count_duplicates_once_each():
    gold = [ev("ISR", "PSE", "195"), ev("ISR", "PSE", "190")]
    system = [ev("ISR", "PSE", "193")] * 3
    a = score_article("x", gold, system)
    assert a.tp == 2 and len(a.pairs) == 2


def test_eval_none_matches_only_none():
    a = score_article("x", [ev(None, "SYR", "195")], [ev("USA", "SYR", "195")])
    assert a.tp == 0
    b = score_article("x", [ev(None, None, "1712")], [ev(None, None, "171")])
    assert b.tp == 1


def test_eval_place_date_and_modality_accuracy():
    gold = [
        ev("TUR", "TUR", "173", has_place=True, place_country="TUR", place_name="Şırnak", date="2018-03-20"),
        ev(
            "GBR",
            "SYR",
            "195",
            has_place=True,
            place_country="SYR",
            place_name="Homs",
            modality="reported_claim",
        ),
        ev("USA", "IRN", "163", has_place=False, date="2018-11", modality="future"),
        ev("FRA", None, "011", has_place=True, place_country="FRA", place_name=None),
    ]
    system = [
        ev("TUR", "TUR", "173", has_place=True, place_country="TUR", place_name="Sirnak", date="2018-03-20"),
        ev("GBR", "SYR", "195", has_place=True, place_country="SYR", place_name="Damascus"),
        ev("USA", "IRN", "163", has_place=True, place_country="IRN", date="2018-11-05", modality="future"),
        ev("FRA", None, "011", has_place=True, place_country="FRA", place_name="Paris"),
    ]
    r = EventEvalReport(articles=[score_article("x", gold, system)])
    acc = r.accuracy()
    assert acc["place"] == pytest.approx(2 / 4)  # Şırnak = Sirnak; country alone when one name is missing
    assert acc["date"] == pytest.approx(3 / 4)  # exact strings: 2018-11 is not 2018-11-05; None == None
    assert acc["modality"] == pytest.approx(3 / 4)
    assert acc["cameo"] == 1.0


def test_eval_place_names_compare_without_diacritics_or_punctuation():
    assert place_name_key("Al-Qurnah") == place_name_key("al qurnah")
    assert place_name_key("Şırnak") == place_name_key("Sirnak")
    assert place_name_key("Homs") != place_name_key("Hama")


def test_eval_actor_key_uses_the_code_block_when_there_is_no_country():
    assert actor_key("IGOUNO", None) == "IGO"
    assert actor_key("IMGINS", None) == "IMG"
    assert actor_key("SYRGOV", "SYR") == "SYR"
    assert actor_key("EUR", None) == "EUR"
    assert actor_key(None, None) is None


def test_eval_empty_report_has_no_accuracy_and_zero_scores():
    r = EventEvalReport()
    assert r.accuracy() == dict.fromkeys(("cameo", "plover", "place", "date", "modality"))
    assert r.metrics()["triple_f1"] == 0.0 and r.metrics()["cameo_accuracy"] == 0.0


def test_eval_report_dict_and_table():
    r = two_articles()
    d = r.as_dict()
    assert d["counts"] == {
        "articles": 2,
        "missing_articles": 0,
        "gold_events": 4,
        "system_events": 3,
        "matched": 1,
    }
    assert d["triple"] == {"precision": 0.3333, "recall": 0.25, "f1": 0.2857}
    assert d["by_root"]["04"] == {"gold": 2, "system": 1, "matched": 1}
    assert d["by_root"]["19"] == {"gold": 0, "system": 1, "matched": 0}
    table = r.format()
    assert "(source, target, root) triples" in table and " 33.3%" in table and " 28.6%" in table


def test_eval_system_events_read_from_objects_and_json():
    e = Event(
        cameo="042",
        cameo_root="04",
        plover="CONSULT",
        quad_class=1,
        goldstein=1.9,
        modality="asserted",
        confidence=0.9,
        source=Argument(0, 4, "الأسد", "SYRGOV", "Bashar al-Assad", "SYR"),
        target=Argument(10, 15, "الأمم المتحدة", "IGOUNO", "United Nations", None),
        location=Location(20, 25, "سوتشي", "Sochi", "RUS", 43.6, 39.7),
        date="2017-11-20",
        trigger=TextSpan(5, 8, "زار"),
        sentence=Sentence(0, 30),
        rule="t",
    )
    from hadath.doc.serialize import _event_to_json

    for form in (e, _event_to_json(e)):
        s = system_event(form)
        assert s.triple == ("SYR", "IGO", "04")
        assert (s.place_country, s.place_name, s.date, s.span) == ("RUS", "Sochi", "2017-11-20", (0, 30))


def test_eval_gold_events_read_nulls():
    g = gold_event(
        {
            "evidence": "x",
            "trigger": "x",
            "source": None,
            "target": {"text": "t", "code": "IGOUNO", "country": None},
            "cameo": "0234",
            "plover": "REQUEST",
            "place": None,
            "date": None,
            "modality": "asserted",
        }
    )
    assert g.triple == (None, "IGO", "02") and not g.has_place


def test_eval_floors_fail_below_and_pin_with_margin(tmp_path):
    r = two_articles()
    assert check_floors(r, {"triple_f1": 0.28}) == []
    assert check_floors(r, {"triple_f1": 0.3, "pair_recall": 0.5}) == [
        "triple_f1 = 0.2857 is below its floor 0.3000"
    ]
    gold = tmp_path / "g.jsonl"
    gold.write_text("{}\n", encoding="utf-8")
    pinned = pin_floors(r, gold)
    support = pinned["support"]
    assert support["triple_precision"] == r.system_events and support["triple_f1"] == r.gold_events
    assert support["cameo_accuracy"] == r.matched
    for k, v in r.metrics().items():
        expected = max(0.0, math.floor((v - floor_margin(v, support[k])) * 100) / 100)
        assert pinned["floors"][k] == expected
        assert pinned["floors"][k] <= v - 0.02 or pinned["floors"][k] == 0.0
    assert len(pinned["gold_sha256"]) == 64


def test_eval_floor_margin_grows_when_a_metric_rests_on_few_items():
    assert floor_margin(0.9, 10_000) == 0.02
    assert abs(floor_margin(0.5, 12) - 1.5 * math.sqrt(0.25 / 12)) < 1e-12
    assert floor_margin(0.0, 100) == 1.5 * math.sqrt(0.05 / 100)
    assert floor_margin(0.5, 0) == 1.0


# --- files ----------------------------------------------------------------------------------------

ARTICLE = "زار الرئيس السوري بشار الأسد روسيا. والتقى الرئيس الروسي فلاديمير بوتين في سوتشي."
GOLD_LINE = {
    "docno": "T-1",
    "published": "2017-11-21",
    "notes": "",
    "entities": [],
    "events": [
        {
            "evidence": "زار الرئيس السوري بشار الأسد روسيا.",
            "trigger": "زار",
            "source": {"text": "بشار الأسد", "code": "SYRGOV", "country": "SYR"},
            "target": {"text": "روسيا", "code": "RUS", "country": "RUS"},
            "cameo": "042",
            "plover": "CONSULT",
            "place": None,
            "date": None,
            "modality": "asserted",
        }
    ],
}


def write_files(tmp_path, gold_lines):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold_lines), encoding="utf-8")
    arts = tmp_path / "arts.jsonl"
    rec = {"docno": "T-1", "title": "", "text": ARTICLE, "time": "Tue, 21 Nov 2017 10:00:00 +0000"}
    arts.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    return gold, arts


def fake_pipeline(doc: Document) -> Document:
    doc.events = [
        Event(
            cameo="042",
            cameo_root="04",
            plover="CONSULT",
            quad_class=1,
            goldstein=1.9,
            modality="asserted",
            confidence=1.0,
            source=Argument(0, 1, "x", "SYRGOV", None, "SYR"),
            target=Argument(0, 1, "y", "RUS", None, "RUS"),
            location=None,
            date=None,
            trigger=TextSpan(0, 3, "زار"),
            sentence=Sentence(0, 10),
            rule="fake",
        ),
        Event(
            cameo="040",
            cameo_root="04",
            plover="CONSULT",
            quad_class=1,
            goldstein=1.0,
            modality="asserted",
            confidence=1.0,
            source=Argument(0, 1, "x", "SYRGOV", None, "SYR"),
            target=Argument(0, 1, "y", "RUSGOV", None, "RUS"),
            location=None,
            date=None,
            trigger=TextSpan(40, 45, "التقى"),
            sentence=Sentence(38, 80),
            rule="fake",
        ),
    ]
    return doc


def test_eval_end_to_end_with_a_given_pipeline(tmp_path, capsys):
    gold, arts = write_files(tmp_path, [GOLD_LINE, {**GOLD_LINE, "docno": "T-absent"}])
    r = evaluate_events(gold, arts, pipeline=fake_pipeline)
    assert r.missing == ["T-absent"] and len(r.articles) == 1
    assert (r.gold_events, r.system_events, r.matched) == (1, 2, 1)
    assert r.triple["precision"] == 0.5 and r.triple["recall"] == 1.0
    assert r.accuracy()["cameo"] == 1.0  # the 042 in the evidence sentence, not the later 040


def test_eval_missing_articles_file_is_a_usage_error(tmp_path):
    gold, _ = write_files(tmp_path, [GOLD_LINE])
    with pytest.raises(UsageError, match="--articles"):
        evaluate_events(gold, tmp_path / "nowhere.jsonl", pipeline=fake_pipeline)


def test_eval_bad_gold_line_names_the_line_and_field(tmp_path):
    bad = {**GOLD_LINE, "events": [{**GOLD_LINE["events"][0], "modality": "maybe"}]}
    gold, _ = write_files(tmp_path, [GOLD_LINE | {"docno": "T-0"}, bad])
    with pytest.raises(DataValidationError) as exc:
        load_gold(gold)
    assert "gold.jsonl:2" in str(exc.value) and "events/0/modality" in str(exc.value)


def test_eval_cli_prints_and_returns_exit_codes(tmp_path, capsys, monkeypatch):
    gold, arts = write_files(tmp_path, [GOLD_LINE])
    monkeypatch.setattr("hadath.evaluation.events.evaluation_pipeline", lambda: fake_pipeline)
    assert eval_events_cli(gold, arts, as_json=True) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["counts"]["matched"] == 1
    assert eval_events_cli(gold, arts, as_json=False) == 0
    assert "matched events" in capsys.readouterr().out
    assert eval_events_cli(tmp_path / "none.jsonl", arts) == UsageError.exit_code
    assert "no gold file" in capsys.readouterr().err
