"""Cases of the s29 court-report roles (helper s29-court29), invented names and sentences: a lawyer's possessive
("son avocat, Me Y", "son avocate") speaks for the defendant the text put on trial, not for the last person named
(slots/court29.py, slots/titles.py _lawyer_client). Shapes: the defendant as subject of "comparaître", as the
target of a requisition ("requis … contre X"), named on a fronted participle ("Renvoyée devant …, X"), as a title's
apposition under "Jugé …"; a witness or an object named between; the lawyer in the next sentence, or two sentences
on, or in a "tandis que" clause."""

CASES = [
    ("Paul Verdier, ancien président de Norlac, comparaît depuis lundi devant le tribunal correctionnel de Lyon. "
     "Il a nié avoir rencontré Hugo Ferrand, alors directeur de Brivex. Son avocat, Me Lucien Darmont, a plaidé la "
     "relaxe.",
     [("WORKS_FOR", "Lucien Darmont", "Paul Verdier")]),
    ("Le parquet de Nantes a requis dix-huit mois de prison avec sursis contre Marc Delorme, l'ancien directeur "
     "financier de Vertal. Selon l'accusation, il aurait versé des commissions à Gilles Amiot, un élu local. Son "
     "avocate, Me Hélène Vasseur, a demandé la relaxe.",
     [("WORKS_FOR", "Hélène Vasseur", "Marc Delorme")]),
    ("Renvoyée devant le tribunal correctionnel de Bordeaux pour abus de biens sociaux, Claire Joubert, fondatrice "
     "de Pelios, a répondu pendant trois heures aux questions de la présidente. Elle a mis en cause son ancien "
     "associé, Thomas Brun. « Je n'ai rien caché », a déclaré la prévenue, tandis que son avocat, Me Paul Lenoir, "
     "dénonçait un dossier vide.",
     [("WORKS_FOR", "Paul Lenoir", "Claire Joubert")]),
    ("Jugé depuis mardi pour corruption, l'ancien maire Jacques Morel a été interrogé sur ses liens avec Bernard "
     "Caillat, patron de l'entreprise de travaux Solbat, qui a témoigné à la barre. Son avocate, Me Agnès Pujol, a "
     "plaidé l'acquittement.",
     [("WORKS_FOR", "Agnès Pujol", "Jacques Morel")]),
    # a civil party speaking in the window keeps her own lawyer
    ("Le parquet de Rennes a requis deux ans de prison contre Didier Lamotte, ancien gérant de la société Ardix. "
     "Partie civile, Nadia Ferhat a raconté à la barre comment elle avait été licenciée. Son avocate, Me Julie "
     "Caron, a réclamé 50 000 euros de dommages et intérêts.",
     [("WORKS_FOR", "Julie Caron", "Nadia Ferhat")]),
]
# a party prosecuted with no agent said ("poursuivi comme personne morale", "est lui aussi poursuivi"): the text's one
# prosecutor's office sues it (slots/court29.prosecuted); an apposed participle, a fronted one, a passive clause,
# an absolute construction, the office named in an earlier sentence
CASES += [
    ("Le Parquet national financier a renvoyé Luc Ravel, ancien dirigeant du groupe Ternel, devant le tribunal "
     "correctionnel. Le groupe Ternel, poursuivi comme personne morale, risque une amende de 5 millions d'euros.",
     [("SUES", "Parquet national financier", "Ternel")]),
    ("Le parquet de Lille a requis deux ans de prison contre Luc Ravel. Poursuivie en tant que personne morale, la "
     "société Ternel risque une amende.",
     [("SUES", "parquet de Lille", "Ternel")]),
    ("Le parquet de Marseille reproche à Sandrine Olivo d'avoir falsifié les comptes de Maritalis. L'armateur "
     "Maritalis est lui aussi poursuivi en tant que personne morale, tandis que son commissaire aux comptes, Victor "
     "Hamel, est poursuivi pour complicité.",
     [("SUES", "parquet de Marseille", "Maritalis")]),
    ("Le parquet de Lille a requis trois ans de prison contre Luc Ravel pour des prêts accordés par la Banque "
     "Delvaux à sa holding, la banque étant également poursuivie en tant que personne morale.",
     [("SUES", "parquet de Lille", "Banque Delvaux")]),
]
FORBIDDEN = [
    ("Paul Verdier, ancien président de Norlac, comparaît depuis lundi devant le tribunal correctionnel de Lyon. "
     "Il a nié avoir rencontré Hugo Ferrand, alors directeur de Brivex. Son avocat, Me Lucien Darmont, a plaidé la "
     "relaxe.",
     ("WORKS_FOR", "Lucien Darmont", "Hugo Ferrand")),
    ("Le parquet de Nantes a requis dix-huit mois de prison avec sursis contre Marc Delorme, l'ancien directeur "
     "financier de Vertal. Selon l'accusation, il aurait versé des commissions à Gilles Amiot, un élu local. Son "
     "avocate, Me Hélène Vasseur, a demandé la relaxe.",
     ("WORKS_FOR", "Hélène Vasseur", "Gilles Amiot")),
    ("Jugé depuis mardi pour corruption, l'ancien maire Jacques Morel a été interrogé sur ses liens avec Bernard "
     "Caillat, patron de l'entreprise de travaux Solbat, qui a témoigné à la barre. Son avocate, Me Agnès Pujol, a "
     "plaidé l'acquittement.",
     ("WORKS_FOR", "Agnès Pujol", "Bernard Caillat")),
    ("Le parquet de Rennes a requis deux ans de prison contre Didier Lamotte, ancien gérant de la société Ardix. "
     "Partie civile, Nadia Ferhat a raconté à la barre comment elle avait été licenciée. Son avocate, Me Julie "
     "Caron, a réclamé 50 000 euros de dommages et intérêts.",
     ("WORKS_FOR", "Julie Caron", "Didier Lamotte")),
]
FORBIDDEN += [
    # no prosecutor named, or two: no office to give the action to
    ("Le groupe Ternel, poursuivi comme personne morale, risque une amende. Le parquet de Lille et le parquet de "
     "Douai se disputent le dossier.", ("SUES", "parquet de Lille", "Ternel")),
]
