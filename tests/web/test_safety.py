"""Safety of the server: headers, no stack traces, loopback host check, the edit token."""
from __future__ import annotations

import re
import types

from fastapi.testclient import TestClient

from cercle.web import create_app
from cercle.web.security import is_loopback

from .fakes import FakeStore, fake_query


def test_security_headers_everywhere(client):
    for url in ["/", "/acteur/per-martel", "/chemin", "/static/actor.js", "/api/search?q=Mar",
                "/api/entity/nobody", "/nowhere"]:
        r = client.get(url)
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp, url
        assert "default-src 'none'" in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["referrer-policy"] == "no-referrer"


def test_pages_have_no_inline_script(client):
    for url in ["/", "/acteur/per-martel", "/chemin"]:
        html = client.get(url).text
        scripts = re.findall(r"<script\b[^>]*>(.*?)</script>", html, re.S)
        assert scripts and all(body.strip() == "" for body in scripts), url
        assert re.search(r"\son[a-z]+=", html) is None, url
        assert "style=" not in html


def test_unexpected_errors_are_json_without_trace():
    def broken(store, q, limit=10):
        raise RuntimeError("secret internal detail at /home/someone/db.py")

    query = fake_query()
    query.search = broken
    app = create_app(store_factory=FakeStore, query=query, allowed_hosts=None)
    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.get("/api/search", params={"q": "x"})
    assert r.status_code == 500
    assert r.headers["content-type"] == "application/json"
    body = r.text
    assert "secret" not in body and "Traceback" not in body and "db.py" not in body
    assert r.json()["error"]["message"].startswith("Erreur interne")
    assert "script-src 'self'" in r.headers["content-security-policy"]


def test_unknown_path_and_method_are_json(client):
    r = client.get("/api/nothing")
    assert r.status_code == 404 and "/api/nothing" in r.json()["error"]["message"]
    r = client.delete("/api/search?q=x")
    assert r.status_code == 405 and r.json()["error"]["status"] == 405


def test_swagger_ui_is_not_served(client):
    # It would load from a CDN and run inline script; the schema is at /api/openapi.json.
    assert client.get("/docs").status_code == 404


def test_loopback_server_refuses_foreign_host_headers():
    app = create_app(store_factory=FakeStore, query=fake_query())  # default: loopback hosts only
    with TestClient(app, base_url="http://127.0.0.1:8000") as c:
        assert c.get("/api/stats").status_code == 200
        assert c.get("/api/stats", headers={"host": "localhost:8000"}).status_code == 200
        assert c.get("/api/stats", headers={"host": "evil.example:8000"}).status_code == 400


def test_is_loopback():
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5") and not is_loopback("example.org")


def test_edits_refused_when_read_only(client, fake_store):
    r = client.post("/api/edits/merge", json={"keep": "per-martel", "drop": "per-durand"},
                    headers={"X-Cercle-Token": "secret-token"})
    assert r.status_code == 403 and "--allow-edits" in r.json()["error"]["message"]
    assert fake_store.merged == []


def _edit_client(store):
    app = create_app(store_factory=lambda: store, query=fake_query(), allow_edits=True, token="tok-123",
                     allowed_hosts=None)
    return TestClient(app, raise_server_exceptions=False)


def test_edits_need_the_token():
    store = FakeStore()
    with _edit_client(store) as c:
        body = {"keep": "per-martel", "drop": "per-durand"}
        assert c.post("/api/edits/merge", json=body).status_code == 401
        assert c.post("/api/edits/merge", json=body, headers={"X-Cercle-Token": "tok-12"}).status_code == 401
        assert store.merged == []
        r = c.post("/api/edits/merge", json=body, headers={"X-Cercle-Token": "tok-123"})
        assert r.status_code == 200 and r.json() == {"ok": True, "result": "per-martel"}
        assert store.merged == [("per-martel", "per-durand")]
        assert c.get("/api/edits/merge").status_code == 405


def test_edits_validate_and_report_unsupported():
    store = FakeStore()
    with _edit_client(store) as c:
        headers = {"X-Cercle-Token": "tok-123"}
        assert c.post("/api/edits/merge", json={"keep": "a", "drop": "a"}, headers=headers).status_code == 422
        assert c.post("/api/edits/merge", json={"keep": "<x>", "drop": "a"}, headers=headers).status_code == 422
        r = c.post("/api/edits/split", json={"entity": "per-martel"}, headers=headers)
        assert r.status_code == 501  # the fake store has no split()


def test_edit_functions_from_the_query_module_win():
    calls = []
    query = fake_query()
    query.split = lambda store, eid: calls.append(eid) or [eid + "-1", eid + "-2"]
    app = create_app(store_factory=FakeStore, query=query, allow_edits=True, token="t", allowed_hosts=None)
    with TestClient(app) as c:
        r = c.post("/api/edits/split", json={"entity": "per-martel"}, headers={"X-Cercle-Token": "t"})
    assert r.json()["result"] == ["per-martel-1", "per-martel-2"] and calls == ["per-martel"]


def test_query_runner_gives_each_thread_its_own_store():
    made = []

    def factory():
        made.append(object())
        return types.SimpleNamespace(stats=lambda: {"n": len(made)})

    app = create_app(store_factory=factory, query=fake_query(), allowed_hosts=None, workers=2)
    with TestClient(app) as c:
        for _ in range(10):
            assert c.get("/api/stats").status_code == 200
    assert 1 <= len(made) <= 2
