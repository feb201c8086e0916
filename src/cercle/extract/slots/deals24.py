"""(s24-deals24) Business ties the earlier readers miss (stakes, control, takeovers, joint ventures).

- "la coentreprise fondée (créée) par A et B, (et rejointe par C)": the names the venture's participles bring
  in are its partners (slot "venture_founders"; _consortium_members reads a consortium's participles only).
- "X a racheté Y via sa holding B", "X finalisait, via sa holding B, le rachat de Y", "X a pris le contrôle de Y par
  l'intermédiaire de sa société B": the company a buyer goes through buys too (slot "acq_vehicle"; the
  holding's owner is read by owns.own_subsidiary). Only a vehicle's noun ("sa holding B", "la société B") after
  the cue: "via Twitter" is how news is given, no buyer.
- "X a vendu sa filiale (marocaine), la société Y": the parser makes the name after the comma a second object
  of the verb; it names the possessed noun (slot "head", as "sa filiale Y" gives it).
- "Les investisseurs historiques remettent au pot, à commencer par A, B et C", "Nos investisseurs historiques, A
  et B, ont remis au pot, tout comme C": each invests again in the company the article's rounds are of (slots
  "pot_investors", "pot_company").
- "X a pris 5 % du capital de Y via sa holding familiale, le groupe B": B holds the stake, and X, whose
  holding it is ("sa"), holds B (slots "stake_vehicle", "own_vehicle"; lists.via_chain reads the line).
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import case_of, entities_at, extend_list, lemma_of
from ..lists import via_chain
from .found import Found
from .words import FUNDED
from .gate import Readers, acts_on

# the nouns of a company two others set up together, and the participles that name who set it up or joined it
_VENTURE_NOUNS = frozenset({"coentreprise", "co-entreprise", "joint-venture"})
_VENTURE_PARTICIPLES = frozenset({"fonder", "créer", "former", "constituer", "monter", "rejoindre", "lancer"})


@acts_on(lambda w: not w.verbal and w.lower in _VENTURE_NOUNS)
def venture_founders(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"La coentreprise fondée par A et B, et rejointe par C": A, B and C (slot "venture_founders")."""
    if t.lower_ not in _VENTURE_NOUNS or not out.wants("venture_founders"):
        return
    parts = [p for p in t.children if p.dep_ == "acl" and lemma_of(p) in _VENTURE_PARTICIPLES]
    # ("la coentreprise de batteries créée par A et B": a singular participle hung on the plural "de" noun)
    parts += [p for n in t.children if n.dep_ == "nmod" and n.morph.get("Number") == ["Plur"]
              for p in n.children if p.dep_ == "acl" and lemma_of(p) in _VENTURE_PARTICIPLES
              and p.morph.get("Number") == ["Sing"] and not p.lower_.endswith("s")]
    parts += [c for p in parts for c in p.children if c.dep_ == "conj" and lemma_of(c) in _VENTURE_PARTICIPLES]
    members: list[tuple[str, int]] = []
    for p in parts:
        for k in p.children:
            if k.dep_.startswith("obl") and case_of(k) == "par":
                got = [x for x in entities_at(k, index) if index.type_of(x[0]) in ("ORG", "GOV", "PER")]
                if len(got) == 1:
                    got = extend_list(t.doc, index, got)
                members += [x for x in got if x not in members and index.type_of(x[0]) in ("ORG", "GOV", "PER")]
    if len({n for n, _ in members}) >= 2:
        out.put("venture_founders", members)


# the words of buying a company (verbs, "prendre" of "prendre le contrôle", and their nouns)
_BUY_WORDS = frozenset({"racheter", "acquérir", "reprendre", "emparer", "prendre", "rachat", "acquisition",
                        "reprise", "prise"})
# nouns of the company a buyer goes through, between the cue and its name
_VEHICLE_NOUNS = frozenset({"holding", "société", "filiale", "fonds", "véhicule", "structure", "entreprise",
                            "groupe", "family", "compagnie"})
# verbs by which the buyer carries a purchase through ("boucler le rachat de Y")
_DOING_VERBS = frozenset({"boucler", "finaliser", "conclure", "réaliser", "achever", "effectuer", "opérer",
                          "parachever", "mener"})
_VIA_CUES = frozenset({"via", "intermédiaire", "biais", "travers"})
_CLAUSE_STOPS = frozenset({";", ".", ":", "?", "!"})


