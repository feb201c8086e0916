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
