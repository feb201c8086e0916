"""(s37-pairs37) The learned pair reader's shape checks (extract/learned_filters.py, data/learned_filters.yaml):
each shape the team's "must not" sentences trap, read on new sentences (every name invented), names the shape
that refuses the tie; a plain tie is refused by none. With the reader on, the checks keep the proposed tie out."""
from __future__ import annotations

import pytest

from cercle.extract import learned
from cercle.extract.learned_filters import refusal

# (sentence, first party's head word, second party's head word, type, the shape that refuses it)
REFUSED = [
    ("Selon le directeur de Polvane, Hugo Serval a menti.", "Polvane", "Hugo", "LEADS", "source"),
    ("D'après Orvane, Hugo Serval dirigera Polvane.", "Orvane", "Hugo", "LEADS", "source"),
    ("Pour le directeur de Polvane, Hugo Serval a commis une erreur.", "Polvane", "Hugo", "LEADS", "source"),
    ("Le groupe Kermadec a refusé toute alliance avec Ostrada.", "Kermadec", "Ostrada", "ALLY_OF", "unstated"),
    ("Jeanne Alric entend prendre la tête de la fédération Vorelle.", "Jeanne", "Vorelle", "LEADS", "unstated"),
    ("Léa Morvan condamne l'interpellation de Rémi Castel.", "Léa", "Rémi", "ACCUSES", "through"),
    ("Le ministre Yves Landor a reçu un courrier de Nadia Ferrec.", "Yves", "Nadia", "MEETS", "through"),
    ("Le neveu du président de Brévane, Hugo Serval, a parlé.", "Brévane", "Hugo", "LEADS", "kin"),
    ("Hugo Serval, patron du groupe éponyme, a quitté son poste.", "Hugo", "groupe", "LEADS", "eponym"),
    ("Hugo Serval, secrétaire du syndicat Orvane, a protesté.", "Hugo", "Orvane", "LEADS", "title"),
    ("Le géant de Talvère a investi dix millions d'euros dans Ombrelle.", "Talvère", "Ombrelle", "INVESTS_IN",
     "inner-party"),
    ("La société Arvelle a vu la Métropole comme un client.", "Arvelle", "Métropole", "FUNDS", "perceived"),
    ("Lucie Morand, venue chez Ostrada pour un rendez-vous, a salué Yves Landor.", "Lucie", "Ostrada", "WORKS_FOR",
     "visit"),
    ("Ostrada a renvoyé Yves Landor devant ses salariés.", "Ostrada", "Yves", "SUES", "court"),
    ("Le magazine Orvane a inscrit Polvane sur sa liste des meilleurs employeurs.", "Orvane", "Polvane", "OPPOSES",
     "listed"),
]

# (sentence, first head word, second head word, type): nothing to refuse
KEPT = [
    ("Pour Hugo Serval, l'un des associés de Polvane, le dossier reste fragile.", "Hugo", "Polvane", "WORKS_FOR"),
    ("Hugo Serval, directeur général de Polvane, a présenté les comptes.", "Hugo", "Polvane", "LEADS"),
    ("Le groupe Kermadec a racheté Ostrada en 2021.", "Kermadec", "Ostrada", "ACQUIRES"),
    ("Léa Morvan accuse Rémi Castel de mensonge.", "Léa", "Rémi", "ACCUSES"),
    ("La Valdane a inscrit Polvane sur sa liste noire des sanctions.", "Valdane", "Polvane", "OPPOSES"),
]


def _heads(nlp, text, wa, wb):
    doc = nlp(text)
    find = lambda w: next(t for t in doc if t.text == w)
    return find(wa), find(wb)


@pytest.mark.parametrize("text,wa,wb,rtype,shape", REFUSED, ids=[c[4] for c in REFUSED])
def test_shape_refuses_the_tie(nlp, text, wa, wb, rtype, shape):
    ha, hb = _heads(nlp, text, wa, wb)
    assert refusal(ha, hb, rtype) == shape


@pytest.mark.parametrize("text,wa,wb,rtype", KEPT, ids=[c[3] for c in KEPT])
def test_plain_ties_are_not_refused(nlp, text, wa, wb, rtype):
    ha, hb = _heads(nlp, text, wa, wb)
    assert refusal(ha, hb, rtype) is None


def test_a_negated_tie_is_refused(nlp):
    ha, hb = _heads(nlp, "Ostrada n'a jamais financé Arvelle.", "Ostrada", "Arvelle")
    assert refusal(ha, hb, "FUNDS", negated=True) == "negated"


@pytest.mark.slow
def test_reader_on_keeps_the_refused_shapes_out(analyse_text, monkeypatch):
    monkeypatch.setenv("CERCLE_LEARNED_PAIRS", "1")
    for text, tie in [("Léa Morvan condamne l'interpellation de Rémi Castel.", ("ACCUSES", "Léa Morvan", "Rémi Castel")),
                      ("Le ministre Yves Landor a reçu un courrier de Nadia Ferrec.",
                       ("MEETS", "Yves Landor", "Nadia Ferrec"))]:
        got = {(r.type, r.subject, r.object) for r in analyse_text(text).relations if r.rule == learned.RULE_ID}
        assert tie not in got and (tie[0], tie[2], tie[1]) not in got
