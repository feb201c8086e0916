"""Pairwise precision and recall of entity resolution against expected clusters.

Every per-article name is an item; a pair of items is *predicted* together when the store
resolved both to one entity, and *expected* together when the gold gives them the same actor.
"""
from __future__ import annotations

from itertools import combinations


def pairwise(predicted: dict, expected: dict) -> dict:
    """``predicted`` and ``expected`` map the same items to cluster labels."""
    items = sorted(expected)
    pred_pairs = {(a, b) for a, b in combinations(items, 2) if predicted[a] == predicted[b]}
    gold_pairs = {(a, b) for a, b in combinations(items, 2) if expected[a] == expected[b]}
    tp = len(pred_pairs & gold_pairs)
    precision = tp / len(pred_pairs) if pred_pairs else 1.0
    recall = tp / len(gold_pairs) if gold_pairs else 1.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "true_pairs": tp,
            "predicted_pairs": len(pred_pairs), "expected_pairs": len(gold_pairs),
            "false_merges": sorted(pred_pairs - gold_pairs), "missed": sorted(gold_pairs - pred_pairs)}


def store_clusters(conn, items: list[tuple[str, str]]) -> dict:
    """Entity id of each (article doc_id, name) item, read from a store."""
    rows = conn.execute("SELECT a.doc_id, d.name, d.entity_id FROM doc_entities d "
                        "JOIN articles a ON a.id = d.article_id").fetchall()
    found = {(doc, name): eid for doc, name, eid in rows}
    return {item: found.get(item, f"missing:{item}") for item in items}
