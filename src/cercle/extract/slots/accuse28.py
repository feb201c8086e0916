"""(s28-accuse28) Blame whose blamed party is a clitic pronoun of a main clause, read as a mechanism:

- "X l'accuse de …", "X lui reproche …", "Il l'accuse désormais de …", "Le député X lui reproche une lenteur": the
  mention finder resolves subject pronouns, not object clitics, and feuds.py reads a clitic only in a participle
  ("…, l'accusant de") or a relative clause ("…, qui lui reprochait"). In a main clause the clitic stands for the
  actor the text was speaking of: the subject of the previous sentence when it is not the one who blames; when the
  one who blames was that subject, the one other actor that sentence names; a sentence naming no actor at all
  ("Ses adversaires sont moins tendres.", "Tout le monde n'est pas conquis.") is passed over, once. A clitic object
  was the cause of missed ACCUSES in 14 documents of eval/invented and 3 of read28 (ho-814 shape); most of those also
  have an unresolved accuser ("Lequel lui reproche") and stay missed.
- "X, conseillère d'opposition, reproche au maire Y …": the finite verb hung on the name as a clause (acl).
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import _subject_of, entities_at, lemma_of
from .found import Found
from .gate import Readers, acts_on

# verbs of blame whose object clitic is the one blamed (the lemmas of accuses.verb that take a person object)
_CLITIC_BLAME_VERBS = frozenset({"accuser", "reprocher", "critiquer", "attaquer", "fustiger", "blâmer",
                                 "soupçonner", "étriller", "épingler", "tacler", "dénigrer", "vilipender"})
# (their object is always someone: "accuser", "reprocher à", "soupçonner", "blâmer")
_PERSON_OBJECT_VERBS = frozenset({"accuser", "reprocher", "soupçonner", "blâmer"})
_SINGULAR_CLITICS = {"l'": None, "l’": None, "lui": None, "le": "Masc", "la": "Fem"}
_ACTORS = ("PER", "ORG", "GOV")
_NEGATIONS = frozenset({"pas", "jamais", "plus", "guère"})


def _clitic(t):
    """The singular object clitic right before the verb (also before its auxiliary: "l'avait accusée")."""
    tv = t.doc
    for c in t.children:
        if c.i < t.i and c.lower_ in _SINGULAR_CLITICS and (
                c.dep_ in ("obj", "iobj", "obl:arg", "expl:comp") or (c.dep_ == "det" and c.i == t.i - 1)):
            # (only auxiliaries, adverbs and negation between it and the verb)
            if all(tv[k].pos_ in ("AUX", "ADV") or tv[k].lower_ in ("ne", "n'", "n’") for k in range(c.i + 1, t.i)):
                return c
    return None


def _actors_named(index: EntityIndex, start: int, end: int, kinds=("name", "introducer", "descriptor", "pronoun")):
    """The actors mentioned between two tokens, first token of each."""
    got = {}
    for k in range(start, end):
        n = index.entity_at(k)
        if n is not None and n not in got and index.kinds.get(k) in kinds and index.type_of(n) in _ACTORS:
            got[n] = k
    return got


def _sent_bounds(index: EntityIndex, s: int, near: int) -> tuple[int, int] | None:
    """The first and last+1 tokens of sentence ``s`` (searched back from ``near``)."""
    k = near
    while k > 0 and index.sent_of.get(k, -1) > s:
        k -= 1
    if index.sent_of.get(k) != s:
        return None
    end = k + 1
    while k > 0 and index.sent_of.get(k - 1) == s:
        k -= 1
    return k, end


_SIDE_CLAUSES = frozenset({"advcl", "ccomp", "acl", "acl:relcl", "csubj", "xcomp", "obl", "nmod"})


def _main_subjects(doc, index: EntityIndex, start: int, end: int) -> dict:
    """The actors of the subjects of a sentence's main clauses (not of a subordinate, relative or participle
    clause; the parser may split the sentence in several roots), with their tokens."""
    got = {}
    for k in range(start, end):
        tok = doc[k]
        if tok.dep_ not in ("nsubj", "nsubj:pass") or k in index.in_quotes:
            continue
        verb = tok.head
        if verb.dep_ in _SIDE_CLAUSES or any(c.lower_ in ("que", "qu'", "qu’", "si", "quand", "lorsque")
                                             and c.i < tok.i for c in verb.children):
            continue
        for n, i in entities_at(tok, index):
            if index.type_of(n) in _ACTORS and n not in got:
                got[n] = i
    return got


def _gender_fits(index, name: str, doc, gender) -> bool:
    if gender is None or index.type_of(name) != "PER":
        return True
    from ...mentions.coref import _said_gender
    return _said_gender(index, name, doc) in (None, gender)


def _antecedent(t, clitic, index: EntityIndex, blamers: set, gender) -> tuple[str, int] | None:
    """The actor a main clause's object clitic stands for (module doc), or None when unsure."""
    s = index.sent_of.get(t.i)
    if s is None:
        return None
    doc = t.doc
    near = t.sent.start - 1
    # (a verb whose object may be a thing, "X le critique" after "le rapport", looks back one sentence only)
    for back in ((1, 2) if lemma_of(t) in _PERSON_OBJECT_VERBS else (1,)):
        bounds = _sent_bounds(index, s - back, near) if near >= 0 else None
        if bounds is None:
            return None
        start, end = bounds
        named = _actors_named(index, start, end)
        if not named:
            near = start - 1
            continue   # (a sentence naming no actor: "Ses adversaires sont moins tendres.")
        subjects = _main_subjects(doc, index, start, end)
        if any(index.type_of(n) == "GOV" for n in blamers):
            # (a state and its services speak as one: "Londres a sanctionné Y. Le Trésor britannique le soupçonne")
            blamers = blamers | {n for n in subjects if index.type_of(n) == "GOV"}
        others = {n: i for n, i in subjects.items() if n not in blamers}
        if len(others) == 1:
            (n, i), = others.items()
            return (n, i) if _gender_fits(index, n, doc, gender) else None
        if others or not subjects:
            return None
        # the one who blames was that sentence's subject: the one other actor it names
        rest = {n: i for n, i in _actors_named(index, start, end).items() if n not in blamers}
        if len(rest) == 1:
            (n, i), = rest.items()
            return (n, i) if _gender_fits(index, n, doc, gender) else None
        return None
    return None


