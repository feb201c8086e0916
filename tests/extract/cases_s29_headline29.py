"""Cases of the s29 headline gaps (helper s29-headline29), invented names and sentences. A headline
"X : « Nous … »": the speaker's name before the colon is no subject of the quoted verb (nlp/docview.py
_label_before_colon), and the quotation's "nous" is X's organisation as the lead under the headline names it
(mentions/quoted_we.py _headline_speaker_org): the lead's unnamed title, X's apposition, a fronted title."""

CASES = [
    ("Sophie Lanvin : « Nous poursuivrons Delvia en justice »\n\n"
     "La directrice générale de Marvelle répond à nos questions.",
     [("SUES", "Marvelle", "Delvia")]),
    ("Agnès Corvin : « Nous détenons toujours 30 % de Fenwick »\n\nLa fondatrice de Solvane répond.",
     [("OWNS", "Solvane", "Fenwick")]),
    ("Louis Bréhat : « Nous avons porté plainte contre Miravel »\n\nLe PDG de Tarnis s'exprime.",
     [("SUES", "Tarnis", "Miravel")]),
    ("Yanis Ferrand : « Nous avons déposé plainte contre Orbalis »\n\n"
     "Yanis Ferrand, président de Quorvel, ne décolère pas.",
     [("SUES", "Quorvel", "Orbalis")]),
    ("Inès Garnier : « Nous détenons désormais 12 % de Brevane »\n\n"
     "Fondatrice de Talmor, Inès Garnier explique son pari.\n\nLe reste suit.",
     [("OWNS", "Talmor", "Brevane")]),
]
FORBIDDEN = [
    ("Sophie Lanvin : « Nous poursuivrons Delvia en justice »\n\n"
     "La directrice générale de Marvelle répond à nos questions.", ("SUES", "Sophie Lanvin", "Delvia")),
    ("Agnès Corvin : « Nous détenons toujours 30 % de Fenwick »\n\nLa fondatrice de Solvane répond.",
     ("OWNS", "Agnès Corvin", "Fenwick")),
    ("Louis Bréhat : « Nous avons porté plainte contre Miravel »\n\nLe PDG de Tarnis s'exprime.",
     ("SUES", "Louis Bréhat", "Miravel")),
    ("Bernard Ollier : « Nous resterons actionnaires de Quintal aussi longtemps que possible »\n\n"
     "Le président du fonds Arvalis revient sur l'opération.", ("OWNS", "Bernard Ollier", "Quintal")),
]
