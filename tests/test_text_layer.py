from hadath.text.clitics import segment
from hadath.text.sentences import split_sentences
from hadath.text.tokenize import tokenize

from .conftest import make_doc


def words(token: str) -> list[str]:
    return [token[s:e] for s, e, _ in segment(token)]


def norms(token: str) -> list[str]:
    return [n for _, _, n in segment(token)]


def test_sentences_split_on_arabic_punctuation():
    text = "وصل الوفد؟ نعم! ثم غادر؛ وانتهى. وبعد ذلك عاد"
    got = [text[s:e] for s, e in split_sentences(text)]
    assert got == ["وصل الوفد؟", "نعم!", "ثم غادر؛", "وانتهى.", "وبعد ذلك عاد"]


def test_sentences_split_on_line_breaks_and_keep_quotes():
    text = "العنوان\n\nقال: \"انتهى الأمر.\" ثم غادر."
    got = [text[s:e] for s, e in split_sentences(text)]
    assert got == ["العنوان", 'قال: "انتهى الأمر."', "ثم غادر."]


def test_sentences_keep_decimals_and_abbreviations():
    text = "ارتفع النمو إلى 3.5 بالمئة. وقال د. أحمد إن ذلك جيد. بني في 300 ق.م تقريبا."
    got = [text[s:e] for s, e in split_sentences(text)]
    assert got == ["ارتفع النمو إلى 3.5 بالمئة.", "وقال د. أحمد إن ذلك جيد.", "بني في 300 ق.م تقريبا."]


def test_tokens_split_punctuation_and_keep_numbers():
    text = "قُتل ١٢ شخصاً، و3.5% أُصيبوا (#قطاع_غزة)"
    toks = [text[s:e] for s, e in tokenize(text)]
    assert toks == ["قُتل", "١٢", "شخصاً", "،", "و", "3.5", "%", "أُصيبوا", "(", "#", "قطاع", "_", "غزة", ")"]


def test_tokens_skip_bidi_marks_and_keep_emoji():
    text = "\u200fمرحبا 😀 بيروت\u200e"
    assert [text[s:e] for s, e in tokenize(text)] == ["مرحبا", "😀", "بيروت"]


def test_clitics_split_conjunctions_prepositions_and_article():
    assert words("وبيروت") == ["و", "بيروت"]
    assert words("بالحكومة") == ["ب", "ال", "حكومة"]
    assert words("وللبنان") == ["و", "ل", "لبنان"]
    assert words("للحكومة") == ["ل", "ل", "حكومة"]
    assert norms("للحكومة") == ["ل", "ال", "حكومه"]
    assert words("للقاء") == ["ل", "لقاء"]
    assert words("الأسد") == ["ال", "أسد"]


def test_clitics_future_marker_and_pronoun_suffixes():
    assert words("وسيزور") == ["و", "س", "يزور"]
    assert words("زاره") == ["زار", "ه"]
    assert words("نظيره") == ["نظير", "ه"]
    assert words("زارها") == ["زار", "ها"]
    assert words("حكومتنا") == ["حكومت", "نا"]
    assert norms("زيارته") == ["زياره", "ه"]


def test_clitics_guard_keeps_names_and_stems_whole():
    for w in ("بشار", "فلسطين", "لبنان", "كابول", "سوتشي", "بيروت", "وزير", "كندا", "سيارة", "فرنسا", "بغداد"):
        assert words(w) == [w], w
    # ة and ى are never pronoun suffixes
    assert words("عاصمة") == ["عاصمة"]
    assert words("على") == ["على"]
    # nisba adjectives are not stem + ي
    assert words("عربي") == ["عربي"]


def test_clitics_keep_diacritics_inside_words():
    assert words("وَبَيْرُوتُ") == ["وَ", "بَيْرُوتُ"]


def test_text_stage_words_cover_tokens_exactly():
    doc = make_doc("وسيزور الرئيسُ بيروتَ غداً، وأكّد أنّ زيارته مهمة.")
    for tok in doc.tokens:
        assert doc.text[tok.start : tok.end] == tok.text
        assert tok.words[0].start == tok.start and tok.words[-1].end == tok.end
        for a, b in zip(tok.words, tok.words[1:], strict=False):
            assert a.end == b.start
        for w in tok.words:
            assert doc.text[w.start : w.end] == w.text


def test_clitics_names_beginning_with_clitic_letters_stay_whole():
    for w in ("وليد", "فادي", "فيصل", "بكين"):
        assert words(w) == [w], w
    assert words("ووليد") == ["و", "وليد"]
    assert words("لفيصل") == ["ل", "فيصل"]
    assert words("وقال") == ["و", "قال"]
    assert words("ولفت") == ["و", "لفت"]
