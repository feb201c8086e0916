"""(s35-readb35) Parse repair: a fronted description made the sentence's root. "Élue en 2020 sous l'étiquette Y,
X brigue un second mandat", "Candidat sous les couleurs de Y, X fait campagne", "Proche de Y, X a pris …": the
parser may make the fronted participle, adjective or noun the root and hang the main verb on it as a
"parataxis" clause, whose own subject comes after the comma that closes the fronted phrase. Every reader that
looks for the holder of a fronted description (the main clause's subject) then finds none. The main verb is
made the root, the fronted word its adverbial ("advcl" for a participle, "obl:mod" for an adjective or a noun),
as the parser hangs it when it reads the sentence right.

Only the verb's head, its children and the tokens between them are read."""
from __future__ import annotations

_QUOTES = frozenset({"«", "»", "\"", "“", "”", ":"})
_FRONT_POS = frozenset({"VERB", "ADJ", "NOUN"})


def _opens_sentence(h, toks) -> bool:
    """``h`` is the sentence's first word, or comes right after an opening quote or dash."""
    if h.is_sent_start:
        return True
    j = h.i - 1
    return j >= 0 and toks[j].is_sent_start and toks[j].is_punct and toks[j].text not in _QUOTES


def fronted_clause_root(p, toks, rehang) -> bool:
    """``p``: a verb hung as "parataxis" on the root. Makes it the root when the root is a fronted description
    (see the module's head); True when moved."""
    h = p.head
    if h is p or h.dep_ != "ROOT" or h.pos_ not in _FRONT_POS or h.i >= p.i or not _opens_sentence(h, toks):
        return False
    if h.pos_ == "VERB" and ("Part" not in h.morph.get("VerbForm")
                             or any(c.dep_ in ("aux", "aux:tense", "aux:pass", "cop") for c in h.children)):
        return False   # (a finite verb, or a participle with its auxiliary: a clause of its own)
    if h.pos_ == "NOUN" and any(c.dep_ in ("det", "nmod:poss") and c.i < h.i for c in h.children):
        return False   # ("La direction …": a subject noun, not a bare fronted title)
    subj = [c for c in p.children if c.dep_ in ("nsubj", "nsubj:pass") and h.i < c.i < p.i]
    if not subj:
        return False
    # the comma that closes the fronted phrase, right before the subject's first word, no quote between
    first = min(k.i for k in subj[0].subtree)
    if first < 1 or toks[first - 1].text != ",":
        return False
    if any(toks[k].text in _QUOTES for k in range(h.i, p.i)):
        return False
    rehang(p, p, "ROOT")
    rehang(h, p, "advcl" if h.pos_ == "VERB" else "obl:mod")
    return True
