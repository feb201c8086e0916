"""Attribute recognisers on team-written French sentences (ONTOLOGY.md "Attributes").

Amounts, shares and dates read plain text (no model needed); status, negation
and attribution read the parse of the real French model (session fixture ``nlp``).
"""
from __future__ import annotations

import pytest

from cercle.extract.attributes import (attribution_of, find_amounts, find_dates, find_shares,
                                       is_negated, nearest, status_of)

# ---------------------------------------------------------------- amounts

AMOUNTS = [
    ("Le groupe a pesé 12,4 milliards de dollars l'an passé.", "12,4 milliards de dollars", 12.4e9, "USD"),
    ("Le fonds apporte 350 millions d'euros.", "350 millions d'euros", 350e6, "EUR"),
    ("La cession porte sur 1,5 Md€.", "1,5 Md€", 1.5e9, "EUR"),
    ("La start-up lève 43 M$ auprès de trois fonds.", "43 M$", 43e6, "USD"),
    ("Il met un milliard d'euros sur la table.", "un milliard d'euros", 1e9, "EUR"),
    ("Le club est cédé pour 1 euro symbolique.", "1 euro symbolique", 1.0, "EUR"),
    ("Une enveloppe de 2 milliards d’euros est prévue.", "2 milliards d’euros", 2e9, "EUR"),
    ("La mairie a reçu 100 000 euros.", "100 000 euros", 1e5, "EUR"),
    ("La mairie a reçu 100.000 €.", "100.000 €", 1e5, "EUR"),
    ("Un tour de table de 5 M€ a été bouclé.", "5 M€", 5e6, "EUR"),
    ("Le club anglais a coûté 300 millions de livres.", "300 millions de livres", 300e6, "GBP"),
    ("Une offre à € 2,5 milliards a été déposée.", "€ 2,5 milliards", 2.5e9, "EUR"),
    ("La banque a versé près de 1,2 milliard de francs suisses.",
     "près de 1,2 milliard de francs suisses", 1.2e9, "CHF"),
    ("L'opération valorise la cible à 1,2 Md$.", "1,2 Md$", 1.2e9, "USD"),
    ("Le conglomérat japonais investit 8 milliards de yens.", "8 milliards de yens", 8e9, "JPY"),
    ("Un contrat de plus de 900 millions d'euros a été signé.", "plus de 900 millions d'euros", 900e6, "EUR"),
    ("La chaîne paie 250 M€ par saison.", "250 M€ par saison", 250e6, "EUR"),
    ("Il a versé un million marks au trésorier.", "un million marks", 1e6, "DEM"),
    ("Le fonds a apporté une dizaine de millions d'euros.", "une dizaine de millions d'euros", 10e6, "EUR"),
    ("Le prix atteint 1 milliard et demi de dollars.", "1 milliard et demi de dollars", 1.5e9, "USD"),
]


@pytest.mark.parametrize("text,written,value,currency", AMOUNTS)
def test_amount_forms(text, written, value, currency):
    found = find_amounts(text)
    assert len(found) == 1, found
    start, end, amount = found[0]
    assert text[start:end] == amount.text == written
    assert amount.value == pytest.approx(value)
    assert amount.currency == currency


def test_bare_scale_takes_currency_from_the_sentence():
    text = "Le chiffre d'affaires atteint 12 milliards de dollars, dont 8,5 milliards hors d'Europe."
    found = find_amounts(text)
    assert [a.text for _, _, a in found] == ["12 milliards de dollars", "8,5 milliards"]
    assert found[1][2].currency == "USD"
    alone = find_amounts("Le groupe pèse quelque 700 millions.")
    assert alone[0][2].text == "quelque 700 millions" and alone[0][2].currency is None
    assert find_amounts("Le groupe pèse 700 millions.", default_currency="EUR")[0][2].currency == "EUR"


@pytest.mark.parametrize("text", [
    "Le groupe emploie 2 000 salariés depuis 2018.",
    "Il détient 10 millions d'actions, soit 15 % du capital.",
    "La plateforme revendique 3 millions d'abonnés.",
    "Une livre de beurre et un franc succès.",
    "Le titre a pris 4,5 % en 2021.",
])
def test_not_amounts(text):
    assert find_amounts(text) == []


def test_amount_offsets_are_doc_offsets(nlp):
    doc = nlp("Le fonds est entré au capital. Il a versé 20 millions d'euros à la société.")
    sent = list(doc.sents)[1]
    (start, end, amount), = find_amounts(sent)
    assert doc.text[start:end] == "20 millions d'euros" == amount.text


