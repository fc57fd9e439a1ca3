"""CLI command of the web server: ``hadath serve``."""

from __future__ import annotations

from typing import Annotated

import typer

from hadath.errors import UsageError


def register(app: typer.Typer) -> None:
    @app.command()
    def serve(
        db: Annotated[str | None, typer.Option("--db", help="SQLite path or postgresql:// URL.")] = None,
        host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
        port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
        token: Annotated[
            str | None,
            typer.Option(
                "--token",
                envvar="HADATH_API_TOKEN",
                help="Bearer token that allows POST /api/articles (default: $HADATH_API_TOKEN; none: read-only).",
                show_default=False,
            ),
        ] = None,
        max_body_bytes: Annotated[
            int, typer.Option("--max-body-bytes", help="Largest request body accepted (413 above).")
        ] = 1024 * 1024,
    ) -> None:
        """Serve the HTTP API and the Arabic web UI (read-only unless a token is set)."""
        from hadath.web import serve as run

        if not 0 < port < 65536:
            raise UsageError(f"--port {port} is not a TCP port", hint="use 1-65535, e.g. --port 8000")
        typer.echo(f"hadath: serving on http://{host}:{port} (API: /api, OpenAPI: /openapi.json)", err=True)
        run(db, host=host, port=port, token=token or None, max_body_bytes=max_body_bytes)
