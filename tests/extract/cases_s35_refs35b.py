"""Cases of helper s35-refs35b (mentions/refs35b.py), invented names and sentences: a former title standing alone
("l'ancien président", "l'ex-ministre", "l'ancien sénateur", "l'ancienne maire") is not a person the text
introduced by a profession (reporter, chroniqueuse, documentariste, économiste) when a person it gave no title
is named in the sentences before: the two fit at least equally and no one is linked. Shapes: apposition after
the name, profession noun before it, quote attribution, a possessive-led apposition."""

CASES = [
    # (a former title whose one candidate held that office: still linked)
    ("Paul Ardent, ancien président du conseil régional, a quitté la vie publique en 2020. L'ancien président a "
     "porté plainte contre la société Vextra Conseil.",
     [("SUES", "Paul Ardent", "Vextra Conseil")]),
]

FORBIDDEN = [
    ("Nadia Ferrel, la plume des prétoires\n\nNadia Ferrel, chroniqueuse judiciaire, a suivi le procès pendant six "
     "semaines. En 2016, elle avait révélé les comptes cachés de Gérard Lemonnier. L'ex-ministre avait alors "
     "attaqué en justice le Journal du Centre.",
     ("SUES", "Nadia Ferrel", "Journal du Centre")),
    ("Le documentariste Paul Renaud a tourné trois ans durant un film sur Henri Balmain. Il a interrogé Henri "
     "Balmain à quatre reprises. L'ancien sénateur a porté plainte contre la société Lumen Films.",
     ("SUES", "Paul Renaud", "Lumen Films")),
    ("Sarah Kohn, l'économiste des comptes publics\n\n« Les chiffres ne mentent pas », a écrit l'économiste Sarah "
     "Kohn. Elle avait étudié en 2019 le budget de Marc Delval. L'ancien maire a porté plainte contre l'Institut "
     "Orsay.",
     ("SUES", "Sarah Kohn", "Institut Orsay")),
    ("Lucas Berthier, le reporter qui ne lâche rien\n\nÀ 39 ans, Lucas Berthier a vu aboutir son travail. Il publie en "
     "2015 une note sur la campagne de Bernard Castaing. L'ancien président dépose plainte contre le Quotidien du "
     "Sud.",
     ("SUES", "Lucas Berthier", "Quotidien du Sud")),
]
