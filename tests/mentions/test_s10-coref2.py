"""Second references and the article's topic (tenth session, coref follow-up): invented texts."""
from __future__ import annotations

import pytest

from cercle.clean import clean_article
from cercle.mentions.entities import find_entities
from cercle.records import Article


def _topic(nlp, text):
    clean = clean_article(Article(id="t", text=text))
    return find_entities(nlp(clean.text), clean)[2].topic


@pytest.mark.parametrize("text, topic", [
    # the headline's subject, named again, no organisation dominating: the article's
    ("Orfanel rachète trois usines en Bretagne\n"
     "Le fabricant de volets Orfanel a conclu mardi un accord avec Pidoux Industrie et le fonds Brume Capital. "
     "Brume Capital détenait les sites depuis 2019 et Brume Capital les cède sans regret. Orfanel emploiera 400 salariés de plus. "
     "Pidoux Industrie garde son siège de Lorient.", "Orfanel"),
    # a name inside the subject's noun phrase ("Le constructeur de bateaux X organise …")
    ("Lorient. Le constructeur de bateaux Morvilan organise sa succession\n"
     "Le fondateur de Morvilan cède la présidence. Le fonds Iroise Capital entre au capital de Morvilan "
     "aux côtés de Iroise Capital Partenaires et de Kerlann Finance. Kerlann Finance prend 10 %, comme Kerlann Finance l'a confirmé.", "Morvilan"),
    # "chez X" in the headline
    ("Coutellerie : chez Brossaud, le patriarche passe la main\n"
     "René Marchou, 78 ans, quitte la présidence de la coutellerie Brossaud. Le fonds Cantal Capital entre au capital "
     "aux côtés de Puy Finance. Cantal Capital prend 20 %, Puy Finance 10 %.", "Brossaud"),
])
def test_the_headline_subject_is_the_topic(nlp, text, topic):
    assert _topic(nlp, text) == topic


def test_a_long_first_paragraph_is_no_headline(nlp):
    # no line break: the first "line" is the whole text, its subject no headline's
    text = ("Le groupe Orfanel a annoncé mardi être entré en négociations avec Pidoux Industrie et le fonds "
            "Brume Capital, pour un montant non communiqué, selon un communiqué publié le soir même à Paris, "
            "et l'opération devra recevoir l'avis des instances représentatives du personnel de Pidoux Industrie "
            "« Ce projet est structurant », a commenté le président de Brume Capital. Pidoux Industrie et Brume "
            "Capital ont confirmé.")
    assert _topic(nlp, text) != "Orfanel"


def test_a_bare_headline_subject_beside_another_organisation_is_not_the_topic(nlp):
    # "X lance une OPA sur Y": the article may well be about Y; the subject alone says nothing
    text = ("Orfanel lance une OPA sur Pidoux Industrie\n"
            "Le fabricant Orfanel a déposé une offre sur Pidoux Industrie et le fonds Brume Capital. "
            "Brume Capital détient 12 % et Brume Capital votera contre. Orfanel offre 30 euros. "
            "Pidoux Industrie refuse.")
    assert _topic(nlp, text) != "Orfanel"


def test_a_lead_describing_the_headline_subject_makes_it_the_topic(nlp):
    # the headline's subject is named once; the lead opens on "La start-up …", naming none: the
    # article's, over a fund the text names more often
    text = ("Kervalo lève 20 millions d'euros pour son usine\n"
            "La start-up rennaise annonce une levée menée par Brume Capital, avec Iroise Amorçage. "
            "Brume Capital prend 15 %. Brume Capital siégera au conseil. Brume Capital a aussi investi "
            "dans Ondaris.")
    assert _topic(nlp, text) == "Kervalo"


@pytest.mark.parametrize("text, word, n, expected", [
    # the description's own sentence names the target as another actor: the bidder
    ("Vannes : Kerbrat lance une offre sur Morvillec\n"
     "Faute de réponse de Morvillec, le patron de Kerbrat Industries a déposé une offre sur son rival. "
     "Le groupe breton, qui détient déjà 9 % du capital de Morvillec, vise le contrôle.", "groupe", 0,
     "Kerbrat Industries"),
    ("Ondaris a levé 5 millions d'euros en mars. La start-up a racheté cette semaine les brevets d'Ondaris "
     "à son fondateur.", "start", 0, None),
    # "l'entreprise" is not the family's holding named just before
    ("Ciments : Orfanel vise Pidoux Industrie\nLe conseil de Pidoux Industrie a rejeté l'offre. La famille contrôle "
     "31 % du capital au travers de sa holding Pidoux Investissement. Conseillée par un cabinet, l'entreprise a "
     "assigné Orfanel devant le tribunal.", "entreprise", 0, "Pidoux Industrie"),
])
def test_a_description_is_not_what_its_sentence_names_further_on(links, text, word, n, expected):
    assert links(text).get((word, n)) == expected


def test_a_headline_bid_makes_its_target_the_topic(nlp):
    # "X lance une OPA hostile sur Y": the article tells Y's defence, however often it names X
    text = ("Chimie : Orfanel lance une OPA hostile sur son rival Pidoux Industrie\n"
            "Orfanel a déposé une offre. Orfanel propose 40 euros par action. Orfanel détient 9 %. "
            "Le conseil de Pidoux Industrie a rejeté l'offre. Orfanel maintient son prix.")
    assert _topic(nlp, text) == "Pidoux Industrie"
