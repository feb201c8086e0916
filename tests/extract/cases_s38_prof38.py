"""Cases of the s38 person → party readings (helper prof38, mentions/prof38.py, hooks in coref.link_anaphora),
invented names and sentences, run by test_rules.py.

* A bare "du parti" in a person's title after a fronted frame ("Dans les rangs de X, …", "Côté X, …") in its
  sentence or the one before (same paragraph) is X, not the party named last; an acronym the text gave before
  counts ("Union des territoires (UDT) … Dans les rangs de l'UDT").
* A person noun opening its sentence ("Le milliardaire, fondateur de Y, …") is the person the sentence before
  introduced by full name, not the person the story names most."""

_FRAME_DR = (
    "Union des territoires et Cap écologie scellent leur pacte. Gaspard Morlaix, président d'Union des territoires "
    "(UDT), a retrouvé mardi Léna Vautrin, la secrétaire nationale de Cap écologie, pour conclure un accord. "
    "Cap écologie a salué « un accord de raison ». Dans les rangs de UDT, la pilule passe mal. Le secrétaire général du parti, Octave Brenier, a accusé son "
    "président de trahison.")

_FRAME_COTE = (
    "Marine Castagnède, la présidente de Vague solidaire, et Hugo Ferrandez, le premier secrétaire du Socle "
    "populaire, ont scellé un accord pour les régionales.\n\n"
    "Côté Socle populaire, l'affaire est délicate. Le secrétaire général du parti, Aurélien Dufaÿ, "
    "juge l'alliance « contre nature ».")

_NEW_PERSON = (
    "La commission a validé les comptes de campagne de Roland Vercors, tête de liste du Parti des territoires. Roland "
    "Vercors conteste toutefois la pénalité de 80 000 euros infligée au parti. Le parti a obtenu un prêt bancaire de deux millions "
    "d'euros.\n\n"
    "Plusieurs particuliers ont effectué des dons, dont Jean-Baptiste Orlac, qui aurait versé 4 600 euros au "
    "candidat. Le milliardaire, fondateur de Brisolia, dément tout soutien financier.")

CASES = [
    (_FRAME_DR, [("LEADS", "Octave Brenier", "Union des territoires")]),
    (_FRAME_COTE, [("LEADS", "Aurélien Dufaÿ", "Socle populaire")]),
    (_NEW_PERSON, [("FOUNDED", "Jean-Baptiste Orlac", "Brisolia")]),
]

FORBIDDEN = [
    (_FRAME_DR, ("LEADS", "Octave Brenier", "Cap écologie")),
    (_FRAME_COTE, ("LEADS", "Aurélien Dufaÿ", "Vague solidaire")),
    (_NEW_PERSON, ("FOUNDED", "Roland Vercors", "Brisolia")),
]
