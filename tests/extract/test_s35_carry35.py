"""(s35-carry35) What the cases of cases_s35_carry35.py (run by test_rules.py) do not check: the parse repair of the
opening participle (nlp/carry35.py) hangs the participle and its phrase on the main verb and gives the main verb its
subject; it leaves alone a sentence whose opening is no participle of data/carry35.yaml, and one with no main verb."""
from __future__ import annotations

import pytest

from cercle.nlp.carry35 import words


@pytest.fixture(scope="module")
def view():
    from cercle.nlp.docview import DocView
    from cercle.nlp.pipeline import get_nlp

    nlp = get_nlp()
    return lambda text: DocView(nlp(text))


def _tok(doc, word):
    return next(t for t in doc if t.text == word)


def test_participle_and_its_phrase_hang_on_the_main_verb(view):
    doc = view("Passé ensuite par Ardanel, il prend en 2015 la présidence de Soltane.")
    p, main = _tok(doc, "Passé"), _tok(doc, "prend")
    assert p.pos_ == "VERB" and p.head is main and "Part" in p.morph.get("VerbForm")
    assert _tok(doc, "Ardanel").head is p
    assert _tok(doc, "il").head is main and _tok(doc, "il").dep_ == "nsubj"


def test_chained_openings_give_the_main_verb_its_named_subject(view):
    doc = view("Né à Brest, formé chez Varenne, Yann Le Goff rejoint en 2010 la société Kerlys.")
    main = _tok(doc, "rejoint")
    assert main.head is main
    assert _tok(doc, "Yann").head is main and _tok(doc, "Yann").dep_ == "nsubj"
    assert _tok(doc, "formé").head is main and _tok(doc, "Né").head is main


def test_headline_without_main_verb_is_left_alone(view):
    doc = view("Passé par Varenne, puis par Kerlys.")
    assert all(t.dep_ != "nsubj" for t in doc)


def test_lexicon_forms_cover_genders_and_numbers():
    forms = words()["forms"]
    for f in ("passé", "passée", "passés", "passées", "élu", "élue", "arrivée", "débarqués"):
        assert f in forms
