"""Cases of the s31 alliances and rivalries (helper s31-allies31), invented names and sentences. Each mechanism is
checked on several shapes and with cue words of its lexical family (data/allies31.yaml) beyond the one read."""

# support received in a phrase hung on a clause: the clause's subject is backed (slots/allies31.backed_with)
CASES = [
    ("La candidate Lina Marchal s'est présentée avec le soutien affiché de Paul Verdier.",
     [("ALLY_OF", "Paul Verdier", "Lina Marchal")]),
    ("Grâce à l'appui de Paul Verdier, Lina Marchal a été élue.",
     [("ALLY_OF", "Paul Verdier", "Lina Marchal")]),
    ("Forte de la bénédiction de Paul Verdier, Lina Marchal se lance.",
     [("ALLY_OF", "Paul Verdier", "Lina Marchal")]),
    ("Marc Delorme, qui a lancé sa campagne sous le parrainage de Paul Verdier, est favori.",
     [("ALLY_OF", "Paul Verdier", "Marc Delorme")]),
    ("Jeudi, Hugo Ferrand a officialisé sa candidature à la mairie de Brivel avec l'aval de Sonia Berthier.",
     [("ALLY_OF", "Sonia Berthier", "Hugo Ferrand")]),
    ("Fort du soutien de Gilles Amiot, Hugo Ferrand brigue la présidence du conseil départemental.",
     [("ALLY_OF", "Gilles Amiot", "Hugo Ferrand")]),
]
CASES += [
    # (a control verb: the infinitive's subject is the governing verb's)
    ("Paul Verdier a décidé de se présenter avec le soutien de Lina Marchal.",
     [("ALLY_OF", "Lina Marchal", "Paul Verdier")]),
]
FORBIDDEN = [
    # (object control: the one reproached acted with the backing, not the one who reproaches)
    ("En mars, Paul Verdier a assigné sa sœur devant le tribunal, lui reprochant d'avoir « verrouillé » le conseil "
     "avec l'appui de Talmon Equity.", ("ALLY_OF", "Talmon Equity", "Paul Verdier")),
    # money is no alliance; a company's works are no candidacy
    ("Avec le soutien financier de Paul Verdier, Lina Marchal a ouvert une boulangerie.",
     ("ALLY_OF", "Paul Verdier", "Lina Marchal")),
    ("La société Vexora Industries a construit son usine avec l'appui de Paul Verdier.",
     ("ALLY_OF", "Paul Verdier", "Vexora Industries")),
]

# one among someone's allies: "l'un des (plus fidèles) N de Y", "parmi les N de Y" (slots/allies31.one_of_allies)
CASES += [
    ("Marc Delorme est l'un des plus fidèles soutiens de Paul Verdier.",
     [("ALLY_OF", "Marc Delorme", "Paul Verdier")]),
    ("Paul Verdier compte parmi les alliés de Lina Marchal.",
     [("ALLY_OF", "Paul Verdier", "Lina Marchal")]),
    ("Marc Delorme passait pour l'un des hommes de confiance du ministre Paul Verdier.",
     [("ALLY_OF", "Marc Delorme", "Paul Verdier")]),
    ("Considéré comme l'un des partisans les plus zélés de Gilles Amiot, Hugo Ferrand a été battu.",
     [("ALLY_OF", "Hugo Ferrand", "Gilles Amiot")]),
    ("Gilles Amiot figure parmi les plus fidèles lieutenants de Sonia Berthier.",
     [("ALLY_OF", "Gilles Amiot", "Sonia Berthier")]),
]

# beside one at an event: MEETS (slots/allies31.beside_at_event)
CASES += [
    ("Lina Marchal a visité le site aux côtés de Paul Verdier.",
     [("MEETS", "Lina Marchal", "Paul Verdier")]),
    ("Lors d'une visite du chantier aux côtés de Paul Verdier, Lina Marchal a annoncé des embauches.",
     [("MEETS", "Lina Marchal", "Paul Verdier")]),
    ("Accompagné de Paul Verdier, Marc Delorme a inauguré l'usine.",
     [("MEETS", "Marc Delorme", "Paul Verdier")]),
    ("Marc Delorme a inauguré mardi la nouvelle école en compagnie de Lina Marchal.",
     [("MEETS", "Marc Delorme", "Lina Marchal")]),
    ("Sonia Berthier s'est rendue vendredi à Brivel, flanquée de Gilles Amiot.",
     [("MEETS", "Sonia Berthier", "Gilles Amiot")]),
]
FORBIDDEN += [
    # a stake held, years of work side by side: no event
    ("Marc Delorme détient 30 % de Vexora Industries aux côtés de Paul Verdier.",
     ("MEETS", "Marc Delorme", "Paul Verdier")),
    ("Lina Marchal a travaillé dix ans aux côtés de Paul Verdier.", ("MEETS", "Lina Marchal", "Paul Verdier")),
]

