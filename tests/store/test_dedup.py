"""The near-duplicate signature's text folding is the resolver's ``fold``, only faster; the signature
is datasketch's MinHash of the text's shingles, byte for byte."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cercle.resolve.keys import fold
from cercle.store.dedup import SHINGLE, _minhash, fold_text, signature, to_blob

FRENCH = ("Le Président de l'ŒUVRE d'Orléans, Éloïse Müller-Çelik, a cédé 12,5 % à L.F.P. — « ĲSSEL » "
          "ﬁnance ＡＢＣ İstanbul ß ø Å K ¼ æther.")


def test_fold_text_on_french_press_text():
    assert fold_text(FRENCH) == fold(FRENCH)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_fold_text_equals_fold_on_any_unicode(text):
    assert fold_text(text) == fold(text)


def _reference(text: str) -> bytes:
    """The signature as datasketch computes it from the encoded shingles (stored signatures were)."""
    words = fold(text).split()
    if len(words) < SHINGLE:
        shingles = {" ".join(words)}
    else:
        shingles = {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
    m = _minhash()
    m.update_batch([s.encode("utf-8") for s in shingles])
    return to_blob(m)


def test_signature_is_datasketch_minhash_on_press_text():
    for n in (0, 1, 4, 5, 6, 40):
        text = " ".join((FRENCH + " ") * 3).split()[:n]
        assert to_blob(signature(" ".join(text))) == _reference(" ".join(text))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["le", "Groupe", "Valmorel", "a", "racheté", "Ardentis", "É.T.É.", "œuvre", "12,5"]),
                max_size=30))
def test_signature_is_datasketch_minhash(words):
    text = " ".join(words)
    assert to_blob(signature(text)) == _reference(text)
