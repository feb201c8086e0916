"""The writer updates only what an article touches; the result must equal a full recomputation."""
from __future__ import annotations

import random

from cercle.store import Store
from cercle.store.build import document
from cercle.store.entities import refresh_entities
from cercle.store.ties import refresh_ties

# (text, entities, ties, date): names whose type flips between articles, short names, denials,
# copies of one article (one family), ties with and without dates, statuses and shares.
TEXTS = [
    ("Le groupe Orbis a déposé une offre sur Talvane. Paul Arsène dirige Orbis.",
     [("Orbis", "ORG", ["le groupe Orbis"]), ("Talvane", "ORG"), ("Paul Arsène", "PER")],
     [("BIDS_FOR", "Orbis", "Talvane", {"status": "proposed"}), ("LEADS", "Paul Arsène", "Orbis")]),
    ("Orbis dément toute offre sur Talvane. Arsène reste discret.",
     [("Orbis", "GOV"), ("Talvane", "ORG"), ("Arsène", "PER")],
     [("BIDS_FOR", "Orbis", "Talvane", {"negated": True, "status": "rejected", "confidence": 0.4})]),
    ("Le conseil de Talvane a rejeté l'offre d'Orbis en 2023.",
     [("Talvane", "GOV"), ("Orbis", "GOV")],
     [("BIDS_FOR", "Orbis", "Talvane", {"status": "rejected", "date": "2023", "confidence": 0.9})]),
    ("Le fonds Vireo détient 12 % de Talvane. Paul Arsène siège chez Vireo.",
     [("Vireo", "ORG", ["le fonds Vireo"]), ("Talvane", "ORG"), ("Paul Arsène", "PER")],
     [("OWNS", "Vireo", "Talvane", {"share": 12.0}), ("BOARD_MEMBER", "Paul Arsène", "Vireo")]),
    ("Vireo aurait cédé 3 % de Talvane selon la presse.",
     [("Vireo", "GOV"), ("Talvane", "ORG")],
     [("OWNS", "Vireo", "Talvane", {"share": 9.0, "date": "2025-02"})]),
]


def canon(conn):
    return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in ("entities", "ties", "tie_latest")}


def test_incremental_aggregates_equal_a_full_recomputation(tmp_path):
    rng = random.Random(7)
    with Store(tmp_path / "s.db") as store:
        for i in range(40):
            text, ents, ties = rng.choice(TEXTS)
            # small edits make new articles; some are exact copies of an earlier one's text
            suffix = "" if i % 7 == 3 else f" Note {i}."
            date = None if i % 5 == 0 else f"20{rng.randint(18, 25)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
            store.add_document(document(text + suffix, ents, ties, id=f"a{i}", date=date))
        written = canon(store.conn)
        assert _names_counted(store.conn) == _names_recounted(store.conn)
        assert len(written["entities"]) >= 4 and len(written["ties"]) >= 4
        store.conn.execute("BEGIN")
        refresh_entities(store.conn, [r[0] for r in store.conn.execute("SELECT id FROM entities")])
        refresh_ties(store.conn, [r[0] for r in store.conn.execute("SELECT id FROM ties")])
        recomputed = canon(store.conn)
        store.conn.execute("ROLLBACK")
    assert written == recomputed
    ent = {r[1]: r for r in written["entities"]}
    assert ent["Orbis"][3] == "orbis" and '"GOV"' in ent["Orbis"][5]   # type votes from every article


def test_ties_of_a_store_written_before_tie_latest_are_recomputed_when_touched(tmp_path):
    with Store(tmp_path / "s.db") as store:
        for i in range(10):
            text, ents, ties = TEXTS[i % len(TEXTS)]
            store.add_document(document(f"{text} Note {i}.", ents, ties, id=f"a{i}", date=f"2024-0{i % 9 + 1}-01"))
        store.conn.execute("DELETE FROM tie_latest")   # what a store of the previous schema holds
        for i in range(10, 20):
            text, ents, ties = TEXTS[i % len(TEXTS)]
            store.add_document(document(f"{text} Note {i}.", ents, ties, id=f"a{i}", date=f"2023-0{i % 9 + 1}-01"))
        written = canon(store.conn)
        assert {r[0] for r in written["tie_latest"]} == {r[0] for r in written["ties"]}
        store.conn.execute("BEGIN")
        refresh_ties(store.conn, [r[0] for r in store.conn.execute("SELECT id FROM ties")])
        assert canon(store.conn) == written
        store.conn.execute("ROLLBACK")


def _names_counted(conn):
    return sorted(conn.execute("SELECT entity_id, name, n, type, last_id FROM entity_names").fetchall())


def _names_recounted(conn):
    return sorted(conn.execute("SELECT entity_id, name, count(*), type, max(id) FROM doc_entities "
                               "GROUP BY entity_id, name").fetchall())


def test_entity_name_counts_follow_merges_and_splits(tmp_path):
    with Store(tmp_path / "s.db") as store:
        for i in range(15):
            text, ents, ties = TEXTS[i % len(TEXTS)]
            store.add_document(document(f"{text} Note {i}.", ents, ties, id=f"a{i}"))
        assert _names_counted(store.conn) == _names_recounted(store.conn)
        ids = {r[1]: r[0] for r in store.conn.execute("SELECT id, name FROM entities")}
        store.merge(ids["Orbis"], ids["Talvane"])
        assert _names_counted(store.conn) == _names_recounted(store.conn)
        assert len(store.split(ids["Orbis"])) == 2
        assert _names_counted(store.conn) == _names_recounted(store.conn)
        text, ents, ties = TEXTS[0]
        store.add_document(document(text + " Encore.", ents, ties, id="b"))
        assert _names_counted(store.conn) == _names_recounted(store.conn)


def test_type_vote_over_counts_equals_the_vote_over_every_article():
    from cercle.resolve.merge import vote_type
    from cercle.store.entities import _vote

    rng = random.Random(3)
    for _ in range(300):
        votes = {t: rng.randint(0, 4) for t in rng.sample(["PER", "ORG", "GOV", "OTHER", "MISC"], rng.randint(1, 5))}
        if not any(votes.values()):
            continue
        assert _vote(votes) == vote_type([t for t, n in sorted(votes.items()) for _ in range(n)])
