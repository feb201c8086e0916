"""Safety of the local server: response headers, the edit token, loopback checks.

Article text is hostile input (it comes from the web), so the page never
builds HTML from data and the Content-Security-Policy forbids any script that
is not a file served by cercle itself: even if some markup slipped into the
DOM, an inline ``<script>`` or ``onerror=`` would not run.
"""
from __future__ import annotations

import ipaddress
import secrets

from fastapi import Header, HTTPException, Request

CSP = "; ".join([
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])

SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]

# Host names a browser uses for a loopback server. Accepting only these stops a
# hostile page from reaching the server through DNS rebinding.
LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]


class SecurityHeaders:
    """ASGI middleware adding the security headers to every HTTP response.

    It also turns an unexpected exception into the JSON 500 of ``errors.py``
    here, inside the app, so that response carries the headers too (Starlette's
    own last-resort handler sits outside every middleware).
    """

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (k, v) for k, v in SECURITY_HEADERS if k not in names]
            await send(message)

        started = False

        async def tracking_send(message):
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send_with_headers(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception:
            if started:
                raise
            from .errors import log, unexpected_response
            log.exception("unexpected error on %s", scope.get("path"))
            await unexpected_response()(scope, receive, send_with_headers)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def new_token() -> str:
    return secrets.token_urlsafe(24)


def require_token(request: Request, x_cercle_token: str | None = Header(default=None)) -> None:
    """Dependency of every editing endpoint: edits on, and the start-up token sent back."""
    settings = request.app.state.settings
    if not settings.allow_edits:
        raise HTTPException(403, "Le serveur est en lecture seule : relancez `cercle serve --allow-edits`.")
    if not x_cercle_token or not secrets.compare_digest(x_cercle_token, settings.token):
        raise HTTPException(401, "Jeton manquant ou invalide : envoyez l'en-tête X-Cercle-Token "
                                 "affiché au démarrage du serveur.")
