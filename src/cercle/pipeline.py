"""The per-article flow: clean → nlp → mentions → extract → DocumentResult.

``process`` is what every runner (local, multi-process, Ray) calls on one
article; the store writes the result.
"""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import Callable, Iterable, Iterator

from .clean import clean_article
from .extract import extract_relations
from .extract.calibration import apply_floor, calibrate
from .mentions import find_entities
from .nlp.docview import DocView
from .records import Article, CleanArticle, DocumentResult, Sentence, Skipped


def analyse(clean: CleanArticle, doc) -> DocumentResult:
    """Mentions and ties of one parsed article (``doc`` = nlp(clean.text))."""
    doc = DocView(doc)   # the rules read each token attribute many times: read them once
    try:
        sentences = [Sentence(s.start_char, s.end_char, s.text) for s in doc.sents]
        entities, mentions, index = find_entities(doc, clean)
        relations = extract_relations(doc, clean, index)
        # (s38-party38) an actor the extraction named from a whole phrase ("le groupe Y à l'Assemblée"): reported too
        known = {e.name for e in entities}
        entities = entities + [e for n, e in index.entities.items() if n not in known and e.type in ("ORG", "PER", "GOV")
                               and any(n in (r.subject, r.object) for r in relations)]
    finally:
        doc.release()
    calibrate(relations, entities, mentions)   # confidence = how often such ties were right on real press
    relations = apply_floor(relations)         # ties below the floor (CERCLE_FLOOR) dropped, docs/confidence.md
    # An entity is reported when it takes part in a tie (as in the gold format).
    tied = {n for r in relations for n in (r.subject, r.object)}
    entities = [e for e in entities if e.name in tied]
    mentions = [m for m in mentions if m.entity in tied]
    return DocumentResult(clean, sentences, entities, mentions, relations)


def clean_or_skip(article: Article) -> CleanArticle | Skipped:
    """Clean one article, or say why it cannot go on (never raises: one bad article
    must not sink a batch)."""
    try:
        clean = clean_article(article)
    except Exception as exc:  # a cleaner bug on odd input: report it, go on with the rest
        return Skipped(article.path, "error", f"cleaning failed: {type(exc).__name__}: {exc}",
                       article.id)
    if isinstance(clean, Skipped):
        return clean
    if clean.lang != "fr":
        return Skipped(article.path, "not_french",
                       f"language detected as {clean.lang!r}, not French", article.id)
    if not clean.text.strip():
        return Skipped(article.path, "empty", "no text left after cleaning", article.id)
    # spaCy refuses texts over nlp.max_length (1,000,000 characters by default) and the
    # parser needs ~1 GB per 100,000 words: refuse clearly instead of failing inside nlp.
    max_chars = 1_000_000
    if len(clean.text) > max_chars:
        return Skipped(article.path, "too_large",
                       f"{len(clean.text):,} characters after cleaning; the limit is "
                       f"{max_chars:,} per article (split the file)", article.id)
    return clean


# The analysis of one article may take at most this long (seconds, plus one per 1,000 characters): a
# rule that loops must cost one article, not the run. Real articles take well under a second.
ANALYSIS_SECONDS = 60.0


class AnalysisTimeout(Exception):
    pass


@contextmanager
def _time_limit(seconds: float):
    """Raise AnalysisTimeout in the block after ``seconds`` (a real-time alarm; only on Unix and in the
    main thread, where signals are delivered — elsewhere the block runs unguarded)."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(signum, frame):
        raise AnalysisTimeout(f"analysis took over {seconds:.3g} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def process_many(items: Iterable[Article | Skipped], nlp, batch_size: int = 16,
                 known: Callable[[str], bool] | None = None
                 ) -> Iterator[DocumentResult | Skipped]:
    """Clean, parse (nlp.pipe) and extract, in input order, streaming.

    Reads ``batch_size`` items at a time, so memory does not grow with the input.
    ``known(content_hash)`` says an article is already stored: it is then returned as
    ``Skipped(reason="already_stored")`` before parsing (re-runs resume cheaply).
    An article whose parsing or extraction raises becomes ``Skipped(reason="error")``; one whose
    extraction runs past ``ANALYSIS_SECONDS`` (+1 s per 1,000 characters) ``Skipped(reason="timeout")``.
    """
    def run_batch(batch: list[Article | Skipped]) -> Iterator[DocumentResult | Skipped]:
        staged: list[CleanArticle | Skipped] = []
        for item in batch:
            clean = item if isinstance(item, Skipped) else clean_or_skip(item)
            if isinstance(clean, CleanArticle) and known is not None and known(clean.content_hash):
                clean = Skipped(clean.path, "already_stored",
                                "an article with the same cleaned text is already stored", clean.id)
            staged.append(clean)
        todo = [c for c in staged if isinstance(c, CleanArticle)]
        try:
            docs = list(nlp.pipe([c.text for c in todo], batch_size=max(len(todo), 1)))
        except Exception:  # one text broke the batch: parse them one by one below
            docs = None
        i = 0
        for clean in staged:
            if isinstance(clean, Skipped):
                yield clean
                continue
            try:
                doc = docs[i] if docs is not None else nlp(clean.text)
                with _time_limit(ANALYSIS_SECONDS + len(clean.text) / 1000):
                    result = analyse(clean, doc)
                yield result
            except AnalysisTimeout as exc:
                yield Skipped(clean.path, "timeout", f"{exc}; the article is left out (a bug: please report it "
                              "with the file)", clean.id)
            except Exception as exc:
                yield Skipped(clean.path, "error",
                              f"analysis failed: {type(exc).__name__}: {exc}", clean.id)
            i += 1

    batch: list[Article | Skipped] = []
    for item in items:
        batch.append(item)
        if len(batch) >= batch_size:
            yield from run_batch(batch)
            batch = []
    if batch:
        yield from run_batch(batch)


def process(article: Article, nlp) -> DocumentResult | Skipped:
    return next(process_many([article], nlp))