# ---------------------------------------------------------------- shares

@pytest.mark.parametrize("text,value", [
    ("Il est propriétaire du quotidien à 72,5 %.", 72.5),
    ("La holding est détenue à 49% par la famille.", 49.0),
    ("Le fonds détient 15 % du capital.", 15.0),
    ("L'État conserve 20 pour cent des titres.", 20.0),
    ("Elle possède un tiers du capital.", 33.33),
    ("La famille garde 0,5\u00a0% des droits de vote.", 0.5),
])
def test_share_forms(text, value):
    found = find_shares(text)
    assert [v for _, _, v in found] == [pytest.approx(value)]


@pytest.mark.parametrize("text", [
    "Le chiffre d'affaires est en hausse de 5 % sur un an.",
    "Le titre a progressé de 3,2 % à la Bourse de Paris.",
    "Les ventes ont reculé de 12 %.",
    "La moitié des salariés sont en grève.",
])
def test_not_shares(text):
    assert find_shares(text) == []


def test_share_offsets():
    text = "Sa participation est passée de 14,35 % à 15,33 % des actions."
    found = find_shares(text)
    assert [text[s:e] for s, e, _ in found] == ["14,35 %", "15,33 %"]
    assert nearest(found, text.index("des actions"))[2] == 15.33


# ---------------------------------------------------------------- dates

@pytest.mark.parametrize("text,expected", [
    ("La société a été fondée en 2018.", "2018"),
    ("L'accord a été signé le 10 février 2021 à Bercy.", "2021-02-10"),
    ("Le rachat a été conclu en avril 2021.", "2021-04"),
    ("Elle possède cette part depuis l'été 2018.", "2018"),
    ("Il a quitté la banque fin 2019.", "2019"),
    ("Le 1er juillet 2022, il prend la tête du groupe.", "2022-07-01"),
    ("Le pacte a été signé le 03/04/2020.", "2020-04-03"),
    ("Depuis 2009, elle dirige la banque.", "2009"),
])
def test_date_forms(text, expected):
    assert [v for _, _, v in find_dates(text)] == [expected]


def test_day_month_without_year_uses_reference_date():
    text = "Le groupe a annoncé lundi 8 mai avoir accepté l'offre."
    assert [v for _, _, v in find_dates(text)] == ["--05-08"]
    assert [v for _, _, v in find_dates(text, ref_date="2023-05-10")] == ["2023-05-08"]
    # a December event in a January article is last year's
    assert find_dates("Il a été nommé le 20 décembre.", ref_date="2024-01-15")[0][2] == "2023-12-20"
    assert find_dates("Il a racheté la société l'an dernier.", ref_date="2022-06-01")[0][2] == "2021"
    assert find_dates("Il a racheté la société l'an dernier.") == []


@pytest.mark.parametrize("text", [
    "Le groupe emploie 2 000 salariés.",
    "Il a payé 2018 euros pour ce tableau.",
    "La valorisation atteint 2 milliards d'euros.",
    "Dans les années 1990, la banque était publique.",
])
def test_not_dates(text):
    assert find_dates(text) == []


@pytest.mark.parametrize("text,expected", [
    ("LE RACHAT A ÉTÉ CONCLU EN AVRIL 2021.", ["2021-04"]),
    ("Signé le 8 MAI, l'accord…", ["--05-08"]),
    ("Nommé en Septembre 2020.", ["2020-09"]),
    ("Signé le 8 mai à İzmir.", ["--05-08"]),   # (a dotted capital I: the regex itself decides)
    ("Rien de datable à İzmir.", []),
])
def test_date_first_look_keeps_case_insensitive_matches(text, expected):
    # find_dates first looks for a year, a month or "an" in the lower-case text (speed): it must let
    # through every sentence the case-insensitive regexes read
    assert [v for _, _, v in find_dates(text)] == expected


def test_lowered_gives_up_on_letters_it_would_fold_differently():
    from cercle.extract.lexicon import lowered

    assert lowered("Selon Des RUMEURS") == "selon des rumeurs"
    assert lowered("ſanction") is None and lowered("İstanbul") is None


def test_count_is_not_a_year(nlp):
    doc = nlp("Le groupe emploie 2000 salariés depuis 2015.")
    assert [v for _, _, v in find_dates(doc[:])] == ["2015"]


def test_two_years(nlp):
    doc = nlp("Il a travaillé au cabinet du ministre entre 1993 et 1995.")
    assert [v for _, _, v in find_dates(doc[:])] == ["1993", "1995"]


# ---------------------------------------------------------------- status / negation / attribution

