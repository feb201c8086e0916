"""(s29-deals29) Names of goods counted like goods: "la Serbie commande douze Rafale supplémentaires", "le Qatar a
reçu 24 Rafale", "trois Airbus A330 livrés": a capitalised name right after a cardinal number is a count of
products (aircraft, ships, vehicles), no actor; an actor is never counted ("douze Dassault" names no company).
The mention goes (the same word elsewhere, not counted, stays a name: "Rafale" as a programme's name is read
where the text writes it so)."""
from __future__ import annotations

from .index import _Span
from ..nlp.docview import tokens_of

# number words that count things ("un", "une" are articles; "cent", "mille" open amounts of money)
_COUNT_WORDS = frozenset({"deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
                          "treize", "quatorze", "quinze", "seize", "vingt", "trente", "quarante", "cinquante",
                          "soixante", "dizaine", "douzaine", "vingtaine", "trentaine", "centaine"})


def _counted(tv, i: int) -> bool:
    """The token before a name is a number that counts it: a number word, or a figure that is no year or day
    ("en 2024 Kelvio", "le 3 Mars …" are not counts: a figure of four digits, or a figure after "le"/"du")."""
    if i < 0:
        return False
    t = tv[i]
    if t.lower_ in _COUNT_WORDS:
        return True
    if not t.text.isdigit() or len(t.text) >= 4 or t.text.startswith("0"):
        return False
    return i == 0 or tv[i - 1].lower_ not in ("le", "du", "au", "ce", "dès", "depuis", "n°", "no", "numéro", "article",
                                              "chapitre", "ligue", "top", "national", "nationale", "division")


def counted_products(doc, spans: list[_Span]) -> None:
    """Drop the mentions a cardinal number counts ("commande douze X", "24 X et trois Y A330")."""
    tv = tokens_of(doc)
    # (a number word opening the sentence, "Trente X ont été commandés", is capitalised: a mention of its own,
    # and no number tag for the parser; it goes with the name it counts)
    opening = {s.start for s in spans if s.end == s.start + 1 and tv[s.start].is_sent_start
               and tv[s.start].lower_ in _COUNT_WORDS}
    drop = [s for s in spans if not s.fixed_name and s.start > 0 and _counted(tv, s.start - 1)
            and tv[s.start].text[:1].isupper() and (tv[s.start - 1].dep_ == "nummod"
                                                    and tv[s.start - 1].head.i in range(s.start, s.end)
                                                    or s.start - 1 in opening)
            or s.start in opening and s.end < len(tv) and any(o.start == s.end for o in spans)]
    if drop:
        spans[:] = [s for s in spans if not any(s is d for d in drop)]


# Nouns of hardware a name labels: "le radar X", "le système de guerre électronique X", "les fusées X", "l'avion
# de combat X", "ses missiles X". The name after them is the product's (the maker is named apart: "le radar X de
# Y", "fourni par Y"); nouns of software, platforms and vehicles name companies too ("le logiciel X", "la
# plateforme X", "le véhicule d'investissement X") and are not here; nor drones ("son drone X200", named
# after its maker, stays a name: tests/mentions/test_names.py).
_HARDWARE = frozenset({"radar", "radars", "système", "systèmes", "missile", "missiles", "moteur", "moteurs", "avion",
                       "avions", "satellite", "satellites", "fusée", "fusées", "lanceur", "lanceurs", "char", "chars",
                       "hélicoptère", "hélicoptères", "sous-marin", "sous-marins", "frégate", "frégates", "réacteur",
                       "réacteurs", "canon", "canons", "obus", "chasseur", "chasseurs", "blindé", "blindés",
                       "corvette", "corvettes", "appareil", "appareils"})
_ITS_DETERMINERS = frozenset({"le", "la", "les", "l'", "l’", "son", "sa", "ses", "leur", "leurs", "un", "une", "ce",
                              "cet", "cette", "ces", "nos", "notre", "vos", "votre"})
# words of a hardware noun's own complement that make it a company's trade ("le moteur de recherche X")
_TRADE_TAILS = frozenset({"recherche", "investissement", "paiement", "location"})


def _hardware_before(tv, start: int) -> bool:
    """"le système de guerre électronique | X": going back from the name over the noun's bare complement (lower-
    case words, "de"; no article, no comma), a hardware noun right after a determiner."""
    k = start - 1
    while k >= 1 and start - k <= 5:
        t = tv[k]
        if t.lower_ in _HARDWARE and tv[k - 1].lower_ in _ITS_DETERMINERS:
            return True
        # (the complement's words: nouns, adjectives and "de"; "ce moteur en partenariat avec X" is no label)
        if not (t.lower_ in ("de", "d'", "d’") or t.is_alpha and t.is_lower and t.pos_ in ("NOUN", "ADJ")
                and t.lower_ not in _TRADE_TAILS):
            return False
        k -= 1
    return False


def hardware_names(doc, spans: list[_Span]) -> None:
    """Drop the mentions a hardware noun labels ("Thales fournira le radar X et le système Y": X and Y are goods)."""
    tv = tokens_of(doc)
    drop = [s for s in spans if not s.fixed_name and s.start > 1 and _hardware_before(tv, s.start)]
    if drop:
        spans[:] = [s for s in spans if not any(s is d for d in drop)]
