"""Word lists the slot readers use: knowledge of French, no actor named."""

# Titles whose holder leads a whole country when the title carries a nationality adjective
# ("le ministre turc" leads a ministry, not Turkey).
HEADS_OF_STATE = {"président", "présidente", "chef", "cheffe", "chancelier", "chancelière", "roi", "reine",
                  "émir", "monarque", "dirigeant", "dirigeante", "prince", "souverain"}

# A head of state's counterpart: "son homologue chilien" heads Chile when its counterpart heads a state.
COUNTERPARTS = {"homologue", "homologues"}

# Rivalry nouns whose apposed name may come after a comma and a description ("son concurrent historique,
# le lyonnais X"): the name is the rival (slots/titles.py).
RIVAL_NOUNS = {"concurrent", "concurrente", "rival", "rivale", "adversaire", "compétiteur"}

# Latin adverbials read as a "de" noun by the parser ("le dirigeant de facto du pays"): the "de" phrase
# hung on them is the title's own complement.
LATIN_ADVERBIALS = {"facto", "jure"}

# Words of an amount phrase ("3 milliards de dollars"), through which a complement may be misattached.
AMOUNT_WORDS = {"milliard", "milliards", "million", "millions", "euro", "euros", "dollar", "dollars", "livre",
                "livres", "franc", "francs", "somme", "montant", "prix", "m€", "md€", "md$", "m$", "mds"}

# Subjects of a market's move: "le titre a cédé 7 %", "l'action a gagné 3 %" tell a price, not a sale.
PRICE_SUBJECTS = {"titre", "action", "cours", "valeur", "indice", "bourse", "marché", "obligation", "dollar",
                  "euro", "baril", "once", "taux"}

# Those who hold what someone left: "racheter Y aux héritiers de X" buys from them, not from X.
HEIRS = {"héritier", "héritière", "héritiers", "héritières", "descendant", "descendante", "descendants",
         "descendantes", "ayants", "ayant", "veuve", "veuf", "succession", "enfants", "petits-enfants"}

# Nouns of money raised that are not in FUNDING_NOUNS' transparent set: "une enveloppe de 486 M€".
ROUND_WORDS = {"enveloppe", "série", "round"}

# Verbs by which a buyer gives a contract ("confier le marché à Y").
AWARD_VERBS = {"confier", "attribuer", "adjuger", "octroyer"}

# Verbs of buying or selling a company from or to someone: "Y a racheté Z à son fondateur" — the
# possessive of the seller or buyer named with "à" is the company traded (Z's founder), not the clause's subject.
TRADE_VERBS = {"racheter", "acheter", "acquérir", "reprendre", "céder", "vendre", "revendre", "transmettre"}

# Verbs of a seller's own wish or plan ("envisager de céder Y à Z", "vouloir vendre Y à Z"): the sale is not
# made nor offered by the one named as its buyer (slots/verbs.py).
SELLER_INTENT_VERBS = {"envisager", "vouloir", "souhaiter", "projeter", "prévoir", "compter", "entendre",
                       "songer", "réfléchir", "hésiter", "espérer", "étudier", "chercher", "tenter"}

# Verbs by which a body gives someone a post.
APPOINT_VERBS = {"nommer", "désigner", "choisir", "élire", "recruter", "coopter", "appeler", "installer", "promouvoir"}

# Nouns of someone's taking up a post: "l'arrivée à la tête de Y de X".
ARRIVAL_NOUNS = {"arrivée", "nomination", "retour", "maintien", "installation", "élection", "désignation",
                 "accession", "promotion"}

# Verbs by which someone takes another's post.
SUCCESSION_VERBS = {"remplacer", "succéder", "relayer", "détrôner", "supplanter"}

# Succession verbs that name their predecessor alone ("succéder à B"): with no post, the main organisation's.
PLAIN_SUCCESSION_VERBS = {"succéder"}

# Verbs by which a body hands a post to someone ("la présidence a été confiée à X").
ENTRUST_VERBS = {"confier", "attribuer", "remettre"}

# Titles that are a seat on the board they are held in ("au sein du conseil, X est vice-président").
BOARD_SEATS = {"vice-président", "vice-présidente", "membre", "administrateur", "administratrice"}

