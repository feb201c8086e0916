"""(s35-names35) What the cases of cases_s35_names35.py (run by test_rules.py) do not check: the names built are
typed (a committee is GOV, a company with an English tail ORG), and a French word after a name is left out."""
from __future__ import annotations

from cercle.evaluate import normalise_name
from .ties import named, ties_of_type as _ties


def test_committee_is_a_public_body(analyse_text):
    text = "La délégation aux droits des femmes du Sénat, présidée par Anne Vidal, a publié un rapport."
    got = named(_ties(analyse_text, text, "LEADS"), subject="Anne Vidal")
    assert got and normalise_name(got[0].object) == normalise_name("délégation aux droits des femmes du Sénat")


def test_committee_needs_a_topic():
    from cercle.mentions.names35 import words
    assert "finances" in words()["committee_topics"] and "events" in words()["company_tails"]
    assert "services" not in words()["company_tails"]
