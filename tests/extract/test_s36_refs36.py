"""(s36-refs36) What the cases of cases_s36_refs36.py (run by test_rules.py) do not check: the role a noun names, the
party a frame gives each role, and the refusals (precision first: no frame, or two parties, no one)."""
from __future__ import annotations

from cercle.mentions.refs36 import _nouns, _phrases, first_words


def test_role_families_are_listed():
    nouns = _nouns()
    for w in ("repreneur", "acquéreuse", "cédant", "vendeuse", "prêteur", "plaignante", "requérant", "prévenue",
              "attributaire", "lauréate", "fournisseur", "cliente"):
        assert w in nouns, w
    assert _phrases()["partie"][("civile",)] == "plaintiff"
    assert _phrases()["bailleur"][("de", "fonds")] == "lender"
    assert _phrases()["donneur"][("d'", "ordre")] == "client"
    assert "mis" in first_words()


def test_roles_of_each_side(analyse_text):
    text = ("La holding Arcadis Participations a vendu l'enseigne Maxiprix au groupe Talbert. Le vendeur, conseillé "
            "par la banque Orvane, et l'acheteur ont signé mardi.")
    res = analyse_text(text)
    called = {e.name: set(e.aliases) for e in res.entities}
    assert any(a.lower() == "le vendeur" for a in called.get("Arcadis Participations", ()))
    assert any(a.lower() == "l'acheteur" for a in called.get("Talbert", ()))


def test_no_frame_no_party(analyse_text):
    text = "La PME Kermadec Outillage cherche un repreneur. Le repreneur devra garder les 300 salariés."
    res = analyse_text(text)
    assert not any("repreneur" in a.lower() for e in res.entities for a in e.aliases)