# ground won or lost against each rival of a "face à" list (slots/allies31.faced_all)
CASES += [
    ("Le distributeur Vexora a reculé face au groupe Norlac et aux enseignes discount comme Brivel Capital.",
     [("COMPETES_WITH", "Vexora", "Norlac"), ("COMPETES_WITH", "Vexora", "Brivel Capital")]),
    ("La chaîne Vexora Industries continue de céder du terrain face à Norlac Group et à Brivel Capital.",
     [("COMPETES_WITH", "Vexora Industries", "Norlac Group"), ("COMPETES_WITH", "Vexora Industries", "Brivel Capital")]),
    ("En 2023, Talmon Equity s'est incliné face à Orvane Partners et aux fonds nordiques comme Kestrel Capital.",
     [("COMPETES_WITH", "Talmon Equity", "Orvane Partners"), ("COMPETES_WITH", "Talmon Equity", "Kestrel Capital")]),
]

# an obstacle one sets: OPPOSES with the one who meets it (slots/allies31.obstacle_set)
CASES += [
    ("Vexora Industries a dû renoncer au rachat face au veto de Paul Verdier.",
     [("OPPOSES", "Paul Verdier", "Vexora Industries")]),
    ("Devant le refus de Paul Verdier, la société Vexora Industries a abandonné son projet.",
     [("OPPOSES", "Paul Verdier", "Vexora Industries")]),
    ("Vexora Industries s'est heurté à l'hostilité de Paul Verdier.",
     [("OPPOSES", "Paul Verdier", "Vexora Industries")]),
    ("Malgré l'opposition de Paul Verdier, Lina Marchal a maintenu sa candidature.",
     [("OPPOSES", "Paul Verdier", "Lina Marchal")]),
    ("Deux ans après le limogeage de Paul Verdier, obtenu sous la pression des fonds Orvane Partners et Talmon "
     "Equity, le groupe va mieux.",
     [("OPPOSES", "Orvane Partners", "Paul Verdier"), ("OPPOSES", "Talmon Equity", "Paul Verdier")]),
    ("Lina Marchal a fini par plier devant l'hostilité de Gilles Amiot.",
     [("OPPOSES", "Gilles Amiot", "Lina Marchal")]),
]
FORBIDDEN += [
    ("Malgré le soutien de Paul Verdier, Lina Marchal a perdu.", ("OPPOSES", "Paul Verdier", "Lina Marchal")),
    # pressure borne, no ousting: not said to be an opposition
    ("Coté à Paris, le groupe Vexora Industries reste sous la pression du fonds Talmon Equity.",
     ("OPPOSES", "Talmon Equity", "Vexora Industries")),
]

# standing against one's post or pay (slots/allies31.against_post)
CASES += [
    ("Marc Delorme a voté contre la rémunération de Paul Verdier.",
     [("OPPOSES", "Marc Delorme", "Paul Verdier")]),
    ("Le fonds Orvane Partners s'est prononcé contre la reconduction de Paul Verdier.",
     [("OPPOSES", "Orvane Partners", "Paul Verdier")]),
    ("Le fonds Orvane Partners a rejeté la nomination de Lina Marchal.",
     [("OPPOSES", "Orvane Partners", "Lina Marchal")]),
]
FORBIDDEN += [
    ("Marc Delorme a voté contre la loi défendue par Paul Verdier.", ("OPPOSES", "Marc Delorme", "Paul Verdier")),
]

# a blamed deed made by a company's management: the company is accused (slots/allies31.blamed_body)
CASES += [
    ("Le syndicat Sud dénonce « une saignée organisée par la direction de Vexora Industries ».",
     [("ACCUSES", "Sud", "Vexora Industries")]),
    ("La CFDT regrette « une casse sociale décidée par le directoire de Norlac Group ».",
     [("ACCUSES", "CFDT", "Norlac Group")]),
    ("La CGT déplore « des cadences infernales imposées par l'état-major de Talmon Equity ».",
     [("ACCUSES", "CGT", "Talmon Equity")]),
]

# two companies fighting in a market, the object cut by the parser: rivals, never foes
# (slots/allies31.market_fight_line, feuds._market_fight)
CASES += [
    ("Le titre a peu réagi, dans un marché des yaourts où Vexora Industries affronte toujours Norlac Group.",
     [("COMPETES_WITH", "Vexora Industries", "Norlac Group")]),
]
FORBIDDEN += [
    ("Le titre a peu réagi, dans un marché des yaourts où Vexora Industries affronte toujours Norlac Group.",
     ("OPPOSES", "Vexora Industries", "Norlac Group")),
    ("Sur le segment des pneus d'hiver, où les marges sont fortes, Vexora Industries défie désormais Norlac Group.",
     ("OPPOSES", "Vexora Industries", "Norlac Group")),
]

# "allié de" a party or a body (ally.noun_as_participle_body)
CASES += [
    ("Paul Verdier, allié du Parti radical, a salué la décision.",
     [("ALLY_OF", "Paul Verdier", "Parti radical")]),
    ("Sonia Berthier, alliée de l'Union centriste depuis 2019, a voté la loi.",
     [("ALLY_OF", "Sonia Berthier", "Union centriste")]),
    ("Le député Hugo Ferrand, allié du Mouvement des territoires, votera contre le budget.",
     [("ALLY_OF", "Hugo Ferrand", "Mouvement des territoires")]),
]
