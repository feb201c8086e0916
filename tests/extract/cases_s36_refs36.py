"""Cases of the s36 deal-role nouns and paragraph openers (helper s36-refs36, mentions/refs36.py, data/refs36.yaml),
invented names and sentences, run by test_rules.py.

* A deal-role noun standing alone ("le repreneur", "l'acquéreuse", "du vendeur", "du cédant", "la requérante", "le
  prêteur", "le délégataire", "l'attributaire") is the party the frames before it give that role: the subject of
  racheter / s'emparer de / reprendre (passive), the seller of vendre / céder, the subject of assigner, the subject
  of accorder un prêt, the "à" party of confier / attribuer. Cue verbs, tenses, role nouns (masculine, feminine,
  genitive, subject) and the tie's shape (a loan, a title, an accusation, an ouster, a payment) are varied.
* With two parties in the role, or the seller when the buyer is asked, no one.
* A paragraph opening on a head's post ("À la tête de X depuis…,", "Patronne de X,") or on a deal role ("Côté
  acheteur,", "Du côté du vendeur,"): its "le groupe", "l'entreprise", "la société" stand for X (or that role's
  party), not the article's subject."""

CASES = [
    ("Le fonds Orvalis Capital a racheté la PME bretonne Kermadec Outillage. Le repreneur bénéficiera d'un prêt de "
     "8 millions d'euros de Bpifrance.",
     [("FUNDS", "Bpifrance", "Orvalis Capital")]),
    ("Selon Les Échos, la société Dravel Industrie s'est emparée du fabricant de volets Sernac en 2023. L'acquéreuse "
     "a obtenu un crédit de 12 millions d'euros auprès de la banque Lorient Crédit.",
     [("FUNDS", "Lorient Crédit", "Dravel Industrie")]),
    ("Kermadec Outillage, repris en mars par le fonds Orvalis Capital, ferme son site de Lorient. Paul Mérieux, "
     "associé chez l'acquéreur, dirigera l'usine.",
     [("WORKS_FOR", "Paul Mérieux", "Orvalis Capital")]),
    ("La holding Arcadis Participations a vendu l'enseigne Maxiprix au groupe Talbert pour 400 millions d'euros. "
     "Hugo Ferrand, directeur général du vendeur, quittera ses fonctions en juin.",
     [("LEADS", "Hugo Ferrand", "Arcadis Participations")]),
    ("Le groupe Talbert cédera sa filiale Maxiprix à Arcadis Participations. Léa Fontaine, présidente du cédant, a "
     "salué « une belle opération ».",
     [("LEADS", "Léa Fontaine", "Talbert")]),
    ("L'association Vigie Littoral a assigné le groupe Sorvane devant le tribunal judiciaire de Brest. La requérante "
     "accuse l'industriel d'avoir pollué la rade.",
     [("ACCUSES", "Vigie Littoral", "Sorvane")]),
    ("La banque Lorient Crédit a accordé un prêt de 30 millions d'euros au chantier naval Kerlaz. Le prêteur exige le "
     "départ de Jean Ravel.",
     [("OPPOSES", "Lorient Crédit", "Jean Ravel")]),
    ("La communauté d'agglomération de Morlenc a confié la gestion de ses piscines à la société Aquavia. Le "
     "délégataire versera une redevance de 2 millions d'euros à la collectivité.",
     [("FUNDS", "Aquavia", "communauté d'agglomération de Morlenc")]),
    ("La région Bretagne a attribué le marché des cars scolaires à la société Transarmor. Paul Kerhervé, directeur "
     "général de l'attributaire, promet des véhicules électriques.",
     [("LEADS", "Paul Kerhervé", "Transarmor")]),
    ("Le groupe Talbert a cédé Maxiprix au fonds Orvalis Capital. Hugo Ferrand, directeur général de l'acquéreur, "
     "promet de garder les magasins.",
     [("LEADS", "Hugo Ferrand", "Orvalis Capital")]),
    # paragraph openers
    ("Le groupe Talbert a annoncé lundi la fermeture de douze magasins en Bretagne. Talbert perd des parts de marché "
     "depuis trois ans.\n\nÀ la tête de Maxiprix depuis 2019, Paul Kerhervé ne cache pas son ambition. Le groupe a "
     "racheté l'enseigne Panoria l'an dernier.",
     [("ACQUIRES", "Maxiprix", "Panoria")]),
    ("Le groupe Talbert a annoncé lundi la fermeture de douze magasins en Bretagne. Talbert perd des parts de marché "
     "depuis trois ans.\n\nPatronne de Maxiprix depuis 2021, Léa Fontaine vise la première place. L'entreprise a "
     "signé un partenariat avec le logisticien Transarmor.",
     [("PARTNERS_WITH", "Maxiprix", "Transarmor")]),
    ("Le fonds Orvalis Capital va racheter la PME Kermadec Outillage au groupe Talbert.\n\nCôté acheteur, Paul "
     "Mérieux, directeur général de la société, promet de conserver les 300 emplois.",
     [("LEADS", "Paul Mérieux", "Orvalis Capital")]),
    # a town's adjective abroad tagged as a participle after the introducer: "le laboratoire bâlois X" is X's noun
    ("Le laboratoire bâlois Kelvamed a été choisi par le groupe Talbert. Hans Keller, directeur général du "
     "laboratoire, a signé le contrat lundi.",
     [("LEADS", "Hans Keller", "Kelvamed")]),
]

FORBIDDEN = [
    # the seller is no buyer: "l'acquéreur" after "X a cédé Y à Z" is Z
    ("Le groupe Talbert a cédé Maxiprix au fonds Orvalis Capital. Hugo Ferrand, directeur général de l'acquéreur, "
     "promet de garder les magasins.",
     ("LEADS", "Hugo Ferrand", "Talbert")),
    # two bidders: no one
    ("Le groupe Talbert et la société Dravel Industrie ont chacun déposé une offre pour racheter Kermadec Outillage. "
     "Paul Mérieux, directeur général de l'acheteur, a rencontré les salariés.",
     ("LEADS", "Paul Mérieux", "Talbert")),
    # no deal read: no one (not the article's company)
    ("La PME Kermadec Outillage cherche toujours un partenaire. Paul Mérieux, directeur général du repreneur, a "
     "rencontré les salariés.",
     ("LEADS", "Paul Mérieux", "Kermadec Outillage")),
    # the paragraph's head's company, not the article's subject
    ("Le groupe Talbert a annoncé lundi la fermeture de douze magasins en Bretagne. Talbert perd des parts de marché "
     "depuis trois ans.\n\nÀ la tête de Maxiprix depuis 2019, Paul Kerhervé ne cache pas son ambition. Le groupe a "
     "racheté l'enseigne Panoria l'an dernier.",
     ("ACQUIRES", "Talbert", "Panoria")),
    ("Le groupe Talbert a annoncé lundi la fermeture de douze magasins en Bretagne. Talbert perd des parts de marché "
     "depuis trois ans.\n\nPatronne de Maxiprix depuis 2021, Léa Fontaine vise la première place. L'entreprise a "
     "signé un partenariat avec le logisticien Transarmor.",
     ("PARTNERS_WITH", "Talbert", "Transarmor")),
]
