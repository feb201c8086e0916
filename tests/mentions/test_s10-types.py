"""Names and types (s10-types branch): names the NER found in part, companies typed as persons or
places by the NER, cues read on the whole grown name."""
from __future__ import annotations


def test_unknown_word_glued_to_a_name(entities):
    # "Ordvan" tagged an adverb or a verb before the NER's "Lojistik": one name, a company's
    ents = entities("Le transitaire smyrniote Ordvan Lojistik a livré les pièces. Ordvan Lojistik appartient "
                    "pour moitié à la holding Berkali.")
    assert "Ordvan Lojistik" in ents and ents["Ordvan Lojistik"][0] == "ORG"
    assert "Lojistik" not in ents


def test_capitalised_adjective_closes_a_name(entities):
    # "Vaudrenne Électronique": a capitalised adjective inside a sentence is the name's
    ents = entities("Parmi ses fournisseurs figure une PME française, Vaudrenne Électronique, qui lui a vendu "
                    "des cartes.")
    assert "Vaudrenne Électronique" in ents and "Électronique" not in ents


def test_lower_case_nationality_before_a_name(entities):
    # "l'allemand X Y": a company, even where the NER calls it a person at two mentions
    ents = entities("Kelvio s'est allié à l'allemand Brandorf Lichttechnik, qui fournira les lampes. "
                    "Brandorf a signé lundi.")
    assert ents["Brandorf Lichttechnik"][0] == "ORG"


def test_name_closing_with_a_country(entities):
    # "X Italia", "X Maroc": a company's branch in that country, never a person
    ents = entities("Elle a présidé six ans la filiale italienne, Calvanor Italia, qu'elle a redressée.")
    assert ents["Calvanor Italia"][0] == "ORG"
    ents = entities("Le groupe conserve Dervalis Maroc, détenue à 60 % aux côtés de son distributeur.")
    assert ents["Dervalis Maroc"][0] == "ORG"


def test_foreign_legal_form(entities):
    ents = entities("Trois sociétés, dont Morvak Trade FZE, enregistrée à Dubaï, voient leurs avoirs gelés.")
    assert ents["Morvak Trade FZE"][0] == "ORG"


def test_trade_word_and_its_de_phrase(entities):
    # the NER's "Saveurs" and "Penhal" (a place), "Caves" and "Dorlaz" (a family): one company's name
    ents = entities("La filiale Pêcheries de l'Aven sera conservée, tandis que Saveurs de Penhal, la marque "
                    "de rillettes rachetée en 2014, sera cédée au vendéen Morvan Marée.")
    assert "Saveurs de Penhal" in ents and "Saveurs" not in ents
    ents = entities("La Financière des Ecrins détient 65 % des Caves d'affinage Dorlaz, le solde restant aux "
                    "mains de la famille Dorlaz.")
    assert ents["Caves d'affinage Dorlaz"][0] == "ORG" and "Caves" not in ents


def test_name_whole_elsewhere(entities):
    # "Renouveau vert" whole in one sentence, cut to "Renouveau" in another (a guard: the NER here finds both whole)
    ents = entities("Le parti de Gontran Berlioz a conclu un accord avec Renouveau vert pour les régionales. "
                    "Berlioz y a retrouvé Line Abasq, la secrétaire nationale de Renouveau vert (RV).")
    assert "Renouveau" not in ents


def test_government_named_after_its_head(entities):
    # "le gouvernement d'Alban X": a cabinet of its own, the person kept whole
    ents = entities("La majorité soutient le gouvernement d'Ambroise Tellier. « Nous ne soutiendrons pas le "
                    "gouvernement Tellier », a prévenu Line Abasq.")
    assert ents["gouvernement Tellier"][0] == "GOV" and ents["Ambroise Tellier"][0] == "PER"
    # "le gouvernement français": a state's government, no person's cabinet ((s20-names4) named as the text
    # writes it, a public body of its own: the gold sets name it so, or list it as the state's alias)
    got = entities("Le gouvernement français a reçu Ambroise Tellier, patron de Kelvio.")
    assert [n for n in got if n.startswith("gouvernement")] in ([], ["gouvernement français"])
    assert got.get("gouvernement français", ("GOV",))[0] == "GOV"


def test_ministry_seat(entities):
    # "Bercy" stands for the ministry the article names; with none named, it is the public body
    ents = entities("Le ministre de l'Économie, Jérôme Tavelle, a bloqué l'opération. Bercy rappelle avoir déjà "
                    "bloqué la tentative du chinois Huaxin Metals.")
    assert "Bercy" not in ents and "Bercy" in ents["ministère de l'Économie"][1]
    assert entities("Olivier Sancerre, haut fonctionnaire de Bercy, a rejoint Kelvio.")["Bercy"][0] == "GOV"


def test_words_that_name_no_actor(entities):
    assert "Beauvau" not in entities("Le préfet a reçu jeudi place Beauvau Paul Verdier, PDG de Kelvio.")
    assert not any("État" in n for n in entities("La junte au pouvoir depuis le coup d'État de 2021 finance "
                                                  "Pyinsa Holdings."))
    assert list(entities("Erdane Cloud visera les Länder et les opérateurs outre-Rhin.")) == ["Erdane Cloud"]


def test_origin_before_a_name(entities):
    # "le groupe de Shenzhen X Holdings": the city the group is from is not its name
    ents = entities("La société chinoise Hanmo Micro, filiale du groupe de Shenzhen Kunlai Holdings, est visée.")
    assert "Kunlai Holdings" in ents and not any(n.startswith("Shenzhen") for n in ents)


def test_state_bodies_of_more_states(entities):
    assert entities("La société a versé 180 millions de dollars à l'armée birmane.")["armée birmane"][0] == "GOV"
    assert entities("Les douanes françaises ont ouvert une enquête contre Vaudrenne Électronique.")[
        "douanes françaises"][0] == "GOV"


def test_portrait_opening_a_sentence(entities):
    # "Costume sombre, voix posée, X …", "Discrète, X …": a description of the subject, not a name
    ents = entities("Le parquet dénonce un système organisé.\nCostume sombre, voix posée, Philibert Sarrel a passé "
                    "l'audience à se défendre. Discrète, Anne Morvan a quitté Kelvio. Orange, Free et Bouygues "
                    "ont protesté.")
    assert "Costume" not in ents and "Discrète" not in ents
    assert {"Philibert Sarrel", "Anne Morvan", "Orange", "Free", "Bouygues"} <= set(ents)


def test_subsidiary_named_short(entities):
    # "sa filiale forestière X Hardwoods … le bois de X": the subsidiary named short (its owner is the
    # possessive's, another name); a parent the text names first keeps its own entity
    ents = entities("L'Union européenne a sanctionné le conglomérat Pyrane Holdings ainsi que sa filiale "
                    "forestière Tenasserim Hardwoods. Meranti a écoulé le bois de Tenasserim vers l'Europe.")
    assert "Tenasserim" not in ents and "Tenasserim" in ents["Tenasserim Hardwoods"][1]
    ents = entities("Le groupe Solvane a cédé sa filiale Solvane Logistics. Solvane reste coté à Paris.")
    assert "Solvane" in ents and "Solvane Logistics" in ents