# A board's committees: "président du comité d'audit" sits on the board, does not lead the company.
COMMITTEES = {"comité"}
# Committees that are not the board's: management, works councils, and bodies of other kinds.
NOT_BOARD_COMMITTEES = {"exécutif", "direction", "entreprise", "central", "social", "olympique", "national",
                        "international", "scientifique", "éthique", "soutien", "organisation", "organisateur"}

# Verbs by which someone refuses what their object names ("exclure toute négociation avec Y").
REFUSAL_VERBS = {"exclure", "refuser", "rejeter", "écarter", "fermer"}

# Days and times after a verb, on which the parser sometimes hangs the verb's object.
TIME_WORDS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui",
              "matin", "soir", "midi", "demain"}


# Verbs by which someone seeks a post they do not hold ("briguer la présidence de Y").
CONTEST_VERBS = {"briguer", "convoiter", "disputer", "viser", "lorgner", "guigner", "revendiquer", "ambitionner",
                 "postuler", "réclamer"}
# Nouns of a post ("la présidence de Y", "le poste de PDG").
POSTS = {"présidence", "direction", "tête", "poste", "fauteuil", "siège", "commande", "rênes", "barre",
         "vice-présidence"}


# Verbs of buying, whose "à Z" phrase names the seller ("racheter Y à Z").
BUY_VERBS = {"racheter", "acheter", "acquérir", "reprendre"}

# Stands in a round's "raiser" slot when the article has no main organisation: resolved after the whole
# article is read to the one company every funding tie of the article is about (relations.py).
FUNDED = "\x00funded"

# Nouns of someone's leaving a post: "réclamer le départ du PDG de Y" demands it of the one holding it.
OUSTER_NOUNS = {"départ", "démission", "limogeage", "éviction", "renvoi", "révocation", "destitution"}

# Verbs whose "à" phrase is who is spoken to or blamed, not where one stands: "reprocher à la direction
# de Y …" is no post at the head of Y.
ADDRESSEE_VERBS = {"reprocher", "demander", "écrire", "dire", "répondre", "adresser", "annoncer", "expliquer",
                   "signaler", "rappeler", "promettre", "proposer", "imputer", "suggérer", "conseiller", "ordonner",
                   "interdire", "réclamer", "envoyer", "transmettre", "présenter", "soumettre",
                   "laisser", "donner", "téléphoner"}

# Nouns of talks: "X est en négociations exclusives pour le rachat de Y" - the one negotiating buys.
TALK_NOUNS = {"négociation", "négociations", "discussion", "discussions", "pourparlers", "tractation", "tractations"}
# Nouns of a purchase the talks are held for.
PURCHASE_NOUNS = {"rachat", "acquisition", "reprise"}
# Verbs by which a party enters or holds such talks (not "mener les négociations": a negotiator may act for another).
TALK_VERBS = {"entrer", "être", "ouvrir", "engager", "entamer", "poursuivre", "rompre", "reprendre", "suspendre",
              "conclure", "finaliser", "lancer"}
# Nouns of taking a seat: "l'entrée de X au conseil d'administration de Y".
BOARD_ENTRY_NOUNS = {"entrée", "arrivée", "nomination", "élection", "cooptation", "retour"}
# Verbs by which a company makes its own news known: "Y a annoncé que X deviendra directeur général".
ANNOUNCE_VERBS = {"annoncer", "préciser", "confirmer", "indiquer", "officialiser", "communiquer", "informer",
                  "dévoiler"}
# Titles of public office: not a post in the company that announces it ("Y a annoncé que X deviendra ministre").
PUBLIC_TITLES = {"ministre", "maire", "gouverneur", "gouverneure", "chancelier", "chancelière", "commissaire",
                 "secrétaire", "garde", "député", "députée", "sénateur", "sénatrice", "premier", "première"}

