"""hadath's HTTP API and right-to-left web UI: :func:`create_app` builds it, :func:`serve` runs it.

Pages and their JSON twins call the same query functions (:mod:`hadath.store.query`, plus the few
list queries in :mod:`hadath.web.queries`). See docs/web.md.
"""

from __future__ import annotations

from hadath.web.app import DEFAULT_MAX_BODY_BYTES, create_app, serve

__all__ = ["DEFAULT_MAX_BODY_BYTES", "create_app", "serve"]
