"""DocView reads the same token attributes as spaCy: the rules must see no difference."""
from __future__ import annotations

import pytest

from cercle.nlp.docview import DocView

TEXTS = [
    "Maritima a lancé une offre de 2,5 milliards d'euros sur Orbalia.",
    "Le conseil d'Orbalia, qui a rejeté l'offre de rachat de Maritima, n'a pas investi dans Kelvio. "
    "Il a indiqué mardi que ses dirigeants, Jeanne Morel et Luc Garnier, avaient quitté le groupe en 2019; "
    "celle-ci aurait rejoint la holding Verlane (Onda TV, Radio Sud), dont elle détient 72,5 %.",
    "Alliance. Selon Les Echos, le PDG de Technova, Paul Verdier, aurait racheté 20 % d'Orbalia.\n\n"
    "| Fonds | Relation avec le repreneur |\n| Atlas Capital | Actionnaire de sa holding |\n",
    "",
]


def _same_token(t, v):
    for name in ("i", "text", "lower_", "lemma_", "pos_", "dep_", "idx", "whitespace_", "is_sent_start",
                 "is_space", "is_punct", "like_num", "is_lower", "is_alpha"):
        assert getattr(t, name) == getattr(v, name), (t.i, name)
    assert len(t) == len(v) and v.doc[v.i] is v
    assert t.head.i == v.head.i
    for name in ("children", "lefts", "rights", "subtree", "ancestors"):
        assert [x.i for x in getattr(t, name)] == [x.i for x in getattr(v, name)], (t.i, name)
    assert (t.left_edge.i, t.right_edge.i) == (v.left_edge.i, v.right_edge.i)
    assert (t.sent.start, t.sent.end, t.sent.text) == (v.sent.start, v.sent.end, v.sent.text)
    assert str(t.morph) == str(v.morph)
    for field in ("Number", "Gender", "Mood", "Tense", "VerbForm", "Poss", "PronType", "Nope"):
        assert t.morph.get(field) == v.morph.get(field), (t.i, field)


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_docview_matches_spacy(nlp, text):
    doc = nlp(text)
    view = DocView(doc)
    assert len(view) == len(doc) and view.text == doc.text
    for t in doc:
        _same_token(t, view[t.i])
    assert [(s.start, s.end) for s in doc.sents] == [(s.start, s.end) for s in view.sents]
    assert [(e.start, e.end, e.label_, e.text) for e in doc.ents] == \
        [(e.start, e.end, e.label_, e.text) for e in view.ents]
    n = len(doc)
    for a, b in [(0, n), (2, 5), (-3, None), (None, 4), (5, 2), (n, n + 3), (1, 1)]:
        s, v = doc[a:b], view[a:b]
        assert (s.start, s.end, s.start_char, s.end_char, s.text, len(s)) == \
            (v.start, v.end, v.start_char, v.end_char, v.text, len(v)), (a, b)
        assert [t.i for t in reversed(s)] == [t.i for t in reversed(v)]
        if len(s):
            assert (s.root.i, s[-1].i, s[0].i) == (v.root.i, v[-1].i, v[0].i)
    for start, end in [(0, 7), (3, 40), (10, 11)]:
        for mode in ("strict", "expand", "contract"):
            s, v = doc.char_span(start, end, alignment_mode=mode), view.char_span(start, end, alignment_mode=mode)
            assert (s is None and v is None) or (s.start, s.end) == (v.start, v.end)


def test_release_breaks_cycles(nlp):
    view = DocView(nlp("Le fonds Atlas Capital détient 12 % de Vitalis."))
    tok = view[0]
    view.release()
    assert tok.head is None and len(view) == 0


def test_ents_read_from_the_columns(nlp):
    """The view reads the entities from ENT_IOB/ENT_TYPE as Doc.ents does: adjacent entities, one at the
    end of the text, none at all."""
    from spacy.tokens import Span

    doc = nlp("Atlas Capital Vitalis et Kelvio signent à Lyon")
    doc.ents = [Span(doc, 0, 2, label="ORG"), Span(doc, 2, 3, label="ORG"), Span(doc, 4, 5, label="PER"),
                Span(doc, 7, 8, label="LOC")]
    assert [(e.start, e.end, e.label_) for e in DocView(doc).ents] == \
        [(e.start, e.end, e.label_) for e in doc.ents] == [(0, 2, "ORG"), (2, 3, "ORG"), (4, 5, "PER"), (7, 8, "LOC")]
    doc.ents = []
    assert DocView(doc).ents == () == doc.ents
