"""Every error leaves the server as JSON with a clear message, never as a stack trace.

Shape: ``{"error": {"status": 404, "message": "...", "details": [...]?}}``.
"""
from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import CercleError, NotFound, StoreError

log = logging.getLogger("cercle.web")


def error_response(status: int, message: str, details: list | None = None) -> JSONResponse:
    body: dict = {"status": status, "message": message}
    if details:
        body["details"] = details
    return JSONResponse({"error": body}, status_code=status)


def _field(loc) -> str:
    parts = [str(p) for p in loc if p not in ("query", "path", "body", "header")]
    return ".".join(parts) or "requête"


async def on_validation(request: Request, exc: RequestValidationError) -> JSONResponse:
    details = [{"field": _field(e.get("loc", ())), "message": e.get("msg", "invalide")}
               for e in exc.errors()]
    summary = "; ".join(f"{d['field']}: {d['message']}" for d in details)
    return error_response(422, f"Paramètre invalide — {summary}", details)


async def on_http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    message = exc.detail if isinstance(exc.detail, str) else "Erreur"
    if exc.status_code == 404 and message == "Not Found":
        message = f"Rien à cette adresse : {request.url.path}"
    elif exc.status_code == 405:
        message = f"Méthode {request.method} non permise sur {request.url.path}"
    response = error_response(exc.status_code, message)
    for key, value in (exc.headers or {}).items():
        response.headers[key] = value
    return response


async def on_not_found(request: Request, exc: NotFound) -> JSONResponse:
    return error_response(404, f"Introuvable : {exc}")


async def on_cercle_error(request: Request, exc: CercleError) -> JSONResponse:
    status = 503 if isinstance(exc, StoreError) else 400
    return error_response(status, str(exc))


def unexpected_response() -> JSONResponse:
    return error_response(500, "Erreur interne du serveur ; le détail est dans le journal du serveur.")


async def on_unexpected(request: Request, exc: Exception) -> JSONResponse:
    # The trace goes to the server log, never to the client.
    log.exception("unexpected error on %s", request.url.path)
    return unexpected_response()


def install(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(StarletteHTTPException, on_http)
    app.add_exception_handler(NotFound, on_not_found)
    app.add_exception_handler(CercleError, on_cercle_error)
    app.add_exception_handler(Exception, on_unexpected)
