"""(s24-recall24) Coverage gaps of French where both parties are named in the sentence:

- a company that passes under another's control: "Y est passé (en 2018) sous le contrôle de X", "Y, passé sous le
  contrôle de l'américain X", "Y tombe sous le contrôle de X": X takes Y over (slots "control_owner",
  "control_taken" of acquires.under_control; "Y reste sous le contrôle de X" is no change of hands, "placé sous le
  contrôle de l'État" a supervision: their verbs are not read).
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ...nlp.docview import tokens_of
from ..arguments import _subject_of, case_of, entities_at, lemma_of
from .found import Found
from .words import AMOUNT_WORDS
from .gate import Readers, acts_on

# verbs of a change of hands: "passer / tomber / basculer / revenir sous le contrôle de X"
_INTO_CONTROL_VERBS = frozenset({"passer", "tomber", "basculer", "revenir", "repasser"})


@acts_on(lambda w: w.pos == "NOUN" and w.lower == "contrôle")
def under_control(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Y est passé sous le contrôle de X": X acquires Y (slots "control_owner", "control_taken")."""
    if t.pos_ != "NOUN" or t.lower_ != "contrôle" or case_of(t) != "sous":
        return
    verb = t.head
    if verb.pos_ != "VERB" or lemma_of(verb) not in _INTO_CONTROL_VERBS:
        # "Y, passé en 2018 sous le contrôle de X": the parser may hang the phrase on Y or on the main verb,
        # beside the participle: the participle a few words before, past a date ("en 2018", "l'an dernier")
        tv = tokens_of(t.doc)
        for j in range(t.i - 2, max(t.sent.start, t.i - 7) - 1, -1):
            w = tv[j]
            if w.pos_ == "VERB" and lemma_of(w) in _INTO_CONTROL_VERBS:
                verb = w
                break
            if w.pos_ in ("VERB", "AUX", "PUNCT", "PROPN") or w.lower_ in ("qui", "que", "et"):
                break
    if verb.pos_ != "VERB" or lemma_of(verb) not in _INTO_CONTROL_VERBS or not out.wants("control_owner", "control_taken"):
        return
    owners = [x for c in t.children if c.dep_ == "nmod" and case_of(c) in ("de", "du", "des", "d'", "d’")
              for x in entities_at(c, index) if index.type_of(x[0]) in ("ORG", "GOV", "PER")]
    if not owners:
        return
    def other(name: str) -> bool:
        return index.type_of(name) == "ORG" and all(name != o for o, _ in owners)

    taken: list[tuple[str, int]] = []
    if verb.dep_ in ("acl", "advcl") and verb.i >= 2 and tokens_of(t.doc)[verb.i - 1].text == ",":
        # "Y, passé en 2018 sous le contrôle de X", "… du diffuseur Y, passé sous le contrôle de X": the apposed
        # participle describes the name right before its comma (not the main clause's subject)
        name = index.entity_at(verb.i - 2)
        if name is not None and other(name):
            taken = [(name, verb.i - 2)]
    elif verb.dep_ in ("acl", "acl:relcl") and verb.head.i < verb.i:
        taken = [x for x in entities_at(verb.head, index) if other(x[0])]
    else:
        taken = [x for x in _subject_of(verb, index) if other(x[0])]
    if taken:
        out.put("control_owner", owners[:1])
        out.put("control_taken", taken[:1])


_COMPLAINT_NOUNS = frozenset({"plainte", "plaintes"})
_FILING_VERBS = frozenset({"déposer", "porter", "engager", "introduire", "intenter"})


