"""docs/web.md stays honest: every API route and every serve option is documented."""
from __future__ import annotations

import re
from pathlib import Path

from cercle.cli.serve_cmd import serve

DOC = Path(__file__).resolve().parents[2] / "docs" / "web.md"


def test_every_api_route_is_documented(client):
    text = DOC.read_text("utf-8")
    def norm(route):
        return re.sub(r"\{[^}]*\}", "{}", re.sub(r"\?.*", "", route))

    documented = {norm(m) for m in re.findall(r"`(?:GET|POST) (/api/[^`\s]*)`", text)}
    routes = {norm(r) for r in client.get("/api/openapi.json").json()["paths"]}
    assert routes == documented


def test_every_serve_option_is_documented():
    text = DOC.read_text("utf-8")
    for param in serve.params:
        for opt in param.opts:
            assert opt in text, opt
