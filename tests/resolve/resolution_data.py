"""The team-written resolution test set (tests/fixtures/resolution/articles.yaml) as DocumentResults."""
from __future__ import annotations

from pathlib import Path


import yaml

from cercle.store.build import document

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "resolution" / "articles.yaml"


def load_set() -> list[dict]:
    return yaml.safe_load(FIXTURE.read_text("utf-8"))


def as_results(articles: list[dict]):
    for a in articles:
        ents = [(e["name"], e["type"], e.get("aliases", [])) for e in a["entities"]]
        ties = [tuple(t) for t in a.get("ties", [])]
        yield document(a["text"], ents, ties, id=a["id"], date=a.get("date"))


def gold(articles: list[dict]) -> dict:
    return {(a["id"], e["name"]): e["actor"] for a in articles for e in a["entities"]}


