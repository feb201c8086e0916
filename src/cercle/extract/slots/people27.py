"""(s27-people27) Ties between people and bodies.

- "le fonds de retraite de l'État de Z, piloté par X": a participle with its "par" agent hung on a common noun
  that names no entity describes that noun (the fund), not the place its "de" complement names: X leads no
  State nor town. A party of slot "pass" standing inside the noun's "de" complement, typed a place or a
  public body (LOC, GOV), is dropped. A company there stays ("la filiale de Y, dirigée par X" is read as
  before: not a place).
- "A, B et C ont fondé une nouvelle alliance à l'achat, Z": the body's name set off by a comma after the founding
  verb's object noun (an alliance, a company, a structure: a body set up) is what was founded (slot "obj"); the
  parser hangs the name on the verb as a loose modifier. recall25b reads "une coentreprise, Z" alone; this
  reads the other nouns of a body, the noun's adjectives and its complement ("à l'achat") before the comma.
- "Y (ACR), dont X est membre", "Y, dont A et B sont membres": the names between "dont" and the copula are
  members of the name before the relative's comma (slots "dont_members", "dont_body"; rule member.dont_member).
  The parser hangs "dont" and the names anywhere (a name as the relative clause, the noun as a flat name).
- "X, le PDG du groupe qui porte son nom": the relative says what "éponyme" says (slots/eponym.py): the
  organisation the text names by the person's surname, else none (not the last group named).
- "X, dont la nomination à la tête de Y venait d'être annoncée", "La nomination, le 22 juin, de X à la tête de Y":
  the one appointed (slot "arrival" of a post noun under an arrival noun) is the person before ", dont", or the
  "de X" after a dated aside, which the parse hangs elsewhere.
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import case_of
from .found import Found
from .gate import Readers, acts_on
from .prec23 import _SELF_NOUNS
from .words import ARRIVAL_NOUNS

_PLACE_TYPES = frozenset({"LOC", "GOV"})
_OF = frozenset({"de", "d'", "d’", "du", "des"})


def _owner_noun(tok, index: EntityIndex):
    """The common noun, naming no entity, whose "de" complement ``tok`` stands in (through at most three "de"
    links: "le fonds de retraite de l'État de Z"), or None."""
    own = index.entity_at(tok.i)
    while tok.head is not tok and own is not None and index.entity_at(tok.head.i) == own:
        tok = tok.head   # (the name's head word: "York" of "New York")
    for _ in range(3):
        if tok.dep_ != "nmod" or tok.head.i >= tok.i or (case_of(tok) or tok.doc[tok.left_edge.i].lower_) not in _OF:
            return None
        tok = tok.head
        if tok.pos_ == "NOUN" and index.entity_at(tok.i) is None:
            # (a noun that names its complement itself, "la capitale de Z", "la ville de Z", is no other body)
            return None if tok.lower_ in _SELF_NOUNS else tok
    return None


@acts_on(lambda w: w.verbal and w.dep == "acl")
def participle_not_on_its_nouns_place(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"le fonds de pension de Z, présidé par X": not Z."""
    passed = out.get("pass")
    if not verbal or not passed or t.dep_ != "acl" or not any(c.dep_ == "obl:agent" for c in t.children):
        return
    doc = t.doc
    # (only a name inside the words of the noun the participle hangs on: not one that noun stands for by
    # apposition, "l'Autorité Y, le gendarme des banques présidé par X")
    drop = [x for x in passed if isinstance(x[1], int) and t.head.left_edge.i <= x[1] < t.i
            and index.type_of(x[0]) in _PLACE_TYPES and _owner_noun(doc[x[1]], index) is not None]
    if drop:
        out.keep("pass", lambda x: x not in drop)
        if "pass" not in out:
            out["_no_linear"] = []


# the founding verbs of founded.by_company / founded.verb
_FOUNDING_VERBS = frozenset({"créer", "fonder", "cofonder", "co-fonder", "lancer"})
# nouns of a body set up by others, whose name may follow after a comma ("une nouvelle alliance, Z")
_BODY_NOUNS = frozenset({"alliance", "société", "structure", "entreprise", "centrale", "holding", "plateforme",
                         "start-up", "coopérative", "association", "fondation", "banque", "agence", "compagnie",
                         "mouvement", "parti", "fonds", "cabinet"})


