"""(s36-subj36) What the cases of cases_s36_subj36.py (run by test_rules.py) do not check: no tie at all goes to the
party named inside a relation apposition of a nameless subject, whatever the verb."""
from __future__ import annotations

from .ties import ties_of_type as _ties


def test_relation_apposition_party_never_acts(analyse_text):
    for text, t, who in (
            ("L'entreprise, filiale du groupe Trimax, a signé un partenariat avec la société Brontex.",
             "PARTNERS_WITH", "Trimax"),
            ("Le constructeur, propriété du fonds Orbelis, a racheté la société Kelmis.", "ACQUIRES", "Orbelis"),
            ("Le distributeur, rival historique de Kelmis Media, dénonce la société Brontex pour concurrence déloyale.",
             "ACCUSES", "Kelmis Media")):
        assert not [r for r in _ties(analyse_text, text, t) if r.subject == who], text
