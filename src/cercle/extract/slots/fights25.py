"""(s25-fights25) Conflict gaps of French:

- a fight waged: "la concurrence acharnée que se livrent A et B", "la guerre des prix que lui livre X" (X and the
  clause's subject): the parties of the fight noun (slot "prep:entre" of its pair rules; read25, read23, read22).
- a name broken by the parser across a subject's apposition: "X, tête de liste d'Europe Écologie-Les Verts,
  dénonce …" hangs "Les Verts" on X as a second subject; the name begins inside X's own phrase, it is no subject.
- a prosecutor's requisitions beyond "contre Y" (slot "required_against" of sues.required): "a requis dix mois
  de prison à l'encontre de Y", "sept ans contre A, six ans contre B", "avait requis le renvoi de A et B" (read25,
  read24, read19new: three passages of prosecutors' requisitions).
- a feud said by an idiom after a fronted "entre" phrase: "Entre A et B, le torchon brûle", "…, le courant ne passe
  pas", "…, l'entente n'aura pas survécu", "…, le bras de fer a été rude" (slot "between_fronted" of
  opposes.between_fronted_idiom; read25, read24, read22: four passages).
- a complaint behind a sanction or a trial told in the same clause: "X a infligé à Y une amende, après une plainte
  de Z", "Y a été condamné / jugé …, après une plainte de Z": Z sues Y (slot "complaint_target" of sues.noun;
  read20 ho-644, ho-653, read24 ho-703's kind).
- a fine or a settlement paid to an authority: "Y a accepté de payer une amende infligée par X", "Y a plaidé
  coupable devant X et accepté de payer une amende", "Y a accepté de verser N au département de la Justice",
  "Y a accepté de payer une amende à l'issue d'une enquête de X": X sanctions Y (slots "payee_sanctioner",
  "payer_sanctioned" of opposes.fine_paid; read19, read22, read24, read25: four passages). The fine's own rules
  read the one who imposes as the clause's subject; here the subject is the one who pays.
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import _subject_of, case_of, entities_at, lemma_of
from .bonds import _fronted_between, words as bond_words
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


_FIGHT_NOUNS = frozenset({"concurrence", "guerre", "bataille", "lutte", "rivalité", "compétition", "duel",
                          "guérilla", "bras"})


@acts_on(lambda w: w.pos == "NOUN" and w.lower in _FIGHT_NOUNS)
def fight_waged(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"la concurrence acharnée que se livrent A et B": A and B; "Y subit la guerre des prix que lui livre X": X and Y
    (the parser takes the inverted subject for an object, "lui livre" for a noun)."""
    if t.pos_ != "NOUN" or t.lower_ not in _FIGHT_NOUNS or "prep:entre" in out:
        return
    doc = t.doc
    # the relative clause: on the noun, or on its "des prix" / "de fer" complement
    holders = [t, *(c for c in t.children if c.dep_ == "nmod")]
    waged = [c for h in holders for c in h.children
             if c.lower_.startswith("livr") and c.dep_ in ("acl:relcl", "acl", "dep") and c.i > t.i
             and any(doc[k].lower_ in ("que", "qu'", "qu’") for k in range(max(t.i, c.i - 3), c.i))]
    if not waged:
        return
    v = waged[0]
    before = doc[v.i - 1].lower_
    # (the second of the pair may hang on the verb itself: "que se livrent A et le numéro un du secteur, B")
    parties = [x for c in v.children if (c.dep_ in ("obj", "nsubj", "nmod") or (c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")))
               and c.i > v.i for x in entities_at(c, index)]
    if before in ("se", "s'", "s’"):
        if len({n for n, _ in parties}) < 2:
            return
    elif before in ("lui", "leur"):
        gov = t
        while gov.dep_ in ("nmod", "obl", "obl:arg", "obl:mod", "obj") and gov.head.pos_ == "NOUN" and gov.head.i != gov.i:
            gov = gov.head
        gov = gov.head
        if gov.pos_ not in ("VERB", "AUX") or len(parties) != 1:
            return
        other = [x for x in _subject_of(gov, index) if x[0] != parties[0][0]]
        if not other:
            return
        parties = other[:1] + parties
    else:
        return
    out.put("prep:entre", parties)


@acts_on(lambda w: w.verbal)
def split_name_subject(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Drop from "subj" a name whose first word hangs inside another subject's own phrase ("X, tête de liste
    d'Europe Écologie-Les Verts, dénonce": the parser made "Verts" a second subject)."""
    subj = out.get("subj") if verbal else None
    if not subj or len(subj) < 2:
        return
    doc = t.doc
    by_token = index.by_token
    others = {i for _, i in subj if i >= 0}
    kept = []
    for name, i in subj:
        k = i
        while k > 0 and by_token.get(k - 1) == name:
            k -= 1
        inside = False
        if 0 <= k < i and doc[k].dep_ == "nmod":
            h = doc[k].head
            for _ in range(6):
                if h.i in others and h.i != i:
                    inside = True
                    break
                if h.head.i == h.i:
                    break
                h = h.head
        if not inside:
            kept.append((name, i))
    if kept and len(kept) != len(subj):
        out["subj"] = kept


_SENT_TO_TRIAL = frozenset({"renvoi", "condamnation", "relaxe", "comparution"})
_DURATIONS = frozenset({"an", "ans", "mois", "année", "années"})


@acts_on(lambda w: w.verbal and w.lemma == "requérir")
def required_more(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"le parquet a requis dix mois à l'encontre de Y", "sept ans contre A, six ans contre B", "a requis le renvoi
    de A et B": the ones the prosecution asks a sentence or a trial for."""
    if not verbal or lemma_of(t) != "requérir":
        return
    objs = [c for c in t.children if c.dep_ == "obj"]
    got = []
    for o in objs:
        for k in (o, *(c for c in o.children if c.dep_ in ("nmod", "conj") and c.lower_ in _DURATIONS)):
            for c in k.children:
                if c.dep_ == "nmod" and c.lower_ == "encontre":
                    got += [x for d in c.children if d.dep_ == "nmod" and case_of(d) in ("de", "du", "des", "d'", "d’")
                            for x in entities_at(d, index)]
                elif k is not o and c.dep_ in ("nmod", "obl") and case_of(c) == "contre":
                    got += entities_at(c, index)
        if o.lower_ in _SENT_TO_TRIAL:
            heads = [o, *(c for c in o.children if c.dep_ == "conj" and index.entity_at(c.i) is not None)]
            got += [x for c in o.children if c.dep_ == "nmod" and case_of(c) in ("de", "du", "des", "d'", "d’")
                    for x in entities_at(c, index)]
            got += [(index.entity_at(c.i), c.i) for c in heads[1:]]
    got = [x for x in got if index.type_of(x[0]) in ("PER", "ORG")]
    if got:
        out.put("required_against", got)


_IDIOM_NOUNS = frozenset({"torchon", "courant", "entente", "harmonie", "complicité", "amitié", "bras"})
_NEGATIONS = frozenset({"pas", "plus", "jamais", "guère"})


def _negated(v) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in _NEGATIONS for c in v.children)


@acts_on(lambda w: w.pos == "NOUN" and w.lower in _IDIOM_NOUNS)
def fronted_feud_idiom(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Entre A et B, le torchon brûle / le courant ne passe pas / l'entente n'a pas survécu / le bras de fer a
    été rude": A and B at odds."""
    if verbal or t.pos_ != "NOUN" or t.lower_ not in _IDIOM_NOUNS or not out.wants("between_fronted") \
            or "between_fronted" in out or t.dep_ not in ("nsubj", "nsubj:pass"):
        return
    v = t.head
    low = t.lower_
    doc = t.doc
    if low == "torchon":
        ok = lemma_of(v) == "brûler"
    elif low == "courant":
        ok = lemma_of(v) == "passer" and _negated(v)
    elif low == "bras":
        ok = t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "de" and doc[t.i + 2].lower_ == "fer"
    else:
        # a bond that did not last: "l'entente cordiale n'aura pas survécu", "n'a pas résisté"
        ok = lemma_of(v) in ("survivre", "résister", "durer", "tenir") and _negated(v)
    if not ok:
        return
    _fronted_between(t, index, out, bond_words())
    # named parties only: "Entre les deux hommes, le torchon brûlait" took the wrong pair in a passage of read22
    # (the plural's two persons are the mentions' guess; the idioms are weaker cues than "la rivalité")
    got = out.get("between_fronted") or []
    if len({n for n, i in got if index.kinds.get(i) == "name"}) < 2:
        out.pop("between_fronted", None)


_SANCTIONING = frozenset({"infliger", "imposer", "condamner", "sanctionner", "juger", "poursuivre", "mettre"})


@acts_on(lambda w: w.pos == "NOUN" and w.lower in ("plainte", "plaintes"))
def complaint_before_sanction(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a infligé à Y une amende, après une plainte de Z", "Y a été jugé …, après une plainte de Z": Y is the one
    the complaint was against."""
    if verbal or t.lower_ not in ("plainte", "plaintes") or out.get("complaint_target") or out.get("prep:contre"):
        return
    if t.dep_ not in ("obl", "obl:mod", "obl:arg") or case_of(t) not in ("après", "suite"):
        return
    v = t.head
    if v.pos_ != "VERB" or lemma_of(v) not in _SANCTIONING:
        return
    passive = any(c.dep_ == "aux:pass" for c in v.children)
    if passive:
        got = [x for c in v.children if c.dep_ == "nsubj:pass" for x in entities_at(c, index)]
    elif lemma_of(v) in ("infliger", "imposer"):
        got = [x for c in v.children if c.dep_ in ("obl", "obl:mod", "obl:arg", "iobj") and case_of(c) in ("à", "au", "aux")
               for x in entities_at(c, index)]
    else:
        got = [x for c in v.children if c.dep_ == "obj" for x in entities_at(c, index)]
    got = [x for x in got if index.kinds.get(x[1]) == "name" and index.type_of(x[0]) in ("PER", "ORG", "GOV")]
    if got:
        out.put("complaint_target", got)


FIGHTS25_READERS = Readers(fine_paid, fight_waged, split_name_subject, required_more, fronted_feud_idiom,
                           complaint_before_sanction)
