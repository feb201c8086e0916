"""Cases of the s23 false ties with both parties named (helper s23-prec23), invented names and sentences."""

# "Y, l'éditeur de Z dirigé par X": a participle the parser hangs on the name inside a noun's "de" phrase
# describes the noun it agrees with, which stands for Y (set off before it, or before its bracket), not Z.
CASES = [
    ("Nova Games, l'éditeur de Starfall dirigé par Tom Becker, a ouvert la voie aux États-Unis en attaquant "
     "Lumio et Pixo.",
     [("LEADS", "Tom Becker", "Nova Games")]),
    ("Au Portugal, le fonds avance à travers Lusa Sports Holdings (LSH), filiale du LIF présidée par Rui "
     "Campos, qui possède le club de Braga depuis 2011.",
     [("LEADS", "Rui Campos", "Lusa Sports Holdings")]),
    ("Le contrat a été signé avec l'Office des marchés (ODM), le régulateur bancaire de l'État de Valdorie, "
     "dirigé par Jean Morel.",
     [("LEADS", "Jean Morel", "Office des marchés")]),
    # near misses: a noun that only names its "de" complement's kind ("la capitale de Z") describes Z;
    # a participle that does not agree with the noun ("les salariés de Z, dirigée par X") describes Z
    ("La capitale de la Valdorie, dirigée par Jean Morel, a voté le budget.",
     [("LEADS", "Jean Morel", "Valdorie")]),
    ("Les salariés de Vextra, dirigée par Paul Morel, ont voté la grève.",
     [("LEADS", "Paul Morel", "Vextra")]),
]
FORBIDDEN = [
    ("Nova Games, l'éditeur de Starfall dirigé par Tom Becker, a ouvert la voie aux États-Unis en attaquant "
     "Lumio et Pixo.",
     ("LEADS", "Tom Becker", "Starfall")),
    ("Au Portugal, le fonds avance à travers Lusa Sports Holdings (LSH), filiale du LIF présidée par Rui "
     "Campos, qui possède le club de Braga depuis 2011.",
     ("LEADS", "Rui Campos", "LIF")),
    ("Le contrat a été signé avec l'Office des marchés (ODM), le régulateur bancaire de l'État de Valdorie, "
     "dirigé par Jean Morel.",
     ("LEADS", "Jean Morel", "Valdorie")),
]

# "X dirige Y, la coentreprise fondée par A et B, la filiale de C": the noun after the comma closing the
# verb's object (parsed as a second object) is Y's apposition; C is no object of the verb
CASES += [
    ("Alain Roux dirige depuis 2021 Vextra, la coentreprise fondée par Morvan et Saldo, la filiale de Tercia.",
     [("LEADS", "Alain Roux", "Vextra")]),
    # near miss: two objects named with no noun in apposition each stay objects
    ("Alain Roux dirige depuis 2021 Vextra et Saldo.",
     [("LEADS", "Alain Roux", "Vextra"), ("LEADS", "Alain Roux", "Saldo")]),
]
FORBIDDEN += [
    ("Alain Roux dirige depuis 2021 Vextra, la coentreprise fondée par Morvan et Saldo, la filiale de Tercia.",
     ("LEADS", "Alain Roux", "Tercia")),
]

# "Et à Bruxelles, la Commission a infligé une amende à Y": a town right after a bare "à" is where things
# happen, no party (a country without an article, "à Chypre", stays one)
CASES += [
    ("Et à Bruxelles, la Commission européenne a infligé l'an dernier à Lumio une amende de 1,8 milliard "
     "d'euros.",
     [("OPPOSES", "Commission européenne", "Lumio")]),
    ("La Commission européenne a infligé à Chypre une amende de 10 millions d'euros.",
     [("OPPOSES", "Commission européenne", "Chypre")]),
]
FORBIDDEN += [
    ("Et à Bruxelles, la Commission européenne a infligé l'an dernier à Lumio une amende de 1,8 milliard "
     "d'euros.",
     ("OPPOSES", "Commission européenne", "Bruxelles")),
]

# "le président de la Fédération de tennis (FFT) avait raillé X": the body's acronym, hung on the title by the
# parser, is no party; the unnamed person is. With the person named, the title's ties stay.
CASES += [
    ("Le président de la Fédération française de tennis (FFT), Paul Dumas, a critiqué Jean Morel.",
     [("LEADS", "Paul Dumas", "Fédération française de tennis"), ("ACCUSES", "Paul Dumas", "Jean Morel")]),
]
FORBIDDEN += [
    ("Lundi, la ministre a estimé que le président de la Fédération française de tennis (FFT) avait « dépassé "
     "les bornes » en raillant Paul Dumas.",
     ("ACCUSES", "Fédération française de tennis", "Paul Dumas")),
]

