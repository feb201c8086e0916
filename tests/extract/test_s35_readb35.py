"""(s35-readb35) What the cases of cases_s35_readb35.py (run by test_rules.py) do not check: the parse repair of a
fronted description makes the main verb the root; a finite fronted verb is left alone."""
from __future__ import annotations


def _view(nlp, text):
    from cercle.nlp.docview import DocView
    return DocView(nlp(text))


def test_fronted_participle_hangs_on_the_main_verb(nlp):
    dv = _view(nlp, "Élue sous l'étiquette Les Écologistes, Anne Lerouge brigue un second mandat.")
    roots = [t for t in dv if t.head is t and not t.is_space]
    assert [t.text for t in roots] == ["brigue"]
    assert dv[0].head.text == "brigue"


def test_finite_verb_first_keeps_its_root(nlp):
    dv = _view(nlp, "Paul Rivard se présente sous la bannière Nouvel Élan, a-t-il dit.")
    roots = [t.text for t in dv if t.head is t and not t.is_space]
    assert "présente" in roots
