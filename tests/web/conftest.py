"""Fixtures of the web tests: apps over a fake or a real store, a live server, headless Chromium."""
from __future__ import annotations

from pathlib import Path

import pytest

from .browserkit import CHROMIUM, CHROMIUM_ARGS
from .fakes import FakeStore, fake_query


@pytest.fixture
def fake_store():
    return FakeStore()


@pytest.fixture
def fake_app(fake_store):
    from cercle.web import create_app

    return create_app(store_factory=lambda: fake_store, query=fake_query(), allowed_hosts=None,
                      token="secret-token")


@pytest.fixture
def client(fake_app):
    from fastapi.testclient import TestClient

    with TestClient(fake_app, raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"browser tests need Debian chromium at {CHROMIUM} (apt-get install chromium)")
    playwright = pytest.importorskip("playwright.sync_api", reason="pip install -e '.[test]' for playwright")
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="fr-FR")
    pg = context.new_page()
    pg.set_default_timeout(10_000)
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.js_errors = errors
    yield pg
    context.close()
