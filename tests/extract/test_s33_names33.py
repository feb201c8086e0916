"""(s33-names33) What the cases of cases_s33_names33.py (run by test_rules.py) do not check: a name the NER ran on
over "et" and a role of the person, or over the object of a verb of giving, ends before them; a short form
joins the shortest of nested names; the word lists."""
from __future__ import annotations

import pytest

from cercle.mentions.grouping import _after_de
from cercle.mentions.index import _Span
from cercle.mentions.names33 import cut_glued_tails, drop_goods, model_code, words


def _span(doc, start, end):
    return _Span(start, end, doc[start:end].text)


def _spans_after(nlp, text, name, step):
    """The span of ``name`` in ``text`` as the NER would give it, after one step of find_entities."""
    doc = nlp(text)
    words_ = [t.text for t in doc]
    n = len(name.split())
    start = next(i for i in range(len(words_)) if " ".join(words_[i:i + n]) == name)
    spans = [_span(doc, start, start + n)]
    step(doc, spans)
    return spans


@pytest.mark.parametrize("text,name,cut", [
    ("À ses côtés, Marc Vautrin, ancien directeur général de Rallonge et coprévenu, a nié toute fraude.",
     "Rallonge et coprévenu", "Rallonge"),
    ("Lucie Brandt, ancienne présidente de Boussole et actionnaire minoritaire, a témoigné mardi.",
     "Boussole et actionnaire minoritaire", "Boussole"),
    ("Le tribunal a entendu Hervé Campion, fondateur de Sentier et complice présumé, lundi.",
     "Sentier et complice présumé", "Sentier"),
    ("En confiant à Finovia des missions toujours plus larges, le gouvernement contourne le Parlement.",
     "Finovia des missions", "Finovia"),
    ("Le ministre a attribué à Velcor des crédits supplémentaires pour l'innovation.",
     "Velcor des crédits supplémentaires", "Velcor"),
])
def test_glued_tail_is_cut(nlp, text, name, cut):
    spans = _spans_after(nlp, text, name, cut_glued_tails)
    assert spans[0].text == cut


@pytest.mark.parametrize("text,name", [
    ("La Caisse des dépôts et consignations a confié le dossier à la Banque des territoires.", "Caisse des dépôts"),
    ("Le mouvement Libertés et territoires a voté contre.", "Libertés et territoires"),
])
def test_name_with_lowercase_words_is_kept(nlp, text, name):
    spans = _spans_after(nlp, text, name, cut_glued_tails)
    assert spans[0].text == name


@pytest.mark.parametrize("text,name,kept", [
    ("Skyjet, premier client de l'A380, a réclamé des rabais.", "A380", False),
    ("Le groupe a présenté sa gamme Solstice à Lyon.", "Solstice", False),
    ("Lumio est la plateforme d'ETF de la banque.", "ETF", False),
    ("Orbalia a dévoilé son drone Orbalia X200 mardi.", "Orbalia X200", True),
    ("La chaîne TF1 et la chaîne M6 ont signé un accord.", "TF1", True),
])
def test_goods(nlp, text, name, kept):
    spans = _spans_after(nlp, text, name, drop_goods)
    assert bool(spans) == kept


def test_model_codes():
    assert model_code("A380") and model_code("A320neo") and model_code("H160")
    assert not model_code("TF1") and not model_code("M6") and not model_code("2024") and not model_code("C8")


def test_after_de_with_an_article():
    assert _after_de("Agence des participations de l'État") and _after_de("Société d'aménagement de la Ville")
    assert _after_de("Conseil d'État") and not _after_de("Union européenne")


def test_short_form_joins_the_shortest_nested_name(nlp):
    from cercle.clean import clean_article
    from cercle.mentions import find_entities
    from cercle.records import Article

    def entities(text):
        clean = clean_article(Article(id="t", text=text))
        ents, _, _ = find_entities(nlp(clean.text), clean)
        return {e.name: (e.type, e.aliases) for e in ents}
    found = entities("Paul Verdier a fondé Brenac Capital en 2009. Nous contrôlons 60 % du capital via notre holding "
                     "Brenac Capital Advisors. Des banques ont évoqué un intérêt de Norfin pour Brenac.")
    assert "Brenac Capital" in found and "Brenac Capital Advisors" in found
    assert "Brenac" in found["Brenac Capital"][1]


def test_word_lists():
    w = words()
    for key in ("product_nouns", "product_acronyms", "role_nouns", "dative_verbs", "holding_nouns"):
        assert w[key]
    assert "fonds" not in w["product_nouns"] and "famille" not in w["product_nouns"]


@pytest.mark.parametrize("text,ok", [
    ("Le groupe Kestrel a signé. Boussole, concurrent direct de Kestrel sur ce marché, proposait des drones.", True),
    ("La Région a choisi Kestrel. Escale, fournisseur historique de la collectivité, a fait appel.", True),
    ("Le fonds Talmer a cédé ses parts. Vigie, actionnaire minoritaire de Talmer, a dénoncé la vente.", True),
    ("Le groupe Talmer a publié ses comptes. Résultat, le groupe a perdu 10 % en Bourse.", False),
])
def test_opening_word_with_a_company_apposition(nlp, text, ok):
    from cercle.mentions.candidates import _bare_subject
    from cercle.nlp.docview import DocView, tokens_of
    doc = DocView(nlp(text))
    tv = tokens_of(doc)
    first = next(t for t in tv if t.is_sent_start and t.i > 0)
    assert _bare_subject(tv, first) == ok
