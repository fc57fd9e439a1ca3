"""hadath's HTTP API and its right-to-left web UI, over the store's query functions.

Every page has a JSON twin: both are registered from one function (see :func:`_Twins.add`), the API
route returns what the function returns and the page renders that same payload, so the UI and the
API cannot drift. ``/openapi.json`` describes the API.

The server is read-only unless it is given a token: ``POST /api/articles`` (analyze and store) then
needs ``Authorization: Bearer <token>``. ``POST /api/analyze`` analyzes without storing. Request
bodies over ``max_body_bytes`` get 413. Every error is JSON ``{"error": {"type", "message"}}`` under
``/api`` and an Arabic error page elsewhere.
"""

from __future__ import annotations

import hmac
import inspect
import json
import logging
import threading
import typing
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Body, Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from hadath.errors import (
    ConfigError,
    DataValidationError,
    FileTooLargeError,
    HadathError,
    InputError,
    ModelError,
    PipelineError,
    StoreError,
    UsageError,
)
from hadath.store import query
from hadath.store.db import Store, open_store
from hadath.store.query import Page
from hadath.web import highlight, labels, present, queries
from hadath.web.params import (
    ArticleIn,
    ArticlesParams,
    EventsParams,
    ListParams,
    MapParams,
    NetworkParams,
    NoParams,
    SummaryParams,
    TimelineParams,
)

log = logging.getLogger("hadath.web")

HERE = Path(__file__).resolve().parent
DEFAULT_MAX_BODY_BYTES = 1024 * 1024  # 1 MiB: far above any news article
SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        b"connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


BEARER = HTTPBearer(auto_error=False, description="The token the server was started with")


class NotFoundError(HadathError):
    """The event, article, actor or place asked for is not in the store."""


