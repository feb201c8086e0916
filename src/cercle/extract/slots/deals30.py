"""(s30-deals30) The deal piece's parties named by their role (extract/deal_frame30.py reads the one deal of the
text from its lead: buyer, target, seller).

- an adviser of a party named by its role: "X conseillait l'acheteur", "l'acquéreur était conseillé par X",
  "la vente, pilotée par X pour le compte du vendeur", "X est intervenu pour le compte du cédant", "X, conseil du
  repreneur", "les avocats du vendeur, X": X works for that party (slots "deal_adviser", "deal_client" of
  works.deal_adviser).
- the rival bidders of the deal: "(la vente) avait attiré deux autres candidats : A et B", "A et B, les autres
  prétendants", "A, candidat malheureux", "le candidat malheureux, A", "A était aussi candidat", "A serait candidat
  à la reprise": each bid for the frame's target (slots "rival_bidder", "deal_target" of bids.rival_bidder); never
  the buyer, seller or target themselves.
- the bidders the buyer beat: "X a devancé A et B", "A a été devancé par X", "« Nous avons coiffé A au poteau »,
  se réjouit X", when X is the buyer of the text's one deal: A and B bid for its target (bids.beaten_bidder).
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import _subject_of, case_of, entities_at, extend_list, lemma_of
from ..deal_frame30 import ROLES, deal_frame, role_party
from .found import Found
from .gate import Readers, acts_on

_ADVISE = frozenset({"conseiller", "accompagner", "représenter", "assister", "épauler", "défendre", "mandater"})
# "pour le compte du vendeur": the acts done for him
_ACT_FOR = frozenset({"piloter", "mener", "conduire", "organiser", "orchestrer", "intervenir", "agir", "travailler",
                      "conseiller", "accompagner", "négocier", "gérer"})
_ADVISER_NOUNS = frozenset({"conseil", "conseils", "conseiller", "conseillers", "banquier", "banquiers", "avocat",
                            "avocats", "banque-conseil", "banque", "banques"})
_RIVALS = frozenset({"candidat", "candidats", "prétendant", "prétendants", "enchérisseur", "enchérisseurs",
                     "repreneur", "repreneurs", "soumissionnaire", "soumissionnaires"})
_PARTY_TYPES = ("PER", "ORG")


def _named(items, index) -> list[tuple[str, int]]:
    return [x for x in items if x[1] >= 0 and index.type_of(x[0]) in _PARTY_TYPES]


def _name_after_comma(n, index) -> list[tuple[str, int]]:
    """"les avocats du vendeur, le cabinet X, …": the name the comma closing the noun phrase opens, with at most a
    determiner and a common noun before it (the parser often makes it a second subject)."""
    doc = n.doc
    j = n.right_edge.i + 1
    if j >= len(doc) or doc[j].text != ",":
        return []
    for k in range(j + 1, min(j + 4, len(doc))):
        name = index.by_token.get(k)
        if name is not None:
            if index.kinds.get(k) == "introducer" and index.by_token.get(k + 1) == name:
                k += 1   # ("le cabinet X": the descriptor the name's span begins with)
            return [(name, k)] if index.kinds.get(k) == "name" else []
        if doc[k].pos_ not in ("DET", "NOUN", "ADJ"):
            return []
    return []


def _name_before_comma(n, index) -> list[tuple[str, int]]:
    """"…, reconnaît A, candidat malheureux.": the name right before the comma that opens the noun phrase, when
    the phrase is closed by a comma or the sentence's end (an apposition, not a clause's subject)."""
    doc = n.doc
    left, right = n.left_edge.i, n.right_edge.i
    while left < n.i and doc[left].pos_ == "DET":
        left += 1
    if left < 2 or doc[left - 1].text != "," or right + 1 >= len(doc) or doc[right + 1].text not in (",", ".", ";"):
        return []
    name = index.by_token.get(left - 2)
    return [(name, left - 2)] if name is not None and index.kinds.get(left - 2) == "name" else []


def _appos_names(n, index) -> list[tuple[str, int]]:
    """Names set beside a noun: its appositions, or the name it is the apposition of; else the name after the
    comma that closes it, or before the comma that opens it."""
    got = [x for c in n.children if c.dep_ in ("appos", "flat:name") for x in entities_at(c, index)]
    if n.dep_ == "appos":
        got += entities_at(n.head, index)
    return got or _name_after_comma(n, index) or _name_before_comma(n, index)


def _advisers_of(t, index) -> list[tuple[str, int]]:
    h = t.head
    # "X conseillait l'acheteur", "X a accompagné le vendeur" ("représentait le cédant": the participle-like noun
    # parsed as the verb's complement)
    if t.dep_ in ("obj", "xcomp") and h.pos_ == "VERB" and lemma_of(h) in _ADVISE:
        return _subject_of(h, index)
    # "l'acquéreur était conseillé par X"
    if t.dep_ == "nsubj:pass" and h.pos_ == "VERB" and lemma_of(h) in _ADVISE:
        return [x for c in h.children if c.dep_ == "obl:agent" for x in entities_at(c, index)]
    if t.dep_ in ("nmod", "obl", "obl:mod") and case_of(t) in ("de", "d'", "d’", "du", "des"):
        # "pour le compte du vendeur": the act done on its behalf and who did it
        if h.lower_ == "compte" and case_of(h) == "pour":
            act = h.head
            if act.pos_ == "VERB" and lemma_of(act) in _ACT_FOR:
                agents = [x for c in act.children if c.dep_ == "obl:agent" for x in entities_at(c, index)]
                if agents:
                    return agents
                if act.dep_ != "acl":
                    return _subject_of(act, index)
            return []
        # "X, conseil du repreneur", "les avocats du vendeur, X"
        if h.lower_ in _ADVISER_NOUNS and h.pos_ == "NOUN":
            return _appos_names(h, index)
    return []


@acts_on(lambda w: w.lower in ROLES and (w.pos == "NOUN" or w.lower == "cédant"))
def deal_adviser(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X conseillait l'acheteur", "piloté par X pour le compte du vendeur": X works for the deal's buyer/seller."""
    if t.lower_ not in ROLES or not (t.pos_ == "NOUN" or t.lower_ == "cédant") or "deal_client" in out or not out.wants("deal_adviser"):
        return
    party = role_party(t, index)
    if party is None:
        return
    advisers = [x for x in _named(_advisers_of(t, index), index) if x[0] != party]
    frame = deal_frame(t.doc, index)
    advisers = [x for x in advisers if x[0] not in (frame["buyer"], frame["seller"], frame["target"])]
    if not advisers:
        return
    out.put("deal_adviser", advisers)
    out.put("deal_client", [(party, -1)])
    out["_no_linear"] = []


