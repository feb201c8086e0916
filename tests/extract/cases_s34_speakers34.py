"""Cases of the s34 first person in speech (helper s34-speakers34, slots/speakers34.py, data/speakers34.yaml),
invented names and sentences. A noun of a tie owned by a first or second person possessive whose owner the
speaker gives (concurrents, rivaux, actionnaires, partenaires, investisseurs, financeurs), followed by a list
of names in apposition or in a cleft ("ce sont", "c'est"): the names against the speaker's organisation, in a
quotation with an incise after it or a speaker before it, in an interview's answer; never when the quotation
has no speaker or the possessive is a third person's."""

_INTERVIEW = ("« Le meuble d'occasion n'est plus marginal »\n\nPaul Vernier, cofondateur et président de Recyclo, "
              "revient sur l'année écoulée.\n\nVous levez 40 millions d'euros. Qui vous soutient ?\nLe tour est "
              "conduit par Orsa Partners. C'est un signal fort.\n\nQui sont vos rivaux ?\n{}\n\nQuels sont vos "
              "projets ?\nNous voulons ouvrir dix magasins en 2027.")

CASES = [
    # a cleft after the noun, in a quotation with an incise after it
    ("« Nos vrais concurrents, ce sont Mobilix et Casaflor », affirme Paul Vernier, président de Recyclo.",
     [("COMPETES_WITH", "Mobilix", "Recyclo"), ("COMPETES_WITH", "Casaflor", "Recyclo")]),
    # an apposition closed by a comma, another cue word (rivaux), a speaker before the quotation
    ("Hélène Vasseur, directrice générale de Dalmore, prévient : « Nos rivaux directs, Ortiga ou Pellan, cassent "
     "les prix. »",
     [("COMPETES_WITH", "Ortiga", "Dalmore"), ("COMPETES_WITH", "Pellan", "Dalmore")]),
    # in an interview's answer, "c'est" and a kind noun before each name
    (_INTERVIEW.format("Nos principaux concurrents, c'est l'enseigne Mobilix et la chaîne Casaflor."),
     [("COMPETES_WITH", "Mobilix", "Recyclo"), ("COMPETES_WITH", "Casaflor", "Recyclo")]),
    # shareholders, a kind noun before each name, a pronoun after the list
    ("« Nos actionnaires, le fonds Marvest et la banque Ortal, nous soutiennent », explique Claire Dumont, "
     "directrice générale de Solvane.",
     [("OWNS", "Marvest", "Solvane"), ("OWNS", "Ortal", "Solvane")]),
    # partners, an adjective after the noun, another tense
    ("« Nos partenaires historiques, Bernholt et Vantor, resteront à nos côtés », assure Hugo Ferrand, le patron de "
     "Recyclo.",
     [("PARTNERS_WITH", "Bernholt", "Recyclo"), ("PARTNERS_WITH", "Vantor", "Recyclo")]),
    # investors and financers: the possessive's owner is the one they invest in
    ("« Nos investisseurs, Orsa Partners et Kelvin Capital, ont remis 30 millions », se félicite Léa Marchal, "
     "cofondatrice de Dronix.",
     [("INVESTS_IN", "Orsa Partners", "Dronix"), ("INVESTS_IN", "Kelvin Capital", "Dronix")]),
    ("Selon Marc Delorme, PDG de Vellor, « nos financeurs, ce sont Arvalis Capital et la banque Ortal ».",
     [("INVESTS_IN", "Arvalis Capital", "Vellor"), ("INVESTS_IN", "Ortal", "Vellor")]),
]

FORBIDDEN = [
    # a quotation nobody is said to speak: its "nos" is no one's
    ("« Nos concurrents, ce sont Mobilix et Casaflor. » Le marché du meuble recule de 4 % cette année.",
     ("COMPETES_WITH", "Mobilix", "Casaflor")),
    # "comme" gives an example of another kind: no list of names after the noun
    ("« Nos concurrents, comme Mobilix, baissent leurs prix », déplore Paul Vernier, président de Recyclo.",
     ("COMPETES_WITH", "Mobilix", "Paul Vernier")),
    # the names are those of the speaker's own organisation's side: the speaker is not their own rival
    ("« Nos investisseurs, Orsa Partners et Kelvin Capital, ont remis 30 millions », se félicite Léa Marchal, "
     "cofondatrice de Dronix.",
     ("INVESTS_IN", "Orsa Partners", "Léa Marchal")),
]
