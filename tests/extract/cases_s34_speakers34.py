"""Cases of the s34 first person in speech (helper s34-speakers34, slots/speakers34.py, data/speakers34.yaml),
invented names and sentences. A noun of a tie owned by a first or second person possessive whose owner the
speaker gives (concurrents, rivaux, actionnaires, partenaires, investisseurs, financeurs), followed by a list
of names in apposition or in a cleft ("ce sont", "c'est"): the names against the speaker's organisation, in a
quotation with an incise after it or a speaker before it, in an interview's answer; never when the quotation
has no speaker or the possessive is a third person's."""

_INTERVIEW = ("« Le meuble d'occasion n'est plus marginal »\n\nPaul Vernier, cofondateur et président de Recyclo, "
              "revient sur l'année écoulée.\n\nVous levez 40 millions d'euros. Qui vous soutient ?\nLe tour est "
              "conduit par Orsa Partners. C'est un signal fort.\n\nQui sont vos rivaux ?\n{}\n\nQuels sont vos "
              "projets ?\nNous voulons ouvrir dix magasins en 2027.")

CASES = [
    # a cleft after the noun, in a quotation with an incise after it
    ("« Nos vrais concurrents, ce sont Mobilix et Casaflor », affirme Paul Vernier, président de Recyclo.",
     [("COMPETES_WITH", "Mobilix", "Recyclo"), ("COMPETES_WITH", "Casaflor", "Recyclo")]),
    # an apposition closed by a comma, another cue word (rivaux), a speaker before the quotation
    ("Hélène Vasseur, directrice générale de Dalmore, prévient : « Nos rivaux directs, Ortiga ou Pellan, cassent "
     "les prix. »",
     [("COMPETES_WITH", "Ortiga", "Dalmore"), ("COMPETES_WITH", "Pellan", "Dalmore")]),
    # in an interview's answer, "c'est" and a kind noun before each name
    (_INTERVIEW.format("Nos principaux concurrents, c'est l'enseigne Mobilix et la chaîne Casaflor."),
     [("COMPETES_WITH", "Mobilix", "Recyclo"), ("COMPETES_WITH", "Casaflor", "Recyclo")]),
    # shareholders, a kind noun before each name, a pronoun after the list
    ("« Nos actionnaires, le fonds Marvest et la banque Ortal, nous soutiennent », explique Claire Dumont, "
     "directrice générale de Solvane.",
     [("OWNS", "Marvest", "Solvane"), ("OWNS", "Ortal", "Solvane")]),
    # partners, an adjective after the noun, another tense
    ("« Nos partenaires historiques, Bernholt et Vantor, resteront à nos côtés », assure Hugo Ferrand, le patron de "
     "Recyclo.",
     [("PARTNERS_WITH", "Bernholt", "Recyclo"), ("PARTNERS_WITH", "Vantor", "Recyclo")]),
    # investors and financers: the possessive's owner is the one they invest in
    ("« Nos investisseurs, Orsa Partners et Kelvin Capital, ont remis 30 millions », se félicite Léa Marchal, "
     "cofondatrice de Dronix.",
     [("INVESTS_IN", "Orsa Partners", "Dronix"), ("INVESTS_IN", "Kelvin Capital", "Dronix")]),
    ("Selon Marc Delorme, PDG de Vellor, « nos financeurs, ce sont Arvalis Capital et la banque Ortal ».",
     [("INVESTS_IN", "Arvalis Capital", "Vellor"), ("INVESTS_IN", "Ortal", "Vellor")]),
]

