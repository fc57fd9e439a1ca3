import json
import subprocess
import sys

import pytest

from hadath.cli import main

ARTICLE = "IMLebanon\n\nالأسد في روسيا\n\nزار الرئيس السوري مدينة سوتشي أمس.\n\nوعقد محادثات مع نظيره.\n"


def run(capsys, *args):
    with pytest.raises(SystemExit) as info:
        main(list(args))
    out = capsys.readouterr()
    return info.value.code, out.out, out.err


def test_cli_analyze_one_file_prints_indented_json(tmp_path, capsys):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    code, out, _ = run(capsys, "analyze", str(p), "--published", "2017-11-21", "--stages", "text")
    assert code in (0, None)
    doc = json.loads(out)
    assert doc["source"] == "IMLebanon" and doc["published"] == "2017-11-21"
    assert out.startswith("{\n")
    for t in doc["tokens"]:
        assert doc["text"][t["start"] : t["end"]] == t["text"]


def test_cli_analyze_several_gives_jsonl_and_a_summary(tmp_path, capsys):
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "bad.txt").write_text("", encoding="utf-8")
    out_file = tmp_path / "out" / "docs.jsonl"
    code, _, err = run(capsys, "analyze", str(tmp_path), "-o", str(out_file), "--stages", "text")
    assert code in (0, None)
    lines = out_file.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3 and all(json.loads(x)["schema"] == "hadath.document/1" for x in lines)
    assert "4 articles read, 3 analyzed, 1 failed" in err and "EmptyArticleError" in err


def test_cli_errors_are_clean_with_exit_codes(tmp_path, capsys):
    code, _, err = run(capsys, "analyze", str(tmp_path / "missing.txt"))
    assert code == 4 and "no such file" in err and "Traceback" not in err
    code, _, err = run(capsys, "analyze", str(tmp_path), "--published", "yesterday")
    assert code == 2 and "--published" in err


def test_cli_python_dash_m_works(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "hadath", "analyze", str(p), "--format", "jsonl", "--stages", "text"],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["title"] == "الأسد في روسيا"


def test_cli_seed_article(seed_article, capsys):
    code, out, _ = run(capsys, "analyze", str(seed_article), "--stages", "text")
    doc = json.loads(out)
    assert doc["source"] == "IMLebanon" and doc["title"] == "الأسد في روسيا"
    assert len(doc["sentences"]) >= 10
    assert any(len(t["words"]) > 1 for t in doc["tokens"])


def test_cli_unknown_command_is_a_clean_usage_error(capsys):
    code, _, err = run(capsys, "no-such-command")
    assert code == 2 and "No such command" in err and "Traceback" not in err