# "siège" the verb, that the tagger takes for the noun (the seat, the headquarters): read as a line
# ("X siège au conseil d'administration de Y", slots/phrases.py)
SEAT_WORDS = frozenset({"siège", "siègent", "sièges"})
# Verbs whose subject gets or keeps the seat(s) their object names: "X obtient deux sièges au conseil",
# "X disposera d'un siège au conseil de surveillance", "X se contente d'un siège au conseil".
# (s21-corpB) a seat asked for is annotated as the seat: "X demande / réclame un siège au conseil de surveillance
# de Y", "X brigue deux sièges au conseil" (not one asked "en vain", "sans succès": slots/phrases.py seat_taker)
SEAT_ASKING_VERBS = frozenset({"demander", "réclamer", "solliciter", "briguer", "revendiquer", "exiger"})
SEAT_TAKING_VERBS = frozenset({"obtenir", "disposer", "conserver", "garder", "occuper", "décrocher", "récupérer",
                               "contenter", "content", "hériter", "recevoir", "détenir", "avoir", "conquérir", "gagner"}) \
    | SEAT_ASKING_VERBS

# Verbs by which someone takes or gives up a seat on a board named as their object: "X rejoint /
# intègre / quitte le conseil d'administration de Y".
BOARD_JOIN_VERBS = {"rejoindre", "intégrer", "quitter", "réintégrer", "retrouver"}

# Verbs by which a share is taken, read only with a share ("N %") as their object: "X prend 18 % de Y".
STAKE_TAKING_VERBS = {"prendre", "ramasser", "récupérer", "accumuler", "amasser", "grappiller"}

# Verbs by which money is granted, and what is granted: "un prêt de 8 M€ accordé par X".
GRANT_VERBS = {"accorder", "consentir", "octroyer", "verser", "allouer", "attribuer"}
GRANTED_NOUNS = {"prêt", "subvention", "financement", "crédit", "aide", "avance", "garantie", "enveloppe"}

# Verbs whose present tense ("il rejoint") is also their past participle: after a comma and an
# apposition, the parser may take the main verb for a participle hung on the subject.
FINITE_AS_PARTICIPLE = {"rejoindre", "conduire", "construire", "produire", "dire", "faire",
                        "détruire", "joindre"}

# Nouns of kinship: "le président du directoire, fils de la fondatrice X" - the name is the relative's,
# not the title holder's.
KIN_NOUNS = {"fils", "fille", "père", "mère", "frère", "sœur", "soeur", "épouse", "époux", "mari", "femme", "neveu",
             "nièce", "oncle", "tante", "cousin", "cousine", "gendre", "belle-fille", "petit-fils", "petite-fille",
             "veuve", "compagne", "compagnon", "demi-frère", "beau-frère", "belle-sœur", "grand-père", "grand-mère"}
# Kinds of company director, after "administrateur": "X, administrateur indépendant" sits on the board of the
# article's company (not "administrateur judiciaire", "provisoire": a court's or an estate's).
BOARD_DIRECTOR_KINDS = frozenset({"indépendant", "indépendante", "indépendants", "indépendantes", "salarié",
                                  "salariée", "salariés", "référent", "référente", "non-exécutif", "non-exécutive"})

# People who act or speak for someone else: "l'avocat de l'ex-dirigeant, Me X" names the lawyer, not the
# holder of the complement's title (slots/titles.py).
SPEAKER_NOUNS = {"avocat", "avocate", "conseil", "défenseur", "porte-parole", "représentant", "représentante",
                 "assistant", "assistante", "collaborateur", "collaboratrice"}


# Verbs of founding whose past participle, without auxiliary, describes the company before it
# ("Y, une société de conseil créée en 2021 par X", "la jeune pousse fondée en 2020 par A et B").
FOUNDING_VERBS = {"fonder", "cofonder", "co-fonder", "créer"}

# Descriptors of a young or small company that the one-word organisation nouns (typing_cues.org_nouns)
# leave out: "la jeune pousse", "une petite structure", "la fintech".
YOUNG_COMPANY_NOUNS = {"pousse", "structure", "fintech", "medtech", "biotech", "agence"}

# A time or place phrase between a participle and its agent: "fondée en 2020 à Lyon par X",
# "créée il y a dix ans par X", "fondée dès 2019 par X".
TIME_PLACE_WORDS = {"en", "dès", "à", "au", "il", "y", "a", "voilà", "dans", "l'", "le", "la", "an", "année",
                    "dernier", "dernière", "ans", "années", "début", "fin", "de", "d'", "mois", "janvier",
                    "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                    "novembre", "décembre", "lendemain", "plus", "moins", "près"}
