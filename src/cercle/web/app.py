"""The ``cercle serve`` application: static pages + the JSON API over ``cercle.query``.

The pages are plain HTML files with no data in them; their JavaScript asks
the API for everything and puts it in the DOM as text. Nothing is templated
on the server, so nothing from an article can ever become markup.
"""
from __future__ import annotations

from contextlib import asynccontextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Callable

from fastapi import FastAPI, Path as PathParam
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from starlette.middleware.trustedhost import TrustedHostMiddleware

from . import api, edits, errors
from .security import LOOPBACK_HOSTS, SecurityHeaders, new_token
from .stores import QueryRunner, open_store

WEB = Path(str(resources.files("cercle").joinpath("web")))
PAGES = WEB / "templates"


@dataclass
class Settings:
    allow_edits: bool = False
    token: str = ""


def create_app(db: str | Path | None = None, *, store_factory: Callable[[], Any] | None = None,
               query: Any = None, allow_edits: bool = False, token: str | None = None,
               allowed_hosts: list[str] | None = LOOPBACK_HOSTS, workers: int = 4) -> FastAPI:
    """Build the app over the store at ``db`` (or ``store_factory``, e.g. a fake in tests).

    ``allowed_hosts=None`` accepts any Host header (for a server bound beyond loopback).
    """
    if store_factory is None:
        if db is None:
            raise ValueError("create_app needs a db path or a store_factory")
        store_factory = lambda: open_store(db, read_only=not allow_edits)  # noqa: E731
    if query is None:
        from .. import query as query_module  # late: the web package imports without it
        query = query_module
    runner = QueryRunner(store_factory, workers=workers)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        runner.close()

    app = FastAPI(
        title="cercle", version="1", lifespan=lifespan,
        description="Carte sourcée des liens de pouvoir décrits par la presse. "
                    "Lecture seule sauf `--allow-edits`.",
        # No Swagger UI: it loads from a CDN and runs inline script, which the
        # offline rule and the CSP both forbid. The schema itself is served.
        openapi_url="/api/openapi.json", docs_url=None, redoc_url=None,
    )
    app.state.settings = Settings(allow_edits=allow_edits, token=token or new_token())
    app.state.query = query
    app.state.runner = runner
    errors.install(app)
    app.include_router(api.router)
    app.include_router(edits.router)
    app.mount("/static", StaticFiles(directory=WEB / "static"), name="static")
    _add_pages(app)
    app.add_middleware(SecurityHeaders)
    if allowed_hosts is not None:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    return app


def _add_pages(app: FastAPI) -> None:
    def page(name: str) -> FileResponse:
        return FileResponse(PAGES / name, media_type="text/html; charset=utf-8",
                            headers={"Cache-Control": "no-cache"})

    @app.get("/", include_in_schema=False)
    async def home() -> FileResponse:
        return page("index.html")

    @app.get("/acteur/{entity_id}", include_in_schema=False)
    async def actor(entity_id: Annotated[str, PathParam(max_length=128, pattern=api.ID_PATTERN)]) -> FileResponse:
        return page("actor.html")

    @app.get("/chemin", include_in_schema=False)
    async def path_page() -> FileResponse:
        return page("path.html")
