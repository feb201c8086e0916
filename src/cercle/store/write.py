"""Writing what one article yields: its actors (resolved), mentions, ties and evidence."""
from __future__ import annotations

import sqlite3

from ..model import load_model
from ..records import DocEntity, DocumentResult
from ..resolve.keys import is_lone_surname, name_key, surname
from .entities import add_article_to_entities, resolve
from .replay import forbidden_pairs, reconsider, replay_user_merges
from .ties import add_article_to_ties, ensure_tie


def _short_keys(entities) -> set[str]:
    """Keys of this article that may now be ambiguous: surnames of its people, its names and aliases."""
    keys = set()
    for de in entities:
        for form in [de.name, *de.aliases]:
            k = name_key(form, de.type)
            keys.add(k)
            if de.type == "PER" and not is_lone_surname(k):
                keys.add(surname(k))
    keys.discard("")
    return keys


# Entities whose names move during an article (a merge, a split, a short name sent back) or that
# it creates: their aggregates are recomputed in full; the others only get the article's names
# added (``add_article_to_entities``). TEMP objects: per connection, not part of the store.
_TRACK_MOVES = (
    "CREATE TEMP TABLE IF NOT EXISTS moved_entities (id TEXT PRIMARY KEY)",
    "CREATE TEMP TRIGGER IF NOT EXISTS moved_entities_new AFTER INSERT ON entities "
    "BEGIN INSERT OR IGNORE INTO moved_entities VALUES (new.id); END",
    "CREATE TEMP TRIGGER IF NOT EXISTS moved_entities_move AFTER UPDATE OF entity_id ON doc_entities "
    "WHEN old.entity_id IS NOT new.entity_id "
    "BEGIN INSERT OR IGNORE INTO moved_entities VALUES (old.entity_id), (new.entity_id); END",
)


def _track_moves(conn: sqlite3.Connection) -> None:
    """Empty ``moved_entities``, creating the TEMP objects on a connection's first article. Not a
    flag kept in Python: if that article rolls back, so does the creation, and the next one redoes it."""
    try:
        conn.execute("DELETE FROM moved_entities")
    except sqlite3.OperationalError:  # no such table (yet) on this connection
        for sql in _TRACK_MOVES:
            conn.execute(sql)


def write_yield(conn: sqlite3.Connection, article_id: str, result: DocumentResult) -> None:
    """Names, mentions, ties and evidence of one article (inside its transaction)."""
    model = load_model()
    _track_moves(conn)
    forbidden = forbidden_pairs(conn)
    entities = {e.name: e for e in result.entities}
    for rel in result.relations:  # an end the extractor did not list still gets a name
        for name in (rel.subject, rel.object):
            entities.setdefault(name, DocEntity(name, "OTHER"))
    doc_ids: dict[str, int] = {}
    for de in entities.values():
        doc_ids[de.name] = resolve(conn, article_id, de, forbidden)[0]
    keys = _short_keys(entities.values())
    reconsider(conn, keys)
    replay_user_merges(conn, keys)
    conn.executemany(
        'INSERT INTO mentions (article_id, doc_entity_id, start, "end", text, kind) VALUES (?,?,?,?,?,?)',
        [(article_id, doc_ids[m.entity], m.start, m.end, m.text, m.kind)
         for m in result.mentions if m.entity in doc_ids])
    text = result.article.text
    # where each of the article's names resolved to, once the merges and splits above are done
    # (nothing below moves a name)
    entity_of = dict(conn.execute("SELECT id, entity_id FROM doc_entities WHERE article_id = ?", (article_id,)))
    touched: set[str] = set()
    for rel in result.relations:
        if rel.type not in model.relations or rel.subject == rel.object:
            continue
        start, end = rel.start, rel.end
        if text[start:end] != rel.evidence:  # trust the sentence over its offsets
            start = text.find(rel.evidence)
            if start < 0 or not rel.evidence:
                continue
            end = start + len(rel.evidence)
        s_de, o_de = doc_ids[rel.subject], doc_ids[rel.object]
        s, o = entity_of[s_de], entity_of[o_de]
        if s == o:  # two names of the article resolved to one actor: not a tie
            continue
        tie_id = ensure_tie(conn, rel.type, s, o)
        touched.add(tie_id)
        a = rel.amount
        conn.execute(
            'INSERT INTO evidence (tie_id, article_id, subject_doc_entity_id, object_doc_entity_id, start, "end", '
            "sentence, rule, confidence, role, amount_text, amount_value, amount_currency, share, date, status, "
            "attribution, negated) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (tie_id, article_id, s_de, o_de, start, end, text[start:end], rel.rule, rel.confidence, rel.role,
             a.text if a else None, a.value if a else None, a.currency if a else None, rel.share, rel.date,
             rel.status, rel.attribution, int(bool(rel.negated))))
    add_article_to_ties(conn, article_id, touched)
    add_article_to_entities(conn, article_id, {r[0] for r in conn.execute("SELECT id FROM moved_entities")})
