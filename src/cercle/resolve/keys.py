"""Name normalisation and deterministic ids.

A *key* is the form of a name that two articles must share for their actors to
be candidates for the same entity: accents, case, hyphens, apostrophes and
punctuation are ignored; organisations also lose their leading article
("Le Monde" → "monde"), a generic head ("le groupe Vivendi" → "vivendi") and a
legal suffix ("Vivendi SE" → "vivendi"); people lose a civil title
("M. Niel" → "niel") but keep their particles ("Le Pen" stays "le pen").
The word lists are grammar (titles, articles, legal forms), not facts about
particular actors.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

ARTICLES = {"le", "la", "les", "l", "the"}
# Civil titles written before a person's name.
TITLES = {"m", "mme", "mmes", "mlle", "mm", "monsieur", "madame", "mademoiselle", "dr", "docteur",
          "pr", "professeur", "me", "maitre", "sir", "mr", "mrs", "ms", "dame"}
# Generic heads that precede an organisation's proper name in running text.
ORG_HEADS = {"groupe", "societe", "entreprise", "firme", "startup", "start up", "holding",
             "marque", "enseigne", "cabinet", "constructeur", "operateur", "editeur", "geant",
             "laboratoire", "compagnie aerienne", "banque d affaires", "fonds d investissement"}
# Legal forms written after a company's name.
LEGAL_SUFFIXES = {"sa", "se", "sas", "sasu", "sarl", "sca", "snc", "scop", "inc", "ltd", "llc",
                  "plc", "ag", "gmbh", "nv", "bv", "spa", "corp", "corporation", "co",
                  "limited", "incorporated", "lp", "llp", "et cie", "cie"}
# Particles that start a surname ("Marine Le Pen", "Charles de Gaulle").
PARTICLES = {"de", "du", "des", "d", "le", "la", "van", "von", "der", "den", "di", "da", "del",
             "della", "dos", "ben", "el", "al", "mac", "o"}
PREPOSITIONS = {"de", "du", "des", "d", "a", "au", "aux", "en"}

_ACRONYM_DOTS = re.compile(r"\b(?:[A-Za-z]\.){2,}[A-Za-z]?\.?")
_NON_WORD = re.compile(r"[^0-9a-z&]+")


def fold(text: str) -> str:
    """Lower case, no accents, punctuation and hyphens as spaces ("L.F.P." → "lfp")."""
    # names recur across articles (the store's writer folds each one several times): short
    # strings are memoised; a whole text is not (the cache must stay small)
    return _fold_short(text) if len(text) <= 120 else _fold(text)


def _fold(text: str) -> str:
    text = _ACRONYM_DOTS.sub(lambda m: m.group(0).replace(".", ""), text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().replace("œ", "oe").replace("æ", "ae")
    text = _NON_WORD.sub(" ", text)
    return " ".join(text.split())


_fold_short = lru_cache(maxsize=1 << 16)(_fold)


def _strip_prefix(words: list[str], phrases: set[str]) -> list[str]:
    for n in (3, 2, 1):
        if len(words) > n and " ".join(words[:n]) in phrases:
            return words[n:]
    return words


def _strip_suffix(words: list[str], phrases: set[str]) -> list[str]:
    for n in (2, 1):
        if len(words) > n and " ".join(words[-n:]) in phrases:
            return words[:-n]
    return words


@lru_cache(maxsize=1 << 16)  # pure; names recur (a cache entry is a short name and its key)
def name_key(name: str, type: str = "ORG") -> str:
    """The matching key of a name for an entity of ``type`` (PER, ORG, GOV, OTHER)."""
    words = fold(name).split()
    if type == "PER":
        while len(words) > 1 and words[0] in TITLES:
            words = words[1:]
        return " ".join(words)
    words = _strip_prefix(words, ARTICLES)
    head = _strip_prefix(words, ORG_HEADS)
    if head is not words and head and head[0] not in PREPOSITIONS:
        words = head
    words = _strip_suffix(words, LEGAL_SUFFIXES)
    return " ".join(words).replace(" & ", " et ")


@lru_cache(maxsize=1 << 16)  # pure; the writer asks ~70 times per article, mostly the same keys
def surname(key: str) -> str:
    """The surname part of a person's key: from the first particle after a given name, else the last word."""
    words = key.split()
    if words and words[0] in PARTICLES and len(words) > 1:
        return key                                  # "de la tour", "le pen": a lone surname
    for i in range(1, len(words) - 1):
        if words[i] in PARTICLES:
            return " ".join(words[i:])
    return words[-1] if words else ""


def given_names(key: str) -> list[str]:
    """Given names of a person's key (empty for a lone surname)."""
    s = surname(key)
    rest = key[: len(key) - len(s)].split()
    return rest


def is_lone_surname(key: str) -> bool:
    return bool(key) and surname(key) == key


def is_acronym(alias: str) -> bool:
    """"LFP", "L.F.P.", "BNP" — a short all-capital word."""
    letters = alias.replace(".", "").replace("&", "").strip()
    return 2 <= len(letters) <= 8 and " " not in letters and letters.isupper() and letters.isalpha()


@lru_cache(maxsize=1 << 16)
def is_proper(alias: str, type: str = "ORG") -> bool:
    """True when ``alias`` is a name ("Niel", "Vivendi", "LFP"), not a description ("le milliardaire",
    "le fondateur de Free"): after its article and generic head, it starts with a capital or a digit."""
    words = alias.strip().replace("’", "'").split()
    while words and fold(words[0]) in ARTICLES | TITLES:
        words = words[1:]
    if words and words[0][:2].lower() in ("l'", "d'"):
        words[0] = words[0][2:]
    if type == "PER":
        while len(words) > 1 and fold(words[0]) in PARTICLES:   # "de La Tour"
            words = words[1:]
    else:
        folded = [fold(w) for w in words]
        stripped = _strip_prefix(folded, ORG_HEADS)
        words = words[len(folded) - len(stripped):]
    return bool(words) and bool(words[0]) and (words[0][0].isupper() or words[0][0].isdigit())


def alias_kind(alias: str, type: str) -> str:
    """How an alias points at its entity: "acronym", "name" or "descriptor"."""
    if is_acronym(alias):
        return "acronym"
    return "name" if is_proper(alias, type) else "descriptor"


def make_id(*parts: object) -> str:
    """A deterministic id from normalised parts (as followthemoney's make_entity_id)."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return digest[:16]
