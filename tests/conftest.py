"""Shared fixtures. The French model loads once per test session (6–9 s)."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("CERCLE_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus"


@pytest.fixture(scope="session")
def nlp():
    from cercle.nlp import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def analyse_text(nlp):
    """Run the whole per-article flow on a French text; returns the DocumentResult."""
    from cercle.pipeline import process
    from cercle.records import Article

    def run(text: str, id: str = "t"):
        return process(Article(id=id, text=text, path=f"{id}.txt"), nlp)

    return run


@pytest.fixture
def tmp_db(tmp_path):
    return tmp_path / "cercle.db"


@pytest.fixture
def one_tie_gold(tmp_path):
    """A gold folder of one invented article with one ACQUIRES tie (for the CLI's eval options)."""
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    text = "Le groupe Arvane a racheté la société Belmont en 2021. Arvane grandit."
    (gold_dir / "g1.json").write_text(json.dumps({
        "id": "g1", "lang": "fr", "text": text,
        "entities": [{"id": "E1", "name": "Arvane", "type": "ORG", "aliases": []},
                     {"id": "E2", "name": "Belmont", "type": "ORG", "aliases": []}],
        "relations": [{"type": "ACQUIRES", "subject": "E1", "object": "E2",
                       "evidence": "Le groupe Arvane a racheté la société Belmont en 2021."}]}), "utf-8")
    return gold_dir
