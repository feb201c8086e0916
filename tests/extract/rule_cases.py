"""Team-written French sentences and the ties the rule extractor must find in them.

Each case: (text, [(TYPE, subject, object), ...]). Names are invented.
Used by test_rules.py; one case at least per tie type and per construction.
"""

CASES = [
    # (discourse) "X a fait savoir qu'il…": the pronoun is X, whom the parser hangs on "fait"
    ("Le groupe Technova a fait savoir qu'il poursuivrait Nuvia en justice.", [("SUES", "Technova", "Nuvia")]),
    # (discourse) "Le fonds accuse la société": a description subject of its clause is not its object
    ("Atlas Capital a déposé une offre sur Kelvio. Le fonds accuse la société de cacher ses pertes.",
     [("ACCUSES", "Atlas Capital", "Kelvio")]),
    # (discourse) a sentence-initial description misparsed as the root still carries the subject chain
    ("Anne Fabre dirige Nuvia depuis 2015. La dirigeante, qui a fondé Orbalia en 2001, conteste les accusations. "
     "Elle a porté plainte contre Jean Roux.", [("SUES", "Anne Fabre", "Jean Roux")]),
    # (bpol) ACCUSES: words put in quotes after a verb of blame, then "de Y", label Y's conduct
    ("Le Kremlin a dénoncé des sanctions « illégitimes » de la Valdarie.", [("ACCUSES", "Kremlin", "Valdarie")]),
    ("Paul Verdier dénonce à chaque séance « l'écologie punitive » de la ministre Anne Fabre.",
     [("ACCUSES", "Paul Verdier", "Anne Fabre")]),
    ("Anne Fabre fustige « l'arrogance » de Technova.", [("ACCUSES", "Anne Fabre", "Technova")]),
    ("Le ministre Paul Verdier fustige « l'arrogance » de son prédécesseur, Jean Roux.", [("ACCUSES", "Paul Verdier", "Jean Roux")]),
    # (bpol) ACCUSES: a wrong or a measure of Y blamed ("dénonce les irrégularités de Y", "condamne les sanctions de Y")
    ("Jean Roux dénonce les irrégularités de Horizon Ventures.", [("ACCUSES", "Jean Roux", "Horizon Ventures")]),
    ("Paul Verdier a condamné les sanctions de la Valdarie contre Nuvia.", [("ACCUSES", "Paul Verdier", "Valdarie")]),
    # (bpol) MEETS: "A et B se sont vus / revus" (reflexive "voir" of a plural subject)
    ("Anne Fabre et Jean Roux se sont vus discrètement en janvier.", [("MEETS", "Anne Fabre", "Jean Roux")]),
    ("Paul Verdier et Anne Fabre se sont revus à Lyon la semaine dernière.", [("MEETS", "Paul Verdier", "Anne Fabre")]),
    # (bpol) MEETS: the envoys one receives or summons stand for the body that sends them
    ("Paul Verdier a convoqué mercredi le chef de la délégation de la Valdarie.", [("MEETS", "Paul Verdier", "Valdarie")]),
    ("Anne Fabre avait reçu en novembre des émissaires de la Commission européenne.",
     [("MEETS", "Anne Fabre", "Commission européenne")]),
    ("Jean Roux s'est entretenu avec des représentants de la Banque Orelle.", [("MEETS", "Jean Roux", "Banque Orelle")]),
    # (bpol) ACCUSES: a taunt "à propos de / au sujet de / à l'adresse de Y" (incise verb often tagged a noun)
    ("« Il a vendu son âme pour un poste », tacle Paul Verdier à propos d'Anne Fabre.", [("ACCUSES", "Paul Verdier", "Anne Fabre")]),
    ("« C'est de l'amateurisme », ironise Jean Roux au sujet de Technova.", [("ACCUSES", "Jean Roux", "Technova")]),
    ("Anne Fabre ironise au sujet de Kelvio, qui a perdu le contrat.", [("ACCUSES", "Anne Fabre", "Kelvio")]),
    # (bpol) SUES: who undergoes an investigation opened by a prosecutor ("mis en examen dans le cadre d'une
    # information judiciaire ouverte par P", "Y fait l'objet d'une enquête de P", "une enquête de P vise Y", "une enquête sur Y")
    ("Paul Verdier a été mis en examen jeudi pour escroquerie, dans le cadre d'une information judiciaire ouverte par le parquet de Lyon.",
     [("SUES", "parquet de Lyon", "Paul Verdier")]),
    ("Anne Fabre a été mise en examen pour corruption dans une enquête ouverte par le parquet national financier.",
     [("SUES", "parquet national financier", "Anne Fabre")]),
    ("Jean Roux a été interpellé mardi dans le cadre d'une enquête du parquet de Lyon.", [("SUES", "parquet de Lyon", "Jean Roux")]),
    ("Orbalia fait l'objet d'une enquête du parquet de Lyon.", [("SUES", "parquet de Lyon", "Orbalia")]),
    ("Une enquête du parquet de Lyon vise Orbalia depuis mars.", [("SUES", "parquet de Lyon", "Orbalia")]),
    ("Le parquet de Lyon a ouvert une enquête sur Orbalia pour fraude.", [("SUES", "parquet de Lyon", "Orbalia")]),
    # (bpol) the person named after "et son/sa <title>," beside a target is a target too
    ("Orbalia a assigné l'hebdomadaire Le Courrier et sa directrice de la publication, Anne Fabre, pour diffamation.",
     [("SUES", "Orbalia", "Le Courrier"), ("SUES", "Orbalia", "Anne Fabre")]),
    ("Technova a porté plainte contre Nuvia et son président, Jean Roux.", [("SUES", "Technova", "Jean Roux")]),
    ("La Valdarie a sanctionné la banque Orelle et son directeur général, Paul Verdier.", [("OPPOSES", "Valdarie", "Paul Verdier")]),
    # (bpol) OPPOSES: a blacklist the parser hangs on the name before it ("a ajouté A et B à sa liste noire",
    # a dashed list of companies as the passive subject, places after "établie à" left out)
    ("La Valdarie a ajouté Kelvio et Nuvia à sa liste noire.", [("OPPOSES", "Valdarie", "Kelvio"), ("OPPOSES", "Valdarie", "Nuvia")]),
    ("Trois sociétés – Kelvio, établie à Bichkek, Nuvia, enregistrée à Dubaï, et Orbalia – ont été ajoutées par la Valdarie à sa liste noire.",
     [("OPPOSES", "Valdarie", "Kelvio"), ("OPPOSES", "Valdarie", "Nuvia"), ("OPPOSES", "Valdarie", "Orbalia")]),
    # (bpol) ACCUSES: "X soupçonne Y de …"
    ("Technova soupçonne Kelvio de copier ses brevets.", [("ACCUSES", "Technova", "Kelvio")]),
    # (bpol) ACCUSES: one's wrongs reported to the justice ("a signalé les anomalies de Y au procureur")
    ("Anne Fabre a signalé les anomalies de Kelvio au procureur.", [("ACCUSES", "Anne Fabre", "Kelvio")]),
    # (bpol) ACCUSES: a published text that blames speaks for its author ("X a publié une série d'articles dénonçant …")
    ("Le Courrier a publié une série d'articles dénonçant des surfacturations de Kelvio.", [("ACCUSES", "Le Courrier", "Kelvio")]),
    ("Anne Fabre a signé une tribune fustigeant la politique de Technova.", [("ACCUSES", "Anne Fabre", "Technova")]),
    # (bpol) WORKS_FOR: a lawyer named behind the honorific after the title's phrase ("L'avocat de Y, Me X")
    ("L'avocat de Jean Roux, Me Paul Verdier, a fait appel.", [("WORKS_FOR", "Paul Verdier", "Jean Roux")]),
    ("Jean Roux conteste les faits. Son avocat, Me Paul Verdier, dénonce un dossier vide.", [("WORKS_FOR", "Paul Verdier", "Jean Roux")]),
    ("L'avocate de Kelvio, Maître Anne Fabre, plaide la relaxe.", [("WORKS_FOR", "Anne Fabre", "Kelvio")]),
    ("Anne Fabre est soupçonnée par le parquet de Lyon d'avoir détourné des fonds.", [("ACCUSES", "parquet de Lyon", "Anne Fabre")]),
    # "X, associé gérant de Y" parsed as the participle "associé" with "gérant" as its complement
    ("Nathan Keller, associé gérant de la société Kelvio, siège au conseil.",
     [("WORKS_FOR", "Nathan Keller", "Kelvio")]),
    # "X, placé sous sanctions américaines": the country the adjective names sanctions X
    ("Les États-Unis durcissent le ton. La société Kelvio, placée sous sanctions américaines en 2022, dément.",
     [("OPPOSES", "États-Unis", "Kelvio")]),
    # an adviser hired ("mandater la banque d'affaires X") works for its client; a title-holder hires for the
    # organisation of the title; a fronted "Côté défense," is no subject
    ("La société Kelvio a mandaté la banque d'affaires Orelle & Associés pour trouver un repreneur.",
     [("WORKS_FOR", "Orelle & Associés", "Kelvio")]),
    ("La banque Orelle & Associés a été mandatée par le groupe Technova pour vendre sa filiale.",
     [("WORKS_FOR", "Orelle & Associés", "Technova")]),
    ("Côté défense, la directrice générale de Kelvio, Anne Fabre, a mandaté la banque d'affaires Orelle & Associés.",
     [("WORKS_FOR", "Orelle & Associés", "Kelvio")]),
    ("Côté patronat, le président du groupe Technova, Paul Verdier, a critiqué Jean Roux.",
     [("ACCUSES", "Paul Verdier", "Jean Roux")]),
    # "son hostilité envers Y" with "envers" tagged as a noun (read as a line); "ne pas cacher" affirms
    ("Jean Roux, qui n'a jamais caché son hostilité envers Paul Verdier, s'est désolidarisé.",
     [("OPPOSES", "Jean Roux", "Paul Verdier")]),
    # a title set off after the target of an offer ("une offre sur Y, son concurrent grenoblois") describes Y
    ("Le groupe Technova a lancé une offre sur Kelvio, son concurrent grenoblois, au prix de 41 euros par action.",
     [("BIDS_FOR", "Technova", "Kelvio"), ("COMPETES_WITH", "Kelvio", "Technova")]),
    ("Jean Roux, conseiller de la famille Orelli, a démenti.", [("WORKS_FOR", "Jean Roux", "famille Orelli")]),
    # (the second, former title keeps its own complement)
    ("Paul Verdier, administrateur référent et ancien dirigeant du cimentier Orbalia, prend la présidence du conseil.",
     [("LEADS", "Paul Verdier", "Orbalia")]),
    # the head of a unit of Y ("patron de la branche X de Y", "directeur de la division X de Y") works for Y
    ("Paul Verdier, l'ancien patron de la branche signalisation du suisse Orbalia, rejoint Kelvio.",
     [("WORKS_FOR", "Paul Verdier", "Orbalia")]),
    ("Jean Roux, patron du pôle énergie de Technova, a démissionné.", [("WORKS_FOR", "Jean Roux", "Technova")]),
    ("Paul Verdier, directeur de la division cybersécurité de Technova, a démissionné.",
     [("WORKS_FOR", "Paul Verdier", "Technova")]),
    # a passive's agent given as a bare title and its name set off after a comma, the name hung on the verb
    ("Anne Fabre a été reçue mardi à Matignon par le Premier ministre, Jean Roux.",
     [("MEETS", "Jean Roux", "Anne Fabre")]),
    # BIDS_FOR: an offer "visant" the company, or its capital ("visant la totalité du capital de Y")
    ("Technova a lancé une OPA visant la totalité du capital de Kelvio.", [("BIDS_FOR", "Technova", "Kelvio")]),
    ("Technova a présenté une offre visant 100 % des actions de Kelvio au prix de 12 euros.",
     [("BIDS_FOR", "Technova", "Kelvio")]),
    # FUNDS: the seller's "à" phrase hung on the amount bought ("acheté pour N € de X à Y")
    ("Technova a acheté pour 2 millions d'euros de matériel à la société Nuvia l'an dernier.",
     [("FUNDS", "Technova", "Nuvia")]),
    # coref: "le gouvernement" is the state named before, an invented one too (only the place of a local
    # office, "député de la Dordogne", is no state)
    ("La Valdarie a signé un accord avec Kelvio. Le gouvernement a accusé Orbalia de fraude.",
     [("ACCUSES", "Valdarie", "Orbalia")]),
    # coref: the sides of a takeover named again: "la cible" is the company bid for, "l'assaillant" the bidder
    ("Technova veut racheter Kelvio. Atlas Capital, qui détient 5 % de la cible, hésite.",
     [("OWNS", "Atlas Capital", "Kelvio")]),
    ("Technova lance une OPA hostile sur Kelvio. Le fonds Atlas Capital, qui détient 6 % de la cible, soutient "
     "l'offre.", [("OWNS", "Atlas Capital", "Kelvio")]),
    # coref: a civic body named again by its noun ("le collectif", "l'association")
    ("Le collectif Air Pur a saisi la justice. Le collectif accuse Kelvio d'avoir menti.",
     [("ACCUSES", "Air Pur", "Kelvio")]),
    # coref: "l'entreprise" is the company a noun of that kind introduced further back, over a fund or an
    # investor named nearer in passing; the article's main company over a rival named nearer
    ("L'équipementier Kelvio lève 20 millions d'euros. Le tour est mené par Atlas Capital. Horizon Ventures et "
     "Orbalia remettent au pot. « Nous voulons aller vite », assure Anne Fabre, présidente de l'entreprise.",
     [("LEADS", "Anne Fabre", "Kelvio")]),
    ("Kelvio a bouclé une levée de fonds de 10 millions d'euros. Kelvio recrute. Kelvio vise l'Europe. Le fonds "
     "Atlas Capital entre au capital. Paul Verdier, qui a cofondé l'entreprise en 2020, s'en félicite.",
     [("FOUNDED", "Paul Verdier", "Kelvio")]),
    # coref: a title standing alone names the one person the article gave that office ("au Premier ministre,
    # X … accusé le Premier ministre"; "X prend la présidence … le nouveau président"; "Y, vice-président de
    # Z … son propre président" = Z's president)
    ("Anne Fabre a remis sa démission au Premier ministre, Paul Verdier. Plus tard, la présidente de Nuvia, "
     "Claire Martin, a accusé le Premier ministre de mentir.", [("ACCUSES", "Claire Martin", "Paul Verdier")]),
    ("Marc Tissot, PDG de Maritima, a démissionné. Anne Fabre prend la présidence du conseil. Selon un proche, "
     "Jean Roux aurait rencontré la nouvelle présidente.", [("MEETS", "Jean Roux", "Anne Fabre")]),
    ("Paul Verdier, le président de Technova, a signé avec Kelvio. Jean Roux, vice-président de Technova, a "
     "désavoué son propre président.", [("OPPOSES", "Jean Roux", "Paul Verdier")]),
    ("L'ancien Premier ministre Jean Roux conteste. Le Premier ministre, Paul Verdier, a reçu Anne Fabre. "
     "Autour de l'ex-chef du gouvernement, Marc Tissot a dénoncé la manœuvre de Paul Verdier.",
     [("MEETS", "Paul Verdier", "Anne Fabre")]),
    # "X, fondatrice et directrice générale de Y" with "de Y" hung on the first title: both titles are X's, of Y
    ("Anne Fabre, fondatrice et directrice générale de Kelvio, annonce une levée de fonds.",
     [("FOUNDED", "Anne Fabre", "Kelvio"), ("LEADS", "Anne Fabre", "Kelvio")]),
    # the main verb after a relative clause, hung by the parser on the relative's verb: its subject is the
    # relative's antecedent ("X, qui a piloté le dossier, reproche à Y …")
    ("La Commission européenne, qui a piloté le dossier, reproche au négociant lyonnais Kelvio d'avoir acheté du gaz.",
     [("ACCUSES", "Commission européenne", "Kelvio")]),
    # a rival noun's name set off after a comma and a description ("son concurrent historique, le lyonnais X")
    ("Technova l'a emporté face à son concurrent historique, le lyonnais Kelvio.",
     [("COMPETES_WITH", "Kelvio", "Technova")]),
    ("Technova a perdu face à son concurrent, le groupe allemand Kelvio.", [("COMPETES_WITH", "Kelvio", "Technova")]),
    # a foreign-looking name set off after "son homologue …," is a person (mentions typing), so MEETS
    ("Paul Verdier s'est entretenu mercredi à Lyon avec son homologue valdarienne, Orsolya Brankë, a-t-il dit.",
     [("MEETS", "Paul Verdier", "Orsolya Brankë")]),
    # OPPOSES: "se heurter à Y" (a clash) and "désavouer Y" (a public disowning)
    ("Paul Verdier s'était heurté à plusieurs reprises au président du conseil, Jean Roux.",
     [("OPPOSES", "Paul Verdier", "Jean Roux")]),
    ("Jean Roux a désavoué Anne Fabre lors du congrès.", [("OPPOSES", "Jean Roux", "Anne Fabre")]),
    # "directrice générale déléguée de Y": an officer with the CEO's powers leads Y (s10-roles: the invented
    # articles' gold); a deputy ("adjointe") works for Y
    ("Anne Fabre, directrice générale déléguée de la société Kelvio, n'est pas candidate.",
     [("LEADS", "Anne Fabre", "Kelvio")]),
    # LEADS
    ("Paul Verdier, PDG de Technova, a présenté ses résultats jeudi.", [("LEADS", "Paul Verdier", "Technova")]),
    ("Le directeur général de Maritima, Jeanne Roux, a confirmé l'information.", [("LEADS", "Jeanne Roux", "Maritima")]),
    ("« Nous sommes prêts », a déclaré Hugo Lambert, président du groupe Orbalia.", [("LEADS", "Hugo Lambert", "Orbalia")]),
    ("Marc Delorme dirige la banque Crédit Solane depuis 2019.", [("LEADS", "Marc Delorme", "Crédit Solane")]),
    ("La société Vitalis, dirigée par Anne Fabre, a doublé son chiffre d'affaires.", [("LEADS", "Anne Fabre", "Vitalis")]),
    ("Jeanne Roux est nommée présidente du directoire de Maritima.", [("LEADS", "Jeanne Roux", "Maritima")]),
    ("Le gouvernement envisage de nommer Luc Martin au poste de PDG de Technova.", [("LEADS", "Luc Martin", "Technova")]),
    ("Il a rencontré le patron d'Orbalia, Tim Carel, à Lyon.", [("LEADS", "Tim Carel", "Orbalia")]),
    ("Orbalia, dont le président est le milliardaire Jim Carel, a finalisé le rachat de Kelvio.", [("LEADS", "Jim Carel", "Orbalia")]),
    ("Marc Delorme, fondateur et PDG de Kelvio, a présenté la feuille de route.",
     [("LEADS", "Marc Delorme", "Kelvio"), ("FOUNDED", "Marc Delorme", "Kelvio")]),
    ("Kelvio est une société menée par Anne Fabre depuis sa création.", [("LEADS", "Anne Fabre", "Kelvio")]),
    ("Kelvio est une entreprise menée par Paul Verdier et par Anne Fabre.",
     [("LEADS", "Paul Verdier", "Kelvio"), ("LEADS", "Anne Fabre", "Kelvio")]),
    # INVESTS_IN, a round led by an investor and described after a comma, for the article's company
    ("Kelvio recrute. Kelvio ouvre un bureau à Lyon. Kelvio vise l'Europe. Plusieurs groupes ont participé à un "
     "tour de table, annoncé ce jeudi et mené par Atlas Ventures, de 40 millions d'euros.",
     [("INVESTS_IN", "Atlas Ventures", "Kelvio")]),
    # a demonstrative plural noun stands for the list of names just before it ("ces groupes"), and
    # joining a round of no company named is investing in the article's company
    ("Kelvio recrute. Kelvio ouvre un bureau à Lyon. Kelvio vise l'Europe. Atlas Capital, Banque Orelle, Nuvia et Horizon Ventures. "
     "L'ensemble de ces groupes ont participé à un tour de table de 40 millions d'euros.",
     [("INVESTS_IN", "Atlas Capital", "Kelvio"), ("INVESTS_IN", "Banque Orelle", "Kelvio"),
      ("INVESTS_IN", "Nuvia", "Kelvio"), ("INVESTS_IN", "Horizon Ventures", "Kelvio")]),
    ("Orbalia a participé au tour de table de Nuvia.", [("INVESTS_IN", "Orbalia", "Nuvia")]),
    # two names the parser both calls subjects: the one right before the verb is; a second verb
    # coordinated after a long clause shares it
    ("Sous la houlette de son président, Jean Roux, Orbalia a commencé en 2019 à se tourner davantage vers la "
     "gestion d'actifs pour diversifier ses revenus et a racheté en mai 2023 la société de gestion Nuvia Partners.",
     [("ACQUIRES", "Orbalia", "Nuvia Partners")]),
    ("Paul Verdier, président de Nuvia, partira cette semaine pour le Japon.", [("LEADS", "Paul Verdier", "Nuvia")]),
    # ALLY_OF: support as a noun, given or received
    ("Le soutien de Technova à Paul Verdier a été décisif.", [("ALLY_OF", "Technova", "Paul Verdier")]),
    ("Technova a apporté son soutien à Paul Verdier.", [("ALLY_OF", "Technova", "Paul Verdier")]),
    ("Paul Verdier a reçu le soutien de Technova.", [("ALLY_OF", "Technova", "Paul Verdier")]),
    # co-signers of an agreement are partners; a loan is funding, in the direction of the money
    ("Technova et Kelvio ont signé un accord.", [("PARTNERS_WITH", "Technova", "Kelvio")]),
    ("La Banque Orelle a accordé un prêt de 50 millions d'euros à Kelvio.", [("FUNDS", "Banque Orelle", "Kelvio")]),
    ("Kelvio a obtenu un prêt de la Banque Orelle.", [("FUNDS", "Banque Orelle", "Kelvio")]),
    ("Kelvio a décroché un contrat avec Technova.", [("FUNDS", "Technova", "Kelvio")]),
    ("Technova a obtenu une participation de 10 % dans Kelvio.", [("OWNS", "Technova", "Kelvio")]),
    # rivals named together: people or states oppose each other, companies compete
    ("Paul Verdier et Anne Fabre sont rivaux.", [("OPPOSES", "Paul Verdier", "Anne Fabre")]),
    ("Technova et Kelvio sont concurrents.", [("COMPETES_WITH", "Technova", "Kelvio")]),
    ("Paul Verdier et Anne Fabre se disputent la présidence du parti.", [("OPPOSES", "Paul Verdier", "Anne Fabre")]),
    ("Technova et Kelvio se disputent le marché européen.", [("COMPETES_WITH", "Technova", "Kelvio")]),
    ("Paul Verdier s'est rallié à Anne Fabre.", [("ALLY_OF", "Paul Verdier", "Anne Fabre")]),
    # a candidate for a takeover bids for the company
    ("Technova, candidat à la reprise de Kelvio, a déposé un dossier.", [("BIDS_FOR", "Technova", "Kelvio")]),
    ("Orbalia est candidate au rachat de Kelvio.", [("BIDS_FOR", "Orbalia", "Kelvio")]),
    ("Technova fait partie des prétendants au rachat de Kelvio.", [("BIDS_FOR", "Technova", "Kelvio")]),
    ("Paul Verdier et Anne Fabre deviennent des salariés de Kelvio.",
     [("WORKS_FOR", "Paul Verdier", "Kelvio"), ("WORKS_FOR", "Anne Fabre", "Kelvio")]),
    # a head of state: "président de la République de X" leads X (no department of X)
    ("Jean Roux, président de la République de Valdarie, a reçu Paul Verdier.", [("LEADS", "Jean Roux", "Valdarie")]),
    # a source the parser makes the subject: the name after its comma is
    ("Selon Anne Fabre, Technova a investi dans Kelvio.", [("INVESTS_IN", "Technova", "Kelvio")]),
    # "L'avocat de X, …, est Me Y" parsed with the name hung on the title
    ("L'avocat de Paul Verdier est Me Hebey.", [("WORKS_FOR", "Me Hebey", "Paul Verdier")]),
    ("L'avocat d'Antoine, le président en place, est Me Hebey.", [("WORKS_FOR", "Me Hebey", "Antoine")]),
    ("Quant à Anne Fabre, elle avait jusqu'ici pour conseil Me Gorny.", [("WORKS_FOR", "Me Gorny", "Anne Fabre")]),
    # "X, l'homme qui rachète Y": the relative's subject is the person the noun is put beside
    ("Paul Verdier, l'homme qui rachète Kelvio et Nuvia, a parlé.",
     [("ACQUIRES", "Paul Verdier", "Kelvio"), ("ACQUIRES", "Paul Verdier", "Nuvia")]),
    # buying a unit of a group pays the group; the group itself is not bought
    ("Technova a racheté les activités européennes du groupe Kelvio pour 2 milliards d'euros.",
     [("FUNDS", "Technova", "Kelvio")]),
    # "la décision de X d'intervenir contre Y": whose decision it is acts
    ("La décision du président Paul Verdier d'intervenir contre le régime de Valdarie a surpris.",
     [("OPPOSES", "Paul Verdier", "Valdarie")]),
    # ACQUIRES: the buyer of a company sold ("céder Y à Z"), not of what the bracket lists
    ("Technova a cédé Kelvio Media au groupe Orbalia.", [("ACQUIRES", "Orbalia", "Kelvio Media")]),
    ("Technova est entré en négociations exclusives avec le groupe Orbalia pour lui céder la totalité de "
     "Kelvio Media (Radio Nord, Télé Sud).", [("ACQUIRES", "Orbalia", "Kelvio Media")]),
    # ACQUIRES: the name closing an organisation noun's phrase, whatever the parser hangs it on
    ("Technova a racheté en avril 2024 le gestionnaire d'actifs américain Kelvio Holdings.",
     [("ACQUIRES", "Technova", "Kelvio Holdings")]),
    # a title with no organisation named (or only a board of it): the article's main organisation
    ("Kelvio a annoncé ses résultats. Kelvio recrute. Kelvio vise la France. Le président du conseil de surveillance, Paul Verdier, a réagi.",
     [("LEADS", "Paul Verdier", "Kelvio")]),
    ("Kelvio a annoncé ses résultats. Kelvio recrute. Kelvio vise la France. Anne Fabre siège aux côtés du président, Jean Roux.", [("LEADS", "Jean Roux", "Kelvio")]),
    ("Kelvio a annoncé ses résultats. Kelvio recrute. Kelvio vise la France. « Nous sommes prêts », explique Julien Castel, co-fondateur et directeur de la technologie.",
     [("FOUNDED", "Julien Castel", "Kelvio")]),
    # OWNS: a joint venture is owned by each of its parents
    ("Technova et Orbalia ont fondé leur coentreprise Kelvio en 2008.",
     [("OWNS", "Technova", "Kelvio"), ("OWNS", "Orbalia", "Kelvio"), ("PARTNERS_WITH", "Technova", "Orbalia")]),
    # OPPOSES: a title parsed as the passive subject stands for the name before its comma
    ("Paul Verdier, le directeur de Technova, a été ajouté à la liste noire de l'Union européenne.",
     [("OPPOSES", "Union européenne", "Paul Verdier"), ("LEADS", "Paul Verdier", "Technova")]),
    # "les trois cofondateurs de Y": the last three people named together
    ("Paul Verdier, Anne Fabre et Jean Roux ont quitté Technova en 2020. La start-up Kelvio recrute. "
     "Les trois co-fondateurs de Kelvio auraient vendu des titres.",
     [("FOUNDED", "Paul Verdier", "Kelvio"), ("FOUNDED", "Anne Fabre", "Kelvio"), ("FOUNDED", "Jean Roux", "Kelvio")]),
    # a relative clause on the copula's noun: its subject is the copula's subject
    ("Paul Verdier est l'homme qui rachète Kelvio et Nuvia.",
     [("ACQUIRES", "Paul Verdier", "Kelvio"), ("ACQUIRES", "Paul Verdier", "Nuvia")]),
    ("Technova est la maison-mère de la chaîne payante Kelvio TV et d'Orbalia Music.",
     [("OWNS", "Technova", "Kelvio TV"), ("OWNS", "Technova", "Orbalia Music")]),
    # ---- stakes (ownership, deals): begin
    # OWNS: the seller of a company bought ("racheter Y à Z", the "à Z" hung on the amount)
    ("En 2015, Technova avait racheté le journal Kelvio pour un montant de 90 millions d'euros au groupe suisse "
     "Orbalia.",
     [("ACQUIRES", "Technova", "Kelvio"), ("OWNS", "Orbalia", "Kelvio")]),
    # OWNS: a stake held through a vehicle ("N % par A via B"): B holds the stake, A holds B
    ("Le capital de Kelvio est détenu à 30 % par Technova, 10 % par l'Etat via le fonds souverain Atlas Capital "
     "et 5 % par les salariés.",
     [("OWNS", "Technova", "Kelvio"), ("OWNS", "Atlas Capital", "Kelvio"), ("OWNS", "Etat", "Atlas Capital")]),
    # OWNS: a possessive subsidiary noun names the parent ("sa filiale X", "sa banque privée X")
    ("Kelvio a signé un accord avec Orbalia et sa filiale Nuvia.", [("OWNS", "Orbalia", "Nuvia")]),
    ("L'assureur Technova conserve sa banque privée Orelle Banca.", [("OWNS", "Technova", "Orelle Banca")]),
    # OWNS: "une montée de X au capital" with no company named: the article's main organisation;
    # not doubting it is no negation
    ("Kelvio a publié ses comptes. Kelvio recrute. Kelvio vise l'Europe. Ne doutant pas d'une nouvelle montée "
     "future de Technova au capital, les dirigeants de Kelvio préparent leur défense.",
     [("OWNS", "Technova", "Kelvio")]),
    # a demonstrative list noun ("cette liste", "ces groupes") stands for a bare list of names given just before;
    # "celle des investisseurs de Y": the pronoun stands for the subject
    ("Technova, Orbalia, Nuvia et Maritima. Cette liste prestigieuse des géants du secteur, que ce soit grâce à "
     "leurs usines ou leurs brevets, est celle des nouveaux investisseurs de Kelvio.",
     [("INVESTS_IN", "Technova", "Kelvio"), ("INVESTS_IN", "Orbalia", "Kelvio"), ("INVESTS_IN", "Nuvia", "Kelvio"),
      ("INVESTS_IN", "Maritima", "Kelvio")]),
    ("Technova, Orbalia et Nuvia. Ces groupes sont les nouveaux actionnaires de Kelvio.",
     [("OWNS", "Technova", "Kelvio"), ("OWNS", "Orbalia", "Kelvio"), ("OWNS", "Nuvia", "Kelvio")]),
    # OWNS: a subsidiary of an unnamed group "appartenant à P" is P's
    ("Kelvio est une filiale à 100 % du groupe familial suisse appartenant à Paul Verdier.",
     [("OWNS", "Paul Verdier", "Kelvio")]),
    # OWNS: "les N % de Y qu'il ne détient pas encore": the relative's object is the stake, and the holder
    # has the rest (no negation)
    ("L'Etat a lancé une offre sur les 16 % du capital de Kelvio qu'il ne détient pas encore.",
     [("OWNS", "Etat", "Kelvio"), ("BIDS_FOR", "Etat", "Kelvio")]),
    # INVESTS_IN: "X, passant d'un tour de … à un autre de … mené par Y": X raised the round Y led
    ("C'est le cas de Kelvio, passant d'un tour de 30 M€ à un autre de 500 M€ mené par Atlas Capital.",
     [("INVESTS_IN", "Atlas Capital", "Kelvio")]),
    # OWNS: a stake in no company named is in the one whose capital the text spoke of last (index.focus)
    ("Paul Verdier progresse dans le capital du groupe Kelvio. Il en détient 20 %. Technova détenait 25 % du "
     "capital à la fin de l'année.", [("OWNS", "Technova", "Kelvio")]),
    ("Atlas Capital est monté au capital du groupe Kelvio. Technova, jusque-là premier actionnaire avec 18 % du "
     "capital, a protesté.", [("OWNS", "Technova", "Kelvio")]),
    # OWNS: "N % restent entre les mains de X"
    ("Kelvio est possédée à 49 % par Paul Verdier et à 49 % par Technova. 2 % restent entre les mains de Jean Roux.",
     [("OWNS", "Jean Roux", "Kelvio")]),
    # OWNS: "sa prise de participation à hauteur de N %", "porter sa participation à N %": the possessive's
    # holder, in the article's main organisation
    ("Kelvio a publié ses comptes. Kelvio recrute. Kelvio vise l'Europe. Conscients des ambitions de Paul Verdier, "
     "les dirigeants ont souligné que sa prise de participation à hauteur de 12 % les avait surpris.",
     [("OWNS", "Paul Verdier", "Kelvio")]),
    ("Kelvio a publié ses comptes. Kelvio recrute. Kelvio vise l'Europe. Technova a porté sa participation à 20 %.",
     [("OWNS", "Technova", "Kelvio")]),
    # OWNS: a joint company found with one parent: the parent's partner of the sentence is the other one
    ("Technova fournit des moteurs à Maritima, fabriqués avec son partenaire suisse Orbalia au sein de leur société "
     "commune Kelvio International.",
     [("OWNS", "Orbalia", "Kelvio International"), ("OWNS", "Technova", "Kelvio International")]),
    # ACQUIRES: "racheter A, …, puis l'année suivante B": a second object after "puis" closing the sentence
    ("Technova s'est développé dans la presse en commençant par racheter Kelvio, le quotidien de Lyon où le groupe "
     "est né, puis l'année suivante Le Matin Orbalia.",
     [("ACQUIRES", "Technova", "Kelvio"), ("ACQUIRES", "Technova", "Le Matin Orbalia")]),
    # OWNS: "X, entité regroupant les activités … du groupe Y" (Y holds X); ACQUIRES proposed: "X a accepté la
    # promesse d'achat de Z" (an agreed deal awaiting closing)
    ("Kelvio Logistics, entité regroupant les activités de transport et de logistique du groupe Technova, a indiqué "
     "lundi avoir accepté la promesse d'achat d'Orbalia.",
     [("OWNS", "Technova", "Kelvio Logistics"), ("ACQUIRES", "Orbalia", "Kelvio Logistics")]),
    # OWNS: "X a cédé N % du capital (de Y) à Z": X held a stake in Y (former), Z holds it; with no company
    # named, the one whose capital was spoken of last
    ("Paul Verdier a cédé 20 % du capital de Kelvio à son fils Jean Roux.",
     [("OWNS", "Paul Verdier", "Kelvio"), ("OWNS", "Jean Roux", "Kelvio")]),
    ("Anne Fabre a annoncé la mise en vente des 12 % du capital de Kelvio. En 1990, Paul Verdier a cédé quelque 20 % "
     "du capital à Jean Roux à un faible prix.",
     [("OWNS", "Paul Verdier", "Kelvio"), ("OWNS", "Jean Roux", "Kelvio")]),
    # INVESTS_IN: rounds of no company named, in an article with no main organisation, are of the one company the
    # article's other funding ties are about; "souscrites par X" hung on the source read back to the round's noun
    ("Selon l'agence Orbalia News, la lettre du média ouvrait sur l'annonce d'un tour de table de 300 millions de "
     "dollars : « notamment auprès des fonds Atlas Capital and Horizon Ventures ». Kelvio a levé des fonds auprès "
     "de Banque Orelle. Une partie prendrait la forme d'obligations qui seraient, selon Orbalia News, souscrites "
     "par Technova et Maritima Partners.",
     [("INVESTS_IN", "Atlas Capital", "Kelvio"), ("INVESTS_IN", "Horizon Ventures", "Kelvio"),
      ("INVESTS_IN", "Technova", "Kelvio"), ("INVESTS_IN", "Maritima Partners", "Kelvio"),
      ("INVESTS_IN", "Banque Orelle", "Kelvio")]),
    # OWNS: "le groupe X, groupe auquel appartenait la holding Y": "auquel" stands for the group, Y belongs to it
    ("Paul Verdier a tenté de racheter le groupe suisse Technova, groupe auquel appartenait par ailleurs la holding "
     "électronique Kelvio il y a dix ans.", [("OWNS", "Technova", "Kelvio")]),
    # OWNS: "la maison-mère de la chaîne payante X et de Y" with the phrase hung elsewhere (the holder: who the
    # descriptor stands for); "X (KM), la société holding de P" with "de P" on "holding" read as an adjective
    ("Technova recrute. Technova investit. Technova vend. Avec 5 % du capital, Paul Verdier était devenu en 2014 "
     "président du conseil de surveillance de la maison-mère de la chaîne payante Kelvio TV et d'Orbalia Music.",
     [("OWNS", "Technova", "Kelvio TV"), ("OWNS", "Technova", "Orbalia Music")]),
    ("Paul Verdier a pris une participation dans Kelvio Management (KM), la société holding d'Anne Fabre.",
     [("OWNS", "Paul Verdier", "Kelvio Management"), ("OWNS", "Anne Fabre", "Kelvio Management")]),
    # OWNS: "vendre sa participation dans Y à son principal concurrent, Z": the buyer is the name apposed to the "à" noun
    ("Technova a vendu sa participation dans la société Kelvio à son principal concurrent, Orbalia.",
     [("OWNS", "Technova", "Kelvio"), ("OWNS", "Orbalia", "Kelvio")]),
    # OWNS: "le géant X (propriétaire de A, B et C) désormais majoritaire chez Y": the adjective after the bracket
    # describes the name before it
    ("Technova se recentre sur les médias, via notamment le géant Kelvio (propriétaire de Nuvia, Orbalia et "
     "Maritima) désormais majoritaire chez Atlas Capital.",
     [("OWNS", "Kelvio", "Atlas Capital"), ("OWNS", "Kelvio", "Nuvia")]),
    # OWNS: "multiplier les participations …, en allant du suisse A à B ou à C": the range names the holdings
    ("L'armateur Technova, dirigé par Paul Verdier, a depuis 2019 multiplié les acquisitions et participations dans "
     "des fleurons français et étrangers en allant du suisse Kelvio Logistics à Orbalia ou à Nuvia.",
     [("OWNS", "Technova", "Kelvio Logistics"), ("OWNS", "Technova", "Orbalia"), ("OWNS", "Technova", "Nuvia")]),
    # ---- stakes: end
    ("L'avocat de Paul Verdier est Me Jean Roux.", [("WORKS_FOR", "Jean Roux", "Paul Verdier")]),
    # a round's backers listed past the first: "auprès du fonds … X, renforcés par A (…), B et C"
    ("Kelvio a officialisé en juin un premier tour de table de 105 millions d'euros auprès du fonds de "
     "capital-risque américain Atlas Venture Partners, renforcés par Orbalia Ventures (FO de la famille Verdier, "
     "Galeries Nuvia), Paul Verdier, Anne Fabre et Jean Roux.",
     [("INVESTS_IN", "Atlas Venture Partners", "Kelvio"), ("INVESTS_IN", "Orbalia Ventures", "Kelvio"),
      ("INVESTS_IN", "Paul Verdier", "Kelvio"), ("INVESTS_IN", "Anne Fabre", "Kelvio"),
      ("INVESTS_IN", "Jean Roux", "Kelvio")]),
    # BIDS_FOR: outbidding; a weekday the NER swallowed into the name is dropped
    ("Technova a surenchéri sur Kelvio lundi.", [("BIDS_FOR", "Technova", "Kelvio")]),
    # the "de" inside a person's name is no complement of the title introducing it
    ("Kelvio a annoncé ses résultats. Kelvio recrute. Kelvio vise la France. Le conseil s'est réuni au lendemain de la mort du PDG Marc de Lorme dans un accident.",
     [("LEADS", "Marc de Lorme", "Kelvio")]),
    # a possessive skips the names of a relative clause on its owner
    ("Le ministre n'avait pu s'opposer à ce que Technova, dont l'Etat est actionnaire, vende sa participation dans "
     "le distributeur d'eau Kelvio à son principal concurrent, Orbalia.",
     [("OWNS", "Technova", "Kelvio"), ("OWNS", "Etat", "Technova")]),
    # a list of holdings each with its share
    ("La holding Kelvio Libre (KL), propriétaire du Matin à 72,5 % et de l'Orbalia Mag à 98 %, recrute.",
     [("OWNS", "Kelvio Libre", "Matin"), ("OWNS", "Kelvio Libre", "Orbalia Mag")]),
    # WORKS_FOR
    ("Claire Morin, ancienne conseillère de Technova, a rejoint le cabinet en mars.", [("WORKS_FOR", "Claire Morin", "Technova")]),
    ("En 2019, Louis Perrin a quitté Maritima pour fonder sa propre entreprise.", [("WORKS_FOR", "Louis Perrin", "Maritima")]),
    # BOARD_MEMBER: an "ex-" title opening the sentence, a public body's board
    ("Ex-membre du directoire de la Banque Orelle, Paul Verdier a été nommé président de Kelvio.",
     [("BOARD_MEMBER", "Paul Verdier", "Banque Orelle"), ("LEADS", "Paul Verdier", "Kelvio")]),
    # a plural title the morphologizer calls singular still describes the whole list before it
    ("Il sera secondé par Luc Martin et Tim Carel, Vice-présidents exécutifs en charge du football de Kelvio Sports.",
     [("WORKS_FOR", "Luc Martin", "Kelvio Sports"), ("WORKS_FOR", "Tim Carel", "Kelvio Sports")]),
    # BOARD_MEMBER
    ("Sophie Garnier, administratrice de Banque Orelle, siège aussi au conseil de Vitalis.", [("BOARD_MEMBER", "Sophie Garnier", "Banque Orelle")]),
    # FOUNDED
    ("Julien Castel, fondateur de Nuvia, a levé des fonds.", [("FOUNDED", "Julien Castel", "Nuvia")]),
    ("Lucie Martel a fondé la société Kelvio en 2021.", [("FOUNDED", "Lucie Martel", "Kelvio")]),
    # OWNS
    ("Le fonds Atlas Capital détient 12 % du capital de Vitalis.", [("OWNS", "Atlas Capital", "Vitalis")]),
    ("La participation du groupe Solane dans Orbalia est passée à 20 %.", [("OWNS", "Solane", "Orbalia")]),
    ("Nuvia, filiale de Technova, emploie 300 personnes.", [("OWNS", "Technova", "Nuvia")]),
    ("Le capital de Kelvio est détenu à 30 % par Atlas Capital.", [("OWNS", "Atlas Capital", "Kelvio")]),
    ("Marc Delorme est l'actionnaire majoritaire de Maritima.", [("OWNS", "Marc Delorme", "Maritima")]),
    ("La transaction passe par la holding Verlane de Paul Verdier.", [("OWNS", "Paul Verdier", "Verlane")]),
    ("Atlas Capital est actionnaire d'Orbalia depuis 2018.", [("OWNS", "Atlas Capital", "Orbalia")]),
    ("Orbalia, maison-mère de Kelvio, a publié ses comptes.", [("OWNS", "Orbalia", "Kelvio")]),
    ("Le groupe Technova comprend également la radio Onda.", [("OWNS", "Technova", "Onda")]),
    ("Le géant Orbalia, propriétaire de Kelvio, Nuvia et Vitalis, vise l'Asie.", [("OWNS", "Orbalia", "Kelvio"), ("OWNS", "Orbalia", "Nuvia"), ("OWNS", "Orbalia", "Vitalis")]),
    ("Technova Media (Onda TV, Radio Sud...) sera cédée d'ici l'été.", [("OWNS", "Technova Media", "Onda TV"), ("OWNS", "Technova Media", "Radio Sud")]),
    # INVESTS_IN
    ("Le fonds Horizon Ventures a investi dans Kelvio et dans Nuvia.", [("INVESTS_IN", "Horizon Ventures", "Kelvio"), ("INVESTS_IN", "Horizon Ventures", "Nuvia")]),
    ("Kelvio a bouclé un tour de table de 30 millions d'euros mené par Horizon Ventures.", [("INVESTS_IN", "Horizon Ventures", "Kelvio")]),
    ("Nuvia a annoncé lundi un tour de table de 40 millions d'euros auprès du fonds Atlas Capital.", [("INVESTS_IN", "Atlas Capital", "Nuvia")]),
    ("Nuvia vient de boucler une levée de fonds de 12 M€ auprès de Banque Orelle.", [("INVESTS_IN", "Banque Orelle", "Nuvia")]),
    # MEMBER_OF: one leaves or comes from a party as a member, not as an employee
    ("Paul Verdier a quitté le Parti socialiste en 2017.", [("MEMBER_OF", "Paul Verdier", "Parti socialiste")]),
    ("Anne Fabre, venue du Parti radical, incarne l'aile gauche de la majorité.",
     [("MEMBER_OF", "Anne Fabre", "Parti radical")]),
    # MEMBER_OF
    ("Claire Morin, membre du Parti républicain du progrès, a voté contre le texte.", [("MEMBER_OF", "Claire Morin", "Parti républicain du progrès")]),
    ("Le gouvernement a relancé le débat sur l'adhésion de la Norvège à l'Union européenne.", [("MEMBER_OF", "Norvège", "Union européenne")]),
    # FAMILY: a plural kinship noun and the names listed after its comma
    ("Les filles de Paul Verdier, Claire Verdier et Marie Verdier, ont hérité du groupe.",
     [("FAMILY", "Claire Verdier", "Paul Verdier"), ("FAMILY", "Marie Verdier", "Paul Verdier")]),
    # FAMILY
    ("Thomas Garnier, fils de Sophie Garnier, prendra la relève.", [("FAMILY", "Thomas Garnier", "Sophie Garnier")]),
    ("Claude Martel a cédé 20 % du capital à son fils Antoine.", [("FAMILY", "Antoine", "Claude Martel")]),
    # ACQUIRES
    ("Technova a racheté la société Dalmor pour 30 millions d'euros.", [("ACQUIRES", "Technova", "Dalmor")]),
    ("Vitalis a été rachetée par Orbalia en 2020.", [("ACQUIRES", "Orbalia", "Vitalis")]),
    ("Marc Delorme dirige Maritima depuis 2019. Il a mis la main sur Kelvio. Il sera aussi propriétaire de la radio Onda.",
     [("ACQUIRES", "Marc Delorme", "Kelvio"), ("OWNS", "Marc Delorme", "Onda")]),
    # BIDS_FOR
    ("Maritima a lancé une offre de rachat sur Orbalia.", [("BIDS_FOR", "Maritima", "Orbalia")]),
    # "Y, basée à Z, et son directeur, X": the possessive is Y's, the place of the participle is skipped
    ("Technova a racheté Kelvio, basée à Orbalia, et son président, Jean Roux.", [("LEADS", "Jean Roux", "Kelvio")]),
    # "un projet d'offre … visant Y": the participle hung on the filing noun aims the offer at Y
    ("Technova a présenté un projet d'offre publique d'échange visant Orbalia.", [("BIDS_FOR", "Technova", "Orbalia")]),
    # a counter-offer of no target named is on the one company the article's bids are for
    ("Technova a lancé une offre sur Kelvio. Atlas Capital a déposé une contre-offre.",
     [("BIDS_FOR", "Atlas Capital", "Kelvio")]),
    ("Technova a lancé une offre sur Kelvio. L'italien Orbalia étudierait une contre-offre.",
     [("BIDS_FOR", "Orbalia", "Kelvio")]),
    # "X a lui-même déposé plainte": the emphatic pronoun makes the parser read the subject as a passive one
    ("Technova a elle-même déposé plainte contre Kelvio.", [("SUES", "Technova", "Kelvio")]),
    ("Paul Verdier a lui-même déposé plainte contre Orbalia.", [("SUES", "Paul Verdier", "Orbalia")]),
    # "offre" tagged a verb ("offrir") after the "de" of a noun: "un projet d'offre sur Y" is still an offer
    ("Technova a confirmé son projet d'offre sur Kelvio.", [("BIDS_FOR", "Technova", "Kelvio")]),
    ("Le groupe Maritima a annoncé le dépôt d'un projet d'offre publique d'achat sur Orbalia.",
     [("BIDS_FOR", "Maritima", "Orbalia")]),
    # FUNDS: a customer pays its supplier
    ("Technova fournit à Orbalia le moteur X200.", [("FUNDS", "Orbalia", "Technova")]),
    ("Kelvio, fournisseur de Technova, a doublé ses ventes.", [("FUNDS", "Technova", "Kelvio")]),
    ("Orbalia, client historique de Kelvio, a signé.", [("FUNDS", "Orbalia", "Kelvio")]),
    # FUNDS
    ("Le ministère des Armées a choisi l'offre de Technova et Kelvio, deux filiales d'Orbalia.",
     [("FUNDS", "ministère des Armées", "Technova"), ("FUNDS", "ministère des Armées", "Kelvio"),
      ("OWNS", "Orbalia", "Technova"), ("OWNS", "Orbalia", "Kelvio")]),
    ("Parmi ses clients, Kelvio travaille déjà avec Technova, la banque Orelle et Nuvia.",
     [("FUNDS", "Technova", "Kelvio"), ("FUNDS", "Orelle", "Kelvio"), ("FUNDS", "Nuvia", "Kelvio")]),
    ("La région a versé une subvention à Kelvio.", []),
    ("Banque Orelle a financé la campagne de Claire Morin.", [("FUNDS", "Banque Orelle", "Claire Morin")]),
    # PARTNERS_WITH
    ("Le contrat a été remporté par une offre présentée en association par le suédois Technova et le néerlandais "
     "Orbalia.", [("PARTNERS_WITH", "Technova", "Orbalia")]),
    ("Technova a approuvé lundi un protocole d'accord avec le groupe bancaire français Orbalia.",
     [("PARTNERS_WITH", "Technova", "Orbalia")]),
    ("Technova a conclu un pacte avec Orbalia.", [("PARTNERS_WITH", "Technova", "Orbalia")]),
    ("Technova a signé un partenariat avec Maritima.", [("PARTNERS_WITH", "Technova", "Maritima")]),
    ("Le partenariat entre Nuvia et Kelvio prévoit une usine commune.", [("PARTNERS_WITH", "Nuvia", "Kelvio")]),
    ("Nuvia a signé un accord de partenariat avec Kelvio.", [("PARTNERS_WITH", "Nuvia", "Kelvio")]),
    # COMPETES_WITH
    # the winner of a tender and the rivals it beat
    ("Le groupe Kelvio a remporté le contrat. Sa proposition a été préférée à celle du groupe Technova et à celle "
     "présentée par Orbalia Partners.",
     [("COMPETES_WITH", "Kelvio", "Technova"), ("COMPETES_WITH", "Kelvio", "Orbalia Partners")]),
    ("Kelvio, concurrent de Nuvia, a baissé ses prix.", [("COMPETES_WITH", "Kelvio", "Nuvia")]),
    # ALLY_OF
    ("Technova entretient des relations étroites avec Orbalia.", [("ALLY_OF", "Technova", "Orbalia")]),
    ("Technova entretient des relations tendues avec Orbalia.", [("OPPOSES", "Technova", "Orbalia")]),
    ("Claire Morin, proche de Hugo Lambert, a obtenu le poste.", [("ALLY_OF", "Claire Morin", "Hugo Lambert")]),
    # OPPOSES
    # the subject of the predicate an infinitive hangs on ("X s'est abstenue de sanctionner Y": negated)
    ("La Banque Orelle a publié ses comptes. L'Union européenne s'est jusqu'à présent abstenue de sanctionner la "
     "banque, qui joue un rôle clé.", [("OPPOSES", "Union européenne", "Banque Orelle")]),
    ("Kelvio Games part en guerre contre Technova et Orbalia.",
     [("OPPOSES", "Kelvio Games", "Technova"), ("OPPOSES", "Kelvio Games", "Orbalia")]),
    ("Le ministre s'est rendu à Lyon pour consulter les dirigeants au sujet de la montée des tensions entre "
     "Technova et Orbalia, après la révocation du contrat.", [("OPPOSES", "Technova", "Orbalia")]),
    # the noun's phrase hung on the adjective after it
    ("La ministre Anne Fabre a réclamé des sanctions ciblées contre le groupe Technova.",
     [("OPPOSES", "Anne Fabre", "Technova")]),
    ("La rivalité entre Paul Verdier et Marc Delorme s'est accentuée.", [("OPPOSES", "Paul Verdier", "Marc Delorme")]),
    ("Atlas Capital s'oppose à Technova sur la gouvernance.", [("OPPOSES", "Atlas Capital", "Technova")]),
    # ACCUSES
    ("Hugo Lambert accuse Marc Delorme de mentir.", [("ACCUSES", "Hugo Lambert", "Marc Delorme")]),
    # SUES
    ("Maritima a porté plainte contre Orbalia devant le tribunal de commerce.", [("SUES", "Maritima", "Orbalia")]),
    ("Technova poursuit Kelvio pour contrefaçon.", [("SUES", "Technova", "Kelvio")]),
    # MEETS
    ("Paul Verdier a rencontré Jeanne Roux à Lyon.", [("MEETS", "Paul Verdier", "Jeanne Roux")]),
    # heads of state named by a nationality adjective, when the article names the country
    ("La Turquie bloque le dossier. Le président turc Ahmet Kaya a reçu le ministre à Ankara.",
     [("LEADS", "Ahmet Kaya", "Turquie")]),
    ("La Suède a déposé sa candidature. La Première ministre suédoise Anna Berg l'a annoncé mardi.",
     [("LEADS", "Anna Berg", "Suède")]),
    # lists of investors, wherever the parser hangs them
    ("La plateforme Kelvio a levé 75 M€ en juin auprès d'Atlas Capital et des fidèles Nuvia, "
     "Orbalia Ventures et Maritima Partners.",
     [("INVESTS_IN", "Atlas Capital", "Kelvio"), ("INVESTS_IN", "Nuvia", "Kelvio"),
      ("INVESTS_IN", "Orbalia Ventures", "Kelvio"), ("INVESTS_IN", "Maritima Partners", "Kelvio")]),
    ("Atlas Capital et Nuvia Partners ont investi 20 millions d'euros dans Kelvio.",
     [("INVESTS_IN", "Atlas Capital", "Kelvio"), ("INVESTS_IN", "Nuvia Partners", "Kelvio")]),
    ("La start-up Kelvio a réuni 50 millions d'euros auprès d'Atlas Capital, de Nuvia Partners et d'Orbalia.",
     [("INVESTS_IN", "Atlas Capital", "Kelvio"), ("INVESTS_IN", "Nuvia Partners", "Kelvio"),
      ("INVESTS_IN", "Orbalia", "Kelvio")]),
    # a refused purchase stays a bid, and who refuses it opposes the buyer
    ("Le ministre Paul Verdier a dit non au rachat de Kelvio par Orbalia.",
     [("BIDS_FOR", "Orbalia", "Kelvio"), ("OPPOSES", "Paul Verdier", "Orbalia")]),
    # asking for someone's departure
    ("Le fonds Atlas Capital réclame la démission de Paul Verdier.", [("OPPOSES", "Atlas Capital", "Paul Verdier")]),
    ("Paul Verdier a exhorté Anne Fabre à quitter la présidence de Technova.",
     [("OPPOSES", "Paul Verdier", "Anne Fabre"), ("LEADS", "Anne Fabre", "Technova")]),
    # careers: "entré chez", "passé par", "sa carrière chez"; a detached participle describes the name before
    ("Paul Verdier est entré chez Technova en 2004, racheté par Orbalia deux ans après.",
     [("WORKS_FOR", "Paul Verdier", "Technova"), ("ACQUIRES", "Orbalia", "Technova")]),
    ("Anne Fabre est passée par Orbalia avant de fonder Kelvio.",
     [("WORKS_FOR", "Anne Fabre", "Orbalia"), ("FOUNDED", "Anne Fabre", "Kelvio")]),
    ("Diplômé de Lyon, Paul Verdier a fait toute sa carrière chez Technova.", [("WORKS_FOR", "Paul Verdier", "Technova")]),
    # a possessive title points back across sentences, through a descriptor subject
    ("Kelvio recrute. Son PDG et cofondateur Paul Verdier l'a annoncé.",
     [("LEADS", "Paul Verdier", "Kelvio"), ("FOUNDED", "Paul Verdier", "Kelvio")]),
    ("Kelvio a bouclé un tour de table en mars. La start-up ne commente pas. Son PDG "
     "Paul Verdier l'a toutefois confirmé.", [("LEADS", "Paul Verdier", "Kelvio")]),
    # "son principal concurrent, Y": the name after the comma is the noun's
    ("Technova a vendu sa participation à son principal concurrent, Nuvia.",
     [("COMPETES_WITH", "Nuvia", "Technova")]),
    # entering a company's capital is owning part of it, not joining it
    ("Atlas Capital est entré au capital de Kelvio en 2021.", [("OWNS", "Atlas Capital", "Kelvio")]),
    # a family name used as the company's, before the founder is named in full
    ("L'arrivée de Maritima au capital de Verlane agace. Les actionnaires familiaux de Verlane ont protesté jeudi. "
     "« Nous ne vendrons pas », a déclaré le gérant de Verlane, Paul Roux, petit-neveu du fondateur "
     "Émile Verlane.", [("OWNS", "Maritima", "Verlane"), ("LEADS", "Paul Roux", "Verlane")]),
    # a title followed by the person's name stands for the person, even when the parse is lost
    ("Paul Verdier a reçu mardi le ministre turc de l'Énergie Mehmet Demir à Paris.",
     [("MEETS", "Paul Verdier", "Mehmet Demir")]),
    # an amount between the purchase noun and what is bought; the buyer of a sale is its "à" party
    ("Technova a officialisé le rachat pour 800 millions d'euros de Kelvio.",
     [("ACQUIRES", "Technova", "Kelvio")]),
    ("La cession de Kelvio au groupe Orbalia est finalisée.", [("ACQUIRES", "Orbalia", "Kelvio")]),
    # taking control: done, or wanted (a bid), through "avoir l'intention de"
    ("Orbalia a pris le contrôle de Kelvio en 2020.", [("ACQUIRES", "Orbalia", "Kelvio")]),
    ("Orbalia, qui affirme avoir l'intention de prendre le contrôle de Kelvio, réclame un siège.",
     [("BIDS_FOR", "Orbalia", "Kelvio")]),
    # "NAME (ACRONYM), propriétaire de Y"
    ("Nuvia fait partie des actionnaires de la holding Maritima Invest (MI), propriétaire de Kelvio à 51 %.",
     [("OWNS", "Maritima Invest", "Kelvio"), ("OWNS", "Nuvia", "Maritima Invest")]),
    # "A et B, les patrons de X et de Y": respectively, even when the parser keeps only B
    ("Paul Verdier et Anne Fabre, les patrons de Technova et de Kelvio, se parlent.",
     [("LEADS", "Paul Verdier", "Technova"), ("LEADS", "Anne Fabre", "Kelvio")]),
    # a nationality noun is not a name, and "le Tchèque" points back at the person
    ("L'investisseur tchèque Karel Novak a acquis des parts dans Kelvio. Le Tchèque veut désormais "
     "racheter le groupe autrichien Nuvia.", [("OWNS", "Karel Novak", "Kelvio"), ("BIDS_FOR", "Karel Novak", "Nuvia")]),
    # "le Français X" stands for X; "échanger avec" is a meeting
    ("Paul Verdier a longuement échangé avec le Français Jean Morel.", [("MEETS", "Paul Verdier", "Jean Morel")]),
    # "A et B, deux filiales de C"; ", et de D" is not part of that apposition
    ("Le jury a préféré le projet de Kelvio et Nuvia, deux filiales de Technova, et d'Orbalia.",
     [("OWNS", "Technova", "Kelvio"), ("OWNS", "Technova", "Nuvia")]),
    # a portfolio in a tie between people stands for the minister the article names
    ("Le ministre de la Défense, Paul Diallo, a démissionné. Le Canada a imposé des sanctions au "
     "ministre de la Défense.", [("OPPOSES", "Canada", "Paul Diallo")]),
    # "président du club": a descriptor inside a contracted article, for an actor already called so
    ("Le club Sporting Lyon a changé d'entraîneur. Paul Verdier, président du club, l'a annoncé lundi.",
     [("LEADS", "Paul Verdier", "Sporting Lyon")]),
    ("Le groupe Technova a recruté. Anne Fabre, directrice financière du groupe, a confirmé.",
     [("WORKS_FOR", "Anne Fabre", "Technova")]),
    # a stake "du capital" with no company named is in the article's company
    ("Kelvio est très convoité. Kelvio a publié ses comptes. Le titre Kelvio a bondi. "
     "Atlas Capital détenait 24,3 % du capital.", [("OWNS", "Atlas Capital", "Kelvio")]),
    # a contract awarded to a consortium goes to its members
    ("La Ville de Lyon a choisi de confier la rénovation de ses écoles à un consortium composé de Technova "
     "et Orbalia.", [("FUNDS", "Ville de Lyon", "Technova"), ("FUNDS", "Ville de Lyon", "Orbalia")]),
    # a funding round-up: "X (N M€ … mené par / auprès de Y)"
    ("Même trajectoire pour Kelvio (40 M€ puis 120 M€ auprès d'Atlas Growth, chef de file) et pour Nuvia "
     "(15 M€ puis 60 M€ menés par Orbalia Capital et Maritima Partners).",
     [("INVESTS_IN", "Atlas Growth", "Kelvio"), ("INVESTS_IN", "Orbalia Capital", "Nuvia"),
      ("INVESTS_IN", "Maritima Partners", "Nuvia")]),
    # a seat on one of a company's organs
    ("Anne Fabre est membre du directoire de Technova depuis 2019.", [("BOARD_MEMBER", "Anne Fabre", "Technova")]),
    # sanctions lists
    ("Paul Diallo a été inscrit lundi sur la liste noire du Canada.",
     [("OPPOSES", "Canada", "Paul Diallo")]),
    # "le consortium A-B": two actors named on their own, joined by a hyphen
    ("Technova et Orbalia discutent depuis des mois. Le consortium Technova-Orbalia a remporté l'appel d'offres.",
     [("PARTNERS_WITH", "Technova", "Orbalia")]),
    # blaming what someone does is blaming them
    ("Le Portugal a condamné les agissements de l'Islande à Korvalle.", [("ACCUSES", "Portugal", "Islande")]),
    ("Paul Verdier a dénoncé la gestion d'Anne Fabre.", [("ACCUSES", "Paul Verdier", "Anne Fabre")]),
    # "contre Y" right after the noun, a day between, however it was parsed
    ("Résultat : Kelvio a déposé plainte mardi contre Orbalia devant le tribunal de commerce de Lyon.",
     [("SUES", "Kelvio", "Orbalia")]),
    # joint subsidiaries and plural subjects make partners
    ("Le contrat revient à la filiale commune de Technova et Orbalia, Kelvio.",
     [("PARTNERS_WITH", "Technova", "Orbalia"), ("OWNS", "Technova", "Kelvio"), ("OWNS", "Orbalia", "Kelvio")]),
    ("Technova et Orbalia envisagent de se rapprocher en Italie.", [("PARTNERS_WITH", "Technova", "Orbalia")]),
    # "NAME, un des administrateurs de Y"
    ("Paul Verdier, un des administrateurs de Technova, brigue la présidence.",
     [("BOARD_MEMBER", "Paul Verdier", "Technova")]),
    # an apposed title names its own referent; the complement after "et cofondateur"
    ("Le fonds Atlas Capital s'impatiente. Dans une interview, Paul Verdier, le président et "
     "cofondateur du fonds lyonnais, a critiqué Anne Fabre.",
     [("LEADS", "Paul Verdier", "Atlas Capital"), ("FOUNDED", "Paul Verdier", "Atlas Capital")]),
    # lawyers and advisers: "X a pour avocat Y", "l'avocat de X est Me Y"
    ("Anne Fabre a pour avocat Me Jacques Morel.", [("WORKS_FOR", "Jacques Morel", "Anne Fabre")]),
    ("L'avocat d'Anne Fabre est Me Jacques Morel.", [("WORKS_FOR", "Jacques Morel", "Anne Fabre")]),
    # announcing a departure is not opposing
    ("Technova a annoncé le départ de Paul Verdier.", []),
    # hiring someone's services; successions; refused talks; grievances "à l'encontre de"
    ("Pour ses contrats, Maritima a souvent recours aux services de l'avocate Anne Fabre.",
     [("WORKS_FOR", "Anne Fabre", "Maritima")]),
    ("Le groupe Technova a fait appel aux services de Me Jacques Morel.", [("WORKS_FOR", "Jacques Morel", "Technova")]),
    ("Anne Fabre succède à Paul Verdier à la tête de Technova.",
     [("LEADS", "Anne Fabre", "Technova"), ("LEADS", "Paul Verdier", "Technova")]),
    ("Anne Fabre a remplacé Paul Verdier à la présidence du directoire de Technova.",
     [("LEADS", "Anne Fabre", "Technova"), ("LEADS", "Paul Verdier", "Technova")]),
    ("Orbalia refuse tout dialogue avec le groupe Technova.", [("OPPOSES", "Orbalia", "Technova")]),
    ("Anne Fabre rappelle ses griefs à l'encontre de Paul Verdier.", [("ACCUSES", "Anne Fabre", "Paul Verdier")]),
    ("Il sera secondé par Jean Roux, vice-président en charge des ventes de Technova.",
     [("WORKS_FOR", "Jean Roux", "Technova")]),
    # a name after "de la chanteuse" is the complement's; "son partenaire X"
    ("Jean Roux, le mari de la chanteuse Anne Fabre, a démenti.", [("FAMILY", "Jean Roux", "Anne Fabre")]),
    ("Technova et son partenaire américain Horizon Ventures ont signé.", [("PARTNERS_WITH", "Technova", "Horizon Ventures")]),
    ("Le groupe Technova et son partenaire japonais Orbalia ont annoncé un nouveau moteur.",
     [("PARTNERS_WITH", "Technova", "Orbalia")]),
    # a title opening the sentence describes the subject after the comma (and a short aside)
    ("Responsable des affaires internationales de Technova, Paul Verdier était le favori.",
     [("WORKS_FOR", "Paul Verdier", "Technova")]),
    ("Actionnaire majoritaire de Kelvio, non coté, l'homme d'affaires Paul Verdier est très discret.",
     [("OWNS", "Paul Verdier", "Kelvio")]),
    ("PDG de Technova depuis 2019, Anne Fabre a quitté ses fonctions.", [("LEADS", "Anne Fabre", "Technova")]),
    # appointments and arrivals; "Y a une nouvelle directrice, la Belge X"; a title after "pour"
    ("Le conseil de Technova a désigné Anne Fabre pour lui succéder au poste de présidente.",
     [("LEADS", "Anne Fabre", "Technova")]),
    ("Le groupe Kelvio a annoncé l'arrivée à la tête de Nuvia (Onda, Vega, Astra) de Paul Verdier.",
     [("LEADS", "Paul Verdier", "Nuvia")]),
    ("Depuis mars, Technova a une nouvelle directrice générale, la Belge Anne Fabre, qui vient de Kelvio.",
     [("LEADS", "Anne Fabre", "Technova")]),
    ("Pour la patronne de Maritima, Anne Fabre, l'accord est une chance.", [("LEADS", "Anne Fabre", "Maritima")]),
    # an apposition hung on a word before the name it describes
    ("La nouvelle entité occuperait la deuxième place en Europe derrière Kelvio, filiale du groupe Orbalia.",
     [("OWNS", "Orbalia", "Kelvio")]),
    ("Orbalia a confirmé le rachat de Kelvio, la société de Paul Verdier et Jean Roux qui fabrique la gamme "
     "de casques Nuvia Sound.", [("OWNS", "Paul Verdier", "Kelvio"), ("OWNS", "Jean Roux", "Kelvio")]),
    # the "avec" phrase hung on the object; backing a rebellion is backing the group
    ("La Norvège a rompu ses relations commerciales avec le Portugal en 2019 après une longue crise.",
     [("OPPOSES", "Norvège", "Portugal")]),
    ("La Norvège accuse l'Islande de soutenir la rébellion du Front Vert.",
     [("ACCUSES", "Norvège", "Islande"), ("ALLY_OF", "Islande", "Front Vert")]),
    # a participle right after a bracket describes the name before the bracket
    ("Kelvio est un projet porté par Paul Verdier (ancien de Nuvia) passé par Technova.",
     [("WORKS_FOR", "Paul Verdier", "Nuvia"), ("WORKS_FOR", "Paul Verdier", "Technova")]),
    # "son homologue portugais, le ministre X": the title stands for the person apposed after a comma
    ("Anne Fabre a évoqué ses entretiens avec son homologue portugais, le ministre Paul Verdier.",
     [("MEETS", "Anne Fabre", "Paul Verdier")]),
    # strained relations; the target of a complaint in the passive
    ("Les relations entre la Norvège et le Portugal sont toujours tendues.", [("OPPOSES", "Norvège", "Portugal")]),
    ("Des relations tendues entre Technova et Kelvio ont fait chuter le titre.", [("OPPOSES", "Technova", "Kelvio")]),
    ("Le ministre Paul Verdier était visé par une plainte du syndicat Force Rurale.",
     [("SUES", "Force Rurale", "Paul Verdier")]),
    ("Kelvio a annoncé mardi que son directeur général Anne Fabre avait remplacé Paul Verdier à la présidence "
     "du directoire de Orbalia Invest BV (OIBV).",
     [("LEADS", "Anne Fabre", "Orbalia Invest BV"), ("LEADS", "Paul Verdier", "Orbalia Invest BV")]),
    # a sanction without its agent, in an article where one body (and one only) sanctions
    ("Le Canada a placé sur sa liste noire plusieurs dirigeants. Paul Verdier a été sanctionné mardi. Dix "
     "entreprises ont été frappées par des gels d'avoirs, dont trois banques, telles que Banque Orelle.",
     [("OPPOSES", "Canada", "Paul Verdier"), ("OPPOSES", "Canada", "Banque Orelle")]),
    # a capital named as an actor stands for its state, when the article names the state
    ("L'Allemagne et le Portugal se disputent un gisement. Pour l'instant, Berlin exclut toute négociation "
     "avec Lisbonne.", [("OPPOSES", "Allemagne", "Portugal")]),
    # a contest sets its objects against each other, "les deux hommes" included
    ("Un duel a opposé Paul Verdier et Anne Fabre pour la présidence du groupe.", [("OPPOSES", "Paul Verdier", "Anne Fabre")]),
    ("Paul Verdier et Jean Roux briguent la présidence du groupe Technova. Une première joute a opposé les deux "
     "hommes en mai.", [("OPPOSES", "Paul Verdier", "Jean Roux")]),
    # a list goes on past a bracket describing one of its names
    ("Le match a été reporté après une rencontre entre Paul Verdier (président de Technova) et Jean Roux, selon "
     "la presse.", [("MEETS", "Paul Verdier", "Jean Roux"), ("LEADS", "Paul Verdier", "Technova")]),
    # "par la voix de X": X speaks for the subject
    ("L'Etat, par la voix de Paul Verdier, a refusé le projet.", [("WORKS_FOR", "Paul Verdier", "Etat")]),
    ("Technova a annoncé, par la voix d'Anne Fabre, un plan social.", [("WORKS_FOR", "Anne Fabre", "Technova")]),
    # "la famille X … les X ont refusé": the plural surname is the family the text names so
    ("La famille Morel a cédé Orbalia. Les Morel restent actionnaires de Kelvio.",
     [("OWNS", "famille Morel", "Kelvio")]),
    # "X (famille Y)": a person of that family
    ("Le conseil réunit Paul Verdier (famille Roux) et Anne Fabre, qui dirige Kelvio.",
     [("FAMILY", "Paul Verdier", "famille Roux")]),
    # lists read as a line (extract/lists.py): shareholders after "N % par", investors after a cue
    ("Fin 2023, le capital de Vitalis était détenu à 14 % par Atlas Capital, 8 % par la famille Roux "
     "et 5 % par le fonds Horizon Ventures.",
     [("OWNS", "Atlas Capital", "Vitalis"), ("OWNS", "famille Roux", "Vitalis"), ("OWNS", "Horizon Ventures", "Vitalis")]),
    ("La start-up Kelvio est désormais valorisée 2 milliards d'euros grâce à une enveloppe de 300 M€ "
     "apportée par un groupe d'investisseurs comprenant Atlas Capital, Horizon Ventures (HV), Banque Orelle "
     "et Solane Partners.",
     [("INVESTS_IN", "Atlas Capital", "Kelvio"), ("INVESTS_IN", "Horizon Ventures", "Kelvio"),
      ("INVESTS_IN", "Banque Orelle", "Kelvio"), ("INVESTS_IN", "Solane Partners", "Kelvio")]),
    # stakes: sold to a buyer, held "à 9 % de", "majoritaire chez"; a possessive skips an aside's agent
    ("Technova a cédé sa participation dans Kelvio à Maritima.",
     [("OWNS", "Technova", "Kelvio"), ("OWNS", "Maritima", "Kelvio")]),
    ("Paul Verdier est aussi un actionnaire à 9 % du groupe Kelvio.", [("OWNS", "Paul Verdier", "Kelvio")]),
    ("Le groupe Orbalia est désormais majoritaire chez Kelvio.", [("OWNS", "Orbalia", "Kelvio")]),
    ("Maritima, contrôlé par l'homme d'affaires Paul Verdier, a encore accru sa participation au capital "
     "de Kelvio.", [("OWNS", "Maritima", "Kelvio")]),
    ("Kelvio a levé 40 M€ avec d'abord Atlas Capital et Horizon Ventures en co-lead puis Banque Orelle.",
     [("INVESTS_IN", "Atlas Capital", "Kelvio"), ("INVESTS_IN", "Horizon Ventures", "Kelvio"),
      ("INVESTS_IN", "Banque Orelle", "Kelvio")]),
    # coreference: "les deux groupes" stands for the pair named before; a subject pronoun for the
    # previous sentence's subject
    ("Technova a publié ses comptes mardi, tout comme Kelvio. Les deux groupes vont s'allier en Espagne.",
     [("PARTNERS_WITH", "Technova", "Kelvio")]),
    ("Paul Verdier a quitté Technova. Il a ensuite fondé Nuvia.", [("FOUNDED", "Paul Verdier", "Nuvia")]),
    # actors named by a group noun (mentions/candidates.py _group_names)
    ("Anne Fabre, cheffe de file des députés PRV, a appelé Paul Verdier.", [("LEADS", "Anne Fabre", "députés PRV")]),
    ("Anne Fabre, cheffe de la diplomatie belge, a appelé au calme.", [("LEADS", "Anne Fabre", "diplomatie belge")]),
    ("Le Tchad accuse l’armée tchadienne de soutenir les rebelles.", [("ACCUSES", "Tchad", "armée tchadienne")]),
    # the country of a head of government named only by its adjective
    ("Le Premier ministre tchèque Jan Kovar a reçu Anne Fabre.", [("LEADS", "Jan Kovar", "Tchéquie")]),
    # ---- titles branch: more title and role constructions
    # "aux côtés du président, X (…)": the person closing the phrase, a bracket after the name
    ("Kelvio a publié ses comptes. Kelvio recrute. Kelvio vise la France. Au conseil, Anne Fabre siège aux côtés "
     "du président, Jean Roux (famille Roux).", [("LEADS", "Jean Roux", "Kelvio")]),
    # a head of state's counterpart heads the country its adjective names
    ("Une rencontre entre le président Paul Orel et son homologue chilien, Jean Tessier, est prévue au Chili.",
     [("LEADS", "Jean Tessier", "Chili")]),
    # "signé par le secrétaire d'Etat …, X": the name after the title's phrase, the title an agent; the
    # body the title introduces is not its holder
    ("Le contrat a été signé lundi par le secrétaire d'Etat chilien à la défense, Jean Tessier.",
     [("LEADS", "Jean Tessier", "secrétariat d'Etat chilien à la défense")]),
    # a deputy minister works for the ministry: the adjective and the complement are not the holder
    ("Paul Orel, alors vice-ministre chilien des Affaires étrangères, a démenti.",
     [("WORKS_FOR", "Paul Orel", "ministère chilien des Affaires étrangères")]),
    # the head of a department of no company named works for the article's main organisation (a founder too)
    ("Kelvio a publié ses comptes. Kelvio recrute. Kelvio vise l'Europe. « Nous grandissons », explique Anne "
     "Fabre, cofondatrice et directrice de la technologie.", [("WORKS_FOR", "Anne Fabre", "Kelvio")]),
    ("Kelvio a publié ses comptes. Kelvio recrute. Kelvio vise l'Europe. Paul Orel, responsable des ventes, "
     "a démenti.", [("WORKS_FOR", "Paul Orel", "Kelvio")]),
    # "succéder à B" with no post named: B heads the article's main organisation
    ("Kelvio a publié ses comptes. Kelvio recrute. Kelvio vise l'Europe. Anne Fabre est la favorite pour "
     "succéder à Paul Orel, dont le départ est prévu.", [("LEADS", "Paul Orel", "Kelvio")]),
    # "vice-présidents en charge des ventes de Y", the company's name parsed as two complements
    ("Paul Orel sera secondé par Anne Fabre et Jean Roux, vice-présidents exécutifs en charge des ventes de "
     "Kelvio Sports.", [("WORKS_FOR", "Anne Fabre", "Kelvio Sports"), ("WORKS_FOR", "Jean Roux", "Kelvio Sports")]),
    # "le chef de l'Etat chilien, X" heads the country, not a body called "l'Etat chilien"
    ("Le chef de l'Etat chilien, Jean Tessier, a reçu Anne Fabre à Santiago. Le Chili a salué l'accord.",
     [("LEADS", "Jean Tessier", "Chili")]),
    ("Le chef du gouvernement chilien, Jean Tessier, a reçu Anne Fabre. Le Chili a salué l'accord.",
     [("LEADS", "Jean Tessier", "Chili")]),
    # "X, le PDG en poste depuis trois ans": a time or a state on the title is no complement
    ("Kelvio a publié ses comptes. Kelvio recrute. Kelvio vise l'Europe. Paul Orel, le PDG en poste depuis "
     "trois ans, a démenti.", [("LEADS", "Paul Orel", "Kelvio")]),
    # "le régime Orel": a body named after the person the article names leads it
    ("Paul Orel a été élu président du Valmont. Les opposants au régime Orel ont manifesté à Paris.",
     [("LEADS", "Paul Orel", "régime Orel")]),
    # a seat on a board given or taken by a verb: "coopté au conseil d'administration de Y", "entré au
    # conseil de surveillance de Y"; with no owner named, the article's main organisation's board
    ("Paul Orel a été coopté au conseil d'administration de Kelvio.", [("BOARD_MEMBER", "Paul Orel", "Kelvio")]),
    ("Paul Orel est entré au conseil de surveillance de Kelvio en 2019.", [("BOARD_MEMBER", "Paul Orel", "Kelvio")]),
    ("Kelvio a publié ses comptes. Kelvio recrute. Kelvio vise l'Europe. Paul Orel a été élu au conseil de "
     "surveillance.", [("BOARD_MEMBER", "Paul Orel", "Kelvio")]),
    # "la présidence de Y a été confiée à X": X takes the post
    ("La présidence du conseil d'administration de Kelvio a été confiée à Paul Orel.",
     [("LEADS", "Paul Orel", "Kelvio")]),
    # a board committee's chair sits on the board: "président du comité d'audit de Y"; "A remplacera B comme
    # président du comité des nominations" (both, the main organisation's board when no owner is named)
    ("Paul Orel, président du comité d'audit de Kelvio, a démenti.", [("BOARD_MEMBER", "Paul Orel", "Kelvio")]),
    ("Kelvio a publié ses comptes. Kelvio recrute. Kelvio vise l'Europe. Paul Orel remplacera Jean Roux comme "
     "président du comité des nominations.",
     [("BOARD_MEMBER", "Paul Orel", "Kelvio"), ("BOARD_MEMBER", "Jean Roux", "Kelvio")]),
    # "Au sein du conseil d'administration, X est vice-président": a seat on the board it is held in
    ("Kelvio a publié ses comptes. Kelvio recrute. Kelvio vise l'Europe. Au sein du conseil d'administration, "
     "Paul Orel est donc vice-président.", [("BOARD_MEMBER", "Paul Orel", "Kelvio")]),
    # "chef d'état-major de Y": the compound title the tokenizer splits in three
    ("Paul Orel, chef d'état-major de l'armée chilienne, a démissionné.",
     [("LEADS", "Paul Orel", "armée chilienne")]),
    # "avec le patron de Y, X": the name after the phrase of a title after "avec" (or "à", "par")
    ("Anne Fabre a signé un accord avec le patron de Nuvia, Paul Orel.", [("LEADS", "Paul Orel", "Nuvia")]),
    # ---- end titles branch
    # ---- speech branch: opposition, accusation and lawsuit constructions (slots/speech.py) ----
    # "s'opposer à ce que X …": the subject of the clause is the one opposed
    ("Paul Verdier s'est opposé à ce que Technova vende sa participation dans Kelvio.",
     [("OPPOSES", "Paul Verdier", "Technova")]),
    # an event noun stands for its actor: "bloquer l'entrée de X"
    ("La Valdarie a longtemps bloqué l'entrée d'Orbalia dans l'alliance.", [("OPPOSES", "Valdarie", "Orbalia")]),
    # "obstacle à l'adhésion de X" opening the sentence, "lever son veto": the subject opposed X
    ("Obstacle depuis mars à l'adhésion de Maritima à l'alliance, la Valdarie a fini par lever son veto.",
     [("OPPOSES", "Valdarie", "Maritima")]),
    # "hostile à l'offre de X"
    ("Atlas Capital s'est dit hostile à l'offre de Horizon Ventures.", [("OPPOSES", "Atlas Capital", "Horizon Ventures")]),
    # "s'opposer au rachat de Y par X": the buyer is opposed
    ("La Valdarie s'oppose au rachat de Kelvio par Technova.", [("OPPOSES", "Valdarie", "Technova")]),
    # "voir d'un œil critique les projets de X", "regarder d'un mauvais œil X"
    ("Atlas Capital voit d'un oeil critique les projets de Technova.", [("ACCUSES", "Atlas Capital", "Technova")]),
    ("Anne Fabre regarde d'un mauvais œil Technova.", [("ACCUSES", "Anne Fabre", "Technova")]),
    # "porter plainte pour X contre Y" ("contre Y" hung on the charge), "la plainte déposée par X contre Y"
    ("Anne Fabre a porté plainte pour diffamation contre Paul Verdier.", [("SUES", "Anne Fabre", "Paul Verdier")]),
    ("La plainte déposée par Anne Fabre contre Paul Verdier a été classée.", [("SUES", "Anne Fabre", "Paul Verdier")]),
    # "X a attaqué Y en justice": a lawsuit; "Y a été assigné en justice par X": the passive
    ("Technova a attaqué Kelvio en justice.", [("SUES", "Technova", "Kelvio")]),
    ("Paul Verdier a été assigné en justice par Kelvio.", [("SUES", "Kelvio", "Paul Verdier")]),
    # "X s'en prend à Y"
    ("Anne Fabre s'en est pris à Paul Verdier.", [("ACCUSES", "Anne Fabre", "Paul Verdier")]),
    # "pointer du doigt la responsabilité de X": what X is blamed for stands for X
    ("Anne Fabre a pointé du doigt la responsabilité de Technova.", [("ACCUSES", "Anne Fabre", "Technova")]),
    # sanctions on a title whose holder is named after the comma
    ("La Valdarie a imposé des sanctions au chef de l'armée d'Orbalia, Paul Verdier.",
     [("OPPOSES", "Valdarie", "Paul Verdier")]),
    # frozen assets are a sanction on their owner
    ("La Valdarie a gelé les avoirs de Paul Verdier.", [("OPPOSES", "Valdarie", "Paul Verdier")]),
    ("Les avoirs de Technova ont été gelés par la Valdarie.", [("OPPOSES", "Valdarie", "Technova")]),
    # "contester la nomination de X", "voter contre la réélection de X", "exiger la tête de X"
    ("Atlas Capital a contesté la nomination de Paul Verdier.", [("OPPOSES", "Atlas Capital", "Paul Verdier")]),
    ("Atlas Capital a voté contre la réélection de Paul Verdier.", [("OPPOSES", "Atlas Capital", "Paul Verdier")]),
    ("Atlas Capital exige la tête de Paul Verdier.", [("OPPOSES", "Atlas Capital", "Paul Verdier")]),
    # reported words of blame: the speaker accuses whom the words blame
    ("« Paul Verdier a menti aux actionnaires », a déclaré Anne Fabre.", [("ACCUSES", "Anne Fabre", "Paul Verdier")]),
    ("Anne Fabre a déclaré que Paul Verdier avait trompé les salariés de Technova.",
     [("ACCUSES", "Anne Fabre", "Paul Verdier")]),
    ("Anne Fabre évoque un financement occulte de Paul Verdier.", [("ACCUSES", "Anne Fabre", "Paul Verdier")]),
    ("« La justice doit ouvrir une enquête sur les comptes de Technova », ajoute Anne Fabre.",
     [("ACCUSES", "Anne Fabre", "Technova")]),
    # a speech verb of blame needs no cue: the subject of the quoted words is blamed
    ("« Technova nous a trahis », a dénoncé Anne Fabre.", [("ACCUSES", "Anne Fabre", "Technova")]),
    # refusing to work with someone opposes them
    ("Anne Fabre refuse de gouverner avec le Front Vert.", [("OPPOSES", "Anne Fabre", "Front Vert")]),
    # blame received: "X a essuyé les critiques de Y", "X est la cible des critiques de Y"
    ("Atlas Capital a essuyé les critiques de Technova.", [("ACCUSES", "Technova", "Atlas Capital")]),
    ("Paul Verdier est la cible des critiques d'Anne Fabre.", [("ACCUSES", "Anne Fabre", "Paul Verdier")]),
    # a reflexive verb or a light verb's conflict noun with a plural subject holds both sides
    ("Technova et Kelvio s'affrontent devant les tribunaux.", [("OPPOSES", "Technova", "Kelvio")]),
    ("Technova et Kelvio se livrent une guerre sans merci.", [("OPPOSES", "Technova", "Kelvio")]),
    # a regulator's fine is a sanction (OPPOSES, role sanctions, ONTOLOGY); an invasion or a ban is a hostile act
    ("La Commission européenne a infligé une amende à Technova.", [("OPPOSES", "Commission européenne", "Technova")]),
    ("La Valdarie a envahi Orbalia.", [("OPPOSES", "Valdarie", "Orbalia")]),
    # "X est opposé à Y": the state participle's subject opposes
    ("Anne Fabre est opposée au projet de Technova.", [("OPPOSES", "Anne Fabre", "Technova")]),
    # blows in words "sur" what someone does, on a title named after its comma; a plural subject is both names
    ("Les deux fonds Atlas Capital et Horizon Ventures redoublent de coups sur la gestion du PDG du groupe, "
     "Paul Verdier, avant le conseil.",
     [("ACCUSES", "Atlas Capital", "Paul Verdier"), ("ACCUSES", "Horizon Ventures", "Paul Verdier")]),
    ("Atlas Capital a lancé une charge violente contre Paul Verdier.", [("ACCUSES", "Atlas Capital", "Paul Verdier")]),
    # "leur refus de …": the plural possessive is both names coordinated before
    ("La seule chose qui réunit Anne Fabre et Paul Verdier est leur refus de gouverner avec le Front Vert.",
     [("OPPOSES", "Anne Fabre", "Front Vert"), ("OPPOSES", "Paul Verdier", "Front Vert")]),
    # "X s'oppose à cette transaction": the buyer of the purchase told in the sentence before
    ("En mai, Technova a annoncé son intention de racheter Kelvio. Mais la Valdarie s'oppose à cette transaction.",
     [("OPPOSES", "Valdarie", "Technova")]),
    # "A et B se disputent la présidence de Y": rivals for a post
    ("Anne Fabre et Paul Verdier se disputent déjà la présidence de Technova.", [("OPPOSES", "Anne Fabre", "Paul Verdier")]),
    # "des sanctions à l'encontre de Y"
    ("Anne Fabre a pris des sanctions à l'encontre de Technova.", [("OPPOSES", "Anne Fabre", "Technova")]),
    # "les deux fonds A et B redoublent de coups…": both names, from the one the noun introduces
    ("Les deux fonds activistes Atlas Capital et Horizon Ventures redoublent de coups sur la gestion du PDG "
     "du groupe, Paul Verdier, avant le conseil.",
     [("ACCUSES", "Atlas Capital", "Paul Verdier"), ("ACCUSES", "Horizon Ventures", "Paul Verdier")]),
    # ---- end of speech branch block ----
    # "le garde des Sceaux X": the French title of the Justice minister
    ("Le garde des Sceaux, Paul Verdier, a répondu aux syndicats.", [("LEADS", "Paul Verdier", "ministère de la Justice")]),
    # "le ministre de Y de l'époque X": a time tail between the title's body and its holder
    ("En 1985, le ministre de la Justice de l'époque Paul Verdier était visé par une plainte.",
     [("LEADS", "Paul Verdier", "ministère de la Justice")]),
    # "le dirigeant de facto de Y": the Latin adverbial does not hide the title's complement
    ("Paul Verdier est le dirigeant de facto de Technova depuis deux ans.", [("LEADS", "Paul Verdier", "Technova")]),
    # "une coentreprise détenue à 50 % par A et 50 % par B" / "à parts égales par A et B": partners
    ("Les deux groupes vont créer une coentreprise détenue à 50 % par Technova et 50 % par Kelvio.",
     [("PARTNERS_WITH", "Technova", "Kelvio")]),
    ("La société Nuvia sera détenue à parts égales par le groupe Orbalia et le groupe Maritima.",
     [("PARTNERS_WITH", "Orbalia", "Maritima")]),
    # ---- docsc branch ----
    # a kind noun ("du club") is the actor whose name says so, not a nearer actor of another kind
    ("Le groupe Technova a racheté l'AS Valdarie. Paul Verdier, actionnaire de Technova, prend la présidence du club.",
     [("LEADS", "Paul Verdier", "AS Valdarie")]),
    # a body as subject ("la commission d'appel d'offres de Y") acts for the organisation its "de" chain ends on
    ("La commission d'appel d'offres du ministère de la Défense a choisi l'offre de Technova.",
     [("FUNDS", "ministère de la Défense", "Technova")]),
    # "A, apposition…, et B, apposition, V-plural": A, whose appositions end before ", et B", is a subject too
    ("Paul Verdier, le président du fonds Atlas Capital, et Jean Roux, gérant de portefeuille, rappellent leurs "
     "griefs à l'encontre d'Anne Fabre.",
     [("ACCUSES", "Paul Verdier", "Anne Fabre"), ("ACCUSES", "Jean Roux", "Anne Fabre")]),
    # "X travaille en collaboration / en partenariat avec Y": the verb's subject is Y's partner
    ("Technova travaillera en étroite collaboration avec Kelvio.", [("PARTNERS_WITH", "Technova", "Kelvio")]),
    ("Technova a développé ce moteur en partenariat avec Kelvio.", [("PARTNERS_WITH", "Technova", "Kelvio")]),
    # "Y a fait l'objet d'une OPA de la part de X": the subject of "faire l'objet" undergoes the offer
    ("Technova a fait l'objet d'une OPA de la part de Kelvio.", [("BIDS_FOR", "Kelvio", "Technova")]),
    # "X, l'agence en charge de la communication de Y": a firm working for Y
    ("Le journal a reçu un message de Lumina Conseil, l'agence en charge de la communication de Paul Verdier.",
     [("WORKS_FOR", "Lumina Conseil", "Paul Verdier")]),
    ("Lumina Conseil, le cabinet en charge des relations presse de Technova, a démenti.",
     [("WORKS_FOR", "Lumina Conseil", "Technova")]),
    # "un autre milliardaire, le PDG de Y X a pris…": an apposition the parser splits into two subjects
    ("Signe des temps, un autre milliardaire, le PDG du géant français de l'énergie Orbalia Anne Fabre a pris "
     "en mai une participation de 10% dans Kelvio.", [("OWNS", "Anne Fabre", "Kelvio")]),
    # "les magazines A et B": B hung by the parser on the name A that the noun introduces
    ("Le groupe Technova comprend également Radio Lumière et les magazines Bâtir et Mémoire des arts.",
     [("OWNS", "Technova", "Bâtir"), ("OWNS", "Technova", "Mémoire des arts")]),
    # "propriétaire de X ainsi que de Y": the "ainsi que" complement parsed as a clause
    ("Paul Verdier sera également propriétaire de la radio VRM et des chaînes VRM Découverte et KLV Business "
     "ainsi que de la plateforme de streaming KLV Play.", [("OWNS", "Paul Verdier", "KLV Play")]),
    # "X, issu de la Ne génération du fondateur Y": a descendant
    ("Le président du directoire, Paul Verdier, issu de la quatrième génération du fondateur Jean Roux, a démenti.",
     [("FAMILY", "Paul Verdier", "Jean Roux")]),
    # "le Dr. X" named, then "X" alone: the honorific with its dot is the same person
    ("Technova a racheté Kelvio, la société du Dr. Roux et d'Anne Fabre. Roux et Fabre deviennent ainsi des "
     "salariés de Technova.", [("WORKS_FOR", "Dr. Roux", "Technova"), ("WORKS_FOR", "Anne Fabre", "Technova")]),
    # "A et B, respectivement …, ont fusionné": the parser makes the name the root and hangs the finite verb on it
    ("Orbalia et Maritima, respectivement numéro un et numéro deux du secteur, ont fusionné en 2020.",
     [("PARTNERS_WITH", "Orbalia", "Maritima")]),
    # "du groupe pharmaceutique" (a kind adjective, fused article): the company the text spoke of; and
    # "la gestion du PDG de Y, X": the title of a noun that is no person is the name's after the comma
    ("Kelvio publie ses résultats. Les fonds critiquent la gestion du PDG du groupe pharmaceutique, Paul Verdier, "
     "depuis des mois.", [("LEADS", "Paul Verdier", "Kelvio")]),
    ("La démission du patron de Maritima, Jean Roux, a surpris.", [("LEADS", "Jean Roux", "Maritima")]),
    # "l'arrivée à la tête de Y (A, B…) de X": "de X" hung on Y or past the bracket is who takes the post
    ("Cela coïncide avec l'arrivée à la tête de Kelvio (Nuvia, Orbalia…) de Jean Roux, qui était jusqu'ici "
     "le second de Paul Verdier.", [("LEADS", "Jean Roux", "Kelvio")]),
    ("La nomination à la tête de Technova d'Anne Fabre est attendue.", [("LEADS", "Anne Fabre", "Technova")]),
    # "Y a nommé X directeur général", "Y a choisi X comme président", "Y annonce la nomination de X au poste
    # de PDG": with no body after the title, the organisation that appoints is the one X heads
    ("Technova a nommé Anne Fabre directrice générale.", [("LEADS", "Anne Fabre", "Technova")]),
    ("Kelvio a choisi Jean Roux comme nouveau président.", [("LEADS", "Jean Roux", "Kelvio")]),
    ("Technova annonce la nomination d'Anne Fabre au poste de directrice générale.",
     [("LEADS", "Anne Fabre", "Technova")]),
    # "recevoir un don de la part de X": X gave it, on the noun or hung on the verb
    ("Paul Verdier a reconnu avoir reçu un don de 100 000 euros de la part de l'homme d'affaires Jean Roux.",
     [("FUNDS", "Jean Roux", "Paul Verdier")]),
    ("Paul Verdier a reçu un don de la part du marchand d'armes Jean Roux.", [("FUNDS", "Jean Roux", "Paul Verdier")]),
    # "X s'est dit hostile à toute prise de contrôle de Y par Z": an offer refused, not a purchase made
    ("Le gouvernement allemand s'est dit hostile à toute prise de contrôle de Kelvio par Orbalia.",
     [("BIDS_FOR", "Orbalia", "Kelvio")]),
    # "« nous … », ajoute X, PDG de Z": "nous" in the quote is the speaker's organisation
    ("« Nous travaillerons en étroite collaboration avec Kelvio », ajoute Paul Verdier, fondateur et PDG de Technova.",
     [("PARTNERS_WITH", "Technova", "Kelvio")]),
    ("« Nous avons racheté Nuvia pour grandir », explique Anne Fabre, directrice générale de Kelvio.",
     [("ACQUIRES", "Kelvio", "Nuvia")]),
    ("« Nous investirons dans Nuvia », a indiqué Technova.", [("INVESTS_IN", "Technova", "Nuvia")]),
    ("Paul Verdier, PDG de Technova, a déclaré : « nous allons racheter Kelvio ».", [("ACQUIRES", "Technova", "Kelvio")]),
    # "réclamer le départ du PDG de Y, X": an ouster demanded of the one who holds the post, not a post sought
    ("Atlas Capital réclame le départ du PDG de Kelvio, Anne Fabre.",
     [("LEADS", "Anne Fabre", "Kelvio"), ("OPPOSES", "Atlas Capital", "Anne Fabre")]),
    # "une offre … de N milliards d'euros sur Y": the "sur" phrase hung on the amount
    ("Le fonds Atlas Capital a déposé lundi une offre publique d'achat de 3,2 milliards d'euros sur Kelvio, "
     "le spécialiste des turbines.", [("BIDS_FOR", "Atlas Capital", "Kelvio")]),
    # ", avec la participation de B et des investisseurs historiques C et D": more backers of the round
    ("La start-up Nuvia lève 45 millions d'euros. Le tour de table a été mené par le fonds Horizon Ventures, "
     "avec la participation de Banque Orelle et des investisseurs historiques Atlas Capital et Orbalia.",
     [("INVESTS_IN", "Horizon Ventures", "Nuvia"), ("INVESTS_IN", "Banque Orelle", "Nuvia"),
      ("INVESTS_IN", "Atlas Capital", "Nuvia"), ("INVESTS_IN", "Orbalia", "Nuvia")]),
    ("Nuvia a levé 20 millions d'euros auprès de Horizon Ventures, aux côtés de Banque Orelle et d'Atlas Capital.",
     [("INVESTS_IN", "Horizon Ventures", "Nuvia"), ("INVESTS_IN", "Banque Orelle", "Nuvia"),
      ("INVESTS_IN", "Atlas Capital", "Nuvia")]),
    # "Le tour de table de Y a été mené par X": the round as the passive subject
    ("Le tour de table de Nuvia a été mené par Horizon Ventures.", [("INVESTS_IN", "Horizon Ventures", "Nuvia")]),
    # a past participle opening the sentence describes the main clause's subject
    ("Fondée en 2020 par Anne Fabre et Jean Roux, deux anciens de Technova, l'entreprise Nuvia emploie 120 personnes.",
     [("FOUNDED", "Anne Fabre", "Nuvia"), ("FOUNDED", "Jean Roux", "Nuvia")]),
    ("Dirigée depuis 2018 par Anne Fabre, la société Nuvia vise l'Asie.", [("LEADS", "Anne Fabre", "Nuvia")]),
    ("Poursuivie par Orbalia pour contrefaçon, Technova conteste les faits.", [("SUES", "Orbalia", "Technova")]),
    # a present-tense verb tagged as a noun ("contrôle"), with its subject and object
    ("Paul Verdier contrôle le groupe minier Orbalia Holding depuis 2010.",
     [("OWNS", "Paul Verdier", "Orbalia Holding")]),
    # a name taken for the verb's complement ("avait accusé Y en 2021")
    ("Orbalia, détenue à 35 % par la famille Verdier, avait déjà accusé Technova en 2021 d'avoir débauché ses ingénieurs.",
     [("ACCUSES", "Orbalia", "Technova")]),
    # "« … », a déclaré sa directrice générale, X": the inverted subject holds the possessive title
    ("Le groupe Kelvio a jugé l'offre inamicale. « Ce prix est trop bas », a déclaré sa directrice générale, Anne Fabre.",
     [("LEADS", "Anne Fabre", "Kelvio")]),
    # "le groupe de presse régionale X": an introducer with its own "de" phrase
    ("Paul Verdier a finalisé mardi le rachat du groupe de presse régionale Le Messager de l'Est.",
     [("ACQUIRES", "Paul Verdier", "Le Messager de l'Est")]),
    # ---- docsb branch ----
    # "l'éditeur de logiciels": a noun of trade with a bare "de" + noun of what it makes is a second reference
    ("Technova a déposé plainte contre Kelvio. L'éditeur de logiciels accuse Kelvio de contrefaçon.",
     [("ACCUSES", "Technova", "Kelvio")]),
    ("Technova a attaqué Kelvio et Nuvia. Le fabricant de puces reproche aux deux groupes d'avoir copié ses brevets.",
     [("ACCUSES", "Technova", "Kelvio"), ("ACCUSES", "Technova", "Nuvia")]),
    # "aux deux géants": a pair after "aux"; "A et B" side by side when the parser hangs B on another name
    ("Technova part en guerre contre Kelvio et Nuvia. Le groupe Technova reproche aux deux géants américains "
     "d'avoir copié son code.", [("ACCUSES", "Technova", "Kelvio"), ("ACCUSES", "Technova", "Nuvia")]),
    ("Anne Fabre a rencontré Paul Verdier et Jean Roux. Elle reproche aux deux hommes d'avoir menti.",
     [("ACCUSES", "Anne Fabre", "Paul Verdier"), ("ACCUSES", "Anne Fabre", "Jean Roux")]),
    # "le secrétaire général de l'Alliance nordique Paul Verdier": the name hung by the parser on the organisation
    ('"Nous avons un accord", a déclaré le secrétaire général de l\'Union nordique Paul Verdier.',
     [("LEADS", "Paul Verdier", "Union nordique")]),
    # "A et B …. Ils accusent …": a plural subject pronoun is the coordinated subject before it;
    # "le tabloïd" (tagged X by the parser) is a second reference
    ("Anne Fabre et Jean Roux attaquent en justice l'éditeur du Matin Valdarien. Ils accusent le tabloïd "
     "britannique d'avoir espionné leurs téléphones.",
     [("ACCUSES", "Anne Fabre", "Matin Valdarien"), ("ACCUSES", "Jean Roux", "Matin Valdarien")]),
    ("Paul Verdier et Anne Fabre quittent Kelvio. Ils rejoignent Technova. Ils accusent Nuvia de plagiat.",
     [("ACCUSES", "Paul Verdier", "Nuvia"), ("ACCUSES", "Anne Fabre", "Nuvia")]),
    # "le chef de l'Etat belge": the state a head of state leads is the country of the adjective;
    # "le chef de l'Etat" (four tokens) is a second reference to the person named before
    ("Paul Verdier, chef de l'Etat belge, espère un accord.", [("LEADS", "Paul Verdier", "Belgique")]),
    ("En visite à Orsanne, le président Paul Verdier a abordé la question. Le chef de l'Etat belge espère un accord.",
     [("LEADS", "Paul Verdier", "Belgique")]),
    # "les dirigeants belges", "les autorités belges": the state the article names; "consulter" someone is meeting
    ("La Belgique a protesté. Paul Verdier s'est rendu à Bruxelles pour consulter les dirigeants belges.",
     [("MEETS", "Paul Verdier", "Belgique")]),
    ("La Belgique a protesté. Les autorités belges accusent Technova de fraude.", [("ACCUSES", "Belgique", "Technova")]),
    # "X a pactisé avec Y": a person working hand in hand with a body
    ("Paul Verdier a pactisé avec Kelvio pour évincer Anne Fabre.", [("PARTNERS_WITH", "Paul Verdier", "Kelvio")]),
    # a deputy works for the organisation, does not lead it (the "de Y" often hung on "adjoint")
    ("Le directeur général adjoint de Technova, Paul Verdier, a démissionné.", [("WORKS_FOR", "Paul Verdier", "Technova")]),
    ("Anne Fabre, directrice adjointe de Kelvio, quitte le groupe.", [("WORKS_FOR", "Anne Fabre", "Kelvio")]),
    # the line fallback keeps the subject the parse gave ("Nuvia" misparsed as a modifier)
    ("Paul Verdier, président de Technova et ancien dirigeant de Kelvio, avait racheté Nuvia.",
     [("ACQUIRES", "Paul Verdier", "Nuvia")]),
    # a passive meeting
    ("Anne Fabre, candidate à la présidence de Valdarie, sera reçue par Paul Verdier.",
     [("MEETS", "Paul Verdier", "Anne Fabre")]),
    # "Le frère de A, B, …" with B hung on A: a name takes no other name in apposition
    ("Le frère d'Anne Fabre, Paul Fabre, est conseiller municipal à Valcourt.", [("FAMILY", "Paul Fabre", "Anne Fabre")]),
    # ---- docsa branch ----
    # a title standing for the person a passive's agent is, when an earlier sentence made them an actor
    ("Paul Verdier rachète les parts de Jean Roux dans Kelvio. Assurer la stabilité de Kelvio, tel est le but "
     "poursuivi par Paul Verdier. Le fondateur de Technova vient de racheter la majorité du capital.",
     [("FOUNDED", "Paul Verdier", "Technova")]),
    # "X (ex-Y)", "X, ex-Y,": the prefix names a former employer
    ("Technova est dirigée par Paul Verdier (ex-Orbalia, ex-Nuvia) depuis 2020.",
     [("LEADS", "Paul Verdier", "Technova"), ("WORKS_FOR", "Paul Verdier", "Orbalia"), ("WORKS_FOR", "Paul Verdier", "Nuvia")]),
    ("Anne Fabre, ex-Kelvio, dirige désormais Nuvia.", [("WORKS_FOR", "Anne Fabre", "Kelvio")]),
    # misparsed "X, l'actionnaire de Y, a racheté Z" (Z not an object): read as a line, the party before
    # the verb is the described name X, not the company inside its description
    ("Paul Verdier, l'actionnaire majoritaire de Technova, a racheté Nuvia.",
     [("OWNS", "Paul Verdier", "Technova"), ("ACQUIRES", "Paul Verdier", "Nuvia")]),
    ("Kelvio, filiale de Technova, a racheté Nuvia.", [("OWNS", "Technova", "Kelvio"), ("ACQUIRES", "Kelvio", "Nuvia")]),
    # the seller of a whole company held it: done ("a cédé"), or still holding it while the sale is to come
    ("Technova est entrée en négociations exclusives avec Nuvia pour lui céder Kelvio.",
     [("ACQUIRES", "Nuvia", "Kelvio"), ("OWNS", "Technova", "Kelvio")]),
    ("Paul Verdier a vendu Kelvio au fonds Atlas Capital.",
     [("ACQUIRES", "Atlas Capital", "Kelvio"), ("OWNS", "Paul Verdier", "Kelvio")]),
    # talks held for a purchase: the party in talks means to buy
    ("Technova a annoncé être entrée en négociations exclusives en vue du rachat du journal Kelvio.",
     [("BIDS_FOR", "Technova", "Kelvio")]),
    ("Technova est en discussions avec Nuvia pour la reprise de Kelvio.", [("BIDS_FOR", "Technova", "Kelvio")]),
    # "devenir" with a date between the verb and the title ("est devenu en 2014 président de Y")
    ("Paul Verdier est devenu en 2014 président du conseil de surveillance de Technova.",
     [("LEADS", "Paul Verdier", "Technova")]),
    ("Paul Verdier restera en 2025 président de Technova.", [("LEADS", "Paul Verdier", "Technova")]),
    # a seat taken, said with a noun: "l'entrée de X à son conseil d'administration" ("son": the announcer)
    ("Technova a annoncé l'entrée à son conseil d'administration de Paul Verdier, PDG du groupe Kelvio.",
     [("BOARD_MEMBER", "Paul Verdier", "Technova"), ("LEADS", "Paul Verdier", "Kelvio")]),
    ("Kelvio salue l'arrivée d'Anne Fabre au directoire de Technova.", [("BOARD_MEMBER", "Anne Fabre", "Technova")]),
    # a company announcing a post with no organisation named: its own
    ("Kelvio tient à préciser que Paul Verdier a démissionné de ses mandats de président du conseil "
     "d'administration et de directeur général.", [("LEADS", "Paul Verdier", "Kelvio")]),
    ("Kelvio a annoncé que Paul Verdier deviendra directeur général en mai.", [("LEADS", "Paul Verdier", "Kelvio")]),
    # "la nomination de X au poste de directeur général": the person of the appointment noun takes the post
    ("Kelvio a annoncé la nomination de Paul Verdier au poste de directeur général.", [("LEADS", "Paul Verdier", "Kelvio")]),
    ("Technova a critiqué la nomination de Paul Verdier au poste de directeur général de Kelvio.",
     [("LEADS", "Paul Verdier", "Kelvio")]),
    # "Le tour de table a été mené par X, avec la participation de B" in an article about one company
    ("La start-up Nuvia lève 45 millions d'euros. Le tour de table a été mené par le fonds britannique "
     "Horizon Ventures, avec la participation de Banque Orelle.",
     [("INVESTS_IN", "Horizon Ventures", "Nuvia"), ("INVESTS_IN", "Banque Orelle", "Nuvia")]),
    # a bought stake is held; the seller held it
    ("Orbalia a racheté la participation de Technova dans Kelvio.",
     [("OWNS", "Orbalia", "Kelvio"), ("OWNS", "Technova", "Kelvio")]),
    # a unit named after its noun is what is bought
    ("Technova a racheté la division Nuvia de Kelvio.", [("ACQUIRES", "Technova", "Nuvia")]),
    ("Le fondateur de Technova, Paul Verdier, vient de racheter la majeure partie des parts détenues par le "
     "banquier Jean Roux dans la holding Kelvio.", [("OWNS", "Paul Verdier", "Kelvio")]),
    # "Le fondateur de la société de livraison X, Y": the person apposed to the introducer
    ("Le fondateur de la société de livraison Kalivo, Romain Teyssier, a été mis en examen jeudi.",
     [("FOUNDED", "Romain Teyssier", "Kalivo")]),
    # "Son concurrent allemand X": a rival is of its rival's kind
    ("Le patron de Technova, Paul Verdier, s'est dit déçu. Son concurrent allemand Sensotec pourrait revenir à la charge.",
     [("COMPETES_WITH", "Sensotec", "Technova")]),
    # "X siège au conseil d'administration de Y" with "siège" tagged as a noun: read as a line
    ("Omar Benkirane siège au conseil d'administration de Technova.", [("BOARD_MEMBER", "Omar Benkirane", "Technova")]),
    ("Le président d'Orvion, Pierre Valette, siège par ailleurs au conseil d'administration de la Banque Orelle.",
     [("BOARD_MEMBER", "Pierre Valette", "Banque Orelle")]),
    # two companies that fight on a market compete; in court they oppose each other
    ("Technova et Kelvio s'affrontent sur le marché des batteries.", [("COMPETES_WITH", "Technova", "Kelvio")]),
    ("Technova et Kelvio s'affrontent en justice depuis deux ans.", [("OPPOSES", "Technova", "Kelvio")]),
    # the head of a department works for the organisation, does not lead it
    ("Paul Verdier, directeur technique de la société Technova, a démissionné.",
     [("WORKS_FOR", "Paul Verdier", "Technova")]),
    ("Paul Verdier, directeur commercial de la société Technova, a démissionné.",
     [("WORKS_FOR", "Paul Verdier", "Technova")]),
    # more department adjectives: scientific, IT, medical (sixth session)
    ("Paul Verdier, directeur scientifique de Technova, a présenté le prototype.",
     [("WORKS_FOR", "Paul Verdier", "Technova")]),
    ("Le directeur médical de Nuvia, Jean Roux, a confirmé l'essai.", [("WORKS_FOR", "Jean Roux", "Nuvia")]),
    ("Anne Fabre assure la direction de Kelvio depuis 2020.", [("LEADS", "Anne Fabre", "Kelvio")]),
    # "X rejoint / intègre / quitte le conseil d'administration de Y": a seat on Y's board
    ("Paul Verdier rejoindra le conseil d'administration de la société Technova.",
     [("BOARD_MEMBER", "Paul Verdier", "Technova")]),
    ("Anne Fabre intègre le conseil d'administration de la banque Orelle.", [("BOARD_MEMBER", "Anne Fabre", "Orelle")]),
    # a generic word opening a company's name is dropped later ("Enseignes Vardel" → "Vardel"); an
    # organisation named in the headline and more than any other is the article's main one
    ("Enseignes Vardel : le directeur général s'en va\nLe distributeur Enseignes Vardel change de tête. Le directeur "
     "général, Paul Verdier, quitte le groupe après neuf ans. Anne Fabre, ancienne cadre de Primadis, concurrent de "
     "Vardel, le remplace. Chez Primadis, on se tait. Primadis recrute aussi. Vardel recrute.",
     [("LEADS", "Paul Verdier", "Enseignes Vardel"), ("COMPETES_WITH", "Primadis", "Enseignes Vardel")]),
    # a party's national secretary leads it ("sa secrétaire nationale, X")
    ("Le parti Renouveau valdarien tient son congrès. Sa secrétaire nationale, Anne Fabre, a pris la parole.",
     [("LEADS", "Anne Fabre", "Renouveau valdarien")]),
    # "X, premier actionnaire avec 14 % du capital" with the share hung on the name: the main company's
    ("La société Technova recrute. La société Technova ouvre une usine. Technova grandit. Le fonds Atlas Capital, premier "
     "actionnaire avec 14 % du capital, réclame un changement de direction.", [("OWNS", "Atlas Capital", "Technova")]),
    # "Y, dont X détient 15 %": "dont" is the share's, X holds a stake in Y
    ("La start-up Nuvia, dont la société Technova détient 15 % depuis l'an dernier, recrute.",
     [("OWNS", "Technova", "Nuvia")]),
    # "X prend 18 % de Y": a stake taken; buying a share under half is holding it, not taking over
    ("Le fonds Atlas Capital prend 18 % de la société Technova pour 40 millions d'euros.",
     [("OWNS", "Atlas Capital", "Technova")]),
    ("Le fonds Atlas Capital a racheté 18 % de la société Technova.", [("OWNS", "Atlas Capital", "Technova")]),
    ("Le fonds Atlas Capital a acquis 60 % de la société Technova.", [("ACQUIRES", "Atlas Capital", "Technova")]),
    # a trade noun ("l'hébergeur") is the actor it introduced earlier, not the article's main company
    ("La société Quadrix recrute. La société Quadrix grandit. Quadrix vise l'Europe. Le groupement réunit Quadrix "
     "et l'hébergeur Altavia. Pour Altavia, le contrat tombe à pic : l'hébergeur, détenu majoritairement par le "
     "fonds Horizon Croissance, cherchait des clients.", [("OWNS", "Horizon Croissance", "Altavia")]),
    # "X, jusqu'ici administrateur de Y, devient …": the apposition parsed as a "jusque" phrase
    ("Paul Verdier, jusqu'ici administrateur indépendant de la société Technova, devient président non exécutif.",
     [("BOARD_MEMBER", "Paul Verdier", "Technova")]),
    # a company founded by another: "le fonds X, lancé en 2020 par la banque Y"
    ("Le fonds Horizon Ventures, lancé en 2020 par la banque Orelle, investit dans la société Kelvio.",
     [("FOUNDED", "Orelle", "Horizon Ventures")]),
    # "Y a obtenu un prêt de 8 M€ accordé par X": X funds Y
    ("La start-up Technova a obtenu un prêt de 8 millions d'euros accordé par la Banque Orelle.",
     [("FUNDS", "Banque Orelle", "Technova")]),
    # "la présidente" is the woman among the people just named (the tagger's gender of the first name)
    ("La société Nuvia lève des fonds. Fondée en 2021 par Claire Martin, une ingénieure, et Julien Morel, ancien "
     "consultant, la société Nuvia compte cent salariés. « Nous grandissons vite », explique la présidente, qui "
     "conserve la majorité du capital. Nuvia recrute.", [("LEADS", "Claire Martin", "Nuvia")]),
    # "les deux fondateurs détiennent 55 % des parts": a plural descriptor, a stake in the main company
    ("La société Nuvia lève des fonds. La société Nuvia recrute. Nuvia a été fondée par Anne Fabre et Paul Verdier. "
     "Les deux fondateurs détiendraient encore près de 55 % des parts.",
     [("OWNS", "Anne Fabre", "Nuvia"), ("OWNS", "Paul Verdier", "Nuvia")]),
    # "X, le véhicule d'investissement de la famille Y": the family owns X
    ("Le tour de table réunit Atlas Capital et Capucine Invest, le véhicule d'investissement de la famille Verdier.",
     [("OWNS", "famille Verdier", "Capucine Invest")]),
    ("Capucine Invest, le véhicule d'investissement de Paul Verdier, entre au capital de la société Nuvia.",
     [("OWNS", "Paul Verdier", "Capucine Invest")]),
    # the head of a department of no company named ("directeur du contrôle de gestion") works for the main one
    ("La société Kelvio recrute. La société Kelvio grandit. Kelvio vise l'Europe. Marc Delorme, actuel directeur du "
     "contrôle de gestion, assure l'intérim.", [("WORKS_FOR", "Marc Delorme", "Kelvio")]),
    # a title of no organisation named stands for the main one, unless the sentence ties the same person
    # to an organisation it names ("à la tête du club")
    ("Le groupe Kilvar Sports rachète le club OGC Valdarie. Kilvar Sports promet des investissements. Kilvar Sports "
     "recrute. Paul Verdier et Jean Roux, respectivement président du conseil de surveillance et du directoire, "
     "sont restés à la tête du club une vingtaine d'années.",
     [("LEADS", "Paul Verdier", "OGC Valdarie"), ("LEADS", "Jean Roux", "OGC Valdarie")]),
    # "Verlac" is "Bâtiments Verlac" (a generic word opening the name), even where the NER alone calls it a place
    ("La société Bâtiments Verlac a remporté le marché. Du côté de Verlac, on se félicite. L'avocate de "
     "l'entreprise, Me Anne Fabre, a annoncé une plainte.", [("WORKS_FOR", "Anne Fabre", "Bâtiments Verlac")]),
    # "la filiale chypriote Kelvio Shipping": a subsidiary named after another organisation of the article
    ("Paul Verdier dirige la filiale chypriote Kelvio Shipping. Le groupe Kelvio dément.",
     [("OWNS", "Kelvio", "Kelvio Shipping")]),
    # --- politics branch (rp): cooperation and conflict
    # a meal between two people is a meeting; a meeting that gathers people
    ("L'accord a été scellé lors d'un déjeuner entre Paul Verdier et Jean Roux.",
     [("MEETS", "Paul Verdier", "Jean Roux")]),
    ("Un déjeuner a réuni Paul Verdier et Anne Fabre à l'Élysée.", [("MEETS", "Paul Verdier", "Anne Fabre")]),
    # a participle's "entre" phrase names the parties of the pact or meeting it makes
    ("Le partenariat signé l'an dernier entre Nuvia et Orbalia a été prolongé.",
     [("PARTNERS_WITH", "Nuvia", "Orbalia")]),
    ("La réunion prévue entre Paul Verdier et Anne Fabre a été annulée.", [("MEETS", "Paul Verdier", "Anne Fabre")]),
    # a support one relies on, and an ally one leans on
    ("Anne Fabre dit pouvoir compter sur le soutien de Jean Roux.", [("ALLY_OF", "Jean Roux", "Anne Fabre")]),
    ("La société Kelvio bénéficie du soutien du fonds Horizon Ventures dans cette bataille.",
     [("ALLY_OF", "Horizon Ventures", "Kelvio")]),
    ("Anne Fabre s'appuie sur Jean Roux pour convaincre les actionnaires.", [("ALLY_OF", "Anne Fabre", "Jean Roux")]),
    # a plural copula's subject are close to each other
    ("Jean Roux et Anne Fabre sont des proches de longue date.", [("ALLY_OF", "Jean Roux", "Anne Fabre")]),
    # "rival de": market rivals between companies, a feud between people
    ("La société Orbalia, le principal rival de Kelvio sur le marché des batteries, a annoncé des résultats en hausse.",
     [("COMPETES_WITH", "Orbalia", "Kelvio")]),
    ("Jean Roux, l'ancien rival de Paul Verdier, a été élu maire.", [("OPPOSES", "Jean Roux", "Paul Verdier")]),
    # a grouping body and its members
    ("Le consortium Maritima réunit Technova, Kelvio et Nuvia.",
     [("MEMBER_OF", "Technova", "Maritima"), ("MEMBER_OF", "Kelvio", "Maritima"), ("MEMBER_OF", "Nuvia", "Maritima")]),
    ("Le consortium Maritima, qui réunit Technova et Kelvio, a remporté l'appel d'offres.",
     [("MEMBER_OF", "Technova", "Maritima"), ("MEMBER_OF", "Kelvio", "Maritima")]),
    # an "entre" phrase the parser hangs away from the meeting or pact noun, read as a line (a title
    # apposed to the first name skipped)
    ("L'accord a été conclu mardi, lors d'un dîner dans un restaurant de Lyon, entre Anne Fabre, la présidente "
     "de Technova, et Jean Roux.", [("MEETS", "Anne Fabre", "Jean Roux")]),
    ("Un dîner a réuni mardi Anne Fabre, la présidente de Technova, et Jean Roux.",
     [("MEETS", "Anne Fabre", "Jean Roux")]),
    # a fight between companies set on a market is competition
    ("La guerre des prix fait rage entre Technova et Kelvio.", [("COMPETES_WITH", "Technova", "Kelvio")]),
    ("La bataille entre Technova et Kelvio pour le marché européen fait rage.",
     [("COMPETES_WITH", "Technova", "Kelvio")]),
    ("La bataille judiciaire entre Technova et Kelvio se poursuit.", [("OPPOSES", "Technova", "Kelvio")]),
    # a complaint or blame one undergoes ("faire l'objet de"), a court seized against someone
    ("Le groupe Kelvio fait l'objet d'une plainte de l'association Probité.", [("SUES", "Probité", "Kelvio")]),
    ("Le groupe Kelvio fait l'objet de vives critiques de la part de Paul Verdier.",
     [("ACCUSES", "Paul Verdier", "Kelvio")]),
    ("La banque Orelle a saisi la justice contre la société Kelvio.", [("SUES", "Orelle", "Kelvio")]),
    # a conflict noun's verb sets its object against the "à" party; a plural subject in a state of conflict
    ("Le différend qui oppose la société Technova à la société Kelvio porte sur des brevets.",
     [("OPPOSES", "Technova", "Kelvio")]),
    ("Paul Verdier et Anne Fabre sont en désaccord sur la stratégie.", [("OPPOSES", "Paul Verdier", "Anne Fabre")]),
    # meetings: a reflexive plural subject, a visit paid, the participle tagged as a noun
    ("Paul Verdier et Anne Fabre se sont rencontrés à Genève.", [("MEETS", "Paul Verdier", "Anne Fabre")]),
    ("Paul Verdier a rendu visite à Anne Fabre à Lyon.", [("MEETS", "Paul Verdier", "Anne Fabre")]),
    ("Paul Verdier a déjeuné avec Anne Fabre.", [("MEETS", "Paul Verdier", "Anne Fabre")]),
    # support: standing behind someone, a vote for someone
    ("Jean Roux s'est rangé derrière Anne Fabre.", [("ALLY_OF", "Jean Roux", "Anne Fabre")]),
    ("Paul Verdier a voté pour Anne Fabre au second tour.", [("ALLY_OF", "Paul Verdier", "Anne Fabre")]),
    # membership: a state joining an alliance, a member excluded (former), the title tagged as an adjective
    ("La Valdarie a rejoint l'Otan en 2023.", [("MEMBER_OF", "Valdarie", "Otan")]),
    ("Anne Fabre a été exclue du parti Renouveau citoyen.", [("MEMBER_OF", "Anne Fabre", "Renouveau citoyen")]),
    ("Anne Fabre, militante du Mouvement des territoires, a pris la parole.",
     [("MEMBER_OF", "Anne Fabre", "Mouvement des territoires")]),
    # marriage
    ("Paul Verdier a épousé Anne Fabre en 1990.", [("FAMILY", "Paul Verdier", "Anne Fabre")]),
    ("Paul Verdier est marié à Anne Fabre.", [("FAMILY", "Paul Verdier", "Anne Fabre")]),
    # joining a body introduced as a party or a parliamentary group is a membership
    ("Paul Verdier a rejoint le groupe parlementaire Renouveau citoyen.",
     [("MEMBER_OF", "Paul Verdier", "Renouveau citoyen")]),
    ("Anne Fabre a rejoint le groupe Horizons à l'Assemblée.", [("MEMBER_OF", "Anne Fabre", "Horizons")]),
    # a subject pronoun the parser takes for the determiner of "siège" tagged as a noun
    ("Anne Fabre est une avocate réputée. Elle siège au conseil d'administration du groupe Kelvio.",
     [("BOARD_MEMBER", "Anne Fabre", "Kelvio")]),
    # a backer bringing money funds, it is no ally
    ("Le fonds Atlas Capital est soutenu par la Banque Orelle, qui a apporté 500 millions d'euros.",
     [("FUNDS", "Banque Orelle", "Atlas Capital")]),
    # "présenter A et B comme des amis": the object pair are close
    ("Le rapport présente Jean Roux et Anne Fabre comme des amis d'enfance.", [("ALLY_OF", "Jean Roux", "Anne Fabre")]),
    # an "avec" phrase hung on the medium of a talk; a fine's "à" phrase hung on the fine; a treaty co-signed
    ("Paul Verdier s'est entretenu au téléphone avec le chancelier Jean Roux.",
     [("MEETS", "Paul Verdier", "Jean Roux")]),
    ("La Commission européenne a infligé une amende de 2 milliards d'euros à la société Technova.",
     [("OPPOSES", "Commission européenne", "Technova")]),
    # a regulator's fine, its "à" phrase before the fine: OPPOSES role sanctions
    ("La commission des sanctions de l'AMF a infligé à Kelvio une amende de 3 millions d'euros.",
     [("OPPOSES", "AMF", "Kelvio")]),
    ("La Valdarie et la Ruthénie ont signé un traité de coopération militaire.",
     [("PARTNERS_WITH", "Valdarie", "Ruthénie")]),
    # a sentence opened by a kinship noun and a name apposed to it speaks of the previous subject's family
    ("Anne Fabre a présenté ses résultats. La fille cadette, Claire Fabre, dirige une filiale.",
     [("FAMILY", "Claire Fabre", "Anne Fabre")]),
    # more words of blame; a move against someone; running under a party's label; slamming a party's door
    ("Anne Fabre a taclé Paul Verdier sur sa gestion.", [("ACCUSES", "Anne Fabre", "Paul Verdier")]),
    ("Le Mouvement des territoires a lancé une pétition contre Paul Verdier.",
     [("OPPOSES", "Mouvement des territoires", "Paul Verdier")]),
    ("Paul Verdier a été élu sous l'étiquette Renouveau citoyen.", [("MEMBER_OF", "Paul Verdier", "Renouveau citoyen")]),
    ("Paul Verdier se présente sous la bannière du Mouvement des territoires.",
     [("MEMBER_OF", "Paul Verdier", "Mouvement des territoires")]),
    ("Anne Fabre a claqué la porte du Mouvement des territoires.",
     [("MEMBER_OF", "Anne Fabre", "Mouvement des territoires")]),
    # the party of a group of members a title heads, down the title's "de" chain
    ("Jean Roux, le chef de file des députés de Renouveau citoyen, s'est félicité de ce ralliement.",
     [("MEMBER_OF", "Jean Roux", "Renouveau citoyen")]),
    # a move's participle names who makes it and whom it is against
    ("La pétition lancée par le Mouvement des territoires contre Paul Verdier a recueilli 10 000 signatures.",
     [("OPPOSES", "Mouvement des territoires", "Paul Verdier")]),
    ("Le recours introduit par la société Kelvio contre la société Technova a été rejeté.",
     [("SUES", "Kelvio", "Technova")]),
    # a grouping body's members listed as a line after the first one the parser hung elsewhere
    ("Le consortium Batteria, qui réunit Technova, Nuvia et la Banque Orelle, doit présenter son projet d'usine en juin.",
     [("MEMBER_OF", "Technova", "Batteria"), ("MEMBER_OF", "Nuvia", "Batteria"), ("MEMBER_OF", "Banque Orelle", "Batteria")]),
    # a plural mention standing for two actors named before ("les deux groupes") in a state or a meeting
    ("La société Technova et la société Kelvio ont signé un accord. Les deux groupes restent en concurrence sur le "
     "marché européen.", [("COMPETES_WITH", "Technova", "Kelvio")]),
    ("Paul Verdier et Anne Fabre ont signé un accord. Les deux dirigeants se sont rencontrés mardi à Lyon.",
     [("MEETS", "Paul Verdier", "Anne Fabre")]),
    # a grouping noun standing for the one body the text introduced with such a noun
    ("Le consortium Maritima a remporté le marché. Le groupement réunit la société Technova et la start-up Nuvia.",
     [("MEMBER_OF", "Technova", "Maritima"), ("MEMBER_OF", "Nuvia", "Maritima")]),
    # mentions (ge): a company named with a sector word closing its name, whatever the NER says
    ("Orbalia Cosmétiques, dirigé par son fondateur Marc Dalban, conteste.",
     [("LEADS", "Marc Dalban", "Orbalia Cosmétiques"), ("FOUNDED", "Marc Dalban", "Orbalia Cosmétiques")]),
    # mentions (ge): "la PME de 120 salariés" stays a second reference to the company that makes things
    ("Le fonds Atlas Capital a racheté Kelvio. La PME de 120 salariés, dirigée par Paul Verdier, fabrique des "
     "drones.", [("LEADS", "Paul Verdier", "Kelvio")]),
    # mentions (ge): "l'ex-patron", "la métropole": press second references
    ("Jean Roux a quitté Nuvia en 2023. L'ex-patron a rejoint Horizon Ventures comme associé.",
     [("WORKS_FOR", "Jean Roux", "Horizon Ventures")]),
    ("La Métropole Val-de-Seine a choisi Technova. Le président de la métropole, Jean Roux, a salué l'accord.",
     [("LEADS", "Jean Roux", "Métropole Val-de-Seine")]),
    # mentions (ge): a lower-case noun of public body and its place, one public body; "l'agglomération" after it
    ("La communauté d'agglomération du Val d'Orbe a confié le chantier à Technova. Le président de "
     "l'agglomération, Jean Roux, a défendu ce choix.",
     [("LEADS", "Jean Roux", "communauté d'agglomération du Val d'Orbe")]),
    ("Le conseil départemental de la Drôme a subventionné Maritima à hauteur de 2 millions d'euros.",
     [("FUNDS", "conseil départemental de la Drôme", "Maritima")]),
    # (gb) an adviser: "Y est conseillé par la banque X" (and a gapped second clause gives Y no second adviser)
    ("Technova était conseillée par la banque d'affaires Banque Orelle, Kelvio par le cabinet Orbalia Conseil.",
     [("WORKS_FOR", "Banque Orelle", "Technova")]),
    # (gb) "Y, dont la porte-parole, X, …": a title whose "dont" is its own complement
    ("Elle a refusé toute alliance avec Nuvia, dont la porte-parole, Anne Fabre, lui avait tendu la main.",
     [("WORKS_FOR", "Anne Fabre", "Nuvia")]),
    # (gb) a title opening the sentence, then its holder between commas, parsed as a subject
    ("La présidente du Nuvia Club, Anne Fabre, savoure.", [("LEADS", "Anne Fabre", "Nuvia Club")]),
    # (gb) "X a été élu dimanche président de Y": the title hung on the day
    ("Paul Verdier, député de la Somme, a été élu dimanche président de Nuvia.", [("LEADS", "Paul Verdier", "Nuvia")]),
    # (gb) a title whose complement's name the parser splits into several words ("Nuvia Handball Club")
    ("Quant à la présidente du Nuvia Handball Club, Anne Fabre, elle savoure.",
     [("LEADS", "Anne Fabre", "Nuvia Handball Club")]),
    # (gb) "X a cofondé Y avec Z": both are founders
    ("Anne Fabre, qui a cofondé Kelvio en 2021 avec l'ingénieur Paul Verdier, dirige la société.",
     [("FOUNDED", "Anne Fabre", "Kelvio"), ("FOUNDED", "Paul Verdier", "Kelvio")]),
    # (gb) "X, directeur financier de Y, rejoint Z": a present tense the parser takes for a participle
    ("Paul Verdier, directeur financier de Technova, rejoint Kelvio.",
     [("WORKS_FOR", "Paul Verdier", "Technova"), ("WORKS_FOR", "Paul Verdier", "Kelvio")]),
    # (gb) "X est une filiale à 100 % de Y": the owner hung on the share
    ("Kelvio est une filiale à 100 % de Technova.", [("OWNS", "Technova", "Kelvio")]),
    # (gb) "l'intégralité de Y" is a stake in Y
    ("Le groupe Technova détient l'intégralité du capital de Kelvio.", [("OWNS", "Technova", "Kelvio")]),
    # (gb) "Y bénéficie d'une subvention de X" (the giver hung on the amount; the verb hung on "la société")
    ("La société Kelvio bénéficie par ailleurs d'une subvention de 2,5 millions d'euros du Conseil européen de "
     "l'innovation, versée sur trois ans.", [("FUNDS", "Conseil européen de l'innovation", "Kelvio")]),
    ("La start-up Kelvio a bénéficié d'un prêt de 3 millions d'euros de la Banque Orelle.",
     [("FUNDS", "Banque Orelle", "Kelvio")]),
    # (gb) sounding someone out "pour reprendre Y" is a bid, not a purchase
    ("Le groupe Technova aurait sondé la famille Roux l'été dernier pour reprendre Kelvio.",
     [("BIDS_FOR", "Technova", "Kelvio")]),
    # (gb) "une offre publique d'achat non sollicitée sur Y": the target hung on the offer's participle
    ("Technova a déposé une offre publique d'achat non sollicitée sur Kelvio.", [("BIDS_FOR", "Technova", "Kelvio")]),
    # (gb) "L'opération est menée par X" right after a round: X invests in the company raising it
    ("Kelvio recrute. Kelvio vise l'Europe. Kelvio a levé 20 millions d'euros. L'opération a été menée par "
     "Horizon Ventures.", [("INVESTS_IN", "Horizon Ventures", "Kelvio")]),
    # (gb) "A et le fonds B, qui …, remettent au pot" after a round: both invest again (the second conjunct
    # hung on the first name's last word)
    ("Kelvio recrute. Kelvio vise l'Europe. Kelvio a levé 20 millions d'euros. Horizon Ventures et le fonds "
     "régional Atlas Amorçage, qui avait misé 2 M€ en 2022, remettent au pot.",
     [("INVESTS_IN", "Horizon Ventures", "Kelvio"), ("INVESTS_IN", "Atlas Amorçage", "Kelvio")]),
    # (gb) "participer à l'opération" right after a round
    ("Kelvio recrute. Kelvio vise l'Europe. Kelvio a levé 20 millions d'euros. Horizon Ventures participe à "
     "l'opération.", [("INVESTS_IN", "Horizon Ventures", "Kelvio")]),
    # gp: a complaint's "par X contre Y" the parser hangs on the date or the agent, "contre" a title and its name
    ("Le parquet a ouvert une enquête à la suite d'une plainte déposée en mars par le groupe Technova contre son "
     "ancien directeur financier, Paul Verdier.", [("SUES", "Technova", "Paul Verdier")]),
    # gp: an action named by its legal ground
    ("La société Nuvia a engagé une action en contrefaçon contre Kelvio.", [("SUES", "Nuvia", "Kelvio")]),
    # gp: a clitic object of a blaming participle is the governing verb's object
    ("Kelvio a porté plainte contre Nuvia, l'accusant de concurrence déloyale.",
     [("SUES", "Kelvio", "Nuvia"), ("ACCUSES", "Kelvio", "Nuvia")]),
    ("Le Trésor américain a inscrit vendredi l'équipementier Orbalia sur sa liste des entités sanctionnées, "
     "l'accusant d'avoir livré des composants à Valdarie.",
     [("OPPOSES", "Trésor américain", "Orbalia"), ("ACCUSES", "Trésor américain", "Orbalia")]),
    # gp: "…, qui lui reprochait": the relative's clitic is the main clause's subject, its "qui" the name
    # before the apposed title
    ("En réalité, Paul Verdier a été poussé dehors par Atlas Capital, premier actionnaire du groupe, qui lui "
     "reprochait la dérive des coûts.", [("ACCUSES", "Atlas Capital", "Paul Verdier")]),
    # gp: a contest won or lost "face à" a rival
    ("Anne Fabre a été élue présidente du parti face à l'ancien ministre Jean Roux.",
     [("OPPOSES", "Anne Fabre", "Jean Roux")]),
    ("Paul Verdier s'est incliné face à Anne Fabre lors de la primaire.", [("OPPOSES", "Paul Verdier", "Anne Fabre")]),
    # gp: a bond qualified before its "de" phrase
    ("Paul Verdier, un ami de longue date de Jean Roux, a démenti.", [("ALLY_OF", "Paul Verdier", "Jean Roux")]),
    # gp: kin named after the kinship noun's comma, or before the appositions it follows
    ("Jean Roux a transmis l'entreprise à ses deux filles, Claire Roux et Marie Roux.",
     [("FAMILY", "Claire Roux", "Jean Roux"), ("FAMILY", "Marie Roux", "Jean Roux")]),
    ("« Les preuves sont accablantes », affirme Luc Roux, le président du directoire, fils de la fondatrice Hélène Roux.",
     [("FAMILY", "Luc Roux", "Hélène Roux")]),
    # gp: an action against a decision sues its author
    ("Kelvio a déposé un recours devant le tribunal administratif à Lyon contre la décision de Nuvia.",
     [("SUES", "Kelvio", "Nuvia")]),
    # gp: a ministry named by its own word (no minister in the sentence) is blamed itself
    ("Paul Verdier reproche au ministère de l'Économie son inaction.",
     [("ACCUSES", "Paul Verdier", "ministère de l'Économie")]),
    # gp: an object the parser takes for a second subject after an adverbial
    ("Anne Fabre aurait rencontré à deux reprises Jean Roux.", [("MEETS", "Anne Fabre", "Jean Roux")]),
    # gp: blaming one's conduct blames them
    ("Jean Roux dénonce l'amateurisme d'Anne Fabre.", [("ACCUSES", "Jean Roux", "Anne Fabre")]),
    # gp: leaving a named party
    ("Paul Verdier a annoncé son départ du parti Renouveau.", [("MEMBER_OF", "Paul Verdier", "Renouveau")]),
    # gp: a role standing for a relative named before: the person first named who shares the family name
    ("Marc Roux a fondé Technova en 1980. « Nous continuons », insiste Paul Roux-Martin, neveu du fondateur.",
     [("FAMILY", "Paul Roux-Martin", "Marc Roux")]),
    ("Marc Roux a fondé Technova en 1980. Anne Roux, la fille du patriarche, a vendu ses parts.",
     [("FAMILY", "Anne Roux", "Marc Roux")]),
    # gp: the competition one faces, named by "celle de Y"
    ("Technova doit composer avec une concurrence de plus en plus vive, à commencer par celle de l'allemand Kelvio "
     "et du californien Nuvia.", [("COMPETES_WITH", "Technova", "Kelvio"), ("COMPETES_WITH", "Technova", "Nuvia")]),
    # gp: a company after the same market as the article's main company
    ("La société Technova lève 10 millions d'euros. La start-up Technova développe une batterie pour les camions. "
     "Le groupe Technova compte recruter cent ingénieurs. Le groupe Kelvio, qui a levé 90 millions de dollars, vise "
     "le même marché.", [("COMPETES_WITH", "Kelvio", "Technova")]),
    # gp: thwarting one's attempt opposes them
    ("La Commission européenne a torpillé le projet de Technova.",
     [("OPPOSES", "Commission européenne", "Technova")]),
    # gp: the one blamed through its management ("à la direction de Y", "les dirigeants de Y")
    ("Atlas Capital reproche depuis des mois à la direction de Technova une stratégie sans ambition.",
     [("ACCUSES", "Atlas Capital", "Technova")]),
    ("Anne Fabre accuse les dirigeants de Kelvio d'avoir menti.", [("ACCUSES", "Anne Fabre", "Kelvio")]),
    # (gb) the title holder, not the relative a kinship apposition names
    ("Kelvio recrute. Kelvio vise l'Europe. Kelvio ouvre un bureau. « Les preuves sont accablantes », affirme "
     "Paul Verdier, le président du directoire, fils de la fondatrice Anne Fabre.", [("LEADS", "Paul Verdier", "Kelvio")]),
    # (gb) "par la voix de son avocat, Me X, Y …": the lawyer's name hung on "voix"; a person's lawyer too
    ("Par la voix de son avocat, Me Paul Verdier, Anne Fabre conteste.", [("WORKS_FOR", "Paul Verdier", "Anne Fabre")]),
    # (gb) "B a été remplacé par A à la tête de Y": passive succession
    ("Paul Verdier a été remplacé par Anne Fabre à la tête de Kelvio.",
     [("LEADS", "Anne Fabre", "Kelvio"), ("LEADS", "Paul Verdier", "Kelvio")]),
    # (gb) "le rachat de Y par X a été bloqué par Z": a refused purchase stays a bid
    ("Le rachat de Kelvio par Technova a été bloqué par Bercy.", [("BIDS_FOR", "Technova", "Kelvio")]),
    # (gb) "un accord en vue d'absorber Y": agreed (ACQUIRES, proposed); "en vue de racheter Y" alone is sought
    ("Technova a annoncé un accord en vue d'absorber Kelvio.", [("ACQUIRES", "Technova", "Kelvio")]),
    ("Technova a levé des fonds en vue de racheter Kelvio.", [("BIDS_FOR", "Technova", "Kelvio")]),
    # (gb) "au travers de" / "à travers" a vehicle, like "via"; with no actor holding it, the vehicle holds the stake
    ("La famille Roux détient 30 % de Kelvio à travers la holding Atlas Capital.",
     [("OWNS", "famille Roux", "Atlas Capital"), ("OWNS", "Atlas Capital", "Kelvio")]),
    ("Les salariés détiennent 6 % du capital de Kelvio au travers du fonds Atlas Avenir.",
     [("OWNS", "Atlas Avenir", "Kelvio")]),
    # (gb) "X est monté à 15 % du capital de Y" (the auxiliary taken for a passive), "franchir le seuil de N % du capital de Y"
    ("Atlas Capital est monté à 15 % du capital de Kelvio.", [("OWNS", "Atlas Capital", "Kelvio")]),
    ("Atlas Capital a franchi à la hausse le seuil de 5 % du capital de Kelvio.", [("OWNS", "Atlas Capital", "Kelvio")]),
    # mentions (ge): a portfolio of several words ("l'Europe et des Affaires étrangères")
    ("La ministre de l'Europe et des Affaires étrangères, Anne Fabre, a convoqué l'ambassadeur.",
     [("LEADS", "Anne Fabre", "ministère de l'Europe et des Affaires étrangères")]),
    # (gb2) a buyer pays the seller named by "à" on the goods bought: "X a acheté des moteurs à Y"
    ("Technova a acheté des moteurs à Kelvio.", [("FUNDS", "Technova", "Kelvio")]),
    # (gb2) a supplier naming its customer as object: "X fournissait Y (en batteries)"
    ("Kelvio fournissait Technova en batteries.", [("FUNDS", "Technova", "Kelvio")]),
    # (gb2) "X, associée chez Y" (the title parsed as a participle); "X fera son entrée au conseil de Y"
    ("Paul Verdier, associé chez Atlas Capital depuis 2015, a mené l'opération.",
     [("WORKS_FOR", "Paul Verdier", "Atlas Capital")]),
    ("Anne Fabre, associée chez Horizon Ventures, fera son entrée au conseil d'administration de Kelvio.",
     [("WORKS_FOR", "Anne Fabre", "Horizon Ventures"), ("BOARD_MEMBER", "Anne Fabre", "Kelvio")]),
    # a department of no company named is the topic company's ("directrice de la sécurité")
    ("Le groupe Kelvio recrute. Kelvio ouvre une usine. Kelvio vise l'Europe. Anne Fabre, directrice de la "
     "sécurité, a démissionné.", [("WORKS_FOR", "Anne Fabre", "Kelvio")]),
    # (gb2) "…, souligne X, le cofondateur et PDG de Y": both titles hung on the verb still describe X
    ("« Nous avons choisi l'Europe », souligne Paul Verdier, le cofondateur et PDG de Kelvio, reçu jeudi par le ministre.",
     [("FOUNDED", "Paul Verdier", "Kelvio"), ("LEADS", "Paul Verdier", "Kelvio")]),
    # (typing) "le Lyonnais X": a city's people before the name is no party of its own
    ("Le Lyonnais Paul Verdier a racheté Orbalia pour 40 millions d'euros.", [("ACQUIRES", "Paul Verdier", "Orbalia")]),
    # (typing) "les Vingt-Sept": the European Union acting
    ("Les Vingt-Sept ont adopté jeudi un nouveau train de sanctions contre la Valdarie.",
     [("OPPOSES", "Union européenne", "Valdarie")]),
    # (typing) a common first name: a person, though the NER says organisation
    ("Le business angel Noël Ravel, ancien patron de Kelvio, a investi dans Nuvia.",
     [("LEADS", "Noël Ravel", "Kelvio"), ("INVESTS_IN", "Noël Ravel", "Nuvia")]),
    # (typing) "le capital de X": an organisation, though its name looks like a person's
    ("Atlas Capital est entré au capital de Brenna Tessier en 2021.", [("OWNS", "Atlas Capital", "Brenna Tessier")]),
    # (biz2) OWNS: a name described in an apposition as in a capital of no company named ("déjà présent au
    # capital", "entrée au capital en 2015") holds a stake in the article's company (implied.holders_in_topic_capital)
    ("Technova lève 40 millions d'euros. Technova fabrique des batteries. Technova recrute. Horizon Ventures, déjà présent au capital depuis 2023, remet au pot.",
     [("OWNS", "Horizon Ventures", "Technova")]),
    ("Technova lève 40 millions d'euros. Technova fabrique des batteries. Technova recrute. Les Amis de Nuvia, l'association de salariés entrée au capital en 2009, gardent leurs 8 %.",
     [("OWNS", "Amis de Nuvia", "Technova")]),
    # (biz2) OWNS: "qui prend 6 % du capital" and "premier actionnaire avec 14 % des titres": the article's company
    ("Technova lève 40 millions d'euros. Technova fabrique des batteries. Technova recrute. L'industriel Maritima, qui prend au passage 6 % du capital, devient partenaire.",
     [("OWNS", "Maritima", "Technova")]),
    ("Technova lève 40 millions d'euros. Technova fabrique des batteries. Technova recrute. Le fonds Orbalia, premier actionnaire avec 14,5 % des titres, a approuvé.", [("OWNS", "Orbalia", "Technova")]),
    # (biz2) the head of a department works for the company, does not lead it: an adjective of a trade
    # ("directeur scientifique") or a department after a possessive ("son directeur des investissements")
    ("Kelvio recrute. Son directeur de la recherche, Paul Verdier, présente le projet.",
     [("WORKS_FOR", "Paul Verdier", "Kelvio")]),
    ("Atlas Capital fera entrer au conseil son directeur des investissements, Paul Verdier.",
     [("WORKS_FOR", "Paul Verdier", "Atlas Capital")]),
    ("Paul Verdier, directeur scientifique de Kelvio, présente le projet.", [("WORKS_FOR", "Paul Verdier", "Kelvio")]),
    ("Kelvio recrute. Son directeur, Paul Verdier, présente le projet.", [("LEADS", "Paul Verdier", "Kelvio")]),
    # (biz2) ACQUIRES: more than half of a company sold to Z is Z's acquisition (a share under half stays OWNS),
    # also with the share after an apposition of the buyer
    ("Technova cède à Kelvio, un éditeur breton, 80 % de Nuvia.", [("ACQUIRES", "Kelvio", "Nuvia")]),
    ("Technova a vendu 75 % du capital de Nuvia au fonds Atlas Capital.", [("ACQUIRES", "Atlas Capital", "Nuvia")]),
    ("Technova cède à Atlas Capital, son partenaire historique, 15 % de Nuvia.", [("OWNS", "Atlas Capital", "Nuvia")]),
    # (biz2) FUNDS: "X a commandé N produits à Y": the supplier hung by the parser on the goods ordered
    ("Le groupe Kelvio a commandé des moteurs à Technova Industries.", [("FUNDS", "Kelvio", "Technova Industries")]),
    # (biz2) BOARD_MEMBER: "X, administrateur indépendant" with no company named sits on the article's company's board
    ("Technova lève 40 millions d'euros. Technova fabrique des batteries. Technova recrute. Paul Verdier, administrateur indépendant depuis 2019, prendra la présidence.",
     [("BOARD_MEMBER", "Paul Verdier", "Technova")]),
    ("Technova lève 40 millions d'euros. Technova fabrique des batteries. Technova recrute. Anne Fabre a été nommée administratrice indépendante.", [("BOARD_MEMBER", "Anne Fabre", "Technova")]),
    # (pol2) "réputé proche de Y": the closeness adjective hung on a word of reputation, on a name or fronted
    ("Réputé proche d'Anne Fabre, Jean Roux a refusé de commenter.", [("ALLY_OF", "Jean Roux", "Anne Fabre")]),
    ("Le député Jean Roux, réputé proche de Paul Verdier, votera contre le texte.",
     [("ALLY_OF", "Jean Roux", "Paul Verdier")]),
    # (pol2) a prosecutor's investigation targeting one: the office sues
    ("Le parquet de Lille a ouvert mardi une enquête préliminaire pour abus de biens sociaux visant Jean Roux.",
     [("SUES", "parquet de Lille", "Jean Roux")]),
    ("Le parquet de Nantes a ouvert une information judiciaire contre Kelvio pour corruption.",
     [("SUES", "parquet de Nantes", "Kelvio")]),
    # (pol2) sanctions aimed at one by a participle; the object after the list it is put on
    ("L'Union européenne a annoncé des sanctions visant Kelvio.", [("OPPOSES", "Union européenne", "Kelvio")]),
    ("Le Trésor américain a placé lundi sur sa liste noire la société Kelvio.",
     [("OPPOSES", "Trésor américain", "Kelvio")]),
    # (pol2) blame put on someone: "rejeter la faute sur Y", "faire porter la responsabilité à Y", "réserver ses coups à Y"
    ("Paul Verdier a rejeté la faute sur son ancien associé, Jean Roux.", [("ACCUSES", "Paul Verdier", "Jean Roux")]),
    ("Jean Roux fait porter la responsabilité de l'échec à Anne Fabre.", [("ACCUSES", "Jean Roux", "Anne Fabre")]),
    ("Jean Roux réserve ses coups les plus durs à Anne Fabre.", [("ACCUSES", "Jean Roux", "Anne Fabre")]),
    # (pol2) the object of a lawsuit after the court's phrase, hung inside it by the parser
    ("Paul Verdier a poursuivi devant les prud'hommes son ancien employeur, Kelvio.", [("SUES", "Paul Verdier", "Kelvio")]),
    # (pol2) "les rangs de Y": joining or leaving a body, a membership for a party, a job for a company
    ("Paul Verdier a quitté les rangs du Parti républicain valdarien.",
     [("MEMBER_OF", "Paul Verdier", "Parti républicain valdarien")]),
    ("Anne Fabre a rejoint les rangs de la banque Orelle.", [("WORKS_FOR", "Anne Fabre", "Orelle")]),
    # (pol2) a state banning one from its territory
    ("La Valdarie a également interdit de territoire l'eurodéputée Anne Fabre.", [("OPPOSES", "Valdarie", "Anne Fabre")]),
    # (pol2) a blacklist named with quotes
    ("La Valdarie a inscrit Jean Roux sur sa liste des « entités terroristes ».", [("OPPOSES", "Valdarie", "Jean Roux")]),
    # (lead, s7) "start-up" kept as one token: a descriptor subject with a participle in apposition
    ("Kelvio vient de lever 14 millions d'euros. La start-up, fondée en 2021 par Anne Fabre, emploie 40 personnes.",
     [("FOUNDED", "Anne Fabre", "Kelvio")]),
    # (lead, s7) a participle opening the sentence describes a descriptor subject too ("la" is no party of its own)
    ("Kelvio a levé 3 millions d'euros. Fondée en 2021 par Anne Fabre, la société emploie 40 personnes.",
     [("FOUNDED", "Anne Fabre", "Kelvio")]),
    # (lead, s7) a name the NER calls a place but the text shows raising money is a company, and "la
    # start-up" is the company raising, not an investor named since ("A et B accompagnent l'opération")
    ("Installée sur le technopôle de Brest-Iroise, Roscanvel vient de lever 14 millions d'euros auprès d'Atlas "
     "Capital. Horizon Ventures et Banque Orelle accompagnent l'opération. La start-up, fondée en 2021 par Anne "
     "Fabre, emploie 38 salariés.", [("FOUNDED", "Anne Fabre", "Roscanvel")]),
    # (lead, s7) a department's head with an apposition hung on the department: works for Y, does not lead it
    ("Mme Fabre, 49 ans, était jusqu'ici directrice des opérations de Kelvio, le gestionnaire de réseaux, "
     "qu'elle avait rejoint en 2016.", [("WORKS_FOR", "Fabre", "Kelvio")]),
    # (lead, s7) a job title written as an acronym is not part of the name ("la DRH X", "le DAF X")
    ("La DRH Anne Fabre rejoindra en mai le groupe Orbalia.", [("WORKS_FOR", "Anne Fabre", "Orbalia")]),
    ("Le DAF Jean Roux, arrivé en 2019, quitte Technova.", [("WORKS_FOR", "Jean Roux", "Technova")]),
    # (lead, s7) the speaker of an incise after a reported clause speaks for that clause's subject
    ("Technova ne rachètera pas Kelvio, explique Anne Fabre, sa présidente.", [("LEADS", "Anne Fabre", "Technova")]),
    ("Arcanet a signé avec Kaelis. Kaelis ne prendra pas pour autant de participation au capital d'Arcanet, "
     "précise Jean Roux, son PDG.", [("LEADS", "Jean Roux", "Kaelis")]),
    # (lead, s7) a compound nationality ("Franco-Algérien", "Russo-Chypriote") is not part of the name after it
    ("Le Franco-Algérien Karim Benali dirige Kelvio depuis 2019.", [("LEADS", "Karim Benali", "Kelvio")]),
    # (lead, s7) counsel serves a party or a union, is no member of it
    ("Me Anne Fabre, avocate du Parti valdarien, a déposé un recours.", [("WORKS_FOR", "Anne Fabre", "Parti valdarien")]),
    # (lead, s7) … also when the parser takes the participle for the root and hangs the clause on it
    ("Kelvio a levé 3 millions d'euros. Fondée en 2021 par Anne Fabre, la start-up emploie 40 personnes.",
     [("FOUNDED", "Anne Fabre", "Kelvio")]),
    # (coref2) a subject pronoun after a sentence opened by a participle's agent: the main clause's subject
    ("Fondée en 2019 par Paul Verdier et Anne Fabre, Kelvio a levé 10 millions d'euros. Elle a noué un "
     "partenariat avec Orbalia.", [("PARTNERS_WITH", "Kelvio", "Orbalia")]),
    ("Dirigé par Anne Fabre, le groupe Technova a racheté Kelvio. Il a aussi acquis Nuvia l'an dernier.",
     [("ACQUIRES", "Technova", "Nuvia")]),
    # (coref2) "Quant à X, qui …, elle …": the detached name is the pronoun's
    ("Quant à Anne Fabre, qui dirigeait Orbalia depuis 2015, elle a rejoint Maritima.",
     [("WORKS_FOR", "Anne Fabre", "Maritima")]),
    # (coref2) "qui la préside", "et le préside": an object clitic for the organisation named before
    ("La société Nuvia a été créée par Paul Verdier, qui la dirige depuis 2018.", [("LEADS", "Paul Verdier", "Nuvia")]),
    ("Jean Roux a fondé le groupe Technova en 2005 et le préside toujours.", [("LEADS", "Jean Roux", "Technova")]),
    ("Kelvio signe un accord avec Technova. Pour la jeune pousse, cofondée en 2020 par Anne Fabre, qui la préside, "
     "et Jean Roux, l'accord est une consécration.", [("LEADS", "Anne Fabre", "Kelvio")]),
    # (coref2) "les deux sociétés" after "X affronte Y" in the same sentence: X and Y
    ("Kelvio a levé 10 millions auprès de Atlas Capital et de Horizon Ventures. Elle affronte déjà Technova à Lyon, "
     "où les deux sociétés se disputent les mêmes marchés.", [("COMPETES_WITH", "Kelvio", "Technova")]),
    # (coref2) "le quinquagénaire" tagged as an adjective: still the person named before
    ("Paul Verdier, 54 ans, a racheté Kelvio. Le quinquagénaire a ensuite pris le contrôle de Nuvia.",
     [("ACQUIRES", "Paul Verdier", "Nuvia")]),
    # (biz3) BOARD_MEMBER: seats a verb's subject gets or keeps on a board of no company named (the article's
    # company); a seat said to be occupied by a person is the person's (one seat: the person's alone)
    ("Technova lève 40 millions d'euros. Technova fabrique des batteries. Technova recrute. Atlas Capital obtient deux sièges au conseil.", [("BOARD_MEMBER", "Atlas Capital", "Technova")]),
    ("Technova lève 40 millions d'euros. Technova fabrique des batteries. Technova recrute. Paul Verdier se contente d'un siège au conseil de surveillance.", [("BOARD_MEMBER", "Paul Verdier", "Technova")]),
    ("Technova lève 40 millions d'euros. Technova fabrique des batteries. Technova recrute. Horizon Ventures disposera de deux sièges au conseil, dont l'un reviendra à son associé gérant, Jean Roux.",
     [("BOARD_MEMBER", "Horizon Ventures", "Technova"), ("BOARD_MEMBER", "Jean Roux", "Technova")]),
    ("Technova lève 40 millions d'euros. Technova fabrique des batteries. Technova recrute. Atlas Capital obtient un siège au conseil d'administration, qui sera occupé par son associée Anne Fabre.",
     [("BOARD_MEMBER", "Anne Fabre", "Technova")]),
    ("Atlas Capital obtient deux sièges au conseil de Kelvio.", [("BOARD_MEMBER", "Atlas Capital", "Kelvio")]),
    # (biz3) a title opening the sentence, the main clause hung on it by the parser: "La présidente du directoire, X, a …"
    ("Technova lève 40 millions d'euros. Technova fabrique des batteries. Technova recrute. La présidente du directoire, Anne Fabre, a démissionné.", [("LEADS", "Anne Fabre", "Technova")]),
    # (biz3) LEADS: the post of a board of no company named ("prend la présidence du conseil", "préside le
    # conseil de surveillance") is the lead of the article's company
    ("Technova lève 40 millions d'euros. Technova fabrique des batteries. Technova recrute. Paul Verdier prend la présidence du conseil.", [("LEADS", "Paul Verdier", "Technova")]),
    ("Technova lève 40 millions d'euros. Technova fabrique des batteries. Technova recrute. Anne Fabre préside toujours le conseil de surveillance.", [("LEADS", "Anne Fabre", "Technova")]),
    ("Technova lève 40 millions d'euros. Technova fabrique des batteries. Technova recrute. Anne Fabre prend la tête du directoire.", [("LEADS", "Anne Fabre", "Technova")]),
    # (biz3) identity copula: "X n'est autre que l'ancien directeur général de Y"
    ("Guy Martin n'est autre que l'ancien directeur général de Maritima.", [("LEADS", "Guy Martin", "Maritima")]),
    ("L'acheteur, Jean Roux, n'est autre que le fondateur de Nuvia.", [("FOUNDED", "Jean Roux", "Nuvia")]),
    # (biz3) OWNS through a vehicle: "par l'intermédiaire de / par le biais de / au travers de sa holding(, ) B":
    # the subject holds B, B holds the stake; the possessive of the means is the subject's
    ("Jean Roux détient 30 % de Kelvio par l'intermédiaire de sa holding Roux Finance.",
     [("OWNS", "Jean Roux", "Roux Finance"), ("OWNS", "Roux Finance", "Kelvio")]),
    ("Paul Verdier a pris 20 % de Maritima par le biais de sa holding Verdier Capital.",
     [("OWNS", "Paul Verdier", "Verdier Capital")]),
    ("Technova lève 40 millions d'euros. Technova fabrique des batteries. Technova recrute. La famille Verdier, qui contrôle 27 % du capital au travers de sa holding, la Financière Verdier, s'oppose à l'offre.",
     [("OWNS", "famille Verdier", "Financière Verdier"), ("OWNS", "Financière Verdier", "Technova")]),
    # (biz3) OWNS: the holder of the rest of a capital ("…, le reste (du capital) appartenant à B"): the company
    # held before in the sentence, named after "du capital de", else the article's company
    ("Kelvio est détenue à 80 % par Atlas Capital, le reste du capital appartenant à Paul Verdier.",
     [("OWNS", "Atlas Capital", "Kelvio"), ("OWNS", "Paul Verdier", "Kelvio")]),
    ("Maritima était détenue à 96 % par Horizon Ventures, le reste appartenant à Anne Fabre.", [("OWNS", "Anne Fabre", "Maritima")]),
    ("Technova lève 40 millions d'euros. Technova fabrique des batteries. Technova recrute. Le reste du capital appartient à Anne Fabre.", [("OWNS", "Anne Fabre", "Technova")]),
    # (biz3) INVESTS_IN: co-backers listed after "aux côtés de", "avec la participation de", "tout comme" in a
    # sentence that ties an investor to a company; every member of the list
    ("Kelvio lève 20 millions d'euros auprès d'Atlas Capital, aux côtés de Horizon Ventures et de la Banque Orelle.",
     [("INVESTS_IN", "Horizon Ventures", "Kelvio"), ("INVESTS_IN", "Banque Orelle", "Kelvio")]),
    ("Kelvio a levé 12 millions d'euros avec la participation d'Atlas Capital, du fonds Horizon Ventures et de la Banque Orelle.",
     [("INVESTS_IN", "Atlas Capital", "Kelvio"), ("INVESTS_IN", "Horizon Ventures", "Kelvio"), ("INVESTS_IN", "Banque Orelle", "Kelvio")]),
    ("Atlas Capital a investi dans Kelvio, tout comme le business angel Paul Verdier.", [("INVESTS_IN", "Paul Verdier", "Kelvio")]),
    # (biz3) FUNDS: a customer pays its supplier - "X se fournit auprès de Y", "client de longue date de Y",
    # "son principal client, Y", "son fournisseur historique, Y"
    ("Kelvio se fournissait jusqu'ici en composants auprès du néerlandais Nuvia.", [("FUNDS", "Kelvio", "Nuvia")]),
    ("Maritima, client de longue date de Kelvio, a suspendu ses commandes.", [("FUNDS", "Maritima", "Kelvio")]),
    ("Kelvio a perdu son principal client, Orbalia.", [("FUNDS", "Orbalia", "Kelvio")]),
    # (biz3) LEADS: a post given ("la présidence reviendra à X", "la direction générale est confiée à X"), of
    # the company named, else of the article's company
    ("La présidence de Nuvia reviendra à Jean Roux.", [("LEADS", "Jean Roux", "Nuvia")]),
    ("Technova lève 40 millions d'euros. Technova fabrique des batteries. Technova recrute. La direction générale est confiée par intérim à Anne Fabre.", [("LEADS", "Anne Fabre", "Technova")]),
    ("Technova lève 40 millions d'euros. Technova fabrique des batteries. Technova recrute. La présidence reviendra à Jean Roux.", [("LEADS", "Jean Roux", "Technova")]),
    # (biz3) WORKS_FOR: years spent at an employer ("a passé quinze ans chez Y / au sein de Y"); a participle
    # describing a noun in apposition to a person ("X, une ingénieure passée par Y")
    ("Jean Roux avait auparavant passé quinze ans chez Orbalia.", [("WORKS_FOR", "Jean Roux", "Orbalia")]),
    ("Anne Fabre a passé dix années au sein de Kelvio avant de rejoindre Nuvia.", [("WORKS_FOR", "Anne Fabre", "Kelvio")]),
    ("Anne Fabre, une ingénieure passée par Kelvio, a fondé Nuvia.", [("WORKS_FOR", "Anne Fabre", "Kelvio")]),
    # (biz3) WORKS_FOR: a short lower-case apposition after a person, "chez" an organisation ("X, ancien data
    # scientist chez Y", "X, analyste chez Y"): a job there
    ("Jean Roux, ancien data scientist chez le cartographe Kelvio, a rejoint Nuvia.", [("WORKS_FOR", "Jean Roux", "Kelvio")]),
    ("Anne Fabre, analyste chez Orbalia, juge l'offre trop basse.", [("WORKS_FOR", "Anne Fabre", "Orbalia")]),
    # (biz3) WORKS_FOR: "passé par le service R&D de Y": a unit of the employer
    ("Anne Fabre, une ingénieure passée par le service R&D de l'équipementier Kelvio, a fondé Nuvia.",
     [("WORKS_FOR", "Anne Fabre", "Kelvio")]),
    # (biz3) WORKS_FOR: the one hired works for the hirer ("Y a recruté X", "X a été débauché par Y")
    ("Kelvio a recruté Paul Verdier, ancien directeur commercial d'Orbalia.", [("WORKS_FOR", "Paul Verdier", "Kelvio")]),
    ("Anne Fabre a été débauchée par Nuvia en 2021.", [("WORKS_FOR", "Anne Fabre", "Nuvia")]),
    ("Technova lève 40 millions d'euros. Technova fabrique des batteries. Technova recrute. La start-up a également recruté Jean Roux.", [("WORKS_FOR", "Jean Roux", "Technova")]),
    # (pol3) a lawsuit named by its bringing: "intenter une action / un procès", the action's participle
    ("L'action intentée par Horizon Ventures contre Orbalia a été rejetée.", [("SUES", "Horizon Ventures", "Orbalia")]),
    ("Technova a intenté un procès à Kelvio devant le tribunal de Paris.", [("SUES", "Technova", "Kelvio")]),
    # (pol3) a lawsuit named by its outcome: "obtenir gain de cause contre Y"
    ("Jean Roux a obtenu gain de cause contre Technova devant les prud'hommes.", [("SUES", "Jean Roux", "Technova")]),
    # (pol3) "Y condamné à verser … à X": X had sued Y
    ("Kelvio a été condamné à verser 2 millions d'euros à Nuvia.", [("SUES", "Nuvia", "Kelvio")]),
    ("La cour d'appel a condamné Orbalia à indemniser Maritima.", [("SUES", "Maritima", "Orbalia")]),
    # (pol3) an office below the head of a party the text calls one is membership; (s35-conv35) the session-35
    # convention: a party's officers below its head work for it
    ("Anne Fabre, vice-présidente du parti Avenir commun, a réagi.", [("WORKS_FOR", "Anne Fabre", "Avenir commun")]),
    # (pol3) who chairs a party's group in a chamber is a member of the party; (s20-prec2) only when the text
    # calls Y a party: a group named on its own is led by its chair (ONTOLOGY LEADS "chairs, presides"; the
    # read19 gold and eval/invented give LEADS)
    ("Paul Verdier, président du groupe Avenir commun à l'Assemblée, a réagi.",
     [("LEADS", "Paul Verdier", "Avenir commun")]),
    # (pol3) a label right after an elected title, bare or in brackets; "élu sous l'étiquette Y" as a participle
    ("Anne Fabre, élue Avenir commun, a réagi.", [("MEMBER_OF", "Anne Fabre", "Avenir commun")]),
    ("Jean Roux, député (Avenir commun) du Var, a réagi.", [("MEMBER_OF", "Jean Roux", "Avenir commun")]),
    ("Paul Verdier, élu sous l'étiquette Avenir commun, a réagi.", [("MEMBER_OF", "Paul Verdier", "Avenir commun")]),
    # (pol3) rallying as a noun: obtained from one, or announced towards one
    ("Anne Fabre a obtenu le ralliement de Jean Roux.", [("ALLY_OF", "Jean Roux", "Anne Fabre")]),
    ("Le ralliement de Jean Roux à Anne Fabre a surpris.", [("ALLY_OF", "Jean Roux", "Anne Fabre")]),
    ("Paul Verdier a enregistré le ralliement du sénateur Jean Roux.", [("ALLY_OF", "Jean Roux", "Paul Verdier")]),
    # (pol3) voting against one is opposing them
    ("Anne Fabre a voté contre Jean Roux.", [("OPPOSES", "Anne Fabre", "Jean Roux")]),
    # (pol3) a meeting told by a passive participle: the one received, not the place named after the day
    ("Paul Verdier, reçu jeudi place Beauvau par le préfet Jean Roux, a souri.", [("MEETS", "Jean Roux", "Paul Verdier")]),
    # (pol3) a regulator's charges notified open a sanction procedure: SUES
    ("L'AMF a notifié des griefs à Kelvio.", [("SUES", "AMF", "Kelvio")]),
    # (pol3) an elected member who joins or leaves an organisation joins or leaves a party
    ("Jean Roux, député de la Somme, qui a quitté en septembre l'UGE, siège désormais parmi les non-inscrits.",
     [("MEMBER_OF", "Jean Roux", "UGE")]),
    ("La sénatrice Anne Fabre a rejoint Avenir commun en 2021.", [("MEMBER_OF", "Anne Fabre", "Avenir commun")]),
    # (pol3) the party in brackets after a politician's name
    ("Le député Jean Roux (Mouvement des régions) a voté contre.", [("MEMBER_OF", "Jean Roux", "Mouvement des régions")]),
    ("La ministre de l'Économie, Anne Fabre (Renouveau républicain), a présenté le budget.",
     [("MEMBER_OF", "Anne Fabre", "Renouveau républicain")]),
    # (pol3) a member of a party's wing or current is a member of the party
    ("Anne Fabre, un pilier du courant réformateur d'Avenir commun, a réagi.", [("MEMBER_OF", "Anne Fabre", "Avenir commun")]),
    ("Jean Roux, membre de la frange dure du Mouvement des régions, a démissionné.",
     [("MEMBER_OF", "Jean Roux", "Mouvement des régions")]),
    # (pol3) grievances voiced are blame, not a procedure
    ("Le fonds Atlas Capital a adressé ses griefs à Technova dans une lettre.", [("ACCUSES", "Atlas Capital", "Technova")]),
    # (bbiz) appointment "comme" + title: the nominal form ("annonce la nomination de X comme PDG"), the title
    # on the person ("l'arrivée de X comme directeur financier"), the verb's phrase ("a nommé X comme DG");
    # a department's head works for the body, does not lead it
    ("Technova a annoncé la nomination de Paul Verdier comme directeur général.", [("LEADS", "Paul Verdier", "Technova")]),
    ("Kelvio a officialisé lundi la nomination d'Anne Fabre comme présidente.", [("LEADS", "Anne Fabre", "Kelvio")]),
    ("Le groupe Nuvia confirme l'arrivée de Jean Roux comme directeur financier.", [("WORKS_FOR", "Jean Roux", "Nuvia")]),
    ("Orbalia a nommé Paul Verdier comme directeur général.", [("LEADS", "Paul Verdier", "Orbalia")]),
    ("Kelvio annonce l'arrivée d'Anne Fabre comme directrice des ressources humaines.", [("WORKS_FOR", "Anne Fabre", "Kelvio")]),
    # (bbiz) "Y annonce l'arrivée d'un nouveau directeur financier, X": the post taken at the announcer
    ("Kelvio annonce l'arrivée d'un nouveau directeur financier, Jean Roux.", [("WORKS_FOR", "Jean Roux", "Kelvio")]),
    ("Technova a annoncé la nomination d'une nouvelle directrice générale, Anne Fabre.", [("LEADS", "Anne Fabre", "Technova")]),
    # (bbiz) "le conseil d'administration, présidé par X": X leads the board's company (named on the board,
    # a "chez Y" phrase of the clause, else the article's); the main verb's outcome is not the tie's status
    ("Chez Kelvio, le conseil d'administration, présidé par Paul Verdier, a rejeté l'offre.", [("LEADS", "Paul Verdier", "Kelvio")]),
    ("Chez Orbalia, le directoire, présidé par Anne Fabre, a approuvé la cession.", [("LEADS", "Anne Fabre", "Orbalia")]),
    ("Technova lève 40 millions d'euros. Technova fabrique des batteries. Technova recrute. Le conseil d'administration, présidé par Jean Roux, se réunira lundi.",
     [("LEADS", "Jean Roux", "Technova")]),
    # (bbiz) OWNS: a stake accumulated, amassed ("a accumulé en Bourse 18 % du capital de Y")
    ("Technova a accumulé en Bourse 18,7 % du capital de son concurrent Kelvio.", [("OWNS", "Technova", "Kelvio"), ("COMPETES_WITH", "Kelvio", "Technova")]),
    ("Atlas Capital a discrètement amassé 9 % des actions de Kelvio.", [("OWNS", "Atlas Capital", "Kelvio")]),
    # (bbiz) FUNDS: the borrower relying on / contracting a loan granted by a lender, or by a pool it leads
    ("Technova s'appuie sur un prêt de 450 M€ accordé par un pool mené par la Banque Orelle.", [("FUNDS", "Banque Orelle", "Technova")]),
    ("Kelvio a contracté un prêt de 5 millions octroyé par la Banque Orelle.", [("FUNDS", "Banque Orelle", "Kelvio")]),
    # (bbiz) FUNDS: a public contract won ("remporter / décrocher le marché de Y"): Y pays the winner(s)
    ("Kelvio a remporté le marché de cybersécurité de la Métropole de Lyon.", [("FUNDS", "Métropole de Lyon", "Kelvio")]),
    ("Nuvia a décroché le contrat de maintenance de la Région Bretagne.", [("FUNDS", "Région Bretagne", "Nuvia")]),
    ("Kelvio et Technova ont remporté le marché de la Région Bretagne.", [("FUNDS", "Région Bretagne", "Kelvio"), ("FUNDS", "Région Bretagne", "Technova")]),
    # (bbiz) BOARD_MEMBER: a person joining or leaving the bare "conseil de Y" (a company named)
    ("Paul Verdier rejoint le conseil de Kelvio.", [("BOARD_MEMBER", "Paul Verdier", "Kelvio")]),
    ("Anne Fabre a quitté le conseil de Nuvia.", [("BOARD_MEMBER", "Anne Fabre", "Nuvia")]),
    # (bbiz) WORKS_FOR: "X, associé(e) d'Y" with "associé" read as the participle; "rejoint" after it taken
    # for a participle too: X joins the board
    ("Jean Roux, associé d'Atlas Capital, rejoint le conseil de Kelvio.", [("WORKS_FOR", "Jean Roux", "Atlas Capital"), ("BOARD_MEMBER", "Jean Roux", "Kelvio")]),
    ("Selon Paul Verdier, associé de la Banque Orelle, l'opération est risquée.", [("WORKS_FOR", "Paul Verdier", "Banque Orelle")]),
    # (bbiz) FUNDS: a sum given "à Y" (hung on the sum or the verb): "a versé 600 000 euros d'avance à Y"
    ("La Région Bretagne avait versé 600 000 euros d'avance remboursable à Kelvio en 2023.", [("FUNDS", "Région Bretagne", "Kelvio")]),
    ("La Banque Orelle a prêté 8 millions d'euros à Kelvio.", [("FUNDS", "Banque Orelle", "Kelvio")]),
    ("La Région Bretagne a accordé 2 millions d'euros à Kelvio.", [("FUNDS", "Région Bretagne", "Kelvio")]),
    # (bbiz) BIDS_FOR: an offer under the nouns of its filing ("annonce le dépôt / le lancement d'une offre sur
    # Y"): the announcer makes it; "sur Y" hung on "d'achat"
    ("Technova a annoncé le dépôt d'une offre publique d'achat sur Kelvio.", [("BIDS_FOR", "Technova", "Kelvio")]),
    ("Anne Fabre a annoncé le lancement d'une offre publique d'échange sur Nuvia.", [("BIDS_FOR", "Anne Fabre", "Nuvia")]),
    # (bbiz) COMPETES_WITH: two companies crossing swords ("X croise (surtout) le fer avec Y")
    ("Sur ce marché, Kelvio croise surtout le fer avec le toulousain Orbalia.", [("COMPETES_WITH", "Kelvio", "Orbalia")]),
    ("Kelvio croise le fer avec Technova sur le marché des batteries.", [("COMPETES_WITH", "Kelvio", "Technova")]),
    # chairing a board is leading the company (ONTOLOGY / corpus gold convention)
    ("Paul Verdier, qui préside le conseil de surveillance de Technova, a démissionné.",
     [("LEADS", "Paul Verdier", "Technova")]),
    # a firm that advises works for its client ("la banque X conseille Y", "le cabinet X, qui conseille Y")
    ("La banque Orelle conseille Technova dans cette opération.", [("WORKS_FOR", "Orelle", "Technova")]),
    ("Le cabinet Ferrand, qui conseille Nuvia, a démenti.", [("WORKS_FOR", "Ferrand", "Nuvia")]),
    # "représenté au conseil par X, qui succède à B": B held the board seat, not the company's lead
    ("Technova : nouveau conseil. Le groupe Technova renouvelle ses instances. Le fonds Atlas Capital sera "
     "représenté au conseil par Anne Fabre, qui succède à Paul Verdier.",
     [("BOARD_MEMBER", "Paul Verdier", "Technova")]),
    ("Technova : nouveau patron. Le groupe Technova change de tête. Le conseil d'administration a désigné "
     "Anne Fabre pour succéder à Paul Verdier.", [("LEADS", "Paul Verdier", "Technova")]),
    # (types) a place the text only names as where something is ("basé à X", "établi à X") is no party:
    # the possessive after it points back at the company
    ("Technova, un armateur basé à Marseille, a été racheté par Atlas Capital, son propriétaire.",
     [("OWNS", "Atlas Capital", "Technova")]),
    ("Les sanctions visent Maritima, un négociant établi à Dubaï, et son dirigeant Jean Roux.",
     [("LEADS", "Jean Roux", "Maritima")]),
    # (types) "à X" after a verb of giving is whom it goes to: the place-only rule keeps the taker
    ("Le groupe Kelvio a cédé sa filiale Nuvia à Orbalia pour 40 millions d'euros.",
     [("ACQUIRES", "Orbalia", "Nuvia")]),
    # (types) "dans X" after a stake ("investi dans X") and "via X" name a company, never a mere place
    ("Lyon Capital a investi 10 millions dans Technova.", [("INVESTS_IN", "Lyon Capital", "Technova")]),
    ("Atlas Capital détient 30 % de Nuvia via Orbalia, sa holding.", [("OWNS", "Atlas Capital", "Orbalia")]),
    # (types) "X, sa filiale à 100 %": a possessive apposition types the name an organisation
    ("Kelvio conserve Dorvalle FM, sa filiale à 100 %, dans son giron.", [("OWNS", "Kelvio", "Dorvalle FM")]),
    # (types) "X Cloud … X": a short form joins the one full name it opens, named first
    ("Le groupe Zorvane Cloud a levé 20 millions d'euros. Zorvane prévoit de recruter, a indiqué son PDG, Paul Verdier.",
     [("LEADS", "Paul Verdier", "Zorvane Cloud")]),
    # (biz4) ACQUIRES: a sale in the passive voice or a participle ("Y sera cédé à Z", "Y, cédé en 2020 à Z")
    ("La marque Kelvio sera cédée à la société Technova.", [("ACQUIRES", "Technova", "Kelvio")]),
    ("La société Kelvio a été vendue au groupe Technova en 2022.", [("ACQUIRES", "Technova", "Kelvio")]),
    ("La société Kelvio, cédée en 2020 au groupe Technova, emploie 300 salariés.", [("ACQUIRES", "Technova", "Kelvio")]),
    # (biz4) ACQUIRES: "X a racheté Y, la filiale de Z" with the apposition parsed as a second object: Y bought
    ("Technova a racheté Kelvio, la filiale de Nuvia.", [("ACQUIRES", "Technova", "Kelvio"), ("OWNS", "Nuvia", "Kelvio")]),
    # (biz4) FUNDS: a sum noun with its beneficiary, whatever the verb ("X a consenti / apporte / débloque un
    # prêt (une avance, une enveloppe) de N à / pour / en faveur de Y")
    ("La banque Orelle a consenti un prêt de 40 millions d'euros à la société Technova.",
     [("FUNDS", "Orelle", "Technova")]),
    ("Le fonds Atlas Capital a débloqué une enveloppe de 2 millions d'euros pour la start-up Kelvio.",
     [("FUNDS", "Atlas Capital", "Kelvio")]),
    ("Le fonds Atlas Capital a fait un apport de 8 millions d'euros en faveur de la société Kelvio.",
     [("FUNDS", "Atlas Capital", "Kelvio")]),
    # (biz4) FUNDS: "donner N euros à Y" is a sum given
    ("Le groupe Orbalia a donné 2 millions d'euros à la fondation Maritima.", [("FUNDS", "Orbalia", "Maritima")]),
    # (biz4) a relative pronoun after a preposition stands for the noun its clause hangs on ("Y, avec laquelle
    # X a signé un accord", "Y, à qui X a versé N")
    ("La banque Orelle, avec laquelle la société Technova a noué un partenariat, a publié ses comptes.",
     [("PARTNERS_WITH", "Technova", "Orelle")]),
    ("La société Kelvio, à qui le groupe Technova a versé 3 millions d'euros, conteste.", [("FUNDS", "Technova", "Kelvio")]),
    ("Le fonds Horizon Ventures soutient l'association Terres Libres, à laquelle il a versé 20 000 euros.",
     [("FUNDS", "Horizon Ventures", "Terres Libres")]),
    # (biz4) a singular verb after "…, qui" has one subject: the name nearest before the pronoun, however the
    # parser coordinated the clause ("… accordé par la banque X et que la holding Y, qui détient 52 % de Z")
    ("Le patron précise que l'offre est financée par un prêt accordé par la banque Orelle et que la holding Nuvia Participations, qui détient 52 % de Technova, soutient le projet.",
     [("OWNS", "Nuvia Participations", "Technova")]),
    # (biz4) BIDS_FOR: a purchase given up or failed is an offer, rejected (ONTOLOGY), not an acquisition
    ("Le groupe Technova a renoncé à racheter la société Kelvio.", [("BIDS_FOR", "Technova", "Kelvio")]),
    # (biz4) FUNDS: the body that opened a tender pays its winner ("X a remporté l'appel d'offres lancé par Y")
    ("La société Kelvio a remporté l'appel d'offres lancé par la région Valdarie.", [("FUNDS", "région Valdarie", "Kelvio")]),
    ("L'appel d'offres lancé par la région Valdarie a été remporté par la société Kelvio.",
     [("FUNDS", "région Valdarie", "Kelvio")]),
    # (biz4) FUNDS: a backer noun describes the giver, its "de Y" gets the money ("X est le sponsor (principal) de Y")
    ("La société Kelvio est le sponsor principal du club Maritima.", [("FUNDS", "Kelvio", "Maritima")]),
    ("La société Kelvio deviendra le mécène principal du musée Orbalia.", [("FUNDS", "Kelvio", "Orbalia")]),
    # (biz4) a name hung on a time phrase after a verb with no object is its object ("X a racheté en octobre Y")
    ("Orbalia a racheté en octobre Kelvio.", [("ACQUIRES", "Orbalia", "Kelvio")]),
    ("Le groupe Orbalia a racheté en octobre Kelvio, une start-up lyonnaise.", [("ACQUIRES", "Orbalia", "Kelvio")]),
    # (pol4) OPPOSES: a bid turned down by its target (or its board); the bidder is the offer's "de X", else
    # the subject of the sentence before that made the offer; verbs of judging need a hostile word
    ("Le conseil d'administration de Kelvio a rejeté l'offre de Technova.", [("OPPOSES", "Kelvio", "Technova")]),
    ("Technova a lancé une OPA sur Kelvio. Kelvio a jugé l'offre « inamicale ».", [("OPPOSES", "Kelvio", "Technova")]),
    ("Horizon Ventures a déposé une offre sur Nuvia le 3 mars. Deux semaines plus tard, le conseil de Nuvia a "
     "repoussé l'offre, la jugeant « hostile ».", [("OPPOSES", "Nuvia", "Horizon Ventures")]),
    ("Technova a déposé une offre publique d'achat sur Kelvio. Le conseil de la cible a jugé l'offre « hostile ».",
     [("OPPOSES", "Kelvio", "Technova")]),
    # (pol4) … while the head of the assembly itself leads it
    ("Anne Fabre, présidente de l'Assemblée nationale, a ouvert la séance.", [("LEADS", "Anne Fabre", "Assemblée nationale")]),
    # (pol4) … while a plain succession in such an article, or at the head of Y, still tells who led Y
    ("Technova a publié ses comptes. Technova perd de l'argent. Les clients de Technova partent. Jean Roux succède à Anne Fabre.", [("LEADS", "Anne Fabre", "Technova")]),
    ("Paul Verdier succède à Anne Fabre à la direction générale de Technova.", [("LEADS", "Anne Fabre", "Technova")]),
    # (pol4) "les députés / militants de Y" tells Y is a party: (s35-conv35) its vice-president, one of its
    # officers, works for it (the session-35 convention; membership before)
    ("Anne Fabre a reçu les députés de Nouvel Élan. Paul Verdier, vice-président de Nouvel Élan, a salué l'accord.",
     [("WORKS_FOR", "Paul Verdier", "Nouvel Élan")]),
    ("Les militants de Renouveau citoyen sont divisés. Jean Roux, vice-président de Renouveau citoyen, a démissionné.",
     [("WORKS_FOR", "Jean Roux", "Renouveau citoyen")]),
    # (pol4) a company's rival is a competitor; a person's rival an opponent
    ("Anne Fabre a rejoint Kelvio, le grand rival lyonnais de Technova.", [("COMPETES_WITH", "Kelvio", "Technova")]),
    ("Paul Verdier est le principal rival d'Anne Fabre dans la course à la mairie.",
     [("OPPOSES", "Paul Verdier", "Anne Fabre")]),
    # (pol4) ALLY_OF: support given with a date word between verb and noun ("a apporté mercredi son soutien à
    # Y": the parser hangs the noun on the date)
    ("Paul Verdier a apporté mercredi son soutien à Anne Fabre.", [("ALLY_OF", "Paul Verdier", "Anne Fabre")]),
    ("Paul Verdier a réaffirmé lundi son soutien à Anne Fabre.", [("ALLY_OF", "Paul Verdier", "Anne Fabre")]),
    # trade nouns that introduce a company ("le transitaire X", "le semencier X", "la coopérative X")
    ("Technova : la crise. Le transitaire havrais Ouvrard Fret, qui acheminait les cargaisons de Technova, a "
     "rompu ce contrat. « Nous avons appris la nature des marchandises », a affirmé son PDG, Yvon Ouvrard.",
     [("LEADS", "Yvon Ouvrard", "Ouvrard Fret")]),
    ("Le semencier Graines Moreau a levé 10 millions d'euros auprès d'Atlas Capital.",
     [("INVESTS_IN", "Atlas Capital", "Graines Moreau")]),
    # (discourse2) a post at Y held by the subject, then a career verb: "l'entreprise" is Y, not the
    # company of the sentence before
    ("Le groupe Orbalia a publié ses comptes. Le directeur financier de Nuvia, Anne Fabre, quittera "
     "l'entreprise en juin.", [("WORKS_FOR", "Anne Fabre", "Nuvia")]),
    # (discourse2) … but an actor introduced as an association keeps "l'association", whatever it does
    ("L'association Orbalia Nature a racheté un terrain. L'association, présidée par Jean Roux, veut le "
     "protéger.", [("LEADS", "Jean Roux", "Orbalia Nature")]),
    # (discourse2) a quote cut into several sentences before "a affirmé son PDG": the possessive's
    # company is the subject of the last sentence that names an actor, before the quote
    ("Technova a racheté Kelvio. Technova vise l'Asie. Orbalia a perdu un contrat. « C'est injuste. Nous "
     "ferons appel », a affirmé son PDG, Paul Verdier.", [("LEADS", "Paul Verdier", "Orbalia")]),
    # an envoy works for the state that sends them
    ("Paul Verdier doit recevoir vendredi l'ambassadeur de Chine en France, Liang Haoran.",
     [("MEETS", "Paul Verdier", "Liang Haoran"), ("WORKS_FOR", "Liang Haoran", "Chine")]),
    # (lead, ninth session) a capital named as an actor is a state, never a bidder: see FORBIDDEN;
    # a feminine minister's ministry is named in the masculine
    ("La ministre française des Affaires étrangères, Lise Darnal, a salué l'accord.",
     [("LEADS", "Lise Darnal", "ministère des Affaires étrangères")]),
    # "X, qui représente au conseil la holding Y": X works for the holding (not Y for X, as a counsel)
    ("Sa candidature avait reçu l'appui d'Odile Carvenne, qui représente au conseil la holding familiale "
     "Carvenne Investissement, premier actionnaire.", [("WORKS_FOR", "Odile Carvenne", "Carvenne Investissement")]),
    # (lead) "Me X, conseil de Y": "conseil" bare in apposition is Y's lawyer or adviser (a board takes its article)
    ("Selon Me Anne Fabre, conseil de Kelvio, la plainte sera déposée lundi.", [("WORKS_FOR", "Anne Fabre", "Kelvio")]),
    ("Kelvio, conseil de Technova dans l'opération, a touché 3 millions.", [("WORKS_FOR", "Kelvio", "Technova")]),
    # (para) a paragraph speaks of its own actors: "Chez Y, on encaisse. Son PDG assure que l'entreprise
    # n'engagera aucun recours" - the company that renounces suing is Y, not the one of the paragraph before
    ("Kelvio a levé 20 millions d'euros. La start-up recrute.\nChez Technova, on encaisse. Son PDG, Paul "
     "Verdier, assure que l'entreprise n'engagera aucun recours contre Kelvio.",
     [("LEADS", "Paul Verdier", "Technova")]),
    # (para) "X, elle, refuse" opening a paragraph: the company it detaches, then "le groupe" goes on with it
    ("Technova a déposé une offre sur Kelvio.\nKelvio, elle, refuse. Le groupe a mandaté la Banque Orelle.",
     [("BIDS_FOR", "Technova", "Kelvio"), ("WORKS_FOR", "Banque Orelle", "Kelvio")]),
    # (speech2) the first person of an attributed quotation: "nous", "notre" are the speaker's organisation,
    # named after the quote ("a déclaré X, PDG de Y"), before it ("X, PDG de Y, a déclaré : « … »"), by a
    # title with no name ("tranche la directrice générale de Y"), or by the quote before in the paragraph
    ("« Notre partenaire Kelstra nous accompagne depuis dix ans », explique Anne Fabre, directrice générale "
     "de Maritima.", [("PARTNERS_WITH", "Kelstra", "Maritima")]),
    ("Paul Verdier, PDG de Technova, a déclaré : « Nous attaquerons Vextan en justice. »",
     [("SUES", "Technova", "Vextan")]),
    ("« Kelvio est notre principal concurrent », tranche la directrice générale de Nuvia.",
     [("COMPETES_WITH", "Kelvio", "Nuvia")]),
    ("« Kelstra nous accompagne », explique Paul Verdier, PDG de Technova. « Notre filiale Orvane sera cotée "
     "en 2026. »", [("OWNS", "Technova", "Orvane")]),

    # (frames5) causative "faire payer à A N à B": A pays B, not the one who has it done
    ("Paul Verdier a fait payer à Technova 3 millions d'euros, en 2024, à Orbalia Conseil, une société détenue "
     "par Anne Fabre.", [("FUNDS", "Technova", "Orbalia Conseil")]),
    # (frames5) a loan granted by X ("arrangé / accordé / ouvert par X") hung on the borrower's verb: the
    # borrower is that verb's subject, or the company its head ("le PDG de Y, X") takes the loan for
    ("Pour financer l'opération, Technova s'appuie sur un prêt relais de 1,5 milliard d'euros arrangé par la "
     "Banque Orelle.", [("FUNDS", "Banque Orelle", "Technova")]),
    ("Pour financer l'opération, le PDG de Technova, Paul Verdier, s'appuie sur un prêt relais de 1,5 milliard "
     "d'euros arrangé par la Banque Orelle.", [("FUNDS", "Banque Orelle", "Technova")]),
    ("Kelvio dispose d'une ligne de crédit de 20 M€ ouverte par la Banque Orelle.",
     [("FUNDS", "Banque Orelle", "Kelvio")]),
    # (frames5) qualified measures "contre Y" are sanctions aimed at Y, the "contre" phrase on the noun or
    # on its qualifier ("mesures de rétorsion contre Y"), the object hung on a time phrase ("dans la foulée")
    ("Le Royaume-Uni a annoncé dans la foulée des mesures similaires contre la société Kelvio Trading.",
     [("OPPOSES", "Royaume-Uni", "Kelvio Trading")]),
    ("La Commission européenne a adopté des mesures de rétorsion contre Technova.",
     [("OPPOSES", "Commission européenne", "Technova")]),
    # (frames5) a quoted blacklist: the names between the verb and the list are the ones listed, however the
    # parser hung them (an xcomp, a conjunct "sa filiale B", the list hung on a detached participle)
    ("Le ministère valdarien du Commerce a inscrit Technova et sa filiale Nuvia, spécialisée dans les sonars, "
     "sur sa liste des « entités non fiables ».", [("OPPOSES", "ministère valdarien du Commerce", "Technova"),
                                                  ("OPPOSES", "ministère valdarien du Commerce", "Nuvia")]),
    # (frames5) being on a blacklist: "X figure sur la liste noire de Y", and a fronted "parmi les entités
    # inscrites sur la liste noire de Y figurent A et B" (the names after the verb, as a line)
    ("Paul Verdier figure sur la liste noire de l'Union européenne.",
     [("OPPOSES", "Union européenne", "Paul Verdier")]),
    ("Parmi les onze entités inscrites sur la liste noire de l'Union européenne figurent le producteur Kelvio "
     "Trading, basé à Orbalia, et son directeur, Paul Verdier.",
     [("OPPOSES", "Union européenne", "Kelvio Trading"), ("OPPOSES", "Union européenne", "Paul Verdier")]),
    # (para2) a bare title in a paragraph a "Chez X, on …" / "Du côté de X, …" opens is X's, not the
    # article's main company
    ("Technova a lancé une offre hostile sur Kelvio.\nChez Kelvio, on parle d'agression. Le directeur "
     "général, Jean Roux, dénonce un prix ridicule.", [("LEADS", "Jean Roux", "Kelvio")]),
    ("Technova a lancé une offre hostile sur Kelvio.\nDu côté de Kelvio, on temporise. Le président, Anne "
     "Fabre, promet une réponse.", [("LEADS", "Anne Fabre", "Kelvio")]),
]

