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