def _parse(nlp, text, trigger):
    doc = nlp(text)
    sent = doc[:]
    tok = next(t for t in doc if t.text == trigger)
    return sent, tok


STATUS = [
    ("L'ancien PDG de la banque a rencontré le ministre.", "PDG", None, "former"),
    ("L'ex-PDG du constructeur a rencontré le ministre.", "ex-PDG", None, "former"),
    ("Elle a quitté le groupe en 2019.", "quitté", "state", "former"),
    ("Il a été PDG de la banque pendant dix ans.", "PDG", "state", "former"),
    ("Le conseil a rejeté l'offre de rachat du fonds canadien.", "rachat", "event", "rejected"),
    ("Le ministre s'oppose au rachat de l'enseigne par le groupe canadien.", "rachat", "event", "rejected"),
    ("Le rachat a échoué.", "rachat", "event", "rejected"),
    ("Le fonds dément avoir racheté la banque.", "racheté", "event", "denied"),
    ("La banque a démenti toute prise de participation dans le club.", "participation", None, "denied"),
    ("Le groupe a finalisé le rachat de la chaîne.", "rachat", "event", "completed"),
    ("Le groupe a racheté la chaîne pour 3 milliards de dollars.", "racheté", "event", "completed"),
    ("La société, rachetée par le géant américain, emploie 200 personnes.", "rachetée", "event", "completed"),
    ("Le groupe devrait racheter le quotidien.", "racheter", "event", "proposed"),
    ("Le groupe va racheter la chaîne.", "racheter", "event", "proposed"),
    ("Elle prendra la tête du constructeur en avril.", "tête", "state", "proposed"),
    ("Le groupe est en négociations exclusives en vue du rachat du journal.", "rachat", "event", "proposed"),
    ("Le groupe aurait proposé 50 millions d'euros pour le journal.", "proposé", "event", "proposed"),
    ("Le fonds envisage de racheter la société.", "racheter", "event", "proposed"),
    ("Selon la presse, le groupe aurait investi 50 millions d'euros dans la start-up.", "investi", "event", "rumoured"),
    ("Ces obligations seraient souscrites par le fabricant de puces.", "souscrites", "event", "rumoured"),
    # no cue: the default comes back
    ("Il est le patron de la banque depuis 2009.", "patron", "state", None),
    ("Le PDG de la banque a rejeté l'offre du fonds.", "PDG", "state", None),
    # a title beside a name that is the subject: the verb says nothing of the title's tie
    ("Technova, actionnaire de Kelvio, s'oppose à la fusion avec Nuvia.", "actionnaire", "state", None),
    ("Elle dirige le groupe depuis 2012.", "dirige", "state", None),
    # a post given up is a former post, not a rejected one; an offer given up is rejected
    ("Il a dû abandonner son poste de président du groupe en 2019.", "président", "state", "former"),
    ("Il a renoncé à ses fonctions de directeur général de la banque.", "directeur", "state", "former"),
    ("Le fonds a renoncé à son offre sur la banque.", "offre", "event", "rejected"),
]


@pytest.mark.parametrize("text,trigger,aspect,expected", STATUS)
def test_status(nlp, text, trigger, aspect, expected):
    sent, tok = _parse(nlp, text, trigger)
    assert status_of(sent, tok, aspect=aspect) == expected


def test_status_default(nlp):
    sent, tok = _parse(nlp, "Elle dirige le groupe depuis 2012.", "dirige")
    assert status_of(sent, tok, default="current") == "current"


def test_ne_plus_is_former_not_negated(nlp):
    sent, tok = _parse(nlp, "Le fonds ne détient plus aucune part du capital.", "détient")
    assert status_of(sent, tok, aspect="state") == "former"
    assert not is_negated(sent, tok)


