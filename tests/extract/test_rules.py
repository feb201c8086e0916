"""Every tie type has at least one working rule, checked on sentences the team wrote."""
from __future__ import annotations

import pytest

from cercle.evaluate import normalise_name
from cercle.model import load_model

from . import rule_cases


def _gather(name):
    """CASES/FORBIDDEN of rule_cases.py and of every cases_*.py beside it (one file per line of work,
    so parallel branches add their sentences without editing the same lists)."""
    import importlib
    from pathlib import Path
    out = list(getattr(rule_cases, name))
    for f in sorted(Path(__file__).parent.glob("cases_*.py")):
        out += getattr(importlib.import_module(f"{__package__}.{f.stem}"), name, [])
    return out


CASES = _gather("CASES")
FORBIDDEN = _gather("FORBIDDEN")


def _keys(relations):
    return {(r.type, normalise_name(r.subject), normalise_name(r.object)) for r in relations}


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_rule_case(analyse_text, text, expected):
    result = analyse_text(text)
    got = _keys(result.relations)
    for t, s, o in expected:
        key = (t, normalise_name(s), normalise_name(o))
        if load_model().is_symmetric(t) and key not in got:
            key = (t, normalise_name(o), normalise_name(s))
        assert key in got, f"missing {t}({s} → {o}) in {sorted(got)}"
    if not expected:
        assert not result.relations


@pytest.mark.parametrize("text,tie", FORBIDDEN, ids=[c[0][:40] for c in FORBIDDEN])
def test_forbidden_tie(analyse_text, text, tie):
    t, s, o = tie
    assert (t, normalise_name(s), normalise_name(o)) not in _keys(analyse_text(text).relations)


def test_cases_cover_every_type():
    covered = {t for _, exp in CASES for t, _, _ in exp}
    assert covered == set(load_model().relations)


def test_evidence_is_the_text_at_its_offsets(analyse_text):
    text = "Jeudi, Paul Verdier, PDG de Technova, a rencontré Jeanne Roux. Technova poursuit Kelvio."
    result = analyse_text(text)
    assert result.relations
    for rel in result.relations:
        assert result.article.text[rel.start:rel.end] == rel.evidence
        assert rel.rule and 0 < rel.confidence <= 1


def test_status_and_amount_are_read(analyse_text):
    result = analyse_text("Maritima a lancé une offre de 2,5 milliards d'euros sur Orbalia.")
    bids = [r for r in result.relations if r.type == "BIDS_FOR"]
    assert bids and bids[0].status == "proposed"
    assert bids[0].amount is not None and bids[0].amount.value == 2.5e9 and bids[0].amount.currency == "EUR"


def test_rejected_offer(analyse_text):
    result = analyse_text("Le conseil d'Orbalia a rejeté l'offre de rachat de Maritima.")
    bids = [r for r in result.relations if r.type == "BIDS_FOR"]
    assert bids and bids[0].subject == "Maritima" and bids[0].status == "rejected"


def test_negation(analyse_text):
    result = analyse_text("Atlas Capital n'a pas investi dans Kelvio.")
    inv = [r for r in result.relations if r.type == "INVESTS_IN"]
    assert inv and inv[0].negated


def test_heading_word_is_not_an_entity(analyse_text):
    result = analyse_text("Tensions. Le fonds Atlas Capital détient 12 % du capital de Vitalis.")
    names = {e.name for e in result.entities}
    assert "Tensions" not in names and "Atlas Capital" in names


def test_a_bid_disclaimed_is_negated(analyse_text):
    result = analyse_text("Orbalia, qui précise ne pas avoir l'intention de prendre le contrôle de Kelvio, "
                          "demande un siège.")
    bids = [r for r in result.relations if r.type == "BIDS_FOR"]
    assert [(r.subject, r.object, r.negated) for r in bids] == [("Orbalia", "Kelvio", True)]


def test_a_role_in_a_denied_event_still_holds(analyse_text):
    # "ni le ministre …, X, ni la ministre …, Y, n'avaient été mis dans la confidence": the two still hold office
    result = analyse_text("Selon un conseiller, ni le ministre de l'Intérieur, Paul Verdier, ni la ministre des "
                          "Armées, Anne Fabre, n'avaient été mis dans la confidence.")
    leads = sorted((r.subject, r.object, r.negated) for r in result.relations if r.type == "LEADS")
    assert leads == [("Anne Fabre", "ministère des Armées", False),
                     ("Paul Verdier", "ministère de l'Intérieur", False)]
    # the event itself stays denied
    met = [r for r in analyse_text("Anne Fabre n'a pas rencontré le PDG de la société Kelvio, Paul Verdier.").relations
           if r.type in ("MEETS", "LEADS")]
    assert sorted((r.type, r.negated) for r in met) == [("LEADS", False), ("MEETS", True)]


def test_a_title_given_to_the_main_company_yields_to_the_one_its_holder_leads():
    # "La directrice générale de Kelvio, Anne Fabre, …" then "…, a indiqué la dirigeante" in an article about
    # Technova: the untitled LEADS to the main company is dropped; a board seat elsewhere is not
    from cercle.extract.relations import _named_over_topic
    from cercle.records import Relation

    def rel(t, s, o, start):
        return Relation(type=t, subject=s, object=o, evidence="…", start=start, end=start + 1)
    named = rel("LEADS", "Anne Fabre", "Kelvio", 0)
    by_topic = [rel("LEADS", "Anne Fabre", "Technova", 50), rel("BOARD_MEMBER", "Anne Fabre", "Technova", 80),
                rel("LEADS", "Paul Verdier", "Technova", 90)]
    kept = _named_over_topic([named, *by_topic], by_topic)
    assert [(r.type, r.subject, r.object) for r in kept] == [
        ("LEADS", "Anne Fabre", "Kelvio"), ("BOARD_MEMBER", "Anne Fabre", "Technova"),
        ("LEADS", "Paul Verdier", "Technova")]
