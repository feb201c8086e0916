"""Cases of the s30 protagonist gaps (helper s30-protag30), invented names and sentences. Each mechanism is checked
on several shapes (subordinate, relative, main clause after an apposition, quote attribution)."""

# an unresolved "il" / "elle" subject of a career verb in a portrait is the portrait's person
# (slots/protag30.career_pronoun_of_the_portrait)
CASES = [
    ("Odile Ferrand, une dirigeante venue du public\n\nOdile Ferrand dirige Orbalis depuis 2015. Le fondateur de "
     "Kestrion l'avait repérée alors qu'elle travaillait chez Vantex. Née à Lyon, elle a d'abord fait ses armes "
     "comme juriste chez Dorvel Conseil.",
     [("WORKS_FOR", "Odile Ferrand", "Vantex"), ("WORKS_FOR", "Odile Ferrand", "Dorvel Conseil")]),
    ("Portrait. Lucien Vardel, 52 ans, dirige Kestrion depuis mars. Polytechnicien, il a fait l'essentiel de sa "
     "carrière chez Bormatec, où il a dirigé pendant six ans la filiale Bormatec Marine.",
     [("LEADS", "Lucien Vardel", "Bormatec Marine")]),
    ("Nadia Berthier, l'architecte du renouveau de Corvane\n\nNadia Berthier préside Corvane depuis 2019. Quand "
     "elle a rejoint Ysmal Finance en 2008, la banque comptait dix salariés.",
     [("WORKS_FOR", "Nadia Berthier", "Ysmal Finance")]),
    ("Marc Olivan, l'ingénieur qui voulait des trains\n\nPortrait. Marc Olivan a été nommé à la tête de Ferlis en "
     "mai. « Il ne lâche jamais », sourit un ancien collègue, qui l'a connu lorsqu'il travaillait chez Dravel "
     "Industries.",
     [("WORKS_FOR", "Marc Olivan", "Dravel Industries")]),
]

# two past participles joined by "et" / "puis" share the agent and the described name
# (slots/protag30.shared_agent_of_participles)
CASES += [
    ("Sorvane, cofondée et dirigée par Arnaud Vessier depuis 2018, a levé 30 millions d'euros.",
     [("FOUNDED", "Arnaud Vessier", "Sorvane"), ("LEADS", "Arnaud Vessier", "Sorvane")]),
    ("Le plus gros chèque revient à Pennylor, la plateforme cofondée et dirigée par Arnaud Vessier, qui revendique "
     "400 clients.",
     [("FOUNDED", "Arnaud Vessier", "Pennylor"), ("LEADS", "Arnaud Vessier", "Pennylor")]),
    ("Brivane est une start-up fondée et dirigée par Léa Montel.",
     [("FOUNDED", "Léa Montel", "Brivane"), ("LEADS", "Léa Montel", "Brivane")]),
    ("Ferlix, détenue et présidée par Marc Aubry, a racheté Tolvane.",
     [("OWNS", "Marc Aubry", "Ferlix"), ("LEADS", "Marc Aubry", "Ferlix")]),
]

# a sentence opening on an appointment's participle and a title: the main clause's subject holds the title
# (slots/protag30.title_of_the_fronted_appointee; mentions/candidates: "Nommé PDG" is no name)
CASES += [
    ("Hugo Mervent, le retour d'un fidèle\n\nPortrait. Hugo Mervent connaît bien la maison. Nommé PDG de Dalvion "
     "en novembre, il veut accélérer.",
     [("LEADS", "Hugo Mervent", "Dalvion")]),
    ("Nommé PDG de Dalvion en novembre, Hugo Mervent veut accélérer.", [("LEADS", "Hugo Mervent", "Dalvion")]),
    ("Sarah Lenoir, la stratège\n\nSarah Lenoir a le goût du risque. Nommée DG de Quorvex en 2022, elle a racheté "
     "deux concurrents.",
     [("LEADS", "Sarah Lenoir", "Quorvex")]),
    ("Lina Sorel, la revanche\n\nLina Sorel n'a rien oublié. Redevenue présidente du directoire de Maëlys en mars, "
     "elle a aussitôt remanié l'équipe.",
     [("LEADS", "Lina Sorel", "Maëlys")]),
    ("Claire Santoni, la méthode douce\n\nClaire Santoni a longtemps travaillé dans l'ombre. Promue directrice "
     "générale de Sylvanor l'an dernier, elle pilote la transformation.",
     [("LEADS", "Claire Santoni", "Sylvanor")]),
]

CASES += [
    ("Quorvex : Sarah Lenoir face aux actionnaires\n\nAnalyse. Il n'aura pas fallu longtemps à Sarah Lenoir pour "
     "mesurer la tâche. Nommée DG de Quorvex en mars, l'ancienne banquière, qui dirigeait jusque-là Ovarel, doit "
     "convaincre.",
     [("LEADS", "Sarah Lenoir", "Quorvex")]),
    ("Dalvion : Hugo Mervent sous pression\n\nHugo Mervent connaît la maison. Élu président de Dalvion en juin, "
     "l'ex-ministre hérite d'un groupe endetté.",
     [("LEADS", "Hugo Mervent", "Dalvion")]),
    ("Nommé PDG de Dalvion en novembre, Hugo Mervent, qui présidait jusque-là Ferlane, veut accélérer.",
     [("LEADS", "Hugo Mervent", "Dalvion")]),
]

CASES += [
    ("Corvane : le pari de Nadia Berthier\n\nNadia Berthier a surpris tout le monde. Élue présidente de Corvane en "
     "juin dernier, la nouvelle patronne a aussitôt remplacé trois directeurs.",
     [("LEADS", "Nadia Berthier", "Corvane")]),
]

FORBIDDEN = [
    # a nearer man named before the description
    ("Dalvion : Hugo Mervent sous pression\n\nHugo Mervent connaît la maison. Son rival Paul Ardent a échoué. Élu "
     "président de Dalvion en juin, l'ex-ministre hérite d'un groupe endetté.",
     ("LEADS", "Hugo Mervent", "Dalvion")),
    # the first participle has its own complement: not the second one's agent
    ("La banque Ysmal, fondée en 1990 et rachetée par Paul Herbin en 2010, emploie 300 personnes.",
     ("FOUNDED", "Paul Herbin", "Ysmal")),
    # a nearer woman the pronoun may stand for
    ("Odile Ferrand, une dirigeante venue du public\n\nOdile Ferrand dirige Orbalis depuis 2015. Sa directrice "
     "financière, Claire Dumas, connaît bien le secteur. Alors qu'elle travaillait chez Vantex, elle avait lancé "
     "le projet.",
     ("WORKS_FOR", "Odile Ferrand", "Vantex")),
    # an organisation as the previous sentence's subject
    ("Odile Ferrand à la tête de Talvio\n\nOdile Ferrand dirige Talvio depuis 2015. La société Talvio a été fondée "
     "en 1990. En 2012, elle a rejoint le consortium Brevane.",
     ("WORKS_FOR", "Odile Ferrand", "Brevane")),
    # a predecessor named before the pronoun
    ("Paul Garnier, l'homme des chiffres\n\nPaul Garnier a été nommé directeur financier de Solvane. Son "
     "prédécesseur avait quitté le groupe en mars. Il avait auparavant dirigé la filiale Solvane Energie pendant "
     "cinq ans.",
     ("LEADS", "Paul Garnier", "Solvane Energie")),
]
