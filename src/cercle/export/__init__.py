"""Exports of the store to the tools users already have.

``export(store, "gexf", out)`` streams every entity, then every tie, of a
store (anything with ``iter_entities()`` and ``iter_ties()``) into one of
the exporters below. Formats and their fields: docs/exports.md.
"""
from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from ..model import load_model
from .base import Exporter, Item

# name → "module:Class"; imported on first use because followthemoney alone
# takes over a second to import and most cercle commands never export.
EXPORTERS: dict[str, str] = {
    "ftm": "ftm:FtMExporter",
    "gexf": "graph:GEXFExporter",
    "graphml": "graph:GraphMLExporter",
    "neo4j": "neo4j:Neo4jExporter",
    "csv": "tables:CSVExporter",
    "jsonl": "jsonl:JSONLExporter",
}
FORMATS = tuple(EXPORTERS)

__all__ = ["EXPORTERS", "FORMATS", "Exporter", "export", "get_exporter", "iter_items"]


def get_exporter(fmt: str) -> type[Exporter]:
    if fmt not in EXPORTERS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    module, cls = EXPORTERS[fmt].split(":")
    return getattr(importlib.import_module(f"{__name__}.{module}"), cls)


def iter_items(store, families: Iterable[str] | None = None, min_sources: int = 1,
               include_negated: bool = False, min_confidence: float = 0.0) -> Iterator[Item]:
    """Entities then ties of ``store``, each tagged with ``"kind"``, filtered.

    With a family, source or confidence filter, only the entities at the ends of a kept
    tie are exported; finding them costs one extra pass over the ties that
    keeps only a set of ids in memory, never the ties themselves.
    """
    families = set(families or ())
    unknown = families - set(load_model().families)
    if unknown:
        raise ValueError(f"unknown tie family {sorted(unknown)}; choose among {sorted(load_model().families)}")

    def keep(tie: Item) -> bool:
        if tie.get("negated") and not include_negated:
            return False  # ONTOLOGY.md: negated ties are never counted as positive ties
        if families and tie.get("family") not in families:
            return False
        if min_confidence > 0 and (tie.get("confidence") or 0) < min_confidence:
            return False   # a tie's confidence is its best positive evidence's (calibrated: docs/confidence.md)
        return (tie.get("sources") or 0) >= min_sources

    wanted: set[str] | None = None
    if families or min_sources > 1 or min_confidence > 0:
        wanted = set()
        for tie in store.iter_ties():
            if keep(tie):
                wanted.update((tie["subject_id"], tie["object_id"]))
    for entity in store.iter_entities():
        if wanted is None or entity["id"] in wanted:
            yield {"kind": "entity", **entity}
    for tie in store.iter_ties():
        if keep(tie):
            yield {"kind": "tie", **tie}


def export(store, fmt: str, target: TextIO | str, *, families: Iterable[str] | None = None,
           min_sources: int = 1, include_negated: bool = False, min_confidence: float = 0.0) -> dict[str, Any]:
    """Write ``store`` in format ``fmt`` to ``target`` (a text stream, or a directory for neo4j).

    Returns ``{"format", "entities", "ties"}``: how many of each were written.
    """
    exporter = get_exporter(fmt)(target)
    for item in iter_items(store, families, min_sources, include_negated, min_confidence):
        exporter.write(item)
    exporter.finalize()
    return {"format": fmt, "entities": exporter.entities, "ties": exporter.ties}
