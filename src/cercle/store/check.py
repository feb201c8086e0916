"""Integrity checks of a store: SQLite's own, then cercle's invariants."""
from __future__ import annotations

import sqlite3


def check(conn: sqlite3.Connection, limit: int = 20) -> list[str]:
    """Problems found (empty list = OK)."""
    problems = [f"integrity_check: {r[0]}" for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
    problems += [f"foreign key: {table} row {rowid} → {parent}"
                 for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check").fetchmany(limit)]
    queries = {
        "evidence without a tie": "SELECT e.id FROM evidence e LEFT JOIN ties t ON t.id = e.tie_id WHERE t.id IS NULL",
        "evidence without an article": "SELECT e.id FROM evidence e LEFT JOIN articles a ON a.id = e.article_id "
                                       "WHERE a.id IS NULL",
        "evidence offsets outside the article text": 'SELECT e.id FROM evidence e JOIN articles a ON a.id = e.article_id '
                                                     'WHERE e.start < 0 OR e."end" > length(a.text) OR e.start >= e."end"',
        "evidence sentence differs from the article text at its offsets":
            'SELECT e.id FROM evidence e JOIN articles a ON a.id = e.article_id '
            'WHERE substr(a.text, e.start + 1, e."end" - e.start) != e.sentence',
        "tie without evidence": "SELECT t.id FROM ties t WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.tie_id = t.id)",
        "tie whose ends disagree with its evidence":
            "SELECT e.id FROM evidence e JOIN ties t ON t.id = e.tie_id "
            "JOIN doc_entities s ON s.id = e.subject_doc_entity_id JOIN doc_entities o ON o.id = e.object_doc_entity_id "
            "WHERE NOT ((t.subject_id = s.entity_id AND t.object_id = o.entity_id) OR "
            "(t.symmetric AND t.subject_id = o.entity_id AND t.object_id = s.entity_id))",
        "entity without any name from an article":
            "SELECT e.id FROM entities e WHERE NOT EXISTS (SELECT 1 FROM doc_entities d WHERE d.entity_id = e.id)",
        "sentence differs from the article text at its offsets":
            "SELECT s.article_id || '#' || s.idx FROM sentences s JOIN articles a ON a.id = s.article_id "
            'WHERE substr(a.text, s.start + 1, s."end" - s.start) != s.text',
    }
    for what, sql in queries.items():
        rows = conn.execute(sql + f" LIMIT {limit}").fetchall()
        problems += [f"{what}: {r[0]}" for r in rows]
    return problems
