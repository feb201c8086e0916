"""Rule cases of the s16 names helper: names cut or joined wrongly (invented actors only)."""

CASES = [
    # a group's name with "et", or cut at its little words, its acronym in brackets confirming the extent:
    # one group, not two
    ("L'eurodéputée Claire Vasseur quitte le Mouvement pour la Démocratie sociale (MDS) pour rejoindre le "
     "groupe des Libéraux et Démocrates européens (LDE).",
     [("MEMBER_OF", "Claire Vasseur", "Mouvement pour la Démocratie sociale"),
      ("MEMBER_OF", "Claire Vasseur", "Libéraux et Démocrates européens")]),
]

FORBIDDEN = [
    ("L'eurodéputée Claire Vasseur quitte le Mouvement pour la Démocratie sociale (MDS) pour rejoindre le "
     "groupe des Libéraux et Démocrates européens (LDE).", ("MEMBER_OF", "Claire Vasseur", "Démocrates européens")),
    ("L'eurodéputé Paul Garnier a annoncé qu'il rejoignait le groupe des Conservateurs et Souverainistes "
     "européens (CSE) au Parlement européen.", ("MEMBER_OF", "Paul Garnier", "Conservateurs")),
    ("Alliance : les groupes Avenir commun et Liberté et Territoires s'unissent\n\n"
     "Le groupe Liberté et Territoires (LeT) et le groupe Avenir commun ont signé un accord de coopération.",
     ("PARTNERS_WITH", "Liberté", "Territoires")),
]
