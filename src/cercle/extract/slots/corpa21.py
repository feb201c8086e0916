"""(s21-corpA) Conflict and cooperation constructions that real press passages use and the other readers miss:

- a complaint whose "contre Y" phrase also carries the offence before it: "X a porté plainte pour « faux »
  contre le site Y" (the parser gives the phrase two case words, "pour" first; slot "complaint_far_against");
- a pact or agreement whose "avec Y" the parser hangs on the verb that concludes it: "X a conclu un pacte avec
  le groupe Y" (slot "pact_with"), or concluded in a clause of purpose: "X s'est rendu à Moscou pour conclure un
  pacte avec Y" (slot "pact_maker": the subject of the verb the clause hangs on);
- a meeting or talks that "took place between" the parties: "des discussions ont eu lieu entre A et B", "une
  rencontre a eu lieu entre le président A, son homologue B et la ministre C" (slot "held_between");
- sanctions a verb of striking lays on its object: "X a frappé Y de sanctions" (slots "striker", "struck");
- a meeting with the leaders of a body: "X a reçu les dirigeants du syndicat Y" (slot "leaders_of");
- a foe one makes of another: "X a fait du parti Y son principal adversaire" (slots "foe_maker", "made_foe");
- support named after a colon: "X peut compter sur un soutien de poids : Y", "… sur le soutien de ses
  actionnaires : A et B" (slots "backers", "backed");
- an award won against a party: "X a obtenu une sentence arbitrale de 2 milliards contre Y" (slot
  "award_against");
- a rival one poses as: "X se pose en rivale européenne de Y" (slot "posed_as").
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import PERSON_TITLES, _subject_of, case_of, entities_at, lemma_of
from .found import Found
from .gate import Readers, acts_on

_COMPLAINTS = frozenset({"plainte", "plaintes"})
# (not "alliance", nor a party as partner: a political alliance or agreement is ALLY_OF, rules ally.alliance_*)
_PACTS = frozenset({"pacte", "accord", "partenariat", "protocole"})
_CONCLUDE = frozenset({"conclure", "signer", "nouer", "sceller", "passer", "parapher"})
# talks or a meeting; "discussions" counts only when the sentence says they took place (not "des discussions
# en vue d'un rachat", which the capital rules read)
_MEETINGS = frozenset({"discussion", "discussions", "rencontre", "réunion", "entretien", "entretiens",
                       "entrevue", "négociation", "négociations", "pourparlers"})
_HELD = frozenset({"avoir", "tenir", "dérouler"})   # "avoir lieu", "se tenir", "se dérouler"
_PHRASE_DEPS = ("obl", "obl:mod", "obl:arg", "nmod")


@acts_on(lambda w: w.lower in _COMPLAINTS)
def complaint_far_against(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a porté plainte pour « faux » contre le site Y": the phrase whose case words are "pour … contre"."""
    if verbal or t.dep_ != "obj" or t.lower_ not in _COMPLAINTS:
        return
    verb = t.head
    phrases = [c for c in (*t.children, *verb.children) if c.dep_ in _PHRASE_DEPS and c.i > t.i
               and case_of(c) != "contre"]
    got = [x for c in phrases if any(k.dep_ == "case" and k.lower_ == "contre" for k in c.children)
           for x in entities_at(c, index)]
    # ("plainte pour « diffamation » contre le journal Y": "contre Y" hung on the offence)
    got += [x for c in phrases if case_of(c) == "pour" for k in c.children
            if k.dep_ == "nmod" and case_of(k) == "contre" for x in entities_at(k, index)]
    # ("contre la ministre des Sports, Z": the person named, never the ministry her title names)
    if any(k.lower_ in PERSON_TITLES for c in phrases for k in c.subtree if k.i > t.i):
        got = [x for x in got if index.type_of(x[0]) == "PER"]
    out.put("complaint_far_against", got)


