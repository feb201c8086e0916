"""Extraction cost on top of the spaCy parse, measured on the same texts in one run.

    python benchmarks/extract.py [--n 200] [--corpus ../shared/corpus]

For each text set: (a) nlp.pipe over the texts (the parse), (b) cercle's mentions +
extraction over the resulting Docs (pipeline.analyse). Prints both and the ratio b/a
in CPU time of this process (less disturbed by other jobs than wall time); the
target is ≤ 0.15.

Text sets, all fixed so that adding tests or rules never changes the input:
- ``synthetic``: ``--n`` press-like articles from ``cercle.runner.synthetic`` (the
  team's invented sentences, the same articles the ingest benchmark uses);
- ``corpus``: with ``--corpus``, the dev corpus passages, read at run time as timing
  input only (nothing is copied).
"""
from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from pathlib import Path


def text_sets(n: int, corpus: str | None) -> dict[str, list[str]]:
    from cercle.runner.synthetic import articles

    sets = {}
    if n:
        sets["synthetic"] = [a["text"] for a in articles(n)]
    if corpus:
        sets["corpus"] = [json.loads(p.read_text("utf-8"))["text"]
                          for p in sorted(Path(corpus).glob("*.json"))]
    return sets


def measure(nlp, name: str, texts: list[str]) -> float:
    """Print parse and extraction times on ``texts``; return the CPU ratio."""
    from cercle.clean import clean_article
    from cercle.pipeline import analyse
    from cercle.records import Article

    cleaned = [clean_article(Article(id=str(i), text=t)) for i, t in enumerate(texts)]
    cleaned = [c for c in cleaned if hasattr(c, "blocks")]
    # (a full collection before each timed part: otherwise a collection of the previous set's garbage lands in
    # whichever part runs next, and the corpus ratio after the synthetic set swung from 0.15 to 0.22)
    gc.collect()
    t0, c0 = time.perf_counter(), time.process_time()
    docs = list(nlp.pipe((c.text for c in cleaned), batch_size=32))
    parse, parse_cpu = time.perf_counter() - t0, time.process_time() - c0
    gc.collect()
    t0, c0 = time.perf_counter(), time.process_time()
    ties = sum(len(analyse(c, d).relations) for c, d in zip(cleaned, docs))
    extract, extract_cpu = time.perf_counter() - t0, time.process_time() - c0
    tokens = sum(len(d) for d in docs)
    ratio = extract_cpu / parse_cpu
    print(f"[{name}] articles: {len(docs)}   tokens: {tokens}   ties: {ties}")
    print(f"  (a) spaCy parse          : {parse:7.2f} s wall  {parse_cpu:7.2f} s cpu  "
          f"({tokens / parse_cpu:,.0f} tokens/cpu-s)")
    print(f"  (b) mentions + extraction: {extract:7.2f} s wall  {extract_cpu:7.2f} s cpu  "
          f"({extract_cpu / tokens * 1e6:.0f} µs/token)")
    print(f"  ratio b/a (cpu): {ratio:.3f}   (wall {extract / parse:.3f})   target ≤ 0.15")
    return ratio


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200, help="synthetic articles (0: none)")
    ap.add_argument("--corpus", default=None, help="also time the dev corpus passages")
    args = ap.parse_args()

    from cercle.clean import clean_article
    from cercle.nlp import get_nlp
    from cercle.pipeline import analyse
    from cercle.records import Article

    nlp = get_nlp()
    # Steady state on both sides: the model is loaded before (a) is timed, and cercle's
    # lexicons, rules and lazily imported modules (dates, countries) before (b) is.
    warm = clean_article(Article(id="warm", text="Anne Fabre, PDG de Technova, a racheté Kelvio en 2021."))
    analyse(warm, nlp(warm.text))
    for name, texts in text_sets(args.n, args.corpus).items():
        measure(nlp, name, texts)


if __name__ == "__main__":
    main()
