"""Cases of the s35 carried subject (helper s35-carry35: nlp/carry35.py, slots/carry35.py), invented names and
sentences. A participle phrase opening the sentence describes the main clause's subject, whatever the parse made of
it: the participle hung as punctuation or tagged a noun, its "par Y" / "chez Y" hung on the main verb, the main
subject a pronoun named again inside the phrase ("où il …"), a chain of openings ("Né à …, entré chez Y, X …").
Checked on several cue words of the family (passé par, passé ensuite par, arrivée chez, entré chez, débarquée chez)
and shapes (pronoun or name subject, relative clause inside the opening, chained openings)."""

CASES = [
    # a relative clause inside the opening names the subject again by a pronoun
    ("Fils d'un ancien préfet, Hervé Lancelin a préféré l'industrie. Passé par le groupe Varenne, où il a notamment "
     "dirigé les achats, il rejoint Kerlys en 2009.",
     [("WORKS_FOR", "Hervé Lancelin", "Varenne"), ("WORKS_FOR", "Hervé Lancelin", "Kerlys")]),
    ("Sophie Marchal a grandi à Vannes. Arrivée chez Brenoval en 2010, où elle a conduit la division conseil, elle a "
     "été nommée directrice générale de Kerlys en 2019.",
     [("WORKS_FOR", "Sophie Marchal", "Brenoval"), ("LEADS", "Sophie Marchal", "Kerlys")]),
    # the participle tagged a noun at the head of the line, an adverb before its phrase
    ("Luc Perrin est un pur produit de l'automobile. Passé ensuite par le constructeur Ardanel, il prend en 2015 la "
     "présidence de Soltane.",
     [("WORKS_FOR", "Luc Perrin", "Ardanel"), ("LEADS", "Luc Perrin", "Soltane")]),
    # a chain of openings, the subject named
    ("Marc Olivier a longtemps hésité. Né à Lille, entré chez Varenne en 1998, Marc Olivier a ensuite rejoint Kerlys.",
     [("WORKS_FOR", "Marc Olivier", "Varenne")]),
    ("Anne Guérin a fait toute sa carrière dans la banque. Débarquée chez Varenne Finance en 2015, elle préside depuis "
     "2021 la société Kerlys.",
     [("WORKS_FOR", "Anne Guérin", "Varenne Finance"), ("LEADS", "Anne Guérin", "Kerlys")]),
]

# the clitic "en" of a post verb hung on the verb before stands for that verb's organisation, not for one the opening
# phrase names (post words: présidence, direction générale; verbs: prendre, devenir; links: "avant de", "et")
CASES += [
    ("Fils d'un ancien préfet, Hervé Lancelin a préféré l'industrie. Passé par le groupe Varenne, il rejoint Kerlys en "
     "1997 comme directeur financier, avant d'en prendre la présidence en 2005.",
     [("LEADS", "Hervé Lancelin", "Kerlys"), ("WORKS_FOR", "Hervé Lancelin", "Varenne")]),
    ("Sophie Marchal a grandi à Vannes. Formée chez Brenoval, elle entre chez Soltane en 2004 et en devient la "
     "directrice générale en 2012.",
     [("LEADS", "Sophie Marchal", "Soltane")]),
]

FORBIDDEN = [
    ("Sophie Marchal a grandi à Vannes. Formée chez Brenoval, elle entre chez Soltane en 2004 et en devient la "
     "directrice générale en 2012.",
     ("LEADS", "Sophie Marchal", "Brenoval")),
    # "Passé ce délai": no phrase of a preposition, no opening participle
    ("Passé ce délai, la société Brenoval pourra céder ses actifs au groupe Kerlys.",
     ("WORKS_FOR", "Brenoval", "Kerlys")),
    # an opening that goes on past its first comma ("Fondée par A, ancienne de B, et par C, …") is not cut there
    ("Fondée en 2020 par Inès Morel, ancienne ingénieure de Varenne, et Hugo Stern, passé par Brenoval, la société "
     "Kerlys emploie quarante personnes.",
     ("FOUNDED", "Inès Morel", "Varenne")),
    ("Fondée en 2020 par Inès Morel, ancienne ingénieure de Varenne, et Hugo Stern, passé par Brenoval, la société "
     "Kerlys emploie quarante personnes.",
     ("WORKS_FOR", "Hugo Stern", "Kerlys")),
]
