"""Cases of the s27 name gaps (helper s27-names27), invented names and sentences."""

# a short name and a longer one opening with it, written in one sentence, are two actors
# (mentions/names27.two_forms_in_one_sentence); a possessive after "Y, la maison mère de X," is Y's
# (extract/slots/names27.apposition_names), so Y owns "sa filiale X Towers", not X
CASES = [
    ("Ferrand Group, la maison mère de Delmas, a annoncé la cession de sa filiale Delmas Towers au fonds Kestrel.",
     [("OWNS", "Ferrand Group", "Delmas"), ("OWNS", "Ferrand Group", "Delmas Towers")]),
    # the short form used alone before the long one, then again after it in the long one's sentence
    ("En s'offrant 21 % du capital de Delmas, le groupe Ferrand a surpris le marché. Dans la foulée, les deux "
     "partenaires ont créé Delmas International, une coentreprise détenue à 51 % par Ferrand et à 49 % par Delmas.",
     [("OWNS", "Delmas", "Delmas International"), ("OWNS", "Ferrand", "Delmas International")]),
]
FORBIDDEN = [
    ("Ferrand Group, la maison mère de Delmas, a annoncé la cession de sa filiale Delmas Towers au fonds Kestrel.",
     ("OWNS", "Delmas", "Delmas Towers")),
]

# "le X Valdor" after a capital's name takes an article: a club or a company named after the city, not the place
# (mentions/names27.clubs_named_after_a_capital)
CASES += [
    ("Le Delmas FC veut rivaliser avec le Rome Valdor.", [("COMPETES_WITH", "Delmas FC", "Rome Valdor")]),
]

# two owners either side of a slash in one table cell (mentions/names27.parties_split_at_a_slash)
_TABLE = ("Le marché des pylônes attire les fonds.\n\n| Société | Actionnaire de référence | Sites |\n|---|---|---|\n"
          "| Delmas Towers | Ferrand Group / Kestrel Partners | 10 200 |\n")
CASES += [
    (_TABLE, [("OWNS", "Ferrand Group", "Delmas Towers"), ("OWNS", "Kestrel Partners", "Delmas Towers")]),
]
FORBIDDEN += [
    (_TABLE, ("OWNS", "Ferrand Group / Kestrel Partners", "Delmas Towers")),
]

# "la holding du Bordelais Paul X": the demonym introduces the person (mentions/names27.demonyms_before_a_person,
# demonyms_introduce)
CASES += [
    ("Ferrand Brands, la holding du Bordelais Paul Ferrand, a racheté Delmas.",
     [("OWNS", "Paul Ferrand", "Ferrand Brands")]),
]
FORBIDDEN += [
    ("Ferrand Brands, la holding du Bordelais Paul Ferrand, a racheté Delmas.", ("OWNS", "Bordelais", "Ferrand Brands")),
]

# "A, B & Partners (ABP)": a firm named after its partners, cut at the comma by the NER, is one name that its
# bracketed acronym stands for (mentions/names27.firm_names_with_a_comma)
CASES += [
    ("Paul Garnier a fondé en 2013 la banque Leyne, Garnier & Partners (LGP). En 2014, Paul Garnier démissionne "
     "de LGP.", [("FOUNDED", "Paul Garnier", "Leyne, Garnier & Partners")]),
    ("Rebaptisée en 2014 Morel, Garnier-Dufour & Partners (MGD), la petite banque d'affaires se rêve en boutique. "
     "Paul Garnier préside MGD.", [("LEADS", "Paul Garnier", "Morel, Garnier-Dufour & Partners")]),
]
FORBIDDEN += [
    ("Rebaptisée en 2014 Morel, Garnier-Dufour & Partners (MGD), la petite banque d'affaires se rêve en boutique. "
     "Paul Garnier préside MGD.", ("LEADS", "Paul Garnier", "MGD")),
]
