"""Shared fixtures. The French model loads once per test session (6–9 s)."""
from __future__ import annotations

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
