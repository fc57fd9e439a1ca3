"""The docs stay true: README's set-up commands, .ci/run, and every CLI command documented."""

from __future__ import annotations

import re

from .conftest import REPO


def readme_commands() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```bash\n(.*?)```", text, re.S)
    assert block, "README.md must start with a bash block of set-up commands"
    assert text.index(block.group(0)) < 200, "the set-up commands come first"
    return [line for line in block.group(1).splitlines() if line.strip()]


def test_docs_readme_has_exactly_two_setup_commands():
    cmds = readme_commands()
    assert len(cmds) == 2
    assert cmds[0].startswith("pip install") and "hadath " in cmds[0]
    assert cmds[1].startswith("pip install") and "pytest" in cmds[1]


def test_docs_ci_runs_the_readme_test_command():
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    test_cmd = readme_commands()[1]
    assert any(line.strip() == test_cmd for line in ci.splitlines()), "'.ci/run' must run README's test command"


def test_docs_every_command_is_documented():
    import typer.main

    from hadath.cli import _register_commands, app

    _register_commands()
    group = typer.main.get_command(app)
    docs = (REPO / "README.md").read_text(encoding="utf-8")
    for path in sorted((REPO / "docs").glob("*.md")):
        docs += path.read_text(encoding="utf-8")
    missing = []
    for name, cmd in group.commands.items():  # type: ignore[attr-defined]
        sub = getattr(cmd, "commands", None)
        names = [f"hadath {name} {s}" for s in sub] if sub else [f"hadath {name}"]
        missing += [n for n in names if n not in docs]
    assert not missing, f"commands missing from README.md and docs/: {missing}"
