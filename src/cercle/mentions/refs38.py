"""(s38-refs38) Second references that picked the wrong party: where a possessive or a sentence's subject points.

Readers of the sentence's shape that coref.link_anaphora stores in the EntityIndex for EntityIndex.antecedent:

* ``demonym_subject``: "L'allemand X, concurrent direct de Y, a tenté …" — the parse makes the country adjective
  the subject and hangs X on it; X is what the sentence is about (the next sentence's "son patron" is X's).
* ``subject_close``: a subject noun's own words end at its first comma ("Le leader du secteur, contrôlé par le
  fonds Y, a racheté Z"): a name in the aside does not name the noun, which stays an unresolved subject.
* ``relative_asides``: the names inside a "qui" relative set off by commas on the sentence's subject ("Le groupe,
  qui possède 9 % de Y, entend …, a déclaré son PDG") own no possessive after the clause.
* ``bare_group``: "le groupe" with no adjective nor complement is no actor the text only called a fund or a bank
  ("Le fonds X a déposé une offre. Le groupe n'entend pas céder …": the seller, not the fund).
* ``titled_name_after``: "La présidente du directoire, X, passée par Y, conserve ses fonctions": a title whose own
  words end on a comma before a person's name is that person, not the person of the sentence before.
* ``person_complement``: "A voit d'un mauvais œil l'ancien Premier ministre de B étoffer ses troupes. Les deux
  hommes …": B is named to describe a third person (the minister); the sentence gives no pair of two.
* ``relative_antecedent``: "UniCredit détient 30 % de l'allemand X, où la banque se heurte à …": the subject of a
  relative clause ("où", "dont", "que") on a name is not that name (the press would have said "qui").
* ``incise_subjects``: "Le sidérurgiste juge les tarifs de Y « … », a dénoncé X, son directeur": the possessive of
  the speaker's title after a reporting incise is the reported clause's subject's (the token opening the
  sentence), not a name inside the reported words.

Lexicon: data/refs38.yaml."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ..yamldata import load_yaml
from .demonyms import countries_by_adjective

_DEFINITE = ("le", "la", "l'", "l’")


@lru_cache(maxsize=1)
def _data() -> dict:
    return load_yaml(resources.files("cercle.mentions").joinpath("data/refs38.yaml").read_text("utf-8"))


@lru_cache(maxsize=1)
def _incise_verbs() -> frozenset:
    return frozenset(_data()["incise_verbs"])


def demonym_subject(tv, i: int) -> bool:
    """The name at i is hung on a definite country adjective that the parse made the subject ("L'allemand X, …")."""
    head = tv[i].head
    return tv[i].dep_ in ("nmod", "appos", "flat:name") and head.i == i - 1 \
        and head.dep_ in ("nsubj", "nsubj:pass") and head.is_lower and head.lower_ in countries_by_adjective() \
        and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in head.children)


def subject_close(tv, t) -> int:
    """End of a subject noun's own words: its first comma after the noun, else past its last word."""
    return next((k for k in range(t.i + 1, t.right_edge.i + 1) if tv[k].text == ","), t.right_edge.i + 1)


def relative_asides(tv, index) -> dict[int, int]:
    """Name token inside a "qui" relative set off by commas on a subject → the comma closing the clause (read on
    the surface: the first comma after the relative's verb, the parser often hanging the main clause on it)."""
    out: dict[int, int] = {}
    for rel in tv:
        if rel.dep_ != "acl:relcl" or rel.head.dep_ not in ("nsubj", "nsubj:pass") or rel.head.i >= rel.i:
            continue
        qui = next((c for c in rel.children if c.dep_ in ("nsubj", "nsubj:pass") and c.lower_ == "qui"), None)
        if qui is None or qui.i < 1 or tv[qui.i - 1].text != ",":
            continue
        close = next((k for k in range(rel.i + 1, min(rel.right_edge.i + 2, len(tv))) if tv[k].text == ","), None)
        if close is None:
            continue
        own = index.by_token.get(rel.head.i)
        for k in range(qui.i + 1, close):
            if k in index.by_token and index.by_token[k] != own:
                out[k] = close
    return out


