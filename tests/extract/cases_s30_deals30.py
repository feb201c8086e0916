"""Cases of the s30 deal piece read as a frame (helper s30-deals30), invented names and sentences: the one deal
the lead states (buyer, seller, target) gives the parties the later sentences name by their role ("l'acheteur",
"le vendeur", "le cédant", "le repreneur") and the target the other bidders ("deux autres candidats : A et B",
"A, candidat malheureux") sought. Each mechanism on several shapes: sale and purchase leads, active, passive,
apposition, quote attribution, relative."""

_SALE = ("Vexora cède Orvane à Delmont\n\nLe groupe Vexora a signé un accord pour céder 60 % d'Orvane, sa filiale "
         "de logistique, au fonds Delmont Capital, pour 300 millions d'euros. L'opération doit être finalisée en "
         "juin.\n\n")
_BUY = ("Arvel Partners rachète Kelio\n\nLe fonds Arvel Partners a racheté le fabricant de volets Kelio au groupe "
        "Nordhal pour 120 millions d'euros, a-t-il annoncé lundi.\n\n")
_BUY2 = ("Ferrand Industries s'offre Liscot\n\nFerrand Industries va acquérir la société Liscot, qui appartenait "
         "jusqu'ici au conglomérat Braxton, pour 45 millions d'euros. Ferrand Industries reprend Liscot à Braxton "
         "après six mois de discussions.\n\n")

# an adviser of a party named by its role (slots/deals30.deal_adviser)
CASES = [
    (_SALE + "La vente, pilotée par Crédit Vernier pour le compte du vendeur, a été bouclée vite. Marcellin & Co "
     "conseillait l'acheteur.",
     [("WORKS_FOR", "Crédit Vernier", "Vexora"), ("WORKS_FOR", "Marcellin & Co", "Delmont Capital")]),
    (_SALE + "Les avocats de l'acquéreur, le cabinet Sorrel & Cie, ont obtenu une garantie de passif. Le vendeur était "
     "représenté par Banque Ferrand & Fils.",
     [("WORKS_FOR", "Sorrel & Cie", "Delmont Capital"), ("WORKS_FOR", "Banque Ferrand & Fils", "Vexora")]),
    (_BUY + "« Le prix reflète la qualité des usines », a souligné la banque Holmberg, qui intervenait pour le "
     "compte du vendeur.",
     [("WORKS_FOR", "Holmberg", "Nordhal")]),
    (_BUY2 + "Le cabinet Delorme Avocats, conseil du repreneur, a négocié les garanties. Lucie Varnier a accompagné "
     "le cédant tout au long du processus.",
     [("WORKS_FOR", "Delorme Avocats", "Ferrand Industries"), ("WORKS_FOR", "Lucie Varnier", "Braxton")]),
    # the other bidders of the deal (slots/deals30.rival_bidder)
    (_SALE + "Le processus avait attiré deux autres candidats : le suédois Brakka Group et l'allemand Holtz "
     "Partners.",
     [("BIDS_FOR", "Brakka Group", "Orvane"), ("BIDS_FOR", "Holtz Partners", "Orvane")]),
    (_BUY + "Brakka Group, candidat malheureux, avait proposé un prix plus bas.",
     [("BIDS_FOR", "Brakka Group", "Kelio")]),
    (_BUY2 + "Le candidat malheureux, Holtz Partners, n'a pas souhaité commenter.",
     [("BIDS_FOR", "Holtz Partners", "Liscot")]),
    # a bidder said so by a copula; a lead that tells the sale with no buyer yet, or the deal by its noun
    ("Vexora prêt à céder sa filiale\n\nSelon nos informations, le groupe Vexora envisagerait de céder les 30 % "
     "qu'il détient encore dans Orvane, la société qui gère le port. Brakka Group, premier actionnaire depuis 2019, "
     "serait candidat à la reprise.",
     [("BIDS_FOR", "Brakka Group", "Orvane")]),
    (_BUY + "Selon un proche du dossier, Holtz Partners était également candidat.",
     [("BIDS_FOR", "Holtz Partners", "Kelio")]),
    ("Le rachat de Liscot par Arvel Partners a été bouclé en mai. « Nous avons été battus sur le prix », reconnaît "
     "Brakka Group, candidat malheureux.",
     [("BIDS_FOR", "Brakka Group", "Liscot")]),
    # the buyer beat the others (slots/deals30.beaten_bidder): active, passive, in a quote
    (_BUY + "Arvel Partners a devancé Holtz Partners et Brakka Group, dont les offres étaient jugées trop basses.",
     [("BIDS_FOR", "Holtz Partners", "Kelio"), ("BIDS_FOR", "Brakka Group", "Kelio")]),
    (_SALE + "Holtz Partners a été devancé par Delmont Capital, qui proposait un meilleur prix.",
     [("BIDS_FOR", "Holtz Partners", "Orvane")]),
    ("Ferrand Industries s'offre Liscot\n\nFerrand Industries va acquérir la société Liscot pour 45 millions "
     "d'euros. « Nous avons coiffé Brakka Group au poteau », se réjouit Ferrand Industries, qui a longtemps négocié.",
     [("BIDS_FOR", "Brakka Group", "Liscot")]),
]
FORBIDDEN = [
    # one who beat another elsewhere is not the deal's buyer
    ("Ferrand Industries s'offre Liscot\n\nFerrand Industries va acquérir la société Liscot pour 45 millions "
     "d'euros. L'an dernier, Brakka Group avait devancé Holtz Partners sur le marché allemand.",
     ("BIDS_FOR", "Holtz Partners", "Liscot")),
    # no deal stated in the lead: no party for the role
    ("Le marché des volets reste dynamique. Marcellin & Co conseillait l'acheteur, selon nos informations.",
     ("WORKS_FOR", "Marcellin & Co", "Kelio")),
    # two deals in the lead: no frame
    ("Deux ventes\n\nLe groupe Vexora a cédé Orvane au fonds Delmont Capital. Le groupe Nordhal a cédé Liscot à "
     "Arvel Partners. Marcellin & Co conseillait l'acheteur.",
     ("WORKS_FOR", "Marcellin & Co", "Delmont Capital")),
    ("Deux ventes\n\nLe groupe Vexora a cédé Orvane au fonds Delmont Capital. Le groupe Nordhal a cédé Liscot à "
     "Arvel Partners. Marcellin & Co conseillait l'acheteur.",
     ("WORKS_FOR", "Marcellin & Co", "Arvel Partners")),
    # a rival noun with no "autre", "malheureux": the winner may be meant
    (_BUY + "Le candidat, Brakka Group, avait proposé un prix plus bas.", ("BIDS_FOR", "Brakka Group", "Kelio")),
    # a candidate for a post is no bidder
    ("Le groupe Vexora a racheté la société Orvane. Paul Sardin est candidat à la mairie de Brivel.",
     ("BIDS_FOR", "Paul Sardin", "Orvane")),
    # the buyer is never its own rival
    (_SALE + "Delmont Capital avait devancé deux autres candidats : Brakka Group et Holtz Partners.",
     ("BIDS_FOR", "Delmont Capital", "Orvane")),
]
