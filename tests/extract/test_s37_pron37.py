"""(s37-pron37) What the cases of cases_s37_pron37.py (run by test_rules.py) do not check: which actor each pronoun
mention stands for (a stressed pronoun after a preposition is never its clause's subject; "lui" stressed is a man,
"elle" a woman; "Quant à son frère, X, …, il" is X), an organisation's gender from the nouns the text gave it, and a
plural actor taking no singular pronoun."""
from __future__ import annotations

from cercle.mentions.pron37 import _data


def _pronouns(nlp, text: str) -> list[tuple[str, str]]:
    """(pronoun, actor) of every pronoun mention of the text, in order."""
    from cercle.clean import clean_article
    from cercle.mentions import find_entities
    from cercle.nlp.docview import DocView
    from cercle.records import Article
    clean = clean_article(Article(id="t", text=text, path="t.txt"))
    _, mentions, _ = find_entities(DocView(nlp(clean.text)), clean)
    return [(m.text.lower(), m.entity) for m in mentions if m.kind == "pronoun"]


def test_lexicon_prepositions_and_plural_determiners():
    d = _data()
    assert ("avec",) in d["preps"] and ("contre",) in d["preps"] and ("face", "à") in d["preps"]
    assert {"les", "des", "aux"} <= d["plural"]


def test_stressed_pronoun_is_not_its_clause_subject(nlp):
    text = ("Le fondateur Gérard Morvan dirige toujours le groupe. Son fils, Olivier Morvan, a quitté l'entreprise "
            "après un violent désaccord avec lui.")
    assert ("lui", "Gérard Morvan") in _pronouns(nlp, text)
    assert ("lui", "Olivier Morvan") not in _pronouns(nlp, text)


def test_stressed_elle_is_a_woman(nlp):
    # ("elle" after "avec": the woman the sentence before named, not the man of its own clause nor his party)
    text = ("La maire sortante, Nadia Ferrand, brigue un second mandat. Le chef de file des écologistes, Hugo Delmas, "
            "a signé lundi un accord avec elle.")
    assert ("elle", "Nadia Ferrand") in _pronouns(nlp, text)


def test_stressed_pronoun_with_two_fitting_persons_is_left_alone(nlp):
    text = ("Paul Vernet et Marc Aubry ont quitté le parti. Jeanne Roussel a rompu avec lui en mars.")
    assert not [p for p in _pronouns(nlp, text) if p[0] == "lui"]


def test_detached_name_after_quant_a(nlp):
    text = ("Le fils aîné, Arnaud Morel, a quitté l'entreprise en 2019. Quant à son frère, Gilles Morel, longtemps "
            "directeur immobilier du groupe, il a été écarté en 2015.")
    assert ("il", "Gilles Morel") in _pronouns(nlp, text)


def test_plural_actor_takes_no_elle(nlp):
    text = ("La ministre Amandine Carel tient bon. Les Fédérés, alliés du Centre libéral, lui reprochent l'écotaxe. "
            "Elle peut compter, en revanche, sur Fabienne Lacroix.")
    assert ("elle", "Fédérés") not in _pronouns(nlp, text)


def test_masculine_descriptor_keeps_elle_off_an_organisation(nlp):
    # ("l'assureur": an organisation the text only called by a masculine noun is no "elle"; the portrait's woman is)
    text = ("À 52 ans, Inès Larrieu deviendra en septembre la première femme à diriger Pléiane Assurances. Le conseil "
            "d'administration de l'assureur l'a désignée jeudi, en remplacement de Thierry Nogent. Polytechnicienne, "
            "elle a fait ses armes chez le réassureur Ostermark Re.")
    got = _pronouns(nlp, text)
    assert ("elle", "Inès Larrieu") in got and ("elle", "Pléiane Assurances") not in got