def _vehicle_after(tv, index: EntityIndex, j: int, end: int):
    """The vehicle's name after the cue word at ``j`` ("via sa holding B", "par l'intermédiaire de la société
    B, …"): (name, i) when a vehicle's noun stands between the cue and the name, else None."""
    k = j + 1
    if tv[j].lower_ != "via":
        if k >= end or tv[k].lower_ not in ("de", "d'", "d’", "du"):
            return None
        k += 1
    noun = None
    for i in range(k, min(k + 8, end)):
        if index.kinds.get(i) == "name" and (name := index.entity_at(i)) is not None:
            return (name, i, noun) if noun and index.type_of(name) == "ORG" else None
        if tv[i].lower_ in _VEHICLE_NOUNS:
            noun = noun or tv[i].lower_
        elif not (tv[i].pos_ in ("DET", "ADJ", "PUNCT", "NOUN") or noun and tv[i].lower_ in ("de", "d'", "d’")
                  and tv[i].pos_ == "ADP"):
            return None   # ("via sa filiale de location longue durée B": the vehicle's trade after its noun)
    return None


def _verb_of(cue) -> int:
    """The index of the verb the cue's phrase hangs on (-1 when none within a few steps)."""
    w, hops = (cue.head if cue.pos_ == "ADP" else cue), 0
    while w.pos_ not in ("VERB", "AUX") and w.head.i != w.i and hops < 4:
        w, hops = w.head, hops + 1
    return w.i if w.pos_ in ("VERB", "AUX") else -1


@acts_on(lambda w: w.lemma in _BUY_WORDS or w.lem in _BUY_WORDS or w.lower in _BUY_WORDS)
def buyer_vehicle(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a racheté Y via sa holding B", "X finalisait, via sa holding B, le rachat de Y": B (slot
    "acq_vehicle"), read in the trigger's clause (or in the clause of the verb a purchase noun is the object of)."""
    if not out.wants("acq_vehicle"):
        return
    if lemma_of(t) not in _BUY_WORDS and t.lemma_.lower() not in _BUY_WORDS and t.lower_ not in _BUY_WORDS:
        return
    tv = t.doc
    start, end = t.sent.start, t.sent.end
    anchor = t.head if not verbal and t.dep_ == "obj" and t.head.pos_ == "VERB" else t
    if not verbal and t.dep_ == "conj" and t.head.dep_.startswith("obl") and t.head.head.pos_ == "VERB" \
            and any(c.lower_ == "via" for c in t.head.children):
        anchor = t.head.head   # ("X finalisait, via sa holding B, le rachat de Y": the purchase parsed as a conjunct of B)
    lo, hi = min(anchor.i, t.i), max(anchor.i, t.i)
    for j in range(max(start, lo - 12), min(end, hi + 12)):
        if tv[j].lower_ not in _VIA_CUES:
            continue
        between = range(min(j, lo), max(j, hi))
        if any(tv[i].text in _CLAUSE_STOPS for i in between):
            continue
        if _verb_of(tv[j]) not in (anchor.i, t.i):
            continue   # ("X, qui détenait 11 % via sa holding B, voulait racheter Y": another verb's vehicle)
        got = _vehicle_after(tv, index, j, end)
        if got is not None:
            out.put("acq_vehicle", [got[:2]])
            kind = got[2]
            break
    else:
        return
    # (not through a subsidiary: "X a mené à bien, via sa filiale B, le rachat de Y" is the subsidiary's purchase)
    if not verbal and anchor is not t and lemma_of(anchor) in _DOING_VERBS and kind != "filiale" \
            and out.wants("acq_doer"):
        # "X finalisait, via sa holding B, le rachat de Y", "X a bouclé le rachat de Y": the verb's subject
        # (the verb's own reading stops at the aside; the nearest-name fallback meets B first)
        out.put("acq_doer", [x for c in anchor.children if c.dep_ == "nsubj" for x in entities_at(c, index)
                             if index.type_of(x[0]) in ("PER", "ORG", "GOV")][:1])


# verbs of taking a stake (owns.stake_taken's)
_TAKE_VERBS = frozenset({"prendre", "ramasser", "récupérer", "accumuler", "amasser", "grappiller"})


