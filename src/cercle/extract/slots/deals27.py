"""(s27-deals27) Money ties: who is paid, read from the verb's own object.

- "Le FBI attribue l'attaque au groupe Y", "La police l'attribue à Y": "attribuer" ascribes a deed (an
  attack, a leak, a failure) to someone as often as it awards a contract; with an object that names a deed,
  or a bare clitic ("l'") with no sum, contract or market in the sentence, nobody is paid, so the "à" party
  is no payee (funds.award, funds.granted). "La Ville l'a attribué à Y pour 12 M€" keeps it.
- "ses principaux investisseurs, parmi lesquels A et B", "les actionnaires de Y, parmi lesquels A": each of
  the listed names holds a stake in (invests in) Y: the noun's "de" name, else, after a possessive, the
  article's company (slots "among_holder", "among_owner" of rules invests.among and owns.among_holders, which
  gapb3.among_holders fills for "parmi" before the noun).
- "X, qui ne détient que 0,02 % de Y", "A ne détiennent qu'environ 15 % de Y via leur holding": the restrictive
  "ne … que" makes the parser read "que" as a conjunction and the stake as a clause of its own (a subject, a
  completive): Y, read along the words after "que", is the verb's object.
- "X lui consent un prêt de 117 M€", "X a consenti une avance de 3 M€ à Y": "consentir" gives money only
  when its object is a sum (a loan, an advance, a grant), never in "X a consenti à Y" (agreed to it): the
  "à" party (or the dative clitic) then goes to slot "lent_to" (rule funds.loan_consented).
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ...nlp.docview import tokens_of
from ..arguments import lemma_of
from .gapb3 import _names_forward
from .found import Found
from .gate import Readers, acts_on

# deeds and outcomes one ascribes to someone, never awards
_ASCRIBED = frozenset({
    "attaque", "cyberattaque", "piratage", "vol", "hack", "attentat", "responsabilité", "paternité", "faute",
    "échec", "erreur", "crime", "meurtre", "assassinat", "incendie", "explosion", "fuite", "décès", "mort",
    "propos", "citation", "déclaration", "intention", "origine", "hausse", "baisse", "chute", "succès",
    "victoire", "défaite", "sabotage", "intrusion", "fraude", "détournement", "rançongiciel", "action",
    "opération", "tir", "frappe", "empoisonnement", "disparition", "accident", "panne", "bug", "retard",
})
# words that tell a sum, a contract or a market in the sentence (the clitic then stands for what is paid)
_MONEY_WORDS = frozenset({
    "euros", "euro", "dollars", "dollar", "€", "$", "francs", "livres", "million", "millions", "milliard",
    "milliards", "marché", "marchés", "contrat", "contrats", "lot", "lots", "concession", "délégation",
    "subvention", "subventions", "prêt", "prêts", "aide", "enveloppe", "budget", "mission", "chantier",
    "chantiers", "commande", "appel", "exploitation", "gestion",
})
# sums of money given (data/biz.yaml sum_nouns, with the plurals)
_SUMS = frozenset({
    "prêt", "prêts", "subvention", "subventions", "avance", "avances", "enveloppe", "crédit", "crédits",
    "financement", "financements", "dotation", "aide", "rallonge", "prêt-relais", "crédit-relais", "ligne",
})
_CLITICS = frozenset({"l'", "l’", "le", "la", "les"})


@acts_on(lambda w: w.verbal and w.lemma == "attribuer")
def ascribed_not_awarded(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X attribue l'attaque à Y", "X l'attribue à Y" (no sum nor contract said): Y is paid nothing."""
    if not verbal or lemma_of(t) != "attribuer" or not ("prep:à" in out or "award_to" in out or "grant_to" in out):
        return
    objs = [c for c in t.children if c.dep_ == "obj"]
    if not objs:
        return
    obj = objs[0]
    if obj.pos_ == "NOUN" and obj.lemma_.lower() in _ASCRIBED:
        pass
    elif obj.pos_ == "PRON" and obj.lower_ in _CLITICS and obj.i < t.i:
        if any(w.lower_ in _MONEY_WORDS for w in t.sent):
            return
    else:
        return
    for slot in ("prep:à", "award_to", "grant_to"):
        out.pop(slot, None)
    out["_no_linear"] = []