FORBIDDEN = [
    # a quotation nobody is said to speak: its "nos" is no one's
    ("« Nos concurrents, ce sont Mobilix et Casaflor. » Le marché du meuble recule de 4 % cette année.",
     ("COMPETES_WITH", "Mobilix", "Casaflor")),
    # "comme" gives an example of another kind: no list of names after the noun
    ("« Nos concurrents, comme Mobilix, baissent leurs prix », déplore Paul Vernier, président de Recyclo.",
     ("COMPETES_WITH", "Mobilix", "Paul Vernier")),
    # the names are those of the speaker's own organisation's side: the speaker is not their own rival
    ("« Nos investisseurs, Orsa Partners et Kelvin Capital, ont remis 30 millions », se félicite Léa Marchal, "
     "cofondatrice de Dronix.",
     ("INVESTS_IN", "Orsa Partners", "Léa Marchal")),
]

# (quoted_we.py _is_addressed) an interview's question put as a statement between two answers: its "vous" is the
# interviewee, as a "?" question's (an accusation, a meeting); other cue words and shapes in each
_QA = "{}\n\n{}\n\nPourquoi ce choix ?\n\n{}\n\n{}\n\n{}\n\n{}"
CASES += [
    (_QA.format("Hélène Vasseur : « Nous ne renoncerons pas à la réforme »",
                "À six mois des régionales, la présidente du Parti du Progrès défend son bilan.",
                "Parce que nous voulons rassembler. Nous discutons avec tous les partenaires de la gauche.",
                "Bruno Leclair, le porte-parole de l'Union citoyenne, vous reproche d'avoir « abandonné » les ouvriers.",
                "C'est injuste. J'ai passé dix ans dans les usines du Nord.",
                "Votre parti a-t-il les moyens de mener campagne ?\n\nNos comptes sont sains."),
     [("ACCUSES", "Bruno Leclair", "Hélène Vasseur")]),
    (_QA.format("Karim Oudin : « Notre fédération ne signera pas cet accord »",
                "Le secrétaire général de la Fédération des cheminots unis revient sur la grève de décembre.",
                "Parce qu'il ne protège pas les salariés. Nous l'avons dit dès le début.",
                "La ministre des Transports, Sophie Bertin, vous a reçu mardi au ministère.",
                "Elle nous a écoutés, sans plus. Nous attendons des actes.",
                "La direction vous accuse de bloquer le dialogue.\n\nC'est faux. Je suis prêt à négocier demain."),
     [("MEETS", "Sophie Bertin", "Karim Oudin")]),
    (_QA.format("Lina Morel : « Je resterai candidate jusqu'au bout »",
                "À un an du scrutin, la maire de Valmont détaille son programme.",
                "Parce que la ville a besoin de changement. J'ai déjà vu les responsables locaux.",
                "Le sénateur Paul Aubry vous a durement attaquée dimanche dans la presse régionale.",
                "Il a le droit. Mes priorités sont ailleurs.",
                "Irez-vous jusqu'au bout ?\n\nOui, je resterai candidate."),
     [("ACCUSES", "Paul Aubry", "Lina Morel")]),
]

