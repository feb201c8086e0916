"""Cases of the s13 kin fixes (helper s13-kin), invented names."""

# A kin noun's possessive ("Son fils, X", "Sa fille, X", "Son beau-frère, X") opening a sentence about a
# company: the owner is a person, the last one the text spoke of (by name, title or pronoun), not the company.
_SANCTIONS_1 = (
    "Londres a gelé mercredi les avoirs de l'homme d'affaires grec Stavros Kallergis. Le groupe Egeon Lines, qu'il "
    "contrôle depuis Limassol, est lui aussi visé. Egeon Lines exploite une trentaine de pétroliers. Son fils, "
    "Nikos Kallergis, qui dirige la filiale de courtage du groupe, figure également sur la liste.")
_SANCTIONS_2 = (
    "Bruxelles a inscrit l'oligarque Arkadi Vornov sur sa liste noire. La société Pelagia Trade est détenue "
    "par une holding enregistrée à Malte et contrôlée par M. Vornov. Sa fille, Inna Vornova, directrice "
    "financière de Pelagia Trade, voit aussi ses comptes bloqués.")
_SANCTIONS_3 = (
    "Le Trésor américain a sanctionné l'homme d'affaires Rustam Delkhanov. Ses sociétés de transport, dont "
    "Kaspar Freight, sont interdites d'opérer en dollars. Kaspar Freight affrète une vingtaine de cargos. "
    "Son beau-frère, Timour Achba, directeur général de la compagnie, est lui aussi visé.")
_SANCTIONS_4 = (
    "Le Conseil de l'UE accuse le propriétaire du groupe chimique Nordazot, Gleb Sarkissov, de financer "
    "l'armée. Son épouse, Alina Sarkissova, qui possède une société de yachts enregistrée à Chypre, est "
    "également sanctionnée.")
CASES = [
    (_SANCTIONS_1, [("FAMILY", "Nikos Kallergis", "Stavros Kallergis")]),
    (_SANCTIONS_2, [("FAMILY", "Inna Vornova", "Arkadi Vornov")]),
    (_SANCTIONS_3, [("FAMILY", "Timour Achba", "Rustam Delkhanov")]),
    (_SANCTIONS_4, [("FAMILY", "Alina Sarkissova", "Gleb Sarkissov")]),
]
FORBIDDEN = [
    (_SANCTIONS_1, ("FAMILY", "Nikos Kallergis", "Egeon Lines")),
]

# A blood relative named with a surname is kin of the one other person named before with that surname,
# whoever the text spoke of in between; a spouse noun's owner is not of the noun's gender.
_SURNAME_1 = (
    "Clarisse Mordant prend la direction générale de Vellor. Elle travaillera avec Hugues Ternay, président "
    "du conseil, qui l'a recrutée. « Il la connaît depuis vingt ans », glisse un cadre. Un détail fait "
    "jaser : son frère aîné, Bastien Mordant, dirige Calvane, un concurrent direct de Vellor.")
_SURNAME_2 = (
    "Agathe Roussel devient présidente de la coopérative Terralis. Elle succède à Marc Vidal, parti à la "
    "retraite. « C'est une gestionnaire », dit un administrateur. Sa cousine, Lise Roussel, siège déjà "
    "au conseil de Terralis.")
_SPOUSE_1 = (
    "Sandrine Lequin dirige Ormelia depuis 2019. Elle s'était opposée en 2022 à Paul Garnier, alors "
    "président du conseil. M. Garnier a quitté le groupe l'année suivante. Ceux qui la connaissent la disent "
    "infatigable. Son mari, Denis Arnal, siège au conseil de la mutuelle Valmut.")
CASES += [
    (_SURNAME_1, [("FAMILY", "Bastien Mordant", "Clarisse Mordant")]),
    (_SURNAME_2, [("FAMILY", "Lise Roussel", "Agathe Roussel")]),
    (_SPOUSE_1, [("FAMILY", "Denis Arnal", "Sandrine Lequin")]),
]
FORBIDDEN += [
    (_SURNAME_1, ("FAMILY", "Bastien Mordant", "Hugues Ternay")),
    (_SURNAME_2, ("FAMILY", "Lise Roussel", "Marc Vidal")),
    (_SPOUSE_1, ("FAMILY", "Denis Arnal", "Paul Garnier")),
]

