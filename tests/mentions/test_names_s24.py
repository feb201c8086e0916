"""Names of the s24 entity gaps (helper s24-names24), invented names and sentences."""
from __future__ import annotations

from cercle.mentions.lexicon import fold


def _has(found: dict, name: str, etype: str | None = None) -> bool:
    want = fold(name.removeprefix("La "))
    return any(fold(n.removeprefix("La ")) == want and (etype is None or t == etype) for n, (t, _) in found.items())


def test_party_named_republic_in_motion(entities):
    # the NER finds "République" alone (MISC), which ends like a nationality noun ("la Britannique")
    found = entities("Tout est parti de l'accord scellé au printemps avec La République en marche, qui avait "
                     "retiré sa liste, conduite par la secrétaire d'État Sophie Vernet, pour rallier celle du "
                     "président sortant.")
    assert _has(found, "République en marche", "ORG")


def test_unaccented_a_opens_no_name(entities):
    found = entities("A Lyon, le ministre des Finances, Paul Verdan, a dénoncé une sanction injuste.")
    assert "A Lyon" not in found
    assert not any(t == "PER" and "Lyon" in n for n, (t, _) in found.items())


def test_company_taken_over_is_not_the_person(entities):
    found = entities("Le groupe Vantor a pris le contrôle de Lagrange au terme d'une offre publique d'achat. "
                     "Arnaud Lagrange, resté PDG du groupe, a entériné le choix.")
    assert _has(found, "Lagrange", "ORG")
    assert _has(found, "Arnaud Lagrange", "PER")
    assert "Lagrange" not in found["Arnaud Lagrange"][1]


def test_product_is_not_its_owner_in_full(entities):
    found = entities("La Commission a infligé une amende à Zorvex. Le suédois Spotex, concurrent direct de son "
                     "service Zorvex Music, avait porté plainte. Zorvex, dirigé par Paul Verdan, conteste.")
    assert _has(found, "Zorvex", "ORG")
