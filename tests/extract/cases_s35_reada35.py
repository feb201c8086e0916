"""Cases of the s35 reading of money, ownership and leadership ties whose two parties are both named (helper
s35-reada35, slots/reada35.py, mentions/grouping.py), invented names and sentences. Each mechanism is checked on
several shapes and cue words.

A subsidiary named after its parent ("X Hotels", "X Iberia") that an apposition calls a unit of a company (filiale,
branche, division, pôle, unité, succursale, antenne…), before or after the name, with adjectives, a possessive or a
descriptor of the parent ("du groupe", "du chimiste") between: the parent owns it (owns.branch_prefix35), and the
short name stays the parent (mentions/grouping.py _branch_set_before: "Sa filiale hôtelière, X Hotels" no longer
takes the parent's name)."""

CASES = [
    # the branch phrase before the name, a possessive and an adjective between (the pool's shape, other words)
    ("Marc Delorme, directeur général de Velmora, a salué l'accord. Sa filiale hôtelière, Velmora Resorts, est "
     "cotée à Paris.",
     [("LEADS", "Marc Delorme", "Velmora"), ("OWNS", "Velmora", "Velmora Resorts")]),
    # the branch phrase after the name, a descriptor of the parent, another noun of the family
    ("Tarvex a annoncé un plan d'économies. Tarvex Iberia, la division espagnole du chimiste, fermera deux sites "
     "l'an prochain.",
     [("OWNS", "Tarvex", "Tarvex Iberia")]),
    # sentence-initial branch phrase with "du groupe", another noun, past tense
    ("Le groupe Brunel a plaidé coupable. La branche marocaine du groupe, Brunel Ciments Maroc, avait versé des "
     "commissions.",
     [("OWNS", "Brunel", "Brunel Ciments Maroc")]),
    # a possessive after the name, a unit noun, future tense
    ("Les comptes de Norvalis ont déçu. Norvalis Nordic, son pôle scandinave, sera cédé d'ici à juin.",
     [("OWNS", "Norvalis", "Norvalis Nordic")]),
    # another noun of the family, a descriptor of the parent in the apposition
    ("Le distributeur Kermor publie ses résultats. Kermor Distribution, la succursale ultramarine de l'enseigne, a doublé "
     "son chiffre d'affaires.",
     [("OWNS", "Kermor", "Kermor Distribution")]),
]

# a post's noun after a name and its comma, tagged a participle or an adjective ("gérant d'Y" read as "gérer"),
# its "de" right after it: a noun, read by the title rules (slots/people31.py mend_person_nouns)
CASES += [
    ("Sophie Lemaire, gérante d'Orvalis depuis 2019, a démenti.",
     [("LEADS", "Sophie Lemaire", "Orvalis")]),
    ("Paul Verdier, fondateur des Indépendants, a répondu.",
     [("FOUNDED", "Paul Verdier", "Indépendants")]),
    # (these two already came out before: kept so the mend does not lose them)
    ("« Nous refusons », a déclaré Hugo Ferrand, cofondateur des Éditions Sarvel.",
     [("FOUNDED", "Hugo Ferrand", "Éditions Sarvel")]),
    ("Le rapport cite Lina Marchal, administratrice de Brevalis, qui a démenti.",
     [("BOARD_MEMBER", "Lina Marchal", "Brevalis")]),
    ("Après l'audience, Paul Verdier, fondateur de la société Norvexa, a quitté Lyon.",
     [("FOUNDED", "Paul Verdier", "Norvexa")]),
]

# the helm of a body handed to a person, any noun and verb of the family, active or passive (slots/reada35.py
# helm_handed); goods ordered ("des commandes", "une commande") are no helm
CASES += [
    ("Norvexa a confié les rênes à Paul Verdier en janvier.",
     [("LEADS", "Paul Verdier", "Norvexa")]),
    ("Les rênes de Brevalis ont été transmises à Lina Marchal l'an dernier.",
     [("LEADS", "Lina Marchal", "Brevalis")]),
    ("Après vingt ans, le fondateur a remis les clés de Sorvel à Hugo Ferrand.",
     [("LEADS", "Hugo Ferrand", "Sorvel")]),
    ("Le conseil d'administration de Tarvex a passé la barre à Sophie Lemaire, qui dirigeait jusque-là la filiale.",
     [("LEADS", "Sophie Lemaire", "Tarvex")]),
]

# a person's company named by its trade, in apposition before or after, the owner after the trade's business
# ("le géant du luxe de X") (owns.trade_of35); never a service the person buys ("l'éditeur de X")
CASES += [
    ("Marvane Shipping, l'armateur de Rodolphe Verlaine, a commandé dix navires.",
     [("OWNS", "Rodolphe Verlaine", "Marvane Shipping")]),
    ("Brevalis, le géant du luxe de Bernard Lemaire, publie ses comptes.",
     [("OWNS", "Bernard Lemaire", "Brevalis")]),
    ("Le sidérurgiste du milliardaire Paul Verdier, Norvacier, ferme un site.",
     [("OWNS", "Paul Verdier", "Norvacier")]),
    ("Selon Lina Marchal, Ondura, la pépite de Hugo Ferrand, lève 20 millions.",
     [("OWNS", "Hugo Ferrand", "Ondura")]),
]

FORBIDDEN = [
    # a generic noun of a company is no branch: "une société cotée" says nothing of its owner
    ("Le groupe Norvalis a publié ses comptes. Norvalis Iberia, une société cotée, a perdu trois millions d'euros.",
     ("OWNS", "Norvalis", "Norvalis Iberia")),
    # another parent named in the apposition: that one's, not the name's first word's
    ("Le groupe Norvalis a publié ses comptes. Norvalis Iberia, la filiale du groupe Tarvex, a perdu trois millions "
     "d'euros.",
     ("OWNS", "Norvalis", "Norvalis Iberia")),
    ("La SNCF a passé des commandes à Alstom pour douze rames.",
     ("LEADS", "Alstom", "SNCF")),
    ("Ondura, l'éditeur de Paul Verdier, publie son prochain roman.",
     ("OWNS", "Paul Verdier", "Ondura")),
]
