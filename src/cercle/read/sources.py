"""Turn paths into Article records (MINIMAL placeholder: the clean/read helper owns this file)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Iterator

from ..records import Article, Skipped

SUFFIXES = {".txt", ".md", ".html", ".htm", ".json", ".jsonl"}


def iter_articles(paths: Iterable[str | Path]) -> Iterator[Article | Skipped]:
    for p in paths:
        p = Path(p)
        files = sorted(f for f in p.rglob("*") if f.suffix.lower() in SUFFIXES) if p.is_dir() else [p]
        for f in files:
            if f.suffix == ".json":
                d = json.loads(f.read_text("utf-8"))
                for i, obj in enumerate(d if isinstance(d, list) else [d]):
                    yield Article(id=str(obj.get("id") or f.stem), text=obj["text"], path=str(f),
                                  title=obj.get("title"), url=obj.get("url") or obj.get("source"))
            else:
                yield Article(id=f.stem, text=f.read_text("utf-8"), path=str(f))
