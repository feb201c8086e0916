"""(s24-prec24) Parties that earlier readers put in a slot against a plain rule of French attachment.

- "X, son directeur de cabinet lorsque Y dirigeait Z, …": a verb right after "lorsque/quand/puisque … Y" has
  Y for its subject (the subordinate clause's own); the parser often hangs "lorsque Y" on the noun before
  and gives the verb the main clause's subject (X).
- "la montée de A au capital, orchestrée par X, à la tête de Y": "à la tête de Y" set off by a comma right
  after a participle's agent describes that person; the parser hangs it on the participle, and the readers
  then give it the subject of the main clause.
- "X a rallié à sa société Y le banquier Z": a non-reflexive "rallier" brings its object (Z) to the "à" phrase
  (one's own camp); only "se rallier à Y" makes Y the one rallied to.
- "X a rencontré Y, le patron de Z, la filiale de W": the parser makes "le patron" a second object and "la
  filiale" its conjunct or apposition; both describe Y (prec23's apposed_second_object), and W is no object either.
- "X a financé le rachat de Y": the company bought is not paid; only a name further down the chain ("l'achat de
  deux navires de Y": the builder or seller) is.
- "X va investir dans une filiale de Y regroupant ses marques, A, B et C": a present participle glued to the
  noun before it (no comma, no "en") describes that noun; the parser hangs it on the main verb, whose subject
  (X) it then inherits.
- "A, maison mère de B et de C, et le réassureur présidé par X": a participle glued to an unnamed noun with
  its article describes that noun; a name before the noun's phrase (C, the nearest) is none of its parties
  (and "L'assureur A et le réassureur B, présidé par X": lists.py keeps A out of the singular participle's
  list mates).
- "X va investir dans une nouvelle filiale de Y": the money goes into the unit, not into Y, its parent.
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import lemma_of
from .found import Found
from .gate import Readers, acts_on
from .prec23 import climbs_through_de

# conjunctions that open a subordinate clause whose subject follows them
_SUBORDINATORS = frozenset({"lorsque", "lorsqu'", "lorsqu’", "quand", "puisque", "puisqu'", "puisqu’"})
# what may stand between the subordinate clause's subject and its verb ("lorsque X n'en dirigeait pas …")
_BETWEEN_SUBJ_VERB = frozenset({"ne", "n'", "n’", "en", "y", "se", "s'", "s’", "l'", "l’", "le", "la", "les",
                                "lui", "leur", "alors", "déjà", "encore", "toujours", "aussi", "pas", "plus",
                                "jamais", "seul", "seule"})


def _name_start(index: EntityIndex, j: int) -> int:
    who = index.entity_at(j)
    while j > 0 and index.entity_at(j - 1) == who:
        j -= 1
    return j


@acts_on(lambda w: w.verbal)
def subject_after_subordinator(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X, son directeur de cabinet lorsque Y dirigeait Z": Y, not X, is the subject of "dirigeait"."""
    subj = out.get("subj")
    if not verbal or not subj or not any(isinstance(x[1], int) and x[1] < t.i for x in subj):
        return
    tv, j = t.doc, t.i - 1
    while j > 0 and t.i - j <= 5 and (tv[j].pos_ == "AUX" or tv[j].lower_ in _BETWEEN_SUBJ_VERB):
        j -= 1
    if j < 1 or index.kinds.get(j) != "name" or (who := index.entity_at(j)) is None:
        return
    k = _name_start(index, j)
    if k < 1 or tv[k - 1].lower_ not in _SUBORDINATORS:
        return
    if all(x[0] == who for x in subj):
        return
    # (only the subjects found before the conjunction: they belong to the main clause)
    out.keep("subj", lambda x: not (isinstance(x[1], int) and x[1] < k - 1))
    out.put("subj", [(who, k)])
    out["_no_linear"] = []


_HELM_NOUNS = frozenset({"tête", "commandes", "barre", "rênes"})


