"""Cases of the session-35 conventions (helper s35-conv35, extract/conv35.py, data/conv35.yaml), invented names and
sentences. Each convention is checked on several shapes and cue words:
- a secretary general (or general secretary) of a presidency, a government office or a ministry works for it
  (Élysée, Matignon, ministère, présidence; apposition after the name, before it, in a relative, in a quote's
  attribution), while the secretary general of a union still leads it;
- a minister's portfolio ("chargé(e) de", "délégué(e) auprès de … chargée de", "secrétaire d'État chargé de") is no
  ministry: no LEADS of a ministry the text never names;
- a party's officers (trésorier, vice-président, déléguée générale, coordinateur, porte-parole) work for it; its head
  (président, première secrétaire) leads it;
- an alliance, accord, pacte, entente between parties is ALLY_OF (scellé, conclu, signé, noué); between companies a
  partnership."""

CASES = [
    # 1. secretaries general of state offices: WORKS_FOR
    ("Alexis Moreau, secrétaire général de l'Élysée, a reçu les syndicats.",
     [("WORKS_FOR", "Alexis Moreau", "Élysée")]),
    ("Le secrétaire général de Matignon, Hugues Ravel, a convoqué les préfets lundi.",
     [("WORKS_FOR", "Hugues Ravel", "Matignon")]),
    ("Selon Inès Carbonnel, qui était alors secrétaire générale du ministère des Armées, le dossier était bouclé.",
     [("WORKS_FOR", "Inès Carbonnel", "ministère des Armées")]),
    # the head of a union keeps its lead
    ("Nadia Berthet, secrétaire générale de la Confédération des travailleurs unis, a appelé à la grève.",
     [("LEADS", "Nadia Berthet", "Confédération des travailleurs unis")]),
    # 2. a portfolio named after the ministry itself: the ministry is led
    ("Claire Dufay, ministre déléguée chargée des Comptes publics, a présenté le budget. Au ministère des Comptes "
     "publics, on se félicite du résultat.",
     [("LEADS", "Claire Dufay", "ministère des Comptes publics")]),
    # 3. officers of a party: WORKS_FOR; heads: LEADS
    ("Marc Tessier, trésorier du Rassemblement national, a signé les comptes.",
     [("WORKS_FOR", "Marc Tessier", "Rassemblement national")]),
    ("Ancienne trésorière du Mouvement populaire, Agnès Rouvier a quitté ses fonctions en mars.",
     [("WORKS_FOR", "Agnès Rouvier", "Mouvement populaire")]),
    ("Louis Dantec, maire de Vierzac et vice-président du Front républicain, a été condamné mardi.",
     [("WORKS_FOR", "Louis Dantec", "Front républicain")]),
    ("La déléguée générale de l'Union des centristes, Sabine Lenoir, a présenté les candidats.",
     [("WORKS_FOR", "Sabine Lenoir", "Union des centristes")]),
    ("Le coordinateur national du Mouvement des citoyens, Rémi Castagne, organise la campagne.",
     [("WORKS_FOR", "Rémi Castagne", "Mouvement des citoyens")]),
    ("Le porte-parole du Parti des travailleurs, Loïc Ferrand, a démenti toute division.",
     [("WORKS_FOR", "Loïc Ferrand", "Parti des travailleurs")]),
    ("Paul Garnier, président du Parti républicain, a salué la décision.",
     [("LEADS", "Paul Garnier", "Parti républicain")]),
    ("Julie Mercadal, première secrétaire du Parti social, a répondu aux critiques.",
     [("LEADS", "Julie Mercadal", "Parti social")]),
    # 4. pacts between parties: ALLY_OF; between companies: PARTNERS_WITH
    ("Le Parti socialiste et Les Écologistes ont scellé une alliance pour les municipales.",
     [("ALLY_OF", "Parti socialiste", "Les Écologistes")]),
    ("Le Mouvement radical a conclu un accord électoral avec le Bloc citoyen en vue des législatives.",
     [("ALLY_OF", "Mouvement radical", "Bloc citoyen")]),
    ("Les deux formations, le Parti du progrès et l'Union démocrate, ont signé un pacte de gouvernement samedi.",
     [("ALLY_OF", "Parti du progrès", "Union démocrate")]),
    ("Le Front populaire, qui avait noué une entente avec le Parti vert pour le second tour, a perdu la ville.",
     [("ALLY_OF", "Front populaire", "Parti vert")]),
    ("Valtren et Osmira ont signé un accord de distribution pour l'Europe.",
     [("PARTNERS_WITH", "Valtren", "Osmira")]),
    # officers with a portfolio or a campaign: WORKS_FOR; the party's head word (chef de file, patronne): LEADS
    ("Sandra Lemoine, directrice de campagne du Parti libéral, prépare les meetings.",
     [("WORKS_FOR", "Sandra Lemoine", "Parti libéral")]),
    ("Marie Jolly, secrétaire nationale du Parti libéral chargée des élections, a présenté le calendrier.",
     [("WORKS_FOR", "Marie Jolly", "Parti libéral")]),
    ("Le numéro deux du Parti libéral, Hervé Coste, a quitté la réunion.",
     [("WORKS_FOR", "Hervé Coste", "Parti libéral")]),
    ("Karim Oulmi, chef de file du Mouvement des verts, a dénoncé la réforme.",
     [("LEADS", "Karim Oulmi", "Mouvement des verts")]),
    ("La patronne du Parti libéral, Agathe Roux, a fustigé le budget.",
     [("LEADS", "Agathe Roux", "Parti libéral")]),
    ("Le groupe Valtren a conclu une alliance industrielle avec le fabricant Osmira.",
     [("PARTNERS_WITH", "Valtren", "Osmira")]),
]

