"""(s26-deals26) Ownership and money ties: parties the earlier readers take from the wrong place.

- "X a pris le contrôle de Y, allié à Z": a detached participle of joining forces ("allié à", "associé à")
  after a clause with a subject describes that subject (who acted with Z), not the last name before its
  comma (the clause's object, Y). The detached-participle reading (verbs.py) is right for passives
  ("X est entré chez Y, absorbé par Z"), not for these.
- "ont créé Y, une coentreprise détenue à 51 % par A": the parser hangs the comma on the apposed noun, so
  verbs.py's reading of "Y, une société détenue par X" (the name right before the noun's comma) misses it.
- "Z appartient au groupe Y, lui-même contrôlé par X": the participle after "lui-même" describes the name
  right before the comma (Y), its "par" phrase (parsed as a modifier) is the agent.
- "X, une structure détenue par A et propriétaire de Z", "X, fondateur de A et propriétaire de Z": a second
  (one-word) owner title coordinated inside an apposition describes the name before the apposition's comma (the parser
  hangs it on a name of the first title's phrase, or on X itself as a conjunct): slot "head".
- "X contrôle le groupe Y", "X, qui contrôle l'armateur Y": the verb tagged as a noun, its object parsed as
  a bare complement or a second subject (arguments.verb_tagged_noun lets the verb's rules in): slot "obj".
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import _subject_of, case_of, entities_at, is_bare_object, lemma_of, right_after
from .found import Found
from .gate import Readers, acts_on

# participles of joining forces with someone ("allié à Z", "associé au fonds Z")
_JOINING = frozenset({"allier", "associer", "s'allier", "s'associer"})


@acts_on(lambda w: w.verbal and w.dep == "advcl" and w.lemma in _JOINING)
def joined_with_subject(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a racheté Y, allié à Z": X (slot "pass"), not Y."""
    if not verbal or t.dep_ != "advcl" or lemma_of(t) not in _JOINING or "pass" not in out:
        return
    if t.i == 0 or t.doc[t.i - 1].text != "," or "Part" not in t.morph.get("VerbForm"):
        return
    if any(c.dep_.startswith(("aux", "nsubj")) or case_of(c) == "par" for c in t.children):
        return   # (a clause of its own, or a passive's agent: "…, associé par Z")
    if not any(case_of(c) in ("à", "au", "aux", "avec") for c in t.children):
        return
    main = t.head
    if main.pos_ not in ("VERB", "AUX") or main.i > t.i:
        return
    if any(c.dep_ in ("aux:pass", "obl:agent") or case_of(c) == "par" for c in main.children):
        return   # ("Y est détenue par X, allié à Z": the agent X, the last name before the comma, is allied)
    subj = [s for s in _subject_of(main, index) if s[1] < t.i]
    passed = out["pass"]
    if subj and all(p[1] != s[1] for p in passed for s in subj):
        out["pass"] = subj
    elif not subj and any(p[1] > main.i for p in passed):
        del out["pass"]   # (the main clause's object is no partner)
        out["_no_linear"] = []


