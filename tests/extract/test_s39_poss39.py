"""(s39-poss39) Who a possessive, "ce dernier" and "la filiale de X" stand for (mentions/poss39.py): a source cited
by "selon" is no actor of the story; a subsidiary noun is the subsidiary, not its parent; a possessive chair is
no court's; a money abbreviation ending a sentence ends it (invented actors)."""
from __future__ import annotations

from cercle.mentions.poss39 import _data

from .ties import named


def test_lexicon():
    d = _data()
    assert "filiale" in d["subsidiary"]
    assert {"une", "des"} <= d["indefinite"] and {"cette", "ces"} <= d["demonstrative"]


def test_ce_dernier_is_not_the_source(analyse_text):
    rels = analyse_text("La fédération Unipro, présidée par Marc Tellier, n'était pas conviée. Selon La Gazette, ce "
                        "dernier accuse le Syndicat Sorel de « négocier seul au nom de tous ».").relations
    assert not named(rels, "ACCUSES", "La Gazette", "Syndicat Sorel")
    assert named(rels, "ACCUSES", "Marc Tellier", "Syndicat Sorel")


def test_source_owns_no_possessive(analyse_text):
    rels = analyse_text("Le groupe Ardelis a relancé le chantier de Port-Noir. Selon Le Courrier du Nord, une "
                        "plainte aurait été déposée à Paris par des riverains. Le calendrier presse le groupe "
                        "français : Vantor, son concurrent italien, a déjà mis en service une plateforme dans le même "
                        "bassin.").relations
    assert not named(rels, "COMPETES_WITH", "Vantor", "Le Courrier du Nord", either_way=True)


def test_the_subsidiary_not_its_parent(analyse_text):
    rels = analyse_text("La ville de Brévanne a été condamnée à verser 12 millions d'euros à la filiale de Dartel. "
                        "La cour administrative d'appel de Valmont a condamné jeudi la ville de Brévanne à verser 12 "
                        "millions d'euros à Oxalis, la filiale de Dartel qui exploite le stade Jean-Morel.").relations
    assert not named(rels, "FUNDS", "ville de Brévanne", "Dartel")
    assert not named(rels, "SUES", "Dartel", "ville de Brévanne")
    assert named(rels, "FUNDS", "ville de Brévanne", "Oxalis")
    assert named(rels, "OWNS", "Dartel", "Oxalis")


def test_this_subsidiary_unnamed_is_no_one(analyse_text):
    rels = analyse_text("Le conseil de Valmont a signé en 2011 un contrat avec Stadia Sud, la société du stade. "
                        "La collectivité verse chaque année 9 millions d'euros de loyer à cette filiale de Vortex "
                        "Concessions.").relations
    assert not named(rels, "FUNDS", object="Vortex Concessions")


def test_a_subsidiary_of_x_acts_for_x(analyse_text):
    # (an indefinite "une filiale de X": the gold reads X's act)
    rels = analyse_text("Le journal Le Veilleur a révélé qu'une filiale de Ténor avait financé à hauteur de 6 "
                        "millions d'euros le quotidien L'Écho du Soir.").relations
    assert named(rels, "FUNDS", "Ténor", "L'Écho du Soir")


def test_possessive_chair_is_no_courts(analyse_text):
    rels = analyse_text("La cour d'appel de Valmont a condamné jeudi le laboratoire Pharmelis à verser 300 000 euros "
                        "à une famille. En première instance, le tribunal judiciaire de Brévanne l'avait déjà condamné "
                        "en 2022. Le dossier s'inscrit dans l'action de groupe lancée en 2017 contre le laboratoire "
                        "par l'Aspec, l'Association de soutien aux patients. Sa présidente, Claire Morin, a salué "
                        "« une victoire de plus ».").relations
    assert not named(rels, "LEADS", "Claire Morin", "tribunal judiciaire de Brévanne")
    assert not named(rels, "LEADS", "Claire Morin", "Pharmelis")


def test_money_abbreviation_ends_its_sentence(nlp):
    doc = nlp("Le club verse à Oxalis une redevance annuelle de 4 M€. Son président, Paul Girard, a rencontré "
              "mardi Anne Vidal.")
    son = next(t for t in doc if t.text == "Son")
    assert son.is_sent_start
    assert any(t.text == "M€" for t in doc)


def test_possessive_after_a_money_abbreviation(analyse_text):
    rels = analyse_text("Le FC Trémont se tient à l'écart. Le club, contrôlé depuis 2020 par le fonds Marbella "
                        "Capital, verse à Oxalis une redevance annuelle de 4 M€. Son président, Paul Girard, a "
                        "rencontré mardi Anne Vidal.").relations
    assert not named(rels, "LEADS", "Paul Girard", "Oxalis")
    assert not named(rels, "LEADS", "Paul Girard", "Marbella Capital")


def test_pronoun_after_an_unnamed_new_company(analyse_text):
    rels = analyse_text("Astrel, Vexin et Morano ont signé un accord pour regrouper leurs satellites. La future "
                        "entité rassemblera Astrel Space, Vexin Orbital — elle-même détenue à 60 % par Vexin et à 40 % "
                        "par Morano — et Telemor, filiale du groupe italien. Elle sera dirigée par Paul Verdier, "
                        "l'actuel patron d'Astrel Space.").relations
    assert not named(rels, "LEADS", "Paul Verdier", "Telemor")
    assert not named(rels, "LEADS", "Paul Verdier", "Morano")
    assert named(rels, "LEADS", "Paul Verdier", "Astrel Space")
