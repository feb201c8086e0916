"""(s36-subj36) Who is the subject when a nameless descriptor carries its own apposition of relation ("L'entreprise,
filiale du groupe T, a signé…", "Le club, propriété de T, a recruté…"): the descriptor's referent acts, never the T
named inside the apposition (extract/arguments.py _related_apposition / in_related_apposition, the linear
fallback in extract/linear.py; lexicon data/subj36.yaml). Invented names; cue nouns varied (filiale, propriété,
branche, actionnaire, rivale, rival, fournisseur, vitrine), verbs varied (signer, racheter, conclure, accuser,
dénoncer), shapes varied (bare apposition, with a determiner, an adjective before the noun, a copular relative)."""

# a descriptor named in the previous sentence still acts (the apposition does not hide it)
CASES = [
    ("La société Kelmis a été fondée en 1990. L'entreprise, filiale du groupe Trimax, a signé un partenariat avec "
     "la société Brontex.",
     [("PARTNERS_WITH", "Kelmis", "Brontex")]),
    ("L'entreprise Valdenor, filiale du groupe Trimax, a signé un partenariat avec la société Brontex.",
     [("PARTNERS_WITH", "Valdenor", "Brontex"), ("OWNS", "Trimax", "Valdenor")]),
]

FORBIDDEN = [
    ("L'entreprise, filiale du groupe Trimax, a signé un partenariat avec la société Brontex.",
     ("PARTNERS_WITH", "Trimax", "Brontex")),
    ("Le constructeur, propriété du fonds Orbelis, a racheté la société Kelmis.",
     ("ACQUIRES", "Orbelis", "Kelmis")),
    ("Le laboratoire, ancienne branche de la société Pharmalis, a conclu une alliance avec la start-up Genvia.",
     ("PARTNERS_WITH", "Pharmalis", "Genvia")),
    ("La messagerie, rivale historique du groupe Kelmis, accuse l'Autorité de la concurrence de partialité.",
     ("ACCUSES", "Kelmis", "Autorité de la concurrence de partialité")),
    ("L'assureur, actionnaire minoritaire de la banque Orsella, a racheté la société Brontex.",
     ("ACQUIRES", "Orsella", "Brontex")),
    ("Le distributeur, rival historique de Kelmis Media, dénonce la société Brontex pour concurrence déloyale.",
     ("ACCUSES", "Kelmis Media", "Brontex")),
]
