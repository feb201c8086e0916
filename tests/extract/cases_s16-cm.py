"""Cases of the s16-cm coreference fixes (second references), invented names."""

# "X, la mère du jeune Britannique Y. Cette dernière…": words that qualify the person named (an adjective,
# a nationality, an article, "défunt") may stand between the "de" and the name inside the apposition;
# "ce dernier" is still the one the apposition describes, not the name inside it
_QUALIFIED = [
    ("Aux côtés de Paul Martin, on retrouve Sophie Lerand, la mère du jeune Britannique Kelvin Lerand, "
     "disparu en 2001. Cette dernière a également porté plainte contre la société Médiaplex.",
     ("SUES", "Sophie Lerand", "Médiaplex"), ("SUES", "Kelvin Lerand", "Médiaplex")),
    ("Marc Durand a rencontré Nadia Fabre, l'épouse du défunt Jory Fabre. Cette dernière a ensuite porté "
     "plainte contre le groupe Vantelle.",
     ("SUES", "Nadia Fabre", "Vantelle"), ("SUES", "Jory Fabre", "Vantelle")),
    ("On y trouve Rémi Armand, le frère de la jeune Irlandaise Tavish Armand. Ce dernier a porté plainte "
     "contre la société Orvalis.",
     ("SUES", "Rémi Armand", "Orvalis"), ("SUES", "Tavish Armand", "Orvalis")),
]

CASES = [(text, [good]) for text, good, _ in _QUALIFIED]

FORBIDDEN = [(text, bad) for text, _, bad in _QUALIFIED]
