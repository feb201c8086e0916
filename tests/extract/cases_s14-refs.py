"""Cases of the s14 second-reference and interview fixes (helper s14-refs), invented names."""

# An interview's "nous"/"notre"/"votre" stand for the interviewee's organisation as the lead gives it (an
# unnamed title subject of the lead, the title beside the name in the headline, a fronted "à la tête de"),
# not for the company the article names most (often the adversary of a dispute).
_LEAD_TITLE = """Paul Vernadet : « Nous irons jusqu'au bout face à Orkane »

ENTRETIEN. Le président de Marvelle Transports, transporteur routier de 3 000 salariés, revient sur son conflit avec le logisticien Orkane.

Orkane vous réclame 40 millions d'euros devant le tribunal de commerce. Que répondez-vous ?

Orkane a rompu le contrat sans préavis. Nous avons des preuves, et nous les produirons.

Orkane dit que vous lui devez des factures. Est-ce exact ?

Non. Orkane confond tout.

Comment financez-vous votre développement ?

Nous détenons 40 % de Tarvis Fret, et la banque Coralie nous accompagne."""

_LEAD_TITLE_FEM = """Claire Ombrevaux : « Nos clients ne paieront pas la note »

La directrice générale de l'assureur mutualiste Vaubrune Mutuelle répond aux accusations du courtier Pélisson Courtage.

Pélisson Courtage vous accuse de concurrence déloyale. Que répondez-vous ?

Pélisson Courtage se trompe de combat. Pélisson Courtage perd des clients, voilà tout.

Pélisson Courtage a saisi l'Autorité de la concurrence. Êtes-vous inquiète ?

Pas du tout. Le fonds Arvelin Capital, qui possède 15 % de notre capital, nous soutient pleinement."""

_HEADLINE_TITLE = """« Ostrale nous a volé nos brevets » : entretien avec Hugo Varennes, PDG de Lumencia

Le fabricant de capteurs poursuit son ancien partenaire Ostrale, qui a lancé un produit concurrent.

Ostrale affirme avoir développé seule son capteur. Qu'en dites-vous ?

Ostrale ment. Ostrale a eu accès à nos plans pendant trois ans.

Ostrale vous reproche d'avoir rompu l'accord. Pourquoi l'avoir fait ?

Parce que la confiance était rompue. Depuis, nous avons racheté la start-up Quillane pour renforcer nos équipes."""

_FRONTED = """« Nous ne céderons rien à Barnavel »

Arrivée en 2022 à la tête de la coopérative Terres d'Auzance, Inès Capdeville, 46 ans, succède à Pierre Lagrange, parti à la retraite.

Le négociant Barnavel veut racheter vos silos. Allez-vous vendre ?

Non. Barnavel nous a fait une offre que nous avons refusée.

Barnavel dit que votre coopérative est trop petite. Que répondez-vous ?

Barnavel se trompe. Barnavel n'a jamais compris notre métier. Nous avons pris cette année 30 % du moulin Ferrandou."""

_QUESTION_CAPITAL = """Marc Doucelin : « Le rachat de Verbane n'est pas à l'ordre du jour »

Le directeur général de l'équipementier Sorvelle Industries répond aux rumeurs sur le groupe Verbane.

Verbane dit vouloir vous racheter. Verbane a-t-il fait une offre ?

Verbane n'a rien proposé. Verbane communique beaucoup.

La banque Hertaut, qui détient 12 % de votre capital, soutient-elle votre indépendance ?

Oui, sans réserve."""

CASES = [
    (_LEAD_TITLE, [("OWNS", "Marvelle Transports", "Tarvis Fret")]),
    (_LEAD_TITLE_FEM, [("OWNS", "Arvelin Capital", "Vaubrune Mutuelle")]),
    (_HEADLINE_TITLE, [("ACQUIRES", "Lumencia", "Quillane")]),
    (_FRONTED, [("LEADS", "Inès Capdeville", "Terres d'Auzance")]),
    (_QUESTION_CAPITAL, [("OWNS", "Hertaut", "Sorvelle Industries")]),
]

FORBIDDEN = [
    (_LEAD_TITLE, ("OWNS", "Orkane", "Tarvis Fret")),
    (_LEAD_TITLE_FEM, ("OWNS", "Arvelin Capital", "Pélisson Courtage")),
    (_HEADLINE_TITLE, ("ACQUIRES", "Ostrale", "Quillane")),
    (_FRONTED, ("OWNS", "Barnavel", "Ferrandou")),
    (_QUESTION_CAPITAL, ("OWNS", "Hertaut", "Verbane")),
]

# "le bras de fer / le duel / l'affrontement entre les deux X" in a sentence that names no one: the two
# actors the article opposes (its two most spoken-of of that kind), not the pair of advisers named last
_PAIR_ADVISERS = ("L'assureur Valmont a lancé jeudi une offre hostile sur la mutuelle Orbane. Orbane a aussitôt rejeté "
                  "l'offre de Valmont, jugée trop basse. Valmont est conseillé par la banque Sertis et le cabinet "
                  "Delorme Avocats. Le bras de fer entre les deux groupes s'annonce long.")
_PAIR_MANDATED = ("Le transporteur Galvane veut racheter son concurrent Morlaix Fret. Morlaix Fret a refusé l'offre de "
                  "Galvane. Les dirigeants de Morlaix Fret ont mandaté la banque d'affaires Ternier & Cie. Le duel "
                  "entre les deux compagnies pourrait durer.")
_PAIR_ACCOMPANIED = ("Le chimiste Arvelle a déposé une offre sur Solmane. Solmane juge l'offre d'Arvelle hostile. "
                     "Arvelle est accompagné par Ostral Finance. L'affrontement entre les deux industriels ne fait "
                     "que commencer.")
