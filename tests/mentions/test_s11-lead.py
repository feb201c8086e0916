"""Names and types read on articles nobody had tuned on (s11, lead): a news agency glued to the person
quoted, a company named after its trade typed as a person."""
from __future__ import annotations


def test_agency_acronym_is_not_part_of_the_person_quoted(entities):
    ents = entities("« Le projet tient la route », a déclaré à l'AFP Solène Maréchal-Duval, présidente de "
                    "Tarvenne. Mme Maréchal-Duval a confirmé le calendrier.")
    assert "Solène Maréchal-Duval" in ents and ents["Solène Maréchal-Duval"][0] == "PER"
    assert not any(name.startswith("AFP ") for name in ents)


def test_company_named_after_its_trade(entities):
    # "X Packaging", "X Construction", "X Marine": a trade closing a name makes it a company's
    ents = entities("Le groupe Norvel a lancé une offre sur son concurrent Brassac Packaging. Son rival "
                    "Dorvan Construction a déposé un recours, tout comme le chantier Peyrac Marine.")
    for name in ("Brassac Packaging", "Dorvan Construction", "Peyrac Marine"):
        assert ents[name][0] == "ORG", name
