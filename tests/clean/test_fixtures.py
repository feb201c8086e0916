"""Team-written dirty articles and the clean output we expect from each.

Each ``tests/fixtures/dirty/NAME.(txt|md|html|json)`` has ``NAME.expected.json``
with the exact cleaned text, title, language, flags, removed spans (reason and
text) and block kinds.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from cercle.clean import clean_article
from cercle.read import iter_articles
from cercle.records import CleanArticle

DIRTY = Path(__file__).resolve().parent.parent / "fixtures" / "dirty"
CASES = sorted(p for p in DIRTY.iterdir() if not p.name.endswith(".expected.json")
               and p.suffix in (".txt", ".md", ".html", ".json"))


def _clean(path: Path) -> tuple[str, CleanArticle]:
    [article] = list(iter_articles([path]))
    clean = clean_article(article)
    assert isinstance(clean, CleanArticle), clean
    return article.text, clean


def test_every_fixture_has_its_expected_output():
    assert len(CASES) >= 10
    for case in CASES:
        assert (DIRTY / f"{case.stem}.expected.json").exists(), case


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_fixture(case: Path):
    expected = json.loads((DIRTY / f"{case.stem}.expected.json").read_text("utf-8"))
    source, clean = _clean(case)
    assert clean.text == expected["text"]
    assert clean.title == expected["title"]
    assert clean.lang == expected["lang"]
    assert clean.flags == expected["flags"]
    assert [{"reason": r.reason, "text": r.text} for r in clean.removed] == expected["removed"]
    assert [b.kind for b in clean.blocks] == expected["blocks"]
    for r in clean.removed:                      # offsets point into the text the cleaner got
        assert source[r.start:r.end] == r.text


def test_combined_article_keeps_the_body_alone():
    """Repeated title, credit, teaser, table, lead-in, sign-off and prompt in one article."""
    _, clean = _clean(DIRTY / "combo.md")
    assert clean.title == "Brivane rejette l'offre de Morel"
    assert "ai_assistant_leftover" in clean.flags
    assert {r.reason for r in clean.removed} == {
        "ai_assistant_leftover", "repeated_title", "credit_line", "teaser", "prompt"}
    for gone in ("Brivane rejette", "Photo", "lire aussi", "J'espère", "Voici", "commentaire", "😊"):
        assert gone.lower() not in clean.text.lower()
    rows = [b for b in clean.blocks if b.kind == "table_row"]
    assert [clean.text[b.start:b.end] for b in rows] == [
        "Kestrel Partners | Actionnaire de sa holding",
        "Valmy Capital | Siège au conseil de surveillance de la banque"]
    assert all(b.header == ["Fonds", "Lien avec Morel"] for b in rows)
    assert [clean.text[a:b] for a, b in rows[1].cells] == [
        "Valmy Capital", "Siège au conseil de surveillance de la banque"]
    heading = next(b for b in clean.blocks if b.kind == "heading")
    assert clean.text[heading.start:heading.end] == "Prudence."
    assert "Prudence.\nLe marché reste sceptique" in clean.text


def test_html_page_keeps_metadata_and_drops_scripts_and_navigation():
    [article] = list(iter_articles([DIRTY / "page.html"]))
    assert article.raw_html and "<script>" in article.raw_html
    assert article.title == "Kestrel Partners entre au capital de Brivane"
    assert article.date == "2024-05-21"
    assert article.source == "Le Courrier du Val"
    assert article.meta["author"] == "Claire Vautrin"
    clean = clean_article(article)
    for leftover in ("dataLayer", "trackPage", "font-family", "Accueil", "Rechercher",
                     "Mentions légales", "Les plus lus", "Travaux sur la rocade"):
        assert leftover not in clean.text