@acts_on(lambda w: not w.verbal and w.lower in _HELM_NOUNS)
def helm_after_named_person(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"…, orchestrée par X, à la tête de Y": X, the person the set-off phrase follows, leads Y."""
    if verbal or t.lower_ not in _HELM_NOUNS:
        return
    tv, i = t.doc, t.i
    # "à la tête", "aux commandes", "à la barre", "aux rênes"
    if i >= 2 and tv[i - 1].lower_ in ("la", "les") and tv[i - 2].lower_ == "à":
        p = i - 2
    elif i >= 1 and tv[i - 1].lower_ == "aux":
        p = i - 1
    else:
        return
    if p < 2 or tv[p - 1].text != "," or index.kinds.get(p - 2) != "name":
        return
    who = index.entity_at(p - 2)
    if who is None or index.type_of(who) != "PER":
        return
    k = _name_start(index, p - 2)
    if not any(tv[j].dep_ == "obl:agent" for j in range(k, p - 1)):
        return   # (only a participle's agent: "X a succédé à son père, Y, à la tête de Z": X leads Z)
    slots = ("arrival", "subj", "osubj", "head")
    found = [x for s in slots for x in out.get(s, ())]
    if not found or all(x[0] == who for x in found):
        return
    for s in slots:
        out.pop(s, None)
    out.put("subj", [(who, k)])
    out["_no_linear"] = []


_REFLEXIVE = frozenset({"se", "s'", "s’", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous"})


@acts_on(lambda w: w.verbal and (w.lemma == "rallier" or w.lem == "rallier"))
def rally_destination_no_ally(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a rallié à sa société Y le banquier Z": Y is where Z is brought, no ally (only "se rallier à Y")."""
    if not verbal or "prep:à" not in out or lemma_of(t) != "rallier":
        return
    tv = t.doc
    if any(c.lower_ in _REFLEXIVE and c.i < t.i for c in t.children) \
            or any(tv[j].lower_ in _REFLEXIVE for j in range(max(0, t.i - 3), t.i)):
        return
    out.pop("prep:à", None)


def _apposed_nouns(t, index: EntityIndex) -> list:
    """The nouns the parser made second objects (and their comma conjuncts) after a named first object."""
    objs = [c for c in t.children if c.dep_ == "obj"]
    tv, got = t.doc, []
    for first, second in zip(objs, objs[1:]):
        if index.entity_at(first.i) is None or second.pos_ != "NOUN" or index.entity_at(second.i) is not None:
            continue
        who, end = index.entity_at(first.i), first.right_edge.i
        while end + 1 < second.left_edge.i and index.entity_at(end + 1) == who:
            end += 1   # ("Luca de Meo": the parser cuts the name at "de")
        between = tv[end + 1:second.left_edge.i]
        if not between or between[-1].text != "," or any(w.pos_ != "PUNCT" for w in between):
            continue
        for c in second.children:
            if c.dep_ in ("conj", "appos") and c.pos_ == "NOUN" and index.entity_at(c.i) is None \
                    and "," in (tv[c.left_edge.i].text, tv[c.left_edge.i - 1].text) and not any(k.dep_ == "cc" for k in c.children):
                got.append(c)
    return got


def _in_de_phrase(tv, i: int, noun) -> bool:
    """Token i sits in the noun's "de" phrases (through nmod links only)."""
    return climbs_through_de(tv, i, noun, lambda dep: dep != "nmod" and not dep.startswith(("flat", "amod", "appos")))


@acts_on(lambda w: w.verbal)
def apposed_chain_object(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a rencontré Y, le patron de Z, la filiale de W": W (in the second apposition) is no object."""
    if not verbal or len(out.get("obj", ())) < 2:
        return
    nouns = _apposed_nouns(t, index)
    if not nouns:
        return
    tv = t.doc
    out.keep("obj", lambda x: not (isinstance(x[1], int) and any(_in_de_phrase(tv, x[1], n) for n in nouns)))


def _complemented_noun(tv, x):
    """A slot's name (its first word at x[1]) and the noun whose "de" phrase it is, or (…, None)."""
    if not isinstance(x[1], int):
        return None, None
    tok = tv[x[1]]
    while tok.dep_.startswith("flat") and tok.head.i != tok.i:
        tok = tok.head
    return tok, (tok.head if tok.dep_ == "nmod" else None)


_MONEY_VERBS = frozenset({"verser", "subventionner", "financer", "cofinancer", "soutenir", "accompagner", "allouer",
                          "débloquer", "octroyer", "apporter"})
_PURCHASE_NOUNS = frozenset({"achat", "rachat", "acquisition", "reprise"})


@acts_on(lambda w: w.verbal and (w.lemma in _MONEY_VERBS or w.lem in _MONEY_VERBS))
def bought_company_not_paid(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a financé le rachat de Y": Y is bought, not paid."""
    if not verbal or "paid_for" not in out:
        return
    tv = t.doc

    def bought(x) -> bool:
        tok, h = _complemented_noun(tv, x)
        return h is not None and h.lemma_.lower() in _PURCHASE_NOUNS and index.entity_at(h.i) is None
    out.keep("paid_for", lambda x: not bought(x))


_NOUN_END = frozenset({"NOUN", "PROPN", "ADJ"})


# what a unit holds (a text's "articles dénonçant …" are the subject's own: only holding verbs)
_HOLD_VERBS = frozenset({"regrouper", "comprendre", "rassembler", "englober", "chapeauter", "coiffer", "détenir",
                         "posséder", "contrôler"})


@acts_on(lambda w: w.verbal and w.lower.endswith("ant") and w.dep in ("advcl", "acl", "conj")
         and (w.lemma in _HOLD_VERBS or w.lem in _HOLD_VERBS))
def present_participle_of_noun(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"une filiale de Y regroupant ses marques A et B": the filiale regroups them, not the main clause's subject."""
    if not verbal or not t.lower_.endswith("ant") or t.dep_ not in ("advcl", "acl", "conj") or t.i < 2 \
            or lemma_of(t) not in _HOLD_VERBS:
        return
    subj = out.get("subj")
    if not subj or "Pres" not in t.morph.get("Tense") or "Part" not in t.morph.get("VerbForm"):
        return
    tv = t.doc
    before = tv[t.i - 1]
    if before.pos_ not in _NOUN_END or tv[t.i - 2].lower_ == "en":
        return
    near = index.entity_at(before.i)
    if near is not None:
        root = tv[_name_start(index, before.i)]
        while root.dep_.startswith("flat") and root.head.i != root.i:
            root = root.head
        if root.dep_ == "nmod" and root.head.pos_ == "NOUN" and index.entity_at(root.head.i) is None \
                and any(c.dep_ == "case" and c.lower_ in ("de", "d'", "d’", "du", "des") for c in root.children):
            near = None   # ("une filiale de Y regroupant …": the noun Y complements is described, not Y)
    if near is not None:
        if all(x[0] == near for x in subj):
            return
        out["subj"] = [(near, _name_start(index, before.i))]
    else:
        # (an unnamed noun: "une nouvelle filiale de Y" stands for no name the slot could take)
        # (nor the name the noun's "de" phrase ends on, the parser hanging the participle on it)
        out.keep("subj", lambda x: not (isinstance(x[1], int) and x[1] <= before.i))
    out["_no_linear"] = []


_INVEST_VERBS = frozenset({"investir", "injecter", "miser"})
_UNIT_NOUNS = frozenset({"filiale", "coentreprise", "branche", "division", "entité", "structure", "société"})


@acts_on(lambda w: w.verbal and (w.lemma in _INVEST_VERBS or w.lem in _INVEST_VERBS))
def invested_unit_not_parent(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X va investir dans une nouvelle filiale de Y": Y is the unit's parent, not the one invested in."""
    if not verbal or "prep:dans" not in out:
        return
    tv = t.doc

    def parent(x) -> bool:
        tok, h = _complemented_noun(tv, x)
        return h is not None and h.lower_ in _UNIT_NOUNS and index.entity_at(h.i) is None \
            and any(c.dep_ == "case" and c.lower_ == "dans" for c in h.children) \
            and any(c.dep_ == "case" and c.lower_ in ("de", "d'", "d’", "du", "des") for c in tok.children)
    out.keep("prep:dans", lambda x: not parent(x))


@acts_on(lambda w: w.verbal and w.dep == "acl")
def participle_of_glued_noun(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"A, maison mère de B et de C, et le réassureur présidé par X": X presides the réassureur, not C (a
    conjunct with its own "et" only: "Y, le parti fondé par X" keeps the name the apposed noun stands for)."""
    if not verbal or t.dep_ != "acl" or "agent" not in out or not out.get("pass"):
        return
    noun, tv = t.head, t.doc
    if noun.pos_ != "NOUN" or noun.i >= t.i or index.entity_at(noun.i) is not None \
            or not any(c.dep_ == "cc" and c.i < noun.i for c in noun.children) \
            or not any(c.dep_ == "det" and c.i < noun.i for c in noun.children) \
            or any(tv[k].pos_ != "ADJ" for k in range(noun.i + 1, t.i)):
        return
    start = noun.left_edge.i
    if all(isinstance(x[1], int) and x[1] < start for x in out["pass"]):
        out.pop("pass", None)
        out["_no_linear"] = []


PREC24_READERS = Readers(
    subject_after_subordinator,   # "X, son directeur de cabinet lorsque Y dirigeait Z": Y
    helm_after_named_person,   # "…, orchestrée par X, à la tête de Y": X
    rally_destination_no_ally,   # "X a rallié à sa société Y le banquier Z": not Y
    apposed_chain_object,   # "X a rencontré Y, le patron de Z, la filiale de W": not W
    bought_company_not_paid,   # "X a financé le rachat de Y": not Y
    present_participle_of_noun,   # "X investit dans une filiale de Y regroupant A, B": not X
    invested_unit_not_parent,   # "X va investir dans une nouvelle filiale de Y": not Y
    participle_of_glued_noun,   # "A, maison mère de B et de C, et le réassureur présidé par X": not C
)
