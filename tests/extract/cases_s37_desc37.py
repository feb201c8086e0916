"""Cases of the s37 descriptor–referent compatibility (helper s37-desc37, mentions/desc37.py, data/desc37.yaml),
invented names and sentences, run by test_rules.py.

* A descriptor whose noun the text set on exactly one actor ("X, la holding qui …", "la banque privée X") stands
  for it, over a nearer actor the text called by another noun ("le fonds nantais Y", whose name fits a holding too).
* A sports club, called so by its name ("X Rugby Club"), is no business noun's ("le groupe agricole").
* What an actor supplies says its trade ("Y fournira les moteurs", "…, Z les moteurs"): "le motoriste" is that actor.
* "La compagnie" is an actor whose name says an airline or a shipping line, over a supplier named as the subject.
* "La banque privée X": the adjective tagged a verb still introduces X, no descriptor of another actor."""

CASES = [
    ("Lucie Armand préside Varenne Participations, la holding qui contrôle 60 % du fabricant de meubles Kerdal. Le "
     "reste du capital appartient au fonds nantais Orvane Capital. Actionnaire minoritaire de la holding, Paul "
     "Armand conteste la gouvernance de sa sœur.",
     [("OWNS", "Paul Armand", "Varenne Participations")]),
    ("Le logo de la coopérative Vernal s'affichera sur le maillot du Lannion Rugby Club dès la saison prochaine. Le "
     "groupe agricole de Pontivy versera 300 000 euros par saison au club.",
     [("FUNDS", "Vernal", "Lannion Rugby Club")]),
    ("L'avionneur Valmor Aviation a passé commande à ses fournisseurs habituels : Orvatek Systems fournira le radar "
     "et l'électronique de bord, Sernac Industries les moteurs. Le motoriste, dirigé par Paul Ferrand, devra "
     "accélérer la cadence de son usine.",
     [("LEADS", "Paul Ferrand", "Sernac Industries")]),
    ("Le groupe Talvane va construire une usine de trains d'atterrissage près d'Agadir en partenariat avec Atlas Air "
     "Maroc. La compagnie, dirigée par Karim Benali, envisage de renouveler sa flotte.",
     [("LEADS", "Karim Benali", "Atlas Air Maroc")]),
    ("Administratrice de la banque privée Kessel & Cie depuis 2021, Marie Dorval cultive les réseaux sans jamais "
     "s'afficher.",
     [("BOARD_MEMBER", "Marie Dorval", "Kessel & Cie")]),
]

FORBIDDEN = [
    ("Lucie Armand préside Varenne Participations, la holding qui contrôle 60 % du fabricant de meubles Kerdal. Le "
     "reste du capital appartient au fonds nantais Orvane Capital. Actionnaire minoritaire de la holding, Paul "
     "Armand conteste la gouvernance de sa sœur.",
     ("OWNS", "Paul Armand", "Orvane Capital")),
    ("L'avionneur Valmor Aviation a passé commande à ses fournisseurs habituels : Orvatek Systems fournira le radar "
     "et l'électronique de bord, Sernac Industries les moteurs. Le motoriste, dirigé par Paul Ferrand, devra "
     "accélérer la cadence de son usine.",
     ("LEADS", "Paul Ferrand", "Orvatek Systems")),
    ("Le groupe Talvane va construire une usine de trains d'atterrissage près d'Agadir en partenariat avec Atlas Air "
     "Maroc. La compagnie, dirigée par Karim Benali, envisage de renouveler sa flotte.",
     ("LEADS", "Karim Benali", "Talvane")),
    ("Le transporteur Ravel Logistique sponsorise le Stade tournonnais depuis dix ans. Selon l'opposition, le "
     "chantier du stade a été confié à Vialle Bâtiment, détenue à 30 % par le club.",
     ("OWNS", "Ravel Logistique", "Vialle Bâtiment")),
]