CASES += [
    (_PAIR_ACCOMPANIED, [("OPPOSES", "Arvelle", "Solmane")]),
]
FORBIDDEN += [
    (_PAIR_ADVISERS, ("OPPOSES", "Sertis", "Delorme Avocats")),
    (_PAIR_MANDATED, ("OPPOSES", "Morlaix Fret", "Ternier & Cie")),
    (_PAIR_ACCOMPANIED, ("OPPOSES", "Arvelle", "Ostral Finance")),
]

# "X siège à notre conseil de surveillance" in an interview's answer: the board of the interviewee's company
_BOARD_OURS = """Sophie Marchand : « Nous tenons tête à Grimaldo »

La présidente du directoire de la papeterie Orvanne répond aux attaques du groupe Grimaldo.

Grimaldo vous accuse de dumping. Que répondez-vous ?

Grimaldo se trompe. Grimaldo vend plus cher, c'est tout.

Votre actionnaire vous soutient-il ?

Oui. Jacques Meraud, qui représente le fonds Ardoise Capital, siège à notre conseil de surveillance depuis 2020."""
CASES += [
    (_BOARD_OURS, [("BOARD_MEMBER", "Jacques Meraud", "Orvanne")]),
]
FORBIDDEN += [
    (_BOARD_OURS, ("BOARD_MEMBER", "Jacques Meraud", "Grimaldo")),
]

# "Son président, X, vous accuse…" in a question: the possessive put to the interviewee is a third party's
# the interviewer named (in this question or the one before), never the interviewee's company
_THIRD_PARTY = """Léon Garnier : « Nous gagnons parce que nous innovons »

Le PDG du fabricant de cycles Véloria répond à ses détracteurs.

Pourquoi avez-vous remporté l'appel d'offres face au groupe Cyclane ?

Nous étions moins chers et plus rapides. Nos usines tournent à plein.

Son directeur général, Paul Ravinel, vous accuse de vendre à perte. Que répondez-vous ?

C'est faux. Nos marges restent positives."""
_THIRD_PARTY_FEM = """Agathe Morin : « Le marché est assez grand pour deux »

La directrice générale de la brasserie Houblonne revient sur sa rivalité avec la brasserie Malterre.

La brasserie Malterre vient de lever 10 millions d'euros. Cela vous inquiète-t-il ?

Non. Nous avons nos propres clients. Nous ouvrirons une seconde usine en 2026.

Sa présidente, Claire Dufresne, affirme que vous copiez ses recettes. Que répondez-vous ?

Nos recettes sont les nôtres depuis vingt ans."""
CASES += [
    (_THIRD_PARTY, [("LEADS", "Paul Ravinel", "Cyclane")]),
    (_THIRD_PARTY_FEM, [("LEADS", "Claire Dufresne", "Malterre")]),
]
FORBIDDEN += [
    (_THIRD_PARTY, ("LEADS", "Paul Ravinel", "Véloria")),
    (_THIRD_PARTY_FEM, ("LEADS", "Claire Dufresne", "Houblonne")),
]

# "Entretien avec sa présidente, X" / "Son PDG, X, répond" in an interview's lead: the possessive of the
# interviewee's own title is the organisation the interview is about, not a lender the sentence before named
_OWN_TITLE = """Lumivolt lève 20 millions d'euros : « Nous visons l'Europe »

La start-up grenobloise Lumivolt, qui fabrique des batteries au sodium, boucle une série A menée par le fonds Aravis Capital. L'opération est complétée par un prêt de 5 millions d'euros de la Banque Sorelle. Entretien avec sa présidente, Julie Castagnet.

Pourquoi Aravis ?

Parce qu'ils connaissent l'industrie. Nous construirons une usine en 2026.

Et la concurrence chinoise ?

Nous avons deux ans d'avance."""
_OWN_TITLE_MASC = """Ferromer investit 30 millions : « Nous restons à Dunkerque »

Le fondeur Ferromer annonce un plan d'investissement de 30 millions d'euros. Le financement est assuré par un crédit de la Caisse Vermande. Son PDG, Antoine Lescure, répond à nos questions.

Pourquoi maintenant ?

Nos clients attendaient ce signal. Nous embaucherons 80 personnes.

Et après ?

Nous regarderons l'export."""
CASES += [
    (_OWN_TITLE, [("LEADS", "Julie Castagnet", "Lumivolt")]),
    (_OWN_TITLE_MASC, [("LEADS", "Antoine Lescure", "Ferromer")]),
]
FORBIDDEN += [
    (_OWN_TITLE, ("LEADS", "Julie Castagnet", "Banque Sorelle")),
    (_OWN_TITLE_MASC, ("LEADS", "Antoine Lescure", "Caisse Vermande")),
]

# in an interview's questions and answers, a bare "le groupe" / "l'entreprise" / "du groupe" is the
# interviewee's organisation, not a holding or fund the sentence names
_BARE_GROUP = """« Le groupe Dorvel restera familial »

Depuis mars, Hélène Dorvel dirige le groupe Dorvel, fabricant de meubles en Vendée. Entretien.

Comment est réparti le capital ?

La holding familiale Sapinière Conseil détient 70 % du groupe, et les salariés le reste.

Votre cousin Arthur a quitté l'entreprise. Pourquoi ?

Il voulait créer sa propre affaire. Nous restons proches."""
CASES += [
    (_BARE_GROUP, [("OWNS", "Sapinière Conseil", "groupe Dorvel")]),
]
FORBIDDEN += [
    (_BARE_GROUP, ("WORKS_FOR", "Arthur", "Sapinière Conseil")),
]
