"""Fakes for runner tests that need neither spaCy nor the real store."""
from __future__ import annotations

import os

from cercle.records import CleanArticle, DocEntity, DocumentResult, Relation, Sentence, Skipped


def fake_process(items, known):
    """Stands in for clean → nlp → extract: one entity per word starting with a capital."""
    out = []
    for item in items:
        if isinstance(item, Skipped):
            out.append(item)
            continue
        if "CRASH" in item.text:
            os._exit(3)  # a worker dying in native code
        clean = CleanArticle(id=item.id, text=item.text, path=item.path)
        if known is not None and known(clean.content_hash):
            out.append(Skipped(item.path, "already_stored", "stored", item.id))
            continue
        names = sorted({w.strip(".,") for w in item.text.split() if w[:1].isupper()})
        ents = [DocEntity(n, "ORG") for n in names]
        rels = [Relation("ALLY_OF", a, b, item.text, 0, len(item.text))
                for a, b in zip(names, names[1:])]
        out.append(DocumentResult(clean, [Sentence(0, len(item.text), item.text)], ents, [], rels))
    return out


class FakeStore:
    """The Store contract, in memory."""

    def __init__(self):
        self.docs: dict[str, DocumentResult] = {}
        self.order: list[str] = []
        self.skips: list[tuple[Skipped, str | None]] = []

    def add_document(self, result):
        h = result.article.content_hash
        if h in self.docs:
            return False
        self.docs[h] = result
        self.order.append(h)
        return True

    def has_article(self, h):
        return h in self.docs

    def record_skip(self, skipped, run_id=None):
        self.skips.append((skipped, run_id))

    def stats(self):
        return {"articles": len(self.docs), "entities": 0, "ties": 0, "evidence": 0,
                "skipped": len(self.skips)}

    def close(self):
        pass
