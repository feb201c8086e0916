"""The API over the real SQLite store and the real ``cercle.query`` (hand-made French articles)."""
from __future__ import annotations

import hashlib
import shutil
import sqlite3

import pytest
from fastapi.testclient import TestClient

from cercle.errors import StoreError
from cercle.web import create_app
from cercle.web.stores import StoreMissing, check_store, open_store

from . import realstore


@pytest.fixture(scope="module")
def real_db(tmp_path_factory):
    return realstore.build(tmp_path_factory.mktemp("web") / "cercle.db")


@pytest.fixture(scope="module")
def real(real_db):
    with TestClient(create_app(real_db, allowed_hosts=None), raise_server_exceptions=False) as c:
        yield c


def ids(real_db):
    return {name: realstore.entity_id(real_db, name) for name in
            ("Jeanne Martel", "Orion Capital", "Vertigo", "Paul Durand", "Bercy")}


def test_search_and_card(real, real_db):
    e = ids(real_db)
    assert [h["name"] for h in real.get("/api/search", params={"q": "Orio"}).json()] == ["Orion Capital"]
    assert real.get("/api/search", params={"q": "Berc"}).json()[0]["id"] == e["Bercy"]
    card = real.get(f"/api/entity/{e['Vertigo']}").json()
    assert card["name"] == "Vertigo" and card["type"] == "ORG" and card["sources"] == 3
    assert card["ties"]["BIDS_FOR"]["count"] == 1 and card["ties"]["ACCUSES"]["count"] == 1


def test_bid_history_and_highlights(real, real_db):
    e = ids(real_db)
    ties = real.get("/api/ties", params={"a": e["Orion Capital"], "b": e["Vertigo"]}).json()
    bid = next(t for t in ties if t["type"] == "BIDS_FOR")
    assert [s["status"] for s in bid["statuses"]] == ["proposed", "rejected", "rejected"]
    assert bid["amounts"][0]["value"] == 2e9 and bid["evidence_count"] == 3
    assert bid["sources"] == 2  # the syndicated copy is not an independent source
    first, second, copy = bid["evidence"]
    assert copy["flags"] == ["near_duplicate"]
    assert {first["sentence"][h["start"]:h["end"]] for h in first["highlights"]} == {"Orion Capital", "Vertigo"}
    assert second["flags"] == ["ai_assistant_leftover"] and second["attribution"] == "selon Le Quotidien"


def test_filters_reach_the_store(real, real_db):
    e = ids(real_db)
    url = f"/api/entity/{e['Vertigo']}/ties"
    assert {t["type"] for t in real.get(url).json()} == {"BIDS_FOR", "ACCUSES"}
    assert {t["type"] for t in real.get(url, params={"family": "conflict"}).json()} == {"ACCUSES"}
    assert {t["type"] for t in real.get(url, params={"min_sources": 2}).json()} == {"BIDS_FOR"}
    assert {t["type"] for t in real.get(url, params={"date_from": "2024-01-01"}).json()} == {"ACCUSES"}


def test_path_timeline_neighbourhood(real, real_db):
    e = ids(real_db)
    paths = real.get("/api/path", params={"from": e["Paul Durand"], "to": e["Vertigo"]}).json()
    assert paths[0]["length"] == 3
    assert [h["type"] for h in paths[0]["hops"]] == ["ALLY_OF", "LEADS", "BIDS_FOR"]
    assert paths[0]["hops"][0]["from"] == e["Paul Durand"] and paths[0]["hops"][-1]["to"] == e["Vertigo"]
    items = real.get(f"/api/timeline/{e['Orion Capital']}").json()
    assert [i["date"] for i in items] == sorted(i["date"] for i in items)
    hood = real.get(f"/api/neighbourhood/{e['Jeanne Martel']}").json()
    assert {n["name"] for n in hood["nodes"]} == {"Jeanne Martel", "Orion Capital", "Paul Durand"}


def test_unknown_id_is_404(real):
    r = real.get("/api/entity/0000000000000000")
    assert r.status_code == 404 and r.json()["error"]["message"].startswith("Introuvable")


def test_server_opens_the_store_read_only(real_db, real):
    before = hashlib.sha256(real_db.read_bytes()).hexdigest()
    store = open_store(real_db)
    try:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            store.conn.execute("DELETE FROM ties")
    finally:
        store.close()
    for url in ["/api/stats", "/api/search?q=Ver"]:
        assert real.get(url).status_code == 200
    assert hashlib.sha256(real_db.read_bytes()).hexdigest() == before


def test_missing_or_foreign_store(tmp_path):
    with pytest.raises(StoreMissing, match="cercle ingest"):
        check_store(tmp_path / "none.db")
    (tmp_path / "notes.db").write_text("pas une base")
    with pytest.raises(StoreError, match="not a SQLite store"):
        check_store(tmp_path / "notes.db")


def test_merge_with_token_on_the_real_store(real_db, tmp_path):
    db = tmp_path / "copy.db"
    shutil.copy(real_db, db)
    e = ids(db)
    app = create_app(db, allow_edits=True, token="tok", allowed_hosts=None)
    with TestClient(app) as c:
        body = {"keep": e["Orion Capital"], "drop": e["Vertigo"]}
        assert c.post("/api/edits/merge", json=body).status_code == 401
        r = c.post("/api/edits/merge", json=body, headers={"X-Cercle-Token": "tok"})
        assert r.status_code == 200, r.text
        assert c.get(f"/api/entity/{e['Vertigo']}").status_code == 404


def test_timeline_keeps_the_status_of_each_day(real, real_db):
    e = ids(real_db)
    items = real.get(f"/api/timeline/{e['Vertigo']}").json()
    bids = [(i["date"], i["status"]) for i in items if i["tie"]["type"] == "BIDS_FOR"]
    assert bids == [("2023-06-01", "proposed"), ("2023-07-12", "rejected"), ("2023-07-13", "rejected")]
