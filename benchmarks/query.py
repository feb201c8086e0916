"""Query latency on a synthetic store of 100,000 entities and 1,000,000 ties.

    python benchmarks/query.py [--db /tmp/cercle-bench.db] [--entities 100000] [--ties 1000000]
                               [--queries 100] [--reuse]

Builds the store with bulk inserts (every tie has one evidence row pointing at a
sentence of a synthetic article, so `cercle check` holds), then measures the median
latency of `who`, `ties` and `path` over random actors (targets: 50 ms, 50 ms, 500 ms).
Degrees are skewed (a few hubs with thousands of ties) like a real press map.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

from cercle import query as Q
from cercle.model import load_model
from cercle.resolve.keys import make_id, name_key
from cercle.store import Store

FIRST = ["Anne", "Paul", "Marc", "Léa", "Hugo", "Inès", "Yves", "Nina", "Jules", "Rose", "Omar", "Lina"]
LAST = ["Arsène", "Brun", "Caron", "Dufour", "Étienne", "Faure", "Garnier", "Hervé", "Jacob", "Lemaire"]
ORG = ["Orbis", "Talvane", "Brume", "Zeta", "Nordal", "Quartz", "Solen", "Vireo", "Ambre", "Kairo"]
KIND = ["Capital", "Médias", "Énergie", "Fret", "Conseil", "Industries", "Banque", "Santé"]
PER_ARTICLE = 20


def build(path: str, n_entities: int, n_ties: int, seed: int = 0) -> float:
    t0 = time.perf_counter()
    rng = random.Random(seed)
    model = load_model()
    types = list(model.relations)
    Path(path).unlink(missing_ok=True)
    store = Store(path)
    conn = store.conn
    # Bulk load: no journal, no foreign-key checks (`check` verifies afterwards), secondary
    # indexes and the FTS trigger dropped and rebuilt once at the end (sorted builds are faster).
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA cache_size = -1000000")
    conn.execute("PRAGMA temp_store = MEMORY")
    indexes = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                           "AND tbl_name IN ('entities', 'aliases', 'ties', 'evidence', 'doc_entities')").fetchall()
    for name, _sql in indexes:
        conn.execute(f"DROP INDEX {name}")
    conn.execute("DROP TRIGGER evidence_ai")
    conn.execute("BEGIN")
    ents = []
    for i in range(n_entities):
        if i % 3 == 0:
            name, typ = f"{rng.choice(FIRST)} {rng.choice(LAST)}-{i}", "PER"
        else:
            name, typ = f"{rng.choice(ORG)} {rng.choice(KIND)} {i}", rng.choice(["ORG", "ORG", "GOV"])
        key = name_key(name, typ)
        ents.append((make_id("entity", "PER" if typ == "PER" else "ORG", key), name, typ, key))
    conn.executemany("INSERT INTO entities (id, name, type, key, surname, type_votes, sources, mentions, "
                     "first_seen, last_seen) VALUES (?, ?, ?, ?, NULL, '{}', 1, 1, '2024-01-01', '2024-12-31')", ents)
    conn.executemany("INSERT INTO aliases (entity_id, alias, key, kind) VALUES (?, ?, ?, 'name')",
                     [(e[0], e[1], e[3]) for e in ents])
    seen, ties = set(), []
    while len(ties) < n_ties:                          # skewed ends: a few hubs, a long tail
        s = int(n_entities * rng.random() ** 2)
        o = int(n_entities * rng.random() ** 2)
        t = rng.choice(types)
        if s == o:
            continue
        if model.is_symmetric(t) and o < s:
            s, o = o, s
        if (t, s, o) in seen:
            continue
        seen.add((t, s, o))
        ties.append((t, s, o))
    doc_rows, art_rows, ev_rows, tie_rows = [], [], [], []
    de_id = 0
    for a in range(0, len(ties), PER_ARTICLE):
        chunk = ties[a:a + PER_ARTICLE]
        aid = f"{a // PER_ARTICLE:016x}"
        text, local = "", {}
        for t, s, o in chunk:
            for x in (s, o):
                if x not in local:
                    de_id += 1
                    local[x] = de_id
                    doc_rows.append((de_id, aid, ents[x][1], ents[x][2], ents[x][3], ents[x][0]))
            sentence = f"{ents[s][1]} {model.relations[t].fr} {ents[o][1]}."
            start = len(text) + (1 if text else 0)
            text = f"{text} {sentence}" if text else sentence
            tie_id = make_id("tie", t, ents[s][0], ents[o][0])
            sources = 1 + int(rng.random() ** 3 * 4)
            tie_rows.append((tie_id, t, model.family(t), int(model.is_symmetric(t)), ents[s][0], ents[o][0],
                             sources, "2024-01-01", "2024-06-30"))
            ev_rows.append((tie_id, aid, local[s], local[o], start, start + len(sentence), sentence))
        date = f"2024-{1 + (a // PER_ARTICLE) % 12:02d}-01"
        art_rows.append((aid, a // PER_ARTICLE + 1, aid * 4, f"bench-{aid}", date, aid, "2024-01-01T00:00:00", text))
    print(f"generated in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    named = {row[5] for row in doc_rows}
    for e in ents:  # actors without a tie are still named by some article
        if e[0] not in named:
            de_id += 1
            doc_rows.append((de_id, art_rows[0][0], e[1], e[2], e[3], e[0]))
    conn.executemany("INSERT INTO articles (id, seq, content_hash, doc_id, date, family_id, ingested_at, text) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", art_rows)
    conn.executemany("INSERT INTO doc_entities (id, article_id, name, type, aliases, key, entity_id, rule, score) "
                     "VALUES (?, ?, ?, ?, '[]', ?, ?, 'new', 1)", doc_rows)
    conn.executemany("INSERT INTO ties (id, type, family, symmetric, subject_id, object_id, sources, confidence, "
                     "evidence_count, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, 0.7, 1, ?, ?)", tie_rows)
    conn.executemany('INSERT INTO evidence (tie_id, article_id, subject_doc_entity_id, object_doc_entity_id, start, '
                     '"end", sentence, rule, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, \'bench\', 0.7)', ev_rows)
    print(f"rows inserted at {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    for _name, sql in indexes:
        conn.execute(sql)
    print(f"indexes at {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    conn.execute("INSERT INTO evidence_fts(evidence_fts) VALUES ('rebuild')")
    conn.execute("CREATE TRIGGER evidence_ai AFTER INSERT ON evidence BEGIN "
                 "INSERT INTO evidence_fts(rowid, sentence) VALUES (new.id, new.sentence); END")
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.execute("PRAGMA journal_mode = WAL")
    store.close()
    return time.perf_counter() - t0


def timed(fn, *args, **kw) -> float:
    t = time.perf_counter()
    fn(*args, **kw)
    return (time.perf_counter() - t) * 1000


def measure(path: str, n: int, seed: int = 1) -> dict:
    rng = random.Random(seed)
    store = Store(path, create=False, readonly=True)
    conn = store.conn
    total = conn.execute("SELECT max(rowid) FROM entities").fetchone()[0]
    names = [conn.execute("SELECT name FROM entities WHERE rowid = ?", (rng.randint(1, total),)).fetchone()[0]
             for _ in range(n)]
    tie_total = conn.execute("SELECT max(rowid) FROM ties").fetchone()[0]
    pairs = []
    for _ in range(n):
        s, o = conn.execute("SELECT s.name, o.name FROM ties t JOIN entities s ON s.id = t.subject_id "
                            "JOIN entities o ON o.id = t.object_id WHERE t.rowid = ?",
                            (rng.randint(1, tie_total),)).fetchone()
        pairs.append((s, o))
    hub = conn.execute("SELECT s.name, count(*) c FROM ties t JOIN entities s ON s.id = t.subject_id "
                       "GROUP BY t.subject_id ORDER BY c DESC LIMIT 1").fetchone()
    results = {
        "who": [timed(Q.who, store, x) for x in names],
        "ties": [timed(Q.ties, store, a, b) for a, b in pairs],
        "path": [timed(Q.path, store, names[i], names[-1 - i], k=3) for i in range(n)],
        "who_biggest_hub": [timed(Q.who, store, hub[0]) for _ in range(5)],
    }
    lengths = [len(p[0]["hops"]) if p else 0 for p in (Q.path(store, names[i], names[-1 - i]) for i in range(10))]
    store.close()
    out = {k: {"median_ms": round(statistics.median(v), 1), "p90_ms": round(sorted(v)[int(len(v) * 0.9) - 1], 1),
               "n": len(v)} for k, v in results.items()}
    out["who_biggest_hub"]["ties_of_hub"] = hub[1]
    out["path"]["sample_lengths"] = lengths
    return out


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--db", default="/tmp/cercle-bench.db")
    p.add_argument("--entities", type=int, default=100_000)
    p.add_argument("--ties", type=int, default=1_000_000)
    p.add_argument("--queries", type=int, default=100)
    p.add_argument("--reuse", action="store_true", help="measure an existing benchmark store")
    args = p.parse_args()
    report = {"entity_count": args.entities, "tie_count": args.ties}
    if not args.reuse:
        report["build_s"] = round(build(args.db, args.entities, args.ties), 1)
        print(f"built {args.db} in {report['build_s']} s", file=sys.stderr)
    report.update(measure(args.db, args.queries))
    targets = {"who": 50, "ties": 50, "path": 500}
    report["ratio_to_target"] = {k: round(report[k]["median_ms"] / v, 3) for k, v in targets.items()}
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
