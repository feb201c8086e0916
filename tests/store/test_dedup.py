"""The near-duplicate signature's text folding is the resolver's ``fold``, only faster."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cercle.resolve.keys import fold
from cercle.store.dedup import fold_text

FRENCH = ("Le Président de l'ŒUVRE d'Orléans, Éloïse Müller-Çelik, a cédé 12,5 % à L.F.P. — « ĲSSEL » "
          "ﬁnance ＡＢＣ İstanbul ß ø Å K ¼ æther.")


def test_fold_text_on_french_press_text():
    assert fold_text(FRENCH) == fold(FRENCH)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_fold_text_equals_fold_on_any_unicode(text):
    assert fold_text(text) == fold(text)