@acts_on(lambda w: w.verbal and (w.lemma in _FOUNDING_VERBS or w.lem in _FOUNDING_VERBS))
def body_named_after_comma(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"A et B ont fondé une nouvelle alliance à l'achat, Z, qui …": Z (slot "obj")."""
    if not verbal or out.get("obj") or not out.wants("obj"):
        return
    tv = t.doc
    n = len(tv)
    for c in t.children:
        if c.dep_ != "obj" or c.lower_ not in _BODY_NOUNS or index.entity_at(c.i) is not None or c.i < t.i:
            continue
        if not any(d.dep_ == "det" and d.lower_ in ("une", "un", "leur", "sa", "son") for d in c.children):
            return   # (an indefinite or the founders' own: "la société" may be one named before)
        end = c.right_edge.i + 1
        k = end + 1
        if k + 1 < n and tv[k].lower_ in ("l'", "l’", "le", "la") and index.kinds.get(k + 1) == "name":
            k += 1   # ("son propre mouvement, l'Union des droites")
        if k >= n or tv[end].text != "," or index.kinds.get(k) != "name":
            return
        name = index.entity_at(k)
        if name is None or index.type_of(name) not in ("ORG", "OTHER"):
            return
        last = k
        while last + 1 < n and index.entity_at(last + 1) == name:
            last += 1
        # an apposition closed by a comma or the sentence's end, not the next clause's subject ("…, Z détient")
        if last + 1 < n and tv[last + 1].text not in (",", ".", ";", "(", ":"):
            return
        out.put("obj", [(name, k)])
        return


_MEMBER_WORDS = frozenset({"membre", "membres"})
_COPULAS = frozenset({"est", "sont", "était", "étaient", "fut", "furent", "reste", "restent", "demeure", "demeurent"})
_LIST_WORDS = frozenset({",", "et"})


@acts_on(lambda w: not w.verbal and w.lower in _MEMBER_WORDS)
def members_after_dont(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Y (ACR), dont A et B sont membres": A and B (slot "dont_members") of Y (slot "dont_body")."""
    if verbal or t.lower_ not in _MEMBER_WORDS or t.i < 4:
        return
    tv = t.doc
    j = t.i - 1
    if tv[j].lower_ not in _COPULAS:
        return
    j -= 1
    members = []
    while j > t.sent.start and tv[j].lower_ != "dont":
        name = index.entity_at(j)
        if name is not None and index.kinds.get(j) == "name":
            if not members or members[-1][0] != name:
                members.append((name, j))
        elif tv[j].lower_ not in _LIST_WORDS:
            return   # (only names listed: "dont le président X est membre" is another clause)
        j -= 1
    if tv[j].lower_ != "dont" or not members or j < 2 or tv[j - 1].text != ",":
        return
    k = j - 2
    if tv[k].text == ")":   # ("Y (ACR), dont …": the name before the acronym)
        while k > t.sent.start and tv[k].text != "(":
            k -= 1
        k -= 1
    body = index.entity_at(k) if k >= 0 and index.kinds.get(k) == "name" else None
    if body is None or any(m[0] == body for m in members):
        return
    out.put("dont_members", members[::-1])
    out.put("dont_body", [(body, k)])


_NAME_BEARING = frozenset({"porte", "portent", "portait", "portaient", "portera"})


def _bears_the_name(noun) -> bool:
    """"le groupe qui porte son nom": a relative clause on ``noun`` whose verb is "porter" and whose object is
    "nom" with a possessive."""
    for v in noun.children:
        if v.dep_ == "acl:relcl" and v.lower_ in _NAME_BEARING and any(
                o.dep_ == "obj" and o.lower_ == "nom" and any(d.lower_ in ("son", "leur") for d in o.children)
                for o in v.children):
            return True
    return False


@acts_on(lambda w: not w.verbal and w.pos == "NOUN")
def company_bearing_the_name(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X, PDG du groupe qui porte son nom": the company named X's surname (slot "prep:de")."""
    heads = out.get("head")
    if verbal or not heads:
        return
    # (the parser may hang the relative on the title itself: "le PDG du groupe | qui porte son nom")
    noun = next((c for c in t.children if c.dep_ == "nmod" and c.pos_ == "NOUN"
                 and (_bears_the_name(c) or _bears_the_name(t) and c.right_edge.i + 1 < len(t.doc)
                      and t.doc[c.right_edge.i + 1].lower_ == "qui")), None)
    if noun is None:
        return
    for person, _ in heads:
        if index.type_of(person) != "PER":
            continue
        surname = person.split()[-1]
        same = [n for n, e in index.entities.items() if e.type == "ORG" and (surname in (n, n.split()[-1])
                                                                               or surname in e.aliases)]
        if len(same) == 1:
            out["prep:de"] = [(same[0], noun.i)]
            return
    out.pop("prep:de", None)


_POST_NOUNS = frozenset({"tête", "présidence", "direction", "barre", "rênes", "commande", "commandes"})
_DONT_DETS = frozenset({"la", "l'", "l’", "sa"})


def _person_at(index: EntityIndex, k: int):
    name = index.entity_at(k) if k >= 0 and index.kinds.get(k) == "name" else None
    return name if name is not None and index.type_of(name) == "PER" else None


@acts_on(lambda w: not w.verbal and w.lower in _POST_NOUNS)
def arrival_after_dont_or_aside(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X, dont la nomination à la tête de Y …", "La nomination, le 22 juin, de X à la tête de Y": X."""
    if verbal or out.get("arrival") or t.lower_ not in _POST_NOUNS or t.i < 3:
        return
    tv = t.doc
    a = t.head
    if a.i >= t.i or a.lemma_.lower() not in ARRIVAL_NOUNS or tv[t.i - 1].lower_ not in ("à", "au") and \
            tv[t.i - 2].lower_ not in ("à", "au"):
        return
    i = a.i
    if i >= 4 and tv[i - 1].lower_ in _DONT_DETS and tv[i - 2].lower_ == "dont" and tv[i - 3].text == ",":
        who = _person_at(index, i - 4)
        if who is not None:
            out.put("arrival", [(who, i - 4)])
        return
    if i + 1 < len(tv) and tv[i + 1].text == ",":
        # past the aside's closing comma, within a few words (a date, a place), then "de X"
        for j in range(i + 2, min(i + 9, t.i)):
            if tv[j].text == ",":
                if j + 2 < t.i and tv[j + 1].lower_ in ("de", "d'", "d’"):
                    who = _person_at(index, j + 2)
                    if who is not None:
                        out.put("arrival", [(who, j + 2)])
                return


PEOPLE27_READERS = Readers(participle_not_on_its_nouns_place, body_named_after_comma, members_after_dont,
                           company_bearing_the_name, arrival_after_dont_or_aside)