# In a portrait, consecutive kin possessives share their owner: "c'est X, sa fille aînée, qui dirige …
# Son fils cadet, Y … Quant à son épouse, Z": all kin of the portrait's subject, not of each other; but in
# one sentence "X et son frère, Y" is X's brother.
_PORTRAIT_1 = (
    "Gérard Pellion a bâti un empire de la boulangerie industrielle. Depuis mars, c'est Hélène Pellion, "
    "41 ans, sa fille aînée, qui pilote le groupe. Le fondateur garde la présidence du conseil. "
    "La transmission a fait des déçus. Son fils cadet, Olivier Pellion, a quitté l'entreprise en 2020. "
    "Quant à son épouse, Marthe Pellion, elle a quitté le conseil dès 2012.")
_PORTRAIT_2 = (
    "Yvonne Castel règne depuis trente ans sur les Verreries Castel. C'est sa fille, Nadine Brault, qui "
    "dirige désormais l'usine de Saint-Just. Le reste de la famille se tient à l'écart. Sa nièce, Julie "
    "Ferrand, vit à Montréal.")
_SIBLINGS_1 = (
    "Armand Delorge a cédé l'an dernier la direction à sa fille, Laure Delorge. Après l'opération, Laure et "
    "son frère, Hervé Delorge, "
    "détiendront chacun 40 % de la holding familiale.")
CASES += [
    (_PORTRAIT_1, [("FAMILY", "Hélène Pellion", "Gérard Pellion"), ("FAMILY", "Olivier Pellion", "Gérard Pellion"),
                   ("FAMILY", "Marthe Pellion", "Gérard Pellion")]),
    (_PORTRAIT_2, [("FAMILY", "Nadine Brault", "Yvonne Castel"), ("FAMILY", "Julie Ferrand", "Yvonne Castel")]),
    (_SIBLINGS_1, [("FAMILY", "Hervé Delorge", "Laure Delorge")]),
]
FORBIDDEN += [
    (_PORTRAIT_1, ("FAMILY", "Olivier Pellion", "Hélène Pellion")),
    (_PORTRAIT_1, ("FAMILY", "Marthe Pellion", "Olivier Pellion")),
    (_PORTRAIT_1, ("WORKS_FOR", "Gérard Pellion", "groupe")),
    (_PORTRAIT_2, ("FAMILY", "Julie Ferrand", "Nadine Brault")),
    (_SIBLINGS_1, ("FAMILY", "Hervé Delorge", "Armand Delorge")),   # (not said: Laure's brother)
]

# The kin noun right before the name ("son fils Valère", "sa fille Inès") introduces it; the name after a
# possessive kin noun is kin of its owner however the parser hangs it ("…, qui a succédé à son père, X,
# fondateur de…"; "Son mari, l'avocat X"); a sibling noun after someone presented as a child is that
# person's sibling ("… explique Y. Sa sœur, Z"); an unresolved "il" before the possessive is the article's
# person of that gender.
_INTRO_1 = (
    "Devant le tribunal, le viticulteur Gaspard Limeuil a nié toute fraude. Le président du domaine "
    "comparaissait aux côtés de son fils Anselme, alors directeur commercial.")
_HUNG_1 = (
    "« Nous restons à Vertou », assure Fabien Quéré, PDG des Fromageries, qui a succédé en 2016 à son père, "
    "Lucien Quéré, fondateur de l'entreprise en 1971.")
_HUNG_2 = (
    "Aurélie Sabran préside la coopérative Agrilane depuis 2020. Elle y a imposé une gestion rigoureuse. "
    "Son mari, l'avocat d'affaires Marc Viguier, conseille plusieurs caves de la région.")
_SIBLING_2 = (
    "Lucien Montel a confié la présidence à son fils Damien Montel. « Nous gardons le contrôle », explique "
    "Damien Montel. Sa sœur, Alice Montel-Rey, prend la tête de la filiale de Rodez.")
_UNRESOLVED_IL = (
    "Octave Brunet a bâti le groupe Brunet en quarante ans. Octave Brunet cède aujourd'hui la main. Le fils "
    "de l'ancien maire, qui présidait l'entreprise depuis 1990, a réuni les cadres. Il a transmis à sa fille "
    "Claire Brunet la majorité des titres.")
CASES += [
    (_INTRO_1, [("FAMILY", "Anselme", "Gaspard Limeuil")]),
    (_HUNG_1, [("FAMILY", "Lucien Quéré", "Fabien Quéré")]),
    (_HUNG_2, [("FAMILY", "Marc Viguier", "Aurélie Sabran")]),
    (_SIBLING_2, [("FAMILY", "Alice Montel-Rey", "Damien Montel")]),
    (_UNRESOLVED_IL, [("FAMILY", "Claire Brunet", "Octave Brunet")]),
]
FORBIDDEN += [
    (_HUNG_2, ("FAMILY", "Marc Viguier", "Agrilane")),
]

