"""The resolution set through the real pipeline (spaCy + the lead's extractor), then the store."""
from __future__ import annotations

import pytest

from cercle.records import Article, Skipped
from cercle.resolve.keys import name_key
from cercle.resolve.score import pairwise
from cercle.store import Store

pytestmark = pytest.mark.slow


def test_resolution_through_the_pipeline(nlp, resolution_set):
    from cercle.pipeline import process_many

    store = Store(":memory:")
    articles = [Article(id=a["id"], text=a["text"], date=a["date"], path=f"{a['id']}.txt") for a in resolution_set]
    for result in process_many(articles, nlp):
        assert not isinstance(result, Skipped)
        store.add_document(result)
    assert store.check() == []
    # items: the names the extractor found that the gold knows for that article
    expected, predicted = {}, {}
    gold_forms = {a["id"]: {name_key(f, e["type"]): e["actor"] for e in a["entities"]
                            for f in [e["name"], *e.get("aliases", [])]} for a in resolution_set}
    rows = store.conn.execute("SELECT a.doc_id, d.name, d.type, d.entity_id FROM doc_entities d "
                              "JOIN articles a ON a.id = d.article_id").fetchall()
    for doc, name, type, eid in rows:
        actor = gold_forms[doc].get(name_key(name, type)) or gold_forms[doc].get(name_key(name, "PER"))
        if actor:
            expected[(doc, name)] = actor
            predicted[(doc, name)] = eid
    result = pairwise(predicted, expected)
    print(f"\npipeline: {len(expected)}/{len(rows)} names matched the gold; precision {result['precision']} "
          f"recall {result['recall']} ({result['true_pairs']}/{result['predicted_pairs']}, "
          f"{result['expected_pairs']} expected); false merges {result['false_merges']}")
    assert len(expected) >= 30
    assert result["precision"] >= 0.98, result["false_merges"]
