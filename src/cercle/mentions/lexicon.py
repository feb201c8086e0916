"""French lexicon for mentions (titles, cue words, descriptors) and name folding.

The words live in data/lexicon.yaml; no file names a particular actor.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

from ..yamldata import load_yaml


@lru_cache(maxsize=1)
def lexicon() -> dict:
    raw = load_yaml(resources.files("cercle.mentions").joinpath("data/lexicon.yaml").read_text("utf-8"))
    lex = {k: v for k, v in raw.items()}
    for key in ("person_titles", "org_name_words", "gov_name_words", "not_names", "org_complement_nouns", "kinship",
                "membership_name_words", "date_words", "departments", "led_body_words", "org_lead_words",
                "public_service_adjectives", "authority_verbs", "trade_name_openers", "org_closing_words", "gov_closing_words", "person_or_firm_nouns", "cut_name_heads", "dative_verbs", "stake_words"):
        lex[key] = frozenset(w.lower() for w in raw[key])
    lex["honorifics"] = frozenset(raw["honorifics"])
    for key in ("public_body_nouns", "public_body_names"):   # word tuples, as the tokenizer cuts them
        lex[key] = frozenset(tuple(w.lower().replace("'", "' ").split()) for w in raw.get(key, ()))
    lex["descriptor_of"] = {w: t for t, words in raw["descriptors"].items() for w in words}
    lex["introducer_of"] = {}
    for t, words in raw["type_introducers"].items():
        for w in words:
            lex["introducer_of"].setdefault(w, t)
    return lex


# (a whole word only: "Lavrentiev", "Lebrun", "Lesage" keep their first letters)
_ARTICLE = re.compile(r"^(?:(?:le|la|les|l)\s+|l')\s*")
_NOT_NAME_CHAR = re.compile(r"[^\w\s&+]")


_SEEN: set[str] = set()   # the characters fold has met after NFKD
_COMBINING: dict[int, None] = {}   # those of them that are combining marks (accents): str.translate drops them


@lru_cache(maxsize=8192)   # grouping folds the same few names again at every merge
def fold(text: str) -> str:
    """Case-, accent- and apostrophe-insensitive key of a name."""
    s = text.replace("’", "'")
    if not s.isascii():   # (an ASCII text has no accent to take off: NFKD leaves it as it is)
        s = unicodedata.normalize("NFKD", s)
        new = set(s).difference(_SEEN)
        if new:   # (characters not met before: whether each is a combining mark, once)
            _SEEN.update(new)
            _COMBINING.update((ord(c), None) for c in new if unicodedata.combining(c))
        s = s.translate(_COMBINING)   # the marks taken off, in C
    s = s.lower()
    s = _ARTICLE.sub("", s.strip())
    return " ".join(_NOT_NAME_CHAR.sub(" ", s).split())
