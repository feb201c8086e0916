"""cercle.query on a small hand-built map, and the CLI's --json giving the same results."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from cercle import query as Q
from cercle.cli import cli
from cercle.errors import NotFound
from cercle.store import Store
from cercle.store.build import document

DOCS = [
    ("Paul Arsène dirige Orbis. Orbis a déposé une offre de 3 milliards d'euros sur Talvane.",
     [("Paul Arsène", "PER", ["Arsène"]), ("Orbis", "ORG"), ("Talvane", "ORG")],
     [("LEADS", "Paul Arsène", "Orbis", {"confidence": 0.9}),
      ("BIDS_FOR", "Orbis", "Talvane", {"status": "proposed", "confidence": 0.6,
                                         "amount": {"text": "3 milliards d'euros", "value": 3e9, "currency": "EUR"}})],
     "2024-01-10", []),
    ("Le conseil de Talvane a rejeté l'offre d'Orbis. Nina Ferret siège au conseil de Talvane.",
     [("Talvane", "ORG"), ("Orbis", "ORG"), ("Nina Ferret", "PER")],
     [("BIDS_FOR", "Orbis", "Talvane", {"status": "rejected", "confidence": 0.6}),
      ("BOARD_MEMBER", "Nina Ferret", "Talvane")],
     "2024-02-01", ["ai_assistant_leftover"]),
    ("Nina Ferret siège au conseil de Brume Capital. Brume Capital détient 10 % de Talvane. "
     "Brume Capital détient aussi 5 % d'Orbis.",
     [("Nina Ferret", "PER"), ("Brume Capital", "ORG"), ("Talvane", "ORG"), ("Orbis", "ORG")],
     [("BOARD_MEMBER", "Nina Ferret", "Brume Capital"), ("OWNS", "Brume Capital", "Talvane", {"share": 10.0}),
      ("OWNS", "Brume Capital", "Orbis", {"share": 5.0, "evidence": "5 %"})],
     "2024-03-01", []),
    ("Zeta Conseil est partenaire de Brume Capital.", [("Zeta Conseil", "ORG"), ("Brume Capital", "ORG")],
     [("PARTNERS_WITH", "Zeta Conseil", "Brume Capital")], "2024-04-01", []),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("q") / "cercle.db"
    store = Store(path)
    for i, (text, ents, ties, date, flags) in enumerate(DOCS):
        store.add_document(document(text, ents, ties, id=f"q{i}", date=date, flags=flags, source=f"Journal {i}"))
    store.close()
    return str(path)


@pytest.fixture
def store(db):
    s = Store(db, create=False, readonly=True)
    yield s
    s.close()


def test_who_card(store):
    card = Q.who(store, "Arsène")
    assert card["name"] == "Paul Arsène" and card["type"] == "PER"
    item = card["ties"]["LEADS"]["items"][0]
    assert item["other"]["name"] == "Orbis" and item["direction"] == "out"
    assert item["evidence"][0]["sentence"] == "Paul Arsène dirige Orbis."
    orbis = Q.who(store, "orbis")
    assert orbis["ties"]["BIDS_FOR"]["count"] == 1 and orbis["ties"]["OWNS"]["items"][0]["direction"] == "in"


def test_ties_between_two_actors_with_history_and_flags(store):
    (tie,) = Q.ties(store, "Orbis", "Talvane")
    assert [s["status"] for s in tie["statuses"]] == ["proposed", "rejected"]
    assert tie["sources"] == 2
    flags = [ev["flags"] for ev in tie["evidence"]]
    assert flags == [[], ["ai_assistant_leftover"]]


def test_path_with_evidence_on_every_hop_and_filters(store):
    paths = Q.path(store, "Paul Arsène", "Zeta Conseil", k=3)
    assert paths[0]["length"] == 3
    assert [h["to_name"] for h in paths[0]["hops"]] == ["Orbis", "Brume Capital", "Zeta Conseil"]
    assert all(h["evidence"] for p in paths for h in p["hops"])
    assert len(paths) >= 2 and paths[1]["length"] >= 3
    only_control = Q.path(store, "Paul Arsène", "Zeta Conseil", families=["control"])
    assert only_control == []
    assert Q.path(store, "Paul Arsène", "Talvane", min_sources=2) == []      # LEADS has one source
    # confidence: LEADS 0.9, BIDS_FOR 0.6 (the DOCS' own values) — a cut at 0.8 takes the bid out of the chain
    assert Q.path(store, "Paul Arsène", "Talvane")[0]["length"] == 2
    assert Q.path(store, "Paul Arsène", "Talvane", min_confidence=0.8) == []
    assert Q.path(store, "Paul Arsène", "Orbis", min_confidence=0.8)[0]["length"] == 1
    assert Q.path(store, "Orbis", "Talvane", min_sources=2)[0]["length"] == 1


def test_timeline_in_date_order(store):
    entries = Q.timeline(store, "Talvane")
    dates = [e["date"] for e in entries]
    assert dates == sorted(dates)
    bids = [e["status"] for e in entries if e["tie"]["type"] == "BIDS_FOR"]
    assert bids == ["proposed", "rejected"]


def test_top_communities_interlocks_neighbourhood(store):
    top = Q.top(store, metric="degree", limit=2)
    assert top[0]["name"] == "Brume Capital" and top[0]["degree"] == 4
    groups = Q.communities(store)
    assert sum(g["size"] for g in groups) == 6
    locks = Q.interlocks(store, "Orbis", "Talvane")
    assert [o["name"] for o in locks["owners"]] == ["Brume Capital"]
    hood = Q.neighbourhood(store, Q.resolve_name(store, "Brume Capital"))
    assert len(hood["nodes"]) == 5 and len(hood["edges"]) == 4


def test_unknown_and_close_names(store):
    with pytest.raises(NotFound, match="Talvane"):
        Q.resolve_name(store, "Talvanne")
    assert Q.search(store, "brum")[0]["name"] == "Brume Capital"


@pytest.mark.parametrize("args,call", [
    (["who", "Orbis"], lambda s: Q.who(s, "Orbis")),
    (["ties", "Orbis", "Talvane"], lambda s: Q.ties(s, "Orbis", "Talvane")),
    (["path", "Paul Arsène", "Zeta Conseil", "-k", "2"], lambda s: Q.path(s, "Paul Arsène", "Zeta Conseil", k=2)),
    (["timeline", "Talvane"], lambda s: Q.timeline(s, "Talvane")),
    (["top", "--metric", "pagerank", "--limit", "3"], lambda s: Q.top(s, "pagerank", 3)),
    (["communities"], lambda s: Q.communities(s)),
    (["interlocks", "Orbis", "Talvane"], lambda s: Q.interlocks(s, "Orbis", "Talvane")),
])
def test_cli_json_equals_library(db, store, args, call):
    result = CliRunner().invoke(cli, [*args, "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == json.loads(json.dumps(call(store), default=str))


def test_cli_tables_show_evidence_and_flags(db):
    out = CliRunner().invoke(cli, ["ties", "Orbis", "Talvane", "--db", db]).output
    assert "rejeté l'offre" in out and "ai_assistant_leftover" in out


def test_cli_errors_and_check(db, tmp_path):
    r = CliRunner().invoke(cli, ["who", "Talvanne", "--db", db])
    assert r.exit_code == 1 and "did you mean" in r.output
    r = CliRunner().invoke(cli, ["who", "x", "--db", str(tmp_path / "none.db")])
    assert r.exit_code == 1 and "no store" in r.output
    assert CliRunner().invoke(cli, ["check", "--db", db]).exit_code == 0


def test_cli_check_fails_on_corruption(tmp_path):
    path = tmp_path / "bad.db"
    s = Store(path)
    text, ents, ties, date, flags = DOCS[0]
    s.add_document(document(text, ents, ties, id="b"))
    s.conn.execute("UPDATE evidence SET sentence = 'faux'")
    s.close()
    r = CliRunner().invoke(cli, ["check", "--db", str(path)])
    assert r.exit_code == 1 and "differs" in r.output


def test_cli_merge_and_split(tmp_path):
    path = str(tmp_path / "ms.db")
    s = Store(path)
    s.add_document(document("Orbis Fret recrute.", [("Orbis Fret", "ORG")], id="m1"))
    s.add_document(document("Fret Orbis licencie.", [("Fret Orbis", "ORG")], id="m2"))
    s.close()
    r = CliRunner().invoke(cli, ["merge", "Orbis Fret", "Fret Orbis", "--db", path, "--json"])
    assert r.exit_code == 0, r.output
    merged = json.loads(r.output)["entity"]
    assert sorted([merged["name"], *merged["aliases"]]) == ["Fret Orbis", "Orbis Fret"]
    r = CliRunner().invoke(cli, ["split", "Orbis Fret", "--db", path, "--json"])
    assert r.exit_code == 0 and len(json.loads(r.output)["into"]) == 2


def test_every_query_command_has_an_example():
    for name in ("who", "ties", "path", "timeline", "top", "communities", "interlocks", "search", "merge",
                 "split", "check"):
        out = CliRunner().invoke(cli, [name, "--help"]).output
        assert "Example:" in out, name


def test_confidence_filter_on_an_actors_ties_and_on_the_cli_path(store, db):
    orbis = Q.resolve_name(store, "Orbis")
    every = {t["type"] for t in Q.entity_ties(store, orbis)}
    assert every == {"LEADS", "BIDS_FOR", "OWNS"}
    assert [t["type"] for t in Q.entity_ties(store, orbis, min_confidence=0.8)] == ["LEADS"]
    out = CliRunner().invoke(cli, ["path", "Paul Arsène", "Talvane", "--db", db, "--json", "--min-confidence", "0.8"])
    assert out.exit_code == 0 and json.loads(out.output) == []
