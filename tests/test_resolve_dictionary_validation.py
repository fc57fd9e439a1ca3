"""The packaged actor data validates, and bad entries are refused with file:line and a fix."""

from __future__ import annotations

import json
from importlib import resources

import pycountry
import pytest

from hadath.errors import DataValidationError
from hadath.resolve.dictionary import ActorDictionary, actor_files, check_records, validate
from hadath.resolve.tables import agent_table, nisba_table

GOOD = {
    "id": "dawn-front",
    "kind": "group",
    "name_en": "Dawn Front (fictional)",
    "names_ar": ["جبهة الفجر"],
    "roles": [{"code": "SYRREB", "position": "other", "org": "SYR", "start": "2012", "end": None}],
    "sources": ["test fixture"],
}


def _problems(obj: dict) -> list[tuple[str, str]]:
    return check_records([("actors/x.jsonl", [json.dumps(obj, ensure_ascii=False)])])[1].problems


def test_packaged_actor_files_have_no_problems() -> None:
    report = validate()
    assert report.ok, report.as_text()


def test_packaged_dictionary_loads_and_ids_are_unique() -> None:
    d = ActorDictionary.load()
    assert len(d) == validate().total


def test_at_least_300_organizations() -> None:
    orgs = 0
    for p in actor_files():
        if p.name.startswith("orgs"):
            orgs += sum(1 for line in p.read_text(encoding="utf-8").splitlines() if line.strip())
    assert orgs >= 300


def test_at_least_1500_actors_once_the_person_files_are_in() -> None:
    if not any(p.name.startswith("people_") for p in actor_files()):
        pytest.skip("no people_*.jsonl in the package yet")
    assert validate().total >= 1500


def test_fixed_project_codes() -> None:
    d = ActorDictionary.load()
    expected = {
        "un": "IGOUNO",
        "arab-league": "IGOARL",
        "gcc": "IGOGCC",
        "eu": "IGOEUR",
        "nato": "IGONAT",
        "african-union": "IGOAFU",
        "opec": "IGOOPC",
        "oic": "IGOOIC",
        "icc": "IGOICC",
        "icrc": "NGOICR",
        "isis": "IMGINS",
        "al-qaeda": "IMGINS",
        "aqap": "IMGINS",
        "aqim": "IMGINS",
        "hezbollah": "LBNREB",
        "hamas": "PSEREB",
        "pij": "PSEINS",
        "fatah": "PSEGOV",
        "plo": "PSEGOV",
        "sdf": "SYRREB",
        "ypg": "SYRREB",
        "houthis": "YEMREB",
        "lna": "LBYMIL",
        "rsf": "SDNREB",
        "pmf": "IRQMIL",
        "pkk": "TURREB",
        "al-shabaab": "SOMINS",
        "muslim-brotherhood": "EGYOPP",
        "irgc": "IRNMIL",
        "mossad": "ISRSPY",
        "cia": "USASPY",
    }
    for actor_id, code in expected.items():
        rec = d.get(actor_id)
        assert rec is not None, actor_id
        assert {r.code for r in rec.roles} == {code}, actor_id


def test_nisba_covers_every_un_member() -> None:
    table = nisba_table()
    # the 193 UN members: ISO 3166-1 entries minus dependent territories and non-members
    not_members = set(
        "ABW AIA ALA ASM ATA ATF BES BLM BMU BVT CCK COK CUW CXR CYM ESH FLK FRO GGY GIB GLP GRL GUF GUM HKG "
        "HMD IMN IOT JEY MAC MAF MNP MSR MTQ MYT NCL NFK NIU PCN PRI PSE PYF REU SGS SHN SJM SPM SXM TCA TKL "
        "TWN UMI VAT VGB VIR WLF".split()
    )
    members = {c.alpha_3 for c in pycountry.countries} - not_members
    assert len(members) == 193
    assert members <= set(table.countries)
    path = resources.files("hadath.resolve").joinpath("data/nisba.jsonl")
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        assert row["sources"] and row["m"] and row["f"] and row["m_pl"], row["iso3"]


def test_agent_and_metonym_counts() -> None:
    assert len(agent_table()) >= 80
    meto = resources.files("hadath.resolve").joinpath("data/metonyms.jsonl").read_text(encoding="utf-8")
    assert sum(1 for line in meto.splitlines() if line.strip()) >= 40


def test_a_good_record_passes() -> None:
    assert _problems(GOOD) == []
    assert len(ActorDictionary.from_objects([GOOD])) == 1


@pytest.mark.parametrize(
    ("change", "needle"),
    [
        ({"roles": [{"code": "XYZREB", "position": "other"}]}, "XYZ"),
        ({"roles": [{"code": "SYRFOO", "position": "other"}]}, "FOO"),
        (
            {"roles": [{"code": "SYRREB", "position": "other", "start": "2015", "end": "2012"}]},
            "before start",
        ),
        ({"sources": []}, "sources"),
        ({"names_ar": []}, "names_ar"),
        ({"kind": "country"}, "kind"),
        ({"roles": [{"code": "SYRREB", "position": "boss"}]}, "position"),
        ({"roles": [{"code": "SYRREB", "position": "other", "start": "2015-13"}]}, "date"),
    ],
)
def test_bad_records_are_refused_with_a_reason(change: dict, needle: str) -> None:
    problems = _problems({**GOOD, **change})
    assert problems, change
    where, what = problems[0]
    assert where == "actors/x.jsonl:1"
    assert needle in what


def test_duplicate_ids_across_files_name_both_places() -> None:
    line = json.dumps(GOOD, ensure_ascii=False)
    _, report = check_records([("actors/a.jsonl", [line]), ("actors/b.jsonl", ["", line])])
    assert report.problems == [
        (
            "actors/b.jsonl:2",
            "id 'dawn-front' is already used at actors/a.jsonl:1; ids must be unique across files",
        )
    ]


def test_from_objects_raises_data_validation_error() -> None:
    with pytest.raises(DataValidationError) as err:
        ActorDictionary.from_objects(
            [{**GOOD, "roles": [{"code": "QQQGOV", "position": "other"}]}], "fixture.jsonl"
        )
    assert err.value.path == "fixture.jsonl:1"
    assert "hadath actors validate" in str(err.value)