def _opening_subject(tv, start: int, end: int) -> int | None:
    """The token of the noun or name a sentence opens on ("Le sidérurgiste juge …", "X estime …"): its first word,
    or the noun after its determiner and adjectives; None when the sentence opens otherwise."""
    k = start
    while k < end and (tv[k].is_space or tv[k].text in ("«", "\"", "—", "-")):
        k += 1
    if k < end and tv[k].lower_ in _DEFINITE:
        k += 1
        while k < end and tv[k].pos_ == "ADJ" and tv[k].is_lower:
            k += 1
        return k if k < end and tv[k].pos_ in ("NOUN", "PROPN") else None
    return k if k < end and tv[k].pos_ == "PROPN" else None


def incise_subjects(tv, index) -> dict[int, int]:
    """Possessive token (and its noun's) → the token the sentence opens on, for "…, a <reporting verb> X, son
    <title>" closing a sentence that opens on its subject. Only a possessive right after a person's name set off by
    a comma, the name right after the reporting verb."""
    out: dict[int, int] = {}
    verbs = _incise_verbs()
    for det in tv:
        if det.lower_ not in ("son", "sa") or det.i < 4 or tv[det.i - 1].text != ",":
            continue
        k = det.i - 2   # back over the speaker's name
        name = index.by_token.get(k)
        if name is None or index.kinds.get(k) != "name" or index.entities[name].type != "PER":
            continue
        while k > 0 and index.by_token.get(k - 1) == name:
            k -= 1
        verb = tv[k - 1]
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in verbs:
            continue
        aux = k - 2 if tv[k - 2].lower_ in ("a", "avait", "ont", "avaient") else k - 1
        if tv[aux - 1].text not in (",", "»"):
            continue   # (an incise: the reported words end right before it)
        subject = _opening_subject(tv, det.sent.start, aux - 1)
        if subject is not None:
            out[det.i] = out[det.head.i] = subject
    return out


def bare_group(tok) -> bool:
    """"le groupe" alone: no adjective, no complement (not "le groupe de capital-investissement", "le groupe
    américain", which may be a fund's)."""
    return tok.lemma_.lower() in _data()["bare_group_nouns"] \
        and not any(c.dep_ in ("amod", "nmod", "acl", "appos") for c in tok.children)


def titled_name_after(tv, tok, index) -> bool:
    """A title noun whose own words (its complement: no verb, no other comma) run to a comma right before a
    person's name: "La présidente du directoire, X, …"."""
    end = min(len(tv) - 1, tok.i + 8)
    for k in range(tok.i + 1, end):
        if tv[k].pos_ in ("VERB", "AUX") or tv[k].is_sent_start:
            return False
        if tv[k].text == ",":
            name = index.by_token.get(k + 1)
            return name is not None and index.kinds.get(k + 1) == "name" and index.entities[name].type == "PER"
    return False


def person_complement(tv, j: int, descriptor_type) -> bool:
    """The name at j is the "de" complement of a person noun with a determiner ("l'ancien Premier ministre de B",
    "le fils de B", "un proche de B"): it is named to describe another person, the noun's."""
    t = tv[j]
    while t.dep_ == "flat:name" and t.head.i != t.i:
        t = t.head
    head = t.head
    return t.dep_ == "nmod" and head.pos_ == "NOUN" and head.i < t.i \
        and any(c.dep_ == "case" and c.lower_ in ("de", "d'", "d’", "du") for c in t.children) \
        and any(c.dep_ == "det" for c in head.children) and descriptor_type(head) == "PER"


def relative_antecedent(tv, i: int, index) -> set[str]:
    """The name a relative clause hangs on, when the descriptor at i is that clause's subject and the clause opens
    on "où", "dont" or "que" (the antecedent is then something else than the subject)."""
    t = tv[i]
    k = i - 1
    while k > 0 and i - k <= 3 and tv[k].pos_ in ("DET", "ADJ"):
        k -= 1
    if k >= 2 and k < i - 1 and tv[k].lower_ in _data()["relative_openers"] and tv[k - 1].text == "," \
            and index.kinds.get(k - 2) == "name" and t.dep_ in ("nsubj", "nsubj:pass"):
        return {index.by_token[k - 2]}   # (read on the surface: the parse often hangs the clause elsewhere)
    if t.dep_ not in ("nsubj", "nsubj:pass") or t.head.dep_ != "acl:relcl":
        return set()
    verb = t.head
    if not any(c.lower_ in _data()["relative_openers"] and c.i < i for c in verb.children):
        return set()
    h = verb.head.i
    if h not in index.by_token and h + 1 < len(tv) and tv[h + 1].head.i == h:
        h += 1   # ("de l'allemand X, où …": the name hung on its country noun)
    name = index.by_token.get(h)
    return {name} if name is not None and index.kinds.get(h) == "name" else set()
