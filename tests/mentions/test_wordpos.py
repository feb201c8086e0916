"""The mention stage's word index (mentions/wordpos.py) only skips tokens its passes would skip: the
entities and mentions are the same with the prefilter off (every token walked) as with it on. A pass
whose first test starts accepting a word its ``at_words`` call does not list fails here."""
from __future__ import annotations

import glob
import json
from pathlib import Path

import pytest

from cercle.clean import clean_article
from cercle.mentions import wordpos
from cercle.mentions.entities import find_entities
from cercle.nlp.docview import DocView
from cercle.records import Article

_INVENTED = sorted(glob.glob(str(Path(__file__).resolve().parents[2] / "eval" / "invented" / "*.json")))

# (texts that reach each prefiltered pass: brackets, an apposed acronym, a name going on in lower case, a
# purpose body, a head of state by adjective, a public body, a title)
_TEXTS = [
    "La conseillère communautaire Armelle Kervella (Servir Quimper) a voté contre. L'élue d'opposition "
    "(Bretagne en commun) s'est abstenue.",
    "Le Conseil national des barreaux, le CNB, a saisi le parquet de Paris. Le collectif Bassines non merci, "
    "qui manifestait, a été reçu.",
    "Le Fonds pour la liberté de la presse, créé par Paul Verdier, soutient La France insoumise.",
    "Le Premier ministre valdarien Narendra Kelvani a reçu la présidente de Technova, Léa Morvan. "
    "La dirigeante a salué l'ex-directeur général de Kelvio, Hugo Bram.",
]


def _run(text: str, prefilter: bool):
    wordpos.PREFILTER = prefilter
    try:
        clean = clean_article(Article(id="t", text=text))
        ents, mentions, _ = find_entities(DocView(_nlp(clean.text)), clean)
    finally:
        wordpos.PREFILTER = True
    return [(e.name, e.type, tuple(e.aliases)) for e in ents], [repr(m) for m in mentions]


_nlp = None


@pytest.fixture(scope="module", autouse=True)
def _model(nlp):
    global _nlp
    _nlp = nlp


@pytest.mark.parametrize("text", _TEXTS + [json.load(open(p))["text"] for p in _INVENTED[:60:3]])
def test_prefilter_changes_nothing(text):
    assert _run(text, True) == _run(text, False)


def test_at_words_gives_each_word_in_order(nlp):
    doc = DocView(nlp("Le groupe, la société et le fonds (le Groupe) : le groupe."))
    tv = doc.tokens
    want = [t.i for t in tv if t.lower_ in ("le", "groupe", "(")]
    assert wordpos.at_words(doc, ["le", "groupe", "(", "absent"]) == want
    assert wordpos.at_words(doc, ["absent"]) == []
