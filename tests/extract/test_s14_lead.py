"""Fourteenth-session lead: a tie not renewed ended (status former), it is not denied (invented names)."""
import pytest

from cercle.mentions.lexicon import fold

ENDED = [
    ("La société Armor Fret n'a pas renouvelé son contrat avec Breizh Logistique.",
     ("FUNDS", "Armor Fret", "Breizh Logistique")),
    ("Le groupe Varnel n'a pas reconduit son contrat de maintenance avec la société Ostrel.",
     ("FUNDS", "Varnel", "Ostrel")),
    ("L'an dernier, la banque Kermor n'a pas prolongé son partenariat avec la start-up Lumio.",
     ("PARTNERS_WITH", "Kermor", "Lumio")),
]


@pytest.mark.parametrize("text,tie", ENDED, ids=[t[:40] for t, _ in ENDED])
def test_not_renewed_is_former(analyse_text, text, tie):
    t, s, o = tie
    got = [r for r in analyse_text(text).relations
           if r.type == t and {fold(r.subject), fold(r.object)} == {fold(s), fold(o)}]
    assert got, f"missing {tie}"
    assert all(not r.negated and r.status == "former" for r in got)


def test_other_negations_stay(analyse_text):
    text = "La société Armor Fret n'a pas investi dans Breizh Logistique."
    got = [r for r in analyse_text(text).relations if r.type == "INVESTS_IN"]
    assert got and all(r.negated for r in got)
