"""``python -m hadath.web serve --db ...``: the ``hadath serve`` command on its own."""

from __future__ import annotations

import sys

import typer

from hadath.errors import HadathError
from hadath.web.commands import register


def main() -> None:
    app = typer.Typer(add_completion=False, pretty_exceptions_enable=False, no_args_is_help=True)
    register(app)

    @app.callback()
    def _root() -> None:
        """hadath's web server."""

    try:
        app(standalone_mode=False)
    except HadathError as exc:
        print(f"hadath: error: {exc}", file=sys.stderr)
        sys.exit(exc.exit_code)


if __name__ == "__main__":
    main()
