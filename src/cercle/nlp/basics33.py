"""(s33-basics33) Parse repair: "… qui l'oppose à Delphine X, présidente de Y", "a annoncé vendredi Paul X,
président du conseil régional, lors d'une visite": after a verb, the parser may hang a person's title set
after the name and its comma on the verb (an adverbial, a second object, a conjunct) instead of on the name;
the title readers then find no holder. A title noun of the family of data/basics33.yaml apposed_titles, right
after "Name ," (an article and adjectives may come between: "X, l'ancienne directrice de Y"), with its own "de"
complement, hung on anything but that name, is rehung as the name's apposition."""
from __future__ import annotations

import functools
from pathlib import Path

from .heads import below as _below


@functools.lru_cache(maxsize=1)
def raw() -> dict:
    """data/basics33.yaml as parsed, read once."""
    from ..yamldata import load_yaml

    return load_yaml((Path(__file__).parent.parent / "extract" / "data" / "basics33.yaml").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def apposed_titles() -> frozenset:
    return frozenset(raw()["apposed_titles"])


_DE = frozenset({"de", "du", "des", "d'", "d’"})
# the links a misplaced apposition gets: an adverbial or argument of the verb, a conjunct, a loose dependent
_MISHUNG = frozenset({"obl:mod", "obl", "obl:arg", "dep", "conj", "parataxis", "obj", "iobj"})


def title_after_name(t, toks, rehang) -> bool:
    """``t``: a title noun (apposed_titles). Rehangs it as the apposition of the person's name right before its
    comma; True when moved."""
    if t.dep_ not in _MISHUNG or t.i < 3:
        return False
    # its own "de" complement: "présidente de Y", "le PDG du groupe" (not a bare word of a list)
    if not any(c.dep_ == "nmod" and c.i > t.i and any(k.dep_ == "case" and k.lower_ in _DE for k in c.children)
               for c in t.children):
        return False
    k = t.i - 1
    while k > 0 and t.i - k <= 3 and toks[k].pos_ in ("DET", "ADJ") and toks[k].head is t:
        k -= 1
    if toks[k].text != "," or k < 2:
        return False
    name = toks[k - 1]
    if name.pos_ != "PROPN" or not name.text[:1].isupper() or name.ent_type_ != "PER":
        return False
    while name.dep_ == "flat:name" and name.head.i < name.i:
        name = name.head
    if t.head is name or _below(name, t):
        return False
    # (the name and the title in one clause: the same head, or the name hung under the title's head)
    if name.head is not t.head and not _below(name, t.head):
        return False
    rehang(t, name, "appos")
    return True


_LIST_JOINS = frozenset({",", "et", "ou", "&"})


def _name_root(tok):
    while tok.dep_ == "flat:name" and tok.head.i < tok.i:
        tok = tok.head
    return tok


def bracketed_share_list(t, toks, rehang) -> bool:
    """``t``: a "%" in "(N %)" right after a name. "détenu par A (37,5 %), B (37,5 %) et C (25 %)": the
    bracketed share cuts the list, and the parser hangs B and C on the sentence's subject or verb (B as a
    complement, C as its conjunct). The name after the closing bracket and a list's joint is rehung as a
    conjunct of the list's first name (the one before the first bracket), each share on its own name. True when
    moved."""
    i = t.i
    if i < 3 or i + 3 >= len(toks) or toks[i - 2].text != "(" or toks[i + 1].text != ")" or not toks[i - 1].like_num:
        return False
    before = toks[i - 3]
    if not before.text[:1].isupper() or before.pos_ not in ("PROPN", "X", "NOUN"):
        return False
    k = i + 2
    if toks[k].lower_ not in _LIST_JOINS:
        return False
    if toks[k].text == "," and toks[k + 1].lower_ in ("et", "ou"):
        k += 1
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is None or not nxt.text[:1].isupper() or nxt.pos_ not in ("PROPN", "X") or nxt.ent_type_ == "":
        return False
    name, other = _name_root(before), _name_root(nxt)
    # the list's first name: the name before's own list head, when it is already a conjunct
    first = name.head if name.dep_ == "conj" and name.head.i < name.i and name.head.pos_ in ("PROPN", "X") else name
    moved = False
    if t.head is not name and not _below(name, t):
        rehang(t, name, "parataxis")   # (the share is its name's)
        moved = True
    if other.head is not first and other is not first and not _below(first, other):
        rehang(other, first, "conj")
        moved = True
    return moved


@functools.lru_cache(maxsize=1)
def relative_verbs() -> dict:
    return dict(raw()["relative_verbs"])


def _antecedent_before_comma(toks, comma: int):
    """The noun or name a relative clause after the comma at ``comma`` hangs on: the word before the comma (the
    acronym inside a closing bracket, "Y (ACR), que …"), up from an adjective or a name's later word."""
    k = comma - 1
    if k > 1 and toks[k].text == ")":
        k -= 1
    if k < 0:
        return None
    w = toks[k]
    for _ in range(3):
        if w.dep_ == "flat:name" and w.head.i < w.i or w.pos_ == "ADJ" and w.head.i < w.i and w.head.pos_ in ("NOUN", "PROPN"):
            w = w.head
    return w if w.pos_ in ("NOUN", "PROPN", "X") else None


def inverted_relative(que, toks, rehang) -> bool:
    """``que``: "que"/"qu'" after a comma, before a verb form of relative_verbs and a name (its subject, put after
    the verb: "Y, que dirige X", "Y, que préside depuis 2022 X"). The verb is tagged a verb with its lemma, the
    clause hangs on the word before the comma as its relative clause, "que" is its object and the name its
    subject. Only when the parse hung the clause on no noun (a verb's conjunct or complement, the root's
    relative). True when moved."""
    i = que.i
    if i < 2 or i + 2 >= len(toks) or toks[i - 1].text != ",":
        return False
    verb = toks[i + 1]
    lemma = relative_verbs().get(verb.lower_)
    if lemma is None:
        return False
    if verb.head.pos_ in ("NOUN", "PROPN") and verb.dep_ == "acl:relcl" and verb.head.i < i:
        return False   # (parsed as a relative on a noun: left as it is)
    ante = _antecedent_before_comma(toks, i - 1)
    if ante is None or _below(ante, verb) and ante.head is not verb:
        return False
    # the subject: the first name after the verb, past a phrase of time ("depuis 2022", "depuis mars")
    subj = None
    for k in range(i + 2, min(i + 8, len(toks))):
        w = toks[k]
        if w.pos_ in ("VERB", "AUX") or w.text in (",", ".", ";", ":") and k > i + 2 and subj is None and w.text != ",":
            break
        if w.text[:1].isupper() and w.pos_ in ("PROPN", "X") and w.ent_type_ in ("PER", "ORG"):
            subj = _name_root(w)
            break
    if subj is None or _below(verb, subj) and subj.head is not verb:
        return False
    verb.pos_, verb.lemma_ = "VERB", lemma
    if _below(ante, verb):
        return False
    rehang(verb, ante, "acl:relcl")
    if que.head is not verb:
        rehang(que, verb, "obj")
    que.dep_ = "obj"
    if subj.head is not verb and not _below(verb, subj):
        rehang(subj, verb, "nsubj")
    subj.dep_ = "nsubj"
    return True


@functools.lru_cache(maxsize=1)
def _time_words() -> tuple:
    d = raw()
    return frozenset(d["time_openers"]), frozenset(d["months"]), frozenset(d["time_units"]), \
        frozenset(d["time_quantifiers"])


@functools.lru_cache(maxsize=1)
def date_object_verbs() -> frozenset:
    return frozenset(raw()["date_object_verbs"])


def time_openers() -> frozenset:
    return _time_words()[0]


_OBJECT_DETS = frozenset({"le", "la", "l'", "l’", "les", "un", "une", "des", "son", "sa", "ses", "leur", "leurs"})


def object_after_date(op, toks, rehang) -> bool:
    """``op``: "depuis"/"dès" right after a verb (adverbs between) that has no object. "X dirige depuis 2015 Y",
    "X dirige pourtant depuis mai 2021 le premier gestionnaire d'actifs européen, Y": the noun phrase after the
    date (a year, a month and a year, a count of years) is the verb's object, not a part of the date; a name
    set after it and a comma is its apposition. True when moved."""
    _, months, units, quants = _time_words()
    i = op.i
    v = i - 1
    while v > 0 and toks[v].pos_ == "ADV" and i - v <= 2:
        v -= 1
    verb = toks[v]
    if verb.pos_ != "VERB" or any(c.dep_ in ("obj", "ccomp", "xcomp") for c in verb.children):
        return False
    verbs = date_object_verbs()
    if verb.lemma_.lower() not in verbs and relative_verbs().get(verb.lower_) not in verbs:
        return False
    k = i + 1
    first = k
    if k < len(toks) and toks[k].lower_ in months:
        k += 1
    counted = False
    if k < len(toks) and (toks[k].like_num or toks[k].lower_ in quants):
        k += 1
        counted = True
        if k < len(toks) and toks[k].lower_ in units:
            k += 1
    if not counted or k >= len(toks) - 1:
        return False
    time_words = range(first, k)
    w = toks[k]
    if w.lower_ in _OBJECT_DETS and w.pos_ == "DET":
        obj = w.head if w.head.i > k else None
        if obj is None:
            return False
        # (the noun the article opens: its head may be an adjective the tagger made of it, "le premier gestionnaire")
    elif w.text[:1].isupper() and w.pos_ in ("PROPN", "NOUN", "X") and w.ent_type_:
        obj = w
        while obj.dep_ in ("flat:name", "amod", "nmod") and obj.head.i < obj.i and obj.head.i >= k \
                and obj.head.ent_type_:
            obj = obj.head
    else:
        return False
    if obj.i >= k + 8 or obj is verb or obj.head is verb and obj.dep_ == "obj":
        return False
    # the date's head: the time word the others hang on (or the first), back on the verb with its preposition
    date = next((toks[j] for j in time_words if toks[j].head.i not in time_words), toks[first])
    if date.head is not verb and not _below(verb, date):
        rehang(date, verb, "obl:mod")
    elif date.head is not verb:
        rehang(date, verb, "obl:mod")
    if op.head is not date:
        rehang(op, date, "case")
    for j in time_words:
        if toks[j] is not date and toks[j].head.i not in time_words and toks[j].head is not date:
            rehang(toks[j], date, "nmod" if toks[j].like_num else "amod")
    if _below(verb, obj):
        return False
    if obj.pos_ == "ADJ":
        obj.pos_ = "NOUN"
    rehang(obj, verb, "obj")
    # a name after the object and a comma, hung on the verb: the object's apposition ("le premier gestionnaire …, Y")
    end = max(x.i for x in obj.subtree) + 1
    if end + 1 < len(toks) and toks[end].text == ",":
        name = toks[end + 1]
        if name.text[:1].isupper() and name.pos_ in ("PROPN", "X") and name.head is verb and name.ent_type_ \
                and name.dep_ in ("obl:mod", "obl", "obj", "appos", "conj", "dep"):
            rehang(name, obj, "appos")
    return True
