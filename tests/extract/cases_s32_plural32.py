"""Cases of the s32 plural-group pass (helper s32-plural32, slots/plural32.py, data/plural32.yaml), invented names
and sentences: a group (two coordinated names, or "les deux hommes / femmes / groupes / élus" resolved to the last
two actors of that kind) in a lasting state towards each other ties each member to the other. Checked on several
shapes (copula-like verb, apposition, participle "réputés", time word of the past, passive participle) and cue words
(proches, liées, inséparables, amis, brouillés; travaillent ensemble, œuvrent main dans la main)."""

CASES = [
    ("Sophie Marland a quitté la présidence de Verbal en 2020, remplacée par Claire Dutheil. Les deux femmes, réputées très liées, dînent chaque mois.",
     [("ALLY_OF", "Sophie Marland", "Claire Dutheil")]),
    ("Jean Corbel a succédé à Luc Ravier à la tête de la banque Solvane. Les deux hommes restent proches.",
     [("ALLY_OF", "Jean Corbel", "Luc Ravier")]),
    ("Henri Castel a longtemps dirigé le club avec Pierre Amiel. Aujourd'hui, les deux hommes, jadis inséparables, ne se parlent plus.",
     [("ALLY_OF", "Henri Castel", "Pierre Amiel")]),
    ("Octave Grenier et Basile Morand sont devenus amis au lycée.",
     [("ALLY_OF", "Octave Grenier", "Basile Morand")]),
    ("Le groupe Vertal a racheté 20 % de Nexora. Les deux groupes travaillent déjà ensemble dans les satellites.",
     [("PARTNERS_WITH", "Vertal", "Nexora")]),
    ("Le laboratoire Pharmelis et la société Biotrion œuvrent main dans la main depuis 2019.",
     [("PARTNERS_WITH", "Pharmelis", "Biotrion")]),
    ("Elsa Fournel a cofondé le parti avec Marc Tissot. Les deux élus sont désormais brouillés.",
     [("OPPOSES", "Elsa Fournel", "Marc Tissot")]),
]
FORBIDDEN = [
    ("Jean Corbel a succédé à Luc Ravier à la tête de la banque Solvane. Les deux hommes restent proches de Paul Amar.",
     ("ALLY_OF", "Jean Corbel", "Luc Ravier")),
    ("Jean Corbel, réputé très proche, a succédé à Luc Ravier.",
     ("ALLY_OF", "Jean Corbel", "Luc Ravier")),
]

# "les deux hommes / femmes" after a possessive pairing in the sentence before: the possessive's owner and the
# one person named right after its noun (mentions/plural32.py): "son tandem avec A", "sa cadette, B", "son associé C"
CASES += [
    ("Rémi Valtier dirige la rédaction du Courrier de l'Est depuis 2012. En interne, son tandem avec Hugo Mercadier, le directeur général du groupe, fait figure de pilier. Les deux hommes, réputés très proches, ont piloté la refonte du site.",
     [("ALLY_OF", "Rémi Valtier", "Hugo Mercadier")]),
    ("Nadia Ferrand a présidé la mutuelle Solvia pendant dix ans. Elle a choisi sa cadette, Léa Montvert, pour lui succéder. Les deux femmes demeurent liées.",
     [("ALLY_OF", "Nadia Ferrand", "Léa Montvert")]),
    ("Gaspard Nollet a fondé la start-up Kelvio. Il y a longtemps travaillé avec son associé Yann Perrot. Les deux hommes sont désormais brouillés.",
     [("OPPOSES", "Gaspard Nollet", "Yann Perrot")]),
]
FORBIDDEN += [
    ("Rémi Valtier dirige la rédaction du Courrier de l'Est. Son tandem avec Hugo Mercadier et Paul Sorel fait figure de pilier. Les deux hommes restent proches.",
     ("ALLY_OF", "Rémi Valtier", "Hugo Mercadier")),
    ("Nadia Ferrand a présidé la mutuelle Solvia. Elle a choisi son cadet, Luc Montvert, pour lui succéder. Les deux hommes restent proches.",
     ("ALLY_OF", "Nadia Ferrand", "Luc Montvert")),
]
