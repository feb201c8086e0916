"""(s39-clause39) What cases_s39_clause39.py (run by test_rules.py) does not check: the negation a clause gives
(a participle beside a noun keeps its tie, a defused conflict holds, "ce n'est pas rien" denies nothing), the appeal
of a court's sentence, a regulator's still sued, and the financing shared turned into FUNDS."""
from __future__ import annotations

from cercle.extract.clause39 import clause39_checks, compared_share, stake_names_own_company
from cercle.records import Relation

from .ties import named


def test_participle_beside_noun_keeps_its_tie(analyse_text):
    rels = analyse_text("La Fédération Kelvio, présidée par Paul Verdier, n'était pas conviée.").relations
    got = named(rels, "LEADS", "Paul Verdier", "Fédération Kelvio")
    assert got and not any(r.negated for r in got)


def test_negated_verb_still_negates_its_own_tie(analyse_text):
    rels = analyse_text("Le groupe Technova n'a pas racheté la société Kelvio, contrôlée par Arlex.").relations
    assert named(rels, "ACQUIRES", "Technova", "Kelvio") and all(
        r.negated for r in named(rels, "ACQUIRES", "Technova", "Kelvio"))
    owns = named(rels, "OWNS", "Arlex", "Kelvio")
    assert owns and not any(r.negated for r in owns)


def test_conflict_not_defused_holds(analyse_text):
    rels = analyse_text("La direction de Technova n'a pas réussi à désamorcer son conflit avec le syndicat "
                        "Solvar.").relations
    got = named(rels, "OPPOSES", "Technova", "Solvar", either_way=True)
    assert got and not any(r.negated for r in got)


def test_clause_of_its_own_denies_nothing(analyse_text):
    rels = analyse_text("Le ministère de l'Industrie a accordé 45 millions d'euros à Technova, ce n'est pas "
                        "rien.").relations
    got = named(rels, "FUNDS", "ministère de l'Industrie", "Technova")
    assert got and not any(r.negated for r in got)


def test_appeal_of_an_administrative_judgment_sues_no_court(analyse_text):
    rels = analyse_text("La métropole de Kelvio, qui avait déjà été condamnée en première instance par le tribunal "
                        "administratif de Varlinville, envisage de se pourvoir devant le Conseil d'État.").relations
    assert named(rels, "OPPOSES", "tribunal administratif de Varlinville", "métropole de Kelvio")
    assert not named(rels, "SUES", "métropole de Kelvio", "tribunal administratif de Varlinville")


def test_appeal_of_a_criminal_sentence_still_sues_the_court(analyse_text):
    # (s28-fights28: a criminal court's sentence is a sanction, whose appeal sues it)
    rels = analyse_text("Condamné le 3 mars par le tribunal correctionnel de Lyon à deux ans de prison, Paul Dorin a "
                        "fait appel.").relations
    assert named(rels, "SUES", "Paul Dorin", "tribunal correctionnel de Lyon")


def test_appeal_of_a_regulator_fine_still_sues_it(analyse_text):
    rels = analyse_text("L'Arcom a infligé à Telvio, la chaîne du groupe Orvane, une amende de 100 000 euros pour "
                        "manquement au pluralisme. La chaîne a annoncé faire appel devant le Conseil d'État.").relations
    assert named(rels, "SUES", "Telvio", "Arcom")


def _rel(type_, subject, obj, evidence, rule, negated=False):
    return Relation(type=type_, subject=subject, object=obj, evidence=evidence, start=0, end=len(evidence),
                    rule=rule, negated=negated)


def test_financing_shared_is_funds():
    ev = "L'assureur-crédit Ostral Export, en revanche, ne participera pas au financement, a-t-il fait savoir."
    out = clause39_checks([_rel("INVESTS_IN", "Ostral Export", "Kelvio LNG", ev, "invests.verb", negated=True)])
    assert [(r.type, r.negated) for r in out] == [("FUNDS", True)]
    rnd = "Le fonds Ostral participe au financement de la levée de fonds de Kelvio."
    kept = clause39_checks([_rel("INVESTS_IN", "Ostral", "Kelvio", rnd, "invests.verb")])
    assert [r.type for r in kept] == ["INVESTS_IN"]


def test_owned_house_relied_on_is_no_ally():
    ev = "Il pourra s'appuyer sur la maison Belmont, dont Technova a pris le contrôle en 2020."
    rels = [_rel("ALLY_OF", "Paul Verdier", "Belmont", ev, "ally.rely"),
            _rel("ACQUIRES", "Technova", "Belmont", ev, "acquires.control")]
    assert [r.type for r in clause39_checks(rels)] == ["ACQUIRES"]
    fund = "Il peut compter sur le fonds Arlex Capital, qui détient 6 % de Technova."
    rels = [_rel("ALLY_OF", "Paul Verdier", "Arlex Capital", fund, "ally.rely"),
            _rel("OWNS", "Arlex Capital", "Technova", fund, "owns.verb")]
    assert len(clause39_checks(rels)) == 2   # (the ally owns; it is not owned)


def test_compared_share_and_stake_company(nlp):
    doc = nlp("Technova vend ses pneus 30 % moins cher que Varlin.")
    assert compared_share(next(t for t in doc if t.text == "%"))
    doc = nlp("Varlin détient 30 % du capital de Technova.")
    assert not compared_share(next(t for t in doc if t.text == "%"))
    doc = nlp("Varlin a cédé ses 68 % dans Ostrava à Arlex.")
    assert stake_names_own_company(next(t for t in doc if t.text == "%"))
