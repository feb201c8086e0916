"""Cases of the s36 ally readings (helper s36-ally36, slots/ally36.py, data/ally36.yaml, the "backer" table role),
invented names and sentences. Each mechanism is checked on several cue words and shapes: a pact with a party made,
made or refused (scellé un accord, noué un accord, présentera une liste commune, refuse toute liste commune,
l'alliance scellée par X avec Y, après avoir conclu une alliance, qui a scellé … un accord), a noun of closeness
said of its holder (considéré comme le bras droit de, compagnon de route de, passe pour l'héritier politique de,
l'homme lige de, présentée comme la dauphine désignée de), the object clitic of a quotation (m'a soutenue,
m'appuie), a table column of backers (Soutiens déclarés, Appuis,
Soutenu par, Ralliements)."""

# a pact between a politician or a party and a party (slots "pact36_side", "pact36_with")
CASES = [
    ("Le député Alain Rocher a noué un accord avec le Parti radical.",
     [("ALLY_OF", "Alain Rocher", "Parti radical")]),
    ("Le Mouvement national mise sur son député Paul Aubry, qui a scellé cet automne un accord avec l'Union des "
     "patriotes (UDP), le parti présidé par Marc Dalban.",
     [("ALLY_OF", "Paul Aubry", "Union des patriotes")]),
    ("Marc Dalban, exclu du parti après avoir conclu en juin une alliance avec le Mouvement national de Paul Aubry, "
     "a fondé son propre mouvement.",
     [("ALLY_OF", "Marc Dalban", "Mouvement national")]),
    ("Karine Lemaire défend l'alliance scellée par le Parti radical avec Les Centristes et le Mouvement national.",
     [("ALLY_OF", "Parti radical", "Mouvement national")]),
    ("Le maire Étienne Carvin présentera une liste commune avec le Parti radical aux municipales.",
     [("ALLY_OF", "Étienne Carvin", "Parti radical")]),
    # (the relative's antecedent is the name before the apposition, not the main clause's subject)
    ("Le Parti radical part avec Sophie Bertin, conseillère chargée des transports, qui a bâti une coalition avec "
     "le Mouvement national.",
     [("ALLY_OF", "Sophie Bertin", "Mouvement national")]),
]

# a noun of closeness, loyalty or succession said of its holder (slots "close36_holder", "close36_of")
CASES += [
    ("Lucas Ferrand, longtemps considéré comme le bras droit de Paul Aubry, a démissionné.",
     [("ALLY_OF", "Lucas Ferrand", "Paul Aubry")]),
    ("Lucas Ferrand, compagnon de route de Paul Aubry depuis vingt ans, a démissionné.",
     [("ALLY_OF", "Lucas Ferrand", "Paul Aubry")]),
    ("Lucas Ferrand passe pour l'héritier politique de Paul Aubry au sein du parti.",
     [("ALLY_OF", "Lucas Ferrand", "Paul Aubry")]),
    ("Lucas Ferrand est l'homme lige de Paul Aubry à la région.",
     [("ALLY_OF", "Lucas Ferrand", "Paul Aubry")]),
    ("Présentée comme la dauphine désignée de Paul Aubry, Karine Lemaire prend la tête de la liste.",
     [("ALLY_OF", "Karine Lemaire", "Paul Aubry")]),
]

# the object clitic of an attributed quotation is its speaker (mentions/data/quoted_we.yaml quote_my_objects)
CASES += [
    ("« Paul Aubry m'a toujours soutenue », affirme Karine Lemaire.",
     [("ALLY_OF", "Paul Aubry", "Karine Lemaire")]),
    ("« Depuis le début, Marc Dalban m'appuie sans réserve », confie la députée Sophie Bertin.",
     [("ALLY_OF", "Marc Dalban", "Sophie Bertin")]),
]

# a table column of backers: each backer supports the row's candidate (mentions/data/table_heads.yaml "backer")
CASES += [
    ("Municipales : à Nantes, les ralliements se multiplient\n\nLe maire sortant Paul Aubry a annoncé lundi sa "
     "candidature. Voici les forces en présence.\n\n| Candidat | Parti | Soutiens déclarés |\n|---|---|---|\n"
     "| Paul Aubry | Parti radical | Les Centristes, Mouvement national |\n| Karine Lemaire | Union des patriotes | "
     "Parti écologiste |\n| Alain Rocher | Sans étiquette | — |\n",
     [("ALLY_OF", "Mouvement national", "Paul Aubry"), ("ALLY_OF", "Parti écologiste", "Karine Lemaire")]),
    ("Régionales : Sophie Bertin et Étienne Carvin s'affrontent en Bretagne. Sophie Bertin, sénatrice, mène la "
     "droite ; Étienne Carvin, maire de Brest, la gauche.\n\n| Tête de liste | Appuis |\n|---|---|\n"
     "| Sophie Bertin | Parti radical, Mouvement national |\n| Étienne Carvin | Parti écologiste |\n",
     [("ALLY_OF", "Mouvement national", "Sophie Bertin")]),
]

FORBIDDEN = [
    # "sans étiquette" says no party: the next column's backer is no label
    ("Municipales : à Nantes, les ralliements se multiplient\n\nLe maire sortant Paul Aubry a annoncé lundi sa "
     "candidature.\n\n| Candidat | Étiquette | Soutiens |\n|---|---|---|\n| Paul Aubry | Sans étiquette | "
     "Mouvement national |\n", ("MEMBER_OF", "Paul Aubry", "Mouvement national")),
    # an accord between two companies, or a boss and a company, is a partnership, never an alliance
    ("Le groupe Valtor a signé un accord avec le groupe Ortal, dirigé par Paul Aubry.",
     ("ALLY_OF", "Valtor", "Ortal")),
    ("Lucas Ferrand, le patron de Valtor, a conclu un accord avec Paul Aubry sur la vente du site.",
     ("ALLY_OF", "Lucas Ferrand", "Paul Aubry")),
    # "proche de" a figure or a place; "partisan de" a policy; an unnamed "proche de Y"
    ("La croissance reste proche de 2 % selon Paul Aubry.", ("ALLY_OF", "Paul Aubry", "Valtor")),
    ("Le siège du groupe Valtor, proche de la gare, a été vendu par Paul Aubry.", ("ALLY_OF", "Valtor", "Paul Aubry")),
    ("Karine Lemaire, partisane de la réforme, a rencontré Paul Aubry.", ("ALLY_OF", "Karine Lemaire", "Paul Aubry")),
    # a family's heir is no political heir
    ("Le jeune Lucas Ferrand, l'héritier de Paul Aubry, reprendra le groupe familial.",
     ("ALLY_OF", "Lucas Ferrand", "Paul Aubry")),
    # a table column of public support for companies is no political backing
    ("Le marché des semi-conducteurs en France\n\n| Entreprise | Soutien public |\n|---|---|\n| Valtor | Bpifrance |\n"
     "| Ortal | Région Bretagne |\n", ("ALLY_OF", "Bpifrance", "Valtor")),
]
