"""The store: one transaction per article, idempotent ingest, ties across articles, integrity checks."""
from __future__ import annotations

import json
import sqlite3

import pytest

from cercle.errors import NotFound, StoreError
from cercle.records import Relation, Skipped
from cercle.store import Store
from cercle.store.build import document

BID = "Le groupe Orbis a déposé une offre de 3 milliards d'euros sur Talvane. Paul Arsène dirige Orbis."
REJECT = "Le conseil de Talvane a rejeté l'offre d'Orbis. Talvane reste indépendant."
RAISE = "Orbis relève son offre sur Talvane à 3,4 milliards d'euros."


def bid(text=BID, id="a1", date="2024-01-10", status="proposed", amount=("3 milliards d'euros", 3e9), **kw):
    ents = [("Orbis", "ORG", ["le groupe Orbis"]), ("Talvane", "ORG"), ("Paul Arsène", "PER")]
    ents = [e for e in ents if e[0] in text or e[0] == "Orbis"]
    attrs = {"status": status}
    if amount:
        attrs["amount"] = {"text": amount[0], "value": amount[1], "currency": "EUR"}
    ties = [("BIDS_FOR", "Orbis", "Talvane", attrs)]
    if "Paul Arsène" in text:
        ties.append(("LEADS", "Paul Arsène", "Orbis"))
    return document(text, ents, ties, id=id, date=date, **kw)


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "cercle.db")
    yield s
    s.close()


def test_schema_tables_views_and_wal(store, tmp_path):
    names = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master")}
    for table in ("articles", "sentences", "entities", "aliases", "mentions", "ties", "evidence", "skipped",
                  "merges", "migrations", "doc_entities", "tie_view", "evidence_view", "evidence_fts"):
        assert table in names
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert [r[0] for r in store.conn.execute("SELECT name FROM migrations")] == ["0001_initial", "0002_covering_tie_indexes",
                                                                                   "0003_writer_indexes", "0004_tie_latest", "0005_entity_names"]
    Store(tmp_path / "cercle.db").close()  # reopening applies nothing twice


def test_same_content_twice_changes_nothing(store):
    assert store.add_document(bid()) is True
    before = store.stats()
    assert store.add_document(bid(id="renamed-copy")) is False
    assert store.stats() == before
    assert store.has_article(bid().article.content_hash)


def test_one_tie_per_pair_and_type_with_history_and_conflicting_amounts(store):
    store.add_document(bid())
    store.add_document(bid(REJECT, id="a2", date="2024-02-01", status="rejected", amount=None))
    store.add_document(bid(RAISE, id="a3", date="2024-01-20", amount=("3,4 milliards d'euros", 3.4e9)))
    ties = [t for t in store.iter_ties() if t["type"] == "BIDS_FOR"]
    assert len(ties) == 1
    tie = ties[0]
    assert (tie["subject"], tie["object"]) == ("Orbis", "Talvane")
    assert len(tie["evidence"]) == 3 and tie["sources"] == 3
    assert [s["status"] for s in tie["statuses"]] == ["proposed", "proposed", "rejected"]
    assert [s["date"] for s in tie["statuses"]] == ["2024-01-10", "2024-01-20", "2024-02-01"]
    assert tie["status"] == "rejected"
    assert [a["value"] for a in tie["amounts"]] == [3e9, 3.4e9]
    assert (tie["first_seen"], tie["last_seen"]) == ("2024-01-10", "2024-02-01")
    for ev in tie["evidence"]:
        assert ev["sentence"] in (BID + REJECT + RAISE)
    assert store.check() == []


def test_symmetric_ties_are_stored_once_in_canonical_order(store):
    a = document("Orbis et Talvane sont partenaires.", [("Orbis", "ORG"), ("Talvane", "ORG")],
                 [("PARTNERS_WITH", "Orbis", "Talvane")], id="s1")
    b = document("Talvane s'allie avec Orbis dans le fret.", [("Orbis", "ORG"), ("Talvane", "ORG")],
                 [("PARTNERS_WITH", "Talvane", "Orbis")], id="s2")
    store.add_document(a)
    store.add_document(b)
    ties = list(store.iter_ties())
    assert len(ties) == 1 and ties[0]["symmetric"] and len(ties[0]["evidence"]) == 2


def test_negated_evidence_is_kept_but_not_counted_as_positive(store):
    r = document("Orbis dément détenir des parts de Talvane.", [("Orbis", "ORG"), ("Talvane", "ORG")],
                 [("OWNS", "Orbis", "Talvane", {"negated": True, "status": "denied"})], id="n1")
    store.add_document(r)
    (tie,) = store.iter_ties()
    assert tie["negated"] is True and tie["evidence"][0]["negated"] is True


