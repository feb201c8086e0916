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


def _mend_chain():
    """The if/elif tests of DocView.__init__'s mends (the loop that opens on the _MEND_DEPS skip)."""
    import ast
    import inspect

    from cercle.nlp import docview

    tree = ast.parse(inspect.getsource(docview))
    init = next(f for c in tree.body if isinstance(c, ast.ClassDef) and c.name == "DocView"
                for f in c.body if isinstance(f, ast.FunctionDef) and f.name == "__init__")
    loop = next(n for n in ast.walk(init) if isinstance(n, ast.For) and len(n.body) >= 2
                and isinstance(n.body[0], ast.If) and "_MEND_DEPS" in ast.unparse(n.body[0].test))
    tests, node = [], loop.body[1]
    while isinstance(node, ast.If):
        tests.append(node.test)
        node = node.orelse[0] if len(node.orelse) == 1 and isinstance(node.orelse[0], ast.If) else None
    assert len(loop.body) == 2 and len(tests) > 10
    return docview, tests


def _strings(docview, node) -> set | None:
    """The strings a constant, a tuple of constants or a module-level set of the view names."""
    import ast

    if isinstance(node, ast.Constant):
        return {node.value}
    if isinstance(node, (ast.Tuple, ast.Set)) and all(isinstance(e, ast.Constant) for e in node.elts):
        return {e.value for e in node.elts}
    if isinstance(node, ast.Name) and isinstance(getattr(docview, node.id, None), (set, frozenset)):
        return set(getattr(docview, node.id))
    return None


def test_every_mend_starts_on_a_word_the_skip_lets_through():
    """The mends' loop skips the words none of them can start on (_MEND_DEPS, _MEND_WORDS): each mend's
    test must open, before any call, on a condition that the skip lets through - an adjective, a tag and
    link of _MEND_DEPS, "acl:relcl", or words of _MEND_WORDS. A mend added without its tag, link or word
    there would never run on the words it was written for."""
    import ast

    docview, tests = _mend_chain()
    for test in tests:
        conds = test.values if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And) else [test]
        pos = deps = None
        ok = False
        for cond in conds:
            if any(isinstance(n, ast.Call) for n in ast.walk(cond)):
                break   # (only what is read before a call: a call might change the view)
            if not (isinstance(cond, ast.Compare) and len(cond.ops) == 1 and isinstance(cond.left, ast.Attribute)
                    and isinstance(cond.left.value, ast.Name) and cond.left.value.id == "t"):
                continue
            attr, op, values = cond.left.attr, cond.ops[0], _strings(docview, cond.comparators[0])
            if values is None or not isinstance(op, (ast.Eq, ast.In)):
                continue
            if attr == "lower_" and values <= docview._MEND_WORDS:
                ok = True
            elif attr == "pos_" and values == {"ADJ"}:
                ok = True
            elif attr == "dep_" and values == {"acl:relcl"}:
                ok = True
            elif attr == "pos_":
                pos = values
            elif attr == "dep_":
                deps = values
            if pos is not None and deps is not None and all(deps <= docview._MEND_DEPS.get(p, set()) for p in pos):
                ok = True
        assert ok, f"a mend the skip of _MEND_DEPS / _MEND_WORDS may keep out: {ast.unparse(test)[:120]}"


def test_mend_skip_leaves_the_view_as_it_was(nlp, monkeypatch):
    """With the skip, the view is the one every word's mends give (texts that start several mends)."""
    from cercle.nlp import docview

    texts = TEXTS[:3] + [
        "X a lancé vendredi une offre sur Y. Le groupe, qui contrôle déjà Z, a de son côté mandaté la banque W.",
        "Anne Fabre, jusqu'ici directrice financière de Technova, prendra la tête de Kelvio. À 41 ans, elle lui a "
        "accordé un prêt.",
    ]
    for text in texts:
        doc = nlp(text)
        fast = DocView(doc)
        with monkeypatch.context() as m:
            m.setattr(docview, "_MEND_WORDS", _Everything())
            full = DocView(doc)
        for a, b in zip(fast.tokens, full.tokens):
            assert (a.pos_, a.lemma_, a.dep_, a.head.i, [c.i for c in a.children]) == \
                (b.pos_, b.lemma_, b.dep_, b.head.i, [c.i for c in b.children]), (text, a.i)


class _Everything(frozenset):
    """A set holding every word: no word is skipped."""

    def __contains__(self, item) -> bool:
        return True


def test_derived_index_is_built_once_per_view_and_dropped_on_release(nlp):
    view = DocView(nlp("Le groupe de Redmond a racheté Kelvio. Le groupe de Lyon aussi."))
    calls = []

    def build(v):
        calls.append(v)
        return frozenset(i for i, t in enumerate(v.tokens) if t.lower_ == "groupe")

    first = view.derived("groupes", build)
    assert first == frozenset({1, 9}) and view.derived("groupes", build) is first
    assert len(calls) == 1   # the second call is the kept index
    other = DocView(nlp("Le groupe Kelvio."))
    assert other.derived("groupes", build) == frozenset({1}) and len(calls) == 2   # per document
    view.release()
    assert view.derived("groupes", build) == frozenset() and len(calls) == 3   # rebuilt on the emptied view
