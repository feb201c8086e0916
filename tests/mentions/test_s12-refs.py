"""Object clitics (twelfth session): "lui", "la", "le", "l'" before their verb stand for an actor named
in the previous sentence or in the clause their own hangs on. Invented texts, invented names."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, word, expected", [
    # "lui" with no other actor before it: the previous sentence's subject
    ("La société Norvalis traverse une passe difficile. Le groupe Vantelle Industries lui a accordé un prêt "
     "de 3 millions d'euros.", ("lui", 0), "Norvalis"),
    ("Brestal Chantiers cherche des commandes depuis un an. L'armateur Oceanor Lines lui a commandé "
     "quatre navires.", ("lui", 0), "Brestal Chantiers"),
    ("Marc Pélissier a démissionné de la présidence du club en mars. Les supporters lui reprochaient ses choix "
     "de recrutement.", ("lui", 0), "Marc Pélissier"),
    # "l'" agreeing with a feminine participle: not the previous subject of the other gender
    ("La société Norvalis traverse une passe difficile. Le groupe Vantelle Industries lui a accordé un prêt. "
     "Le fonds Arcadia Capital l'a rachetée en 2024.", ("l'", 0), "Norvalis"),
    ("La société Fontelle Emballages était à vendre depuis 2021. Le groupe Castaing Industrie l'a "
     "finalement rachetée en juin.", ("l'", 0), "Fontelle Emballages"),
    # "la" for a woman, with a relative clause of its own
    ("Sophie Marland brigue un second mandat. Le sénateur Paul Ferrand, qui la connaît depuis "
     "vingt ans, votera pour elle.", ("la", 0), "Sophie Marland"),
    ("Hélène Quintard est arrivée chez Dalbert Conseil en 2019. Le PDG Jacques Morvan, qui l'a recrutée, "
     "ne tarit pas d'éloges.", ("l'", 0), "Hélène Quintard"),
    # in a clause hung on another: the subject of that clause, past "le conseil de Y"
    ("Claire Vasseur, 52 ans, a accepté l'exercice depuis que le conseil d'administration de Ternelle "
     "Industries l'a désignée directrice générale.", ("l'", 1), "Claire Vasseur"),
    ("Claire Vasseur quitte la banque Morlan. Le conseil d'administration de Ternelle Industries l'a nommée "
     "directrice générale mardi.", ("l'", 0), "Claire Vasseur"),
    # not the owner in a noun's "de" phrase beside the doer ("le président du conseil de Y, X, qui l'a…")
    ("Marie Clavel a été nommée directrice générale. Le président du conseil de Brenor Industries, Jacques "
     "Morvan, qui l'a soutenue, s'en félicite.", ("l'", 0), "Marie Clavel"),
    ("Lucie Armand rejoint le groupe Ferval comme directrice. Paul Amiot, directeur de la banque Orvel, qui l'a recrutée "
     "en 2015, salue ce choix.", ("l'", 0), "Lucie Armand"),
    ("Le cabinet Varenne Associés a assigné Delmas Audit, le commissaire aux comptes de Fortis Négoce, et lui "
     "réclame 3 millions d'euros.", ("lui", 0), "Delmas Audit"),
])
def test_object_clitic(links, text, word, expected):
    assert links(text).get(word) == expected


@pytest.mark.parametrize("text, word", [
    # a thing of the clitic's gender named in between: likelier what it stands for
    ("L'association Terre Vive critique la réforme. Paul Ferrand l'a soutenue sans réserve.", ("l'", 1)),
    ("Le groupe Castaing Industrie a déposé une offre sur Fontelle Emballages. Le conseil de Brenac Holding "
     "l'a rejetée.", ("l'", 0)),
    ("Paul Ternier a présenté une motion contre Anne Cordier. Le bureau du parti Renouveau l'a adoptée.",
     ("l'", 0)),
    # stressed "lui" beside the subject, no object
    ("Hugo Brelin, qui dirige la filiale Varsel Shipping, est lui aussi visé par une interdiction de voyager.",
     ("lui", 0)),
    ("Le fonds Ormelle Capital a vendu ses parts. Son associé Paul Ternier a, lui, choisi de rester.", ("lui", 0)),
    # the previous sentence is about an actor the text does not name there
    ("La start-up, qui recycle le lithium, boucle une levée menée par Brisach Capital. L'équipementier "
     "Dufresnoy Industries lui confie un contrat.", ("lui", 0)),
    # a quotation speaks of its own actors
    ("Le groupe Halbert Foods a fait une offre. « Nous l'avons déclinée », a dit Anne Roux.", ("l'", 0)),
    # a thing of its gender is the subject of the sentence's main clause
    ("Anne Dorval a été nommée à la présidence. Sa nomination doit beaucoup à Paul Amiot, qui l'a soutenue.",
     ("l'", 0)),
])
def test_object_clitic_left_alone(links, text, word):
    assert links(text).get(word) is None


@pytest.mark.parametrize("text, word, expected", [
    # a clause after a colon or semicolon goes on about its sentence's subject, past a noun of the
    # pronoun's gender before the colon
    ("Nommée en mars, la nouvelle présidente, Julie Marchal, a choisi la fermeté : au nom du groupe, elle a "
     "porté plainte contre son prédécesseur.", ("elle", 0), "Julie Marchal"),
    ("La directrice financière, Anne Rivoal, a quitté la direction de Ferlac : elle rejoindra en mai la "
     "société Boréal Isolation.", ("elle", 0), "Anne Rivoal"),
    ("Le fondateur, Paul Mérel, a tourné le dos au projet ; il a cédé ses parts au fonds Arvane Capital.",
     ("il", 0), "Paul Mérel"),
])
def test_subject_after_colon(links, text, word, expected):
    assert links(text).get(word) == expected



@pytest.mark.parametrize("text, word, expected", [
    # a sentence with no verb and no actor between: the chain of the sentence before it goes on
    ("Julie Vasseur, la discrète qui prend les commandes de Norvalis\n\nÀ 49 ans, elle devient la première "
     "femme à diriger la banque Norvalis. Récit d'une ascension.\n\nElle n'aime ni les micros ni les caméras.",
     ("elle", 1), "Julie Vasseur"),
    ("Marc Delorme a repris le chantier naval Brestal en 2019. Portrait d'un patron discret.\n\nIl déteste "
     "les cocktails.", ("il", 0), "Marc Delorme"),
    # a person by what the sentence says (an age, "la première femme"), after a sentence about a company
    ("La banque Norvalis a nommé Julie Vasseur à sa tête. À 49 ans, elle devient la première femme à diriger "
     "un assureur de l'Ouest.", ("elle", 0), "Julie Vasseur"),
    ("La société Ternelle a recruté Paul Amiot en mars. Il devient le premier homme à diriger une filiale du "
     "groupe.", ("il", 0), "Paul Amiot"),
    ("La mutuelle Corvane a choisi Anne Leduc pour la diriger. À 52 ans, elle succède à Jean Morvan.",
     ("elle", 0), "Anne Leduc"),
])
def test_subject_pronoun_person(links, text, word, expected):
    assert links(text).get(word) == expected
