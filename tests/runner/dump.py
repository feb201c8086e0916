"""A canonical dump of a store, to compare two stores built from the same inputs.

Every table, rows sorted, without what depends on the clock or the run (timestamps,
run ids); the ``skipped`` log as a set, since a resumed run logs an input again.
"""
from __future__ import annotations

import sqlite3

RUN_COLUMNS = {"ingested_at", "at", "applied_at", "run_id"}


def dump(db) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%fts%' AND name != 'migrations' ORDER BY name")]
        out = {}
        for t in tables:
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({t})")
                    if r[1] not in RUN_COLUMNS and not (t == "skipped" and r[1] == "id")]
            rows = conn.execute(f"SELECT {', '.join(map(_q, cols))} FROM {t}").fetchall()
            out[t] = sorted(set(rows) if t == "skipped" else rows, key=repr)
        return out
    finally:
        conn.close()


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def diff(a: dict, b: dict) -> list[str]:
    """Human-readable differences (empty when equal)."""
    problems = []
    for t in sorted(set(a) | set(b)):
        ra, rb = a.get(t, []), b.get(t, [])
        if ra != rb:
            only_a = [r for r in ra if r not in rb][:3]
            only_b = [r for r in rb if r not in ra][:3]
            problems.append(f"{t}: {len(ra)} vs {len(rb)} rows; only in first {only_a}; "
                            f"only in second {only_b}")
    return problems