@acts_on(lambda w: w.lower in _PACTS)
def pact_with(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a conclu un pacte avec le groupe Y": "avec Y" on the concluding verb, right after the pact."""
    if verbal or t.dep_ != "obj" or t.lower_ not in _PACTS or lemma_of(t.head) not in _CONCLUDE:
        return
    from ..parties import is_party
    verb = t.head
    own = [c for c in t.children if c.dep_ == "nmod" and case_of(c) == "avec"]
    if verb.dep_ in ("advcl", "xcomp") and not any(c.dep_.startswith("nsubj") for c in verb.children):
        maker = [x for c in verb.head.children if c.dep_ == "nsubj" for x in entities_at(c, index)]
        if maker:
            out.put("pact_maker", maker)
    elif own:
        return   # (the noun's own "avec" phrase and the verb's subject: partners.noun reads them)
    phrases = own or [c for c in verb.children if c.dep_ in ("obl", "obl:mod", "obl:arg")
                      and case_of(c) == "avec" and c.i > t.i]
    out.put("pact_with", [x for c in phrases for x in entities_at(c, index)
                          if not is_party(x[0], index, t.doc)])


def _members(c, index: EntityIndex) -> list:
    """The names of a phrase and of the phrases in apposition or coordination with it ("le président A, son
    homologue B et la ministre C")."""
    got, todo = [], [c]
    while todo:
        k = todo.pop()
        got += entities_at(k, index)
        todo += [g for g in k.children if g.dep_ in ("appos", "conj")]
    seen, out = set(), []
    for x in got:
        if x[1] not in seen:
            seen.add(x[1])
            out.append(x)
    return out


@acts_on(lambda w: w.lower in _MEETINGS)
def held_between(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"des discussions ont eu lieu entre A et B", "une rencontre s'est tenue entre A, B et C": the parties."""
    if verbal or t.dep_ != "nsubj" or t.lower_ not in _MEETINGS:
        return
    verb = t.head
    if lemma_of(verb) not in _HELD:
        return
    if lemma_of(verb) == "avoir" and not any(c.lower_ == "lieu" and c.dep_ == "obj" for c in verb.children):
        return
    out.put("held_between", [x for c in verb.children if c.dep_ in ("obl", "obl:mod", "obl:arg")
                             and case_of(c) == "entre" for x in _members(c, index)])


_SANCTION_NOUNS = frozenset({"sanction", "sanctions"})
_STRIKE = frozenset({"frapper", "viser", "cibler"})


@acts_on(lambda w: w.lower in _SANCTION_NOUNS)
def struck_with_sanctions(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a frappé Y de sanctions": the parser hangs "de sanctions" on Y, the verb's object."""
    if verbal or t.dep_ != "nmod" or t.lower_ not in _SANCTION_NOUNS or case_of(t) not in ("de", "d'"):
        return
    target = node = t.head
    if node.dep_ in ("nmod", "appos") and case_of(node) is None:
        node = node.head   # ("a frappé le pétrolier Y de sanctions": the name hangs on its description)
    verb = node.head
    if node.dep_ != "obj" or verb.pos_ != "VERB" or lemma_of(verb) not in _STRIKE:
        return
    struck = entities_at(target, index) or entities_at(node, index)
    striker = [x for c in verb.children if c.dep_ == "nsubj" for x in entities_at(c, index)]
    if struck and striker:
        out.put("struck", struck)
        out.put("striker", striker)


# the people who speak for a body at a meeting (the envoys proper: bonds.yaml envoy_nouns, rule meets.envoys)
_LEADERS = frozenset({"dirigeants", "dirigeantes", "représentants", "représentantes", "responsables", "leaders",
                      "chefs", "patrons",
                      # ((s29-people29) "la direction de Y": its management, met for Y)
                      "direction", "directions", "délégation", "délégations", "émissaires"})
_MEET_VERBS = frozenset({"recevoir", "rencontrer", "accueillir", "convoquer"})


@acts_on(lambda w: w.lemma in _MEET_VERBS)
def leaders_of(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a reçu les dirigeants du syndicat Y": X met Y (the leaders' body, named by a "de" phrase)."""
    if not verbal or lemma_of(t) not in _MEET_VERBS:
        return
    objs = [o for o in t.children if o.dep_ == "obj"]
    # ((s29-people29) "… les représentants de A et la direction de B": each conjunct of the object)
    objs += [k for o in objs for k in o.children if k.dep_ == "conj" and k.pos_ == "NOUN"]
    for o in objs:
        if o.lower_ in ("direction", "directions") and lemma_of(t) == "recevoir" and o.dep_ != "conj":
            continue   # ("X a reçu la direction de Y": given the helm of Y, unless listed with envoys)
        if o.lower_ in _LEADERS:
            bodies = [x for c in o.children if c.dep_ == "nmod" and case_of(c) in ("de", "du", "des")
                      for x in entities_at(c, index)]
            # (the noun stands for no one else: what entities_at finds on it is its "de" body, or nothing;
            # "la direction de Y" reads as Y)
            listed = {n for k in o.children if k.dep_ == "conj" for n, _ in entities_at(k, index)}
            if bodies and {n for n, _ in entities_at(o, index)} <= {n for n, _ in bodies} | listed:
                out.put("leaders_of", bodies)
                # (no fall back to the nearest names: "a reçu à Matignon les dirigeants de Y" did not meet the place)
                out["_no_linear"] = []


_FOES = frozenset({"adversaire", "adversaires", "rival", "rivale", "ennemi", "ennemie", "opposant", "opposante",
                   "cible", "bête noire"})


@acts_on(lambda w: w.lower in _FOES)
def made_foe(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a fait du parti Y son principal adversaire": the "de" phrase of "faire" is the foe of its subject (the
    parser hangs the noun on the verb or on the "de" phrase)."""
    if verbal or t.lower_ not in _FOES or not any(c.dep_ == "det" and c.lower_ in ("son", "sa", "ses", "leur", "leurs")
                                                  for c in t.children):
        return
    verb = t.head
    if lemma_of(verb) != "faire" and lemma_of(verb.head) == "faire" and case_of(verb) in ("de", "du", "des", "d'"):
        verb = verb.head
    if lemma_of(verb) != "faire":
        return
    foes = [x for c in verb.children if c.dep_ in ("obl", "obl:arg", "obl:mod") and c.i < t.i
            and case_of(c) in ("de", "du", "des", "d'") for x in entities_at(c, index)]
    makers = [x for c in verb.children if c.dep_ == "nsubj" for x in entities_at(c, index)]
    if foes and makers:
        out.put("made_foe", foes)
        out.put("foe_maker", makers)


_BACKING = frozenset({"soutien", "soutiens", "appui", "appuis", "allié", "alliés", "alliée"})


@acts_on(lambda w: w.lower in _BACKING)
def backers_after_colon(t, index: EntityIndex, out: Found, verb: bool) -> None:
    """"X peut compter sur un soutien de poids : Y": the names after the colon back the subject of "compter"."""
    if verb or t.lower_ not in _BACKING or case_of(t) != "sur" or lemma_of(t.head) != "compter":
        return
    doc = t.doc
    end = t.sent.end
    colon = next((k for k in range(t.i + 1, min(end, t.i + 8)) if doc[k].text == ":"), None)
    if colon is None:
        return
    first = next((doc[k] for k in range(colon + 1, min(end, colon + 4)) if doc[k].pos_ in ("PROPN", "NOUN")), None)
    if first is None:
        return
    # ("X peut compter sur…": the subject of "pouvoir" when "compter" is its complement)
    holder = t.head
    backed = [x for c in holder.children if c.dep_ == "nsubj" for x in entities_at(c, index)]
    if not backed and holder.dep_ == "xcomp":
        backed = [x for c in holder.head.children if c.dep_ == "nsubj" for x in entities_at(c, index)]
    backers = _members(first, index)
    if backed and backers:
        out.put("backers", backers)
        out.put("backed", backed)


@acts_on(lambda w: w.lower == "sentence")
def award_against(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a obtenu une sentence arbitrale de 2 milliards contre Y": "contre Y" may hang on the amount."""
    if verbal or t.lower_ != "sentence" or t.dep_ != "obj" or lemma_of(t.head) not in ("obtenir", "remporter", "gagner"):
        return
    out.put("award_against", [x for k in t.subtree if k.dep_ == "nmod" and case_of(k) == "contre"
                              for x in entities_at(k, index)])


_RIVALS = frozenset({"rival", "rivale", "concurrent", "concurrente", "challenger", "alternative"})
_POSE = frozenset({"poser", "ériger", "présenter", "positionner", "imposer", "affirmer"})


@acts_on(lambda w: w.lower in _RIVALS)
def posed_as(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X se pose en rivale européenne de Y", "X se positionne comme concurrent de Y": X is Y's rival."""
    if verbal or t.lower_ not in _RIVALS or case_of(t) not in ("en", "comme") or lemma_of(t.head) not in _POSE:
        return
    # ((s29-fights29) the subject through a relative: "Y, qui se pose en concurrent de Z")
    out.put("posed_as", _subject_of(t.head, index))


CORPA21_READERS = Readers(complaint_far_against, pact_with, held_between, struck_with_sanctions, leaders_of,
                          made_foe, backers_after_colon, award_against, posed_as)
