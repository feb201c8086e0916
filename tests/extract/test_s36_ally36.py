"""(s36-ally36) What the cases of cases_s36_ally36.py (run by test_rules.py) do not check: a pact refused is a negated
alliance, never a positive one; a backer column's dash names no one."""
from __future__ import annotations

from .ties import positive_ties as _positive
from .ties import ties_of_type as _ties


def test_pact_refused_is_negated(analyse_text):
    for text, a, b in (
            ("La sénatrice Sophie Bertin, qui refuse toute liste commune avec le Parti radical au premier tour, part "
             "seule.", "Sophie Bertin", "Parti radical"),
            ("Le député Alain Rocher exclut tout accord avec le Mouvement national pour les régionales.",
             "Alain Rocher", "Mouvement national")):
        assert not _positive(analyse_text, text, "ALLY_OF", a, b), text


def test_backer_dash_names_no_one(analyse_text):
    text = ("Municipales à Nantes. Le maire sortant Paul Aubry et Alain Rocher s'affrontent.\n\n| Candidat | "
            "Soutiens |\n|---|---|\n| Paul Aubry | Parti radical |\n| Alain Rocher | — |\n")
    assert not [r for r in _ties(analyse_text, text, "ALLY_OF") if "Alain Rocher" in (r.subject, r.object)]
