"""The readers core.slots calls only on the words they declare (slots/gate.py, @acts_on): each declaration
must let through every word its reader acts on. Checked on the invented evaluation texts, the synthetic
articles and the dev corpus (when there): in gate.CHECK mode every reader is called, and one its
declaration keeps out must leave the slots as they were."""
from __future__ import annotations

import json

import pytest

from conftest import CORPUS, ROOT


def _texts() -> list[str]:
    from cercle.runner.synthetic import articles

    texts = [json.loads(p.read_text("utf-8"))["text"] for p in sorted((ROOT / "eval" / "invented").glob("*.json"))]
    texts += [a["text"] for a in articles(60)]
    if CORPUS.is_dir():
        texts += [json.loads(p.read_text("utf-8"))["text"] for p in sorted(CORPUS.glob("*.json"))]
    return texts


def test_declarations_hold(nlp, monkeypatch):
    from cercle.clean import clean_article
    from cercle.extract.slots import gate
    from cercle.pipeline import analyse
    from cercle.records import Article

    monkeypatch.setattr(gate, "CHECK", True)
    cleaned = [c for c in (clean_article(Article(id=str(i), text=t)) for i, t in enumerate(_texts()))
               if hasattr(c, "blocks")]
    assert len(cleaned) > 300
    for clean, doc in zip(cleaned, nlp.pipe(c.text for c in cleaned)):
        analyse(clean, doc)   # (raises AssertionError naming the reader whose declaration is too narrow)


def test_a_reader_without_declaration_is_refused():
    from cercle.extract.slots.gate import Readers, acts_on

    def undeclared(t, index, out, verbal):
        pass

    with pytest.raises(TypeError, match="undeclared"):
        Readers(undeclared)
    Readers(acts_on(lambda w: w.verbal)(undeclared))


def test_a_too_narrow_declaration_is_caught(nlp, monkeypatch):
    from cercle.clean import clean_article
    from cercle.extract.slots import core, gate
    from cercle.pipeline import analyse
    from cercle.records import Article

    # ministry_kept declared for no word at all: CHECK finds it acting on "garde"
    narrow = gate.Readers(*(gate.acts_on(lambda w: False)(lambda t, i, o, v, r=r: r(t, i, o, v))
                            if r.__name__ == "ministry_kept" else r for r in core._GAP_READERS.readers))
    monkeypatch.setattr(core, "_GAP_READERS", narrow)
    monkeypatch.setattr(gate, "CHECK", True)
    text = "Le Premier ministre Paul Marlin garde le ministère de l'Intérieur."
    clean = clean_article(Article(id="t", text=text))
    with pytest.raises(AssertionError, match="acts_on"):
        analyse(clean, nlp(clean.text))


def test_the_word_key_kept_for_a_trigger_follows_its_tags(nlp):
    """slots() calls eight runs on one trigger: the first builds the gate's key and keeps it on the Found
    (gate.word_key); a later run must still choose by the trigger's tags of now, should a reader retag it."""
    from cercle.extract.slots.found import Found
    from cercle.extract.slots.gate import Readers, acts_on
    from cercle.nlp.docview import DocView

    view = DocView(nlp("Le groupe contrôle la société."))
    try:
        t = view[2]
        calls = []
        on_verbs = Readers(acts_on(lambda w: w.pos == "VERB")(lambda t, i, o, v: calls.append("verb")))
        on_nouns = Readers(acts_on(lambda w: w.pos == "NOUN")(lambda t, i, o, v: calls.append("noun")))
        out = Found(t, None)
        t.pos_ = "VERB"
        on_verbs(t, None, out, True)
        on_nouns(t, None, out, True)
        assert out.gate_key is not None and calls == ["verb"]   # (the key kept, reused by the second run)
        t.pos_ = "NOUN"   # a reader retagging the trigger: the next run reads the new tag
        on_verbs(t, None, out, True)
        on_nouns(t, None, out, True)
        assert calls == ["verb", "noun"]
    finally:
        view.release()
