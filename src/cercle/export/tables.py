"""CSV: one row per tie, with both names, the best evidence and its URL.

For spreadsheets and ``csvkit``/pandas. Entities are not rows of their own;
their type is looked up while they stream by (a dict of id → type, the only
thing kept in memory).
"""
from __future__ import annotations

import csv

from .base import (Exporter, Item, amounts_text, best_evidence, evidence_count, evidence_flags, evidence_urls,
                   join, one_line, status_history, text)

COLUMNS = [
    "id", "subject", "subject_type", "type", "object", "object_type", "family", "symmetric",
    "status", "status_history", "role", "amount", "amount_value", "currency", "share", "date",
    "negated", "confidence", "sources", "first_seen", "last_seen", "evidence_count",
    "evidence", "evidence_title", "evidence_source", "evidence_date", "evidence_url",
    "evidence_attribution", "evidence_flags", "urls", "flags", "subject_id", "object_id",
]


def _bool(value) -> str:
    return "true" if value else "false"


class CSVExporter(Exporter):
    name = "csv"
    suffix = ".csv"
    line_format = True

    def __init__(self, target) -> None:
        super().__init__(target)
        self.types: dict[str, str] = {}
        self.writer = csv.DictWriter(target, fieldnames=COLUMNS, lineterminator="\n")
        self.writer.writeheader()

    def write(self, item: Item) -> None:
        if item["kind"] == "entity":
            self.entities += 1
            self.types[item["id"]] = item.get("type") or ""
            return
        self.ties += 1
        self.writer.writerow(self.row(item))

    def row(self, tie: Item) -> dict[str, str]:
        best = best_evidence(tie) or {}
        amounts = tie.get("amounts") or []
        first = amounts[0] if amounts else {}
        return {
            "id": tie["id"],
            "subject": text(tie.get("subject")),
            "subject_type": tie.get("subject_type") or self.types.get(tie["subject_id"], ""),
            "type": tie["type"],
            "object": text(tie.get("object")),
            "object_type": tie.get("object_type") or self.types.get(tie["object_id"], ""),
            "family": text(tie.get("family")),
            "symmetric": _bool(tie.get("symmetric")),
            "status": text(tie.get("status")),
            "status_history": status_history(tie),
            "role": text(tie.get("role")),
            "amount": amounts_text(tie),
            "amount_value": text(first.get("value")),
            "currency": text(first.get("currency")),
            "share": text(tie.get("share")),
            "date": text(tie.get("date")),
            "negated": _bool(tie.get("negated")),
            "confidence": text(tie.get("confidence")),
            "sources": text(tie.get("sources")),
            "first_seen": text(tie.get("first_seen")),
            "last_seen": text(tie.get("last_seen")),
            "evidence_count": str(evidence_count(tie)),
            "evidence": one_line(best.get("sentence")),
            "evidence_title": one_line(best.get("title")),
            "evidence_source": text(best.get("source")),
            "evidence_date": text(best.get("date")),
            "evidence_url": text(best.get("url")),
            "evidence_attribution": one_line(best.get("attribution")),
            "evidence_flags": join(best.get("flags")),
            "urls": join(evidence_urls(tie)),
            "flags": join(evidence_flags(tie)),
            "subject_id": tie["subject_id"],
            "object_id": tie["object_id"],
        }
