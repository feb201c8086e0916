"""(s24-names24) Mention passes for names the tokenizer cuts: "Velmor.US", a company's branch named by its
parent and a country code glued with a dot (the tokenizer splits it at the dot and even opens a sentence on
the code)."""
from __future__ import annotations

import re

from .index import _Span
from ..nlp.docview import tokens_of

# a name, a dot and a capitalised code of two or three letters, glued: "Velmor.US", "Kelvio.UK"
_GLUED_CODE = re.compile(r"\w\.[A-Z]{2,3}\b")
# (the same without the word character before the dot: it begins with a plain character, which the regex
# engine looks for with a fast scan, where _GLUED_CODE tries a match at every position of the text; a text it
# does not match holds no glued code, and it matches only a dot followed by a capital, no space between)
_DOT_CODE = re.compile(r"\.[A-Z]{2,3}\b")


def dotted_country_names(doc, spans: list[_Span]) -> None:
    """"Velmor.US, la filiale américaine du groupe": one name, the branch's (not "Velmor" and a place "US")."""
    text = doc.text
    if not _DOT_CODE.search(text) or not _GLUED_CODE.search(text):
        return   # (most articles: no name glued to a code)
    tv = tokens_of(doc)
    n = len(tv)
    by_end = {s.end: s for s in spans}
    changed = False
    for m in _GLUED_CODE.finditer(text):
        dot = next((t.i for t in tv if t.idx == m.start() + 1 and t.text == "."), None)
        if dot is None or dot + 1 >= n or tv[dot - 1].whitespace_ or tv[dot].whitespace_:
            continue
        code = tv[dot + 1]
        if not (code.text.isupper() and code.is_alpha and 2 <= len(code.text) <= 3):
            continue
        base = by_end.get(dot)
        if base is None or not tv[base.start].text[:1].isupper():
            continue
        spans[:] = [s for s in spans if not (s.start <= dot + 1 < s.end) or s is base]
        base.end = dot + 2
        base.text = doc[base.start:base.end].text
        changed = True
    if changed:
        spans.sort(key=lambda s: s.start)


# Press titles whose name goes on in lower case after "du", "des", "de la": "le Journal du dimanche", "le
# Courrier des cadres" (French capitalises the first word of a title only).
_PRESS_NOUNS = frozenset({"journal", "courrier", "gazette", "écho", "tribune", "quotidien", "hebdo", "magazine",
                          "moniteur", "bulletin", "lettre"})
_OF = frozenset({"du", "des", "de"})


def press_titles_in_lower_case(doc, spans: list[_Span]) -> None:
    """"Journal du dimanche": the NER stops at the capitalised press noun; one lower-case noun after "du",
    "des" or "de la" closed by punctuation or a verb is the title's end (not "le Journal de Paul X", a
    capitalised word; not "Journal du dimanche matin", two words)."""
    tv = tokens_of(doc)
    n = len(tv)
    for sp in spans:
        if sp.end - sp.start != 1 or sp.fixed_name:
            continue
        word = tv[sp.start]
        if word.lower_ not in _PRESS_NOUNS or not word.text[:1].isupper():
            continue
        k = sp.end
        if k + 1 < n and tv[k].lower_ in _OF and tv[k].text.islower():
            k += 1
            if tv[k].lower_ in ("la", "l'", "l’") and k + 1 < n:
                k += 1
        else:
            continue
        noun = tv[k]
        if not (noun.is_alpha and noun.text.islower() and noun.pos_ in ("NOUN", "ADJ", "PROPN")):
            continue
        after = tv[k + 1] if k + 1 < n else None
        if after is not None and not (after.is_punct or after.pos_ in ("VERB", "AUX") or after.lower_ in ("qui", "que", "dont", "et")):
            continue
        sp.end = k + 1
        sp.text = doc[sp.start:sp.end].text
        sp.votes["ORG"] += 2
