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
