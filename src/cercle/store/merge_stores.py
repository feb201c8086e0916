"""Merging per-shard stores into one: ``cercle merge-stores OUT.db IN1.db IN2.db …``.

A shard store (built by ``cercle ingest`` on one machine, or on one part of an archive)
keeps everything each article yielded before cross-article resolution: its text and
sentences, its per-article names (``doc_entities``), mentions and evidence rows. Merging
replays those records, article after article (each input in its ingest order, inputs in
the order given), through the normal writer of the output store. So the output is what one
``cercle ingest`` of all the articles would have built, in that order:

- an article already in the output (same cleaned text, SHA-256) is skipped: merging twice,
  or shards that overlap, change nothing;
- entities are resolved across shards by the same resolver as during an ingest;
- ties are merged by (subject, type, object) with every evidence row of every shard,
  and their aggregates (sources, status, dates) recomputed;
- each input's ``skipped`` log and the user's corrections (``cercle merge``/``split``) come along.

No spaCy is needed: merging costs what the writer costs (docs/scaling.md).
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from ..errors import StoreError
from ..records import Amount, CleanArticle, DocEntity, DocumentResult, Mention, Relation, Sentence, Skipped
from .db import Store


@dataclass
class MergeStats:
    inputs: list[str] = field(default_factory=list)
    articles: int = 0          # articles read from the inputs
    added: int = 0             # new in the output
    already_present: int = 0   # same cleaned text already in the output
    skipped_rows: int = 0      # rows of the inputs' skipped logs carried over


def iter_documents(conn: sqlite3.Connection) -> Iterator[DocumentResult]:
    """The records a store was built from, one per article, in ingest order."""
    for (article_id,) in conn.execute("SELECT id FROM articles ORDER BY seq").fetchall():
        yield _document(conn, article_id)


def _document(conn: sqlite3.Connection, article_id: str) -> DocumentResult:
    doc_id, path, title, url, source, date, lang, flags, text = conn.execute(
        "SELECT doc_id, path, title, url, source, date, lang, flags, text FROM articles WHERE id = ?",
        (article_id,)).fetchone()
    article = CleanArticle(id=doc_id, text=text, path=path or "", title=title, url=url, date=date,
                           source=source, lang=lang or "fr",
                           # near_duplicate is the output store's to decide again
                           flags=[f for f in json.loads(flags) if f != "near_duplicate"])
    sentences = [Sentence(s, e, t) for s, e, t in conn.execute(
        'SELECT start, "end", text FROM sentences WHERE article_id = ? ORDER BY idx', (article_id,))]
    names: dict[int, str] = {}
    entities = []
    for de_id, name, type, aliases in conn.execute(  # in the order the writer resolved them
            "SELECT id, name, type, aliases FROM doc_entities WHERE article_id = ? ORDER BY id", (article_id,)):
        names[de_id] = name
        entities.append(DocEntity(name, type, json.loads(aliases)))
    mentions = [Mention(s, e, t, names[de], kind) for s, e, t, de, kind in conn.execute(
        'SELECT start, "end", text, doc_entity_id, kind FROM mentions WHERE article_id = ? ORDER BY id',
        (article_id,))]
    relations = []
    for row in conn.execute(
            'SELECT t.type, e.subject_doc_entity_id, e.object_doc_entity_id, e.sentence, e.start, e."end", '
            "e.role, e.amount_text, e.amount_value, e.amount_currency, e.share, e.date, e.status, e.attribution, "
            "e.negated, e.confidence, e.rule FROM evidence e JOIN ties t ON t.id = e.tie_id "
            "WHERE e.article_id = ? ORDER BY e.id", (article_id,)):
        (type, s, o, sentence, start, end, role, a_text, a_value, a_cur, share, date, status, attribution,
         negated, confidence, rule) = row
        amount = Amount(a_text, a_value, a_cur) if (a_text, a_value, a_cur) != (None, None, None) else None
        relations.append(Relation(type, names[s], names[o], sentence, start, end, role=role, amount=amount,
                                  share=share, date=date, status=status, attribution=attribution,
                                  negated=bool(negated), confidence=confidence, rule=rule))
    return DocumentResult(article, sentences, entities, mentions, relations)


def merge_stores(out: Store, inputs: list[str | Path],
                 on_article: Callable[[MergeStats], None] | None = None) -> MergeStats:
    """Add every article of ``inputs`` (in order) to ``out``; see the module docstring."""
    stats = MergeStats(inputs=[str(p) for p in inputs])
    out_path = Path(out.path).resolve() if out.path != ":memory:" else None
    for given in inputs:
        path = Path(given)
        if out_path is not None and path.resolve() == out_path:
            raise StoreError(f"{path} is the output store: name it only once, as OUT")
        src = Store(path, create=False, readonly=True)
        try:
            with out.batched():
                for result in iter_documents(src.conn):
                    stats.articles += 1
                    if out.add_document(result):
                        stats.added += 1
                    else:
                        stats.already_present += 1
                    if on_article:
                        on_article(stats)
            for run_id, p, doc_id, reason, message in src.conn.execute(
                    "SELECT run_id, path, doc_id, reason, message FROM skipped ORDER BY id").fetchall():
                out.record_skip(Skipped(p, reason, message, doc_id), run_id=run_id)
                stats.skipped_rows += 1
            corrections = src.corrections()
            if corrections:
                out.import_corrections(corrections)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read store {path}: {exc}") from exc
        finally:
            src.close()
    return stats
