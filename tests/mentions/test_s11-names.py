"""Names and types (s11-names branch): parties named by a capitalised common noun ("Ralliement", "Cap",
"Bloc") that the NER calls places, typed from what the text says of them (presided, a spokesperson,
members, a congress)."""
from __future__ import annotations


def test_party_presided_is_an_organisation(entities):
    # "X, que préside Y": a body someone presides, not a place
    ents = entities("Un accord a été signé entre Renouveau solidaire, que préside la députée Inès Garrault, "
                    "et les écologistes. La sénatrice de Renouveau solidaire Maud Pelletan s'en félicite.")
    assert ents["Renouveau solidaire"][0] == "ORG"


def test_party_with_a_spokesperson_is_an_organisation(entities):
    # "porte-parole du X", "les adhérents de X": a party's, never a place's
    ents = entities("Yves Barrault, ancien porte-parole du Rempart, a quitté cette formation en 2019. "
                    "Les adhérents du Rempart voteront en mai.")
    assert ents["Rempart"][0] == "ORG"


def test_place_keeps_its_type(entities):
    # a place's name (a proper noun) keeps its type: "le président de la Gironde" presides a department
    ents = entities("Les élus ont été reçus par le président de la Corrèze. Le porte-parole de la Corrèze, "
                    "Paul Mérignac, a confirmé la visite.")
    assert ents.get("Corrèze", ("LOC",))[0] != "ORG"


def test_recurring_name_with_a_complement(entities):
    # "le Rempart des vallées" twice: the whole phrase is the name, not "Rempart" the place
    ents = entities("Yves Barrault, ancien porte-parole du Rempart des vallées, a quitté le mouvement. "
                    "Reste l'inconnue du Rempart des vallées, dont le président hésite.")
    assert "Rempart des vallées" in ents and "Rempart" not in ents
    assert ents["Rempart des vallées"][0] == "ORG"


def test_complement_said_once_is_not_a_name(entities):
    ents = entities("Le Sud de la France souffre. Les usines du Nord de la région ferment, a dit Paul Mérignac.")
    assert not any(n.startswith(("Sud de", "Nord de")) for n in ents)
