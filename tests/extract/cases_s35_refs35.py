"""Cases of the s35 descriptor and reference readings (helper s35-refs35, mentions/refs35.py, data/refs35.yaml),
invented names and sentences, run by test_rules.py.

* A descriptor's class or trade against what the text called each actor (refs35.kind_clash): a business noun ("le
  groupe", "la société", "la foncière") is no union, association or party the text set apart as such ("X, premier
  syndicat du site", "l'association X"); a trade noun is no company called only by another trade's noun. Cue nouns
  varied: foncière/promoteur, groupe/syndicat (ordinal apposition), société/organisation syndicale.
* "l'intéressé(e)" is the person the sentence before spoke of, not the one who spoke (refs35.concerned_person):
  verbs varied (a lancé in a quotation's attribution, a fustigé, a vivement critiqué), gender varied, the tie's
  shape varied (a dative "lui reproche", "porter plainte contre", "accuser X de")."""

CASES = [
    # kind clash: "la foncière" is the developer, not the association named nearer
    ("Le promoteur Bastide Immobilier a obtenu le permis de construire. L'association Ciel Ouvert, qui fédère 300 "
     "riverains, conteste le projet devant le tribunal administratif. Selon son avocat, la foncière a reçu 4 millions "
     "d'euros de la banque Orvane.",
     [("FUNDS", "Orvane", "Bastide Immobilier")]),
    # "le groupe" is the laboratory, not the union an ordinal apposition set apart
    ("Le laboratoire Pharvel supprime 200 postes à Brémont. Le Sgen, premier syndicat du site, a appelé à la grève "
     "lundi. Pourtant, le groupe a reçu un prêt de 12 millions d'euros de la banque Orvane.",
     [("FUNDS", "Orvane", "Pharvel")]),
    # "l'intéressé" after a quotation's attribution: the one spoken of
    ("Municipales : la guerre est déclarée à Villebrune.\n\n« Paul Marnier a trahi la ville », a lancé M. Durdent, "
     "qui fut longtemps son allié. L'intéressé lui reproche en retour une gestion dispendieuse de la métropole.",
     [("ACCUSES", "Paul Marnier", "Durdent")]),
    ("La campagne s'envenime à Montclar. La maire sortante, Claire Bonnot, a vivement critiqué Sophie Aubrac lors "
     "d'un meeting samedi. L'intéressée accuse Mme Bonnot d'avoir endetté la commune.",
     [("ACCUSES", "Sophie Aubrac", "Claire Bonnot")]),
    ("Le ton monte entre les deux hommes. Le député Pierre Vidal a fustigé mardi Jacques Ferral devant ses militants. "
     "L'intéressé a porté plainte contre M. Vidal pour diffamation.",
     [("SUES", "Jacques Ferral", "Pierre Vidal")]),
]

FORBIDDEN = [
    ("Le promoteur Bastide Immobilier a obtenu le permis de construire. L'association Ciel Ouvert, qui fédère 300 "
     "riverains, conteste le projet devant le tribunal administratif. Selon son avocat, la foncière a reçu 4 millions "
     "d'euros de la banque Orvane.",
     ("FUNDS", "Orvane", "Ciel Ouvert")),
    ("Le laboratoire Pharvel supprime 200 postes à Brémont. Le Sgen, premier syndicat du site, a appelé à la grève "
     "lundi. Pourtant, le groupe a reçu un prêt de 12 millions d'euros de la banque Orvane.",
     ("FUNDS", "Orvane", "Sgen")),
]