def _rivals_named(t, index, doc) -> list[tuple[str, int]]:
    """The names a rival noun lists: "deux autres candidats : A et B", "A et B, les autres prétendants", "A,
    candidat malheureux", "le candidat malheureux, A"."""
    got = _appos_names(t, index)
    # "… candidats : A et B": the names after the colon, however the parser hung them
    j = t.right_edge.i + 1 if t.right_edge.i == t.i else t.i + 1
    while j < len(doc) and doc[j].pos_ in ("ADJ",) and j <= t.i + 2:
        j += 1
    if j < len(doc) and doc[j].text == ":":
        k = j + 1
        while k < len(doc) and k <= j + 4 and index.by_token.get(k) is None and doc[k].text not in (".", ";", ":"):
            k += 1
        first = index.by_token.get(k) if k < len(doc) else None
        if first is not None:
            got += extend_list(doc, index, [(first, k)])
    if t.dep_ in ("nsubj", "obj", "appos", "conj") or got:
        got += [x for c in t.children if c.dep_ == "conj" for x in entities_at(c, index)]
    # "A et B, les autres prétendants": the noun set beside the names it follows
    if t.dep_ == "appos" and not got:
        got = entities_at(t.head, index)
    out = []
    for x in got:
        if x not in out:
            out.append(x)
    return out


def _is_rival(t) -> bool:
    """Other than the winner: "autres candidats", "candidat malheureux", "prétendants évincés"."""
    mods = {c.lower_ for c in t.children if c.dep_ in ("amod", "det", "nummod")}
    return bool(mods & {"autre", "autres", "malheureux", "malheureuse", "malheureuses", "évincé", "évincés",
                        "éconduit", "éconduits", "écarté", "écartés", "recalé", "recalés", "perdant", "perdants"})


_DEAL_ACTS = frozenset({"reprise", "rachat", "acquisition", "cession", "vente", "offre", "opération"})


_AIM_CASES = frozenset({"à", "au", "aux", "pour", "de", "du", "d'", "d’", "des"})


