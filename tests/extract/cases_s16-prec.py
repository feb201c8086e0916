"""Cases of the s16 precision fixes (helper s16-prec: false ties read on the read set of tech and political
articles nobody tuned on), invented names."""

CASES = [
    # a name in the apposition of a group's member ("A, filiale de B, et C") is no member: A and C partner
    ("Le groupement formé par Norvane Cloud, filiale du nantais Groupe Estrel, et l'intégrateur Pelmo a déposé "
     "un recours.", [("PARTNERS_WITH", "Norvane Cloud", "Pelmo")]),
    ("Le consortium composé de la banque Orvane, filiale de l'assureur Maltis, et de la société Kerlon a remporté "
     "le marché.", [("PARTNERS_WITH", "Orvane", "Kerlon"), ("OWNS", "Maltis", "Orvane")]),
    ("Un consortium emmené par Tarvis, une filiale du groupe Belmonte, et la société Orlanne a gagné l'appel "
     "d'offres.", [("PARTNERS_WITH", "Tarvis", "Orlanne")]),
    ("Les sociétés Norvel, propriété du fonds Strata Capital, et Pelmo poursuivent la ville de Tours.",
     [("SUES", "Norvel", "ville de Tours"), ("SUES", "Pelmo", "ville de Tours")]),
    ("Les groupes Orvane, Maltis et Kerlon poursuivent la société Pelmo.",
     [("SUES", "Orvane", "Pelmo"), ("SUES", "Maltis", "Pelmo"), ("SUES", "Kerlon", "Pelmo")]),
    # an infinitive is its own lemma: "devrait rejoindre le conseil d'administration de Y" is a seat
    ("Selon nos informations, Norbert Pagès devrait rejoindre le conseil d'administration d'Orvane dès le "
     "printemps.", [("BOARD_MEMBER", "Norbert Pagès", "Orvane")]),
    ("Lina Roy va intégrer le conseil de surveillance du groupe Kalvo.", [("BOARD_MEMBER", "Lina Roy", "Kalvo")]),
    ("La société Kalvo compte poursuivre la société Brenta en justice.", [("SUES", "Kalvo", "Brenta")]),
    # the fund of an owner is owned; a kind of fund is no owner
    ("Le fonds d'investissement de la famille Morand, Moral Capital, détient 12 % de Tarvel.",
     [("OWNS", "Moral Capital", "Tarvel")]),
    ("La holding de Paul Morand, Morand Invest, détient 12 % de Tarvel.",
     [("OWNS", "Paul Morand", "Morand Invest"), ("OWNS", "Morand Invest", "Tarvel")]),
    # a phrase the parser hung on the modal is the infinitive's ("X peut compter, lui, sur Y")
    ("Thibault Quesnel peut compter, lui, sur le député Marc Ribeyre.",
     [("ALLY_OF", "Thibault Quesnel", "Marc Ribeyre")]),
    ("Claire Morvan peut s'appuyer, elle aussi, sur la sénatrice Lina Roy.", [("ALLY_OF", "Claire Morvan", "Lina Roy")]),
    ("Anne Rolland pourra compter, comme en 2020, sur l'élu Paul Ferrand.", [("ALLY_OF", "Anne Rolland", "Paul Ferrand")]),
    # a demonym before a name stands for it, whatever the parser hung the name on
    ("Le groupement formé par Norvane Cloud, filiale du lyonnais Groupe Estrel, et l'intégrateur Pelmo a déposé "
     "le 3 mai un recours devant le tribunal administratif de Nantes.", [("OWNS", "Groupe Estrel", "Norvane Cloud")]),
    ("Le fabricant Orvil, rival historique du grenoblois Kalvo Systems, a perdu le marché.",
     [("COMPETES_WITH", "Orvil", "Kalvo Systems")]),
    ("Kestrel Data, filiale de l'américain Copperline, a perdu le marché.", [("OWNS", "Copperline", "Kestrel Data")]),
    # a participle hung on the adjective of an apposed noun, or on an indefinite apposed noun, describes the name
    ("Nérée Pharma, le laboratoire lyonnais dirigé par Ruth Mandelbaum, a payé.",
     [("LEADS", "Ruth Mandelbaum", "Nérée Pharma")]),
    ("Nérée Pharma, un laboratoire dirigé par Ruth Mandelbaum, a payé.", [("LEADS", "Ruth Mandelbaum", "Nérée Pharma")]),
    ("Le client est Orvane, une PME bretonne fondée par Paul Ledru.", [("FOUNDED", "Paul Ledru", "Orvane")]),
    # a participle opening the sentence: every holder after "N % par"
    ("Détenue à 60 % par le groupe Cérès et à 40 % par le groupe Belltrex, la société CB Fab construit une usine.",
     [("OWNS", "Cérès", "CB Fab"), ("OWNS", "Belltrex", "CB Fab")]),
    ("Contrôlé à 51 % par l'État et à 20 % par la banque Orvane, l'opérateur Telvia a été privatisé.",
     [("OWNS", "État", "Telvia"), ("OWNS", "Orvane", "Telvia")]),
    ("Possédée à 70 % par la famille Morand, à 20 % par le fonds Kestrel et à 10 % par ses salariés, la société "
     "Tarvel se porte bien.", [("OWNS", "famille Morand", "Tarvel"), ("OWNS", "Kestrel", "Tarvel")]),
    # an adviser works for whom he advises
    ("Lucie Roy, conseillère de Paul Brun, a démissionné.", [("WORKS_FOR", "Lucie Roy", "Paul Brun")]),
    ("Marc Ody, responsable régional de la société Orvil, a démissionné.", [("WORKS_FOR", "Marc Ody", "Orvil")]),
]

