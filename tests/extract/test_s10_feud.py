"""s10-feud: attributes of conflict and alliance ties that the rule cases (which ignore the flags) cannot check."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Interrogé, Technova ne commente pas sa coopération avec Kelvio.",
    "Technova n'a pas souhaité commenter son partenariat avec Kelvio.",
])
def test_not_telling_does_not_deny(analyse_text, text):
    """A negation above a verb of telling is about the telling: the tie it names is not negated."""
    ties = [r for r in analyse_text(text).relations if r.type == "PARTNERS_WITH"]
    assert ties and not any(r.negated for r in ties)


def test_a_denied_agreement_stays_negated(analyse_text):
    ties = [r for r in analyse_text("Technova n'a pas signé d'accord avec Kelvio.").relations if r.type == "PARTNERS_WITH"]
    assert ties and all(r.negated for r in ties)