def _bidder_predicate(t, index) -> list[tuple[str, int]]:
    """"X était aussi candidat", "X serait candidat à la reprise", "X est sur les rangs comme prétendant": the
    subject of the noun said of it (a copula), when the noun names no other aim ("candidat à la mairie" is
    not a deal) nor a company of its own ("candidat au rachat de Y" is read by the sentence rules)."""
    if not any(c.dep_ == "cop" for c in t.children):
        return []
    for c in t.children:
        if c.dep_.startswith(("nmod", "obl", "iobj")) and case_of(c) in _AIM_CASES and (c.lemma_.lower() not in _DEAL_ACTS or any(
                k.dep_ == "nmod" for k in c.children) or entities_at(c, index)):
            return []
    subj = [c for c in t.children if c.dep_ == "nsubj"]
    if subj:
        return [x for c in subj for x in entities_at(c, index)]
    # "A, premier actionnaire depuis 2019, serait candidat": the name opening the sentence, set off by commas
    # from the copula (the parser often loses the subject across the apposition)
    cop = next(c for c in t.children if c.dep_ == "cop")
    doc, k = t.doc, t.sent.start
    while doc[k].pos_ == "DET":
        k += 1
    name = index.by_token.get(k)
    if name is None or index.kinds.get(k) not in ("name", "introducer") or doc[cop.i - 1].text != ",":
        return []
    while k < cop.i and index.by_token.get(k) == name:
        k += 1
    return [(name, k - 1)] if doc[k].text == "," else []


@acts_on(lambda w: w.lower in _RIVALS and w.pos in ("NOUN", "VERB"))
def rival_bidder(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"(la vente) avait attiré deux autres candidats : A et B", "A, candidat malheureux": A and B bid for the
    target of the text's one deal. ("X était candidat": the noun after a copula is often tagged a verb.)"""
    if t.lower_ not in _RIVALS or t.pos_ not in ("NOUN", "VERB") or "deal_target" in out \
            or not out.wants("rival_bidder"):
        return
    predicate = _bidder_predicate(t, index)
    if not predicate and (t.pos_ != "NOUN" or not _is_rival(t)):
        return
    frame = deal_frame(t.doc, index)
    if frame is None or frame["target"] is None:
        return
    parties = {frame["buyer"], frame["seller"], frame["target"]}
    rivals = [x for x in _named(predicate or _rivals_named(t, index, t.doc), index)
              if x[0] not in parties and index.type_of(x[0]) == "ORG" or
              (x[0] not in parties and index.type_of(x[0]) == "PER")]
    if not rivals:
        return
    out.put("rival_bidder", rivals)
    out.put("deal_target", [(frame["target"], -1)])
    out["_no_linear"] = []


# verbs by which the winner of a deal beats the others ("X a devancé A et B", "X a coiffé A au poteau")
_BEAT = frozenset({"devancer", "coiffer", "évincer", "supplanter", "battre", "doubler"})


@acts_on(lambda w: w.verbal and w.lemma in _BEAT)
def beaten_bidder(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a devancé A et B", "X, qui a coiffé A au poteau", "A a été devancé par X": when X is the buyer of the
    text's one deal, A (and B) bid for its target."""
    if not verbal or lemma_of(t) not in _BEAT or "deal_target" in out or not out.wants("beaten_bidder"):
        return
    frame = deal_frame(t.doc, index)
    if frame is None or frame["buyer"] is None or frame["target"] is None:
        return
    passive = any(c.dep_ == "aux:pass" for c in t.children)
    if passive:
        winners = [x for c in t.children if c.dep_ == "obl:agent" for x in entities_at(c, index)]
        beaten = [x for c in t.children if c.dep_ == "nsubj:pass" for x in entities_at(c, index)]
    else:
        winners = _subject_of(t, index)
        beaten = [x for c in t.children if c.dep_ == "obj" for x in entities_at(c, index)]
        k = t.i + 1   # ("X a devancé A et B": the names right after the verb, however the parser hung them)
        if not beaten and k < len(t.doc) and index.kinds.get(k) == "name":
            beaten = [(index.by_token[k], k)]
        if beaten:
            beaten = extend_list(t.doc, index, beaten[:1]) + beaten[1:]
    if not any(w[0] == frame["buyer"] for w in winners):
        return
    parties = {frame["buyer"], frame["seller"], frame["target"]}
    beaten = [x for x in _named(beaten, index) if x[0] not in parties]
    if beaten:
        out.put("beaten_bidder", beaten)
        out.put("deal_target", [(frame["target"], -1)])
        out["_no_linear"] = []


DEALS30_READERS = Readers(deal_adviser, rival_bidder, beaten_bidder)
