"""s17-speed: the first looks that skip a regex must never hide one of its matches."""
from cercle.extract.amounts import AMOUNT_RE, amount_matches
from cercle.extract.attribution import _PREP_RE, _prep_cues

_WRITTEN_AMOUNTS = [
    "Le club a été cédé pour un euro symbolique à la société Ferlane.",
    "La holding a versé deux millions d'euros au fonds Pradel.",
    "Quelques milliards de dollars ont été promis par le groupe Vastel.",
    "Une dizaine de millions de livres sterling sont en jeu.",
    "Le rachat, chiffré à 45 M€, a été bouclé en mars.",
    "Aucune somme n'a été avancée par les deux parties.",
]


def test_amount_first_look_keeps_every_match():
    for text in _WRITTEN_AMOUNTS:
        assert [m.span() for m in amount_matches(text)] == [m.span() for m in AMOUNT_RE.finditer(text)], text


def test_prepositional_cue_first_look_keeps_every_match():
    for text in ["Selon Les Échos, la banque Orvane négocie.", "D’après le quotidien, X a cédé Y.",
                 "Si l'on en croit la presse locale, Z vend.", "À en croire ses proches, il part.",
                 "Aux dires de son avocat, rien n'est signé.", "Le fonds, cité par l'agence, dément.",
                 "Le groupe Ferlane a racheté Pradel."]:
        assert _prep_cues(text) == tuple(m.span() for m in _PREP_RE.finditer(text)), text


def test_date_first_looks_keep_months_years_and_relative_years():
    from cercle.extract.dates import find_dates
    got = lambda text, ref=None: [d for _, _, d in find_dates(text, ref_date=ref)]   # noqa: E731
    assert got("Le rachat a été signé le 10 février 2021 à Lyon.") == ["2021-02-10"]
    assert got("Il a pris la direction en avril 2021.") == ["2021-04"]
    assert got("Le groupe a été fondé en 1998.") == ["1998"]
    assert got("Le fonds est entré au capital l'an dernier.", "2024-05-02") == ["2023"]
    assert got("Le fonds est entré au capital l'année dernière.") == []
