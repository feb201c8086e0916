"""Cases of the s32 portrait pass (helper s32-portrait32, extract/slots/portrait32.py), invented names and
sentences. Each mechanism is checked on several shapes and cue words: a stage phrase opening the sentence (kin,
board seat, party card, post; compagne / épouse / administrateur / adhérent / membre), the portrait's person as
an unresolved or misresolved subject (il / elle, cet ingénieur / la quinquagénaire / l'ancien banquier, a place's
adjective), a post's noun tagged a participle after "être", an object after a time adverb."""

# a stage phrase opening the sentence with no verb: its holder is the main clause's subject
# (portrait32.fronted_stage)
CASES = [
    ("Léa Fournel a été nommée présidente de Vélion. Compagne de Paul Berthier, elle fuit les dîners.",
     [("FAMILY", "Léa Fournel", "Paul Berthier")]),
    ("Épouse de Paul Berthier, le fondateur de Solvarex, avec qui elle a deux enfants, Léa Fournel fuit les dîners.",
     [("FAMILY", "Léa Fournel", "Paul Berthier")]),
    ("Marc Dutertre prend la tête de Vélion. Lui-même administrateur de Solvarex, il connaît bien le secteur.",
     [("BOARD_MEMBER", "Marc Dutertre", "Solvarex")]),
    ("Hugo Ravel, le fidèle devenu ministre. Hugo Ravel entre au gouvernement. Longtemps adhérent du Parti radical, "
     "élu de Brivel, il a rejoint le Mouvement vert en 2016.",
     [("MEMBER_OF", "Hugo Ravel", "Parti radical")]),
]

# a post's noun the tagger made a passive participle after "être" (portrait32.mend_stage_nouns)
CASES += [
    ("Léa Fournel a été nommée présidente de Vélion. Elle a auparavant été directrice générale de Solvarex.",
     [("LEADS", "Léa Fournel", "Solvarex")]),
    ("Mme Fournel a été directrice générale de Solvarex avant de rejoindre Vélion.",
     [("LEADS", "Fournel", "Solvarex")]),
    ("Léa Fournel a été nommée présidente de Vélion. Elle fut directrice générale de Verranor pendant six ans.",
     [("LEADS", "Léa Fournel", "Verranor")]),
]

# an object after a time adverb the parser hung it on (portrait32.object_past_time_adverb)
CASES += [
    ("Marc Dutertre dirigeait jusqu'ici Brivex.", [("LEADS", "Marc Dutertre", "Brivex")]),
    ("Hugo Ravel présidait jusqu'alors Brivex.", [("LEADS", "Hugo Ravel", "Brivex")]),
    ("Mme Fournel, qui présidait jusqu'alors Verranor, rejoint Vélion.", [("LEADS", "Fournel", "Verranor")]),
]

# the portrait's person as a subject coreference left unresolved or gave another actor
# (portrait32.portrait_referents)
CASES += [
    ("Marc Dutertre a été nommé directeur général de Vélion mardi. M. Dutertre dirigeait jusqu'ici Verranor. Cet "
     "ingénieur a auparavant été directeur général du cimentier suisse Solvarex.",
     [("LEADS", "Marc Dutertre", "Solvarex")]),
    ("Léa Fournel, la patronne qui ne lâche rien. Léa Fournel préside depuis 2020 le groupe Vantor. Cette "
     "énarque a auparavant été directrice générale de la banque Solvarex.",
     [("LEADS", "Léa Fournel", "Solvarex")]),
    ("Marc Dutertre, l'homme de fer. Le conseil de Vélion a choisi Marc Dutertre. L'ancien banquier avait présidé "
     "Verranor de 2010 à 2018.",
     [("LEADS", "Marc Dutertre", "Verranor")]),
    ("Hugo Ravel, le gardien du temple\n\nHugo Ravel préside Vantor depuis mars. Son prédécesseur Paul Berthier, "
     "lui, avait été limogé.\n\nAu conseil, Paul Berthier, ancien patron de Verranor, passe pour l'un de ses "
     "fidèles.\n\nLui-même administrateur de Solvarex, il veut un nouveau mandat.",
     [("BOARD_MEMBER", "Hugo Ravel", "Solvarex")]),
    ("Hugo Ravel, le Normand qui monte. Hugo Ravel préside la région. Le Normand vient de loin. Ancien adhérent du "
     "Parti radical, il a rejoint le Mouvement vert en 2016.",
     [("MEMBER_OF", "Hugo Ravel", "Parti radical")]),
]

