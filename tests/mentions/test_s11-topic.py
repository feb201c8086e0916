"""The article's company read from the form of its headline when no company is its subject (s11-topic):
an interview "X (Kelvio) : « … »", a portrait "X, l'ingénieure qui …", "Aux Salaisons Y, …", a family's
business ("chez les Y")."""
from __future__ import annotations

from cercle.clean import clean_article
from cercle.mentions import find_entities
from cercle.records import Article


def _topic(nlp, text):
    clean = clean_article(Article(id="t", text=text))
    return find_entities(nlp(clean.text), clean)[2].topic


def test_an_interview_headline_gives_the_speakers_company(nlp):
    text = ("Sandrine Collet (Ferravia) : « Nous ne vendrons pas nos usines »\n"
            "La dirigeante répond à nos questions. Vous affrontez Bricomax et Outilland sur tous les marchés. "
            "Bricomax a encore baissé ses prix. Bricomax est-il votre principal concurrent ? « Oui, "
            "mais nous avons de meilleurs produits. »")
    assert _topic(nlp, text) == "Ferravia"


def test_a_portrait_headline_gives_its_one_company(nlp):
    text = ("Portrait. Camille Ferrand, l'ingénieure qui redresse Kelprom\n"
            "Arrivée en 2021, Camille Ferrand a relancé les ventes. Kelprom avait perdu son principal "
            "client, Norelec. Le fonds Atrium Capital détient 30 % du capital depuis 2019. Norelec est "
            "revenu l'an dernier.")
    assert _topic(nlp, text) == "Kelprom"


def test_a_person_buying_a_company_is_no_portrait(nlp):
    # "X rachète Y": the person is the subject of a deal, not the one the headline describes
    text = ("Marc Dorval rachète Valdoris\n"
            "L'homme d'affaires a signé mardi. Le fonds Atrium Capital, qui détenait 30 % du capital, "
            "sort entièrement. Norelec, client historique, reste fidèle.")
    assert _topic(nlp, text) != "Valdoris"


def test_a_headline_set_inside_a_company_gives_it(nlp):
    text = ("CANTAL. Aux Biscuiteries Maurel, la quatrième génération prend la main\n"
            "Le biscuitier d'Aurillac réorganise son capital. Le fonds Volcans Capital entre au tour de table. "
            "Volcans Capital prend 15 % de l'entreprise. Paul Maurel cède la présidence du directoire à sa fille.")
    assert _topic(nlp, text) == "Biscuiteries Maurel"


def test_a_family_headline_gives_the_business_named_after_it(nlp):
    text = ("Jura : chez les Montferrand, la succession est réglée\n"
            "Bernard Montferrand transmet la présidence de Fromageries Montferrand à son fils Luc. Le fonds "
            "Comté Croissance, présent depuis 2018, détient 12 % du capital. Luc Montferrand prend la tête "
            "du directoire.")
    assert _topic(nlp, text) == "Fromageries Montferrand"


def test_a_family_with_a_holding_named_after_it_too_gives_none(nlp):
    # the business and the family's holding: the directoire and the capital may be either's
    text = ("Jura : chez les Montferrand, la succession est réglée\n"
            "Bernard Montferrand transmet ses titres de Montferrand Participations, la holding qui contrôle "
            "Fromageries Montferrand, à son fils Luc. Le fonds Comté Croissance prend 12 % de la holding. "
            "Luc Montferrand prend la tête du directoire.")
    assert _topic(nlp, text) is None


def test_a_bid_headline_naming_the_target_by_a_short_name_gives_the_target(nlp):
    # "OPA sur Vaubrac": the one organisation the text names in full with that word (not one it opens,
    # the employees' fund "Vaubrac Avenir")
    text = ("Béton : Hartel lance une OPA hostile sur Vaubrac\n"
            "Hartel a déposé lundi un projet d'offre sur les Ciments de Vaubrac. Hartel propose 46 euros par "
            "action. Hartel détient déjà 5 % du capital. Le fonds Vaubrac Avenir, qui pèse 4 %, n'apportera "
            "pas ses titres.")
    assert _topic(nlp, text) == "Ciments de Vaubrac"



_ROUND = ("Kelvio lève 20 millions d'euros\nLa start-up lyonnaise Kelvio annonce une levée de fonds de 20 millions "
          "d'euros. ")


def test_a_backer_declining_the_round_is_a_negated_tie(analyse_text):
    # the verb's governor is negated ("n'a pas souhaité participer"), or the verb itself ("ne figure pas
    # parmi les souscripteurs"): the tie is kept negated, never as a positive one
    for text in (_ROUND + "Sollicité, le fonds Orlane Ventures n'a pas souhaité participer à l'opération.",
                 _ROUND + "Le fonds Orlane Ventures ne figure pas parmi les souscripteurs."):
        ties = [r for r in analyse_text(text).relations if r.type == "INVESTS_IN" and r.subject == "Orlane Ventures"]
        assert ties and all(r.negated for r in ties), ties


def test_an_offers_operation_is_no_round(analyse_text):
    text = ("Hartel lance une OPA sur Kelvio\nKelvio avait bouclé une levée de fonds en 2022. Hartel a déposé "
            "lundi une offre sur Kelvio. Hartel propose 40 euros par action. Le fonds Atrium Capital mène "
            "l'opération.")
    assert not [r for r in analyse_text(text).relations if r.type == "INVESTS_IN" and r.subject == "Atrium Capital"]
