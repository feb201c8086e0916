"""Cases of the s14 company-descriptor fixes (helper s14-refs2), invented names."""

# An adviser the story hires ("le cabinet de chasseurs de têtes X Partners", "le cabinet d'avocats X") is
# introduced as another kind of body than a fund or the company the article is about: "le fonds", "le
# groupe", "le transporteur" never point back to it, whatever its name's words say ("Partners").
CASES = [
    ("Le cabinet de chasseurs de têtes Morvan Partners a mené la recherche pour le compte du conseil. "
     "Le transporteur reste sous la pression du fonds Talvère Invest. Le fonds, entré au capital en 2022, "
     "a proposé de racheter Bricourt Logistique.",
     [("BIDS_FOR", "Talvère Invest", "Bricourt Logistique")]),
    ("Le cabinet d'avocats Selmane Partners conseille la direction. Depuis un an, le fonds Ouessant Invest "
     "réclame un siège au conseil. Le fonds a racheté en mars la société Dravelle.",
     [("ACQUIRES", "Ouessant Invest", "Dravelle")]),
    ("Le cabinet de conseil en stratégie Arlan Partners a été mandaté par la direction. Le fonds Keravel Invest "
     "détient 9 % du capital. Le fonds a pris le contrôle de Miradoux Emballages.",
     [("ACQUIRES", "Keravel Invest", "Miradoux Emballages")]),
    # "le groupe familial", "l'entreprise familiale": the company named after the family the text names,
    # not the family's holding ("X Participations", "Financière X")
    ("Héloïse Marcadet dirige Fromageries Marcadet depuis 2019. Elle a rejoint le groupe familial en 2010. "
     "Marcadet Participations, la holding de la famille, détient 70 % du capital. Le groupe familial a "
     "racheté Laiterie du Vercors.",
     [("ACQUIRES", "Fromageries Marcadet", "Laiterie du Vercors")]),
    ("Denis Carrel, PDG de Carrel Transports, préside aussi Financière Carrel. Rachid Ouali, maire de la "
     "commune, salue l'entreprise familiale, qui a racheté le transporteur Lenormand.",
     [("ACQUIRES", "Carrel Transports", "Lenormand")]),
    ("Sa sœur Agathe Vernoux siège à la holding Vernoux Participations. Son frère, Loïc Vernoux, est le patron "
     "de Vernoux Bâtiment. Le patron de l'entreprise familiale a racheté la société Tressol.",
     [("LEADS", "Loïc Vernoux", "Vernoux Bâtiment")]),
]

FORBIDDEN = [
    ("Le cabinet de chasseurs de têtes Morvan Partners a mené la recherche pour le compte du conseil. "
     "Le transporteur reste sous la pression du fonds Talvère Invest. Le fonds, entré au capital en 2022, "
     "a proposé de racheter Bricourt Logistique.",
     ("BIDS_FOR", "Morvan Partners", "Bricourt Logistique")),
    ("Les cabinets de recrutement sont sollicités. Le cabinet Vautrin Partners a piloté la sélection des "
     "candidats. Le groupe, coté à Paris, a racheté Pellaux Industrie.",
     ("ACQUIRES", "Vautrin Partners", "Pellaux Industrie")),
    ("Héloïse Marcadet dirige Fromageries Marcadet depuis 2019. Elle a rejoint le groupe familial en 2010. "
     "Marcadet Participations, la holding de la famille, détient 70 % du capital. Le groupe familial a "
     "racheté Laiterie du Vercors.",
     ("ACQUIRES", "Marcadet Participations", "Laiterie du Vercors")),
    ("Denis Carrel, PDG de Carrel Transports, préside aussi Financière Carrel. Rachid Ouali, maire de la "
     "commune, salue l'entreprise familiale, qui a racheté le transporteur Lenormand.",
     ("ACQUIRES", "Financière Carrel", "Lenormand")),
]