# A participle of marriage fronted before the sentence's subject: "Mariée à l'avocat X, mère de deux enfants,
# Y dirige…", "Ancienne élue de Z, mariée à X, elle…" (the subject, not the last name before).
_MARRIED_1 = (
    "Claudine Vernet prend la tête de Sodimar. Mariée à l'architecte Bruno Lagarde, mère de deux enfants, "
    "Claudine Vernet préside aussi le club de rugby de Dax.")
_MARRIED_2 = (
    "Héloïse Carrel a été nommée directrice générale de la Banque Ardéa. Administratrice de Pélican Mutuelle "
    "depuis 2019, mariée au chirurgien Olivier Tessier, elle se dit prête.")
_MARRIED_3 = (
    "Le conseil de Trévia a choisi Armand Coste. Marié depuis 1998 à Sophie Delval, ancienne "
    "directrice de Lumina, Armand Coste dirigeait jusqu'ici la filiale belge.")
CASES += [
    (_MARRIED_1, [("FAMILY", "Bruno Lagarde", "Claudine Vernet")]),
    (_MARRIED_2, [("FAMILY", "Olivier Tessier", "Héloïse Carrel")]),
]
FORBIDDEN += [
    (_MARRIED_3, ("FAMILY", "Sophie Delval", "Lumina")),
]

# An interview's remark to the interviewee that trails off instead of asking ("Votre fille X siège
# désormais chez Y...") is a question: its "votre" is the interviewee's.
_INTERVIEW_KIN = (
    "« Le groupe Garance restera familial » : entretien avec Odile Sarrazin\n\n"
    "À 61 ans, Odile Sarrazin préside la holding Garance Participations, qui contrôle le chausseur Garance. "
    "Elle répond à nos questions.\n\n"
    "Quelle est la stratégie du groupe ?\n"
    "Nous voulons rester indépendants et investir dans nos ateliers de Romans.\n\n"
    "Votre neveu Julien Sarrazin vous conteste la présidence depuis deux ans...\n"
    "C'est son droit. Il n'a jamais travaillé dans l'entreprise.\n\n"
    "Pourquoi refuser les offres de rachat ?\n"
    "Parce que nous n'avons besoin de personne pour grandir.\n\n"
    "Et la succession ? Votre fille Camille Arnoux dirige déjà les boutiques…\n"
    "Oui, elle a fait ses preuves. Elle décidera le moment venu.\n")
CASES += [
    (_INTERVIEW_KIN, [("FAMILY", "Julien Sarrazin", "Odile Sarrazin"), ("FAMILY", "Camille Arnoux", "Odile Sarrazin")]),
]

# A question's subject "vous" with a verb of one's career is the interviewee in person.
_INTERVIEW_CAREER = (
    "Marc Olivane (Vertalis) : « Nous garderons nos usines »\n\n"
    "Patron du fabricant de pompes Vertalis depuis 2020, Marc Olivane répond à nos questions.\n\n"
    "Vertalis va-t-il fermer un site ?\n\n"
    "Non. Nous investissons au contraire 20 millions d'euros à Vierzon.\n\n"
    "Vous avez travaillé douze ans chez le motoriste Sarmance. Qu'en avez-vous retenu ?\n\n"
    "La rigueur industrielle. J'y ai tout appris.\n\n"
    "Avez-vous des concurrents en Europe ?\n\n"
    "Oui, surtout en Italie.\n")
CASES += [
    (_INTERVIEW_CAREER, [("WORKS_FOR", "Marc Olivane", "Sarmance")]),
]
FORBIDDEN += [
    (_INTERVIEW_CAREER, ("WORKS_FOR", "Vertalis", "Sarmance")),
]

# A person noun of press style that named one person ("X … sourit le patriarche") called back far from there:
# that person, over a nearer one the text never called so.
_CALLED_BACK = (
    "Aux Conserveries Larzac, Émile Fabrègue, 80 ans, passe la main à son fils Lucas Fabrègue. « Je reste "
    "dans les parages », sourit le patriarche. "
    "Le fonds Causses Capital entre au capital. Son directeur, Hugo Sarran, salue un dossier solide. "
    "La banque Rouergue Crédit finance l'opération. Le solde du capital appartient à Denis Marty, un "
    "neveu du patriarche.")
CASES += [
    (_CALLED_BACK, [("FAMILY", "Denis Marty", "Émile Fabrègue")]),
]
FORBIDDEN += [
    (_CALLED_BACK, ("FAMILY", "Denis Marty", "Hugo Sarran")),
]
