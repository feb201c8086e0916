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
