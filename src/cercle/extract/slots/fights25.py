"""(s25-fights25) Conflict gaps of French:

- a fine or a settlement paid to an authority: "Y a accepté de payer une amende infligée par X", "Y a plaidé
  coupable devant X et accepté de payer une amende", "Y a accepté de verser N au département de la Justice",
  "Y a accepté de payer une amende à l'issue d'une enquête de X": X sanctions Y (slots "payee_sanctioner",
  "payer_sanctioned" of opposes.fine_paid; read19, read22, read24, read25: four passages). The fine's own rules
  read the one who imposes as the clause's subject; here the subject is the one who pays.
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import _subject_of, case_of, entities_at, lemma_of
from .found import Found
from .gate import Readers, acts_on

_PAYING_VERBS = frozenset({"payer", "verser", "régler", "acquitter"})
_FINE_NOUNS = frozenset({"amende", "amendes", "pénalité", "pénalités", "sanction", "sanctions"})
# consenting to pay: a settlement, not a purchase ("a accepté de verser N au département de la Justice")
_CONSENTING = frozenset({"accepter", "consentir", "engager", "résoudre"})
# words of a name that make a payee an authority that sanctions (a settlement paid to a city is no sanction)
_AUTHORITY_WORDS = frozenset({"justice", "parquet", "procureur", "autorité", "commission", "trésor", "fisc",
                              "régulateur", "sec", "dgccrf", "ftc", "ofac", "doj", "cnil", "amf", "arcep", "arcom"})
# the inquiry a fine closes: "à l'issue d'une enquête de X"
_INQUIRY_NOUNS = frozenset({"enquête", "investigation", "procédure", "instruction"})
_PLEADING = frozenset({"plaider", "reconnaître"})


def _authority(name: str) -> bool:
    return any(w in _AUTHORITY_WORDS for w in name.lower().replace("'", " ").replace("’", " ").split())


@acts_on(lambda w: w.verbal and w.lemma in _PAYING_VERBS)
def fine_paid(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Y a accepté de payer une amende infligée par X", "Y a plaidé coupable devant X et accepté de payer une
    amende", "Y a accepté de verser N au département de la Justice": X sanctions Y."""
    if not verbal or lemma_of(t) not in _PAYING_VERBS or not out.wants("payee_sanctioner", "payer_sanctioned"):
        return
    objs = [c for c in t.children if c.dep_ == "obj"]
    # the object and the nouns hung on it: the parser hangs "infligée par X" and "au département" on the sum
    # ("une amende de 4,3 milliards de dollars infligée par X", "verser 4,3 milliards au département de …")
    near = [n for o in objs for n in (o, *(k for k in o.children if k.dep_ == "nmod"),
                                      *(g for k in o.children if k.dep_ == "nmod" for g in k.children if g.dep_ == "nmod"))]
    fines = [o for o in objs if o.lower_ in _FINE_NOUNS]
    consent = t.head if t.dep_ in ("xcomp", "advcl", "ccomp") and lemma_of(t.head) in _CONSENTING else None
    if not fines and consent is None:
        return
    by = []
    # "une amende infligée / imposée par X"
    if fines:
        by += [x for f in near for v in f.children if v.dep_ == "acl" and v.pos_ == "VERB"
               and lemma_of(v) in ("infliger", "imposer", "réclamer", "prononcer")
               for a in v.children if a.dep_ == "obl:agent" for x in entities_at(a, index)]
    # "verser N au département de la Justice", "payer une amende à X": an authority paid
    if not by:
        by += [x for h in (t, *near) for c in h.children if c.dep_ in ("obl", "obl:arg", "obl:mod", "iobj", "nmod")
               and case_of(c) in ("à", "au", "aux") for x in entities_at(c, index) if _authority(x[0])]
    # "plaidé coupable devant X et accepté de payer": the authority the plea was made before
    if not by:
        top = consent if consent is not None else t
        pleas = [top.head] if top.dep_ == "conj" else []
        pleas += [c for c in top.children if c.dep_ == "conj"]
        for p in pleas:
            if p.pos_ == "VERB" and lemma_of(p) in _PLEADING and any(k.lower_ == "coupable" for k in p.children):
                by += [x for c in p.children if c.dep_ in ("obl", "obl:mod", "obl:arg") and case_of(c) == "devant"
                       for x in entities_at(c, index)]
    # "à l'issue d'une enquête de X"
    if not by and fines:
        for c in t.children:
            if c.dep_ in ("obl", "obl:mod") and c.lower_ in ("issue", "terme", "suite"):
                for n in c.children:
                    if n.dep_ == "nmod" and n.lower_ in _INQUIRY_NOUNS:
                        by += [x for k in n.children if k.dep_ == "nmod" and case_of(k) in ("de", "du", "des", "d'", "d’")
                               for x in entities_at(k, index)]
    by = [x for x in by if index.type_of(x[0]) in ("GOV", "ORG")]
    if not by:
        return
    payer = consent if consent is not None else t
    paid_by = [x for x in _subject_of(payer, index) if x[0] not in {n for n, _ in by}
               and index.type_of(x[0]) in ("ORG", "PER", "GOV")]
    if paid_by:
        out.put("payee_sanctioner", by[:1])
        out.put("payer_sanctioned", paid_by)
        out["_no_linear"] = []


FIGHTS25_READERS = Readers(fine_paid)
