"""Bare agent nouns (الشرطة، قوات الأمن، المتظاهرون): an actor with an agent code and no country,
the same body as a group of that agent named with its country elsewhere in the article."""

from __future__ import annotations

from datetime import date

from hadath.resolve.commands import mentions_in_text

ON = date(2018, 5, 20)


def _refs(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [
        (text[m.start : m.end], m.ref.code, m.ref.country, m.ref.reason)
        for m in mentions_in_text(text, ON)
        if m.ref is not None and m.kind == "agent"
    ]


def test_bare_police_is_an_agent_without_country() -> None:
    (got,) = _refs("وقالت الشرطة إنها فتحت تحقيقا في الحادث.")
    assert got[:3] == ("الشرطة", "COP", None)
    assert got[3].startswith("agent:COP")


def test_bare_agent_takes_the_country_of_the_same_body_named_before() -> None:
    refs = _refs("اعتقلت الشرطة الزامبية ثلاثة رجال. وقالت الشرطة إن التحقيق مستمر.")
    assert refs == [("الشرطة", "ZMBCOP", "ZMB", refs[0][3])]
    assert refs[0][3].startswith("coref:agent(COP)->ZMBCOP (before")


def test_headline_bare_agent_takes_the_body_named_after() -> None:
    refs = _refs("الجيش يقصف مواقع المتمردين\n\nقصف الجيش البوليفي مواقع في الشمال.")
    assert refs[0][:3] == ("الجيش", "BOLMIL", "BOL")
    assert "(after" in refs[0][3]


def test_protesters_and_militants_are_bare_agents() -> None:
    refs = _refs("هاجم مسلحون مجهولون المتظاهرين في الساحة.")
    assert [(t, c) for t, c, _, _ in refs] == [("مسلحون", "REB"), ("المتظاهرين", "CVL")]


def test_nisba_still_wins_over_the_bare_form() -> None:
    text = "فرقت قوات الأمن العراقية المحتجين."
    got = [(text[m.start : m.end], m.kind, m.ref.code) for m in mentions_in_text(text, ON) if m.ref]
    # the protesters are another agent: they do not take the security forces' country here
    assert got == [("قوات الأمن العراقية", "group", "IRQCOP"), ("المحتجين", "agent", "CVL")]


def test_three_letter_surname_after_a_preposition_is_another_word() -> None:
    from hadath.resolve.dictionary import ActorDictionary
    from hadath.resolve.finder import ActorFinder

    person = {
        "id": "tim-kin",
        "kind": "person",
        "name_en": "Tim Kin",
        "country": "USA",
        "names_ar": ["تيم كين"],
        "roles": [{"code": "USALEG", "position": "other", "org": "USA", "start": "2013", "end": None}],
        "sources": ["test fixture"],
    }
    finder = ActorFinder(ActorDictionary.from_objects([person]))
    text = "قال تيم كين إن واشنطن وبكين تتفقان على الهدنة."
    ms = [text[m.start : m.end] for m in mentions_in_text(text, ON, finder) if m.ref is not None]
    assert ms == ["تيم كين"]


def test_counted_people_are_civilians_of_the_context() -> None:
    refs = _refs("اعتقلت الشرطة المصرية شخصين واعتقلت المئات.")
    assert [(t, c) for t, c, _, _ in refs] == [("شخصين", "CVL"), ("المئات", "CVL")]


def test_counted_nisba_is_the_people_of_that_country() -> None:
    text = "اعتقلت الشرطة 21 فلسطينيا وأربعة فلسطينيين وعشرات العراقيين."
    got = [(text[m.start : m.end], m.ref.code) for m in mentions_in_text(text, ON) if m.kind == "people"]
    assert got == [("فلسطينيا", "PSE"), ("فلسطينيين", "PSE"), ("العراقيين", "IRQ")]


def test_indefinite_nisba_without_a_count_is_no_actor() -> None:
    text = "والتقى الوفد فلسطينيين في المدينة."
    assert not [m for m in mentions_in_text(text, ON) if m.kind == "people"]


def test_article_less_variant_of_an_institution_is_not_a_town() -> None:
    text = "قتل 47 شخصا في مدينة دوما. وقال مجلس الدوما الروسي إنه سيجتمع."
    got = [(text[m.start : m.end], m.ref.code) for m in mentions_in_text(text, ON) if m.kind == "dict"]
    assert got == [("مجلس الدوما الروسي", "RUSLEG")]


def test_states_named_as_a_region_are_a_regional_actor() -> None:
    text = "وطالب الوزير الدول الأوروبية ودول الخليج بموقف موحد."
    got = [(text[m.start : m.end], m.ref.code) for m in mentions_in_text(text, ON) if m.kind == "dict"]
    assert got == [("الدول الأوروبية", "EUR"), ("دول الخليج", "PGS")]


def test_region_codes_validate() -> None:
    from hadath.resolve.records import code_problem

    assert code_problem("EUR") is None and code_problem("PGS") is None
    assert code_problem("EURGOV") is not None


def test_detainees_and_dual_ministers_with_a_nisba() -> None:
    text = "أفرجت السلطات عن ثلاثة معتقلين أمريكيين وعاقبت وزيرين تركيين."
    got = {
        text[m.start : m.end]: m.ref.code
        for m in mentions_in_text(text, ON)
        if m.ref and m.kind in ("group", "title")
    }
    assert got == {"معتقلين أمريكيين": "USACVL", "وزيرين تركيين": "TURGOV"}