@acts_on(lambda w: w.verbal and (w.lemma in _TAKE_VERBS or w.lem in _TAKE_VERBS))
def stake_vehicle(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a pris 5 % du capital de Y via sa holding B": B (slot "stake_vehicle"), and B again in "own_vehicle"
    when a possessive before the vehicle's noun makes it the subject's own."""
    if not verbal or not out.wants("stake_vehicle", "own_vehicle"):
        return
    if lemma_of(t) not in _TAKE_VERBS and t.lemma_.lower() not in _TAKE_VERBS:
        return
    chain = via_chain(t, index)
    if chain is None:
        return
    owner, (vehicle, k) = chain
    if owner is not None or vehicle in {n for n, _ in out.get("subj", ())}:
        return
    tv = t.doc
    # (only the subject's own vehicle, "sa holding B": "via la banque B" may name a broker)
    if any(tv[i].pos_ == "DET" and "Yes" in tv[i].morph.get("Poss") for i in range(max(t.i, k - 6), k)):
        out.put("stake_vehicle", [(vehicle, k)])
        out.put("own_vehicle", [(vehicle, k)])


# nouns of a company's own units ("sa filiale, la société Y")
_UNIT_NOUNS = frozenset({"filiale", "branche", "division", "pôle", "marque", "enseigne", "chaîne", "holding"})


@acts_on(lambda w: not w.verbal and w.lower in _UNIT_NOUNS)
def unit_named_after_comma(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a vendu sa filiale marocaine, la société Y": Y (slot "head"), the verb's second object after the comma
    that closes the possessed noun's phrase."""
    if verbal or t.lower_ not in _UNIT_NOUNS or "head" in out or t.dep_ != "obj" or t.head.pos_ != "VERB" \
            or not out.wants("head"):
        return
    tv = t.doc
    if not any(c.dep_ == "det" and "Yes" in c.morph.get("Poss") for c in t.children):
        return
    end = t.right_edge.i + 1
    if end >= len(tv) or tv[end].text != ",":
        return
    for c in t.head.children:
        if c.dep_ == "obj" and c.i > end and c.left_edge.i == end + 1:
            if any(k.dep_ == "conj" for k in c.children):
                return   # ("sa filiale, le patron X et le fonds Y": a list of objects, not a name of the unit)
            # (the name itself, or glued to its kind noun: "la société Y")
            got = [x for x in entities_at(c, index) if index.type_of(x[0]) == "ORG" and x[1] in (c.i, c.i + 1)]
            if got:
                out.put("head", got[:1])
            return


# the words that bring in the names of a list of investors after the verb
_POT_CUES = (("à", "commencer", "par"), ("tout", "comme"), ("notamment",), ("dont",),
             ("aux", "côtés", "de"), ("aux", "côtés", "d'"))   # (s25-deals25: "remet au pot, aux côtés de A, de B et de C")


@acts_on(lambda w: w.verbal and (w.lemma == "remettre" or w.lem == "remettre"))
def back_in_pot(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Les investisseurs historiques remettent au pot, à commencer par A, B et C": A, B and C (slot
    "pot_investors") invest again in the article's company (slot "pot_company")."""
    if not verbal or not out.wants("pot_investors"):
        return
    tv = t.doc
    if not (t.i + 2 < len(tv) and tv[t.i + 1].lower_ in ("au", "dans") and tv[t.i + 2].lower_ == "pot"):
        return
    who: list[tuple[str, int]] = []
    for c in t.children:
        if c.dep_ == "nsubj":
            who += entities_at(c, index)
            for a in c.children:   # "Nos investisseurs historiques, A et B, ont remis au pot"
                if a.dep_ == "appos":
                    who += entities_at(a, index)
    end = t.sent.end
    for j in range(t.i + 3, min(end, t.i + 12)):
        for cue in _POT_CUES:
            if tuple(x.lower_ for x in tv[j:j + len(cue)]) == cue:
                k = j + len(cue)
                while k < end and tv[k].pos_ in ("DET", "ADJ", "NOUN") and index.entity_at(k) is None:
                    k += 1
                if k < end and (name := index.entity_at(k)) is not None:
                    who += extend_list(t.doc, index, [(name, k)])
    who = [x for x in dict.fromkeys(who) if index.type_of(x[0]) in ("ORG", "PER", "GOV")]
    if who:
        out.put("pot_investors", who)
        # (the company the article's rounds are of, resolved after the article is read: with no round spoken of,
        # "Y remet au pot" says nothing of an investment in the article's company)
        out.put("pot_company", [(FUNDED, -1)])


DEALS24_READERS = Readers(venture_founders, buyer_vehicle, stake_vehicle, unit_named_after_comma, back_in_pot)
