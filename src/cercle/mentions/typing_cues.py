"""Typing a name from evidence in the text: cue words in it, titles and introducers around it."""
from __future__ import annotations

from .index import _Span
from .lexicon import lexicon


def _type_votes(doc, sp: _Span) -> None:
    lex = lexicon()
    words = [t.text.lower() for t in doc[sp.start:sp.end]]
    if any(w in lex["gov_name_words"] for w in words):
        sp.votes["GOV"] += 3
    elif len(words) > 1 and any(w in lex["org_name_words"] for w in words):
        sp.votes["ORG"] += 3
    if doc[sp.start].text in lex["honorifics"]:
        sp.votes["PER"] += 3
    # the noun right before the name ("le groupe X", "le ministre X", "M. X")
    j = sp.start - 1
    while j >= 0 and doc[j].pos_ == "ADJ":
        j -= 1
    if j >= 0:
        prev = doc[j].text.lower()
        if doc[j].text in lex["honorifics"]:
            sp.votes["PER"] += 4
        intro = lex["introducer_of"].get(prev) or lex["introducer_of"].get(doc[j].lemma_.lower())
        if intro:
            sp.votes[intro] += 2
    # "X, PDG de Y": a title in apposition
    head = _head(doc, sp)
    for child in head.children:
        if child.dep_ == "appos" and child.lemma_.lower() in lex["person_titles"]:
            sp.votes["PER"] += 2
    if head.dep_ == "appos" and head.head.lemma_.lower() in lex["person_titles"]:
        sp.votes["PER"] += 2
    # PER names are one to four capitalised words, never all-caps acronyms
    toks = doc[sp.start:sp.end]
    if all(t.text.isupper() and len(t.text) > 1 for t in toks):
        sp.votes["ORG"] += 1
    if any(t.like_num for t in toks):
        sp.votes["ORG"] += 1


def _head(doc, sp: _Span):
    """The syntactic head of a span: the token whose head lies outside it."""
    for t in doc[sp.start:sp.end]:
        if not (sp.start <= t.head.i < sp.end) or t.head.i == t.i:
            return t
    return doc[sp.start]