FORBIDDEN = [
    # (a phrase that opens on a preposition is no stage of the subject)
    ("Pour le président de Solvarex, Marc Dutertre a commis une erreur.", ("LEADS", "Marc Dutertre", "Solvarex")),
    # (another man named just before: "l'ingénieur" may be either)
    ("Marc Dutertre a été nommé PDG de Vélion. Il remplace Paul Berthier. L'ingénieur dirigeait auparavant Verranor.",
     ("LEADS", "Marc Dutertre", "Verranor")),
    # (the paragraph's pronoun stands for the portrait's person, not for the rival named before)
    ("Hugo Ravel, le gardien du temple\n\nHugo Ravel préside Vantor depuis mars. Son prédécesseur Paul Berthier, "
     "lui, avait été limogé.\n\nAu conseil, Paul Berthier, ancien patron de Verranor, passe pour l'un de ses "
     "fidèles.\n\nLui-même administrateur de Solvarex, il veut un nouveau mandat.",
     ("BOARD_MEMBER", "Paul Berthier", "Solvarex")),
]

# a stage listed after a colon is held by the person subject of the clause before it
# (portrait32._subject_before_colon)
CASES += [
    ("Hugo Ravel, le pétrolier. Hugo Ravel dirige Vantor. Polytechnicien, il a fait ses classes dans les cabinets "
     "ministériels : conseiller technique de Paul Berthier à Matignon, puis directeur de cabinet de Jean Morvan.",
     [("WORKS_FOR", "Hugo Ravel", "Paul Berthier"), ("WORKS_FOR", "Hugo Ravel", "Jean Morvan")]),
    ("Léa Fournel a tout connu : directrice de Verranor, puis présidente de Vantor.",
     [("LEADS", "Léa Fournel", "Verranor"), ("LEADS", "Léa Fournel", "Vantor")]),
    ("Marc Dutertre a gravi les échelons un à un : administrateur de Solvarex en 2001, directeur général de "
     "Verranor en 2008.",
     [("BOARD_MEMBER", "Marc Dutertre", "Solvarex"), ("LEADS", "Marc Dutertre", "Verranor")]),
]

# who backed an appointment is the appointee's ally (portrait32.appointment_backer, ally.backed_appointment)
CASES += [
    ("Marc Dutertre a été nommé directeur général de Vélion. Sa candidature avait été proposée par Hélène Marsac, "
     "qui voit en lui un bâtisseur.",
     [("ALLY_OF", "Hélène Marsac", "Marc Dutertre")]),
    ("Léa Fournel prend la présidence de Vantor. Son nom a été avancé par le ministre Hugo Ravel.",
     [("ALLY_OF", "Hugo Ravel", "Léa Fournel")]),
    ("Hugo Ravel a soutenu la nomination de Léa Fournel à la tête de Vantor.",
     [("ALLY_OF", "Hugo Ravel", "Léa Fournel")]),
    ("Léa Fournel, la nouvelle patronne de Vantor. Léa Fournel a été désignée lundi. Sa nomination, poussée par "
     "Hugo Ravel, a surpris.",
     [("ALLY_OF", "Hugo Ravel", "Léa Fournel")]),
]

# the predecessor whose end opened the post led the body (portrait32.predecessor_gone, leads.gone_predecessor)
CASES += [
    ("Marc Dutertre, l'héritier. Marc Dutertre dirige Vantor. C'est la mort de Paul Berthier, en 2014, qui le "
     "propulse à la tête de Vantor.",
     [("LEADS", "Paul Berthier", "Vantor")]),
    ("Après la démission de Paul Berthier, Léa Fournel a pris les rênes de Verranor.",
     [("LEADS", "Paul Berthier", "Verranor")]),
    ("Léa Fournel a repris la direction de Verranor après le départ de Paul Berthier.",
     [("LEADS", "Paul Berthier", "Verranor")]),
    ("Le décès brutal de Paul Berthier l'a porté à la présidence de Verranor en 2019.",
     [("LEADS", "Paul Berthier", "Verranor")]),
]

