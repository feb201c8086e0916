"""Names and types (s12-names branch): a company introduced by a market noun and a nationality, a person
noun opening a sentence, a court's town, a name running up to its bracketed acronym, a subsidiary named
short in a headline."""
from __future__ import annotations

import pytest


# --- "l'industriel suédois X", "son concurrent allemand X": a company, not a person ---------------------
@pytest.mark.parametrize("text, name", [
    ("La rumeur évoque le nom de l'industriel suédois Brannvik Verken, qui a démenti toute discussion.",
     "Brannvik Verken"),
    ("Le groupe Vernet veut mieux résister à son concurrent allemand Kolbe Robotik.", "Kolbe Robotik"),
    ("Les commandes passent désormais par le fournisseur chinois Hanzhou Dacheng, a expliqué Paul Verdier.",
     "Hanzhou Dacheng"),
    ("Ses principaux rivaux, dont la rivale italienne Ferrucci Motori, baissent leurs prix.", "Ferrucci Motori"),
    ("En 2021, le groupe avait racheté le carrier breton Sables du Trégor pour 80 millions d'euros.",
     "Sables du Trégor"),
    ("Les deux sociétés ont choisi comme client le pétrolier norvégien Skagen Olje.", "Skagen Olje"),
])
def test_market_noun_and_nationality_make_a_company(entities, text, name):
    ents = entities(text)
    assert ents[name][0] == "ORG"


def test_person_noun_and_nationality_stay_a_person(entities):
    # "le ministre allemand X", "l'oligarque russe X": person nouns are no market nouns
    ents = entities("Le ministre allemand Klaus Werner a reçu l'oligarque russe Igor Sokolov à Berlin.")
    assert ents["Klaus Werner"][0] == "PER"
    assert ents["Igor Sokolov"][0] == "PER"


@pytest.mark.parametrize("text, name", [
    ("Hugo Lenoir, associé du cabinet d'avocats Ferrand Masson, a défendu la société.", "Ferrand Masson"),
    ("Claire Morin, ancienne consultante du cabinet de conseil Duroc Lambert, a témoigné.", "Duroc Lambert"),
])
def test_trade_phrase_after_a_complement(entities, text, name):
    ents = entities(text)
    assert ents[name][0] == "ORG"


# --- "Polytechnicienne, passionnée de voile, elle …": no name --------------------------------------------
@pytest.mark.parametrize("text, word", [
    ("Polytechnicienne, passionnée de course à pied, elle a débuté chez Renaud Conseil avant de rejoindre "
     "Maison Brisac.", "Polytechnicienne"),
    ("Milliardaire discret, il a fait fortune dans la logistique avant d'entrer chez Tarvel.", "Milliardaire"),
    ("Énarque et ancien banquier, Paul Verdier dirige Moravia depuis 2019.", "Énarque"),
])
def test_person_noun_opening_a_sentence_is_no_name(entities, text, word):
    assert word not in entities(text)


# --- "devant le tribunal de commerce de Lyon": the town is no party ---------------------------------------
@pytest.mark.parametrize("text, town", [
    ("Le fabricant de vélos Kinétix a assigné devant le tribunal de commerce de Lyon son ancien fournisseur "
     "Taizhou Parts.", "Lyon"),
    ("Ménard Bâtiment a saisi le tribunal administratif de Rennes contre la ville.", "Rennes"),
    ("La cour d'appel de Douai a confirmé la condamnation de Tarvel.", "Douai"),
    ("Le conseil de prud'hommes de Nantes a donné raison aux salariés de Tarvel.", "Nantes"),
])
def test_court_town_is_no_party(entities, text, town):
    assert town not in entities(text)


def test_town_elsewhere_stays(entities):
    ents = entities("La ville de Lyon a attribué le marché à Tarvel. Lyon versera 2 millions d'euros.")
    assert any("Lyon" in n for n in ents)


# --- "le Mouvement populaire pour la justice (MPJ)": the whole name --------------------------------------
@pytest.mark.parametrize("text, name, acronym", [
    ("La présidente de l'Union populaire pour le progrès (UPP) a rencontré Paul Verdier.",
     "Union populaire pour le progrès", "UPP"),
    ("Le fondateur du Rassemblement civique pour l'avenir (RCA) critique Paul Verdier.",
     "Rassemblement civique pour l'avenir", "RCA"),
    ("Les militants de l'Alliance paysanne contre la spéculation (APS) manifestent devant Tarvel.",
     "Alliance paysanne contre la spéculation", "APS"),
])
def test_name_runs_up_to_its_acronym(entities, text, name, acronym):
    ents = entities(text)
    assert name in ents
    assert ents[name][0] == "ORG"
    assert acronym in ents[name][1] or acronym not in ents