@acts_on(lambda w: w.verbal and w.pos == "NOUN")
def object_of_noun_tagged_verb(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X contrôle le groupe Y" with "contrôle" tagged a noun and "groupe" its complement: Y (slot "obj")."""
    if not verbal or t.pos_ != "NOUN" or "obj" in out or not out.wants("obj"):
        return
    if any(c.dep_ == "obj" for c in t.children):
        return   # (the verb's own object, a stake: "qui contrôle 27 % du capital au travers de sa holding, Z")
    for c in t.children:
        # (the object right after the verb: "X contrôle le groupe Y"; not a phrase further on)
        if c.dep_ in ("nmod", "nsubj", "xcomp") and right_after(t, c) and c.pos_ in ("NOUN", "PROPN") \
                and is_bare_object(c):
            got = entities_at(c, index)
            if got:
                out.put("obj", got)
                out.pop("prep:de", None)   # (the object's own "de" complement is not the verb's)
            return


@acts_on(lambda w: w.verbal and w.dep == "acl")
def described_before_comma(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Y, une coentreprise détenue par X" with the comma hung on "coentreprise": Y (slot "pass")."""
    if not verbal or t.dep_ != "acl" or "pass" in out or "Part" not in t.morph.get("VerbForm") \
            or "Past" not in t.morph.get("Tense"):
        return
    noun = t.head
    left = noun.left_edge.i
    if noun.pos_ != "NOUN" or noun.dep_ == "appos" or left < 2 or left >= noun.i or t.doc[left].text != "," \
            or entities_at(noun, index) or any(c.dep_ == "case" for c in noun.children) \
            or any(c.dep_.startswith("aux") for c in t.children):
        return
    j = left - 1
    if index.kinds.get(j) == "name" and index.entity_at(j) is not None:
        out.put("pass", [(index.entity_at(j), j)])


_ITSELF = frozenset({"lui-même", "elle-même", "eux-mêmes", "elles-mêmes"})


# (not only "verbal": core.slots takes a verb after a determiner for a noun, and "lui-même" is tagged one)
@acts_on(lambda w: w.pos == "VERB")
def itself_held_by(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"…au groupe Y, lui-même contrôlé par X": Y (slot "pass"), X (slot "agent")."""
    if t.pos_ != "VERB" or t.i < 3 or t.doc[t.i - 1].lower_ not in _ITSELF or t.doc[t.i - 2].text != "," \
            or "Part" not in t.morph.get("VerbForm") or "Past" not in t.morph.get("Tense"):
        return
    j = t.i - 3
    name = index.entity_at(j)
    if name is None or index.kinds.get(j) != "name":
        return
    # ("contrôlé à 70 % par X": the "par" phrase hung on the share)
    near = [c for c in t.children if c.i > t.i] + [g for c in t.children if c.i > t.i and c.text == "%" for g in c.children]
    agents = [x for c in near if case_of(c) == "par" for x in entities_at(c, index)]
    if not agents:
        return
    out.pop("subj", None)
    out["pass"] = [(name, j)]
    out["agent"] = agents
    out["_no_linear"] = []


# owner titles of one word (owns.shareholder's nouns; not "maison mère": the words after a trigger's first add
# their own "de" lists, which run on through "…, 31 %, et Y")
_OWNER_TITLES = frozenset({"propriétaire", "actionnaire", "copropriétaire", "détenteur", "détentrice"})


@acts_on(lambda w: not w.verbal and w.dep == "conj" and w.lower in _OWNER_TITLES)
def second_owner_title(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X, une structure détenue par A et propriétaire de Z": X (slot "head")."""
    if verbal or t.dep_ != "conj" or t.lower_ not in _OWNER_TITLES:
        return
    # (the names of "propriétaire des cliniques A et B" may sit in "head", after the title, until tidy.py
    # moves them to the "de" phrase)
    after = [h for h in out.get("head", ()) if h[1] > t.i]
    if len(after) != len(out.get("head", ())):
        return   # (a head of its own, before the title)
    # (only the title's own phrase: "Iliad, le groupe contrôlé par X et maison mère de Free, 31 %, et Orange
    # 27 %" lists Orange with the shares, not with what Iliad owns)
    owned_at = [h for h in (out.get("prep:de") or after) if t.i < h[1] <= t.right_edge.i]
    if not owned_at:
        return
    owned = {n for n, _ in owned_at}
    tv = t.doc
    if t.i < 4 or tv[t.i - 1].lower_ != "et":
        return
    # back to the comma that opens the apposition (no other comma, no verb of a clause of its own on the way)
    for k in range(t.i - 2, max(t.i - 16, t.sent.start), -1):
        w = tv[k]
        if w.text in (";", ":", "(", ")", "«", "»") or w.lower_ in ("qui", "que", "dont"):
            return
        if w.text == ",":
            j = k - 1
            if index.kinds.get(j) != "name" or index.entity_at(j) is None:
                return
            nxt = tv[k + 1]
            if nxt.pos_ not in ("DET", "NOUN", "ADJ"):
                return   # (an apposition opens on a determiner or a title: "X, une structure …", "X, fondateur de …")
            name = index.entity_at(j)
            if name in owned:
                return
            out["prep:de"] = owned_at
            out["head"] = [(name, j)]
            return


DEALS26_READERS = Readers(joined_with_subject, object_of_noun_tagged_verb, described_before_comma, itself_held_by,
                          second_owner_title)
