"""The web app: ranked stories, one story with its provenance and highlighted attributions, one
actor over time, search, and a JSON API under ``/api/`` (OpenAPI at ``/openapi.json``).

Safe by default: ``claimtrace serve`` binds to 127.0.0.1; everything is read-only except
``POST /api/ingest``, which needs the operator's token (``CLAIMTRACE_WEB_TOKEN``; without one the
endpoint is disabled); templates autoescape every value from articles; pages carry a Content
Security Policy that allows no scripts and no outside assets (the app has neither).
"""
from __future__ import annotations

import hmac
import os
import threading
import time
from collections import OrderedDict
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass
from importlib import resources
from typing import Optional

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup
from pydantic import BaseModel

from ..digest import history, rank
from ..digest.evidence import load_articles
from ..digest.feeds import digests_feed, story_feed
from ..digest.records import DigestStory
from ..digest.render import http_url
from ..link import get_story
from ..link import stories as find_stories
from ..store import Store
from ..store.times import parse_since
from .chart import bar_chart
from .highlight import segments
from .queries import get_actor, resolve_actor, search

TOKEN_ENV = "CLAIMTRACE_WEB_TOKEN"
PAGE_SIZE = 50
#: stories kept ranked and summarised for their page (each holds its articles' texts)
STORY_CACHE = 128
#: seconds a ranked story list is reused while the store's articles, links and digests stay the same
#: (bounds the drift of a relative ``since`` such as 24h)
RANK_TTL = 300.0
CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")


class IngestRequest(BaseModel):
    url: str


class ThreadStores:
    """One open ``Store`` per worker thread (a DB connection must not be shared across threads)."""

    def __init__(self, db: Optional[str]):
        self.db = db
        self.local = threading.local()
        self.opened: list[Store] = []
        self.lock = threading.Lock()

    def get(self) -> Store:
        store = getattr(self.local, "store", None)
        if store is None:
            store = Store.open(self.db, create=False)
            self.local.store = store
            with self.lock:
                self.opened.append(store)
        return store

    def close(self) -> None:
        with self.lock:
            for store in self.opened:
                try:
                    store.close()
                except Exception:  # closing at shutdown: nothing left to save
                    pass
            self.opened.clear()


@dataclass
class CachedRanking:
    version: tuple
    at: float
    stories: list[DigestStory]


class RankedStories:
    """Ranked story lists per filter, recomputed when articles, links or digests change (or after
    ``RANK_TTL`` seconds, for relative ``since`` bounds). One thread computes a missing list while
    the others wait for it, so a burst of requests does not rank the same stories many times."""

    def __init__(self, capacity: int = 64):
        self.entries: OrderedDict[tuple, CachedRanking] = OrderedDict()
        self.capacity = capacity
        self.lock = threading.Lock()
        self.computing = threading.Lock()

    @staticmethod
    def version(store: Store) -> tuple:
        """Cheap signs of change: the newest article row, the stories table (the linker rewrites a
        story's row whenever it gains articles; a rebuild changes the count), the newest digest."""
        stories = store.conn.one("SELECT COUNT(*) AS n, SUM(n_articles) AS a, MAX(updated_at) AS m"
                                 " FROM stories")
        return (store.conn.scalar("SELECT MAX(id) AS m FROM articles"), stories["n"], stories["a"],
                stories["m"], store.conn.scalar("SELECT MAX(id) AS m FROM digests"))

    def cached(self, key: tuple, version: tuple) -> Optional[list[DigestStory]]:
        with self.lock:
            hit = self.entries.get(key)
            if hit and hit.version == version and time.monotonic() - hit.at < RANK_TTL:
                self.entries.move_to_end(key)
                return hit.stories
        return None

    def get(self, store: Store, since: Optional[str], outlet: Optional[str],
            actor: Optional[str]) -> list[DigestStory]:
        key = (since, outlet, actor)
        version = self.version(store)
        found = self.cached(key, version)
        if found is not None:
            return found
        with self.computing:
            found = self.cached(key, version)
            if found is not None:
                return found
            candidates = find_stories(store, since=parse_since(since) if since else None,
                                      outlet=outlet, actor=actor)
            ranked = rank(store, candidates, previous=history.last(store), summary_sentences=0)
        with self.lock:
            self.entries[key] = CachedRanking(version, time.monotonic(), ranked)
            while len(self.entries) > self.capacity:
                self.entries.popitem(last=False)
        return ranked