@acts_on(lambda w: w.verbal and w.pos == "VERB" and w.lemma in _CLITIC_BLAME_VERBS)
def clitic_blamed_main(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"(Le député) X l'accuse de …", "X lui reproche …" in a main clause: the one blamed is the actor the text was
    speaking of (module doc; slot "obj" of accuses.verb)."""
    if not verbal or t.pos_ != "VERB" or lemma_of(t) not in _CLITIC_BLAME_VERBS:
        return
    if t.dep_ != "ROOT" or t.i in index.in_quotes:
        return
    clitic = _clitic(t)
    if clitic is None or index.entity_at(clitic.i) is not None:
        return
    if any(c.lower_ in _NEGATIONS or c.lower_ in ("ne", "n'", "n’") for c in t.children):
        return   # ("ne lui reproche rien", "ne l'accuse pas")
    subj_tok = next((c for c in t.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    blamer = _subject_of(t, index)
    if subj_tok is None or not blamer:
        return
    blamers = {n for n, _ in blamer}
    if any(x[0] not in blamers for k in ("obj", "prep:à") for x in out.get(k, ())):
        return   # (a party of its own found)
    # (no other actor named in the sentence before the clitic, outside the subject's phrase: "Face à Y, X l'accuse")
    lo, hi = subj_tok.left_edge.i, subj_tok.right_edge.i
    for k in range(t.sent.start, clitic.i):
        if lo <= k <= hi:
            continue
        n = index.entity_at(k)
        if n is not None and n not in blamers and index.type_of(n) in _ACTORS:
            return
    got = _antecedent(t, clitic, index, blamers, _SINGULAR_CLITICS[clitic.lower_])
    if got is not None and lemma_of(t) not in _PERSON_OBJECT_VERBS and index.type_of(got[0]) != "PER":
        return   # ("Y a publié son rapport. X le critique": the report, maybe; a person is the one criticised)
    if got is not None and got[0] not in blamers:
        out.put("obj", [(got[0], clitic.i)])


_APPOSED_BLAME_VERBS = _CLITIC_BLAME_VERBS | {"dénoncer"}


@acts_on(lambda w: w.verbal and w.pos == "VERB" and w.dep == "acl" and w.lemma in _APPOSED_BLAME_VERBS)
def subject_before_apposition(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X, conseillère d'opposition, reproche au maire Y …": after an apposition set off by commas the parser hangs
    the finite verb on the name as a clause of it (acl) and the verb has no subject: the name is its subject (slot
    "subj" of accuses.verb)."""
    if not verbal or t.pos_ != "VERB" or t.dep_ != "acl" or lemma_of(t) not in _APPOSED_BLAME_VERBS:
        return
    if out.get("subj") or "Fin" not in t.morph.get("VerbForm"):
        return
    head, tv = t.head, t.doc
    if head.i >= t.i or t.i < 2 or tv[t.i - 1].text != "," or index.kinds.get(head.i) != "name":
        return
    if any(c.dep_.startswith("nsubj") or c.lower_ in ("qui", "que", "qu'", "qu’", "dont") for c in t.children):
        return
    # (one apposition between the name and the verb: a comma right after the name's words)
    name = index.entity_at(head.i)
    k = head.i
    while k + 1 < t.i and index.entity_at(k + 1) == name:
        k += 1
    if k + 1 >= t.i - 1 or tv[k + 1].text != "," or index.type_of(name) not in _ACTORS:
        return
    out.put("subj", [(name, head.i)])


ACCUSE28_READERS = Readers(clitic_blamed_main, subject_before_apposition)


def clitic_blame_in(sent) -> bool:
    """Whether a sentence naming one actor may still hold a tie: a verb of blame with an object clitic before it
    ("Il l'accuse de …", "L'association lui reproche …"; relations.py's two-party gate)."""
    tv = sent.doc
    for t in sent:
        if t.pos_ == "VERB" and t.dep_ == "ROOT" and t.i > sent.start and lemma_of(t) in _CLITIC_BLAME_VERBS:
            k = t.i - 1
            while k > sent.start and (tv[k].pos_ in ("AUX", "ADV") or tv[k].lower_ in ("ne", "n'", "n’")):
                k -= 1
            if tv[k].lower_ in _SINGULAR_CLITICS:
                return True
    return False
