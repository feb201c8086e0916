"""(s20-prec) Parse repairs that French agreement and apposition order settle.

The parser hangs a participle clause or an apposition on the wrong noun of a noun phrase often enough to
give ties to the wrong party:

- "X, filiale du fonds Y présidée par Z": "présidée" (feminine) hung on "Y" — Z would lead Y, the parent,
  instead of X's subsidiary. A past participle agrees with the noun it qualifies: when the noun it hangs on
  does not agree with it, the noun it does agree with, between the two, is its head.
- "a racheté la société X à Y, la holding de la famille Z": the apposition after "à Y" hung on "la
  société X" — X would be the family's holding. An apposition right after a name closing a phrase
  describes that name.

Both are called from DocView's one pass over the tokens, behind cheap tests on the token itself.
"""
from __future__ import annotations


_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues")
# a masculine singular determiner fused with "de"/"à": the name after it is masculine ("filiale du X")
_MASCULINE_CASES = frozenset({"du", "au"})
_PLURAL_CASES = frozenset({"des", "aux"})


def _feature(tok, name: str) -> str | None:
    got = tok.morph.get(name)
    return got[0] if len(got) == 1 else None


def _name_agreement(tok) -> tuple[str | None, str | None]:
    """(gender, number) of a noun, or for a name, what its fused article says ("du X": masculine)."""
    if tok.pos_ == "NOUN":
        return _feature(tok, "Gender"), _feature(tok, "Number")
    for c in tok.children:
        if c.dep_ == "case" and c.lower_ in _MASCULINE_CASES:
            return "Masc", "Sing"
        if c.dep_ == "case" and c.lower_ in _PLURAL_CASES:
            return None, "Plur"
        if c.dep_ == "det" and c.lower_ in ("le",):
            return "Masc", "Sing"
        if c.dep_ == "det" and c.lower_ in ("la",):
            return "Fem", "Sing"
    return None, None


def _disagrees(tok, gender: str | None, number: str | None) -> bool:
    g, n = _name_agreement(tok)
    return bool(gender and g and g != gender or number and n and n != number)


def _agrees(tok, gender: str | None, number: str | None) -> bool:
    if tok.pos_ != "NOUN":
        return False
    g, n = _name_agreement(tok)
    return bool(gender and g == gender) and not (number and n and n != number)


def participle_on_agreeing_noun(t, toks) -> bool:
    """"la holding de la famille Z présidée par W", "filiale du fonds Y présidée par W": a passive participle
    hung on a noun it does not agree with goes to the highest noun of the phrase before it that agrees
    (the phrase's head, not its "de" complement: "la holding de la famille", the holding). True when moved."""
    if t.pos_ != "VERB" or t.dep_ != "acl" or t.head.i >= t.i or t.i < 2:
        return False
    gender, number = _feature(t, "Gender"), _feature(t, "Number")
    if gender is None or not any(c.dep_ == "obl:agent" or c.lower_ == "par" for c in t.subtree):
        return False
    head = t.head
    if not _disagrees(head, gender, number):
        return False
    # a noun between the two that agrees, the head of its phrase rather than its "de" complement ("la
    # holding de la famille Z": the holding); else a noun the current one is the "de" complement of
    # ("filiale du fonds Y": the filiale)
    between = [k for k in toks[head.i + 1:t.i] if _agrees(k, gender, number)]
    tops = [k for k in between if k.head not in between]
    best = tops[-1] if tops else None
    k, seen = head, 0
    while best is None and seen < 4 and k.dep_ == "nmod" and k.head.i < k.i:
        k, seen = k.head, seen + 1
        if _agrees(k, gender, number):
            best = k
    if best is None:
        return False
    from .docview import rehang   # (docview imports this module)
    rehang(t, best, "acl")
    return True


def apposition_of_nearer_name(t, toks) -> bool:
    """"… la société X à Y, la holding de Z", "… X au groupe Y, la holding de Z": an apposition (", la/le/l'
    noun") hung on an earlier noun (or read as a list's next item, with no "et") right after an "à"
    phrase describes that phrase's name. True when moved."""
    if t.dep_ not in ("appos", "conj") or t.pos_ != "NOUN" or t.i < 4:
        return False
    if t.dep_ == "conj" and any(c.dep_ in ("cc", "conj") for c in t.children):
        return False   # (a list's item: "A, la holding B et C")
    j = t.i - 1
    while j > 0 and toks[j].pos_ in ("DET", "ADJ"):
        j -= 1
    if toks[j].text != "," or j == t.i - 1 or toks[t.i - 1].pos_ != "DET":
        return False
    head = t.head
    if head.i >= j:
        return False
    # from the word before the comma up to the phrase it closes: one opened by "à"/"au"
    k, seen = toks[j - 1], 0
    while seen < 4 and k is not head and not any(c.dep_ == "case" and c.lower_ in ("à", "au", "aux")
                                                  for c in k.children):
        if k.head is k or k.head.i >= j:
            return False
        k, seen = k.head, seen + 1
    if k is head or seen >= 4 or k.pos_ not in ("PROPN", "NOUN") or max(x.i for x in k.subtree) != j - 1 \
            or not (k.text[:1].isupper() or any(c.text[:1].isupper() and c.dep_ in ("nmod", "flat:name", "appos")
                                                for c in k.children)):
        return False
    from .docview import rehang
    rehang(t, k, "appos")
    return True


def _relative_clause_of(tok, stop: int):
    """The relative clause (acl:relcl) a token sits in, walking up no further left than ``stop``."""
    k, seen = tok, 0
    while seen < 6 and k.head is not k and k.i > stop:
        if k.dep_ == "acl:relcl":
            return k
        k, seen = k.head, seen + 1
    return None


def list_continued_in_relative(t, toks) -> bool:
    """"X, le PDG de Y, la mutuelle qui regroupe A, B et C, a lancé une offre": the parser hangs "B" and "C" on
    the sentence's subject X as a list, though they go on the list that opens on A, the relative clause's
    object (B and C would then bid). A name listed right after a name inside a relative clause that stands
    between it and its head continues that name's list. True when moved."""
    if t.dep_ != "conj" or t.pos_ != "PROPN" or t.head.i >= t.i - 3:
        return False
    j = t.left_edge.i - 1
    while j > t.head.i and toks[j].text == ",":
        j -= 1
    prev = toks[j]
    while prev.dep_ == "flat:name" and prev.head.i < prev.i:
        prev = prev.head
    if prev.i <= t.head.i or not prev.text[:1].isupper() or prev.pos_ not in ("PROPN", "NOUN"):
        return False
    clause = _relative_clause_of(prev, t.head.i)
    # (the clause between the two, or on the noun the name was hung on: "la mutuelle qui regroupe A, B et C")
    if clause is None or clause.head.i < t.head.i:
        return False
    # (a list: the clause's own object or subject, listed on, closed by "et"/"ou"; not a name deep in a
    # phrase, "… pour 13 % de la société de la Ligue, X Media", X Media being that société's apposition)
    opener = prev.head if prev.dep_ == "conj" else prev
    if opener.head is not clause or opener.dep_ not in ("obj", "nsubj", "obl:arg"):
        return False
    listed = [t] + [k for k in t.children if k.dep_ == "conj"] \
        + [k for k in t.head.children if k.dep_ == "conj" and k.i > t.i]
    if not any(c.dep_ == "cc" for k in listed for c in k.children):
        return False
    first = opener
    from .docview import rehang
    rehang(t, first, "conj")
    return True
