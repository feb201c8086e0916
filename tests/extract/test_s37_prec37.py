"""(s37-prec37) What the cases of cases_s37_prec37.py (run by test_rules.py, which collects every cases_*.py) do not
check: the attributes the checks set (a turned offer is rejected, a dismissal is former, a staff post keeps its
title, a delegation's head keeps hers), and the checks that need a sentence the whole flow only gives in a longer
article (read here on one relation: coveting the same customers, a product's model, an acronym of common nouns, an
appeal against a sanction, a headline's acronym twin, a completed bid)."""
from __future__ import annotations

from cercle.extract import precision37 as p37
from cercle.records import DocEntity, Relation

from .ties import named


def _rel(t, s, o, ev, **kw):
    return Relation(type=t, subject=s, object=o, evidence=ev, start=0, end=len(ev), **kw)


class _Index:
    def __init__(self, *ents):
        self.entities = {e.name: e for e in ents}


def test_turned_offer_is_rejected(analyse_text):
    text = "Télécoms : Norvane rejette l'offre commune de Altavane, Kerbrat et Solvane sur Mercalis"
    got = named(analyse_text(text).relations, "BIDS_FOR", "Altavane", "Mercalis")
    assert got and got[0].status == "rejected"


def test_dismissed_chair_is_former(analyse_text):
    text = ("Le conseil de surveillance de Norlac a révoqué Paul Garnier de ses fonctions de président du "
            "directoire.")
    got = named(analyse_text(text).relations, "LEADS", "Paul Garnier", "Norlac")
    assert got and got[0].status == "former" and not got[0].negated


def test_staff_post_keeps_its_title(analyse_text):
    text = ("Ses proches au cabinet : Paul Verdier, directeur du cabinet du ministre de l'Économie, et Anne Roux, "
            "cheffe de cabinet.")
    got = named(analyse_text(text).relations, "WORKS_FOR", "Paul Verdier")
    assert got and got[0].role == "directeur du cabinet"


def test_delegation_head_keeps_the_title(analyse_text):
    text = ("De son côté, Paul Morand, chef de la délégation des Conservateurs au sein du PPA, défend une "
            "coopération au cas par cas.")
    got = named(analyse_text(text).relations, "MEMBER_OF", "Paul Morand", "Conservateurs")
    assert got and got[0].role == "chef de la délégation"


def test_coveting_the_same_customers_is_competition():
    ev = "Face à Qubix et Quantora, qui convoitent les mêmes clients industriels, la société Atomix mise sur l'atome."
    got = p37.same_customers(_rel("BIDS_FOR", "Quantora", "Atomix", ev, status="proposed"))
    assert got is not None and got.type == "COMPETES_WITH" and got.status is None
    # (coveting a company itself is a bid)
    assert p37.same_customers(_rel("BIDS_FOR", "Quantora", "Atomix", "Quantora convoite Atomix.")) is None


def test_product_model_is_no_party():
    ev = "Détenu par l'État, Norelec doit aussi financer six nouveaux réacteurs NR3."
    rel = _rel("FUNDS", "Norelec", "NR3", ev)
    spans = (p37._text_spans(ev, 0, "Norelec"), p37._text_spans(ev, 0, "NR3"))
    assert p37.product_model(rel, spans)
    # (a maker named after the product's noun, with no digit, stays: "200 avions Aérovia")
    ev2 = "La compagnie Volaris a commandé 200 avions Aérovia."
    rel2 = _rel("FUNDS", "Volaris", "Aérovia", ev2)
    assert not p37.product_model(rel2, (p37._text_spans(ev2, 0, "Volaris"), p37._text_spans(ev2, 0, "Aérovia")))


def test_acronym_of_common_nouns_is_no_party():
    ev = ("Norelec a annoncé la signature d'un contrat d'allocation de production électrique (CAPE) de quinze ans "
          "avec Aluminium Calais.")
    assert p37.common_noun_acronym(_rel("FUNDS", "CAPE", "Aluminium Calais", ev))
    # (a company's acronym after its capitalised name stays)
    ev2 = "Norelec a signé avec la Compagnie alpine de papeterie (CAP) un contrat de quinze ans."
    assert not p37.common_noun_acronym(_rel("FUNDS", "CAP", "Norelec", ev2))


def test_appeal_goes_to_the_sanctioner():
    fine = _rel("OPPOSES", "Commission des données", "Medilis",
                "La Commission des données a infligé une amende de 2 millions d'euros à Medilis.", role="sanctions")
    ev = "Medilis a déposé un recours devant le Conseil d'État contre cette sanction."
    appeal = Relation(type="SUES", subject="Medilis", object="Hôpital Saint-Roch", evidence=ev, start=200,
                      end=200 + len(ev))
    got = p37.appeal_target(appeal, [fine, appeal], ([], []))
    assert got is not True and got is not None and got.object == "Commission des données"
    # (no sanctioner read before: the appeal's other end is not known, the tie goes)
    assert p37.appeal_target(appeal, [appeal], ([], [])) is True


def test_acronym_twin_ties_once():
    ev = "Banque Kerval rachète l'intégralité d'Ostfriesische Landesbank (OFLB)."
    ix = _Index(DocEntity("OFLB", "ORG", []), DocEntity("Ostfriesische Landesbank", "ORG", ["OFLB"]),
                DocEntity("Banque Kerval", "ORG", []))
    rels = [_rel("ACQUIRES", "Banque Kerval", "OFLB", "Banque Kerval s'offre OFLB"),
            _rel("ACQUIRES", "Banque Kerval", "Ostfriesische Landesbank", ev)]
    got = p37.acronym_twins(rels, ix)
    assert [(r.type, r.subject, r.object) for r in got] == [("ACQUIRES", "Banque Kerval", "Ostfriesische Landesbank")]


def test_completed_bid_is_an_acquisition():
    ev = "Il a cédé le club à l'homme d'affaires John Harlow en 2022."
    got = p37.completed_bid(_rel("BIDS_FOR", "John Harlow", "AS Vernon", ev, status="completed"))
    assert got is not None and got.type == "ACQUIRES"
    assert p37.completed_bid(_rel("BIDS_FOR", "John Harlow", "AS Vernon", ev, status="proposed")) is None
