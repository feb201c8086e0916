"""(s32-clitics32) The clitics "en" and "y" standing for an organisation named just before, made mentions the
readers see: "La société Y traverse une crise. X en a repris la direction générale" (en = de Y), "Y est une
jeune pousse lyonnaise ; X en est le président", "Le projet Y manque de fonds. X n'y injectera plus un euro"
(y = dans Y). A rule needs both parties in its sentence: with the clitic a mention, the sentence has two.

Only where the clitic fills a party's slot (data/clitics32.yaml): "en" as the complement of a post, a title or
a share noun that is its clause's object or predicate; "y" before a verb of money or stake put into something.
What it stands for: the one organisation or government (never a person, a place or a thing) named before it
in its sentence outside its own clause's subject, or, when its sentence names none before it, the one the
sentence before names. Two that fit, or a place named among them: nothing (precision first). "lui", "l'",
"le", "la" are mentions/coref.py's."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ..records import Mention
from ..yamldata import load_yaml
from .demonyms import fold
from ..nlp.docview import tokens_of
from .wordpos import tokens_at

_ACTORS = ("ORG", "GOV")
_WINDOW_TYPES = ("ORG", "GOV", "LOC", "PER")
_STAKE28_HOLD = frozenset({"détenir", "posséder", "contrôler"})
_COPULAS = frozenset({"être", "devenir", "rester", "demeurer", "redevenir"})


@lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str]]:
    raw = load_yaml(resources.files("cercle.mentions").joinpath("data/clitics32.yaml").read_text("utf-8"))
    return {k: frozenset(f for w in v if (f := fold(str(w)))) for k, v in raw.items()}   # ("%" folds to nothing)


def _noun_key(n) -> set[str]:
    """The noun's folded word and lemma, and with the adjective right after it ("direction générale")."""
    keys = {fold(n.lower_), fold(n.lemma_.lower())}
    doc = n.doc
    if n.i + 1 < len(doc) and doc[n.i + 1].pos_ == "ADJ":
        keys.add(fold(n.lower_ + " " + doc[n.i + 1].lower_))
    return keys


def _department(n) -> bool:
    """"la direction créative", "le directeur financier", "la directrice de la communication": a department."""
    doc = n.doc
    dept = words()["en_department_words"]
    nxt = [doc[k].lower_ for k in range(n.i + 1, min(n.i + 4, len(doc)))]
    return bool(nxt) and (fold(nxt[0]) in dept or fold(" ".join(nxt[:2])) in dept or fold(" ".join(nxt[:3])) in dept)


def _en_slot_noun(t):
    """The noun whose "de" phrase "en" fills, or None: the predicate noun "en" hangs on ("X en est le PDG"), or
    the object (or passive subject) of the verb "en" hangs on ("X en a pris la tête", "en détient 30 %")."""
    h = t.head
    nouns = words()["en_nouns"]
    if h.pos_ in ("NOUN", "PROPN", "ADJ", "SYM") and any(c.dep_ == "cop" for c in h.children):
        return h if _noun_key(h) & nouns and not _department(h) else None
    if h.pos_ not in ("VERB", "AUX") or h.i < t.i:
        return None
    for c in h.children:
        if c.dep_ in ("obj", "nsubj:pass", "xcomp") and c.i > h.i and _noun_key(c) & nouns and not _department(c) \
                and not any(k.dep_ == "nmod" and k.i > c.i and any(
                    x.lower_ in ("de", "du", "des", "d'", "d’", "dans") for x in k.children) for k in c.children):
            return c   # (a noun with a "de" phrase of its own has its party there: "en" is something else)
    return None


def _y_verb(t):
    h = t.head
    if h.pos_ not in ("VERB", "AUX") or h.i < t.i:
        return None
    return h if fold(h.lemma_.lower()) in words()["y_dans_verbs"] else None