def test_acronym_that_does_not_match_keeps_the_name(entities):
    # initials that do not spell the acronym: the words between are not the name's
    ents = entities("Le Front populaire a rallié les écologistes (EELV) pour les municipales, dit Paul Verdier.")
    assert "Front populaire a rallié les écologistes" not in ents


# --- "votre filiale belge X Assurances" + "X" elsewhere, even in the headline: one entity -----------------
@pytest.mark.parametrize("text", [
    "Paul Verdier (Moravia) : « Ferlane n'est pas à vendre »\nLe groupe suisse Tessin aurait fait une offre "
    "sur votre filiale espagnole Ferlane Seguros. Ferlane reste notre priorité, dit Paul Verdier.",
    "Moravia : Ferlane ne sera pas cédée\nPaul Verdier refuse de vendre sa filiale espagnole Ferlane Seguros. "
    "Ferlane a doublé ses ventes en deux ans.",
    "Claire Morin (Tarvel) : « Ostrane restera chez nous »\nNotre filiale Ostrane Logistique a gagné dix "
    "clients. Ostrane recrute, dit Claire Morin.",
])
def test_subsidiary_named_short_in_the_headline(entities, text):
    ents = entities(text)
    short = "Ostrane" if "Ostrane" in text else "Ferlane"
    assert short not in ents


# --- "la ville de Morlaix", "la région Bretagne", "le département du Trésor américain": named with their kind --
@pytest.mark.parametrize("text, name, short", [
    ("La ville de Morlaix a attribué le marché à Tanguy Construction. Le maire de Morlaix, Yann Quéré, s'en félicite.",
     "ville de Morlaix", "Morlaix"),
    ("La subvention versée par la ville de Pornic au club Pornic Basket est maintenue.", "ville de Pornic", None),
    ("Tarvel a reçu 2 millions d'euros de la région Bretagne. La Bretagne soutient ainsi l'emploi.",
     "région Bretagne", "Bretagne"),
    ("La commune de Gien a porté plainte contre Tarvel.", "commune de Gien", None),
    ("Les élus de la Ville de Sète ont voté une subvention à Sète Volley.", "Ville de Sète", None),
])
def test_town_acting_is_named_with_its_kind(entities, text, name, short):
    ents = entities(text)
    assert ents[name][0] == "GOV"
    if short:
        assert short not in ents and short in ents[name][1]


def test_common_as_an_adjective_is_no_town(entities):
    # "une filiale commune d'Orvane et de Tarvel": "commune" is an adjective, no town
    ents = entities("Orvane et Tarvel ont créé une filiale commune de Tarvel Services en 2020.")
    assert not any(n.lower().startswith("commune") for n in ents)


@pytest.mark.parametrize("text", [
    "Dès 2022, le département du Trésor américain a sanctionné Pontus Shipping.",
    "Pontus Shipping a été placé sur liste noire par le département du Trésor américain. Le Trésor américain "
    "reproche à l'armateur ses livraisons.",
])
def test_us_department_named_with_its_word(entities, text):
    ents = entities(text)
    assert ents["département du Trésor américain"][0] == "GOV"
    assert "Trésor américain" not in ents


# --- a board, a lower-case adjective, a closing acronym: an organisation's name --------------------------
@pytest.mark.parametrize("text, name", [
    ("Paul Verdier rejoindra le conseil d'administration de Quillard. Quillard recrute.", "Quillard"),
    ("Claire Morin siège au conseil de surveillance de Bréhat depuis 2020, et Bréhat s'en félicite.", "Bréhat"),
    ("Le directoire de Montrevel a été renouvelé. Montrevel a publié ses comptes.", "Montrevel"),
])
def test_board_of_a_company(entities, text, name):
    assert entities(text)[name][0] == "ORG"


@pytest.mark.parametrize("text, name", [
    ("Antoine Bastide-Roux, le patron d'Élan démocrate, a signé l'accord avec Convergence républicaine.",
     "Élan démocrate"),
    ("Le secrétaire national du Pacte solidaire, Marc Dupuis, a démissionné.", "Pacte solidaire"),
    ("Les joueurs de l'Étoile nantaise handball ont battu Tarvel Sport.", "Étoile nantaise handball"),
])
def test_lowercase_adjective_is_no_person(entities, text, name):
    ents = entities(text)
    assert ents.get(name, ("ORG",))[0] != "PER"


