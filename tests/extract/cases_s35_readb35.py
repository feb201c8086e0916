"""Cases of the s35 reading of ties whose two parties the sentence names (helper s35-readb35: nlp/readb35.py,
mentions/readb35.py, slots/readb35.py, data/readb35.yaml), invented names and sentences. Each mechanism is checked on
several cue words and shapes:

- a fronted description made the root by the parser, its label's name typed by the label noun, its holder the main
  verb's subject (étiquette, bannière, couleurs; a participle, a noun; a name, a descriptor with its apposed name);
- a party's member named by a possessive title (député, sénatrice, tête de liste, élus; the party a subject, a
  relative's antecedent, a verb read as a participle);
- who a verb of blame blames: the dative, not a name inside the thing blamed (reproche, impute; a clitic, an "à"
  phrase); not the blamer's own organisation told by a description (reproche au groupe, critique le syndicat)."""

CASES = [
    # a fronted label: the parse repaired, the party's name typed by its label noun
    ("Élue sous l'étiquette Les Écologistes, Anne Lerouge brigue un second mandat.",
     [("MEMBER_OF", "Anne Lerouge", "Les Écologistes")]),
    ("Réélu en 2020 sous l'étiquette Les Progressistes, le maire de Vierzon, Paul Rivard, brigue un troisième mandat.",
     [("MEMBER_OF", "Paul Rivard", "Les Progressistes")]),
    ("Candidate sous la bannière Nouvel Élan, la conseillère régionale Julie Faucon défendra son bilan.",
     [("MEMBER_OF", "Julie Faucon", "Nouvel Élan")]),
    ("Investi sous les couleurs du Parti radical, Luc Morand fait campagne dans la Nièvre.",
     [("MEMBER_OF", "Luc Morand", "Parti radical")]),
    # a party's member named by a possessive title
    ("Le Parti radical mise sur son député Jean Caron pour reprendre la ville.",
     [("MEMBER_OF", "Jean Caron", "Parti radical")]),
    ("Le Mouvement vert, qui présente sa sénatrice Lucie Ferrand, espère l'emporter.",
     [("MEMBER_OF", "Lucie Ferrand", "Mouvement vert")]),
    ("Pour les régionales, le parti Demain Ensemble a investi sa tête de liste, Hugo Barras, dès janvier.",
     [("MEMBER_OF", "Hugo Barras", "Demain Ensemble")]),
    # a verb of blame with a dative keeps the dative's party
    ("Paul Rivard reproche à la société Volnex sa gestion de la crise.",
     [("ACCUSES", "Paul Rivard", "Volnex")]),
]

FORBIDDEN = [
    # (a dative blamed: the name inside the thing blamed is not)
    ("Paul Rivard lui reproche la gestion de la société Volnex.", ("ACCUSES", "Paul Rivard", "Volnex")),
    ("Hugo Barras leur impute la faillite de la banque Orval.", ("ACCUSES", "Hugo Barras", "Orval")),
    # (a description for the blamer's own organisation, named in the blamer's apposition)
    ("Julie Faucon, présidente du groupe Avenir Commun au Sénat, reproche pour sa part au groupe de « sacrifier "
     "l'industrie ».", ("ACCUSES", "Julie Faucon", "Avenir Commun")),
    ("Paul Rivard, secrétaire général du syndicat Force Unie, critique le syndicat pour son silence.",
     ("ACCUSES", "Paul Rivard", "Force Unie")),
    # (a company's or a town's "député" is the constituency's: no membership)
    ("La société Volnex a reçu son député Jean Caron à l'usine.", ("MEMBER_OF", "Jean Caron", "Volnex")),
    ("La ville de Vierzon a fêté son député Jean Caron dimanche.", ("MEMBER_OF", "Jean Caron", "ville de Vierzon")),
    # (a quote's verb before the comma: no fronted description)
    ("« Nous gagnerons sous l'étiquette Nouvel Élan », a lancé Paul Rivard.", ("MEMBER_OF", "Paul Rivard", "Nouvel Élan")),
]
