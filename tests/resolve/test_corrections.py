"""User corrections: merge and split, logged in the store and respected by later ingests."""
from __future__ import annotations

from cercle.store import Store
from cercle.store.build import document


def doc(text, ents, ties=(), i=0):
    return document(text, ents, list(ties), id=f"c{i}", date=f"2024-02-{i + 1:02d}")


def test_merge_then_split_restore_ties_and_split_is_replayed(tmp_path):
    s = Store(tmp_path / "c.db")
    s.add_document(doc("Xavier Morvan dirige Vantelis.", [("Xavier Morvan", "PER"), ("Vantelis", "ORG")],
                       [("LEADS", "Xavier Morvan", "Vantelis")], 0))
    s.add_document(doc("Xav Morvan possède Orbis.", [("Xav Morvan", "PER"), ("Orbis", "ORG")],
                       [("OWNS", "Xav Morvan", "Orbis")], 1))
    ids = dict(s.conn.execute("SELECT name, id FROM entities"))
    assert len(ids) == 4                                   # "Xav" is not an initial: not merged
    s.merge(ids["Xavier Morvan"], ids["Xav Morvan"])
    ties = {t["type"]: t for t in s.iter_ties()}
    assert ties["OWNS"]["subject_id"] == ties["LEADS"]["subject_id"] == ids["Xavier Morvan"]
    assert s.conn.execute("SELECT actor, rule FROM merges").fetchall() == [("user", "user")]
    assert s.check() == []

    parts = s.split(ids["Xavier Morvan"])
    assert len(parts) == 2 and ids["Xavier Morvan"] in parts
    ties = {t["type"]: t for t in s.iter_ties()}
    assert ties["OWNS"]["subject"] == "Xav Morvan" and ties["LEADS"]["subject"] == "Xavier Morvan"
    assert s.check() == []

    # a later article that names both ways does not undo the user's split
    s.add_document(doc("Xavier Morvan, dit Xav Morvan, parle.", [("Xavier Morvan", "PER", ["Xav Morvan"])], [], 2))
    assert s.conn.execute("SELECT count(*) FROM entities WHERE type = 'PER'").fetchone()[0] == 2
    s.close()


def test_user_merge_is_kept_for_later_articles(tmp_path):
    s = Store(tmp_path / "m.db")
    s.add_document(doc("Orbis Fret grandit.", [("Orbis Fret", "ORG")], [], 0))
    s.add_document(doc("Fret Orbis recrute.", [("Fret Orbis", "ORG")], [], 1))
    ids = dict(s.conn.execute("SELECT name, id FROM entities"))
    s.merge(ids["Orbis Fret"], ids["Fret Orbis"])
    s.add_document(doc("Fret Orbis investit.", [("Fret Orbis", "ORG")], [], 2))
    assert s.conn.execute("SELECT count(*) FROM entities").fetchone()[0] == 1
    s.close()


def test_corrections_are_replayed_when_the_store_is_rebuilt(tmp_path):
    docs = [doc("Orbis Fret grandit.", [("Orbis Fret", "ORG")], [], 0),
            doc("Fret Orbis recrute.", [("Fret Orbis", "ORG")], [], 1),
            doc("Arnaud Kervella et Kervella parlent.", [("Arnaud Kervella", "PER", ["Kervella"])], [], 2),
            doc("Kervella répond.", [("Kervella", "PER")], [], 3)]
    old = Store(tmp_path / "old.db")
    for d in docs:
        old.add_document(d)
    ids = dict(old.conn.execute("SELECT name, id FROM entities"))
    old.merge(ids["Orbis Fret"], ids["Fret Orbis"])
    old.split(ids["Arnaud Kervella"])
    log = old.corrections()
    assert [c["action"] for c in log] == ["merge", "split"]

    new = Store(tmp_path / "new.db")
    new.import_corrections(log)
    for d in reversed(docs):
        new.add_document(d)
    names = sorted(r[0] for r in new.conn.execute("SELECT name FROM entities"))
    assert names == sorted(r[0] for r in old.conn.execute("SELECT name FROM entities"))
    assert len(names) == 3 and new.check() == []