# Ties the extractor must NOT draw from a sentence (a wrong party is worse than none).
FORBIDDEN = [
    # "un projet de loi visant Y" is no offer
    ("Technova a déposé un projet de loi visant Kelvio.", ("BIDS_FOR", "Technova", "Kelvio")),
    # a counter-offer with no other bid in the article has no target; the target weighing one bids for nobody
    ("Technova a signé un contrat avec Kelvio. Orbalia a déposé une contre-offre.", ("BIDS_FOR", "Orbalia", "Kelvio")),
    ("Technova a lancé une offre sur Kelvio. Kelvio étudie une contre-offre.", ("BIDS_FOR", "Kelvio", "Kelvio")),
    # a place after "basé à" is never the owner of a possessive after it
    ("L'Union européenne a sanctionné Kelvio Trading, basé à Orbalia, et son directeur, Paul Verdier.",
     ("LEADS", "Paul Verdier", "Orbalia")),
    # a true passive ("a lui-même été racheté par X") keeps its passive subject: Y is bought, not the buyer
    ("Kelvio a lui-même été racheté par Technova.", ("ACQUIRES", "Kelvio", "Technova")),
    # the verb "offrir" itself (not after a noun's "de") is no bid
    ("Le président de Kelvio offre sa démission à Technova.", ("BIDS_FOR", "Kelvio", "Technova")),
    # (para) "Chez Y, on encaisse. Son PDG assure que l'entreprise…": not the company of the paragraph before
    ("Kelvio a levé 20 millions d'euros. La start-up recrute.\nChez Technova, on encaisse. Son PDG, Paul "
     "Verdier, assure que l'entreprise n'engagera aucun recours contre Kelvio.", ("LEADS", "Paul Verdier", "Kelvio")),
    # (para) "X, elle, refuse" opening a paragraph is X, not the bidder of the paragraph before
    ("Technova a déposé une offre sur Kelvio.\nKelvio, elle, refuse. Le groupe a mandaté la Banque Orelle.",
     ("WORKS_FOR", "Banque Orelle", "Technova")),
    # (discourse2) a quote cut into sentences before "son PDG": not the company of the article's start
    ("Technova a racheté Kelvio. Technova vise l'Asie. Orbalia a perdu un contrat. « C'est injuste. Nous "
     "ferons appel », a affirmé son PDG, Paul Verdier.", ("LEADS", "Paul Verdier", "Technova")),
    # (discourse2) "l'association", "le syndicat" is not an actor the text shows doing a company's work
    ("Kelvio construit une usine près du lac. L'association, présidée par Jean Roux, a déposé un recours.",
     ("LEADS", "Jean Roux", "Kelvio")),
    ("Nuvia recrute 200 ingénieurs. Le syndicat, dirigé par Paul Verdier, appelle à la grève.",
     ("LEADS", "Paul Verdier", "Nuvia")),
    # (discourse2) "Le directeur financier de Y, X, quittera l'entreprise": Y, not the company named before
    ("Le groupe Orbalia a publié ses comptes. Le directeur financier de Nuvia, Anne Fabre, quittera "
     "l'entreprise en juin.", ("WORKS_FOR", "Anne Fabre", "Orbalia")),
    # (discourse2) … but a post at Y and a verb of attack: "le groupe" is another one, not Y itself
    ("Le groupe Orbalia a publié ses comptes. Le porte-parole de Nuvia, Anne Fabre, a critiqué le groupe.",
     ("ACCUSES", "Anne Fabre", "Nuvia")),
    # "les Verdier" after "la famille Verdier" is the family, not Paul Verdier named before
    ("Paul Verdier dirige Technova. La famille Verdier détient 40 % du groupe. Les Verdier ont rejeté "
     "l'offre d'Orbalia.", ("OPPOSES", "Paul Verdier", "Orbalia")),
    # (discourse) "Elle" after "Le ministre X a reçu Y": not the minister the text calls a man
    ("Le ministre Paul Verdier a reçu Anne Fabre. Elle a présenté son plan de rachat de Kelvio.",
     ("BIDS_FOR", "Paul Verdier", "Kelvio")),
    # (discourse) "L'intéressée": the accused woman the text goes on speaking of, not one named in passing in
    # a speaker's apposition; her lawyer is not that other woman's
    ("Kelvio a porté plainte contre son ancienne directrice, Anne Fabre. Celle-ci, qui avait passé dix ans chez "
     "Kelvio, est soupçonnée d'avoir emporté des fichiers. « Les preuves sont accablantes », affirme Paul Verdier, "
     "le président, fils de la fondatrice Marie Verdier. L'intéressée conteste fermement. Par la voix de son "
     "avocat, Me Jean Roux, elle assure n'avoir rien emporté.", ("WORKS_FOR", "Jean Roux", "Marie Verdier")),
    # (lead, s7) … and not MEMBER_OF
    ("Me Anne Fabre, avocate du Parti valdarien, a déposé un recours.", ("MEMBER_OF", "Anne Fabre", "Parti valdarien")),
    # (lead, s7) "X, ancien ingénieur de Y, a quitté le groupe …": the group is Y, over an actor the
    # article introduced as "le groupe Z" earlier
    ("Kelvio lève 12 millions d'euros. Le groupe Technova, qui a signé avec Kelvio, suit le dossier. Jean Roux, "
     "ancien ingénieur d'Orbalia, a quitté le groupe industriel en 2018 pour se lancer.",
     ("WORKS_FOR", "Jean Roux", "Technova")),
    # (lead, s7) … not for the name nearest the title, the clause's object
    ("Technova ne rachètera pas Kelvio, explique Anne Fabre, sa présidente.", ("LEADS", "Anne Fabre", "Kelvio")),
    # (lead, s7) "directrice des opérations de Y, le gestionnaire de …": no LEADS through the department
    ("Mme Fabre, 49 ans, était jusqu'ici directrice des opérations de Kelvio, le gestionnaire de réseaux, "
     "qu'elle avait rejoint en 2016.", ("LEADS", "Fabre", "Kelvio")),
    # (pol3) a company's chair: the bracketed name is no party
    ("Le président de Kelvio, Jean Roux (Technova), a réagi.", ("MEMBER_OF", "Jean Roux", "Technova")),
    # (pol3) a former elected member hired by a company works for it
    ("Anne Fabre, ancienne élue de Lyon, a rejoint Kelvio comme directrice.", ("MEMBER_OF", "Anne Fabre", "Kelvio")),
    ("L'AMF a notifié des griefs à Kelvio.", ("ACCUSES", "AMF", "Kelvio")),
    ("Paul Verdier, reçu jeudi place Beauvau par le préfet Jean Roux, a souri.", ("MEETS", "Jean Roux", "Beauvau")),
    # (pol3) voting an award to one adopts it: no opposition
    ("Le conseil de la métropole de Kelvio a voté, par 40 voix contre 12, l'attribution du contrat à la société Technova.",
     ("OPPOSES", "Kelvio", "Technova")),
    # (pol3) a rallying not obtained is no alliance
    ("Anne Fabre n'a pas obtenu le ralliement de Jean Roux.", ("ALLY_OF", "Jean Roux", "Anne Fabre")),
    # (pol3) elected to a post of a company: no label
    ("Anne Fabre, élue présidente de Technova en mai, a réagi.", ("MEMBER_OF", "Anne Fabre", "Technova")),
    # (pol3) a company's vice-president works for it; (s20-prec2) a group named on its own is led by its chair
    ("Jean Roux, vice-président de Technova, a réagi.", ("MEMBER_OF", "Jean Roux", "Technova")),
    ("Paul Verdier, président du groupe Avenir commun à l'Assemblée, a réagi.",
     ("MEMBER_OF", "Paul Verdier", "Avenir commun")),
    # (pol3) a gain of money is no case won; the court that condemns is not the claimant
    ("Anne Fabre a obtenu un gain de 3 millions d'euros contre Technova.", ("SUES", "Anne Fabre", "Technova")),
    ("La cour d'appel a condamné Orbalia à indemniser Maritima.", ("SUES", "Maritima", "cour d'appel")),
    # (bpol) the one who undergoes the pressures blamed is not blamed
    ("Anne Fabre a dénoncé les pressions subies par Paul Verdier.", ("ACCUSES", "Anne Fabre", "Paul Verdier")),
    # (bpol) "se voir + infinitive" is a passive, no meeting
    ("Anne Fabre et Jean Roux se sont vu infliger une amende.", ("MEETS", "Anne Fabre", "Jean Roux")),
    ("Paul Verdier et Anne Fabre se voient reprocher leur silence.", ("MEETS", "Paul Verdier", "Anne Fabre")),
    # (bpol) a letter, a support received from envoys is no meeting
    ("Anne Fabre a reçu une lettre des représentants de Kelvio.", ("MEETS", "Anne Fabre", "Kelvio")),
    ("Jean Roux a reçu le soutien des délégués de la Valdarie.", ("MEETS", "Jean Roux", "Valdarie")),
    # (bpol) a plain speech verb "à propos de Y" taunts no one
    ("« Nous restons confiants », a déclaré Jean Roux à propos de Technova.", ("ACCUSES", "Jean Roux", "Technova")),
    # (bpol) a witness in an investigation, the victim it is about, are not its target
    ("Anne Fabre a été entendue comme témoin dans une enquête ouverte par le parquet de Lyon.", ("SUES", "parquet de Lyon", "Anne Fabre")),
    ("Le parquet de Lyon a ouvert une enquête sur la mort de Jean Roux.", ("SUES", "parquet de Lyon", "Jean Roux")),
    # (bpol) a subsidiary named after "et sa filiale," is no person sued
    ("Jean Roux a assigné Kelvio et sa filiale, Nuvia, pour contrefaçon.", ("SUES", "Jean Roux", "Nuvia")),
    # (bpol) "sa liste noire" is the lister's, not a listed name's; a place after "établie à" is not listed
    ("La Valdarie a ajouté Kelvio et Nuvia à sa liste noire.", ("OPPOSES", "Nuvia", "Kelvio")),
    # (bpol) reporting one's disappearance to the police accuses no one
    ("Paul Verdier a signalé la disparition de Jean Roux à la police.", ("ACCUSES", "Paul Verdier", "Jean Roux")),
    # (bpol) the reader or receiver of a text that blames is not its author
    ("Jean Roux a lu un article dénonçant la gestion de Kelvio.", ("ACCUSES", "Jean Roux", "Kelvio")),
    ("Anne Fabre a reçu une lettre dénonçant les pratiques de Technova.", ("ACCUSES", "Anne Fabre", "Technova")),
    ("Trois sociétés – Kelvio, établie à Bichkek, Nuvia, enregistrée à Dubaï, et Orbalia – ont été ajoutées par la Valdarie à sa liste noire.",
     ("OPPOSES", "Valdarie", "Dubaï")),
    # (a managing partner does not lead the firm)
    ("Nathan Keller, associé gérant de la société Kelvio, siège au conseil.", ("LEADS", "Nathan Keller", "Kelvio")),
    # speaking of sanctions is not being under them
    ("Les États-Unis ont parlé. Paul Verdier a évoqué les sanctions américaines lors du sommet.",
     ("OPPOSES", "États-Unis", "Paul Verdier")),
    # a company hired for works is a contractor, not an adviser (no adviser's noun)
    ("La Valdarie a mandaté la société Kelvio pour reconstruire le port.", ("WORKS_FOR", "Kelvio", "Valdarie")),
    ("Côté défense, la directrice générale de Kelvio, Anne Fabre, a mandaté la banque d'affaires Orelle & Associés.",
     ("WORKS_FOR", "Orelle & Associés", "Anne Fabre")),
    ("Côté patronat, le président du groupe Technova, Paul Verdier, a critiqué Jean Roux.",
     ("ACCUSES", "Côté", "Jean Roux")),
    # (only after an offer's "sur": "miser sur Lyon, sa ville natale" names a place)
    ("Le groupe Technova a parié sur Kelvio, son concurrent, pour gagner.", ("BIDS_FOR", "Technova", "Kelvio")),
    # a family's representative does not work for the family (an adviser of it does serve it)
    ("Paul Verdier, représentant de la famille Orelli, siège au conseil de Kelvio.",
     ("WORKS_FOR", "Paul Verdier", "famille Orelli")),
    # coordinated titles of different times: "administrateur référent et ancien dirigeant de Y" is no board
    # member of Y (the complement is the second title's alone)
    ("Paul Verdier, administrateur référent et ancien dirigeant du cimentier Orbalia, prend la présidence du conseil.",
     ("BOARD_MEMBER", "Paul Verdier", "Orbalia")),
    # a unit's head does not lead the whole company
    ("Paul Verdier, l'ancien patron de la branche signalisation du suisse Orbalia, rejoint Kelvio.",
     ("LEADS", "Paul Verdier", "Orbalia")),
    ("Jean Roux, patron du pôle énergie de Technova, a démissionné.", ("LEADS", "Jean Roux", "Technova")),
    # "une offre visant à + infinitive" names no target company
    ("Technova a déposé une offre visant à renforcer sa position face à Kelvio.", ("BIDS_FOR", "Technova", "Kelvio")),
    # "à côté de Y" is a place, not a seller
    ("La société Kelvio a acheté pour 5 millions d'euros de terrains à côté de la société Technova.",
     ("FUNDS", "Kelvio", "Technova")),
    # coref: "la cible" with no bid spoken of is no company ("un contrat avec Y … 5 % de la cible")
    ("Technova a signé un contrat avec Kelvio. Le fonds Atlas Capital détient 5 % de la cible.",
     ("OWNS", "Atlas Capital", "Kelvio")),
    ("Technova veut racheter Kelvio. Atlas Capital, qui détient 5 % de la cible, hésite.",
     ("OWNS", "Atlas Capital", "Technova")),
    # coref: "le gouvernement" a former Prime Minister led is a state's, not the département he sits for
    ("Paul Verdier, député de la Dordogne, a quitté le parti. Ce dernier, qui dirigea le gouvernement en 2017, a "
     "critiqué Anne Fabre.", ("LEADS", "Paul Verdier", "Dordogne")),
    # coref: "l'entreprise" is not an investor whose name says it is a fund ("… Ventures") named nearer
    ("La PME Kelvio lève 20 millions d'euros. Le tour est mené par le fonds Atlas Capital. Les investisseurs "
     "historiques, dont Horizon Ventures et la banque Orelle, remettent au pot. « Nous voulons aller vite », "
     "assure Anne Fabre, présidente de l'entreprise.", ("LEADS", "Anne Fabre", "Horizon Ventures")),
    # coref: "le président de Y" is not the one who holds an office at another organisation ("X, maire
    # de Z … Le président de Y …"); two presidents in play, not a guess by recency (the clause subject
    # before, one of them, may be kept)
    ("Jean Roux, le maire de Valdeville, a signé avec Technova. Le maire a défendu le contrat. Le président de "
     "Technova a accusé Kelvio de plagiat.", ("ACCUSES", "Jean Roux", "Kelvio")),
    ("Paul Verdier, président de Technova, a rencontré Jean Roux, président de Kelvio. Le lendemain, le président "
     "a accusé Nuvia de plagiat.", ("ACCUSES", "Jean Roux", "Nuvia")),
    # "son propre président" of a vice-president of Kelvio is not Technova's president
    ("Anne Fabre, présidente de Technova, dirige le groupe depuis 2019. Jean Roux, vice-président de Kelvio, a "
     "désavoué son propre président.", ("OPPOSES", "Jean Roux", "Anne Fabre")),
    # (typing) "le Lyonnais X": not a buyer of its own
    ("Le Lyonnais Paul Verdier a racheté Orbalia pour 40 millions d'euros.", ("ACQUIRES", "Lyonnais", "Orbalia")),
    # the head of a state administration ("de la sécurité civile") does not work for the article's company
    ("La société Kelvio décroche le contrat. Kelvio recrute. Kelvio grandit. Anne Fabre a été reçue par le préfet "
     "Paul Verdier, directeur général de la sécurité civile.", ("WORKS_FOR", "Paul Verdier", "Kelvio")),
    # the name after "Avec son concurrent," is the next clause's subject, not the rival
    ("Technova va mal. Avec son concurrent, Kelvio a signé un accord de distribution.",
     ("COMPETES_WITH", "Kelvio", "Technova")),
    # "directrice générale adjointe": a deputy, who does not lead
    ("Anne Fabre, directrice générale adjointe de la société Kelvio, n'est pas candidate.",
     ("LEADS", "Anne Fabre", "Kelvio")),
    # "l'entreprise" is never the fund introduced as one ("le fonds X")
    ("La start-up Kelvio lève 20 millions d'euros. Le fonds Atlas Growth ne participe pas à l'opération. « Nous "
     "voulons aller vite », assure Anne Fabre, présidente de l'entreprise.", ("LEADS", "Anne Fabre", "Atlas Growth")),
    # a mayor or a minister leads a public body, never the company the sentence is about
    ("La société Technova pollue la rivière. « L'industriel savait », accuse son maire, Paul Verdier.",
     ("LEADS", "Paul Verdier", "Technova")),
    # mentions (ge): "la PME" after "le fonds X a racheté Y" is Y, never the fund
    ("Le fonds Atlas Capital a racheté Kelvio. La PME de 120 salariés, dirigée par Paul Verdier, fabrique des "
     "drones.", ("LEADS", "Paul Verdier", "Atlas Capital")),
    ("Paul Verdier brigue la présidence de Kelvio.", ("LEADS", "Paul Verdier", "Kelvio")),
    # a lawyer's "nous" is not the client's
    ("« Nous allons porter plainte contre Orbalia », a déclaré Jean Roux, l'avocat de Maritima.",
     ("SUES", "Maritima", "Orbalia")),
    ("Le gouvernement allemand s'est dit hostile à toute prise de contrôle de Kelvio par Orbalia.",
     ("ACQUIRES", "Orbalia", "Kelvio")),
    # receiving a gift from someone is no meeting with them
    ("Paul Verdier a reçu un don de la part du marchand d'armes Jean Roux.", ("MEETS", "Paul Verdier", "Jean Roux")),
    # the appointing body is not the one a title names itself
    ("Technova a nommé Anne Fabre directrice générale de Kelvio, sa filiale.", ("LEADS", "Anne Fabre", "Technova")),
    ("Orbalia a salué la nomination de Jean Roux au poste de ministre de l'économie.", ("LEADS", "Jean Roux", "Orbalia")),
    # "la fille du président de Y, X": X may be the daughter, not the president
    ("La fille du président de Technova, Anne Fabre, a démenti.", ("LEADS", "Anne Fabre", "Technova")),
    # a participle headline with its agent: the name before it is bought, it does not buy
    ("Technova, racheté par Kelvio en 2019.", ("ACQUIRES", "Technova", "Kelvio")),
    ("Paul Verdier est intervenu à Davos devant Technova.", ("OPPOSES", "Paul Verdier", "Technova")),
    ("Technova a racheté la branche médicale de Kelvio.", ("ACQUIRES", "Technova", "Kelvio")),
    ("Qui est Paul Verdier, l'homme qui rachète Kelvio et Nuvia ?", ("ACQUIRES", "Nuvia", "Kelvio")),
    # a board is no adviser
    ("Paul Verdier est entré au conseil de Kelvio en mai.", ("WORKS_FOR", "Paul Verdier", "Kelvio")),
    # "face à l'opposition de Y": Y opposes, the subject does not oppose Y
    ("Technova a renoncé à son offre sur Kelvio face à l'opposition de Paul Verdier.", ("OPPOSES", "Technova", "Paul Verdier")),
    ("Jean Roux, président de la République de Valdarie, a reçu Paul Verdier.", ("WORKS_FOR", "Jean Roux", "Valdarie")),
    ("Selon Anne Fabre, Technova a investi dans Kelvio.", ("INVESTS_IN", "Anne Fabre", "Kelvio")),
    # taking part in a meeting is no stake, and whoever praises it holds nothing
    ("Paul Verdier a salué la participation de Technova à la réunion.", ("OWNS", "Paul Verdier", "Technova")),
    # coming from someone's office is no family tie
    ("Paul Verdier, issu du cabinet de Jean Roux, dirige Technova.", ("FAMILY", "Paul Verdier", "Jean Roux")),
    # two titles listed together: neither owns the other
    ("Le groupe Technova comprend également Radio Lumière et les magazines Bâtir et Mémoire des arts.",
     ("OWNS", "Bâtir", "Mémoire des arts")),
    # the title stands for the person, not for the company named beside him
    ("Signe des temps, un autre milliardaire, le PDG du géant français de l'énergie Orbalia Anne Fabre a pris "
     "en mai une participation de 10% dans Kelvio.", ("OWNS", "Orbalia", "Kelvio")),
    # the client of an agency does not work for it
    ("Le journal a reçu un message de Lumina Conseil, l'agence en charge de la communication de Paul Verdier.",
     ("WORKS_FOR", "Paul Verdier", "Lumina Conseil")),
    # meeting people of a company is not working for it
    ("Paul Verdier a rencontré des représentants de Kelvio.", ("WORKS_FOR", "Paul Verdier", "Kelvio")),
    ("Technova et Kelvio se disputent le marché européen.", ("OPPOSES", "Technova", "Kelvio")),
    ("Paul Verdier et Anne Fabre, rivaux de Jean Roux, ont voté.", ("OPPOSES", "Paul Verdier", "Anne Fabre")),
    ("Kelvio a obtenu un prêt de la Banque Orelle.", ("FUNDS", "Kelvio", "Banque Orelle")),
    ("Kelvio a décroché un contrat avec Technova.", ("FUNDS", "Kelvio", "Technova")),
    # financial support is funding, not an alliance
    ("Technova a apporté un soutien financier à Kelvio.", ("ALLY_OF", "Technova", "Kelvio")),
    # a title phrase the main verb follows with no comma is that verb's subject, not an apposition
    # to the name before it
    ("Chargé pour Technova du pilotage de l'alliance avec Kelvio, en collaboration avec Paul Verdier, l'actuel "
     "président de Nuvia (remplacé en mai 2019) s'envolera cette semaine pour le Japon.", ("LEADS", "Paul Verdier", "Nuvia")),
    ("Chargé des questions de l'alliance avec Kelvio, en collaboration avec Paul Verdier, l'actuel président de "
     "Nuvia (remplacé en mai 2019) partira cette semaine pour le Japon.", ("LEADS", "Paul Verdier", "Nuvia")),
    ("Sous la houlette de son président, Jean Roux, Orbalia a commencé en 2019 à se tourner davantage vers la "
     "gestion d'actifs pour diversifier ses revenus et a racheté en mai 2023 la société de gestion Nuvia Partners.",
     ("ACQUIRES", "Jean Roux", "Nuvia Partners")),
    # "ces groupes" is a list of three or more names only: a pair is not read as one
    ("Atlas Capital et Nuvia ont publié leurs comptes. Ces groupes ont participé au tour de table de Kelvio.",
     ("INVESTS_IN", "Nuvia", "Kelvio")),
    # participating in a meeting is no investment
    ("Kelvio recrute. Kelvio ouvre un bureau à Lyon. Kelvio vise l'Europe. Jean Roux a participé à la réunion de Kelvio.",
     ("INVESTS_IN", "Jean Roux", "Kelvio")),
    # "le groupe X, maison mère de Y": X owns Y, not the other way round
    ("Technova a signé un accord avec le groupe bancaire français Orbalia, maison mère de Kelvio Gestion, lundi.",
     ("OWNS", "Kelvio Gestion", "Orbalia")),
    # a post disputed through another noun is not held
    ("Paul Verdier et Anne Fabre se disputent déjà l'héritage de leur mentor, de la présidence du groupe "
     "Technova à celle de Kelvio.", ("LEADS", "Paul Verdier", "Technova")),
    # "le groupe" is the employer the subject's apposition just named, not the group of the sentence before
    ("Le groupe Technova recrute. Paul Verdier, ancien ingénieur de Kelvio, a quitté le groupe industriel en "
     "2018 pour fonder Nuvia.", ("WORKS_FOR", "Paul Verdier", "Technova")),
    ("Le Canada a sanctionné Kelvio. La Norvège a sanctionné Nuvia. Paul Verdier a été sanctionné mardi.",
     ("OPPOSES", "Canada", "Paul Verdier")),
    # a constituency is no body one is a member of; a second title keeps its own complement
    ("Paul Verdier, ministre de l'Intérieur et député du Nord, a démissionné.", ("MEMBER_OF", "Paul Verdier", "Nord")),
    ("Paul Verdier, ministre de l'Intérieur et député du Nord, a démissionné.", ("LEADS", "Paul Verdier", "Nord")),
    # a post sought is not a post held; "on retrouve X" is no meeting
    ("Paul Verdier brigue la présidence de Technova.", ("LEADS", "Paul Verdier", "Technova")),
    ("Paul Verdier et Anne Fabre se disputent déjà la présidence du groupe Technova.",
     ("LEADS", "Anne Fabre", "Technova")),
    ("Aux côtés de Paul Verdier et de Jean Roux, on retrouve Anne Fabre.", ("MEETS", "Jean Roux", "Anne Fabre")),
    # a country or a region is a market here, not a company to take over
    ("Kelvio ouvre un bureau à Lyon et vise l'Asie avec Kelvio Mobile.", ("BIDS_FOR", "Kelvio", "Asie")),
    ("Kelvio ouvre un bureau à Lyon et vise le Japon.", ("BIDS_FOR", "Kelvio", "Japon")),
    ("Les relations entre Technova et Kelvio sont excellentes.", ("OPPOSES", "Technova", "Kelvio")),
    ("Actionnaire majoritaire de Kelvio, non coté, l'industriel est l'une des plus grosses fortunes du Portugal.",
     ("OWNS", "Portugal", "Kelvio")),
    ("Kelvio, né de la fusion entre Nuvia, Vitalis et Orbalia, recrute.", ("PARTNERS_WITH", "Nuvia", "Vitalis")),
    ("Pour ses contrats, Maritima a souvent recours aux services de l'avocate Anne Fabre.",
     ("SUES", "Maritima", "Anne Fabre")),
    ("Maritima, contrôlé par l'homme d'affaires Paul Verdier, a encore accru sa participation au capital "
     "de Kelvio.", ("OWNS", "Paul Verdier", "Kelvio")),
    # a cue word governing another noun does not introduce investors
    ("Le financement de Kelvio a été discuté avec la famille de Paul Verdier.",
     ("INVESTS_IN", "Paul Verdier", "Kelvio")),
    # the investors of a round are not the company raising it
    ("Kelvio a réuni 30 M€ avec Atlas Capital et Horizon Ventures.",
     ("INVESTS_IN", "Atlas Capital", "Horizon Ventures")),
    ("Paul Verdier l'a toujours dit : Kelvio appartient à Technova.", ("MEMBER_OF", "Kelvio", "Technova")),
    ("Le Portugal a condamné les agissements de l'Islande à Korvalle.", ("ACCUSES", "Portugal", "Korvalle")),
    ("Le groupe Technova a recruté. Anne Fabre, directrice financière du groupe, a confirmé.",
     ("LEADS", "Anne Fabre", "Technova")),
    ("Le Canada a imposé des sanctions au ministre de la Défense.",
     ("OPPOSES", "Canada", "ministère de la Défense")),
    ("Le jury a préféré le projet de Kelvio et Nuvia, deux filiales de Technova, et d'Orbalia.",
     ("OWNS", "Orbalia", "Nuvia")),
    ("Le consortium Technova-Orbalia a gagné. Technova a recruté. Technova a signé.",
     ("OWNS", "Technova-Orbalia", "Technova")),
    # a singular title describes the name right before it, not the first of a list
    ("Parmi les plaignants figurent les chanteuses Claire Morin et Julie Blanc ainsi que Jeanne Roux, la mère "
     "du jeune skipper Hugo Roux.", ("FAMILY", "Claire Morin", "Hugo Roux")),
    ("L'arrivée de Maritima au capital de Verlane agace.", ("MEMBER_OF", "Maritima", "Verlane")),
    # who buys a stake is not what the stake is in
    ("Technova a vendu sa participation à son principal concurrent, Nuvia.", ("OWNS", "Technova", "Nuvia")),
    ("Paul Verdier est entré chez Technova en 2004, racheté par Orbalia deux ans après.",
     ("ACQUIRES", "Paul Verdier", "Technova")),
    ("Paul Verdier a exhorté Anne Fabre à quitter la présidence de Technova.", ("LEADS", "Paul Verdier", "Technova")),
    ("Le ministre Paul Verdier a dit non au rachat de Kelvio par Orbalia.", ("ACQUIRES", "Orbalia", "Kelvio")),
    ("La Turquie et la Suède négocient. Le président turc Ahmet Kaya et la Première ministre suédoise "
     "ont parlé.", ("LEADS", "Ahmet Kaya", "Suède")),
    # a campaign led by someone is no organisation they run
    ("L'offensive menée par Paul Verdier contre Technova a échoué.", ("LEADS", "Paul Verdier", "Technova")),
    # a place after "depuis" closes the phrase but is no name of the organisation noun
    ("Anne Fabre, qui pilote le groupe franco-italien depuis les Etats-Unis, a parlé.",
     ("LEADS", "Anne Fabre", "Etats-Unis")),
    # the subject of the clause after "Selon le président," is not the president
    ("Kelvio a annoncé ses résultats. Kelvio recrute. Kelvio vise la France. Selon le président, Jean Roux a commis une erreur.", ("LEADS", "Jean Roux", "Kelvio")),
    # "au sein de Y" is no "à Y": Y is not the customer
    ("Alors que Technova fournit à Orbalia le moteur X200 – produit avec son partenaire Nuvia au sein de leur "
     "société commune Kelvio International – la question dépasse l'anecdote.",
     ("FUNDS", "Kelvio International", "Technova")),
    # a stake sold is no company bought
    ("Technova a cédé 20 % de Kelvio à Orbalia.", ("ACQUIRES", "Orbalia", "Kelvio")),
    ("Technova est entré en négociations exclusives avec le groupe Orbalia pour lui céder la totalité de "
     "Kelvio Media (Radio Nord, Télé Sud).", ("ACQUIRES", "Orbalia", "Radio Nord")),
    # the second name of a "de A et de B" list is no holder of the first
    ("Technova est la maison-mère de la chaîne payante Kelvio TV et d'Orbalia Music.",
     ("OWNS", "Orbalia Music", "Kelvio TV")),
    # "en collaboration avec X": X works with the clause's subject, not with the nearest name
    ("Chargé pour Technova du pilotage de l'alliance avec Kelvio, en collaboration avec Paul Verdier, il a démissionné.",
     ("PARTNERS_WITH", "Kelvio", "Paul Verdier")),
    # a title opening the next clause does not describe the name before its comma
    ("Alors que le maire veut vendre le Stade Lumière, le propriétaire de Kelvio Sports va-t-il racheter l'enceinte ?",
     ("OWNS", "Stade Lumière", "Kelvio Sports")),
    ("Le ministre n'avait pu s'opposer à ce que Technova, dont l'Etat est actionnaire, vende sa participation dans "
     "le distributeur d'eau Kelvio à son principal concurrent, Orbalia.", ("OWNS", "Etat", "Kelvio")),
    # ---- stakes (ownership, deals): begin
    # the place where a company is bought is no seller; a share is no seller either
    ("Technova a racheté Kelvio à 50 % à Lyon.", ("OWNS", "Lyon", "Kelvio")),
    # "sa banque X" alone may be its banker, not its subsidiary
    ("Technova a changé de partenaire financier : sa banque Orelle Crédit l'accompagne.",
     ("OWNS", "Technova", "Orelle Crédit")),
    # the company whose capital was spoken of fades: five sentences later a stake is nobody's named
    ("Paul Verdier progresse dans le capital du groupe Kelvio. Il recrute. Il voyage. Il lit. Il rit. Il court. "
     "Technova détenait 25 % du capital à la fin de l'année.", ("OWNS", "Technova", "Kelvio")),
    # "puis" opening another clause: its object is not bought
    ("Technova a racheté Kelvio puis a vendu Nuvia.", ("ACQUIRES", "Technova", "Nuvia")),
    # a purchase promise refused is no agreed deal
    ("Kelvio n'a pas accepté la promesse d'achat d'Orbalia.", ("ACQUIRES", "Orbalia", "Kelvio")),
    # two companies raising money: a round of no company named is neither's
    ("Un tour de table de 300 millions de dollars est en préparation auprès du fonds Atlas Capital. Kelvio a levé "
     "des fonds auprès de Banque Orelle. Technova a levé des fonds auprès de Horizon Ventures.",
     ("INVESTS_IN", "Atlas Capital", "Kelvio")),
    # the last name of the bracket is not the majority holder
    ("Technova se recentre sur les médias, via notamment le géant Kelvio (propriétaire de Nuvia, Orbalia et "
     "Maritima) désormais majoritaire chez Atlas Capital.", ("OWNS", "Maritima", "Atlas Capital")),
    # "ces groupes" after a sentence that says something is no list of names
    ("Technova a racheté Orbalia et Nuvia. Ces groupes sont les actionnaires de Kelvio.",
     ("OWNS", "Technova", "Kelvio")),
    # ---- stakes: end
    # the shareholder of a holding does not own what the holding owns (an apposition is no list item)
    ("Nuvia fait partie des actionnaires de la holding Kelvio Libre (KL), propriétaire du Matin à 72,5 % et de "
     "l'Orbalia Mag à 98 %.", ("OWNS", "Nuvia", "Orbalia Mag")),
    # a company picking an offer is being bought, it does not pay a contractor
    ("Le groupe Nuvia a choisi l'offre de Technova.", ("FUNDS", "Nuvia", "Technova")),
    # an impersonal "il" stands for no one
    ("Paul Verdier dirige Technova. Il faut dire que Kelvio a racheté Nuvia.", ("ACQUIRES", "Paul Verdier", "Nuvia")),
    # ---- titles branch
    # a minister's counterpart is a minister, not the head of the country
    ("Le ministre des Finances Paul Orel a reçu son homologue chilien, Jean Tessier, au Chili.",
     ("LEADS", "Jean Tessier", "Chili")),
    # the name before "son homologue" is the other head, not the counterpart
    ("Le sommet de Santiago a réuni le président turc Paul Orel, son homologue chilien et la Première ministre "
     "suédoise. Le Chili a salué l'accord.", ("LEADS", "Paul Orel", "Chili")),
    # a department head does not lead the company
    ("Kelvio a publié ses comptes. Kelvio recrute. Kelvio vise l'Europe. « Nous grandissons », explique Anne "
     "Fabre, cofondatrice et directrice de la technologie.", ("LEADS", "Anne Fabre", "Kelvio")),
    # a post named after "succéder à B" says what B held
    ("Kelvio a publié ses comptes. Kelvio recrute. Kelvio vise l'Europe. Anne Fabre va succéder à Paul Orel "
     "comme ministre de la Culture.", ("LEADS", "Paul Orel", "Kelvio")),
    # a town council is no company board
    ("Kelvio a publié ses comptes. Kelvio recrute. Kelvio vise l'Europe. Paul Orel a été élu au conseil "
     "municipal de Lyon.", ("BOARD_MEMBER", "Paul Orel", "Kelvio")),
    # a committee's chair does not lead the company; a named committee is a body of its own
    ("Paul Orel, président du comité d'audit de Kelvio, a démenti.", ("LEADS", "Paul Orel", "Kelvio")),
    ("Paul Orel, président du Comité olympique chilien, a démenti.",
     ("BOARD_MEMBER", "Paul Orel", "Comité olympique chilien")),
    # the president named beside the seat holder is not given the seat
    ("Kelvio a publié ses comptes. Kelvio recrute. Kelvio vise l'Europe. Au sein du conseil d'administration, "
     "Paul Orel est donc vice-président, aux côtés du président, Jean Roux (famille Roux).",
     ("BOARD_MEMBER", "Jean Roux", "Kelvio")),
    # a deputy chief of staff does not head the army
    ("Paul Orel, chef d'état-major adjoint de l'armée chilienne, a démissionné.",
     ("LEADS", "Paul Orel", "armée chilienne")),
    # a fronted "Avec le patron de Y," is not the subject's title
    ("Avec le patron de Kelvio, Paul Orel a fondé Nuvia.", ("LEADS", "Paul Orel", "Kelvio")),
    # ---- end titles branch
    # ---- speech branch ----
    # a kind look is no accusation
    ("Jean Roux voit d'un bon oeil les projets de Kelvio.", ("ACCUSES", "Jean Roux", "Kelvio")),
    # the company whose purchase is opposed is not the one opposed
    ("La Valdarie s'oppose au rachat de Kelvio par Technova.", ("OPPOSES", "Valdarie", "Kelvio")),
    # a lawsuit is not also an attack in words
    ("Technova a attaqué Kelvio en justice.", ("ACCUSES", "Technova", "Kelvio")),
    # the sanctioned person is not the organisation in the title's phrase
    ("La Valdarie a imposé des sanctions au chef de l'armée d'Orbalia, Paul Verdier.", ("OPPOSES", "Valdarie", "Orbalia")),
    # denied blame, neutral quotes
    ("« Paul Verdier n'a jamais menti », a assuré Anne Fabre.", ("ACCUSES", "Anne Fabre", "Paul Verdier")),
    ("« Technova est un partenaire loyal », a déclaré Paul Verdier.", ("ACCUSES", "Paul Verdier", "Technova")),
    ("« Nous allons racheter Kelvio », a déclaré Paul Verdier.", ("ACCUSES", "Paul Verdier", "Kelvio")),
    # the one who receives blame does not blame
    ("Atlas Capital a essuyé les critiques de Technova.", ("ACCUSES", "Atlas Capital", "Technova")),
    # "A et B affrontent C": A and B are on the same side
    ("Technova et Kelvio affrontent Orbalia sur ce marché.", ("OPPOSES", "Technova", "Kelvio")),
    # paying a fine to someone is no sanction on them
    ("Technova a payé une amende à la Valdarie.", ("OPPOSES", "Technova", "Valdarie")),
    ("Technova a payé une amende à la Valdarie.", ("SUES", "Technova", "Valdarie")),
    # a regulator's fine is a sanction (OPPOSES role sanctions), not a lawsuit
    ("L'Autorité de la concurrence a infligé une amende de 40 millions d'euros à Technova.",
     ("SUES", "Autorité de la concurrence", "Technova")),
    # a "coup d'envoi" is no blow
    ("Le coup d'envoi de la fusion entre Technova et Kelvio sur le marché a été donné par Paul Verdier.",
     ("ACCUSES", "Paul Verdier", "Technova")),
    # the company bought is not the one opposed
    ("En mai, Technova a annoncé son intention de racheter Kelvio. Mais la Valdarie s'oppose à cette transaction.",
     ("OPPOSES", "Valdarie", "Kelvio")),
    # the investigator is not blamed; two allies against a third are not opponents; nor market rivals
    ("Anne Fabre a dit que Technova avait ouvert une enquête interne.", ("ACCUSES", "Anne Fabre", "Technova")),
    ("Technova et Kelvio s'opposent à la réforme du gouvernement.", ("OPPOSES", "Technova", "Kelvio")),
    ("Technova et Kelvio se disputent le marché asiatique.", ("OPPOSES", "Technova", "Kelvio")),
    # who leads an investigation is not whom it is about
    ("« Il faut une enquête de la Valdarie sur Technova », a déclaré Paul Verdier.", ("ACCUSES", "Paul Verdier", "Valdarie")),
    # ---- end of speech branch block ----
    # the garde des Sceaux leads the ministry, not the person he receives
    ("Le garde des Sceaux de l'époque Paul Verdier a reçu Jean Roux.", ("LEADS", "Jean Roux", "ministère de la Justice")),
    # "de facto" is no body: the company after "de facto" is led, not the one the person came from
    ("Paul Verdier, ancien de Kelvio, est le dirigeant de facto de Technova.", ("LEADS", "Paul Verdier", "Kelvio")),
    # two separate half-holdings, in two clauses, make no partners
    ("La société Kelvio est détenue à 50 % par le groupe Technova, et la société Orbalia à 50 % par le groupe Nuvia.",
     ("PARTNERS_WITH", "Technova", "Nuvia")),
    # ---- docsc branch ----
    # "du club" is not the group named beside the subject
    ("Le groupe Technova a racheté l'AS Valdarie. Paul Verdier, actionnaire de Technova, prend la présidence du club.",
     ("LEADS", "Paul Verdier", "Technova")),
    # (not as a subject) a member of a body is not a member of its organisation
    ("Ex-membre du directoire de Technova, Paul Verdier préside désormais Kelvio.",
     ("MEMBER_OF", "Paul Verdier", "Technova")),
    # a singular verb has one subject: the person of the previous clause is not a second one
    ("Paul Verdier, le président de Technova, a reçu Jean Roux, et Anne Fabre, gérante de portefeuille, dénonce "
     "la gestion de Kelvio.", ("ACCUSES", "Paul Verdier", "Kelvio")),
    # who is the object of an offer does not make it
    ("Technova a fait l'objet d'une OPA de la part de Kelvio.", ("BIDS_FOR", "Technova", "Kelvio")),
    # the opening participle's agent does not do the main verb, nor is the round's backer the raiser
    ("Fondée en 2020 par Anne Fabre, l'entreprise Nuvia a racheté Kelvio.", ("ACQUIRES", "Anne Fabre", "Kelvio")),
    ("Nuvia a levé 20 millions d'euros auprès de Horizon Ventures, actionnaire de Technova.",
     ("INVESTS_IN", "Technova", "Nuvia")),
    # an inverted subject after a possessive title is its holder, not its possessor
    ("Le groupe Kelvio a jugé l'offre inamicale. « Ce prix est trop bas », a déclaré sa directrice générale, Anne Fabre.",
     ("LEADS", "Anne Fabre", "Anne Fabre")),
    # "reprocher à la direction de Y": who is blamed, not a post at Y's head
    ("Anne Fabre quitte le parti. Elle reproche à la direction du Parti radical d'avoir abandonné l'écologie.",
     ("LEADS", "Anne Fabre", "Parti radical")),
    # a name hung on a role noun across a verb is no apposition of it
    ("Le syndicat reproche au nouveau propriétaire d'avoir imposé à Radio Lumière une ligne éditoriale.",
     ("ACCUSES", "syndicat", "Radio Lumière")),
    # a role noun after a comma, parsed as a coordinated subject, is an apposition
    ("Paul Verdier, propriétaire de la chaîne Radio Lumière, a racheté Kelvio pour 85 millions d'euros.",
     ("ACQUIRES", "Radio Lumière", "Kelvio")),
    # ---- docsb branch ----
    # "l'éditeur du journal X" is no second reference: its "de" names another actor
    ("Technova a racheté Kelvio. L'éditeur du journal Le Matin Valdarien accuse Nuvia de plagiat.",
     ("ACCUSES", "Technova", "Nuvia")),
    # the name after the organisation is its holder, not the holder of the title of a person named before
    ("Le président de Technova Paul Verdier a reçu Jean Roux.", ("LEADS", "Jean Roux", "Technova")),
    # "ils" after a subject that is no coordination of names is not the names of an earlier clause
    ("Paul Verdier et Anne Fabre ont dit que les salariés étaient inquiets. Ils accusent Technova de mensonge.",
     ("ACCUSES", "Paul Verdier", "Technova")),
    # the state as a shareholder is not renamed: only the state a head of state leads
    ("L'Etat belge détient 15 % de Technova.", ("OWNS", "Belgique", "Technova")),
    # "le groupe du magnat des médias X" (X hung on "groupe" by the parser): X's group is sued, not X
    ("Anne Fabre a entamé des poursuites contre le groupe du magnat des médias Paul Verdier.",
     ("SUES", "Anne Fabre", "Paul Verdier")),
    # "les dirigeants belges de Technova" are the company's, not the state's
    ("La Belgique a protesté. Les dirigeants belges de Technova ont rencontré Paul Verdier.",
     ("MEETS", "Belgique", "Paul Verdier")),
    # two people collaborating are not partners in the ontology's sense (colleagues, co-authors)
    ("Paul Verdier a collaboré avec Anne Fabre.", ("PARTNERS_WITH", "Paul Verdier", "Anne Fabre")),
    ("Le directeur général adjoint de Technova, Paul Verdier, a démissionné.", ("LEADS", "Paul Verdier", "Technova")),
    ("Paul Verdier, président de Technova et ancien dirigeant de Kelvio, avait racheté Nuvia.",
     ("ACQUIRES", "Kelvio", "Nuvia")),
    ("Anne Fabre, candidate à la présidence de Valdarie, sera reçue par Paul Verdier.",
     ("MEETS", "Paul Verdier", "Valdarie")),
    # ---- docsa branch ----
    # the agent of a passive, named in passing, is not the titled subject of the next sentence
    ("Anne Fabre a annoncé une alliance entre son parti, Union Civique, et le Mouvement Vert. Des élections ont été "
     "convoquées par Paul Verdier mardi. Le président de l'Union Civique a assuré être soutenu par ses élus.",
     ("LEADS", "Paul Verdier", "Union Civique")),
    # "ex-" before a school says where one studied
    ("La start-up a été fondée par Jean Roux (ex-Polytechnique et Kelvio) en 2021.",
     ("WORKS_FOR", "Jean Roux", "Polytechnique")),
    # the company in a person's apposition is not the subject of the verb after it
    ("Paul Verdier, l'actionnaire majoritaire de Technova, a racheté Nuvia.", ("ACQUIRES", "Technova", "Nuvia")),
    ("Jean Roux, l'ancien ministre de Valdarie, a rencontré Paul Verdier.", ("MEETS", "Valdarie", "Paul Verdier")),
    # the buyer of a sale is not the seller's holding
    ("Paul Verdier a vendu Kelvio au fonds Atlas Capital.", ("OWNS", "Paul Verdier", "Atlas Capital")),
    # talks for the sale of one's own subsidiary, or led for another, are no bid
    ("Kelvio est en négociations avec Technova pour le rachat de sa filiale Orbalia.", ("BIDS_FOR", "Kelvio", "Orbalia")),
    ("Paul Verdier a mené les négociations pour le rachat de Kelvio par Technova.", ("BIDS_FOR", "Paul Verdier", "Kelvio")),
    # the president of Y's parent does not lead Y, nor work for it
    ("Paul Verdier est président de la société mère de Kelvio.", ("LEADS", "Paul Verdier", "Kelvio")),
    ("Paul Verdier est président de la société mère de Kelvio.", ("WORKS_FOR", "Paul Verdier", "Kelvio")),
    ("Paul Verdier, président de la maison mère de Kelvio, a démissionné.", ("WORKS_FOR", "Paul Verdier", "Kelvio")),
    ("Paul Verdier est devenu en 2014 président de la maison-mère de Kelvio et de Nuvia.", ("LEADS", "Paul Verdier", "Kelvio")),
    # the person who announces a seat is not its holder, nor is the board's company the newcomer's
    ("Kelvio salue l'arrivée d'Anne Fabre au directoire de Technova.", ("BOARD_MEMBER", "Kelvio", "Technova")),
    ("Technova a annoncé l'entrée à son conseil d'administration de Paul Verdier, PDG du groupe Kelvio.",
     ("BOARD_MEMBER", "Paul Verdier", "Kelvio")),
    # a public office is not a post in the announcing company; nor a title named with a person in the news
    ("Kelvio a annoncé que Paul Verdier deviendra ministre.", ("LEADS", "Paul Verdier", "Kelvio")),
    ("Kelvio a annoncé que le président Paul Verdier rencontrera Anne Fabre.", ("LEADS", "Paul Verdier", "Kelvio")),
    # the critic of an appointment does not lead the company
    ("Technova a critiqué la nomination de Paul Verdier au poste de directeur général de Kelvio.",
     ("LEADS", "Paul Verdier", "Technova")),
    # an opening participle's descriptor subject is not an actor named inside the participle phrase
    ("Nuvia lève 45 millions d'euros. Fondée en 2020 par Anne Fabre et Jean Roux, deux anciens de Technova, "
     "l'entreprise emploie 120 personnes.", ("FOUNDED", "Anne Fabre", "Technova")),
    ("Orbalia a racheté la participation de Technova dans Kelvio.", ("ACQUIRES", "Orbalia", "Technova")),
    ("Orbalia a racheté la participation de Technova dans Kelvio.", ("ACQUIRES", "Orbalia", "Kelvio")),
    ("Technova a racheté la division Nuvia de Kelvio.", ("ACQUIRES", "Technova", "Kelvio")),
    ("Le fondateur de Technova, Paul Verdier, vient de racheter la majeure partie des parts détenues par le "
     "banquier Jean Roux dans la holding Kelvio.", ("ACQUIRES", "Paul Verdier", "Kelvio")),
    ("Le patron de Technova, Paul Verdier, s'est dit déçu. Son concurrent allemand Sensotec pourrait revenir à la charge.",
     ("COMPETES_WITH", "Sensotec", "Paul Verdier")),
    # a name set off after the verb's object is no phrase of the verb
    ("Atlas Capital a nommé en janvier un nouveau directeur général, Thomas Brévan, ancien de Kelvio.",
     ("LEADS", "Thomas Brévan", "Kelvio")),
    # the headquarters is no seat
    ("Paul Verdier a visité le siège de Kelvio à Paris.", ("BOARD_MEMBER", "Paul Verdier", "Kelvio")),
    ("Technova et Kelvio s'affrontent sur le marché des batteries.", ("OPPOSES", "Technova", "Kelvio")),
    # criticising a board is no seat on it
    ("Paul Verdier critique le conseil d'administration de la société Technova.",
     ("BOARD_MEMBER", "Paul Verdier", "Technova")),
    ("Paul Verdier, directeur technique de la société Technova, a démissionné.", ("LEADS", "Paul Verdier", "Technova")),
    ("Anne Fabre, directrice informatique de Kelvio, a démissionné.", ("LEADS", "Anne Fabre", "Kelvio")),
    # whoever defies or attacks "la direction de Y" is no part of it
    ("Paul Verdier se lance et défie la direction de Technova.", ("LEADS", "Paul Verdier", "Technova")),
    ("Les syndicats de Kelvio ont interpellé la direction de Technova.", ("LEADS", "Kelvio", "Technova")),
    ("La start-up Nuvia, dont la société Technova détient 15 % depuis l'an dernier, recrute.",
     ("OWNS", "Nuvia", "Technova")),
    # a noun introducing its own name after "dont" is not the "de Y" of the clause
    ("La société Kelvio, dont le fonds Atlas Capital possède 30 % des parts, a été vendue.",
     ("OWNS", "Kelvio", "Atlas Capital")),
    ("Le fonds Atlas Capital a racheté 18 % de la société Technova.", ("ACQUIRES", "Atlas Capital", "Technova")),
    ("Le fonds Atlas Capital prend ses distances avec la société Technova.", ("OWNS", "Atlas Capital", "Technova")),
    ("La société Quadrix recrute. La société Quadrix grandit. Quadrix vise l'Europe. Le groupement réunit Quadrix "
     "et l'hébergeur Altavia. Pour Altavia, le contrat tombe à pic : l'hébergeur, détenu majoritairement par le "
     "fonds Horizon Croissance, cherchait des clients.", ("OWNS", "Horizon Croissance", "Quadrix")),
    ("Le fonds Horizon Ventures, lancé en 2020 par la banque Orelle, investit dans la société Kelvio.",
     ("INVESTS_IN", "Orelle", "Kelvio")),
    ("La banque Orelle a lancé une campagne contre la société Technova.", ("FOUNDED", "Orelle", "Technova")),
    ("La société Nuvia lève des fonds. Fondée en 2021 par Claire Martin, une ingénieure, et Julien Morel, ancien "
     "consultant, la société Nuvia compte cent salariés. « Nous grandissons vite », explique la présidente, qui "
     "conserve la majorité du capital. Nuvia recrute.", ("LEADS", "Julien Morel", "Nuvia")),
    # a market share is no stake
    ("La société Nuvia lève des fonds. La société Nuvia recrute. Nuvia a été fondée par Anne Fabre. "
     "Paul Verdier détient 30 % des parts de marché.", ("OWNS", "Paul Verdier", "Nuvia")),
    ("Le groupe Kilvar Sports rachète le club OGC Valdarie. Kilvar Sports promet des investissements. Kilvar Sports "
     "recrute. Paul Verdier et Jean Roux, respectivement président du conseil de surveillance et du directoire, "
     "sont restés à la tête du club une vingtaine d'années.", ("LEADS", "Jean Roux", "Kilvar Sports")),
    # --- politics branch (rp)
    # a grouping body does not own, nor invest in, its members
    ("Le consortium Maritima réunit Technova, Kelvio et Nuvia.", ("OWNS", "Maritima", "Kelvio")),
    ("Le consortium Maritima, qui réunit Technova et Kelvio, a remporté l'appel d'offres.",
     ("INVESTS_IN", "Technova", "Maritima")),
    # a support lost is no alliance; two people close to a third are not said close to each other
    ("Paul Verdier a perdu le soutien de Jean Roux.", ("ALLY_OF", "Jean Roux", "Paul Verdier")),
    ("Jean Roux et Anne Fabre sont des proches de Paul Verdier.", ("ALLY_OF", "Jean Roux", "Anne Fabre")),
    # a bare noun between a meal and "entre" has its own "entre" phrase: no meeting of the two companies
    ("Paul Verdier a évoqué lors d'un déjeuner à Paris ses désaccords entre Technova et Kelvio.",
     ("MEETS", "Technova", "Kelvio")),
    ("La guerre des prix fait rage entre Technova et Kelvio.", ("OPPOSES", "Technova", "Kelvio")),
    # finding oneself somewhere together is no meeting; a visit's place is not a party
    ("Paul Verdier et Anne Fabre se retrouvent au chômage.", ("MEETS", "Paul Verdier", "Anne Fabre")),
    ("Paul Verdier a rendu visite à Anne Fabre à Lyon.", ("MEETS", "Paul Verdier", "Lyon")),
    # a state of conflict with a third party named does not set the plural subject against itself
    ("Paul Verdier et Anne Fabre sont en désaccord avec Jean Roux.", ("OPPOSES", "Paul Verdier", "Anne Fabre")),
    ("Le fonds Atlas Capital est soutenu par la Banque Orelle, qui a apporté 500 millions d'euros.",
     ("ALLY_OF", "Banque Orelle", "Atlas Capital")),
    # a post in a union is work; working for a movement is no membership; a company joined is an employer
    ("Paul Verdier, salarié du syndicat Force Ouvrière, a témoigné.", ("MEMBER_OF", "Paul Verdier", "Force Ouvrière")),
    ("Paul Verdier a travaillé pour le mouvement Horizons.", ("MEMBER_OF", "Paul Verdier", "Horizons")),
    ("Paul Verdier a rejoint le groupe Technova en 2019 comme directeur financier.",
     ("MEMBER_OF", "Paul Verdier", "Technova")),
    ("Le rapport présente Jean Roux et Anne Fabre comme des proches de Paul Verdier.",
     ("ALLY_OF", "Jean Roux", "Anne Fabre")),
    # a spouse opening the sentence may be either person's of the previous one
    ("Paul Verdier a rencontré Anne Fabre. Le mari, Jean Roux, était absent.", ("FAMILY", "Jean Roux", "Paul Verdier")),
    # an advertising campaign with a company is no move against it
    ("Paul Verdier a mené une campagne publicitaire avec la société Kelvio.", ("OPPOSES", "Paul Verdier", "Kelvio")),
    ("Jean Roux, le chef de file des députés de Renouveau citoyen, s'est félicité de ce ralliement.",
     ("WORKS_FOR", "Jean Roux", "Renouveau citoyen")),
    ("Le consortium Batteria, qui réunit Technova, Nuvia et la Banque Orelle, doit présenter son projet d'usine en juin.",
     ("INVESTS_IN", "Technova", "Batteria")),
    # two bodies introduced before: the grouping noun is neither's
    ("Le consortium Maritima et le consortium Batteria étaient en lice. Le groupement réunit la société Technova et "
     "la start-up Nuvia.", ("MEMBER_OF", "Technova", "Maritima")),
    # (gb) the second agent of a gapped clause advises its own company
    ("Technova était conseillée par la banque d'affaires Banque Orelle, Kelvio par le cabinet Orbalia Conseil.",
     ("WORKS_FOR", "Orbalia Conseil", "Technova")),
    ("Selon le président de Nuvia, Paul Verdier a commis une faute.", ("LEADS", "Paul Verdier", "Nuvia")),
    # (gb) help or a company a founder works with is no co-founder
    ("Paul Verdier a créé Kelvio avec l'aide d'Anne Fabre.", ("FOUNDED", "Anne Fabre", "Kelvio")),
    ("Paul Verdier a créé Kelvio avec Technova.", ("FOUNDED", "Technova", "Kelvio")),
    ("Le groupe Technova aurait sondé la famille Roux l'été dernier pour reprendre Kelvio.",
     ("ACQUIRES", "Technova", "Kelvio")),
    ("Les clients de Technova bénéficient d'un prêt de la Banque Orelle.", ("FUNDS", "Banque Orelle", "Technova")),
    # (gb) an unfriendly offer is a kind of bid, not blame
    ("Technova a lancé une offre inamicale sur Kelvio, au prix de 38 euros par action.",
     ("ACCUSES", "Technova", "Kelvio")),
    # (gb) an operation after a purchase is no round
    ("La société Kelvio a racheté Nuvia. L'opération est menée par la Banque Orelle.",
     ("INVESTS_IN", "Banque Orelle", "Kelvio")),
    # (gb) no round spoken of: "remettre au pot" says nothing of an investment in the company
    ("Kelvio recrute. Kelvio vise l'Europe. Kelvio ouvre un bureau. Horizon Ventures remet au pot.",
     ("INVESTS_IN", "Horizon Ventures", "Kelvio")),
    # gp: the clitic of a blaming participle is not its own subject
    ("Jean Roux a rencontré Anne Fabre, la remerciant de son soutien.", ("ACCUSES", "Jean Roux", "Anne Fabre")),
    # gp: "face à" a thing, or a company in a lost lawsuit, is no electoral rival
    ("Paul Verdier a perdu son procès face à Banque Orelle.", ("OPPOSES", "Paul Verdier", "Banque Orelle")),
    # gp: the founders a company sells to are not its kin
    ("Technova a cédé sa filiale à ses deux fondateurs, Paul Verdier et Anne Fabre.",
     ("FAMILY", "Paul Verdier", "Technova")),
    # gp: the place after a court is its seat, not the one sued
    ("Kelvio a mandaté un cabinet pour engager un recours devant la justice fédérale à Washington.",
     ("SUES", "Kelvio", "Washington")),
    ("Kelvio a déposé un recours devant le tribunal administratif à Lyon contre la décision de Nuvia.",
     ("SUES", "Kelvio", "Lyon")),
    # gp: "petite-fille de son fondateur": the kin is the founder, not the company
    ("Anne Fabre, directrice générale de Kelvio et petite-fille de son fondateur, a signé l'accord.",
     ("FAMILY", "Anne Fabre", "Kelvio")),
    # gp: an event one undergoes is no conduct blamed
    ("Jean Roux dénonce l'arrestation d'Anne Fabre.", ("ACCUSES", "Jean Roux", "Anne Fabre")),
    # gp: leaving a city is no employment
    ("Paul Verdier a annoncé son départ de Lyon.", ("WORKS_FOR", "Paul Verdier", "Lyon")),
    # gp: no shared family name, no kin read from a role
    ("Marc Roux a fondé Technova en 1980. Anne Fabre, la fille du fondateur, a pris la présidence.",
     ("FAMILY", "Anne Fabre", "Marc Roux")),
    # gp: another market is no rivalry
    ("La société Technova lève 10 millions d'euros. La start-up Technova développe une batterie pour les camions. "
     "Le groupe Technova compte recruter cent ingénieurs. Le groupe Kelvio vise un autre marché.",
     ("COMPETES_WITH", "Kelvio", "Technova")),
    # gp: a role with its own complement is that body's, maybe named elsewhere: no kin guessed by name
    ("Jean Roux, fils du fondateur de Kelvio, a pris la tête du groupe. Marc Roux dirige Nuvia.",
     ("FAMILY", "Jean Roux", "Marc Roux")),
    # gp: a lawsuit lost is no market contest
    ("Technova a perdu face à Kelvio devant le tribunal.", ("COMPETES_WITH", "Technova", "Kelvio")),
    # gp: a purchase blocked stays a rejected bid, the buyer is not the one blocked as an attempt's author
    ("Le gouvernement de Valdarie a bloqué le rachat de Nuvia par Kelvio.", ("OPPOSES", "Valdarie", "Nuvia")),
    # (gb) a kinship noun in apposition to a title names the holder's relative, not the holder
    ("Kelvio recrute. Kelvio vise l'Europe. Kelvio ouvre un bureau. « Les preuves sont accablantes », affirme "
     "Paul Verdier, le président du directoire, fils de la fondatrice Anne Fabre.", ("LEADS", "Anne Fabre", "Kelvio")),
    # (gb) "aux commandes de Y" is at its helm, no order placed
    ("Paul Verdier, aux commandes de Kelvio depuis 2015, a démenti.", ("FUNDS", "Paul Verdier", "Kelvio")),
    ("Le rachat de Kelvio par Technova a été bloqué par Bercy.", ("ACQUIRES", "Technova", "Kelvio")),
    ("Technova a levé des fonds en vue de racheter Kelvio.", ("ACQUIRES", "Technova", "Kelvio")),
    ("Le cours de Kelvio a franchi le seuil de 10 euros, selon Atlas Capital.", ("OWNS", "Atlas Capital", "Kelvio")),
    # (gb2) "X fournit à Y le moteur Leap": the named goods are no customer
    ("Kelvio fournit à Technova le moteur Nuvia.", ("FUNDS", "Nuvia", "Kelvio")),
    ("Anne Fabre a acheté une maison à Valdarie.", ("FUNDS", "Anne Fabre", "Valdarie")),
    # (gb2) "la société de conseil Y": a trade, Y is no counsel of the one who runs it
    ("Paul Verdier a dirigé la société de conseil Orbalia pendant dix ans.", ("WORKS_FOR", "Orbalia", "Paul Verdier")),
    # (gb2) "associé à Y" is a partnership, no employment; an entry into the capital is no board seat
    ("Paul Verdier, associé à Anne Fabre, a fondé Nuvia.", ("WORKS_FOR", "Paul Verdier", "Anne Fabre")),
    ("Le groupe Kelvio a fait son entrée au capital de Nuvia.", ("BOARD_MEMBER", "Kelvio", "Nuvia")),
    # (gb2) "directeur général de la sécurité civile" heads a public service, not the topic company's department
    ("Le groupe Kelvio recrute. Kelvio ouvre une usine. Kelvio vise l'Europe. Anne Fabre, directrice de la "
     "sécurité sociale, a démissionné.", ("WORKS_FOR", "Anne Fabre", "Kelvio")),
    # (biz2) a capital of a company named is that company's; a noun "son entrée au capital" is no apposition
    ("Technova lève 40 millions d'euros. Technova fabrique des batteries. Technova recrute. Atlas Capital, présent au capital de Kelvio, ne suit pas.", ("OWNS", "Atlas Capital", "Technova")),
    ("Technova lève 40 millions d'euros. Technova fabrique des batteries. Technova recrute. Anne Fabre, arrivée à la direction en 2020, suit.", ("OWNS", "Anne Fabre", "Technova")),
    ("Technova lève 40 millions d'euros. Technova fabrique des batteries. Technova recrute. Jean Roux, présent au conseil depuis 2019, s'abstient.", ("OWNS", "Jean Roux", "Technova")),
    # (biz2) a department's head does not lead the company
    ("Atlas Capital fera entrer au conseil son directeur des investissements, Paul Verdier.",
     ("LEADS", "Paul Verdier", "Atlas Capital")),
    ("Paul Verdier, directeur scientifique de Kelvio, présente le projet.", ("LEADS", "Paul Verdier", "Kelvio")),
    # (biz2) a minority share sold is no acquisition; the share after an apposition is not a company sold whole
    ("Technova cède à Atlas Capital, son partenaire historique, 15 % de Nuvia.", ("ACQUIRES", "Atlas Capital", "Nuvia")),
    ("Technova a vendu 30 % du capital de Nuvia au fonds Atlas Capital.", ("ACQUIRES", "Atlas Capital", "Nuvia")),
    # (biz2) an order "à livrer", "à Lyon": no supplier named
    ("Le groupe Kelvio a commandé 2 000 batteries à Lyon.", ("FUNDS", "Kelvio", "Lyon")),
    # (biz2) a court's administrator, and a seat that gives way to a post, are no board seat of the company
    ("Technova lève 40 millions d'euros. Technova fabrique des batteries. Technova recrute. Jean Roux, administrateur provisoire, gère la société.", ("BOARD_MEMBER", "Jean Roux", "Technova")),
    ("Technova lève 40 millions d'euros. Technova fabrique des batteries. Technova recrute. Paul Verdier, jusqu'ici administrateur indépendant, devient président non exécutif.",
     ("BOARD_MEMBER", "Paul Verdier", "Technova")),
    # (pol2) an investigation by a company or a newspaper is no lawsuit (investigator: prosecutor or judge only)
    ("Le journal Orbalia a mené une enquête visant Technova.", ("SUES", "Orbalia", "Technova")),
    # (pol2) "réputé proche de ses salariés": the ally is only the "de" phrase's own name, never a later one
    ("Jean Roux, réputé proche de ses salariés, a critiqué Paul Verdier.", ("ALLY_OF", "Jean Roux", "Paul Verdier")),
    # (pol2) "des mesures visant à soutenir Y": an aim, no sanction; a company's measures are no state's
    ("Le gouvernement valdarien a annoncé des mesures visant à soutenir Kelvio.", ("OPPOSES", "Valdarie", "Kelvio")),
    ("Le groupe Kelvio a annoncé des mesures restrictives visant la société Nuvia.", ("OPPOSES", "Kelvio", "Nuvia")),
    # (pol2) a responsibility given or raised to one is no blame ("attribuer / porter la responsabilité de X à Y")
    ("Le groupe Kelvio a porté la responsabilité de la filiale à Nuvia.", ("ACCUSES", "Kelvio", "Nuvia")),
    ("Kelvio a attribué la responsabilité du site à Jean Roux.", ("ACCUSES", "Kelvio", "Jean Roux")),
    # (pol2) appearing in court beside one is no lawsuit against them
    ("Kelvio a comparu devant le tribunal de Nanterre aux côtés de Technova.", ("SUES", "Kelvio", "Technova")),
    # (pol2) a bank's ranks are no party membership
    ("Anne Fabre a rejoint les rangs de la banque Orelle.", ("MEMBER_OF", "Anne Fabre", "Orelle")),
    # (pol2) banning a sale is no ban of a person or firm from the territory
    ("La Valdarie a interdit la vente des produits de Kelvio.", ("OPPOSES", "Valdarie", "Kelvio")),
    # (pol2) a magazine's ranking in quotes is no blacklist
    ("Le magazine Orbalia a inscrit Kelvio sur sa liste des « entreprises où il fait bon vivre ».",
     ("OPPOSES", "Orbalia", "Kelvio")),
    # (coref2) the agent of a participle opening the sentence is not what the next "elle" stands for
    ("Fondée en 2019 par Paul Verdier et Anne Fabre, Kelvio a levé 10 millions d'euros. Elle a noué un "
     "partenariat avec Orbalia.", ("PARTNERS_WITH", "Paul Verdier", "Orbalia")),
    ("Créée par Jean Roux, la société Nuvia a triplé son chiffre d'affaires. Elle a signé un accord avec Technova.",
     ("PARTNERS_WITH", "Jean Roux", "Technova")),
    # (coref2) "lui" is not an organisation inside the subject's own phrase ("X, la présidente de Y, lui reproche")
    ("Paul Verdier a quitté Technova. Anne Fabre, la présidente de Kelvio, lui reproche son départ.",
     ("ACCUSES", "Anne Fabre", "Kelvio")),
    # (coref2) "un contrat avec Y, qui le juge …": the clitic is the contract, not an actor
    ("Technova a signé un contrat avec Orbalia, qui le dirige.", ("LEADS", "Orbalia", "Technova")),
    # (coref2) … not the two funds coordinated in the sentence before
    ("Kelvio a levé 10 millions auprès de Atlas Capital et de Horizon Ventures. Elle affronte déjà Technova à Lyon, "
     "où les deux sociétés se disputent les mêmes marchés.", ("COMPETES_WITH", "Atlas Capital", "Horizon Ventures")),
    # (coref2) "X, présidente de Y. Cette dernière a critiqué Z": X, not Y inside X's phrase
    ("Jean Roux a été reçu par Anne Fabre, la présidente de Technova. Cette dernière a critiqué Kelvio.",
     ("ACCUSES", "Technova", "Kelvio")),
    # (names) a place fronted with "À" and a comma sets the scene, no party to the sentence's tie
    ("À Paris, le joaillier Maison Verlac a suspendu ses commandes auprès de Kelvio.",
     ("FUNDS", "Maison Verlac", "Paris")),
    # (biz3) a seat in a town council or a parliament is no company's board seat; one seat occupied by a
    # person is not the fund's
    ("Technova lève 40 millions d'euros. Technova fabrique des batteries. Technova recrute. Le Parti radical obtient douze sièges au conseil municipal.", ("BOARD_MEMBER", "Parti radical", "Technova")),
    ("Technova lève 40 millions d'euros. Technova fabrique des batteries. Technova recrute. Atlas Capital obtient un siège au conseil d'administration, qui sera occupé par son associée Anne Fabre.",
     ("BOARD_MEMBER", "Atlas Capital", "Technova")),
    # (biz3) a town council, a scientific council, a cabinet are no company's board
    ("Technova lève 40 millions d'euros. Technova fabrique des batteries. Technova recrute. Anne Fabre préside le conseil municipal.", ("LEADS", "Anne Fabre", "Technova")),
    ("Technova lève 40 millions d'euros. Technova fabrique des batteries. Technova recrute. Paul Verdier prend la présidence du conseil scientifique.", ("LEADS", "Paul Verdier", "Technova")),
    # (biz3) "via / par l'intermédiaire de sa holding B": the possessive is the holder's, not the company's held
    ("Jean Roux détient 30 % de Kelvio par l'intermédiaire de sa holding Roux Finance.", ("OWNS", "Kelvio", "Roux Finance")),
    ("Paul Verdier a pris 20 % de Maritima par le biais de sa holding Verdier Capital.", ("OWNS", "Maritima", "Verdier Capital")),
    # (biz3) the rest of a team, of goods: no capital
    ("Technova lève 40 millions d'euros. Technova fabrique des batteries. Technova recrute. Le reste de l'équipe appartient à Paul Verdier.", ("OWNS", "Paul Verdier", "Technova")),
    ("Technova lève 40 millions d'euros. Technova fabrique des batteries. Technova recrute. Nuvia a vendu ses usines, le reste appartenant à Orbalia.", ("OWNS", "Orbalia", "Technova")),
    # (biz3) "… d'A, du fonds B et de C": C is the list's next member, not the owner of the fund B
    ("Kelvio a levé 12 millions d'euros avec la participation d'Atlas Capital, du fonds Horizon Ventures et de la Banque Orelle.",
     ("OWNS", "Banque Orelle", "Horizon Ventures")),
    # (biz3) appearing beside one in court is no co-investment
    ("Jean Roux a comparu aux côtés d'Anne Fabre devant le tribunal.", ("INVESTS_IN", "Anne Fabre", "Jean Roux")),
    # (biz3) a person as a bank's client pays no contract named here
    ("Anne Fabre, cliente de la Banque Orelle, a porté plainte.", ("FUNDS", "Anne Fabre", "Banque Orelle")),
    # (biz3) a department's direction given is no lead of the company
    ("Technova lève 40 millions d'euros. Technova fabrique des batteries. Technova recrute. La direction de la communication est confiée à Anne Fabre.", ("LEADS", "Anne Fabre", "Technova")),
    # (biz3) a project or a file passing through a company employs no one
    ("Le dossier a passé trois mois chez Orbalia.", ("WORKS_FOR", "dossier", "Orbalia")),
    # (biz3) a client, a visitor "chez Y" holds no job there
    ("Anne Fabre, cliente chez Orbalia, a porté plainte.", ("WORKS_FOR", "Anne Fabre", "Orbalia")),
    ("Jean Roux, venu chez Kelvio pour une réunion, a croisé Anne Fabre.", ("WORKS_FOR", "Jean Roux", "Kelvio")),
    # (biz3) a firm hired for a mission is no employee (types: a person only)
    ("Le cabinet Orbalia a été recruté par Kelvio pour l'audit.", ("WORKS_FOR", "Orbalia", "Kelvio")),
    # (bbiz) a department's head appointed works for the body, does not lead it; a person announcing is no employer
    ("Kelvio annonce l'arrivée d'Anne Fabre comme directrice des ressources humaines.", ("LEADS", "Anne Fabre", "Kelvio")),
    ("Paul Verdier a annoncé l'arrivée d'un nouveau directeur financier, Jean Roux.", ("WORKS_FOR", "Jean Roux", "Paul Verdier")),
    # (bbiz) a town council presided is no company's board
    ("Technova lève 40 millions d'euros. Technova fabrique des batteries. Technova recrute. Le conseil municipal, présidé par Paul Verdier, a voté la subvention.",
     ("LEADS", "Paul Verdier", "Technova")),
    # (bbiz) a share of growth or of a market accumulated is no stake; a loan granted "à Y" goes to Y, not the signer
    ("Technova a accumulé 30 % de parts de marché face à Kelvio.", ("OWNS", "Technova", "Kelvio")),
    ("Kelvio a accumulé un retard de 18 % sur Nuvia.", ("OWNS", "Kelvio", "Nuvia")),
    ("Anne Fabre a signé un prêt accordé par la Banque Orelle à Kelvio.", ("FUNDS", "Banque Orelle", "Anne Fabre")),
    # (bbiz) a market won or lost is no contract paid
    ("Kelvio a remporté le marché européen de Technova face à Orbalia.", ("FUNDS", "Technova", "Kelvio")),
    ("Kelvio a perdu le marché de la Métropole de Lyon.", ("FUNDS", "Métropole de Lyon", "Kelvio")),
    # (bbiz) joining the bare "conseil de Y" is a board seat, no job; a scientific council is no board
    ("Paul Verdier rejoint le conseil de Kelvio.", ("WORKS_FOR", "Paul Verdier", "Kelvio")),
    ("Paul Verdier a intégré le conseil scientifique de Kelvio.", ("BOARD_MEMBER", "Paul Verdier", "Kelvio")),
    # (bbiz) "associé à Y" is a partnership, no job
    ("Jean Roux, associé à Technova dans ce projet, a démenti.", ("WORKS_FOR", "Jean Roux", "Technova")),
    # (bbiz) granting an interview is no funding
    ("Kelvio a accordé une interview à Paul Verdier.", ("FUNDS", "Kelvio", "Paul Verdier")),
    # (bbiz) criticising an offer's filing makes no bid
    ("Technova a critiqué le dépôt d'une offre sur Kelvio.", ("BIDS_FOR", "Technova", "Kelvio")),
    # (bbiz) two people crossing swords are no market rivals; meeting is no rivalry
    ("Paul Verdier croise le fer avec Anne Fabre.", ("COMPETES_WITH", "Paul Verdier", "Anne Fabre")),
    ("Kelvio a croisé Technova au salon de Lyon.", ("COMPETES_WITH", "Kelvio", "Technova")),
    # the chair of a board leads the company; no board seat besides from the same sentence
    ("Paul Verdier, qui préside le conseil de surveillance de Technova, a démissionné.",
     ("BOARD_MEMBER", "Paul Verdier", "Technova")),
    ("Jean Roux présidera désormais le conseil de surveillance de Kelvio.", ("BOARD_MEMBER", "Jean Roux", "Kelvio")),
    # advice given is no job: "X conseille à Y de vendre", "X conseille la prudence à Y"
    ("Le fonds Atlas Capital conseille à Kelvio de vendre.", ("WORKS_FOR", "Atlas Capital", "Kelvio")),
    ("Kelvio conseille la prudence à Nuvia.", ("WORKS_FOR", "Kelvio", "Nuvia")),
    # a seat on the board succeeded is no lead of the company
    ("Technova : nouveau conseil. Le groupe Technova renouvelle ses instances. Le fonds Atlas Capital sera "
     "représenté au conseil par Anne Fabre, qui succède à Paul Verdier.", ("LEADS", "Paul Verdier", "Technova")),
    # a market a company aims at is no bid (viser is read from the parse only, never by word order)
    ("Nous créons avec Kelvio une coentreprise, Nuvia Cloud, qui visera les Länder et les opérateurs outre-Rhin.",
     ("BIDS_FOR", "Nuvia Cloud", "Länder")),
    # (types) a place named only after "basé à", "établi à", "à" (its seat) owns and leads nothing
    ("Technova, un armateur basé à Marseille, a été racheté par Atlas Capital, son propriétaire.",
     ("OWNS", "Atlas Capital", "Marseille")),
    ("Les sanctions visent Maritima, un négociant établi à Dubaï, et son dirigeant Jean Roux.",
     ("LEADS", "Jean Roux", "Dubaï")),
    ("Kelvio a transféré son siège à Amsterdam, où son fondateur Anne Fabre s'est installé.",
     ("FOUNDED", "Anne Fabre", "Amsterdam")),
    # (biz4) buying Y, the subsidiary of Z, is no take-over of Z
    ("Technova a racheté Kelvio, la filiale de Nuvia.", ("ACQUIRES", "Technova", "Nuvia")),
    ("Le groupe Orbalia a acquis la société Maritima, une filiale d'Atlas Capital.", ("ACQUIRES", "Orbalia", "Atlas Capital")),
    # (biz4) "donner" gives money only with a sum: an agreement or a bare ownership given is no funding
    ("Paul Verdier a décidé de donner à son fils Jean Roux la nue-propriété de ses parts du groupe Technova.",
     ("FUNDS", "Paul Verdier", "Jean Roux")),
    ("Le groupe Technova a donné son accord à la société Kelvio.", ("FUNDS", "Technova", "Kelvio")),
    # (biz4) a sum asked for or refused is not given; a loan obtained from Y is Y's (not the borrower's)
    ("La société Technova a demandé une aide de 2 millions d'euros à la région Valdarie.", ("FUNDS", "Technova", "région Valdarie")),
    ("La société Technova a obtenu un prêt de 5 millions d'euros de la banque Orelle.", ("FUNDS", "Technova", "Orelle")),
    # (biz4) the relative pronoun is the noun before it, not a name after the verb
    ("Le groupe Technova a racheté la société Kelvio, dont Paul Verdier était le PDG.", ("ACQUIRES", "Technova", "Paul Verdier")),
    ("Anne Fabre, avec qui Paul Verdier a fondé la société Kelvio, est partie.", ("FOUNDED", "Kelvio", "Anne Fabre")),
    # (biz4) … and the bank named before the "et que" clause holds nothing
    ("Le patron précise que l'offre est financée par un prêt accordé par la banque Orelle et que la holding Nuvia Participations, qui détient 52 % de Technova, soutient le projet.",
     ("OWNS", "Orelle", "Technova")),
    # (biz4) a purchase given up is no acquisition; a tender lost or contested pays nothing
    ("Le groupe Technova a renoncé à racheter la société Kelvio.", ("ACQUIRES", "Technova", "Kelvio")),
    ("La société Kelvio a perdu l'appel d'offres lancé par la région Valdarie.", ("FUNDS", "région Valdarie", "Kelvio")),
    ("La société Kelvio conteste l'appel d'offres lancé par la région Valdarie.", ("FUNDS", "région Valdarie", "Kelvio")),
    # (biz4) the sponsored club gives no money to its sponsor
    ("La société Kelvio est le sponsor principal du club Maritima.", ("FUNDS", "Maritima", "Kelvio")),
    # (pol4) an offer judged fair, or recommended, is no opposition
    ("Technova a lancé une OPA sur Kelvio. Kelvio a jugé l'offre « tout à fait raisonnable ».",
     ("OPPOSES", "Kelvio", "Technova")),
    ("Technova a lancé une OPA sur Kelvio. Le conseil de Kelvio a recommandé l'offre.", ("OPPOSES", "Kelvio", "Technova")),
    # (pol4) the head of a group of elected members (or of a committee) does not lead the assembly the group
    # sits in: "chef de file du groupe à l'Assemblée", "présidente du groupe Y au Sénat"
    ("Paul Verdier, chef de file du groupe à l'Assemblée nationale, a critiqué le texte.",
     ("LEADS", "Paul Verdier", "Assemblée nationale")),
    ("Anne Fabre, présidente du groupe Nuvia au Sénat, a voté contre.", ("LEADS", "Anne Fabre", "Sénat")),
    ("Anne Fabre, présidente de la commission des finances à l'Assemblée nationale, a démenti.",
     ("LEADS", "Anne Fabre", "Assemblée nationale")),
    # (pol4) "épaulé par X": help (an adviser, a deputy, a bank) is no alliance
    ("Anne Fabre, épaulée par son directeur financier Paul Verdier, a présenté les comptes.",
     ("ALLY_OF", "Paul Verdier", "Anne Fabre")),
    # (pol4) "X succède à B" in an article about Y: B led Y only when the sentence names no other post
    # ("chez Z", "nommée ministre de …", "le nouveau maire de Z")
    ("Technova a publié ses comptes. Technova perd de l'argent. Les clients de Technova partent. Chez Kelvio, Jean Roux succède à Anne Fabre.", ("LEADS", "Anne Fabre", "Technova")),
    ("Technova a publié ses comptes. Technova perd de l'argent. Les clients de Technova partent. Au gouvernement, Anne Fabre, nommée ministre de l'Industrie, succède à Paul Verdier.",
     ("LEADS", "Paul Verdier", "Technova")),
    ("Technova a publié ses comptes. Technova perd de l'argent. Les clients de Technova partent. Jean Roux, le nouveau maire de Valdarie, succède à Anne Fabre.", ("LEADS", "Anne Fabre", "Technova")),
    # (pol4) a department's post is no lead, for the newcomer or the predecessor
    ("Paul Verdier succède à Anne Fabre à la direction financière de Technova.", ("LEADS", "Anne Fabre", "Technova")),
    ("Paul Verdier succède à Anne Fabre à la direction financière de Technova.", ("LEADS", "Paul Verdier", "Technova")),
    # (pol4) … but the employees of a company do not make it a party
    ("Les salariés de Technova sont inquiets. Jean Roux, vice-président de Technova, a démissionné.",
     ("MEMBER_OF", "Jean Roux", "Technova")),
    # (pol4) … and no feud between the two companies
    ("Anne Fabre a rejoint Kelvio, le grand rival lyonnais de Technova.", ("OPPOSES", "Kelvio", "Technova")),
    # the possessive of the means is the subject's even when the parser tags the verb a noun ("contrôle")
    ("La famille Verdier contrôle 40 % de Technova via sa holding Verdier Participations.",
     ("OWNS", "Technova", "Verdier Participations")),
    # a title followed by "avec X" does not name X ("les liens du ministre avec X": X is someone else)
    ("Kelvio : la polémique enfle. Dans son viseur : les liens du ministre avec Anne Fabre. Dans l'entourage du "
     "ministre, on dénonce une manœuvre contre Kelvio.", ("LEADS", "Anne Fabre", "Kelvio")),
    # a brand's ambassador is no state's envoy
    ("Anne Fabre, ambassadrice de la marque Kelvio, a signé un contrat.", ("WORKS_FOR", "Anne Fabre", "Kelvio")),
    # the agent of a fronted participle is not the main clause's descriptor subject
    ("Technova : la riposte. Technova refuse l'offre de Kelvio. Conseillée par le cabinet Lebrun & Associés, "
     "l'entreprise savoyarde a par ailleurs assigné Kelvio devant le tribunal de commerce de Paris.",
     ("SUES", "Lebrun & Associés", "Kelvio")),
    # with a possessive, a subsidiary's "de" phrase is where it is, not its owner ("sa filiale de Rochefort")
    ("Le groupe Technova conserve Kelvio Literie, sa filiale haut de gamme de Rochefort, ainsi que Nuvia Maroc.",
     ("OWNS", "Rochefort", "Kelvio Literie")),
    # an envoy named in apposition is the one met, not the state that sends them
    ("Technova : la crise. Le ministre Paul Verdier a réagi. Il doit recevoir vendredi l'ambassadeur de Chine en "
     "France, Liang Haoran, a-t-on appris.", ("MEETS", "Paul Verdier", "Chine")),
    # (lead, ninth session) a capital named as an actor is a state: "viser" is no bid of Brussels
    ("Les sanctions frappent Galdor Shipping. Bruxelles vise également la raffinerie Kestrel Refining, "
     "soupçonnée d'avoir acheté du brut.", ("BIDS_FOR", "Bruxelles", "Kestrel Refining")),
    # "représenter au conseil la holding Y": a board seat, not Y counselling the person
    ("Sa candidature avait reçu l'appui d'Odile Carvenne, qui représente au conseil la holding familiale "
     "Carvenne Investissement, premier actionnaire.", ("WORKS_FOR", "Carvenne Investissement", "Odile Carvenne")),
    # (lead) "le conseil de Y", "Paul X, conseil municipal de Lyon": a board, a council, no counsel
    ("Le conseil de Technova a approuvé les comptes. Paul Verdier, président du conseil de Kelvio, a démissionné.",
     ("WORKS_FOR", "Paul Verdier", "Kelvio")),
    # (speech2) a quotation whose speaker speaks for no organisation the text gives: its "notre" is not
    # the actor named before it
    ("Technova recrute. « Notre filiale Orvane sera cotée », écrit le journaliste Jean Roux.",
     ("OWNS", "Technova", "Orvane")),
    # (speech2) a former head does not speak for the company
    ("« Notre filiale Orvane sera cotée », lance Paul Verdier, ancien PDG de Technova.",
     ("OWNS", "Technova", "Orvane")),
    # (speech2) a shareholder's "nous" is not the company's (coreference's first reading took any title)
    ("« Nous avons racheté Orvane », a affirmé Jean Roux, un actionnaire minoritaire de Technova.",
     ("ACQUIRES", "Technova", "Orvane")),
    # (frames5) causative "faire payer / financer": the one who has it done is not the payer, nor is the
    # apposition after the payee a second one paid
    ("Paul Verdier a fait payer à Technova 3 millions d'euros, en 2024, à Orbalia Conseil, une société détenue "
     "par Anne Fabre.", ("FUNDS", "Paul Verdier", "Technova")),
    ("Paul Verdier a fait payer à Technova 3 millions d'euros, en 2024, à Orbalia Conseil, une société détenue "
     "par Anne Fabre.", ("FUNDS", "Technova", "Anne Fabre")),
    ("La région Valdarie fait financer par Atlas Capital la nouvelle usine de Kelvio.",
     ("FUNDS", "région Valdarie", "Atlas Capital")),
    # (frames5) a loan refused or only offered is no funding; the head who takes a loan for the company
    # is not the borrower
    ("Kelvio a refusé un prêt de 5 millions d'euros proposé par la Banque Orelle.",
     ("FUNDS", "Banque Orelle", "Kelvio")),
    ("Pour financer l'opération, le PDG de Technova, Paul Verdier, s'appuie sur un prêt relais de 1,5 milliard "
     "d'euros arrangé par la Banque Orelle.", ("FUNDS", "Banque Orelle", "Paul Verdier")),
    # (frames5) unqualified measures "contre" a danger are no sanctions
    ("Paul Verdier a pris des mesures de précaution contre les risques liés à Kelvio.",
     ("OPPOSES", "Paul Verdier", "Kelvio")),
    ("Technova a pris des mesures contre Kelvio pour protéger ses brevets.", ("OPPOSES", "Technova", "Kelvio")),
    # (frames5) a place after "à" between the verb and the list is not listed; a list of favourites is no blacklist
    ("Le ministère valdarien du Commerce a inscrit Technova, établie à Orbalia, sur sa liste des « entités non "
     "fiables ».", ("OPPOSES", "ministère valdarien du Commerce", "Orbalia")),
    ("Technova a inscrit Kelvio sur sa liste des « fournisseurs préférés ».", ("OPPOSES", "Technova", "Kelvio")),
    # (frames5) a list of guests or suppliers is no blacklist; a place in the listed line is not listed
    ("Paul Verdier figure sur la liste des invités de Technova.", ("OPPOSES", "Technova", "Paul Verdier")),
    ("Parmi les onze entités inscrites sur la liste noire de l'Union européenne figurent le producteur Kelvio "
     "Trading, basé à Orbalia, et son directeur, Paul Verdier.", ("OPPOSES", "Union européenne", "Orbalia")),
    # (para2) "Chez X, on …" names X's paragraph: its bare titles are not the bidder's
    ("Technova a lancé une offre hostile sur Kelvio.\nChez Kelvio, on parle d'agression. Le directeur "
     "général, Jean Roux, dénonce un prix ridicule.", ("LEADS", "Jean Roux", "Technova")),
    # (para2) "Chez X, Y a passé dix ans" (a sentence with a person as its subject) is no paragraph cue
    ("Technova a lancé une offre sur Kelvio.\nChez Kelvio, Paul Verdier a passé dix ans. Le président, Jean "
     "Roux, refuse l'offre.", ("LEADS", "Jean Roux", "Kelvio")),
    # (types4) "saisir l'Autorité X d'une plainte": the name ends before its "d'", never "Autorité … d'"
    ("Kelvio a saisi l'Autorité de la concurrence d'une plainte contre Nuvia.",
     ("SUES", "Autorité de la concurrence d'", "Nuvia")),
    # (types4) a place named only as near where something is ("une usine près de X") is no party
    ("Atlas Capital a racheté une usine près de Bordeaux à Nuvia.", ("ACQUIRES", "Atlas Capital", "Bordeaux")),
    # (types4) "le Russo-Chypriote X": a nationality, no founder
    ("Son fondateur, le Russo-Chypriote Paul Tchernov, est visé. Kelvio est basée à Orbalia.",
     ("FOUNDED", "Russo-Chypriote", "Kelvio")),
    # (lead) "L'avocat de l'ex-dirigeant de Y, Me X": X is the lawyer the parser hung on the title, not Y's head
    ("Technova est en faillite. L'avocat de l'ex-dirigeant de Technova, Me Paul Verdier, conteste toute fraude.",
     ("LEADS", "Paul Verdier", "Technova")),
]