# "Selon Les Nouvelles, le fonds présidé par X": a fronted source is no antecedent of the participle's noun
FORBIDDEN += [
    ("Selon Les Nouvelles, le fonds présidé par le cheikh Karim Al-Sabri, Premier ministre, et dirigé depuis "
     "2021 par Omar Haddad, gère désormais plus de 500 milliards de dollars.",
     ("LEADS", "Karim Al-Sabri", "Les Nouvelles")),
]
CASES += [
    # near miss: "Chez Y, le parti fondé par X": the frame's name is the noun's antecedent
    ("Chez Renouveau, le parti fondé par Marc Zeller, Claire Dumas a rompu avec l'ancien polémiste.",
     [("FOUNDED", "Marc Zeller", "Renouveau")]),
]

# "la nomination de Y, longtemps présenté comme le protégé de M, X, …, a …": the title after "comme" is Y's
CASES += [
    ("Jeudi, deux jours après la nomination à Matignon de Paul Girard, longtemps présenté comme le protégé de "
     "Marc Lenoir, Jean Dufour, le plus proche collaborateur du chef de l'État, a égrené la liste des ministres.",
     [("ALLY_OF", "Paul Girard", "Marc Lenoir")]),
]
FORBIDDEN += [
    ("Jeudi, deux jours après la nomination à Matignon de Paul Girard, longtemps présenté comme le protégé de "
     "Marc Lenoir, Jean Dufour, le plus proche collaborateur du chef de l'État, a égrené la liste des ministres.",
     ("ALLY_OF", "Jean Dufour", "Marc Lenoir")),
]

# "Le propriétaire, qui détient le club de Y et 45 % de Z": "qui" stands for a noun before it, Z is no subject
CASES += [
    # near miss: the antecedent named before "qui" stays the subject
    ("Le fonds Arvel, qui détient 30 % de Vextra, a vendu sa participation.",
     [("OWNS", "Arvel", "Vextra")]),
]
FORBIDDEN += [
    ("Le propriétaire, qui détient aussi le club brésilien de Valdora et 45 % de Northam Athletic, promet de "
     "céder ses parts dans le club londonien.",
     ("OWNS", "Northam Athletic", "Valdora")),
]

# "Une partie des titres cédés par X a été transférée à B, tandis que C a échangé sa participation dans Y":
# the shares handed over, read along the line, stop where another clause opens
FORBIDDEN += [
    ("Une partie des titres cédés par M. Petrov a été transférée à Norbank, la banque publique russe, tandis "
     "que le négociant suisse Valcor a échangé sa participation de 8,75 % dans Rulon contre des actions Enplus.",
     ("OWNS", "Norbank", "Enplus")),
]
CASES += [
    # near miss: the heirs and the holding in the transfer's own clause stay
    ("Paul Morel a transmis à ses deux filles, Anne et Julie Morel, 40 % de sa holding Morel Invest, tandis "
     "que son fils dirige Vextra.",
     [("OWNS", "Julie Morel", "Morel Invest")]),
]

# "X a commandé 36 Rafale": a name counted by a cardinal is units of a product, not the supplier paid
FORBIDDEN += [
    ("New Delhi avait déjà commandé 36 Falcor pour son armée de l'air en 2016.",
     ("FUNDS", "New Delhi", "Falcor")),
    ("L'Inde a officialisé fin avril auprès de Valmont Aviation la commande de 26 Falcor Marine destinés au "
     "porte-avions Vikram, pour un montant de 6,6 milliards d'euros.",
     ("FUNDS", "Inde", "Falcor Marine")),
]

# "la candidate Les Radicaux à la mairie de Lyon, Claire Dumas, a reçu le soutien de Z": the person is the
# subject, not the party after "candidate"
CASES += [
    ("À douze jours du premier tour, la candidate Les Radicaux à la mairie de Lyon, Claire Dumas, a reçu mardi "
     "le soutien appuyé de Paul Morel.",
     [("ALLY_OF", "Paul Morel", "Claire Dumas")]),
    # near miss: a party that is itself the subject keeps the support
    ("Les Radicaux ont reçu le soutien de Paul Morel.",
     [("ALLY_OF", "Paul Morel", "Radicaux")]),
]
FORBIDDEN += [
    ("À douze jours du premier tour, la candidate Les Radicaux à la mairie de Lyon, Claire Dumas, a reçu mardi "
     "le soutien appuyé de Paul Morel.",
     ("ALLY_OF", "Paul Morel", "Les Radicaux")),
]