FORBIDDEN = [
    ("Selon nos informations, Norbert Pagès devrait rejoindre le conseil d'administration d'Orvane dès le "
     "printemps.", ("WORKS_FOR", "Norbert Pagès", "Orvane")),
    ("Elisia est entrée en négociations avec un consortium formé par Beaumont Partners et le fonds de pension "
     "canadien Aurore Retraite pour leur céder 70 % d'Elisia Pylônes.", ("OWNS", "Aurore Retraite", "Beaumont Partners")),
    ("Le groupe Ardent cède sa filiale à la société Morlan et au fonds d'investissement américain Kestrel Capital.",
     ("OWNS", "Kestrel Capital", "Morlan")),
    ("La société Tarvel et le fonds de retraite néerlandais Pensio Invest ont racheté Orvil.",
     ("OWNS", "Pensio Invest", "Tarvel")),
    ("Le groupement formé par Norvane Cloud, filiale du nantais Groupe Estrel, et l'intégrateur Pelmo a déposé "
     "un recours.", ("PARTNERS_WITH", "Groupe Estrel", "Pelmo")),
    ("Le consortium composé de la banque Orvane, filiale de l'assureur Maltis, et de la société Kerlon a remporté "
     "le marché.", ("PARTNERS_WITH", "Maltis", "Kerlon")),
    ("Un consortium emmené par Tarvis, une filiale du groupe Belmonte, et la société Orlanne a gagné l'appel "
     "d'offres.", ("PARTNERS_WITH", "Belmonte", "Orlanne")),
    ("Les sociétés Norvel, propriété du fonds Strata Capital, et Pelmo poursuivent la ville de Tours.",
     ("SUES", "Strata Capital", "ville de Tours")),
    # an elected councillor of a place is no employee of it
    ("La troisième candidate, Inès Maréchal, conseillère régionale de Bretagne, refuse de choisir.",
     ("WORKS_FOR", "Inès Maréchal", "Bretagne")),
    ("Paul Brun, conseiller départemental du Gard, soutient la réforme.", ("WORKS_FOR", "Paul Brun", "Gard")),
    ("Élue conseillère municipale de Tarbes en 2020, Lucie Roy brigue la mairie.",
     ("WORKS_FOR", "Lucie Roy", "Tarbes")),
    ("Les conseillers régionaux de Normandie, dont Marc Ody, ont voté le budget.",
     ("WORKS_FOR", "Marc Ody", "Normandie")),
]
