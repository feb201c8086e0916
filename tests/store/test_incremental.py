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
    return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in ("entities", "ties")}


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
        assert len(written["entities"]) >= 4 and len(written["ties"]) >= 4
        store.conn.execute("BEGIN")
        refresh_entities(store.conn, [r[0] for r in store.conn.execute("SELECT id FROM entities")])
        refresh_ties(store.conn, [r[0] for r in store.conn.execute("SELECT id FROM ties")])
        recomputed = canon(store.conn)
        store.conn.execute("ROLLBACK")
    assert written == recomputed
    ent = {r[1]: r for r in written["entities"]}
    assert ent["Orbis"][3] == "orbis" and '"GOV"' in ent["Orbis"][5]   # type votes from every article
