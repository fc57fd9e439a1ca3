"""Clitic-robust word features: ANERcorp tokens and hadath tokens look alike."""

from __future__ import annotations

from hadath.ner.features import Resources, WordFeaturizer, analyses, strip_candidates


def test_article_after_proclitics_is_split_without_counts() -> None:
    assert analyses("وبالقاهره", {}) == ("وبال", "القاهره", "قاهره")
    assert analyses("للامم", {}) == ("لل", "الامم", "امم")


def test_single_letter_proclitic_needs_the_counts() -> None:
    counts = {"لبنان": 500, "بنان": 2, "مصر": 900, "بمصر": 30}
    assert analyses("لبنان", counts)[1] == "لبنان"
    assert analyses("بمصر", counts)[1] == "مصر"


def test_strip_candidates_cover_all_readings() -> None:
    c = strip_candidates("وبيروت")
    assert "بيروت" in c and "وبيروت" in c


def test_attached_and_bare_name_share_gazetteer_features() -> None:
    f = WordFeaturizer(Resources(gazetteer={"المانيا": ("COUNTRY",)}))
    attached = f.lookup("وألمانيا")[0]
    bare = f.lookup("ألمانيا")[0]
    assert "g=COUNTRY" in attached and "g=COUNTRY" in bare
    # normalized "المانيا" reads like article + مانيا: both forms get the same bare form
    bare_feats = [x for x in attached if x.startswith("b=")]
    assert bare_feats and bare_feats[0] in bare


def test_sentence_features_have_context_and_boundaries() -> None:
    f = WordFeaturizer(Resources(clusters={"بيروت": ("1", "7", "42")}))
    feats = f.sentence(["زار", "بيروت"])
    assert "BOS" in feats[0] and "+1c2=42" in feats[0]
    assert "EOS" in feats[1] and "-1w=زار" in feats[1]


def test_phrase_gazetteer_marks_every_word() -> None:
    f = WordFeaturizer(Resources(gazetteer={"الامم المتحده": ("ORG",)}))
    feats = f.sentence(["قالت", "للأمم", "المتحدة", "أمس"])
    assert "gB=ORG" in feats[1] and "gI=ORG" in feats[2]
    assert not any(x.startswith("g") and "=ORG" in x for x in feats[3])