FORBIDDEN += [
    # (a board that approves is no ally)
    ("Marc Dutertre a été nommé directeur général de Vélion. Sa nomination a été approuvée par Hélène Marsac.",
     ("ALLY_OF", "Hélène Marsac", "Marc Dutertre")),
    # (no post taken: a death is no leadership)
    ("Après la mort de son père Paul Berthier, Léa Fournel a vendu Verranor.", ("LEADS", "Paul Berthier", "Verranor")),
    # (a colon that opens no list of stages)
    ("Le bilan est lourd : directeur de Verranor, Paul Berthier a démissionné.", ("LEADS", "Paul Berthier", "Vantor")),
    # (an interview's answer speaks of the person the question named)
    ("Entretien avec Hugo Ravel\n\nHugo Ravel a été nommé président de Vantor en mars.\n\nPaul Berthier vous "
     "appelle-t-il encore ?\n\nIl préside désormais Verranor, et il a beaucoup à faire.",
     ("LEADS", "Hugo Ravel", "Verranor")),
]

# a reputation before the stage ("Réputée proche de Y, elle …", "Considéré comme un fidèle de Y, il …")
CASES += [
    ("Léa Fournel, la vigie. Léa Fournel dirige Vantor. Réputée proche de Hugo Ravel, qui a inauguré le lieu en "
     "2017, elle l'a accompagné à plusieurs reprises.",
     [("ALLY_OF", "Léa Fournel", "Hugo Ravel")]),
    ("Marc Dutertre prend la tête de Vélion. Considéré comme un fidèle de Hugo Ravel, il a été choisi sans surprise.",
     [("ALLY_OF", "Marc Dutertre", "Hugo Ravel")]),
]

# the portrait's gender read from the pronouns coreference gave her, not from a title misplaced on her
CASES += [
    ("Ysaline Varga, la vigie des jeunes pousses\n\nPORTRAIT. Elle a l'aisance des anciens. Ysaline Varga dirige "
     "depuis 2015 le campus Halle Neuve. Le fondateur de Brivex l'avait repérée alors qu'elle travaillait chez "
     "Verranor, où elle suivait les jeunes pousses.",
     [("WORKS_FOR", "Ysaline Varga", "Verranor")]),
]

# kin named with a possessive no reading gave a person owner: the portrait's person's (portrait32.kin_of_the_portrait)
CASES += [
    ("Hugo Ravel, le fidèle\n\nHugo Ravel préside Vantor depuis mars. Une affaire l'a longtemps poursuivi : celle de "
     "Brivex, qu'il a dirigée pendant dix ans et qui avait loué des locaux appartenant à sa compagne, Julie Marsac.",
     [("FAMILY", "Julie Marsac", "Hugo Ravel")]),
    ("Léa Fournel, la discrète\n\nLéa Fournel préside Vantor depuis mars. La société Brivex, qui a embauché son "
     "époux, Marc Dutertre, en 2019, vient d'être rachetée.",
     [("FAMILY", "Marc Dutertre", "Léa Fournel")]),
    ("Hugo Ravel, le fidèle\n\nHugo Ravel préside Vantor depuis mars. Le groupe Brivex, où travaille son beau-frère, "
     "Paul Berthier, a perdu le contrat.",
     [("FAMILY", "Paul Berthier", "Hugo Ravel")]),
]

FORBIDDEN += [
    # (another person named before the kin noun owns it)
    ("Léa Fournel, la discrète\n\nLéa Fournel préside Vantor depuis mars. Paul Berthier a présenté sa fille, Julie "
     "Marsac, au conseil.",
     ("FAMILY", "Julie Marsac", "Léa Fournel")),
]
