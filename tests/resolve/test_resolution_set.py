"""Pairwise merge precision/recall on the team-written resolution set (no spaCy needed)."""
from __future__ import annotations

import random

from cercle.resolve.score import pairwise, store_clusters
from cercle.store import Store

from resolution_data import as_results, gold


def score(articles, path=":memory:"):
    store = Store(path)
    for r in as_results(articles):
        assert store.add_document(r)
    expected = gold(articles)
    result = pairwise(store_clusters(store.conn, list(expected)), expected)
    assert store.check() == []
    store.close()
    return result


def test_resolution_precision_and_recall(resolution_set):
    result = score(resolution_set)
    print(f"\nresolution set, ingest order: precision {result['precision']} recall {result['recall']} "
          f"({result['true_pairs']}/{result['predicted_pairs']} predicted, {result['expected_pairs']} expected)")
    assert result["false_merges"] == [], result["false_merges"]
    assert result["precision"] >= 0.98
    assert result["recall"] >= 0.8, result["missed"]


def test_resolution_precision_holds_in_any_order(resolution_set):
    for seed in (1, 2, 3):
        articles = list(resolution_set)
        random.Random(seed).shuffle(articles)
        result = score(articles)
        print(f"\nshuffled (seed {seed}): precision {result['precision']} recall {result['recall']}")
        assert result["precision"] >= 0.98, result["false_merges"]


def test_the_set_is_big_and_tricky_enough(resolution_set):
    expected = gold(resolution_set)
    assert len(resolution_set) >= 30
    assert len(set(expected.values())) >= 20


def _snapshot(articles):
    store = Store(":memory:")
    for r in as_results(articles):
        store.add_document(r)
    entities = {r[0]: r[1] for r in store.conn.execute("SELECT id, name FROM entities")}
    ties = {r[0] for r in store.conn.execute("SELECT id FROM ties")}
    evidence = {r for r in store.conn.execute("SELECT tie_id, sentence FROM evidence")}
    store.close()
    return entities, ties, evidence


def test_same_store_whatever_the_ingest_order(resolution_set):
    reference = _snapshot(resolution_set)
    for seed in (4, 5):
        articles = list(resolution_set)
        random.Random(seed).shuffle(articles)
        assert _snapshot(articles) == reference
