"""The per-article flow: clean → nlp → mentions → extract → DocumentResult.

``process`` is what every runner (local, multi-process, Ray) calls on one
article; the store writes the result.
"""
from __future__ import annotations

from typing import Iterable, Iterator

from .clean import clean_article
from .extract import extract_relations
from .mentions import find_entities
from .records import Article, CleanArticle, DocumentResult, Sentence, Skipped


def analyse(clean: CleanArticle, doc) -> DocumentResult:
    """Mentions and ties of one parsed article (``doc`` = nlp(clean.text))."""
    sentences = [Sentence(s.start_char, s.end_char, s.text) for s in doc.sents]
    entities, mentions, index = find_entities(doc, clean)
    relations = extract_relations(doc, clean, index)
    return DocumentResult(clean, sentences, entities, mentions, relations)


def clean_or_skip(article: Article) -> CleanArticle | Skipped:
    clean = clean_article(article)
    if isinstance(clean, Skipped):
        return clean
    if clean.lang != "fr":
        return Skipped(article.path, "not_french",
                       f"language detected as {clean.lang!r}, not French", article.id)
    if not clean.text.strip():
        return Skipped(article.path, "empty", "no text left after cleaning", article.id)
    return clean


def process_many(items: Iterable[Article | Skipped], nlp, batch_size: int = 16
                 ) -> Iterator[DocumentResult | Skipped]:
    """Clean, parse (nlp.pipe) and extract, in input order."""
    cleaned: list[CleanArticle | Skipped] = []
    for item in items:
        cleaned.append(item if isinstance(item, Skipped) else clean_or_skip(item))
    todo = [c for c in cleaned if isinstance(c, CleanArticle)]
    docs = iter(nlp.pipe((c.text for c in todo), batch_size=batch_size))
    for c in cleaned:
        yield c if isinstance(c, Skipped) else analyse(c, next(docs))


def process(article: Article, nlp) -> DocumentResult | Skipped:
    return next(process_many([article], nlp))