def test_near_duplicate_copies_form_one_family_and_count_once(store):
    base = ("Le groupe Orbis a déposé une offre de 3 milliards d'euros sur Talvane, le spécialiste du fret "
            "ferroviaire, selon plusieurs sources proches du dossier. Paul Arsène dirige Orbis depuis 2019 "
            "et veut doubler la taille du groupe avant la fin de la décennie, a-t-il expliqué lundi.")
    copy = base.replace("lundi", "mardi matin") + " Lire aussi notre dossier."
    other = ("Talvane a annoncé un plan social touchant quatre cents salariés dans ses ateliers du Nord, "
             "une décision que les syndicats contestent vivement devant le tribunal. Orbis a déposé une "
             "offre sur Talvane.")
    store.add_document(bid(base, id="orig", source="Agence"))
    store.add_document(bid(copy, id="copy", source="Journal repris"))
    store.add_document(bid(other, id="other", date="2024-03-01"))
    fams = dict(store.conn.execute("SELECT doc_id, family_id FROM articles").fetchall())
    assert fams["orig"] == fams["copy"] != fams["other"]
    tie = next(t for t in store.iter_ties() if t["type"] == "BIDS_FOR")
    assert len(tie["evidence"]) == 3 and tie["sources"] == 2
    flags = {ev["source"]: ev["flags"] for ev in tie["evidence"]}
    assert "near_duplicate" in flags["Journal repris"] and "near_duplicate" not in flags["Agence"]


def test_article_flags_travel_with_every_evidence_row(store):
    store.add_document(bid(flags=["ai_assistant_leftover"]))
    for tie in store.iter_ties():
        assert all("ai_assistant_leftover" in ev["flags"] for ev in tie["evidence"])


def test_a_failing_article_leaves_nothing_half_written(store, monkeypatch):
    store.add_document(bid())
    before = store.stats()
    import cercle.store.write as write
    monkeypatch.setattr(write, "add_article_to_ties", lambda *a: (_ for _ in ()).throw(sqlite3.OperationalError("disk I/O")))
    with pytest.raises(StoreError):
        store.add_document(bid(REJECT, id="a2", status="rejected", amount=None))
    assert store.stats() == before
    assert store.check() == []


def test_in_a_batch_a_failing_article_is_undone_alone_and_others_commit_together(store, tmp_path, monkeypatch):
    import cercle.store.write as write
    real = write.add_article_to_ties
    reader = sqlite3.connect(tmp_path / "cercle.db")
    with store.batched(size=100, seconds=3600):
        store.add_document(bid())
        monkeypatch.setattr(write, "add_article_to_ties",
                            lambda *a: (_ for _ in ()).throw(sqlite3.OperationalError("disk I/O")))
        with pytest.raises(StoreError):
            store.add_document(bid(REJECT, id="a2", status="rejected", amount=None))
        monkeypatch.setattr(write, "add_article_to_ties", real)
        store.add_document(bid(RAISE, id="a3", date="2024-02-01"))
        assert store.stats()["articles"] == 2
        # not committed yet: another connection (a reader, or the store after a kill -9) sees nothing
        assert reader.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
    assert reader.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    assert store.check() == []
    with store.batched(size=2, seconds=3600):   # commits every 2 articles
        store.add_document(bid(BID + " Suite.", id="a4"))
        store.add_document(bid(REJECT, id="a5", status="rejected", amount=None))
        assert reader.execute("SELECT count(*) FROM articles").fetchone()[0] == 4
    reader.close()


def test_bad_evidence_offsets_are_repaired_from_the_sentence(store):
    r = bid()
    r.relations[0] = Relation(**{**r.relations[0].__dict__, "start": 3, "end": 9})
    store.add_document(r)
    assert store.check() == []


def test_check_finds_corruption(store):
    store.add_document(bid())
    store.conn.execute("UPDATE evidence SET sentence = 'autre chose' WHERE id = 1")
    store.conn.execute('UPDATE evidence SET "end" = 100000 WHERE id = 2')
    problems = store.check()
    assert any("differs" in p for p in problems) and any("outside" in p for p in problems)


def test_skips_stats_and_fts(store):
    store.add_document(bid())
    store.record_skip(Skipped("x.bin", "binary", "not text"), run_id="r1")
    stats = store.stats()
    assert stats["articles"] == 1 and stats["skipped"] == 1 and stats["ties"] == 2 and stats["evidence"] == 2
    hits = store.conn.execute("SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH 'offre'").fetchall()
    assert len(hits) == 1
    view = store.conn.execute("SELECT type, subject, object FROM tie_view ORDER BY type").fetchall()
    assert view == [("BIDS_FOR", "Orbis", "Talvane"), ("LEADS", "Paul Arsène", "Orbis")]


def test_iter_entities_contract(store):
    store.add_document(bid())
    ents = {e["name"]: e for e in store.iter_entities()}
    assert set(ents) == {"Orbis", "Talvane", "Paul Arsène"}
    orbis = ents["Orbis"]
    assert orbis["type"] == "ORG" and "le groupe Orbis" in orbis["aliases"] and orbis["sources"] == 1
    assert set(orbis) >= {"id", "name", "type", "aliases", "sources", "first_seen", "last_seen", "flags"}


def test_missing_store_and_unknown_entity(tmp_path):
    with pytest.raises(StoreError, match="no store"):
        Store(tmp_path / "nope.db", create=False)
    s = Store(tmp_path / "x.db")
    with pytest.raises(NotFound):
        s.merge("a", "b")
    s.close()


def test_ids_are_deterministic(tmp_path):
    a, b = Store(tmp_path / "a.db"), Store(tmp_path / "b.db")
    for s in (a, b):
        s.add_document(bid())
    dump = lambda s: sorted(json.dumps(t, sort_keys=True) for t in s.iter_ties())  # noqa: E731
    strip = lambda rows: [r for r in rows]  # noqa: E731
    assert [t["id"] for t in a.iter_ties()] == [t["id"] for t in b.iter_ties()]
    assert len(strip(dump(a))) == len(dump(b))