@acts_on(lambda w: w.pos == "NOUN" and w.lower in _COMPLAINT_NOUNS)
def complaint_filer(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"une plainte contre Y déposée en novembre 2016 par X": the parser hangs the participle on Y, the name
    of "contre", so the complaint's own participle is not found; its agent filed the complaint (slot
    "complaint_filer" of sues.filed_against)."""
    if t.pos_ != "NOUN" or t.lower_ not in _COMPLAINT_NOUNS or not out.wants("complaint_filer"):
        return
    for c in t.children:
        if c.dep_ != "nmod" or case_of(c) != "contre":
            continue
        for v in c.children:
            if v.dep_ != "acl" or v.pos_ != "VERB" or lemma_of(v) not in _FILING_VERBS or v.i < c.i:
                continue
            if "Fem" not in v.morph.get("Gender"):
                continue   # (the participle agrees with "plainte": "contre le groupe Y, déposé …" is Y's)
            agents = [x for a in v.children if a.dep_ in ("obl:agent", "obl:mod") and case_of(a) == "par"
                      for x in entities_at(a, index) if x[0] not in {n for n, _ in entities_at(c, index)}]
            if agents:
                out.put("complaint_filer", agents)
                return


# Words of cash handed over: "remettre des valises d'argent liquide / contenant 5 millions d'euros à Y"
# ("prix" is left out: "remettre le prix de 10 000 euros à Y" is an award)
_CASH_WORDS = (frozenset(AMOUNT_WORDS) - {"prix", "montant"}) | {"argent", "liquide", "espèces", "billets", "enveloppe",
                                                                 "enveloppes"}
_AWARDS = frozenset({"prix", "récompense", "trophée", "médaille", "distinction", "bourse"})
# (s30-money30) an offer or bid handed over is no payment: "A et B ont remis à Y une offre de 17 milliards d'euros",
# "X a remis une proposition de N à Y" (blind29 ho-858)
_OFFERS = frozenset({"offre", "offres", "proposition", "propositions", "devis", "contre-offre", "soumission"})
_LINE_STOPS = frozenset({";", ".", ":", "qui", "que", "qu'", "qu’", "dont", "où", "mais", "(", "«", "»", "prix"})


@acts_on(lambda w: w.verbal and w.lemma == "remettre")
def cash_handed(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a remis trois valises contenant 5 millions d'euros à Y", "X aurait remis des valises d'argent liquide à
    Y": money handed over in person is a payment (slot "cash_to" of funds.cash_handed). The object's words must
    tell cash ("remettre un rapport / sa démission / un prix à Y" is none); "remettre au pot" is a round."""
    if not verbal or lemma_of(t) != "remettre" or not out.wants("cash_to"):
        return
    objs = [c for c in t.children if c.dep_ == "obj"]
    if any(o.lower_ in _AWARDS or o.lower_ in _OFFERS for o in objs):
        return   # ("remettre le prix de 10 000 euros à Y": an award; "remettre une offre de N à Y": a bid)
    if objs and any(k.lower_ in _CASH_WORDS for o in objs for k in o.subtree if k.i - o.i < 12):
        to = [c for c in t.children if c.dep_ in ("obl:arg", "obl", "obl:mod", "iobj") and case_of(c) in ("à", "au", "aux")]
        if not to:   # ("à Y" hung on the object's last noun)
            to = [k for o in objs for k in o.subtree if k.dep_ == "nmod" and case_of(k) in ("à", "au", "aux") and k.i > o.i]
        got = [x for c in to for x in entities_at(c, index) if index.type_of(x[0]) in ("PER", "ORG")]
        if got:
            out.put("cash_to", got[:1])
            return
    # "avoir remis fin 2006 et début 2007 trois valises contenant au total 5 millions d'euros à Y": dates before the
    # object break the parse; read the clause as a line: cash words, then "à" and a name
    tv = tokens_of(t.doc)
    cash = False
    for j in range(t.i + 1, min(t.sent.end - 1, t.i + 25)):
        w = tv[j]
        if w.lower_ in _LINE_STOPS or (w.pos_ in ("VERB", "AUX") and w.dep_ not in ("acl", "aux:tense")):
            return
        if w.lower_ in _CASH_WORDS:
            cash = True
        elif w.lower_ in ("à", "au", "aux") and cash:
            name = index.entity_at(j + 1) if index.kinds.get(j + 1) == "name" else None
            if name is not None and index.type_of(name) in ("PER", "ORG"):
                out.put("cash_to", [(name, j + 1)])
            return


RECALL24_READERS = Readers(under_control, complaint_filer, cash_handed)
