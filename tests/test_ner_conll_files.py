"""tag_conll keeps the lines of its input; evaluate_conll scores a gold file."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from hadath.errors import InputError
from hadath.ner.conll import evaluate_conll, tag_conll

GOLD = """وقال\tO
الرئيس\tO
جورج\tB-PERS
بوش\tI-PERS
في\tO
واشنطن\tB-LOC
.\tO

وتبادلت\tO
فرنسا\tB-LOC
وألمانيا\tB-LOC
الاتهامات\tO
.\tO
"""


def test_tag_conll_keeps_every_line(tmp_path: Path) -> None:
    src = tmp_path / "in.conll"
    src.write_text("\nوقال x\nالرئيس\tNN\tfoo\nجورج\nبوش\n\n\nفي\nواشنطن\n", encoding="utf-8")
    out = tmp_path / "out.tsv"
    n = tag_conll(src, out)
    assert n == 6
    lines = out.read_text(encoding="utf-8").split("\n")
    in_lines = src.read_text(encoding="utf-8").split("\n")
    assert len(lines) == len(in_lines)
    for a, b in zip(in_lines, lines, strict=True):
        if not a.strip():
            assert b == ""
        else:
            tok, tag = b.split("\t")
            assert tok == a.split()[0]
            assert tag == "O" or tag[:2] in ("B-", "I-")
    assert lines[3] == "جورج\tB-PER"


def test_tag_conll_to_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.conll"
    src.write_text("زار\nبيروت\n", encoding="utf-8")
    tag_conll(src, None)
    assert capsys.readouterr().out == "زار\tO\nبيروت\tB-GPE\n"


def test_tag_conll_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        tag_conll(tmp_path / "absent.conll", None)


def test_evaluate_conll_reports_types_and_micro(tmp_path: Path) -> None:
    gold = tmp_path / "gold.conll"
    gold.write_text(GOLD, encoding="utf-8")
    buf = io.StringIO()
    rep = evaluate_conll(gold, out=buf)
    assert rep.per_type["LOC"].n_gold == 3 and rep.per_type["PERS"].n_gold == 1
    assert rep.micro_f1 == 1.0
    printed = buf.getvalue()
    assert "precision" in printed and "micro PERS/LOC/ORG" in printed
    d = rep.as_dict()
    assert d["micro_PERS_LOC_ORG"]["f1"] == 1.0


def test_evaluate_conll_accepts_hadath_labels(tmp_path: Path) -> None:
    gold = tmp_path / "gold.conll"
    gold.write_text(
        GOLD.replace("B-PERS", "B-PER").replace("I-PERS", "I-PER").replace("LOC", "GPE"), encoding="utf-8"
    )
    rep = evaluate_conll(gold, out=None)
    assert rep.micro_f1 == 1.0
