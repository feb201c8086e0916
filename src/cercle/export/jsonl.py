"""JSON lines: one object per entity and per tie, complete, with ``"kind"``.

The lossless format: every field of the store's records, every evidence
with its offsets, attribution and source-quality flags.
"""
from __future__ import annotations

import json

from .base import Exporter, Item


class JSONLExporter(Exporter):
    name = "jsonl"
    suffix = ".jsonl"
    line_format = True

    def write(self, item: Item) -> None:
        if item["kind"] == "entity":
            self.entities += 1
        else:
            self.ties += 1
        self.target.write(json.dumps(item, ensure_ascii=False, default=str) + "\n")
