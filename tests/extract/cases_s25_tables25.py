"""Cases of the s25 gaps of pipe tables (helper s25-tables25), invented names and sentences."""

# "| Personnalité | Groupe | Statut |" with "sanctionné, recours gagné": the row's group is the row person's own
# side, not whom he opposes or sues (tables._FIGHT_TYPES)
CASES = []
FORBIDDEN = [
    ("Les sanctions visent plusieurs hommes d'affaires.\n\n| Personnalité | Groupe | Statut |\n|---|---|---|\n"
     "| Paul Garnier | Drummon Holding | sanctionné, recours gagné |\n| Luc Dumas | Varlia | sanctionné |\n",
     ("OPPOSES", "Paul Garnier", "Drummon Holding")),
    ("Les sanctions visent plusieurs hommes d'affaires.\n\n| Personnalité | Groupe | Statut |\n|---|---|---|\n"
     "| Paul Garnier | Drummon Holding | sanctionné, recours gagné |\n| Luc Dumas | Varlia | sanctionné |\n",
     ("SUES", "Paul Garnier", "Drummon Holding")),
    ("Les sanctions visent plusieurs hommes d'affaires.\n\n| Personnalité | Groupe | Statut |\n|---|---|---|\n"
     "| Paul Garnier | Drummon Holding | sanctionné, recours gagné |\n| Luc Dumas | Varlia | sanctionné |\n",
     ("OPPOSES", "Luc Dumas", "Varlia")),
]

# "| Entreprise | Amende |" under a text that says who fines: each fined row is opposed by that authority
# (extract/tables25.fined_rows); the authority comes from the text, never from the table's other columns
_FINED = ("La Commission de régulation de Valdorie (CRV) a infligé mardi une amende de 40 millions d'euros à trois "
          "distributeurs de carburant.\n\n| Entreprise | Maison mère | Amende |\n|---|---|---|\n"
          "| Drummon Énergie | Varlia | 20 millions d'euros |\n| Kelvor | Brenmor | 12 millions d'euros |\n")
CASES += [
    (_FINED, [("OPPOSES", "Commission de régulation de Valdorie", "Drummon Énergie"),
              ("OPPOSES", "Commission de régulation de Valdorie", "Kelvor")]),
]
FORBIDDEN += [
    (_FINED, ("OPPOSES", "Varlia", "Drummon Énergie")),
    (_FINED, ("OPPOSES", "Commission de régulation de Valdorie", "Varlia")),
    # an amount column that is no fine ("Montant") is read by no fine
    ("Le fonds Orvane a investi dans deux sociétés.\n\n| Entreprise | Montant |\n|---|---|\n"
     "| Drummon Énergie | 20 millions d'euros |\n",
     ("OPPOSES", "Orvane", "Drummon Énergie")),
]

# "| Actionnaire | Part du capital de Y | Commentaire |": the stake column's header names the holders' company,
# not the article's main company (tables._share_header_company)
_HOLDERS = ("Drummon a bouclé son offre. Le groupe Drummon, dirigé par Paul Garnier, détient désormais 55 % du "
            "capital de Kelvor. Drummon voulait ce contrôle depuis 2020.\n\n"
            "| Actionnaire | Part du capital de Kelvor | Commentaire |\n|---|---|---|\n"
            "| Drummon | 55 % | a racheté les parts d'Orvane |\n| Varlia Capital | 8 % | reste au capital |\n")
CASES += [
    (_HOLDERS, [("OWNS", "Varlia Capital", "Kelvor")]),
]
FORBIDDEN += [
    (_HOLDERS, ("OWNS", "Varlia Capital", "Drummon")),
]

# "| X | fournisseur retenu |": the participle qualifies the cue noun; the supplier is paid (FUNDS), it is not an
# adviser hired (no WORKS_FOR from "retenir") (tables.table_pairs)
_SUPPLIER = ("La centrale Orvane sera construite par Kelvor. Kelvor a signé le contrat lundi avec Orvane. Kelvor "
             "prévoit dix ans de travaux.\n\n| Acteur | Lien avec Orvane | Détail |\n|---|---|---|\n"
             "| Drummon | actionnaire | 80 % |\n| Kelvor | fournisseur retenu | 4 milliards d'euros |\n")
CASES += [
    (_SUPPLIER, [("FUNDS", "Orvane", "Kelvor"), ("OWNS", "Drummon", "Orvane")]),
]
FORBIDDEN += [
    (_SUPPLIER, ("WORKS_FOR", "Kelvor", "Orvane")),
]

# "| X | ancien patron de Z | business angel |": "ancien" qualifies the title; X led Z, he does not work for the
# company of the round (tables.table_pairs)
_ANGEL = ("La start-up Kelvio a levé 100 millions d'euros. Kelvio veut concurrencer les géants. Kelvio recrute.\n\n"
          "Les principaux participants au tour :\n\n| Investisseur | Profil | Rôle dans le tour |\n|---|---|---|\n"
          "| Drummon Ventures | fonds de capital-risque américain | chef de file |\n"
          "| Paul Garnier | ancien patron de Varlia | business angel |\n")
CASES += [
    (_ANGEL, [("LEADS", "Paul Garnier", "Varlia"), ("INVESTS_IN", "Paul Garnier", "Kelvio")]),
]
FORBIDDEN += [
    (_ANGEL, ("WORKS_FOR", "Paul Garnier", "Kelvio")),
]