FORBIDDEN = [
    ("Alexis Moreau, secrétaire général de l'Élysée, a reçu les syndicats.", ("LEADS", "Alexis Moreau", "Élysée")),
    ("Le secrétaire général de Matignon, Hugues Ravel, a convoqué les préfets lundi.",
     ("LEADS", "Hugues Ravel", "Matignon")),
    ("Selon Inès Carbonnel, qui était alors secrétaire générale du ministère des Armées, le dossier était bouclé.",
     ("LEADS", "Inès Carbonnel", "ministère des Armées")),
    ("Claire Dufay, ministre déléguée chargée des Comptes publics, a présenté le budget.",
     ("LEADS", "Claire Dufay", "ministère des Comptes publics")),
    ("Le secrétaire d'État chargé du Numérique, Hervé Lanoix, a inauguré le salon de Lille.",
     ("LEADS", "Hervé Lanoix", "ministère du Numérique")),
    ("Odile Sarrazin, ministre déléguée auprès du ministre de l'Intérieur, chargée de la Citoyenneté, a défendu le plan.",
     ("LEADS", "Odile Sarrazin", "ministère de la Citoyenneté")),
    ("Ancien ministre délégué chargé du Commerce extérieur, Yves Mallard a rejoint un cabinet d'avocats.",
     ("LEADS", "Yves Mallard", "ministère du Commerce extérieur")),
    ("Marc Tessier, trésorier du Rassemblement national, a signé les comptes.",
     ("MEMBER_OF", "Marc Tessier", "Rassemblement national")),
    ("Louis Dantec, maire de Vierzac et vice-président du Front républicain, a été condamné mardi.",
     ("MEMBER_OF", "Louis Dantec", "Front républicain")),
    ("La déléguée générale de l'Union des centristes, Sabine Lenoir, a présenté les candidats.",
     ("MEMBER_OF", "Sabine Lenoir", "Union des centristes")),
    ("Le Parti socialiste et Les Écologistes ont scellé une alliance pour les municipales.",
     ("PARTNERS_WITH", "Parti socialiste", "Les Écologistes")),
    ("Le Mouvement radical a conclu un accord électoral avec le Bloc citoyen en vue des législatives.",
     ("PARTNERS_WITH", "Mouvement radical", "Bloc citoyen")),
    ("Les deux formations, le Parti du progrès et l'Union démocrate, ont signé un pacte de gouvernement samedi.",
     ("PARTNERS_WITH", "Parti du progrès", "Union démocrate")),
    ("Valtren et Osmira ont signé un accord de distribution pour l'Europe.", ("ALLY_OF", "Valtren", "Osmira")),
    ("Le groupe Valtren a conclu une alliance industrielle avec le fabricant Osmira.", ("ALLY_OF", "Valtren", "Osmira")),
    ("Sandra Lemoine, directrice de campagne du Parti libéral, prépare les meetings.",
     ("LEADS", "Sandra Lemoine", "Parti libéral")),
    ("Marie Jolly, secrétaire nationale du Parti libéral chargée des élections, a présenté le calendrier.",
     ("LEADS", "Marie Jolly", "Parti libéral")),
    # unions' common platform: the parties' convention does not reach it
    ("L'Union ouvrière du rail, qui a signé avec le Syndicat des conducteurs une plateforme commune de revendications, "
     "appelle à la grève.", ("ALLY_OF", "Union ouvrière du rail", "Syndicat des conducteurs")),
]
