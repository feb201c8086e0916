"""The JSON API over a fake store: shapes, filters, bounds, and JSON errors."""
from __future__ import annotations

import pytest

from cercle.model import load_model


def test_search_suggests_names_and_aliases(client):
    hits = client.get("/api/search", params={"q": "Berc"}).json()
    assert [(h["id"], h["name"], h["type"]) for h in hits] == [("gov-bercy", "Ministère de l'Économie", "GOV")]
    assert {h["id"] for h in client.get("/api/search", params={"q": "mar"}).json()} == {"per-martel"}


@pytest.mark.parametrize("params, field", [
    ({"q": ""}, "q"),
    ({"q": "x" * 101}, "q"),
    ({"q": "Mar", "limit": 0}, "limit"),
    ({"q": "Mar", "limit": 51}, "limit"),
    ({}, "q"),
])
def test_search_inputs_are_bounded(client, params, field):
    r = client.get("/api/search", params=params)
    assert r.status_code == 422
    error = r.json()["error"]
    assert error["status"] == 422 and field in error["message"]
    assert error["details"][0]["field"] == field


def test_entity_card(client):
    card = client.get("/api/entity/per-martel").json()
    assert card["name"] == "Jeanne Martel" and card["type_fr"] == "personne"
    assert card["aliases"] == ["Martel", "la fondatrice"] and card["sources"] == 3
    assert card["first_seen"] == "2023-01-05" and card["last_seen"] == "2024-03-01"
    assert card["ties"]["LEADS"] == {"count": 1, "fr": "dirige", "family": "control"}
    assert set(card["ties"]) == {"LEADS", "OPPOSES", "ALLY_OF"}


def test_unknown_entity_is_a_json_404(client):
    r = client.get("/api/entity/per-nobody")
    assert r.status_code == 404
    assert r.json() == {"error": {"status": 404, "message": "Introuvable : per-nobody"}}


def test_entity_ids_are_validated(client):
    r = client.get("/api/entity/" + "x" * 129)
    assert r.status_code == 422
    assert client.get("/api/entity/a%20b").status_code == 422


def test_entity_ties_filters(client):
    def ids(**params):
        r = client.get("/api/entity/per-martel/ties", params=params)
        assert r.status_code == 200, r.text
        return sorted(t["id"] for t in r.json())

    assert ids() == ["t1", "t3", "t5"]
    assert ids(family="conflict") == ["t3"]
    assert ids(family=["control", "cooperation"]) == ["t1", "t5"]
    assert ids(type="LEADS") == ["t1"]
    assert ids(type="LEADS", family="conflict") == []
    assert ids(min_sources=2) == ["t1"]
    assert ids(date_from="2024") == ["t3", "t5"]
    assert ids(date_to="2023-12-31") == ["t1"]


def test_entity_ties_seen_from_the_actor(client):
    ties = {t["id"]: t for t in client.get("/api/entity/per-martel/ties").json()}
    assert ties["t1"]["other"]["id"] == "org-orion" and ties["t1"]["direction"] == "out"
    assert ties["t5"]["other"]["id"] == "per-durand" and ties["t5"]["direction"] == "both"
    assert ties["t1"]["fr"] == "dirige" and ties["t1"]["family"] == "control"


@pytest.mark.parametrize("params", [
    {"type": "LIKES"}, {"family": "friendship"}, {"date_from": "2024/01/01"}, {"date_to": "hier"},
    {"min_sources": 0}, {"limit": 501}, {"type": ["LEADS"] * 19},
])
def test_entity_ties_rejects_bad_filters(client, params):
    r = client.get("/api/entity/per-martel/ties", params=params)
    assert r.status_code == 422
    assert r.json()["error"]["message"]


def test_ties_between_two_actors_with_highlighted_evidence(client):
    ties = client.get("/api/ties", params={"a": "org-orion", "b": "org-vertigo"}).json()
    assert [t["type"] for t in ties] == ["BIDS_FOR"]
    tie = ties[0]
    assert tie["status"] == "rejected" and tie["amounts"][0]["currency"] == "EUR"
    ev = tie["evidence"][0]
    assert ev["attribution"] == "selon Le Quotidien" and ev["flags"] == ["near_duplicate"]
    marked = {h["role"]: ev["sentence"][h["start"]:h["end"]] for h in ev["highlights"]}
    assert marked == {"subject": "Orion Capital", "object": "Vertigo"}


def test_path_between_two_actors(client):
    paths = client.get("/api/path", params={"from": "per-durand", "to": "org-vertigo"}).json()
    assert len(paths) == 1 and paths[0]["length"] == 2
    hops = paths[0]["hops"]
    assert [(h["from"], h["to"]) for h in hops] == [("per-durand", "per-martel"), ("per-martel", "org-vertigo")]
    assert all(h["evidence"] and h["fr"] for h in hops)


@pytest.mark.parametrize("params", [
    {"from": "per-durand"}, {"from": "per-durand", "to": "per-durand"},
    {"from": "per-durand", "to": "org-vertigo", "k": 6},
    {"from": "per-durand", "to": "org-vertigo", "max_depth": 7},
    {"from": "per-durand", "to": "org-vertigo", "family": "love"},
])
def test_path_inputs_are_bounded(client, params):
    r = client.get("/api/path", params=params)
    assert r.status_code == 422, r.text


def test_timeline_in_date_order(client):
    items = client.get("/api/timeline/per-martel").json()
    dates = [i["date"] for i in items]
    assert dates == sorted(dates) and len(dates) == 3
    assert items[0]["tie"]["type"] == "LEADS"


def test_neighbourhood(client):
    hood = client.get("/api/neighbourhood/per-martel").json()
    assert {n["id"] for n in hood["nodes"]} == {"per-martel", "org-orion", "org-vertigo", "per-durand"}
    assert len(hood["edges"]) == 3
    assert client.get("/api/neighbourhood/per-martel", params={"depth": 3}).status_code == 422
    assert client.get("/api/neighbourhood/per-martel", params={"limit": 301}).status_code == 422


def test_model_carries_the_family_colours(client):
    m = client.get("/api/model").json()
    model = load_model()
    assert len(m["relations"]) == 18
    assert {f: v["color"] for f, v in m["families"].items()} == {f: v["color"] for f, v in model.families.items()}


def test_openapi_documents_every_endpoint(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    for path in ["/api/search", "/api/entity/{entity_id}", "/api/entity/{entity_id}/ties", "/api/ties",
                 "/api/path", "/api/timeline/{entity_id}", "/api/neighbourhood/{entity_id}"]:
        assert "get" in paths[path], path
    assert {p["name"] for p in paths["/api/path"]["get"]["parameters"]} >= {"from", "to", "k", "max_depth"}


def test_stats(client):
    assert client.get("/api/stats").json()["entities"] == 5