NEGATION = [
    ("Le milliardaire n'a pas investi dans la société.", "investi", True),
    ("Le fonds n'envisage pas de prendre le contrôle du groupe.", "contrôle", True),
    ("Aucune plainte n'a été déposée contre le groupe.", "plainte", True),
    ("Il n'est ni actionnaire ni administrateur de la société.", "administrateur", True),
    ("Il n'a jamais dirigé la banque.", "dirigé", True),
    ("Il ne souhaite pas de représentant au conseil d'administration.", "représentant", True),
    ("Le milliardaire a investi dans la société.", "investi", False),
    ("Le patron, qui n'a pas voulu commenter, a racheté la chaîne.", "racheté", False),
    # "abstenue" tagged as a noun by the model: still the verb that negates what follows
    ("L'Union européenne s'est jusqu'à présent abstenue de sanctionner la banque.", "sanctionner", True),
    # "120 personnes" are people, not "ne … personne"; an opening participle is not what the main clause denies
    ("La société, dirigée par Anne Fabre, emploie 120 personnes.", "dirigée", False),
    ("Fondé en 2015 par Paul Verdier, Technova emploie 50 personnes.", "Fondé", False),
    ("Fondée par Anne Fabre, Kelvio n'a jamais été rentable.", "Fondée", False),
    ("Il n'a rencontré personne chez Technova.", "rencontré", True),
    # "X dément avoir V …": the denier says the act did not happen (negated); a denied claim is not negated
    ("Navimer dément avoir conclu le moindre contrat avec Kelvio.", "contrat", True),
    ("Technova dément toutefois avoir rencontré Jean Roux.", "rencontré", True),
    ("Jean Roux aurait conseillé Technova, ce que l'intéressé dément.", "conseillé", False),
    ("Technova a démenti le rachat de Kelvio.", "rachat", False),
    # "ne pas cacher son hostilité": a litotes, the hostility is affirmed
    ("Anne Fabre ne cache pas son hostilité envers le groupe Technova.", "hostilité", False),
    ("Anne Fabre n'a pas montré d'hostilité envers Jean Roux.", "hostilité", True),
]


@pytest.mark.parametrize("text,trigger,expected", NEGATION)
def test_negation(nlp, text, trigger, expected):
    sent, tok = _parse(nlp, text, trigger)
    assert is_negated(sent, tok) is expected


def test_negated_past_is_not_completed(nlp):
    sent, tok = _parse(nlp, "Le milliardaire n'a pas investi dans la société.", "investi")
    assert status_of(sent, tok, aspect="event") is None


ATTRIBUTION = [
    ("Selon Les Echos, le groupe aurait investi dans la start-up.", "investi", "Selon Les Echos"),
    ("Le groupe a racheté la chaîne, selon le Wall Street Journal.", "racheté",
     "selon le Wall Street Journal"),
    ("D'après un proche du dossier, le fonds serait prêt à racheter le club.", "racheter",
     "D'après un proche du dossier"),
    ("Comme l'indique Le Monde, le groupe a racheté la chaîne.", "racheté", "Comme l'indique Le Monde"),
    ("Le groupe va racheter la chaîne, a-t-il déclaré.", "racheter", "a-t-il déclaré"),
    ("Le groupe devrait racheter le quotidien, a indiqué le fonds.", "racheter", "a indiqué le fonds"),
    ("Le Trésor américain a affirmé qu'il avait collaboré avec le chef du groupe.", "collaboré",
     "Le Trésor américain a affirmé"),
    ("Le groupe serait en discussions avec la banque, selon nos informations.", "discussions",
     "selon nos informations"),
    ("Si l'on en croit L'Equipe, la chaîne aurait décidé de sauver la ligue.", "sauver",
     "Si l'on en croit L'Equipe"),
    # no source, or only a rumour
    ("Le groupe a racheté la chaîne en 2019.", "racheté", None),
    ("Selon des rumeurs, le groupe va racheter la chaîne.", "racheter", None),
]


@pytest.mark.parametrize("text,trigger,expected", ATTRIBUTION)
def test_attribution(nlp, text, trigger, expected):
    sent, tok = _parse(nlp, text, trigger)
    assert attribution_of(sent, tok) == expected


def test_attribution_skips_a_party_announcing_its_own_deal(nlp):
    text = "Le fonds Alpha a indiqué avoir racheté la société."
    sent, tok = _parse(nlp, text, "racheté")
    assert attribution_of(sent, tok) == "Le fonds Alpha a indiqué"
    party = (text.index("Alpha"), text.index("Alpha") + 5)
    assert attribution_of(sent, tok, exclude=[party]) is None


def test_rumour_cue_sets_status(nlp):
    sent, tok = _parse(nlp, "Selon des rumeurs, le groupe a investi dans la société.", "investi")
    assert status_of(sent, tok) == "rumoured"


def test_each_holder_of_a_share_list_gets_its_own_share(analyse_text):
    result = analyse_text("Le capital de Vitalis est détenu à 14 % par Atlas Capital, 8 % par la famille Roux "
                          "et 5 % par le fonds Horizon Ventures.")
    shares = {r.subject: r.share for r in result.relations if r.type == "OWNS"}
    assert shares == {"Atlas Capital": 14.0, "famille Roux": 8.0, "Horizon Ventures": 5.0}


