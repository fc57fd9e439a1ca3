"""Persian, Urdu, Pashto and Kurdish spellings are dropped before normalization folds them."""

import pytest

from hadath.geo import load_gazetteer
from hadath.geo.names import NON_ARABIC_LETTERS, arabic_name_or_none


@pytest.mark.parametrize(
    "name",
    [
        "اسکالدس-انگوردانی",  # Persian keheh, gaf, farsi yeh
        "پاریس",  # peh
        "چابهار",  # tcheh
        "ژنو",  # jeh
        "کابل",  # keheh only: normalization would make it كابل
        "تهرانی",  # farsi yeh only: normalization would make it تهراني
        "اسلام آباد\u200cی",  # ZWNJ
        "ڕەمادی",  # Kurdish
        "سلیمانیہ",  # Urdu heh goal
        "Paris",
        "مجدل شمس.",  # punctuation
    ],
)
def test_geo_non_arabic_spellings_are_dropped(name):
    assert arabic_name_or_none(name) is None


def test_geo_arabic_spellings_are_kept():
    assert arabic_name_or_none("الرقة") == "الرقة"
    assert arabic_name_or_none("أبو ظبي") == "أبو ظبي"
    assert arabic_name_or_none("باريس، تكساس") == "باريس"


def test_geo_shipped_names_have_no_persian_letters():
    for p in load_gazetteer().places:
        for n in p.names_ar:
            assert not set(n) & NON_ARABIC_LETTERS, (p.id, n)
