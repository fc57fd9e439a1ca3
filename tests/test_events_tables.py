"""The CAMEO, Goldstein, QuadClass and PLOVER tables are complete and consistent."""

from __future__ import annotations

from hadath.events.tables import PLOVER_TYPES, cameo, cameo_table, read_tsv


def test_every_root_and_its_codes() -> None:
    table = cameo_table()
    roots = {f"{i:02d}" for i in range(1, 21)}
    assert roots <= set(table)
    for code, entry in table.items():
        assert code[:2] in roots
        assert len(code) in (2, 3, 4)
        if len(code) > 2:
            assert code[:2] in table and (len(code) == 3 or code[:3] in table)
        assert -10.0 <= entry.goldstein <= 10.0
        assert entry.name


def test_quad_class_by_root() -> None:
    assert cameo("042").quad_class == 1
    assert cameo("057").quad_class == 1
    assert cameo("073").quad_class == 2
    assert cameo("112").quad_class == 3
    assert cameo("145").quad_class == 3
    assert cameo("163").quad_class == 4
    assert cameo("195").quad_class == 4


def test_goldstein_values() -> None:
    assert cameo("042").goldstein == 1.9
    assert cameo("043").goldstein == 2.8
    assert cameo("057").goldstein == 8.0
    assert cameo("163").goldstein == -8.0
    assert cameo("0874").goldstein == 10.0


def test_plover_mapping() -> None:
    assert (cameo("041").plover, cameo("041").plover_mode) == ("CONSULT", "phone")
    assert (cameo("042").plover, cameo("042").plover_mode) == ("CONSULT", "visit")
    assert (cameo("043").plover, cameo("043").plover_mode) == ("CONSULT", "host")
    assert cameo("0841").plover == "RETREAT"
    assert cameo("163").plover == "COERCE"
    assert cameo("190").plover == "ASSAULT"
    assert cameo("0233").plover == "REQUEST"
    assert cameo("010").plover is None
    for entry in cameo_table().values():
        assert entry.plover is None or entry.plover in PLOVER_TYPES


def test_tables_state_their_source() -> None:
    for name in ("cameo_codes.tsv", "quad_class.tsv", "plover_map.tsv"):
        source, rows = read_tsv(name)
        assert source and rows