def test_particle_keeps_a_person(entities):
    ents = entities("Charles de Vallon, président de Tarvel, a reçu Ludwig van Doorn, patron de Moravia.")
    assert ents["Charles de Vallon"][0] == "PER"
    assert ents["Ludwig van Doorn"][0] == "PER"


@pytest.mark.parametrize("text, name", [
    ("Elle a dirigé la filiale de gestion d'actifs, Maubourg AM, jusqu'en 2019.", "Maubourg AM"),
    ("Le chantier a été confié à Varnel TP, selon Paul Verdier.", "Varnel TP"),
    ("Djamila Larbi, ancienne directrice des risques de Clairsoleil Vie, a rejoint Tarvel.", "Clairsoleil Vie"),
    ("Antoine Esclangon dirige désormais les Domaines Bellocq, un concurrent direct de la maison.",
     "Domaines Bellocq"),
])
def test_trade_closing_or_opening_a_name(entities, text, name):
    assert entities(text)[name][0] == "ORG"


def test_verb_is_no_title(entities):
    # "conseille X": the verb "conseiller", not an adviser's title before a person's name
    ents = entities("Hugo Delorme, associé du cabinet d'avocats Dufresne Aubry, conseille Tarvel dans ce dossier.")
    assert ents["Tarvel"][0] == "ORG"


# --- "X, petite-fille du fondateur, l'entreprise Y": a kinship apposition keeps the person ---------------
@pytest.mark.parametrize("text, name", [
    ("Dirigée par Gaëlle Dumoulin, petite-fille du fondateur, l'entreprise familiale Dumoulin BTP emploie 300 "
     "salariés.", "Gaëlle Dumoulin"),
    ("Présidé par Marc Ternel, fils du fondateur, le groupe Ternel Frères exporte la moitié de sa production.",
     "Marc Ternel"),
])
def test_kinship_apposition_keeps_a_person(entities, text, name):
    assert entities(text)[name][0] == "PER"


# --- "la Fédération atlantique des mutuelles": a body's name with its complement, said once ---------------
@pytest.mark.parametrize("text, name", [
    ("Éric Danjou siège au conseil d'administration de la Fédération atlantique des mutuelles ; le couple vit "
     "à Nantes.", "Fédération atlantique des mutuelles"),
    ("Paul Verdier préside l'Union régionale des producteurs laitiers depuis 2019.",
     "Union régionale des producteurs laitiers"),
    ("Claire Morin a quitté le Syndicat national de la boulangerie pour rejoindre Tarvel.",
     "Syndicat national de la boulangerie"),
])
def test_body_name_with_its_complement(entities, text, name):
    assert name in entities(text)


def test_one_word_body_keeps_its_cut(entities):
    # one capitalised word before the "de" ("la Direction des achats"): may be a department, left as it was
    assert "Direction des achats" not in entities("Paul Verdier dirige la Direction des achats de Tarvel.")


# --- "sa filiale de Lérida", "son usine de Douai": the place of a site is no party -------------------------
@pytest.mark.parametrize("text, place", [
    ("Autre décision : le groupe Tarvel se sépare de Tarvel Ibérica, sa filiale de Lérida, qui perdait de l'argent.",
     "Lérida"),
    ("Moravia ferme son usine de Douai et licencie 200 salariés.", "Douai"),
    ("Les deux groupes regroupent leurs sites de Rennes dans un seul bâtiment, a expliqué Paul Verdier.", "Rennes"),
])
def test_place_of_an_own_site_is_no_party(entities, text, place):
    assert place not in entities(text)


def test_company_after_a_branch_noun_stays(entities):
    # no possessive: "la filiale de X" names the owner
    ents = entities("Tarvel Ibérica, la filiale de Moravia, a perdu de l'argent.")
    assert "Moravia" in ents


# --- "avec le Pacte écologiste, Nadia X, présidente de …": the comma's person cue is hers ----------------------
@pytest.mark.parametrize("text, name", [
    ("En annonçant un accord avec le Pacte écologiste, Nadia Ouazzani, présidente des Nouveaux Progressistes, a "
     "surpris.", "Pacte écologiste"),
    ("Malgré la rupture avec la Gauche unie, Marc Dupuis, ancien ministre, reste discret.", "Gauche unie"),
    ("Le rapprochement avec Avenir citoyen, Claire Morin, sa présidente, l'a refusé.", "Avenir citoyen"),
])
def test_name_with_an_adjective_is_never_a_person(entities, text, name):
    assert entities(text)[name][0] != "PER"


