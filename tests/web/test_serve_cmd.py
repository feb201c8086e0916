"""``cercle serve``: help, missing store, host warning, token; uvicorn is replaced by a recorder."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from cercle.cli import cli

from . import realstore


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return realstore.build(tmp_path_factory.mktemp("serve") / "cercle.db")


@pytest.fixture
def served(monkeypatch):
    calls = []
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append((app, kw)))
    return calls


def run(*args):
    return CliRunner().invoke(cli, ["serve", *args])


def test_help_has_an_example():
    result = run("--help")
    assert result.exit_code == 0
    assert "Example:" in result.output and "cercle serve --db cercle.db" in result.output
    for option in ("--db", "--host", "--port", "--allow-edits"):
        assert option in result.output


def test_missing_store_is_a_clear_error(tmp_path, served):
    result = run("--db", str(tmp_path / "absent.db"))
    assert result.exit_code == 1
    assert "no store at" in result.output and "cercle ingest" in result.output
    assert served == []


def test_defaults_to_loopback_and_read_only(db, served):
    result = run("--db", str(db))
    assert result.exit_code == 0, result.output
    app, kw = served[0]
    assert kw["host"] == "127.0.0.1" and kw["port"] == 8000
    assert "lecture seule" in result.output and "Attention" not in result.output
    assert app.state.settings.allow_edits is False


def test_other_host_prints_a_warning(db, served):
    result = CliRunner().invoke(cli, ["serve", "--db", str(db), "--host", "0.0.0.0", "--port", "8123"])
    assert result.exit_code == 0
    assert "Attention" in result.output and "0.0.0.0" in result.output
    assert served[0][1] == {"host": "0.0.0.0", "port": 8123, "log_level": "warning"}


def test_allow_edits_prints_the_token(db, served):
    result = run("--db", str(db), "--allow-edits")
    assert result.exit_code == 0
    app = served[0][0]
    token = app.state.settings.token
    assert len(token) >= 24 and f"X-Cercle-Token) : {token}" in result.output
    assert app.state.settings.allow_edits is True


def test_bad_port_is_refused(db, served):
    assert run("--db", str(db), "--port", "70000").exit_code == 2
    assert served == []


def test_serve_really_serves_on_loopback(db):
    """The command itself, in its own process: answers on 127.0.0.1, read-only, then stops."""
    import subprocess
    import sys
    import time

    import httpx

    from .browserkit import free_port

    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "cercle", "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/search", params={"q": "Orio"}, timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read()
                time.sleep(0.2)
        assert r.json()[0]["name"] == "Orion Capital"
        assert "script-src 'self'" in r.headers["content-security-policy"]
        assert httpx.post(f"http://127.0.0.1:{port}/api/edits/merge", json={"keep": "a", "drop": "b"},
                          headers={"X-Cercle-Token": "x"}).status_code == 403
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=10)
    assert f"http://127.0.0.1:{port}/" in out and "lecture seule" in out
