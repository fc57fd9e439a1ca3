"""`hadath serve`: options and the token from the environment reach the server."""

from __future__ import annotations

import pytest
import typer
from typer.testing import CliRunner

import hadath.web
from hadath.errors import UsageError
from hadath.web.commands import register


@pytest.fixture
def calls(monkeypatch):
    got = []
    monkeypatch.setattr(hadath.web, "serve", lambda db, **kw: got.append((db, kw)))
    return got


def cli():
    app = typer.Typer()
    register(app)

    @app.callback()
    def _root() -> None:
        """test"""

    return app


def test_defaults_are_local_and_read_only(calls, monkeypatch):
    monkeypatch.delenv("HADATH_API_TOKEN", raising=False)
    r = CliRunner().invoke(cli(), ["serve", "--db", "x.db"])
    assert r.exit_code == 0, r.output
    assert calls == [
        ("x.db", {"host": "127.0.0.1", "port": 8000, "token": None, "max_body_bytes": 1024 * 1024})
    ]


def test_token_from_the_environment_or_the_option(calls, monkeypatch):
    monkeypatch.setenv("HADATH_API_TOKEN", "from-env")
    CliRunner().invoke(cli(), ["serve", "--port", "9001"])
    CliRunner().invoke(cli(), ["serve", "--token", "from-option", "--host", "0.0.0.0"])
    assert calls[0][1]["token"] == "from-env" and calls[0][1]["port"] == 9001
    assert calls[1][1]["token"] == "from-option" and calls[1][1]["host"] == "0.0.0.0"


def test_bad_port(calls):
    r = CliRunner().invoke(cli(), ["serve", "--port", "70000"])
    assert isinstance(r.exception, UsageError) and not calls
