"""Cases of the s38 reading of ties whose party the sentence names only by a second reference (helper s38-xsent38),
invented names and sentences: a demonstrative subject the parser leaves off its verb ("Ce dernier dirigeait Y",
"Cette dernière a assigné Y"), a capitalised "Celui-ci" the tokenizer cuts in three, and a title noun the
coreference pass linked to the person named before, a subject the parser hangs on the auxiliary ("Il a d'abord passé
douze ans à la banque Y, avant de fonder Z"), a pronoun of a completive clause whose main subject is a crowd ("Ses
détracteurs rappellent qu'il …") ("Côté vendeur, X se félicite. Le directeur général de Y, ancien
de Z, …")."""

CASES = [
    ("Sophie Marchal a remplacé Marc Dutour. Ce dernier dirigeait Pélican depuis 2015.",
     [("LEADS", "Marc Dutour", "Pélican")]),
    ("Paul Lemaire a remplacé Anne Fabre. Cette dernière dirigeait Norvia depuis 2015.",
     [("LEADS", "Anne Fabre", "Norvia")]),
    ("Sophie Garnier a succédé à Marc Leroy. Celui-ci dirigeait Oltrex depuis 2015.",
     [("LEADS", "Marc Leroy", "Oltrex")]),
    ("Jean Morel a reçu Luc Besson. Celui-ci, qui préside Kandor, lui a proposé une alliance.",
     [("LEADS", "Luc Besson", "Kandor")]),
    ("Aurélien Varin dirige Ysard. Il a d'abord passé douze ans à la banque Ulrich Frères, avant de fonder Ysard "
     "en 2011.",
     [("WORKS_FOR", "Aurélien Varin", "Ulrich Frères"), ("FOUNDED", "Aurélien Varin", "Ysard")]),
    ("Bertrand Faure est contesté. Ses détracteurs rappellent pourtant qu'il est un proche de l'ancien ministre "
     "Gérard Hautbois.",
     [("ALLY_OF", "Bertrand Faure", "Gérard Hautbois")]),
    ("Bertrand Faure est contesté. Ses détracteurs rappellent qu'il a dirigé Kalvio pendant dix ans.",
     [("LEADS", "Bertrand Faure", "Kalvio")]),
    ("Claire Morel a été nommée. Ses soutiens assurent qu'elle a toujours soutenu Paul Verdier.",
     [("ALLY_OF", "Claire Morel", "Paul Verdier")]),
    ("La banque Orvane a finalisé le rachat de Telmia. Côté vendeur, Thomas Verdal se félicite. Le directeur général "
     "de Telmia, ancien du cabinet Stratégia Partners, veut recentrer le groupe.",
     [("LEADS", "Thomas Verdal", "Telmia")]),
]

FORBIDDEN = [
    # (a demonstrative the parser did hang on another verb is not this verb's subject)
    ("Sophie Marchal a remplacé Marc Dutour. Pélican, que ce dernier dirigeait, a été vendu à Norvia.",
     ("ACQUIRES", "Marc Dutour", "Norvia")),
]