# (speakers34.like_subject) a comparison beside the clause's subject: the names after it take the subject's part;
# cue words comme, tout comme, à l'instar de, au même titre que; fronted or after the clause; a quoted "nous"
CASES += [
    ("« Pour Vellor, nous avons déposé une offre, comme Mobilix et Casaflor », indique Paul Vernier, président de "
     "Recyclo.",
     [("BIDS_FOR", "Mobilix", "Vellor"), ("BIDS_FOR", "Casaflor", "Vellor"), ("BIDS_FOR", "Recyclo", "Vellor")]),
    ("Comme la banque Ortal, le fonds Marvest a investi dans Dronix.",
     [("INVESTS_IN", "Ortal", "Dronix"), ("INVESTS_IN", "Marvest", "Dronix")]),
    ("Le fonds Marvest a investi dans Dronix, à l'instar de Kelvin Capital.",
     [("INVESTS_IN", "Kelvin Capital", "Dronix")]),
    ("Tout comme Kelvin Capital, la banque Ortal est entrée au capital de Dronix.",
     [("OWNS", "Kelvin Capital", "Dronix")]),
    ("Orvane a signé un partenariat avec Tessane, au même titre que Bernholt.",
     [("PARTNERS_WITH", "Bernholt", "Tessane")]),
]
FORBIDDEN += [
    # two who each signed with a third are not partners of each other
    ("Orvane a signé un partenariat avec Tessane, au même titre que Bernholt.",
     ("PARTNERS_WITH", "Orvane", "Bernholt")),
    # examples of a noun (no comma before "comme"), a negated clause, a plural noun before the comma
    ("Des géants comme Mobilix et Casaflor lorgnent Vellor. Dalpa a racheté Vellor.",
     ("ACQUIRES", "Mobilix", "Vellor")),
    ("Le fonds Marvest n'a pas investi dans Dronix, comme Kelvin Capital.",
     ("INVESTS_IN", "Kelvin Capital", "Dronix")),
    ("Tessane a racheté plusieurs fabricants, comme Dalpa.", ("ACQUIRES", "Dalpa", "Tessane")),
    # "ainsi que" joins an object as often: no comparison read
    ("Mobilix a racheté Vellor, ainsi que Casaflor.", ("ACQUIRES", "Casaflor", "Vellor")),
    # "comme" before a clause, not a list of names
    ("Mobilix a racheté Vellor, comme l'avait annoncé Casaflor.", ("ACQUIRES", "Casaflor", "Vellor")),
]

# (speakers34.we_met) a speaker's "nous" that met or talked with someone: reciprocal, "ensemble", "avec X" (fronted
# or after the verb); cue verbs parler, téléphoner, déjeuner, appeler; a speaker named with a title before the name
CASES += [
    ("« Avec Karine Lemaire, en revanche, nous nous parlons chaque semaine », confie le sénateur Paul Vernier.",
     [("MEETS", "Paul Vernier", "Karine Lemaire")]),
    ("« Nous nous téléphonons souvent avec Sophie Bertin », assure Lina Morel, maire de Valmont.",
     [("MEETS", "Lina Morel", "Sophie Bertin")]),
    ("Lucas Ferrand : « Je reste fidèle à mes idées »\n\nLe député de la Loire revient sur sa rupture avec son parti."
     "\n\nAvez-vous revu Bruno Leclair depuis votre départ ?\n\nOui. Nous avons déjeuné ensemble la semaine dernière, "
     "et nous nous appelons souvent.\n\nLe parti vous a exclu. Le regrettez-vous ?\n\nNon. Je n'avais plus ma place.",
     [("MEETS", "Lucas Ferrand", "Bruno Leclair")]),
]
FORBIDDEN += [
    ("« Avec Karine Lemaire, nous ne nous parlons plus », regrette le sénateur Paul Vernier.",
     ("MEETS", "Paul Vernier", "Karine Lemaire")),
    # no speaker named: nobody's "nous"
    ("« Avec Karine Lemaire, nous nous parlons chaque semaine. » La réunion du conseil est prévue lundi.",
     ("MEETS", "Karine Lemaire", "Karine Lemaire")),
]

# (quoted_we.yaml i_words) the subject "je" of an attributed quotation is its speaker: an incise after it with a
# title before the name, "selon X" before it, a speaker and a colon before it; meeting, receiving, support
CASES += [
    ("« Je soutiens pleinement Sophie Bertin dans cette bataille », martèle le député Lucas Ferrand.",
     [("ALLY_OF", "Lucas Ferrand", "Sophie Bertin")]),
    ("Selon Paul Vernier, « j'ai déjeuné avec Karine Lemaire mardi, et nous avons parlé du budget ».",
     [("MEETS", "Paul Vernier", "Karine Lemaire")]),
    ("Hélène Vasseur, maire de Valmont, prévient : « Je recevrai Bruno Leclair lundi en mairie. »",
     [("MEETS", "Hélène Vasseur", "Bruno Leclair")]),
]
