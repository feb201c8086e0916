"""(s38-types38) What the cases of cases_s38_types38.py do not check: the attributes the checks set (an accepted
offer is proposed, a former department's director is former, the title is kept as role), and the checks that need
a sentence the whole flow only gives in a longer article (read here on one relation: the head taken elsewhere, a
former employer coordinated after a title, a seller's unit turned from the bidder, a relative clause's accuser
written only by a descriptor)."""
from __future__ import annotations

from cercle.extract import types38 as t38
from cercle.records import DocEntity, Relation

from .ties import named


def _rel(t, s, o, ev, **kw):
    return Relation(type=t, subject=s, object=o, evidence=ev, start=0, end=len(ev), **kw)


class _Index:
    def __init__(self, *ents):
        self.entities = {e.name: e for e in ents}


def _ent(name, typ):
    return DocEntity(name=name, type=typ, aliases=[])


def test_accepted_offer_is_a_proposed_acquisition(analyse_text):
    text = ("Le groupe Belvane a accepté vendredi l'offre de Corvix sur sa filiale italienne, Belvane Italia, pour 3 "
            "milliards d'euros.")
    got = named(analyse_text(text).relations, "ACQUIRES", "Corvix", "Belvane Italia")
    assert got and got[0].status == "proposed"


def test_accepted_offer_check():
    ev = "Vernal a accepté lundi l'offre de Corvix sur sa filiale Vernal Iberia, pour 2 milliards d'euros."
    got = t38.accepted_offer(_rel("BIDS_FOR", "Corvix", "Vernal Iberia", ev, status="proposed"))
    assert got is not None and got.type == "ACQUIRES" and got.status == "proposed"
    # (refused, or not yet accepted: the bid stays)
    ev2 = "Vernal n'a pas accepté l'offre de Corvix sur sa filiale Vernal Iberia."
    assert t38.accepted_offer(_rel("BIDS_FOR", "Corvix", "Vernal Iberia", ev2, status="proposed")) is None


def test_sellers_unit_is_the_sellers():
    ev = ("Le conseil d'administration de Télvia a rejeté vendredi l'offre de 10 milliards d'euros déposée par "
          "Mobilia et Fréquence pour se partager Réseau Plus, sa filiale.")
    idx = _Index(_ent("Télvia", "ORG"), _ent("Mobilia", "ORG"), _ent("Fréquence", "ORG"), _ent("Réseau Plus", "ORG"))
    got = t38.sellers_unit(_rel("OWNS", "Fréquence", "Réseau Plus", ev, rule="owns.own_subsidiary_firm"), idx)
    assert got is not None and got.subject == "Télvia" and got.object == "Réseau Plus"


def test_left_to_head_another_is_a_former_employer():
    ev = "Son directeur général, Hugo Marsaud, a quitté Aérostel en 2019 pour en prendre la tête."
    got = t38.left_to_head_another(_rel("LEADS", "Hugo Marsaud", "Aérostel", ev, rule="leads.head_of"))
    assert got is not None and got.type == "WORKS_FOR" and got.status == "former"
    # (the body whose head is taken stays led: "a quitté A pour prendre la tête de B")
    ev2 = "Hugo Marsaud a quitté Aérostel en 2019 pour prendre la tête de Ferrovane."
    assert t38.left_to_head_another(_rel("LEADS", "Hugo Marsaud", "Ferrovane", ev2)) is None


def test_former_department_director_is_former_staff():
    ev = "Adrien Colin, votre ancien directeur du trading, a rejoint Faltrex l'an dernier."
    got = t38.department_director(_rel("LEADS", "Adrien Colin", "Brévane Énergies", ev, rule="leads.title"))
    assert got is not None and got.type == "WORKS_FOR" and got.status == "former"
    assert got.role == "ancien directeur du trading"
    # (a director general leads)
    ev2 = "Adrien Colin, directeur général de Brévane Énergies, a rejoint Faltrex."
    assert t38.department_director(_rel("LEADS", "Adrien Colin", "Brévane Énergies", ev2)) is None


def test_former_employer_after_a_title():
    ev = ("Nadia Brunet, directrice générale du négociant français et ancienne du pétrolier espagnol Castilla "
          "Petróleos, s'explique sur la rupture.")
    got = t38.former_employer_after_title(_rel("LEADS", "Nadia Brunet", "Castilla Petróleos", ev))
    assert got is not None and got.type == "WORKS_FOR" and got.status == "former"
    ev2 = "Nadia Brunet, directrice générale de Castilla Petróleos, s'explique sur la rupture."
    assert t38.former_employer_after_title(_rel("LEADS", "Nadia Brunet", "Castilla Petróleos", ev2)) is None


def test_accusation_in_a_relative_clause_with_a_descriptor():
    ev = ("La plateforme britannique, propriété du milliardaire Karl Vance, a rompu l'an dernier son contrat avec la "
          "Ligue nationale de volley, qu'elle accusait de « publicité mensongère ».")
    got = t38.accusation_in_relative(_rel("OPPOSES", "Ligue nationale de volley", "Streamo", ev))
    assert got is not None and got.type == "ACCUSES"
    assert (got.subject, got.object) == ("Streamo", "Ligue nationale de volley")


def test_sale_accord_is_a_proposed_acquisition(analyse_text):
    text = ("Le groupe informatique Calvane a signé mardi avec l'État français un accord pour lui céder ses activités "
            "de calcul, Norvex Computing, pour 410 millions d'euros.")
    got = named(analyse_text(text).relations, "ACQUIRES", "État français", "Norvex Computing")
    assert got and got[0].status == "proposed"


def test_bought_from_is_the_seller():
    ev = ("Le magazine rejoint le pôle médias de Valmont, ainsi que Lune Hebdo, racheté au groupe Castaing en 2023 "
          "pour 120 millions d'euros.")
    got = t38.bought_from_seller(_rel("ACQUIRES", "Castaing", "Lune Hebdo", ev, status="completed"))
    assert got is not None and got.type == "OWNS" and got.status == "former"
    # (the agent after "par" is the buyer; a buyer written before the verb is too)
    ev2 = "Lune Hebdo, racheté au printemps par le groupe Castaing, change de formule."
    assert t38.bought_from_seller(_rel("ACQUIRES", "Castaing", "Lune Hebdo", ev2)) is None
    ev3 = "Le groupe Castaing a racheté Lune Hebdo à Valmont en 2023."
    assert t38.bought_from_seller(_rel("ACQUIRES", "Castaing", "Lune Hebdo", ev3)) is None
