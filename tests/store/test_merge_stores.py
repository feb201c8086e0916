"""merge-stores(shard A, shard B) builds the store one ingest of A then B builds."""
from __future__ import annotations

import shutil
import sqlite3

import pytest
from click.testing import CliRunner

from cercle.cli import cli
from cercle.runner import LocalRunner, ingest
from cercle.runner.synthetic import write_dir
from cercle.store import Store


def canonical(db) -> dict[str, list]:
    """Content without rowids or clocks: names, entities, ties, evidence, mentions, articles."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    q = {
        "articles": "SELECT id, seq, content_hash, doc_id, path, title, url, source, date, lang, flags, family_id, "
                    "similarity, text FROM articles",
        "sentences": 'SELECT article_id, idx, start, "end", text FROM sentences',
        "entities": "SELECT * FROM entities",
        "aliases": "SELECT * FROM aliases",
        "doc_entities": "SELECT article_id, name, type, aliases, key, entity_id, rule, score FROM doc_entities",
        "mentions": 'SELECT m.article_id, d.name, m.start, m."end", m.text, m.kind FROM mentions m '
                    "JOIN doc_entities d ON d.id = m.doc_entity_id",
        "ties": "SELECT * FROM ties",
        "evidence": 'SELECT e.tie_id, e.article_id, s.name, o.name, e.start, e."end", e.sentence, e.rule, '
                    "e.confidence, e.role, e.amount_text, e.amount_value, e.amount_currency, e.share, e.date, "
                    "e.status, e.attribution, e.negated FROM evidence e "
                    "JOIN doc_entities s ON s.id = e.subject_doc_entity_id "
                    "JOIN doc_entities o ON o.id = e.object_doc_entity_id",
        "merges": "SELECT action, actor, rule, score, entity_id, other_id, names, keys FROM merges",
        "skipped": "SELECT DISTINCT path, doc_id, reason, message FROM skipped",
    }
    try:
        return {t: sorted(conn.execute(sql).fetchall(), key=repr) for t, sql in q.items()}
    finally:
        conn.close()


def build(db, paths):
    with Store(db) as store:
        stats, _ = ingest([str(p) for p in paths], store, LocalRunner(workers=1, batch_size=4))
    return stats


@pytest.mark.slow
def test_merged_shards_equal_one_ingest_of_all_articles(tmp_path, nlp):
    a, b = tmp_path / "a", tmp_path / "b"
    write_dir(a, 6, sentences=(3, 6))
    write_dir(b, 6, start=6, sentences=(3, 6))
    shutil.copy(next(a.iterdir()), b / "copie.txt")      # an article both shards hold
    (b / "vide.txt").write_text("  \n")                    # a skip, logged in shard B

    build(tmp_path / "a.db", [a])
    build(tmp_path / "b.db", [b])
    build(tmp_path / "all.db", [a, b])

    out = tmp_path / "merged.db"
    result = CliRunner().invoke(cli, ["merge-stores", str(out), str(tmp_path / "a.db"), str(tmp_path / "b.db")])
    assert result.exit_code == 0, result.output
    assert "12 added, 1 already present" in result.output

    whole, merged = canonical(tmp_path / "all.db"), canonical(out)
    assert len(whole["articles"]) == 12 and len(whole["evidence"]) > 12
    assert any(r[6] > 1 for r in whole["entities"])      # actors named by both shards' articles
    for table in whole:
        assert merged[table] == whole[table], table

    # merging again, or a shard again, adds nothing
    again = CliRunner().invoke(cli, ["merge-stores", str(out), str(tmp_path / "b.db"), "--json"])
    assert again.exit_code == 0 and '"added": 0' in again.output
    merged_twice = canonical(out)
    assert {t: v for t, v in merged_twice.items() if t != "skipped"} == \
           {t: v for t, v in merged.items() if t != "skipped"}
    with Store(out) as store:
        assert store.check() == []


def test_merge_stores_refuses_a_missing_input_and_the_output_as_input(tmp_path):
    runner = CliRunner()
    assert runner.invoke(cli, ["merge-stores", str(tmp_path / "o.db"), str(tmp_path / "nope.db")]).exit_code == 2
    Store(tmp_path / "o.db").close()
    res = runner.invoke(cli, ["merge-stores", str(tmp_path / "o.db"), str(tmp_path / "o.db")])
    assert res.exit_code == 1 and "output store" in res.output