@pytest.mark.parametrize("text", [
    "Le fonds Atlas Capital réclame la démission de Paul Verdier.",
    "Orbalia refuse tout dialogue avec le groupe Technova.",
    "La Norvège a rompu ses relations commerciales avec le Portugal en 2019.",
])
def test_a_conflict_is_not_former_or_rejected_because_of_its_own_words(analyse_text, text):
    ties = [r for r in analyse_text(text).relations if r.type == "OPPOSES"]
    assert ties and all(r.status is None for r in ties)


def test_a_conflict_can_still_be_rumoured(analyse_text):
    ties = [r for r in analyse_text("Selon des rumeurs, Orbalia refuserait tout dialogue avec le groupe Technova.").relations
            if r.type == "OPPOSES"]
    assert ties and ties[0].status == "rumoured"


# A date belongs to the clause it stands in; a role noun that is a verb's argument takes a date
# only from its own phrase.
DATED = [
    ("Orbalia, détenue à 35 % par la famille Berthier, avait déjà accusé Technova en 2021 d'avoir débauché "
     "ses ingénieurs.", {("OWNS", "famille Berthier", "Orbalia"): None, ("ACCUSES", "Orbalia", "Technova"): "2021"}),
    ("Le PDG de Kelvio, Paul Verdier, a racheté Nuvia en 2019.",
     {("LEADS", "Paul Verdier", "Kelvio"): None, ("ACQUIRES", "Paul Verdier", "Nuvia"): "2019"}),
    ("Paul Verdier, PDG de Kelvio depuis 2015, a racheté Nuvia en 2019.",
     {("LEADS", "Paul Verdier", "Kelvio"): "2015", ("ACQUIRES", "Paul Verdier", "Nuvia"): "2019"}),
    ("Paul Verdier a pris la tête de Kelvio en avril 2019.", {("LEADS", "Paul Verdier", "Kelvio"): "2019-04"}),
    ("En septembre 2020, Technova officialise son intention de racheter Kelvio.",
     {("BIDS_FOR", "Technova", "Kelvio"): "2020-09"}),
]


@pytest.mark.parametrize("text,dates", DATED)
def test_a_date_dates_the_ties_of_its_clause(analyse_text, text, dates):
    got = {r.key(): r.date for r in analyse_text(text).relations}
    for key, date in dates.items():
        assert key in got, key
        assert got[key] == date, (key, got[key])


# A role noun that takes part in an event keeps the event's mood and completion out of its own tie.
@pytest.mark.parametrize("text,key", [
    ("Paul Verdier devrait rencontrer vendredi le ministre de l'Économie, Jean Roux.",
     ("LEADS", "Jean Roux", "ministère de l'Économie")),
    ("La commission a choisi l'offre de Nuvia et Kelvio, deux filiales de Technova.", ("OWNS", "Technova", "Nuvia")),
    ("La stratégie du patron de Technova, Paul Verdier, est contestée.", ("LEADS", "Paul Verdier", "Technova")),
])
def test_a_role_in_an_event_takes_no_status_from_it(analyse_text, text, key):
    got = {r.key(): r.status for r in analyse_text(text).relations}
    assert key in got
    assert got[key] is None


def test_an_appointment_still_dates_and_hedges_the_post(analyse_text):
    got = {r.key(): r.status for r in analyse_text(
        "Le président envisage de nommer Paul Verdier au poste de PDG de Technova.").relations}
    assert got.get(("LEADS", "Paul Verdier", "Technova")) == "proposed"


def test_a_role_takes_no_amount_from_the_event_beside_it(analyse_text):
    ties = {r.key(): r for r in analyse_text(
        "Paul Verdier, propriétaire de Technova, a racheté Kelvio pour 85 millions d'euros.").relations}
    assert ties[("OWNS", "Paul Verdier", "Technova")].amount is None
    assert ties[("ACQUIRES", "Paul Verdier", "Kelvio")].amount.value == 85_000_000


def test_lifted_sanctions_are_former(analyse_text):
    ties = {r.key(): r for r in analyse_text("Les États-Unis ont levé les sanctions contre Valdarie.").relations}
    assert ties[("OPPOSES", "États-Unis", "Valdarie")].status == "former"


def test_a_month_with_a_long_s_is_no_date_and_no_crash():
    # the case-insensitive regex matches "ſeptembre" (long s), which folds to no month name:
    # find_dates used to raise KeyError on it; the year alone is still read
    assert [v for _, _, v in find_dates("Signé le 3 ſeptembre 2021.")] == ["2021"]
    assert [v for _, _, v in find_dates("Conclu en ſeptembre 2021.")] == ["2021"]