class AuthError(HadathError):
    """A write was refused: no token configured, none sent, or a wrong one."""

    def __init__(self, message: str, *, status: int, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.status = status


def status_of(exc: HadathError) -> int:
    """The HTTP status of a typed error."""
    if isinstance(exc, AuthError):
        return exc.status
    if isinstance(exc, NotFoundError):
        return 404
    if isinstance(exc, UsageError):
        return 400
    if isinstance(exc, FileTooLargeError):
        return 413
    if isinstance(exc, InputError):
        return 422
    if isinstance(exc, PipelineError | ModelError | StoreError):
        return 503
    if isinstance(exc, ConfigError | DataValidationError):
        return 500
    return 500


def page_dict(page: Page) -> dict[str, Any]:
    """A page of results as JSON-ready dict (a shallow copy: ``Page.to_dict`` deep-copies every item)."""
    return {
        "items": page.items,
        "total": page.total,
        "limit": page.limit,
        "offset": page.offset,
        "sort": page.sort,
        "extra": page.extra,
    }


def error_body(kind: str, message: str, hint: str | None = None) -> dict[str, Any]:
    err: dict[str, Any] = {"type": kind, "message": message}
    if hint:
        err["hint"] = hint
    return {"error": err}


# ---------------------------------------------------------------- ASGI middleware


class Guard:
    """Outermost middleware: body size limit (413), empty query values dropped, security headers."""

    def __init__(self, app: Any, max_body_bytes: int) -> None:
        self.app = app
        self.max = max_body_bytes

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        qs: bytes = scope.get("query_string") or b""
        if qs:
            # drop "name=" and "name" pairs, leaving every other byte as it came
            pairs = qs.split(b"&")
            kept = [p for p in pairs if p.partition(b"=")[2].strip(b"+ ") != b""]
            if len(kept) != len(pairs):
                scope = dict(scope, query_string=b"&".join(kept))

        async def send_secure(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                have = {k.lower() for k, _ in headers}
                headers += [(k, v) for k, v in SECURITY_HEADERS if k not in have]
                message = dict(message, headers=headers)
            await send(message)

        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None:
            try:
                too_big = int(length) > self.max
            except ValueError:
                too_big = False
            if too_big:
                await self._refuse(scope, send_secure)
                return
        seen = 0
        limit = self.max

        async def limited() -> dict[str, Any]:
            nonlocal seen
            message: dict[str, Any] = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body") or b"")
                if seen > limit:
                    raise HTTPException(413, f"the request body is over the limit of {limit} bytes")
            return message

        await self.app(scope, limited, send_secure)

    async def _refuse(self, scope: dict[str, Any], send: Any) -> None:
        body = json.dumps(
            error_body(
                "RequestTooLarge",
                f"the request body is over the limit of {self.max} bytes",
                "send a smaller article, or start the server with a higher body limit",
            ),
            ensure_ascii=False,
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


# ---------------------------------------------------------------- the application


@dataclass
class Context:
    """What the routes share: the open store, the token, and the analyzer (built on first use)."""

    store: Store
    token: str | None
    max_body_bytes: int
    analyzer: Callable[[Any], Any] | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    def analyze(self, doc: Any) -> Any:
        with self.lock:  # stages keep models in memory; one analysis at a time
            if self.analyzer is None:
                from hadath.pipeline import default_pipeline

                self.analyzer = default_pipeline()
            return self.analyzer(doc)


def _templates() -> Any:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(HERE / "templates")),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.ChainableUndefined,
    )
    env.globals.update(
        L=labels,
        MODALITIES=list(labels.MODALITY_AR),
        ROOTS=list(labels.CAMEO_ROOTS_AR),
        PLOVERS=list(labels.PLOVER_AR),
        QUADS=list(labels.QUAD_AR),
        ENTITY_TYPES=highlight.ENTITY_TYPES,
        legend=highlight.legend,
    )
    env.filters["q"] = lambda d: urlencode({k: v for k, v in (d or {}).items() if v not in (None, "")})
    env.filters["safe_url"] = safe_url
    env.filters["num"] = lambda v: "—" if v is None else (f"{v:,}" if isinstance(v, int) else f"{v:.2f}")
    return env


def safe_url(url: object) -> str | None:
    """The URL when it is http(s), else None: an article's URL never becomes a javascript: link."""
    if not isinstance(url, str):
        return None
    u = url.strip()
    return u if u.lower().startswith(("http://", "https://")) else None


NAV = [
    ("/", "الرئيسية"),
    ("/events", "الأحداث"),
    ("/articles", "المقالات"),
    ("/actors", "الفاعلون"),
    ("/places", "الأماكن"),
    ("/map", "الخريطة"),
    ("/timeline", "الخط الزمني"),
    ("/network", "شبكة الفاعلين"),
    ("/analyze", "تحليل مقال"),
]


class _Twins:
    """Registers a page and its JSON twin from one function."""

    def __init__(self, app: FastAPI, env: Any) -> None:
        self.app = app
        self.env = env
        self.pages: list[dict[str, str]] = []  # {"page", "api", "name"} of every twin

    def render(
        self, request: Request, template: str, context: dict[str, Any], status: int = 200
    ) -> HTMLResponse:
        ctx = {
            "request": request,
            "nav": NAV,
            "path": request.url.path,
            "query": dict(request.query_params),
            **context,
        }
        html = self.env.get_template(template).render(**ctx)
        return HTMLResponse(html, status_code=status)

    def add(
        self,
        page: str,
        api: str,
        template: str,
        *,
        title: str,
        tags: list[Any],
        summary: str,
        view: Callable[[dict[str, Any], Any], dict[str, Any]] | None = None,
    ) -> Callable[[Callable[..., dict[str, Any]]], Callable[..., dict[str, Any]]]:
        def deco(fn: Callable[..., dict[str, Any]]) -> Callable[..., dict[str, Any]]:
            name = f"api_{fn.__name__}"
            self.app.add_api_route(
                api,
                json_route(fn),
                methods=["GET"],
                name=name,
                tags=tags,
                summary=summary,
                response_model=None,
                response_class=JSONResponse,
            )
            sig, params = _keyword_signature(fn)
            params.insert(0, inspect.Parameter("request", inspect.Parameter.KEYWORD_ONLY, annotation=Request))
            twins = self

            def page_route(request: Request, **kw: Any) -> HTMLResponse:
                data = fn(**kw)
                api_url = request.app.url_path_for(name, **request.path_params)
                if request.url.query:
                    api_url = f"{api_url}?{request.url.query}"
                extra = view(data, kw) if view is not None else {}
                return twins.render(
                    request, template, {"data": data, "view": extra, "title": title, "api_url": api_url}
                )

            page_route.__signature__ = sig.replace(parameters=params, return_annotation=HTMLResponse)  # type: ignore[attr-defined]
            page_route.__name__ = f"page_{fn.__name__}"
            self.app.add_api_route(
                page, page_route, methods=["GET"], include_in_schema=False, response_class=HTMLResponse
            )
            self.pages.append({"page": page, "api": api, "name": name})
            return fn

        return deco


def _keyword_signature(fn: Callable[..., Any]) -> tuple[inspect.Signature, list[inspect.Parameter]]:
    """``fn``'s signature with resolved annotations and keyword-only parameters (for wrappers)."""
    hints = typing.get_type_hints(fn, include_extras=True)
    sig = inspect.signature(fn)
    params = [
        p.replace(kind=inspect.Parameter.KEYWORD_ONLY, annotation=hints.get(p.name, p.annotation))
        for p in sig.parameters.values()
    ]
    return sig, params


def json_route(fn: Callable[..., Any]) -> Callable[..., Response]:
    """``fn`` answering with its result as JSON directly.

    The results are already plain JSON types (the query layer returns dicts of str, numbers and None),
    so FastAPI's generic ``jsonable_encoder`` walk, which costs more than the query itself on a page of
    50 events, is skipped.
    """
    sig, params = _keyword_signature(fn)

    def route(**kw: Any) -> Response:
        return JSONResponse(fn(**kw))

    route.__signature__ = sig.replace(parameters=params, return_annotation=JSONResponse)  # type: ignore[attr-defined]
    route.__name__ = fn.__name__
    route.__doc__ = fn.__doc__
    return route


def _document_from(article: ArticleIn, ctx: Context) -> Any:
    """A Document from the request's article, through the JSONL reader (same checks as files)."""
    from hadath.readers import ReadOptions, read_bytes

    record = {k: v for k, v in article.model_dump().items() if v not in (None, "")}
    data = json.dumps(record, ensure_ascii=False).encode("utf-8")
    results = list(read_bytes(data, "jsonl", path="request", opts=ReadOptions(max_bytes=ctx.max_body_bytes)))
    if not results:
        raise UsageError("the request holds no article", hint='send {"text": "..."}')
    first = results[0]
    if first.error is not None:
        raise first.error
    return first.doc


def create_app(
    db: Store | str | Any = None,
    *,
    token: str | None = None,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    analyzer: Callable[[Any], Any] | None = None,
) -> FastAPI:
    """The web application over the store ``db`` (a Store, a path, a postgresql:// URL, or None).

    ``token`` enables ``POST /api/articles`` for clients that send it as a Bearer token.
    ``analyzer`` replaces the default pipeline (tests); it is built on the first analysis otherwise.
    """
    if token is not None and not token.strip():
        raise UsageError("the API token is empty", hint="pass a non-empty --token or HADATH_API_TOKEN")
    if max_body_bytes < 1:
        raise UsageError(f"the body size limit must be positive, not {max_body_bytes}")
    store = open_store(db)
    ctx = Context(store=store, token=token, max_body_bytes=max_body_bytes, analyzer=analyzer)
    from hadath import __version__

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        if not isinstance(db, Store):
            store.close()

    app = FastAPI(
        lifespan=lifespan,
        title="hadath",
        version=__version__,
        description="Arabic news as sourced, structured event data (CAMEO and PLOVER). Read-only unless the "
        "server has a token; every page of the web UI has a JSON twin under /api.",
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.hadath = ctx
    app.add_middleware(Guard, max_body_bytes=max_body_bytes)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    env = _templates()
    twins = _Twins(app, env)
    app.state.twins = twins

    def wants_json(request: Request) -> bool:
        p = request.url.path
        return p.startswith("/api") or p == "/openapi.json" or p.startswith("/static")

    def fail(request: Request, status: int, kind: str, message: str, hint: str | None = None) -> Response:
        if wants_json(request):
            headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
            return JSONResponse(error_body(kind, message, hint), status_code=status, headers=headers)
        return twins.render(
            request,
            "error.html",
            {"title": "خطأ", "status": status, "kind": kind, "message": message, "hint": hint},
            status=status,
        )

    @app.exception_handler(HadathError)
    async def _hadath_error(request: Request, exc: HadathError) -> Response:
        return fail(request, status_of(exc), exc.kind, exc.message, exc.hint)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        parts = []
        for e in exc.errors():
            loc = [str(x) for x in e.get("loc", ()) if x not in ("query", "body", "path")]
            where = ".".join(loc) or "request"
            if e.get("type") == "extra_forbidden":
                parts.append(f"unknown parameter {where!r}")
            else:
                parts.append(f"{where}: {e.get('msg')}")
        return fail(request, 400, "UsageError", "; ".join(parts) or "invalid request", "see /openapi.json")

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        kinds = {404: "NotFound", 405: "MethodNotAllowed", 413: "RequestTooLarge", 400: "BadRequest"}
        msg = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404 and msg == "Not Found":
            msg = f"no page or endpoint at {request.url.path}"
        return fail(request, exc.status_code, kinds.get(exc.status_code, "HTTPError"), msg)

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception) -> Response:
        log.exception("internal error on %s", request.url.path)
        return fail(request, 500, "InternalError", f"internal error: {type(exc).__name__}")

    # ------------------------------------------------------------ pages and their JSON twins

    @twins.add(
        "/", "/api", "home.html", title="حدث", tags=["stats"], summary="Store statistics and latest articles"
    )
    def index(p: Annotated[NoParams, Query()]) -> dict[str, Any]:
        return {
            "stats": query.stats(ctx.store),
            "latest_articles": page_dict(queries.latest_articles(ctx.store, limit=10)),
            "twins": [{"page": t["page"], "api": t["api"]} for t in twins.pages],
        }

    @twins.add(
        "/events",
        "/api/events",
        "events.html",
        title="الأحداث",
        tags=["events"],
        summary="Events matching the filters, one page",
    )
    def events(p: Annotated[EventsParams, Query()]) -> dict[str, Any]:
        filt = p.event_filter()
        page = query.find_events(ctx.store, filt, limit=p.limit, offset=p.offset, sort=p.sort)
        return {**page_dict(page), "filter": filt}

    @twins.add(
        "/events/{event_id}",
        "/api/events/{event_id}",
        "event.html",
        title="حدث",
        tags=["events"],
        summary="One event with its mentions and evidence",
        view=lambda data, kw: {"evidence": [highlight.evidence_parts(m) for m in data["mentions"]]},
    )
    def event(event_id: int, p: Annotated[NoParams, Query()]) -> dict[str, Any]:
        ev = query.event(ctx.store, event_id)
        if ev is None:
            raise NotFoundError(f"no event {event_id}", hint="find events at /api/events")
        return ev

    @twins.add(
        "/articles",
        "/api/articles",
        "articles.html",
        title="المقالات",
        tags=["articles"],
        summary="Search the articles (q), or list the latest",
    )
    def articles(p: Annotated[ArticlesParams, Query()]) -> dict[str, Any]:
        if p.q and p.q.strip():
            return page_dict(query.search_articles(ctx.store, p.q, limit=p.limit, offset=p.offset))
        return page_dict(queries.latest_articles(ctx.store, limit=p.limit, offset=p.offset))

    @twins.add(
        "/articles/{article_id}",
        "/api/articles/{article_id}",
        "article.html",
        title="مقال",
        tags=["articles"],
        summary="One article: metadata, the full Document JSON, its events",
        view=lambda data, kw: highlight.article_view(data),
    )
    def article(article_id: int, p: Annotated[NoParams, Query()]) -> dict[str, Any]:
        a = query.article(ctx.store, article_id)
        if a is None:
            raise NotFoundError(f"no article {article_id}", hint="search articles at /api/articles?q=...")
        a["mentions"] = queries.article_event_ids(ctx.store, article_id)
        return a

    @twins.add(
        "/actors",
        "/api/actors",
        "actors.html",
        title="الفاعلون",
        tags=["actors"],
        summary="Actors of the matching events, most active first",
    )
    def actors(p: Annotated[ListParams, Query()]) -> dict[str, Any]:
        filt = p.event_filter()
        return {
            **page_dict(queries.list_actors(ctx.store, filt, limit=p.limit, offset=p.offset)),
            "filter": filt,
        }

    @twins.add(
        "/actors/{actor}",
        "/api/actors/{actor}",
        "actor.html",
        title="فاعل",
        tags=["actors"],
        summary="An actor: events as source and target, dates, roots, partners",
    )
    def actor(actor: str, p: Annotated[SummaryParams, Query()]) -> dict[str, Any]:
        s = query.actor_summary(ctx.store, actor, top=p.top)
        if not s["events"]:
            raise NotFoundError(f"no events of the actor {actor!r}", hint="list actors at /api/actors")
        return s

    @twins.add(
        "/places",
        "/api/places",
        "places.html",
        title="الأماكن",
        tags=["places"],
        summary="Places of the matching events, most events first",
    )
    def places(p: Annotated[ListParams, Query()]) -> dict[str, Any]:
        filt = p.event_filter()
        return {
            **page_dict(queries.list_places(ctx.store, filt, limit=p.limit, offset=p.offset)),
            "filter": filt,
        }

    @twins.add(
        "/places/{place}",
        "/api/places/{place}",
        "place.html",
        title="مكان",
        tags=["places"],
        summary="A place: events there, dates, roots, most active actors",
    )
    def place(place: str, p: Annotated[SummaryParams, Query()]) -> dict[str, Any]:
        s = query.place_summary(ctx.store, place, top=p.top)
        if not s["events"]:
            raise NotFoundError(f"no events at the place {place!r}", hint="list places at /api/places")
        return s

    @twins.add(
        "/map",
        "/api/map",
        "map.html",
        title="الخريطة",
        tags=["places"],
        summary="Event locations with coordinates, for the map",
        view=lambda data, kw: present.map_view(data, data["filter"]),
    )
    def map_points(p: Annotated[MapParams, Query()]) -> dict[str, Any]:
        filt = p.event_filter()
        page = queries.list_places(ctx.store, filt, limit=p.limit, located=True)
        return {**page_dict(page), "filter": filt}

    @twins.add(
        "/timeline",
        "/api/stats/timeline",
        "timeline.html",
        title="الخط الزمني",
        tags=["stats"],
        summary="Event counts by day, split by CAMEO root, QuadClass or PLOVER type",
        view=lambda data, kw: present.timeline_view(data["days"], data["by"], data["filter"]),
    )
    def timeline(p: Annotated[TimelineParams, Query()]) -> dict[str, Any]:
        filt = p.event_filter()
        by = None if p.by == "none" else p.by
        rows = query.counts_by_day(ctx.store, filt, by=by, weight=p.weight)
        return {"by": by, "weight": p.weight, "filter": filt, "days": rows}

    @twins.add(
        "/network",
        "/api/network",
        "network.html",
        title="شبكة الفاعلين",
        tags=["actors"],
        summary="Who acts on whom: source → target edges weighted by events, cooperation vs conflict",
    )
    def network(p: Annotated[NetworkParams, Query()]) -> dict[str, Any]:
        filt = p.event_filter()
        edges = query.actor_network(ctx.store, filt, limit=p.limit, min_weight=p.min_weight)
        return {"filter": filt, "edges": edges}

    @app.get(
        "/api/stats",
        tags=["stats"],
        summary="Row counts and the date range of events",
        response_class=JSONResponse,
    )
    def stats(p: Annotated[NoParams, Query()]) -> Response:
        return JSONResponse(query.stats(ctx.store))

    @app.get(
        "/api/articles/{article_id}/document",
        tags=["articles"],
        summary="The stored Document JSON of an article, alone (hadath.document/1)",
        response_class=JSONResponse,
    )
    def article_document(article_id: int) -> Response:
        a = query.article(ctx.store, article_id)
        if a is None:
            raise NotFoundError(f"no article {article_id}")
        return JSONResponse(a["document"])

    # ------------------------------------------------------------ analysis and writes

    @app.get("/analyze", include_in_schema=False, response_class=HTMLResponse)
    def analyze_page(request: Request) -> HTMLResponse:
        return twins.render(
            request, "analyze.html", {"title": "تحليل مقال", "api_url": "/api/analyze", "data": {}}
        )

    @app.post(
        "/api/analyze",
        tags=["analysis"],
        summary="Analyze an article without storing it; returns its Document JSON (hadath.document/1)",
        response_class=JSONResponse,
    )
    def analyze(article: Annotated[ArticleIn, Body()]) -> Response:
        from hadath.doc.serialize import to_json

        doc = ctx.analyze(_document_from(article, ctx))
        return JSONResponse(to_json(doc) if not isinstance(doc, dict) else doc)

    def require_token(cred: Annotated[HTTPAuthorizationCredentials | None, Depends(BEARER)]) -> None:
        if ctx.token is None:
            raise AuthError(
                "this server is read-only",
                status=403,
                hint="start it with --token (or HADATH_API_TOKEN) to accept articles",
            )
        if cred is None:
            raise AuthError(
                "this endpoint needs a token", status=401, hint="send Authorization: Bearer <token>"
            )
        if not hmac.compare_digest(cred.credentials.encode("utf-8"), ctx.token.encode("utf-8")):
            raise AuthError("the token is not valid", status=403)

    @app.post(
        "/api/articles",
        tags=["articles"],
        summary="Analyze an article and store it (needs the server's token)",
        status_code=201,
        dependencies=[Depends(require_token)],
    )
    def add_article(article: Annotated[ArticleIn, Body()], response: Response) -> dict[str, Any]:
        from hadath.doc.serialize import to_json
        from hadath.store.ingest import canonical_url, content_hash, ingest_items

        doc = ctx.analyze(_document_from(article, ctx))
        d: dict[str, Any] = to_json(doc) if not isinstance(doc, dict) else doc
        summary = ingest_items([d], ctx.store, kind="api", label="POST /api/articles")
        if summary.errors:
            sample = summary.error_samples[0] if summary.error_samples else {}
            raise StoreError(f"the article was not stored: {sample.get('message', 'unknown error')}")
        aid = queries.find_article_id(
            ctx.store, url=canonical_url(d.get("url")), content_hash=content_hash(d.get("text"))
        )
        if not summary.new:
            response.status_code = 200
        return {
            "article_id": aid,
            "stored": bool(summary.new),
            "duplicate": bool(summary.skipped),
            "events_new": summary.events_new,
            "events_merged": summary.events_merged,
            "mentions": summary.mentions,
            "url": f"/api/articles/{aid}" if aid is not None else None,
        }

    return app


def serve(
    db: Store | str | Any = None,
    host: str = "127.0.0.1",
    port: int = 8000,
    token: str | None = None,
    *,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    log_level: str = "info",
) -> None:
    """Run the API and the web UI with uvicorn until interrupted."""
    import uvicorn

    app = create_app(db, token=token, max_body_bytes=max_body_bytes)
    if host not in ("127.0.0.1", "localhost", "::1") and token is None:
        log.warning("serving on %s without a token: read-only", host)
    uvicorn.run(app, host=host, port=port, log_level=log_level, proxy_headers=False)