# --- "l'association Épargnants en colère, qui …": an association's name with its lower-case words ---------
@pytest.mark.parametrize("text, name", [
    ("L'association Actionnaires en alerte, qui revendique 600 membres, a assigné la société Hexalgo.",
     "Actionnaires en alerte"),
    ("L'association Épargnants en colère accuse Tarvel de dissimulation.", "Épargnants en colère"),
    ("Le collectif Avenir laitier du Léon, qui fédère 300 adhérents, reprochait à Patrick Derrien la baisse des prix.",
     "Avenir laitier du Léon"),
    ("Selon l'ONG Citoyens sans frontières, Tarvel a menti.", "Citoyens sans frontières"),
])
def test_association_name_with_lowercase_words(entities, text, name):
    assert entities(text)[name][0] == "ORG"



# --- "Ligérienne Mutuelle", "Ostermann Re": the name's own first or last word --------------------------------
@pytest.mark.parametrize("text, name", [
    ("Olivier Ménard rejoindra en octobre le concurrent Ligérienne Mutuelle comme directeur général adjoint.",
     "Ligérienne Mutuelle"),
    ("La Normande Assurances a racheté Tarvel pour 20 millions d'euros.", "Normande Assurances"),
    ("Elle a fait ses armes chez le réassureur munichois Ostermann Re avant de rejoindre Tarvel.", "Ostermann Re"),
])
def test_name_keeps_its_edge_words(entities, text, name):
    assert entities(text)[name][0] == "ORG"


def test_region_adjective_before_a_person_goes(entities):
    ents = entities("Le Lyonnais Paul Verdier a pris la tête de Tarvel.")
    assert "Paul Verdier" in ents and ents["Paul Verdier"][0] == "PER"


# --- "le groupe minier X" and "X Logistics, la filiale du groupe": two actors ---------------------------------
@pytest.mark.parametrize("text, parent, branch", [
    ("Sont visés le groupe minier Varsk, qu'il contrôle via sa holding Olmo Trading, et Varsk Logistics, la filiale "
     "de transport du groupe. Le négociant Tarvel achetait à Varsk 200 000 tonnes par an.", "Varsk", "Varsk Logistics"),
    ("L'Union européenne vise le groupe minier Varsk. Varsk Logistics, sa filiale ferroviaire, est aussi visée. "
     "Le négociant Tarvel achetait à Varsk 200 000 tonnes par an.", "Varsk", "Varsk Logistics"),
    ("Le groupe pharmaceutique Orvane a cédé Orvane Santé Animale. Orvane se recentre sur l'humain.",
     "Orvane", "Orvane Santé Animale"),
])
def test_group_with_adjective_is_not_its_branch(entities, text, parent, branch):
    ents = entities(text)
    assert parent in ents and branch in ents


@pytest.mark.parametrize("text, name", [
    ("Le conseil de Brest métropole a attribué le marché au groupement Ty Ruz. Ce groupement réunit deux sociétés.",
     "Ty Ruz"),
    ("Évincé, le groupement Pen Ar Bed conteste l'attribution du marché, explique Paul Verdier.", "Pen Ar Bed"),
])
def test_consortium_is_an_organisation(entities, text, name):
    assert entities(text)[name][0] == "ORG"


# --- "la direction générale du Trésor", "la direction générale des douanes": a state administration ----------
@pytest.mark.parametrize("text, name", [
    ("Polytechnicienne, elle a fait ses armes à la direction générale du Trésor avant de rejoindre Tarvel.",
     "direction générale du Trésor"),
    ("Pauline Mercadier, passée par la direction du Trésor, dirige Tarvel.", "direction du Trésor"),
    ("L'association Vigie Finance reproche à la direction générale des douanes d'avoir fermé les yeux.",
     "direction générale des douanes"),
    ("La direction de la police nationale a ouvert une enquête sur Tarvel.", "direction de la police nationale"),
])
def test_state_direction_is_a_public_body(entities, text, name):
    assert entities(text)[name][0] == "GOV"


def test_company_management_is_no_public_body(entities):
    ents = entities("Claire Morin a rejoint la direction générale de Tarvel en 2020.")
    assert not any(n.startswith("direction") for n in ents)
