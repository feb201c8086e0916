"""Second references of the s19 helper s19-coref (invented names): a descriptor with its leader ("le groupe
dirigé par X"), a title's company complement ("le patron de l'hébergeur lillois"), and a title subject set
against the person just spoken of ("Le PDG de Y, lui, …")."""
from cercle.nlp import get_nlp
from cercle.nlp.docview import DocView
from cercle.mentions import find_entities
from cercle.pipeline import clean_or_skip
from cercle.records import Article


def _resolved(text: str) -> dict[tuple[str, int], str]:
    """Each non-name mention's word and token → the entity it was resolved to."""
    clean = clean_or_skip(Article(id="t", text=text, path="t"))
    doc = DocView(get_nlp()(clean.text))
    _, _, index = find_entities(doc, clean)
    return {(doc[i].text, i): n for i, n in index.by_token.items() if index.kinds.get(i) != "name"}


def _targets(text: str, word: str) -> set[str]:
    return {n for (w, _), n in _resolved(text).items() if w == word}


def test_group_led_by_a_known_head_is_that_head_s_company():
    text = ("« Brulot est un partenaire naturel », a souligné Paul Dervin, le directeur général de Varnel. "
            "Le fonds Malto a vendu ses titres la semaine dernière. Le groupe dirigé par Paul Dervin veut aussi "
            "entrer au capital de Tessar.")
    assert _targets(text, "groupe") == {"Varnel"}


def test_group_founded_by_a_father_is_the_family_company():
    text = ("Le groupe Varnel a pris le contrôle de Tessar au terme de son offre. Arnaud Tessar, qui reste PDG "
            "du groupe fondé par son père Jean Tessar, s'était allié à Paul Dervin.")
    assert "Tessar" in _targets(text, "groupe")   # (the first "groupe" introduces Varnel)


def test_group_led_by_someone_is_no_company_listed_as_a_wholesaler():
    text = ("L'Autorité de la concurrence a infligé une amende record au groupe Varnel. Ses deux grossistes, "
            "Brulot et Tessar, écopent aussi d'une amende. Tessar n'a pas souhaité commenter. Ce n'est pas le "
            "premier revers pour le groupe dirigé par Paul Dervin : en février, il avait déjà payé une amende.")
    assert "Tessar" not in _targets(text, "groupe")


def test_bank_led_by_someone_keeps_its_own_kind():
    text = ("L'assureur Varnel a choisi de céder sa filiale de gestion à la banque Corvex. Le groupe Malto a "
            "renoncé. Varnel a préféré la banque dirigée par Jeanne Aubry, qui connaît bien le métier.")
    assert "Corvex" in _targets(text, "banque")


def test_title_subject_with_stressed_pronoun_is_not_the_previous_person():
    text = ("En 2010, le groupe Varnel révélait détenir 17 % du capital de Brulot. « On n'entre pas comme ça », "
            "avait lancé Paul Dervin, alors gérant de Brulot. Le PDG de Varnel, lui, a toujours juré ne pas "
            "vouloir prendre le contrôle de Brulot.")
    assert "Paul Dervin" not in _targets(text, "PDG")


def test_company_of_a_title_is_the_founder_s_company():
    text = ("Sur le papier, la promesse est souveraine. Bleu, la coentreprise détenue par Orvane, commercialise "
            "des logiciels américains. Tessar, sa principale rivale, est détenue par Corvex. Le ministère des "
            "Armées serait en discussion avec Tessar pour un contrat. Le fondateur de Brulot, Paul Dervin, ne "
            "décolère pas. Le patron de l'hébergeur lillois accuse Bleu de tromper ses clients.")
    assert _targets(text, "hébergeur") == {"Brulot"}