def _templates() -> Jinja2Templates:
    env = Environment(loader=PackageLoader("claimtrace.web", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    env.filters["when"] = lambda v: (v or "").replace("T", " ").replace("Z", "")[:16]
    env.filters["http_url"] = http_url
    return Jinja2Templates(env=env)


def _story_or_404(store: Store, story_id: str):
    story = get_story(store, story_id)
    if story is None:
        raise HTTPException(404, f"no story {story_id!r}")
    return story


def _check_since(since: Optional[str]) -> Optional[str]:
    if since:
        try:
            parse_since(since)
        except ValueError as exc:
            raise HTTPException(400, str(exc)) from None
    return since or None


def create_app(db: Optional[str] = None, *, token: Optional[str] = None,
               allow_private: bool = False) -> FastAPI:
    """The ASGI app over the store at ``db`` (None: the default store).

    ``token``: the operator token write endpoints require (default ``$CLAIMTRACE_WEB_TOKEN``; no
    token: writes disabled). ``allow_private``: let ``/api/ingest`` fetch private addresses.
    """
    token = token if token is not None else os.environ.get(TOKEN_ENV) or None
    Store.open(db, create=False).close()   # fail now, with a clear message, if there is no store
    stores = ThreadStores(db)
    ranked = RankedStories()
    templates = _templates()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        stores.close()

    app = FastAPI(title="claimtrace", version="0.1.0", docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Stories, claims and actors from the claimtrace store. Read-only "
                              "except POST /api/ingest (operator token).")
    app.mount("/static", StaticFiles(directory=str(resources.files("claimtrace.web") / "static")),
              name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Content-Security-Policy"] = CSP
        return response

    def store() -> Store:
        return stores.get()

    def page(request: Request, name: str, **context) -> HTMLResponse:
        return templates.TemplateResponse(request, name, context)

    details: OrderedDict[tuple, tuple[DigestStory, dict]] = OrderedDict()
    details_lock = threading.Lock()

    def story_detail(st: Store, story_id: str) -> tuple[DigestStory, dict]:
        """One story ranked and summarised, with its articles; kept while the store is unchanged."""
        key = (story_id, RankedStories.version(st))
        with details_lock:
            if key in details:
                details.move_to_end(key)
                return details[key]
        story = _story_or_404(st, story_id)
        shown = rank(st, [story], previous=history.last(st), summary_sentences=3)[0]
        found = shown, load_articles(st, [a.revision_id for a in story.articles])
        with details_lock:
            details[key] = found
            while len(details) > STORY_CACHE:
                details.popitem(last=False)
        return found

    # -- pages ------------------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def stories_page(request: Request, since: Optional[str] = None, outlet: Optional[str] = None,
                     actor: Optional[str] = None, page_no: int = Query(1, alias="page", ge=1),
                     st: Store = Depends(store)):
        since, outlet, actor = _check_since(since), outlet or None, actor or None
        found = ranked.get(st, since, outlet, actor)
        start = (page_no - 1) * PAGE_SIZE
        return page(request, "stories.html", stories=found[start:start + PAGE_SIZE], total=len(found),
                    page_no=page_no, pages=max(1, -(-len(found) // PAGE_SIZE)),
                    since=since or "", outlet=outlet or "", actor=actor or "")

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(request: Request, story_id: str, st: Store = Depends(store)):
        shown, articles = story_detail(st, story_id)
        by_role: dict[str, list] = {"original": [], "relay": [], "copy": []}
        for a in sorted(shown.story.articles, key=lambda a: (a.published or "", a.revision_id)):
            by_role.setdefault(a.role, []).append(a)
        texts = {rev: segments(article) for rev, article in articles.items()}
        names = {n for c in shown.story.claims for n in (*c.sources, *c.denied_by)}
        actors = {n: found for n in names if (found := resolve_actor(st, n))}
        return page(request, "story.html", s=shown, by_role=by_role, articles=articles, texts=texts,
                    actors=actors)

    @app.get("/actors/{actor:path}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(request: Request, actor: str, st: Store = Depends(store)):
        found = get_actor(st, actor)
        if found is None:
            raise HTTPException(404, f"nothing attributed to {actor!r}")
        chart = Markup(bar_chart(found.timeline(), title=f"Statements attributed to {found.name}"))
        return page(request, "actor.html", actor=found, chart=chart)

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str = "", st: Store = Depends(store)):
        return page(request, "search.html", results=search(st, q) if q.strip() else None, q=q)

    # -- feeds ------------------------------------------------------------------------------------
    @app.get("/feeds/digests.{fmt}", include_in_schema=False)
    def digests_feed_page(request: Request, fmt: str, st: Store = Depends(store)):
        if fmt not in ("rss", "atom"):
            raise HTTPException(404, "feeds: digests.rss or digests.atom")
        body = digests_feed(history.recent(st), base_url=str(request.base_url), fmt=fmt)
        return Response(body, media_type=f"application/{fmt}+xml")

    @app.get("/stories/{story_id}/feed.{fmt}", include_in_schema=False)
    def story_feed_page(request: Request, story_id: str, fmt: str, st: Store = Depends(store)):
        if fmt not in ("rss", "atom"):
            raise HTTPException(404, "feeds: feed.rss or feed.atom")
        shown, _ = story_detail(st, story_id)
        body = story_feed(shown.story, base_url=str(request.base_url), fmt=fmt, sourcing=shown.sourcing)
        return Response(body, media_type=f"application/{fmt}+xml")

    # -- JSON API ---------------------------------------------------------------------------------
    @app.get("/api/stories", tags=["stories"])
    def api_stories(since: Optional[str] = None, outlet: Optional[str] = None,
                    actor: Optional[str] = None, limit: int = Query(PAGE_SIZE, ge=1, le=1000),
                    offset: int = Query(0, ge=0), st: Store = Depends(store)) -> list[dict]:
        """Stories, ranked, with the rank explained and the sourcing line."""
        found = ranked.get(st, _check_since(since), outlet or None, actor or None)
        out = []
        for s in found[offset:offset + limit]:
            story = s.story
            row = {"id": story.id, "title": story.title, "first_seen": story.first_seen,
                   "last_seen": story.last_seen, "articles": [asdict(a) for a in story.articles],
                   "origins": story.origins, "independent_reports": story.independent_reports}
            row.update(rank=s.rank, score=s.score, explanation=s.explanation, sourcing=s.sourcing,
                       is_new=s.is_new, n_claims=len(s.story.claims))
            out.append(row)
        return JSONResponse(out)

    @app.get("/api/stories/{story_id}", tags=["stories"])
    def api_story(story_id: str, st: Store = Depends(store)) -> dict:
        """One story (docs/contract.md) with its summary, sourcing line, hedges and rank factors."""
        shown, _ = story_detail(st, story_id)
        return JSONResponse(shown.to_dict())

    @app.get("/api/claims", tags=["claims"])
    def api_claims(since: Optional[str] = None, outlet: Optional[str] = None,
                   speaker: Optional[str] = None, source_kind: Optional[str] = None,
                   min_sources: Optional[int] = Query(None, ge=0), modality: Optional[str] = None,
                   via: Optional[str] = None, limit: int = Query(100, ge=1, le=1000),
                   st: Store = Depends(store)) -> list[dict]:
        """Attributed claims, newest article first (the filters of `claimtrace claims`)."""
        return JSONResponse(st.claims(since=_check_since(since), outlet=outlet, speaker=speaker,
                                      source_kind=source_kind, min_sources=min_sources,
                                      modality=modality, via=via, limit=limit))

    @app.get("/api/actors/{actor:path}", tags=["actors"])
    def api_actor(actor: str, st: Store = Depends(store)) -> dict:
        """Everything attributed to one person or organisation, oldest first, with a timeline."""
        found = get_actor(st, actor)
        if found is None:
            raise HTTPException(404, f"nothing attributed to {actor!r}")
        return JSONResponse(found.to_dict())

    @app.get("/api/search", tags=["search"])
    def api_search(q: str = Query(..., min_length=1), st: Store = Depends(store)) -> dict:
        """Articles by title, claims by content, actors by name (case-insensitive substrings)."""
        return JSONResponse(search(st, q).to_dict())

    def operator(authorization: Optional[str] = Header(None)) -> None:
        """The write endpoints' guard; a dependency, so it answers before the body is even read."""
        if token is None:
            raise HTTPException(403, f"writes are disabled: start the server with ${TOKEN_ENV} set")
        offered = (authorization or "").removeprefix("Bearer ").strip()
        if not hmac.compare_digest(offered.encode(), token.encode()):
            raise HTTPException(401, "a valid operator token is required",
                                headers={"WWW-Authenticate": "Bearer"})

    @app.post("/api/ingest", tags=["write"], status_code=201, dependencies=[Depends(operator)])
    def api_ingest(body: IngestRequest, st: Store = Depends(store)) -> dict:
        """Fetch and ingest one URL. Needs ``Authorization: Bearer <CLAIMTRACE_WEB_TOKEN>``."""
        if not body.url.startswith(("http://", "https://")):
            raise HTTPException(422, "url must be http:// or https://")
        from ..pipeline import ingest

        failures: list[dict] = []
        summary = ingest([body.url], store=st, allow_private=allow_private, progress=False,
                         argv=["web", "ingest", body.url],
                         on_failure=lambda i, r, m: failures.append({"input": i, "reason": r, "message": m}))
        result = summary.to_dict()
        result["errors"] = failures
        if failures:
            raise HTTPException(422, result)
        return result

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        from fastapi.exception_handlers import http_exception_handler

        if request.url.path.startswith(("/api/", "/feeds/")) or "/feed." in request.url.path:
            return await http_exception_handler(request, exc)
        return templates.TemplateResponse(request, "error.html", {"status": exc.status_code,
                                                                  "detail": exc.detail},
                                          status_code=exc.status_code)

    return app
