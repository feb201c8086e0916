"""CleanArticle → the JSON object printed by ``cercle clean --json`` (docs/cleaning.md)."""
from __future__ import annotations

from typing import Any

from ..records import CleanArticle


def clean_to_dict(clean: CleanArticle) -> dict[str, Any]:
    blocks = []
    for b in clean.blocks:
        d: dict[str, Any] = {"start": b.start, "end": b.end, "kind": b.kind,
                             "text": clean.text[b.start:b.end]}
        if b.header is not None:
            d["header"] = list(b.header)
        if b.cells is not None:
            d["cells"] = [[s, e] for s, e in b.cells]
        blocks.append(d)
    return {
        "id": clean.id,
        "path": clean.path,
        "lang": clean.lang,
        "title": clean.title,
        "flags": list(clean.flags),
        "text": clean.text,
        "removed": [{"start": r.start, "end": r.end, "text": r.text, "reason": r.reason}
                    for r in clean.removed],
        "blocks": blocks,
    }