@acts_on(lambda w: w.verbal and w.lemma == "consentir")
def sum_consented_to(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X lui consent un prêt de 117 M€", "X a consenti une avance à Y": Y (slot "lent_to")."""
    if not verbal or lemma_of(t) != "consentir" or "prep:à" not in out or not out.wants("lent_to"):
        return
    if not any(c.dep_ == "obj" and c.pos_ == "NOUN" and c.lower_ in _SUMS for c in t.children):
        return
    tv = t.doc
    sent = t.sent
    kept = [x for x in out["prep:à"] if not (tv[x[1]].pos_ == "PRON" and _subject_elsewhere(x[0], x[1], sent, index))]
    out.put("lent_to", kept)


def _subject_elsewhere(name: str, at: int, sent, index: EntityIndex) -> bool:
    """The name a dative clitic was resolved to is the subject of another clause of the sentence ("A et B lui
    prêtent 60 M€, tandis que C lui consent un prêt": the clitic's referent lends nothing to itself there; the
    resolution took the nearest name, one of the lenders)."""
    for w in sent:
        if w.i != at and index.entity_at(w.i) == name and (
                w.dep_.startswith("nsubj") or w.dep_ == "conj" and w.head.dep_.startswith("nsubj")):
            return True
    return False


_HOLDER_PLURALS = frozenset({"actionnaires", "investisseurs"})
_WHICH = frozenset({"lesquels", "lesquelles"})
_POSSESSIVES = frozenset({"ses", "leurs"})


@acts_on(lambda w: w.lower in _HOLDER_PLURALS and w.pos == "NOUN")
def listed_among_holders(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"ses principaux investisseurs, parmi lesquels A et B": A and B (slot "among_holder"), the company whose
    investors they are (slot "among_owner")."""
    if t.lower_ not in _HOLDER_PLURALS or t.pos_ != "NOUN" or "among_holder" in out \
            or not out.wants("among_holder", "among_owner"):
        return
    tv = tokens_of(t.doc)
    end = t.sent.end
    k = t.i + 1
    owner = None
    if k + 1 < end and tv[k].lower_ in ("de", "d'", "d’", "du") and index.kinds.get(k + 1) == "name":
        owner = (index.entity_at(k + 1), k + 1)   # "les actionnaires de Y, parmi lesquels"
        k += 1
        while k < end and index.entity_at(k) == owner[0]:
            k += 1
    if k < end and tv[k].text == ",":
        k += 1
    if not (k + 2 < end and tv[k].lower_ == "parmi" and tv[k + 1].lower_ in _WHICH):
        return
    holders = _names_forward(tv, index, k + 2, end)
    if not holders:
        return
    names = {n for n, _ in holders}
    if owner is None:
        # "ses investisseurs": the possessive's owner is the company the article is about
        # (the possessive's owner the earlier readers resolved, slot "poss"; else the article's company)
        det = [c for c in t.children if c.dep_ == "det" and c.lower_ in _POSSESSIVES]
        poss = [x for x in out.get("poss", ()) if x[0] not in names]
        if det and poss:
            owner = poss[0]
        elif det and index.topic and index.topic not in names:
            owner = (index.topic, t.i)
    if owner is not None and owner[0] not in names:
        out.put("among_holder", holders)
        out.put("among_owner", [owner])


_HOLD_VERBS = frozenset({"détenir", "posséder", "contrôler"})
_NE = frozenset({"ne", "n'", "n’"})
_QUE = frozenset({"que", "qu'", "qu’"})
# words between "que" and the share: "qu'environ 15 %", "que près de 5 %", "que plus de 10 %", "qu'à peine 2 %"
_ABOUT = frozenset({"environ", "près", "de", "d'", "d’", "plus", "moins", "à", "peine", "un", "peu", "quelque",
                    "quelques", "tout", "juste"})
# words between the verb and "que": "ne détient en effet que", "ne détient plus que", "ne détient désormais que"
_BETWEEN = frozenset({"en", "effet", "plus", "désormais", "aujourd'hui", "aujourd’hui", "encore", "finalement",
                      "donc", "toutefois", "guère", "directement", "officiellement", "actuellement"})
_OF = frozenset({"de", "du", "d'", "d’", "des"})


@acts_on(lambda w: w.verbal and w.lemma in _HOLD_VERBS)
def restricted_stake(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X, qui ne détient que 0,02 % de Y": Y (slot "obj")."""
    if not verbal or lemma_of(t) not in _HOLD_VERBS or "obj" in out or "prep:de" in out or not out.wants("obj"):
        return
    tv = tokens_of(t.doc)
    start, end = t.sent.start, t.sent.end
    if not any(tv[k].lower_ in _NE for k in range(max(start, t.i - 3), t.i)):
        return
    k = t.i + 1
    while k < end and k < t.i + 4 and tv[k].lower_ in _BETWEEN:
        k += 1
    if k >= end or tv[k].lower_ not in _QUE:
        return
    k += 1
    while k < end and tv[k].lower_ in _ABOUT and tv[k].pos_ != "NUM":
        k += 1
    if not (k + 2 < end and tv[k].like_num and tv[k + 1].text == "%"):
        return
    k += 2
    if k + 1 < end and tv[k].lower_ in _OF and tv[k + 1].lower_ == "capital":
        k += 2   # "que 5 % du capital de Y"
    if k + 1 < end and tv[k].lower_ in _OF and index.kinds.get(k + 1) == "name":
        name = index.entity_at(k + 1)
        if name is not None and all(name != x[0] for x in out.get("subj", ())):
            out.put("obj", [(name, k + 1)])


DEALS27_READERS = Readers(ascribed_not_awarded, sum_consented_to, listed_among_holders, restricted_stake)
