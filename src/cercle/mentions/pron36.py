"""(s36-pron36) A subject pronoun after a sentence whose actor subject sits in a relative clause.

Reading called by coref._backward_antecedent:

* ``lift_relative_subjects``: "X, dont Y est la porte-parole, tente de… . Elle reproche…", "X, que Y dirige depuis
  2019, a publié… Il…", "X, où Y a fait carrière, …": the subject of a relative clause opened by "dont", "que", "où",
  "auquel"… is not what the sentence is about; its antecedent X is. When the previous sentence's actor subjects
  the pronoun could stand for include such a relative's subject, the relative's antecedent takes its place, if it
  is an actor that fits and its gender, as its head noun ("l'Union", "la Confédération", "le Syndicat") or its
  determiner gives it, is the pronoun's. With no gender said, nothing changes.

Lexicons in data/pron36.yaml (relative words; feminine and masculine organisation head nouns).
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ..yamldata import load_yaml

_SUBJ = ("nsubj", "nsubj:pass")


@lru_cache(maxsize=1)
def _data() -> tuple[frozenset, dict]:
    d = load_yaml(resources.files("cercle.mentions").joinpath("data/pron36.yaml").read_text("utf-8"))
    genders = {w: "Fem" for w in d["fem"]}
    genders.update({w: "Masc" for w in d["masc"]})
    return frozenset(w.split()[-1] for w in d["relative_words"]), genders


def _relative_antecedent(tv, i: int, index):
    """The token heading the antecedent of the relative clause whose subject is the name at token i, or None."""
    top = tv[i]
    name = index.by_token.get(i)
    while top.dep_ in ("flat:name", "flat") and top.head.i != top.i and index.by_token.get(top.head.i) == name:
        top = top.head
    if top.dep_ not in _SUBJ:
        return None
    clause = top.head
    rel, _ = _data()
    if clause.dep_ == "acl:relcl":
        # (a relative word before the subject, inside the clause: "dont Y est…", "que Y dirige")
        if not any(tv[k].lower_ in rel and tv[k].pos_ == "PRON" for k in range(clause.left_edge.i, top.i)):
            return None
        if index.by_token.get(clause.head.i):
            return clause.head
    # (the parser may hang the clause elsewhere: a relative word of the clause right after a comma that closes a
    # name, "X, dont Y est la porte-parole")
    start = top.i
    while start > 0 and index.by_token.get(start - 1) == name:
        start -= 1
    word = next((tv[k] for k in range(start - 1, max(start - 4, -1), -1)
                 if tv[k].lower_ in rel and tv[k].pos_ == "PRON"), None)
    if word is None or word.i < 2:
        return None
    k = word.i - 1
    while k > word.i - 4 and tv[k].text != "," and tv[k].pos_ in ("ADP", "ADV", "DET", "NOUN"):
        k -= 1   # "auprès de laquelle", "avec lequel", "au sein duquel"
    if tv[k].text != "," or not index.by_token.get(k - 1) or index.by_token.get(k - 1) == name:
        return None
    return tv[k - 1]


def _head_noun_gender(tv, index, name: str, ant) -> tuple[int, str | None]:
    """The start of the name's span at token ant, and the gender of its organisation head noun ("Confédération",
    "Syndicat", "Union") among its first words, or None."""
    _, genders = _data()
    k = ant.i
    while k > 0 and index.by_token.get(k - 1) == name:
        k -= 1
    for j in range(k, min(ant.i + 1, k + 3)):
        g = genders.get(tv[j].lower_)
        if g:
            return k, g
    return k, None


def _name_gender(tv, index, name: str, ant) -> str | None:
    """The gender of the organisation named at token ant: its head noun's ("Confédération", "Syndicat"), else a
    determiner right before its span ("la X", "le X")."""
    k, g = _head_noun_gender(tv, index, name, ant)
    if g:
        return g
    if k > 0 and tv[k - 1].pos_ == "DET" and tv[k - 1].lower_ in ("la", "le", "du", "au"):
        return "Fem" if tv[k - 1].lower_ == "la" else "Masc"
    return None


def _organisation(tv, index, name: str, ant, fits, person: bool, speakers) -> bool:
    """An organisation the pronoun may stand for: typed one, or a name typed a place so far whose head noun is an
    organisation's ("la Confédération des X", "l'Union des Y", "la Ligue des Z")."""
    kind = index.entities[name].type
    if kind in ("ORG", "GOV"):
        return fits(name)
    return kind == "LOC" and not person and name not in speakers \
        and _head_noun_gender(tv, index, name, ant)[1] is not None


def lift_relative_subjects(tv, prev: list, index, gender: str, fits, person: bool = False, speakers=()) -> tuple[list, frozenset]:
    """prev: (name, token) actor subjects of the previous sentence the pronoun fits. Each one that is the subject of
    a relative clause whose antecedent is an organisation of the pronoun's gender gives way to that antecedent.
    Returns the new list and the names lifted so (they fit, though typed a place so far)."""
    out, changed, lifted = [], False, set()
    for name, i in prev:
        # (a name, not a pronoun the chain already resolved; and not an actor the sentence also has as a subject
        # outside the relative: "Elle entre à la banque X, où elle devient…")
        ant = _relative_antecedent(tv, i, index) if index.kinds.get(i) == "name" else None
        if ant is not None and any(n == name and abs(j - i) > 3 and _relative_antecedent(tv, j, index) is None
                                   for n, j in prev):
            ant = None
        other = index.by_token.get(ant.i) if ant is not None else None
        if other and other != name and _organisation(tv, index, other, ant, fits, person, speakers) \
                and _name_gender(tv, index, other, ant) == gender:
            out.append((other, ant.i))
            lifted.add(other)
            changed = True
        else:
            out.append((name, i))
    if not changed:
        return prev, frozenset()
    seen, res = set(), []
    for p in out:
        if p[0] not in seen:
            seen.add(p[0])
            res.append(p)
    return res, frozenset(lifted)
