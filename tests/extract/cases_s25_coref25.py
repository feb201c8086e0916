"""Cases of the s25 second-reference gaps (helper s25-coref25), invented names and sentences."""

# "A a assigné B et son patron": the possessive coordinated right after B is B's; A's own boss, named before,
# is not meant (mentions/coref._coordinated_after_org)
CASES = [
    ("Paul Martin, PDG de Varnell, refuse l'offre. Varnell a assigné Orion et son patron devant le tribunal de "
     "commerce de Paris.",
     [("LEADS", "Paul Martin", "Varnell"), ("SUES", "Varnell", "Orion")]),
]
FORBIDDEN = [
    ("Paul Martin, PDG de Varnell, refuse l'offre. Varnell a assigné Orion et son patron devant le tribunal de "
     "commerce de Paris.",
     ("LEADS", "Paul Martin", "Orion")),
    ("Paul Martin, PDG de Varnell, refuse l'offre. Varnell a assigné Orion et son patron devant le tribunal de "
     "commerce de Paris.",
     ("SUES", "Varnell", "Paul Martin")),
]

# "« Je n'ai jamais été l'avocate de Y », a-t-elle déclaré. Son avocat, Me Z": the person named inside the
# quotation a pronoun speaks is not the lawyer's client (slots/titles._lawyer_client)
CASES += [
    ("Marie Durand conteste tout. « Je n'ai jamais été l'avocate de Paul Martin », a-t-elle déclaré. Son avocat, "
     "Jean Dupont, assure qu'il plaidera la relaxe.",
     [("WORKS_FOR", "Jean Dupont", "Marie Durand")]),
    # near-miss: a named speaker after the quotation is the client
    ("Marie Durand conteste tout. « Je n'ai jamais été l'avocate de Paul Martin », a déclaré Sophie Blanc. Son "
     "avocat, Jean Dupont, assure qu'il plaidera la relaxe.",
     [("WORKS_FOR", "Jean Dupont", "Sophie Blanc")]),
]
FORBIDDEN += [
    ("Marie Durand conteste tout. « Je n'ai jamais été l'avocate de Paul Martin », a-t-elle déclaré. Son avocat, "
     "Jean Dupont, assure qu'il plaidera la relaxe.",
     ("WORKS_FOR", "Jean Dupont", "Paul Martin")),
]

# An interview's lead "La commission des sanctions de Y a infligé une amende à Z. Sa présidente, X, s'explique": the
# interviewee presides Y's organ, not the sanctioned company the article names most (mentions/quoted_we
# ._own_possessive_owner)
_INTERVIEW = ("ENTRETIEN — Marie Durand : « Les plateformes ne sont pas au-dessus des règles »\n\n"
              "La commission des sanctions de l'Autorité des marchés numériques (AMN) a infligé une amende de 4 "
              "millions d'euros à Orion France, filiale française du groupe Orion. Sa présidente, Marie Durand, "
              "s'explique.\n\nPourquoi frapper Orion ?\n\nNous avons constaté que la plateforme continuait de servir "
              "des clients français. Ce n'est pas acceptable.\n\nOrion affirme avoir pleinement coopéré avec vos "
              "services…\n\nJ'en prends acte. Mais coopérer ne dispense pas de respecter les règles.\n\nOrion "
              "va-t-il faire appel ?\n\nC'est son droit le plus strict. Nous défendrons notre décision.")
CASES += [
    (_INTERVIEW, [("LEADS", "Marie Durand", "Autorité des marchés numériques")]),
]
FORBIDDEN += [
    (_INTERVIEW, ("LEADS", "Marie Durand", "Orion")),
]

# "A, maison mère de B, de C et de D, est présidé par X": C and D continue the apposed noun's "de" list (A's
# holdings), they are no second subject of A's verb (extract/arguments._entities_at, extract/lists.list_mates)
CASES += [
    ("Varnell, maison mère de Kelvor, de Lumex et de Ostal, a été racheté par le fonds Orion.",
     [("ACQUIRES", "Orion", "Varnell"), ("OWNS", "Varnell", "Lumex")]),
    # near-miss: a true list of subjects keeps every member
    ("Varnell, Kelvor et Lumex ont été rachetés par le fonds Orion.",
     [("ACQUIRES", "Orion", "Varnell"), ("ACQUIRES", "Orion", "Kelvor"), ("ACQUIRES", "Orion", "Lumex")]),
]
FORBIDDEN += [
    ("Varnell, maison mère de Kelvor, de Lumex et de Ostal, a été racheté par le fonds Orion.",
     ("ACQUIRES", "Orion", "Lumex")),
    ("Varnell, maison mère de Kelvor, de Lumex et de Ostal, a été racheté par le fonds Orion.",
     ("ACQUIRES", "Orion", "Ostal")),
]

# "Le gendarme des télécoms, présidé par X", "Le gendarme du secteur reproche à A …": a regulator noun with the
# field it watches is the body named before whose name says it regulates that field (mentions/coref
# ._regulated_field, _field_fits)
CASES += [
    ("Orion a saisi l'Autorité de régulation des télécommunications. Le gendarme des télécoms, présidé par Paul "
     "Martin, a fait savoir qu'il rendrait un avis.",
     [("LEADS", "Paul Martin", "Autorité de régulation des télécommunications")]),
    ("L'Autorité de régulation des transports a publié un avis sur l'État. Le gendarme du secteur reproche "
     "notamment à Varnell et à Kelvor d'avoir réduit leurs dépenses d'entretien.",
     [("ACCUSES", "Autorité de régulation des transports", "Varnell"),
      ("ACCUSES", "Autorité de régulation des transports", "Kelvor")]),
]
FORBIDDEN += [
    # near-miss: a regulator of another field is not the one meant
    ("Orion a saisi l'Autorité de la concurrence. Le gendarme des télécoms, présidé par Paul Martin, a fait "
     "savoir qu'il rendrait un avis.",
     ("LEADS", "Paul Martin", "Autorité de la concurrence")),
]

# "A accuse X de gérer l'entreprise": the company X is accused of running is the one the text said X heads,
# never A, the accuser (mentions/coref._controlling_clause_subject)
CASES += [
    ("Paul Martin préside depuis 2009 le groupe Kelvor, le fabricant de fromages. En 2008, Varnell ramasse 23 % du "
     "capital de Kelvor. Le groupe Varnell, lui, accuse Paul Martin de gérer l'entreprise comme un bien de famille.",
     [("ACCUSES", "Varnell", "Paul Martin"), ("LEADS", "Paul Martin", "Kelvor")]),
]
FORBIDDEN += [
    ("Paul Martin préside depuis 2009 le groupe Kelvor, le fabricant de fromages. En 2008, Varnell ramasse 23 % du "
     "capital de Kelvor. Le groupe Varnell, lui, accuse Paul Martin de gérer l'entreprise comme un bien de famille.",
     ("LEADS", "Paul Martin", "Varnell")),
]