def _clause_subjects(verb, index) -> set[str]:
    """Names of the clause's subject (a relative's "qui" takes the noun it hangs on)."""
    got = set()
    v = verb.head if verb.dep_ in ("cop", "aux", "aux:tense", "aux:pass") else verb
    if v.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubj:pass") for c in v.children):
        v = v.head   # ("X a vendu Y mais en conserve 15 %": the first verb's subject is the second's)
    for c in v.children:
        if c.dep_ in ("nsubj", "nsubj:pass"):
            if c.lower_ == "qui" and v.dep_ == "acl:relcl":
                c = v.head
            for k in range(c.left_edge.i, c.right_edge.i + 1):
                n = index.by_token.get(k)
                if n is not None:
                    got.add(n)
    return got


def _named(index, lo: int, hi: int, skip: set[str]) -> list[str]:
    out: list[str] = []
    for k in range(lo, hi):
        n = index.by_token.get(k)
        if n is None or n in skip or n in out:
            continue
        if index.type_of(n) in _WINDOW_TYPES:
            out.append(n)
    return out


def _antecedent(t, anchor, index, allow_person_between: bool) -> str | None:
    """The one organisation the clitic stands for (see the module's head)."""
    sent = t.sent
    skip = _clause_subjects(anchor, index)
    here = [n for n in _named(index, sent.start, t.i, skip)
            if not (allow_person_between and index.type_of(n) == "PER")]
    if here:
        return here[0] if len(here) == 1 and index.type_of(here[0]) in _ACTORS else None
    if sent.start == 0:
        return None
    doc = t.doc
    before = doc[sent.start - 1].sent
    there = [n for n in _named(index, before.start, before.end, skip)
             if not (allow_person_between and index.type_of(n) == "PER")]
    return there[0] if len(there) == 1 and index.type_of(there[0]) in _ACTORS else None


_LOCATIVE = frozenset({"en", "à", "au", "aux", "dans", "sur"})


def _place_between(t, name, index) -> bool:
    """("X a ouvert une usine en Pologne. Y y a investi …") a place, or a place noun, after "à", "en", "dans"
    between the organisation's last mention and "y": the likelier thing "y" stands for."""
    doc = t.doc
    lo = next((k for k in range(t.i - 1, max(doc[t.sent.start - 1].sent.start if t.sent.start else 0, 0) - 1, -1)
               if index.by_token.get(k) == name), None)
    if lo is None:
        return True
    places = words()["y_place_nouns"]
    for k in range(lo + 1, t.i - 1):
        if doc[k].lower_ not in _LOCATIVE or doc[k].pos_ != "ADP":
            continue
        for j in range(k + 1, min(k + 4, t.i)):
            w = doc[j]
            if w.pos_ == "PROPN" and index.by_token.get(j) is None or w.pos_ == "NOUN" and fold(w.lemma_.lower()) in places:
                return True
            if w.pos_ in ("NOUN", "PROPN", "VERB"):
                break
    return False


def link_clitics(doc, index) -> list[Mention]:
    """Mentions for the clitics "en" and "y" that stand for an organisation (see the module's head)."""
    out: list[Mention] = []
    for t in tokens_at(tokens_of(doc), ("en", "y")):   # (those two words only: wordpos; the test below kept)
        low = t.lower_
        if low not in ("en", "y") or t.pos_ != "PRON" or t.i in index.by_token:
            continue
        if low == "en":
            if t.head.pos_ in ("VERB", "AUX") and (t.head.lemma_.lower() in _STAKE28_HOLD or t.head.lower_.startswith(
                    ("dét", "poss", "contr"))) and t.head.i == t.i + 1:
                continue   # ("X en détient 12 %": stake28.en_stake reads it, with the capital the text spoke of)
            anchor = _en_slot_noun(t)
            if anchor is None:
                continue
            verb = anchor.head if anchor.head.pos_ in ("VERB", "AUX") and anchor.dep_ != "ROOT" else anchor
            # ("X en est le PDG": a person of the text may be the title's holder, never what "en" stands for)
            name = _antecedent(t, verb, index, allow_person_between=True)
        else:
            verb = _y_verb(t)
            if verb is None:
                continue
            name = _antecedent(t, verb, index, allow_person_between=True)
            if name is not None and _place_between(t, name, index):
                continue
        if name is None:
            continue
        index.by_token[t.i] = name
        index.kinds[t.i] = "pronoun"
        out.append(Mention(t.idx, t.idx + len(t.text), t.text, name, "pronoun"))
    return out
