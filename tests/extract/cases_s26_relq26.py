"""Cases of the s26 gaps of attachment (helper s26-relq26): which noun a relative clause or a verb hangs on after
an apposed description. Invented names and sentences."""

# "X, l'animateur vedette de Y, qui accuse Z": the relative after a description closed by its comma is X's
# (slots/relq26.apposed_relative_subject); "Y, la filiale de Z, que dirige X": Y (relative_posts._antecedent)
CASES = [
    ("« C'est injuste », a dénoncé Paul Garnier, l'animateur vedette de Kelvor, qui accuse l'Autorité Lumex d'avoir "
     "voulu le faire taire.", [("ACCUSES", "Paul Garnier", "Autorité Lumex")]),
    ("Le dossier est piloté par Varlia, la filiale immobilière de Kelvor, que dirige Paul Garnier.",
     [("LEADS", "Paul Garnier", "Varlia")]),
    ("Le dossier est piloté par Varlia, la société d'économie mixte de la ville, que dirige Paul Garnier.",
     [("LEADS", "Paul Garnier", "Varlia")]),
]
FORBIDDEN = [
    ("« C'est injuste », a dénoncé Paul Garnier, l'animateur vedette de Kelvor, qui accuse l'Autorité Lumex d'avoir "
     "voulu le faire taire.", ("ACCUSES", "Kelvor", "Autorité Lumex")),
    ("Le dossier est piloté par Varlia, la filiale immobilière de Kelvor, que dirige Paul Garnier.",
     ("LEADS", "Paul Garnier", "Kelvor")),
    # near misses: a kin noun's person may be the one the relative tells about; a staff title's firm supplies
    ("Cette holding est présidée par Henri Dumas, fils de Paul Dumas, qui avait fondé Kelvor en 1987.",
     ("FOUNDED", "Henri Dumas", "Kelvor")),
    ("« Nous cherchions un partenaire », explique Marc Audin, le directeur technique de Varlia Rail, qui se "
     "fournissait jusqu'ici auprès du néerlandais Kelvor.", ("FUNDS", "Marc Audin", "Kelvor")),
    # a description ending on its own name is no apposition to the name before it
    ("Au sein de Vague citoyenne, le député du Gard Yves Morin, qui accuse Jean Roustan de trahison, a démissionné.",
     ("ACCUSES", "Vague citoyenne", "Jean Roustan")),
]

# "S, contrôlée par N, la société personnelle de Z, détenait 50 % de W": the chain's last description is N's; the
# verb's subject is S (slots/relq26.chain_opener_subject)
CASES += [
    ("Varlia, contrôlée via Drumon Holding et Kelvis par Toran, la société personnelle de Paul Garnier, détenait encore 50 % "
     "de Lumex.", [("OWNS", "Varlia", "Lumex")]),
    ("Hans Morel, milliardaire de 76 ans, propriétaire de Varlia, la marque créée par son père, a racheté le club "
     "Kelvor à Paul Garnier.", [("ACQUIRES", "Hans Morel", "Kelvor"), ("OWNS", "Hans Morel", "Varlia")]),
]
FORBIDDEN += [
    ("Varlia, contrôlée via Drumon Holding et Kelvis par Toran, la société personnelle de Paul Garnier, détenait encore 50 % "
     "de Lumex.", ("OWNS", "Toran", "Lumex")),
    ("Hans Morel, milliardaire de 76 ans, propriétaire de Varlia, la marque créée par son père, a racheté le club "
     "Kelvor à Paul Garnier.", ("ACQUIRES", "Varlia", "Kelvor")),
    # near miss: a verb after a single apposition keeps its subject
    ("Varlia, la société personnelle de Paul Garnier, détenait encore 50 % de Lumex.", ("OWNS", "Paul Garnier", "Lumex")),
]

# "Y, une structure propriétaire des réseaux A et B": the "de" after a word with a complement of its own is that
# word's, not the owner of the company noun (slots/relq26.de_of_inner_word, for owns.holding_of's nouns)
CASES += [
    ("Brantel, une structure détenue par des membres de la famille Garnier et propriétaire des réseaux Kelvor et "
     "Lumex, a porté plainte.", [("OWNS", "Brantel", "Kelvor"), ("OWNS", "Brantel", "Lumex")]),
    # near miss: the company noun's own "de" still names its owner
    ("Brantel, la holding de Paul Garnier, a porté plainte.", [("OWNS", "Paul Garnier", "Brantel")]),
]
FORBIDDEN += [
    ("Brantel, une structure détenue par des membres de la famille Garnier et propriétaire des réseaux Kelvor et "
     "Lumex, a porté plainte.", ("OWNS", "Kelvor", "Brantel")),
    ("Brantel, une structure propriétaire des réseaux Kelvor et Lumex, a porté plainte.", ("OWNS", "Lumex", "Brantel")),
]
